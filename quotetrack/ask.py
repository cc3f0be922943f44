"""Plain-English questions -> a ParsedQuery. Pure: no database, so names and topics stay phrases.

The parser only marks the phrases that name people and topics; the answerer (answer.py) resolves them
against the database, where aliases, misspellings and the taxonomy live. Dates are resolved here
(periods.py), against an injectable ``today``, because they do not depend on the data.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz.distance import OSA

from quotetrack.periods import MONTHS, UNIT, pull_dates

INTENTS = (
    "quotes", "who_said", "who_talked", "stance_who", "stance_person", "stance_change",
    "compare", "count_mentions", "most_quoted", "who_is", "unknown",
)

EXAMPLES = (
    'what did Lavrov say about withdrawal since March 2024',
    'who said "no military solution"',
    "who supports troop withdrawal",
    "has Noor's stance on the Taliban changed",
)


@dataclass(frozen=True)
class ParsedQuery:
    """What a question asks for; persons and topic are the user's phrases, not yet resolved."""

    intent: str
    persons: tuple[str, ...] = ()
    topic: str | None = None
    search: str | None = None  # words to find in quote text (a quoted phrase, or "who said X")
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    limit: int | None = None
    stance: str | None = None  # support | oppose, for "who supports / opposes"
    words: str | None = None  # an unknown question's bare words ("Lavrov withdrawal"), for a lookup
    question: str = ""

    def describe(self) -> str:
        """A one-line account of what was understood, for messages."""
        parts = [f"intent={self.intent}"]
        parts += [f"person={p!r}" for p in self.persons]
        for name in ("topic", "search", "stance", "since", "until", "limit"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value!r}" if isinstance(value, str) else f"{name}={value}")
        return " ".join(parts)


def parse(question: str, today: date | None = None) -> ParsedQuery:
    """Parse one question; intent ``unknown`` when no pattern fits (dates may still be understood)."""
    today = today or date.today()
    text, quoted = _pull_quoted(_normalise(question))
    parsed = _parse_body(text, quoted, today)
    if parsed.intent == "unknown":
        for fixed, changes in _spelling_variants(text):
            retry = _parse_body(fixed, quoted, today)
            if retry.intent != "unknown":
                parsed = _revert_phrases(retry, changes)
                break
    return replace(parsed, question=question)


# --- normalising and quoted phrases ---------------------------------------------------------------

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_PLACEHOLDER = "\ue000"
_QUOTED_RE = re.compile(r'"([^"]+)"|(?<!\w)\'([^\']+)\'(?!\w)')


def _normalise(question: str) -> str:
    text = question.translate(_QUOTE_MARKS)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[\s?!.]+$", "", text)


def _pull_quoted(text: str) -> tuple[str, str | None]:
    """Replace the first quoted phrase with a placeholder so dates and patterns leave it alone."""
    match = _QUOTED_RE.search(text)
    if not match:
        return text, None
    phrase = (match.group(1) or match.group(2)).strip()
    return text[: match.start()] + _PLACEHOLDER + text[match.end():], phrase


# --- limits ---------------------------------------------------------------------------------------

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twenty": 20}
_NUM = r"(\d+|" + "|".join(_NUMBERS) + r")"
_LIMIT_RULES = (
    re.compile(rf"\b(?:top|latest|last|(?:most )?recent|newest) {_NUM}\b(?! {UNIT}\b)", re.I),
    re.compile(rf"\b{_NUM}(?= (?:quotes?|quotations|statements|comments|remarks|results|people|speakers"
               r"|most (?:quoted|cited|vocal))\b)", re.I),
    re.compile(rf"\b(?:limit(?: to)?|at most|up to) {_NUM}\b", re.I),
)


def _pull_limit(text: str) -> tuple[str, int | None]:
    for pattern in _LIMIT_RULES:
        if match := pattern.search(text):
            word = match[1].lower()
            limit = int(word) if word.isdigit() else _NUMBERS[word]
            keep = "top " if match.group(0).lower().startswith("top") else " "
            text = text[: match.start()] + keep + text[match.end():]
            return re.sub(r"\s+", " ", text).strip(), limit or None
    return text, None


# --- intent patterns ------------------------------------------------------------------------------

