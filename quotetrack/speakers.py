"""In-article speaker resolution: turn a speaker mention into the article's fullest name for it.

The article's name index is built lazily: capitalised name phrases are read paragraph by paragraph,
only as far as the mention being resolved (plus the rest of the article when a surname has no fuller
form before it). A mention is then resolved by kind:

- a name -> the fullest name with that surname (transliteration-tolerant; of two people sharing a
  surname, the one the title's gender and the nearest full mention point to);
- a name or role followed by the person it describes ("Trump's campaign manager, Corey Lewandowski",
  "MSNBC host Chris Matthews") -> that person;
- he/she -> the salient person of the nearest earlier sentence (speech subjects first, then the
  sentence's first named person), skipping people of the other gender;
- a role noun ("the senator", "the Republican front-runner") -> the person introduced with that role;
- "the Taliban" -> an organisation; "a spokesman" -> nobody.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from quotetrack.lexicon import (
    FEMALE_FIRST_NAMES,
    FEMALE_TITLES,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    MALE_FIRST_NAMES,
    MALE_TITLES,
    MEDICAL_SPECIALISTS,
    OFFICE_TITLES,
    ORG_CUES,
    ORGANISATION_HEADS,
    QUOTE_VERBS,
    REFLEXIVES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_POST_MODIFIERS,
    UNNAMED_SOURCE_NOUNS,
    US_STATE_ABBREVIATIONS,
    US_STATE_NAMES,
    WEEKDAYS,
    trie_alternation,
)
from quotetrack.model import Mention
from quotetrack.names import (
    BARE_TITLES,
    DOTTED_TITLES,
    GIVEN_NAMES,
    POST_NOMINALS,
    PRESS_TITLES,
    bare_title,
)

# -- word lists of this module (lexicon.py is shared and read-only here) -------------------------


def _words(block: str) -> list[str]:
    return block.split()


# Words that make a capitalised phrase a place, not a person ("Tiananmen Square", "New Hampshire").
SPEAKER_PLACE_LAST: frozenset[str] = frozenset(_words(
    """
    square street st avenue ave road boulevard lane drive highway bridge park county city town
    village island islands bay river valley beach hills heights lake mountain mountains airport
    harbor harbour port coast peninsula gulf sea ocean canyon falls springs desert province region
    cafe restaurant hotel bar grill diner inn casino mall museum memorial library
    district republic kingdom territory hall arena stadium centre center plaza building tower
    """
))
SPEAKER_PLACE_FIRST: frozenset[str] = frozenset(
    _words("north south east west new san santa los las saint fort mount lake upper lower greater central")
)
SPEAKER_PLACES: frozenset[str] = US_STATE_NAMES | frozenset(_words(
    """
    america britain england scotland wales
    ireland france germany italy spain russia china japan india pakistan afghanistan iran iraq syria
    israel egypt mexico canada brazil turkey ukraine europe asia africa washington london paris
    moscow beijing kabul baghdad tehran chicago boston houston dallas miami atlanta seattle denver
    philadelphia detroit baltimore cleveland
    """
))
# Abbreviated titles and the role nouns they stand for ("Sen. Ted Cruz" is "the senator").
SPEAKER_TITLE_ROLES: dict[str, str] = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "dr": "doctor",
    "prof": "professor", "pres": "president", "lt": "lieutenant", "col": "colonel", "capt": "captain",
    "adm": "admiral", "sgt": "sergeant", "maj": "major", "rev": "reverend", "congressman": "representative",
    "congresswoman": "representative", "businessman": "billionaire", "frontrunner": "front-runner",
    "ceo": "executive",
    **dict.fromkeys(MEDICAL_SPECIALISTS, "doctor"),  # "The paediatrician" is the article's "Dr. X"
}
_ROLE_ACRONYMS = frozenset(_words("ceo"))  # written without a dot: "CEO", not "Sen."
# Role nouns the shared lexicon lacks that definite descriptions use for people in the news.
SPEAKER_EXTRA_ROLES: frozenset[str] = frozenset(_words(
    """
    front-runner frontrunner hopeful contender mogul tycoon magnate surrogate operative donor
    delegate aide pundit comedian rapper wife husband son daughter brother sister widow co-founder
    co-anchor governor-elect president-elect speaker lieutenant admiral colonel captain marine sergeant
    """
))
# Positions in a team, capitalised before a player's name ("Goalkeeper Ann Roe"): roles, no name.
_POSITIONS = frozenset(_words(
    """
    defenceman defenseman defender forward winger striker midfielder goalkeeper goaltender goalie
    quarterback linebacker pitcher shortstop outfielder infielder fullback halfback skipper batsman
    """
))
# Leading words that are never part of a name at the start of a capitalised phrase.
_STOP_START = frozenset(_words(
    """
    the a an but and or however meanwhile in on at when after before while as if this that these
    those it he she they we i you his her their its our my there here what why how where who which
    so yet still also then now for from with by of to according speaking asked overall although
    though because since until despite during under over among between monday tuesday wednesday
    thursday friday saturday sunday january february march april june july august september october
    november december last next earlier later today yesterday tomorrow not no yes both each every
    all some many few most several more one two three once even only just like unlike instead another
    indeed perhaps maybe asked thanks dear see says said neither nor either other others real top
    five six seven eight nine ten was were is are did does do has have had would could should must
    given beyond against without within toward towards upon behind around about across through amid
    besides except alongside outside nobody everybody everyone somebody someone anybody anyone none
    """
))
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAYS)
# Capitalised title words the shared lexicon lacks ("Chief of Staff X", "Sens. X and Y").
# Titles of other presses too: "Shri", "Smt.", "Cllr", "Alhaji", "Engr.", "Qari", "Magistrate".
_EXTRA_TITLES = PRESS_TITLES | frozenset(_words(
    "staff editor-in-chief recorder sens reps pres whip councilmember"))
_PARTICLES = r"(?:de|van|von|bin|ibn|al|el|da|di|du|der|den|la|le|del|dos|das|ul|ud|abu|bint|ole)"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Prof|Rev|Maj|Adm|Jr|Sr|St|Pres|Cmdr)\."
    rf"|(?:[{_UP}]\.){{1,3}}|(?:al|el)-[{_UP}][\w’'-]*\w|[{_UP}][\w’'-]*\w|[{_UP}])"
)
_ABBREVIATIONS = _words("Mr Mrs Ms Dr Gen Gov Sen Rep Col Lt Sgt Capt Prof Rev Maj Adm Jr Sr St Pres Cmdr"
                        " Engr Eng Hon Smt")
# The first token starts with a bare capital (so the regex engine can skip to capitals quickly),
# then checks what stands before it; a dot belongs to it only after an abbreviation or an initial
# (the look-behinds are tried only when a dot follows).
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS)
_FIRST_TOKEN = rf"[{_UP}](?<![\w’'@#-].)(?:[\w’'-]*\w)?(?:(?=\.)(?:{_AFTER_ABBREVIATION}|(?<=\b[{_UP}]))\.)?"
_NAME_RE = re.compile(rf"{_FIRST_TOKEN}(?:(?:[ \t]+|(?<=\.)(?=[{_UP}]))(?:{_PARTICLES}[ \t]+)?{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Sentence ends; the look-behinds (tried only after a full stop) skip titles and initials. Every
# branch opens with its own literal character, so the regex engine skips ahead to those characters.
_CLOSE_AND_SPACE = r"[\"”’')]*\s+"
_SENT_END = re.compile(
    r"\.(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bSen\.)"
    rf"(?<!\bGov\.)(?<!\bRep\.)(?<![\s.][A-Z]\.){_CLOSE_AND_SPACE}|!{_CLOSE_AND_SPACE}|\?{_CLOSE_AND_SPACE}|\n\n*"
)
# The reporting verbs that show a lone name word speaking ("Roe said", "Roe stated", "Roe noted").
_SAID_AFTER = re.compile(
    r",?[ \t]+(?:also[ \t]+)?(?:said|says|told|added|wrote|tweeted|asked|stated|noted|explained|continued"
    r"|argued|replied|responded|insisted|declared|warned|recalled|acknowledged|admitted|claimed)\b")
# A speech verb after a name. Only whether it matches is used, so the verbs are a prefix trie (the
# same words, many times faster than trying each one in turn).
_SPEECH_AFTER = re.compile(
    rf"(?:,(?:[^,.;“”\"]|(?<=\b[A-Z])\.){{1,80}},)?,?\s+(?:also\s+|then\s+|later\s+)?(?:{trie_alternation(SPEECH_VERBS)})\b"
)
# Honorifics used before a given name, not a surname ("Sheikh Mohammed", "Prince Harry").
# Words that run on after a whole name without being a surname: "Jr.", "the Rachel Maddow Show".
_NOT_SURNAMES = frozenset(_words("jr sr ii iii iv v show radio tv hour podcast program programme report"))
_GIVEN_NAME_TITLES = frozenset({"sheikh", "shaikh", "sheik", "prince", "princess", "king", "queen", "emir",
                                "sultan"})
_NAME_PART = rf"[{_UP}](?:[\w&’'-]|\.(?=\w))*"  # a capitalised word, dots only inside ("U.S")
_NAME_TAIL = rf"(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+"
_NAME_TAIL_AT = re.compile(_NAME_TAIL)
_COUNTERPART_NAME = rf"[ \t]+counterparts?,?[ \t]+({_TOKEN}{_NAME_TAIL})"  # "her Norland counterpart, Bo Lee"
# The name set off after a description, past a short place or school: "his best friend at Lehigh, Bruce
# Turry,", "A former candidate -- John Hale, who lost".
# The numbered branch of a body, part of its name: "Transit Workers Union Local 40", "Lodge 7".
_BRANCH_NUMBER = r"(?:[ \t]+(?:Local|Lodge|Chapter|District|Branch|Post)[ \t]+\d+[A-Z]?\b)"
_COMMA_NAME = re.compile(
    rf"(?:[ \t]+(?:at|of|from|in|for)[ \t]+[{_UP}][\w.’'-]*(?:[ \t]+[{_UP}][\w.’'-]*){{0,3}})?"
    rf"(?:,|[ \t]+(?:--|—|–))[ \t]+({_NAME_RE.pattern}{_BRANCH_NUMBER}?)(?=[,.;]|[ \t]+(?:[a-z]|--|—|–))"
)
# Plural group words that stand before names ("fellow Republicans Jolly and Curbelo").
_GROUP_WORDS = frozenset(_words("fellow republicans democrats celebrities senators lawmakers candidates"
                                " activists officials leaders members voters rivals"))
# A short adverbial before a sentence's subject: "Hours later, the " (no clause: "After X went viral, the ").
_LEAD_PHRASE = re.compile(r"\s*[A-Z]\w*(?:[ \t]\w+)?,[ \t]+the[ \t]")
_LEADING_PRONOUN = re.compile(r"[\s\"“]*(?:(?:And|But|So|Then|Still|Yet|Now)[ \t]+)?(He|She)\b")
# A lower-case role or body word (after another lower-case word or not) and a capitalised word after a
# name: the name only describes the person named next ("Obama consultant Cornell Belcher", "Trump’s
# adviser Roger Stone", "Clinton campaign chairman John Podesta").
_ROLE_NEXT = re.compile(rf"(?:['’]s)?[ \t]+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?[ \t]+[{_UP}]")
# A kinship word right before a name gives its gender: "her husband, Milton Berg".
_KIN_GENDERS = {"husband": "m", "son": "m", "father": "m", "brother": "m", "wife": "f", "daughter": "f",
                "mother": "f", "sister": "f"}
_KIN_BEFORE = re.compile(rf"\b({'|'.join(_KIN_GENDERS)}),?[ \t]+\Z")
# A comma inside a closing quote before a subject: 'At an event billed as “Hats for Hillary,” Clinton said'.
_QUOTED_COMMA = (",” ", ",’ ", '," ', ",' ")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|into|across|outside|throughout)[ \t]+\Z")
# A clause opens after a conjunction ("but Sanders was", "while Clinton hosted"); not after "that":
# the reported content.
_CONJUNCTION_BEFORE = re.compile(r"(?<![\w-])(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|because|while|though)[ \t]+\Z")
# A preposition taking the name as its object; "of"/"for" only after a lower-case word, as an office
# takes them before a name ("Secretary of State John Roe", "Undersecretary for Political Affairs").
_OBJECT_BEFORE = re.compile(
    r"(?:(?<![\w-])[a-z][\w-]*[ \t]+(?:of|for)|\b(?:with|about|against|than|like))[ \t]+\Z")
# An existential or inverted clause whose subject comes after the verb: "Then there's Roe.", "there in
# the back was Roe, the worker".
_INVERTED_BEFORE = re.compile(r"(?:\b[Tt]here(?:['’]s|[ \t]+(?:is|was))|(?<![\w-])was)[ \t]+\Z")
_BODY_AFTER = re.compile(rf"(?:[ \t]+[{_UP}][\w&.-]*){{1,3}}")  # capitalised words after a name
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:of|for|about|to|over|from|with|on|against|into|than|like|(?:reported|published)[ \t]+by)"
    r"[ \t]+(?:the[ \t]+)?\Z")
# Words that open a sentence before its subject: "Meanwhile Rihanna, who ...", "And even Obama tried",
# "As for Trump, he said".
_OPENER = re.compile(r"[\s\"“]*(?:And|But|So|Yet|Then|Meanwhile|Still|Now|Later|Even|Also|Instead"
                     r"|As[ \t]+for|For)(?:[ \t]+(?:even|then|also|now))?[ \t]+")
_REPORTED_BEFORE = re.compile(r"(?<![\w-])(?:said|says)[ \t]+\Z")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|as|after|before|while|until|if|because|since)[ \t]+\Z")
# Pronouns that point back to the person just named; "him" and "her" are left out, as objects they
# often name someone else ("Leila Nasser accused him of ...").
_PERSON_NOUNS = trie_alternation((UNNAMED_SOURCE_NOUNS | ROLE_NOUNS) - frozenset(_words(
    "statement report reports poll polls study survey someone others some many several one another"
    " source sources")))
# "A", "An", "Another" or "One" as a whole word. It opens with a character class (the lookbehind comes
# after the first letter) so that the regex engine skips to those letters instead of trying every position.
_INDEFINITE = r"[AaOo](?<![\w-].)(?:(?<=[Aa])(?:n|nother)?|(?<=[Oo])ne)"
# An unnamed person as a speech subject: "A senior engineer said" ...
_UNNAMED_SPEAKER = re.compile(
    rf"{_INDEFINITE}[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{_PERSON_NOUNS})"
    rf"(?:,[ \t]+(?:who|whose|speaking|asking)\b[^,.;:\n“”\"]{{1,80}},)?[ \t]+"  # "One driver, who ..., said"
    rf"(?:{trie_alternation(SPEECH_VERBS)})\b|"
    # any noun the aside keeps anonymous: "One deckhand, who asked not to be named, said"
    rf"{_INDEFINITE}[ \t]+(?:[\w-]+[ \t]+){{0,3}}?[a-z][\w-]*,[ \t]+who[ \t]"
    rf"[^,.;:\n“”\"]{{0,60}}\b(?:named|identified)\b[^,.;:\n“”\"]{{0,30}},[ \t]+"
    rf"(?:{trie_alternation(SPEECH_VERBS)})\b")
# ... or after the verb: "said one engineer" (a pattern of its own: it cannot open with the class above).
_SAID_UNNAMED = re.compile(
    rf"\b(?:{trie_alternation(SPEECH_VERBS)})[ \t]+(?:an?|one|another)"
    rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{_PERSON_NOUNS})\b")
# Unnamed people opening a sentence as its speakers: "Officials with knowledge of the talks said".
_UNNAMED_GROUP_SPEAKER = re.compile(
    rf"\s*(?:(?!(?:He|She|They|It|We|I|You)\b)[A-Z][\w-]*[ \t]+)?"
    rf"(?:(?!(?:{trie_alternation(SPEECH_VERBS)}|if|that|when|while|as|and|but|because)\b)"
    rf"[a-z][\w-]*[ \t]+){{0,2}}?"
    rf"(?:[Oo]fficials|[Ss]ources|[Pp]eople|[Aa]ides|[Dd]iplomats|[Ii]nsiders|[Ss]taffers)\b"
    rf"[^.!?\n“”\"]{{0,120}}?[ \t](?:{trie_alternation(SPEECH_VERBS)})\b")
# What every _UNNAMED_SPEAKER and _SAID_UNNAMED match holds, and two sentences in three lack: a cheap search
# to try first.
_INDEFINITE_ARTICLE = re.compile(rf"{_INDEFINITE}[ \t]")
_GENDER_PRONOUN = {"m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
                   "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")}
_PRONOUN_NEAR = re.compile(r"\b(he|his|himself|she|hers|herself)\b", re.IGNORECASE)
_PARTICLE_WORDS = frozenset(_PARTICLES[3:-1].split("|"))
_NAME_WORD = re.compile(rf"{_TOKEN}|{_PARTICLES}")
_CAPITAL_BETWEEN = re.compile(rf"[ \t][{_UP}][a-z]")
# A name right after a role word, past a few lower-case words: "front-runner Donald Trump".
_QUOTED_NICKNAME = rf"[“\"][{_UP}][\w.’'-]*(?:[ \t][{_UP}][\w.’'-]*){{0,2}}[”\"]"  # Ann “Big Ann” Roe
_NICKNAME = rf"[ \t]{_QUOTED_NICKNAME}"
_NAME_AFTER_ROLE = re.compile(
    rf"(?:[ \t]+[a-z][\w-]*){{0,3}}?,?[ \t]+"
    rf"((?:{_TOKEN})(?:{_NICKNAME})?(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+)"
)
# A name in apposition after a role and the clause or phrase that qualifies it:
# "envoy" + " for the river basin, Ann Roe" + ",", "lawmaker" + " who chairs the committee, Ann Roe" + ",".
_BRACKETED_TITLE = r"[ \t]+\([A-Z][a-z]{1,4}\.?\)"  # "Chief (Mrs.) Ann Roe", "Chief (Dr.) Bo Lee"
_NAME_ASIDE_AT = re.compile(rf"{_NICKNAME}|{_BRACKETED_TITLE}")  # no part of a name: "Ann “Big Ann” Roe"
_NAME_AFTER_ROLE_CLAUSE = re.compile(
    rf"[ \t]+(?:for|of|who|which|that|in|at|on|from|with)[ \t](?:[^,.;:“”\"\n]|(?<={_AFTER_ABBREVIATION})\.)"
    rf"{{1,90}},[ \t]+"
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN}|{_NICKNAME}|{_BRACKETED_TITLE})+)(?=,)"
)
# A name in an aside after a role, described: "witness" + ", retired crane driver Ann Roe" + ",".
_NAME_AFTER_ROLE_ASIDE = re.compile(
    rf",[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}([a-z][\w-]*)[ \t]+"
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+)(?=,)"
)
# A name just before a description of it: "RoseAnn Lyle, " + "executive director of X".
_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w’'.-])({_TOKEN}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+),[ \t]+(?:\d{{1,3}},[ \t]+)?$"
)
# A name before its appositive role: "Donald Trump, the billionaire".
_NAME_BEFORE_ROLE = re.compile(
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})*),[ \t]+((?:the|a|an)[ \t][^,.;:“”\"]{{0,50}})$"
)
_ROLE_AFTER_COMMA = re.compile(r",[ \t]+(?:the|a|an)[ \t]")  # where _NAME_BEFORE_ROLE's role begins
# A role a relative clause gives the name before it: "Ann Roe, who took over as CEO in May,"; never
# one she held before ("who was ousted as", "who served as mayor from 2010"): she is no current holder.
_PAST_HOLDER_VERBS = ("ousted|sacked|fired|dismissed|removed|deposed|resigned|quit|stepped|stood|served"
                      "|retired|replaced|succeeded|left|departed|lost|once|formerly|previously|used")
_NAME_BEFORE_RELATIVE_ROLE = re.compile(
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})*),[ \t]+(who[ \t]+"
    rf"(?:(?!(?:{_PAST_HOLDER_VERBS})\b)[a-z][\w-]*[ \t]+){{0,3}}"
    rf"(?:as|became|becomes|become|named|appointed)[ \t]+(?:(?:the|its|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+)?)$"
)
# A role after a name: "Ann Roe, the harbour master,". The article is a whole word ("also campaigning"
# is no "a" + "lso campaigning"), and a clause after the comma ("told CNN she ...", "also said") is no role.
_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|an?|who\s+is\s+(?:the|an?))\s+)?"
    r"(?!(?:also|told|tells|said|says|added|who|which|whose|when|where|while|and|but|then|as|after|before"
    r"|because|though|although|if|half|in|on|at|according|among)\b)"
    r"([^,.;:“”\"()]{3,80}?)(?:,|\.|\s+(?:said|says|told|added))"
)
# A past-tense verb and its object after a name set off by commas is its predicate, no role:
# "Ann Roe, praised the plan" (not "Ann Roe, retired general,").
_VERB_OBJECT = re.compile(r"[a-z]+ed[ \t]+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b")
# A role set off before a name at a sentence's start: "The transport minister, " / "Its chief executive, "
# + "Ann Roe,"; or after a fronted time or place phrase ("On Monday(,) the minister, ") or a comma and a
# conjunction (", and the minister, "); group 1 is the role (up to four words), its last word a role noun.
_SENTENCE_START = r"(?:^|(?<=[.!?])[\"”’']?\s+|(?<=\n))"
_FRONTED = (r"(?:On|In|At|Later|Earlier|Meanwhile|Yesterday|Today|Tonight|Then|Last|After|Before|During|Since"
            r"|Separately|Also|Now|Still|But|And|Yet|So)")
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:{_SENTENCE_START}(?:The|Its|His|Her|Their|Our)"
    rf"|(?:{_SENTENCE_START}{_FRONTED}(?:[ \t]+[\w-]+){{0,3}},?|,[ \t]+(?:and|but))"
    r"[ \t]+(?:the|its|his|her|their|our))"
    r"[ \t]+((?:[\w-]+[ \t]+){0,3}[a-z][\w-]*),[ \t]+\Z"
)
# A name right after a mention that only describes it: "'s campaign manager, Corey Lewandowski".
_DESCRIBED_NAME = re.compile(
    r"(?:['’]s)?((?:[ \t]+(?:[a-z][\w-]*|[A-Z][\w-]*(?:['’]s)?)){0,5}?)(?:,[ \t]*|[ \t]+)"
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+)"
)
_SPLIT = re.compile(r"\s+")
_GIVEN_AFTER = re.compile(rf"([{_UP}][a-z]+)\b(?![ \t]+[{_UP}])")
_NEXT_WORD = re.compile(r"(?:['’]s)?,?[ \t]+([\w-]+)")
# Title words that alone before a surname make it a person ("Sen. Cruz", "President Obama").
_PERSON_TITLES = (HONORIFICS | ROLE_NOUNS | SPEAKER_EXTRA_ROLES) - frozenset(_words(
    "foreign defence defense interior finance prime first former acting interim national security special "
    "state vice deputy chief general star host head player owner"
))
_WORD_CHAR = re.compile(r"[\w-]").match
_ROLES = ROLE_NOUNS | UNNAMED_SOURCE_NOUNS | HONORIFICS | SPEAKER_EXTRA_ROLES
# Lower-case words that may stand between a description and the name it describes.
_DESCRIPTORS = _ROLES | frozenset(_words(
    """
    campaign former senior longtime top political press communications policy national chief general
    state party election presidential executive managing legal foreign senate house white of for
    the at in on co-founder co-anchor anchor host
    """
))
# Roles of the public figures a story is about: "the governor" the article never introduced as such
# is the person the story just spoke of.
_PUBLIC_ROLES = frozenset(_words(
    """
    governor senator candidate nominee president congressman congresswoman representative mayor
    front-runner hopeful contender billionaire businessman mogul tycoon chancellor premier
    """
))
_DETERMINER_WORDS = frozenset(_words("a an the another one some every each any no this that"))
_PRONOUN_SENTENCES = 6  # how many sentences back a pronoun may look for its person
_PRONOUN_WINDOW = 1000  # characters before a pronoun read for its sentences
_RECENT = 600  # characters: a full name this close decides between namesakes
_ROLE_LOOKBACK = 40  # role words weighed per lookup: the nearest before the mention
_WORD_WINDOW = 100  # no name word is longer: bounds the backward search on text without spaces


def _word_followed(text: str, word: str, following: tuple[str, ...]) -> bool:
    """Whether ``word`` stands in ``text`` right before one of the ``following`` characters: one
    pass of ``str.find`` over the article instead of one substring test per character."""
    i = text.find(word)
    while i >= 0:
        i += len(word)
        if text[i:i + 1] in following:
            return True
        i = text.find(word, i - len(word) + 1)
    return False


def _whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` with no letter or digit right before or after it."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum()):
            yield i
        i = text.find(word, j)


_IS_WORD = re.compile(r"\w").match


def _boundary(text: str, i: int) -> bool:
    """Whether a regex ``\\b`` holds at ``text[i]``: a word character on one side only."""
    return (i > 0 and _IS_WORD(text, i - 1) is not None) != (_IS_WORD(text, i) is not None)


def _word_start(text: str, end: int) -> int:
    """Start of the word ending at ``end`` (after the last space, no-break space or line break before
    it: "on Facebook.\xa0Dexter Roe" has the word "Dexter")."""
    # Conditional expressions rather than max(): this runs for most surname occurrences read.
    lo = end - _WORD_WINDOW if end > _WORD_WINDOW else 0
    space, newline = text.rfind(" ", lo, end), text.rfind("\n", lo, end)
    start = (space if space > newline else newline) + 1 or lo
    nbsp = text.rfind("\xa0", start, end)  # searches the word only
    return nbsp + 1 if nbsp >= 0 else start


def _lead_words(text: str, k: int, ws: int) -> tuple[list[str], int]:
    """Up to five capitalised words (or particles) on the same line before the space (or no-break
    space) at ``k``, whose word starts at ``ws``; and where the first of them starts. The caller
    already found ``ws``."""
    lead: list[str] = []
    start = k + 1
    while len(lead) < 5 and k > 0 and text[k] in " \xa0":
        if ws < 0:
            ws = _word_start(text, k)
        word = text[ws:k]
        if word[:1] in "([" and word[1:2].isupper() and _NAME_WORD.fullmatch(word[1:]):
            lead.insert(0, word[1:])  # "(Donald J. Trump)": the name opens the parenthesis
            start = ws + 1
            break
        if not (word[:1].isupper() or word in _PARTICLE_WORDS) or not _NAME_WORD.fullmatch(word):
            break
        lead.insert(0, word)
        start, k, ws = ws, ws - 1, -1
    return lead, start


# "<Title> of (the) " right before capitalised words: the words after it begin with the office.
# A nickname in quotes between a given name and the surname: Juan “Chico” Roe.
_NICKNAME_BEFORE = re.compile(rf"(?<=[ \t]){_QUOTED_NICKNAME}[ \t]\Z")
# A given name and "and" before a full name: both share its surname ("Khizr and Ghazala Khan").
_SHARED_SURNAME_BEFORE = re.compile(rf"(?<![\w’'-])[{_UP}][\w’'-]*[ \t]+and[ \t]+\Z")
# A capitalised name word (and a space) right before: "Ann Roe| and Ray Poe", not "Ann| and Ray Roe".
_NAME_WORD_BEFORE = re.compile(rf"[{_UP}][\w’'.-]*[ \t]+\Z")
# "and", a given name and the surname they share, after the first given name ("Ann| and Ray Roe").
_COUPLE_SURNAME = re.compile(rf"[ \t]+and[ \t]+[{_UP}][\w’'-]*[ \t]+([{_UP}][\w’'-]*)(?![ \t]*[{_UP}\w])")
# A capitalised head and its link word right before a name: an office ("Secretary of", "Minister for")
# or a body's name going on ("Council on", "Center for").
_HEAD_LINK_BEFORE = re.compile(rf"(?<![\w’'-])([{_UP}][\w-]*)[ \t]+(for|of|on)[ \t]+(?:the[ \t]+)?\Z")
_LINK_ENDS = ("for ", "of ", "on ", "the ")


def _in_body_name(text: str, start: int, parsed: _Phrase) -> bool:
    """Whether name words at ``start`` continue a body's name after its head and a link word
    ("Center for Nonproliferation Studies", "Council on Foreign Relations"): no title, given name or
    role word among them, which would make them an office and a person ("Bank of England Governor
    Ann Roe")."""
    found = _HEAD_LINK_BEFORE.search(text, max(0, start - 40), start)
    return (found is not None and _fold(found.group(1)) in ORG_CUES and not parsed.titles
            and not any(w in GIVEN_NAMES or w in _ROLES for w in parsed.key))


@lru_cache(maxsize=4096)
def _office_head(word: str) -> bool:
    """Whether a capitalised word heads an office named with "of" ("Secretary", "Supervisor"); not an
    acronym ("ACLU of Oregon") nor a title that is also a name ("Peter King of New York")."""
    low = word.lower()
    return (word[:1].isupper() and not word.isupper() and low not in _GIVEN_NAME_TITLES
            and (low in HONORIFICS or low in ROLE_NOUNS or low in _EXTRA_TITLES or low in OFFICE_TITLES))


def _office_before(text: str, pos: int) -> re.Match[str] | None:
    """The "<Title> of/for" (or "<Title> of/for the") that stands right before ``pos``, if any (a plain
    suffix test first: most names have none)."""
    if not text.endswith(("of ", "for ", "the "), max(0, pos - 4), pos):
        return None
    found = _HEAD_LINK_BEFORE.search(text, max(0, pos - 40), pos)
    return found if found is not None and found.group(2) != "on" and _office_head(found.group(1)) else None


def _office_title(text: str, found: re.Match[str], portfolio: list[str]) -> str:
    """The whole office: the "<Title> of/for" ``found`` before a name and the ``portfolio`` words after
    it ("Secretary of" + "State")."""
    return " ".join([*text[found.start(1):found.end()].split(), *portfolio]) if portfolio else ""


def _after_office(words: list[str]) -> list[str]:
    """The name words after the office named by "<Title> of/for": the office takes at least the first
    word, the name starts at a known given name, else it is the last word ("of Elections Ann",
    "of Government Affairs Ola")."""
    titled = [k for k in range(1, len(words) - 1) if _is_title(words[k])]
    if titled:
        return words[titled[-1] + 1:]  # "of State for Rural Development Shri Ram Lal": after the title
    for k in range(1, len(words)):
        if _fold(words[k]) in GIVEN_NAMES:
            return words[k:]
    return words[-1:] if len(words) > 1 else []


# Capitalised links of a headline: a name never runs across them ("Trump And Marco Rubio Miss ...").
_HEADLINE_LINKS = frozenset(_words("And Or On For With To In At By Vs"))
_HEADLINE_MAX = 300  # characters: a longer line is a paragraph, not a headline
_LOWER_WORD = re.compile(
    r"(?<![^\s\"“(‘])(?!(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs|via|with)\b)[a-z]")


def _headline(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a headline: a short line in title case with no sentence end
    ("Bush Hits Marco Rubio On Abortion"), where capitalised verbs run into the names."""
    ls = text.rfind("\n", max(0, pos - _HEADLINE_MAX), pos) + 1
    le = text.find("\n", pos, pos + _HEADLINE_MAX)
    if ls == 0 and pos > _HEADLINE_MAX or le < 0 and len(text) > pos + _HEADLINE_MAX:
        return False
    line = text[ls:le if le >= 0 else len(text)].rstrip()
    return (line[-1:] not in ".,!?:;\"”’'" and line.count(" ") >= 3  # a name alone is a byline
            and _LOWER_WORD.search(line) is None)


def _on_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on the article's first line when that line is a headline (no sentence
    end, a blank line after it): headlines clip names ("takeover of rival Roe" for Roe Brands)."""
    end = text.find("\n\n", 0, _HEADLINE_MAX)
    return 0 <= pos < end and "\n" not in text[:end] and text[end - 1] not in ".!?\"”’'"


def _given_lead(lead: list[str], end: int) -> tuple[list[str], int]:
    """The lead words of a name on a headline that are given names, initials or particles, nearest
    first: the words before them are the headline's ("Hits Marco Rubio" -> "Marco Rubio")."""
    k = len(lead)
    while k and (_fold(lead[k - 1]) in GIVEN_NAMES or lead[k - 1] in _PARTICLE_WORDS
                 or len(lead[k - 1]) == 2 and lead[k - 1][1] == "."):
        k -= 1
    kept = lead[k:]
    return kept, end - len(" ".join(kept)) - 1 if kept else end


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: name (None when unknown), kind and roles seen with it."""

    name: str | None
    kind: str | None = None
    roles: tuple[str, ...] = field(default=())


class _Phrase(NamedTuple):
    """A capitalised phrase parsed once: titles, name words as written, folded key (a named tuple:
    thousands are built per run, and it is built faster than a frozen dataclass)."""

    titles: tuple[str, ...]
    words: tuple[str, ...]
    key: tuple[str, ...]
    gender: str | None
    possessive: bool


@dataclass(eq=False, slots=True)
class _Person:
    """A person of the article, keyed by folded name tokens."""

    name: str
    key: tuple[str, ...]
    titles: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # full mentions outside quotes
    ends: list[int] = field(default_factory=list)
    gender_votes: list[str] = field(default_factory=list)
    roles: tuple[str, ...] | None = None  # titles and appositives, read once when first asked
    speaker: Speaker | None = None  # the Speaker for it with those roles, built once


_NOBODY = Speaker(None)  # frozen, so one instance serves every unresolved mention

# A name phrase in a sentence: (offset, parse, possessive, speech subject).
_Mentioned = tuple[int, _Phrase, bool, bool]


# -- name normalising ---------------------------------------------------------------------------

_TRANSLIT = (
    (re.compile(r"^m[ou]h[ae]mm?[ae]d$"), "muhammad"),
    (re.compile(r"^serg[e]?[iy]$"), "sergey"),
)


@lru_cache(maxsize=32768)
def _fold(word: str) -> str:
    """Lower-case, accent-free, without dots or possessive; transliterations folded."""
    if "'" in word or "’" in word:
        word = _POSSESSIVE.sub("", word)
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in word if not unicodedata.combining(c))
    word = word.lower().replace(".", "").strip("’'")
    if word.startswith(("m", "s")):  # where every transliterated form starts
        for pattern, repl in _TRANSLIT:
            if pattern.match(word):
                return repl
    return word


@lru_cache(maxsize=32768)
def _is_title(word: str) -> bool:
    """Titles, honorifics, role nouns, lower-case words and leading acronyms ("HPC Karim Khalili")."""
    if word.lower() in DOTTED_TITLES:
        return True
    if word.lower() in BARE_TITLES:
        return False  # a bare "Hon"/"Eng" is a title only before a given name: split_title reads it
    low = word.lower().strip(".")
    if low in _PARTICLE_WORDS:
        return False  # "Pierre de Vos", "Mr. de Vos": a particle belongs to the surname
    if low[-1:] == "s" and word[:1].isupper() and (low[:-1] in ROLE_NOUNS or low[:-1] in HONORIFICS):
        return True  # a plural title: "Professors Ann and Eric Ward", never part of the name
    if low.startswith("co-") and low[3:] in ROLE_NOUNS:
        return True  # "Co-moderator Ann Roe"
    return (low in HONORIFICS or low in ROLE_NOUNS or low in _EXTRA_TITLES or word[:1].islower()
            or (len(word) > 1 and word.replace(".", "").isupper() and len(word.replace(".", "")) > 1
                and not word.endswith(".")))


def _is_nationality(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(("an", "ese", "ish", "i", "ic")) and len(word) > 4


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading titles, nationality adjectives and affiliations (kept as roles) and the name after."""
    i = 0
    n = len(words)
    while i < n - 1 and (_is_title(words[i]) or bare_title(words[i], words[i + 1])
                         or words[i].lower() in ("of", "the")
                         or (_is_nationality(words[i]) and _is_title(words[i + 1]))
                         or _POSSESSIVE.search(words[i]) and words[i][-2:] in ("’s", "'s")):
        i += 1
    if n - i > 2 and _occupation_before_given(words[i], words[i + 1]):
        i += 1  # "Comedian Ann Roe": the occupation is no part of the name
    # A title inside the phrase ends the description: "Ohio State University professor Paul Beck".
    for j in range(n - 2, i - 1, -1):
        if _is_title(words[j]) and words[j + 1][:1].isupper():
            return words[:j + 1], words[j + 1:]
    return words[:i], words[i:]


# Endings of agent and occupation nouns ("comedian", "novelist", "rapper", "inventor").
_AGENT_NOUN = re.compile(r"[A-Z][a-z]{2,}(?:ian|ist|er|or)")


def _occupation_before_given(word: str, following: str) -> bool:
    """Whether a capitalised word before a name is an occupation noun, no name of its own: a known
    role noun ("Rapper Tyrese", "Marine John"), or a word with an agent-noun ending that is no given
    name before a known given name ("Comedian Ann", not "Tyler Ann")."""
    low, given_next = _fold(word), _fold(following) in GIVEN_NAMES
    if low in SPEAKER_EXTRA_ROLES or low in _POSITIONS:
        return given_next or low not in GIVEN_NAMES  # "Marine John Roe", but "Marine Le Pen"
    return _AGENT_NOUN.fullmatch(word) is not None and low not in GIVEN_NAMES and given_next


_DESCRIBING = re.compile(r"\w+(?:ing|-[a-z][\w-]*)")


def _describes(word: str) -> bool:
    """A leading word that describes rather than names: a participle or a hyphenated adjective
    ("Using", "Texas-based"), unless it is a known given name ("Blessing Okafor")."""
    return bool(_DESCRIBING.fullmatch(word)) and _fold(word) not in GIVEN_NAMES


def _org_like(words: list[str] | tuple[str, ...], folded: tuple[str, ...] = ()) -> bool:
    """Whether name words name a body; ``folded``: the same words folded, when the caller has them."""
    low = folded or [_fold(w) for w in words]
    if " ".join(low) in KNOWN_ORGANISATIONS or not ORG_CUES.isdisjoint(low) or "&" in low:
        return True  # "Roe & Sons": no person's name is joined by "&"
    if len(low) > 1 and low[-1] in _ORG_HEAD_WORDS:
        return True  # "the U.S. Geological Survey", "Oxford Economics"
    if len(words) != 1:
        return False
    return words[0].isupper() and len(words[0]) > 1 or _CAMEL_ORG.fullmatch(words[0]) is not None \
        or _DOMAIN.fullmatch(words[0]) is not None


# Last words that make a capitalised phrase a body, beside the shared ORG_CUES.
_ORG_HEAD_WORDS = frozenset(_words("survey economics analytics research laboratory laboratories labs partners"
                                   " associates consulting capital media observatory"))
# One word with a capital inside and no surname prefix (Mc, Mac, De, La, Van ...): "WikiLeaks", "PolitiFact".
_CAMEL_ORG = re.compile(r"(?!Mac|Van|Von|Des|Del|Dos|Das|Ter|Ten)[A-Z][a-z]{2,}[A-Z][a-z]+")
_DOMAIN = re.compile(r"[\w-]+\.(?:com|org|net|gov|edu|io|co\.uk)", re.IGNORECASE)  # "Roeinfo.com": a website


def _place_like(key: tuple[str, ...]) -> bool:
    """"New Hampshire", "Tiananmen Square", "Democratic-leaning New Jersey", "Ohio"."""
    return (key[-1] in SPEAKER_PLACE_LAST or key[-1] in SPEAKER_PLACES
            or key[0] in SPEAKER_PLACE_FIRST or len(key) > 2 and key[-2] in SPEAKER_PLACE_FIRST)


def _titled_person(key: tuple[str, ...], titles: tuple[str, ...] | list[str]) -> bool:
    """Whether a person's title and given name come with a name that reads as a place ("Governor Lee
    Park", "Mayor Ann Hill"): a person, whatever the last word."""
    return len(key) > 1 and key[0] in GIVEN_NAMES and any(
        _fold(w) in _PERSON_TITLES for t in titles for w in t.split())


def _title_gender(titles: tuple[str, ...] | list[str]) -> str | None:
    for t in titles:
        low = t.lower().strip(".")
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
    return None


def _sure_gender(person: _Person) -> str | None:
    """A person's sex from titles or a listed given name first, never guessed from its ending."""
    if person.gender_votes:
        return max(("m", "f"), key=person.gender_votes.count)
    return _given_name_gender(person.key)


def _given_name_gender(key: tuple[str, ...], guess: bool = False) -> str | None:
    """The sex of a name's first listed given name ("Crooked Hillary Clinton" is a woman), where a
    "Maria" after the first word is a man's middle name too ("Giovanni Maria Roe"); with ``guess``,
    an unlisted given name in "-a" ("Alyona Roe") is a woman's. The guess errs ("Garba" is a man),
    so only the pronoun-reading of a person's own sex takes it."""
    for k, word in enumerate(key[:-1]):
        if word in MALE_FIRST_NAMES:
            return "m"
        if word in FEMALE_FIRST_NAMES and not (k and word in _MIDDLE_MARIA):
            return "f"
    if guess and len(key) == 2 and _FEMININE_GIVEN.fullmatch(key[0]) and key[0] not in GIVEN_NAMES \
            and not _place_like(key) and not _org_like(key, key):
        return "f"
    return None


# A given name in "-a" of four letters or more is a woman's in most of the languages news quotes
# ("Alyona", "Omarosa"); the men's exceptions are in MALE_FIRST_NAMES. Not "-ya": a man's
# in Japanese ("Kazuya"), a woman's in Russian ("Tanya").
_FEMININE_GIVEN = re.compile(r"[a-z]{2,}[^y]a")
# The given names a Catholic man may bear in second place ("Carlo Maria", "Jean Marie").
_MIDDLE_MARIA = frozenset(_words("maria marie"))


# Words of a label put before a given name: party and role words and the common epithets of
# political news ("Crooked Hillary Clinton", "Democrat Hillary Clinton"). Only these: an unknown
# first word before a given name is usually a name of its own ("Atta Muhammad Noor").
_EPITHETS = frozenset(_words("crooked lyin lying little sleepy crazy nasty low-energy rival"))


def _epithet(key: tuple[str, ...]) -> bool:
    """Whether a name opens with a label before a given name: no part of the name."""
    return len(key) > 2 and (key[0] in _EPITHETS or key[0] in ROLE_NOUNS) and key[1] in GIVEN_NAMES


def _after_owner(words: list[str]) -> list[str]:
    """The words after the first possessive owner before the last two ("New Republic’s Jeet Heer":
    the person is Jeet Heer)."""
    for k, word in enumerate(words[:-2]):
        if word.endswith(("’s", "'s")):
            return words[k + 1:]
    return words


def _given_before_name(words: list[str]) -> bool:
    """Whether the first word is a given name before another name word ("Hope Hicks"), though it is
    a speech verb too."""
    return len(words) > 1 and _fold(words[0]) in GIVEN_NAMES


@lru_cache(maxsize=16384)
def _parse(phrase: str) -> _Phrase | None:
    """The parse of a capitalised phrase that can name a person, else None."""
    words = _SPLIT.split(phrase)
    words = _after_owner(words)
    while words and (_fold(words[0]) in _STOP_START
                     or words[0].lower() in SPEECH_VERBS and not _given_before_name(words)
                     or len(words) > 1 and (_describes(words[0]) or _fold(words[0]) in _GROUP_WORDS)):
        words = words[1:]
    while len(words) > 1 and (words[-1].lower() in _WEEKDAYS or words[-1].rstrip(",") in POST_NOMINALS):
        words = words[:-1]  # "introducing Pence Thursday", "Ann Roe KC": no part of the name
    if not words:
        return None
    possessive = bool(_POSSESSIVE.search(words[-1])) and words[-1][-1] in "s’'"
    titles, name = split_title(words)
    if not name or len(name) > 5:
        return None
    key = tuple(_fold(w) for w in name)
    if _org_like(name, key) and not _titled_cue_surname(titles, name, key):
        return None
    if len(key) > 1 and key[-1].rstrip("s") in _PARTY_WORDS and key[0] not in GIVEN_NAMES:
        return None  # "Kentucky Republican", "Latino Republicans": a description, no name
    state = name[0].rstrip(",")
    if len(name) == 1 and state.endswith(".") and state[:-1].lower() in US_STATE_ABBREVIATIONS:
        return None  # "a truck driver from Ava, Mo., who": a state, not a person
    if not all(key) or _place_like(key) and not _titled_person(key, titles):
        return None
    if len(key) == 1 and titles and _fold(titles[-1]) not in _PERSON_TITLES:
        return None  # "National Review", "Security Council": an adjective is no title
    shown = [w.rstrip(",") for w in name]
    if possessive:
        shown[-1] = _POSSESSIVE.sub("", shown[-1])
    return _Phrase(tuple(titles), tuple(shown), key, _title_gender(titles), possessive)


_PARTY_WORDS = frozenset(_words("democrat republican"))


def _titled_cue_surname(titles: list[str], name: list[str], key: tuple[str, ...]) -> bool:
    """Whether a person's title and given name stand before a surname that is also a body's word
    ("Mayor Don Guardian", "Sen. Frank Church"): a person, not the newspaper or the building."""
    return (len(key) == 2 and bool(titles) and _fold(titles[-1]) in _PERSON_TITLES
            and _fold(titles[-1]) not in _PARTY_WORDS and not name[-1].isupper()
            and (key[0] in GIVEN_NAMES or len(name[0]) == 2 and name[0][1] == ".")
            and key[0] not in ORG_CUES and " ".join(key) not in KNOWN_ORGANISATIONS)


_JOINED_PARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-")


def _particle_cases(surname: str) -> tuple[str, ...]:
    """A surname as written, and with its joined particle in the other case: "al-Mazrouei" is
    "Al-Mazrouei" at the start of a sentence."""
    if not _JOINED_PARTICLE.match(surname):
        return (surname,)
    other = surname[0].swapcase() + surname[1:]
    return (surname, other)


# -- the article's cast -------------------------------------------------------------------------


# What follows a lone name word written as a body's: its speech verb and "it"/"its" opening the
# reported clause, or a trade word ("Roe said its", "Roe shares", "Roe's chief executive").
_BODY_EVIDENCE = re.compile(
    r"(?:[ \t]+(?:also[ \t]+)?(?:said|says|added|announced|confirmed|insisted|stated)[ \t]+(?:that[ \t]+)?"
    r"(?:its|it[ \t]+(?:had|has|was|is|would|will|could|did|does|planned|expected))\b"
    r"|['’]s[ \t]+(?:chief[ \t]+executive|shares|stock|board|chairman|headquarters"
    r"|spokes(?:man|woman|person))\b"
    r"|[ \t]+(?:shares|stock)[ \t]+(?:rose|fell|closed|jumped|dropped|slid|gained))")


class Cast:
    """The people of one article, read lazily: only around the mentions being resolved.

    Names are found per surname (``str.find`` over the article, then the capitalised words before
    each hit), pronoun antecedents by reading the few sentences before the pronoun, roles by
    searching the role word before the mention. Nothing scans the whole article with a regex.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        # A no-break space reads as a space ("In April,\xa0Roe said"): the rules' patterns write
        # [ \t]; the replacement keeps every offset, and names come out with plain spaces
        self.text = text.replace("\xa0", " ") if "\xa0" in text else text
        spans = sorted(quoted or [])
        self._q_starts = [s for s, _ in spans]
        self._q_ends = [e for _, e in spans]
        self.people: dict[tuple[str, ...], _Person] = {}
        self._surnames: dict[str, list[_Person]] = {}  # surname as written -> people ending with it
        self._lowercase: dict[str, bool] = {}
        self._lowered: str | None = None
        self._role_positions: dict[str, list[tuple[int, int]]] = {}
        self._by_words: dict[tuple[str | None, ...], _Person] = {}
        self._alone: dict[str, bool] = {}
        self._the_only: dict[str, bool] = {}
        self._speaking: dict[str, bool] = {}
        self._lower_speaking: dict[str, bool] = {}
        self._placed: dict[str, bool] = {}
        self._body_word: dict[str, bool] = {}
        self._searched: dict[str, bool] = {}  # whole-text searches by pattern, each made once
        self._only: dict[str, _Person | None] = {}
        self._sentence_cache: dict[int, tuple[int, list[_Mentioned]]] = {}
        self._bounds: list[int] = []  # sentence starts read so far, between _bounds_lo and _bounds_hi
        self._bounds_lo = self._bounds_hi = 0
        self._said: list[tuple[int, _Person]] = []  # resolved speakers by mention offset
        self._said_keys: set[tuple[str, ...]] = set()  # their keys (a set: no rescan per lookup)
        self._surname_first_cache: dict[str, _Person | None] = {}
        self._given_cache: dict[str, _Person | None] = {}
        self._body_cache: dict[str, str] = {}

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._q_starts, pos) - 1
        return i >= 0 and pos < self._q_ends[i]

    # -- names, per surname ----------------------------------------------------------------------

    def variants(self, surname: str) -> list[_Person]:
        """Everyone the article names with this surname (fullest forms and the bare surname)."""
        found = self._surnames.get(surname)
        if found is not None:
            return found
        found = self._surnames[surname] = []
        if len(surname) < 2:
            return found
        text, size = self.text, len(surname)
        for form in _particle_cases(surname):
            i = text.find(form)
            while i >= 0:
                j = i + size
                if not (i and (text[i - 1].isalnum() or text[i - 1] == "-")
                        or j < len(text) and (text[j].isalnum() or text[j] == "-")):
                    person = self._read_name(i, j)
                    if person is not None and person not in found:
                        found.append(person)
                    partner = self._partner(person) if person is not None else None
                    if partner is not None and partner not in found:
                        found.append(partner)
                i = text.find(form, j)
        return found

    def _partner(self, person: _Person) -> _Person | None:
        """The relative named by a given name and "and" before a full name ("Ann and Ray Roe"): Ann
        Roe, a person of her own, so a title's gender ("Mrs Roe") can tell the two apart."""
        if len(person.key) != 2 or not person.starts:
            return None
        start = person.starts[-1]
        if not self.text[max(0, start - 30):start].rstrip(" \t").endswith("and"):
            return None  # most names: no "and" right before, so no pattern search
        shared = _SHARED_SURNAME_BEFORE.search(self.text, max(0, start - 30), start)
        if shared is None:
            return None
        given = self.text[shared.start():start].split()[0]
        if _fold(given) in _STOP_START or _NAME_WORD_BEFORE.search(self.text, max(0, shared.start() - 40),
                                                                    shared.start()):
            return None  # "Ann Roe and Ray Poe": the word before "and" ends a name of its own
        partner = self._two_word_person(f"{given} {person.name.split()[-1]}")
        if partner is None:
            return None
        if shared.start() not in partner.starts:
            partner.starts.append(shared.start())
            partner.ends.append(shared.start() + len(given))
        return partner

    def _read_name(self, i: int, j: int) -> _Person | None:
        """The person named by the capitalised words ending with the surname at ``text[i:j]``."""
        text = self.text
        lead: list[str] = []
        start = i
        if i > 1:
            # the space before the name words: before a nickname in quotes (Juan “Chico” Roe)
            nick = _NICKNAME_BEFORE.search(text, max(0, i - 40), i) if text[i - 2] in '"”' else None
            k = nick.start() - 1 if nick is not None else i - 1
            if text[k] not in " \xa0":
                return self._bare(i, j)  # no word before it on the line: the surname alone
            ws = _word_start(text, k)
            if not (text[ws].isupper() or text[ws:k] in _PARTICLE_WORDS):
                return self._bare(i, j)  # no capitalised word before it: the surname alone
            lead, start = _lead_words(text, k, ws)
            if lead and _headline(text, i):
                lead, start = _given_lead(lead, k + 1)
            elif any(w in _HEADLINE_LINKS for w in lead):
                lead = lead[max(n for n, w in enumerate(lead) if w in _HEADLINE_LINKS) + 1:]
                start = k - len(" ".join(lead)) if lead else i
        office = ""
        if lead and (titled := _office_before(text, start)):
            kept = _after_office(lead)  # "Supervisor of Elections Ann Roe": the office is no name
            office = _office_title(text, titled, lead[:len(lead) - len(kept)])
            lead = kept
            start = i - len(" ".join(lead)) - 1 if lead else i
        end = j + 2 if text[j:j + 2] in ("’s", "'s") else j
        parsed = _parse(" ".join([*lead, text[i:end]]))
        if parsed is None:
            return None
        key, shown = parsed.key, parsed.words
        if len(key) > 1 and self._lowercase_word(key[0]) or _epithet(key) and self._stands_alone(shown):
            key, shown = key[1:], shown[1:]  # "See Sexton", "Crooked Hillary Clinton"
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = _Person(" ".join(shown), key)
        if parsed.titles:
            person.titles.append(" ".join(parsed.titles))
        if office:
            person.titles.append(office)  # a role of the person: "secretary of state"
        if parsed.gender:
            person.gender_votes.append(parsed.gender)
        elif (kin := _KIN_BEFORE.search(text, max(0, start - 10), start)) is not None:
            person.gender_votes.append(_KIN_GENDERS[kin.group(1)])
        if not self._inside_quote(i):
            person.starts.append(start)
            person.ends.append(end)
        return person

    def _stands_alone(self, words: tuple[str, ...]) -> bool:
        """Whether the article also writes the name without its first word."""
        short = " ".join(words[1:])
        return self.text.count(short) > self.text.count(f"{words[0]} {short}")

    def _bare(self, i: int, j: int) -> _Person:
        surname = self.text[i:j]
        key = (_fold(surname),)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = _Person(surname, key)
        if not self._inside_quote(i):
            person.starts.append(i)
            person.ends.append(j)
        return person

    def _lowercase_word(self, word: str) -> bool:
        """True when ``word`` (folded) is used in lower case in this article, so not a given name."""
        known = self._lowercase.get(word)
        if known is None:
            known = (word not in GIVEN_NAMES
                     and _word_followed(self.text, f" {word}", (" ", ",", ".")))
            self._lowercase[word] = known
        return known

    def person_by_name(self, words: list[str], pos: int, gender: str | None = None) -> _Person | None:
        """The fullest person whose name contains these words; of two people sharing a surname
        (Hamid Karzai, Hekmat Khalil Karzai), the one the gender and the nearest full mention fit."""
        cache_key = (*words, gender)
        known = self._by_words.get(cache_key)
        if known is not None:
            return known
        key = tuple(_fold(w) for w in words)
        fits = [p for p in self.variants(_POSSESSIVE.sub("", words[-1])) if _name_fits(key, p.key)]
        fullest = [p for p in fits if not any(_longer(q, p) for q in fits)]
        bare = self._other_bare(key, fullest) if len(key) == 1 else None
        if bare is not None:
            self._by_words[cache_key] = bare
            return bare
        if gender:  # "Mrs Roe": the namesake known to be a woman, else any not known to be a man
            fullest = ([p for p in fullest if self.gender(p) == gender]
                       or [p for p in fullest if self.gender(p) is None] or fullest)
        if len(fullest) <= 1:
            if fullest:
                fullest[0] = self._completed(fullest[0])
                self._by_words[cache_key] = fullest[0]  # one candidate: the answer holds anywhere
            return fullest[0] if fullest else None
        owner = self._bare_owner(fullest, key, fits) if len(key) == 1 else None
        if owner is not None and (gender is None or self.gender(owner) == gender):
            return owner
        recent = [p for p in fullest if 0 <= pos - _last_before(p.starts, pos) <= _RECENT]
        if recent:
            return max(recent, key=lambda p: _last_before(p.starts, pos))
        said = self._said_keys
        return max(fullest, key=lambda p: (p.key in said, len(p.starts), _last_before(p.starts, pos)))

    def _other_bare(self, key: tuple[str, ...], fullest: list[_Person]) -> _Person | None:
        """The bare surname as a person of its own when its titles give it a gender that no one named
        in full with it has ("Mr. Roe" and "President Roe" beside "his wife, Ann Roe"): a namesake the
        article never names in full, not the one it does."""
        bare = self.people.get(key)
        if bare is None or not bare.gender_votes or not fullest or bare in fullest:
            return None
        gender = max(("m", "f"), key=bare.gender_votes.count)
        return bare if all(_sure_gender(p) not in (None, gender) for p in fullest) else None

    def _bare_owner(self, fullest: list[_Person], key: tuple[str, ...],
                    fits: list[_Person]) -> _Person | None:
        """The namesake a bare surname already stood for before the next one was introduced (Sen.
        Chris Murphy, "Murphy" ten times, then "Anne Marie Murphy"): the later one keeps the full
        name, the bare surname stays the first one's. None when both came in before any bare use.
        A namesake comes in with the first of its forms ("Alan Grayson" before "Alan Mark Grayson")."""
        bare = self.people.get(key)
        firsts = sorted((min(forms), k) for k, p in enumerate(fullest)
                        if (forms := [q.starts[0] for q in fits
                                      if q.starts and len(q.key) > 1 and (q is p or _longer(p, q))]))
        if bare is None or len(firsts) < 2:
            return None
        first, second = firsts[0][0], firsts[1][0]
        if _SHARED_SURNAME_BEFORE.search(self.text, max(0, first - 30), first):
            return None  # "Ammon and Ryan Bundy": the surname named two people at once
        return fullest[firsts[0][1]] if any(first < s < second for s in bare.starts) else None

    def fullest(self, person: _Person, pos: int) -> _Person:
        """The fullest form of a person found by a bare surname ("Mr. Kasich" -> John Kasich)."""
        if len(person.key) > 1:
            return person
        fuller = self.person_by_name([person.name], pos, self.gender(person))
        if fuller is not None and len(fuller.key) > 1:
            return fuller
        return (self._surname_first(person) or self._given_name_first(person) or self._given_alone(person)
                or fuller or person)

    def _given_alone(self, person: _Person) -> _Person | None:
        """A given name used alone ("Gwen said") for the one person the article names in full from
        it ("Gwen Roe") or as one of two relatives ("Gwen and Ray Roe"); None when that is not one."""
        if len(person.key) != 1 or _fold(person.name) in _STOP_START:
            return None
        if person.name not in self._given_cache:  # cached: each lookup reads the whole article
            self._given_cache[person.name] = self._read_given_alone(person)
        return self._given_cache[person.name]

    def _read_given_alone(self, person: _Person) -> _Person | None:
        full = self._named_in_full(person)
        if full is not None:
            # a known given name, or one of relatives the article names with one surname: not the
            # start of a body's name ("Roe Trust") or a slogan ("Roe Train")
            surname = full.name.split()[-1]
            kin = {p.key for p in self.variants(surname) if len(p.key) > 1 and p.key[-1] == full.key[-1]}
            return full if _fold(person.name) in GIVEN_NAMES or len(kin) > 1 else None
        found = set()
        text, head = self.text, f"{person.name} and "
        i = text.find(head)
        while i >= 0:
            couple = _COUPLE_SURNAME.match(text, i + len(person.name)) if _boundary(text, i) else None
            if couple is not None:
                found.add(couple.group(1))
            i = text.find(head, i + 1)
        if len(found) != 1:
            return None
        return self._two_word_person(f"{person.name} {found.pop()}")

    def _two_word_person(self, name: str) -> _Person | None:
        """The article's person for a given name and surname joined from two places ("Ann and Ray Roe"):
        created when the article never writes the name whole."""
        parsed = _parse(name)
        if parsed is None or len(parsed.key) != 2:
            return None
        person = self.people.get(parsed.key)
        if person is None:
            person = self.people[parsed.key] = _Person(" ".join(parsed.words), parsed.key)
        return person

    def _given_name_first(self, person: _Person) -> _Person | None:
        """A given name after an honorific ("Sheikh Mohammed") names the one person the article
        names in full from that given name on ("Sheikh Mohammed bin Abdulrahman Al Thani")."""
        if not any(_fold(t.split()[-1]) in _GIVEN_NAME_TITLES for t in person.titles if t):
            return None
        return self._named_in_full(person)

    def _completed(self, person: _Person) -> _Person:
        """The full name when the article never writes this one alone: "Mullah Mohammad Yaqub
        Sherzad" read back from "Yaqub" gives "Mohammad Yaqub", which only ever runs on."""
        if len(person.key) < 2 or self._written_alone(person.name):
            return person
        full = self._named_in_full(person)
        if full is None or len(full.key) != len(person.key) + 1 or full.key[-1].rstrip(".") in _NOT_SURNAMES \
                or _org_like(full.name.split()):
            return person  # "Joseph R. Biden Jr.", "the Rachel Maddow Show": the same person, or none
        return full

    def _written_alone(self, name: str) -> bool:
        """Whether the text holds ``name`` with no further name word after it (cached: plain finds)."""
        known = self._alone.get(name)
        if known is None:
            known = self._alone[name] = any(_NAME_TAIL_AT.match(self.text, i + len(name)) is None
                                            for i in _whole_word_starts(self.text, name))
        return known

    def _named_in_full(self, person: _Person) -> _Person | None:
        """The one person the article names in full from this given name on, if only one."""
        found = self._written_in_full(person.name)
        if len(found) != 1:
            return None
        full = found.pop()
        parsed = _parse(full)
        if parsed is None or len(parsed.key) < 2 or parsed.key[0] != person.key[0]:
            return None
        fuller = self.people.get(parsed.key)
        if fuller is None:
            fuller = self.people[parsed.key] = _Person(" ".join(parsed.words), parsed.key)
        return fuller

    def _written_in_full(self, name: str) -> set[str]:
        """Every name the text writes as ``name`` (from a word boundary on) and further name words:
        ``re.finditer(rf"\\b{name}{_NAME_TAIL}")`` done with ``str.find`` and one precompiled tail,
        as a pattern compiled per name costs more than the whole lookup."""
        text, found = self.text, set()
        i = text.find(name)
        while i >= 0:
            tail = _NAME_TAIL_AT.match(text, i + len(name)) if _boundary(text, i) else None
            if tail is not None:
                found.add(text[i:tail.end()])
            i = text.find(name, tail.end() if tail is not None else i + 1)
        return found

    def body_in_full(self, word: str) -> str:
        """The one fuller name the first ``word`` of the article runs on into, else ``word`` (cached:
        each lookup reads the whole article)."""
        known = self._body_cache.get(word)
        if known is None:
            text = self.text
            first = next((i for i in _whole_word_starts(text, word) if not _on_headline(text, i)), -1)
            full = self._written_in_full(word) if first >= 0 and _NAME_TAIL_AT.match(
                self.text, first + len(word)) else set()
            known = self._body_cache[word] = full.pop() if len(full) == 1 else word
        return known

    def _surname_first(self, person: _Person) -> _Person | None:
        """A name written surname first ("Minister Lou Jiwei" ... "Mr. Lou"): the bare word is
        always followed by the same capitalised word when written in full, and that word never
        stands alone."""
        if person.name not in self._surname_first_cache:
            self._surname_first_cache[person.name] = self._read_surname_first(person.name)
        return self._surname_first_cache[person.name]

    def _read_surname_first(self, word: str) -> _Person | None:
        text, head = self.text, f"{word} "
        found = []
        i = text.find(head)
        while i >= 0:
            j = i + len(head)
            if not (i and (_WORD_CHAR(text, i - 1) or text[max(0, i - 4):i] in ("the ", "The ") or
                           text[max(0, i - 2):i] == "a ")):
                m = _GIVEN_AFTER.match(text, j)
                if m is not None:
                    found.append(m.group(1))
            i = text.find(head, j)
        if len(set(found)) != 1:
            return None
        given = found[0]
        if (_fold(given) in _STOP_START or given.lower() in SPEECH_VERBS or text.count(given) != len(found)
                or self._lowercase_word(_fold(given))):
            return None
        parsed = _parse(f"{word} {given}")
        if parsed is None:
            return None
        key = parsed.key
        fuller = self.people.get(key)
        if fuller is None:
            fuller = self.people[key] = _Person(f"{word} {given}", key)
        return fuller

    # -- gender ----------------------------------------------------------------------------------

    def gender(self, person: _Person) -> str | None:
        """Gender from titles, then the first name, then pronouns right after the person's mentions."""
        votes = person.gender_votes
        if votes:
            return max(("m", "f"), key=votes.count)
        if len(person.key) == 1:
            fuller = [p for p in self._surnames.get(person.name, ()) if len(p.key) > 1]
            return self.gender(fuller[0]) if len(fuller) == 1 else None
        return _given_name_gender(person.key, guess=True) or self._pronoun_gender(person)

    def _pronoun_gender(self, person: _Person) -> str | None:
        male = female = 0
        for start, end in zip(person.starts[:4], person.ends[:4], strict=True):
            stop = self.text.find(". ", end, end + 160)
            m = _PRONOUN_NEAR.search(self.text, end, stop if stop > 0 else end + 160)
            if m is None or _CAPITAL_BETWEEN.search(self.text, end, m.start()):
                continue  # no pronoun, or another name stands between
            if m.start() == end + 2 and _PREPOSITION_BEFORE.search(self.text, max(0, start - 16), start):
                continue  # "in an interview with Bloomberg Politics, he said": the clause's subject
            if m.group(1).lower() in ("he", "his", "himself"):
                male += 1
            else:
                female += 1
        if male == female:
            return None
        return "m" if male > female else "f"

    # -- pronouns --------------------------------------------------------------------------------

    def pronoun(self, pos: int, gender: str | None) -> _Person | None:
        """The salient person of the nearest earlier sentence that fits ``gender`` (None: anyone)."""
        bounds = self._sentence_starts(pos)
        hi, read = pos, 0
        for k in range(len(bounds) - 1, -1, -1):
            lo = bounds[k]
            if self._inside_quote(lo) and self._inside_quote(hi - 2):
                hi = lo
                continue  # "“Wow. I love that. Wow.” she replied": a quote's sentences name no one
            led = self._pronoun_led(lo, gender)
            if not led:
                read += 1  # "He grew up in Ohio. He taught school. He ran": a chain reads on to its name
            if read > _PRONOUN_SENTENCES:
                break
            role_subject = self._role_subject(lo, gender)
            if role_subject is not None:
                return role_subject  # "The Pakistani general was guarded. ... he told"
            best = self._salient(self._mentions(lo, hi), gender, lo)
            if (best is None or not best[1]) and self._unnamed_speaks(lo, hi):
                return None  # "..., said one engineer. “...,” he added": the unnamed source speaks on
            said = self._said_in(lo, pos, gender)
            if said is not None and (best is None or not best[1]):
                return said
            if best is not None and not (not best[1] and led):
                return best[0]
            hi = lo  # "He had protested Trump at a rally": the same "he", further back
        return None

    def _unnamed_speaks(self, lo: int, hi: int) -> bool:
        """Whether an unnamed person speaks in a main clause of ``text[lo:hi]`` ("A senior engineer
        said"; not "when a reporter asked", whose main clause has its own subject), or unnamed people
        open it as the speakers ("Officials with knowledge of the talks said")."""
        if _UNNAMED_GROUP_SPEAKER.match(self.text, lo, hi):
            return True
        if _INDEFINITE_ARTICLE.search(self.text, lo, hi) is None:
            return False
        starts = [m.start() for m in (_UNNAMED_SPEAKER.search(self.text, lo, hi),
                                      _SAID_UNNAMED.search(self.text, lo, hi)) if m is not None]
        start = min(starts, default=-1)
        return start >= 0 and not _SUBORDINATE_BEFORE.search(self.text, max(lo, start - 8), start)

    def _role_subject(self, lo: int, gender: str | None) -> _Person | None:
        """The person a sentence-opening role phrase ("The Uzbek president ...") refers to."""
        head = self.text[lo:lo + 60]
        if not head.lstrip().startswith("The"):
            lead = _LEAD_PHRASE.match(head)  # "Hours later, the lawmaker posted"
            if lead is None:
                return None  # the common case, without splitting the words
            head = "The " + head[lead.end():]
        words = head.split()[:5]
        if words[0] != "The":
            return None
        j = next((j for j in range(1, min(4, len(words))) if words[j] in ROLE_NOUNS), 0)
        if not j or words[j + 1:j + 2] == ["of"] or any(w[:1].isupper() for w in words[2:j + 1]):
            return None
        person = self.by_role(words[:j + 1], lo)
        return person if person is not None and self._fits(person, gender) else None

    def _pronoun_led(self, lo: int, gender: str | None) -> bool:
        """Whether the sentence at ``lo`` opens with a pronoun of ``gender`` as its subject."""
        m = _LEADING_PRONOUN.match(self.text, lo)
        return m is not None and (gender is None or (m.group(1).lower() == "he") == (gender == "m"))

    def _fits(self, person: _Person, gender: str | None) -> bool:
        """Whether "he"/"she" (``gender``; None: anyone) may be this person: a name of no known
        gender that looks like a place or a body ("Ohio"), or that the article only ever writes
        after "the" ("the Middle East", "the Washington Informer"), is a thing, never "he" or "she"."""
        if gender is None:
            return True
        found = self.gender(person)
        if found is not None:
            return found == gender
        if person.titles:
            return True
        return not (_org_like(person.key, person.key) or _place_like(person.key)
                    or len(person.key) == 1 and self.placed(person.name)
                    or self._after_the_only(person.name) or self._object_only(person)
                    or self._names_a_body(person))

    def placed(self, word: str) -> bool:
        """Whether the article writes a lone name word as a place: right after "in", with no
        possessive nor further name word after it ("talks in Norway")."""
        known = self._placed.get(word)
        if known is None:
            text = self.text
            known = self._placed[word] = any(
                text.endswith(" in ", max(0, i - 4), i) and not text.startswith(("'s", "’s"), i + len(word))
                and _NAME_TAIL_AT.match(text, i + len(word)) is None for i in _whole_word_starts(text, word))
        return known

    def beyond_reach(self, pos: int, gender: str) -> _Person | None:
        """The one person who can be a "he"/"she" at ``pos`` when the pronoun's reach holds no name and
        no unnamed speaker: an interview's questions and answers run on far from her name."""
        only = self._only_one(gender)
        if only is None:
            return None
        starts = self._sentence_starts(pos)
        reach = starts[max(0, len(starts) - _PRONOUN_SENTENCES)]
        if _last_before(only.starts, pos) >= reach or self._unnamed_speaks(reach, pos):
            return None
        return only

    def _only_one(self, gender: str) -> _Person | None:
        """The one person the article names in full who can be of this sex, if only one can: a "she"
        far from any name in an interview is hers. Read once, on demand."""
        if gender not in self._only:
            people: dict[int, _Person] = {}
            for m in _NAME_RE.finditer(self.text):
                parsed = _parse(m.group()) if not self._inside_quote(m.start()) else None
                if parsed is not None and len(parsed.key) > 1 and (
                        person := self.person_by_name(list(parsed.words), m.start())) is not None:
                    people[id(person)] = person
            fitting = [p for p in people.values() if self.gender(p) in (gender, None)]
            self._only[gender] = fitting[0] if len(fitting) == 1 else None
        return self._only[gender]

    def found(self, pattern: str) -> bool:
        """Whether ``pattern`` occurs in the article; searched once per article, as each mention of
        one word asks the same."""
        known = self._searched.get(pattern)
        if known is None:
            known = self._searched[pattern] = re.search(pattern, self.text) is not None
        return known

    def acts_as_body(self, word: str) -> bool:
        """Whether the article writes a lone name word as a body's: "Roe said its", "Roe said it had",
        "Roe shares", "Roe's chief executive"."""
        known = self._body_word.get(word)
        if known is None:
            known = self._body_word[word] = any(
                _BODY_EVIDENCE.match(self.text, i + len(word)) is not None
                for i in _whole_word_starts(self.text, word))
        return known

    def after_given(self, word: str) -> bool:
        """Whether the article writes a lone name word after a capitalised word that may be a given
        name ("Kerry Washington", "Rep. Steve Israel"): a surname, though also a place's name."""
        text = self.text
        for i in _whole_word_starts(text, word):
            if text[i - 1:i] != " ":
                continue
            before = text[_word_start(text, i - 1):i - 1]
            low = _fold(before)
            if (before[:1].isupper() and before.isalpha() and low not in _STOP_START
                    and low not in SPEAKER_PLACE_FIRST and low not in ORG_CUES and not _is_title(before)):
                return True
        return False

    def _names_a_body(self, person: _Person) -> bool:
        """Whether a name never written with a title nor by its last word alone also opens a body's
        name ("Sandy Hook" of "Sandy Hook Elementary School"): a place, not a person."""
        if len(person.key) < 2 or person.titles:
            return False
        if any(p is not person for p in self.variants(person.name.rsplit(" ", 1)[-1])):
            return False
        text, size = self.text, len(person.name)
        for i in _whole_word_starts(text, person.name):
            after = _BODY_AFTER.match(text, i + size)
            if after is not None and not ORG_CUES.isdisjoint(_fold(w) for w in after.group().split()):
                return True
        return False

    def _object_only(self, person: _Person) -> bool:
        """Whether the article writes a name with no given name only in full and only as a
        preposition's object ("an assessment of Super Bowl 50", "as reported by Western Journalism"):
        a thing. A person is also called by surname or title ("Mr. Roe") somewhere."""
        if person.key[0] in GIVEN_NAMES or not person.starts or person.titles:
            return False
        if any(p is not person for p in self.variants(person.name.rsplit(" ", 1)[-1])):
            return False
        text = self.text
        return all(_PREPOSITION_BEFORE.search(text, max(0, s - 16), s) for s in person.starts)

    def _after_the_only(self, name: str) -> bool:
        """Whether every time the text writes ``name`` (as a whole word), "the" comes just before."""
        known = self._the_only.get(name)
        if known is None:
            starts = list(_whole_word_starts(self.text, name))
            known = self._the_only[name] = bool(starts) and all(
                self.text[max(0, i - 4):i].lower() == "the " for i in starts)
        return known

    def just_named(self, pos: int, gender: str | None, surname_ok: bool = False) -> _Person | None:
        """Whom a definite role the article never gave anyone refers back to: the one person of the
        sentence just before, in the same paragraph, named as its subject ("Hamid Karzai, who came
        as a guest, praised it. The former president said ..."). Any other person there: nobody."""
        bounds = self._sentence_starts(pos)
        lo, hi = (bounds[-2], bounds[-1]) if len(bounds) > 1 else (0, 0)
        if hi <= lo or "\n" in self.text[lo:pos]:
            return None
        people = {id(p): p for p in (self.person_by_name(list(m[1].words), m[0], m[1].gender)
                                      for m in self._mentions(lo, hi)) if p is not None}
        mentions = self._mentions(lo, hi)
        if len(people) != 1 or self.text[lo:mentions[0][0]].strip() or mentions[0][2]:
            return None
        first = mentions[0][1]
        if (len(first.key) < 2 and not (surname_ok or first.titles)
                or _fold(first.words[0]) in _STOP_START | _DETERMINER_WORDS):
            return None  # a full or titled name, not "Trump" of "The Trump team" nor "Another Muslim"
        person = next(iter(people.values()))
        return person if gender is None or self.gender(person) in (gender, None) else None

    def people_before(self, pos: int) -> int:
        """How many people the sentence just before ``pos`` names."""
        bounds = self._sentence_starts(pos)
        lo, hi = (bounds[-2], bounds[-1]) if len(bounds) > 1 else (0, 0)
        return len({id(p) for p in (self.person_by_name(list(m[1].words), m[0], m[1].gender)
                                    for m in self._mentions(lo, hi)) if p is not None})

    def sentence_start(self, pos: int) -> int | None:
        """Where the sentence holding ``pos`` starts, if within the window read for pronouns."""
        starts = self._sentence_starts(pos)
        return starts[-1] if len(starts) > 1 or starts[0] == 0 else None

    def _sentence_starts(self, pos: int) -> list[int]:
        """Starts of the sentences before ``pos`` (a window of a few sentences), read incrementally."""
        lo = max(0, pos - _PRONOUN_WINDOW)
        if not (self._bounds_lo <= lo <= self._bounds_hi):
            self._bounds, self._bounds_lo, self._bounds_hi = [lo], lo, lo
        self._bounds.extend(m.end() for m in _SENT_END.finditer(self.text, self._bounds_hi, pos))
        self._bounds_hi = max(self._bounds_hi, pos)
        i = bisect_right(self._bounds, lo)
        j = bisect_right(self._bounds, pos)
        return [lo, *self._bounds[i:j]]

    def _mentions(self, lo: int, hi: int) -> list[_Mentioned]:
        """Name phrases in ``text[lo:hi]`` outside quotes: (offset, parse, possessive, speech subject)."""
        cached = self._sentence_cache.get(lo)
        if cached is not None and cached[0] >= hi:
            return [c for c in cached[1] if c[0] < hi]
        text = self.text
        out = []
        for m in _NAME_RE.finditer(text, lo, hi):
            start, end = m.start(), m.end()
            if self._inside_quote(start):
                continue
            parsed = _parse(m.group())  # cached, so cheaper than the place test: tried first
            if parsed is None:
                continue
            if _PLACE_BEFORE.search(text, max(lo, start - 8), start):
                continue  # "in Des Moines", "at Harvard": a place, not a person
            if text.endswith(_LINK_ENDS, max(lo, start - 5), start) and _in_body_name(text, start, parsed):
                continue  # "the Center for Nonproliferation Studies wrote": the rest of a body's name
            if len(parsed.key) > 2 and _office_before(text, start):
                words = m.group().split()  # "Secretary for Health Ann Roe": the office is no name
                name = [*_after_office(words[:-1]), words[-1]]
                start += len(m.group()) - len(" ".join(name))
                parsed = _parse(" ".join(name)) or parsed
            # "..., praised Obama’s record": a possessive after the verb is no inverted speaker; nor
            # is one before a noun that is also a speech verb ("Trump’s remarks", "Roe’s comments")
            subject = not parsed.possessive and (bool(_SPEECH_AFTER.match(text, end))
                                                 or _speech_before(text, start))
            reported = (text[end:end + 1] == " " and text[end + 1:end + 2].islower()
                        and _REPORTED_BEFORE.search(text, max(lo, start - 8), start) is not None)
            if reported:
                subject = False  # "Roe said Trump continued to hurt his cause": a reported clause's subject
            if subject and (_SUBORDINATE_BEFORE.search(text, max(lo, start - 8), start)
                            or _OBJECT_BEFORE.search(text, max(lo, start - 30), start)):
                # "when Tapper asked": the main clause's subject is the one who speaks on; "chairman
                # of Freedom Partners, its funding arm, said": the object of "of" speaks for no one
                subject = False
            if not subject and (role := _ROLE_NEXT.match(text, end)) and (
                    _fold(noun := role.group(2) or role.group(1)) in _ROLES or noun in ORG_CUES):
                continue  # "Obama consultant Cornell Belcher", "Clinton campaign chairman John Podesta"
            if len(parsed.key) == 1 and not parsed.titles and not subject:
                # A lone capitalised word is a person only as a speech or sentence subject.
                after = text[end:end + 2]
                # at the sentence start, or after an opening phrase ("At a rally in Maine, Trump said")
                verb_next = after[:1] == " " and after[1:].islower()
                opens = start == lo or _OPENER.fullmatch(text, lo, start) is not None
                if not (opens and (verb_next or after[:1] == ",") or reported
                        or verb_next and (text[start - 2:start] == ", "
                                          or text[start - 3:start] in _QUOTED_COMMA)
                        or self._kin_named(start)
                        or after[:1] in (".", ",") and _INVERTED_BEFORE.search(
                            text, max(lo, start - 14), start)
                        or (verb_next or after[:1] == ",") and _CONJUNCTION_BEFORE.search(
                            text, max(lo, start - 9), start)
                        or text[start - 2:start - 1] in ('"', "”") and _NICKNAME_BEFORE.search(
                            text, max(lo, start - 40), start)  # Juan “Chico” Roe
                        or self._named_object(start, end)
                        or parsed.possessive and any(len(p.key) > 1 for p in self.variants(parsed.words[0]))):
                    continue
            out.append((start, parsed, parsed.possessive, subject))
        self._sentence_cache[lo] = (hi, out)
        return out

    def _named_object(self, start: int, end: int) -> bool:
        """A surname ending its sentence as the object, of someone the article names in full: "That
        did not satisfy Roe. “...,” she said" (the one the sentence is about speaks next)."""
        text = self.text
        if text[end:end + 1] != "." or text[start - 1:start] != " " \
                or not text[start - 2:start - 1].islower():
            return False
        if text[_word_start(text, start - 1):start - 1] in SPEECH_VERBS:
            return False  # "he said Roe.": the answer he gave, no one spoken of
        surname = text[start:end]
        return any(len(p.key) > 1 for p in self.variants(surname))

    def _kin_named(self, start: int) -> bool:
        """Whether a kinship word names the person at ``start``: "his wife, Jane," is a person."""
        return self.text[start - 2:start] == ", " and _KIN_BEFORE.search(
            self.text, max(0, start - 10), start) is not None

    def _salient(self, mentions: list[_Mentioned], gender: str | None,
                 lo: int) -> tuple[_Person, bool] | None:
        """Of one sentence's people: a speech subject, else the first non-possessive, else any
        possessive with no pronoun of ``gender`` before it in the sentence ("he offered his thoughts
        on Trump’s appeal": that "he" is someone named before). Names are looked up in that order,
        only until one fits."""
        if not mentions:
            return None  # most sentences name nobody
        ranked = sorted((not m[3], m[2], order) for order, m in enumerate(mentions))
        for _, _, order in ranked:
            start, parsed, possessive, subject = mentions[order]
            if possessive and not subject and gender and _GENDER_PRONOUN[gender].search(self.text, lo, start):
                continue
            person = self.person_by_name(list(parsed.words), start, parsed.gender)
            if person is None or (len(parsed.key) == 1 and not parsed.titles and not self._kin_named(start)
                                  and len(person.key) == 1 and not person.titles
                                  and (possessive or not self._bare_subject(start, parsed))):
                continue  # never named in full nor with a title: "Finding", "Overall"
            if len(person.key) == 1 and self._kin_named(start):
                person = self._named_in_full(person) or person  # "his son, Brad," ... "Brad Lind"
            if not self._fits(person, gender):
                person = None if parsed.gender else self._namesake(parsed, start, gender)
            if person is not None:
                return person, subject
        return None

    def _bare_subject(self, start: int, parsed: _Phrase) -> bool:
        """Whether a lone name word right before a lower-case verb is a clause's subject ("Hollande
        denounced", "Obama also addressed"): a person even if the article never writes the full
        name; not a word it also writes in lower case, nor a participle ("Asked about it")."""
        word = parsed.words[0]
        end = self.text.find(word, start, start + 80) + len(word)
        after = self.text[end:end + 2]
        return (after[:1] == " " and after[1:].islower() and not word.endswith("ed")
                and not self.text.endswith(("of ", "the "), max(0, start - 4), start)
                and not _describes(word) and not _is_title(word) and not _is_nationality(word)
                and not self._lowercase_word(parsed.key[0]) and not _common_word(self, word)
                and (self._speaks(word) or self._after_fronted_clause(start, end)))

    def _after_fronted_clause(self, start: int, end: int) -> bool:
        """Whether a lone name word opens a main clause after a comma ("Asked about it, Cruz shrugged"),
        where a capitalised word is no sentence's first; not a list ("women, Mexicans and ...")."""
        return self.text.endswith(", ", max(0, start - 2), start) \
            and not self.text.startswith((" and ", " or ", " nor "), end)

    def _speaks(self, word: str) -> bool:
        """Whether the article writes ``word`` (a whole word) as the one who speaks: "Hollande said",
        "said Hollande"."""
        known = self._speaking.get(word)
        if known is None:
            text = self.text
            known = self._speaking[word] = any(
                _SAID_AFTER.match(text, i + len(word)) is not None
                or text.endswith(("said ", "says ", "according to "), max(0, i - 13), i)
                for i in _whole_word_starts(text, word))
        return known

    def lower_case_speaks(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case, with no determiner nor "of" before it,
        as a speech subject ("police said"; not "the state said", "secretary of state continued")."""
        known = self._lower_speaking.get(word)
        if known is None:
            text, low = self.text, word.lower()
            known = self._lower_speaking[word] = any(
                _SPEECH_VERB_AFTER.match(text, i + len(low)) is not None
                and not text.endswith(("the ", "its ", "of "), max(0, i - 4), i)
                for i in _whole_word_starts(text, low))
        return known

    def _namesake(self, parsed: _Phrase, start: int, gender: str | None) -> _Person | None:
        """The namesake of the pronoun's gender, when the article named them in full before
        ("Dorothy Woods, whose husband, Ty Woods, ... Woods said she"); else None."""
        person = self.person_by_name(list(parsed.words), start, gender)
        if person is None or not self._fits(person, gender):
            return None
        return person if _last_before(person.starts, start) >= 0 else None

    def _said_in(self, lo: int, hi: int, gender: str | None) -> _Person | None:
        for at, person in reversed(self._said):
            if at < lo:
                break
            if at < hi and self._fits(person, gender):
                return person
        return None

    def last_said(self, pos: int) -> _Person | None:
        """The person last recorded as speaking before ``pos``."""
        return next((p for at, p in reversed(self._said) if at < pos), None)

    def said_fits(self, name: str, gender: str) -> bool:
        """Whether the last speaker called ``name`` may be "he"/"she" of ``gender``: not a woman
        named just before "he asked"."""
        person = next((p for _, p in reversed(self._said) if p.name == name), None)
        if person is None:
            return True
        # titles and listed given names only: pronoun votes and the "-a" guess err ("Garba" is a man)
        known = _title_gender(person.titles) or _given_name_gender(person.key)
        return known in (None, gender)

    def said(self, pos: int, person: _Person) -> None:
        """Record that ``person`` was named as a speaker at ``pos`` (salience for later pronouns);
        not in a subordinate clause ("when Holt asked"): the main clause's subject speaks on."""
        if not _SUBORDINATE_BEFORE.search(self.text, max(0, pos - 8), pos):
            self._said.append((pos, person))
            self._said_keys.add(person.key)

    # -- roles -----------------------------------------------------------------------------------

    def by_role(self, words: list[str], pos: int) -> _Person | None:
        """The person introduced with this role ("the Russian foreign minister"), nearest before."""
        head = _role_word(words[-1])
        want = {_role_word(w) for w in words[:-1]} - {"the", "a", "an", "former", "this", "that"}
        best: tuple[int, int, _Person] | None = None
        best_context = ""
        for start, end in self._role_words(head, pos)[-_ROLE_LOOKBACK:]:
            if self._inside_quote(start):
                continue
            found = self._role_holder(start, end) or self._titled_holder(start, end)
            if found is None:
                continue
            person, context = found
            if _place_like(person.key) and not _titled_person(person.key, person.titles) \
                    or len(person.key) == 1 and self.placed(person.name):
                continue  # "the candidate in Iowa": a place holds no role
            score = (len(want & {_role_word(w) for w in context.split()}), start)
            if best is None or score > best[:2]:
                best, best_context = (*score, person), context
        if best is not None and not best[0] and want and head in _PARTY_WORDS:
            return None  # "the Kentucky Republican" is none of the article's other Republicans
        if best is not None and not best[0] and _other_place(words[:-1], best_context):
            best = None  # "the Ohio governor" is not the article's "former Florida Gov. Roe"
        if (best is None or not best[0]) and (counterpart := self._counterpart(words[1:-1], pos)):
            return counterpart  # "Ann Roe and her Norland counterpart, Bo Lee" ... "the Norland minister"
        return best[2] if best else None

    def _titled_holder(self, start: int, end: int) -> tuple[_Person, str] | None:
        """The person an office title with its portfolio introduces ("Secretary of State Ann Roe"), for
        "the secretary" later: the name after a capitalised portfolio of one or two words."""
        tail = _TITLE_PORTFOLIO_AT.match(self.text, end)
        if tail is None:
            return None
        for cut in tail.span(1)[1], tail.end():  # "of State | Ann Roe", "of Homeland Security | Ann Roe"
            found = self._role_holder(start, cut)
            if found is not None:
                return found
        return None

    def by_role_of(self, head: str, portfolio: list[str], pos: int) -> _Person | None:
        """The person introduced with this role and portfolio, nearest before ``pos``: "Secretary of
        State Ann Roe", "Ann Roe, the secretary of state," or "Defense Secretary Bo Lund" for "the
        secretary of defense"; never a holder of the same role with another portfolio."""
        words = r"[ \t]+".join(re.escape(w.lower()) for w in portfolio)
        after = re.compile(rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{words}(?![\w-])")
        # the portfolio before the role, perhaps before the role's first word: "Texas attorney general"
        before = re.compile(rf"(?<![\w-]){words}[ \t]+(?:([a-z][\w-]*)[ \t]+)?\Z")
        for start, end in reversed(self._role_words(_role_word(head), pos)):
            if self._inside_quote(start):
                continue
            found = after.match(self._lower_text(), end)
            if found is not None:
                end = found.end()
            elif not (ahead := before.search(self._lower_text(), max(0, start - 60), start)) \
                    or ahead.group(1) and ahead.group(1) not in ROLE_NOUNS:
                continue
            holder = self._role_holder(start, end)
            if holder is not None:
                return holder[0]
            named = _NAME_BEFORE_COMMA.search(self.text, max(0, start - 60), start)
            person = self.person_by_name(named.group(1).split(), named.start(1)) if named else None
            if person is not None:
                return person  # "Ann Roe, head of the agency,": no article before the role
        return None

    def _lower_text(self) -> str:
        """The article lower-cased where that keeps every offset (else as it is)."""
        if self._lowered is None:
            lowered = self.text.lower()
            self._lowered = lowered if len(lowered) == len(self.text) else self.text
        return self._lowered

    def _counterpart(self, qualifiers: list[str], pos: int) -> _Person | None:
        """The person named as someone's counterpart of this proper qualifier, nearest before ``pos``:
        he holds the same office for another country or body."""
        proper = [w for w in qualifiers if w[:1].isupper()]
        lo = max(0, pos - _BODY_LOOKBACK)
        if len(proper) != 1 or self.text.find("counterpart", lo, pos) < 0:
            return None
        pattern = re.compile(rf"(?<![\w-]){re.escape(proper[0])}{_COUNTERPART_NAME}")
        found = _last_match(pattern, self.text, lo, pos)
        return self.person_by_name(found.group(1).split(), found.start(1)) if found else None

    def _role_words(self, head: str, pos: int) -> list[tuple[int, int]]:
        """Where the role word (or its abbreviated title) stands before ``pos``, in any case.

        The article is searched once per role word; later lookups slice the cached positions."""
        every = self._role_positions.get(head)
        if every is None:
            every = self._role_positions[head] = self._find_role_words(head)
        return every[:bisect.bisect_left(every, (pos,))]

    def role_words_after(self, head: str, pos: int) -> list[tuple[int, int]]:
        """Where the role word (or its abbreviated title) stands after ``pos``, in any case."""
        self._role_words(head, pos)  # fills the cache
        every = self._role_positions[head]
        return every[bisect.bisect_left(every, (pos,)):]

    def _find_role_words(self, head: str) -> list[tuple[int, int]]:
        text = self._lower_text()
        found = []
        for form in _role_forms(head):
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                if not (i and _WORD_CHAR(text, i - 1) or form[-1] != "." and _WORD_CHAR(text, j)):
                    found.append((i, j))
                i = text.find(form, j)
        return sorted(found)

    def _role_holder(self, start: int, end: int) -> tuple[_Person, str] | None:
        """The person a role word introduces: "Sen. Ted Cruz", "front-runner Donald Trump" or
        "Donald Trump, the billionaire"; with the words around the role."""
        text = self.text
        before = text[max(0, start - 40):start]
        after = _NAME_AFTER_ROLE.match(text, end)
        if after:
            person = self.person_by_name(_SPLIT.split(_NAME_ASIDE_AT.sub("", after.group(1))), after.start(1))
            if person is not None:
                return person, before.rsplit(",", 1)[-1] + after.group(0)
        after = _NAME_AFTER_ROLE_CLAUSE.match(text, end)
        if after:  # "the special envoy for the river basin, Ann Roe, said"
            name = _NAME_ASIDE_AT.sub("", after.group(1))  # "Chief (Dr.) Bo Lee": no title nor nickname
            person = self.person_by_name(split_title(_SPLIT.split(name))[1], after.start(1))
            if person is not None:
                return person, before.rsplit(",", 1)[-1] + after.group(0)
        after = _NAME_AFTER_ROLE_ASIDE.match(text, end)
        if after and _role_word(_fold(after.group(1))) in _ROLES:  # "The witness, retired driver Bo Lee,"
            person = self.person_by_name(_SPLIT.split(after.group(2)), after.start(2))
            if person is not None:
                return person, before.rsplit(",", 1)[-1] + after.group(0)
        comma = text.rfind(",", max(0, start - 90), start)  # the pattern's comma is the last one
        app = (_NAME_BEFORE_ROLE.search(text, max(0, start - 90), start)
               if comma >= 0 and _ROLE_AFTER_COMMA.match(text, comma, start) else None)
        if app is None and text.find("who", max(0, start - 60), start) >= 0:
            app = _NAME_BEFORE_RELATIVE_ROLE.search(text, max(0, start - 90), start)
        if app:
            person = self.person_by_name(_SPLIT.split(app.group(1)), app.start(1))
            if person is not None:
                return person, app.group(2)
        return None

    def _role_before(self, start: int, end: int) -> str | None:
        """The role set off before a name that opens a sentence: "Its chief executive, Ann Roe, told"."""
        if not self.text.startswith(",", end):
            return None
        m = _ROLE_BEFORE_NAME.search(self.text, max(0, start - 60), start)
        if m is None or _fold(m.group(1).rsplit(None, 1)[-1]) not in _ROLES:
            return None
        return m.group(1).lower()

    def roles_of(self, person: _Person) -> tuple[str, ...]:
        """Titles and appositive descriptions seen with a person ("former governor of kunduz")."""
        if person.roles is None:
            roles = [t.lower() for t in person.titles]
            for start, end in zip(person.starts[:3], person.ends[:3], strict=True):
                if (before := self._role_before(start, end)) is not None:
                    roles.append(before)
                    continue  # "The minister, Ann Roe, urged ...": what follows the name is its verb
                after = _APPOSITIVE.match(self.text, end) if self.text.startswith(",", end) else None
                if after and after.group(1)[:1].islower() and not _VERB_OBJECT.match(after.group(1)):
                    roles.append(after.group(1).lower())
            person.roles = tuple(dict.fromkeys(roles))
        return person.roles


def _speech_before(text: str, start: int) -> bool:
    """An inverted attribution before a name: '..., said X', '“...” said X', 'according to X' (not
    a verb's object: "He had protested Mayor X")."""
    before = text[max(0, start - 24):start].rsplit(None, 2)  # the last two words are all it reads
    if before[-2:] == ["according", "to"]:
        return True
    return len(before) >= 2 and before[-1].lower() in SPEECH_VERBS and before[-2][-1:] in ",”\"'’"


def _other_place(qualifiers: list[str], context: str) -> bool:
    """Whether a role's qualifiers name a place and the words around a role holder name another. Only
    capitalised words count on either side: "the Oregon governor" names a place, "the new mayor" and
    "the city manager" do not."""
    return any(_place_like((_role_word(w),)) for w in qualifiers if w[:1].isupper()) and any(
        _place_like((_role_word(w),)) for w in context.split() if w[:1].isupper())


@lru_cache(maxsize=256)
def _role_forms(head: str) -> tuple[str, ...]:
    """A role noun and the titles that abbreviate it ("senator", "sen.")."""
    abbrs = [abbr for abbr, role in SPEAKER_TITLE_ROLES.items() if role == head]
    return (head, *(a + "." if len(a) <= 4 and a not in _ROLE_ACRONYMS else a for a in abbrs))


def _role_word(word: str) -> str:
    low = _fold(word)
    return SPEAKER_TITLE_ROLES.get(low, low)


def _longer(q: _Person, p: _Person) -> bool:
    """True when ``q`` is a fuller form of ``p``'s name."""
    return len(q.key) > len(p.key) and _name_fits(p.key, q.key)


def _last_before(starts: list[int], pos: int) -> int:
    i = bisect_right(starts, pos)
    return starts[i - 1] if i else -1


@lru_cache(maxsize=32768)
def _name_fits(key: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """True when every word of ``key`` matches a word of ``tokens`` (fuzzily) and the surnames agree.
    Cached: the same pairs come back for every mention of a surname."""
    if len(key) > len(tokens) or not key:
        return False
    if key[-1] != tokens[-1] and (key[-1][:1] != tokens[-1][:1] or fuzz.ratio(key[-1], tokens[-1]) < 85):
        return False
    return all(k in tokens or any(fuzz.ratio(k, t) >= 80 for t in tokens) for k in key)


# -- resolution ---------------------------------------------------------------------------------


_OWNED_ROLE = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z][\w-]*)")  # "His (press) spokesperson"


def resolve(cast: Cast, mention: Mention | None, previous: Speaker | None) -> Speaker:
    """The speaker a mention names, in this article. A mention's shape decides which rules can apply:
    a lone lower-case pronoun goes to the few that read around one; any other to the whole chain."""
    if mention is None:
        return _NOBODY
    stripped = mention.text.strip(" ,")
    words = stripped.split()  # str.split() splits where _SPLIT does, without empty words
    if not words:
        return _NOBODY
    if len(words) == 1 and words[0] in _LOWER_PRONOUNS:
        return _resolve_pronoun(cast, mention, words[0], previous)
    return _resolve_phrase(cast, mention, stripped, words, previous)


_LOWER_PRONOUNS = frozenset(_words("he she him her it they"))


def _resolve_pronoun(cast: Cast, mention: Mention, word: str, previous: Speaker | None) -> Speaker:
    """A lone lower-case personal pronoun ("he", "her", "it", "they"). Of the whole chain only these
    rules can apply to one, in its order: the role "her" owns, an unnamed source before it, a body's
    list of fields it stands in, then its antecedent."""
    if word == "her" and (named := _owned_role_named(cast, mention)) is not None:
        return named
    if _unnamed_before(cast.text, mention.start):
        return _NOBODY
    listed = _listed_in_body(cast.text, mention)
    if listed is not None:
        return listed
    if word in ("it", "they"):
        return _it_or_they(cast, mention, word, previous)
    return _pronoun(cast, mention, previous, "m" if word in ("he", "him") else "f")


def _owned_role_named(cast: Cast, mention: Mention) -> Speaker | None:
    """The person named after the role a lone "his"/"her"/"their" owns ("His spokesperson, Ann Roe,
    was blunter: “...”": the attribution kept only the owner); None when no role and name follow."""
    role_after = _OWNED_ROLE.match(cast.text, mention.end)
    if role_after is None or _fold(role_after.group(1)) not in _ROLES:
        return None
    return _name_after_comma(cast, Mention(cast.text[mention.start:role_after.end()], mention.start,
                                           role_after.end()))


def _it_or_they(cast: Cast, mention: Mention, low: str, previous: Speaker | None) -> Speaker:
    """The body a lone "it" or "they" stands for: the subject its sentence opens with, the bench, the
    body whose document the sentence before reports, else the body spoken of last."""
    body = _body_subject(cast, mention.start)
    if body is not None:
        return body  # "The Ohio Democratic Party is asking the courts to rule that they ..."
    if low == "it" and (judge := _bench_subject(cast, mention.start)):
        return judge  # "The bench was not convinced. “...,” it observed."
    if low == "it" and (author := _document_body(cast, mention.start)):
        return author  # "A review by the Audit Office found ... It recommended that"
    if low == "it" and (subject := _subject_body_before(cast, mention.start)):
        return subject  # "Roe Ratings stood by its view. In a note, it said": the body before
    if previous and previous.kind == "organisation":
        return previous
    return _NOBODY


def _resolve_phrase(cast: Cast, mention: Mention, stripped: str, words: list[str],
                    previous: Speaker | None) -> Speaker:
    """Any mention but a lone lower-case pronoun: every rule, in order; the first that decides wins."""
    low = _fold(words[0])
    if len(words) == 1 and words[0].endswith(".") and words[0][:-1].lower() in US_STATE_ABBREVIATIONS:
        return _NOBODY  # "from Ava, Mo., who said": a state never speaks
    if _UNNAMED_MODIFIER.search(mention.text):
        return _NOBODY  # "people familiar with the talks", "a source close to him"
    if words[-1][:1].isupper() and (run_on := _NOMINAL_AFTER.match(cast.text, mention.end)):
        stripped += run_on.group(1)  # "The Sanders" campaign said: the attribution cut the head noun off
    elif words[-1][:1].isupper() and (joined := _AND_BODY_AFTER.match(cast.text, mention.end)) \
            and _fold(joined.group(2)) in ORG_CUES:
        # "The Harbour Fire" and Rescue Service said: the attribution cut the body's name at "and"
        stripped += joined.group(1)
        words = stripped.split()
    elif words[-1][:1].isupper() and (tail := _PARTICLE_TAIL.match(cast.text, mention.end)):
        # said "Saitoti" ole Kisemei: the attribution cut the name at its lower-case particle
        mention = Mention(cast.text[mention.start:tail.end()], mention.start, tail.end())
        stripped = mention.text.strip(" ,")
        words = stripped.split()
    if words[0][:1].isupper() and _ends_with_for(cast.text, mention.start) and (
            lead := _FOR_BODY_BEFORE.search(cast.text, max(0, mention.start - 80), mention.start)) \
            and not any(map(_is_title, lead.group(1).split())) and _org_like(lead.group(1).split() + words):
        # Alliance for "Fair Wages Fund" said: the attribution kept only the words after "for"
        return Speaker(f"{lead.group(1)} for {stripped}".removeprefix("The "), "organisation")
    for_body = _for_body(cast.text, mention, stripped, words)
    if for_body is not None:
        return for_body
    nominal = _NOMINAL_ORG.fullmatch(stripped) if stripped.endswith(_NOMINAL_HEADS) else None
    if nominal and _fold(nominal.group(1)) not in _OPENING_DETERMINERS:
        return _nominal_org(nominal)
    kind_noun = _ORG_KIND_NAME.fullmatch(stripped)
    if kind_noun and _fold(kind_noun.group(1).split()[0]) not in GIVEN_NAMES:
        return Speaker(kind_noun.group(1), "organisation")  # "the consulting firm Harbour Numbers"
    if _QUANTITY_OF.match(cast.text, mention.start) or _share_of(stripped) or _group_with_place(
            stripped) or _people_at_place(cast.text, mention.start, low, stripped):
        return _NOBODY  # "Half of Vermont Democrats said": a share of a group is no one named
    if len(words) == 1 and low in ("his", "her", "their") and (
            named := _owned_role_named(cast, mention)) is not None:
        return named
    if len(words) == 1 and words[0].endswith(("'s", "’s")) \
            and _OWNED_SPOKESPERSON.match(cast.text, mention.end):
        return _NOBODY  # "said Roe's spokeswoman": the unnamed spokesperson, not the owner
    member = _member_named(cast, mention, words, previous)
    if member is not None:
        return member  # "Several fact checkers, including The Harbour Post, said"
    mention, words = _with_office_or_body(cast.text, mention, words)
    office = _person_after_office(words)
    if office:
        return _named(cast, office, mention.start)  # "Supervisor of Elections Ann Roe": Ann Roe
    to = next((n for n in range(2, len(words) - 1) if words[n] == "to"), 0)
    if to and words[0].islower() and any(_fold(w) in ROLE_NOUNS for w in words[1:to]):
        # "a longtime adviser to Ann Roe" (unnamed, not she), "the chief of staff to the president"
        # (the one introduced with the role): the role speaks, not whom it serves
        cut = Mention(" ".join(words[:to]), mention.start, mention.start + len(" ".join(words[:to])))
        return _resolve_phrase(cast, cut, cut.text, words[:to], previous)
    portfolio = _role_portfolio(words) if low not in _INDEFINITES else None
    if portfolio is not None:  # "the secretary of state", "X's chief of staff"; "a resident of X": nobody
        holder = _name_after_comma(cast, mention) or _role_of(cast, words, portfolio, mention.start)
        if holder is not None:
            return holder
        if low == "the" and (all(w.islower() for w in words[1:portfolio]) and _place_like(
                tuple(_fold(w) for w in _portfolio_words(words, portfolio))) or all(
                w[:1].isupper() for w in words[1:portfolio])):
            # "the attorney general of Texas", "the Minister for Transport", no holder named: the role
            # speaks, not the place or the portfolio read as a name
            return _NOBODY
    if len(words) > 1 and words[-1] in ("he", "she") and all(w.isdigit() or w.islower() for w in words[:-1]):
        # "In 2019 she told", "In a televised address she said": the attribution kept the fronted phrase
        return _pronoun(cast, mention, previous, "m" if words[-1] == "he" else "f")
    if low in ("his", "her") and len(words) == 2 and _fold(words[1]) in _ADDRESS_HONORIFICS:
        # "His Excellency stressed": the dignitary the story is about, mostly the one last quoted
        last = cast.last_said(mention.start)
        if last is not None:
            return _speaker(cast, last, mention.start)
        return _pronoun(cast, mention, previous, "m" if low == "his" else "f")
    if low == "the" and len(words) > 1 and (age := _AGE_NOUN.fullmatch(words[1])):
        return _aged(cast, mention, words, age.group(1), previous)  # "The 71-year-old (leader) added"
    if words[0][:1].isdigit() or low == "of":
        # "Jane Roe, 58, said", "Jane Roe, 29, of Springfield, said": the attribution kept the aside.
        return _appositive_or_inner_name(cast, mention) or _NOBODY
    if "of" in words[2:-1] and words[0][:1].isupper():
        # "Jane Roe of the Harbour Trust": a person named before "of" speaks, not the place or body.
        head = words[:words.index("of")]
        titles, name, organisation = _name_parts(tuple(head))
        if not organisation and (len(name) > 1 or titles) and _parse(" ".join(head)) is not None:
            return _named(cast, head, mention.start)
    if _unnamed_before(cast.text, mention.start):
        return _NOBODY  # "a spokesman for the ministry, who asked not to be named, said"
    if words[-1].islower() and _fold(words[-1]) in UNNAMED_SOURCE_NOUNS \
            and _INDEFINITE_BEFORE.search(cast.text, max(0, mention.start - 60), mention.start):
        # "A senior EU official said", "A State Department spokesman said" (the article, or it and
        # the body's first words, left out): unnamed, not the body nor a fragment of its name
        return _NOBODY
    if low in ("that", "this") and len(words) == 2 and words[1][:1].islower():
        return _NOBODY  # "That person said": the unnamed source of the sentence before
    if len(words) == 1 and (listed := _listed_in_body(cast.text, mention)) is not None:
        return listed  # "the Academy of Arts, Letters and Music noted": the body, not "Letters"
    if len(words) == 1 and _group_opener(cast, words[0], mention.end):
        return _NOBODY  # "Cyber security experts said": the word opens a plural noun phrase, no name
    if len(words) == 1 and _before_plural_head(cast, words[0], mention.end):
        return _NOBODY  # "Cement makers argue", "Delta traders believe": the word modifies the speakers
    dateline = _dateline_end(cast.text, mention)
    if dateline >= 0:
        return _name_at(cast, dateline)
    if len(words) == 1 and _opener(cast, mention) or _fronted_place(cast.text, mention, words):
        return _after_opener(cast, mention)  # "Outside court, the charity's chair, Ann Roe, said"
    if len(words) == 1 and _sentence_adverb(words[0]):
        return _after_adverb(cast, mention)  # "Recently, Roe said", "Therefore, analysts believe"
    if (words[-1][-1:] == "s" and _fold(words[-1]) in UNNAMED_SOURCE_NOUNS or _group_noun(cast, words)) \
            and _fold(words[-1]) not in ROLE_NOUNS:  # "the witness" is one person, not a group
        if _ONE_OF_BEFORE.search(cast.text, max(0, mention.start - 8), mention.start):
            return _name_after_comma(cast, mention) or _NOBODY  # "One of his advisers, Tad Devine,"
        return _NOBODY  # "Democratic sources", "Republican lawmakers", "Analysts (in Kabul) said"
    if len(words) == 1 and low in ("he", "she", "him", "her"):  # "according to him"
        return _pronoun(cast, mention, previous, "m" if low in ("he", "him") else "f")
    if low in ("his", "her") and len(words) == 2 and _fold(words[1]) == "party":
        return _own_party(cast, mention.start, "m" if low == "his" else "f")  # "Her party said"
    if low in ("his", "her") and _owned_thing(words[1:]):
        # "His assumption was that “...”", "His first segment involved “...”": the owner is meant;
        # but "Her co-author, Ann Roe of Lund University, said": a person the phrase describes
        return _name_after_comma(cast, mention) or _pronoun(cast, mention, previous,
                                                            "m" if low == "his" else "f")
    if low == "its" and _unnamed_body(words[1:]):
        return _owned_body(cast, words[1:], mention.start)  # "Aldmar imposed ... Its trade ministry said"
    if low == "its" and len(words) > 1 and words[-1].islower() and previous is not None \
            and previous.kind == "organisation":
        return previous  # "..., the company says. ..., according to its annual report": the same body
    if low == "its" and len(words) == 2 and _fold(words[1]) in _BODY_PAPERS and (
            author := _document_body(cast, mention.start, people=True)):
        return author  # "The review, carried out by the barrister Ann Roe, found ... Its report said"
    if low == "its" and len(words) > 1 and words[-1].islower() and (body := _last_body(cast, mention.start)):
        return body  # "The Roe Museum of Tin offered a reward. Its statement called ...": that body
    if len(words) == 1 and low in ("they", "it"):
        return _it_or_they(cast, mention, low, previous)
    if words[0][:1].islower() or low in ("the", "his", "her", "their", "a", "an") or (
            len(words) > 1 and words[-1].islower() and any(w.endswith(("'s", "’s")) for w in words[:-1])):
        # "the assailant, John McGraw, told", "(Mayor Bo) Roe's lawyer, Ann Poe, said"
        named = _name_after_comma(cast, mention)
        if named is not None:
            return named
        if low == "the" and (len(words) > 1 and words[-1].islower() or len(words) == 2):
            # "The head of the guild, Ann Roe, urged", "the Emir of the city, Bo Lee, said"
            named = _name_after_clause(cast, mention)
            if named is not None:
                return named
    following = _NEXT_WORD.match(cast.text, mention.end)
    if following and (following.group(1)[:1].isupper() or _fold(following.group(1)) in _DESCRIPTORS):
        described = _described(cast, mention)
        if described is not None:
            return described
    if "of" in words[1:-1] and words[words.index("of") - 1][:1].isupper():
        body = _body_of(words)  # "Norway's Ministry of Fisheries", "the Bureau of Labor Statistics"
        if body is not None:
            return body
    if low in ("a", "an", "the") or words[0][:1].islower():
        named = _appositive_or_inner_name(cast, mention)
        if named is not None:
            return named
    if low == "one" and len(words) == 1 and (group := _OF_GROUP.match(cast.text, mention.end)):
        # "One of the men, Jessie Elkins, 70, said": the member named after the group
        return _name_after_comma(cast, Mention(mention.text, mention.start, group.end())) or _NOBODY
    if low in ("a", "an") and 1 < len(words) < 5 and all(map(str.islower, words)) and _fold(
            words[-1]) in _BODY_HEADS and (body := _body_named_next(cast.text, words[-1], mention.end)):
        return body  # "..., a local conservancy said. ¶ The Enkare Wildlife Conservancy said": that body
    if (singular := _singular_body_head(words[-1])) and _ONE_OF_BEFORE.search(
            cast.text, max(0, mention.start - 8), mention.start):
        # "One of the region's best-known galleries has warned ... ¶ The Roe Gallery said": that one
        return _body_named_next(cast.text, singular, mention.end) or _NOBODY
    if low in ("a", "an") and (aged := _lede_person_named_next(cast, mention, words)) is not None:
        return aged  # "A former treasurer of X told ..., a jury heard. ¶ Ann Roe, 61, denies ...": her
    if low in _INDEFINITES:
        return _NOBODY
    if len(words) == 1 and low == "police" and (
            force := _body_named(cast.text, "police", mention.start, named_only=True)):
        return force  # "Police said", as "the police said": the force the article named before
    if len(words) == 1 and (low in _STOP_START or not _name_cased(words[0]) and low not in ROLE_NOUNS):
        return _NOBODY
    if len(words) == 1 and _common_noun_first(cast, mention.start, words[0]):
        return _NOBODY  # "police said. Police said": a common noun, capitalised as the sentence's first word
    if len(words) == 2 and low == "the" and _fold(words[1]) == "bench" and (
            judge := _bench(cast, mention.start)):
        return judge  # "the bench remarked": its first-named judge
    if len(words) == 2 and low == "the" and _fold(words[1]) in _ISSUED_DOCUMENTS and (
            issuer := _document_issuer(cast, words[1], mention.start)) is not None:
        return issuer  # "Roe Freight issued a statement. The statement noted that": Roe Freight
    if low == "the" and 2 < len(words) < 5 and _fold(words[-1]) in _BODY_HEADS and all(
            map(str.islower, words[1:])) and (body := _body_described(cast.text, words[1:], mention.start)):
        return body  # "the regional transit authority": the Lakeshore Regional Transit Authority
    if low == "the" and _unnamed_body(words[1:]):
        return Speaker(" ".join(words[1:]), "organisation")  # "the electoral commission", none named
    if len(words) == 2 and low == "the" and _fold(words[1]) in _BODY_HEADS:
        body = _body_named(cast.text, words[1], mention.start)  # "the trust": the Redmere Hospitals Trust
        if body is not None:
            return body
        if previous is not None and previous.name and previous.kind == "organisation" \
                and _fold(words[1]) not in KNOWN_ORGANISATIONS and _named_in_paragraph(
                cast.text, previous.name, mention.start):  # "the Pentagon" names itself
            return previous  # "Baltic Lines said its crew were well. “Q,” the company said."
        if _fold(words[1]) in _COMPANY_HEADS and (company := _company_named(cast.text, mention.start)
                                                  or _company_behind(cast, mention.start)
                                                  or _company_introduced(cast.text, mention.start)):
            return company  # "Ketu Power Limited will build a plant ... the company said"
        if _fold(words[1]) in _COMPANY_HEADS and previous is not None and previous.kind == "organisation" \
                and previous.name and _business_name(previous.name):
            return previous  # "Roe & Sons said ... ¶ “...,” the firm said": the business that spoke before
    if _common_noun_phrase(words, low) or (low == "the" and _role_phrase(words[1:])):
        role = _role(cast, words, mention.start)
        if role.name is None and low == "the" and len(words) > 2 and all(w[:1].isupper() for w in words[1:]) \
                and _fold(words[-1]) not in _PARTY_WORDS:
            return Speaker(" ".join(words[1:]), "organisation")  # "The Islamic State": a name, no role
        return role
    if _party_description(words, low):
        return _role(cast, words, mention.start) if len(words) > 1 and _fold(words[-1]) in _ROLES else _NOBODY
    place = _place_after_role(words)
    if place:
        return _role(cast, words[:place], mention.start)  # "protest organizers in Denver"
    if words[-1] in ORGANISATION_HEADS and any(w[:1].isupper() for w in words):
        # "Russia's foreign ministry", "the Iranian foreign ministry": the body speaks
        return Speaker(" ".join(words[1:] if low == "the" else words), "organisation")
    if low == "the" and len(words) == 3 and _is_nationality(words[1]) and words[2].isalpha() \
            and words[2].islower() and _fold(words[2]) not in ORG_CUES:
        # "Adebayo has scored 14 goals. The Nigerian forward says": the person just named, described
        person = cast.just_named(mention.start, None, surname_ok=True)
        return _speaker(cast, cast.fullest(person, mention.start), mention.start) if person else _NOBODY
    if len(words) > 2 and words[0].endswith(("'s", "’s")) and all(map(str.islower, words[1:])) \
            and (office_holder := _office_ahead(cast, words, mention.start)) is not None:
        return _speaker(cast, office_holder, mention.start)  # "Norland's trade minister said", unnamed yet
    if _demonym_only(cast, words):
        return _NOBODY  # "the top British medical journal", "ordinary Chinese traders", "the Saudis"
    if words[-1][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        while words[-1][:1].islower():
            words = words[:-1]
    if low == "the":
        words = words[1:]
        owned = any(w.endswith(("’s", "'s")) for w in words[:-2])  # "The Harbour Review’s Jeet Hall"
        if words and not owned and not _person_like(cast, words, mention.start):
            return Speaker(" ".join(words), "organisation")
    return _named(cast, words, mention.start)


_OPENING_DETERMINERS = frozenset(_words("the his her their its this that these those"))


def _people_word(cast: Cast, word: str) -> bool:
    """Whether a word names a people: "Chinese", "British", or a plural ("Saudis", "Americans") whose
    singular the article writes as an adjective ("Saudi officials")."""
    if len(word) > 4 and word.endswith(("ese", "ish")):
        return True
    return word.endswith("s") and _is_nationality(word[:-1]) and cast.found(
        rf"\b{re.escape(word[:-1])}[ \t]+[a-z]")


def _demonym_only(cast: Cast, words: list[str]) -> bool:
    """Whether a nationality or party word, or a people's plural, is a mention's only capitalised
    word ("Rival Republican candidates", "the Chinese", "Americans'"): an adjective or a people, no
    one's name, unless the article names a person by it in full."""
    names = [i for i, w in enumerate(words) if w[:1].isupper() and _fold(w) not in _STOP_START
             and not (i == 0 and cast._lowercase_word(_fold(w)))]  # "Rival" opening the sentence
    if len(names) != 1:
        return False
    word = _POSSESSIVE.sub("", words[names[0]])
    low = _fold(word)
    if low in GIVEN_NAMES or not (_people_word(cast, word) or names[0] + 1 < len(words) and (
            _is_nationality(word) or low in _PARTY_ADJECTIVES)):
        return False
    return all(len(p.key) == 1 for p in cast.variants(word))
_SPEECH_VERB_AFTER = re.compile(rf"[ \t]+(?:{trie_alternation(SPEECH_VERBS)})\b")


def _common_noun_first(cast: Cast, pos: int, word: str) -> bool:
    """Whether a lone word opening a sentence is a common noun the article also writes in lower case
    as a speech subject ("police said"): no body's name ("Will" of "George Will" is a name)."""
    opens = pos == 0 or cast.text[max(0, pos - 2):pos].endswith(("\n", ". ", '" ', "” "))
    return opens and word[1:].islower() and cast.lower_case_speaks(word) \
        and all(len(p.key) == 1 for p in cast.variants(word))


_PARTY_ADJECTIVES = _PARTY_WORDS | frozenset(_words("democratic gop"))


def _party_description(words: list[str], low: str) -> bool:
    """Whether a mention's only capitalised words are party words ("Democratic", "current Democratic
    presidential nominee", "Other Republican candidates"): an adjective names nobody; a role after it
    may (the first word may be capitalised only as the sentence's first); a body's head noun ("the
    Democrat convention committee") makes the words a body's name."""
    rest = words[1:] if low in _STOP_START or low in _OPENING_DETERMINERS else words
    caps = [w for w in rest if w[:1].isupper()]
    if not caps or any(_fold(w) not in _PARTY_ADJECTIVES for w in caps):
        return False
    return len(rest) == len(caps) or words[-1][:1].islower() and not _org_like(words[-1:])


def _common_noun_phrase(words: list[str], low: str) -> bool:
    """Whether a mention is lower-case words, or those after a determiner capitalised as a sentence's
    first word ("The company", "Her campaign"): a common noun, which names nobody unless it is a role."""
    return not any(map(_name_cased, words[1:])) and (not _name_cased(words[0]) or low in _OPENING_DETERMINERS)


# A sentence opening with a body's name as its subject: "The United Nations Security Council on Friday".
_BODY_SUBJECT = re.compile(rf"The[ \t]+((?:[{_UP}][\w&.-]*[ \t]+)*[{_UP}][\w&.-]*)[ \t]+[a-z]")


def _body_subject(cast: Cast, pos: int) -> Speaker | None:
    """The body an 'it'/'they' refers to when the pronoun's own sentence opens with its name."""
    start = cast.sentence_start(pos)
    if start is None:
        return None
    nominal = _NOMINAL_SUBJECT.match(cast.text, start)
    if nominal is not None and nominal.end() < pos and _fold(nominal.group(1)) not in _OPENING_DETERMINERS:
        return _nominal_org(nominal)  # "Roe's campaign is seeking to contrast ... with what they call"
    m = _BODY_SUBJECT.match(cast.text, start)
    if m is None or m.end() > pos or not _org_like(m.group(1).split()):
        return None
    return Speaker(m.group(1), "organisation")


# A sentence opening with a capitalised name as its subject, then its verb: "Roe Ratings stood by".
_NAMED_SUBJECT = re.compile(
    rf"\s*(?:The[ \t]+)?((?:[{_UP}][\w&.-]*[ \t]+){{0,4}}[{_UP}][\w&.-]*),?[ \t]+[a-z]")
_ITS = re.compile(r"\bits\b")


def _subject_body_before(cast: Cast, pos: int) -> Speaker | None:
    """The body a sentence or two before an "it" opens with as its subject: a name that reads as a
    body's, or one its own sentence calls "its" ("Roe Ratings stood by its view"), never a person's."""
    starts = cast._sentence_starts(pos)
    if len(starts) < 2:
        return None
    for lo, hi in zip(starts[-2:-4:-1], starts[-1:-3:-1], strict=False):
        m = _NAMED_SUBJECT.match(cast.text, lo, hi)
        if m is None:
            continue
        words = m.group(1).split()
        if _fold(words[0]) in _STOP_START or _fold(words[0]) in GIVEN_NAMES or split_title(words)[0]:
            return None  # "He", "Ann Roe", "Mr. Roe": a person, or no name, is the subject
        if _org_like(words) or _ITS.search(cast.text, m.end(), hi) and len(words) > 1:
            whole = _JOINED_NAME.match(cast.text, m.start(1), hi)  # "the Roe Museum of Tin offered"
            if whole is not None and whole.end() > m.end(1):
                return Speaker(whole.group(), "organisation")
            return Speaker(_body_in_full(cast, words), "organisation")
        return None
    return None


# Body words of no business: a firm is neither the Post nor the Ministry ("the firm" is never these).
_NOT_BUSINESS = ORG_CUES - frozenset(_words("holdings group corporation company corp inc ltd fund bank"))


def _business_name(name: str) -> bool:
    """Whether a body's name may be a business's: no body word of another kind, no known body."""
    low = [_fold(w) for w in name.split()]
    return _NOT_BUSINESS.isdisjoint(low) and " ".join(low) not in KNOWN_ORGANISATIONS


_ISSUED_DOCUMENTS = frozenset(_words("statement letter release memo note notice email"))
_FINDINGS = frozenset(_words("report findings conclusions"))
# The papers "its" may name as a body's words ("its statement", "its report").
_BODY_PAPERS = _ISSUED_DOCUMENTS | _FINDINGS
_ISSUED = (r"(?:issued|released|published|sent|posted|circulated|signed|put[ \t]+out)[ \t]+"
           r"(?:a|an|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?")
_ISSUED_AT = re.compile(_ISSUED)  # what every _issued_pattern match holds: a cheap search to try first


@lru_cache(maxsize=16)
def _issued_pattern(document: str) -> re.Pattern[str]:
    """A name, then a verb of putting out a document of this kind: "Roe Freight issued a brief statement"."""
    return re.compile(rf"({_JOINED_NAME.pattern}),?[ \t]+(?:[a-z]+[ \t]+)?{_ISSUED}{document}\b")


def _document_issuer(cast: Cast, document: str, pos: int) -> Speaker | None:
    """Who put out the document "The statement" means, in its sentence or the two before."""
    starts = cast._sentence_starts(pos)
    lo = starts[-3] if len(starts) > 2 else starts[0]
    if _ISSUED_AT.search(cast.text, lo, pos) is None:
        return None  # no verb of putting out a document: no pattern to compile (each costs milliseconds)
    found = _last_match(_issued_pattern(document.lower()), cast.text, lo, pos)
    if found is None:
        return None
    name = found.group(1).removeprefix("The ")
    words = [w for w in name.split() if w not in _NAME_JOINERS]
    if _fold(words[0]) in _STOP_START:
        return None
    if _org_like(words):
        return Speaker(name, "organisation")
    person = cast.person_by_name(words, found.start(1))
    return _speaker(cast, person, pos) if person is not None else None


# A capitalised name, joined by "of"/"for"/"and"/"&": "the Roe Museum of Tin", "Arden & Sons".
_JOINED_NAME = re.compile(
    rf"(?<![\w’'-])[{_UP}][\w&’'.-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+(?:the[ \t]+)?)?[{_UP}][\w&’'.-]*)*")
_NAME_JOINERS = frozenset(_words("of for and & the"))


def _last_body(cast: Cast, pos: int) -> Speaker | None:
    """The body named last in the sentence or the two before a lone "it"/"its" (outside quotes)."""
    starts = cast._sentence_starts(pos)
    lo = starts[-3] if len(starts) > 2 else starts[0]
    found = None
    for m in _JOINED_NAME.finditer(cast.text, lo, pos):
        words = [w for w in m.group().split() if w not in _NAME_JOINERS]
        if _fold(words[0]) in _STOP_START and len(words) > 1:
            words = words[1:]  # "The Roe Museum", "In Roe Holdings"
        if not cast._inside_quote(m.start()) and _org_like(words) and _fold(words[0]) not in _STOP_START:
            found = m
    if found is None:
        return None
    name = found.group().removeprefix("The ")
    if name.endswith(".") and len(last := name.rsplit(None, 1)[-1]) > 4 and last.count(".") == 1:
        name = name[:-1]  # a sentence's full stop, no abbreviation ("Inc.", "U.S.")
    return Speaker(name, "organisation")


# A finding's document and the body that wrote it, opening a sentence: "An audit by the city's Office
# of the Auditor, dated May 2, found ...": the "It" of the next sentence is that body.
# ("The review, carried out by the barrister Ann Roe KC, found ...": its author, a person named.)
_DOCUMENT_BY = re.compile(
    rf"[\s\"“]*(?:An?|The)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    r"(?:audit|report|review|inquiry|investigation|assessment|evaluation|analysis)"
    r"(?:,?[ \t]+(?:carried[ \t]+out|conducted|led|written|prepared))?[ \t]+by[ \t]+"
    rf"(?:the[ \t]+)?(?:[a-z]+['’]s[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}"
    rf"([{_UP}][\w&-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[{_UP}][\w&-]*)*)"
)


def _document_body(cast: Cast, pos: int, people: bool = False) -> Speaker | None:
    """The body whose audit or report a sentence before an 'it' opening its own opens with (of the
    last two: "Sept. 3" ends no sentence but splits one), if it is a body; with ``people`` (an "Its
    report" the author's own), also the person who wrote it."""
    starts = cast._sentence_starts(pos)
    if len(starts) < 2 or starts[-1] != pos:
        return None
    for lo, hi in ((starts[-2], pos), (starts[-3], pos)) if len(starts) > 2 else ((starts[-2], pos),):
        m = _DOCUMENT_BY.match(cast.text, lo, hi)
        if m is None:
            continue
        name = m.group(1)
        if _org_like(name.split()):
            return Speaker(name, "organisation")
        return _full_name_at(cast, name, m.start(1)) if people else None
    return None


# The first member named after an unnamed group: ", including Mr. Amundsen," ", including X and Y".
_INCLUDING = re.compile(
    rf",?[ \t]+including[ \t]+((?:the[ \t]+)?[{_UP}][^,;\n]{{1,100}}?)(?:,|[ \t]+and[ \t])")


def _member_named(cast: Cast, mention: Mention, words: list[str], previous: Speaker | None) -> Speaker | None:
    """The first member a plural unnamed group names after "including" ("Several fact checkers,
    including The Harbour Post, said"): the one speaker the sentence names; None for any other mention."""
    if not (words[-1].endswith("s") and words[-1].islower()) or any(w[:1].isupper() for w in words[1:]):
        return None
    found = _INCLUDING.match(cast.text, mention.end)
    if found is None:
        return None
    phrase = found.group(1).split(" (")[0]  # "Sen. Ann Roe (D-Ore.)": the party is no part of it
    member = resolve(cast, Mention(phrase, found.start(1), found.start(1) + len(phrase)), previous)
    return member if member.name else None


# A share of a group: "Half of", "Most of", "A third of", "Thousands of".
_QUANTITY_OF = re.compile(
    r"(?:[Aa]|[Tt]he)?[ \t]*(?:[Hh]alf|[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Nn]one|[Ff]ew|[Ss]everal|[Mm]ajority"
    r"|[Mm]inority|[Tt]hird|[Qq]uarter|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions)[ \t]+of\b")
# A poll's share of a group: "Six in 10 voters", "A mere 9 percent", "About two-thirds of Democrats".
_SHARE_OF = re.compile(
    r"(?i:(?:(?:an?|about|nearly|almost|roughly|around|some|only|just|over|under|more|fewer|less|than|at|least|"
    r"mere|barely)[ \t]+)*[\w.,-]+(?:[ \t]+in[ \t]+|-in-|[ \t]+out[ \t]+of[ \t]+)(?:\d+|[a-z]+)\b"
    r"|[\w.,-]+[ \t]*(?:%|percent\b|per[ \t]+cent\b))")
# An unnamed group placed by a prepositional phrase: "People in the town", "staff for the committee",
# "Republican delegates at the convention" (a lower-case plural head: no name).
_GROUP_WITH_PLACE = re.compile(
    r"(?:\S+[ \t]+){0,3}?(?:[Pp]eople|[Ss]taff|[Pp]olice|[a-z][\w-]*[^\Wsui]s)"
    r"[ \t]+(?:in|at|on|from|for|with)[ \t]")
# Plural nouns for people that open a group at a body or place even capitalised ("Engineers at Roe Air").
_UNNAMED_PLURALS = frozenset(w for w in UNNAMED_SOURCE_NOUNS if w.endswith("s"))
_PEOPLE_PLURALS = _UNNAMED_PLURALS | frozenset(
    f"{w}s" for w in ROLE_NOUNS if not w.endswith("s"))


def _people_at_place(text: str, start: int, low: str, stripped: str) -> bool:
    """Whether a capitalised mention is a group of people at a body or place: a plural noun for
    people, or any plural opening a sentence ("Technicians at Roe Rail said"), then "at", "in" ..."""
    if low not in _PEOPLE_PLURALS and not (
            (start == 0 or text.endswith(("\n", ". ", '" ', "” "), 0, start)) and low not in GIVEN_NAMES):
        return False
    return _group_with_place(stripped[0].lower() + stripped[1:])


# What a _SHARE_OF or _GROUP_WITH_PLACE match needs somewhere in the mention; most mentions (names) lack it,
# and this search costs a fraction of the full match, which backtracks over every word.
_SHARE_CUE = re.compile(r"(?i:[ \t-](?:in|out)[ \t-]|%|percent|per[ \t]+cent)")
_PLACE_LINK = re.compile(r"[ \t](?:in|at|on|from|for|with)[ \t]")


def _share_of(mention: str) -> bool:
    return _SHARE_CUE.search(mention) is not None and _SHARE_OF.match(mention) is not None


def _group_with_place(mention: str) -> bool:
    return _PLACE_LINK.search(mention) is not None and _GROUP_WITH_PLACE.match(mention) is not None


# What a title or a body's head noun runs on with: " of (the) Labor Statistics", " of Elections Ann Roe".
_OF_NAME_AFTER = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_TOKEN}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN}){{0,5}}")


def _with_office_or_body(text: str, mention: Mention, words: list[str]) -> tuple[Mention, list[str]]:
    """The mention run on over "of" and the capitalised words after it when it ends with a title or
    a body's head noun the attribution cut off there ("Director" of Government Affairs Ola Berg,
    "the Bureau" of Labor Statistics); else the mention as it is."""
    if not text.startswith(" of ", mention.end):
        return mention, words
    last = words[-1]
    if not (_office_head(last) or _fold(last) in _BODY_HEADS and last[:1].isupper() and not last.isupper()):
        return mention, words
    found = _OF_NAME_AFTER.match(text, mention.end)
    if found is None:
        return mention, words
    longer = Mention(text[mention.start:found.end()], mention.start, found.end())
    return longer, longer.text.strip(" ,").split()


def _person_after_office(words: list[str]) -> list[str]:
    """The person's name after an office named "<Title> of/for <Office>" ("Palm Beach County Supervisor
    of Elections Ann Roe", "Secretary for Health Ann Roe"); [] when none follows. After "the" a lone
    last word with no given name nor title before it ends the office, not a surname: "the Director of
    Public Prosecutions" (but "Secretary of State Roe": the surname)."""
    links = [k for k in range(1, len(words) - 2) if words[k] in ("of", "for")]
    if not links:
        return []
    at = links[-1]
    after = words[at + 1:]
    if after[0] == "the":
        after = after[1:]
    if len(after) < 2 or not _office_head(words[at - 1]) or not all(w[:1].isupper() for w in after):
        return []
    before = words[at - 2] if at > 1 else ""
    if _fold(before) in GIVEN_NAMES or len(before) == 2 and before.endswith("."):
        return []  # "Peter T. King of New York": a surname before "of", not an office
    name = [*_after_office(after[:-1]), after[-1]]
    if len(name) == 1 and words[0].lower() == "the":
        return []
    return name if _parse(" ".join(name)) is not None else []


# Head nouns of a body's name that a definite description takes up again: "the trust", "the ministry".
_BODY_HEADS = (ORG_CUES | frozenset(_words("trust firm union authority university forum conservancy"))) \
    - frozenset(_words("campaign administration house news post press front force forces nations journal"
                       " herald"))
_BODY_LOOKBACK = 3000  # characters before "the <head>" searched for the body's name


def _body_named(text: str, head: str, pos: int, named_only: bool = False) -> Speaker | None:
    """The body named earlier with this head noun ("the Redmere Hospitals Trust", "the Ministry of
    Public Health"), the nearest one before ``pos``; None when the article names none. With
    ``named_only``, only a capitalised name counts, and a bare head in between ("Police declined")
    does not hide it."""
    lo = max(0, pos - _BODY_LOOKBACK)
    upper, lower = head.capitalize(), head.lower()
    # Every match holds the head word as written: a window without it needs no pattern compiled nor
    # tried (a head with other characters than letters is a pattern, not a literal: always tried).
    plain = head.isalpha()
    # The latest capitalised mention decides, even a bare "the Trust" (then the article names none)
    named = [(m.start(), _body_words(m.group(0), False)) for m in _body_pattern(upper).finditer(text, lo, pos)
             ] if not plain or text.find(upper, lo, pos) >= 0 else []
    if named_only:  # a name, whole, not run on from the sentence before ("in May. Police")
        named = [found for found in named if found[1] and not any(map(_sentence_end_word, found[1][:-1]))]
    elif not plain or _after_proper_word(text, lower, lo, pos):
        named += [(m.start(), body) for m in _lower_body_pattern(lower).finditer(text, lo, pos)
                  if (body := _body_words(m.group(0), True))]
    if not named_only and text.find(f"{lower},", lo, pos) >= 0:
        named += [(m.start(), m.group(1).split())
                  for m in _appositive_body_pattern(lower).finditer(text, lo, pos)
                  if _fold(m.group(1).split()[0]) not in GIVEN_NAMES]
    body = max(named)[1] if named else []
    return Speaker(" ".join(body), "organisation") if body else None


@lru_cache(maxsize=64)
def _named_next_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"[^.!?\n]{{0,200}}[.!?][\"”’']?\s+The[ \t]+((?:{_NAME_PART}[ \t]+){{1,4}}{head})\b")


