"""Topics: a user-editable taxonomy (TOML), keyword matching with light inflection, and tagging.

A topic is a proposition or policy ("foreign troop withdrawal"); its keywords find quotes that speak
to it, ``against`` phrases name its opposite ("occupation"), and cue phrases say which way a quote
leans (see stance.py). Retagging a whole database runs one FTS5 MATCH per topic as a candidate
filter, then confirms each hit with the same compiled regex used at ingest, so both paths agree.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils
from rapidfuzz import fuzz, process

from quotetrack.errors import InputError, NotFoundError, QueryError
from quotetrack.lexicon import trie_alternation
from quotetrack.store import in_chunks
from quotetrack.tomlfile import load_toml

if TYPE_CHECKING:
    from quotetrack.stance import Stance

ENV_VAR = "QUOTETRACK_TOPICS"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Topic:
    """One taxonomy entry; ``search`` (an ad-hoc full-text query) replaces keywords when set."""

    label: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    support_cues: tuple[str, ...] = ()
    oppose_cues: tuple[str, ...] = ()
    search: str | None = None
    id: int | None = None
    exclude: tuple[str, ...] = ()  # other senses of a keyword ("withdraw cash"): a match inside one is no hit

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase that puts a quote on this topic (keywords and their opposites)."""
        return self.keywords + self.against


@dataclass(frozen=True)
class RetagReport:
    """What ``retag`` wrote: topic tags, rule stances, and user corrections replayed."""

    topics: int
    tags: int
    stances: int
    corrections: int


# --- taxonomy files ------------------------------------------------------------------------------


def default_taxonomy_path() -> Path:
    """The built-in taxonomy shipped inside the package (``quotetrack/data/topics.toml``)."""
    return Path(str(resources.files("quotetrack") / "data" / "topics.toml"))


def taxonomy_path(path: str | os.PathLike | None = None) -> Path:
    """``--topics FILE``, else ``$QUOTETRACK_TOPICS``, else the built-in taxonomy."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else default_taxonomy_path()


def load_taxonomy(path: str | os.PathLike | None = None) -> list[Topic]:
    """Read a taxonomy TOML file (``[[topic]]`` tables); raise InputError naming the problem."""
    file = taxonomy_path(path)
    data = load_toml(file, "topics file")
    entries = data.get("topic")
    if not isinstance(entries, list) or not entries:
        raise InputError(f"Topics file {file} has no [[topic]] entries.")
    return [_topic_from_toml(entry, file, n) for n, entry in enumerate(entries, 1)]


def _topic_from_toml(entry: Any, file: Path, n: int) -> Topic:
    if not isinstance(entry, dict) or not str(entry.get("label", "")).strip():
        raise InputError(f"Topics file {file}: topic #{n} has no label.")
    lists = {}
    for key in ("keywords", "against", "support_cues", "oppose_cues", "exclude"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(
                f"Topics file {file}: topic '{entry['label']}': {key} must be a list of strings."
            )
        lists[key] = tuple(v.strip() for v in value if v.strip())
    search = entry.get("search") or None
    if not lists["keywords"] and not lists["against"] and not search:
        raise InputError(f"Topics file {file}: topic '{entry['label']}' needs keywords or a search.")
    return Topic(
        label=str(entry["label"]).strip(),
        description=str(entry.get("description", "")).strip(),
        search=search,
        keywords=lists["keywords"],
        against=lists["against"],
        support_cues=lists["support_cues"],
        oppose_cues=lists["oppose_cues"],
        exclude=lists["exclude"] + _taxing_senses(lists["keywords"] + lists["against"]),
    )


# A label that names the removal of something ("student debt relief", "tax cuts", "gun ban") makes
# keywords for that something its opposite: cancelling student debt supports student debt relief.
_REMOVAL = re.compile(
    r"^(?P<object>.+?)\s+(?:relief|forgiveness|cancellation|cancelation|cuts?|ban|bans|repeal|abolition|"
    r"withdrawal|removal|reduction|reductions|elimination|phase-?out|rollback)$",
    re.I,
)
# The same written as a verb first: "stopping deforestation", "ending child marriage".
_REMOVING = re.compile(
    r"^(?:stop|end|ban|abolish|scrap|halt|eliminat|prevent|curb|tackl|combat|outlaw|phas)(?:ping|ing|ning)"
    r"(?: out)?\s+(?P<object>.+)$",
    re.I,
)
# A word of removal ("withdrawal", "repeal", "phase-out", "pull out", "departure"): a keyword holding one
# names the removal itself, never its object (here: no opposite; in stance.py: "the withdrawal of X" is no
# vote for X, nor is "the departure of X" with no keyword in it). A "rollout" adds, it removes nothing.
REMOVAL_WORD = re.compile(
    r"\b(?:relief|forgiv\w*|cancel\w*|cuts?|cutting|ban\w*|repeal\w*|abolish\w*|abolition|withdraw\w*|"
    r"remov\w*|reduc\w*|eliminat\w*|eradicat\w*|scrap\w*|phase\w*|roll(?!-?outs?\b)\w*|lower\w*|free|"
    r"pull\w*\s+out|pull-?outs?|drawdowns?|departures?|exits?|evacuations?|expulsions?)\b",
    re.I,
)


# Policies named by opposite words: a keyword naming the one is against a label naming the other
# ("renationalise the railways" opposes railway privatisation).
_OPPOSITES = (("privati", "nationali"), ("deregulat", "regulat"), ("decentrali", "centrali"))


def _opposed(a: str, b: str) -> bool:
    """Whether two words name opposite policies (by their stems in ``_OPPOSITES``, either way round)."""
    return any(x.startswith(p) and y.startswith(q) for p, q in _OPPOSITES for x, y in ((a, b), (b, a)))


# A keyword written as a gerund names an activity; followed by "up" it is a phrasal verb of another sense
# ("speeding up the plans", "heating up", "gearing up").
_GERUND = re.compile(r"[a-z]{3,}ing")


# "Taxing" is also the adjective for hard work ("a taxing week", "mentally taxing"): no tax at all.
_TAXING = tuple(f"{w} taxing" for w in ("very", "most", "quite", "pretty", "so", "too", "really", "extremely",
                                         "physically", "mentally", "emotionally")) + tuple(
    f"taxing {w}" for w in ("week", "day", "month", "season", "year", "time", "schedule", "journey", "trip",
                            "match", "game", "afternoon", "evening", "night", "spell", "run"))


def _taxing_senses(keywords: tuple[str, ...]) -> tuple[str, ...]:
    """``_TAXING`` for a topic with a tax among its keywords (a TOML topic or one built from keywords)."""
    return _TAXING if any(_singular(w.lower()) == "tax" for k in keywords for w in _TOKEN.findall(k)) else ()


def keyword_topic(label: str, keywords: Iterable[str], search: str | None = None) -> Topic:
    """A topic from a label and keyword phrases; keywords naming what the label removes become ``against``."""
    keywords = tuple(k.strip() for k in keywords if k.strip())
    exclude = tuple(k[1:].strip() for k in keywords if k.startswith("-"))
    keywords = tuple(k for k in keywords if not k.startswith("-"))
    exclude += tuple(f"{k} up" for k in keywords if _GERUND.fullmatch(k))
    exclude += _taxing_senses(keywords)
    removal = _REMOVAL.match(label.strip()) or _REMOVING.match(label.strip())
    if not removal:
        label_words = [w.lower() for w in _TOKEN.findall(label)]
        against = tuple(k for k in keywords if any(_opposed(a, w.lower()) for a in label_words
                                                   for w in _TOKEN.findall(k)))
        return Topic(label=label, keywords=tuple(k for k in keywords if k not in against), against=against,
                     search=search, exclude=exclude)
    object_words = {w.lower() for w in _TOKEN.findall(removal.group("object"))}
    against = tuple(
        k for k in keywords
        if not REMOVAL_WORD.search(k) and object_words & {w.lower() for w in _TOKEN.findall(k)}
    )
    return Topic(label=label, keywords=tuple(k for k in keywords if k not in against), against=against,
                 search=search, exclude=exclude)


# --- keyword matching ----------------------------------------------------------------------------


_DETERMINERS = (
    "the",
    "a",
    "an",
    "our",
    "their",
    "its",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "my",
    "your",
)
_DETERMINER = "(?:" + "|".join(_DETERMINERS) + ")"


_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20"}
_VOWELS = "aeiou"


def _spellings(stem: str) -> str:
    """A stem's escaped pattern with British and US spellings (legalise/legalize, labour/labor)."""
    out = re.escape(stem)
    if len(stem) > 4 and re.search(r"[iy][sz]$", stem):  # legalis-e, analys-e
        out = re.escape(stem[:-1]) + "(?:s|z)"
    if len(stem) > 4 and not stem.startswith("o"):
        out = re.sub(r"(?<=[^aeiou\W])ou?r(?=[^aeiouy]|$)", "o(?:u)?r", out, count=1)
    return out


