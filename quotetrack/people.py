"""Canonical people across articles: resolve speakers, look people up, and apply user decisions.

Resolution order for one speaker name: an alias a user (or a people file) gave -> the exact normalised
key -> candidates sharing the phonetic surname key, scored with rapidfuzz and checked name by name.
A bare surname joins a person only when that is unambiguous (the same article's full name, or exactly
one known person with that surname, or one whose quotes far outnumber those of everyone else of that
surname and gender: "Obama" beside Barack Obama's hundreds of quotes and Michelle Obama's three);
otherwise it becomes its own person flagged for review. Full names with the same surname but a
different first name are different people.

Aliases are held in an in-memory index per database object, loaded once and kept in step with the
rows this process writes, so resolving stays fast with 100,000 people. User decisions are stored as
aliases with source 'user' plus a row in people_decisions; automatic resolution never overrides them.
"""

from __future__ import annotations

import gc
import json
import re
import sqlite3
import weakref
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils
from rapidfuzz import fuzz, process

from quotetrack import mojibake
from quotetrack.errors import InputError, NotFoundError
from quotetrack.lexicon import (
    FEMALE_FIRST_NAMES,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    GIVEN_NAME_FORMS,
    MALE_FIRST_NAMES,
    MALE_PRONOUNS,
    MALE_TITLES,
    OFFICE_TITLES,
    ROLE_NOUNS,
)
from quotetrack.lexicon import HONORIFICS as TITLES
from quotetrack.model import Quote, Resolution
from quotetrack.names import (
    GIVEN_NAMES,
    HONORIFICS,
    SUFFIXES,
    TITLE_WORDS,
    ZONE_WORDS,
    ParsedName,
    fold,
    parse_name,
    phonetic,
    translit,
)
from quotetrack.tomlfile import load_toml

AUTHORITATIVE = ("user", "file")  # alias sources that always win
REVIEW_BELOW = 0.8  # resolutions scoring less than this are listed by `people review`
SUGGEST_MARGIN = 15  # "Did you mean" lists names scoring within this of the best one
_SURNAME_CHOICES = 50  # surnames shared by many people must not crowd out the one meant
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "his", "her", "them", "this"))
_CLAUSE = frozenset(("who", "whom", "which", "that", "whose", "when", "where", "said"))
# An appositive that says what the speaker was doing or where, not what they are: "X, speaking by video
# link, said", "X, writing in the Times, argued", "X, during an interview, said".
_NOT_ROLE_START = frozenset((
    "speaking", "writing", "talking", "tweeting", "posting", "referring", "citing", "contradicting",
    "questioning", "hoping", "facing", "responding", "replying", "answering", "addressing", "appearing",
    "testifying", "commenting", "arguing", "adding", "noting", "saying", "asking", "explaining",
    "insisting", "warning", "quoting", "echoing", "reacting", "during", "after", "before", "while", "in",
    "on", "at", "from", "with", "without", "according", "via",
))
_ID = re.compile(r"^#(\d+)$")
_SURNAME_RATIO = 80  # translit similarity two surnames need on top of an equal phonetic key
_TOKEN_RATIO = 70  # the same for given names
_FULL_RATIO = 80  # the same for whole names
PROMINENT_SHARE = 0.8  # a bare surname means the person holding this share of its bearers' quotes ...
PROMINENT_MIN = 10  # ... who has at least this many


class _Alias(NamedTuple):
    """One alias row in the index (a NamedTuple: one is built per alias at preload)."""

    pid: int
    parsed: ParsedName
    source: str


@dataclass(slots=True)
class _Person:
    name: str
    kind: str
    needs_review: bool
    user_locked: bool
    single: bool  # the canonical name is one word ("Lavrov")


class _Bucket:
    """The aliases sharing one phonetic surname key, grouped by surname spelling (``tr``) and indexed
    by exact key and by each given name's key, so a lookup touches only plausible names."""

    __slots__ = ("entries", "by_norm", "groups", "similar")

    def __init__(self) -> None:
        self.entries: list[_Alias] = []
        self.by_norm: dict[str, list[_Alias]] = defaultdict(list)
        self.groups: dict[str, dict[str, list[_Alias]]] = {}  # surname tr -> given phon -> aliases
        self.similar: dict[str, list[dict[str, list[_Alias]]]] = {}  # memo of similar_groups()

    def add(self, entry: _Alias) -> None:
        self.entries.append(entry)
        parsed = entry.parsed
        self.by_norm[parsed.norm].append(entry)
        if parsed.tr:
            group = self.groups.get(parsed.tr[-1])
            if group is None:  # a new surname spelling: the memoised similar groups may now miss it
                group = self.groups[parsed.tr[-1]] = defaultdict(list)
                self.similar.clear()
            for key in set(parsed.phon[:-1]) or ("",):
                group[key].append(entry)

    def similar_groups(self, surname_tr: str) -> list[dict[str, list[_Alias]]]:
        """The groups whose surname spelling is close to ``surname_tr`` (asked several times per name)."""
        found = self.similar.get(surname_tr)
        if found is None:
            found = self.similar[surname_tr] = [
                g for key, g in self.groups.items() if _similar(surname_tr, key, _SURNAME_RATIO)
            ]
        return found


def _fold_all(names: list[str]) -> list[str]:
    """fold() of many names: one pass over the joined names is several times faster than one call
    per name, which matters for the first suggestion search in a database of 100,000 people."""
    folded = fold("\n".join(names)).split("\n")
    return folded if len(folded) == len(names) else [fold(name) for name in names]