_FILLER = re.compile(
    r"^(?:(?:please|ok|okay|so|hey|and|also|now|then)\b,? ?)*"
    r"(?:(?:can|could|would) you |i(?:'d| would) like to (?:see|know) |i want to (?:see|know) )?"
    r"(?:(?:please )?(?:tell|show|give|find|list|get|fetch|display)(?: me| us)?(?: all| the| every)* )?",
    re.I,
)
_RECENT = re.compile(
    r"\b(?:the )?(?:latest|last|most recent|recent|newest|new) (?=(?:quotes?|quotations|statements"
    r"|comments|remarks)\b)", re.I,
)
# "the latest from Noor", "latest on withdrawal": lists are newest first, so these ask for quotes
_LATEST = re.compile(r"^(?:the )?(?:latest|most recent|newest)(?= (?:from|by|on|about) )", re.I)
_TRAILING = re.compile(r"(?:,? (?:please|then|again|so far|ever|lately|recently|at all))+$", re.I)

P = r"(?P<p>[^,]+?)"
T = r"(?P<t>.+?)"
POSS = r"(?:'s|'|s')?"
ABOUT = r"(?:about|on|regarding|concerning|towards?|over|of|re)"
SAY = (r"(?:say|said|says|tell|told|state|stated|claim|claimed|declare|declared|comment|commented"
       r"|remark|remarked|announce|announced)")
STANCE_NOUN = r"(?:stance|position|view|views|opinion|opinions|attitude|line|tone|standpoint)"
SUPPORT = (r"(?:supports?|supported|backs?|backed|favou?rs?|favou?red|endorses?|endorsed|wants?|wanted"
           r"|calls? for|called for|(?:is|are|was|were) (?:for|in favou?r of)|advocates?|advocated"
           r"|(?:is|are|was|were) supporting|pushe[sd] for|push for|welcomes?|welcomed)")
OPPOSE = (r"(?:opposes?|opposed|(?:is|are|was|were) (?:against|opposed to)|rejects?|rejected|criticises?"
          r"|criticizes?|criticised|criticized|condemns?|condemned|objects? to|objected to|denounces?"
          r"|denounced|(?:is|are|was|were) opposing|resists?|resisted)")
TALK = (r"(?:talked|talks|talk|spoke|speaks|has spoken|have spoken|commented|comments|mentioned|mentions"
        r"|discussed|discusses|(?:is|are|was|were) (?:talking|speaking)|(?:has|have) (?:talked|commented)"
        r"|weighed in|said (?:something|anything)|says (?:something|anything)|referred to|refers to"
        r"|brought up|addressed|raised)")
MENTION = (r"(?:mention|mentioned|talk about|talked about|speak about|speak of|spoke about|spoken about"
           r"|say anything about|refer to|referred to|bring up|brought up|discuss|discussed|address"
           r"|addressed|raise|raised|cite|cited)")
QUOTES_NOUN = r"(?:quotes?|quotations?|statements?|comments?|remarks?|words|sayings|soundbites?)"
SPEAKERS = r"(?:people|persons|speakers|sources|voices|figures)"
# Lists run newest first only: "Lavrov's first quote", "earliest from Noor" are never answered with the
# newest; "ceasefire first" is words to look up
_OLDEST = re.compile(rf"\b(?:first|earliest|oldest) (?:{QUOTES_NOUN}|from|by)\b"
                     rf"|\b{QUOTES_NOUN},? (?:first|earliest|oldest)\b|\b(?:earliest|oldest) first\b", re.I)


def _rule(pattern: str, intent: str, **fixed: str) -> tuple[re.Pattern, str, dict[str, str]]:
    return re.compile(pattern, re.I), intent, fixed


