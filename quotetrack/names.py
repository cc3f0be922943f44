"""Name normalisation for matching speakers across articles.

A name as written ("Former President Hamid Karzai", "Lavrov's", "Donald J. Trump", "Muhammad Nur") is
parsed once into a ParsedName: titles and honorifics are stripped but kept as role evidence, diacritics
and case are folded, possessives and middle initials are set aside, and every token gets two keys:

- ``tr``   a light transliteration fold (kh/h, ph/f, y/i, ou/u, ei/ey, doubled letters ...), used to
           confirm a match with a similarity ratio;
- ``phon`` ``tr`` with every vowel run folded to ``a`` (mohammad/muhammad/mohamed -> mahamad), used as
           an index key that gathers transliteration variants.

The rules are general spelling rules, never a list of known people.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal, NamedTuple

from quotetrack.lexicon import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES

Kind = Literal["person", "organisation"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles other presses put before a name ("Shri", "Alhaji", "Engr.", "Cllr"); the speaker reader
# uses them too.
_PRESS_COURTESY = _words("shri shrimati smt alhaji alhaja hajiya")
PRESS_TITLES = _PRESS_COURTESY | _words("cllr undersecretary under-secretary qari magistrate engr advocate")
# "Hon" and "Eng" are titles with their stop ("Hon. Lai") ...
DOTTED_TITLES = _words("hon. eng.")
# ... and without it only before a listed given name ("Hon Mary Wanjiru"; "Hon Lai", "Eng Tan" are
# names): see bare_title.
BARE_TITLES = _words("hon eng")
# Listed given names of any sex; the speaker reader uses them too.
GIVEN_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES
# Words that make a leading title zone ("Former Deputy Foreign Minister", "Mullah", "Sen.").
TITLE_WORDS = PRESS_TITLES | _words(
    """mr mrs ms miss mx dr doctor prof professor sir dame lord lady president premier minister
    secretary senator sen rep representative congressman congresswoman gov governor mayor mullah mulla
    maulvi mawlawi maulana mawlana sheikh shaikh sheik haji hajji ayatollah imam general gen lt
    lieutenant colonel col maj major captain capt admiral adm sgt sergeant commander cmdr marshal king
    queen prince princess emperor sultan emir chancellor ambassador amb judge justice speaker
    chairman chairwoman chairperson chair commissioner spokesman spokeswoman spokesperson director
    ceo pope father fr rev reverend rabbi bishop archbishop cardinal leader envoy adviser advisor
    councillor councilman councilwoman sheriff inspector detective superintendent dean chief head
    ceo cfo coo founder cofounder co-founder candidate nominee lawmaker mp mep delegate attorney
    officer official"""
)
# Words that may sit inside a title zone but never end it ("former", "foreign", "deputy").
ZONE_WORDS = _words(
    """the a an former ex acting deputy vice late then interim incoming outgoing current first
    prime foreign defence defense interior finance state national security home justice trade
    executive general majority minority house senate party supreme high grand senior junior assistant
    affairs under of for and to u.s. us uk un eu"""
)
HONORIFICS = _words("mr mrs ms miss mx sir dame")  # not roles, just courtesy
# ... and the courtesy words of other presses: stripped with the titles, never kept as roles
_COURTESY = HONORIFICS | _PRESS_COURTESY | {"hon"}
SUFFIXES = _words("jr sr ii iii iv")
# Letters after a name (British honours, silks, seats, degrees): written as here, never part of the name.
POST_NOMINALS = frozenset(
    ["KC", "QC", "MP", "MEP", "MSP", "MS", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS"])
# Particles joined to the next token when they are not the first word or are written in lower case.
PARTICLES = _words("abu bin ibn ben bint van von de da di du del della der den la le st ole")
ORG_WORDS = _words(
    """ministry department office house council committee commission party government administration
    agency union association army police court bank company corporation corp inc ltd llc plc group
    campaign foundation institute university college school times post news press network
    organisation organization movement front alliance coalition federation league board bureau
    service services forces force embassy parliament congress senate assembly cabinet kremlin
    pentagon tribunal authority authorities secretariat mission centre center channel television
    radio tv magazine journal herald tribune guardian telegraph reuters fund trust society
    federal republic kingdom nations"""
)

_SPECIAL_WORDS = TITLE_WORDS | ZONE_WORDS | ORG_WORDS | PARTICLES | SUFFIXES | BARE_TITLES | {"al", "el"}
# Fast path: capitalised ASCII words, or one lower-case word (a folded surname token).
_PLAIN = re.compile(r"^(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}|[a-z]+)$")
_JOINERS = _words("of and for the on in to")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?<=\w)['’](?:s\b)?(?=\s|$|,)", re.IGNORECASE)
_INITIAL = re.compile(r"^(?:[A-Za-z]\.)+$|^[A-Z]$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,5}$")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i|ic)$")
_PUNCT = re.compile(r"[^\w\s-]+")
_ABD_AL = re.compile(r"\babd[\s-]*[aeiou]l[\s-]*(?=[a-z])")
_ARTICLE_PREFIX = re.compile(r"\b[ae]l-(?=[a-z])")
_SPECIAL = str.maketrans({"ø": "o", "ß": "ss", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i",
                          "þ": "th", "ð": "d", "’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-"})
# Light transliteration fold: digraphs and vowel spellings in one pass, then y/i, ei/i and doubles.
_TR_MAP = {"tch": "ch", "sch": "sh", "kh": "h", "ph": "f", "gh": "g", "th": "t", "dj": "j", "ck": "k",
           "q": "k", "x": "ks", "w": "v", "c": "k", "ou": "u", "oo": "u", "ee": "i"}
_TR_PASS = re.compile(r"tch|sch|kh|ph|gh|th|dj|ck|q|x|w|c(?![eihy])|ou|oo|ee")
_DOUBLE = re.compile(r"(.)\1+")
_VOWEL_RUN = re.compile(r"[aeiou]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_OF_TAIL = re.compile(r"\s+(?:of|for)\s.*", re.IGNORECASE)


def bare_title(word: str, following: str) -> bool:
    """Whether "Hon"/"Eng" written without its stop is a title: only before a listed given name,
    else it is a name's own word ("Hon Lai", "Eng Tan")."""
    return word.lower() in BARE_TITLES and following.lower().rstrip(",") in GIVEN_NAMES