def _body_named_next(text: str, head: str, end: int) -> Speaker | None:
    """The body the sentence after an indefinite description opens with, named with the same head
    noun: a lede's "a local conservancy said" and the next sentence's "The Enkare Wildlife Conservancy"."""
    m = _named_next_pattern(head.capitalize()).match(text, end)
    return Speaker(m.group(1), "organisation") if m is not None else None


def _sentence_end_word(word: str) -> bool:
    """Whether a word ends a sentence with its full stop: a word, not an abbreviation ("St.", "U.S.")."""
    return word.endswith(".") and len(word) > 3 and word[:-1].isalpha() and not word[:-1].isupper() \
        and word[:-1] not in _ABBREVIATIONS


@lru_cache(maxsize=64)
def _described_body_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A body's name holding a lower-case description's words capitalised, in order, as its last
    words ("Lakeshore Regional Transit Authority" for "regional transit authority"), with any
    "of"/"for" phrase after it ("Arts Council for the Midlands and North")."""
    capitalised = r"[ \t]+".join(re.escape(w.capitalize()) + ("s?" if k < len(words) - 1 else "")
                                 for k, w in enumerate(words))  # "hospital trust": "Hospitals Trust"
    return re.compile(rf"(?<![\w’'-])(?:(?!(?:The|Of|And|For|In|On|To|At|By|A|An)\b)[{_UP}][\w&’'.-]*[ \t]+)"
                      rf"{{0,4}}{capitalised}\b(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_NAME_PART}"
                      rf"(?:[ \t]+(?:and[ \t]+)?{_NAME_PART}){{0,3}})?")


def _body_described(text: str, words: list[str], pos: int) -> Speaker | None:
    """The body a definite description of more than its head noun stands for ("the arts council",
    "the regional transit authority"): the body whose name holds those words, the nearest one named
    before, else the first one named after (a lede describes the body its next paragraph names)."""
    if text.find(words[-1].capitalize()) < 0:
        return None  # the article writes no name with this head noun
    if len(words) > 2 and _POSSESSIVE.search(words[0]):
        words = words[1:]  # "the town's hospital trust": the owner is no word of the body's name
    pattern = _described_body_pattern(tuple(_fold(w) for w in words))
    before = _last_match(pattern, text, 0, pos)
    found = before or pattern.search(text, pos)
    return Speaker(found.group(0), "organisation") if found is not None else None


# A body named in an aside after its description: "The regional water agency, Harbour Water, said".
@lru_cache(maxsize=64)
def _appositive_body_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![Ff]or[ \t])(?<![Oo]f[ \t])(?<![Aa]t[ \t])(?<!from[ \t])"
                      rf"(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}{head},[ \t]+"
                      rf"((?:[{_UP}][\w&’'-]*[ \t]+){{0,4}}[{_UP}][\w&’'-]*),")


# The judges of a bench: "a division bench of Justice Ann Roe and Justice Bo Lee", "a bench comprising ...".
_BENCH_OF = re.compile(
    rf"[Bb]ench[ \t]+(?:of|comprising|headed[ \t]+by|led[ \t]+by)[ \t]+(?:(?:the[ \t]+)?Chief[ \t]+)?"
    rf"(?:Justices?|Judges?|Hon(?:ourable|orable|['’]ble)?\.?)[ \t]+"
    rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+)"
)
_BENCH_START = re.compile(r"[\s\"“]*The[ \t]+bench\b")


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - the last one is wanted
        pass
    return found


def _bench(cast: Cast, pos: int) -> Speaker | None:
    """A bench speaks as its first-named judge (FORMAT's joint-statement rule), the last bench named."""
    found = _last_match(_BENCH_OF, cast.text, max(0, pos - _BODY_LOOKBACK), pos)
    if found is None:
        return None
    person = cast.person_by_name(found.group(1).split(), found.start(1))
    return _speaker(cast, person, pos) if person is not None else None


def _bench_subject(cast: Cast, pos: int) -> Speaker | None:
    """The bench an "it" refers to when one of the two sentences before opens with "The bench"."""
    starts = cast._sentence_starts(pos)[-3:]
    return _bench(cast, pos) if any(_BENCH_START.match(cast.text, s) for s in starts) else None


_COMPANY_HEADS = frozenset(_words("company firm"))
# A company's registered name: capitalised words ending with a legal form ("Ketu Power Limited").
_COMPANY_NAME = re.compile(
    rf"(?<![\w’'-])((?:(?!(?:The|A|An|In|On|At|By|For|Of|And)\b)[{_UP}][\w&’'.-]*[ \t]+){{1,4}}"
    r"(?:Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|P[Ll][Cc]|LLC|LLP|Holdings|GmbH|AG|S\.A\.|N\.V\.))(?![\w-])"
)


def _company_named(text: str, pos: int) -> Speaker | None:
    """The company a bare "the company" means: the last one named before with its legal form (a fund
    or partner named since, without one, is not "the company")."""
    found = _last_match(_COMPANY_NAME, text, max(0, pos - _BODY_LOOKBACK), pos)
    return Speaker(found.group(1).rstrip("."), "organisation") if found is not None else None


# A company named without its legal form: after a noun for a business in an aside ("The mine's
# operator, Tarn Mining, said") or by a name ending in a word for a trade ("Cordell Energy").
_COMPANY_NOUNS = (r"(?:developer|company|firm|group|maker|operator|owner|producer|builder|supplier|"
                  r"manufacturer)")
_COMPANY_TRADES = (r"(?:Energy|Mining|Minerals|Metals|Steel|Oil|Gas|Petroleum|Power|Motors|Airlines|Airways|"
                   r"Foods|Farms|Breweries|Brewery|Pharmaceuticals|Pharma|Technologies|Systems|Industries|"
                   r"Logistics|Shipping|Telecom|Media|Retail|Homes|Construction|Engineering|Chemicals|Group)")
_COMPANY_INTRODUCED = re.compile(
    rf"(?<![\w’'-]){_COMPANY_NOUNS},[ \t]+((?:[{_UP}][\w&’'-]*[ \t]+){{0,3}}[{_UP}][\w&’'-]*),"
    rf"|(?<![\w’'-])((?:(?!(?:The|A|An|In|On|At|By|For|Of|And)\b)[{_UP}][\w&’'-]*[ \t]+){{1,3}}"
    rf"{_COMPANY_TRADES})(?![\w’'-])"
    rf"|(?<![\w’'.-])([{_UP}][\w-]*\.(?:com|net|io))(?![\w-])"  # a web business: "Roeparts.com"
)


def _company_introduced(text: str, pos: int) -> Speaker | None:
    """The company a bare "the company" means when the article named it without a legal form: the
    last one introduced as a business in an aside or named with a word for its trade."""
    found = _last_match(_COMPANY_INTRODUCED, text, max(0, pos - _BODY_LOOKBACK), pos)
    if found is None:
        return None
    name = found.group(1) or found.group(2) or found.group(3)
    if _fold(name.split()[0]) in GIVEN_NAMES:
        return None  # "its owner, Ann Roe,": a person is no company
    return Speaker(name, "organisation")


# The body behind a project or a place, named in the same sentence: "The mill, owned by Roe Timber, ...".
_BEHIND_BY = re.compile(
    rf"(?:backed|owned|run|operated|funded|proposed|planned|developed)[ \t]+by[ \t]+(?:the[ \t]+)?"
    rf"([{_UP}][\w&’'-]*(?:[ \t]+[{_UP}][\w&’'-]*){{0,3}})(?=[,.;])"
)


def _company_behind(cast: Cast, pos: int) -> Speaker | None:
    """The company "the company" means when its own sentence says who backs or owns its subject
    ("The £2 million plant, backed by Roe Foods, would open in May, the company says")."""
    start = cast.sentence_start(pos)
    found = _last_match(_BEHIND_BY, cast.text, start, pos) if start is not None else None
    if found is None or _fold(found.group(1).split()[0]) in GIVEN_NAMES:
        return None  # "backed by Ann Roe": a person is no company
    return Speaker(found.group(1), "organisation")


def _named_in_paragraph(text: str, name: str, pos: int) -> bool:
    """Whether ``name`` appears earlier in the paragraph holding ``pos``."""
    return text.find(name, text.rfind("\n", max(0, pos - _BODY_LOOKBACK), pos) + 1, pos) >= 0


def _body_words(found: str, lower_head: bool) -> list[str]:
    """The words naming a body found before its definite description, or [] when they name none:
    a lower-case head needs a proper adjective before it ("Turkish trade ministry", not "A trade
    ministry" at a sentence start)."""
    words = [w for w in found.split() if not w.endswith(("'s", "’s"))]
    if words and words[0] == "The":
        words = words[1:]
    if lower_head and (not words or not words[0][:1].isupper() or _fold(words[0]) in _STOP_START):
        return []
    return words if len(words) > 1 else []


def _body_of(words: list[str]) -> Speaker | None:
    """A body named "<Head> of <Name>": its capitalised words from the first one after any owner."""
    at = words.index("of")
    if _fold(words[at - 1]) not in _BODY_HEADS or not all(w[:1].isupper() for w in words[at + 1:]):
        return None
    lead = at - 1
    while lead > 0 and words[lead - 1][:1].isupper() and not words[lead - 1].endswith(("'s", "’s")):
        lead -= 1
    if words[lead] == "The":
        lead += 1
    return Speaker(" ".join(words[lead:]), "organisation")


@lru_cache(maxsize=64)
def _body_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?!(?:Of|And|For|In|On|To|At|By)\b)[{_UP}][\w&’'.-]*[ \t]+){{0,4}}{head}\b"
                      rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[{_UP}][\w’'-]*(?:[ \t]+[{_UP}][\w’'-]*){{0,3}})?"
                      rf"{_BRANCH_NUMBER}?")


