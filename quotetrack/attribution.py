"""Attribution: find the cue and the speaker mention for each quoted span, and decide its kind.

Works on a few dozen word tokens around each quote (never the whole article), in every position
the field knows: “Q,” X said. / “Q,” said X. / X said: “Q” / X said “Q” / X, adding: “Q” /
according to X, “Q” / “Q” — X / From X: + quoted block / split and follow-on quotes. A quote with
no cue and no preceding speaker is not attributed; one quoted word is a scare quote.

Speed (about a dozen tokens per quote is the floor of this design; building them is a quarter of
the time): the words after a quote are tokenised only when a cue regex finds a cue word or dash
there; the words before it (its sentence start, tail and lead) only when a rule reads them, and
the tail reuses the lead once that exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from quotetrack.lexicon import (
    BE_FORMS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NON_SPEAKER_PRONOUNS,
    OFFICE_TITLES,
    ORGANISATION_HEADS,
    PERSON_PRONOUNS,
    QUOTE_VERBS,
    RECORD_NOUNS,
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
from quotetrack.marks import TURN_LABEL, QuotedSpan
from quotetrack.model import Candidate, Kind, Mention

# A word may hold combining marks and mojibake, UTF-8 read as Latin-1 ("PeÃ±a", "JesÃ\x83Âos"): after its
# first letter, the Latin-1 signs but the no-break space and the guillemets are part of it.
_TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f\x80-\x9f\xa1-\xaa\xac-\xba\xbc-\xbf]*(?:[_’'&-]+[^\W_]+)*"
                    r"|--|[—–―.,:;!?()\[\]“”\"‘’«»]")
# A mark and its closers and blanks, or a line break: one leading character class (not two
# alternatives), so the regex engine skips to the next candidate character in C.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)|[\"”’'»)]*\s+)")
_ABBREV = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt", "sgt",
        "capt", "prof", "rev", "maj", "adm", "brig", "cmdr", "hon", "no", "vs", "inc", "corp",
        "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ft",
        "mt", "ave", "pres", "sens", "reps", "messrs", "u.s", "u.k", "u.n", "d.c", "e.g",
        "i.e", "a.m", "p.m",
    }
    # US state abbreviations in the AP style ("Rep. Ann Loft (D-Calif.), who"), but those that are
    # also words ("ill", "miss", "wash") can end a sentence and are left out.
) | (US_STATE_ABBREVIATIONS - {"del", "ill", "ind", "kan", "la", "miss", "mo", "wash"})
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_ARTICLES = frozenset({"a", "an", "the"})
_BY_AFTER = re.compile(r"[,]?\s+by\s")
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})
_ADVERBIAL_PREPOSITIONS = frozenset({"at", "in", "on", "under", "during", "over", "since", "for"})
_TIME_NOUNS = frozenset({"time", "past", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "hour", "hours", "minute", "minutes", "moment", "while"})
# Cue words that are nouns as well ("a snappy retort:", "the following comment:").
_SPEECH_NOUNS = frozenset({
    "retort", "comment", "remark", "reply", "quip", "joke", "vow", "pledge", "promise", "claim", "boast",
    "plea", "tweet", "post", "note", "report", "answer", "question", "complaint", "warning", "statement",
    "response", "message", "explanation", "argument", "assessment", "prediction", "admission",
    "remarks", "comments", "claims", "promises", "pledges", "vows", "jokes", "quips", "replies", "notes",
    "tweets", "posts", "answers", "questions", "complaints", "warnings", "retorts", "boasts", "pleas",
})
# Capitalised at a sentence start, these words are never a speaker on their own ("Unless ...",
# "Rather, he said, ...").
_NEVER_NAMES = frozenset({
    "unless", "rather", "given", "beyond", "despite", "amid", "whether", "instead", "perhaps", "maybe",
    "thus", "hence", "otherwise", "nonetheless", "nevertheless", "furthermore", "besides", "likewise",
    "similarly", "overall", "ultimately", "eventually", "early", "local", "good", "either", "neither",
    "much", "more", "less",
})
_LISTENER_VERBS = frozenset({"told", "tells", "tell"})
_ORG_LINKS = frozenset({"for", "of", "on", "and", "the", "&"})
_PERSON_PRONOUNS = PERSON_PRONOUNS | {"they"}
_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "another", "some", "two", "three", "four", "many", "several",
     "his", "her", "its", "their", "both", "other", "most", "few", "senior", "top"}
)
_AUX = frozenset(
    {
        "has", "had", "have", "also", "then", "later", "previously", "again", "recently", "once",
        "would", "will", "could", "did", "does", "do", "just", "further", "was", "is",
        "still", "often", "even", "first", "already", "now", "long", "ago", "never",
        "always", "may", "might", "should", "can", "to", "been", "being", "not", "subsequently",
        "earlier", "here", "there", "too", "well", "famously", "simply", "both", "each",
    }
)
_PARTICLES = frozenset({"de", "van", "von", "bin", "ibn", "al", "el", "da", "di", "du", "der", "den", "la",
                        "le", "del", "dos", "das", "ul", "ud", "abu", "bint"})
_NP_STOP = frozenset(
    {
        "but", "and", "or", "however", "meanwhile", "still", "yet", "so", "then", "now", "also",
        "in", "on", "at", "when", "after", "before", "while", "as", "if", "this", "that", "these",
        "those", "earlier", "later", "last", "speaking", "asked", "today", "yesterday", "here",
        "there", "what", "why", "how", "where", "who", "which", "because", "though", "although",
        "since", "until", "with", "without", "for", "from", "to", "by", "of", "about", "instead",
        "indeed", "moreover", "finally", "again", "once", "even", "only", "just", "said", "says",
        "is", "was", "are", "were", "be", "not", "no", "all", "every", "each", "such", "than",
    }
    # A word glued to its verb ("It’s become such a draw that X thanked", "That’s why he wanted to"):
    # one token, capitalised at a sentence start, yet never a name.
) | frozenset(f"{w}{a}{v}" for w in ("it", "that", "there", "here", "what", "i", "let") for a in "’'"
              for v in ("s", "m", "ll", "d", "ve"))
_MANNER_ONLY = QUOTE_VERBS - SPEECH_VERBS  # often nouns: "lament", "laugh", "sigh"
_GERUND_CUES = frozenset(w.split()[0] for w in QUOTE_VERBS if w.split()[0].endswith("ing"))  # "pointing out"
_TIME_WORDS = WEEKDAYS | {"January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December", "Today", "Yesterday",
                           "Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Moments"}
_RELATIVES = frozenset({"who", "whose", "whom", "which"})
_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "their", "its", "our", "my", "your"})
_COORDINATORS = frozenset({"and", "but"})
_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "with", "for", "from",
                                  "under", "over", "despite", "amid", "following", "since", "by"})
_VIEW_PREPOSITIONS = frozenset({"to", "for"})  # "To Ms. Roe, the plan is “Q”"
_FRONTED_PREPOSITIONS = _PHRASE_PREPOSITIONS | _VIEW_PREPOSITIONS
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                      "several"})
_CLAUSE_OPENERS = frozenset({"he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their"})
_GERUND_LINKS = frozenset({"by", "after", "before", "while", "when", "in"})  # "X opened by calling for"
# Cues whose inverted noun phrase is their object, not their subject ("X, 45, told Reuters, “Q”").
_OBJECT_CUES = frozenset({"told", "asked", "urged", "warned", "reminded", "assured", "informed", "pressed"})
_LINKS = frozenset({"of", "for", "at", "to", "with", "from", "in"})
_DASHES = frozenset({"—", "–", "--", "―"})
# First words of every speech verb: a window holding none of them holds no cue.
# Verbs that give a thing a name or a verdict in the subject's own words ("labelling the deal “a
# betrayal”", "decried the “culture of fear”", "likened it to “a circus”"); only their forms that are
# never nouns ("the term", "a blast" are).
_VERDICT_VERBS = frozenset({
    "labeled", "labelled", "labeling", "labelling", "dubbed", "dubbing", "branded", "termed", "terming",
    "likened", "likening", "likens", "characterized", "characterised", "characterizing", "characterising",
    "characterizes", "characterises", "decried", "decries", "decrying", "denounced", "denounces",
    "denouncing", "deemed", "deems", "hailed", "hailing", "slammed", "slamming", "blasted", "blasting",
})
_CUE_VERBS = QUOTE_VERBS | _VERDICT_VERBS
# Of those, the ones that name something take an object before the quote when active ("dubbed the
# plan “Q”"); right before the quote they are passive ("a box labelled “Q”") and name no speaker.
_NAMING_VERBS = frozenset(w for w in _VERDICT_VERBS if w.startswith(("label", "dub", "brand", "term", "deem",
                                                                       "characteri", "liken")))
_NAMING_GAP = frozenset({"as", "a", "an", "the"})
# Discourse markers set off by commas between a subject and its verb.
_MARKERS = frozenset({
    "in particular", "for his part", "for her part", "for their part", "for its part", "meanwhile",
    "however", "though", "too", "in turn", "in response", "in fact", "of course", "instead", "also",
    "in the meantime", "in contrast", "by contrast", "for example", "for instance", "at the time",
})
# "urged X to say", "would like X to explain": X is asked to speak and has not (unlike "led X to say").
_ASKING_VERBS = frozenset({
    "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "want", "wants", "wanted",
    "expect", "expects", "expected", "invite", "invited", "invites", "inviting", "challenge",
    "challenged", "challenges", "challenging", "encourage", "encouraged", "encourages", "encouraging",
    "beg", "begged", "begging", "dare", "dared", "daring", "pressed", "pressing", "need", "needs", "needed",
})
_AUX_ADVERBS = frozenset({"also", "then", "later", "since", "once"})
_CUE_FIRST_WORDS = frozenset(v.split()[0] for v in _CUE_VERBS) | {"according", "from"}
_STOPS = re.compile(r"[.!?]")
# The word "what" in any case, letters first (then the engine skips straight to a "w"; no other
# character matches these letters case-insensitively), the word boundary before it checked behind.
_WHAT = re.compile(r"[Ww][Hh][Aa][Tt](?<![^\W_]....)(?![^\W_])")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_PARTY_OPENERS = frozenset({"(D", "(R", "(I"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_LETTERS = re.compile(r"[^\W\d_]+")
# Title case leaves its longer prepositions in lower case ("The Lead with Jake Tapper").
_TITLE_LOWER = ("with", "from", "into", "onto", "upon", "over")
# A longer word in lower case, other than those: no title.
_LOWER_LONG_WORD = re.compile(rf"(?<![^\W\d_])(?!(?:{'|'.join(_TITLE_LOWER)})(?![^\W\d_]))[a-z][^\W\d_]{{3}}")
_MAX_TITLE_WORDS = 7
_MAX_WORK_TITLE_WORDS = 12  # a title after "book" or "titled" runs longer, with its subtitle
_WORK_BEFORE = re.compile(
    r"(?:['’]s|\b(?:on|of|to|for|in)|\b(?:show|program|programme|podcast|book|film|series|column|essay|"
    r"memoir|novel|album|song|documentary|titled|entitled|theme|collection|slogan|motto|anthology|poem|"
    r"play|opera|exhibition|poster|painting|track|single),?)\s*\Z", re.IGNORECASE)
_WORK_WINDOW = 14  # "collection, " and the blanks after it
# Words on display are no speech: 'placards reading “Books not budgets”', 'a banner bearing “Q”'. Not
# "a sign that read “Q”", "held a sign saying “Q”": PolNeAR quotes those as the holder's words.
_DISPLAY_NOUNS = r"\b(?:placards?|banners?|signs?|posters?|billboards?|t-shirts?|shirts?|stickers?|badges?)"
_DISPLAY_VERBS = r"\s+(?:reading|bearing|emblazoned\s+with)[:,]?\s*"
_DISPLAY_BEFORE = re.compile(_DISPLAY_NOUNS + _DISPLAY_VERBS + r"\Z", re.IGNORECASE)
# The next slogans of a list: 'placards reading “A”, “B” and “C”'.
_DISPLAY_LIST = re.compile(
    _DISPLAY_NOUNS + _DISPLAY_VERBS + r"(?:[“\"‘«][^“”\"‘’«»\n]{1,100}[”\"’»]\s*,?\s*)+(?:and|or)\s*\Z",
    re.IGNORECASE)
_DISPLAY_LIST_REACH = 200
_DISPLAY_LAST = frozenset("gGhH")  # the last letter of a _DISPLAY_BEFORE match
# "a culture called “The HP Way”", "a series, called “Quick Takes”", "told “Fox and Friends”", "the
# so-called “Freedom Caucus”": a name given to a thing or a programme, not words quoted ("what he called
# “a disaster”" is speech).
_NAMED_BEFORE = re.compile(
    r"(?:\b(?!(?:what|who|which|that|he|she|they|it|is|was|are|were|be|been|also|often|once|then|and)\b)"
    r"[a-z]{3,},?\s+(?:called|named|dubbed)|\bso[- ]called|\btold)\s*\Z")
_MAX_DESCRIBED_WORDS = 7
_SENTENCE_CLOSERS = frozenset(".!?…\"”’')")
_SPACE = re.compile(r"\s")
_BLANK_TO = re.compile(r"\s*\Z")  # matched with an end bound: only blanks up to it
_TAIL_CHARS = 48
# A cue word standing as a whole token (never missed: a token is bounded by non-alphanumerics), or a dash.
_MAY_CUE = re.compile(rf"(?i)(?<![^\W_])(?:{trie_alternation(_CUE_FIRST_WORDS)})(?![^\W_])|[—–―]|--")
_MIN_CLAUSE_WORDS = 10  # a quoted span this long is never a fragment
_MAX_CAPITAL_FRAGMENT_WORDS = 4  # “New York values”: capitalised fragments are short
_MAX_LEAD = 400
_FOLLOW_GAP_WORDS = 12
_MAX_TRAIL = 240
_OUTSIDE_COMMAS = frozenset(",?!")
_OPEN_MARKS = "“\"‘«„‚‹'`"
_NESTED_CLOSERS = "’'”\"›»"


_HYPHEN_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn|abu)-")


def _particle_name(text: str) -> bool:
    """Whether a lower-case word is a name with a hyphenated particle ("al-Harbi", "el-Sisi"), which
    reads as a capitalised name word wherever a name is looked for."""
    m = _HYPHEN_PARTICLE.match(text) if "-" in text[1:5] else None
    return m is not None and text[m.end():m.end() + 1].isupper()


class _Tok:
    """A word or punctuation token with its offsets; ``low`` and ``cap`` are computed once because
    every rule reads them (a slotted class: tokens are the hottest objects of the extractor)."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, m: re.Match[str]) -> None:
        self.text = text = m.group()
        self.start, self.end = m.span()
        self.low = text.lower()
        self.cap = text[0].isupper()


class _Attr(NamedTuple):
    """A cue found near a quote (a named tuple: built for most quotes, far cheaper than a frozen
    dataclass)."""

    cue: str
    mention: Mention | None
    trailing: bool
    start: int  # where the attribution words start (to tell later quotes what was consumed)
    end: int


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    return list(map(_Tok, _TOKEN.finditer(text, lo, hi)))


def _is_abbrev_dot(toks: list[_Tok], i: int) -> bool:
    """True when toks[i] == '.' ends an abbreviation or an initial, not a sentence."""
    if i == 0 or toks[i].text != ".":
        return False
    prev = toks[i - 1]
    if i + 1 < len(toks) and toks[i + 1].text == ",":
        return True  # "Glenn Thompson, R-Pa., said": a sentence never ends before a comma
    if i + 1 < len(toks) and prev.text[-1].isdigit() and toks[i + 1].text[0].isdigit() \
            and prev.end == toks[i].start and toks[i].end == toks[i + 1].start:
        return True  # "R2.5 billion", "v1.2": a decimal point inside a figure
    party, _, word = prev.low.rpartition("-")  # "D-Calif."
    if party in ("d", "r", "i") and i >= 2 and toks[i - 2].text == "(":
        return True  # "(D-Ill.)"
    if prev.text == "Del" and i + 1 < len(toks) and toks[i + 1].cap and (i < 2 or toks[i - 2].text != ","):
        return True  # the title "Del." (delegate) before a name; "Dover, Del." is the state
    return prev.end == toks[i].start and (len(word) == 1 or word in _ABBREV)


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Offset where the sentence containing ``pos`` starts (not before ``lo``).

    Scans the window forwards (a search for the rare sentence-ending characters runs in C) and reads
    the ends found nearest first: the same ends a backward scan would find, as each one is a mark,
    its closers and all the blanks after it (or a line break)."""
    lo = max(lo, pos - _MAX_LEAD)
    for m in reversed(list(_SENT_END.finditer(text, lo, pos))):
        mark = m.start()  # the sentence-ending character (or the line break)
        if text[mark] != "." or not _abbrev_before(text, lo, mark):
            return m.end()  # where the next sentence starts
    return lo


def _abbrev_before(text: str, lo: int, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an initial or a known abbreviation (Mr., U.S.)."""
    wstart = _word_start(text, lo, dot)
    word = text[wstart:dot].lower()
    if wstart >= 3 and text[wstart - 3:wstart - 1] in _PARTY_OPENERS and text[wstart - 1] == "-":
        return True  # "(D-Ill.)": a party and a state, whatever the state's abbreviation
    if text[wstart:dot] == "Del" and text[dot + 1:dot + 3].lstrip()[:1].isupper() \
            and text[max(lo, wstart - 2):wstart].strip() != ",":
        return True  # the title "Del." (delegate) before a name; "Dover, Del." is the state
    return len(word) == 1 or word in _ABBREV or _INITIALS.fullmatch(word) is not None  # "G.K."