def fold(text: str) -> str:
    """Lower case, diacritics removed, typographic apostrophes and dashes made plain."""
    text = text.translate(_SPECIAL).lower().translate(_SPECIAL)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 17)
def translit(token: str) -> str:
    """Fold one lower-case ASCII token over common transliteration differences (kh/h, y/i, ou/u ...)."""
    token = _TR_PASS.sub(lambda m: _TR_MAP[m.group()], token).replace("y", "i").replace("ei", "i")
    if token.endswith("ie"):
        token = token[:-1]
    if len(token) > 2 and token[-1] == "h" and token[-2] in "aeiou":
        token = token[:-1]
    return _DOUBLE.sub(r"\1", token)


@functools.lru_cache(maxsize=1 << 17)
def phonetic(token: str) -> str:
    """An index key gathering spelling variants: ``translit`` with each vowel run folded to ``a``."""
    return _VOWEL_RUN.sub("a", translit(token))


@functools.lru_cache(maxsize=1 << 17)
def _token_keys(token: str) -> tuple[str, str]:
    """``translit`` and ``phonetic`` of one token in one cache look-up (done for every token parsed)."""
    tr = translit(token)
    return tr, _VOWEL_RUN.sub("a", tr)


class ParsedName(NamedTuple):
    """A speaker name split into what identifies the person and what is role evidence.

    Immutable like the stage dataclasses, but a NamedTuple: it is built for every mention and
    every candidate alias, and a tuple is several times cheaper to create than a frozen dataclass.
    """

    raw: str
    name: str  # display name: titles, possessive and trailing roles removed
    kind: Kind
    roles: tuple[str, ...]  # titles and roles seen with the name, lower case
    tokens: tuple[str, ...]  # folded name tokens, particles joined, initials and suffixes excluded
    initials: tuple[str, ...]  # middle initials ("j" for "Donald J. Trump")
    suffix: str  # "jr", "iii" ... or ""
    norm: str  # exact lookup key stored in aliases.norm
    tr: tuple[str, ...]  # translit() of each token
    phon: tuple[str, ...]  # phonetic() of each token
    # Derived fields, stored rather than properties because resolution reads them several times a name:
    skey: str  # the index key stored in ``aliases.skey``: the phonetic surname ('' for an empty name)
    single: bool  # a bare surname or mononym ("Lavrov", "Baradar"): only safe to join when unambiguous

    @property
    def surname(self) -> str:
        """Folded last name token ('' when the name is empty)."""
        return self.tokens[-1] if self.tokens else ""

    @property
    def given(self) -> tuple[str, ...]:
        return self.tokens[:-1]