# A body named by proper adjectives and a lower-case head: "the Russian foreign ministry".
@lru_cache(maxsize=64)
def _lower_body_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?!(?:Of|And|For|In|On|To|At|By)\b)[{_UP}][\w’'-]*[ \t]+){{1,3}}"
                      rf"(?:(?!(?:the|a|an|of|and|or|for|in|on|to|at|by|its|his|her|their|this|that|said)\b)"
                      rf"[a-z][\w-]*[ \t]+){{0,2}}{head}\b")


# What stands before the head of every _lower_body_pattern match: a capitalised word, at most two lower-case.
_PROPER_WORD_BEFORE = re.compile(rf"[{_UP}][\w’'-]*[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}\Z")


def _after_proper_word(text: str, head: str, lo: int, hi: int) -> bool:
    """Whether ``head`` stands in ``text[lo:hi]`` after a capitalised word and at most two lower-case
    ones: a cheap test before compiling _lower_body_pattern, which mostly matches nothing."""
    i = text.find(head, lo, hi)
    while i >= 0:
        if _PROPER_WORD_BEFORE.search(text, lo, i) is not None:
            return True
        i = text.find(head, i + 1, hi)
    return False


# "the X campaign", "X's campaign", "the X administration": the organisation, named as gold does.
_NOMINAL_HEADS = ("campaign", "administration", "team", "camp")  # "the Sanders camp": one body
_NOMINAL_ORG = re.compile(
    rf"(?:[Tt]he[ \t]+)?((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN}){{0,3}}?)(?:['’]s?)?"
    rf"[ \t]+({'|'.join(_NOMINAL_HEADS)})"
)
# A sentence opening with "(the) <Name>('s) campaign" as its subject, then its verb; a role noun after
# the head makes a person of the body the subject, not the body ("the Roe campaign manager said").
_NOMINAL_SUBJECT = re.compile(
    rf"[\s\"“]*{_NOMINAL_ORG.pattern}(?=[ \t]+[a-z])(?![ \t]+(?:{_PERSON_NOUNS})\b)")
