"""Crawler and feed dumps name their fields in many ways, and write dates in many formats: each line
still becomes the article a user expects, with its title, date, outlet and URL."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.dates import find_header_date, parse_date
from quotetrack.model import Article
from quotetrack.readers import parse_text, read_inputs, read_jsonl


def _article(record: dict) -> Article:
    (item,) = list(read_jsonl([json.dumps(record)], "feed.jsonl"))
    assert isinstance(item, Article), item
    return item


def test_feed_field_names() -> None:
    article = _article({"link": "https://news.example/a1", "headline": "Minister quits",
                        "body": "“I leave with my head high,” said Vera Stone.",
                        "pubDate": "Fri, 07 Mar 2025 14:02:00 GMT", "site": "Example News", "guid": "a1"})
    assert (article.title, article.published, article.outlet, article.source, article.external_id,
            article.text) == ("Minister quits", "2025-03-07", "Example News", "https://news.example/a1",
                              "a1", "“I leave with my head high,” said Vera Stone.")


def test_a_source_that_is_a_name_is_the_outlet_and_a_url_is_the_source() -> None:
    named = _article({"content": "Text here.", "source": "Valley Times", "published_at": "2025-03-08"})
    located = _article({"text": "Text here.", "source": "https://valley.example/b"})
    assert (named.outlet, named.source, named.published) == ("Valley Times", "feed.jsonl:1", "2025-03-08")
    assert (located.outlet, located.source) == (None, "https://valley.example/b")


def test_unix_time_in_seconds_or_milliseconds() -> None:
    assert _article({"text": "Text.", "timestamp": 1741600000}).published == "2025-03-10"
    assert _article({"text": "Text.", "published": 1741600000123}).published == "2025-03-10"


def test_unix_time_with_a_fraction_is_seconds_and_nine_digits_no_date() -> None:
    """A fraction of a second made the value 13 characters long, which was read as milliseconds (1970)."""
    assert _article({"text": "Text.", "timestamp": 1741082400.25}).published == "2025-03-04"
    assert (parse_date("1718445600.5"), parse_date("1718445600"), parse_date("123456789")) == (
        "2024-06-15", "2024-06-15", None)


def test_field_names_match_in_any_case() -> None:
    article = _article({"Title": "Vote", "content": "Text.", "PUBDATE": "2025-03-08", "Outlet": "Ledger"})
    assert (article.title, article.published, article.outlet) == ("Vote", "2025-03-08", "Ledger")


def test_a_dotted_version_number_in_a_header_is_no_date_but_a_dotted_dateline_is() -> None:
    assert find_header_date("The 3.10.2024 release notes\n\nThe new version is out.") is None
    assert find_header_date("Berlin, 12.03.2025\n\nThe new version is out.") == "2025-03-12"
    assert find_header_date("12.03.2025\n\nThe new version is out.") == "2025-03-12"
    assert parse_date("3.10.2024") == "2024-10-03"  # in metadata, a date


def test_a_line_without_any_text_field_says_which_fields_were_looked_for() -> None:
    (failure,) = list(read_jsonl(['{"url": "https://x.example/5", "title": "No body"}'], "feed.jsonl"))
    assert failure.message == ("feed.jsonl line 1: no 'text' field (each line needs the article text, in "
                               "'text' or one of body, content, article, article_text, maintext, full_text, "
                               "story)")


@pytest.mark.parametrize("value, iso", [
    ("2025/03/12", "2025-03-12"),
    ("2025/3/9", "2025-03-09"),
    ("2025.03.12", "2025-03-12"),
    ("12.03.2025", "2025-03-12"),  # dotted: day first
    ("25/03/2025", "2025-03-25"),  # slashes: the number over 12 is the day
    ("03/25/2025", "2025-03-25"),
    ("03/09/2025", None),  # March 9 or 3 September: no guess
    ("version 2024.10.1", None),
    ("v1.2.2025", None),
    ("192.168.1.1", None),
])
def test_numeric_dates(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_markdown_front_matter_source_is_the_outlet() -> None:
    text = "---\ntitle: Port strike\ndate: 2025-01-20\nsource: Harbour Weekly\n---\n\nDockers stayed out.\n"
    article = parse_text(text, "md", "story.md")
    assert (article.title, article.published, article.outlet) == (
        "Port strike", "2025-01-20", "Harbour Weekly")


def test_a_quote_sentence_is_no_title() -> None:
    text = ("MOSCOW (Reuters) - The minister spoke on Tuesday.\n\n"
            "“We see no reason to stop,” Anton Belov told reporters. “The door is open.”\n")
    article = parse_text(text, "txt", "wire.txt")
    assert (article.title, article.outlet) == (None, "Reuters")


def test_stdin_dump_with_a_broken_first_line_is_still_read_line_by_line() -> None:
    lines = io.StringIO('{"text": "cut off\n{"text": "“We stay,” said Ann Roe."}\n')
    failure, article = read_inputs(["-"], stdin=lines)
    assert failure.message.startswith("<stdin> line 1: not valid JSON")
    assert article.text == "“We stay,” said Ann Roe."


def test_an_article_dated_in_the_future_is_stored_with_a_warning() -> None:
    feed = "".join(json.dumps({"url": f"https://x.example/{n}", "text": f"Text {n}.", "date": date}) + "\n"
                   for n, date in enumerate(["2024-05-01", "2999-01-01"]))
    result = CliRunner().invoke(cli, ["ingest", "-"], input=feed)
    assert (result.exit_code, result.stderr) == (0, (
        "Warning: https://x.example/1: dated 2999-01-01, which is in the future; stored so\n"
        "2 articles inserted, 0 skipped as already stored, 0 failed; 0 quotes\n"))
