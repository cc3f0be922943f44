"""Open the database: location, WAL, busy timeout, migrations, and clear errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from quotetrack.errors import DatabaseError
from quotetrack.schema import migrate

ENV_VAR = "QUOTETRACK_DB"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """``$XDG_DATA_HOME/quotetrack/quotetrack.db`` (``~/.local/share/quotetrack/quotetrack.db``)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "quotetrack" / "quotetrack.db"


def resolve_db_path(path: str | os.PathLike | None = None) -> Path:
    """``--db PATH``, else ``$QUOTETRACK_DB``, else the default."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else default_db_path()


def open_db(path: str | os.PathLike | None = None, *, migrate_schema: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database; raise DatabaseError with a hint."""
    db_path = resolve_db_path(path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrate_schema:
            migrate(conn)
    except sqlite3.DatabaseError as err:
        raise DatabaseError(_explain(db_path, err)) from err
    except OSError as err:
        raise DatabaseError(f"Cannot open database {db_path}: {err.strerror or err}") from err
    return sqlite_utils.Database(conn)


def _explain(db_path: Path, err: sqlite3.DatabaseError) -> str:
    msg = str(err)
    if "locked" in msg or "busy" in msg:
        return (
            f"Database {db_path} is locked by another process (waited "
            f"{BUSY_TIMEOUT_MS // 1000}s); try again when it finishes."
        )
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return f"{db_path} is not a quotetrack SQLite database ({msg}); pass another --db path."
    return f"Database {db_path}: {msg}"
