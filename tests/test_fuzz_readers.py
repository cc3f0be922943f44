"""Adversarial input never crashes the readers (or the extractor behind them).

Hypothesis builds texts from the things that break parsers: thousands of quote marks, no paragraph
breaks, control characters and NUL bytes, mixed scripts and right-to-left text, broken HTML, invalid
UTF-8. Every reader must return an Article or a ReadFailure, and extraction of what it returns must
keep ``text[start:end] == quote``.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

readers = pytest.importorskip("quotetrack.readers")
from quotetrack.extract import extract  # noqa: E402
from quotetrack.model import Article  # noqa: E402

MARKS = "“”‘’\"'«»„‚‹›`´"
FRAGMENTS = [
    "“", "”", "\"", "'", "«", "»", "„", "``", "''", " said ", ", said Lavrov.", " he said, “", ": “", "” —",
    "\n", "\n\n", "\r\n", "\t", "\x00", "\x01", "\x1b[31m", "\x7f", "\u200b", "\ufeff", "\u202e", "\u2028",
    "مرحبا بالعالم", "שלום", "سلام دنیا", "Привет", "中文新闻", "हिन्दी", "😀", "e\u0301",
    "<p>", "</p>", "<div", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x0;",
    "&#9999999;",
    "&ldquo;", "<title>", "<meta property=\"article:published_time\" content=\"", "# ", "**", "[", "](", ")",
    "Mr Karzai", "the former president", "Saturday, June 15th, 2024", "2024-13-45", "{", "}", "\\", "\ud7ff",
]
adversarial = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20), st.text(alphabet=MARKS, max_size=50)),
    max_size=60,
).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(item) -> None:
    """An Article whose extracted quotes point at their own text, or a ReadFailure with a message."""
    if isinstance(item, readers.ReadFailure):
        assert item.message
        return
    assert isinstance(item, Article) and isinstance(item.text, str)
    for quote in extract(item.text):
        assert 0 <= quote.start <= quote.end <= len(item.text)
        assert item.text[quote.start:quote.end] == quote.text


def read_all(text: str) -> None:
    for fmt in ("txt", "md", "html"):
        check(readers.parse_text(text, fmt, "fuzz"))
    lines = [json.dumps({"text": text, "title": text[:30], "date": text[-12:]}), text, text.encode("utf-8",
             "surrogatepass")]
    for item in readers.read_jsonl(lines, "fuzz.jsonl"):
        check(item)


@FAST
@given(adversarial)
def test_readers_never_crash(text):
    read_all(text)


@pytest.mark.slow
@SLOW
@given(adversarial)
def test_readers_never_crash_many(text):
    read_all(text)


@FAST
@given(st.binary(max_size=400))
def test_files_of_any_bytes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    for suffix in (".txt", ".md", ".html", ".jsonl"):
        path = folder / f"article{suffix}"
        path.write_bytes(data)
        for item in readers.read_inputs([str(path)]):
            check(item)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 5000 + "Lavrov said." + "”" * 3000,
        ("\"quoted\" she said, " * 4000),
        ("word " * 60_000) + "“never closed",
        "<p>" * 3000 + "“Peace,” he said." + "</div>" * 3000,
        "<html><body><p>“Unclosed <b>bold <i>tags” said Noor<p>next" * 300,
        "\x00\x01\x02" * 2000 + "“Q,” said X.",
        "«" + "\u202e" + "مرحبا" * 2000 + "»،" + " قال المتحدث",
        "\n" * 20_000 + "“Q,” said X." + "\n" * 20_000,
    ],
    ids=["5000-marks", "many-straight-pairs", "no-paragraphs", "deep-html", "unbalanced-html", "control",
         "rtl", "only-newlines"],
)
def test_pathological_documents(text):
    read_all(text)
