"""Topics of quotes (placeholder until the topics issue lands)."""

from __future__ import annotations

import sqlite_utils


def tag_quotes(db: sqlite_utils.Database, quote_ids: list[int]) -> int:
    """Assign topics (and stances) to the given stored quotes; return how many tags were written."""
    return 0
