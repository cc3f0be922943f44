"""The scorer implements FORMAT.md: span matching, speaker rules, per-kind tallies."""

import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.evaluate import Span, evaluate, match, speaker_matches


@pytest.mark.parametrize(
    ("pred", "gold", "lenient", "strict"),
    [
        ("Sergey Lavrov", "Sergey Lavrov", True, True),
        ("Sergei Lavrov", "Sergey Lavrov", True, True),
        ("Muhammad Noor", "Mohammad Noor", True, True),
        ("Noor", "Atta Mohammad Noor", True, False),
        ("Mullah Abdul Ghani Baradar", "Abdul Ghani Baradar", True, True),
        ("Hamid Karzai", "Hekmat Khalil Karzai", False, False),
        ("Lavrov's", "Sergey Lavrov", True, False),
        (None, "Sergey Lavrov", False, False),
        ("Taliban", "Taliban", True, True),
        ("Harry B. Harris", "Admiral Harris", True, False),
        ("Ann Lee", "Lt. Ann Lee", True, True),
    ],
)
def test_speaker_rules(pred, gold, lenient, strict):
    assert speaker_matches(pred, gold) is lenient
    assert speaker_matches(pred, gold, strict=True) is strict


def test_match_is_one_to_one_and_needs_half_overlap():
    golds = [Span(0, 10, "direct", "A"), Span(20, 30, "direct", "B")]
    preds = [Span(0, 9, "direct", "A"), Span(1, 10, "direct", "A"), Span(20, 24, "direct", "B")]
    pairs = match(preds, golds)
    assert [(p.start, g.start) for p, g in pairs] == [(0, 0)]


def _article(quotes):
    return {"id": "a1", "text": "x" * 100, "quotes": quotes}


def test_end_to_end_counts_speakerless_gold_for_detection_only():
    gold = [_article([
        {"speaker": "Jane Roe", "start": 0, "end": 10, "kind": "direct"},
        {"speaker": None, "start": 20, "end": 30, "kind": "indirect"},
    ])]
    preds = {"a1": [
        {"speaker": "Roe", "start": 0, "end": 10, "kind": "direct"},
        {"speaker": "Someone", "start": 20, "end": 30, "kind": "indirect"},
        {"speaker": "Jane Roe", "start": 50, "end": 60, "kind": "direct"},
    ]}
    rows = {r["kind"]: r for r in evaluate(gold, preds).rows()}
    assert rows["all"]["P"] == round(2 / 3, 4) and rows["all"]["R"] == 1.0
    assert rows["all"]["attribution"] == 1.0
    assert rows["all"]["e2e_P"] == 0.5 and rows["all"]["e2e_R"] == 1.0
    assert rows["all"]["strict_R"] == 0.0
    assert rows["indirect"]["gold"] == 1 and rows["indirect"]["F1"] == 1.0


def test_eval_command_scores_a_prediction_file(tmp_path):
    text = 'The mayor spoke. "We will rebuild the bridge," said Ana Ruiz.'
    start = text.index("We")
    quote = {"speaker": "Ana Ruiz", "text": "We will rebuild the bridge,", "start": start,
             "end": start + 27, "kind": "direct"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": text, "quotes": [quote]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "quotes": [{**quote, "start": None, "end": None}]}) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--predictions", str(pred), "--csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("kind,gold,pred,P,R,F1,attribution")
    assert lines[1] == "direct,1,1,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0"


def test_eval_reports_bad_jsonl_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "quotes": []}\nnot json\n')
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 1
    assert "gold.jsonl:2: not valid JSON" in result.output