# The head noun of "the <Name> campaign" after a mention that stops before it, when the campaign is
# the subject of the speech verb (not "the Trump campaign manager, Jo Roe,").
_NOMINAL_AFTER = re.compile(
    rf"((?:['’]s)?[ \t]+(?:{'|'.join(_NOMINAL_HEADS)}))"
    rf"(?=[ \t]*[.,;:”\"]|[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+)?(?:{trie_alternation(SPEECH_VERBS)})\b)")
# The rest of a name after a lower-case particle ("ole Kisemei", "van der Merwe", "bin Salleh").
_PARTICLE_TAIL = re.compile(rf"(?:[ \t]+{_PARTICLES}){{1,2}}[ \t]+[{_UP}][\w’'-]*\w(?![\w-]|[ \t]+[{_UP}])")
# The rest of a body's name joined by "and" ("Fire and Rescue Service"), up to its head word.
_AND_BODY_AFTER = re.compile(
    rf"([ \t]+and[ \t]+(?:[{_UP}][\w-]*[ \t]+){{0,3}}([{_UP}][\w-]*))(?![\w-]|[ \t]+[{_UP}])")
# An unnamed spokesperson after an owner the attribution kept ("Roe's" spokesman said), no name after.
_OWNED_SPOKESPERSON = re.compile(rf"[ \t]+spokes(?:man|woman|person)\b(?![ \t]*,[ \t]*[{_UP}])")
def _ends_with_for(text: str, at: int) -> bool:
    """Whether "for" and blanks stand right before ``at``: most mentions skip _FOR_BODY_BEFORE's search."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return text.endswith("for", 0, at)


# A body's name with "for" in it, whole: "(The) Center for American Renewal", "Committee for a Fair Vote".
_BODY_WORD = rf"[{_UP}][\w&.’'-]*"
# Its words from "for" on ("for a Fair Vote", "for Science and Technology"), also read after a mention.
_FOR_REST = (rf"[ \t]+for[ \t]+(?:(?:a|an|the)[ \t]+)?{_NAME_PART}"
             rf"(?:[ \t]+(?:(?:and|of|&|the|on|in)[ \t]+)*{_NAME_PART})*")
_FOR_BODY = re.compile(rf"(?:The[ \t]+)?((?:{_BODY_WORD}[ \t]+){{0,3}}{_BODY_WORD}){_FOR_REST}")
_FOR_TAIL = re.compile(_FOR_REST)
# A body's name with "on" in it, whole, as the attribution gave it: "(The) Council on Foreign Relations",
# "Commission on Audit"; never a date after "on" ("the Council on Monday").
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DATE_WORDS = f"(?:{'|'.join(sorted(WEEKDAYS) + list(_MONTHS))})"
_ON_BODY = re.compile(rf"(?:The[ \t]+)?((?:{_BODY_WORD}[ \t]+){{0,3}}{_BODY_WORD})[ \t]+on[ \t]+"
                      rf"(?!{_DATE_WORDS}\b)(?:the[ \t]+)?{_NAME_PART}"
                      rf"(?:[ \t]+(?:(?:and|of|&|the)[ \t]+)*{_NAME_PART})*")


def _for_body(text: str, mention: Mention, stripped: str, words: list[str]) -> Speaker | None:
    """A body whose name holds "for", named whole ("The Center for Fair Budgets said") or cut at "for"
    by the attribution ("said the Center" for Fair Budgets): its whole name, not the words after "for"."""
    if not words[-1][:1].isupper():
        return None
    if " on " in stripped and " for " not in stripped:
        named = _ON_BODY.fullmatch(stripped.removeprefix("the "))
        if named is None or any(map(_is_title, lead := named.group(1).split())) \
                or not (_org_like(lead) or _fold(lead[-1]) in _BODY_HEADS):
            return None
        return Speaker(named.group(0).removeprefix("The "), "organisation")  # "Council on Foreign Relations"
    if " for " not in stripped:
        at = mention.end
        tail = _FOR_TAIL.match(text, at) if text.startswith((" for ", "\tfor "), at) else None
        if tail is None:
            return None
        stripped += tail.group(0)
    named = _FOR_BODY.fullmatch(stripped.removeprefix("the "))
    if named is None or any(map(_is_title, lead := named.group(1).split())) \
            or not (_org_like(lead) or _fold(lead[-1]) in _BODY_HEADS):
        return None
    return Speaker(named.group(0).removeprefix("The "), "organisation")


# The words of a body's name before "for" ("Club for Clean Air Action"), capitalised and no title
# ("Undersecretary for Political Affairs Ann Roe" names a person).
_FOR_BODY_BEFORE = re.compile(
    rf"(?<![\w-])([{_UP}][\w-]*(?:[ \t]+[{_UP}][\w-]*){{0,3}})[ \t]+for[ \t]+\Z")
# An unnamed source right before the mention ("a spokesman for X", "officials at X"): the mention only
# says whom the source speaks for, and the guidelines leave unnamed spokespeople and officials null.
# Documents can speak, and an agent (representative, adviser, aide) is counted as its principal.
_UNNAMED_PEOPLE = sorted(UNNAMED_SOURCE_NOUNS - frozenset(_words(
    "statement report reports poll polls study survey someone others some many several one another"
    " representative representatives adviser advisers advisor advisors aide aides staffer staffers"))
    | frozenset(_words("man woman men women")), key=len, reverse=True)  # "a woman in Roeville said"
_UNNAMED_BEFORE = re.compile(
    r"(?i)(?:\b(?:a|an|one|another|some|several|two|three|many)[ \t]+(?:[\w-]+[ \t]+){0,3}"
    rf"(?:{'|'.join(_UNNAMED_PEOPLE)})|\b(?:{'|'.join(p for p in _UNNAMED_PEOPLE if p.endswith('s'))}))"
    r"[ \t]+(?:for|of|at|from|in|with|close[ \t]+to)[ \t]+\Z"
)
_UNNAMED_MODIFIER = re.compile(rf"\b(?:{'|'.join(f'{w} {p}' for w, p in UNNAMED_POST_MODIFIERS.items())})\b")
# "One" and the plural group it is one of: " of the men", " of his closest advisers".
_OF_GROUP = re.compile(r"[ \t]+of[ \t]+(?:(?:the|his|her|their|its|our|my|these|those)[ \t]+"
                       r"(?:[a-z][\w-]*[ \t]+){0,3}(?:[a-z][\w-]*s|men|women|people|children)|them)\b")
_ONE_OF_BEFORE = re.compile(r"(?<![\w-])[Oo]ne[ \t]+of[ \t]+\Z")
_INDEFINITE_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[{_UP}][\w.&’'-]*[ \t]+){{0,3}}\Z")
_UNNAMED_LINKS = (" for", " of", " at", " from", " in", " with", " to")
_CAPITALS = re.compile(rf"[{_UP}][{_UP}.'’ -]*[{_UP}]")
_DATELINE_SEP = re.compile(rf"(?:,[ \t]+[{_UP}][\w.-]*(?:[ \t]+[{_UP}][\w.-]*){{0,2}})?"
                           r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?::|—|–|--|-(?=[ \t]))[ \t]*")
_OPENER_END = re.compile(r"[^.;:!?\n]{0,160}?,[ \t]+")


def _nominal_org(m: re.Match[str]) -> Speaker:
    """'the Clinton campaign' -> organisation "Clinton campaign" (titles dropped)."""
    words = [_POSSESSIVE.sub("", w) if w[-2:] in ("’s", "'s") else w for w in _SPLIT.split(m.group(1))]
    _, name = split_title(words)
    return Speaker(" ".join([*name, m.group(2)]), "organisation")


def _opener(cast: Cast, mention: Mention) -> bool:
    """A sentence-opening participle taken for a subject: "Walking home, X said", "Chastened by Y, X".
    Never a word the article also uses as a surname or one followed by a speech verb."""
    text, word = cast.text, mention.text.strip(" ,")
    if not (word[:1].isupper() and word.endswith(("ing", "ed"))) or _fold(word) in MALE_FIRST_NAMES:
        return False
    before = text[max(0, mention.start - 3):mention.start]
    if not (mention.start == 0 or before.endswith(("\n", ". ", '" ', "” "))):
        return False
    after = _NEXT_WORD.match(text, mention.end)
    if after is None or not after.group(1).islower() or after.group(1) in SPEECH_VERBS:
        return False
    return not any(len(p.key) > 1 for p in cast.variants(word))


_PLACE_PREPOSITIONS = frozenset(_words("outside inside in at on near from"))


def _fronted_place(text: str, mention: Mention, words: list[str]) -> bool:
    """A fronted prepositional phrase taken for a subject, of place or otherwise ("Outside court", "At
    the hearing", "In response"): a capitalised preposition and lower-case words opening a sentence,
    set off by a comma; the speaker follows."""
    if not (1 < len(words) < 5 and words[0][:1].isupper() and _fold(words[0]) in _PLACE_PREPOSITIONS
            and all(w.islower() for w in words[1:]) and text.startswith(",", mention.end)):
        return False
    before = text[max(0, mention.start - 3):mention.start]
    return mention.start == 0 or before.endswith(("\n", ". ", '" ', "” ", "' ", "’ "))


# Public bodies a description names by its kind ("the electoral commission", "the foreign ministry"),
# and qualifiers that say which one only in context ("the new commission" is no body's name).
_PUBLIC_BODY_HEADS = frozenset(_words("ministry department agency embassy commission committee council"))
_CONTEXT_QUALIFIERS = frozenset(_words("new old same other former current previous whole entire first last"
                                       " next local"))


def _unnamed_body(words: list[str]) -> bool:
    """Whether lower-case words describe a public body by its kind and field ("electoral commission"):
    a body the article names no other way speaks under that description."""
    return 1 < len(words) < 4 and all(w.isalpha() and w.islower() for w in words) \
        and words[-1] in _PUBLIC_BODY_HEADS and not any(w in _CONTEXT_QUALIFIERS for w in words[:-1])


def _owned_body(cast: Cast, description: list[str], pos: int) -> Speaker:
    """The public body an "Its" owns ("Its trade ministry said"): of the country or body the sentence
    before opens with, named as no person ("Aldmar imposed a levy ... Its trade ministry"); else the
    description alone."""
    starts = cast._sentence_starts(pos)
    m = _NAMED_SUBJECT.match(cast.text, starts[-2], starts[-1]) if len(starts) > 1 else None
    owner = m.group(1).split() if m is not None else []
    if not owner or _fold(owner[0]) in _STOP_START | GIVEN_NAMES or split_title(owner)[0] \
            or any(len(p.key) > 1 for p in cast.variants(owner[-1])):  # "Roe imposed ...": a person
        return Speaker(" ".join(description), "organisation")
    return Speaker(" ".join([*owner, *description]), "organisation")


# A party named before its member's name: "Green Party leader" + " Ann Roe", "the Civic Front's" + " Ann Roe";
# only a party role between them ("Premier League footballer Ann Roe" names no party of hers).
_PARTY_ROLES = ("leader|deputy|member|MP|MPs|MEP|candidate|chair|chairman|chairwoman|president|spokesman"
                "|spokeswoman|spokesperson|lawmaker|legislator|senator|councillor|councilor|founder|secretary"
                "|general|co-leader|whip|nominee")
_PARTY_BEFORE_NAME = re.compile(
    rf"(?<![\w’'-])((?:[{_UP}][\w’'-]*[ \t]+){{1,3}}"
    rf"(?:Party|Front|Alliance|League|Movement|Congress|Coalition|Bloc))"
    rf"(?:['’]s)?[ \t]+(?:(?:{_PARTY_ROLES})[ \t]+){{0,2}}\Z")


def _own_party(cast: Cast, pos: int, gender: str) -> Speaker:
    """The party a "His party"/"Her party" owns: the one named before the full name of the person
    the pronoun stands for ("Civic Front leader Ann Roe ... Her party said"); else nobody."""
    person = cast.pronoun(pos, gender)
    if person is None:
        return _NOBODY
    for start in cast.fullest(person, pos).starts:
        found = _PARTY_BEFORE_NAME.search(cast.text, max(0, start - 80), start)
        words = found.group(1).split() if found is not None and start < pos else []
        while len(words) > 2 and (_fold(words[0]) in _STOP_START or _fold(words[0]) in _TITLE_QUALIFIERS):
            words = words[1:]  # "The Green Party", "Yesterday Green Party leader", "Former Civic Party MP"
        if len(words) > 1:
            return Speaker(" ".join(words), "organisation")
    return _NOBODY


def _singular_body_head(word: str) -> str:
    """The body head noun a plural stands for ("galleries": "gallery", "trusts": "trust"); else ""."""
    if not (word.islower() and word.endswith("s")):
        return ""
    head = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return head if head in _BODY_HEADS else ""


# The rest of a paragraph, then the next one opening with a full name and an age: "Ann Roe, 61, of ...".
_AGED_NAME_NEXT = re.compile(rf"[^\n]*\n\s*({_NAME_RE.pattern}),[ \t]+\d{{1,3}},")
_LEDE_LINES = 2  # lines before a lede: a headline and a byline
_LEDE_LINKS = frozenset(_words("of for at in from who with"))  # where a description's head noun ends
_LEDE_PEOPLE = frozenset(_words("man woman mother father grandmother grandfather teenager pensioner"))


def _lede_person_named_next(cast: Cast, mention: Mention, words: list[str]) -> Speaker | None:
    """The person an indefinite description in a lede stands for ("A former treasurer of X told ..."):
    the one the next paragraph opens naming with an age, the way news names whom its lede described.
    An unnamed source ("a spokesman") is nobody, and so is any description later in the article."""
    link = next((k for k, w in enumerate(words[1:], 1) if w in _LEDE_LINKS), len(words))
    head = _fold(words[link - 1])  # "A former treasurer of X": "treasurer"
    if head in UNNAMED_SOURCE_NOUNS or _role_word(head) not in _ROLES and head not in _LEDE_PEOPLE:
        return None
    if not _in_lede(cast.text, mention.start):
        return None
    found = _AGED_NAME_NEXT.match(cast.text, mention.end)
    return _name_at(cast, found.start(1)) if found is not None and _names_in_full(found.group(1)) else None


def _in_lede(text: str, pos: int) -> bool:
    """Whether no more than ``_LEDE_LINES`` non-blank lines stand before ``pos``; it reads only as far
    as the lines it counts, not the whole text before."""
    seen, at = 0, 0
    while at < pos:
        end = text.find("\n", at, pos)
        end = pos if end < 0 else end
        if text[at:end].strip():
            seen += 1
            if seen > _LEDE_LINES:
                return False
        at = end + 1
    return True


def _unnamed_before(text: str, start: int) -> bool:
    """Whether an unnamed source stands right before ``start`` ("a spokesman for" the mention);
    a cheap look at the preposition first, as most mentions have none before them."""
    before = text[max(0, start - 12):start].rstrip(" \t").lower()
    if not before.endswith(_UNNAMED_LINKS):
        return False
    return _UNNAMED_BEFORE.search(text, max(0, start - 80), start) is not None


def _dateline_end(text: str, mention: Mention) -> int:
    """Where the story starts after a dateline taken for a subject ("MAZAR-I-SHARIF: Noor said",
    "KABUL, Afghanistan (AP) — ..."): an all-capitals place opening its paragraph; -1 if none."""
    if not _CAPITALS.fullmatch(mention.text) or text[max(0, mention.start - 1):mention.start].strip():
        return -1
    found = _DATELINE_SEP.match(text, mention.end)
    return found.end() if found else -1


def _name_at(cast: Cast, pos: int) -> Speaker:
    """The speaker named by the capitalised words at ``pos``; None when no name stands there."""
    name = _NAME_RE.match(cast.text, pos)
    if name is None or _CAPITALS.fullmatch(name.group()) or _parse(name.group()) is None:
        return _NOBODY
    return resolve(cast, Mention(name.group(), name.start(), name.end()), None)


# A participle used as an adjective before a noun and a name: "Stranded" + " tourist Ann Roe".
_OPENER_NOUN_NAME = re.compile(
    rf"[ \t]+(?!(?:by|with|from|in|at|on|to|for|of|after|before|into|over|under|about|as|that|the|a|an|"
    rf"his|her|their|its)\b)[a-z][\w-]*[ \t]+({_NAME_RE.pattern})")


def _after_opener(cast: Cast, mention: Mention) -> Speaker:
    """The subject after an opening participial phrase: the first name that follows one of its commas."""
    text = cast.text
    pos = mention.end
    noun = _OPENER_NOUN_NAME.match(text, pos)
    if noun is not None and _parse(noun.group(1)) is not None:
        return resolve(cast, Mention(noun.group(1), noun.start(1), noun.end(1)), None)  # "Stranded tourist X"
    for _ in range(3):
        comma = _OPENER_END.match(text, pos)
        if comma is None:
            break
        name = _NAME_RE.match(text, comma.end())
        if name is not None and _parse(name.group()) is not None:
            return resolve(cast, Mention(name.group(), name.start(), name.end()), None)
        pos = comma.end()
    return _NOBODY


# Sentence adverbs, connectives and numbers that open a sentence and never name anyone ("Therefore,",
# "Absent a deal", "Thirty percent of voters"); adverbs in -ly are read by their shape (_ADVERB).
_SENTENCE_ADVERBS = frozenset(_words(
    """
    therefore thus hence moreover furthermore nevertheless nonetheless otherwise likewise absent
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousands millions dozens
    """
))
_COMMA_AFTER = re.compile(r",[ \t]+")


def _sentence_adverb(word: str) -> bool:
    """Whether a capitalised word is a sentence adverb, a connective or a number, no name."""
    return _fold(word) in _SENTENCE_ADVERBS or _ADVERB.fullmatch(word) is not None \
        and _fold(word) not in GIVEN_NAMES


def _after_adverb(cast: Cast, mention: Mention) -> Speaker:
    """The subject a sentence adverb set off by a comma stands before, when a name opens it ("Recently,
    Ann Roe said"); nobody else: the adverb itself names no one."""
    comma = _COMMA_AFTER.match(cast.text, mention.end)
    return _name_at(cast, comma.end()) if comma else _NOBODY


def _described(cast: Cast, mention: Mention) -> Speaker | None:
    """The person a descriptive mention is followed by: "X's campaign manager, Corey Lewandowski",
    "MSNBC host Chris Matthews" (the attribution kept only the description)."""
    text = cast.text
    m = _DESCRIBED_NAME.match(text, mention.end)
    if m is None:
        return None
    if m.group(1)[:4] == " of " and mention.text[:1].isupper() and _names_in_full(mention.text):
        return None  # "Bishop Aram Tashjian" of the Orthodox Church: a name, then its affiliation
    between = m.group(1).split()
    if any(w[:1].islower() and _fold(w) not in _DESCRIPTORS for w in between):
        return None
    last = mention.text.rstrip(" ,").rsplit(None, 1)[-1]
    if between[:1] == ["for"] and last[:1].isupper() and (_fold(last) in _BODY_HEADS or _org_like([last])):
        return None  # "a spokesman for the Institute" for Fiscal Studies: the body's name, no person
    desc = _SPLIT.split(mention.text) + between
    if not any(_fold(w) in _ROLES for w in desc):
        return None
    return _full_name_at(cast, m.group(2), m.start(2))


def _names_in_full(phrase: str) -> bool:
    """Whether a capitalised phrase is a person's full name (two name words or more)."""
    parsed = _parse(phrase)
    return parsed is not None and len(parsed.key) > 1


def _name_after_comma(cast: Cast, mention: Mention) -> Speaker | None:
    """The full name set off by commas right after a description: "his best friend, Bruce Turry,"."""
    m = _COMMA_NAME.match(cast.text, mention.end)
    if m is None:
        return None
    if _describes_body(mention.text.split()) and len(m.group(1).split()) > 1:
        return Speaker(m.group(1), "organisation")  # "The union representing drivers, Allied Transit,"
    named = _full_name_at(cast, m.group(1), m.start(1))
    if named is None and _body_after_description(mention.text, m.group(1)):
        return Speaker(m.group(1), "organisation")  # "The shipowner, Baltic Star Lines, said"
    return named


def _name_after_clause(cast: Cast, mention: Mention) -> Speaker | None:
    """The person named in apposition after a description and its qualifying phrase."""
    m = _NAME_AFTER_ROLE_CLAUSE.match(cast.text, mention.end)
    if m is None:
        return None
    _, name = split_title(_SPLIT.split(_NAME_ASIDE_AT.sub("", m.group(1))))
    person = cast.person_by_name(name, m.start(1)) if len(name) > 1 else None
    return _speaker(cast, person, mention.start) if person is not None else None


_BODY_QUALIFIERS = frozenset(_words("that which for of in at based behind"))


def _describes_body(words: list[str]) -> bool:
    """Whether a description opening with "the" is headed by a body noun: "the regional water agency",
    "The union representing drivers" (not "the council member", "the union's president")."""
    low = [_fold(w) for w in words]
    if len(low) < 2 or low[0] != "the":
        return False
    return low[-1] in _BODY_HEADS or len(low) > 2 and low[1] in _BODY_HEADS and (
        low[2].endswith("ing") or low[2] in _BODY_QUALIFIERS)


def _body_after_description(description: str, name: str) -> bool:
    """Whether a capitalised name set off after a lower-case description names a body: two words or
    more, no person's name and no place."""
    words = name.split()
    key = tuple(_fold(w) for w in words)
    return (len(words) > 1 and _parse(name) is None and not _place_like(key)
            and description.split()[-1][:1].islower())


def _full_name_at(cast: Cast, phrase: str, pos: int) -> Speaker | None:
    """The speaker a full name (two words or more) at ``pos`` names; None for a single word."""
    parsed = _parse(phrase)
    if parsed is None or len(parsed.key) < 2:
        return None
    person = cast.person_by_name(list(parsed.words), pos, parsed.gender)
    return _speaker(cast, person, pos) if person else Speaker(" ".join(parsed.words), "person")


def _appositive_or_inner_name(cast: Cast, mention: Mention) -> Speaker | None:
    """A description that stands after a name ("RoseAnn Lyle, executive director of X, said") or
    holds one ("a speech Mrs. Clinton delivered") speaks for that person."""
    text = cast.text
    before = (_NAME_BEFORE_COMMA.search(text, max(0, mention.start - 60), mention.start)
              if _ends_after_comma(text, mention.start, 60) else None)
    if before is None:
        return _inner_name(cast, mention)
    parsed = _parse(before.group(1))
    if parsed is None or (len(parsed.key) < 2 and not parsed.titles):
        return None
    person = cast.person_by_name(list(parsed.words), before.start(), parsed.gender)
    return _speaker(cast, person, before.start()) if person else None


_PLURAL_OWNER = re.compile(rf"['’][ \t]+[{_UP}]")  # "Workers' Union": a plural owner inside a body's name


def _inner_name(cast: Cast, mention: Mention) -> Speaker | None:
    """The first person a description holds: a full or titled name ("A Plus reporter Isaac Saul"),
    or a closing surname the article gives in full elsewhere ("an angry Hollande")."""
    whole = mention.text.rstrip(" ,")
    for found in _NAME_RE.finditer(mention.text, 1):
        parsed = _parse(found.group())
        if parsed is None or _body_after_the(whole, found, parsed) \
                or _PLURAL_OWNER.match(mention.text, found.end()) \
                or _titled_role(parsed, mention.text[:found.start()].split()[-1:]):
            continue  # "The Dock Workers' Union": the words before the apostrophe are no person
        person = cast.person_by_name(list(parsed.words), mention.start, parsed.gender)
        if len(parsed.key) > 1 or parsed.titles:
            return _speaker(cast, person, mention.start) if person else None
        if (person is not None and found.end() == len(mention.text)
                and len(cast.fullest(person, mention.start).key) > 1):
            return _speaker(cast, person, mention.start)  # not the "Trump" of "a Trump adviser"
    return None


# Lower-case words that may qualify a role written as a title: "the former Energy Minister".
_TITLE_QUALIFIERS = frozenset(_words("the former then new acting outgoing incoming interim shadow deputy"
                                     " junior current ex"))


def _titled_role(parsed: _Phrase, before: list[str]) -> bool:
    """Whether capitalised words are a role written as a title, with no name ("Business Secretary",
    "Energy Minister"): the role's holder speaks, found by the role. After a lower-case description
    they are a name ("the winger Kofi Judge", "church elder Tunde Bishop"), whatever their last word."""
    if before and before[0].islower() and before[0] not in _TITLE_QUALIFIERS:
        return False
    return not parsed.titles and len(parsed.key) > 1 and parsed.key[-1] in ROLE_NOUNS \
        and parsed.key[0] not in GIVEN_NAMES


def _body_after_the(whole: str, found: re.Match[str], parsed: _Phrase) -> bool:
    """Whether a mention is "the" and a name of two words or more that is all of it, with no title,
    owner, role word or given name: a body ("the Washington Free Beacon", "the Daily Caller")."""
    return (found.end() == len(whole) and whole[:found.start()].lower() == "the " and not parsed.titles
            and len(parsed.key) > 1 and len(parsed.words) == len(found.group().split())
            and parsed.key[0] not in GIVEN_NAMES and parsed.key[-1] not in _ROLES)


def _ends_after_comma(text: str, pos: int, reach: int) -> bool:
    """Whether ``text`` before ``pos`` ends with a comma and blanks (or those and a line break, where
    a regex ``$`` also matches), within ``reach`` characters: a cheap test before a backward
    regex search, which tries every offset of its window."""
    end = pos - 1 if text[pos - 1:pos] == "\n" else pos
    return text[end - 1:end] in (" ", "\t") and text[max(0, pos - reach):end].rstrip(" \t").endswith(",")


_LOCATIVES = frozenset(_words("in at from near outside across"))


def _place_after_role(words: list[str]) -> int:
    """Where a locative preposition ends a lower-case role ("organizers in Denver"), else 0: the
    capitalised words after it are a place, not the speaker."""
    for k, word in enumerate(words):
        if word[:1].isupper():
            return k - 1 if k > 1 and words[k - 1] in _LOCATIVES and words[0][:1].islower() else 0
    return 0


_MAX_ROLE_PORTFOLIO_WORDS = 4
# A capitalised role's portfolio before the holder's name: " of State", " for Homeland Security".
_TITLE_PORTFOLIO_AT = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?")
# Determiners of a description that names no one in particular: "another resident of X said" is nobody.
_INDEFINITES = frozenset(_words("a an one another some two three many several"))


def _role_portfolio(words: list[str]) -> int | None:
    """Index of the "of" after the role noun of a mention that names a role by its portfolio ("the
    secretary of state", "the White House chief of staff", "the Speaker of the House"), or None."""
    o = next((n for n in range(1, len(words) - 1) if words[n] in ("of", "for")), 0)
    if not o:
        return None
    rest = _portfolio_words(words, o)
    if not rest or len(rest) > _MAX_ROLE_PORTFOLIO_WORDS or not _office_head(words[o - 1]) \
            and _fold(words[o - 1]) not in ROLE_NOUNS and _role_word(words[o - 1]) not in _PUBLIC_ROLES:
        return None
    return o if all(w.isalpha() for w in rest) else None


def _portfolio_words(words: list[str], o: int) -> list[str]:
    """The portfolio after the "of" at ``o``, without its article or whom the role serves ("the
    chief of staff to the president": "staff")."""
    rest = words[o + 2:] if words[o + 1].lower() == "the" else words[o + 1:]
    served = next((n for n in range(1, len(rest)) if rest[n] in ("to", "for")), len(rest))
    return rest[:served]


def _role_of(cast: Cast, words: list[str], o: int, pos: int) -> Speaker | None:
    """The person introduced with the role and portfolio of ``words[:o]`` of ``words[o + 1:]``."""
    person = cast.by_role_of(words[o - 1], _portfolio_words(words, o), pos)
    return _speaker(cast, person, pos) if person is not None else None


def _role_phrase(words: list[str]) -> bool:
    return bool(words) and _fold(words[-1]) in _ROLES


# Nouns of people or groups after "his"/"her" that speak for themselves ("his friends", "her staff").
_OWNED_PEOPLE = frozenset(_words("friend nephew niece cousin staff family camp ally allie aide team"
                                 " supporter people"))


def _owned_thing(words: list[str]) -> bool:
    """Whether words after "his"/"her" name a thing the person owns ("assumption", "recent remarks"),
    not a person, group or body ("wife", "campaign manager", "staff", "office")."""
    for word in words:
        low = _fold(word)
        if not word.islower():
            return False
        stem = low[:-1] if low.endswith("s") else low
        if (_role_word(low) in _ROLES or _role_word(stem) in _ROLES or low in ORG_CUES or stem in ORG_CUES
                or stem in _OWNED_PEOPLE or low in _BODY_HEADS):
            return False
    return True


def _person_like(cast: Cast, words: list[str], pos: int) -> bool:
    titles, name = split_title(words)
    return bool(titles) and not _org_like(name) and cast.person_by_name(name, pos) is not None


def _pronoun(cast: Cast, mention: Mention, previous: Speaker | None, gender: str) -> Speaker:
    person = cast.pronoun(mention.start, gender)
    if person is not None:
        return _speaker(cast, person, mention.start)
    if previous and previous.name and previous.kind == "person" and cast.said_fits(previous.name, gender):
        return previous
    only = cast.beyond_reach(mention.start, gender)
    return _speaker(cast, only, mention.start) if only is not None else _NOBODY


# A body's name that lists its fields: "(the) Academy of Arts, " + "Letters" + " and Music".
_LIST_NAME_BEFORE = re.compile(
    rf"((?:[{_UP}][\w.&-]*[ \t]+){{1,4}}of[ \t]+(?:[{_UP}][\w&-]*,[ \t]+){{1,4}})\Z")
_LIST_NAME_AFTER = re.compile(rf"(?:,[ \t]+[{_UP}][\w&-]*)*,?[ \t]+(?:and|&)[ \t]+[{_UP}][\w&-]*")


def _listed_in_body(text: str, mention: Mention) -> Speaker | None:
    """The body whose name holds a one-word mention as an item of its list of fields."""
    if not text.startswith(", ", mention.start - 2):
        return None
    before = _LIST_NAME_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    after = _LIST_NAME_AFTER.match(text, mention.end) if before else None
    if before is None or after is None:
        return None
    words = (before.group(1) + text[mention.start:after.end()]).split()
    return Speaker(" ".join(words[1:] if words[0] == "The" else words), "organisation")


# Nouns for groups of people that UNNAMED_SOURCE_NOUNS lacks ("old political hands say", "Staff said").
_GROUP_PLURALS = frozenset(_words("hands veterans strategists operatives watchers pundits specialists"
                                  " professionals consultants tenants charities staff"))


def _group_noun(cast: Cast, words: list[str]) -> bool:
    """Whether a mention ends in a group noun: lower-case ("old hands"), or alone and capitalised
    opening a sentence ("Pundits said", "Tenants ... say") unless a person named in full bears it
    ("Guy Hands ... Hands said"; not a body's name going on: "the Roe Tenants' Union")."""
    if words[-1] in _GROUP_PLURALS:
        return True
    return len(words) == 1 and _fold(words[0]) in _GROUP_PLURALS and not any(
        len(p.key) > 1 and not any(_BODY_GOES_ON.match(cast.text, end) for end in p.ends)
        for p in cast.variants(words[0]))


_BODY_GOES_ON = re.compile(r"['’]s?[ \t]+[A-Z]")
# Lower-case words and a plural group noun after a capitalised word: "Cyber" + " security experts".
_GROUP_AFTER = re.compile(
    rf"(?:[ \t]+(?!(?:{trie_alternation(SPEECH_VERBS)}|his|her|their|its|our|the|a|an|and|or|to|that)\b)"
    r"[a-z][\w-]*){1,2}?[ \t]+(?:"
    + "|".join(sorted({w for w in _UNNAMED_PLURALS if w.islower()} | _GROUP_PLURALS))
    + r")\b(?![ \t]+(?:of|for|at|in|with)\b)")
_PRONOUN_WORDS = frozenset(_words("he she it they we i you"))


def _group_opener(cast: Cast, word: str, end: int) -> bool:
    """Whether a capitalised word is the modifier opening a plural noun phrase ("Cyber security
    experts"), not a name: no known given name, pronoun, acronym or place, never part of a fuller
    name in the article."""
    low = _fold(word)
    if not word[:1].isupper() or word.isupper() or low in _PRONOUN_WORDS or low in GIVEN_NAMES:
        return False
    if _GROUP_AFTER.match(cast.text, end) is None or _place_like((low,)) or cast.placed(word):
        return False
    return all(len(p.key) == 1 for p in cast.variants(word))


# A lower-case plural of a person noun right after a word: "makers", "traders", "investors", "activists".
_PLURAL_HEAD_AFTER = re.compile(r"[ \t]+([a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ives))\b")


def _before_plural_head(cast: Cast, word: str, end: int) -> bool:
    """Whether a capitalised word modifies the plural person noun after it ("Cement makers",
    "Legislative leaders"), not a name: no pronoun, given name, acronym nor fuller name in the
    article, and the noun no verb ("Roe insists", "She wants")."""
    head = _PLURAL_HEAD_AFTER.match(cast.text, end)
    low = _fold(word)
    if head is None or head.group(1) in QUOTE_VERBS or word.isupper() or low in GIVEN_NAMES \
            or low in _PRONOUN_WORDS:
        return False
    return all(len(p.key) == 1 for p in cast.variants(word))


_ADDRESS_HONORIFICS = frozenset(_words("excellency majesty highness honour honor holiness lordship ladyship"))
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


def _aged(cast: Cast, mention: Mention, words: list[str], age: str, previous: Speaker | None) -> Speaker:
    """The person an age noun describes ("the 71-year-old", "the 61-year-old leader"): the one the
    article gave that age ("Ann Roe, 71,"), else the role noun's holder, else the person just spoken
    of (an age noun, like a pronoun, names no one new)."""
    for found in _AGE_GIVEN.finditer(cast.text, max(0, mention.start - _BODY_LOOKBACK), mention.start):
        if found.group(2) == age and (person := cast.person_by_name(found.group(1).split(), found.start(1))):
            return _speaker(cast, person, mention.start)
    if len(words) > 2:
        role = _role(cast, ["the", *words[2:]], mention.start)
        if role.name is not None:
            return role
    person = cast.pronoun(mention.start, None)
    if person is not None:
        return _speaker(cast, person, mention.start)
    return previous if previous is not None and previous.name and previous.kind == "person" else _NOBODY


_AGE_GIVEN = re.compile(rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})*),[ \t]+(\d{{1,3}}),")


