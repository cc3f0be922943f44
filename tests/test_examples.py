"""The example articles load, and together they cover every quote shape the extractor must handle."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html", ".jsonl"})


def _texts() -> dict[str, str]:
    """Article text per file (JSONL files joined), HTML entities decoded."""
    out = {}
    for path in FILES:
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            raw = "\n\n\n\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
        elif path.suffix == ".html":
            raw = html.unescape(raw)
        out[path.name] = raw
    return out


TEXTS = _texts()
ALL = "\n\n".join(TEXTS.values())
OPEN = "[“\"«‘„]|``"

SHAPES = {
    "curly double": r"“[^”\n]{10,}”",
    "straight double": r"\"[A-Z][^\"\n]{10,}\"",
    "mixed marks": r"“[^”\"\n]{10,}\"|\"[^”\"\n]{10,}”",
    "guillemets": r"«[^»\n]{10,}»",
    "ascii backticks": r"``[^'\n]{5,}''",
    "single curly": r"‘[^\n]{10,}’",
    "low-high marks": r"„[^“\n]+“",
    "apostrophe s": r"\w's\b",
    "plural apostrophe": r"\ws' ",
    "contraction": r"\b(?:don't|I'm|can't|won't|Let's)\b",
    "multi-paragraph quote": r"\n\n\"[^\"\n]+\n\n\"",
    "Q, X said": r"[,?]” [A-Z]\w+ said\.",
    "Q, said X": r",” said [A-Z]",
    "X said: Q": r"\b[A-Z]\w+ said: (?:" + OPEN + ")",
    "X said Q": r"\b[A-Z]\w+ said “",
    "told reporters": r",[”\"] [A-Z]\w+ told reporters",
    "appositive cue": r",” [A-Z]\w+, the [^,]+, said\.",
    "adding:": r", adding: (?:" + OPEN + ")",
    "split quote": r",” (?:he|she|[A-Z][\w ]+) said, “",
    "follow-on paragraph": r"”\n\n“[^”\n]+”\n",
    "urged": r"\burged\b",
    "called for": r"\bcalled for\b",
    "called on": r"\bcalled on\b",
    "warned": r"\bwarned\b",
    "insisted": r"\binsisted\b",
    "denied": r"\bdenied\b",
    "according to": r"\b[Aa]ccording to\b",
    "in a statement": r"\b[Ii]n a statement\b",
    "partial in reported speech": r"\bsaid [^“\n]{5,80}“[^”\n]{8,}”",
    "verbless dash": r"” — [A-Z]\w+ [A-Z]",
    "From X: block": r"\bFrom [A-Z]\w+ [A-Z]\w+:\s*\n",
    "scare quotes": r"“[a-z]+”",
    "quoted title": r"``The [A-Z]\w+ [A-Z]\w+''",
    "pronoun cue": r",[”\"] he said",
    "role-noun cue": r",[”\"] the (?:Russian foreign minister|former president) (?:said|stressed)",
    "unnamed spokesman": r"spokesman[^.\n]*(?:not to be named|anonymity)",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_examples_cover_shape(shape):
    assert re.search(SHAPES[shape], ALL), f"no example article shows: {shape}"


def test_unbalanced_mark_present():
    """Some paragraph has an odd number of straight double quotes (an unclosed quotation)."""
    paragraphs = [p for t in TEXTS.values() for p in t.split("\n\n")]
    assert any(p.count('"') % 2 for p in paragraphs)


@pytest.mark.parametrize(
    "variant",
    [
        "Sergey Lavrov", "Sergei Lavrov", "the Russian foreign minister", "Muhammad Noor",
        "Mohammed Atta Noor", "Atta Mohammad Noor", "Mullah Baradar", "Abdulghani Baradar",
        "Mullah Abdul Ghani Baradar", "Mr Karzai", "the former president", "Hekmat Khalil Karzai",
        "Karim Khalili", "Zalmay Khalilzad",
    ],
)
def test_name_variants_present(variant):
    assert variant in ALL


def test_formats_and_sizes():
    suffixes = [p.suffix for p in FILES]
    assert suffixes.count(".txt") >= 3 and {".md", ".html", ".jsonl"} <= set(suffixes)
    rows = [json.loads(x) for p in FILES if p.suffix == ".jsonl" for x in p.read_text().splitlines()]
    assert len(rows) == 2
    assert all({"id", "title", "date", "outlet", "url", "text"} <= row.keys() for row in rows)
    for name, text in TEXTS.items():
        for article in text.split("\n\n\n\n") if name.endswith(".jsonl") else [text]:
            words = len(re.sub(r"<[^>]+>", " ", article).split())
            assert 300 <= words <= 800, (name, words)


def test_examples_load_through_readers():
    readers = pytest.importorskip("quotetrack.readers")
    articles = list(readers.read_inputs([str(EXAMPLES)]))
    assert not [a for a in articles if isinstance(a, readers.ReadFailure)]
    assert len(articles) == len(FILES) + 1  # the JSONL file holds two articles
    dates = sorted(a.published for a in articles)
    assert dates[0] == "2024-02-07" and dates[-1] == "2024-12-15"
    assert len(set(dates)) == len(articles)
    for article in articles:
        assert article.title and len(article.text) > 1500
        assert "<" not in article.text and "window.analytics" not in article.text