_RULES = [
    # stance over time
    _rule(rf"(?:has|have|did|does|do) {P}{POSS} {STANCE_NOUN}s? {ABOUT} {T} (?:changed?|shifted?|evolved?"
          rf"|moved?|flipped?|shift|altered?|reversed?)(?: over time)?", "stance_change"),
    _rule(rf"(?:(?:when|how|why) )?(?:has|have|did|does) {P}"
          rf" (?:changed?|shift(?:ed)?|flip(?:ped)?|reversed?|alter(?:ed)?) (?:his|her|their|its)"
          rf" (?:{STANCE_NOUN}|mind|tune)s? {ABOUT} {T}", "stance_change"),
    _rule(rf"(?:how|when|why) (?:has|have|did) {P}{POSS} {STANCE_NOUN}s? {ABOUT} {T} (?:changed?|shift(?:ed)?"
          rf"|evolved?|moved?|flip(?:ped)?|alter(?:ed)?|reversed?)(?: over time)?", "stance_change"),
    _rule(rf"(?:(?:when|how|why) )?(?:did|has|have) {P}"
          rf" (?:ever )?(?:change|changed|flip|flipped|switch|switched) (?:sides|position) {ABOUT} {T}",
          "stance_change"),
    _rule(rf"(?:stance|position) (?:changes?|shifts?) (?:of|by|for) {P} {ABOUT} {T}", "stance_change"),
    _rule(rf"(?:who|which [\w ]+?) (?:has |have )?(?:ever )?(?:changed|shifted|flipped|switched|reversed)"
          rf" (?:(?:their|his|her|its) (?:{STANCE_NOUN}|mind|tune|sides?)s?|sides) {ABOUT} {T}",
          "stance_change"),
    # comparisons
    _rule(rf"compare (?P<ps>.+?)(?: {ABOUT} {T})?", "compare"),
    _rule(rf"how do (?P<ps>.+?) (?:differ|compare|disagree|agree) {ABOUT} {T}", "compare"),
    _rule(rf"(?P<ps>[^,]+? (?:vs\.?|versus) [^,]+?)(?: {ABOUT} {T})?", "compare"),
    # one person's stance
    _rule(rf"where (?:does|do|did) {P} stand {ABOUT} {T}", "stance_person"),
    _rule(rf"what(?:'s| is| was| are| were) {P}{POSS} {STANCE_NOUN}s? {ABOUT} {T}", "stance_person"),
    _rule(rf"what (?:does|do|did) {P} think {ABOUT} {T}", "stance_person"),
    _rule(rf"how (?:does|do|did) {P} (?:feel|think) {ABOUT} {T}", "stance_person"),
    _rule(rf"(?:is|was|are|were) {P} (?:for or against|in favou?r of|against|for|opposed to|supportive of)"
          rf" {T}", "stance_person"),
    _rule(rf"(?:does|do|did) {P} (?:support|oppose|back|favou?r|reject|endorse|want) {T}", "stance_person"),
    _rule(rf"{STANCE_NOUN}s? of {P} {ABOUT} {T}", "stance_person"),
    _rule(rf"{P}{POSS} {STANCE_NOUN}s? {ABOUT} {T}", "stance_person"),
    # who supports / opposes
    _rule(rf"(?:who|which [\w ]+?) (?:is|are) (?:for|in favou?r) (?:and|or) (?:who )?(?:is |are )?"
          rf"against {T}", "stance_who"),
    _rule(rf"who stands? where {ABOUT} {T}", "stance_who"),
    _rule(rf"(?:positions|stances|views) {ABOUT} {T}", "stance_who"),
    _rule(rf"(?:who|which [\w ]+?) {SUPPORT} {T}", "stance_who", stance="support"),
    _rule(rf"(?:who|which [\w ]+?) {OPPOSE} {T}", "stance_who", stance="oppose"),
    _rule(rf"(?:supporters|backers|proponents|advocates) of {T}", "stance_who", stance="support"),
    _rule(rf"(?:opponents|critics|enemies) of {T}", "stance_who", stance="oppose"),
    # counts
    _rule(rf"how (?:many times|often|frequently) (?:did|does|has|have|do) {P} {MENTION} {T}",
          "count_mentions"),
    _rule(rf"how (?:many times|often|frequently) (?:was|is|has|have|were) {T} (?:been )?(?:mentioned|cited"
          rf"|discussed|brought up|raised) by {P}", "count_mentions"),
    _rule(rf"how many (?:times|{QUOTES_NOUN}) (?:from|by|of) {P}(?: (?:mention|mentioning|{ABOUT}) {T})?",
          "count_mentions"),
    _rule(rf"how many (?:times|{QUOTES_NOUN}) (?:did|does|has|have) {P} (?:{SAY}|made|make|give|given)"
          rf"(?: {ABOUT} {T})?", "count_mentions"),
    _rule(rf"how many (?:{QUOTES_NOUN}|times) (?:are there )?(?:about|on|mentioning|regarding) {T}",
          "count_mentions"),
    _rule(rf"how (?:many times|often) (?:was|is|has|were) {T} (?:been )?(?:mentioned|cited|discussed)",
          "count_mentions"),
    # who is quoted most
    _rule(rf"who (?:is|was|gets|got|has been|are|were) (?:the )?(?:quoted|cited|heard)(?: the)? most"
          rf"(?: often)?(?: {ABOUT} {T})?", "most_quoted"),
    _rule(rf"who (?:is|was|are|were) (?:the )?most (?:quoted|cited|vocal)(?: person| people| speakers?"
          rf"| sources?)?(?: {ABOUT} {T})?", "most_quoted"),
    _rule(rf"who (?:talks|talked|speaks|spoke|says|said|comments|commented) (?:the )?most(?: often)?"
          rf"(?: {ABOUT} {T})?", "most_quoted"),
    _rule(rf"(?:the )?(?:most (?:quoted|cited)(?: {SPEAKERS})?|(?:top|most frequent|leading) {SPEAKERS})"
          rf"(?: {ABOUT} {T})?", "most_quoted"),
    _rule(rf"who (?:is|are) (?:the )?(?:top|main|leading) (?:speakers?|sources?|voices?)(?: {ABOUT} {T})?",
          "most_quoted"),
    # who talked about a topic / said some words
    _rule(rf"(?:who|which [\w ]+?) {TALK}(?: {ABOUT})? {T}", "who_talked"),
    _rule(rf"(?:who|which [\w ]+?) (?:said|says|stated|claimed|declared|wrote|used the (?:phrase|words?)"
          rf"|uttered|called [\w ]+?) {T}", "who_said"),
    _rule(rf"(?:whose|which) (?:quote|statement|words) (?:was|were|is|are|says?|said|contains?|included?)"
          rf" {T}", "who_said"),
    # quotes by a person, and on a topic
    _rule(rf"what (?:did|does|has|have|do|had|would) {P} (?:(?:ever|recently|publicly|actually|really)"
          rf" )?{SAY}(?: (?:anything|publicly))?(?: {ABOUT} {T})?", "quotes"),
    _rule(rf"(?:did|has|have|does) {P} (?:ever )?(?:{SAY}|made|make) (?:anything|something|any"
          rf" {QUOTES_NOUN}) {ABOUT} {T}", "quotes"),
    _rule(rf"(?:did|has|have|does) {P} (?:ever )?{MENTION} {T}", "quotes"),
    _rule(rf"what (?:was|is|has been|have been|were) said {ABOUT} {T}(?: by {P})?", "quotes"),
    _rule(rf"what (?:did|has|have|does|do|had) {P} (?:to say|got to say)(?: {ABOUT} {T})?", "quotes"),
    _rule(rf"what (?:did|does|do) {P} (?:want|demand|propose|promise|ask for)(?: {ABOUT} {T})?", "quotes"),
    _rule(rf"what (?:are|were|have) (?:people|they|officials|politicians|leaders) (?:been )?(?:saying|said)"
          rf" {ABOUT} {T}", "quotes"),
    _rule(rf"(?:everything|anything|all) {P} (?:has )?(?:said|says)(?: {ABOUT} {T})?", "quotes"),
    _rule(rf"(?:all )?(?:the )?{QUOTES_NOUN} (?:from|by|of|attributed to) {P}(?: (?:about|on|regarding"
          rf"|concerning|mentioning) {T})?", "quotes"),
    _rule(rf"(?:all )?(?:the )?{QUOTES_NOUN} (?:{ABOUT}|(?:mentioning|containing)(?: the (?:words?|phrase))?)"
          rf" {T}", "quotes"),
    _rule(rf"(?:all )?(?:the )?{QUOTES_NOUN}", "quotes"),  # "quotes from March 2019": dates only
    _rule(rf"{P}{POSS} {QUOTES_NOUN}(?: (?:about|on|regarding|concerning|mentioning) {T})?", "quotes"),
    _rule(rf"{P} (?:quotes?|said|says|on) {ABOUT} {T}", "quotes"),
    _rule(rf"{P} on {T}", "quotes"),
    _rule(rf"what {P} (?:said|says|has said)(?: {ABOUT} {T})?", "quotes"),
    # the newest quote answers "when did X last speak": its date is shown with it
    _rule(rf"when (?:did|has|have|was|were) {P} last (?:{SAY}|speak|spoke|spoken|talk|talked|comment"
          rf"|commented|quoted|heard|mention|mentioned)(?: (?:anything|something|publicly))?"
          rf"(?: {ABOUT} {T})?", "quotes", limit="1"),
    # last, so "who is quoted most" and "who is against X" are read above; the answerer takes it only
    # when the phrase names someone exactly ("who was in Moscow" is not a question about a person)
    _rule(rf"who(?:'s| is| was) {P}", "who_is"),
]