def _word_start(text: str, lo: int, dot: int) -> int:
    """Start of the run of letters and dots that ends at ``dot`` (not before ``lo``)."""
    space = text.rfind(" ", lo, dot) + 1 or lo
    if text[space:dot].replace(".", "a").isalpha():
        return space  # the usual word, back to a blank: no loop over its letters
    wstart = dot
    while wstart > lo and (text[wstart - 1].isalpha() or text[wstart - 1] == "."):
        wstart -= 1
    return wstart


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just after the sentence that continues at ``pos`` (not after ``hi``)."""
    hi = min(hi, pos + _MAX_TRAIL)
    for m in _SENT_END.finditer(text, pos, hi):
        mark = m.start()  # the sentence-ending character (or the line break)
        if text[mark] != "." or not _abbrev_before(text, pos, mark):
            return mark + 1
    return hi


def _verb_at(toks: list[_Tok], i: int, passive: bool = False) -> tuple[str, int] | None:
    """The speech verb starting at token i (one or two words) and the index after it; a verdict verb
    in the passive only when ``passive`` (its speaker is only ever the agent after the quote)."""
    low = toks[i].low
    if low not in _CUE_FIRST_WORDS or _not_a_verb(toks, i):
        return None
    if i + 1 < len(toks):
        pair = f"{low} {toks[i + 1].low}"
        if pair in QUOTE_VERBS:
            if low in _GO_FORMS and i + 2 < len(toks) and toks[i + 2].text[0].isalpha() \
                    and toks[i + 2].low not in ("to", "about"):
                return None  # "once the Senate goes on recess": not "he went on, “Q”"
            return pair, i + 2
    if low in _CUE_VERBS:
        if low in _VERDICT_VERBS and not passive and _passive_verdict(toks, i):
            return None
        return toks[i].text, i + 1
    return None


_IDIOMS = frozenset({("in", "order"), ("far", "cry")})
# Speech verbs that are never nouns nor adjectives: after a number they still are verbs.
_VERB_ONLY_CUES = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds"})


def _numbered_name(toks: list[_Tok], d: int) -> bool:
    """Whether the number at toks[d] ends a name ("Local 12", "Channel 4"): a capitalised word that is
    no preposition, month or sentence opener before it ("In 2019", "May 7")."""
    if d < 1 or not toks[d - 1].cap or toks[d - 1].low in _PHRASE_PREPOSITIONS:
        return False
    return toks[d - 1].text not in _TIME_WORDS and (d < 2 or toks[d - 2].text not in ".!?")


_PLURAL_VERBS = frozenset({"are", "were", "have"})


def _not_a_verb(toks: list[_Tok], i: int) -> bool:
    """A capitalised cue word right after a word is part of a name ("United States", "spokeswoman
    Hope Hicks"); an all-capitals one is part of a headline ("IN OTHER STATES")."""
    t = toks[i]
    if i > 0 and (toks[i - 1].low, t.low) in _IDIOMS:
        return True  # "in order to show", "a far cry from": no speech
    if t.low == "expected" and i > 0 and toks[i - 1].low in BE_FORMS:
        return True  # "voters are expected to delay": a forecast, not a quote
    if i > 0 and t.low in _VERB_ONLY_CUES and toks[i - 1].text.isdigit() and _numbered_name(toks, i - 1):
        return False  # "Union Local 12 wrote", "Channel 4 said": a number ends the name of the speaker
    if i > 0 and (_is_possessor(toks[i - 1]) or toks[i - 1].low in _NUMBERS or toks[i - 1].text.isdigit()):
        return True  # "Trump's remarks", "the statement", "eight state candidates": a noun
    noun_ends = t.low in _SPEECH_NOUNS and (i + 1 == len(toks) or toks[i + 1].text in ":.")
    if i > 1 and _is_possessor(toks[i - 2]) and toks[i - 1].text.isalpha() and not toks[i - 1].cap and (
            t.low in _MANNER_ONLY or noun_ends):
        return True  # "a long lament", "a hearty laugh", "a snappy retort:", "his scathing remarks."
    if _bare_form_after_article(toks, i):
        return True  # "to make an unfortunate comment that described": a singular subject takes "comments"
    if i > 2 and t.low in _SPEECH_NOUNS and toks[i - 3].low in _PHRASE_PREPOSITIONS \
            and _is_possessor(toks[i - 2]) and toks[i - 1].text.isalpha() and not toks[i - 1].cap:
        return True  # "said in a preliminary report that", "in her weekly post": a noun after a preposition
    if i > 1 and _is_possessor(toks[i - 2]) and t.low.endswith("s") \
            and toks[i - 1].low.endswith(("ing", "ed")):
        return True  # "the neighbouring states", "his repeated claims": a participle before a plural noun
    if t.low.endswith("s") and t.low != "says" and i + 1 < len(toks) and toks[i + 1].low in _PLURAL_VERBS \
            and i > 0 and toks[i - 1].text.islower() and toks[i - 1].low not in _PRONOUNS:
        return True  # "the three member states were": a plural noun ("the ones he says are" is a verb)
    if t.low.endswith("s") and i + 1 < len(toks) and toks[i + 1].low == "as" \
            and any(toks[j].low == "of" for j in range(max(0, i - 3), i)):
        return True  # "rated 32% of Republican claims as “false”": the object of a labelling verb
    if not t.cap:
        return False
    if len(t.text) > 1 and t.text.isupper():
        return True
    return i > 0 and toks[i - 1].text[0].isalpha() and toks[i - 1].end + 1 >= t.start


# Cue words that are past forms though they end in neither -s nor -ed ("a man said", "an aide wrote").
_IRREGULAR_PASTS = frozenset({"began", "begun", "said", "sang", "spoke", "spoken", "sung", "thought", "told",
                              "written", "wrote", "read"})
# Words after "a" that make a plural subject ("a few say", "a majority believe").
_PLURAL_QUANTITIES = frozenset({"few", "lot", "number", "majority", "minority", "handful", "couple", "dozen",
                                "third", "quarter", "half", "host", "pair", "variety", "range", "group"})


def _bare_cue_form(low: str) -> bool:
    """A cue word in its bare form ("state", "report", "press"), which is also a noun or a noun's
    modifier."""
    return (low.endswith("ss") or not low.endswith(("s", "ed", "ing"))) and low not in _IRREGULAR_PASTS


def _bare_form_after_article(toks: list[_Tok], i: int) -> bool:
    """A bare cue word after "a"/"an" and one lower-case word is a noun ("a blunt warning", "an
    unfortunate comment"): a singular subject would take "warns", "commented" or an auxiliary."""
    if i < 2 or toks[i - 2].low not in _INDEFINITE_ARTICLES:
        return False
    w, t = toks[i - 1], toks[i].low
    if not w.text.isalpha() or w.cap or w.low in _AUX or w.low in _PLURAL_QUANTITIES:
        return False
    return _bare_cue_form(t)


def _is_possessor(t: _Tok) -> bool:
    """A possessive or article: the word after it is a noun, and it never names a speaker itself."""
    return t.low in _NOUN_MARKERS or t.low.endswith(("'s", "’s"))


def _mention(toks: list[_Tok], i: int, j: int) -> Mention | None:
    if j <= i or (j == i + 1 and toks[i].low in _NEVER_NAMES):
        return None
    if _name_adjective(toks, j - 1) and (j == i + 1 or j == i + 2 and toks[i].low in _INDEFINITE_ARTICLES):
        return None
    words = " ".join(_join(toks[i:j]))
    if j < len(toks) and toks[j - 1].cap and toks[j - 1].end + 1 == toks[j].start \
            and (body := _NAMED_BODY.fullmatch(toks[j].text)) is not None:
        # "the Lund administration's response": the body the name modifies speaks, not the person
        return Mention(f"{words} {body.group(1)}", toks[i].start, toks[j].start + body.end(1))
    return Mention(words, toks[i].start, toks[j - 1].end)


_NAMED_BODY = re.compile(r"(administration|campaign)(?:['’]s)?")


# Adjectives made from names ("a Trumpian post", "a Reaganesque speech", "a Clintonite aide"); the
# "-ist" and "-ian" forms are names too ("The Economist", "Brian"), so they count only after "a"/"an".
_NAME_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,}(?:esque|ites?|ists?|isms?)|[A-Z][a-z]{3,}(?:i|e)ans?")
_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _name_adjective(toks: list[_Tok], k: int) -> bool:
    """Whether toks[k] is a word made from a name, which names nobody."""
    t = toks[k]
    if not t.cap or _NAME_ADJECTIVE.fullmatch(t.text) is None:
        return False
    return t.low.endswith("esque") or k > 0 and toks[k - 1].low in _INDEFINITE_ARTICLES


def _join(toks: list[_Tok]) -> list[str]:
    """Token texts with '.' glued back to initials and abbreviations."""
    out: list[str] = []
    for i, t in enumerate(toks):
        if t.text == "." and out:
            out[-1] += "."
        elif t.text == "’" and i and _plural_possessive(toks, i):
            continue  # "Sanders’ campaign" reads "Sanders campaign", as with a straight apostrophe
        elif t.text == "(" and i + 1 < len(toks) and toks[i + 1].low in HONORIFICS \
                or t.text == ")" and out and out[-1].rstrip(".").lower() in HONORIFICS:
            continue  # "Chief (Mrs.) Ada Eze" reads "Chief Mrs. Ada Eze": titles the resolver strips
        else:
            out.append(t.text)
    return out


def _name_word_back(toks: list[_Tok], i: int, floor: int) -> bool:
    """Whether toks[i] can extend a capitalised name leftwards (initials, particles, "of")."""
    t = toks[i]
    if t.text in "().":
        return _in_bracketed_title(toks, i, floor) or t.text == "." and _is_abbrev_dot(toks, i)
    if t.cap and t.text[0].isalpha() or _particle_name(t.text):
        return t.low not in _NP_STOP
    if i - 1 < floor or not toks[i - 1].cap:
        return False
    return t.low in _PARTICLES or (t.low == "of" and toks[i - 1].low not in _NP_STOP)


def _bracketed_title(toks: list[_Tok], o: int, floor: int) -> bool:
    """Whether toks[o] opens an honorific in brackets inside a name, after a title ("Chief (Mrs.) Ada
    Eze", "Dr. (Mrs.) Ada Eze", as some papers style them): the name runs on over it."""
    if o - 1 < floor or o + 2 >= len(toks) or toks[o].text != "(":
        return False
    if not toks[o - 1].cap and not (toks[o - 1].text == "." and o - 2 >= floor and toks[o - 2].cap
                                    and _is_abbrev_dot(toks, o - 1)):
        return False  # the title before the bracket, with its dot or without ("Dr. (Mrs.)", "Chief (Mrs.)")
    if toks[o + 1].low not in HONORIFICS:
        return False
    c = o + 3 if toks[o + 2].text == "." else o + 2
    return c + 1 < len(toks) and toks[c].text == ")" and toks[c + 1].cap


def _in_bracketed_title(toks: list[_Tok], i: int, floor: int) -> bool:
    """Whether toks[i] is a bracket or a dot of a bracketed honorific inside a name (also the dot of
    the title before it: "Dr. (Mrs.)")."""
    return any(_bracketed_title(toks, o, floor) for o in range(max(floor, i - 3), min(i + 2, len(toks))))


def _name_back(toks: list[_Tok], k: int, floor: int) -> int:
    """Start index of a capitalised name sequence ending at token k."""
    i = k
    while i - 1 >= floor and _name_word_back(toks, i - 1, floor):
        i -= 1
    while i < k and (toks[i].low in _PARTICLES or toks[i].low == "of" or toks[i].text == "."):
        i += 1
    if i - 1 >= floor and toks[i - 1].low == "the":
        i -= 1
    return i


def np_before(toks: list[_Tok], k: int, floor: int) -> tuple[int, int] | None:
    """Token range [i, k+1) of the noun phrase that ends at token k, or None."""
    if k < floor:
        return None
    t = toks[k]
    if t.low in _PRONOUNS:
        return k, k + 1
    if t.low in NON_SPEAKER_PRONOUNS or t.low in _NP_STOP:
        return None
    if t.cap and t.text[0].isalpha() or _particle_name(t.text):
        i = _name_back(toks, k, floor)
        if toks[i].low == "the" and i - 2 >= floor and toks[i - 1].low == "of" and toks[i - 2].cap:
            person = np_before(toks, i - 2, floor)  # "Archbishop Aris Roe of the Armenian Church"
            if person is not None and sum(toks[j].text[0].isalpha() for j in range(*person)) >= 2:
                return person
        if toks[i].low == "the" and i - 2 >= floor and toks[i - 1].low == "of" \
                and toks[i - 2].low in ROLE_NOUNS:
            role = np_before(toks, i - 2, floor)  # "A former treasurer of the Roe Fund": the treasurer
            if role is not None and toks[role[0]].low in _INDEFINITE_ARTICLES:
                return role[0], k + 1
        return i, k + 1
    if t.text.isdigit() and _numbered_name(toks, k):
        name = np_before(toks, k - 1, floor)  # "Union Local 12": the number is the name's last word
        return (name[0], k + 1) if name is not None else None
    if not t.text[0].isalpha():
        return None
    head = t.low
    known = head in ROLE_NOUNS or head in UNNAMED_SOURCE_NOUNS or head.rstrip("s") in ROLE_NOUNS \
        or head in ORGANISATION_HEADS
    if not known and k - 1 >= floor and _owned_before_name(toks, k):
        return _name_back(toks, k - 1, floor), k + 1  # "Lee’s roommate, Ann Roe,": "Lee’s" is as "his"
    if not known and (k - 1 < floor or toks[k - 1].low not in _DETERMINERS):
        return _role_before_portfolio(toks, k, floor)
    i = k
    while i - 1 >= floor and k - i < 5:
        w = toks[i - 1]
        if w.low in _DETERMINERS:
            i -= 1
            break
        if not w.text[0].isalpha() or w.low in _NP_STOP \
                or w.low in QUOTE_VERBS and not _inner_capital(toks, i - 1) \
                and not (i - 2 >= floor and toks[i - 2].low in _DETERMINERS
                         and _cue_word_modifier(toks, i - 1, k + 1)):
            break  # "A State Department spokesman": a capitalised cue word inside a name is a name
        i -= 1
    if i - 2 >= floor and _plural_possessive(toks, i - 1):
        return _name_back(toks, i - 2, floor), k + 1  # "Sanders’ campaign", as "Sanders' campaign" reads
    if i - 2 >= floor and toks[i - 1].low in _LINKS:
        outer = np_before(toks, i - 2, floor)
        if outer is not None and not toks[i - 2].cap:
            return outer[0], k + 1
    return i, k + 1


def _owned_before_name(toks: list[_Tok], k: int) -> bool:
    """Whether the noun at token k follows a name's possessive and one name is set off after it ("Lee’s
    roommate, Ann Roe,"): the possessive is a determiner, as "his" is, and the name after it speaks
    (not "Lee’s parents, Ann and Bo Roe,": two people)."""
    owner = toks[k - 1]
    if not (owner.cap and owner.low.endswith(("'s", "’s")) and k + 1 < len(toks) and toks[k + 1].text == ","):
        return False
    end = next((j for j in range(k + 2, min(len(toks), k + 7)) if not (toks[j].cap or toks[j].text == ".")),
               k + 2)
    return end > k + 2 and end < len(toks) and toks[end].text == ","


def _cue_word_modifier(toks: list[_Tok], m: int, hi: int) -> bool:
    """Whether the cue word at token m is a noun modifying a role noun or a body's head up to three
    words on ("the state attorney general", "the press secretary", "the press office")."""
    return _bare_cue_form(toks[m].low) and not _inner_capital(toks, m) and _head_within(toks, m + 1, hi)


def _role_before_portfolio(toks: list[_Tok], k: int, floor: int) -> tuple[int, int] | None:
    """The role phrase whose bare portfolio ends at token k ("the secretary of state", "the director
    of national intelligence"), or None."""
    for o in range(k - 1, max(floor, k - 1 - _MAX_BARE_PORTFOLIO_WORDS), -1):
        if toks[o].low not in _PORTFOLIO_LINKS:
            continue
        if o - 1 < floor or toks[o - 1].low not in ROLE_NOUNS \
                or _portfolio(toks, o + 1, k + 1, False) != k + 1:
            return None
        role = np_before(toks, o - 1, floor)
        return (role[0], k + 1) if role is not None else None
    return None


