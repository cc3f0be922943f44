"""Re-ingesting: an updated story at the same URL replaces the stored one (its quotes count once, the
user's stance corrections follow the same words), and reading the old version again changes nothing."""

from __future__ import annotations

import json

from click.testing import CliRunner

from quotetrack.cli import cli

URL = "https://news.example/dam"
FIRST = {"url": URL, "title": "Dam row", "date": "2025-04-01",
         "text": "“The dam is safe,” said engineer Joe Park."}
UPDATE = {"url": URL, "title": "Dam row (updated)", "date": "2025-04-02",
          "text": "“The dam is safe,” said engineer Joe Park. “We checked it twice,” he added."}


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def ingest(*records: dict):
    return run("ingest", "-", stdin="".join(json.dumps(r) + "\n" for r in records))


def _rows(*args: str) -> list[tuple]:
    return [tuple(row.values()) for row in json.loads(run(*args, "--json").stdout)]


def test_an_updated_story_replaces_the_stored_one() -> None:
    assert ingest(FIRST).exit_code == 0
    result = ingest(UPDATE)
    assert result.stderr == ("1 article inserted (1 replacing an earlier version at the same URL), 0 skipped "
                             "as already stored, 0 failed; 2 quotes\n")
    assert [(r[1], r[3], r[4]) for r in _rows("articles")] == [("2025-04-02", "Dam row (updated)", 2)]
    assert [(r[2], r[3]) for r in _rows("quotes")] == [("Joe Park", "The dam is safe,"),
                                                       ("Joe Park", "We checked it twice,")]
    assert [(r[1], r[3]) for r in _rows("people")] == [("Joe Park", 2)]
    assert [r[0] for r in _rows("quotes", "--search", "dam")] == [2]


def test_reading_the_old_version_again_keeps_the_update() -> None:
    ingest(FIRST, UPDATE)
    again = ingest(FIRST, UPDATE)
    assert again.stderr == "0 articles inserted, 2 skipped as already stored, 0 failed; 0 quotes\n"
    assert [r[3] for r in _rows("articles")] == ["Dam row (updated)"]


def test_a_stance_correction_follows_the_quote_into_the_update() -> None:
    ingest(FIRST)
    assert run("stance", "set", "1", "sanctions", "oppose").exit_code == 0
    ingest(UPDATE)
    shown = json.loads(run("show", "2", "--json").stdout)
    assert shown[0]["quote"] == "The dam is safe,"
    assert any("sanctions" in str(s) and "oppose" in str(s) for s in shown[0]["stances"])


def test_files_and_texts_without_a_url_are_never_replaced(tmp_path) -> None:
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text(FIRST["text"])
    two.write_text(UPDATE["text"])
    assert run("ingest", str(one)).exit_code == 0
    assert run("ingest", str(two), str(one)).stderr == (
        "1 article inserted, 1 skipped as already stored, 0 failed; 2 quotes\n")
    assert len(_rows("articles")) == 2


def test_versions_of_one_url_in_one_run_keep_the_last_also_across_batches() -> None:
    other = {"url": "https://news.example/port", "title": "Port", "date": "2025-04-01",
             "text": "“The port stays open,” said Ana Diaz."}
    last = {**UPDATE, "title": "Dam row (final)", "text": UPDATE["text"] + " The check ended on Monday."}
    lines = "".join(json.dumps(r) + "\n" for r in (FIRST, other, UPDATE, other, last))
    result = run("ingest", "--batch-size", "3", "-", stdin=lines)
    assert result.exit_code == 0, result.output
    assert sorted((r[3], r[4]) for r in _rows("articles")) == [("Dam row (final)", 2), ("Port", 1)]
    assert [(r[1], r[3]) for r in _rows("people")] == [("Joe Park", 2), ("Ana Diaz", 1)]