def _role(cast: Cast, words: list[str], pos: int) -> Speaker:
    head = _fold(words[-1])
    if head in UNNAMED_SOURCE_NOUNS and head not in ROLE_NOUNS:
        seat = _seat_forms(words) if words[0].lower() == "the" else ()
        holder = _seat_holder(cast, seat, pos) if seat else None
        return _speaker(cast, holder, pos) if holder else _NOBODY
    if words[0].lower() in ("a", "an"):
        return _NOBODY
    if _role_word(head) not in _ROLES:
        return _author(cast, head, pos)  # "the company", "the letter": no role; a document's author
    person = cast.by_role(words, pos)
    if person is None and words[0].lower() == "the" and head in _COUNCIL_SEATS:
        person = _seat_holder(cast, _COUNCIL_SEATS, pos)  # "the councillor" for "Council member Ann Roe"
    if person is None and words[0].lower() == "the":
        person = _office_ahead(cast, words, pos)  # "the business secretary said" before she is named
    if person is None and words[0].lower() == "the" and head in ROLE_NOUNS:
        person = cast.just_named(pos, _title_gender(words))
    if person is None and words[0].lower() == "the" and _role_word(head) in _PUBLIC_ROLES:
        person = cast.pronoun(pos, _title_gender(words))  # "Christie defended it. ... the governor said"
        if person is not None and cast.people_before(pos) > 1:
            person = None  # "Lena Holm and Piet Vos toured it. The former mayor said": either one
    return _speaker(cast, person, pos) if person else _NOBODY


