"""In-article speaker resolution: turn a speaker mention into the article's fullest name for it.

The article's people are collected once (capitalised name sequences, with titles stripped and kept as
roles, plus appositive roles "X, the former governor of Balkh,"). A mention is then resolved by kind:
a name -> the fullest matching name nearest before it (transliteration-tolerant); he/she -> the
previous attributed person or the nearest person before; a role noun -> the person introduced with
that role; "the Taliban" -> an organisation; "a spokesman" -> nobody.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from quotetrack.lexicon import (
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    ORG_CUES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_SOURCE_NOUNS,
)
from quotetrack.model import Mention

_NAME_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Prof|Rev|Maj|Adm|Jr|Sr|St)\.|[A-Z]\."
    r"|[A-Z][\w’'-]*[\w]|[A-Z])"
)
_PARTICLE = r"(?:de|van|von|bin|ibn|al|el|da|di|du|der|den|la|le|del|dos|ul|ud|abu)"
_NAME_RE = re.compile(rf"(?<![\w’'-]){_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_TOKEN})*")
_APPOSITIVE_RE = re.compile(r",\s+(?:the|a|an)\s+([^,.;:“”\"]{3,80}?)(?:,|\s+(?:said|says|told|added))")
_SPLIT = re.compile(r"[\s.]+")
_STOP_START = frozenset(
    {
        "the", "a", "an", "but", "and", "or", "however", "meanwhile", "in", "on", "at", "when", "after",
        "before", "while", "as", "if", "this", "that", "these", "those", "it", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "its", "our", "my", "there", "here", "what", "why",
        "how", "where", "who", "which", "so", "yet", "still", "also", "then", "now", "for", "from",
        "with", "by", "of", "to", "according", "speaking", "asked", "overall", "although", "though",
        "because", "since", "until", "despite", "during", "under", "over", "among", "between",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
        "earlier", "later", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr",
    }
)
_NATIONALITY_END = ("an", "ese", "ish", "i", "ic")
_TRANSLIT = (
    (re.compile(r"^m[ou]h[ae]mm?[ae]d$"), "muhammad"),
    (re.compile(r"^serg[e]?[iy]$"), "sergey"),
    (re.compile(r"^abdul"), "abdul"),
)
_MALE = frozenset({"mr", "sir", "lord", "king", "prince", "father", "mullah", "sheikh", "he", "his"})
_FEMALE = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "she", "her"})


@dataclass(frozen=True)
class Person:
    """A person or organisation named in the article."""

    name: str
    tokens: tuple[str, ...]  # normalised name tokens
    kind: str  # person | organisation
    roles: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    gender: str | None = None


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: name (None when unknown), kind and roles seen with it."""

    name: str | None
    kind: str | None = None
    roles: tuple[str, ...] = field(default=())


@lru_cache(maxsize=16384)
def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c)).lower().strip("’'.")
    for pattern, repl in _TRANSLIT:
        if pattern.search(word):
            return repl if repl != "abdul" else word.replace("abdul", "abdul")
    return word


def _is_title(word: str) -> bool:
    """Titles, honorifics, role nouns, lower-case words and leading acronyms ("HPC Karim Khalili")."""
    low = word.lower().strip(".")
    return low in HONORIFICS or low in ROLE_NOUNS or word[:1].islower() or (len(word) > 1 and word.isupper())


def _is_nationality(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_NATIONALITY_END) and len(word) > 4


