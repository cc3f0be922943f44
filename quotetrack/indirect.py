"""Indirect (reported) speech detection. Stub: filled in by the indirect-speech engineer."""

from __future__ import annotations

from quotetrack.model import Candidate


def find_indirect(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Return indirect-speech candidates in ``text`` that do not overlap ``taken`` spans."""
    return []