class PeopleIndex:
    """Read-through memo of people and aliases for one database, keyed for exact, surname and
    organisation lookups. Only the aliases sharing a surname key with a mention are read
    (``aliases.skey``), so it is ready at once and stays small with 100,000 people.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.people: dict[int, _Person] = {}
        self.buckets: dict[str, _Bucket] = {}  # skey -> aliases whose last token has that key
        self.person_norms: dict[int, set[str]] = {}
        self.orgs: dict[str, set[int]] | None = None  # phonetic token -> organisations, loaded once
        self.loose: dict[str, list[_Alias]] = defaultdict(list)  # rows written without skey
        self.complete = False  # True once preload() has read every alias
        self.folded: tuple[dict[int, str], dict[int, str]] | None = None  # see folded_names()
        for pid, alias, source in db.execute(
            "select person_id, alias, source from aliases where skey is null order by id"
        ).fetchall():
            if (person := self.person(pid)) is not None:  # written by other code: parse it here
                parsed = parse_name(alias, person.kind)  # type: ignore[arg-type]
                self.loose[parsed.skey].append(_Alias(pid, parsed, source))
        self.fingerprint = _fingerprint(db)

    def person(self, pid: int) -> _Person | None:
        if pid not in self.people:
            row = self.db.execute(
                "select name, kind, needs_review, user_locked from people where id = ?", [pid]
            ).fetchone()
            if row is None:
                return None
            self._remember(pid, *row)
        return self.people[pid]

    def known(self, pid: int) -> _Person:
        """``person`` for an id this index handed out (so it exists)."""
        found = self.person(pid)
        if found is None:
            raise KeyError(f"no person {pid}")
        return found

    def _remember(self, pid: int, name: str, kind: str, review: int, locked: int) -> None:
        single = len(parse_name(name, kind).tokens) == 1  # type: ignore[arg-type]
        self.people[pid] = _Person(name, kind, bool(review), bool(locked), single)

    def kind(self, pid: int) -> str:
        person = self.person(pid)
        return person.kind if person else "person"

    def name(self, pid: int) -> str:
        person = self.person(pid)
        return person.name if person else f"#{pid}"

    def norms_of(self, pid: int) -> set[str]:
        if pid not in self.person_norms:
            rows = self.db.execute("select norm from aliases where person_id = ?", [pid])
            self.person_norms[pid] = {r[0] for r in rows}
        return self.person_norms[pid]

    def bucket(self, skey: str) -> _Bucket:
        if skey not in self.buckets:
            bucket = _Bucket()
            if self.complete:  # preloaded: a key not seen has no aliases
                self.buckets[skey] = bucket
                return bucket
            for pid, alias, source, name, kind, review, locked in self.db.execute(
                "select a.person_id, a.alias, a.source, p.name, p.kind, p.needs_review, p.user_locked "
                "from aliases a join people p on p.id = a.person_id where a.skey = ? order by a.id", [skey]
            ):
                bucket.add(_Alias(pid, parse_name(alias, kind), source))
                if pid not in self.people:
                    self._remember(pid, name, kind, review, locked)
            for entry in self.loose.get(skey, ()):
                bucket.add(entry)
            self.buckets[skey] = bucket
        return self.buckets[skey]

    def preload(self) -> None:
        """Read every alias in one scan: worth it before resolving many mentions (a big ingest)."""
        self.buckets = {}
        for pid, alias, source, name, kind, review, locked, skey in self.db.execute(
            "select a.person_id, a.alias, a.source, p.name, p.kind, p.needs_review, p.user_locked, a.skey "
            "from aliases a join people p on p.id = a.person_id where a.skey is not null order by a.id"
        ):
            bucket = self.buckets.get(skey) or self.buckets.setdefault(skey, _Bucket())
            bucket.add(_Alias(pid, parse_name(alias, kind), source))
            if pid not in self.people:
                self._remember(pid, name, kind, review, locked)
        for skey, entries in self.loose.items():
            bucket = self.buckets.get(skey) or self.buckets.setdefault(skey, _Bucket())
            for entry in entries:
                bucket.add(entry)
        self.complete = True
        gc.freeze()  # the index is long-lived: keep the cyclic GC from rescanning it on every new object

    def added(self, pid: int, parsed: ParsedName, source: str) -> None:
        """Keep the memo in step with a new alias row."""
        norms = self.person_norms.get(pid)
        if norms is not None:  # else read from the database when first needed, the new row included
            norms.add(parsed.norm)
        if parsed.skey in self.buckets or self.complete:
            self.bucket(parsed.skey).add(_Alias(pid, parsed, source))
        if parsed.kind == "organisation" and self.orgs is not None:
            _add_org(self.orgs, pid, parsed.norm)

    def forget(self, pid: int) -> None:
        """Drop what the memo knows about ``pid`` after its row changed (renamed, flagged)."""
        self.people.pop(pid, None)
        self.folded = None

    def folded_names(self) -> tuple[dict[int, str], dict[int, str]]:
        """Every canonical name and its last word, folded once: suggestion searches reuse them."""
        if self.folded is None:
            rows = self.db.execute("select id, name from people").fetchall()
            names = dict(zip([pid for pid, _ in rows], _fold_all([name for _, name in rows]), strict=True))
            self.folded = names, {pid: n.rsplit(" ", 1)[-1] for pid, n in names.items() if " " in n}
        return self.folded

    # -- lookups ------------------------------------------------------------------------------------
    def hits(self, parsed: ParsedName) -> list[tuple[int, str]]:
        """(person, alias source) for every alias with exactly this key, oldest first."""
        if not parsed.norm:
            return []
        return [(e.pid, e.source) for e in self.bucket(parsed.skey).by_norm.get(parsed.norm, ())]

    def exact(self, parsed: ParsedName) -> tuple[list[int], list[int]]:
        """People holding this key: (by a user/file alias, latest first; by any alias)."""
        entries = self.bucket(parsed.skey).by_norm.get(parsed.norm) if parsed.norm else None
        if not entries:
            return [], []
        if len(entries) == 1:  # the common case, without the list building below
            pid = entries[0].pid
            return ([pid] if entries[0].source in AUTHORITATIVE else []), [pid]
        authoritative = [e.pid for e in reversed(entries) if e.source in AUTHORITATIVE]
        return authoritative, list(dict.fromkeys(e.pid for e in entries))

    def full_name_matches(self, parsed: ParsedName) -> dict[int, float]:
        """Known people a multi-word person name can be, with the best score per person."""
        best: dict[int, float] = {}
        keys = set(parsed.phon[:-1]) | {phonetic(form) for given in parsed.given
                                        for form in GIVEN_NAME_FORMS.get(given, ())}
        groups = self.bucket(parsed.skey).similar_groups(parsed.tr[-1])
        candidates = {id(e): e for group in groups for key in keys for e in group.get(key, ())}
        if any(len(t) == 1 for t in parsed.given):  # initials match given names by first letter
            candidates.update((id(e), e) for group in groups for k, es in group.items() if k for e in es)
        for entry in candidates.values():
            if entry.parsed.kind != "person":
                continue
            score = compare_full(parsed, entry.parsed)
            if score and score > best.get(entry.pid, 0.0):
                best[entry.pid] = score
        return best

    def surname_people(self, parsed: ParsedName) -> list[int]:
        """People with a full name whose surname is this one word."""
        return sorted({
            e.pid for group in self.bucket(parsed.skey).similar_groups(parsed.tr[0])
            for key, entries in group.items() if key for e in entries if e.parsed.kind == "person"
        })

    def single_people(self, parsed: ParsedName) -> list[int]:
        """People whose canonical name is this one word (or a spelling of it)."""
        found = set()
        for group in self.bucket(parsed.skey).similar_groups(parsed.tr[0]):
            for e in group.get("", ()):
                person = self.person(e.pid)
                if person and person.single and person.kind == "person" and len(e.parsed.tokens) == 1 \
                        and not _two_given_names(parsed, e.parsed):
                    found.add(e.pid)
        return sorted(found)

    def org_matches(self, parsed: ParsedName) -> dict[int, float]:
        if not parsed.tokens:
            return {}
        orgs = self.orgs if self.orgs is not None else self._load_orgs()
        candidates = orgs.get(parsed.phon[0], set()) | orgs.get(parsed.phon[-1], set())
        text = " ".join(parsed.tr)
        best: dict[int, float] = {}
        for pid in candidates:
            for norm in self.norms_of(pid):
                score = fuzz.token_sort_ratio(text, " ".join(translit(t) for t in norm.split())) / 100
                if score >= 0.9 and score > best.get(pid, 0.0):
                    best[pid] = score
        return best

    def orgs_with(self, token: str) -> list[int]:
        """Organisations with a name word sounding like ``token``, oldest first."""
        orgs = self.orgs if self.orgs is not None else self._load_orgs()
        return sorted(orgs.get(phonetic(token), ()))

    def _load_orgs(self) -> dict[str, set[int]]:
        orgs: dict[str, set[int]] = defaultdict(set)
        for pid, norm in self.db.execute(
            "select a.person_id, a.norm from aliases a join people p on p.id = a.person_id "
            "where p.kind = 'organisation' order by p.id"
        ):
            for token in norm.split():
                orgs[phonetic(token)].add(pid)
        self.orgs = orgs
        return orgs


def _add_org(orgs: dict[str, set[int]], pid: int, norm: str) -> None:
    """A new organisation alias, in the sets ``_load_orgs`` would now build, without reloading them all
    (a reload per new alias grew with the square of the organisations stored).

    Each changed set is refilled in id order, as ``_load_orgs`` fills it: the same set, so ties in
    ``org_matches`` go the same way."""
    for key in {phonetic(token) for token in norm.split()}:
        members = orgs.get(key, set())
        if pid not in members:
            refilled: set[int] = set()
            for member in sorted(members | {pid}):
                refilled.add(member)
            orgs[key] = refilled


def _two_given_names(a: ParsedName, b: ParsedName) -> bool:
    """Two one-word names that are different given names ("Melania", "Melanie"; "Dana", "Diana", a name
    borne by men and women counts too): spelt alike, yet two names, so two people. Spellings of one name
    ("Sergei", "Sergey") share a transliteration."""
    return a.tr[0] != b.tr[0] and a.tokens[0] in GIVEN_NAMES and b.tokens[0] in GIVEN_NAMES


def _similar(a: str, b: str, threshold: int) -> bool:
    return a == b or fuzz.ratio(a, b) >= threshold


def _tokens_match(a: str, b: str, forms: bool = False) -> bool:
    """Two given names of one person: equal, an initial, a transliteration, or with ``forms`` an
    everyday form ("Joe" for "Joseph")."""
    if len(a) == 1 or len(b) == 1:  # an initial standing for a given name: "B. Sanders"
        return a[0] == b[0]
    if a == b or (forms and b in GIVEN_NAME_FORMS.get(a, ())):
        return True
    return phonetic(a) == phonetic(b) and _similar(translit(a), translit(b), _TOKEN_RATIO)


def _subsequence(short: tuple[str, ...], long: tuple[str, ...], forms: bool) -> bool:
    it = iter(long)
    return all(any(_tokens_match(s, t, forms) for t in it) for s in short)


def compare_full(a: ParsedName, b: ParsedName) -> float | None:
    """Score two multi-word person names that may be one person; None when they cannot be.

    Same surname and the same given names up to transliteration -> their similarity; one name's given
    names a subset of the other's ("Mohammad Noor" in "Atta Mohammad Noor") -> 0.85; a different first
    name (Hamid Karzai vs Hekmat Khalil Karzai), different middle initials or a Jr/Sr -> None.
    """
    if a.suffix != b.suffix or (a.initials and b.initials and a.initials != b.initials):
        return None
    if not _similar(translit(a.surname), translit(b.surname), _SURNAME_RATIO):
        return None
    ga, gb = a.given, b.given
    # "Joe" for "Joseph" only with the very same surname: Mike Coffman is not Michael Kofman
    forms = a.surname == b.surname
    if len(ga) == len(gb) and all(_tokens_match(x, y, forms) for x, y in zip(ga, gb, strict=True)):
        if any(len(x) == 1 for x in ga + gb) and ga != gb:
            return 0.85  # "B. Okafor" for "Bernadette Okafor"
        if any(x != y and y in GIVEN_NAME_FORMS.get(x, ()) for x, y in zip(ga, gb, strict=True)):
            return 0.85  # "Bill Osei" for "William Osei": alike by name, not by spelling
        score = fuzz.ratio(" ".join(a.tr), " ".join(b.tr)) / 100
        return score if score >= _FULL_RATIO / 100 else None
    short, long = (ga, gb) if len(ga) < len(gb) else (gb, ga)
    if short and len(short) < len(long) and _subsequence(short, long, forms):
        return 0.85
    if len(ga) == len(gb) > 1 and _same_multiset(ga, gb):
        return 0.85  # given names reordered: "Mohammed Atta Noor" / "Atta Mohammad Noor"
    return None


def _same_multiset(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    rest = list(b)
    for x in a:
        hit = next((y for y in rest if _tokens_match(x, y)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (typed optional by sqlite3, always set after an insert)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.InterfaceError("INSERT made no row")
    return rowid


def _fingerprint(db: sqlite_utils.Database) -> tuple:
    return db.execute(
        "select (select max(id) from people), (select max(id) from aliases), "
        "(select max(id) from people_decisions)"
    ).fetchone()


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def people_index(db: sqlite_utils.Database) -> PeopleIndex:
    """The in-memory index for ``db``, reloaded only when another connection changed people."""
    index = _INDEXES.get(db)
    if index is None or index.fingerprint != _fingerprint(db):
        index = PeopleIndex(db)
        _INDEXES[db] = index
    return index


def _invalidate(db: sqlite_utils.Database) -> None:
    _INDEXES.pop(db, None)


@contextmanager
def _transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """Join the caller's transaction (ingest batches) or run in our own."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# -- resolution during ingest ----------------------------------------------------------------------
class _Writer:
    """Applies resolution outcomes to the database and the index together."""

    def __init__(self, db: sqlite_utils.Database, index: PeopleIndex) -> None:
        self.db = db
        self.index = index

    def create(self, parsed: ParsedName, review: bool = False) -> int:
        pid = _inserted_id(self.db.conn.execute(
            "insert into people (name, kind, needs_review) values (?, ?, ?)",
            [parsed.name, parsed.kind, int(review)],
        ))
        self.index.people[pid] = _Person(parsed.name, parsed.kind, review, False, len(parsed.tokens) == 1)
        self.index.folded = None
        self.index.person_norms[pid] = set()
        self.alias(pid, parsed.name, "auto", parsed)
        return pid

    def alias(self, pid: int, text: str, source: str, known: ParsedName | None = None) -> None:
        """Store ``text`` as an alias of ``pid``; ``known`` is reused when it is that text's parse."""
        kind = self.index.kind(pid)
        if known is not None and known.raw == text and known.kind == kind:
            parsed = known  # parse_name(text) guessed the kind the person has: the same parse
        else:
            parsed = parse_name(text, kind)  # type: ignore[arg-type]
        if not parsed.norm or parsed.norm in self.index.person_norms.get(pid, ()):
            return
        # The unique (person_id, norm) key tells whether the alias is new: no look-up before the insert.
        if self.db.conn.execute(
            "insert or ignore into aliases (person_id, alias, norm, source, skey) values (?, ?, ?, ?, ?)",
            [pid, text, parsed.norm, source, parsed.skey],
        ).rowcount:
            self.index.added(pid, parsed, source)

    def rename(self, pid: int, name: str) -> None:
        self.db.execute("update people set name = ? where id = ?", [name, pid])
        self.index.forget(pid)
        self.alias(pid, name, "auto")


