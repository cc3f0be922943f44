"""Dates: metadata values and article headers ("Saturday, June 15th, 2024") to ISO YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_RE = re.compile(
    # 2024-06-15 (also 2024-06-15T10:00Z) | Saturday, June 15th, 2024 | 15 June 2024
    r"(?<!\d)(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})(?!\d)"
    + r"|\b" + _MONTH.format(g="mon2") + r"\s+(?P<d2>\d{1,2})" + _ORD + r",?\s+(?P<y2>\d{4})\b"
    + r"|\b(?P<d3>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH.format(g="mon3") + r",?\s+(?P<y3>\d{4})\b",
    re.IGNORECASE,
)
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEADER_LINES = 5


def parse_date(value: str | None) -> str | None:
    """The first valid date in a metadata value ("2024-06-15T08:00Z", "15 June 2024"), as ISO."""
    if not value:
        return None
    for match in _DATE_RE.finditer(value):
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def find_header_date(text: str, lines: int = HEADER_LINES) -> str | None:
    """A date in the first few non-empty lines of an article (datelines, not dates quoted in the body)."""
    for line in header_lines(text, lines):
        iso = parse_date(line)
        if iso:
            return iso
    return None


def header_lines(text: str, lines: int = HEADER_LINES) -> list[str]:
    """The first ``lines`` non-empty lines, stripped (reads only the head of the text)."""
    out = []
    for line in text[: 400 * lines].split("\n"):
        line = line.strip()
        if line:
            out.append(line)
            if len(out) == lines:
                break
    return out


def is_iso_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not _ISO_RE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _to_iso(match: re.Match) -> str | None:
    g = match.groupdict()
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["mon2"]:
        year, month, day = int(g["y2"]), _MONTHS[g["mon2"][:3].lower()], int(g["d2"])
    else:
        year, month, day = int(g["y3"]), _MONTHS[g["mon3"][:3].lower()], int(g["d3"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