_NOT_NAMES = {
    "he", "she", "they", "it", "you", "i", "we", "him", "her", "them", "people", "anyone", "anybody",
    "everyone", "everybody", "someone", "somebody", "who", "what", "which", "this", "that", "there",
    "the", "a", "an", "quotes", "quote", "and",
}
_QUESTION_WORDS = re.compile(r"\b(?:who|what|where|when|how|why|which|whose)\b", re.I)


def _parse_body(text: str, quoted: str | None, today: date) -> ParsedQuery:
    text, since, until = pull_dates(text, today)
    text, limit = _pull_limit(text)
    text = _LATEST.sub("quotes", _RECENT.sub("", text))
    text = _TRAILING.sub("", _FILLER.sub("", text)).strip(" ,")
    base = ParsedQuery("unknown", since=since, until=until, limit=limit)
    if _OLDEST.search(text):
        return replace(base, search=quoted)
    if not text and quoted:
        return replace(base, intent="who_said", search=quoted)
    for pattern, intent, fixed in _RULES:
        match = pattern.fullmatch(text)
        if match and (parsed := _build(match, intent, fixed, quoted, base)):
            return parsed
    return replace(base, search=quoted, words=text if _bare_words(text) else None)


def _bare_words(text: str) -> bool:
    """Words typed as to a search box ("Lavrov withdrawal"), not a question we failed to read."""
    return 0 < len(text.split()) <= 6 and not _QUESTION_WORDS.search(text) and _PLACEHOLDER not in text


