"""Apply the named migrations in ``db/migrations`` to a database, each in its own transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

MIGRATIONS_TABLE = "_migrations"


def migrations_dir() -> Path:
    """Where the migrations live: packaged into the wheel, or ``db/`` beside the source tree."""
    packaged = resources.files("quotetrack") / "_db" / "migrations"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "db" / "migrations"


def migration_files() -> list[Path]:
    return sorted(migrations_dir().glob("*.sql"))


def statements(script: str) -> Iterator[str]:
    """Split a SQL script into complete statements (trigger bodies keep their inner semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in buffer.splitlines()
    ):
        raise sqlite3.OperationalError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now.

    Each migration runs in its own ``BEGIN IMMEDIATE`` transaction that first re-checks whether
    another process applied it meanwhile, so concurrent first opens never apply one twice.
    """
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
        "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
    )
    done = {row[0] for row in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
    applied = []
    for path in migration_files():
        if path.stem in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            recorded = conn.execute(
                f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = ?", [path.stem]
            ).fetchone()
            if not recorded:
                for statement in statements(path.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute(f"INSERT INTO {MIGRATIONS_TABLE}(name) VALUES (?)", [path.stem])
                applied.append(path.stem)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied
