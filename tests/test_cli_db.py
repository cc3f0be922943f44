"""CLI: db path | status | backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.schema import migration_files

DATA = Path(__file__).parent / "data" / "ingest"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_path_follows_option_then_env_and_creates_nothing(isolated_db, tmp_path):
    assert run("db", "path").stdout == f"{isolated_db}\n"
    other = tmp_path / "other.db"
    assert run("--db", str(other), "db", "path").stdout == f"{other}\n"
    assert not isolated_db.exists() and not other.exists()


def test_status_counts_size_and_schema(isolated_db):
    run("ingest", str(DATA / "batch.jsonl"), "--quiet")
    (row,) = json.loads(run("db", "status", "--json").stdout)
    assert row["path"] == str(isolated_db)
    assert row["articles"] == 2
    assert row["quotes"] == len(CliRunner().invoke(cli, ["quotes", "--nl"]).stdout.splitlines())
    assert row["size_bytes"] > 0
    assert row["schema"] == migration_files()[-1].stem
    assert set(row) == {"path", "articles", "quotes", "people", "topics", "size_bytes", "schema"}


def test_backup_is_a_complete_copy_even_while_another_writer_is_busy(isolated_db, tmp_path):
    run("ingest", str(DATA), "--quiet")
    writer = sqlite3.connect(isolated_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO articles (id, text) VALUES ('uncommitted', 'not yet')")
    dest = tmp_path / "copy.db"
    result = run("db", "backup", str(dest))
    writer.execute("ROLLBACK")
    writer.close()
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Backed up to {dest}\n"
    copy = sqlite3.connect(dest)
    assert copy.execute("select count(*) from articles").fetchone()[0] == 6
    assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_backup_refuses_to_overwrite(tmp_path):
    dest = tmp_path / "exists.db"
    dest.write_text("keep me")
    result = run("db", "backup", str(dest))
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {dest} already exists; choose a new file for the backup.\n")
    assert dest.read_text() == "keep me"


def test_db_commands_have_help():
    for command in ("path", "status", "backup"):
        result = run("db", command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout
