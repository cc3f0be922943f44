"""Where people stand over time: stored stances per person and topic, timelines, shifts, positions."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from quotetrack import people
from quotetrack.model import STANCES
from quotetrack.store import in_chunks


def find_person(db: sqlite_utils.Database, name: str) -> tuple[int, str, str | None]:
    """(id, canonical name, note) for any alias, near spelling or role, as people.read_person takes
    it; NotFoundError suggests the nearest names."""
    person_id, note = people.read_person(db, name)
    return person_id, people.person_name(db, person_id), note


def quote_stances(db: sqlite_utils.Database, quote_id: int) -> list[dict[str, Any]]:
    """Every topic stance stored for one quote: topic, stance, confidence, cues, source."""
    sql = """
        select t.label as topic, s.label as stance, s.confidence, s.cues, s.source
        from stances s join topics t on t.id = s.topic_id where s.quote_id = ? order by t.label
    """
    return [{**r, "cues": json.loads(r["cues"])} for r in db.query(sql, [quote_id])]


# --- stance over time ----------------------------------------------------------------------------

_QUOTE_ROWS = """
    select s.quote_id, s.topic_id, t.label as topic, s.label as stance, s.confidence, s.cues, s.source,
           q.text as quote, q.person_id, p.name as person, a.published as date, a.outlet, a.title
    from stances s
    join quotes q on q.id = s.quote_id
    join topics t on t.id = s.topic_id
    join articles a on a.id = q.article_id
    left join people p on p.id = q.person_id
"""


def _stance_rows(db: sqlite_utils.Database, where: str, params: list) -> list[dict[str, Any]]:
    sql = f"{_QUOTE_ROWS} where {where} order by coalesce(a.published, '9999'), q.article_id, q.start"
    return [{**r, "cues": json.loads(r["cues"])} for r in db.query(sql, params)]


def overall(counts: dict[str, int]) -> str:
    """support / oppose when one side has more quotes, mixed on a tie, neutral when neither appears."""
    if counts["support"] == counts["oppose"]:
        return "neutral" if counts["support"] == 0 else "mixed"
    return "support" if counts["support"] > counts["oppose"] else "oppose"


# A person's stances in date order, without quote text or cues: person_stances counts these and reads
# text only for the quotes at either end of a shift (a prolific speaker has thousands of stances). The
# stances are found first from the stances' own copy of their person (migration 0011: one index range,
# with or without a topic), then only those are read in full.
_PERSON_ROWS = """
    with hit as materialized (
        select s.quote_id, s.topic_id from stances s where s.person_id = :person {topic}
    )
    select hit.topic_id, a.published, s.label, hit.quote_id
    from hit join stances s on s.quote_id = hit.quote_id and s.topic_id = hit.topic_id
    join quotes q on q.id = hit.quote_id join articles a on a.id = q.article_id{dates}
    order by coalesce(a.published, '9999'), q.article_id, q.start
"""


@dataclass(frozen=True)
class Window:
    """Inclusive ISO dates a stance's quote must be published between (an undated quote is in no window)."""

    since: str | None = None
    until: str | None = None

    def sql(self, column: str, positional: bool = False) -> str:
        """`` and`` conditions on ``column``, with the parameters :since and :until (or ``?``, ``?``)."""
        return "".join(f" and {column} {op} {'?' if positional else ':' + name}"
                       for name, op in (("since", ">="), ("until", "<=")) if getattr(self, name))

    def params(self) -> dict[str, str | None]:
        return {"since": self.since, "until": self.until}

    def values(self) -> list[str]:
        """The parameters of ``sql(column, positional=True)``, in order."""
        return [value for value in (self.since, self.until) if value]

    def phrase(self) -> str:
        """The dates in words, after a space (" between A and B", " since A", " until B"), or ''."""
        if self.since and self.until:
            return f" between {self.since} and {self.until}"
        return f" since {self.since}" if self.since else f" until {self.until}" if self.until else ""


ALWAYS = Window()