def strip_titles(text: str) -> tuple[str, tuple[str, ...]]:
    """Split "Former Foreign Minister Sergey Lavrov, the Russian envoy" into the name and its roles."""
    text = _SPACE.sub(" ", text.translate(_SPECIAL)).strip(" ,.;:\"'")
    roles: list[str] = []
    head, _, tail = text.partition(",")
    tail = tail.strip(" ,.")
    if tail and _has_name_word(head):
        roles.append(_role(tail))
        text = head.strip()
    words = text.split(" ")
    end = _title_zone_end(words)
    if end and _portfolio_only(words, end):
        return text, (_role(text),)  # "the secretary of state": a role and its portfolio, no name
    if end:
        zone = [w for w in words[:end] if w.lower().strip(".") not in _COURTESY]
        if zone:
            roles.insert(0, _role(" ".join(zone)))
        words = words[end:]
    return " ".join(words), tuple(r for r in roles if r)


def _role(text: str) -> str:
    text = _LEADING_ARTICLE.sub("", text.strip().lower())
    return text.replace(".", "").strip()


def _portfolio_only(words: list[str], end: int) -> bool:
    """Whether the words after a title's "of" or "for" are the office's portfolio, not a name: in lower
    case, acronyms or office words ("secretary of state", "director of the FBI", "minister for housing"),
    or capitalised after "the" ("the Minister for Transport", "the Director of Public Prosecutions"): a
    name follows a title without its article. After "of" one word is left past the title zone, after
    "for" at most two ("of Energy Kofi Arden" and "for Transport Ola Penn" end in names)."""
    link = next((i for i in range(1, min(end, len(words) - 1) + 1) if words[i].lower() in ("of", "for")
                 and words[i - 1].lower().strip(".,") in TITLE_WORDS), 0)
    if not link or link == len(words) - 1:  # "Secretary of" with nothing after: no portfolio
        return False
    if link < end:
        rest = words[end:]
    else:
        rest = words[link + 2:] if words[link + 1].lower() == "the" else words[link + 1:]
    if not rest or len(rest) > (1 if link < end else 2):
        return False
    if all(_portfolio_word(w) for w in rest):
        return True
    return words[0].lower() == "the" and all(w[:1].isupper() and w.lower() not in GIVEN_NAMES for w in rest)


def _portfolio_word(word: str) -> bool:
    low = word.lower()
    return word.islower() or bool(_ACRONYM.match(word)) or low in ZONE_WORDS or low in ORG_WORDS


def _has_name_word(text: str) -> bool:
    return any(w[:1].isupper() and w.lower().strip(".") not in TITLE_WORDS for w in text.split())


def _title_zone_end(words: list[str]) -> int:
    """Index just past the leading title zone, or 0; at least one word is always left as the name."""
    end = 0
    for i, word in enumerate(words[:-1]):
        low = word.lower().strip(".,")
        if low in TITLE_WORDS or word.lower().rstrip(",") in DOTTED_TITLES or bare_title(word, words[i + 1]):
            end = i + 1
            if i + 2 < len(words) and words[i + 1].lower() == "of":
                end = i + 3  # "Chairman of HPC Karim Khalili", "Minister of Foreign Affairs X"
                while end < len(words) - 1 and words[end].lower() in ZONE_WORDS:
                    end += 1
        elif not (low in ZONE_WORDS or word.islower() or _ACRONYM.match(word) or _NATIONALITY.match(word)):
            break
    return min(end, len(words) - 1)


