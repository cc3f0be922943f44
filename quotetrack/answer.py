"""Answer a ParsedQuery from the database: resolve people and topics, run the query, return rows.

Quote lists, counts and speaker rankings go through query.py, people through people.find_person, topics
through topics.find_topic, stances through stance_history.py. SQL lives here only for what those
modules do not offer: who supports or opposes a topic (stances grouped per person) and the stance
of listed quotes.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz

from quotetrack import people, query, stance_history, topics
from quotetrack.ask import ParsedQuery
from quotetrack.errors import NotFoundError, QueryError
from quotetrack.names import fold

QUOTE_LIMIT = 20  # quotes shown when the question does not say how many
PEOPLE_LIMIT = 10  # speakers in a ranking
_NAME_WORD_MATCH = 75  # rapidfuzz ratio of a typed word to a name's word: "muhammad" ~ "mohammad"


@dataclass(frozen=True)
class Answer:
    """Rows for one question, their shape, and what the user should see about how they were found."""

    query: ParsedQuery
    shape: str  # quotes | people | count | stances | shifts | person
    rows: list[dict[str, Any]] = field(default_factory=list)
    commands: tuple[str, ...] = ()  # the equivalent quotetrack commands, to teach the flags
    notes: tuple[str, ...] = ()  # how names, topics or words were matched
    empty: str = "No quotes match."  # what to say when there are no rows


@dataclass(frozen=True)
class _Scope:
    """A resolved query: person ids and names, a topic, an FTS expression, dates."""

    people: tuple[tuple[int, str], ...] = ()
    topic: dict[str, Any] | None = None
    search: str | None = None  # words to find, as the user gave them
    exact: bool = False  # search is a quoted phrase: try it verbatim first
    since: str | None = None
    until: str | None = None
    notes: tuple[str, ...] = ()


def answer(db: sqlite_utils.Database, parsed: ParsedQuery, *, limit: int | None = None) -> Answer:
    """Answer ``parsed``; NotFoundError for unknown people/topics, QueryError when it is not a question."""
    if parsed.intent == "unknown":
        raise QueryError(f"Cannot answer an unparsed question ({parsed.describe()}).")
    if limit is not None:
        parsed = replace(parsed, limit=limit)
    scope = _resolve(db, parsed)
    handler = _HANDLERS[parsed.intent]
    result = handler(db, parsed, scope)
    return replace(result, notes=scope.notes + result.notes)


def settle(db: sqlite_utils.Database, parsed: ParsedQuery) -> ParsedQuery:
    """The question as the data lets it be read: "who is X" asks about a person only when X names one
    without a guess (a role, or words all of the person's names); otherwise it was not understood, as
    "who was most critical of the Taliban" or "who is leading the talks" are not profile requests."""
    if parsed.intent != "who_is" or all(_names_exactly(db, p) for p in parsed.persons):
        return parsed
    return replace(parsed, intent="unknown", persons=())


def lookup(db: sqlite_utils.Database, parsed: ParsedQuery, *, limit: int | None = None) -> Answer | None:
    """Bare words, as typed into a search box ("Lavrov withdrawal", "Karzai", "ceasefire"): a person named
    by the first or the last words, the rest a topic or words to find. None when the words name nobody
    and find nothing: then they were a question we could not read, and the caller says so."""
    if not parsed.words:
        return None
    for persons, rest in _readings(db, parsed.words.split()):
        if not persons and not _names_something(db, rest or ""):
            continue
        asked = replace(parsed, intent="quotes", persons=persons, topic=rest, words=None)
        try:
            result = answer(db, asked, limit=limit)
        except (NotFoundError, QueryError):
            continue
        if result.rows or persons:
            return replace(result, notes=(f"Read '{parsed.words}' as {_reading(asked)}.", *result.notes))
    return None


def _readings(db: sqlite_utils.Database, words: list[str]) -> Iterator[tuple[tuple[str, ...], str | None]]:
    """(person phrase, rest) splits of the words, the longest name first, then no person at all."""
    n = len(words)
    for size in range(n, 0, -1):
        splits = [(words[:size], words[size:])]
        if size < n:  # the whole phrase has no second split
            splits.append((words[n - size:], words[: n - size]))
        for name, rest in splits:
            if _names_someone(db, " ".join(name)):
                yield (" ".join(name),), " ".join(rest) or None
    yield (), " ".join(words)


def _names_exactly(db: sqlite_utils.Database, phrase: str) -> bool:
    """Whether ``phrase`` is a role someone holds, or a person's name with every word one of theirs."""
    return people.role_holder(db, phrase) is not None or _names_someone(db, phrase, closeness=100)


def _names_someone(db: sqlite_utils.Database, phrase: str, closeness: int = _NAME_WORD_MATCH) -> bool:
    """Whether ``phrase`` is a stored person's name, every word of it near (``closeness``, a rapidfuzz
    ratio) a word of one of their names (a loose fuzzy match of "Lavrov withdrawal" to Sergey Lavrov
    is not enough)."""
    try:
        pid, _ = people.choose_person(db, phrase, prominent=True)
    except NotFoundError:
        return False
    known = {word for norm in people.people_index(db).norms_of(pid) for word in norm.split()}
    return all(any(fuzz.ratio(word, k) >= closeness for k in known) for word in fold(phrase).split())


def _names_something(db: sqlite_utils.Database, words: str) -> bool:
    """Whether ``words`` name a topic or all occur in one quote (any one of them is not enough)."""
    try:
        topics.find_topic(db, words)
        return True
    except NotFoundError:
        pass
    if not re.search(r"\w", words):
        return False
    every_word = query.fts_query(" ".join(re.findall(r"\w+", words)))
    return next(query.quote_ids(db, query.Selection(match=every_word, limit=1)), None) is not None


def _reading(asked: ParsedQuery) -> str:
    parts = ["quotes"] + ([f"by '{asked.persons[0]}'"] if asked.persons else [])
    return " ".join(parts + ([f"on '{asked.topic}'"] if asked.topic else []))


# --- resolving names and topics --------------------------------------------------------------------


def _resolve(db: sqlite_utils.Database, parsed: ParsedQuery) -> _Scope:
    found = []
    notes: list[str] = []
    for phrase in parsed.persons:
        person_id, note = people.read_person(db, phrase)
        found.append((person_id, _person_name(db, person_id)))
        notes += [note] if note else []
    topic, search, exact = None, parsed.search, parsed.search is not None
    if parsed.topic:
        try:
            topic = topics.find_topic(db, parsed.topic)
        except NotFoundError:
            if parsed.intent in _NEEDS_TOPIC:
                if _names_someone(db, parsed.topic):
                    raise NotFoundError(f"No topic '{parsed.topic}': stances are held on topics, and "
                                        f"'{parsed.topic}' names a person.") from None
                raise
            notes.append(f"'{parsed.topic}' is not a topic; searching quote text for its words.")
            search, exact = parsed.topic if search is None else f"{search} {parsed.topic}", False
    return _Scope(tuple(found), topic, search, exact, parsed.since, parsed.until, tuple(notes))


def _person_name(db: sqlite_utils.Database, person_id: int) -> str:
    row = db.conn.execute("SELECT name FROM people WHERE id = ?", [person_id]).fetchone()
    return row[0] if row else str(person_id)


# --- full-text search with fallbacks ---------------------------------------------------------------

_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her", "his",
    "i", "in", "is", "it", "its", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them",
    "they", "this", "to", "was", "we", "were", "will", "with", "you",
})