def _title_at(words: list[str], i: int) -> bool:
    word = words[i]
    if _is_title(word) or word.lower() in ("of", "the"):
        return True
    return _is_nationality(word) and _is_title(words[i + 1])


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading titles and nationality adjectives (kept as roles) and the name words after them."""
    i = 0
    while i < len(words) - 1 and _title_at(words, i):
        i += 1
    while i < len(words) and words[i].lower().strip(".") in HONORIFICS and i < len(words) - 1:
        i += 1
    # A title inside the phrase ends the description: "Ohio State University professor Paul Beck".
    for j in range(len(words) - 2, i - 1, -1):
        if _is_title(words[j]) and words[j + 1][:1].isupper():
            return words[:j + 1], words[j + 1:]
    return words[:i], words[i:]


def _org_like(words: list[str]) -> bool:
    low = [w.lower().strip(".") for w in words]
    joined = " ".join(low)
    if joined in KNOWN_ORGANISATIONS or any(w in ORG_CUES for w in low):
        return True
    return len(words) == 1 and words[0].isupper() and len(words[0]) > 1


@lru_cache(maxsize=8192)
def _parse_phrase(phrase: str) -> tuple[list[str], list[str]] | None:
    """(titles, name words) of a capitalised phrase that can name a person, else None."""
    words = [w for w in _SPLIT.split(phrase) if w]
    while words and (words[0].lower() in _STOP_START or words[0].lower() in SPEECH_VERBS):
        words = words[1:]
    if not words:
        return None
    titles, name = split_title(words)
    if not name or _org_like(name) or len(name) > 5 or (len(name) == 1 and not titles):
        return None
    return titles, name


class Cast:
    """The people and organisations of one article, built once, queried per mention."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._quoted = sorted(quoted or [])
        self.people: dict[tuple[str, ...], Person] = {}
        self._occurrences: list[tuple[int, Person]] = []
        self._collect()

    def _inside_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self._quoted)

    def _collect(self) -> None:
        for m in _NAME_RE.finditer(self.text):
            phrase = m.group()
            if " " not in phrase and "\t" not in phrase and not _is_title(phrase):
                continue  # a lone capitalised word names nobody new
            parsed = _parse_phrase(phrase)
            if parsed is not None:
                self._add(parsed[1], parsed[0], m.start(), m.end())

    def _add(self, name: list[str], titles: list[str], start: int, end: int) -> None:
        key = tuple(_fold(w) for w in name)
        roles = [" ".join(titles).lower()] if titles else []
        app = _APPOSITIVE_RE.match(self.text, end)
        if app:
            roles.append(app.group(1).lower())
        gender = _gender(titles)
        old = self.people.get(key)
        if old is not None:
            person = Person(old.name, key, "person", tuple(dict.fromkeys(old.roles + tuple(roles))),
                            old.positions + (start,), old.gender or gender)
        else:
            person = Person(" ".join(name), key, "person", tuple(roles), (start,), gender)
        self.people[key] = person
        if not self._inside_quote(start):
            self._occurrences.append((start, person))

    def by_name(self, words: list[str], pos: int) -> Person | None:
        """The fullest person whose name contains these words; of two people sharing a surname
        (Hamid Karzai, Hekmat Khalil Karzai), the one named nearest before ``pos``."""
        key = [_fold(w) for w in words]
        fits = [p for p in self.people.values() if _name_fits(key, p.tokens)]
        fullest = [p for p in fits if not any(_longer(q, p) for q in fits)]
        if not fullest:
            return None
        if len(fullest) == 1:
            return fullest[0]
        return max(fullest, key=lambda p: (_last_before(p, pos), len(p.tokens)))

    def by_role(self, words: list[str], pos: int) -> Person | None:
        """The person introduced with this role ("the Russian foreign minister")."""
        want = {w.lower() for w in words if w.lower() not in ("the", "a", "an", "former")}
        head = words[-1].lower() if words else ""
        best: tuple[float, int, Person] | None = None
        for person in self.people.values():
            for role in person.roles:
                rw = set(role.split())
                if head not in rw:
                    continue
                overlap = len(want & rw) / len(want)
                near = max((p for p in person.positions if p <= pos), default=-1)
                if near < 0:
                    continue
                if best is None or (overlap, near) > best[:2]:
                    best = (overlap, near, person)
        return best[2] if best else None

    def nearest_person(self, pos: int, gender: str | None = None) -> Person | None:
        """The person named nearest before ``pos`` outside quotes (optionally of a gender)."""
        best = None
        for start, person in self._occurrences:
            if start >= pos:
                break
            if gender and person.gender and person.gender != gender:
                continue
            best = person
        return best