def _word_pattern(word: str, loose: bool = False, double: bool = False) -> str:
    """A regex for one keyword word with light inflection (withdraw -> withdraws/withdrawn/withdrawal);
    ``loose`` adds the forms topic matching needs (ban -> banned, legalise -> legalization, tax -> taxation,
    British or US spelling), which cue and target phrases in stance.py do without. ``double`` (a word in a
    phrase, not alone: "gunned" is not "gun") doubles a final consonant: ban -> banned."""
    w = word.lower()
    if w in _DETERMINERS:  # "recall the ambassador" also finds "recalling our ambassador"
        return _DETERMINER
    if not loose:
        return _strict_word_pattern(w)
    again = "(?:re|re-)?" if _AGAIN.search(w) else ""  # nationalise -> renationalising, re-privatised
    agents = [] if double else _agents(w)
    return again + _with_derived(_loose_word_pattern(w, double), _derived_forms(_singular(w)) + agents)


# -ing words whose agent names something else: a fighter is a combatant or a jet, a builder a trade.
_OTHER_AGENTS = frozenset({"fighting", "building", "housing", "spending", "counting"})
# A doubled consonant before -ing makes an -er word of another sense as often as an agent: betting ->
# better, banning -> banner, winning -> winner.
_DOUBLED_ING = re.compile(r"([b-df-hj-np-tv-z])\1ing$")


def _agents(w: str) -> list[str]:
    """The people who do what a one-word -ing keyword names: trawling -> trawlers, fracking -> frackers.
    Not in a phrase ("stop fighting"), nor after a doubled consonant (banning -> banner)."""
    if len(w) >= 7 and w.endswith("ing") and not _DOUBLED_ING.search(w) and w not in _OTHER_AGENTS:
        return [w[:-3] + "(?:er|ers)"]
    return []


# A verb made with -ise/-ize (or its -isation noun) is also done again: "re-" names the same measure.
_AGAIN = re.compile(r"^(?!re)\w{3,}i[sz](?:e|es|ed|ing|ation|ations)$")


def _singular(w: str) -> str:
    """A keyword word without its plural ending (policies -> policy, taxes -> tax, farmers -> farmer)."""
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz" or w.endswith(("ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_ISE = "(?:is|iz)(?:e|es|ed|ing|ation|ations)"
# Word families news English names a keyword's topic by: (ending of the keyword, shortest keyword length,
# letters to cut, endings on what is left). "regulation" -> regulating/regulators/over-regulated,
# "retirement" -> retirees, "surveillance" -> surveilling, "terrorism" -> terrorist. Left out, as other
# senses on dev: the bare verb or -ing of a -ment noun ("engaging"), the agent of an -ing ("fighting" ->
# fighters) and the -ing of an -er ("counter" -> counting).
_FAMILIES: tuple[tuple[str, int, int, str], ...] = (
    ("tion", 9, 3, "ed|ing|ional|ionally|or|ors|ory|er|ers"),
    ("ment", 10, 4, "er|ers|ee|ees"),
    ("ance", 9, 4, "ing|ed"),
    ("ence", 9, 4, "ing|ed"),
    ("ism", 6, 2, "st|sts"),
    ("ist", 6, 2, "sm|sms"),
)


def _derived_forms(w: str) -> list[str]:
    """Patterns of the words derived from a (singular) keyword word that still name its topic; the
    inflections ``_loose_word_pattern`` gives are not repeated. Short words get none: too ambiguous."""
    forms = []
    for ending, shortest, cut, endings in _FAMILIES:
        if len(w) >= shortest and w.endswith(ending):
            root = w[:-cut]
            if ending == "ment" and root.endswith("e"):  # retire-ment -> retir-ees, settl-ers
                root = root[:-1]
            forms.append(f"{root}(?:{endings})")
            break
    if len(w) >= 10 and w.endswith("ation") or w.endswith("xation"):
        forms.append(w[:-5] + "(?:e|es|ed|ing)")  # vaccination -> vaccines, taxation -> taxed
    if w.endswith("gration"):
        forms.append(w[:-5] + "ants?")  # migration -> migrants (not occupation -> occupants)
    if len(w) >= 9 and w.endswith(("ction", "ption", "stion", "ntion")):
        forms.append(w[:-3])  # corruption -> corrupt, extinction -> extinct
    if len(w) > 4 and w.endswith("y") and w[-2] not in _VOWELS:
        forms.append(w[:-1] + f"(?:{_ISE}|ic|ics|ical|ically)")  # subsidy -> subsidising, strategic
        if len(w) >= 7 and w.endswith("cy"):
            forms.append(w[:-2] + "tic(?:ally)?")  # democracy -> democratic
    elif not forms and len(w) >= 5 and w[-1] not in _VOWELS + "y":
        forms.append(w + f"(?:{_ISE}|ic|ics)")  # union -> unionised, robot -> robotic
    if len(w) >= 7 and w.endswith("ure"):
        forms.append(w[:-1] + "al(?:ly)?")  # agriculture -> agricultural
    return forms