def _search_stages(search: str, exact: bool) -> list[tuple[str, str]]:
    """(query.py search text, note) from strictest to loosest: phrase, all words, all word prefixes."""
    words = re.findall(r"\w+", search)
    if not words:
        raise QueryError(f"Nothing to search for in '{search}'; give at least one word.")
    content = [w for w in words if w.lower() not in _STOPWORDS] or words
    stages = []
    if exact and len(words) > 1:
        stages.append(('"' + " ".join(words) + '"', ""))
    # one quoted word is found exactly by the all-words stage: no "no exact match" note for it
    every = "" if exact and len(words) == 1 else f"quotes with all the words of '{search}'"
    stages.append((" ".join(words), every))
    stages.append((" ".join(f"{w}*" for w in content), f"quotes with words starting like '{search}'"))
    return stages


def _or_query(search: str) -> str:
    """An FTS5 expression matching any content word of ``search`` (by prefix); ranked by bm25."""
    words = re.findall(r"\w+", search)
    content = [w for w in words if w.lower() not in _STOPWORDS] or words
    return " OR ".join(f'"{w}"*' for w in content)


# --- quote lists -------------------------------------------------------------------------------------


def _quote_rows(db: sqlite_utils.Database, scope: _Scope, limit: int) -> tuple[list[dict], str | None]:
    """Quotes of every person in scope, newest first; with search fallbacks. Returns (rows, note)."""
    if scope.search is None:
        return _newest(db, scope, None, limit), None
    for search, note in _search_stages(scope.search, scope.exact):
        rows = _newest(db, scope, query.fts_query(search), limit)
        if rows:
            return rows, (f"No exact match; showing {note}." if note and scope.exact else None)
    rows = _ranked_any_word(db, scope, limit)
    note = f"No quote has all the words of '{scope.search}'; showing the closest matches (any word)."
    return rows, note if rows else None


