"""Readers: every input format becomes the Article a user would expect; bad inputs become failures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import SHARED_EVAL

from quotetrack.dates import find_header_date, parse_date
from quotetrack.model import Article
from quotetrack.readers import (
    Ignored,
    ReadFailure,
    parse_html,
    parse_text,
    read_inputs,
    read_jsonl,
    strip_markdown,
)

DATA = Path(__file__).parent / "data" / "ingest"


def _one(path: Path, **kwargs) -> Article:
    items = list(read_inputs([str(path)], **kwargs))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    "value, iso",
    [
        ("Saturday, June 15th, 2024", "2024-06-15"),
        ("June 15, 2024", "2024-06-15"),
        ("15 June 2024", "2024-06-15"),
        ("2024-06-15", "2024-06-15"),
        ("2024-06-15T08:30:00+02:00", "2024-06-15"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("Tue, 4 Mar 2025 10:00:00 GMT", "2025-03-04"),
        ("Editor: A. Writer Monday, March 4th, 2024", "2024-03-04"),
        ("February 30, 2024", None),
        ("we may 2024", None),
        ("", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_header_date_only_in_the_first_lines():
    body = "Title\n\n" + "A line.\n" * 10 + "It happened on June 1, 2020."
    assert find_header_date(body) is None
    assert find_header_date("Title\nBy A. Writer\n\nJune 1, 2020\n\nText.") == "2020-06-01"


def test_txt_title_skips_dateline_and_date_is_parsed():
    article = _one(DATA / "pier.txt")
    assert article.title == "Council Votes to Rebuild the Old Pier"
    assert article.published == "2024-03-04"
    assert article.text.startswith("Harbour Town Weekly — Monday")
    assert article.source == str(DATA / "pier.txt")


def test_markdown_syntax_is_stripped_and_heading_is_title():
    article = _one(DATA / "library.md")
    assert article.title == "Library Opens Late on Thursdays"
    assert article.published == "2024-04-12"
    assert article.text == (
        "Library Opens Late on Thursdays\n\n"
        "Published 12 April 2024 by the Valley Courier\n\n"
        "The county library will stay open until nine on Thursdays.\n\n"
        "“Evenings are when working parents can come,” said Anna Berg, the head librarian.\n\n"
        "Longer hours start in May.\nThe café stays closed."
    )


def test_markdown_keeps_intra_word_underscores_and_quote_marks():
    assert strip_markdown('snake_case and "a *word*" [link](http://x)') == 'snake_case and "a word" link'


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: Front Title\ndate: 2023-01-02\noutlet: Hill News\n---\nBody **text**.\n")
    article = _one(path)
    assert (article.title, article.published, article.outlet, article.text) == (
        "Front Title", "2023-01-02", "Hill News", "Body text.")


def test_html_main_text_title_date_author_outlet():
    article = _one(DATA / "ferry.html")
    assert article.text == (
        "Ferry Timetable Changes for Winter\n\n"
        "The island ferry will sail twice a day from November.\n\n"
        "“Fewer sailings keep the service alive,” said Jonas Vik, the ferry manager.\n"
        "Passengers were told on Friday.\n\n"
        "Tickets cost €4 & children travel free."
    )
    assert (article.title, article.published, article.author, article.outlet) == (
        "Ferry Timetable Changes for Winter", "2024-11-02", "Lena Fisk", "Coast Gazette")


def test_html_time_element_and_title_tag(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<html><head><title>Plain Title</title></head><body><p>One.</p>"
                    "<p>Posted <time datetime='2022-02-03'>yesterday</time>.</p></body></html>")
    article = _one(path)
    assert (article.title, article.published, article.text) == (
        "Plain Title", "2022-02-03", "One.\n\nPosted yesterday.")


def test_html_in_a_declared_legacy_charset(tmp_path):
    path = tmp_path / "old.html"
    path.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 opens.</p></body>'
                     '</html>'.encode("latin-1"))
    assert _one(path).text == "Caf\u00e9 opens."


def test_jsonl_plain_fields_and_gold_meta():
    first, second = read_inputs([str(DATA / "batch.jsonl")])
    assert (first.external_id, first.title, first.published, first.outlet, first.author, first.source) == (
        "wire-1", "Bridge Reopens", "2024-05-20", "River Post", "Ola Dahl", "https://example.org/bridge")
    assert (second.external_id, second.title, second.published, second.outlet) == (
        "gold-1", "Market Day Returns", "2024-06-01", "Town Crier")
    gold = json.loads((DATA / "batch.jsonl").read_text().splitlines()[-1])
    assert second.text == gold["text"]  # gold offsets stay valid: the text is not touched


@pytest.mark.skipif(not (SHARED_EVAL / "seed.jsonl").exists(), reason="shared eval data not present")
def test_gold_seed_file_loads_with_its_text_untouched():
    gold = json.loads((SHARED_EVAL / "seed.jsonl").read_text().splitlines()[0])
    (article,) = read_inputs([str(SHARED_EVAL / "seed.jsonl")])
    assert article.text == gold["text"]
    assert article.published == gold["meta"]["date"]
    assert article.outlet == gold["meta"]["outlet"]
    assert all(article.text[q["start"]:q["end"]] == q["text"] for q in gold["quotes"])


def test_folder_is_recursive_sorted_and_other_files_are_ignored_by_name():
    items = list(read_inputs([str(DATA)]))
    assert [(type(item).__name__, item.source) for item in items] == [
        ("Article", "https://example.org/bridge"), ("Article", "hand written"),
        ("Article", str(DATA / "ferry.html")), ("Article", str(DATA / "library.md")),
        ("Ignored", str(DATA / "nested" / "ignored.csv")), ("Article", str(DATA / "nested" / "school.txt")),
        ("Article", str(DATA / "pier.txt")),
    ]


def test_outlet_option_overrides_metadata():
    items = list(read_inputs([str(DATA / "batch.jsonl")], outlet="Override"))
    assert {item.outlet for item in items} == {"Override"}


def test_stdin_text_and_jsonl():
    (article,) = read_inputs(["-"], stdin=io.StringIO("Short Title\n\nJune 2, 2024\n\nBody."))
    assert (article.title, article.published) == ("Short Title", "2024-06-02")
    lines = io.StringIO('{"text": "One."}\n{"text": "Two."}\n')
    assert [a.text for a in read_inputs(["-"], fmt="jsonl", stdin=lines)] == ["One.", "Two."]


def test_stdin_jsonl_is_known_by_its_first_line():
    lines = io.StringIO('{"id": "a1", "text": "One."}\n{"text": "Two."}\n')
    found = [(a.external_id, a.text) for a in read_inputs(["-"], stdin=lines)]
    assert found == [("a1", "One."), (None, "Two.")]
    (braced,) = read_inputs(["-"], stdin=io.StringIO('{curly} is a word here.\n\nBody.'))
    assert braced.text == "{curly} is a word here.\n\nBody."
    (forced,) = read_inputs(["-"], fmt="txt", stdin=io.StringIO('{"text": "One."}\n'))
    assert forced.text == '{"text": "One."}\n'


def test_jsonl_is_read_lazily_line_by_line():
    def lines():
        yield '{"text": "first"}\n'
        raise AssertionError("read past the first line before it was used")

    assert next(read_jsonl(lines(), "stream")).text == "first"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty.txt: empty file"),
        ("blank.md", b"  \n\n ", "blank.md: empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "image.txt: binary file, not a text article"),
        ("latin.txt", "caf\u00e9 ol\u00e9".encode("latin-1"), "latin.txt: not UTF-8 text"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json\n{"title": "no text"}\n[1]\n',
         "bad.jsonl line 2: not valid JSON"),
        ("nothing.html", b"<html><script>x</script></html>", "nothing.html: no article text found"),
    ],
)
def test_bad_files_become_failures_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    failures = [i for i in read_inputs([str(path)]) if isinstance(i, ReadFailure)]
    assert failures and failures[0].message.startswith(f"{tmp_path}/{message}")


def test_jsonl_failures_carry_line_numbers(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "ok"}\n{not json\n{"title": "no text"}\n[1]\n')
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article)
    assert [i.message.split(": ", 1)[0] for i in items[1:]] == [
        f"{path} line 2", f"{path} line 3", f"{path} line 4"]
    assert "no 'text' field" in items[2].message


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    missing, ignored, empty = read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])
    assert ignored == Ignored(f"{tmp_path}/empty/notes.csv")
    assert missing.message == f"{tmp_path}/nope.txt: no such file or folder"
    assert empty.message.startswith(f"{tmp_path}/empty: no articles found")


def test_html_headline_is_kept_out_of_the_body() -> None:
    page = ('<html><body><h1>Envoy: &ldquo;We Will Stay&rdquo;</h1><p>The envoy arrived.</p>'
            '<p>&ldquo;We will stay,&rdquo; she said.</p></body></html>')
    article = parse_html(page, "page.html")
    assert article.text == "The envoy arrived.\n\n“We will stay,” she said."
    assert article.title == "Envoy: “We Will Stay”"


def test_html_unclosed_headline_hides_only_itself() -> None:
    article = parse_html("<h1>Headline<p>First paragraph.<p>Second.", "page.html")
    assert article.text == "First paragraph.\n\nSecond."
    assert article.title == "Headline"


@pytest.mark.parametrize("opening, outlet", [
    ("KABUL, Afghanistan (AP) — The council met on Monday.", "AP"),
    ("MOSCOW, March 3 (Reuters) - The Kremlin said it was ready.", "Reuters"),
    ("The council met on Monday (a rare event) - and agreed.", None),
    ("Mayor Ann Roe (D) - the city's first - opened it.", None),
])
def test_plain_text_outlet_from_a_wire_dateline(opening, outlet):
    article = parse_text(f"{opening}\n\nMore text follows here.\n", "txt", "wire.txt")
    assert article.outlet == outlet


@pytest.mark.parametrize(("page", "body"), [
    ("<p>Before<![0 junk> after.</p>", "Before after."),  # a bogus section up to '>' is dropped
    ("<p>Text then <![0", "Text then <![0"),  # unclosed: kept as text
    ("<p>x<![if IE]>y<![endif]>z</p>", "xyz"),  # conditional sections vanish
])
def test_html_malformed_marked_section_is_a_bogus_comment(page: str, body: str) -> None:
    assert parse_html(page, "page.html").text == body