def is_organisation(text: str) -> bool:
    """Organisation names: "the Taliban", "Russia's foreign ministry", "the White House", "NATO"."""
    clean = text.strip()
    words = clean.split()
    if not words:
        return False
    lows = [w.lower().strip(".,'’") for w in words]
    if len(words) == 1:
        return bool(_ACRONYM.match(clean))
    if lows[0] == "the" and not any(w in TITLE_WORDS for w in lows[1:]):
        # "the Taliban", "the White House"; but "the elder Karzai" is a person described
        described = any(w.islower() and w not in _JOINERS for w in words[1:])
        return not described or any(w in ORG_WORDS for w in lows)
    return any(w in ORG_WORDS for w in lows) and not any(w in TITLE_WORDS for w in lows[:-1])


@functools.lru_cache(maxsize=1 << 17)
def parse_name(text: str, kind: Kind | None = None) -> ParsedName:
    """Parse a speaker name; ``kind`` overrides the organisation guess when the caller knows it."""
    raw = " ".join(text.split())  # whitespace runs made one space, ends stripped
    if kind != "organisation" and _PLAIN.match(raw):
        low = raw.lower()
        words = tuple(low.split(" "))
        if _SPECIAL_WORDS.isdisjoint(words) and "abd" not in low:  # "Hamid Karzai", "Lavrov": plain
            return _parsed(raw, raw, "person", (), words, (), "", low)
    kind = kind or ("organisation" if is_organisation(raw) else "person")
    if kind == "organisation":
        return _parse_org(raw)
    name, roles = strip_titles(_POSSESSIVE.sub("", raw))
    role_only = bool(roles) and roles[0] == _role(name)  # "the secretary of state": keyed by its head
    tokens, initials, suffix = _name_tokens(_OF_TAIL.sub("", name) if role_only else name)
    norm = " ".join(tokens[:-1] + initials + tokens[-1:] + ((suffix,) if suffix else ()))
    return _parsed(raw, name, "person", roles, tokens, initials, suffix, norm)


def _parsed(raw, name, kind, roles, tokens, initials, suffix, norm) -> ParsedName:
    tr, phon = zip(*map(_token_keys, tokens), strict=True) if tokens else ((), ())
    skey = phon[-1] if phon else ""
    single = len(tokens) == 1 and not initials
    # tuple.__new__ skips the NamedTuple constructor's argument handling: this runs for every name parsed
    return tuple.__new__(
        ParsedName, (raw, name, kind, roles, tokens, initials, suffix, norm, tr, phon, skey, single)
    )


def _parse_org(raw: str) -> ParsedName:
    name = re.sub(r"^the\s+", "", raw.strip(" ,.;:\"'"), flags=re.IGNORECASE)
    folded = fold(_POSSESSIVE.sub("", name))
    tokens = tuple(t for t in _PUNCT.sub(" ", folded.replace("-", " ")).split() if t not in ("the", "of"))
    name = name[0].upper() + name[1:] if name else name
    return _parsed(raw, name, "organisation", (), tokens, (), "", " ".join(tokens))


def _name_tokens(name: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """Folded tokens (particles joined, "abd al-" unified, "al-" dropped), middle initials, suffix."""
    words = [w for w in name.replace(",", " ").split() if w.strip(".-'")]
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if any(w[:1].isupper() for w in words):  # "the elder Karzai": lower-case words describe, not name
        words = [w for w in words if not w.islower() or fold(w) in PARTICLES]
    initials: list[str] = []
    suffix = ""
    kept: list[str] = []
    for i, word in enumerate(words):
        low = fold(word).strip(".")
        if low in SUFFIXES and i > 0:
            suffix = low
        elif _INITIAL.match(word) and 0 < i < len(words) - 1:
            initials.append(low.replace(".", ""))
        elif low in PARTICLES and i < len(words) - 1 and (i > 0 or word.islower()):
            kept.append(low + "\x00")  # joined to the next word below
        else:
            kept.append(low)
    joined = " ".join(kept).replace("\x00 ", "")
    joined = _ABD_AL.sub("abdul", joined)
    joined = _ARTICLE_PREFIX.sub("", joined)
    tokens = [t for t in _PUNCT.sub("", joined.replace("-", "")).split() if t not in ("al", "el")]
    if not tokens and words:  # a name made only of initials or particles: keep it as written
        tokens = [_PUNCT.sub("", fold(w)) for w in words]
        initials = []
    return tuple(tokens), tuple(initials), suffix


def name_key(text: str, kind: Kind | None = None) -> str:
    """The exact-match key stored in ``aliases.norm``."""
    return parse_name(text, kind).norm
