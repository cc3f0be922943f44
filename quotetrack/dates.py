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
    + r"|\b(?P<d3>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH.format(g="mon3") + r",?\s+(?P<y3>\d{4})\b"
    # 2025/3/12, 2025.03.12 | 12.03.2025 (day first) | 03/09/2025 (day or month first, when one is > 12)
    + r"|(?<![\w/.])(?P<y4>\d{4})(?:/(?P<m4>\d{1,2})/(?P<d4>\d{1,2})|\.(?P<m6>\d\d)\.(?P<d6>\d\d))"
    + r"(?![\d/]|\.\d)"
    + r"|(?<![\w/.])(?P<a5>\d{1,2})(?P<s5>[/.])(?P<b5>\d{1,2})(?P=s5)(?P<y5>\d{4})(?![\d/]|\.\d)",
    re.IGNORECASE,
)
# Unix time: 10 digits of seconds (2001 to 2286, optionally with a fraction) or 13 of milliseconds; fewer
# digits are years before 2001, which no feed of today's news carries and a stray number often is.
_EPOCH_RE = re.compile(r"\d{10}(?:\.\d+)?|\d{13}")
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEADER_LINES = 5
_DOTTED_DATELINE = re.compile(r"\D{0,30}\d{1,2}\.\d{1,2}\.\d{4}\W{0,3}")


def parse_date(value: str | None, *, dotted: bool = True) -> str | None:
    """The first valid date in a metadata value ("2024-06-15T08:00Z", "15 June 2024"), as ISO; with
    ``dotted`` false, not the day-first dotted form ("12.03.2025"), which a version number also takes."""
    if not value:
        return None
    if _EPOCH_RE.fullmatch(value.strip()):
        return _epoch_date(value.strip())
    for match in _DATE_RE.finditer(value):
        if match["s5"] == "." and not dotted:
            continue
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def find_header_date(text: str, lines: int = HEADER_LINES) -> str | None:
    """A date in the first few non-empty lines of an article (datelines, not dates quoted in the body).
    The dotted day-first form only ends a short line with no other number ("Berlin, 12.03.2025"): in a
    sentence it is as often a version ("The 3.10.2024 release notes")."""
    for line in header_lines(text, lines):
        iso = parse_date(line, dotted=_DOTTED_DATELINE.fullmatch(line) is not None)
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


def _epoch_date(value: str) -> str:
    """A feed's Unix time (seconds, or milliseconds when 13 digits without a fraction) as the UTC date."""
    seconds = float(value) / (1000 if len(value) == 13 and "." not in value else 1)
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()


def _to_iso(match: re.Match) -> str | None:
    g = match.groupdict()
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["mon2"]:
        year, month, day = int(g["y2"]), _MONTHS[g["mon2"][:3].lower()], int(g["d2"])
    elif g["mon3"]:
        year, month, day = int(g["y3"]), _MONTHS[g["mon3"][:3].lower()], int(g["d3"])
    elif g["y4"]:
        year, month, day = int(g["y4"]), int(g["m4"] or g["m6"]), int(g["d4"] or g["d6"])
    else:
        return _day_month_year(int(g["a5"]), int(g["b5"]), int(g["y5"]), dotted=g["s5"] == ".")
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_month_year(first: int, second: int, year: int, *, dotted: bool) -> str | None:
    """12.03.2025 is day first (as written where dots are used); with slashes the order is known only when
    one of the two numbers cannot be a month: 25/03/2025 is day first, 03/25/2025 month first, and
    03/09/2025 is no date at all rather than a guess that is wrong half the time."""
    if dotted or first > 12:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    elif first == second:
        day = month = first
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