def _office_ahead(cast: Cast, words: list[str], pos: int) -> _Person | None:
    """The holder of an office that speaks before the article names him: "Russia's foreign minister
    said ... ¶ Foreign Minister Bo Lee told" is Bo Lee. The office (its words after the determiner or
    owner: a title such as "minister" and the words that qualify it) must stand before the one person the
    article later introduces with it; nobody when none or two fit, when the office is a bare title ("the
    minister"), or a role held by many in turn and no title ("the nominee")."""
    head = _role_word(words[-1])
    office = words[1:-1]
    if head not in ROLE_NOUNS or head not in HONORIFICS or not office \
            or not all(w.replace("-", "").isalpha() for w in office):
        return None
    later = cast.role_words_after(head, pos + len(" ".join(words)))
    if not later:
        return None  # mostly so: no pattern compiled for an office no later words introduce
    office_words = r"[ \t]+".join(map(re.escape, office))
    before = re.compile(rf"(?:([{_UP}][\w’'.-]*)[ \t]+)?(?<![\w’'-])(?i:{office_words})[ \t]+\Z")
    owner = _fold(words[0]) if words[0].endswith(("'s", "’s")) else ""
    found = None
    for start, end in later:
        if cast._inside_quote(start) or not (at := before.search(cast.text, max(0, start - 60), start)) \
                or at.group(1) and not _same_office(at.group(1), words, owner):
            continue
        holder = cast._role_holder(start, end)
        if holder is not None and found is not None and holder[0] is not found:
            return None
        found = holder[0] if holder is not None else found
    return found