def _with_derived(pattern: str, forms: list[str]) -> str:
    """A word pattern that also matches derived forms, written as their common start and one group (the
    prefilter and the full-text query take a word's stems from its start: "co(?:u)?rrupt", not "co")."""
    if not forms:
        return pattern
    alternatives = [pattern, *(_spellings_in(f) for f in forms)]
    cut = size = 0
    while all(len(a) > size for a in alternatives) and len({a[size] for a in alternatives}) == 1:
        size += 1
        head = pattern[:size]
        if head.count("(") == head.count(")") and not head.endswith("\\") and all(
            a[size:size + 1] not in ("?", "*", "+", "{") for a in alternatives
        ):
            cut = size
    if cut == 0:
        return pattern
    rests = [_ungrouped(a[cut:]) for a in alternatives]
    optional = any(empty for _, empty in rests)
    body = "|".join(dict.fromkeys(rest for rest, _ in rests if rest))
    return pattern[:cut] + "(?:" + body + ")" + ("?" if optional else "")


def _ungrouped(rest: str) -> tuple[str, bool]:
    """``(?:a|b)?`` as ("a|b", True): one flat group of endings is faster to try than nested ones."""
    optional = rest.endswith(")?")
    group = rest[:-1] if optional else rest
    if not group.startswith("(?:") or not group.endswith(")"):
        return rest, not rest
    depth = 0
    for n, char in enumerate(group):
        depth += (char == "(") - (char == ")")
        if depth == 0 and n < len(group) - 1:  # the first group closes before the end: not one group
            return rest, False
    return group[3:-1], optional


def _spellings_in(form: str) -> str:
    """A derived form (letters, then a group of endings) with its letters spelt as ``_spellings`` does."""
    letters = re.match(r"[^\W\d_]*", form).group(0)  # type: ignore[union-attr]
    return _spellings(letters) + form[len(letters):]


def _loose_word_pattern(w: str, double: bool) -> str:
    if len(w) > 3 and w.endswith("ies"):
        return _spellings(w[:-3]) + r"(?:y|ies|ied)"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz" or w.endswith(("ches", "shes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 7 and w.endswith(("isation", "ization")):  # legalisation -> legalise, legalizing
        return _spellings(w[:-5]) + r"(?:ations?|e|es|ed|ing)"
    if len(w) > 3 and w.endswith("y") and w[-2] not in _VOWELS:
        return _spellings(w[:-1]) + r"(?:y|ies|ied|ying)"
    if len(w) > 3 and w.endswith("e"):
        extra = "|ations?" if w[-3:-1] in ("is", "iz", "ys", "yz") else ""
        return _spellings(w[:-1]) + rf"(?:e|es|ed|ing|en|ion|ions{extra})?"
    tail = "|n" if w.endswith("w") else ""
    if w.endswith("x"):  # tax -> taxation, annex -> annexation
        tail += "|ations?"
    if double and len(w) >= 3 and w[-1] in "bdglmnprt" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        tail += f"|{w[-1]}(?:ed|ing|er|ers)"  # ban -> banned, banning; control -> controlled
    return _spellings(w) + rf"(?:s|es|ed|ing|al|als{tail})?"


def _strict_word_pattern(w: str) -> str:
    if len(w) > 3 and w.endswith("ies"):
        return re.escape(w[:-3]) + r"(?:y|ies|ied)"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz" or w.endswith(("ches", "shes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y") and w[-2] not in _VOWELS:
        return re.escape(w[:-1]) + r"(?:y|ies|ied|ying)"
    if len(w) > 3 and w.endswith("e"):
        return re.escape(w[:-1]) + r"(?:e|es|ed|ing|en|ion|ions)?"
    tail = "|n" if w.endswith("w") else ""
    return re.escape(w) + rf"(?:s|es|ed|ing|al|als{tail})?"


_POSSESSIVE = r"(?:['\u2019]s?)?"
_LINKS = r"\s+(?:on|of|for|in|against)\s+(?:" + _DETERMINER + r"\s+)?"
# Between a verb and its object: a determiner, an owner, or both ("freezing the oligarchs' assets").
_OWNER = r"(?:" + _DETERMINER + r"\s+)?(?:[^\W\d_]+['\u2019]s?\s+)?"


def _words_body(words: list[str], gap: str) -> str:
    """The words' loose patterns in order; a number word also matches its digits (four-day -> 4-day)."""
    parts = []
    for n, word in enumerate(words):
        number = _NUMBERS.get(word.lower()) if len(words) > 1 else None
        pattern = f"(?:{word.lower()}|{number})" if number else _word_pattern(word, True, len(words) > 1)
        parts.append(pattern + (_POSSESSIVE if n < len(words) - 1 and pattern != _DETERMINER else ""))
    return gap.join(parts)


# Between the words of a phrase in topic matching: blanks or a hyphen, and at most one other word that is
# not a function word ("plastic carrier bags" for "plastic bags", "rent freeze" -> "rent price freeze").
_FUNCTION_WORDS = r"(?:and|or|but|nor|not|no|of|the|a|an|to|in|on|for|by|with|is|are|was|were)\b"
_GAP = rf"[\s\-]+(?:(?!{_FUNCTION_WORDS})[a-z]+\s+)?"


def is_exact(phrase: str) -> bool:
    """A keyword written in double quotes matches as written, as in a search engine: '"talks"' is the
    negotiations, never "talk", "talking" or "talked" (speech, in most copy)."""
    return len(phrase) > 2 and phrase[0] == phrase[-1] == '"'


def _phrase_body(phrase: str, loose: bool = False) -> str:
    words = _TOKEN.findall(phrase)
    if is_exact(phrase):
        return r"[\s\-]+".join(re.escape(w.lower()) for w in words)
    if phrase.isupper() and len(phrase) <= 4:  # acronyms ("US", "EU", "NATO") match case-sensitively
        return "(?-i:" + r"[\s\-.]*".join(re.escape(w) for w in words) + ")"
    join = r"[\s\-]+"
    body = _words_body(words, _GAP) if loose else join.join(_word_pattern(w) for w in words)
    if phrase[:1].isupper() and words and body.startswith(re.escape(words[0][0].lower())):
        # a proper noun keeps its capital: "Roe" is not "roe deer", "Dreamers" not "dreamers"
        return f"(?-i:{words[0][0]})" + body[len(re.escape(words[0][0].lower())) :]
    return body


