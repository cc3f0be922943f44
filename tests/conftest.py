"""Shared fixtures: every test gets its own database through $QUOTETRACK_DB."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotetrack import extract as extract_module
from quotetrack.model import Quote

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch) -> Path:
    """Point QUOTETRACK_DB at a fresh temp file and fix the terminal width for stable tables."""
    path = tmp_path / "test.db"
    monkeypatch.setenv("QUOTETRACK_DB", str(path))
    monkeypatch.setenv("COLUMNS", "160")
    return path


_SAID = re.compile(r"“([^”]+?),?” said ([A-Z]\w+ [A-Z]\w+)")


def said_quotes(text: str) -> list[Quote]:
    """Stands in for the real extractor so stored rows are exactly known: “...,” said First Last."""
    return [Quote(text=m.group(1), start=m.start(1), end=m.end(1), kind="direct", speaker=m.group(2),
                  cue="said") for m in _SAID.finditer(text)]


@pytest.fixture
def said_extractor(monkeypatch):
    """Use ``said_quotes`` as the extractor (tests of storage, not of extraction)."""
    monkeypatch.setattr(extract_module, "extract", said_quotes)