def _selection(scope: _Scope, match: str | None, limit: int | None) -> query.Selection:
    return query.Selection(person_ids=tuple(pid for pid, _ in scope.people),
                           topic_id=scope.topic["id"] if scope.topic else None, since=scope.since,
                           until=scope.until, match=match, limit=limit)


def _newest(db: sqlite_utils.Database, scope: _Scope, match: str | None, limit: int) -> list[dict]:
    """The newest matching quotes (query.py's order and rows)."""
    return list(query.select(db, _selection(scope, match, limit)))


def _ranked_any_word(db: sqlite_utils.Database, scope: _Scope, limit: int) -> list[dict]:
    """Quotes with any of the words, best bm25 rank first (a list of quotes ANDs its words)."""
    return query.best_matches(db, _selection(scope, _or_query(scope.search or ""), limit))


def _with_stance(db: sqlite_utils.Database, rows: list[dict], scope: _Scope) -> list[dict]:
    """Add each quote's stance toward the asked topic (the panels show it)."""
    if not scope.topic or not rows:
        return rows
    ids = [r["id"] for r in rows]
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT quote_id, label FROM stances WHERE topic_id = ? AND quote_id IN ({marks})"
    labels = dict(db.conn.execute(sql, [scope.topic["id"], *ids]).fetchall())
    return [{**r, "topic": scope.topic["label"], "stance": labels.get(r["id"])} for r in rows]


