"""Filters -> plain dict rows: quotes (by person, topic, kind, dates, outlet, full-text search), articles.

The same function serves ``quotes`` and ``export``, so both give the same rows in the same order
(newest article first, then position in the article).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from quotetrack import people, topics
from quotetrack.dates import is_iso_date
from quotetrack.errors import NotFoundError, QueryError
from quotetrack.model import KINDS

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


_QUOTE_SELECT = """
SELECT q.id AS id, a.published AS date, coalesce(p.name, q.speaker) AS speaker, q.text AS quote,
       q.kind AS kind, q.cue AS cue, a.outlet AS outlet, a.title AS title, q.article_id AS article_id,
       q.start AS start, q.end AS "end"
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN people p ON p.id = q.person_id
"""


def quotes(db: sqlite_utils.Database, filters: QuoteFilter | None = None) -> Iterator[dict[str, Any]]:
    """Stream the quotes matching ``filters`` as dict rows with QUOTE_COLUMNS."""
    filters = filters or QuoteFilter()
    where, params = _quote_conditions(db, filters)
    sql = _QUOTE_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY a.published DESC, q.article_id, q.start"
    if filters.limit:
        sql += f" LIMIT {int(filters.limit)}"
    return _rows(db, sql, params)


def _quote_conditions(db: sqlite_utils.Database, f: QuoteFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.person:
        where.append("q.person_id = ?")
        params.append(people.find_person(db, f.person))
    if f.topic:
        where.append("q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id = ?)")
        params.append(topics.find_topic(db, f.topic)["id"])
    if f.kind:
        if f.kind not in KINDS:
            raise QueryError(f"Unknown kind '{f.kind}'; use one of: {', '.join(KINDS)}.")
        where.append("q.kind = ?")
        params.append(f.kind)
    where_dates, date_params = _date_conditions(f.since, f.until)
    where += where_dates
    params += date_params
    if f.outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(f.outlet)
    if f.search:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(f.search))
    return where, params


def _date_conditions(since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    where, params = [], []
    for value, op, name in ((since, ">=", "--since"), (until, "<=", "--until")):
        if value:
            if not is_iso_date(value):
                raise QueryError(f"{name} '{value}' is not a date; write it as YYYY-MM-DD.")
            where.append(f"a.published {op} ?")
            params.append(value)
    return where, params


def articles(db: sqlite_utils.Database, *, outlet: str | None = None, since: str | None = None,
             until: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stored articles, newest first, with how many quotes each holds."""
    where, params = _date_conditions(since, until)
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    sql = (
        "SELECT a.id AS id, a.published AS date, a.outlet AS outlet, a.title AS title, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published DESC, a.ingested_at, a.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _rows(db, sql, params)


def quote_detail(db: sqlite_utils.Database, quote_id: int) -> dict[str, Any]:
    """One quote with its speaker, article and the paragraph(s) around it.

    ``paragraph`` is the article text from the blank line before the quote to the blank line after;
    ``span_start``/``span_end`` locate the quote inside it.
    """
    sql = _QUOTE_SELECT + " WHERE q.id = ?"
    rows = list(_rows(db, sql, [quote_id]))
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


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Rows streamed from a cursor; an FTS syntax error becomes a QueryError with a hint."""
    try:
        cursor = db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))
    except sqlite3.OperationalError as err:
        if "fts5" in str(err) or "MATCH" in str(err):
            raise QueryError(f"Search failed ({err}); try plain words or a \"quoted phrase\".") from err
        raise