def _inner_capital(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j`` is a capitalised word inside a sentence (after a word, not a mark)."""
    return toks[j].cap and j > 0 and toks[j - 1].text[0].isalpha()


def _plural_possessive(toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] is the curly apostrophe of a name's possessive in s ("Sanders’ campaign"), which
    the tokens keep apart from the name (a straight one is no token at all)."""
    t, name = toks[i], toks[i - 1]
    return t.text == "’" and name.end == t.start and name.cap and name.low.endswith("s")


def _name_word_ahead(toks: list[_Tok], i: int, hi: int) -> bool:
    """Whether toks[i] continues a capitalised name rightwards."""
    t = toks[i]
    if t.cap and t.text[0].isalpha():
        return True
    if t.text in "()." and _in_bracketed_title(toks, i, 0):
        return True
    nxt_cap = i + 1 < hi and toks[i + 1].cap
    if t.text == ".":
        return nxt_cap and _is_abbrev_dot(toks, i)
    return nxt_cap and (t.low in _PARTICLES or _ORDINAL.fullmatch(t.low) is not None)  # "1st Lt."


_BODY_HEADS = ORGANISATION_HEADS | {"administration", "team"}


def _lower_head_ahead(toks: list[_Tok], j: int, hi: int) -> bool:
    """True when a capitalised word after "the" modifies a lower-case role noun or a body's head
    ("the Russian foreign minister", "the Trump campaign", "the Lund administration")."""
    k = j
    while k < hi and toks[k].cap:
        k += 1
    return k - j <= 2 and _head_within(toks, k, hi)


def _head_within(toks: list[_Tok], k: int, hi: int) -> bool:
    """Whether a role noun or a body's head comes at token k or after one or two lower-case
    modifiers ("foreign ministry", "deputy foreign minister")."""
    for m in range(k, min(k + 3, hi)):
        t = toks[m]
        if t.low in ROLE_NOUNS or t.low in _BODY_HEADS:
            return True
        if t.cap or not t.text.isalpha() or t.low in _NP_STOP or t.low in QUOTE_VERBS:
            return False
    return False


def _noun_follows(toks: list[_Tok], i: int, hi: int) -> bool:
    """Whether toks[i] can head or modify a noun ("one Democratic source", not "one said")."""
    if i >= hi or not toks[i].text[0].isalnum():
        return False
    return toks[i].low not in _NP_STOP and toks[i].low not in QUOTE_VERBS


def np_after(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at token i (inverted "said X")."""
    if i >= hi:
        return None
    t = toks[i]
    if t.low in _PRONOUNS:
        return i, i + 1
    if t.low in NON_SPEAKER_PRONOUNS and not (t.low == "one" and _noun_follows(toks, i + 1, hi)):
        return None
    j = i
    if t.low == "the" and i + 1 < hi and toks[i + 1].cap:
        j = i + 1
        if _lower_head_ahead(toks, j, hi):
            j = i
    if (toks[j].cap and toks[j].text[0].isalpha() or _particle_name(toks[j].text)) \
            and toks[j].low not in _NP_STOP and toks[j].low != "the":
        k = j  # ("The Uzbek president" opening a sentence is a description, below)
        while k + 1 < hi and (_name_word_ahead(toks, k + 1, hi) or _particle_name(toks[k + 1].text)):
            k += 1
        return i, k + 1
    if t.low in _DETERMINERS or t.low in UNNAMED_SOURCE_NOUNS or t.low in ROLE_NOUNS or t.low == "the":
        k = i
        while k + 1 < hi and k - i < 6:
            n = toks[k + 1]
            if not n.text[0].isalpha() or n.low in _NP_STOP \
                    or n.low in QUOTE_VERBS and not _cue_word_modifier(toks, k + 1, hi):
                break
            k += 1
            if n.cap and n.low in HONORIFICS:  # "the younger Mr. Trump": the name after a title ends it
                while k + 1 < hi and _name_word_ahead(toks, k + 1, hi):
                    k += 1
                break
            if n.low in ROLE_NOUNS and k + 1 < hi and toks[k + 1].low not in _LINKS:
                if _head_within(toks, k + 1, hi):
                    continue  # "the deputy foreign minister": a modifier, the head comes next
                while k + 1 < hi and _name_word_ahead(toks, k + 1, hi):
                    k += 1  # "The columnist Lars Engel went": the name after the role ends it
                break  # "The Uzbek president opened ...": the role noun ends the phrase
        if k + 2 < hi and toks[k + 1].low in _LINKS and toks[k + 2].low in ("the", "a"):
            inner = np_after(toks, k + 2, hi)
            if inner is not None:
                k = inner[1] - 1
        elif toks[k].low in ROLE_NOUNS and (served := _served(toks, k + 1, hi)) > k + 1:
            k = served - 1  # "a spokesman for Ann Roe", "the chief of staff to Ann Roe"
        elif k + 2 < hi and toks[k + 1].low in _PORTFOLIO_LINKS and toks[k].low in ROLE_NOUNS \
                and (end := _ending_portfolio(toks, k + 2, hi, False)):
            k = _served(toks, end, hi) - 1  # "according to the minister of energy"
        return i, k + 1
    return None


def _skip_aux_back(toks: list[_Tok], k: int, floor: int) -> int:
    if k >= floor and toks[k].text == ")":
        for j in range(k - 1, max(floor - 1, k - 12), -1):
            if toks[j].text == "(":
                k = j - 1
                break
    if k - 1 >= floor and toks[k].text in WEEKDAYS and toks[k - 1].low == "on":
        k -= 2  # "X on Friday declared"
    k = _skip_bare_time_back(toks, k, floor)
    while k >= floor and (toks[k].low in _AUX or toks[k].low in REFLEXIVES
                          or (toks[k].low.endswith("ly") and not toks[k].cap)):
        k -= 1
    return k


_BARE_TIME_WORDS = frozenset({"yesterday", "today", "tonight"})
_TIME_DEICTICS = frozenset({"last", "this", "next"})
_TIME_EDGES = frozenset({"earlier", "later", "late", "early"})
_BARE_TIME_HEADS = frozenset({"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
                              "spring", "summer", "fall", "autumn", "winter", "season"})


_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening"})


def _skip_bare_time_back(toks: list[_Tok], k: int, floor: int) -> int:
    """The index before a time phrase with no preposition that ends at k, between a subject and its
    verb: "Roe last week said", "Roe, a senator, earlier this month told", "Roe yesterday said"."""
    if k < floor:
        return k
    t = toks[k]
    if t.low in _BARE_TIME_WORDS:
        j = k - 1
    elif t.low in _BARE_TIME_HEADS or t.text in WEEKDAYS:
        j = k - 1
        if j >= floor and toks[j].low in _TIME_DEICTICS:
            j -= 1
        elif j >= floor and toks[j].text in WEEKDAYS and t.low in _DAY_PARTS:
            j -= 1  # "Roe on Tuesday night said": a weekday and the part of it
            if j >= floor and toks[j].low == "on":
                j -= 1
        elif t.text not in WEEKDAYS:
            return k  # "the week", "a year": a noun phrase of its own, not an adverbial
    else:
        return k
    if j >= floor and toks[j].low in _TIME_EDGES:
        j -= 1
    if j < floor or toks[j].low in _DETERMINERS or toks[j].low in _NP_STOP and toks[j].low not in _AUX:
        return k
    return j


def _skip_appositive_back(toks: list[_Tok], k: int, floor: int) -> int:
    """If toks[k] is the comma closing an appositive (X, the former governor, said), the index before X.

    A relative clause may hold commas of its own (X, who has shuttled between Kabul, Islamabad and
    Doha, said): then the comma before its "who" opens the aside, not the last comma."""
    if k < floor:
        return k
    if toks[k].text in _DASHES:  # "Jason Sims — a teacher from Dover — says"
        dash = toks[k].text
        opener = next((j for j in range(k - 1, max(floor - 1, k - 20), -1) if toks[j].text == dash), -1)
        return _before_tag(toks, opener, floor) if opener > floor else k
    if toks[k].text != ",":
        return k
    if k - 1 > floor and toks[k - 1].text == ")":  # "Gov. John Kasik (R-OH), said": the tag ends the name
        tagged = _before_tag(toks, k, floor)
        if tagged != k - 1:
            return tagged
    commas = []  # nearest first
    j = k - 1
    while j >= floor and k - j < 40:
        if toks[j].text == "," and not _state_after(toks, j):
            commas.append(j)
        elif toks[j].text in ".;:!?“”\"" and not _is_abbrev_dot(toks, j):
            break
        j -= 1
    if not commas:
        return k - 1  # a lone comma: "The council's head X, emphasized"
    n = next((n for n, c in enumerate(commas) if c + 1 < k and toks[c + 1].low in _RELATIVES), 0)
    while n + 1 < len(commas) and _appositive_opener(toks[commas[n + 1] + 1]) \
            and _bare_name_before(toks, commas[n + 1], floor) \
            and not any(t.low == "that" for t in toks[commas[n + 1] + 1:commas[n]]):
        n += 1  # "X, the foreign minister of France, a member of the council, said"; not "Y, a
        # country that the nominee, X, called": the verb is the relative clause's, its subject the nominee
    if n + 1 < len(commas) and " ".join(t.low for t in toks[commas[n + 1] + 1:commas[n]]) in _MARKERS:
        n += 1  # "X, meanwhile, who has no backing, said": the marker before the aside is no subject
    return commas[n] - 1


def _before_tag(toks: list[_Tok], k: int, floor: int) -> int:
    """The index before toks[k], over a party tag that ends a name there ("Rep. Ann Roe (D-Ohio) —"):
    the tag ends the name."""
    if k - 1 > floor and toks[k - 1].text == ")":
        opener = next((j for j in range(k - 2, max(floor - 1, k - 10), -1) if toks[j].text == "("), -1)
        if opener > floor and toks[opener - 1].cap:
            return opener - 1
    return k - 1


_AFFILIATION_LINKS = frozenset({"of", "from"})
_MAX_AFFILIATION_WORDS = 6


def _name_before_aside(toks: list[_Tok], comma: int) -> tuple[int, int] | None:
    """The name an aside before the verb hangs on when a description or an affiliation stands by it:
    "The envoy for the basin, Ann Roe, said" (the name set off), "Rep. Ann Roe of the Farmers' party,
    who sat in, said" (the name before "of")."""
    j = _skip_appositive_back(toks, comma, 0)
    if j < 1 or j >= comma - 1 or toks[j + 1].text != ",":
        return None
    inner = np_before(toks, comma - 1, 0)
    if inner is not None and inner[1] == comma and _described_aside(toks, j + 2, inner[0]) \
            and toks[inner[0]].cap and _full_name(toks, inner) and _sets_off_a_name(toks, j):
        return inner
    for o in range(j - 1, max(0, j - _MAX_AFFILIATION_WORDS) - 1, -1):
        if toks[o].low in _AFFILIATION_LINKS:
            name = np_before(toks, o - 1, 0)
            return name if name is not None and toks[name[0]].cap and _full_name(toks, name) else None
        if not toks[o].text[0].isalnum():
            return None
    return None


_PARTITIVES = frozenset({"one", "another", "two", "three", "each"})
_MAX_ASIDE_ROLE_WORDS = 3


def _described_aside(toks: list[_Tok], lo: int, name_at: int) -> bool:
    """Whether an aside holds a name alone or after a short lower-case description of its own
    ("retired crane driver Ann Roe")."""
    words = toks[lo:name_at]
    return len(words) <= _MAX_ASIDE_ROLE_WORDS and all(
        t.text.isalpha() and not t.cap and t.low not in _NP_STOP for t in words)


def _sets_off_a_name(toks: list[_Tok], j: int) -> bool:
    """Whether the phrase ending at toks[j] is one a name is set off after: a lower-case role ("The
    envoy for the basin, Ann Roe,") or a part of a group ("One of them, Ann Roe,")."""
    for x in range(max(0, j - 7), j + 1):
        t = toks[x]
        if t.low in ROLE_NOUNS and not t.cap or t.low == "of" and x and toks[x - 1].low in _PARTITIVES:
            return True
    return False


def _full_name(toks: list[_Tok], rng: tuple[int, int]) -> bool:
    return sum(1 for x in range(*rng) if toks[x].cap and toks[x].text[0].isalpha()) >= 2


def _unclosed_appositive(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The name before an appositive whose closing comma is missing, when the phrase found before the
    verb ends it: "Sam Lau, the communications director for the Iowa Democratic Party said"."""
    inner = toks[rng[0] - 1].low in ("for", "of", "at", "with", "and") if rng[0] else False
    if rng[0] < 2 or not (inner or any(t.low == "of" for t in toks[rng[0]:rng[1]])):
        return None  # "an honor Donald said": a name of its own, not the end of a description
    for j in range(rng[0] - 1, max(-1, rng[0] - 14), -1):
        t = toks[j]
        if t.text == ",":
            opener = toks[j + 1]
            if j + 1 < rng[0] and _appositive_opener(opener) and _bare_name_before(toks, j, 0):
                return np_before(toks, j - 1, 0)
            return None
        if not t.text[0].isalnum():
            return None
    return None


def _appositive_opener(t: _Tok) -> bool:
    """An article or a lower-case role noun: "X, the minister, ..." / "X, editor at large of Y, ..."."""
    return t.low in _ARTICLES or (not t.cap and t.low in ROLE_NOUNS)


# Prepositions of place that np_before takes in as a capitalised first word when they open a sentence
# ("Outside court,", "Inside the chamber,"); kept out of _PHRASE_PREPOSITIONS, whose other readers
# (fronted phrases, clause subjects) change with them.
_PLACE_PHRASE_OPENERS = frozenset({"outside", "inside", "beyond", "behind", "across", "near", "around",
                                   "within", "beside", "alongside", "throughout", "opposite"})


def _bare_name_before(toks: list[_Tok], comma: int, floor: int) -> bool:
    """Whether a name, not inside a phrase ("In Dallas, the mayor, ..."), ends right before ``comma``."""
    rng = np_before(toks, comma - 1, floor)
    if rng is None or not toks[rng[0]].cap or toks[rng[0]].low in _PLACE_PHRASE_OPENERS:
        return False  # "Outside court, the hospice's chair, X, said": a fronted phrase of place
    before = toks[rng[0] - 1].low if rng[0] > floor else ""
    return before not in _NP_STOP and before not in _PHRASE_PREPOSITIONS


def _skip_adverbial_back(toks: list[_Tok], k: int, floor: int) -> int:
    """The index before a lower-case phrase of time or place that ends at k, between a subject and
    its verb: "Trump at the time said", "Beck, who has in the past described", "The department less
    than two weeks ago said"."""
    rng = np_before(toks, k, floor) if k >= floor else None
    if rng is None or any(t.cap for t in toks[rng[0]:rng[1]]) or toks[rng[0]].low in _PRONOUNS:
        return k
    j = rng[0] - 1
    if j > floor and toks[j].low in _ADVERBIAL_PREPOSITIONS:
        before = toks[j - 1]  # a name, pronoun or auxiliary: not "a diplomat involved in the talks"
        subject_side = before.cap or before.low in _PRONOUNS or before.low in _AUX or before.low in _RELATIVES
        return j - 1 if subject_side else k
    if toks[rng[1] - 1].low in _TIME_NOUNS:
        while j >= floor and toks[j].low in ("less", "more", "than", "about", "nearly", "just", "some"):
            j -= 1
        return j
    return k


def _state_after(toks: list[_Tok], comma: int) -> bool:
    """Whether a US state follows the comma: "in Columbus, Ohio, said" holds no aside there."""
    nxt = toks[comma + 1] if comma + 1 < len(toks) else None
    return nxt is not None and nxt.cap and (nxt.low in US_STATE_NAMES or nxt.low in US_STATE_ABBREVIATIONS)


def trailing(text: str, toks: list[_Tok]) -> _Attr | None:
    """Attribution right after a closing mark: “Q,” X said / said X / — X."""
    if not toks:
        return None
    i = 0
    if toks[0].text == ",":
        i = 1
    if i >= len(toks):
        return None
    if toks[i].text in _DASHES:
        rng = _dash_signer(toks, i + 1) or _words_of(toks, i + 1)
        if rng is None:
            return None
        m = _mention(toks, *rng)
        return _Attr(toks[i].text, m, True, toks[i].start, toks[rng[1] - 1].end)
    if toks[i].low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to":
        rng = np_after(toks, i + 2, len(toks))  # “Q,” according to Judicial Watch.
        if rng is None:
            return None
        rng = _record_author(toks, rng) or rng
        return _Attr("according to", _mention(toks, *rng), True, toks[i].start, toks[rng[1] - 1].end)
    if toks[i].low == "as" and i + 2 < len(toks):
        found = _subject_then_verb(toks, i + 1)  # “Q,” as Ann Roe said on Monday.
        said_by = found.mention if found is not None else None
        if said_by is not None and said_by.text.lower() not in _IDIOM_SAYERS:
            return found  # but "as they say" is an idiom, no one's speech
    verb = _verb_at(toks, i)
    if verb is not None:
        if toks[i].low.endswith("ing"):
            return None  # “Q,” promising the Friends …: a participle's object, never an inverted speaker
        rng = np_after(toks, verb[1], len(toks)) or _described_name(toks, verb[1], len(toks))
        if rng is None:
            return None
        titled = _role_of_name(toks, _extend_over_roles(toks, rng, len(toks)) if toks[rng[0]].cap else rng,
                               len(toks))
        # "said his best friend at Lehigh, Bruce Turr": a description, then the name
        named = titled[1] > rng[1] or toks[rng[0]].cap
        rng = titled if named else _name_after_description(toks, rng) or rng
        rng = _owned_then_named(toks, rng) or rng  # "said Lee’s roommate, Ann Roe": not Lee
        return _Attr(verb[0], _mention(toks, *rng), True, toks[i].start, toks[rng[1] - 1].end)
    found = _subject_then_verb(toks, i) or _name_then_verb(toks, i)
    if found is not None:
        return found
    return _closing_clause(toks, i)


_IDIOM_SAYERS = frozenset({"they", "we", "you", "people", "one"})


def _dash_signer(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The name signing a quote after a dash, over the roles before it: "— Union leader Ann Lee",
    "— fire service captain Ann Lee" (the speaker is the name, not the body or the role)."""
    n = len(toks)
    if i >= n:
        return None
    if toks[i].low in _INDEFINITE_ARTICLES:
        return _unnamed_signer(toks, i)
    if not toks[i].cap:  # "— an issue Democrats have long struggled with" goes on with the sentence
        plain = toks[i].text.islower() and toks[i].low not in _NOUN_MARKERS
        return _described_name(toks, i, n) if plain else None
    rng = np_after(toks, i, n)
    return _titled(toks, rng, n) if rng is not None else None


_MAX_UNNAMED_SIGNER_WORDS = 5


def _unnamed_signer(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """An unnamed person signing a quote after a dash: "— a Senate Democrat, leaving the floor", "— an
    aide." (the speaker stays unnamed); "— an issue Democrats have long struggled with" is no person."""
    for k in range(i + 1, min(len(toks), i + 1 + _MAX_UNNAMED_SIGNER_WORDS)):
        if toks[k].low in ROLE_NOUNS:
            closed = k + 1 == len(toks) or toks[k + 1].text in (",", ".", ";")
            return (i, k + 1) if closed else None
        if not _LETTERS.fullmatch(toks[k].text):
            return None
    return None


_DEMONSTRATIVES = frozenset({"that", "this", "such"})
_SOURCE_LINKS = frozenset({"from", "of", "by"})
_MAX_SUMMARY_WORDS = 8


def _words_of(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The person a dash and a summing-up clause give the quote to: "“Q” – that, at least, was the
    promise from Minister Ann Lee", "— such was the warning of Ann Lee"."""
    n = len(toks)
    if i >= n or toks[i].low not in _DEMONSTRATIVES:
        return None
    for j in range(i + 1, min(n - 2, i + _MAX_SUMMARY_WORDS)):
        if toks[j].low in _SPEECH_NOUNS and toks[j + 1].low in _SOURCE_LINKS:
            rng = np_after(toks, j + 2, n) if toks[j + 2].cap else None
            return _titled(toks, rng, n) if rng is not None else None
        if toks[j].text in ".;:!?":
            return None
    return None


def _subject_then_verb(toks: list[_Tok], i: int) -> _Attr | None:
    """X [, appositive,] [aux] VERB starting at token i; the name may follow a few role words."""
    n = len(toks)
    for j in range(i, min(i + 7, n)):
        if j > i and not _role_prefix(toks, i, j):
            return None
        rng = np_after(toks, j, n)
        if rng is None:
            continue
        if rng[1] < n and toks[rng[1]].text == "." and _is_abbrev_dot(toks, rng[1]):
            rng = rng[0], rng[1] + 1  # "James B. Comey Jr., the director, said"
        rng = _role_of_name(toks, _owned_noun(toks, rng), n)
        e = _skip_of_place(toks, _skip_joint(toks, _skip_of_place(toks, rng[1])))
        e = _skip_aux_ahead(toks, _skip_paren(toks, e))
        if e < n and toks[e].text == ",":
            e = _after_appositive(toks, e)
        verb = _verb_at(toks, e) if 0 <= e < n else None
        if verb is not None:
            return _Attr(verb[0], _mention(toks, *rng), True, toks[i].start, toks[verb[1] - 1].end)
    return None


def _owned_noun(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """A name's possessive heads nothing: “Q,” Lee’s office said gives 'Lee’s office' (one or two
    lower-case words it owns, then the verb, or an aside and the verb: “Q,” Lee’s wife, Ann Roe, said),
    as the same subject before the quote does."""
    n, k = len(toks), rng[1]
    if k < n and _plural_possessive(toks, k):
        k += 1  # "Sanders’ campaign"
    elif not toks[k - 1].low.endswith(("'s", "’s")):
        return rng
    for e in range(k + 1, min(k + 3, n)):
        t = toks[e - 1]
        if not t.text.isalpha() or t.cap or t.low in _NP_STOP or t.low in QUOTE_VERBS:
            return rng
        if _verb_at(toks, e) is not None or toks[e].text == "," and _after_appositive(toks, e) >= 0:
            return rng[0], e
    return rng


def _name_then_verb(toks: list[_Tok], i: int) -> _Attr | None:
    """A full name, after a longer description, right before the verb: “Q,” Ms. Merkel's spokesman,
    Steffen Seibert, wrote / “Q,” former Bush speechwriter Noam Neusner wrote."""
    for v in range(i + 2, min(i + 14, len(toks))):
        t = toks[v]
        if t.text in "!?;:" or t.text == "." and not _is_abbrev_dot(toks, v):
            return None
        if t.low in _NP_STOP and not (t.low == "of" and v + 1 < len(toks) and not toks[v + 1].cap):
            return None  # "X's chief of staff, Joe Kasp, told" reads on
        verb = _verb_at(toks, v) if not t.cap else None
        if verb is None:
            continue
        k = v - 2 if toks[v - 1].text == "," else v - 1
        rng = np_before(toks, k, i)
        if rng is None or rng[1] - rng[0] < 2 or not toks[rng[0]].cap or rng[0] == i:
            return None
        return _Attr(verb[0], _mention(toks, *rng), True, toks[i].start, toks[verb[1] - 1].end)
    return None


def _described_name(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """A name after a few lower-case descriptors, after an inverted verb: “Q,” said former Obama
    adviser David Axelrod / said 9/11 widow Terry Strada / said former Gov. Bill Richardson."""
    k = i
    while k < hi and k - i < _MAX_DESCRIBED_WORDS:
        t = toks[k]
        if t.cap and t.text[0].isalpha():  # "Hope Hicks": a capitalised cue word is a name
            name = np_after(toks, k, hi)
            if name is None or k == i:
                return None
            return _second_title(toks, name[1], hi) or (i, name[1])
        if not t.text[0].isalnum() or t.low in QUOTE_VERBS and toks[k - 1].low != "of" \
                and not (k == i and _bare_cue_form(t.low)):  # "of state"; "said state Sen. X"
            return None
        if t.low in _NP_STOP and not (t.low == "of" and k + 1 < hi and not toks[k + 1].cap):
            return None  # "said former secretary of state Hillary Clinton" reads on
        k += 1
    return None


def _second_title(toks: list[_Tok], e: int, hi: int) -> tuple[int, int] | None:
    """The named description after "and" when the words read so far end in a title: "said former
    Ohio Gov. and party Chairman Tom Reddick" names Tom Reddick, not "Ohio Gov."."""
    if e + 2 >= hi or toks[e].text != "." or toks[e + 1].low != "and" or toks[e - 1].low not in _ABBREV:
        return None
    return _described_name(toks, e + 2, hi) or np_after(toks, e + 2, hi)


def _owned_then_named(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The name set off after the one or two lower-case words a name's possessive owns, when the phrase
    found ends with the possessive: "said Lee’s roommate, Ann Roe." names Ann Roe, as "his roommate"."""
    if not toks[rng[1] - 1].low.endswith(("'s", "’s")):
        return None
    e = rng[1]
    while e < len(toks) and e - rng[1] < 2 and toks[e].text.isalpha() and not toks[e].cap \
            and toks[e].low not in _NP_STOP:
        e += 1
    return _name_after_description(toks, (rng[0], e)) if e > rng[1] else None


def _name_after_description(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The name set off by a comma after a lower-case description (and a short place phrase) that
    closes the attribution: "said his best friend at Lehigh, Bruce Turr."."""
    n = len(toks)
    k = rng[1]
    if k < n and toks[k].low in ("at", "in", "from", "of"):
        k += 1
        while k < n and k - rng[1] <= 4 and toks[k].cap:
            k += 1
    if k + 1 >= n or toks[k].text != ",":
        return None
    name = np_after(toks, k + 1, n)
    if name is None or not toks[name[0]].cap or name[1] - name[0] < 2:
        return None
    return name if name[1] >= n or toks[name[1]].text in ".,;" else None


def _skip_joint(toks: list[_Tok], e: int) -> int:
    """Index after "and Other Name" joining a second named party; a joint statement goes to the
    first-named one ("Edward Dovere and Gabriel Debenedetti wrote")."""
    if e + 1 >= len(toks) or toks[e].low != "and" or not toks[e + 1].cap:
        return e
    other = np_after(toks, e + 1, len(toks))
    return other[1] if other is not None else e


_MAX_PORTFOLIO_WORDS = 8


def _titled(toks: list[_Tok], rng: tuple[int, int], hi: int) -> tuple[int, int]:
    """A capitalised phrase extended over the roles and portfolio before a name: "Union leader Ann
    Lee", "Secretary of State Ann Lee"."""
    return _role_of_name(toks, _extend_over_roles(toks, rng, hi), hi) if toks[rng[0]].cap else rng


def _role_of_name(toks: list[_Tok], rng: tuple[int, int], hi: int) -> tuple[int, int]:
    """Extend a title over its portfolio to the name after it: "Secretary of State Ann Roe", "White
    House chief of staff Ann Roe" (no article after "of" before a name: "the director of the Sierra
    Club" is a role and a body, "Senator Ann Roe of Ohio" a name and a place); with no name after it,
    over the bare portfolio alone ("the Speaker of the House said", "the minister for housing said")."""
    e = rng[1]
    while e < hi and e - rng[1] < 3 and not toks[e].cap and toks[e].text[0].isalpha() \
            and toks[e].low not in _NP_STOP and toks[e].low not in QUOTE_VERBS:
        e += 1  # "White House" + "chief"
    if e + 1 >= hi or toks[e].low not in _PORTFOLIO_LINKS or not _office_word(toks[e - 1]):
        return rng
    if toks[e].low == "for":  # "the minister for housing"; but "the spokesman for Ann Roe" is hers
        end = _ending_portfolio(toks, e + 1, hi, toks[e - 1].cap)
        return (rng[0], end) if end else rng
    k = e + 1
    while k < hi and k - e <= _MAX_PORTFOLIO_WORDS and toks[k].text[0].isalpha() \
            and (toks[k].cap or toks[k].low not in _NP_STOP and toks[k].low not in QUOTE_VERBS):
        k += 1
    name = k
    while name > e + 1 and toks[name - 1].cap:
        name -= 1
    if name == e + 1 and k - name > 2:
        name = k - 2  # "of State Ann Roe": the portfolio, then a first name and a surname
    if k - name < 2 or name == e + 1 or toks[k - 1].low in ORGANISATION_HEADS:
        # a name of two words or more after a portfolio of one word or more; else the portfolio
        # alone ends the phrase ("the secretary of state said", "the Minister of Finance told")
        end = _ending_portfolio(toks, e + 1, hi, toks[e - 1].cap)
        return (rng[0], _served(toks, end, hi)) if end else rng
    return rng[0], k


_MAX_BARE_PORTFOLIO_WORDS = 3
_SERVING_LINKS = frozenset({"for", "to"})  # a role held for someone: "a lawyer for", "an adviser to"
_PORTFOLIO_LINKS = frozenset({"of", "for"})  # "the secretary of state", "the minister for housing"


def _served(toks: list[_Tok], j: int, hi: int) -> int:
    """Index after the person or body a role is held for, from token j ("the chief of staff" + " to
    the president"), else j."""
    if j + 1 >= hi or toks[j].low not in _SERVING_LINKS or not (toks[j + 1].cap or toks[j + 1].low == "the"):
        return j
    served = np_after(toks, j + 1, hi)
    return served[1] if served is not None else j


def _office_word(t: _Tok) -> bool:
    """A role noun, or a title that heads an office only when capitalised ("Speaker of the House")."""
    return t.low in ROLE_NOUNS or t.cap and t.low in OFFICE_TITLES


def _portfolio(toks: list[_Tok], k: int, hi: int, title: bool) -> int:
    """Index after the bare portfolio of a role noun's "of" or "for" ("state", "national intelligence",
    "housing"; in a title "State", after its article: "the House"): words in the role's case, at most
    three; the first may be a cue word ("of state")."""
    if title and k + 1 < hi and toks[k].low == "the" and toks[k + 1].cap:
        k += 1
    j = k
    while j < hi and j - k < _MAX_BARE_PORTFOLIO_WORDS and _LETTERS.fullmatch(toks[j].text) \
            and toks[j].cap == title and toks[j].low not in _NP_STOP and toks[j].low not in _DETERMINERS \
            and (j == k or toks[j].low not in QUOTE_VERBS):
        j += 1
    return j


def _ending_portfolio(toks: list[_Tok], k: int, hi: int, title: bool) -> int:
    """Index after a bare portfolio from token k that ends the phrase ("the minister of energy" +
    " said"), else 0."""
    end = _portfolio(toks, k, hi, title)
    return end if end > k and _portfolio_ends(toks, end, hi) else 0


def _portfolio_ends(toks: list[_Tok], j: int, hi: int) -> bool:
    """Whether the phrase ends after a portfolio: a mark, a verb or an adverb comes next, no name."""
    if j >= hi:
        return True
    t = toks[j]
    return not t.text[0].isalpha() or not t.cap and (t.low in QUOTE_VERBS or t.low in _AUX
                                                     or t.low in _NP_STOP or t.low.endswith("ly"))


def _skip_of_place(toks: list[_Tok], e: int) -> int:
    """Index after an "of [the] Place" that follows a name ("Mr. Morgan of the Sierra Club said")."""
    if e >= len(toks) or toks[e].low != "of":
        return e
    k = e + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    start = k
    while k < len(toks) and (toks[k].cap and toks[k].text[0].isalpha() or k > start and k + 1 < len(toks)
                             and toks[k].low in _ORG_LINKS and toks[k + 1].cap):
        k += 1  # "of the Institute for Science and International Security"
    return k if k > start else e


def _closing_clause(toks: list[_Tok], i: int) -> _Attr | None:
    """An attribution clause that ends the sentence after a few words: “Q” in 2008, said X."""
    n = len(toks)
    for c in range(i + 1, min(n, i + 25)):
        if toks[c].text in ".;:!?“”\"" and not _is_abbrev_dot(toks, c):
            return None
        if toks[c].text != ",":
            continue
        attr = _verb_first(toks, c + 1) or _subject_then_verb(toks, c + 1)
        if attr is not None:
            after = [t for t in toks if t.start >= attr.end]
            rest = [t for t in after if t.text[0].isalpha()]
            appositive = after and after[0].text == "," and attr.mention is not None
            return attr if len(rest) <= 4 or appositive else None  # "…, said X, a union leader."
    return None


def _verb_first(toks: list[_Tok], i: int) -> _Attr | None:
    if i >= len(toks):
        return None
    verb = _verb_at(toks, i)
    if verb is None:
        return None
    if toks[i].low in _LISTENER_VERBS or toks[i].low.endswith("ing"):
        return None  # "…, told POLITICO" names the listener; "…, calling it" a participle's object
    rng = np_after(toks, verb[1], len(toks))
    if rng is None:
        return None
    return _Attr(verb[0], _mention(toks, *rng), True, toks[i].start, toks[rng[1] - 1].end)


def _skip_paren(toks: list[_Tok], e: int) -> int:
    """Index after a parenthesis that starts at e ("(D-Md.)"), else e."""
    if e < len(toks) and toks[e].text == "(":
        for j in range(e + 1, min(len(toks), e + 12)):
            if toks[j].text == ")":
                return j + 1
    return e


def _skip_aux_ahead(toks: list[_Tok], e: int) -> int:
    while e < len(toks) and (toks[e].low in _AUX or (toks[e].low.endswith("ly") and not toks[e].cap)):
        e += 1
    return e


def _after_appositive(toks: list[_Tok], e: int) -> int:
    """From the comma opening an appositive, the index of the verb after its closing comma, or -1."""
    for j in range(e + 1, min(len(toks), e + 35)):
        if toks[j].text in ".;:!?“”\"" and not _is_abbrev_dot(toks, j):
            return -1
        if toks[j].text == ",":
            k = _skip_aux_ahead(toks, j + 1)
            if k < len(toks) and _verb_at(toks, k) is not None:
                return k
    return -1


def _role_prefix(toks: list[_Tok], i: int, j: int) -> bool:
    """True when toks[i:j] are only title or role words before a name ("CrowdStrike co-founder")."""
    if j - i > 5:
        return False
    return all(t.text[0].isalpha() and t.low not in _NP_STOP and t.low not in QUOTE_VERBS for t in toks[i:j])


# What a speaker issues or a record in their name: "according to a statement from X" quotes X.
_RECORDS = DOCUMENT_NOUNS | RECORD_NOUNS


def _record_author(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The author inside "a statement from X" / "a letter by X" / "a document filed by X": the record
    speaks for X."""
    hi = len(toks)
    for k in range(rng[0], min(rng[1], hi - 2)):
        if toks[k].low not in _RECORDS:
            continue
        if toks[k + 1].low in ("from", "by"):
            return np_after(toks, k + 2, hi)
        if toks[k + 1].low in _ISSUING and k + 3 < hi and toks[k + 2].low == "by":
            return np_after(toks, k + 3, hi) or _described_name(toks, k + 3, hi)  # "by defender Ida Brandt"
    return None


_ISSUING = frozenset({"filed", "issued", "released", "signed", "written", "sent", "published", "posted"})


def leading(toks: list[_Tok]) -> tuple[_Attr, int] | None:
    """Attribution before an opening mark; also returns how many tokens sit between cue and quote."""
    n = len(toks)
    fallback: tuple[_Attr, int] | None = None
    for v in range(n - 1, max(-1, n - 14), -1):
        if toks[v].low == "according" and v + 1 < n and toks[v + 1].low == "to":
            rng = np_after(toks, v + 2, n)
            if rng is None:
                continue
            rng = _record_author(toks, rng) or rng
            return _Attr("according to", _mention(toks, *rng), False, toks[v].start, toks[rng[1] - 1].end), 0
        if toks[v].low == "from" and toks[n - 1].text == ":" and v + 1 < n:
            rng = np_after(toks, v + 1, n)
            if rng is not None and rng[1] == n - 1:
                return _Attr("from", _mention(toks, *rng), False, toks[v].start, toks[n - 1].end), 0
        verb = _verb_at(toks, v)
        if verb is None:
            continue
        attr = _Attr(verb[0], _subject(toks, v, verb[1]), False, toks[v].start, toks[verb[1] - 1].end)
        if attr.mention is not None:
            inner_pronoun = attr.mention.text.lower() in _PERSON_PRONOUNS  # "it would tell": a thing
            return (None if inner_pronoun else _outer_speech(toks, attr.mention.start)) or attr, n - verb[1]
        if fallback is None:
            fallback = attr, n - verb[1]
    return fallback


def _passive_verdict(toks: list[_Tok], v: int) -> bool:
    """A verdict verb in the passive ("was slammed as “Q”", "messages later deemed “Q”") names no
    speaker: a form of "be" before it, or a naming verb with no object before the quote (or the end)."""
    if toks[v].low.endswith("ing"):
        return False  # "is labelling the plan “Q”": progressive, active
    k = v - 1
    while k >= 0 and not toks[k].cap and (toks[k].low.endswith("ly") or toks[k].low in _AUX_ADVERBS):
        k -= 1
    if k >= 0 and (toks[k].low in BE_FORMS or toks[k].low in ("get", "gets", "got")):
        return True
    if toks[v].low not in _NAMING_VERBS or k >= 0 and (toks[k].cap or toks[k].low in _PERSON_PRONOUNS):
        return False  # "which Ann Roe dubbed “Q”", "who he labelled “Q”": the subject is right there
    k = v + 1
    while k < len(toks) and toks[k].low in _NAMING_GAP:
        k += 1
    return k == len(toks) or toks[k].text in _OPEN_MARKS


def _outer_speech(toks: list[_Tok], subject_at: int) -> _Attr | None:
    """The reporting cue when the cue found sits in a that-clause of an earlier speech verb: in
    "X said privately that Moscow hoped to meet “within weeks”" X speaks, Moscow is what X spoke of."""
    s = next((i for i, t in enumerate(toks) if t.start == subject_at), -1)
    if s < 1:
        return None
    if toks[s - 1].low != "that":  # "X said it would tell": the speech verb right before the subject
        verb = _verb_at(toks, s - 1)
        v = s - 1
        if verb is None or verb[1] != s:
            v = _telling_before(toks, s)
            verb = _verb_at(toks, v) if v >= 0 else None
            if verb is None:
                that = _that_before(toks, s)
                if that < 0 and not _stance_before(toks, s):
                    return None
                return _speech_before_that(toks, (that if that > 0 else s) + 1)
        mention = _subject(toks, v, verb[1])
        return _Attr(verb[0], mention, False, toks[v].start, toks[verb[1] - 1].end) if mention else None
    return _speech_before_that(toks, s)


_MAX_CLAUSE_SUBJECT_WORDS = 6


def _that_before(toks: list[_Tok], s: int) -> int:
    """The index of a "that" opening the clause whose subject ends in the phrase found at toks[s]
    ("declared that any new deal under her watch would demand"), or -1; words only between."""
    for i in range(s - 1, max(-1, s - 1 - _MAX_CLAUSE_SUBJECT_WORDS), -1):
        if toks[i].low == "that":
            return i
        if not toks[i].text.isalpha():
            return -1
    return -1


_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_STANCE_WORDS = frozenset({"sure", "certain", "confident", "convinced", "hopeful", "optimistic", "positive",
                           "worried", "afraid", "concerned"})


def _stance_before(toks: list[_Tok], s: int) -> bool:
    """Whether a speaker's stance with no "that" stands before toks[s] ("said he's certain Y will"):
    a pronoun, a form of "be" and a word of certainty or worry, after a speech verb."""
    if s < 3 or toks[s - 1].low not in _STANCE_WORDS:
        return False
    be = toks[s - 2].low
    if be in BE_FORMS:
        return toks[s - 3].low in _CLAUSE_PRONOUNS
    head, _, tail = be.replace("’", "'").partition("'")
    return head in _CLAUSE_PRONOUNS and tail in ("s", "re", "m")


def _speech_before_that(toks: list[_Tok], s: int) -> _Attr | None:
    """The speech cue and subject before the "that" at toks[s - 1]."""
    for v in range(s - 2, max(-1, s - 14), -1):
        if not toks[v].text[0].isalpha():
            return None
        verb = _verb_at(toks, v)
        if verb is not None and verb[1] <= s - 1 and (toks[s - 1].low == "that" or verb[0] in SPEECH_VERBS):
            mention = _subject(toks, v, verb[1])
            if mention is None:
                return None
            return _Attr(verb[0], mention, False, toks[v].start, toks[verb[1] - 1].end)
    return None


_TELLING = frozenset({"told", "tells", "tell", "assured", "informed", "reminded", "warned"})
_MAX_LISTENER_WORDS = 3


def _telling_before(toks: list[_Tok], s: int) -> int:
    """The index of a telling verb whose short listener ends right before toks[s] ("X told reporters
    Moscow expected"), or -1."""
    for v in range(s - 2, max(-1, s - 2 - _MAX_LISTENER_WORDS), -1):
        if toks[v].low in _TELLING:
            return v
        if not toks[v].text.isalpha():
            return -1
    return -1


def _subject(toks: list[_Tok], v: int, after: int) -> Mention | None:
    """The speaker named around the verb at toks[v]: before it, after it (inverted), or the clause subject."""
    if v > 0 and toks[v - 1].low in BE_FORMS and after + 1 < len(toks) and toks[after].low == "by":
        rng = np_after(toks, after + 1, len(toks))  # "X was asked by host Y, “Q”": the agent speaks
        if rng is not None:
            return _mention(toks, *_titled(toks, rng, len(toks)))
    k = _skip_aux_back(toks, v - 1, 0)
    gerund = toks[v].low in _GERUND_CUES or toks[v].low.split()[0] in _GERUND_CUES
    if gerund:
        if k >= 2 and toks[k].low == "as":
            quoted = _quoted_as(toks, k)
            if quoted is not None:
                return quoted
        if k >= 0 and toks[k].low in _NP_STOP and toks[k].low not in _GERUND_LINKS \
                and not _second_participle(toks, k):
            return None  # "the need for agreeing to": not a cue ("by calling for" is one)
        if k >= 0 and toks[k].text == ",":
            rng = np_before(toks, k - 1, 0)
            if rng is not None and toks[rng[0]].cap and rng[0] > 0 and toks[rng[0] - 1].text == "," \
                    and not _object_appositive(toks, rng[0] - 1):
                return _mention(toks, *rng)  # X, adding: “Q”
        rng = np_before(toks, k, 0) if k >= 1 else None
        if rng is not None and rng[0] > 0 and toks[rng[0] - 1].low == "with":
            return _mention(toks, *rng)  # "with X calling it “Q”": the absolute clause names its own speaker
        if rng is not None and rng[0] > 1 and toks[rng[0]].cap and _recording_before(toks, rng[0] - 1):
            return _mention(toks, *rng)  # "footage of X asking, “Q”", "a clip showing X saying “Q”"
        return _clause_subject(toks, v)
    if k >= 0 and toks[k].low in _COORDINATORS:
        return _clause_subject(toks, k)  # "X called on Y and said ...": the first verb's subject
    if k >= 0 and toks[k].text == "," and toks[v].low not in _OBJECT_CUES:
        rng = np_after(toks, after, len(toks))
        if rng is not None and toks[rng[0]].cap:
            rng = _extend_over_roles(toks, rng, len(toks))  # "..., explained CBS moderator Ann Roe:"
        if rng is not None and toks[rng[0]].cap and rng[1] == len(toks) - 1 and toks[-1].text in ",:":
            return _mention(toks, *rng)  # "..., explained Rosenberg, “Q”"
        if rng is not None and toks[rng[0]].cap and rng[1] < len(toks) - 1 and toks[rng[1]].text == ",":
            return _mention(toks, *rng)  # "The trouble, says Roe, a planner, is that it was “Q”"

    # A word (not a comma or dash) before the verb has no appositive to skip, only an adverbial phrase.
    adv = _skip_adverbial_back(toks, k, 0) if k >= 0 and toks[k].text[0].isalpha() else None
    who = k if adv is None or adv == k else _skip_aux_back(toks, adv, 0)  # "X, who has in the past said"
    if who >= 1 and toks[who].low == "who" and toks[who - 1].text == ",":
        rng = np_before(toks, _skip_appositive_back(toks, who - 2, 0), 0)  # "said X, who said ..."
        if rng is not None and toks[rng[0]].cap:
            return _mention(toks, *rng)
    if who == v - 1 >= 2 and toks[who].low == "which" and (toks[who - 1].text == "," or toks[who - 1].cap):
        body = _named_body(toks, who - 2 if toks[who - 1].text == "," else who - 1)
        if body is not None:  # "approval from the Trade Board, which said", "the Port Police which reported"
            return _mention(toks, *body)
    named = _name_before_aside(toks, k) if k >= 3 and toks[k].text == "," else None
    if named is not None:
        return _mention(toks, *named)
    aside = k >= 0 and toks[k].text in ",)"
    k = adv if adv is not None else _skip_adverbial_back(toks, _skip_appositive_back(toks, k, 0), 0)
    if k >= 3 and toks[k].low == "that" and toks[k - 1].low in _ISSUED_NOUNS:
        return _issuer(toks, k - 1)  # "X ran an ad that urges voters to “Q”": the ad speaks for X
    rng = np_before(toks, k, 0) if k >= 0 else None
    if rng is not None:
        rng = _source_before_modifier(toks, rng)
        if _object_of_infinitive(toks, rng, v):
            return None  # "she would like Trump to explain ...": Trump has not spoken
        return _mention(toks, *(_first_named(toks, rng) or _unclosed_appositive(toks, rng) or rng))
    if k < 0 or toks[k].text in ",:;":
        rng = np_after(toks, after, len(toks))
        if rng is not None and (toks[rng[0]].cap or toks[rng[0]].low in _PRONOUNS):
            return _mention(toks, *rng)
    if v > 0 and toks[v - 1].low == "to":
        if v > 3 and toks[v - 3].low in BE_FORMS and not toks[v - 2].cap:
            rng = np_before(toks, v - 4, 0)  # "Mr. Trump was prompted to say", "X is quick to say"
            if rng is not None and toks[rng[0]].cap:
                return _mention(toks, *rng)
        return _clause_subject(toks, v - 1)  # "X went so far as to say", "X declined to say"
    return _fronted_subject(toks, v) if aside else None


# Things a speaker puts out that then "say" or "urge" in the speaker's name.
_ISSUED_NOUNS = DOCUMENT_NOUNS | {"ads", "advert", "advertisement", "commercial", "spot", "piece", "article",
                                  "editorial", "column", "op-ed", "leaflet", "mailer"}
_MAX_ISSUED_MODIFIERS = 4


def _issuer(toks: list[_Tok], noun: int) -> Mention | None:
    """The subject of the verb that puts out the thing a relative clause makes speak ("Roe is
    releasing a new 30-second ad that urges ...", "The Ledger ran a piece that noted ..."): Roe, the
    Ledger. Only a determiner and a few modifiers may stand between that verb and the noun."""
    d = noun - 1
    while d > 0 and noun - d <= _MAX_ISSUED_MODIFIERS and toks[d].low not in _DETERMINERS:
        if not toks[d].text[0].isalnum() or toks[d].cap and not toks[d].text[0].isdigit():
            return None
        d -= 1
    if d < 1 or toks[d].low not in _DETERMINERS:
        return None
    verb = toks[d - 1]
    if verb.cap or not verb.text.isalpha() or verb.low in _NP_STOP:
        return None
    return _clause_subject(toks, d)


_REPORTED_PASSIVES = frozenset({"quoted", "cited", "reported", "heard", "overheard", "recorded"})
_MAX_REPORTER_WORDS = 8
_REPORTER_LINKS = frozenset({"by", "in", "on"})  # "quoted by Reuters", "quoted in a filing", "on air"


def _quoted_as(toks: list[_Tok], k: int) -> Mention | None:
    """The subject of "X was quoted as saying": the one quoted speaks, not the reporter or the record
    a phrase names ("X was quoted by the state news agency as saying", "quoted in the filing as")."""
    p = k - 1
    if toks[p].low not in _REPORTED_PASSIVES:  # back over "by the state news agency", "in the filing"
        by = next((j for j in range(p, max(0, p - _MAX_REPORTER_WORDS), -1)
                   if toks[j].low in _REPORTER_LINKS), -1)
        if by < 1 or any(t.text in _STOPS_PUNCT for t in toks[by:k]):
            return None
        p = by - 1
    if toks[p].low not in _REPORTED_PASSIVES:
        return None
    b = _skip_aux_back(toks, p - 1, 0)
    if b == p - 1 or not any(t.low in BE_FORMS for t in toks[b + 1:p]):
        return None  # "the agency quoted X as saying": X is the object, found the usual way
    if b >= 2 and toks[b].low == "who" and toks[b - 1].text == ",":
        b -= 1  # "run by Ann Roe(, a chemist), who is quoted as saying": the name the relative hangs on
    if b >= 1 and toks[b].text == ",":  # "The harbour master, Ann Roe, was quoted", "Ann Roe, 61, was"
        rng = np_before(toks, b - 1, 0)
        if rng is None or not toks[rng[0]].cap:
            rng = np_before(toks, _skip_appositive_back(toks, b, 0), 0)
    else:
        rng = np_before(toks, b, 0) if b >= 0 else None
    if rng is None or not (toks[rng[0]].cap or toks[rng[0]].low in _PERSON_PRONOUNS):
        return None
    return _mention(toks, *rng)


_STOPS_PUNCT = frozenset({",", ";", ":", "“", "”", "\""})


def _named_body(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The named body ending at toks[k] ("the Trade Board": "the" and two or more capitalised
    words), which a "which" after it can stand for as a speaker; a place ("Lyon, France,") is none."""
    rng = np_before(toks, k, 0)
    if rng is None or toks[rng[0]].low != "the" or rng[1] - rng[0] < 3:
        return None
    return rng if all(t.cap and t.text.isalpha() for t in toks[rng[0] + 1:rng[1]]) else None


def _recording_before(toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] introduces a recording of the person named after it ("footage of", "a clip
    showing"): that person speaks the words, not the subject of the sentence (an "account of X
    telling" or "think of X saying" is no recording and keeps its usual reading)."""
    low = toks[i].low
    return low in _SHOWING or low == "of" and toks[i - 1].low in _RECORDINGS


def _object_appositive(toks: list[_Tok], comma: int) -> bool:
    """Whether the name after ``comma`` is set beside a role that is an object: "Bell praised his
    rival, Ann Roe, saying ..." (Bell says it), not "said his rival, Ann Roe, adding ..."."""
    rng = np_before(toks, comma - 1, 0)
    if rng is None or toks[rng[0]].cap or toks[comma - 1].low not in ROLE_NOUNS or rng[0] == 0:
        return False
    v = rng[0] - 1  # an inverted cue right after a quote: "“Q,” said his rival, X, adding"
    if toks[v].low in _SHOWING:
        return False  # "minutes record his deputy, Ann Roe, telling": the recorded person speaks
    return _verb_at(toks, v) is None or v > 0 and toks[v - 1].text != ","


def _source_before_modifier(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """The source a post-modifier hangs on: "a diplomat involved in the preparations said", "people
    familiar with the talks said" are the diplomat and the people, not the preparations or the talks."""
    i = rng[0]
    if i >= 3 and UNNAMED_POST_MODIFIERS.get(toks[i - 2].low) == toks[i - 1].low:
        return np_before(toks, i - 3, 0) or rng
    return rng


def _first_named(toks: list[_Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The first of two names that open their clause as joint subjects ("Ann Roe and Tom Hall both
    denounced"): a joint statement goes to the first-named, as after a colon."""
    if rng[0] < 2 or toks[rng[0] - 1].low != "and" or not toks[rng[1] - 1].cap:
        return None
    first = np_before(toks, rng[0] - 2, 0)
    if first is None or not toks[first[1] - 1].cap:
        return None
    opens = first[0] == _after_dateline(toks, first[0]) or toks[first[0] - 1].low in _JOINT_OPENERS
    return first if opens else None


_JOINT_OPENERS = frozenset({",", "that", "but", "what"})


def _second_participle(toks: list[_Tok], k: int) -> bool:
    """Whether the "and" at toks[k] joins a participle to one earlier in its phrase ("X spoke,
    shifting his focus and admitting that ..."): both hang on the clause's subject."""
    if toks[k].low != "and":
        return False
    j = k - 1
    while j >= 0 and toks[j].text != ",":
        if toks[j].low.endswith("ing") and not toks[j].cap:
            return True
        j -= 1
    return False


def _object_of_infinitive(toks: list[_Tok], rng: tuple[int, int], v: int) -> bool:
    """Whether the phrase before an infinitive cue is the object of a verb of asking ("urged Roe to
    say", "would like him to explain"): someone asked to speak, not a speaker."""
    if rng[1] >= v or toks[rng[1]].low != "to" or rng[0] == 0:
        return False
    before = toks[rng[0] - 1].low
    if before == "like":  # "would like X to", not "advisers like X to"
        return rng[0] > 1 and toks[rng[0] - 2].low == "would"
    return before in _ASKING_VERBS


def _fronted_subject(toks: list[_Tok], v: int) -> Mention | None:
    """A name opening the sentence and followed by a long aside before its verb: "Jane Roe, 59, of
    Ashton, Md., who watched the ceremony, said", "Rep. Ann Loft (D-Calif.), who ..., said"."""
    i = _after_dateline(toks, v)
    while i < v and toks[i].low in _NP_STOP:
        if toks[i].low in _FRONTED_PREPOSITIONS:
            return None  # "For Afghans, the phrase ...", "In March, the mayor ...": a phrase, not the subject
        i += 1  # "But Sen. Ann Loft (D-Ill.), ..."
    rng = np_after(toks, i, v)
    if rng is None or rng[1] + 1 >= v or not toks[rng[0]].cap or toks[rng[1]].text not in (",", "("):
        return None
    opener = toks[rng[1] + 1].low
    if opener in _NP_STOP and opener not in _RELATIVES and opener != "of":  # "X, of Springfield, said"
        return None  # "Moscow, in his view, should be": an aside of the speaker's, not an appositive
    return None if _is_possessor(toks[rng[1] - 1]) else _mention(toks, *rng)


def _extend_over_roles(toks: list[_Tok], rng: tuple[int, int], hi: int) -> tuple[int, int]:
    """Extend "Union" over role words to the name after them: "Union leader Sofia Brandt", "Trump
    campaign spokeswoman Hope Hicks" (a few lower-case words, the last one a role)."""
    k = rng[1]
    while k < hi and k - rng[1] < 3 and not toks[k].cap and toks[k].text[0].isalpha() \
            and toks[k].low not in _NP_STOP and toks[k].low not in QUOTE_VERBS:
        k += 1
    if k > rng[1] and k + 1 < hi and toks[k].cap and toks[k].low in ROLE_NOUNS and toks[k + 1].cap:
        k += 1  # "Oversight ranking Democrat Elijah Cummings"
    if k == rng[1] or k >= hi or not toks[k].cap or toks[k - 1].low not in ROLE_NOUNS:
        return rng
    name = np_after(toks, k, hi)
    return (rng[0], name[1]) if name else rng


def _after_dateline(toks: list[_Tok], v: int) -> int:
    """Index of the first word after a dateline opening the sentence ("MOSCOW — Lavrov said"), else 0."""
    i = 0
    while i < v and toks[i].text.isupper() and toks[i].text[0].isalpha():
        i += 1
    if 0 < i < v and (toks[i].text in _DASHES or toks[i].text == ":"):
        return i + 1
    return 0


_CLAUSE_BREAKS = _DASHES | {","}
# "a clip showing X saying", "minutes record X telling": the person shown or recorded speaks.
_SHOWING = frozenset({"shows", "showed", "showing", "show", "record", "records", "recorded", "recording",
                      "capture", "captures", "captured"})
_RECORDINGS = frozenset({"footage", "video", "videos", "clip", "clips", "tape", "tapes", "recording",
                         "recordings", "audio", "film"})


def _clause_subject(toks: list[_Tok], v: int) -> Mention | None:
    """The subject of the clause a participle hangs on ("Back in May, X did Y, saying ..."):
    the nearest noun phrase, at the sentence start or after a comma, that a verb-like word follows
    ("When Roe left, Hall stood up, calling ..." gives Hall; "Q, Roe said, adding ..." gives Roe). A dash
    closes an aside as a comma does ("Hastily acting ― as he did before ― Roe blamed ...")."""
    starts = [_after_dateline(toks, v)] + [i + 1 for i in range(v) if toks[i].text in _CLAUSE_BREAKS]
    possessive: Mention | None = None  # "Virginia's governor, Kaine, ...": only when nobody else
    named = _named_after_description(toks, starts[0], v)
    if named is not None:
        return named
    for n, i in reversed(list(enumerate(starts))):
        if i < v and toks[i].low in _PHRASE_PREPOSITIONS:
            continue  # "In an incendiary press conference, Trump ...": the phrase holds no subject
        while i < v and toks[i].low in _NP_STOP:
            if toks[i].low in QUOTE_VERBS:  # "X, who backs Y, said Z has been “Q”": Z is what X spoke of
                verb = _verb_at(toks, i)
                mention = _subject(toks, i, verb[1]) if verb is not None else None
                if mention is not None:
                    return mention
                break
            i += 1
        rng = np_after(toks, i, v)
        if rng is None or rng[1] >= v or toks[rng[1] - 1].text.capitalize() in _TIME_WORDS:
            continue  # "On Tuesday, X endorsed her": a day is no subject
        if rng[1] - rng[0] == 1 and toks[rng[0]].low == "it":
            continue  # "she vented that it would be “Q”": a thing, the person is further back
        if n and not toks[rng[0]].cap and toks[rng[0]].low not in _PRONOUNS:
            fronted = _fronted_subject(toks, v)  # "X, celebrating a win in his home state, is pledging"
            if fronted is not None:
                return fronted
        owner_end = rng[1]
        rng = _extend_over_roles(toks, rng, v)  # "Roe’s campaign manager Tom Hall said ..., adding"
        if rng[1] == owner_end and _is_possessor(toks[rng[1] - 1]):
            if toks[rng[1] - 1].text[:-2] not in _TIME_WORDS:  # "Monday's speech" is nobody's
                possessive = possessive or _mention(toks, *rng)
            continue
        if rng[1] >= v:
            continue  # the roles ran to the clause's end: no verb follows
        after = _after_parenthesis(toks, rng[1], v)  # "Sen. Pat Toomey (R-Pa.) refused ..."
        if after < v and toks[after].low == "of" and toks[rng[0]].cap:
            after = min(_skip_of_place(toks, after), v - 1)  # "Senator Bernie Sand of Vermont endorsed"
        nxt = toks[after] if after < v else toks[rng[1]]
        if nxt.text == "," and toks[rng[0]].cap:
            nxt = _after_aside(toks, after, v) or nxt  # "X, Y's spokesman, repeated", "X (D-Vt.), too, said"
        if nxt.low == "on" and after + 2 < v and toks[after + 1].text in WEEKDAYS:
            nxt = toks[after + 2]  # "X on Wednesday defended ...", "X (D-Vt.) on Friday criticized ..."
        one_word_participle = rng[1] - rng[0] == 1 and toks[rng[0]].low.endswith(("ing", "ed"))
        verb_like = nxt.low not in _NP_STOP or nxt.low in _AUX or nxt.low in ("said", "says")
        if nxt.text[0].isalpha() and verb_like and not nxt.cap and not one_word_participle:
            return _mention(toks, *rng)
    return possessive


def _after_parenthesis(toks: list[_Tok], i: int, v: int) -> int:
    """The index after a parenthesis opening at ``i`` (and closing before ``v``), else ``i``."""
    if i >= v or toks[i].text != "(":
        return i
    for j in range(i + 1, min(v, i + 8)):
        if toks[j].text == ")":
            return j + 1
    return i


def _named_after_description(toks: list[_Tok], i: int, v: int) -> Mention | None:
    """The name a sentence-opening description is followed by, between commas: "One early supporter,
    Representative Lee Zell, gave ..." (the bare "One" or "The" is no speaker)."""
    if i >= v or not (toks[i].low in _DETERMINERS or toks[i].cap and _is_possessor(toks[i])):
        return None  # "One early supporter, X, gave", "Schill's son, Grant, defended"
    k = i + 1
    while k < v and k - i < 6 and toks[k].text[0].isalpha() and toks[k].low not in QUOTE_VERBS:
        k += 1
    if k >= v or toks[k].text != "," or k == i + 1:
        return None
    name = np_after(toks, k + 1, v)
    if name is None or not toks[name[0]].cap:
        return None
    close = name[1]
    if close + 1 < v and toks[close].low == "and" and toks[close + 1].cap:  # "Ann Roe and Tom Hall,"
        other = np_after(toks, close + 1, v)
        close = other[1] if other is not None else close
    if close + 1 >= v or toks[close].text != ",":
        return None
    after = toks[close + 1]
    if after.cap:
        after = _after_aside(toks, close, v) or after  # "..., Republican of New York, gave"
    if not after.text[0].isalpha() or after.cap or after.low in _NP_STOP:
        return None
    return _mention(toks, *name)


def _after_aside(toks: list[_Tok], comma: int, v: int) -> _Tok | None:
    """The word after the comma that closes an appositive opened at ``comma``, if any before ``v``;
    an aside opening with a preposition ("Moscow, in his view, should") is no appositive, unless it is
    a discourse marker that leaves the subject speaking ("Roe, for her part, has been")."""
    if comma + 1 >= v:
        return None
    if toks[comma + 1].low in _NP_STOP and toks[comma + 1].low not in _RELATIVES:
        end = comma + 2
        while end < min(v, comma + 5) and toks[end].text != ",":
            end += 1
        if end + 1 < v and toks[end].text == "," and " ".join(t.low for t in toks[comma + 1:end]) in _MARKERS:
            return toks[end + 1]
        return None
    for j in range(comma + 1, min(v, comma + 16)):
        if toks[j].text == ",":
            return toks[j + 1] if j + 1 < v else None
    return None


def _sentence_tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    """Tokens of text[lo:hi] after its last sentence end; only a window holding . ! or ? is cut."""
    toks = _tokens(text, lo, hi)
    if _STOPS.search(text, lo, hi) is None:
        return toks
    return _cut_at_sentence(toks)


def _cut_at_sentence(toks: list[_Tok]) -> list[_Tok]:
    """Lead tokens after the last sentence end (a closing mark glued to a sentence: said.”Let’s)."""
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text in ".!?" and not _is_abbrev_dot(toks, i):
            return toks[i + 1:]
    return toks


_LABEL_WORD = re.compile(r"[A-Z][A-Z'’&-]+")


def _kind(content: str, words: int, ctx: _Context) -> Kind:
    """Direct for a full clause that starts its sentence or follows a cue; partial for a fragment.

    Length decides between the two for quotes that continue a sentence: a fragment is short (fewer
    than ten words, or a few capitalised words such as a name or a slogan), anything longer is
    a clause quoted in full, which the guidelines count as direct even after "said that"."""
    first = next((c for c in content if c.isalpha()), "")
    if words >= _MIN_CLAUSE_WORDS and not first.islower():
        return "direct"  # whatever the words before it (so those are not tokenised)
    body = [t for t in ctx.tail if t.text not in _DASHES and t.text not in "()"]
    if words >= _MIN_CLAUSE_WORDS:
        return "partial" if body and _continues_clause(body, content) else "direct"
    if not body or ctx.tail[-1].text in _DASHES and all(_LABEL_WORD.fullmatch(t.text) for t in body):
        return "direct"  # "OVERHEARD — “Q”": a newsletter's section label opens the item, not a clause
    introduced = len(body) >= 2 and body[-1].text in ":," and body[-2].low in QUOTE_VERBS
    if first.islower() and not introduced:
        return "partial"
    last = body[-1]
    if last.text in ":," or last.low == "that" or last.low in QUOTE_VERBS:
        return "direct"
    return "partial" if words <= _MAX_CAPITAL_FRAGMENT_WORDS else "direct"


def _continues_clause(body: list[_Tok], content: str) -> bool:
    """Whether a long quote is a relative clause hung on the noun before it ("praised the staff,
    “who stayed …”"): a fragment however long, unless it runs on past a sentence end; other long
    quotes count as clauses in full."""
    return (body[-1].text == "," and content.split(None, 1)[0].lower() in _RELATIVES
            and _STOPS.search(content.rstrip(".!?…\"'”’ ")) is None)


def _passive_agent(ctx: _Context, trail: list[_Tok]) -> tuple[str, Mention] | None:
    """The cue and the named agent of a passive cue around the quote: "has been called “Q” by X"."""
    tail = ctx.tail
    n = len(tail)
    k = n - 1 if n and tail[-1].low == "as" else n  # "was described as “Q” by X"
    if k < 2 or tail[k - 2].low not in BE_FORMS:
        return None
    verb = _verb_at(tail, k - 1, passive=True)
    if verb is None:
        return None
    rng = np_after(trail, 1, len(trail))
    if rng is None or not trail[rng[0]].cap:
        return None
    mention = _mention(trail, *rng)
    return (verb[0], mention) if mention is not None else None


def _what_cue(ctx: _Context) -> bool:
    """Whether a "what X called" right before the mark names the speaker: in "under what Mr. Hedge
    called ''the old model,'' the club ...", the words after the quote are no attribution."""
    if not ctx.what_before():
        return False  # most quotes: the words before them are not even tokenised
    tail = ctx.tail
    n = len(tail)
    if n < 3 or _verb_at(tail, n - 1) is None and not (tail[-1].low == "as" and _verb_at(tail, n - 2)):
        return False
    return any(t.low == "what" for t in tail[max(0, n - 7):n - 2])


def _introduced(ctx: _Context) -> bool:
    """A cue and a comma or colon right before the mark: "she shook her head and said, “No.”" quotes
    a one-word answer, which is no scare quote."""
    tail = ctx.tail
    return len(tail) >= 2 and tail[-1].text in ",:" and _verb_at(tail, len(tail) - 2) is not None


def _trailing_ok(content: str, attr: _Attr, text: str, ctx: _Context, close_end: int) -> bool:
    """A trailing cue attributes the quote when the quote ends in , ? ! — (inside the marks, or just
    outside them in British and German style: „Q“, X said), when it is a dash and a name (“Q.” — X,
    where), or when the cue ends the sentence."""
    last = content.rstrip(_NESTED_CLOSERS)[-1:]  # “Q ‘R,’” X said: the comma inside the nested quote
    rest = text[attr.end:ctx.sent_end]
    next_mark = rest.lstrip()[:1]  # the first character after the cue, "" at the sentence's end
    if last == "," and next_mark == ":" and ctx.lead_has_word():
        return False  # "After X said it was “Q,” Roe said: “Q2”": the colon's cue is Q2's
    if last in ",?!—–-…:;" or text[close_end:close_end + 1] in _OUTSIDE_COMMAS:
        return True
    if attr.cue in _DASHES and next_mark in ("", ","):
        return True  # “Q.” — X, in a message to supporters: the dash and name are the whole cue
    words = rest.split()
    if words and words[0] == "," and attr.mention is not None and text[attr.start:attr.end].startswith(
            attr.cue):
        return True  # “Q” to Mr. Hall, said David Axel, a former strategist for the campaign.
    if last == "." and next_mark == ":":
        return False  # “Q.” Mr. Osei said: “Q2”: a new sentence whose cue introduces what follows
    if last == "." and words and (words[0].lower() in _CLAUSE_OPENERS or ctx.lead_has_word()):
        # “Q.” X said they would vote no / Hall said Roe "caused harm." Berg called Hall a "liar.":
        # a new sentence reporting something else
        return False
    if words and words[0].lower() in _PHRASE_PREPOSITIONS:
        return " that " not in f" {rest} "  # “Q.” Roe said in an interview with the paper on Sunday.
    return len(words) <= 6 and " that " not in f" {rest} "


class _Context:
    """What surrounds one quoted span. Everything before the opening mark is found lazily: most
    quotes are settled by the words after them, and the rest often only need the last words of the
    sentence before them (``tail``), to tell direct from partial."""

    __slots__ = ("_text", "_lo", "_hi", "_lead_lo", "_lead", "_tail", "_para_lo", "trail", "sent_end")

    def __init__(self, text: str, lo: int, hi: int, para_lo: int, trail: list[_Tok], sent_end: int) -> None:
        self._text, self._lo, self._hi, self._para_lo = text, lo, hi, para_lo
        self.trail, self.sent_end = trail, sent_end
        self._lead_lo = -1
        self._lead: list[_Tok] | None = None
        self._tail: list[_Tok] | None = None

    @property
    def lead_start(self) -> int:
        if self._lead_lo < 0:
            self._lead_lo = sentence_start(self._text, self._lo, self._hi)
        return self._lead_lo

    @property
    def lead(self) -> list[_Tok]:
        if self._lead is None:
            self._lead = _sentence_tokens(self._text, self.lead_start, self._hi)
        return self._lead

    @property
    def tail(self) -> list[_Tok]:
        if self._tail is None and self._lead is not None:
            # The tail only serves its last two words, which the whole lead has too.
            self._tail = self._lead
        if self._tail is None:
            text, lo, hi = self._text, self.lead_start, self._hi
            cut = _SPACE.search(text, hi - _TAIL_CHARS, hi) if hi - _TAIL_CHARS > lo else None
            # A tail starting after a space tokenises exactly like the end of the whole lead.
            tail = _sentence_tokens(text, cut.end(), hi) if cut else self.lead
            if cut and sum(1 for t in tail if t.text not in _DASHES and t.text not in "()") < 2:
                tail = self.lead
            self._tail = tail
        return self._tail

    @property
    def para_start(self) -> bool:
        """Whether the quote opens its paragraph (only blanks before the opening mark)."""
        return _BLANK_TO.match(self._text, self._para_lo, self._hi) is not None

    def colon_before(self) -> bool:
        """Cheap test: can the last token before the quote be a colon?"""
        return self._text.find(":", self._lo, self._hi) >= 0

    def what_before(self) -> bool:
        """Cheap test: can a "what" stand among the words before the quote?"""
        return _WHAT.search(self._text, self._lo, self._hi) is not None

    def lead_has_word(self) -> bool:
        """Whether the lead holds an alphabetic word (then a cue-less quote is not a follow-on)."""
        return any(t.text.isalpha() for t in self.tail) or any(t.text.isalpha() for t in self.lead)



# Paragraph bounds are searched within this many characters, so text with no line breaks costs
# linear time (a news paragraph is far shorter).
_PARA_WINDOW = 4000


_DASH_CHARS = frozenset("—–-")
# A quote paragraph signed on the next line: “Q”¶— Jane Roe, mayor of Springfield.
_SIGNATURE = re.compile(r"[ \t]*\n\s*[—–-]{1,2}[ \t]*(?=\w)")


def _signed_below(text: str, sp: QuotedSpan) -> Mention | None:
    """The name on the line below a quote that ends its paragraph, after a dash."""
    dash = _SIGNATURE.match(text, sp.close_end)  # only blanks after the quote, then the dash
    if dash is None:
        return None
    line_end = _line_end(text, dash.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[dash.end():line_end].rstrip().rstrip(".").rstrip()[-1:] in _DASH_CHARS:
        return None  # "– A long road –": a crosshead between dashes, not a signature
    toks = _tokens(text, dash.end(), line_end)
    rng = np_after(toks, 0, len(toks)) if len(toks) <= 24 else None
    if rng is None or not toks[rng[0]].cap:
        return None
    return _mention(toks, *rng)


def _line_start(text: str, pos: int) -> int:
    """Start of the line (paragraph) holding ``pos``, looking back at most _PARA_WINDOW characters."""
    lo = max(0, pos - _PARA_WINDOW)
    return text.rfind("\n", lo, pos) + 1 or lo


def _line_end(text: str, pos: int) -> int:
    """End of the line holding ``pos`` (-1 at the end of the text), within _PARA_WINDOW characters."""
    hi = pos + _PARA_WINDOW
    end = text.find("\n", pos, hi)
    return end if end >= 0 or hi >= len(text) else hi

def _may_cue(text: str, lo: int, hi: int) -> bool:
    """Cheap test: can text[lo:hi] hold a cue (a speech verb or a dash)? Most windows cannot, and
    then they are never tokenised."""
    return _MAY_CUE.search(text, lo, hi) is not None


def _context(text: str, spans: list[QuotedSpan], idx: int) -> _Context:
    sp = spans[idx]
    para_lo = _line_start(text, sp.open_at)
    lo = max(para_lo, spans[idx - 1].close_end if idx else 0)
    para_hi = _line_end(text, sp.close_end)
    hi = min(len(text) if para_hi < 0 else para_hi,
             spans[idx + 1].open_at if idx + 1 < len(spans) else len(text))
    sent_end = sentence_end(text, sp.close_end, hi) if sp.close_end < hi else hi
    trail = _tokens(text, sp.close_end, sent_end) if _may_cue(text, sp.close_end, sent_end) else []
    return _Context(text, lo, sp.open_at, para_lo, trail, sent_end)


def _rstrip_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _colon_speaker(text: str, lead: list[_Tok], subject: Callable[[list[_Tok]], Mention | None]
                   ) -> Mention | None:
    """Who speaks the quote after a lead that ends in a colon, in this order: the owner of the words
    ("Hale’s reply:"), the lead's subject by the caller's rule ("Roe went further:"), a name just
    before the colon ("The last word went to the club's founder, Ann Roe:"), a name presented ("Here
    is Roe on the budget:")."""
    return _owned_words(lead) or subject(lead) or _colon_name(text, lead) or _presented(lead)


def _said_or_subject(toks: list[_Tok]) -> Mention | None:
    """The speaker of a sentence's last speech verb before its final token, else its clause subject."""
    return _speech_subject(toks, len(toks) - 1) or _clause_subject(toks, len(toks) - 1)


def _colon_intro(text: str, sp: QuotedSpan) -> _Attr | None:
    """A quote paragraph introduced by the previous paragraph ending in a colon ("From X:", "X said:")."""
    para_lo = _line_start(text, sp.open_at)
    prev_end = _rstrip_end(text, para_lo)
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    prev_lo = _line_start(text, prev_end)
    toks = _sentence_tokens(text, sentence_start(text, prev_lo, prev_end), prev_end)
    found = leading(toks)
    if found and found[1] <= 6:
        return found[0]
    # "He then listed the qualities he wants:", "X issued the following statement:": the colon
    # introduces the block whatever the verb; its speaker is the sentence's speaker or subject.
    speaker = _colon_speaker(text, toks, _said_or_subject)
    return _Attr(":", speaker, False, toks[-1].start, toks[-1].end) if toks else None


_INDEFINITE = frozenset({"a", "an", "one"})
_PERSON_HEADS = (ROLE_NOUNS | UNNAMED_SOURCE_NOUNS) - _INDEFINITE - _RECORDS - frozenset(
    {"some", "many", "several", "another", "others", "someone", "poll", "polls", "study", "survey"})


def _unnamed_person(lead: list[_Tok]) -> Mention | None:
    """An unnamed person ("an exhausted shopkeeper", "one farmer") in a lead that ends in a colon and
    has no speaker: "... the phrase a shopkeeper gave this newspaper: “Q”" is that person's."""
    found: Mention | None = None
    for k, t in enumerate(lead):
        if t.low in _PERSON_HEADS:
            i = k  # back over the adjectives: "an exhausted shopkeeper"
            while i > 0 and k - i < 3 and lead[i - 1].text.isalpha() and not lead[i - 1].cap \
                    and lead[i - 1].low not in _INDEFINITE and lead[i - 1].low not in _NP_STOP \
                    and lead[i - 1].low not in UNNAMED_SOURCE_NOUNS:
                i -= 1
            if i > 0 and lead[i - 1].low in _INDEFINITE:
                found = found or _mention(lead, i - 1, k + 1)
    return found


def _speech_subject(toks: list[_Tok], hi: int) -> Mention | None:
    """The subject of the last speech verb before token ``hi`` that has one, at any distance."""
    for v in range(hi - 1, -1, -1):
        verb = _verb_at(toks, v)
        if verb is not None:
            mention = _subject(toks, v, verb[1])
            if mention is not None:
                return mention
    return None


def _previous_paragraph(text: str, sp: QuotedSpan) -> Mention | None:
    """The speaker of a quote paragraph with no cue: the one whose speech the previous paragraph's
    last sentence reports ("Rather, he said, the effort will grow.¶“Q”")."""
    para_lo = _line_start(text, sp.open_at)
    prev_end = _rstrip_end(text, para_lo)
    if prev_end == 0:
        return None
    prev_lo = _line_start(text, prev_end)
    while prev_end > prev_lo and text[prev_end - 1] in _SENTENCE_CLOSERS:
        prev_end -= 1
    toks = _sentence_tokens(text, sentence_start(text, prev_lo, prev_end), prev_end)
    mention = _first_speech_subject(toks) or _answerer(toks) or _topic_speaker(text, toks)
    return mention if mention is not None and mention.text.lower() not in ("they", "it") else None


_TOPIC_TURNS = frozenset({"returned", "returns", "returning", "turned", "turns", "turning"})
_POSSESSIVE_ENDS = ("'s", "’s")
_TURN_ADVERBS = frozenset({"again", "and", "repeatedly", "often", "later", "then", "once", "more", "finally",
                           "briefly", "quickly", "soon"})


def _topic_speaker(text: str, toks: list[_Tok]) -> Mention | None:
    """The subject of a sentence telling of a speaker coming to a topic ("Later, Roe returned again and
    again to her years as a judge.", "She then turned to the budget."; the topic opens on an article, a
    possessive or, after "turned to", a capital): the quote paragraph after it is what the speaker said on
    it. "Returned to" a bare capital is a trip ("returned to Oslo"), no topic; "returned to Norway's debts"
    is one. Only he, she, a person's role or a name given in full earlier: "Things returned to normal"
    names no one."""
    for v in range(1, len(toks) - 1):
        if toks[v].low not in _TOPIC_TURNS:
            continue
        j = v + 1
        while j < len(toks) and toks[j].low in _TURN_ADVERBS:
            j += 1
        topic = toks[j + 1] if j + 1 < len(toks) and toks[j].low == "to" else None
        if topic is not None and (topic.low in _NOUN_MARKERS or topic.low in _DETERMINERS or topic.cap and (
                toks[v].low.startswith("turn") or topic.low.endswith(_POSSESSIVE_ENDS))):
            subject = _named_subject(toks)  # "turned to the budget", not "turned to leave"
            return subject if subject is not None and _a_person(text, subject) else None
    return None


def _a_person(text: str, subject: Mention) -> bool:
    """Whether a subject stands for a person: he or she, a role noun, a name of two capitalised words,
    or one word that ends a name of two capitalised words earlier in the text ("Nia Okafor ... Okafor")."""
    words = subject.text.split()
    if subject.text.lower() in ("he", "she") or words[-1].lower() in _PERSON_HEADS:
        return True
    if not all(w[0].isupper() for w in words) or not _names_past_the_opening(subject.text):
        return False
    if len(words) >= 2:
        return True
    return re.search(rf"[A-Z][\w’'.-]+ {re.escape(words[0])}(?![\w’'-])", text[:subject.start]) is not None


def _sentence_just_before(text: str, sp: QuotedSpan) -> list[_Tok] | None:
    """The tokens of the sentence before the quote's mark in its paragraph, None when it opens one;
    read once for both the manner and the reported-speech rules."""
    para_lo = _line_start(text, sp.open_at)
    end = _rstrip_end(text, sp.open_at)
    if end <= para_lo:
        return None
    return _tokens(text, sentence_start(text, para_lo, end - 1), end)


def _reported_just_before(toks: list[_Tok]) -> Mention | None:
    """The speaker of a cue-less quote opening a sentence: the one whose speech the sentence before
    it (``toks``), in the same paragraph, reports ("Roe said she would back the plan. “Q”")."""
    mention = _first_speech_subject(toks) or _answer_source(toks) or _named_subject(toks) \
        or _described_name_before(toks)
    return mention if mention is not None and mention.text.lower() not in ("they", "it") else None


def _described_name_before(toks: list[_Tok]) -> Mention | None:
    """The name a relative clause of mood describes in the sentence before a cue-less quote: "The
    pass came from Ann Roe, who was less pleased. “Q”" is Ann Roe's."""
    for k in range(len(toks) - 3, 1, -1):
        if toks[k].low == "who" and toks[k - 1].text == "," and toks[k + 1].low in _FINITE_BE:
            rng = np_before(toks, k - 2, 0)
            if rng is not None and _full_name(toks, rng):
                return _mention(toks, *rng)
    return None


def _asked_subject(lead: list[_Tok]) -> Mention | None:
    """The one asked in a lead that opens on "Asked about X," and goes on with a clause of its own:
    "Asked about the goal, he shrugged: “Q”" is his answer."""
    if len(lead) < 4 or lead[0].low != "asked" or lead[-1].text not in ":,":
        return None
    subject = _clause_subject(lead, len(lead) - 1)
    return subject if subject is not None and subject.start > lead[0].start else None


def _manner_just_before(toks: list[_Tok]) -> Mention | None:
    """The speaker of a cue-less quote after a sentence (``toks``) saying how someone spoke, in the same
    paragraph: "Roe was blunter. “Q”" (as "Roe was blunter: “Q”"), however short the quote."""
    return _manner_colon(toks, (":", "."))


def _named_subject(toks: list[_Tok]) -> Mention | None:
    """The subject of a sentence with no speech verb when it names someone or is he/she ("Roe touted
    her record. “Q”": a quote that follows a sentence about what its subject did is that subject's)."""
    subject = _clause_subject(toks, len(toks))
    if subject is None or not (_named(subject.text) or subject.text.lower() in ("he", "she")):
        return None
    return _owned_body(toks, subject) or subject


def _owned_body(toks: list[_Tok], owner: Mention) -> Mention | None:
    """The body a possessive subject owns, when one follows it: "Roe's office offered a comment" is
    the office's comment, not Roe's (as in "Roe's office said")."""
    j = next((n + 1 for n, t in enumerate(toks) if t.end == owner.end), len(toks))
    if j >= len(toks) or not _is_possessor(toks[j - 1]) or toks[j].low not in ORGANISATION_HEADS:
        return None
    return _mention(toks, next(n for n, t in enumerate(toks) if t.start == owner.start), j + 1)


# A sentence with no speech verb that still tells of someone answering ("X offered only a brief comment.",
# "Asked about it, she paused.", "That drew a sharp reply from Y."): the quote after it is the answer.
_ANSWER_WORDS = frozenset({"comment", "comments", "response", "responses", "reply", "replies", "answer",
                           "answers", "remark", "remarks", "retort", "rejoinder", "explanation", "paused",
                           "shrugged", "smiled", "nodded", "hesitated", "grinned", "frowned", "winced"})


def _answer_source(toks: list[_Tok]) -> Mention | None:
    """The name an answer word comes from, when it ends the sentence or only an aside follows it:
    "That drew a sharp reply from Rep. Ann Roe, D-Md."."""
    for at in range(len(toks) - 2):
        if toks[at].low in _ANSWER_WORDS and toks[at + 1].low == "from":
            rng = np_after(toks, at + 2, len(toks))
            if rng is not None and toks[rng[0]].cap and (rng[1] == len(toks) or toks[rng[1]].text in ",."):
                return _mention(toks, *rng)
    return None


def _answerer(toks: list[_Tok]) -> Mention | None:
    """Who answers in a sentence with no speech verb that tells of an answer: the one an answer word
    comes from ("drew a sharp reply from Ann Roe"), else the subject when it is he, she, a bare name
    or a person's role. A subject led by another article ("the White House") or a possessive ("If
    Roe's record is a guide") names no one answering across a paragraph break."""
    if not any(t.low in _ANSWER_WORDS for t in toks):
        return None
    source = _answer_source(toks)
    if source is not None:
        return source
    subject = _named_subject(toks)
    if subject is None or subject.text.lower() in ("he", "she"):
        return subject
    words = subject.text.split()
    if words[-1].endswith(("'s", "’s")):
        return None
    if words[0].lower() in _ARTICLES and words[-1].lower() not in _PERSON_HEADS:
        return None
    return subject


def _first_speech_subject(toks: list[_Tok]) -> Mention | None:
    """The subject of the first speech verb that has one: the main clause's, not that of a verb in
    what it reports ("Roe said she would act if the council asked")."""
    for v in range(len(toks)):
        verb = _verb_at(toks, v)
        mention = _subject(toks, v, verb[1]) if verb is not None else None
        if mention is not None:
            return mention
    return None


def _colon_name(text: str, lead: list[_Tok]) -> Mention | None:
    """A verbless lead that ends in a name and a colon: Donald Trump: “Q”; after a label and a dash
    ("Polls were early - Ann Roe and Tom Hall: “Q”"), or after a role noun ("... surprise Republican
    pollster Ann Roe: “Q”")."""
    if len(lead) < 2 or lead[-1].text != ":":
        return None
    floor = 0
    lo, hi = lead[0].start, lead[-1].start
    dash = max(text.rfind(" - ", lo, hi), text.rfind(" — ", lo, hi))
    if dash >= 0:
        floor = next(i for i, t in enumerate(lead) if t.start > dash)
        floor += lead[floor].text in _DASHES  # " — " is a token of its own, " - " none
    rng = np_before(lead, len(lead) - 2, floor)
    if rng is None or not lead[rng[1] - 1].cap:
        return None
    if rng[0] - 2 >= floor and lead[rng[0] - 1].low == "and":  # a joint statement: the first-named
        first = np_before(lead, rng[0] - 2, floor)
        if first is not None and lead[first[0]].cap:
            rng = first
    if rng[0] == floor or (rng[1] - rng[0] >= 2 and lead[rng[0] - 1].low in ROLE_NOUNS):
        return _mention(lead, *rng)
    return None


_WORDS_NOUNS = _SPEECH_NOUNS | {"word", "words"}


def _owned_words(lead: list[_Tok]) -> Mention | None:
    """The owner of the speech noun that ends a lead before a colon ("a blind faith in Roe’s word:",
    "Hale’s reply:"): the block after the colon is that owner's words."""
    if len(lead) < 3 or lead[-1].text != ":" or lead[-2].low not in _WORDS_NOUNS:
        return None
    return _owner(lead, len(lead) - 2)


_HERE_IS = frozenset({"here’s", "here's"})


def _presented(lead: list[_Tok]) -> Mention | None:
    """The name a writer presents before a colon ("Here’s Roe in May 2001: “Q”", "Here is Roe on the
    budget:"): the quote is that person's."""
    if len(lead) < 3 or lead[-1].text != ":":
        return None
    start = next((i for i in range(len(lead) - 2, -1, -1) if lead[i].text in _CLAUSE_BREAKS), -1) + 1
    at = start + 1 if lead[start].low in _HERE_IS else start + 2 if lead[start].low == "here" and \
        lead[start + 1].low == "is" else -1
    rng = np_after(lead, at, len(lead) - 1) if at >= 0 else None
    if rng is None or not (lead[rng[0]].cap or lead[rng[1] - 1].low in ROLE_NOUNS):
        return None  # "Here’s the thing:" presents no one
    return _mention(lead, *rng)


def _labelled_name(text: str, lead: list[_Tok]) -> Mention | None:
    """The name between a dash and the colon before a quote, after a label ("Pollsters agree - Ann
    Roe: “Q”"): a digest line whose label may hold a verb."""
    if len(lead) < 4 or lead[-1].text != ":":
        return None
    lo, hi = lead[0].start, lead[-1].start
    if text.find(" - ", lo, hi) < 0 and text.find(" — ", lo, hi) < 0:
        return None
    return _colon_name(text, lead)


_FINITE_BE = frozenset({"is", "are", "was", "were"})
_DEGREE_WORDS = frozenset({"more", "less", "most", "even", "just", "as", "too", "very", "quite", "rather",
                           "no", "characteristically", "equally"})


_CLAUSE_LINKS = frozenset({"that", "who", "which", "whom"})
_MAX_ROLE_WORDS = 3


def _role_named_after_phrase(lead: list[_Tok]) -> Mention | None:
    """The name after lower-case role words that open the clause after a fronted phrase, when a verb
    follows it: "In an interview, deputy governor Ann Roe struck ..." gives Ann Roe."""
    comma = next((k for k in range(len(lead) - 2, -1, -1) if lead[k].text == ","), -1)
    if comma < 1 or lead[0].low not in _FRONTED_PREPOSITIONS and not lead[0].low.endswith("ing"):
        return None
    j = comma + 1
    while j < len(lead) and j - comma <= _MAX_ROLE_WORDS and lead[j].text.isalpha() and not lead[j].cap:
        j += 1
    if j == comma + 1 or j >= len(lead) or not lead[j].cap or lead[j - 1].low not in ROLE_NOUNS:
        return None
    rng = np_after(lead, j, len(lead))
    if rng is None or rng[1] >= len(lead) or not lead[rng[1]].text.isalpha() or lead[rng[1]].cap:
        return None
    return _mention(lead, *rng)


def _colon_subject(lead: list[_Tok]) -> Mention | None:
    """The named subject of a sentence whose predicate ends in a colon before the quote: "Deputy
    governor Ann Roe struck a more cautious note: “Q”", "In an interview, Roe went further: “Q”". A
    possessive ("His verdict:") or another's words in the predicate ("Roe read Hall's words:") name
    someone else."""
    if len(lead) < 3 or lead[-1].text != ":":
        return None
    if any(t.cap and _is_possessor(t) or t.low in _CLAUSE_LINKS for t in lead[:-1]):
        return None  # "X said that she had learned:", "Y, who told them:": the subject of which clause?
    subject = _clause_subject(lead, len(lead) - 1) or _role_named_after_phrase(lead)
    if subject is None:
        return None
    words = subject.text.split()
    person = sum(w[0].isupper() for w in words) >= 2 or subject.text.lower() in PERSON_PRONOUNS
    return subject if person else None  # "Giant screens showed a proclamation:" names no one


def _manner_colon(lead: list[_Tok], closers: tuple[str, ...] = (":",)) -> Mention | None:
    """The subject of "X was blunt: “Q”", "The minister was even more direct: “Q”": a person, a form of
    "be" and an adjective (after an adverb or two) right before the colon say how X spoke the quote.
    "The message was clear:" has no person for its subject and names no one. "His aide, Ann Roe, was
    blunter:" is the name's."""
    n = len(lead)
    if n < 4 or lead[-1].text not in closers or not lead[-2].text.isalpha() or lead[-2].cap \
            or lead[-2].low in _NP_STOP or lead[-2].low in _LINKING_VERBS or lead[-2].low in _OBJECT_CUES \
            or lead[-2].low.endswith("ing"):
        return None  # "Christie was thinking:", "Noor was asked:": a verb, not how X spoke
    k = n - 3
    while k > 0 and n - 3 - k < 2 and (lead[k].low in _DEGREE_WORDS or lead[k].low.endswith("ly")):
        k -= 1
    if k < 1 or lead[k].low not in _FINITE_BE:
        return None
    rng = _name_before_aside(lead, k - 1) if lead[k - 1].text == "," else np_before(lead, k - 1, 0)
    if rng is None:
        return None
    head = lead[rng[1] - 1]
    person = head.cap or head.low in _PERSON_PRONOUNS or head.low in ROLE_NOUNS \
        or head.low.rstrip("s") in ROLE_NOUNS
    return _mention(lead, *rng) if person else None


def _follows(text: str, prev: Candidate | None, prev_close: int, sp: QuotedSpan) -> bool:
    """A cue-less quote continues the previous quote's speaker when it sits right after it: in the
    same paragraph, or opening the next paragraph when only the previous cue stands between them."""
    if prev is None:
        return False
    gap = text[prev_close:sp.open_at]
    if "\n" not in gap:
        return True
    head, _, rest = gap.partition("\n")
    if rest.strip():
        return False
    if len(head.split()) <= _FOLLOW_GAP_WORDS:
        return True
    # “Q,” said X, the author of ''A Book,'' a biography of Y.¶“Q2”: only an appositive after the cue
    mention = prev.mention
    if mention is None or not prev_close <= mention.end <= prev_close + len(head):
        return False
    after = text[mention.end:prev_close + len(head)].split(None, 2)
    return len(after) >= 2 and after[0] == "," and after[1].lower() in _ARTICLES


def attribute(text: str, spans: list[QuotedSpan]) -> list[Candidate]:
    """Attributed direct and partial quote candidates for the quoted spans of ``text``."""
    out: list[Candidate] = []
    prev: Candidate | None = None
    prev_close = 0
    pending: tuple[QuotedSpan, Kind] | None = None  # a fragment waiting for the next quote's speaker
    label_close = -1  # where the last label ("known as “A”") closed, to catch “A” or “B”
    for idx, sp in enumerate(spans):
        if _known_as(text, sp) or label_close >= 0 and " ".join(
                text[label_close:sp.open_at].split()) in _JOINERS and not _BY_AFTER.match(text, sp.close_end):
            label_close, pending = sp.close_end, None
            continue
        label_close = -1
        if TURN_LABEL.match(text, sp.start):
            pending = None
            continue
        content = text[sp.start:sp.end]
        ctx = _context(text, spans, idx)
        cand = _candidate(text, sp, content, ctx, prev, prev_close)
        if _scare_label(text, sp, cand):
            pending = None
            continue
        if cand is not None and pending is not None and cand.mention is not None and ctx.trail \
                and (_joined(text, pending[0], sp) or _quote_paragraph_before(text, pending[0], sp)):
            out.append(Candidate(pending[0].start, pending[0].end, pending[1], None, cand.mention, 0.5))
        pending = None
        if cand is not None and cand.mention is not None:
            author = _statement_author(text, cand.mention)
            if author is not None:  # "“Q,” the statement said" after "In a statement, X said ..."
                cand = replace(cand, mention=author)
        if cand is not None and cand.kind == "partial" and _split_rest(text, prev, prev_close, sp):
            cand = replace(cand, kind="direct")
        if cand is not None:
            out.append(cand)
            prev, prev_close = cand, sp.close_end
        elif len(content.split(None, 2)) >= 2 and not title_like(content) and not _on_display(text, sp):
            pending = sp, "partial" if content[:1].islower() or content.count(" ") < 4 else "direct"
    return out


# "the statement said" speaks for whoever issued the statement named before it; not "the petition",
# filed in a dispute whose sentence may well have the other side for its subject.
_AUTHORED_NOUNS = DOCUMENT_NOUNS - {"petition"} | {"notice"}
_AUTHORED = re.compile(rf"(?:[Tt]he|[Tt]hat) ({trie_alternation(_AUTHORED_NOUNS)})")
# Each noun as a word of its own in any case, to find the statement's earlier mention.
_AUTHORED_NOUN = {w: re.compile(rf"(?<![^\W_]){w}(?![^\W_])", re.IGNORECASE) for w in _AUTHORED_NOUNS}
_AUTHOR_REACH = 1500


def _statement_author(text: str, mention: Mention) -> Mention | None:
    """The author of "the statement" a quote is given to: the speech subject (or the named subject)
    of the latest earlier sentence that mentions such a statement, within a few paragraphs ("In a
    statement, Ridgeway Mills said ... “Q,” the statement said" is Ridgeway Mills')."""
    m = _AUTHORED.fullmatch(mention.text)
    if m is None:
        return None
    noun = _AUTHORED_NOUN[m.group(1)]
    hits = list(noun.finditer(text, max(0, mention.start - _AUTHOR_REACH), mention.start))
    if not hits:
        return None
    pos = hits[-1].start()
    lo = sentence_start(text, _line_start(text, pos), pos)
    toks = _tokens(text, lo, sentence_end(text, pos, len(text)))
    n = next((i for i, t in enumerate(toks) if t.start == pos), -1)
    if n < 2:
        return None
    if toks[n - 2].low == "in" and _is_possessor(toks[n - 1]):
        author = _first_speech_subject(toks)  # "In a statement, X said", "X said in a statement"
    elif toks[n - 1].low in _INDEFINITE_ARTICLES and toks[n - 2].low in _ISSUING:
        author = _clause_subject(toks, n - 2)  # "X issued a statement"
    else:
        return None
    if author is None or author.text.lower() in _PERSON_PRONOUNS or _AUTHORED.fullmatch(author.text):
        return None
    return author


_JOINERS = frozenset({"", ",", "and", "or", ", and", ", or"})
_MAX_SPLIT_CUE_WORDS = 12


def _split_rest(text: str, prev: Candidate | None, prev_close: int, sp: QuotedSpan) -> bool:
    """Whether the quote is the second half of a split direct quote ("“A,” said X, “and b.”"): the
    guidelines count both halves as direct, though the second opens in lower case."""
    if prev is None or prev.kind != "direct" or text[prev.end - 1:prev.end] != ",":
        return False
    gap = text[prev_close:sp.open_at]
    return "\n" not in gap and gap.rstrip().endswith(",") and _STOPS.search(gap) is None \
        and len(gap.split()) <= _MAX_SPLIT_CUE_WORDS


def _joined(text: str, first: QuotedSpan, second: QuotedSpan) -> bool:
    """Whether only "and"/"or" or a comma join two quotes: “A” and “B,” X said gives A to X too."""
    between = text[first.close_end:second.open_at]
    if "\n" in between or _STOPS.search(between):
        return False
    return " ".join(between.split()) in _JOINERS or len(between.split()) <= 3 or _ends_with_cue(text, second)


def _quote_paragraph_before(text: str, first: QuotedSpan, second: QuotedSpan) -> bool:
    """Whether ``first`` is a whole cue-less quote paragraph right before the paragraph that ``second``
    opens ("“Q1”¶“Q2,” Roe said."): the speaker named after Q2 spoke Q1 too."""
    between = text[first.close_end:second.open_at]
    return "\n" in between and not between.strip() \
        and not text[_line_start(text, first.open_at):first.open_at].strip()


def _ends_with_cue(text: str, sp: QuotedSpan) -> bool:
    """Whether the sentence ends in a closing attribution after the quote (", he said."), which
    attributes every fragment of the sentence."""
    end = sentence_end(text, sp.close_end, min(len(text), sp.close_end + _MAX_TRAIL))
    tail = text[sp.close_end:end]
    comma = tail.rfind(",")
    if comma < 0:
        return False
    toks = _tokens(text, sp.close_end + comma + 1, end)
    return len(toks) <= 5 and (_verb_first(toks, 0) or _subject_then_verb(toks, 0)) is not None


def _candidate(text: str, sp: QuotedSpan, content: str, ctx: _Context,
               prev: Candidate | None, prev_close: int) -> Candidate | None:
    # Rules only compare the word count with small thresholds: stop counting past them.
    words = len(content.split(None, _MIN_CLAUSE_WORDS))
    if _named_work(text, sp, content) or _subhead(text, sp, words) or _on_display(text, sp) \
            or product_name(text, sp, content):
        return None
    agent = _passive_agent(ctx, _tokens(text, sp.close_end, ctx.sent_end)) \
        if _BY_AFTER.match(text, sp.close_end) else None
    if agent is not None:  # "has been called “strategic ambiguity” by Joshua Hend, a professor"
        return Candidate(sp.start, sp.end, _kind(content, words, ctx), agent[0], agent[1], 0.8)
    attr = trailing(text, ctx.trail) if ctx.trail and not _what_cue(ctx) else None
    if attr is not None and _trailing_ok(content, attr, text, ctx, sp.close_end):
        kind = _kind(content, words, ctx)
        if words < 2 and kind != "direct":
            return None
        return Candidate(sp.start, sp.end, kind, attr.cue, attr.mention, 0.9 if attr.mention else 0.6)
    if words < 2 and not _introduced(ctx):
        return None
    manner = _manner_colon(ctx.lead) if ctx.colon_before() else None
    if manner is not None:
        return Candidate(sp.start, sp.end, _kind(content, words, ctx), ":", manner, 0.7)
    labelled = _labelled_name(text, ctx.lead) if ctx.colon_before() else None
    if labelled is not None:  # "Pollsters agree - Ann Roe: “Q”": the label's verb is no cue
        return Candidate(sp.start, sp.end, _kind(content, words, ctx), ":", labelled, 0.7)
    # No cue regex first: the lead is tokenised by the later rules anyway, and leading() reads
    # only its last words.
    found = leading(ctx.lead)
    if found is not None:
        lead_attr, gap = found
        kind = _kind(content, words, ctx)
        if kind == "partial" or gap <= 8 or content[:1].islower():
            if lead_attr.mention is None and _same_sentence(text, prev, prev_close, sp.open_at):
                # "X said it was “messy,” adding, “Q”": the cue's subject spoke the quote before.
                return Candidate(sp.start, sp.end, kind, lead_attr.cue, None, 0.8, follows=True)
            source = _noun_source(ctx.lead) if kind == "partial" or lead_attr.mention is None else None
            if source is not None and source.end >= lead_attr.end:  # "X rejected a warning from Y that"
                return Candidate(sp.start, sp.end, kind, None, source, 0.7)
            mention = lead_attr.mention or _speech_subject(ctx.lead, len(ctx.lead)) \
                or _whole_sentence_subject(text, sp, ctx) or _asked_subject(ctx.lead) \
                or _colon_subject(ctx.lead) or _fronted_participle_subject(text, sp, ctx)
            return Candidate(sp.start, sp.end, kind, lead_attr.cue, mention, 0.8)
    colon = ctx.colon_before() and ctx.tail and ctx.tail[-1].text == ":"
    named = _colon_speaker(text, ctx.lead, _colon_subject) if colon else None
    if named is not None:
        return Candidate(sp.start, sp.end, _kind(content, words, ctx), ":", named, 0.7)
    if ctx.lead_has_word():
        kind = _kind(content, words, ctx)
        owned = _noun_source(ctx.lead) if kind == "partial" else None
        subject = owned or _sentence_subject(text, sp, content, ctx, owner_read=kind == "partial")
        if subject is not None:
            return Candidate(sp.start, sp.end, kind, None, subject, 0.5)
        # The same speaker goes on: "... were an “important step,” they were “far from perfect.”" in
        # one sentence; "“Q,” said X, a strategist. Unless rivals quit, ''Q2''" in one paragraph.
        goes_on = _same_sentence(text, prev, prev_close, sp.open_at) or (
            words >= _MIN_CLAUSE_WORDS // 2 and _same_paragraph(text, prev, prev_close, sp.open_at))
        if goes_on and not title_like(content):
            return Candidate(sp.start, sp.end, kind, None, None, 0.5, follows=True)
        unnamed = _unnamed_person(ctx.lead) if colon and words >= _MIN_CLAUSE_WORDS // 2 else None
        if unnamed is not None:
            return Candidate(sp.start, sp.end, "direct", ":", unnamed, 0.5)
        return None
    captioned = None if ctx.para_start else _caption_name(text, sp)
    if captioned is not None:
        return Candidate(sp.start, sp.end, "direct", None, captioned, 0.6)
    if ctx.para_start:
        intro = _colon_intro(text, sp)
        if intro is not None:
            return Candidate(sp.start, sp.end, "direct", intro.cue, intro.mention, 0.8)
    if not _same_paragraph(text, prev, prev_close, sp.open_at):
        before = _previous_sentence(text, sp)
        if before is not None:
            return Candidate(sp.start, sp.end, "direct", before.cue, before.mention, 0.7)
    signed = _signed_below(text, sp)
    if signed is not None:
        return Candidate(sp.start, sp.end, "direct", "—", signed, 0.7)
    if _follows(text, prev, prev_close, sp):
        return Candidate(sp.start, sp.end, "direct", None, None, 0.6, follows=True)
    sentence = None if ctx.para_start else _sentence_just_before(text, sp)
    manner = _manner_just_before(sentence) if sentence is not None else None
    if manner is not None:
        return Candidate(sp.start, sp.end, "direct", None, manner, 0.5)
    short = ctx.para_start and _short_sentence_paragraph(text, sp, content, words)
    if words >= _MIN_CLAUSE_WORDS // 2 or short:
        speaker = _previous_paragraph(text, sp) if ctx.para_start else (
            _reported_just_before(sentence) if sentence is not None else None)
        if speaker is not None:
            return Candidate(sp.start, sp.end, "direct", None, speaker, 0.5)
    return None


def _short_sentence_paragraph(text: str, sp: QuotedSpan, content: str, words: int) -> bool:
    """A short quote that is a whole sentence and its own paragraph ("he told reporters.¶“This is
    extremely irresponsible.”") goes on from the reported speech before it like a longer one."""
    if words < _MIN_SENTENCE_WORDS or not content[:1].isupper() or content.rstrip()[-1:] not in ".!?":
        return False
    line_hi = _line_end(text, sp.close_end)
    return not text[sp.close_end:line_hi if line_hi >= 0 else len(text)].strip()


_MIN_SENTENCE_WORDS = 3


def _subhead(text: str, sp: QuotedSpan, words: int) -> bool:
    """A short line that is only a quotation in single marks ('All Bets Are Off.') is a subhead in
    headline style, not speech: running text quotes in double marks."""
    if sp.double or words >= _MIN_CLAUSE_WORDS or sp.paragraphs > 1:
        return False
    line_hi = _line_end(text, sp.close_end)
    after = text[sp.close_end:line_hi if line_hi >= 0 else len(text)]
    if text[_line_start(text, sp.open_at):sp.open_at].strip() or after.strip():
        return False
    return not _after_quote_paragraph(text, sp) or title_like(text[sp.start:sp.end])


def _after_quote_paragraph(text: str, sp: QuotedSpan) -> bool:
    """Whether the paragraph before the quote's ends on a single closing mark: a short line in single
    marks right after a quote paragraph in single marks ('Not yet.') goes on with the quote; after
    quotes in double marks it is a subhead."""
    prev_end = _rstrip_end(text, _line_start(text, sp.open_at))
    return prev_end > 1 and text[prev_end - 1] in _SINGLE_CLOSERS \
        and text[prev_end - 2] not in _SINGLE_CLOSERS


_SINGLE_CLOSERS = "’'"  # a paragraph closing on '' or a double mark quotes in another style than the line


def _whole_sentence(text: str, sp: QuotedSpan, ctx: _Context) -> list[_Tok] | None:
    """The tokens of the quote's sentence up to its mark when the lead starts after an earlier quote
    in it ("Sanders said the process could be “messy,” adding, “Q”"), else None (the lead is all)."""
    lo = sentence_start(text, _line_start(text, sp.open_at), sp.open_at)
    return _sentence_tokens(text, lo, sp.open_at) if lo < ctx.lead_start else None


def _whole_sentence_subject(text: str, sp: QuotedSpan, ctx: _Context) -> Mention | None:
    """The speech subject of the whole sentence when the lead starts after an earlier quote in it."""
    toks = _whole_sentence(text, sp, ctx)
    return _speech_subject(toks, len(toks)) if toks is not None else None


def _same_paragraph(text: str, prev: Candidate | None, prev_close: int, open_at: int) -> bool:
    """Whether the previous quote closed earlier in this paragraph (no line break between)."""
    return prev is not None and "\n" not in text[prev_close:open_at]


def _same_sentence(text: str, prev: Candidate | None, prev_close: int, open_at: int) -> bool:
    """Whether the previous quote closed earlier in this sentence (no line break or full stop between)."""
    return _same_paragraph(text, prev, prev_close, open_at) and prev_close <= open_at \
        and _STOPS.search(text, prev_close, open_at) is None


def _sentence_subject(text: str, sp: QuotedSpan, content: str, ctx: _Context,
                      owner_read: bool = False) -> Mention | None:
    """The person a quoted fragment with no nearby cue belongs to: the subject of a speech verb
    earlier in its sentence ("Trump said ... he favours waterboarding and “a hell of a lot worse”"),
    else the subject of the sentence, when that is a name or a pronoun followed by a verb ("Trump
    launched into a lament for the “countless Americans”"). Quoted titles ("Meet the Press") name
    a work, not words said, and get no speaker. ``owner_read``: the caller found no speech noun's owner
    in the lead already."""
    if title_like(content):
        return None
    mention = (None if owner_read else _noun_source(ctx.lead)) or _speech_subject(ctx.lead, len(ctx.lead)) \
        or _answer_source(ctx.lead)
    if mention is not None:
        return mention
    toks = _whole_sentence(text, sp, ctx)
    if toks is None:
        toks = ctx.lead
    else:  # the lead starts after an earlier quote: read the whole sentence
        mention = _own_subject(text, toks, ctx) or _speech_subject(toks, len(toks))
        if mention is not None:
            return mention
    holder = _view_holder(toks)
    if holder is not None:
        return holder
    subject = _clause_subject(toks, len(toks))
    if subject is None or not (_named(subject.text) or subject.text.lower() in _PRONOUNS):
        return None
    if owner_read and not _names_past_the_opening(subject.text):
        return None  # a fragment after "The only ...", "A group ...": a scare quote nobody is named as saying
    return subject


_FRONT_OPENERS = frozenset({"and", "but", "yet", "so"})
_FRONT_LINKS = _GERUND_LINKS | {"since", "without"}
_ASIDE_ADVERBS = frozenset(m for m in _MARKERS if " " not in m) | {"then"}  # "“Q,” though, Roe did"


def _fronted_participle_subject(text: str, sp: QuotedSpan, ctx: _Context) -> Mention | None:
    """The subject of the main clause after a fronted participle that holds the cue ("Acknowledging
    that X “Q,” though, Roe did suggest ...", "And in explaining why those “Q” had failed, Roe
    described ..."): named after the comma that closes the participle's clause, before a verb."""
    lead = ctx.lead
    i = 0
    while i < len(lead) and (lead[i].low in _FRONT_OPENERS or lead[i].low in _FRONT_LINKS):
        i += 1
    if i >= len(lead) or lead[i].low not in _GERUND_CUES or any(t.text in ",;:" for t in lead[i:]):
        return None
    trail = _tokens(text, sp.close_end, ctx.sent_end)
    j = next((k for k, t in enumerate(trail) if t.text == ","), -1) + 1
    while 0 < j < len(trail) and (trail[j].low in _ASIDE_ADVERBS or trail[j].text == ","):
        j += 1
    rng = np_after(trail, j, len(trail)) if j > 0 else None
    if rng is None or rng[1] >= len(trail) or not (trail[rng[0]].cap or trail[rng[0]].low in _PRONOUNS):
        return None
    verb = trail[rng[1]]
    if not verb.text.isalpha() or verb.cap or verb.low in _NP_STOP:
        return None
    return _mention(trail, *rng)


def _own_subject(text: str, sentence: list[_Tok], ctx: _Context) -> Mention | None:
    """The named subject of a clause that opens after an earlier quote when that quote closed a
    fronted phrase ("In a clip that Roe called “vile,” Hall voiced a wish to “Q”") or a sentence
    glued to this one ("... I love it!”Hall then said"): the cue before belongs to another clause."""
    lead = ctx.lead
    first = 1 if lead and lead[0].text == "," else 0
    if len(lead) < first + 2 or not lead[first].cap:
        return None
    end = "," if first else text[:ctx.lead_start].rstrip().rstrip(_NESTED_CLOSERS)[-1:]
    opener = next((t.low for t in sentence if t.low not in _COORDINATORS and t.text != ","), "")
    if end not in ".!?" and not (end == "," and opener in _PHRASE_PREPOSITIONS):
        return None  # "And, in a clip ...," opens on a phrase too
    subject = _clause_subject(lead, len(lead))
    if subject is None or subject.start != lead[first].start or subject.text.endswith(("'s", "’s")):
        return None
    return subject


# Speech acts a that-clause spells out ("a warning from X that ...", "X's claim that ..."); neutral
# records (statement, report, note) are left out: their words are as often the subject's own reading.
_SOURCED_NOUNS = frozenset(w + s for w in (
    "warning", "claim", "accusation", "allegation", "call", "pledge", "promise", "vow", "threat", "demand",
    "assertion", "suggestion", "charge", "prediction", "admission", "boast", "complaint", "plea",
    "insistence", "argument", "remark", "comment") for s in ("", "s"))


def _noun_source(toks: list[_Tok]) -> Mention | None:
    """Whose words a fragment in a that-clause of a speech noun are: "rejected a warning from the agency
    X that the debt was “Q”" and "rejected X's warning that ..." quote X, not the one who rejected it."""
    for i in range(len(toks) - 2, 0, -1):
        if _verb_at(toks, i) is not None and toks[i].low not in _SOURCED_NOUNS:
            return None  # "a warning from X that Y called “Q”": Y speaks
        if toks[i].low not in _SOURCED_NOUNS:
            continue
        if any(t.low == "that" for t in toks[:i]) and _speech_subject(toks, i) is not None:
            return None  # "X said that Y's claim that ... is “Q”": the claim is what X spoke of
        if toks[i + 1].low in ("from", "by"):
            rng = np_after(toks, i + 2, len(toks))
            if rng is not None and rng[1] < len(toks) and toks[rng[1]].low == "that" and _named(
                    " ".join(t.text for t in toks[rng[0]:rng[1]])):
                return _mention(toks, *rng)
        elif toks[i + 1].low == "that" or _noun_opens_quote(toks, i):
            return _owner(toks, i)
    return None


def _noun_opens_quote(toks: list[_Tok], i: int) -> bool:
    """Whether the speech noun at toks[i] takes the quote itself ("Hart’s call for “Q”")."""
    return toks[i + 1].low in ("for", "of") and i + 2 == len(toks)


def _owner(toks: list[_Tok], i: int) -> Mention | None:
    """Who owns the speech noun at toks[i]: a possessive name ("Hart’s claim"), or "his claim" for
    the resolver to read."""
    if toks[i - 1].low.endswith(("'s", "’s")) and toks[i - 1].cap:
        rng = np_before(toks, i - 1, 0)
        mention = _mention(toks, *rng) if rng is not None else None
        return Mention(mention.text[:-2], mention.start, mention.end - 2) if mention is not None else None
    if toks[i - 1].low in _OWNER_PRONOUNS:
        return _mention(toks, i - 1, i + 1)  # "over her remark that “Q”"
    return None


_OWNER_PRONOUNS = frozenset({"his", "her"})


def _named(phrase: str) -> bool:
    """Whether a noun phrase may name someone: a capitalised word anywhere in it ("the FBI", "The
    Kazakh government")."""
    return any(w[0].isupper() for w in phrase.split())


# Words capitalised only because they open a sentence: "The", "A", "Several", "First", "Outside" name no
# one ("The only “Q” that ...", "A shop pitched as “Q”"); a possessive ("His") stands for its owner.
_NAMELESS_CAPITALS = (_DETERMINERS | _NUMBERS | _NP_STOP | _PLACE_PHRASE_OPENERS
                      | {"first", "do", "does", "did"}) - {"his", "her", "its", "their"}


def _names_past_the_opening(phrase: str) -> bool:
    """Whether a subject phrase is a pronoun or holds a capitalised word that is more than a function
    word opening the sentence."""
    return phrase.lower() in _PRONOUNS or any(
        w[0].isupper() and w.lower() not in _NAMELESS_CAPITALS for w in phrase.split())


def _view_holder(toks: list[_Tok]) -> Mention | None:
    """The named person a sentence opens on in "To X, ..." or "For X, ...": "To Ms. Roe, the plan is
    “Q”" is X's view when the quote completes a linking verb (an opinion); "For X, the phrase of the
    year is the one a shopkeeper offered: “Q”" is not. A capitalised name only: "To be sure" and "To
    date" hold no one."""
    i = _after_dateline(toks, len(toks))
    if i + 2 >= len(toks) or toks[i].low not in _VIEW_PREPOSITIONS or not toks[i + 1].cap \
            or not _opinion_predicate(toks):
        return None
    rng = np_after(toks, i + 1, len(toks))
    if rng is None or rng[1] >= len(toks) or toks[rng[1]].text != "," or _is_possessor(toks[rng[1] - 1]):
        return None
    return _mention(toks, *rng)


_LINKING_VERBS = BE_FORMS | frozenset({"seems", "seemed", "remains", "remained", "looks", "looked", "sounds",
                                       "sounded", "feels", "felt", "becomes", "became"})
_PREDICATE_REACH = 3  # "the plan is “Q”", "the talks are nothing but “Q”"


def _opinion_predicate(toks: list[_Tok]) -> bool:
    """Whether the words before the quote end on a linking verb and at most a few words after it."""
    for t in reversed(toks[-_PREDICATE_REACH - 1:]):
        if t.low in _LINKING_VERBS:
            return True
        if not t.text[0].isalpha():
            return False
    return False


def _named_work(text: str, sp: QuotedSpan, content: str) -> bool:
    """A quoted title after a possessive, a preposition or a media noun names a show, book or
    programme, not words anyone said: on CBS's “Face the Nation”, the author of “Hacked World Order”."""
    if not title_like(content, _MAX_WORK_TITLE_WORDS):
        return False
    return (_WORK_BEFORE.search(text, max(0, sp.open_at - _WORK_WINDOW), sp.open_at) is not None
            or _NAMED_BEFORE.search(text, max(0, sp.open_at - 30), sp.open_at) is not None)


_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_MAX_PRODUCT_WORDS = 4


def product_name(text: str, sp: QuotedSpan, content: str) -> bool:
    """A short quoted name, every word capitalised, between "its" and a lower-case noun names a
    company's product or scheme ("recalling its “Glow Two” kettles"): a name, not words said. Only
    "its": after "a", "the" or "their" PolNeAR quotes such labels as speech ("a “Stop X” movement")."""
    at = sp.open_at
    if at < 4 or text[at - 4:at - 1] not in ("its", "Its") or text[at - 1] not in " \t" \
            or at > 4 and text[at - 5].isalnum():
        return False  # not the word "its" and a space right before the quote
    words = _LETTERS.findall(content)
    return (0 < len(words) <= _MAX_PRODUCT_WORDS and all(w[0].isupper() for w in words)
            and content.rstrip()[-1:].isalnum() and _LOWER_WORD_AFTER.match(text, sp.close_end) is not None)


# "so-called “A”" and "what some call “A”" set a label off, in the writer's voice or nobody's.
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
_WHAT_SOME_CALL = re.compile(r"\bwhat\s+(?:some|many|others)(?:\s+people)?\s+(?:(?:have|would|might|now)\s+)?"
                             r"(?:call(?:ed)?|dub(?:bed)?|term(?:ed)?|describe(?:d)?\s+as)\s*$", re.I)
_LABEL_REACH = 50


def _scare_label(text: str, sp: QuotedSpan, cand: Candidate | None) -> bool:
    """Whether the quote is a label set off by "so-called" with no speech cue of its own ("battles
    over so-called “tent bans”"; "X called for taxing so-called “A”" keeps X's cue) or by "what some
    call", whose speakers are nobody in particular: a scare quote, never speech."""
    if cand is None or cand.kind != "partial":
        return False
    before = text[max(0, sp.open_at - _LABEL_REACH):sp.open_at]
    if _WHAT_SOME_CALL.search(before):
        return True
    return cand.cue is None and _SO_CALLED.search(before) is not None


def _known_as(text: str, sp: QuotedSpan) -> bool:
    """A name something goes by ("golf courses known as “goat farms”", "what became known as “the
    Buffett rule”") quotes nobody: a label, unless an agent follows ("known as “Q” by his staff")."""
    return text[max(0, sp.open_at - 12):sp.open_at].rstrip().endswith(" known as") \
        and not _BY_AFTER.match(text, sp.close_end)


def _on_display(text: str, sp: QuotedSpan) -> bool:
    """Words read off a placard, banner or sign: shown, not said by anyone."""
    lo = max(0, sp.open_at - 40)
    # The words before nearly every quote end in a letter other than that of "reading", "bearing" or
    # "with" (before a colon or comma and blanks): a test of one letter spares the search.
    before = text[lo:sp.open_at].rstrip().rstrip(":,")
    if before.endswith((" and", " or")):
        return _DISPLAY_LIST.search(text, max(0, sp.open_at - _DISPLAY_LIST_REACH), sp.open_at) is not None
    if before[-1:] not in _DISPLAY_LAST:
        return False
    return _DISPLAY_BEFORE.search(text, lo, sp.open_at) is not None


def title_like(content: str, max_words: int = _MAX_TITLE_WORDS) -> bool:
    """Short and every longer word capitalised: the title of a show, book or campaign."""
    if content.count(" ") >= max_words or _LOWER_LONG_WORD.search(content) is not None:
        return False
    letters = _LETTERS.findall(content)
    words = [w for w in letters if len(w) > 3 and w not in _TITLE_LOWER] or letters  # "The HP Way": all count
    return bool(words) and all(w[0].isupper() for w in words)


def _previous_sentence(text: str, sp: QuotedSpan) -> _Attr | None:
    """A speech cue with a named subject closing the sentence just before a cue-less quote
    ("..., Schiff said. “Q”")."""
    para_lo = _line_start(text, sp.open_at)
    end = _rstrip_end(text, sp.open_at)
    if end <= para_lo:
        return None
    toks = _tokens(text, sentence_start(text, para_lo, end - 1), end)
    if len(toks) < 3 or toks[-1].text != ".":
        return None
    found = leading(toks[:-1])
    if found is None or found[1] > 0 or found[0].mention is None:
        return None
    at = next((k for k, t in enumerate(toks) if t.start == found[0].mention.start), 0)
    if at and toks[at - 1].low in _QUESTION_WORDS:
        return None  # "Roe was asked whether the board agreed. “Q”": the cue is in the question
    return found[0]


_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})

# A caption line: "Photo: Ann Roe at her desk. “Q”", "Pictured (left): Tom Hall with the cup. “Q”".
_CAPTION = re.compile(r"(?:Photos?|Pictures?|Pictured|Images?|Caption|Above|Below|Top|Inset)"
                      r"(?:\s*\([^()\n]{1,20}\))?\s*:\s+")


def _caption_name(text: str, sp: QuotedSpan) -> Mention | None:
    """The person a photo caption names first, for a cue-less quote later in the caption: a caption
    shows who speaks in it. A credit ("Photo: Reuters.") names no one: the name must go on."""
    para_lo = _line_start(text, sp.open_at)
    label = _CAPTION.match(text, para_lo, sp.open_at)
    if label is None:
        return None
    toks = _tokens(text, label.end(), sentence_end(text, label.end(), sp.open_at))
    rng = np_after(toks, 0, len(toks))
    if rng is None or not _full_name(toks, rng) or rng[1] >= len(toks):
        return None
    nxt = toks[rng[1]]
    goes_on = nxt.text == "," or nxt.text.isalpha() and not nxt.cap  # "Ann Roe at ...", not "Ann Roe/AP"
    return _mention(toks, *rng) if goes_on and not text[toks[rng[1] - 1].end:nxt.start].strip() else None