@dataclass
class _Context:
    """People already resolved in this article: surname joins and role nouns prefer them."""

    full: list[tuple[int, int, ParsedName]]  # (start, pid, parsed)
    roles: dict[str, int]
    orgs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (pid, tokens), several words
    stored: set[tuple[int, str]] = field(default_factory=set)  # (pid, role) rows this article wrote
    article: str = ""
    text: str | None = None  # the article's text, read when first needed

    def article_text(self, db: sqlite_utils.Database) -> str:
        if self.text is None:
            row = db.execute("select text from articles where id = ?", [self.article]).fetchone()
            self.text = row[0] if row and row[0] else ""
        return self.text


def assign_people(db: sqlite_utils.Database, article_id: str, quotes: list[Quote]) -> list[Resolution]:
    """Match each quote's speaker to a person, creating people as needed; one Resolution per quote."""
    index = people_index(db)
    writer = _Writer(db, index)
    out: list[Resolution | None] = [None] * len(quotes)
    context = _Context([], {}, article=article_id)
    parsed = [_parse_speaker(q) for q in quotes]
    with _transaction(db):
        has_article = db.execute("select 1 from articles where id = ?", [article_id]).fetchone() is not None
        # Full names first, so bare surnames and role nouns can lean on them.
        later = [p is None or p.single for p in parsed]
        order = sorted(range(len(quotes)), key=lambda i: (later[i], i))
        for i in order:
            p = parsed[i]
            if p is None or not p.tokens:
                out[i] = Resolution(None, "none", 0.0)
                continue
            res = _resolve(writer, p, quotes[i], context)
            out[i] = res
            if res.person_id is not None:
                _record(writer, res.person_id, p, quotes[i], context, article_id if has_article else None)
    index.fingerprint = _fingerprint(db)
    return [r for r in out if r is not None]


def _parse_speaker(quote: Quote) -> ParsedName | None:
    if not quote.speaker or quote.speaker.strip().lower() in _PRONOUNS:
        return None
    return parse_name(_written_alike(quote.speaker), quote.speaker_kind)


_JOINED_INITIALS = re.compile(r"^((?:[A-Z]\.){2,3})\s*(?=[A-Z][a-z])")
_NOT_INITIALS = ZONE_WORDS | TITLE_WORDS  # "U.S. Rep. Ann Roe"


def _written_alike(name: str) -> str:
    """A speaker name as another article would write it: text mis-decoded once or twice repaired
    ("FranÃ§ois" is "François"), and leading initials spaced ("G.K. Butterfield" is "G. K. Butterfield";
    "U.S." is a place, not initials)."""
    name = mojibake.repair(name)
    initials = _JOINED_INITIALS.match(name)
    if initials and initials[1].replace(".", "").lower() not in _NOT_INITIALS:
        name = " ".join(f"{letter}." for letter in initials[1].split(".")[:-1]) + " " + name[initials.end():]
    return name


def _resolve(writer: _Writer, p: ParsedName, quote: Quote, ctx: _Context) -> Resolution:
    index = writer.index
    authoritative, exact = index.exact(p)
    if authoritative:
        pid = authoritative[0]
        return Resolution(pid, "user" if (pid, "user") in index.hits(p) else "alias", 1.0)
    if p.kind == "organisation":
        return _resolve_org(writer, p, exact, ctx)
    if _role_only(p):
        return _resolve_role(p, ctx)
    if p.single:
        orgs = [pid for pid in exact if index.kind(pid) == "organisation"]
        if orgs:  # "Taliban" named without a kind: the known organisation, not a new person
            return Resolution(orgs[0], "exact", 1.0)
        return _resolve_single(writer, p, quote, ctx)
    return _resolve_full(writer, p, exact, ctx)


