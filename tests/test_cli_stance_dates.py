"""Stances over time: `stance` takes --since/--until as `quotes` does, and `ask` applies the dates of a
stance question instead of saying they were not applied."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

LINES = [
    ("1850-05-05", "“Sanctions are a moral duty,” Senator Ada Voss said."),
    ("2023-02-01", "“Sanctions are the only language they understand,” Senator Ada Voss said."),
    ("2024-06-10", "“Sanctions have hurt our own farmers and achieved nothing,” Senator Ada Voss said."),
    ("", "“I oppose these sanctions,” said Senator Ada Voss, speaking about the sanctions bill."),
]


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def stored() -> None:
    feed = "".join(json.dumps({"url": f"https://x.example/{n}", "title": f"Voss {n}", "text": text,
                               "date": date}) + "\n" for n, (date, text) in enumerate(LINES))
    assert run("ingest", "-", "--quiet", stdin=feed).exit_code == 0


def test_stance_of_a_person_in_a_period(stored) -> None:
    def counts(*period: str) -> list[tuple]:
        rows = json.loads(run("stance", "Ada Voss", "--topic", "sanctions", "--json", *period).stdout)
        return [(r["stance"], r["support"], r["oppose"], r["neutral"], [d["date"] for d in r["timeline"]])
                for r in rows]

    assert counts() == [("oppose", 1, 2, 1, ["1850-05-05", "2023-02-01", "2024-06-10", None])]
    assert counts("--since", "2024") == [("oppose", 0, 1, 0, ["2024-06-10"])]
    assert counts("--since", "2023-02", "--until", "2023-02") == [("neutral", 0, 0, 1, ["2023-02-01"])]


def test_positions_on_a_topic_in_a_period(stored) -> None:
    result = run("stance", "--topic", "sanctions", "--until", "1900", "--csv")
    assert result.stdout.splitlines()[1:] == [
        'Ada Voss,support,1,0,0,1850-05-05,"Sanctions are a moral duty,",'
        '"[""a moral duty"", ""Sanctions""]",1']


def test_a_bad_or_reversed_period_is_one_line(stored) -> None:
    result = run("stance", "Ada Voss", "--since", "2025", "--until", "2024")
    assert (result.exit_code, result.stderr) == (
        1, "Error: --since 2025-01-01 is after --until 2024-12-31: no date is in both.\n")


def test_ask_applies_the_dates_of_a_stance_question(stored) -> None:
    before = run("ask", "how has Voss's view on sanctions changed before 2024")
    assert before.exit_code == 0
    assert "Stances are summarised over all dates" not in before.output
    assert "support → oppose" not in before.stdout  # the 2024 quotes that oppose are out of the period
    assert "quotetrack stance \"Ada Voss\" --topic sanctions --until 2023-12-31" in before.stderr