def _reversed_body(phrase: str) -> str | None:
    """A noun compound written head first: "rent control" -> "controls on rent", "banning fireworks"."""
    words = _TOKEN.findall(phrase)
    if len(words) < 2 or is_exact(phrase) or phrase[:1].isupper():
        return None
    if any(w.lower() in _DETERMINERS for w in words):
        return None
    if words[-1].lower() in _NUMBERS or "-" in phrase:  # "four-day week": not "week of four days"
        return None
    head, rest = _word_pattern(words[-1], True, True), _words_body(words[:-1], r"[\s\-]+")
    return head + rf"(?:{_LINKS}|\s+{_OWNER})" + rest


# A measure named "X ban" (cap, tax) is also written as its verb in the passive with X as the subject:
# "fireworks should be banned", "rents were capped", "sugar will be taxed". Not a levy (what is levied is
# the charge, not the sugar) nor a limit ("time is limited" is no time limit).
_PARTICIPLES = {"ban": "banned", "cap": "capped", "tax": "taxed"}
# "X-free" is a ban's result only as a place or setting ("phone-free schools"); "alcohol-free beer" and
# "meat-free Mondays" are products and habits. Not "days" either: "alcohol-free days" are a habit.
_FREE_PLACE = (r"-free(?=\s+(?:zones?|schools?|classrooms?|campus(?:es)?|towns?|cit(?:y|ies)|areas?|streets?|"
               r"parks?|centres?|centers?|neighbou?rhoods?|spaces?|beaches?)(?!\w))")
_PASSIVE = (r"\s+(?:(?:should|must|will|would|could|can|may|might|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to)"
            r"\s+(?:not\s+|never\s+)?)?(?:(?:has|have|had)\s+)?(?:be|been|being|is|are|was|were|get|gets|got)"
            r"\s+(?:[a-z]+ly\s+)?")


def _measure(phrase: str) -> tuple[list[str], str] | None:
    """A compound ending in a measure word: (the words before it, the measure word), else None."""
    words = _TOKEN.findall(phrase)
    if len(words) < 2 or is_exact(phrase) or phrase[:1].isupper():
        return None
    head = _singular(words[-1].lower())
    if head not in _PARTICIPLES or any(w.lower() in _DETERMINERS for w in words):
        return None
    return words[:-1], head


def _measure_bodies(phrase: str) -> list[str]:
    """The other ways a measure compound is written: its verb's passive ("firework ban" -> "fireworks
    should be banned") and, for a ban, the place without the thing ("phone-free schools")."""
    found = _measure(phrase)
    if found is None:
        return []
    rest, head = found
    bodies = [_words_body(rest, _GAP) + _PASSIVE + _PARTICIPLES[head]]
    if head == "ban":  # hyphen only: "travel free" is a fare, "travel-free" a ban's result at most
        bodies.append(_words_body(rest, _GAP) + _FREE_PLACE)
    return bodies


def _prefilter_variants(phrase: str) -> tuple[str, ...]:
    """The phrases whose stems the prefilter needs: the head variants, and "X free" for an "X ban"."""
    found = _measure(phrase)
    free = (" ".join([*found[0], "free"]),) if found and found[1] == "ban" else ()
    return (*_head_variants(phrase), *free)


# Heads news English swaps in a compound without changing what it names: a "sugar tax" is also called a
# "sugar levy", an "import duty" an "import tax".
# A "duty" alone is no tax ("a corporate duty of care"), so a tax or levy is not called one.
_HEAD_SYNONYMS = {"tax": ("levy",), "levy": ("tax",), "duty": ("tax", "levy")}


def _head_variants(phrase: str) -> tuple[str, ...]:
    """The phrase, and for a compound of two or more words ending in a levy word, the same with the others."""
    words = phrase.split()
    if len(words) < 2 or is_exact(phrase) or phrase[:1].isupper():
        return (phrase,)
    head = _singular(words[-1].lower())
    return (phrase, *(" ".join([*words[:-1], other]) for other in _HEAD_SYNONYMS.get(head, ())))


def compile_phrases(phrases: tuple[str, ...], loose: bool = False) -> re.Pattern | None:
    """One compiled alternation over phrases, longest first (so "foreign troops" beats "troops"); cached.

    The cache is keyed by both arguments however they are passed: ``compile_phrases(p)`` and
    ``compile_phrases(p, False)`` share one entry, so a pattern compiled before ingest forks its workers
    is not compiled again in each of them.
    """
    return _compile_phrases(phrases, loose)


@functools.lru_cache(maxsize=4096)
def _compile_phrases(phrases: tuple[str, ...], loose: bool) -> re.Pattern | None:
    """The pattern ``compile_phrases`` caches.

    ``loose`` (topic assignment) also finds the other ways news English writes a keyword phrase: more
    inflections and spellings, digits for number words, a possessive, and a compound written head
    first ("controls on rent", "banning fireworks").

    The word-boundary checks sit outside the alternation so most positions fail after one test. The
    branches are grouped by first character (see ``_by_first_character``) when all begin with an ASCII
    letter or digit: the same matches, found about twice as fast.
    """
    ordered = sorted(dict.fromkeys(p for p in phrases if _TOKEN.search(p)), key=len, reverse=True)
    if loose:
        ordered = sorted(dict.fromkeys(v for p in ordered for v in _head_variants(p)), key=len, reverse=True)
    if not ordered:
        return None
    bodies = [_phrase_body(p, loose) for p in ordered]
    if loose:
        bodies += [b for p in ordered if (b := _reversed_body(p))]
        bodies += [b for p in ordered for b in _measure_bodies(p)]
    return re.compile(_by_first_character(bodies) or r"(?<!\w)(?:" + "|".join(bodies) + r")(?!\w)",
                      re.IGNORECASE)


# What an ASCII letter matches under re.IGNORECASE besides its two cases (a test checks every character).
_FOLDS = {"i": "Ii\u0130\u0131", "k": "Kk\u212a", "s": "Ss\u017f"}


def case_folds(letter: str) -> str:
    """Every character a lower-case ASCII letter or digit matches under re.IGNORECASE (for a character class
    that keeps the engine's fast first-character checks, which an IGNORECASE literal loses)."""
    return _FOLDS.get(letter, letter + letter.upper() if letter.isalpha() else letter)