def _role_only(p: ParsedName) -> bool:
    """"the Russian foreign minister": every word a title or qualifier, so there is no name to store."""
    text = p.raw.lower().replace(".", "")
    if text.rstrip().rpartition(" ")[2] not in TITLE_WORDS:  # raw is space-normalised: the last word
        return False
    words = text.split()
    return bool(words) and all(
        w in TITLE_WORDS or w in ZONE_WORDS or w.endswith(("an", "ese", "ish", "i")) for w in words
    )


def _resolve_role(p: ParsedName, ctx: _Context) -> Resolution:
    """A role noun as speaker: the person this article showed with that role, else nobody."""
    text = fold(p.raw).replace(".", "").removeprefix("the ").strip()
    for role, pid in ctx.roles.items():
        if role.endswith(text) or text.endswith(role):
            return Resolution(pid, "role", 0.7)
    return Resolution(None, "none", 0.0)


def _resolve_org(writer: _Writer, p: ParsedName, exact: list[int], ctx: _Context) -> Resolution:
    n = len(p.tokens)
    local = {pid for pid, tokens in ctx.orgs if n < len(tokens) and tokens[-n:] == p.tokens}
    # "the Times" after "The New York Times" in one article is that paper, not any Times; an acronym
    # names its own organisation ("SVP" beside its youth wing "Junge SVP").
    if len(local) == 1 and not p.name.isupper():
        return Resolution(local.pop(), "short name", 0.95)
    if exact:
        return Resolution(exact[0], "exact", 1.0)
    owner = _campaign_owner(p.name)
    if owner is not None:  # never fuzzy: "Tim Cole campaign" is not "Tom Cole campaign"
        pid = _campaign_of(writer.index, owner)
        if pid is None:
            return Resolution(writer.create(p), "new", 1.0)
        writer.alias(pid, p.name, "auto")
        return Resolution(pid, "campaign", 0.9)
    matches = writer.index.org_matches(p)
    if matches:
        pid, score = max(matches.items(), key=lambda kv: kv[1])
        writer.alias(pid, p.name, "auto")
        return Resolution(pid, "fuzzy", round(score, 3))
    return Resolution(writer.create(p), "new", 1.0)


# An election campaign named by its candidate: "the Clinton campaign", "Ted Cruz's former presidential
# campaign". A lower-case "campaign" only: "Human Rights Campaign" is a name of its own.
_CAMPAIGN = re.compile(
    r"^(?:the\s+)?(?P<owner>.+?)(?:['’]s?)?\s+(?:(?i:former|entire|own|presidential|re-?election|senate|"
    r"senatorial|congressional|gubernatorial|mayoral|primary|\d{4})\s+)*campaign$"
)


def _campaign_owner(name: str) -> ParsedName | None:
    """The candidate a campaign organisation is named by, parsed as a person; None for other names."""
    found = _CAMPAIGN.match(name)
    owner = parse_name(found["owner"], "person") if found else None
    return owner if owner is not None and owner.tokens else None


def _campaign_of(index: PeopleIndex, owner: ParsedName) -> int | None:
    """The stored campaign of the candidate ``owner``, by the rules for people's names: "Hillary Clinton
    campaign" joins a "Hillary Clinton campaign" or, when no other Clinton has one, the "Clinton campaign";
    a bare "Clinton campaign" joins only when every stored Clinton campaign can be one person's."""
    held = _campaigns(index, owner.surname)
    if owner.single:
        names = [o for found in held.values() for o in found]
        if any(compare_full(a, b) is None for i, a in enumerate(names) for b in names[i + 1:]):
            return None
        return min(held, default=None)
    for pid, found in held.items():
        if found and all(compare_full(owner, o) is not None for o in found):
            return pid
    return next(iter(held)) if len(held) == 1 and not any(held.values()) else None


def _campaigns(index: PeopleIndex, surname: str) -> dict[int, list[ParsedName]]:
    """The stored campaigns of candidates of this surname (oldest first), each with the full names
    (not bare surnames) its candidate was called by."""
    held: dict[int, list[ParsedName]] = {}
    for pid in index.orgs_with(surname):
        rows = index.db.execute("select alias from aliases where person_id = ?", [pid])
        owners = [o for o in (_campaign_owner(alias) for (alias,) in rows) if o is not None]
        owners = [o for o in owners if _tokens_match(o.surname, surname)]
        if owners:
            held[pid] = [o for o in owners if not o.single]
    return held


def _resolve_full(writer: _Writer, p: ParsedName, exact: list[int], ctx: _Context) -> Resolution:
    index = writer.index
    if len(exact) == 1:
        return Resolution(exact[0], "exact", 1.0)
    in_article = {pid for _, pid, _ in ctx.full}
    if len(exact) > 1:
        pid = next((x for x in exact if x in in_article), exact[0])
        return Resolution(pid, "exact" if pid in in_article else "review", 1.0 if pid in in_article else 0.5)
    matches = index.full_name_matches(p) or _compound_matches(index, p)
    if matches:
        ranked = sorted(matches.items(), key=lambda kv: -kv[1])
        top_pid, top = ranked[0]
        rivals = [pid for pid, score in ranked if score >= top - 0.02]
        if len(rivals) > 1:
            local = [pid for pid in rivals if pid in in_article]
            if len(local) != 1:
                return Resolution(writer.create(p, review=True), "review", 0.5)
            top_pid = local[0]
        writer.alias(top_pid, p.name, "auto", p)
        return Resolution(top_pid, "fuzzy", round(min(top, 0.99), 3))
    return _upgrade_or_create(writer, p)


def _compound_matches(index: PeopleIndex, p: ParsedName) -> dict[int, float]:
    """full_name_matches for the name with one compound written the other way: outlets join the parts
    of a name with a hyphen or a space ("Kim Jong-un", "Kim Jong Un"; "Ana Ruiz-Lopez", "Ana Ruiz
    Lopez"), and a hyphen makes one token of two. Asked only when the name as written matched nobody."""
    best: dict[int, float] = {}
    for variant in _compounds(p.name):
        other = parse_name(variant, "person")
        if other.single or other.tokens == p.tokens:
            continue
        for pid, score in index.full_name_matches(other).items():
            best[pid] = max(best.get(pid, 0.0), min(score, 0.9))
    return best


def _compounds(name: str) -> Iterator[str]:
    """``name`` with one hyphenated word split at its hyphens, or two neighbouring words hyphenated."""
    words = name.split()
    for i, word in enumerate(words):
        if "-" in word.strip("-"):
            first, *rest = word.split("-")
            parts = [first, *(part[:1].upper() + part[1:] for part in rest)]  # "Jong-un": "Jong Un"
            yield " ".join([*words[:i], *parts, *words[i + 1:]])
    for i in range(len(words) - 1 if len(words) > 2 else 0):  # two words hyphenated leave one: no name
        if len(words[i].strip(".")) > 1 and len(words[i + 1].strip(".")) > 1:
            yield " ".join([*words[:i], f"{words[i]}-{words[i + 1]}", *words[i + 2:]])


def _upgrade_or_create(writer: _Writer, p: ParsedName) -> Resolution:
    """Known only as "Lavrov" and now "Sergey Lavrov" appears: give that person the full name."""
    index = writer.index
    surname = parse_name(p.tokens[-1])
    singles = [
        pid for pid in index.single_people(surname)
        if not index.known(pid).needs_review
    ]
    if len(singles) == 1 and not index.surname_people(surname):
        pid = singles[0]
        if index.known(pid).user_locked:
            writer.alias(pid, p.name, "auto")
        else:
            writer.rename(pid, p.name)
        return Resolution(pid, "upgrade", 0.9)
    return Resolution(writer.create(p), "new", 1.0)