def person_stances(
    db: sqlite_utils.Database, person_id: int, topic_id: int | None = None, window: Window = ALWAYS
) -> list[dict[str, Any]]:
    """One row per topic the person spoke to (most quoted first), from the quotes in ``window``.

    Row: {topic_id, topic, stance (support|oppose|mixed|neutral), support, oppose, neutral, quotes,
    timeline: [{date, stance, support, oppose, neutral}] per date (oldest first, date None last),
    shifts: shifts(...) for that topic}.
    """
    sql = _PERSON_ROWS.format(topic="and s.topic_id = :topic" if topic_id is not None else "",
                              dates=window.sql("a.published"))
    by_topic: dict[int, dict[str | None, list[tuple[str, int]]]] = {}
    params = {"person": person_id, "topic": topic_id, **window.params()}
    for tid, date, label, quote_id in db.conn.execute(sql, params):
        by_topic.setdefault(tid, {}).setdefault(date, []).append((label, quote_id))
    labels = _topic_labels(db, list(by_topic))
    timelines = {tid: _timeline(days) for tid, days in by_topic.items()}
    ends = {tid: _shift_ends(days, timelines[tid]) for tid, days in by_topic.items()}
    texts = _quote_texts(db, [qid for found in ends.values() for end in found for qid in end[4:]])
    out = []
    for tid, days in by_topic.items():
        timeline = timelines[tid]
        counts = {label: sum(day[label] for day in timeline) for label in STANCES}
        out.append(
            {
                "topic_id": tid,
                "topic": labels[tid],
                "stance": overall(counts),
                **counts,
                "quotes": sum(len(day) for day in days.values()),
                "timeline": timeline,
                "shifts": [_shift(labels[tid], end, texts) for end in ends[tid]],
            }
        )
    return sorted(out, key=lambda r: (-r["quotes"], r["topic"]))


