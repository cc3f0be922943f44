"""Quote extraction entry point (placeholder until the extractor lands)."""

from __future__ import annotations

from quotetrack.model import Quote


def extract(text: str) -> list[Quote]:
    """Return every attributed quote in ``text`` with exact offsets, sorted by start."""
    return []
