"""Text that was UTF-8 but was read as Windows-1252 or Latin-1 is repaired on ingest, and only it."""

from __future__ import annotations

import json
import unicodedata

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from quotetrack.cli import cli
from quotetrack.mojibake import repair


def _misread(text: str) -> str:
    """``text`` encoded as UTF-8 and decoded as a browser decodes 'windows-1252': its five undefined bytes
    as Latin-1."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize(("written", "read"), [
    ("FranÃ§ois Hollande", "François Hollande"),
    ("donâ€™t", "don’t"),
    ("â€œWe will,â€\x9d she said", "“We will,” she said"),
    ("GuantÃ¡namo", "Guantánamo"),
    ("FranÃƒÂ§ois", "François"),  # read wrongly twice
    ("Ð¡Ð¾Ñ‡Ð¸", "Сочи"),
    ("È™i", "și"),
])
def test_misread_text_is_read_as_written(written, read):
    assert repair(written) == read


@pytest.mark.parametrize("text", ["café”…", "CAFÉ” and CAFÉ…", "Ålesund", "È…", "plain ASCII", "naïve"])
def test_right_text_is_left_alone(text):
    assert repair(text) == text


@given(st.text(alphabet="ab éüñšș’“”—€Ж", max_size=40))
def test_any_misread_text_of_news_letters_is_repaired_exactly(text):
    assert repair(_misread(text)) == unicodedata.normalize("NFC", text)


def test_ingest_stores_the_repaired_text_and_quotes_index_it(tmp_path):
    db = str(tmp_path / "q.db")
    line = json.dumps({"id": "a1", "title": "Hollande: â€œNot yetâ€\x9d",
                       "text": "â€œWe donâ€™t give up,â€\x9d said FranÃ§ois Hollande."})
    source = tmp_path / "feed.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", db, "ingest", "-q", str(source)]).exit_code == 0
    [quote] = json.loads(CliRunner().invoke(cli, ["--db", db, "quotes", "--json"]).stdout)
    assert (quote["speaker"], quote["quote"], quote["title"]) == ("François Hollande", "We don’t give up,",
                                                                  "Hollande: “Not yet”")
    [shown] = json.loads(CliRunner().invoke(cli, ["--db", db, "show", str(quote["id"]), "--json"]).stdout)
    assert shown["paragraph"] == "“We don’t give up,” said François Hollande."
    assert shown["paragraph"][quote["start"]:quote["end"]] == quote["quote"]
