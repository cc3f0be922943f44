"""Plain data passed between stages: read -> extract -> resolve -> classify -> store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "partial", "indirect"]
KINDS: tuple[str, ...] = ("direct", "partial", "indirect")
STANCES: tuple[str, ...] = ("support", "oppose", "neutral")  # a quote's stance on a topic


@dataclass(frozen=True)
class Article:
    """One article as read from a file, a JSONL line or stdin, before storage."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None  # path or URL
    external_id: str | None = None  # the id a crawler gave it


@dataclass(frozen=True)
class Quote:
    """One attributed quote; ``article_text[start:end] == text`` always holds."""

    text: str
    start: int
    end: int
    kind: Kind
    speaker: str | None = None  # the article's fullest name for the speaker, or None
    speaker_mention: str | None = None  # the words that named the speaker ("he", "the minister")
    speaker_kind: Literal["person", "organisation"] | None = None
    cue: str | None = None  # the speech verb or phrase ("said", "according to", "—")
    confidence: float = 0.5
    roles: tuple[str, ...] = field(default=())  # titles seen with the speaker ("foreign minister")


@dataclass(frozen=True)
class Mention:
    """The words in the article that name (or point to) a speaker: "he", "Lavrov", "the minister"."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    """A quote span found by a detector, before its speaker mention is resolved to a name."""

    start: int
    end: int
    kind: Kind
    cue: str | None = None
    mention: Mention | None = None
    confidence: float = 0.5
    follows: bool = False  # a follow-on quote with no cue: takes the previous quote's speaker


@dataclass(frozen=True)
class Resolution:
    """How a quote's speaker was matched to a canonical person in the database."""

    person_id: int | None
    method: str  # exact | alias | fuzzy | surname | new | review | user | none
    score: float
