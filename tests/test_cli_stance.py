"""CLI: topics, topics retag/add/remove, stance PERSON / --topic, stance set, eval-stance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.store import open_db

DATA = Path(__file__).parent / "data" / "stance"
ARTICLE = (
    "Envoys meet again\n\n"
    "“Every foreign soldier must go home this year,” said Lena Marsh.\n\n"
    "“We will keep the embargo in place,” said Tariq Amin.\n"
)


@pytest.fixture(autouse=True)
def fake_extractor(said_extractor):
    """Every test here stores quotes from the stand-in extractor."""


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def ingested(tmp_path):
    path = tmp_path / "envoys.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(path)).exit_code == 0
    return path


def _stance(quote_text: str, topic: str) -> tuple[str, str]:
    db = open_db()
    row = db.execute("select s.label, s.source from stances s join quotes q on q.id = s.quote_id "
                     "join topics t on t.id = s.topic_id where q.text = ? and t.label = ?",
                     [quote_text, topic]).fetchone()
    return tuple(row) if row else None


def _quote_id(text: str) -> int:
    return open_db().execute("select id from quotes where text = ?", [text]).fetchone()[0]


SOLDIER = "Every foreign soldier must go home this year"
EMBARGO = "We will keep the embargo in place"


def test_ingest_tags_topics_and_stances(ingested):
    assert _stance(SOLDIER, "foreign troop withdrawal") == ("support", "rule")
    assert _stance(EMBARGO, "sanctions") == ("support", "rule")


def test_topics_lists_counts(ingested):
    result = run("topics", "--json")
    rows = {r["label"]: r for r in json.loads(result.output)}
    assert rows["sanctions"]["quotes"] == 1 and rows["sanctions"]["support"] == 1
    assert rows["ceasefire"]["quotes"] == 0
    csv = run("topics", "--csv").output.splitlines()
    assert csv[0] == "label,quotes,support,oppose,neutral,defined_by"


def test_correction_survives_retag_and_reingest(ingested):
    qid = _quote_id(SOLDIER)
    result = run("stance", "set", str(qid), "troop withdrawal", "oppose")
    assert result.exit_code == 0
    assert _stance(SOLDIER, "foreign troop withdrawal") == ("oppose", "user")
    assert run("topics", "retag").exit_code == 0
    assert _stance(SOLDIER, "foreign troop withdrawal") == ("oppose", "user")
    assert _stance(EMBARGO, "sanctions") == ("support", "rule")
    assert run("ingest", str(ingested)).exit_code == 0  # same article: skipped, nothing changes
    assert _stance(SOLDIER, "foreign troop withdrawal") == ("oppose", "user")
    db = open_db()
    db.execute("delete from articles")  # gone with its quotes and stances; the correction stays
    assert db.execute("select count(*) from stances").fetchone()[0] == 0
    assert run("ingest", str(ingested)).exit_code == 0
    assert _stance(SOLDIER, "foreign troop withdrawal") == ("oppose", "user")


def test_retag_with_a_user_taxonomy(ingested, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[topic]]\nlabel = "embargo policy"\nkeywords = ["embargo"]\n', encoding="utf-8")
    result = run("topics", "retag", "--topics", str(path))
    assert result.exit_code == 0
    assert "user corrections kept" in result.stderr
    assert _stance(EMBARGO, "embargo policy") == ("support", "rule")


def test_topics_add_and_remove(ingested):
    result = run("topics", "add", "homecoming", "--search", "home year")
    assert result.exit_code == 0 and "1 quotes tagged" in result.stderr
    assert run("topics", "add", "nothing").exit_code == 2
    assert run("topics", "remove", "homecoming").exit_code == 0
    assert "homecoming" not in run("topics", "--csv").output


def test_stance_person_shows_timeline(ingested):
    result = run("stance", "Lena Marsh", "--tsv")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "person\ttopic\tstance\tsupport\toppose\tneutral\ttimeline\tshifts"
    assert lines[1].startswith("Lena Marsh\tforeign troop withdrawal\tsupport\t1\t0\t0\t")
    table = run("stance", "Lena Marsh").output
    assert "foreign troop withdrawal" in table and "undated +" in table


def test_stance_person_flags_a_shift(isolated_db):
    db = open_db(isolated_db)
    db["people"].insert({"id": 1, "name": "Mira Stone"})
    for n, (date, text) in enumerate([("2024-03-02", "We welcome the truce."),
                                      ("2024-06-15", "We reject the truce.")]):
        db["articles"].insert({"id": f"a{n}", "text": text, "published": date})
        db["quotes"].insert({"article_id": f"a{n}", "person_id": 1, "text": text, "start": 0,
                             "end": len(text), "kind": "direct"})
    assert run("topics", "retag", "-q").exit_code == 0
    result = run("stance", "mira stone", "--topic", "ceasefire")
    assert "2024-03-02 + 2024-06-15 -" in result.output
    assert "ceasefire: support → oppose between 2024-03-02 and 2024-06-15" in result.output
    assert "We reject the truce." in result.output
    rows = json.loads(run("stance", "Mira Stone", "--json").output)
    assert rows[0]["shifts"][0]["to_quote"] == "We reject the truce."
    assert [d["stance"] for d in rows[0]["timeline"]] == ["support", "oppose"]


def test_stance_topic_lists_positions(ingested):
    rows = json.loads(run("stance", "--topic", "sanctions", "--json").output)
    assert [(r["person"], r["stance"], r["quote"]) for r in rows] == [("Tariq Amin", "support", EMBARGO)]
    assert json.loads(run("stance", "--topic", "sanctions", "-n", "1", "--json").output) == rows


@pytest.mark.parametrize("args, code, message", [
    (("stance",), 2, "Give a PERSON, --topic TOPIC, or both"),
    (("stance", "--topic", "sanctoinz"), 1, "No topic 'sanctoinz'. Did you mean: sanctions"),
    (("stance", "Nobody Known"), 1, "No person 'Nobody Known'"),
    (("stance", "set", "999", "sanctions", "support"), 1, "No quote with id 999"),
    (("stance", "set", "1", "sanctions", "maybe"), 2, "'maybe' is not one of"),
    (("eval-stance", "/nonexistent.jsonl"), 1, "Cannot read /nonexistent.jsonl"),
])
def test_bad_input_is_one_line(ingested, args, code, message):
    result = run(*args)
    assert result.exit_code == code
    assert message in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_eval_stance_report_json_and_predictions(tmp_path):
    gold = str(DATA / "stance_gold.jsonl")
    text = run("eval-stance", gold).output
    assert text.splitlines()[0].startswith("rows: ")
    assert "macro-F1" in text and "confusion (rows gold, columns predicted):" in text
    out = tmp_path / "pred.jsonl"
    metrics = json.loads(run("eval-stance", gold, "--json", "--predictions", str(out)).output)
    assert metrics["stance"]["macro_f1"] >= 0.80
    predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(predictions) == metrics["rows"]
    assert set(predictions[0]) == {"id", "stance", "relevant", "cues"}


def test_eval_stance_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a", "topic": "b", "stance": "support"}\nnot json\n', encoding="utf-8")
    result = run("eval-stance", str(path))
    assert result.exit_code == 1 and ":2: not valid JSON" in result.stderr
