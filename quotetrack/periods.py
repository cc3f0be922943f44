"""Date phrases -> the days they cover: in questions ("since March", "last week", "between May and
June") and in --since/--until values. Resolved against an injectable ``today``: a date written without
a year is its latest past occurrence."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
UNIT = r"(?:day|week|month|year)s?"
_RELATIVE = r"(?:today|yesterday|(?:this|last|past|previous) (?:week|month|year))"
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}"
    rf"|{_MONTH} {_DAY},? {_YEAR}|{_DAY} {_MONTH},? {_YEAR}|{_MONTH} {_DAY}|{_DAY} {_MONTH}"
    rf"|{_MONTH},? {_YEAR}|{_MONTH}|{_YEAR}|{_RELATIVE})"
)

Span = tuple[date, date]


def _month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _latest_year(month: int, day: int, today: date) -> int:
    """A date written without a year means the latest one that is not in the future."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def date_span(phrase: str, today: date) -> Span | None:
    """The days a date phrase covers: a day, a month, a year, a relative period, or 'N days ago' (that
    one day)."""
    p = phrase.lower().replace(",", "").replace(".", "").strip()
    if m := re.fullmatch(rf"(\d+) ({UNIT}) ago", p):
        day = _ago(today, int(m[1]), m[2])
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", p):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", p):
        return _month_span(int(m[1]), int(m[2])) if 1 <= int(m[2]) <= 12 else None
    if re.fullmatch(_YEAR, p):
        return date(int(p), 1, 1), date(int(p), 12, 31)
    if relative := _relative_span(p, today):
        return relative
    return _calendar_span(p, today)


def option_span(phrase: str, today: date) -> Span | None:
    """The days a --since/--until value covers: as ``date_span``, but 'last week/month/year' is the whole
    calendar period before this one (on 2024-06-20 'last month' is May 2024), so that --until takes its
    end; in a question ("what did she say last month") it is the period up to today."""
    if m := re.fullmatch(r"(?:last|previous) (week|month|year)", " ".join(phrase.lower().split())):
        return _previous_period(m[1], today)
    return date_span(phrase, today)


def _previous_period(unit: str, today: date) -> Span:
    if unit == "week":
        start = today - timedelta(days=today.weekday() + 7)
        return start, start + timedelta(days=6)
    if unit == "month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)


def _relative_span(p: str, today: date) -> Span | None:
    if p == "today":
        return today, today
    if p == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if m := re.fullmatch(r"(this|last|past|previous) (week|month|year)", p):
        if m[1] == "this":
            start = {"week": today - timedelta(days=today.weekday()), "month": today.replace(day=1),
                     "year": today.replace(month=1, day=1)}[m[2]]
            return start, today
        return _ago(today, 1, m[2]), today
    return None


def _calendar_span(p: str, today: date) -> Span | None:
    words = p.split()
    months = [w for w in words if w in MONTHS]
    if len(months) != 1:
        return None
    month = MONTHS[months[0]]
    rest = [w for w in words if w not in MONTHS]
    year = next((int(w) for w in rest if re.fullmatch(_YEAR, w)), None)
    day = next((int(re.sub(r"\D", "", w)) for w in rest if re.fullmatch(_DAY, w)), None)
    if day is None:
        return _month_span(year or _latest_year(month, 1, today), month)
    try:
        point = date(year or _latest_year(month, day, today), month, day)
    except ValueError:
        return None
    return point, point


def _ago(today: date, n: int, unit: str) -> date:
    unit = unit.rstrip("s")
    if unit == "day":
        return today - timedelta(days=n)
    if unit == "week":
        return today - timedelta(weeks=n)
    months = today.year * 12 + today.month - 1 - (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _between(a: str, b: str, today: date) -> tuple[date, date] | None:
    """'between May and June': the end is the latest such period, the start the latest before it."""
    end = date_span(b, today)
    if end is None:
        return None
    start = date_span(a, end[1])
    return (start[0], end[1]) if start else None


_Rule = Callable[[re.Match, date], tuple[date | None, date | None] | None]


@functools.cache
def _date_rules() -> list[tuple[re.Pattern, _Rule]]:
    """Compiled on the first question with words (a tenth of a second): `quotes --since` needs none."""
    return [
        (re.compile(rf"\b(?:between|from) ({_DATE}) (?:and|to|until|till|through|-) ({_DATE})\b", re.I),
         lambda m, t: _between(m[1], m[2], t)),
        (re.compile(rf"\b(?:in |over |during |within )?(?:the )?(?:last|past|previous) (\d+) ({UNIT})\b",
                    re.I),
         lambda m, t: (_ago(t, int(m[1]), m[2]), t)),
        (re.compile(rf"\b(?:in|over|during|within) the (?:last|past|previous) ({UNIT})\b", re.I),
         lambda m, t: (_ago(t, 1, m[1]), t)),
        (re.compile(rf"\b(?:since|starting|as of) ({_DATE})\b|\bfrom ({_DATE}) (?:on|onwards?)\b", re.I),
         lambda m, t: (s[0], None) if (s := date_span(m[1] or m[2], t)) else None),
        (re.compile(rf"\bafter ({_DATE})\b", re.I),
         lambda m, t: (s[1] + timedelta(days=1), None) if (s := date_span(m[1], t)) else None),
        (re.compile(rf"\bbefore ({_DATE})\b", re.I),
         lambda m, t: (None, s[0] - timedelta(days=1)) if (s := date_span(m[1], t)) else None),
        (re.compile(rf"\b(?:until|till|up to|through|by the end of) ({_DATE})\b", re.I),
         lambda m, t: (None, s[1]) if (s := date_span(m[1], t)) else None),
        # "quotes from March 2019" are of that month; "from March 2019 on" is a start (above)
        (re.compile(rf"\b(?:in|during|on|of|for|throughout|from) ({_DATE})\b", re.I),
         lambda m, t: date_span(m[1], t)),
        (re.compile(rf"\b({_RELATIVE})\b", re.I), lambda m, t: date_span(m[1], t)),
    ]


def pull_dates(text: str, today: date) -> tuple[str, str | None, str | None]:
    """Remove date expressions from the text; return it with the since/until they set."""
    since = until = None
    for pattern, rule in _date_rules():
        for match in list(pattern.finditer(text)):
            span = rule(match, today)
            if span is None:
                continue
            since = span[0] or since
            until = span[1] or until
            text = text.replace(match.group(0), " ", 1)
    return re.sub(r"\s+", " ", text).strip(" ,"), _iso(since), _iso(until)
