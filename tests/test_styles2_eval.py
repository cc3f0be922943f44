"""The extractor on examples/eval/styles2.jsonl: 15 invented articles (court, Commons debate, obituary,
science, election night, diplomacy, feature, live blog, crime, business, health, sport, tabloid, US
township board, China wire), annotated blind and never tuned on. It is a measure, not a target: the floor
is loose, so only a real loss of generalisation fails here."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.evaluate import evaluate, predict

STYLES2 = Path(__file__).resolve().parents[1] / "examples" / "eval" / "styles2.jsonl"
GOLD_QUOTES = 153
# The all-kinds end-to-end F1 (span and lenient speaker) measured at main (.8205), rounded down to 0.05.
E2E_FLOOR = 0.80


def _articles() -> list[dict]:
    return [json.loads(line) for line in STYLES2.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report():
    gold = _articles()
    predictions = dict(predict((a["id"], a["text"]) for a in gold))
    return evaluate(gold, predictions)


def test_the_gold_offsets_hold():
    articles = _articles()
    assert len({a["id"] for a in articles}) == len(articles) == 15
    for article in articles:
        text = article["text"]
        for q in article["quotes"]:
            span = text[q["start"]:q["end"]]
            assert span == q["text"], (article["id"], q["text"])
            assert span and span == span.strip(), (article["id"], q["text"])
            assert q["kind"] in ("direct", "partial", "indirect")


def test_all_kinds_end_to_end_f1_stays_above_the_floor(report):
    row = report.kinds["all"].row("all")
    assert row["gold"] == GOLD_QUOTES
    assert row["e2e_F1"] >= E2E_FLOOR


def test_the_eval_command_scores_the_set():
    result = CliRunner().invoke(cli, ["eval", str(STYLES2), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["kind"]: r for r in json.loads(result.stdout)}
    assert rows["all"]["gold"] == GOLD_QUOTES
    assert rows["all"]["e2e_F1"] >= E2E_FLOOR