def _resolve_single(writer: _Writer, p: ParsedName, quote: Quote, ctx: _Context) -> Resolution:
    index = writer.index
    local = [
        (start, pid) for start, pid, full in ctx.full
        if _tokens_match(full.surname, p.tokens[0])
    ]
    if local:
        pids = {pid for _, pid in local}
        before = [x for x in local if x[0] <= quote.start] or local
        pid = min(before, key=lambda x: abs(quote.start - x[0]))[1]
        return Resolution(pid, "surname", 0.95 if len(pids) == 1 else 0.7)
    known = index.surname_people(p)
    if len(known) == 1:
        return Resolution(known[0], "surname", 0.9)
    named = _named_in_full(index, p, ctx.article_text(index.db), _gender(p.raw, quote.speaker_mention or ""))
    if named is not None:
        return Resolution(named, "article", 0.85)
    singles = index.single_people(p)
    if not known:
        if singles:
            pid = singles[0]
            exact = p.norm in index.norms_of(pid)
            if not exact:
                writer.alias(pid, p.name, "auto")
            return Resolution(pid, "exact" if exact else "fuzzy", 1.0 if exact else 0.9)
        return Resolution(writer.create(p), "new", 0.8)
    sure = [pid for pid in known if not index.known(pid).needs_review]
    gender = _gender(p.raw, quote.speaker_mention or "")
    prominent = _prominent(index, sure, gender, _quote_counts(index.db, sure))
    if prominent is not None:
        return Resolution(prominent, "prominent", 0.6)
    flagged = [pid for pid in singles if index.known(pid).needs_review]
    if flagged:
        return Resolution(flagged[0], "review", 0.5)
    return Resolution(writer.create(p, review=True), "review", 0.5)


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_OPENING, _CLOSING = "“\"‘'([", "”\"’'),;:.!?"


def _named_in_full(index: PeopleIndex, p: ParsedName, text: str, gender: str | None) -> int | None:
    """The one stored person this article names in full with the speaker's one word as surname ("Patrick
    Murphy" for "Murphy") or, for a given name, as first name ("Hillary Clinton" for "Hillary"): the
    extractor names speakers as the article last did, and a full name may stand in a quote or a
    headline. None when the article names no stored person so, or several."""
    found: set[int] = set()
    for full in set(_full_names(text, p.name, p.tokens[0] in GIVEN_NAMES)):
        parsed = parse_name(full, "person")
        if not parsed.single and p.tokens[0] in (parsed.tokens[0], parsed.surname):
            found.update(pid for pid in index.exact(parsed)[1] if index.kind(pid) == "person")
    if gender:
        found = {pid for pid in found if _first_name_gender(index.name(pid)) in (gender, None)}
    return found.pop() if len(found) == 1 else None


def _full_names(text: str, word: str, given: bool) -> Iterator[str]:
    """The names ``text`` writes as ``word`` after one to three capitalised words ("Rep. Patrick
    Murphy", "Patrick Murphy") and, with ``given``, before one or two ("Hillary Clinton")."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text):
        head, tail = text[max(0, found.start() - 80):found.start()], text[found.end():found.end() + 80]
        words = head.split()[-3:] if head[-1:].isspace() else []
        name = [word]
        for before in reversed(words):  # a name may open a quote or a bracket: “Patrick Murphy owes
            name.insert(0, before.lstrip(_OPENING))
            if not _NAME_WORD.fullmatch(name[0]):
                break
            yield " ".join(name)
            if name[0] != before:
                break
        words = tail.split()[:2] if given and tail[:1].isspace() else []
        name = [word]
        for after in words:  # or end a clause: Hillary Clinton, ...
            name.append(after.rstrip(_CLOSING))
            if not _NAME_WORD.fullmatch(name[-1]):
                break
            yield " ".join(name)
            if name[-1] != after:
                break


def _gender(*mentions: str) -> str | None:
    """'m' or 'f' when a mention's title or pronoun says so ("Mrs. Clinton", "he"), else None."""
    for mention in mentions:
        words = mention.lower().replace(".", "").split()
        if not words:
            continue
        if words[0] in MALE_TITLES or (len(words) == 1 and words[0] in MALE_PRONOUNS):
            return "m"
        if words[0] in FEMALE_TITLES or (len(words) == 1 and words[0] in FEMALE_PRONOUNS):
            return "f"
    return None


def _first_name_gender(name: str) -> str | None:
    first = fold(name).split()[0] if name.strip() else ""
    return "m" if first in MALE_FIRST_NAMES else "f" if first in FEMALE_FIRST_NAMES else None


def _prominent(index: PeopleIndex, pids: list[int], gender: str | None, counts: dict[int, int]) -> int | None:
    """The one of ``pids`` a bare surname most likely means: the person whose quotes (``counts``) far
    outnumber the others' (the prior news readers use), among those whose given name fits the gender
    a title or pronoun shows. None when nobody stands out: then the name stays ambiguous."""
    if gender:
        pids = [pid for pid in pids if _first_name_gender(index.name(pid)) in (gender, None)]
    if not pids:
        return None
    top = max(pids, key=lambda pid: counts.get(pid, 0))
    total = sum(counts.get(pid, 0) for pid in pids)
    if counts.get(top, 0) >= PROMINENT_MIN and counts[top] >= PROMINENT_SHARE * total:
        return top
    return None


def _record(writer: _Writer, pid: int, p: ParsedName, quote: Quote, ctx: _Context, article_id: str | None):
    """Remember the article's use of this person: context for later quotes, roles as evidence."""
    if not p.single and p.kind == "person":
        ctx.full.append((quote.start, pid, p))
    elif len(p.tokens) > 1 and p.kind == "organisation":
        ctx.orgs.append((pid, p.tokens))
    if not p.roles and not quote.roles:
        return
    # In the order seen (a set's order changes with the hash seed, and so would who a later
    # role-only speaker resolves to).
    roles = dict.fromkeys(r for r in (_clean_role(x) for x in (*p.roles, *quote.roles)) if r)
    for role in roles:
        ctx.roles.setdefault(role, pid)
        if (pid, role) in ctx.stored:  # the article's later quotes repeat roles: the row is there
            continue
        ctx.stored.add((pid, role))
        writer.db.conn.execute(
            "insert or ignore into roles (person_id, role, article_id) "
            "select ?, ?, ? where not exists "
            "(select 1 from roles where person_id = ? and role = ? and article_id is ?)",
            [pid, role, article_id, pid, role, article_id],
        )


# Initials written apart ("U. S. District Judge"): joined, as in "U.S." ("us" once the dots go).
_SPACED_INITIALS = re.compile(r"\b(\w)\.\s+(?=\w\.)")


def _clean_role(role: str | None) -> str | None:
    """A role worth keeping: a short noun phrase headed by a role noun ("foreign minister", "director
    of the agency"), not a courtesy title, a relative clause or whatever else filled the role slot
    ("answer is no", "under fire over his taxes", "self-proclaimed").
    One spelling per role: "U.S. district judge" and "U. S. District Judge" are "us district judge"."""
    plain = _SPACED_INITIALS.sub(r"\1.", (role or "").lower()).replace(".", "")
    words = " ".join(plain.split()).removeprefix("the ").split()
    if not words or len(words) > 7 or " ".join(words) in HONORIFICS or _CLAUSE & set(words):
        return None
    if words[0] in _NOT_ROLE_START or not _role_head(words):
        return None
    return " ".join(words)


# Words that end a role's head phrase: "minister [of state]", "spokeswoman [for the party]".
_AFTER_HEAD = frozenset((
    "of", "for", "at", "to", "in", "with", "from", "on", "by", "over", "under", "about", "and", "or",
    "as", "since", "during", "after", "before", "against", "within", "without", "among", "between",
))
# Role nouns and titles, less the words that only qualify one ("former", "foreign") and "Jr"; and the
# heads of a person's standing that the extractor need not know as speakers ("his wife, Ann Roe" is no
# unnamed source there, but "wife" is a role in a profile).
_STANDING_WORDS = frozenset((
    "wife", "husband", "son", "daughter", "brother", "sister", "member", "fellow", "whip", "opponent",
    "front-runner", "frontrunner", "hopeful", "contender", "comedian", "marine", "partner", "investor",
    "developer", "fundraiser", "philanthropist", "barrister", "friend",
))
_ROLE_WORDS = ROLE_NOUNS | _STANDING_WORDS | ((TITLE_WORDS | TITLES | OFFICE_TITLES) - ZONE_WORDS - SUFFIXES)


