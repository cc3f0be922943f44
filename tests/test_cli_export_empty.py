"""export of no rows: the file still has its header (a spreadsheet or pandas opens it), and stderr says
that nothing matched; `quotes --csv` with no match prints the header too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

DATA = Path(__file__).parent / "data" / "ingest"
HEADER = "id,date,speaker,quote,kind,cue,outlet,title,article_id,start,end"


@pytest.fixture(autouse=True)
def stored(said_extractor):
    assert CliRunner().invoke(cli, ["ingest", "-q", str(DATA / "batch.jsonl")]).exit_code == 0


@pytest.mark.parametrize(("name", "content"), [
    ("none.csv", HEADER + "\n"),
    ("none.md", "| " + HEADER.replace(",", " | ") + " |\n|" + "|".join(["---"] * 11) + "|\n"),
    ("none.json", "[]\n"),
    ("none.jsonl", ""),
])
def test_an_export_of_nothing_keeps_its_header_and_says_so(tmp_path, name, content):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["export", "--since", "2030", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == content
    assert result.stderr == f"No quotes match; {out} has no rows.\n"


def test_quotes_csv_with_no_match_prints_the_header():
    result = CliRunner().invoke(cli, ["quotes", "--since", "2030", "--csv"])
    assert result.exit_code == 0
    assert result.stdout == HEADER + "\n"