def _longer(q: Person, p: Person) -> bool:
    """True when ``q`` is a fuller form of ``p``'s name."""
    return len(q.tokens) > len(p.tokens) and _name_fits(list(p.tokens), q.tokens)


def _last_before(person: Person, pos: int) -> int:
    return max((q for q in person.positions if q <= pos), default=-1)


def _gender(titles: list[str]) -> str | None:
    low = {t.lower().strip(".") for t in titles}
    if low & _MALE:
        return "m"
    if low & _FEMALE:
        return "f"
    return None


def _name_fits(key: list[str], tokens: tuple[str, ...]) -> bool:
    """True when every word of ``key`` matches a word of ``tokens`` (fuzzily) and the surnames agree."""
    if len(key) > len(tokens) or not key:
        return False
    if key[-1] != tokens[-1] and fuzz.ratio(key[-1], tokens[-1]) < 85:
        return False
    return all(any(k == t or fuzz.ratio(k, t) >= 80 for t in tokens) for k in key)


def resolve(cast: Cast, mention: Mention | None, previous: Speaker | None) -> Speaker:
    """The speaker a mention names, in this article."""
    if mention is None:
        return Speaker(None)
    words = [w for w in _SPLIT.split(mention.text) if w]
    if not words:
        return Speaker(None)
    low = words[0].lower()
    if len(words) == 1 and low in ("he", "she"):
        return _pronoun(cast, mention, previous, "m" if low == "he" else "f")
    if len(words) == 1 and low in ("they", "it"):
        if previous and previous.kind == "organisation":
            return previous
        return Speaker(None)
    if low in ("a", "an", "one", "another", "some", "two", "three", "many", "several"):
        return Speaker(None)
    if all(w[:1].islower() for w in words) or (low == "the" and _role_phrase(words[1:])):
        return _role(cast, words, mention.start)
    if words[-1][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        while words[-1][:1].islower():
            words = words[:-1]
    if low == "the":
        words = words[1:]
        if words and not _person_like(cast, words, mention.start):
            return Speaker(" ".join(words), "organisation")
    return _named(cast, words, mention.start)


def _role_phrase(words: list[str]) -> bool:
    return bool(words) and words[-1].lower() in ROLE_NOUNS | UNNAMED_SOURCE_NOUNS | HONORIFICS


def _person_like(cast: Cast, words: list[str], pos: int) -> bool:
    titles, name = split_title(words)
    return bool(titles) and not _org_like(name) and cast.by_name(name, pos) is not None


def _pronoun(cast: Cast, mention: Mention, previous: Speaker | None, gender: str) -> Speaker:
    if previous and previous.name and previous.kind == "person":
        return previous
    person = cast.nearest_person(mention.start, gender)
    return _from_person(person) if person else Speaker(None)


def _role(cast: Cast, words: list[str], pos: int) -> Speaker:
    head = words[-1].lower()
    if head in UNNAMED_SOURCE_NOUNS and head not in ROLE_NOUNS:
        return Speaker(None)
    person = cast.by_role(words, pos)
    return _from_person(person) if person else Speaker(None)


def _named(cast: Cast, words: list[str], pos: int) -> Speaker:
    titles, name = split_title(words)
    if _org_like(name):
        return Speaker(" ".join(name), "organisation")
    person = cast.by_name(name, pos)
    if person is not None:
        roles = person.roles + ((" ".join(titles).lower(),) if titles else ())
        return Speaker(person.name, "person", tuple(dict.fromkeys(roles)))
    return Speaker(" ".join(name), "person", (" ".join(titles).lower(),) if titles else ())


def _from_person(person: Person) -> Speaker:
    return Speaker(person.name, person.kind, person.roles)