def _quotes(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    rows, note = _quote_rows(db, scope, parsed.limit or QUOTE_LIMIT)
    limit = parsed.limit or QUOTE_LIMIT
    empty = f"No quotes match ({_describe(scope)}).{'' if rows else _undated(db, scope)}"
    return Answer(parsed, "quotes", _with_stance(db, rows, scope), _quotes_commands(scope, limit),
                  (note,) if note else (), empty)


def _undated(db: sqlite_utils.Database, scope: _Scope) -> str:
    """For a period with no quotes, what there is outside it: "May" is this year's May, and a user
    whose archive ends earlier needs to see that, not just "no quotes"."""
    if not (scope.since or scope.until) or scope.search:
        return ""
    found = query.summary(db, _selection(replace(scope, since=None, until=None), None, None))
    if not found["quotes"]:
        return ""
    span = found["first"] if found["first"] == found["last"] else f"{found['first']} to {found['last']}"
    return f" Without the dates: {found['quotes']:,} quote{'s' * (found['quotes'] != 1)}, {span}."


def _who_said(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    result = _quotes(db, parsed, scope)
    others = _describe(replace(scope, search=None))
    return replace(result, empty=f"Nobody said '{scope.search}'" + (f" ({others})." if others else "."))


# --- rankings and counts -----------------------------------------------------------------------------


def _match_for(db: sqlite_utils.Database, scope: _Scope) -> tuple[str | None, str | None]:
    """The FTS expression to count with: the strictest search stage that finds anything."""
    if scope.search is None:
        return None, None
    stages = [(query.fts_query(s), n) for s, n in _search_stages(scope.search, scope.exact)]
    stages.append((_or_query(scope.search), f"quotes with any word of '{scope.search}'"))
    for match, note in stages:
        if next(query.quote_ids(db, _selection(scope, match, 1)), None) is not None:
            return match, (f"No exact match; counting {note}." if note and scope.exact else None)
    return stages[0][0], None


def _ranking(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    match, note = _match_for(db, scope)
    limit = parsed.limit or PEOPLE_LIMIT
    rows = query.speakers(db, _selection(scope, match, limit))
    # Unfiltered, the ranking is the people list's (`quotes` would list every quote stored)
    unfiltered = replace(scope, notes=()) == _Scope()
    commands = (f"quotetrack people --limit {limit}",) if unfiltered else _quotes_commands(scope, None)
    return Answer(parsed, "people", rows, commands, (note,) if note else (),
                  f"Nobody is quoted ({_describe(scope)}).")


def _count(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    match, note = _match_for(db, scope)
    rows = []
    for person in scope.people or ((None, None),):
        one = replace(scope, people=(person,) if person[0] else ())
        rows.append({"speaker": person[1], "about": _about(scope),
                     **query.summary(db, _selection(one, match, None))})
    return Answer(parsed, "count", rows, _quotes_commands(scope, None), (note,) if note else ())


def _about(scope: _Scope) -> str | None:
    if scope.topic:
        return scope.topic["label"]
    return scope.search


# --- stances -----------------------------------------------------------------------------------------


def _stance_who(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    """Who supports / opposes a topic, each with their strongest quote for their side."""
    topic = scope.topic or {}
    shown, everyone = stance_history.positions(db, topic["id"], parsed.stance, parsed.limit or QUOTE_LIMIT,
                                               window=_window(scope))
    quotes = query.quote_rows(db, [p.quote_id for p in shown])
    rows = [{**quote, "topic": topic["label"], "stance": p.side, "support": p.support, "oppose": p.oppose,
             "neutral": p.neutral, "cues": _cues(db, quote["id"], topic["id"])}
            for quote, p in zip(quotes, shown, strict=True)]
    verb = {"support": "supports", "oppose": "opposes"}.get(parsed.stance or "", "takes a side on")
    notes: tuple[str, ...] = ()
    if everyone > len(shown):
        notes += (f"Showing {len(shown)} of {everyone:,} people; add --limit N for more.",)
    return Answer(parsed, "positions", rows, (f"quotetrack stance --topic {flag(topic['label'])}"
                                              f"{_date_flags(scope)}",),
                  notes, f"Nobody in the database {verb} {topic['label']}{_window(scope).phrase()}.")


def _cues(db: sqlite_utils.Database, quote_id: int, topic_id: int) -> list[str]:
    sql = "SELECT cues FROM stances WHERE quote_id = ? AND topic_id = ?"
    return json.loads(db.conn.execute(sql, [quote_id, topic_id]).fetchone()[0])


def _person_rows(db: sqlite_utils.Database, scope: _Scope) -> list[dict[str, Any]]:
    topic_id = scope.topic["id"] if scope.topic else None
    return [
        {"speaker": name, "topic": r["topic"], "stance": r["stance"], "support": r["support"],
         "oppose": r["oppose"], "neutral": r["neutral"], "quotes": r["quotes"], "timeline": r["timeline"],
         "shifts": len(r["shifts"])}
        for person_id, name in scope.people
        for r in stance_history.person_stances(db, person_id, topic_id, _window(scope))
    ]


def _stance_person(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    rows = _person_rows(db, scope)[: parsed.limit or None]
    about = f" on {scope.topic['label']}" if scope.topic else ""
    names = " and ".join(name for _, name in scope.people)
    return Answer(parsed, "stances", rows, _stance_commands(scope), (),
                  f"No stance{about} recorded for {names}{_window(scope).phrase()}.")


def _steady(name: str, row: dict[str, Any]) -> str:
    """A stance with no shift, said truly: 'throughout' only when one side was never taken; with both
    sides, the days that held both (or had no date) are why no change from one day to the next shows."""
    counts = f"({row['support']} support, {row['oppose']} oppose, {row['neutral']} neutral)"
    if not (row["support"] and row["oppose"]):
        return f"{name} on {row['topic']}: {row['stance']} throughout {counts}"
    both = [p["date"] or "undated" for p in row["timeline"]
            if p["date"] is None or (p["support"] and p["oppose"])]
    return (f"{name} on {row['topic']}: {row['stance']} overall {counts}, support and oppose quoted on the "
            f"same day, not one after the other ({', '.join(both)})")


def _stance_change(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    """Shifts of stance, or a summary of the steady ones; person_stances is read once per person (it
    holds the shifts that stance_history.shifts would read again)."""
    topic_id = scope.topic["id"] if scope.topic else None
    if not scope.people and topic_id is not None:
        return _who_shifted(db, parsed, scope, topic_id)
    found = [(name, r) for person_id, name in scope.people
             for r in stance_history.person_stances(db, person_id, topic_id, _window(scope))]
    rows = [{"speaker": name, **shift} for name, r in found for shift in r["shifts"]]
    summary = "; ".join(_steady(name, r) for name, r in found)
    who = " or ".join(name for _, name in scope.people)
    on = f" on {scope.topic['label']}" if scope.topic else ""
    empty = (f"No change of stance found. {summary}." if summary
             else f"No stance of {who} recorded{on}{_window(scope).phrase()}.")
    return Answer(parsed, "shifts", rows, _stance_commands(scope), (), empty)


def _who_shifted(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope, topic_id: int) -> Answer:
    """"Who changed their mind on X": the shifts of everyone who took a side on the topic."""
    window = _window(scope)
    sided, _ = stance_history.positions(db, topic_id, window=window)
    both = [p for p in sided if p.support and p.oppose]  # only they can have switched
    rows = [{"speaker": _person_name(db, p.person_id), **shift}
            for p in both for shift in stance_history.shifts(db, p.person_id, topic_id, window)]
    label = scope.topic["label"] if scope.topic else ""
    empty = f"Nobody changed sides on {label}{_window(scope).phrase()} ({len(sided)} took a side)."
    return Answer(parsed, "shifts", rows, _stance_commands(scope), (), empty)


def _window(scope: _Scope) -> stance_history.Window:
    """The question's dates, applied to stances as `quotes` applies them to quotes."""
    return stance_history.Window(scope.since, scope.until)


def _date_flags(scope: _Scope) -> str:
    return "".join(f" {name} {value}" for name, value in (("--since", scope.since), ("--until", scope.until))
                   if value)


def _stance_commands(scope: _Scope) -> tuple[str, ...]:
    topic = f" --topic {flag(scope.topic['label'])}" if scope.topic else ""
    return tuple(f"quotetrack stance {flag(name)}{topic}{_date_flags(scope)}" for _, name in scope.people)


# --- describing and teaching the flags ---------------------------------------------------------------


def _describe(scope: _Scope) -> str:
    parts = [f"person {name}" for _, name in scope.people]
    if scope.topic:
        parts.append(f"topic {scope.topic['label']}")
    if scope.search:
        parts.append(f"words '{scope.search}'")
    if scope.since:
        parts.append(f"since {scope.since}")
    if scope.until:
        parts.append(f"until {scope.until}")
    return ", ".join(parts)


def flag(value: str) -> str:
    """A shell word for ``value``, double-quoted when it needs quoting (as users type it)."""
    if re.fullmatch(r"[\w@%+=:,./-]+", value):
        return value
    if not re.search(r'["$`\\!]', value):
        return f'"{value}"'
    return shlex.quote(value)


def _quotes_commands(scope: _Scope, limit: int | None) -> tuple[str, ...]:
    """``quotetrack quotes`` with the flags that list the quotes behind an answer (one per person)."""
    base = ["quotetrack", "quotes"]
    if scope.topic:
        base += ["--topic", flag(scope.topic["label"])]
    if scope.search:
        words = scope.search if not scope.exact else '"' + scope.search + '"'
        base += ["--search", flag(words)]
    for name, value in (("--since", scope.since), ("--until", scope.until)):
        if value:
            base += [name, value]
    if limit:
        base += ["--limit", str(limit)]
    names: list[str | None] = [name for _, name in scope.people] or [None]
    return tuple(" ".join(base[:2] + (["--person", flag(n)] if n else []) + base[2:]) for n in names)


def _who_is(db: sqlite_utils.Database, parsed: ParsedQuery, scope: _Scope) -> Answer:
    """A person's profile (what `people show` prints): aliases, roles, articles, topics."""
    rows = [people.person_details(db, pid) for pid, _ in scope.people]
    commands = tuple(f"quotetrack people show {flag(name)}" for _, name in scope.people)
    return Answer(parsed, "person", rows, commands)


_NEEDS_TOPIC = {"stance_who", "stance_person", "stance_change", "compare"}  # stances exist per topic
_HANDLERS = {
    "quotes": _quotes,
    "who_said": _who_said,
    "who_talked": _ranking,
    "most_quoted": _ranking,
    "count_mentions": _count,
    "stance_who": _stance_who,
    "stance_person": _stance_person,
    "compare": _stance_person,
    "stance_change": _stance_change,
    "who_is": _who_is,
}