def _build(match: re.Match, intent: str, fixed: dict[str, str], quoted: str | None,
           base: ParsedQuery) -> ParsedQuery | None:
    groups = match.groupdict()
    persons = _persons(groups.get("ps") or groups.get("p"), intent == "compare")
    if persons is None or (intent == "compare" and len(persons) < 2):
        return None
    if intent == "stance_person" and len(persons) > 1:
        intent = "compare"
    found = _topic(groups.get("t"), quoted)
    if found is None:
        return None
    topic, search = found
    if intent in ("stance_change", "stance_person", "stance_who") and topic is None:
        if search is None:
            return None
        topic, search = search, None  # a quoted phrase names the topic of a stance question
    if intent == "who_said" and search is None:
        search, topic = topic, None
        if search is None:
            return None
    if intent == "who_talked" and topic is None:
        if search is None:
            return None
        intent = "who_said"  # "who mentioned 'exact words'"
    limit = base.limit or (int(fixed["limit"]) if "limit" in fixed else None)
    return replace(base, intent=intent, persons=persons, topic=topic, search=search,
                   stance=fixed.get("stance"), limit=limit)


def _person(phrase: str) -> tuple[str, ...] | None:
    """A person phrase, cleaned of possessives and articles; None when it cannot be a name."""
    name = re.sub(r"(?:'s|s'|')$", "", phrase.strip(" ,")).strip()
    # Titles stay: find_person reads them ("Mrs. Clinton" is not Bill Clinton).
    name = re.sub(r"^the\s+", "", name, flags=re.I) if len(name.split()) > 1 else name
    words = name.split()
    if (not words or len(words) > 6 or name.lower() in _NOT_NAMES or _PLACEHOLDER in name
            or _QUESTION_WORDS.search(name) or re.search(r"\d", name)):
        return None
    return (name,)