def _same_office(word: str, words: list[str], owner: str) -> bool:
    """Whether a capitalised word before the office words of a later introduction keeps the office of
    ``words``: its owner's adjective ("Norland's" and "Norlandic"), or no title nor other owner of its own
    ("French", "Deputy" and "Former" hold another office than "Britain's foreign secretary")."""
    low = _fold(word)
    if low in _DETERMINER_WORDS or low in _OPENING_DETERMINERS or low in {_fold(w) for w in words}:
        return True
    if owner:
        return low[:4] == owner[:4]
    return not _is_title(word)


# One council seat, written five ways: "Councillor Ann Roe" is "the council member", and back.
_COUNCIL_SEATS = ("councillor", "councilor", "councilmember", "councilman", "councilwoman", "council member")
# Bodies whose seat a "member" holds: "Board member Ann Roe" is "the board member" later.
_SEAT_BODIES = frozenset(_words("council board committee assembly commission panel cabinet"))


def _seat_forms(words: list[str]) -> tuple[str, ...]:
    """The ways of writing the seat "the <body> member" names ("the council member"); none for a
    member of no body ("the member", "the newest member"), who stays unnamed."""
    body = _fold(words[-2]) if len(words) > 2 and _fold(words[-1]) == "member" else ""
    if body == "council":
        return _COUNCIL_SEATS
    return (f"{body} member",) if body in _SEAT_BODIES else ()


