"""Bad input: one clear line, a non-zero exit, no traceback, and nothing already stored is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

DATA = Path(__file__).parent / "data" / "ingest"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "quotes"))
    finally:
        conn.close()


@pytest.fixture
def stored(isolated_db) -> tuple[int, int]:
    """A database that already holds the fixture articles; returns its counts."""
    assert run("ingest", str(DATA / "batch.jsonl"), "--quiet").exit_code == 0
    return counts(isolated_db)


def assert_clean_failure(result, *expected: str) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # exited cleanly, no crash
    assert "Traceback" not in result.output
    for text in expected:
        assert text in result.stderr


def test_binary_file_is_named_and_the_others_are_stored(isolated_db, stored, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    result = run("ingest", str(binary), str(DATA / "pier.txt"))
    assert_clean_failure(result, f"Error: {binary}: binary file, not a text article",
                         "1 article inserted, 0 skipped as already stored, 1 failed")
    assert counts(isolated_db)[0] == stored[0] + 1


def test_undecodable_text_file(isolated_db, stored, tmp_path):
    latin = tmp_path / "latin.md"
    latin.write_bytes("Caf\u00e9 news".encode("latin-1"))
    result = run("ingest", str(latin))
    assert_clean_failure(result, f"{latin}: not UTF-8 text")
    assert counts(isolated_db) == stored


def test_empty_file(isolated_db, stored, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert_clean_failure(run("ingest", str(empty)), f"Error: {empty}: empty file")
    assert counts(isolated_db) == stored


def test_folder_with_no_articles(isolated_db, stored, tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n")
    assert_clean_failure(run("ingest", str(tmp_path)), f"Error: {tmp_path}: no articles found")
    assert counts(isolated_db) == stored


def test_a_folder_says_how_many_other_files_it_did_not_read(isolated_db, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "story.txt").write_text("“We stay,” said Ann Roe.\n")
    (folder / "budget.csv").write_text("a,b\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = run("ingest", str(folder))
    assert result.exit_code == 0
    assert result.stderr == ("1 article inserted, 0 skipped as already stored, 0 failed; 1 quote; "
                             "2 other files ignored "
                             "(not .htm, .html, .jsonl, .markdown, .md, .ndjson, .text, .txt)\n")


def test_jsonl_bad_lines_name_their_line_and_good_lines_are_stored(isolated_db, stored, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Good line."}\n{"text": broken\n{"title": "No text here"}\n')
    result = run("ingest", str(path))
    assert_clean_failure(result, f"Error: {path} line 2: not valid JSON",
                         f"Error: {path} line 3: no 'text' field",
                         "1 article inserted, 0 skipped as already stored, 2 failed")
    assert counts(isolated_db)[0] == stored[0] + 1


def test_stdin_jsonl_bad_line():
    result = run("ingest", "-", "--format", "jsonl", input='{"text": "ok"}\nnope\n')
    assert_clean_failure(result, "Error: <stdin> line 2: not valid JSON")


def test_missing_path(isolated_db, stored, tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert_clean_failure(run("ingest", str(missing)), f"Error: {missing}: no such file or folder")
    assert counts(isolated_db) == stored


@pytest.mark.parametrize("command", [["ingest", str(DATA / "pier.txt")], ["quotes"], ["db", "status"]])
def test_a_database_that_is_not_sqlite_is_left_untouched(tmp_path, command):
    fake = tmp_path / "notes.db"
    content = b"These are my notes, not a database.\n" * 200
    fake.write_bytes(content)
    result = run("--db", str(fake), *command)
    assert_clean_failure(result, f"Error: {fake} is not a quotetrack SQLite database")
    assert len(result.stderr.splitlines()) == 1
    assert fake.read_bytes() == content


def test_a_locked_database_gives_a_clear_message(isolated_db, stored, monkeypatch):
    monkeypatch.setenv("QUOTETRACK_BUSY_TIMEOUT_MS", "50")
    holder = sqlite3.connect(isolated_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run("ingest", str(DATA / "pier.txt"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_clean_failure(result, "is locked by another process", "try again when it finishes")
    assert counts(isolated_db) == stored
    assert run("ingest", str(DATA / "pier.txt"), "--quiet").exit_code == 0  # works once the lock is gone


@pytest.mark.parametrize("text", ['"unbalanced', 'pier AND', 'OR OR', '(("', "NEAR(a b", "*", "col:x", '"'])
def test_search_text_never_causes_a_traceback(stored, text):
    result = run("quotes", "--search", text)
    assert result.exit_code in (0, 1)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 1:
        assert result.stderr.startswith("Error: Nothing to search for")


def test_bad_date_filter(stored):
    result = run("quotes", "--since", "someday")
    assert_clean_failure(result, "Error: --since 'someday' is not a date; write it as YYYY-MM-DD, YYYY-MM, "
                                 "YYYY, 'June 2024', 'last month' or '30 days ago'.")
