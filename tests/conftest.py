"""Shared fixtures: every test gets its own database through $QUOTETRACK_DB."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch) -> Path:
    """Point QUOTETRACK_DB at a fresh temp file and fix the terminal width for stable tables."""
    path = tmp_path / "test.db"
    monkeypatch.setenv("QUOTETRACK_DB", str(path))
    monkeypatch.setenv("COLUMNS", "160")
    return path