def _persons(phrase: str | None, comparing: bool = False) -> tuple[str, ...] | None:
    """One or more person phrases ("Lavrov and Karzai", "A, B & C"; "A with B" when comparing)."""
    if phrase is None:
        return ()
    joins = r"and|&|with|to|vs\.?|versus" if comparing else r"and|&"
    parts = [p for p in re.split(rf",? (?:{joins})(?= )|, ", phrase, flags=re.I) if p.strip()]
    names: list[str] = []
    for part in parts:
        one = _person(part)
        if not one:
            return None
        names.extend(one)
    return tuple(names)


def _topic(phrase: str | None, quoted: str | None) -> tuple[str | None, str | None] | None:
    """(topic, search): a quoted phrase becomes search text; None topic when absent; None when the
    phrase cannot be a topic."""
    if phrase is None:
        return None, quoted
    phrase = phrase.strip(" ,")
    if phrase == _PLACEHOLDER:
        return None, quoted
    if _PLACEHOLDER in phrase:
        phrase = phrase.replace(_PLACEHOLDER, quoted or "")
    phrase = re.sub(r"^(?:(?:the|a|an|any|some) )?(?:(?:issue|topic|question|subject|matter) of )?(?:the )?",
                    "", phrase, flags=re.I).strip()
    if not phrase or len(phrase.split()) > 8 or phrase.lower() in _NOT_NAMES:
        return None
    return phrase, None


# --- spelling -------------------------------------------------------------------------------------

_VOCABULARY = sorted({
    "what", "who", "whose", "which", "where", "how", "did", "does", "has", "have", "say", "said", "says",
    "talk", "talked", "talks", "spoke", "speak", "mention", "mentioned", "mentions", "support", "supports",
    "supported", "oppose", "opposes", "opposed", "against", "favour", "favor", "stance", "position",
    "stand", "changed", "change", "shifted", "compare", "quoted", "quotes", "quote", "most", "many",
    "times", "often", "about", "since", "between", "before", "after", "until", "during", "last", "this",
    "week", "month", "year", "years", "months", "weeks", "days", "yesterday", "today", "from", "think",
    "statements", "comments", "regarding", "towards", "discussed", "criticised", "rejects", "backs",
} | {m for m in MONTHS if len(m) > 3})


def _spelling_variants(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Texts with near-misses of the question's own words fixed ("hwo", "suports", "Febuary").

    Only words of the question vocabulary are candidates; a tie ("hwo": who/how) yields one text per
    choice, and the caller keeps the first that parses.
    """
    pieces = re.split(r"([A-Za-z]+)", text)
    options: dict[int, list[str]] = {}
    for i in range(1, len(pieces), 2):
        if fixes := _nearest_words(pieces[i].lower()):
            options[i] = fixes
    variants = []
    for choice in itertools.islice(itertools.product(*options.values()), 16):
        fixed = list(pieces)
        changes = []
        for i, word in zip(options, choice, strict=True):
            changes.append((pieces[i], word))
            fixed[i] = word
        variants.append(("".join(fixed), changes))
    return variants if options else []


def _nearest_words(word: str) -> list[str]:
    if word in _VOCABULARY or len(word) < 3:
        return []
    limit = 1 if len(word) <= 5 else 2
    scored = [(OSA.distance(word, v), v) for v in _VOCABULARY if abs(len(v) - len(word)) <= limit]
    best = min((d for d, _ in scored), default=limit + 1)
    return [v for d, v in scored if d == best] if best <= limit else []


def _revert_phrases(parsed: ParsedQuery, changes: list[tuple[str, str]]) -> ParsedQuery:
    """Corrections were meant for the question's words: put the user's spelling back inside names."""

    def revert(phrase: str) -> str:
        for original, fixed in changes:
            phrase = re.sub(rf"\b{re.escape(fixed)}\b", original, phrase)
        return phrase

    topic = revert(parsed.topic) if parsed.topic is not None else None
    return replace(parsed, persons=tuple(revert(p) for p in parsed.persons), topic=topic)