def _role_head(words: list[str]) -> bool:
    """Whether the head of a role phrase is a role noun or a title. The head is its last word before
    a preposition and any participles ("broker [based in Tampa]"), a possessive dropped; a hyphenated
    head counts by its first or last part ("editor-in-chief", "ex-president")."""
    end = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    while end > 1 and words[end - 1].endswith(("ed", "ing")) and words[end - 1] not in _ROLE_WORDS:
        end -= 1
    if end == 0:
        return False
    head = words[end - 1].removesuffix("'s").removesuffix("’s")
    parts = head.split("-")
    return head in _ROLE_WORDS or parts[0] in _ROLE_WORDS or parts[-1] in _ROLE_WORDS


# -- lookups for commands and other modules --------------------------------------------------------
def person_names(db: sqlite_utils.Database) -> list[str]:
    """Every canonical name, sorted (for completion, suggestions and the ask parser)."""
    return sorted(name for (name,) in db.execute("select name from people"))


def find_person(db: sqlite_utils.Database, name: str, *, prominent: bool = False) -> int:
    """The id of the person ``name`` means: any alias, a transliteration or title variant, a bare
    surname when only one person has it, or ``#ID``. Raises NotFoundError with the nearest names.

    ``prominent``: a bare surname several people share means the one quoted far more than the rest
    ("Trump" -> Donald Trump), as it would to a reader; for reading commands, never for changes."""
    return choose_person(db, name, prominent=prominent)[0]


def choose_person(db: sqlite_utils.Database, name: str, *, prominent: bool = False) -> tuple[int, list[str]]:
    """find_person, with the names of the other people ``name`` could mean, most quoted first, when
    the most quoted was chosen among them (empty otherwise): the caller can say whom it left out."""
    index = people_index(db)
    if not name or not name.strip():
        raise NotFoundError("No person ''.")
    by_id = _ID.match(name.strip())
    if by_id and index.person(int(by_id.group(1))) is not None:
        return int(by_id.group(1)), []
    candidates = _lookup(index, name)
    if len(candidates) == 1:
        return candidates[0], []
    if candidates and prominent:
        sure = [pid for pid in candidates if not index.known(pid).needs_review]
        counts = _quote_counts(db, sure)
        top = _prominent(index, sure, _gender(name), counts)
        if top is not None:
            return top, _left_out(index, sure, top, counts)
    norm = parse_name(name).norm
    same = [pid for pid in candidates if parse_name(index.name(pid)).norm == norm]
    if len(same) == 1:  # a person called exactly what was typed wins over partial matches
        return same[0], []
    if candidates:
        # People of one name are told apart by id, never shown by id alone: "Obama (#3)".
        names = sorted(index.name(pid) for pid in candidates if pid not in same)
        names += [f"{index.name(pid)} (#{pid})" for pid in same]
        raise NotFoundError(f"'{name}' could be several people.", suggestions=_unique(names))
    # A canonical name typed in another case or without accents, for people stored without aliases.
    folded, _ = index.folded_names()
    typed = fold(name).strip()
    same_name = [pid for pid, known in folded.items() if known == typed]
    if len(same_name) == 1:
        return same_name[0], []
    if prominent and typed and " " not in typed and (given := _given_name(db, index, folded, typed)):
        return given
    raise NotFoundError(f"No person '{name}'.", suggestions=_nearest(index, name))


def _given_name(db: sqlite_utils.Database, index: PeopleIndex, folded: dict[int, str],
                typed: str) -> tuple[int, list[str]] | None:
    """A bare given name nobody is called alone ("Bernie", "Jeb"): the one person of that first name, or
    the one quoted far more than the others of it, as for a shared surname; None when nobody stands out."""
    bearers = [pid for pid, known in folded.items() if known.split(" ", 1)[0] == typed and " " in known
               and index.known(pid).kind == "person" and not index.known(pid).needs_review]
    if len(bearers) < 2:
        return (bearers[0], []) if bearers else None
    counts = _quote_counts(db, bearers)
    top = _prominent(index, bearers, None, counts)
    return (top, _left_out(index, bearers, top, counts)) if top is not None else None


def _left_out(index: PeopleIndex, pids: list[int], top: int, counts: dict[int, int]) -> list[str]:
    """The names of ``pids`` other than the one chosen, most quoted first: whom a choice left out."""
    others = sorted(set(pids) - {top}, key=lambda pid: (-counts.get(pid, 0), index.name(pid)))
    return _unique([index.name(pid) for pid in others])


def read_person(db: sqlite_utils.Database, text: str) -> tuple[int, str | None]:
    """The person a reading command (quotes, export, stance, ask) means by ``text``, as a reader would
    take it: the person a user or file alias names (taught, so it wins), else a role's usual holder
    ("Russian foreign minister"), else find_person with the most quoted bearer of a shared surname.
    With the note to show when that was a choice (None when it was not)."""
    if not _taught(db, text) and (held := role_holder(db, text)):
        pid, articles, others = held
        return pid, role_note(text, person_name(db, pid), articles, others)
    pid, others = choose_person(db, text, prominent=True)
    name = person_name(db, pid)
    given = fold(text).strip() == fold(name).split(" ", 1)[0] != fold(name)  # a bare first name, read
    return pid, chosen_note(text, name, others) if others or given else None


def _taught(db: sqlite_utils.Database, text: str) -> bool:
    """Whether ``text`` is exactly a user or file alias of someone."""
    index = people_index(db)
    return any(index.exact(parse_name(text, kind))[0] for kind in (None, "person", "organisation"))


def role_holder(db: sqlite_utils.Database, text: str) -> tuple[int, int, list[str]] | None:
    """The person a role names ("the FBI director", "Russian foreign minister"): of the people stored
    with exactly that role, the one given it in the most articles (then the most quoted); with that
    count and the others' names. None when nobody holds it, or when ``text`` is someone's very name."""
    role = _clean_role(text)
    if role is None:
        return None
    sql = "select person_id, count(distinct article_id) from roles where role = ? group by person_id"
    found = db.execute(sql, [role]).fetchall()
    if not found:  # most phrases: one indexed query, no people read
        return None
    index = people_index(db)
    if fold(text).strip() in index.folded_names()[0].values():
        return None
    held = {pid: n for pid, n in found if not index.known(pid).needs_review}
    if not held:
        return None
    counts = _quote_counts(db, list(held))
    ranked = sorted(held, key=lambda pid: (-held[pid], -counts.get(pid, 0), index.name(pid)))
    return ranked[0], held[ranked[0]], _unique([index.name(pid) for pid in ranked[1:]])


def role_note(typed: str, name: str, articles: int, others: list[str]) -> str:
    """What to tell a user whose role was taken as the person most often given it."""
    times = "1 article" if articles == 1 else f"{articles} articles"
    return f"'{typed}' taken as {name}, called that in {times}{_also(others)}."


def chosen_note(typed: str, name: str, others: list[str]) -> str:
    """What to tell a user whose bare surname or given name was taken as its most quoted (or only)
    bearer."""
    why = "the one quoted most" if others else "the only one with that first name"
    return f"'{typed}' taken as {name}, {why}{_also(others)}."


def _also(others: list[str]) -> str:
    """The people left out, the first three by name: "; also: A, B, C and 2 more" ('' for none)."""
    more = f" and {len(others) - 3} more" if len(others) > 3 else ""
    return f"; also: {', '.join(others[:3])}{more}" if others else ""


def _lookup(index: PeopleIndex, name: str) -> list[int]:
    name = _written_alike(name)
    for kind in (None, "person", "organisation"):
        p = parse_name(name, kind)
        if not p.tokens:
            continue
        authoritative, exact = index.exact(p)
        if authoritative:
            return authoritative[:1]
        if p.single and p.kind == "person":
            # "Karzai": the one person with that surname, else every candidate (ambiguous).
            found = dict.fromkeys(index.surname_people(p) + exact + index.single_people(p), 1.0)
            sure = [pid for pid in found if not index.known(pid).needs_review]
            return sure if len(sure) == 1 else list(found)
        if exact:
            return exact
        found = index.org_matches(p) if p.kind == "organisation" else (
            index.full_name_matches(p) or _compound_matches(index, p))
        if found:
            top = max(found.values())
            return [pid for pid, score in found.items() if score >= top - 0.02]
    return []