def _topic_labels(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    marks = ", ".join("?" * len(ids))
    return dict(db.conn.execute(f"select id, label from topics where id in ({marks})", ids).fetchall())


def _quote_texts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """Quote id -> text, read in chunks that stay under SQLite's limit on parameters."""
    texts: dict[int, str] = {}
    for chunk in in_chunks(sorted(set(ids))):
        sql = f"select id, text from quotes where id in ({', '.join('?' * len(chunk))})"
        texts.update(db.conn.execute(sql, chunk).fetchall())
    return texts


def _counts(labels: Iterable[str]) -> dict[str, int]:
    tally = Counter(labels)
    return {label: tally.get(label, 0) for label in STANCES}


def _timeline(days: dict[str | None, list[tuple[str, int]]]) -> list[dict[str, Any]]:
    out = []
    for date, day in days.items():
        counts = _counts(label for label, _ in day)
        out.append({"date": date, "stance": overall(counts), **counts})
    return out


def _shift_ends(
    days: dict[str | None, list[tuple[str, int]]], timeline: list[dict[str, Any]]
) -> list[tuple[str, str, str, str, int, int]]:
    """Changes between support and oppose from one dated position to the next (neutral is skipped):
    (from, to, from date, to date, last quote of the old side that day, first of the new side)."""
    out: list[tuple[str, str, str, str, int, int]] = []
    last = None
    for (date, day), position in zip(days.items(), timeline, strict=True):
        stance = position["stance"]
        if not date or stance not in ("support", "oppose"):
            continue
        if last and last[1] != stance:
            before = next(qid for label, qid in reversed(days[last[0]]) if label == last[1])
            after = next(qid for label, qid in day if label == stance)
            out.append((last[1], stance, last[0], date, before, after))
        last = (date, stance)
    return out


def _shift(topic: str, end: tuple[str, str, str, str, int, int], texts: dict[int, str]) -> dict[str, Any]:
    old, new, old_date, new_date, before, after = end
    return {
        "topic": topic,
        "from": old,
        "to": new,
        "from_date": old_date,
        "to_date": new_date,
        "from_quote_id": before,
        "from_quote": texts[before],
        "to_quote_id": after,
        "to_quote": texts[after],
    }


def shifts(db: sqlite_utils.Database, person_id: int, topic_id: int | None = None,
           window: Window = ALWAYS) -> list[dict[str, Any]]:
    """Where a person's stance flipped between support and oppose, oldest first.

    Row: {topic, from, to, from_date, to_date, from_quote_id, from_quote, to_quote_id, to_quote}.
    """
    return [s for row in person_stances(db, person_id, topic_id, window) for s in row["shifts"]]


# People's sides on a topic, counted, ordered and cut to the rows shown in SQL, so a topic with tens of
# thousands of stances never reaches Python; the stance's own copy of its quote's person (migration
# 0011) makes the count a scan of one index. ``side`` is ``overall``; neutral people only on request.
_POSITIONS = """
WITH counted AS (
    SELECT s.person_id AS pid, sum(s.label = 'support') AS support, sum(s.label = 'oppose') AS oppose,
           sum(s.label = 'neutral') AS neutral
    FROM stances s {join}
    WHERE s.topic_id = :topic AND s.person_id IS NOT NULL {dates} GROUP BY s.person_id
), sided AS (
    SELECT *, CASE WHEN support = oppose THEN iif(support = 0, 'neutral', 'mixed')
                   WHEN support > oppose THEN 'support' ELSE 'oppose' END AS side
    FROM counted
)
SELECT pid, side, support, oppose, neutral, count(*) OVER () FROM sided
WHERE side = :side OR (:side IS NULL AND (:neutral OR side != 'neutral'))
ORDER BY support + oppose DESC, pid LIMIT :limit
"""
# The stances of some people on the labels of their sides, read from the topic's stances.
_STANCES_OF = """
SELECT s.person_id, s.label, (s.source = 'user') * 2 + coalesce(s.confidence, 0), s.quote_id
FROM stances s {join}
WHERE s.topic_id = ? AND s.label IN ({labels}) AND s.person_id IN ({people}) {dates}
"""
_QUOTE_JOIN = "JOIN quotes q ON q.id = s.quote_id"  # only with a window: its dates are the quote's


@dataclass(frozen=True)
class Position:
    """One person's side on a topic, their stance counts and their strongest quote for that side."""

    person_id: int
    side: str
    support: int
    oppose: int
    neutral: int
    quote_id: int


def positions(db: sqlite_utils.Database, topic_id: int, side: str | None = None, limit: int | None = None,
              neutral: bool = False, window: Window = ALWAYS) -> tuple[list[Position], int]:
    """The people with a side on a topic (only ``side`` if given; neutral ones if ``neutral``), most
    support and oppose quotes first, up to ``limit``, from the quotes in ``window``; and how many people
    there are in all."""
    params = {"topic": topic_id, "side": side, "neutral": neutral, "limit": limit or -1, **window.params()}
    dates = window.sql("q.published")
    sql = _POSITIONS.format(join=_QUOTE_JOIN if dates else "", dates=dates)
    shown = db.conn.execute(sql, params).fetchall()
    best = _strongest(db, topic_id, {pid: side for pid, side, *_ in shown}, window)
    found = [Position(pid, side_, support, oppose, neutral_, best[pid])
             for pid, side_, support, oppose, neutral_, _ in shown]
    return found, shown[0][5] if shown else 0


def _strongest(db: sqlite_utils.Database, topic_id: int, sides: dict[int, str],
               window: Window = ALWAYS) -> dict[int, int]:
    """person id -> id of their strongest quote on the topic for their side (either side when mixed):
    a user's correction first, then the highest confidence, then the lowest id."""
    best: dict[int, tuple[float, int]] = {}
    dates = window.sql("q.published", positional=True)
    for chunk in in_chunks(list(sides)):
        labels = sorted({label for pid in chunk for label in _labels_of(sides[pid])})
        sql = _STANCES_OF.format(labels=", ".join("?" * len(labels)), people=", ".join("?" * len(chunk)),
                                 join=_QUOTE_JOIN if dates else "", dates=dates)
        params = [topic_id, *labels, *chunk, *window.values()]
        for pid, label, strength, quote_id in db.conn.execute(sql, params):
            if label in _labels_of(sides[pid]) and (strength, -quote_id) > best.get(pid, (-math.inf, 0)):
                best[pid] = (strength, -quote_id)
    return {pid: -negated for pid, (_, negated) in best.items()}


def _labels_of(side: str) -> tuple[str, ...]:
    return ("support", "oppose") if side == "mixed" else (side,)


def topic_positions(db: sqlite_utils.Database, topic_id: int, limit: int | None = None,
                    window: Window = ALWAYS) -> tuple[list[dict[str, Any]], int]:
    """Who supports and who opposes a topic: one row per person (the ``limit`` people with the most support
    and oppose quotes), supporters first, then opponents, then mixed and neutral records, each side most
    quoted first.

    Row: {person_id, person, stance (support|oppose|mixed|neutral), support, oppose, neutral,
    quote_id, quote, date, cues, confidence} where the quote is the person's strongest for their side;
    and how many people have a stance on the topic in all (what a page of rows is out of).
    """
    found, everyone = positions(db, topic_id, limit=limit, neutral=True, window=window)
    quotes = _strongest_quotes(db, topic_id, [p.quote_id for p in found])
    rows = [{"person_id": p.person_id, "person": quotes[p.quote_id]["person"], "stance": p.side,
             "support": p.support, "oppose": p.oppose, "neutral": p.neutral, "quote_id": p.quote_id,
             **{key: quotes[p.quote_id][key] for key in ("quote", "date", "cues", "confidence")}}
            for p in found]
    order = {"support": 0, "oppose": 1, "mixed": 2, "neutral": 3}
    rows.sort(key=lambda r: (order[r["stance"]], -(r["support"] + r["oppose"]), r["person"] or ""))
    return rows, everyone


def _strongest_quotes(db: sqlite_utils.Database, topic_id: int, ids: list[int]) -> dict[int, dict[str, Any]]:
    """quote id -> its row of _QUOTE_ROWS (text, speaker, date, cues, confidence) on the topic."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in in_chunks(ids):
        where = f"s.topic_id = ? and s.quote_id in ({', '.join('?' * len(chunk))})"
        found.update((row["quote_id"], row) for row in _stance_rows(db, where, [topic_id, *chunk]))
    return found
