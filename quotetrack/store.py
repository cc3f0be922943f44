"""Open the database: location, WAL, busy timeout, migrations, and clear errors."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlite_utils

from quotetrack.errors import DatabaseError
from quotetrack.schema import MIGRATIONS_TABLE, migrate

ENV_VAR = "QUOTETRACK_DB"
BUSY_TIMEOUT_ENV = "QUOTETRACK_BUSY_TIMEOUT_MS"
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_768


def busy_timeout_ms() -> int:
    """How long a writer waits for another writer: ``$QUOTETRACK_BUSY_TIMEOUT_MS``, else 10 s."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


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
    timeout = busy_timeout_ms()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(db_path), timeout=timeout / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
        _use_wal(conn, timeout)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        # 32 MB of page cache, not SQLite's 2 MB: an ingest batch's index pages stay in memory
        # (alias inserts took a third less time in benchmarks/resolve_speed.py).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if migrate_schema:
            migrate(conn)
    except sqlite3.DatabaseError as err:
        raise DatabaseError(explain(db_path, err)) from err
    except OSError as err:
        raise DatabaseError(f"Cannot open database {db_path}: {err.strerror or err}") from err
    return sqlite_utils.Database(conn)


def _use_wal(conn: sqlite3.Connection, timeout_ms: int) -> None:
    """Switch to WAL (persistent in the file). SQLite does not wait on the busy handler for this
    switch while another process creates the file, so retry until the busy timeout runs out."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if not is_locked(err) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def is_locked(err: BaseException) -> bool:
    """True when SQLite gave up waiting for another connection's lock."""
    msg = str(err)
    return isinstance(err, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg)


def explain(db_path: Path | str, err: sqlite3.DatabaseError) -> str:
    """One line a user can act on for a SQLite error."""
    msg = str(err)
    if is_locked(err):
        return (
            f"Database {db_path} is locked by another process (waited "
            f"{busy_timeout_ms() / 1000:g}s); try again when it finishes."
        )
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return f"{db_path} is not a quotetrack SQLite database ({msg}); pass another --db path."
    return f"Database {db_path}: {msg}"


def db_file(db: sqlite_utils.Database) -> Path | None:
    """The file behind an open database (None for in-memory)."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def status(db: sqlite_utils.Database) -> dict:
    """Counts of what is stored, the file size (with its WAL) and the schema version (last migration)."""
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "quotes", "people", "topics")
    }
    path = db_file(db)
    size = sum(p.stat().st_size for p in _db_files(path)) if path else 0
    version = db.execute(f"SELECT max(name) FROM {MIGRATIONS_TABLE}").fetchone()[0]
    return {"path": str(path) if path else ":memory:", **counts, "size_bytes": size, "schema": version}


def backup(db: sqlite_utils.Database, dest: str | os.PathLike) -> Path:
    """Copy the database to ``dest`` with SQLite's online backup API (consistent while others write)."""
    target_path = Path(dest)
    if target_path.exists():
        raise DatabaseError(f"{target_path} already exists; choose a new file for the backup.")
    if not target_path.parent.is_dir():
        raise DatabaseError(f"Cannot write backup: folder {target_path.parent} does not exist.")
    try:
        target = sqlite3.connect(str(target_path))
        try:
            db.conn.backup(target)
        finally:
            target.close()
    except sqlite3.DatabaseError as err:
        target_path.unlink(missing_ok=True)
        raise DatabaseError(explain(target_path, err)) from err
    return target_path


def _db_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal")) if p.exists()]


IN_CHUNK = 500  # ids per "IN (...)" statement, well below SQLite's limit on parameters


def in_chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    """``ids`` in lists of at most IN_CHUNK, one "IN (...)" statement each."""
    for at in range(0, len(ids), IN_CHUNK):
        yield list(ids[at:at + IN_CHUNK])