def _nearest(index: PeopleIndex, name: str, limit: int = 3) -> list[str]:
    """Names close to a misspelling: whole names scored by WRatio and, for a one-word query, surnames
    by plain edit similarity (WRatio's partial match would rank a short "Lavo" above "Lavrov" for
    "Lavorv"). Equal scores go to the person quoted most: the one a user most likely means."""
    names, surnames = index.folded_names()
    query = fold(name).strip()
    best: dict[int, float] = {}
    passes = [(names, fuzz.WRatio, limit * 3)]
    if " " not in query:
        passes.append((surnames, fuzz.ratio, _SURNAME_CHOICES))
    for choices, scorer, most in passes:
        for _, score, pid in process.extract(query, choices, scorer=scorer, limit=most, score_cutoff=60):
            best[pid] = max(round(score), best.get(pid, 0))
    if not best:
        return []
    top = max(best.values())
    close = [pid for pid in best if best[pid] >= top - SUGGEST_MARGIN]  # not distant also-rans
    counts = _quote_counts(index.db, close)
    ranked = sorted(close, key=lambda pid: (-best[pid], -counts.get(pid, 0), index.name(pid)))
    return _unique([index.name(pid) for pid in ranked])[:limit]


def _quote_counts(db: sqlite_utils.Database, pids: list[int]) -> dict[int, int]:
    marks = ", ".join("?" * len(pids))
    sql = f"select person_id, count(*) from quotes where person_id in ({marks}) group by person_id"
    return dict(db.execute(sql, pids).fetchall())


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