def _heads(body: str) -> list[tuple[str, str]] | None:
    """A phrase pattern split after its first character: (that character, the pattern of the rest), one
    pair per first character it can start with, in the order it tries them; None if one is not ASCII.

    The character is upper-case where the pattern wants exactly that case (a proper noun, an acronym)."""
    if body.startswith(_DETERMINER):  # "the", "a", "an", ... then the rest of the phrase
        rest = body[len(_DETERMINER) :]
        firsts = dict.fromkeys(d[0] for d in _DETERMINERS)
        return [(c, "(?:" + "|".join(d[1:] for d in _DETERMINERS if d[0] == c) + ")" + rest) for c in firsts]
    if body.startswith("(?-i:"):  # "(?-i:R)oe", "(?-i:U[\s\-.]*S)": the rest keeps the scoped group
        first, rest = body[5], "(?-i:" + body[6:]
    else:
        first, rest = body[0], body[1:]
    return [(first, rest)] if first.isascii() and first.isalnum() else None


def _by_first_character(bodies: list[str]) -> str | None:
    r"""The alternation of ``bodies`` as one character class, then one group per first character.

    A class of characters the pattern can start with lets the regex engine skip every other position
    at C speed (an IGNORECASE literal would not); after it, ``(?<!\w[\s\S])`` is the word boundary
    before that character and each group looks back at it to try only the branches starting with it,
    in their order, so every position finds the match the plain alternation finds.
    """
    groups: dict[str, list[str]] = {}
    for body in bodies:
        heads = _heads(body)
        if heads is None:
            return None
        for first, rest in heads:
            exact = "" if first.islower() or first.isdigit() else f"(?<=(?-i:{first}))"
            groups.setdefault(first.lower(), []).append(exact + rest)
    starts = "".join(case_folds(c) for c in groups)
    branches = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    return rf"(?-i:[{starts}])(?<!\w[\s\S])(?:{branches})(?!\w)"


@dataclass(frozen=True)
class _Prefilter:
    """The word stems of a taxonomy's phrases: one regex finds, at each word start, the longest stem there.

    A phrase set is a candidate when every stem of one of its phrases begins some word of the text: a
    phrase matches only where each of its words does, at a word start (words are joined by blanks or
    hyphens), and each word's pattern begins with its stem. One-letter stems after the first word are not
    required (a one-letter stem counts only as a whole word, and "b" in "plan b" also matches "bs")."""

    pattern: re.Pattern | None
    held: dict[str, frozenset[str]]  # longest stem found at a word start -> the stems that word begins with
    phrases: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]  # first stem -> (set, its other stems)

    def candidates(self, text: str) -> list[int]:
        """Indexes of the phrase sets one of whose phrases has every stem at a word start of ``text``."""
        if self.pattern is None:
            return []
        found: set[str] = set()
        for key in set(self.pattern.findall(text.lower())):
            found |= self.held[key]
        hits: set[int] = set()
        for key in found:
            for n, rest in self.phrases.get(key, ()):
                if n not in hits and all(r in found for r in rest):
                    hits.add(n)
        return sorted(hits)