def _seat_holder(cast: Cast, forms: tuple[str, ...], pos: int) -> _Person | None:
    """The person the article introduced with this seat ("Council member Ann Roe", "Ann Roe, a board
    member,"), nearest before ``pos``."""
    places = sorted(place for form in forms for place in cast._role_words(form, pos))
    for start, end in reversed(places):
        if not cast._inside_quote(start) and (found := cast._role_holder(start, end)) is not None:
            return found[0]
    return None


# The author after a document noun: "a memo" + " from chief executive Ann Roe", "the book" + " by Ann Roe".
_AUTHOR_AFTER = re.compile(rf"[ \t]+(?:from|by)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}"
                           rf"((?:{_TOKEN})(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN})+)")


def _author(cast: Cast, head: str, pos: int) -> Speaker:
    """The person a common noun that is no role speaks for: the author the article named with it
    before ("a memo from Ann Roe" ... "the memo said"); else nobody (the company, the letter)."""
    for start, end in reversed(cast._role_words(head, pos)):
        found = _AUTHOR_AFTER.match(cast.text, end)
        if found is not None and not cast._inside_quote(start):
            named = _full_name_at(cast, found.group(1), found.start(1))
            return named if named is not None and named.kind == "person" else _NOBODY
    return _NOBODY


_BLOC_ACRONYMS = frozenset(_words("uk us usa eu un"))


@lru_cache(maxsize=8192)
def _name_parts(words: tuple[str, ...]) -> tuple[tuple[str, ...], list[str], bool]:
    """(titles, name words, is an organisation) of a named mention, parsed once."""
    titles, name = split_title(list(words))
    if not name or _org_like(name):
        # An organisation keeps its capitalised words, acronyms included: "NBC News", not "News".
        org, lead = list(name), list(titles)
        while lead and len(lead[-1]) > 1 and lead[-1].isupper():
            org.insert(0, lead.pop())
        return tuple(lead), org, True
    if len(titles) == 1 and len(name) == 1 and titles[0].lower().replace(".", "") in _BLOC_ACRONYMS:
        return (), [*titles, *name], True  # "UK Sport", "US Soccer": a national body, no titled surname
    if name[-1][-2:] in ("’s", "'s"):
        name = name[:-1] + [_POSSESSIVE.sub("", name[-1])]
    name = _after_owner(name)
    while len(name) > 2 and name[-1] in POST_NOMINALS:
        name = name[:-1]  # "Ann Roe KC said": the silk is no part of her name
    while len(name) > 1 and (_fold(name[0]) in _STOP_START or _fold(name[0]) in _GROUP_WORDS):
        name = name[1:]
    return tuple(titles), name, False


# A proper noun and a participle: "Texas-based", "Ohio-born", "U.S.-educated" (not "Anne-marie").
_HYPHENED_ADJECTIVE = re.compile(rf"[{_UP}][\w.]*-(?:[a-z]+ed|born|bred|run)")


_BRANCH_NUMBER_AT = re.compile(_BRANCH_NUMBER)
# Capitalised words and a number: "Channel 4", "Local 12", "Radio 5 Live": no person is numbered so.
_NUMBERED_NAME = re.compile(rf"(?:[{_UP}][\w&’'-]*[ \t]+)+\d+[A-Za-z]?(?:[ \t]+[{_UP}][\w’'-]*)*")
_ORG_KINDS = (r"(?:firm|company|group|agency|organi[sz]ation|charity|think[ -]tank|website|outlet|publisher|"
              r"startup|start-up|network|newspaper|magazine|body)")
# "the consulting firm Harbour Numbers": a body named after the kind of body it is.
_ORG_KIND_NAME = re.compile(rf"(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}{_ORG_KINDS}[ \t]+"
                            rf"((?:{_TOKEN})(?:[ \t]+{_TOKEN}){{0,4}})")
_ORG_NOUN_BEFORE = re.compile(rf"(?<![\w-]){_ORG_KINDS}[ \t]+\Z")


def _owned_surname(cast: Cast, words: list[str], pos: int) -> Speaker | None:
    """The person a lone surname after a body's possessive stands for, when the article names that
    person in full without the body ("Ed Crane ... Purple PAC's Crane"); else None."""
    word = words[-1]
    if not _name_cased(word) or _fold(word) in GIVEN_NAMES:
        return None
    owner = _fold(words[-2])
    full = [p for p in cast.variants(_POSSESSIVE.sub("", word)) if len(p.key) > 1 and p.key[-1] == _fold(word)
            and owner not in p.key]
    return _speaker(cast, full[0], pos) if len(full) == 1 else None


def _named(cast: Cast, words: list[str], pos: int) -> Speaker:
    if len(words) > 2 and _BRANCH_NUMBER_AT.fullmatch(" " + " ".join(words[-2:])) or len(words) > 1 and \
            _NUMBERED_NAME.fullmatch(" ".join(words)):
        return Speaker(" ".join(words), "organisation")  # "Bus Drivers Local 9", "Channel 4": a body
    if len(words) > 1 and _POSSESSIVE.search(words[-2]) and (owned := _owned_surname(cast, words, pos)):
        return owned  # "Harbour PAC's Crane said": the person the article names in full, not the body
    titles, name, organisation = _name_parts(tuple(words))
    if not name or not (name[-1][:1].isalpha() or any(c.isalpha() for c in name[-1])):
        return _NOBODY
    if not organisation and not titles and _ORG_NOUN_BEFORE.search(cast.text, max(0, pos - 20), pos) \
            and _fold(name[0]) not in GIVEN_NAMES:
        organisation = True  # "the consulting firm Harbour Analytics predicted"
    if organisation:
        person = _person_with_cue_surname(cast, name, pos)
        if person is not None:
            return _speaker(cast, person, pos)
        if name[-1][-2:] in ("’s", "'s"):
            name = [*name[:-1], name[-1][:-2]]  # "Kantar Media’s survey found"
        return Speaker(_body_in_full(cast, name), "organisation")
    while len(name) > 1 and name[-1] in REFLEXIVES:
        name = name[:-1]  # "Ford itself said"
    while len(name) > 1 and _HYPHENED_ADJECTIVE.fullmatch(name[0]):
        name = name[1:]  # "Texas-based Matt Rowe said": the adjective describes him
    if not any(map(_name_cased, name)) or not _name_cased(name[-1]):
        return _NOBODY  # "His assumption", "Rattling off": a common phrase names nobody
    person = cast.person_by_name(name, pos, _title_gender(titles))
    # no title here, nor a full or titled name anywhere in the article
    bare = not titles and (person is None or len(person.key) == 1 and not person.titles)
    if bare and len(name) == 1 and _common_word(cast, name[0]):
        return _NOBODY  # "Ironically", "Prosecutors", "I'm": a capitalised common word, never named in full
    if bare and (_place_like(tuple(_fold(w) for w in name)) or len(name) == 1 and cast.placed(name[0])) \
            and not (len(name) == 1 and cast.after_given(name[0])):
        return Speaker(_body_in_full(cast, name), "organisation")  # "China said": a place speaks as a body
    if bare and len(name) == 1 and _fold(name[0]) not in GIVEN_NAMES and (
            cast.acts_as_body(name[0]) or _platform(cast, name[0]) or _its_after(cast.text, pos)):
        return Speaker(_body_in_full(cast, name), "organisation")  # "Roe said its trucks were safe"
    if bare and len(name) == 1 and _fold(name[0]) not in GIVEN_NAMES and not name[0].isupper() and _org_like(
            (full := cast.body_in_full(name[0])).split()) and full != name[0]:
        return Speaker(full, "organisation")  # "Roe Residential Holdings applied ... Roe said": that body
    if not titles and len(name) == 2 and person is not None and len(person.key) == 2 \
            and _fold(name[0]) not in GIVEN_NAMES and cast.acts_as_body(person.name):
        return Speaker(person.name, "organisation")  # "Roe Market said its listings were checked"
    if person is not None:
        return _speaker(cast, person, pos, (" ".join(titles).lower(),) if titles else ())
    return Speaker(" ".join(name), "person", (" ".join(titles).lower(),) if titles else ())


# "its" in the clause after a lone name word, with no personal pronoun before it: "Roe keeps its
# accounts secret", "Roe said growth had tripled its sales".
_ITS_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\bits\b")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|I|my|we|our)\b")


def _its_after(text: str, pos: int) -> bool:
    """Whether the clause a lone name word opens refers back to it as "its", not as "he"/"she": a body
    speaks ("Roe keeps its finances secret")."""
    word_end = _SPLIT.search(text, pos)
    if word_end is None:
        return False
    found = _ITS_AFTER.match(text, word_end.start())
    return found is not None and _PERSONAL.search(text, word_end.start(), found.end()) is None


def _platform(cast: Cast, word: str) -> bool:
    """Whether the article writes a lone name word as a medium something is on: "on Roe" with no
    further name word ("posted on Roe", "followers on Roe"): a platform, a body, no person."""
    return cast.found(rf"(?<![\w-])on[ \t]+{re.escape(word)}(?![\w’'-]|[ \t]+[{_UP}])")


_ARTICLE_PREFIXED = re.compile(rf"(?:al|el)-[{_UP}]")


def _name_cased(word: str) -> bool:
    """Whether a word is written as a name: capitalised, or an Arabic article before a capital
    ("al-Harbi")."""
    return word[:1].isupper() or _ARTICLE_PREFIXED.match(word) is not None


def _body_in_full(cast: Cast, name: list[str]) -> str:
    """A body's name as the article first gives it in full ("Roe Freight" for a later "Roe said");
    an acronym is a name of its own ("RT", not "RT America")."""
    short = " ".join(name)
    return cast.body_in_full(short) if len(name) == 1 and not short.isupper() else short


# An adverb in -ly ("Ironically", "Recently", "Usually"), long enough to be no surname ("Daly", "Kelly").
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ally|ily|ously|ently|antly|ctly|rtly|cly)")
_CONTRACTION = re.compile(
    r"(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here)['’](?:m|re|ve|ll|d|s)")
_HYPHEN_LOWER = re.compile(r"[\w]+-[a-z][\w-]*")  # "Two-thirds", "Full-blown": no name is hyphened so


def _common_word(cast: Cast, word: str) -> bool:
    """Whether a lone capitalised word is a common word at a sentence start, no name: an adverb, a
    pronoun's contraction, a hyphened adjective, the plural of a nationality the article uses as an
    adjective, or a word it also writes in lower case, itself or its singular ("Prosecutors" ... "the
    prosecutor")."""
    low = _fold(word)
    if low in GIVEN_NAMES:
        return False
    if _ADVERB.fullmatch(word) or _CONTRACTION.fullmatch(word) or _HYPHEN_LOWER.fullmatch(word):
        return True
    if low.endswith("ans") and _is_nationality(word[:-1]) and re.search(
            rf"\b{re.escape(word[:-1])}[ \t]+[a-z]", cast.text):
        return True  # "Americans", when the article also writes "American voters"; not "Caltrans"
    return cast._lowercase_word(low) or low.endswith("s") and not low.endswith("ss") and (
        cast._lowercase_word(low[:-1]) or low.endswith("ies") and cast._lowercase_word(low[:-3] + "y"))


def _person_with_cue_surname(cast: Cast, name: list[str], pos: int) -> _Person | None:
    """The person the article names in full with a surname that is also a body's word ("Mayor Don
    Guardian" ... "Guardian said"), when the mention has no article before it ("the Guardian" is
    the newspaper); else None."""
    last = name[-1]
    if len(name) > 2 or last.isupper() or _fold(last) not in ORG_CUES or cast.text.endswith(
            ("the ", "The "), max(0, pos - 4), pos):
        return None
    person = cast.person_by_name(name, pos)
    return person if person is not None and len(person.key) > 1 else None


def _speaker(cast: Cast, person: _Person, pos: int, titles: tuple[str, ...] = ()) -> Speaker:
    """The speaker for a person of the cast, completed to the fullest name, recorded as said; with
    the mention's own ``titles`` added to the roles the article gives the person."""
    person = cast.fullest(person, pos)
    cast.said(pos, person)
    roles = cast.roles_of(person)
    if titles:
        return Speaker(person.name, "person", tuple(dict.fromkeys(roles + titles)))
    if person.speaker is None:
        person.speaker = Speaker(person.name, "person", roles)
    return person.speaker
