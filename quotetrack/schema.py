"""Apply the named migrations in ``db/migrations`` to a database, each in its own transaction."""

from __future__ import annotations

import sqlite3
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


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
        "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
    )
    done = {row[0] for row in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
    applied = []
    for path in migration_files():
        if path.stem in done:
            continue
        script = path.read_text(encoding="utf-8")
        # executescript commits first; wrap the whole file and its record in one transaction.
        conn.executescript(
            "BEGIN IMMEDIATE;\n"
            + script
            + f"\nINSERT INTO {MIGRATIONS_TABLE}(name) VALUES ('{path.stem}');\nCOMMIT;"
        )
        applied.append(path.stem)
    return applied