@functools.lru_cache(maxsize=64)
def _prefilter(phrase_sets: tuple[tuple[str, ...], ...]) -> _Prefilter:
    """The stems of the words of each phrase set, compiled once (see ``_Prefilter``).

    A word holds a stem when the stem is a prefix of at least 2 letters, or the whole word for a
    one-letter stem; every stem a word holds is a prefix of the longest one, so that one names them all.
    """
    phrases: dict[str, set[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase_set in enumerate(phrase_sets):
        for phrase in (v for p in phrase_set for v in _prefilter_variants(p)):
            for stems in itertools.product(*_stems(phrase)):  # one entry per choice of spellings
                if stems and _TOKEN.fullmatch(stems[0]):  # a stem with a non-letter can never start a word
                    rest = tuple(s for s in stems[1:] if len(s) > 1 and _TOKEN.fullmatch(s))
                    phrases.setdefault(stems[0], set()).add((n, rest))
    keys = {key for key in phrases} | {s for found in phrases.values() for _, rest in found for s in rest}
    if not keys:
        return _Prefilter(None, {}, {})
    held = {
        key: frozenset(key[:size] for size in range(2, len(key) + 1) if key[:size] in keys)
        if len(key) > 1 else frozenset((key,))
        for key in keys
    }
    long_keys = tuple(k for k in keys if len(k) > 1)
    branches = [trie_alternation(long_keys)] if long_keys else []  # greedy: the longest stem
    branches += [re.escape(k) + r"(?![^\W_])" for k in sorted(keys) if len(k) == 1]
    return _Prefilter(re.compile(r"(?<![^\W_])(?:" + "|".join(branches) + ")"), held,
                      {key: tuple(sorted(found)) for key, found in phrases.items()})


def _stems(phrase: str) -> list[tuple[str, ...]]:
    """The lower-case stems of a phrase's words, determiners left out; an acronym's first word only (its
    letters may be written together: "US"). A word spelt two ways inside ("labo(?:u)?r") has a stem for
    each: a word then needs one of them, and the stems stay as long as the words' common prefix."""
    words = _content_words(phrase)
    if phrase.isupper() and len(phrase) <= 4:
        words = words[:1]
    return [_word_stems(_word_pattern(w, loose=True)) for w in words]


_LITERAL = re.compile(r"(?:\\.|[^\\()\[\].*+?{}|^$])+")
_SPELLING_GROUP = re.compile(r"\(\?:((?:\\.|[^\\()\[\].*+?{}|^$]|\|)*)\)(\?)?(?=[^\W\d_]|\\.)")


def _word_stems(pattern: str) -> tuple[str, ...]:
    """The literal prefixes a word pattern's matches begin with: its text up to the first group, branching
    at a group of literal alternatives that more letters follow (a spelling inside the word)."""
    stems, at = [""], 0
    while at < len(pattern):
        literal = _LITERAL.match(pattern, at)
        if literal:
            text = re.sub(r"\\(.)", r"\1", literal.group(0)).lower()
            stems, at = [s + text for s in stems], literal.end()
            continue
        group = _SPELLING_GROUP.match(pattern, at)
        if not group or len(stems) > 8:
            break
        choices = [re.sub(r"\\(.)", r"\1", c).lower() for c in group.group(1).split("|")]
        stems = [s + c for s in stems for c in choices + ([""] if group.group(2) else [])]
        at = group.end()
    return tuple(dict.fromkeys(stems))


def candidates(topics: list[Topic], text: str) -> list[Topic]:
    """The keyword topics that could match ``text`` (a cheap superset found from its words' prefixes)."""
    index = _prefilter(tuple(t.phrases for t in topics))
    return [topics[n] for n in index.candidates(text)]


def match(topic: Topic, text: str) -> str | None:
    """The first topic phrase found in ``text`` (as it appears there), or None."""
    if topic.search and not topic.phrases:
        return topic.search if _search_match(topic.search, text) else None
    found = first_match(compile_phrases(topic.phrases, loose=True), text, topic.exclude)
    return found.group(0) if found else None


def first_match(pattern: re.Pattern | None, text: str, exclude: tuple[str, ...] = ()) -> re.Match | None:
    """The first match ``matches`` would give, without finding the later ones."""
    if pattern is None:
        return None
    found = pattern.search(text)
    if found is None or not exclude:  # most texts: one search, no list of matches, no excluded senses
        return found
    return next(iter(matches(pattern, text, exclude)), None)


def matches(pattern: re.Pattern, text: str, exclude: tuple[str, ...] = ()) -> list[re.Match]:
    """Matches of a compiled phrase pattern, less those inside an excluded phrase (another word sense)."""
    found = list(pattern.finditer(text))
    if not found or not exclude:
        return found
    senses = compile_phrases(tuple(exclude))
    spans = [(m.start(), m.end()) for m in senses.finditer(text)] if senses else []
    return [m for m in found if not any(s <= m.start() and m.end() <= e for s, e in spans)]


# --- full-text queries ---------------------------------------------------------------------------


def _search_terms(search: str) -> list[str]:
    """User search text as lower-case terms; a trailing * keeps prefix matching."""
    return [m.group(0).lower() for m in re.finditer(r"[^\W_]+\*?", search)]


def _search_groups(search: str) -> list[list[str]]:
    """Alternatives separated by an upper-case OR, each a list of required terms."""
    return [terms for part in re.split(r"\s+OR\s+", search) if (terms := _search_terms(part))]


def search_query(search: str) -> str:
    """Turn free user text into a safe FTS5 query: terms quoted and all required; "A OR B" alternatives."""
    groups = _search_groups(search)
    if not groups:
        raise QueryError(f"Search '{search}' has no words to look for.")
    quoted = [" ".join(f'"{t.rstrip("*")}"' + ("*" if t.endswith("*") else "") for t in g) for g in groups]
    return quoted[0] if len(quoted) == 1 else " OR ".join(f"({q})" for q in quoted)


def _search_match(search: str, text: str) -> bool:
    """The same test as ``search_query`` in Python (for quotes not yet in the index)."""
    words = set(_TOKEN.findall(text.lower()))

    def has(term: str) -> bool:
        if term.endswith("*"):
            return any(w.startswith(term[:-1]) for w in words)
        return term in words

    return any(all(has(t) for t in group) for group in _search_groups(search))


def _content_words(phrase: str) -> list[str]:
    """A phrase's words less determiners and, when others remain, number words (written as digits too)."""
    words = [w for w in _TOKEN.findall(phrase) if w.lower() not in _DETERMINERS]
    return [w for w in words if w.lower() not in _NUMBERS] if len(words) > 1 else words


def _fts_term(word: str) -> str:
    """A word as FTS5 prefix terms: one per stem of its spellings ("labour"* OR "labor"*)."""
    terms = [f'"{stem}"*' for stem in _word_stems(_word_pattern(word, loose=True))]
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def fts_query(topic: Topic) -> str:
    """An FTS5 query that finds every quote the topic's regex could match (a superset)."""
    if topic.search and not topic.phrases:
        return search_query(topic.search)
    parts = []
    for phrase in sorted(set(topic.phrases)):
        words = _content_words(phrase)
        if words:  # every word as a prefix, in any order: a superset the regex then confirms
            parts.append("(" + " AND ".join(_fts_term(w) for w in words) + ")")
    return " OR ".join(parts)


# --- the topics table ----------------------------------------------------------------------------


def _row_to_topic(row: dict[str, Any]) -> Topic:
    def items(key: str) -> tuple[str, ...]:
        return tuple(json.loads(row.get(key) or "[]"))

    keywords = items("keywords")
    return Topic(
        label=row["label"],
        description=row.get("description") or "",
        keywords=tuple(k for k in keywords if not k.startswith("-")),
        exclude=tuple(k[1:] for k in keywords if k.startswith("-")),
        against=items("against"),
        support_cues=items("support_cues"),
        oppose_cues=items("oppose_cues"),
        search=row.get("search"),
        id=row["id"],
    )


def _topic_record(topic: Topic) -> dict[str, Any]:
    return {
        "label": topic.label,
        "description": topic.description,
        "keywords": json.dumps([*topic.keywords, *(f"-{e}" for e in topic.exclude)]),
        "against": json.dumps(list(topic.against)),
        "support_cues": json.dumps(list(topic.support_cues)),
        "oppose_cues": json.dumps(list(topic.oppose_cues)),
        "search": topic.search,
    }


def get_topics(db: sqlite_utils.Database) -> list[Topic]:
    """Every stored topic; loads the configured taxonomy first when there are none yet."""
    stored = stored_topics(db)
    if not stored:
        save_topics(db, load_taxonomy())
        stored = stored_topics(db)
    return stored


def stored_topics(db: sqlite_utils.Database) -> list[Topic]:
    """The topics in the database, possibly none (``get_topics`` loads the taxonomy then)."""
    return [_row_to_topic(r) for r in db.query("select * from topics order by id")]


def save_topics(db: sqlite_utils.Database, topics: Iterable[Topic]) -> int:
    """Insert or update topics by label (ids stay stable, so tags and corrections keep pointing)."""
    count = 0
    for topic in topics:
        record = _topic_record(topic)
        cols = list(record)
        db.execute(
            f"insert into topics ({', '.join(cols)}) values ({', '.join('?' for _ in cols)}) "
            f"on conflict(label) do update set {', '.join(f'{c} = excluded.{c}' for c in cols[1:])}",
            [record[c] for c in cols],
        )
        count += 1
    return count


def add_topic(
    db: sqlite_utils.Database, label: str, *, search: str | None = None, keywords: Iterable[str] = ()
) -> Topic:
    """Create (or redefine) an ad-hoc topic from a full-text search or keyword phrases, then tag quotes."""
    keywords = tuple(k.strip() for k in keywords if k.strip())
    label = label.strip()
    if not label:
        raise QueryError("A topic needs a label.")
    if not keywords and not (search and search.strip()):
        raise QueryError(f"Topic '{label}' needs --search TEXT or at least one --keyword.")
    if search:
        search_query(search)  # validate early
    get_topics(db)
    save_topics(db, [keyword_topic(label, keywords, search or None)])
    topic = _row_to_topic(db.execute_returning_dicts("select * from topics where label = ?", [label])[0])
    with _transaction(db):
        _tag_topic(db, topic, replace=True)
    return topic


def quote_count(db: sqlite_utils.Database, topic_id: int | None) -> int:
    """How many quotes carry the topic."""
    return db.execute("select count(*) from quote_topics where topic_id = ?", [topic_id]).fetchone()[0]


def delete_topic(db: sqlite_utils.Database, label: str) -> str:
    """Remove a topic and its tags and rule stances (user corrections are kept for a re-add); its label."""
    topic = find_topic(db, label)
    with _transaction(db):
        db.execute("delete from stances where topic_id = ?", [topic["id"]])
        db.execute("delete from quote_topics where topic_id = ?", [topic["id"]])
        db.execute("delete from topics where id = ?", [topic["id"]])
    return topic["label"]


def list_topics(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Rows for ``quotetrack topics``: label, quotes, support/oppose/neutral counts, keywords."""
    get_topics(db)
    sql = """
        select t.id, t.label,
          (select count(*) from quote_topics qt where qt.topic_id = t.id) as quotes,
          (select count(*) from stances s where s.topic_id = t.id and s.label = 'support') as support,
          (select count(*) from stances s where s.topic_id = t.id and s.label = 'oppose') as oppose,
          (select count(*) from stances s where s.topic_id = t.id and s.label = 'neutral') as neutral,
          t.keywords, t.search, t.description
        from topics t order by quotes desc, t.label
    """
    rows = []
    for row in db.query(sql):
        keywords = json.loads(row.pop("keywords"))
        keywords = [k for k in keywords if not k.startswith("-")]
        row["defined_by"] = f"search: {row['search']}" if row["search"] else ", ".join(keywords[:6])
        row.pop("search")
        rows.append(row)
    return rows


_SUGGEST_RATIO = 75  # "Did you mean" needs this edit similarity to a label, keyword or word of them


def find_topic(db: sqlite_utils.Database, text: str) -> dict[str, Any]:
    """The topic a user means by ``text``: exact label, a label or keyword it matches, or a close label.

    Returns the topic row as a dict (id, label, description, keywords, against, support_cues,
    oppose_cues, exclude, search; list fields decoded). Raises NotFoundError with the nearest labels.
    """
    topics = get_topics(db)
    wanted = " ".join(text.lower().split())
    found = _find(topics, wanted)
    if found is None:
        near = _nearest_labels(topics, wanted)
        hint = "" if near else " `quotetrack topics` lists them; `quotetrack topics add` defines one."
        raise NotFoundError(f"No topic '{text}'.{hint}", near)
    return topic_row(found)


def _nearest_labels(topics: list[Topic], wanted: str, limit: int = 3) -> list[str]:
    """Labels a misspelt topic may mean, by edit similarity to a label, a keyword or one of their words
    ("sanctoinz" -> sanctions, "gunz" -> gun control); a partial match anywhere would offer
    "foreign troop withdrawal" for "wall"."""
    best: dict[str, float] = {}
    for topic in topics:
        phrases = {p.lower() for p in (topic.label, *topic.keywords)}
        words = {w for p in phrases for w in p.split() if len(w) > 2}
        score = max(fuzz.ratio(wanted, x) for x in phrases | words)
        if score >= _SUGGEST_RATIO:
            best[topic.label] = score
    return sorted(best, key=lambda label: (-best[label], label))[:limit]


def _find(topics: list[Topic], wanted: str) -> Topic | None:
    by_label = {t.label.lower(): t for t in topics}
    if wanted in by_label:
        return by_label[wanted]
    # Only the topics whose keyword prefixes occur are compiled and tried (a cold process pays per topic).
    hits = [(t, phrase) for t in candidates(topics, wanted) if not t.search
            and (phrase := _typed_match(t, wanted))]
    if hits:  # the topic whose matching phrase covers most of the text
        return max(hits, key=lambda hit: (len(hit[1]), -len(hit[0].label)))[0]
    padded = f" {wanted} "  # whole words only: "wal" is no part of "withdrawal"
    contained = [t for t in topics if padded in f" {t.label.lower()} " or f" {t.label.lower()} " in padded]
    if contained:
        return min(contained, key=lambda t: len(t.label))
    # A misspelt label ("sanctoins"); plain edit similarity, as a partial match takes "raw" for
    # "foreign troop withdrawal".
    best = process.extractOne(wanted, list(by_label), scorer=fuzz.ratio, score_cutoff=85)
    return by_label[best[0]] if best else None


def _typed_match(topic: Topic, wanted: str) -> str | None:
    """The topic's phrase in a user's lower-cased text; a proper-noun keyword ("Russia", matched by its
    case in quotes) also in the text's title case, as "russia" means it."""
    return match(topic, wanted) or match(topic, wanted.title())


def topic_row(topic: Topic) -> dict[str, Any]:
    """A topic as a plain dict row (the shape ``find_topic`` returns)."""
    return {
        "id": topic.id,
        "label": topic.label,
        "description": topic.description,
        "keywords": list(topic.keywords),
        "against": list(topic.against),
        "support_cues": list(topic.support_cues),
        "oppose_cues": list(topic.oppose_cues),
        "exclude": list(topic.exclude),
        "search": topic.search,
    }




# --- tagging -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteTag:
    """A keyword topic a quote speaks to: the phrase that matched and the rule stance."""

    topic_id: int | None
    matched: str
    stance: Stance


class Tagger:
    """A taxonomy ready to tag many quotes: the prefilter is built once and each topic's pattern looked up
    once, not per quote; patterns compile when a quote first reaches their topic."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        from quotetrack import stance  # imported here, once: stance imports this module

        self.topics = list(topics)
        self._prefilter = _prefilter(tuple(t.phrases for t in self.topics))
        self._patterns: dict[int, re.Pattern | None] = {}
        self._classify = stance.classify

    def prepare(self) -> Tagger:
        """Compile every pattern tagging may use now: done before forking workers, they share the work."""
        from quotetrack import stance

        for n, topic in enumerate(self.topics):
            self._patterns[n] = compile_phrases(topic.phrases, loose=True)
            stance.prepare(topic)
        return self

    def tags(self, text: str, cue: str | None = None, kind: str | None = None) -> tuple[QuoteTag, ...]:
        """What ``keyword_tags`` returns for this taxonomy."""
        found = []
        for n in self._prefilter.candidates(text):  # a candidate has phrases, so it is matched by them
            topic = self.topics[n]
            if n not in self._patterns:
                self._patterns[n] = compile_phrases(topic.phrases, loose=True)
            hit = first_match(self._patterns[n], text, topic.exclude)
            if hit is not None:
                found.append(QuoteTag(topic.id, hit.group(0),
                                      self._classify(text, topic, cue=cue, kind=kind)))
        return tuple(found)


def keyword_tags(topics: list[Topic], text: str, cue: str | None = None,
                 kind: str | None = None) -> tuple[QuoteTag, ...]:
    """The keyword topics ``text`` matches, with rule stances: pure, so ingest runs it in its workers.

    Search-only topics are left out: they need the full-text index (``store_tags`` adds them).
    Tagging many quotes, build one ``Tagger`` instead.
    """
    return Tagger(topics).tags(text, cue, kind)


def tag_quotes(db: sqlite_utils.Database, quote_ids: list[int]) -> int:
    """Assign topics (and stances) to the given stored quotes; return how many tags were written.

    Runs inside the caller's transaction; replays user corrections afterwards so a re-ingested
    article keeps its corrected stances.
    """
    if not quote_ids:
        return 0
    topics = get_topics(db)
    tagger = Tagger(topics)
    tagged = {}
    for chunk in in_chunks(quote_ids):
        for quote in _quotes_by_id(db, chunk):
            tagged[quote["id"]] = tagger.tags(quote["text"], quote["cue"], quote["kind"])
    return store_tags(db, tagged, topics)


def store_tags(db: sqlite_utils.Database, tagged: dict[int, tuple[QuoteTag, ...]],
               topics: list[Topic]) -> int:
    """Write the keyword tags of stored quotes, add search-only topics, then replay user corrections.

    ``topics`` is the stored taxonomy the tags were computed with. Runs inside the caller's
    transaction; returns how many tags were written.
    """
    from quotetrack import stance

    pairs = [(qid, tag) for qid, found in tagged.items() for tag in found]
    tags: list[tuple[int, int | None, str | None]] = [(qid, tag.topic_id, tag.matched) for qid, tag in pairs]
    stances = [stance.stance_record(qid, tag.topic_id, tag.stance) for qid, tag in pairs]
    searches = [t for t in topics if t.search and not t.phrases]
    for chunk in in_chunks(list(tagged)):
        quotes = _quotes_by_id(db, chunk) if searches else []
        for topic in searches:
            hits = _search_hits(db, topic, chunk)
            for quote in (q for q in quotes if q["id"] in hits):
                tags.append((quote["id"], topic.id, topic.search))
                found = stance.classify(quote["text"], topic, cue=quote["cue"], kind=quote["kind"])
                stances.append(stance.stance_record(quote["id"], topic.id, found))
    _write(db, tags, stances)
    stance.apply_corrections(db, list(tagged))
    return len(tags)


def store_tags_of_articles(db: sqlite_utils.Database, tagged: list[dict[int, tuple[QuoteTag, ...]]],
                           topics: list[Topic]) -> int:
    """``store_tags`` for each article's quotes in turn, with the same rows in the same order.

    When no topic is search-only and no user correction is stored, nothing is added or replayed
    after the keyword tags, so they are written in one go (ingest stores a batch so).
    """
    from quotetrack import stance

    if any(t.search and not t.phrases for t in topics) or stance.has_corrections(db):
        return sum(store_tags(db, found, topics) for found in tagged)
    pairs = [(qid, tag) for found in tagged for qid, tags in found.items() for tag in tags]
    _write(db, [(qid, tag.topic_id, tag.matched) for qid, tag in pairs],
           [stance.stance_record(qid, tag.topic_id, tag.stance) for qid, tag in pairs])
    return len(pairs)


def _search_hits(db: sqlite_utils.Database, topic: Topic, ids: list[int]) -> set[int]:
    sql = f"select rowid from quotes_fts where quotes_fts match ? and rowid in ({','.join('?' * len(ids))})"
    return {r[0] for r in _fts(db, sql, [fts_query(topic), *ids])}


def retag(db: sqlite_utils.Database, topics: list[Topic] | None = None) -> RetagReport:
    """Re-tag every stored quote (optionally after loading ``topics``) and replay user corrections."""
    from quotetrack import stance

    with _transaction(db):
        if topics:
            save_topics(db, topics)
        stored = get_topics(db)
        db.execute("delete from stances")
        db.execute("delete from quote_topics")
        tags = sum(_tag_topic(db, topic) for topic in stored)
        corrections = stance.apply_corrections(db)
    count = db.execute("select count(*) from stances where source = 'rule'").fetchone()[0]
    return RetagReport(topics=len(stored), tags=tags, stances=count, corrections=corrections)


def _tag_topic(db: sqlite_utils.Database, topic: Topic, replace: bool = False) -> int:
    """One FTS MATCH for the topic, confirmed by its regex; writes tags and rule stances."""
    from quotetrack import stance

    if replace:
        db.execute("delete from stances where topic_id = ? and source = 'rule'", [topic.id])
        db.execute("delete from quote_topics where topic_id = ?", [topic.id])
    sql = (
        "select q.id, q.text, q.cue, q.kind from quotes_fts f join quotes q on q.id = f.rowid "
        "where quotes_fts match ?"
    )
    tags, stances = [], []
    for qid, text, cue, kind in _fts(db, sql, [fts_query(topic)]):
        hit = topic.search if topic.search and not topic.phrases else match(topic, text)
        if hit is None:
            continue
        tags.append((qid, topic.id, hit))
        stances.append(stance.stance_record(qid, topic.id, stance.classify(text, topic, cue=cue, kind=kind)))
    _write(db, tags, stances)
    if replace:
        stance.apply_corrections(db)
    return len(tags)


_PERSON_OF_QUOTE = "(SELECT person_id FROM quotes WHERE id = ?1)"  # set here, the triggers need not (0014)


def _write(db: sqlite_utils.Database, tags: list[tuple], stances: list[tuple]) -> None:
    db.conn.executemany(
        "insert or replace into quote_topics (quote_id, topic_id, matched, person_id)"
        f" values (?1, ?2, ?3, {_PERSON_OF_QUOTE})", tags
    )
    db.conn.executemany(
        "insert into stances (quote_id, topic_id, label, confidence, cues, source, person_id)"
        f" values (?1, ?2, ?3, ?4, ?5, ?6, {_PERSON_OF_QUOTE}) "
        "on conflict(quote_id, topic_id) do update set label = excluded.label, "
        "confidence = excluded.confidence, cues = excluded.cues, source = excluded.source "
        "where stances.source = 'rule'",
        stances,
    )


def _fts(db: sqlite_utils.Database, sql: str, params: list) -> list[tuple]:
    import sqlite3

    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as err:
        raise QueryError(
            f"Full-text search failed ({err}); simplify the topic's search or keywords."
        ) from err


def _quotes_by_id(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
    sql = f"select id, text, cue, kind from quotes where id in ({','.join('?' * len(ids))})"
    return list(db.query(sql, ids))


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT unless the caller already holds a transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn
        self.own = False

    def __enter__(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.own = True

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.own:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
