"""Canonical people across articles (placeholder: exact-name matching until the people issue lands)."""

from __future__ import annotations

import sqlite_utils

from quotetrack.model import Quote, Resolution


def assign_people(db: sqlite_utils.Database, article_id: str, quotes: list[Quote]) -> list[Resolution]:
    """Match each quote's speaker to a person, creating people as needed; one Resolution per quote."""
    out = []
    for quote in quotes:
        if not quote.speaker:
            out.append(Resolution(None, "none", 0.0))
            continue
        row = db.execute("select id from people where name = ?", [quote.speaker]).fetchone()
        if row:
            out.append(Resolution(row[0], "exact", 1.0))
        else:
            kind = quote.speaker_kind or "person"
            pid = db["people"].insert({"name": quote.speaker, "kind": kind}).last_pk
            out.append(Resolution(pid, "new", 1.0))
    return out
