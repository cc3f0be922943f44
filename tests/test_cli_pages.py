"""CLI: a table on a terminal with no --limit shows one page; piped output and data formats show all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli, output

DATA = Path(__file__).parent / "data" / "ingest"
NOTE = "Showing the first 1 rows; add --limit N for more, or --csv, --nl or --json for every row.\n"


@pytest.fixture(autouse=True)
def stored(said_extractor):
    assert CliRunner().invoke(cli, ["ingest", str(DATA / "batch.jsonl")]).exit_code == 0


@pytest.fixture
def terminal(monkeypatch):
    """A terminal whose page is one row (the stored batch has two quotes, two people, two articles)."""
    monkeypatch.setattr(output, "TERMINAL_PAGE", 1)
    monkeypatch.setattr(output, "isatty", lambda file: True)


def _body_rows(table: str) -> list[str]:
    return [line for line in table.splitlines() if line.startswith("│") and line[1:].strip(" │")]


@pytest.mark.parametrize("command", [["quotes"], ["people"], ["articles"]])
def test_a_terminal_table_stops_at_one_page_and_says_how_to_see_the_rest(terminal, command):
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0
    assert len(_body_rows(result.stdout)) == 1
    assert result.stderr == NOTE


@pytest.mark.parametrize("command", [["quotes"], ["people"], ["articles"]])
def test_a_limit_or_a_data_format_shows_every_row_without_a_note(terminal, command):
    limited = CliRunner().invoke(cli, [*command, "--limit", "2"])
    assert (len(_body_rows(limited.stdout)), limited.stderr) == (2, "")
    as_json = CliRunner().invoke(cli, [*command, "--json"])
    assert (len(json.loads(as_json.stdout)), as_json.stderr) == (2, "")


def test_a_piped_table_shows_every_row(monkeypatch):
    monkeypatch.setattr(output, "TERMINAL_PAGE", 1)
    result = CliRunner().invoke(cli, ["quotes"])
    assert (len(_body_rows(result.stdout)), result.stderr) == (2, "")


def test_positions_on_a_topic_page_the_people_with_the_most_stances(terminal):
    for args in (["topics", "add", "town life", "--keyword", "traffic", "--keyword", "customers"],
                 ["stance", "set", "1", "town life", "support"],
                 ["stance", "set", "2", "town life", "oppose"]):
        assert CliRunner().invoke(cli, args).exit_code == 0
    paged = CliRunner().invoke(cli, ["stance", "--topic", "town life"])
    assert paged.exit_code == 0
    assert len(_body_rows(paged.stdout)) == 1
    assert paged.stderr == ("Showing the 1 people with the most stances of 2; add --limit N for more, "
                            "or --csv, --nl or --json for everyone.\n")
    everyone = CliRunner().invoke(cli, ["stance", "--topic", "town life", "--json"])
    assert (len(json.loads(everyone.stdout)), everyone.stderr) == (2, "")