# -- listing ---------------------------------------------------------------------------------------
def list_people(
    db: sqlite_utils.Database, kind: str | None = None, review: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """People with quote counts, first/last seen dates, kind and review flag; most quoted first.

    The counts are kept on the people rows (0015), so a page of the most quoted reads that page only;
    its dates are the ends of each person's date index."""
    where, params = [], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if review:
        where.append("needs_review = 1")
    sql = (
        "select id, name, kind, quote_count, needs_review from people "
        + (f"where {' and '.join(where)} " if where else "")
        + "order by quote_count desc, name collate nocase"
        + (" limit ?" if limit else "")
    )
    rows = db.execute(sql, params + ([limit] if limit else [])).fetchall()
    return [
        {"id": pid, "name": name, "kind": kind_, "quotes": count, **_seen(db, pid),
         "review": "yes" if flagged else ""}
        for pid, name, kind_, count, flagged in rows
    ]


def _seen(db: sqlite_utils.Database, pid: int) -> dict[str, str | None]:
    """The first and last day a person was quoted, from dated articles only (None when there is none):
    an undated article's ingest day is not a day they spoke, and `people show` lists it as undated.
    Read at the two ends of quotes(person_id, published)."""
    first, last = db.execute(
        "select (select min(published) from quotes where person_id = ?1),"
        " (select max(published) from quotes where person_id = ?1)",
        [pid],
    ).fetchone()
    return {"first_seen": first, "last_seen": last}


def person_details(db: sqlite_utils.Database, pid: int) -> dict[str, Any]:
    """One person: aliases, roles, articles, topics and quote count."""
    row = db.execute(
        "select id, name, kind, needs_review, user_locked, quote_count from people where id = ?", [pid]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No person with id {pid}.")
    articles = db.execute(
        "select coalesce(a.title, a.id), a.published, count(*) from quotes q join articles a "
        "on a.id = q.article_id where q.person_id = ? group by a.id order by a.published, a.title", [pid]
    ).fetchall()
    topics = db.execute(
        "select t.label, count(*) from quotes q join quote_topics qt on qt.quote_id = q.id "
        "join topics t on t.id = qt.topic_id where q.person_id = ? group by t.id order by 2 desc, 1", [pid]
    ).fetchall()
    roles = [r for (r,) in db.execute(
        "select role from roles where person_id = ? group by role order by count(*) desc, role", [pid]
    )]
    return {
        "id": row[0], "name": row[1], "kind": row[2], "quotes": row[5], **_seen(db, pid),
        "review": "yes" if row[3] else "", "aliases": person_aliases(db, pid),
        "roles": roles, "articles": [f"{t} ({d or 'undated'}): {n}" for t, d, n in articles],
        "topics": [f"{label}: {n}" for label, n in topics],
    }


def person_aliases(db: sqlite_utils.Database, pid: int) -> list[str]:
    """The other spellings a person is known by, oldest first: every alias but the canonical name
    (compared by key, so a renamed "Ana ruiz" is not listed beside "Ana Ruiz"). The one list that
    `people show` and every "not an alias" message give."""
    name, kind = db.execute("select name, kind from people where id = ?", [pid]).fetchone()
    own = parse_name(name, kind).norm
    sql = "select alias from aliases where person_id = ? and norm != ? order by id"
    return [a for (a,) in db.execute(sql, [pid, own])]


def review_items(db: sqlite_utils.Database, below: float = REVIEW_BELOW) -> list[dict[str, Any]]:
    """People flagged as unsure, and speaker names resolved with a score below ``below`` (at most 1)."""
    rows = []
    for pid, name, count in db.execute(
        "select id, name, quote_count from people where needs_review = 1 order by name collate nocase"
    ):
        rows.append({"id": pid, "name": name, "speaker": name, "method": "flagged", "score": None,
                     "quotes": count, "why": _why_flagged(db, name)})
    for pid, name, speaker, method, score, count in db.execute(
        "select p.id, p.name, q.speaker, q.resolution_method, min(q.resolution_score), count(*) "
        "from quotes q join people p on p.id = q.person_id "
        "where q.person_id is not null and q.resolution_score < 1"  # the terms of idx_quotes_unsure (0016)
        " and q.resolution_score < ? and p.needs_review = 0 "
        "group by p.id, q.speaker, q.resolution_method order by min(q.resolution_score), p.name", [below]
    ):
        rows.append({"id": pid, "name": name, "speaker": speaker, "method": method, "score": score,
                     "quotes": count, "why": f"'{speaker}' matched '{name}' by {method}"})
    return rows


def _why_flagged(db: sqlite_utils.Database, name: str) -> str:
    others = [n for n in _same_surname(db, name) if n != name]
    return f"could be {', '.join(others)}" if others else "unsure"


def _same_surname(db: sqlite_utils.Database, name: str) -> list[str]:
    index = people_index(db)
    p = parse_name(name)
    if not p.tokens:
        return []
    return _unique([index.name(pid) for pid in index.surname_people(parse_name(p.tokens[-1]))])


# -- user decisions --------------------------------------------------------------------------------
def _decide(db: sqlite_utils.Database, action: str, payload: dict[str, Any]) -> None:
    db.execute(
        "insert into people_decisions (action, payload) values (?, ?)",
        [action, json.dumps(payload, ensure_ascii=False)],
    )


def person_name(db: sqlite_utils.Database, pid: int) -> str:
    """The canonical name of person ``pid``."""
    row = db.execute("select name from people where id = ?", [pid]).fetchone()
    if row is None:
        raise NotFoundError(f"No person with id {pid}.")
    return row[0]


def _user_alias(db: sqlite_utils.Database, pid: int, text: str) -> None:
    """Pin ``text`` to ``pid``: a user alias outranks every automatic alias of that spelling."""
    kind = db.execute("select kind from people where id = ?", [pid]).fetchone()[0]
    parsed = parse_name(text, kind)
    db.execute(
        "insert into aliases (person_id, alias, norm, source, skey) values (?, ?, ?, 'user', ?) "
        "on conflict (person_id, norm) do update set source = 'user'",
        [pid, text, parsed.norm, parsed.skey],
    )


def merge_people(db: sqlite_utils.Database, keep: int, drop: int) -> int:
    """Merge ``drop`` into ``keep``: quotes, aliases and roles move; its names now mean ``keep``.
    Returns the number of quotes moved."""
    if keep == drop:
        raise InputError(f"'{person_name(db, keep)}' and '{person_name(db, drop)}' are the same person.")
    keep_name, drop_name = person_name(db, keep), person_name(db, drop)
    with _transaction(db):
        moved = db.execute(
            "update quotes set person_id = ?, resolution_method = 'user', resolution_score = 1.0 "
            "where person_id = ?", [keep, drop]
        ).rowcount
        names = [a for (a,) in db.execute("select alias from aliases where person_id = ?", [drop])]
        for alias in _unique([drop_name, *names]):
            _user_alias(db, keep, alias)
        db.execute("update or ignore roles set person_id = ? where person_id = ?", [keep, drop])
        db.execute("delete from people where id = ?", [drop])
        db.execute("update people set user_locked = 1, needs_review = 0 where id = ?", [keep])
        _decide(db, "merge", {"into": keep, "into_name": keep_name, "from": drop, "from_name": drop_name,
                              "aliases": names, "quotes": moved})
    _invalidate(db)
    return moved


def rename_person(db: sqlite_utils.Database, pid: int, new_name: str) -> None:
    """Give a person a new canonical name; the old one stays an alias; automatic upgrades stop."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise InputError("The new name is empty.")
    old = person_name(db, pid)
    with _transaction(db):
        clash = _alias_owner(db, pid, new_name, ("user", "file"))
        if clash:
            raise InputError(f"'{new_name}' is already a name of '{clash}'; use `people merge` instead.")
        db.execute(
            "update people set name = ?, user_locked = 1, needs_review = 0 where id = ?", [new_name, pid]
        )
        _user_alias(db, pid, new_name)
        _user_alias(db, pid, old)
        _decide(db, "rename", {"person": pid, "from": old, "to": new_name})
    _invalidate(db)


def add_alias(db: sqlite_utils.Database, pid: int, alias: str) -> None:
    """Add a user alias: that spelling always resolves to this person from now on."""
    alias = " ".join(alias.split())
    if not alias:
        raise InputError("The alias is empty.")
    with _transaction(db):
        clash = _alias_owner(db, pid, alias, ("user",))
        if clash:
            raise InputError(f"'{alias}' is already a user alias of '{clash}'.")
        _user_alias(db, pid, alias)
        _decide(db, "alias", {"person": pid, "name": person_name(db, pid), "alias": alias})
    _invalidate(db)


def remove_alias(db: sqlite_utils.Database, pid: int, alias: str) -> str:
    """Drop an alias of ``pid`` (the undo of ``add_alias``); returns the spelling removed. The canonical
    name is not an alias to drop: renaming replaces it."""
    kind = db.execute("select kind from people where id = ?", [pid]).fetchone()[0]
    name = person_name(db, pid)
    norm, own = parse_name(" ".join(alias.split()), kind).norm, parse_name(name, kind).norm
    if norm == own:
        raise InputError(f"'{name}' is the name of that person, not an alias; use `people rename`.")
    row = db.execute("select id, alias from aliases where person_id = ? and norm = ?", [pid, norm]).fetchone()
    if row is None:
        held = sorted(person_aliases(db, pid))
        raise NotFoundError(f"'{alias}' is not an alias of '{name}'.", suggestions=held[:5])
    with _transaction(db):
        db.execute("delete from aliases where id = ?", [row[0]])
        _decide(db, "unalias", {"person": pid, "name": name, "alias": row[1]})
    _invalidate(db)
    return row[1]


def _alias_owner(db: sqlite_utils.Database, pid: int, text: str, sources: tuple[str, ...]) -> str | None:
    """The name of another person who holds ``text`` as an alias from one of ``sources``."""
    kind = db.execute("select kind from people where id = ?", [pid]).fetchone()[0]
    marks = ", ".join("?" for _ in sources)
    row = db.execute(
        "select p.name from aliases a join people p on p.id = a.person_id "
        f"where a.norm = ? and a.person_id != ? and a.source in ({marks})",
        [parse_name(text, kind).norm, pid, *sources],
    ).fetchone()
    return row[0] if row else None


def split_person(
    db: sqlite_utils.Database, pid: int, new_name: str, aliases: Sequence[str] = (),
    quote_ids: Sequence[int] = (),
) -> tuple[int, int]:
    """Move chosen aliases (and the quotes under them) and chosen quotes to a new person.
    Returns (new person id, quotes moved)."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise InputError("The new person's name is empty.")
    if not aliases and not quote_ids:
        raise InputError("Say what to split off: give --alias NAME or --quote ID.")
    old = person_name(db, pid)
    kind = db.execute("select kind from people where id = ?", [pid]).fetchone()[0]
    rows = db.execute("select alias, norm from aliases where person_id = ?", [pid])
    own = {norm: alias for alias, norm in rows}
    norms = []
    for alias in aliases:
        norm = parse_name(alias, kind).norm
        if norm not in own:
            known = person_aliases(db, pid)
            held = f"its aliases: {', '.join(known)}" if known else "it has none"
            raise InputError(f"'{alias}' is not an alias of '{old}' ({held}).")
        norms.append(norm)
    ids = set(quote_ids)
    mine = {qid: speaker for qid, speaker in db.execute(
        "select id, speaker from quotes where person_id = ?", [pid]
    )}
    missing = sorted(ids - set(mine))
    if missing:
        raise InputError(f"Quote {missing[0]} is not attributed to '{old}'.")
    ids |= {qid for qid, speaker in mine.items() if speaker and parse_name(speaker, kind).norm in norms}
    with _transaction(db):
        new = _inserted_id(db.execute(
            "insert into people (name, kind, user_locked) values (?, ?, 1)", [new_name, kind]
        ))
        for norm in norms:
            db.execute("delete from aliases where person_id = ? and norm = ?", [pid, norm])
            _user_alias(db, new, own[norm])
        _user_alias(db, new, new_name)
        db.conn.executemany(
            "update quotes set person_id = ?, resolution_method = 'user', resolution_score = 1.0 "
            "where id = ?",
            [(new, qid) for qid in sorted(ids)],
        )
        db.execute("update people set user_locked = 1 where id = ?", [pid])
        _decide(db, "split", {"from": pid, "from_name": old, "to": new, "to_name": new_name,
                              "aliases": [own[n] for n in norms], "quotes": sorted(ids)})
    _invalidate(db)
    return new, len(ids)


# -- known people from a file ----------------------------------------------------------------------
def load_people(db: sqlite_utils.Database, path: str | Path) -> tuple[int, int]:
    """Load a TOML file of known people and organisations; returns (created, updated).

    Each ``[[people]]`` entry has ``name``, optional ``kind`` (person | organisation), ``aliases`` and
    ``roles``. File aliases always resolve to their person, like user aliases.
    """
    entries = _read_people_file(Path(path))
    created = updated = 0
    with _transaction(db):
        for entry in entries:
            pid = _file_person(db, entry)
            if pid is None:
                pid = db.execute(
                    "insert into people (name, kind, user_locked) values (?, ?, 1)",
                    [entry["name"], entry["kind"]],
                ).lastrowid
                created += 1
            else:
                updated += 1
            for alias in _unique([entry["name"], *entry["aliases"]]):
                parsed = parse_name(alias, entry["kind"])
                db.execute(
                    "insert into aliases (person_id, alias, norm, source, skey) values (?, ?, ?, 'file', ?) "
                    "on conflict (person_id, norm) do update set source = "
                    "case when source = 'user' then 'user' else 'file' end",
                    [pid, alias, parsed.norm, parsed.skey],
                )
            for role in entry["roles"]:
                db.execute(
                    "insert into roles (person_id, role) select ?, ? where not exists "
                    "(select 1 from roles where person_id = ? and role = ? and article_id is null)",
                    [pid, role.lower(), pid, role.lower()],
                )
    _invalidate(db)
    return created, updated


def _file_person(db: sqlite_utils.Database, entry: dict[str, Any]) -> int | None:
    for alias in [entry["name"], *entry["aliases"]]:
        norm = parse_name(alias, entry["kind"]).norm
        row = db.execute(
            "select a.person_id from aliases a join people p on p.id = a.person_id "
            "where a.norm = ? and p.kind = ? order by a.source = 'auto', a.id limit 1",
            [norm, entry["kind"]],
        ).fetchone()
        if row:
            return row[0]
    return None


def _read_people_file(path: Path) -> list[dict[str, Any]]:
    data = load_toml(path, "people file")
    raw = data.get("people")
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected [[people]] entries with a name each.")
    entries = []
    for n, item in enumerate(raw, 1):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{path}: entry {n} has no name.")
        kind = item.get("kind", "person")
        if kind not in ("person", "organisation"):
            raise InputError(f"{path}: entry {n} ('{name}') has kind '{kind}'; use person or organisation.")
        aliases, roles = item.get("aliases", []), item.get("roles", [])
        if not all(isinstance(x, str) for x in [*aliases, *roles]):
            raise InputError(f"{path}: entry {n} ('{name}'): aliases and roles must be lists of strings.")
        entries.append({"name": " ".join(name.split()), "kind": kind, "aliases": aliases, "roles": roles})
    return entries
