"""Filters -> plain dict rows: quotes (by person, topic, kind, dates, outlet, full-text search), articles.

The same function serves ``quotes`` and ``export``, so both give the same rows in the same order
(newest article first, then position in the article).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz, process

from quotetrack import people, topics
from quotetrack.errors import NotFoundError, QueryError
from quotetrack.model import KINDS
from quotetrack.periods import option_span
from quotetrack.store import db_file

QUOTE_COLUMNS = ["id", "date", "speaker", "quote", "kind", "cue", "outlet", "title", "article_id", "start",
                 "end"]
ARTICLE_COLUMNS = ["id", "date", "outlet", "title", "quotes"]


@dataclass(frozen=True)
class QuoteFilter:
    """What the user asked for; every field is optional and they combine with AND."""

    person: str | None = None
    topic: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    search: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Selection:
    """A QuoteFilter with its names resolved: person and topic ids, a safe FTS5 expression (``match``)."""

    person_ids: tuple[int, ...] = ()
    topic_id: int | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    match: str | None = None
    limit: int | None = None


def quotes(db: sqlite_utils.Database, filters: QuoteFilter | None = None) -> Iterator[dict[str, Any]]:
    """Stream the quotes matching ``filters`` as dict rows with QUOTE_COLUMNS, newest article first.

    Names are resolved and the plan chosen now, so a bad filter raises before any row is read.
    """
    return select(db, resolve(db, filters or QuoteFilter()))


def resolve(db: sqlite_utils.Database, f: QuoteFilter) -> Selection:
    """Resolve person and topic names, check kind and dates, quote the search text for FTS5."""
    if f.kind is not None and f.kind not in KINDS:
        raise QueryError(f"Unknown kind '{f.kind}'; use one of: {', '.join(KINDS)}.")
    since, until = date_bounds(f.since, f.until)
    return Selection(
        person_ids=(people.find_person(db, f.person, prominent=True),) if f.person is not None else (),
        topic_id=topics.find_topic(db, f.topic)["id"] if f.topic else None,
        kind=f.kind, since=since, until=until, outlet=_outlet(db, f.outlet),
        match=fts_query(f.search) if f.search else None,
        limit=f.limit if f.limit and f.limit < _NO_LIMIT else None,
    )


def date_bounds(since: str | None, until: str | None,
                today: dt.date | None = None) -> tuple[str | None, str | None]:
    """``--since``/``--until`` as inclusive ISO days: a day, a month ('2024-06', 'June 2024'), a year, a
    calendar period ('last month': all of the month before this one) or a day back ('30 days ago'); --since
    takes its first day, --until its last.

    Raises QueryError for what is no date, and for a --since after the --until (no day is in both)."""
    today = today or dt.date.today()
    bounds: list[str | None] = []
    for value, name, side in ((since, "--since", 0), (until, "--until", 1)):
        if not value or not value.strip():
            bounds.append(None)
        elif span := option_span(value, today):
            bounds.append(span[side].isoformat())
        else:
            raise QueryError(f"{name} '{value}' is not a date; write it as YYYY-MM-DD, YYYY-MM, YYYY, "
                             "'June 2024', 'last month' or '30 days ago'.")
    first, last = bounds
    if first and last and first > last:
        raise QueryError(f"--since {first} is after --until {last}: no date is in both.")
    return first, last


def nothing_stored(db: sqlite_utils.Database) -> str | None:
    """What to say when the database holds no article at all (a fresh file, or a mistyped --db), so an
    empty answer is not taken for "no match"; None when it holds some."""
    if _execute(db, "SELECT 1 FROM articles LIMIT 1", []).fetchone():
        return None
    where = db_file(db) or "this database"
    return f"No articles stored yet in {where}; add some with `quotetrack ingest PATH`."


_NO_LIMIT = 2**62  # a --limit past what SQLite can hold means "all"


def _outlet(db: sqlite_utils.Database, name: str | None) -> str | None:
    """``name`` when some article has that outlet (any case); else NotFoundError with the outlets that
    contain it ("kabul" -> Kabul Ledger), as an unknown person or topic gets the nearest names."""
    if not name:
        return None
    if _execute(db, "SELECT 1 FROM articles WHERE outlet = ? COLLATE NOCASE LIMIT 1", [name]).fetchone():
        return name
    sql = "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"
    outlets = [o for (o,) in _execute(db, sql, [])]
    typed = name.casefold().strip()
    close = sorted((o for o in outlets if typed and typed in o.casefold()), key=len)
    if not close:
        found = process.extract(name, outlets, scorer=fuzz.WRatio, limit=3, score_cutoff=75)
        close = [o for o, _, _ in found]
    raise NotFoundError(f"No outlet '{name}'.", suggestions=close[:3])


def select(db: sqlite_utils.Database, sel: Selection) -> Iterator[dict[str, Any]]:
    """The rows of ``sel``: ids chosen from the indexes first, then only those rows read."""
    return _chunked_rows(db, quote_ids(db, sel))


def quote_ids(db: sqlite_utils.Database, sel: Selection) -> Iterator[int]:
    """Ids of the quotes of ``sel`` in list order (newest article first, then position in the article)."""
    sql, params = plan(db, sel)
    return (row[0] for row in _execute(db, sql, params))


_ROW_SELECT = """
SELECT q.id AS id, q.published AS date, coalesce(p.name, q.speaker) AS speaker, q.text AS quote,
       q.kind AS kind, q.cue AS cue, a.outlet AS outlet, a.title AS title, q.article_id AS article_id,
       q.start AS start, q.end AS "end"
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN people p ON p.id = q.person_id
WHERE q.id IN ({})
"""
_FETCH = 500  # rows read per statement while streaming a long list


def quote_rows(db: sqlite_utils.Database, ids: list[int]) -> list[dict[str, Any]]:
    """QUOTE_COLUMNS rows for ``ids``, in the order of ``ids`` (unknown ids are left out)."""
    if not ids:
        return []
    by_id = {row["id"]: row for row in _rows(db, _ROW_SELECT.format(", ".join("?" * len(ids))), ids)}
    return [by_id[i] for i in ids if i in by_id]


def _chunked_rows(db: sqlite_utils.Database, ids: Iterator[int]) -> Iterator[dict[str, Any]]:
    while chunk := list(itertools.islice(ids, _FETCH)):
        yield from quote_rows(db, chunk)


# --- choosing how to find the ids ---------------------------------------------------------------------
#
# A list is sorted newest first and usually cut to a page (--limit). Two plans, costed per query:
#  - "gather": read every quote of the most selective filter (a person's index range, a topic's tags,
#    the FTS matches, an outlet's articles), check the other filters, sort. Cost ~ its quote count.
#  - "walk": read quotes in date order from an index (the person's, or everyone's) and stop after
#    `limit` hits. Cost ~ limit / share of quotes that pass, so it wins when every filter is common.
# Measured on 1M quotes: gathering costs ~1.5 us a quote, a walk step ~0.3 us; they break even near
# sqrt(limit * quotes / 4) candidates, so gather below that. Checking one quote against FTS with
# MATCH + rowid costs ~50 us while listing all matches costs ~0.2 us each, hence a walk checks very
# common words (>= sqrt(250 * limit * quotes) matches) quote by quote, and lists rarer ones once;
# a prefix search (word*) is always listed, since each check would expand the prefix again.

_ORDER = " ORDER BY q.published DESC, q.article_id, q.start"
_BY_DATE = "quotes q INDEXED BY idx_quotes_published"
_BY_PERSON = "quotes q INDEXED BY idx_quotes_person_published"
_FTS_LIST = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
_FTS_EACH = "EXISTS (SELECT 1 FROM quotes_fts f WHERE quotes_fts MATCH ? AND f.rowid = q.id)"
_SOURCES: dict[str, tuple[str, str, str]] = {  # name -> (how many, gather from, check one quote)
    "person": ("SELECT 1 FROM quotes q WHERE q.person_id IN ({marks})",
               "{person_from} WHERE q.person_id IN ({marks})", "q.person_id IN ({marks})"),
    "topic": ("SELECT 1 FROM quote_topics WHERE topic_id = ?",
              "quote_topics qt CROSS JOIN quotes q ON q.id = qt.quote_id WHERE qt.topic_id = ?",
              "EXISTS (SELECT 1 FROM quote_topics qt WHERE qt.quote_id = q.id AND qt.topic_id = ?)"),
    "outlet": ("SELECT 1 FROM articles a CROSS JOIN quotes q ON q.article_id = a.id"
               " WHERE a.outlet = ? COLLATE NOCASE",
               "articles a CROSS JOIN quotes q ON q.article_id = a.id WHERE a.outlet = ? COLLATE NOCASE",
               "q.article_id IN (SELECT id FROM articles WHERE outlet = ? COLLATE NOCASE)"),
    "search": ("SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?",
               "quotes_fts f CROSS JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ?", _FTS_LIST),
}
# A topic's quote ids from their covering index: on an ANALYZEd database SQLite took the newer
# (topic_id, person_id) index, which has no statistics, for the more selective one and looked up every
# tag's row (a person's count of quotes on a topic: 64 ms traced on 1M quotes; 13 ms with this).
_TOPIC_SET = ("q.id IN (SELECT quote_id FROM quote_topics INDEXED BY idx_quote_topics_topic_quote"
              " WHERE topic_id = ?)")
_MIN_GATHER = 500


def plan(db: sqlite_utils.Database, sel: Selection) -> tuple[str, list[Any]]:
    """The SQL (and parameters) selecting the ids of ``sel`` in list order; see the comment above."""
    sources = _source_params(sel)
    total = db.conn.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0
    limit = sel.limit
    gather_below = _gather_below(limit, total)
    counts = {name: _count(db, name, params, gather_below) for name, params in sources.items()}
    driver = min(counts, key=counts.__getitem__) if counts else None
    walking = driver is None or counts[driver] >= gather_below
    if walking or driver is None:
        driver = "person" if len(sel.person_ids) == 1 else None
        start = _BY_PERSON if driver else _BY_DATE
        where = ["q.person_id = ?"] if driver else []
        params: list[Any] = list(sel.person_ids) if driver else []
    else:
        source, condition = _SOURCES[driver][1].split(" WHERE ")
        start = source.format(person_from=_BY_PERSON if len(sel.person_ids) == 1 else "quotes q")
        where, params = [condition.format(marks=_marks(sel.person_ids))], list(sources[driver])
    residual, residual_params = _residual(sel, index_ok=walking)
    where += residual
    params += residual_params
    for name in sorted(sources, key=lambda n: n == "search"):  # the costly FTS check last
        if name != driver:
            where.append(_check(db, name, sel, sources[name], walking, counts, limit, total))
            params += sources[name]
    sql = f"SELECT q.id FROM {start}" + (" WHERE " + " AND ".join(where) if where else "") + _ORDER
    return sql + _limit(limit), params


def _limit(limit: int | None) -> str:
    """A LIMIT clause (none for no limit or one past what SQLite can hold: that means "all")."""
    return f" LIMIT {limit}" if limit and limit < _NO_LIMIT else ""


def _gather_below(limit: int | None, total: int) -> float:
    """Gather a filter's quotes when it keeps fewer than this; walk the date order otherwise."""
    return max(_MIN_GATHER, math.isqrt(limit * total // 4)) if limit else math.inf


def _source_params(sel: Selection) -> dict[str, list[Any]]:
    sources: dict[str, list[Any]] = {}
    if sel.person_ids:
        sources["person"] = list(sel.person_ids)
    if sel.topic_id is not None:
        sources["topic"] = [sel.topic_id]
    if sel.outlet:
        sources["outlet"] = [sel.outlet]
    if sel.match:
        sources["search"] = [sel.match]
    return sources


def _count(db: sqlite_utils.Database, name: str, params: list[Any], cap: float) -> float:
    """How many quotes the filter ``name`` keeps, counted up to ``cap`` (math.inf: all)."""
    sql = _SOURCES[name][0].format(marks=_marks(params))
    if cap != math.inf:
        sql += f" LIMIT {int(cap)}"
    return _execute(db, f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def _check(db: sqlite_utils.Database, name: str, sel: Selection, params: list[Any], walking: bool,
           counts: dict[str, float], limit: int | None, total: int) -> str:
    """The condition checking one quote against filter ``name`` (the FTS check depends on cost)."""
    if name != "search":
        return _SOURCES[name][2].format(marks=_marks(sel.person_ids))
    if "*" in params[0]:  # a prefix expands to every matching term on each check: list the matches once
        return _FTS_LIST
    many = _many_matches(walking, min(counts.values()), limit, total)
    common = many != math.inf and (counts["search"] >= many or _count(db, name, params, many) >= many)
    return _FTS_EACH if common else _FTS_LIST


def _many_matches(walking: bool, gathered: float, limit: int | None, total: int) -> float:
    """FTS matches above which checking quotes one by one (~50 us each) beats listing every match once
    (~0.2 us each): 250x the gathered quotes, or for a walk of ~limit * total / matches quotes, the
    break-even sqrt(250 * limit * total)."""
    if not walking:
        return 250 * gathered
    return math.isqrt(250 * limit * total) if limit else math.inf


def _residual(sel: Selection, *, index_ok: bool) -> tuple[list[str], list[Any]]:
    """Kind and date conditions. When gathering, ``+`` keeps SQLite from reading them by index."""
    plus = "" if index_ok else "+"
    where, params = [], []
    if sel.kind:
        where.append("+q.kind = ?")
        params.append(sel.kind)
    for value, op in ((sel.since, ">="), (sel.until, "<=")):
        if value:
            where.append(f"{plus}q.published {op} ?")
            params.append(value)
    return where, params


def _marks(values: list[Any] | tuple[Any, ...]) -> str:
    return ", ".join("?" * len(values))


# --- counts over a selection (for `ask`) ----------------------------------------------------------


def _conditions(sel: Selection) -> tuple[str, list[Any]]:
    """``sel`` (without order or limit) as conditions on quotes ``q``, for SQLite to plan: every filter
    as a set of ids, so counts over a topic read its tags, not every quote."""
    sources = _source_params(sel)
    where = [_TOPIC_SET if name == "topic" else _SOURCES[name][2].format(marks=_marks(sel.person_ids))
             for name in sources]
    params = [p for values in sources.values() for p in values]
    residual, residual_params = _residual(sel, index_ok=True)
    return " AND ".join(where + residual) or "1", params + residual_params


def summary(db: sqlite_utils.Database, sel: Selection) -> dict[str, Any]:
    """How many quotes and articles ``sel`` holds, and the first and last dates."""
    where, params = _conditions(sel)
    sql = ("SELECT count(*), count(DISTINCT q.article_id), min(q.published), max(q.published)"
           f" FROM quotes q WHERE {where}")
    count, articles_, first, last = _execute(db, sql, params).fetchone()
    return {"quotes": count, "articles": articles_, "first": first, "last": last}


def speakers(db: sqlite_utils.Database, sel: Selection) -> list[dict[str, Any]]:
    """The people quoted most in ``sel`` (up to ``sel.limit``): speaker, quotes.

    With no filter the counts kept on the people rows answer (0015); a topic alone is counted from its
    tags, which carry their quote's person (0012): one index range instead of a quote lookup per tag."""
    if replace(sel, limit=None) == Selection():
        return list(_rows(db, "SELECT speaker, quotes FROM (SELECT name AS speaker, quote_count AS quotes"
                              " FROM people WHERE quote_count > 0 ORDER BY quote_count DESC, id"
                              f"{_limit(sel.limit)}) ORDER BY quotes DESC, speaker", []))
    if sel.topic_id is not None and replace(sel, topic_id=None, limit=None) == Selection():
        counted, params = "FROM quote_topics q WHERE q.topic_id = ?", [sel.topic_id]
    else:
        where, params = _conditions(sel)
        counted = f"FROM quotes q WHERE {where}"
    sql = (
        f"SELECT p.name AS speaker, r.quotes FROM (SELECT q.person_id, count(*) AS quotes {counted}"
        " AND q.person_id IS NOT NULL GROUP BY q.person_id ORDER BY quotes DESC, q.person_id"
        f"{_limit(sel.limit)}) r JOIN people p ON p.id = r.person_id"
        " ORDER BY r.quotes DESC, p.name"
    )
    return list(_rows(db, sql, params))


def best_matches(db: sqlite_utils.Database, sel: Selection) -> list[dict[str, Any]]:
    """The quotes of ``sel`` that match ``sel.match`` best (FTS5 bm25 rank), not newest first."""
    rest, params = _conditions(replace(sel, match=None))
    sql = (f"SELECT q.id FROM quotes_fts f CROSS JOIN quotes q ON q.id = f.rowid"
           f" WHERE quotes_fts MATCH ? AND {rest} ORDER BY f.rank{_limit(sel.limit)}")
    return quote_rows(db, [row[0] for row in _execute(db, sql, [sel.match, *params])])


def articles(db: sqlite_utils.Database, *, outlet: str | None = None, since: str | None = None,
             until: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stored articles, newest first, with how many quotes each holds."""
    since, until = date_bounds(since, until)
    where, params = [], []
    for value, op in ((since, ">="), (until, "<=")):
        if value:
            where.append(f"a.published {op} ?")
            params.append(value)
    if outlet:
        _outlet(db, outlet)  # an outlet no article has raises, with suggestions
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    sql = (
        "SELECT a.id AS id, a.published AS date, a.outlet AS outlet, a.title AS title, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published DESC, a.ingested_at, a.id"
    )
    return _rows(db, sql + _limit(limit), params)


def quote_detail(db: sqlite_utils.Database, quote_id: int) -> dict[str, Any]:
    """One quote with its speaker, article and the paragraph(s) around it.

    ``paragraph`` is the article text from the blank line before the quote to the blank line after;
    ``span_start``/``span_end`` locate the quote inside it.
    """
    rows = quote_rows(db, [quote_id])
    if not rows:
        raise NotFoundError(f"No quote with id {quote_id}; list ids with `quotetrack quotes`.")
    row = rows[0]
    text = db.conn.execute("SELECT text FROM articles WHERE id = ?", [row["article_id"]]).fetchone()[0]
    begin, finish = paragraph_bounds(text, row["start"], row["end"])
    return {**row, "paragraph": text[begin:finish], "span_start": row["start"] - begin,
            "span_end": row["end"] - begin}


_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) of ``text`` containing ``start:end`` (blank lines separate paragraphs)."""
    breaks = list(_BREAK.finditer(text, 0, start))
    begin = breaks[-1].end() if breaks else 0
    after = _BREAK.search(text, end)
    return begin, after.start() if after else len(text)


# --- full-text search -------------------------------------------------------------------------------

_PHRASE = re.compile(r'"([^"]*)"')
_TERM = re.compile(r"\w+\*?")


def fts_query(text: str) -> str:
    """User text to a safe FTS5 query: "quoted phrases" stay phrases, other words become quoted terms
    (ANDed; a trailing * keeps prefix search). Operators and stray quote marks are just words."""
    parts = []
    pos = 0
    for match in _PHRASE.finditer(text):
        parts += _terms(text[pos:match.start()])
        words = re.findall(r"\w+", match.group(1))
        if words:
            parts.append('"' + " ".join(words) + '"')
        pos = match.end()
    parts += _terms(text[pos:])
    if not parts:
        raise QueryError(f"Nothing to search for in '{text}'; give at least one word.")
    return " ".join(parts)


def _terms(text: str) -> list[str]:
    return [f'"{t[:-1]}"*' if t.endswith("*") else f'"{t}"' for t in _TERM.findall(text)]


def _execute(db: sqlite_utils.Database, sql: str, params: list[Any]) -> sqlite3.Cursor:
    """Run ``sql``; an FTS syntax error becomes a QueryError with a hint."""
    try:
        return db.conn.execute(sql, params)
    except sqlite3.OperationalError as err:
        if "fts5" in str(err) or "MATCH" in str(err):
            raise QueryError(f"Search failed ({err}); try plain words or a \"quoted phrase\".") from err
        raise


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Dict rows streamed from a cursor."""
    cursor = _execute(db, sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
