"""Indirect (reported) speech: "X said (that) ...", "according to X, ...", "..., X said.".

One compiled regex pass finds the cue verbs; everything else is local work inside the cue's
sentence: the subject mention before the cue (appositives and asides skipped), then the reported
clause after the cue (or before it, for "CLAUSE, X said."), cut at the clause boundary. Spans are
content only, as the annotation guidelines ask: no cue, no "that", no final period.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import sub

from quotetrack.lexicon import (
    BE_FORMS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    OFFICE_TITLES,
    ORGANISATION_HEADS,
    RECORD_NOUNS,
    REFLEXIVES,
    ROLE_NOUNS,
    SPEECH_VERB_BASES,
    SPEECH_VERBS,
    UNNAMED_POST_MODIFIERS,
    US_STATE_NAMES,
    WEEKDAYS,
    forms_of,
    trie_alternation,
)
from quotetrack.model import Candidate, Mention


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _inflect(bases: str) -> frozenset[str]:
    """Regular forms of each base verb: argue -> argues, argued, arguing; deny -> denies, denied."""
    forms: set[str] = set()
    for b in bases.split():
        if b.endswith("y") and b[-2] not in "aeiou":
            forms |= {b, b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
        elif b.endswith("e"):
            forms |= {b, b + "s", b + "d", b[:-1] + "ing"}
        else:
            plural = b + ("es" if b.endswith(("s", "sh", "ch", "x", "o")) else "s")
            forms |= {b, plural, b + "ed", b + "ing"}
    return frozenset(forms)


# Lexicon verbs that are not reported speech here: cognition and feeling verbs (annotators leave
# "X believes ..." out, and an estimate: "the firm estimated the cost at $5 million"), verbs that
# mostly report acts rather than words ("attacked the plan", "declared victory"), and words that are
# mostly nouns in news ("primary contests", "her requests"). A signal or a hint is an inference from acts,
# not words, and annotators leave "signalled/indicated/hinted that ..." out; an order to act ("instructed
# staff to ...", like "directed" and "ordered") is left out too, unlike a request ("asked them to ...").
NOT_INDIRECT_CUES: frozenset[str] = (
    _inflect(
        """believe hope fear worry expect wonder chant continue order brief press call signal appeal welcome
           invite shout cry highlight summarise summarize underline underscore agree contest attack encourage
           joke indicate estimate instruct"""
    )
    | _words("signalled signalling")
    | _words(
        """think thinks thought thinking read reads reading begin begins began begun beginning sing
           sings sang sung singing speak speaks spoke spoken speaking request requests"""
    )
    | frozenset(
        ("go on", "goes on", "went on", "going on", "gone on", "put it", "puts it", "putting it",
         "sum up", "sums up", "summed up", "summing up", "spell out", "spells out", "spelled out",
         "spelling out")
    )
)

# "appealed to the traders to stay calm" reports a plea; "appealing to young voters" courts them.
_APPEAL_CUES = frozenset(("appealed to", "appealing to"))
# Speech verbs used for indirect speech that the shared lexicon lacks.
EXTRA_INDIRECT_CUES: frozenset[str] = _inflect(
    """denounce decry lament insinuate assure forecast cite apologize apologise blast slam
       mock portray concur announce stress warn acknowledge reiterate allege tout vow assert"""
) | _words("rebut rebuts rebutted rebutting") | _APPEAL_CUES

# Verbs that report speech only with a "that" clause (or a "to" infinitive for commitments):
# "the paper reported that ...", "she responded that ...", but not "reported a loss", "wrote a book".
# Their -s forms are mostly plural nouns ("the states that voted", "her remarks that"): left out, as is
# "promises" ("a speech full of promises to fight on", "those promises add up"). A recounted story or
# record ("recounted her first week", "recounts the history of the bridge") is no report: dev's gold has
# none (tune: 0 of 4 found); "recounted that/how ..." stays. A forecast "projected that" reports; "project"
# and "projects" are mostly the noun ("the project that began in May").
_PLURAL_NOUN_FORMS = _words(
    """states estimates charges comments answers questions posts counters objects remarks protests tweets
       promises recounts""")
THAT_ONLY_CUES: frozenset[str] = (_inflect(
    """report respond declare conclude maintain state mention remark comment object protest counter answer
       charge remind tweet post echo boast threaten pledge question blame opine underline apprise recount"""
) | _words("""write writes wrote written writing submit submits submitted submitting aver avers averred
              averring""")) - _PLURAL_NOUN_FORMS
# A pledge's infinitive is its content ("pledged to cut fares"); a threat's is an act the annotators leave
# out ("threatened to shut the harbour"), so "threatened" reports only with "that".
_TO_OK_CUES = _inflect("pledge")

CUE_WORDS: frozenset[str] = ((SPEECH_VERBS - NOT_INDIRECT_CUES) | EXTRA_INDIRECT_CUES | THAT_ONLY_CUES
                              ) - _PLURAL_NOUN_FORMS

# Cues whose object is a listener, not content: "told reporters (that) ...".
_LISTENER_CUES = _words(
    """tell tells told telling inform informs informed informing assure assures assured assuring remind
       reminds reminded reminding advise advises advised advising apprise apprises apprised apprising"""
)


# A literal space before the verb lets the regex engine skip ahead fast (cue verbs are lower case
# and follow a space in running text); "according to" may open a sentence, so it has its own.
_CUE_RE = re.compile(r" (" + trie_alternation(CUE_WORDS) + r")\b")
_NBSP_CUE_RE = re.compile("\xa0(" + trie_alternation(CUE_WORDS) + r")\b")  # "Trump\xa0said" (web copy)
_ING_THAT_RE = re.compile(r"ing that ")  # a literal scans fast; the word and its place are checked after
_SENTENCE_END_CHARS = ".!?\"”"
_ACCORDING_RE = re.compile(r"ccording\s+to\b")  # a literal prefix scans fast; "A"/"a" checked after

_ABBREVIATIONS = sorted(_words(
    """Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Maj Adm Jr Sr Inc Co Corp Ltd No vs Prof Rev Jan Feb
       Mar Apr Aug Sept Sep Oct Nov Dec Ft Mt Ave Gens Reps Sens Engr Eng Hon Adv Smt Brig Insp Supt Cdr Cmdr
       Atty Govt Dept Pvt Rs approx Nos Ref"""
))
# Sentence ends: a line break, or terminal punctuation (plus closing marks) before a capital, which
# may follow an opening mark of any house style (“, ", ‘, British ', « or „), unless the period closes
# an abbreviation or an initial ("Mr.", "J.", "U.S.").
_BOUNDARY_RE = re.compile(
    r"[.!?\n](?:(?<=\n)|"
    + "".join(  # one lookbehind per abbreviation length: fixed-width alternations are fast
        rf"(?<!\b(?:{'|'.join(a for a in _ABBREVIATIONS if len(a) == n)})\.)"
        for n in sorted({len(a) for a in _ABBREVIATIONS})
    )
    + r"(?<!\b[A-Z]\.)(?<!\.[A-Z]\.)[.!?]*[\"”’')\]]*(?:\s+(?=(?:''|[\"“‘'«„(\[])?[A-Z0-9])|(?=[“‘][A-Z]))"
    r"|(?<=[A-Z]\.)[ \t]+(?=(?:He|She|They|It|We|The|But)\s))"  # "in the U.S. He said": it ends here
)
_SPACED_TOKEN_RE = re.compile(r"(\s*+)(\w[\w'’.&-]*+|[^\w\s])")  # possessive: nothing to backtrack into

# A wire dateline opening a sentence: "ORLANDO, Fla. (Reuters) - " (or its rest after "Fla.").
_DATELINE_RE = re.compile(r"(?:[A-Z][A-Z .'-]{1,40}(?:,[^()\n—–]{1,30})?|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
                          r"(?=[ \t]*\())?(?:[ \t]*\([^()\n]{1,30}\))?"
                          r"(?:[ \t]*(?:—|–|--)|[ \t]+-)[ \t]+")  # not the hyphen of MAZAR-I-SHARIF
_OBJECT_PREPOSITIONS = frozenset({"in", "at", "on", "with", "about", "from", "for"})
# Words that may sit between a subject and its cue: "X has also said", "X repeatedly urged".
_AUX_WORDS = _words(
    """has have had also already would will could should may might must is are was were did does do not
       never then now previously once again even still often first initially later long since further
       just jointly separately repeatedly recently publicly privately reportedly flatly quickly
       frequently openly specifically explicitly subsequently immediately always sometimes usually
       being be been"""
)
# Words that cannot be inside a subject noun phrase; walking back from the cue stops there.
_NP_STOP = _words(
        """that which who whom whose when where while because as if after before since although though but
           and or nor so yet for to in on at by with from into about than over under through during without
           within against between among upon like unlike is are was were be been has have had do does did
           will would can could should may might must not also said says say told tells this these those
           there here it's what how why whether yesterday today tonight tomorrow week weekend month year
           morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january
           february march april june july august september october november december earlier later recently
           then now meanwhile however moreover also still even only just"""
)
_NP_BREAK = _NP_STOP | _AUX_WORDS
_ADJECTIVAL_AUX = _words("first later further")  # adjectives after a determiner: "the first witness"
# Time nouns that modify the next noun after an article ("the night nurse", "a weekend anchor"), unlike
# a fronted time ("Each year officials say", "Last night police said").
_TIME_MODIFIERS = _words("night morning evening afternoon weekend")


def _modifies_after_article(low: str, prev: str) -> bool:
    """Whether a break word is an adjective inside the subject: "the first witness", "a night guard"."""
    return (low in _ADJECTIVAL_AUX and prev in _DETERMINERS) or (
        low in _TIME_MODIFIERS and prev in ("the", "a", "an"))
_DETERMINERS = _words("the a an his her their its our some many most several both all each")
_DETERMINER_ALT = trie_alternation(_DETERMINERS)
_FINITE_WORDS = _words(
    """is are was were be been being am has have had having do does did would will could can should may might
       must shall not never cannot"""
)
_MODALS = _words("would will could can should may might must shall")  # "that X, under fire, would ..."
# The auxiliaries and modals that can be a clause's verb right after its subject ("the count was", "it will").
_AUX_AFTER_WORDS = _FINITE_WORDS - _words("not never cannot be been being having")
_AUX_AFTER = trie_alternation(_AUX_AFTER_WORDS)
_NON_SPEAKERS = _words("i we you me us")
_PRONOUN_SUBJECTS = _words("he she they it")
_POSSESSIVES = _words("his her their its my our your")
# Bare verb forms: "critics say" is speech, "the tweet" and "a terrorist attack" are not.
_BASE_FORMS = (frozenset(SPEECH_VERB_BASES) | _words(
    """denounce decry lament insinuate rebut assure forecast cite apologize apologise blast slam
       mock portray concur"""
)) & CUE_WORDS
# The bare forms that do introduce speech after a plural subject ("critics say", "they argue").
_PLURAL_SPEECH_BASES = _words("say argue insist claim contend warn predict suggest note acknowledge admit")
# A reported clause does not open with these: "said in December", "told reporters in Ohio"
# (unless "that" opened it: _THAT_BEFORE_RE).
_NOT_CONTENT_START = _words("in at on during by with from into over before after until since")
# Cues whose "to" names a listener or is no speech ("said to reporters", "adding to her lead").
_NO_TO_CUES = forms_of("say", "add", "explain", "write", "reply", "respond", "comment")
# Requests name whom they ask with "from"/"of": "requested from Islamabad to free the prisoner".
_REQUEST_CUES = _words("request requests requested requesting demand demands demanded demanding asks asked")
# The words an _ADVERBIAL_RE phrase can start with (a cheap test before the regex).
_ADVERBIAL_FIRST = tuple(_words(
    """on last this next late early earlier in Monday Tuesday Wednesday Thursday Friday Saturday Sunday week
       month year night morning afternoon evening weekend yesterday today tonight later recently again too
       also once during at via through"""
))
_ADVERBIAL_HEAD_RE = re.compile(r"\s*,?\s*" + trie_alternation(_ADVERBIAL_FIRST))
_ADVERBIAL_RE = re.compile(
    r"(?:\s*,?\s*(?:(?:on|last|this|next|late|early|earlier|in\s+late|in\s+early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|afternoon|evening|weekend|yesterday|today|tonight|earlier|later|recently|again|"
    r"too|also|once)\b(?![’']s\b)"  # "said Thursday's vote" opens the content with a possessive
    r"|\s*,?\s*(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|letter|tweet|post|email|e-mail|memo|"
    r"report|briefing|conference|appearance|address|op-ed|column|rally|meeting|hearing|"
    r"debate|event|message|video|filing|call|release)s?\b(?:\s+(?:message|statement|interview|call|address|post)s?\b)?"
    r"(?:\s+(?:with|to|on|at|in|for|before)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
    r"|\s+on\s+(?:its|his|her|their|the|our)\s+(?:own\s+|official\s+)?(?:website|web\s+site|blog|site|page))?"
    r"|\s*,?\s*on\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|social\s+media|Fox|CNN|MSNBC|NBC|CBS|ABC"
    r"|television|TV|radio)\b)*"
)
# The same time and venue phrases between a subject and its cue: "Ryan on Thursday declared".
_PRE_ITEM = (
    r"(?:(?:(?:on|this|last|next|late|early|earlier|in\s+late|in\s+early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|morning|"
    r"afternoon|evening|night|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|letter|post|email|memo|briefing|conference|appearance|address|"
    r"rally|meeting|hearing|debate|event|message|video)s?)"
)
_PRE_ITEM_NOUNS = _words(
    """statement interview speech letter post email memo briefing conference appearance address rally meeting
       hearing debate event message video"""
)
# The last words a _PRE_ITEM can end with (a cheap test before the regex).
_PRE_ITEM_ENDINGS = tuple(_PRE_ITEM_NOUNS | {w + "s" for w in _PRE_ITEM_NOUNS} | _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday week weekend month year morning afternoon
       evening night yesterday today tonight"""
))
_PRE_ITEM_TAIL = min(map(len, _PRE_ITEM_ENDINGS))
_PRE_ITEM_TAILS = frozenset(e[-_PRE_ITEM_TAIL:] for e in _PRE_ITEM_ENDINGS)  # the last letters of each
# Attached ("X on Tuesday said") or set off by two commas ("X, in a statement, said"); an aside
# that only ends with a comma belongs to something else ("who served until earlier this year, said").
_PRE_ADVERBIAL_RE = re.compile(
    r"(?:\s+" + _PRE_ITEM + r")+\s*$|,\s+" + _PRE_ITEM + r"(?:,?\s+" + _PRE_ITEM + r")*,\s*$"
)
_CONNECTOR_RE = re.compile(r"\s*(?:[,;]\s*(?:and|but|while|as)?|\s(?:and|but|while))\s+$")
# ", said a former spokesman for the ministry, Oleg Voloshyn.": the rest describes the speaker.
_INVERTED_TAIL_RE = re.compile(r"\s+(?:for|of|in|at|from|with)\s+[^;:\"“”]*$")
_GAP_OPENERS = _words(
    """in on at during to from for via through with before after again also repeatedly privately publicly
       last late early earlier this yesterday today tonight recently later previously once"""
)
_THAT_BEFORE_RE = re.compile(r"that(?<!\wthat),?\s*$")  # the literal first, so the engine skips to it fast
_THAT_RE = re.compile(r"\bthat\b,?\s*")
# Words between a cue and its "that" that show the "that" belongs to the content, not the cue.
_NOT_THAT_GAP = _words("and but or if when because after while he she they it i we you")
_LISTENER_RE = re.compile(
    r"\s*(?:(?:his|her|their|its|the)\s+(?:[a-z]+\s+)?(?:audience|crowd|supporters|advisers|advisors|aides|"
    r"staff|colleagues|followers|listeners|viewers|readers|members|donors|students|employees|workers|team|"
    r"conference|meeting|gathering|summit|forum|assembly|parliament|council|committee|commission|court|jury|"
    r"hearing|panel|chamber|rally|congregation|delegates|participants|guests|mourners)\b"
    r"|(?:him|her|them|me|us|you|reporters|journalists|supporters|voters|lawmakers|"
    r"senators|members|officials|viewers|listeners|the\s+crowd|the\s+audience|jurors|investors|shareholders|"
    r"analysts|delegates|legislators|MPs|councillors|councilors|residents|parents|students|staff|employees|"
    r"workers|colleagues|followers|mourners|worshippers|fans)\b"
    r"|(?:(?:host|anchor|interviewer|moderator)\s+)?(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
)
# A sentence adverb set off by commas, or a programme's quoted title, between a listener and "that":
# "told POLITICO, however, that", "told MSNBC's “Morning Joe” that".
_LISTENER_ASIDE_RE = re.compile(
    r",\s+(?:however|though|too|also|in\s+fact|privately|later|then|again),\s+|(?<=['’]s)\s+[\"“][^\"“”]{1,40}[\"”]"
)
# What may open the content of a THAT_ONLY cue without a "that": "questioned whether", "vowed to".
_THAT_ONLY_OPENER_RE = re.compile(r"(?:whether|why|how|what)\b")
# Sources that are data, not speakers: "according to FEC filings", "a new poll suggests".
_DATA_NOUNS = _words(
    """poll polls polling survey surveys data record records filing filings figures estimate estimates
       statistics census results index average averages study studies analysis analyses report reports
       count tally numbers documents website"""
)
# Evidence or a plan, as the head of its phrase, suggests, shows or promises without saying anything
# ("research suggests", "the election returns suggest", "the plans promise new lanes"), unlike "a research
# firm".
_EVIDENCE_NOUNS = _words("research evidence findings returns impact plan plans")
_SOURCE_NOUNS = _DATA_NOUNS | _EVIDENCE_NOUNS
# A firm named for what it sells ("Lodestar Data", "Kestrel Analytics") gives figures, not words.
_DATA_FIRM_HEADS = _words("data analytics")
_EVIDENCE_OR_DATA_FIRM = _EVIDENCE_NOUNS | _DATA_FIRM_HEADS
_DATA_WORDS = _SOURCE_NOUNS | _DATA_FIRM_HEADS
_DATA_HEAD_RE = re.compile(r"((?:[\w.'’-]+\s+){0,7}?[\w.'’-]+)"
                           r"(?=\s+(?:by|of|from|conducted|released|published|for|in|at|on|that|which)\b|$)")
_QUOTE_OPENERS = "\"“‘«„'"
_GERUNDS = trie_alternation(frozenset(w for w in CUE_WORDS if w.endswith("ing")))
# ", he said, would fail": the sentence goes on after an inserted attribution; ", X said, speaking on
# condition of anonymity" (or "requesting anonymity", "declining to be named") to the sentence end: the
# speaker's own act, while "X, she said, speaking from Rome, will rise" goes on with the report.
_ASIDE_RE = re.compile(
    r",\s+(?!(?:also\s+)?(?:" + _GERUNDS + r"|according|who|which|whose|where|when)\b)"
    r"(?!(?:speaking|requesting|declining)\b[^,;]*$)(?=\w)"
)
# Where a reported clause ends before its sentence does (the cut points that the annotated news
# data agrees on most often): a contrast ("but", "while") or a concession (", although", " — even
# though"), the writer's summary of the claim after a dash (" — something critics dispute"; after a
# comma it mostly stays inside), a participle that starts the next report (", adding that") or an
# adjunct with its object (", reversing the ruling"), ", however" before a new clause, "according
# to", a non-restrictive relative or appositive (", which", ", a"), a new clause with a pronoun
# subject (", and he"), a semicolon, a purpose participle ("hoping to", not "was trying to") or a
# coordinated second cue ("and said"; "and state" before anything but "that" is the noun: "federal and
# state law"). Dashes, colons and other commas mostly stay inside the span.
_CUE_TRIE = trie_alternation(CUE_WORDS)  # "and called on": a two-word cue too
# Written so that every alternative starts at the one character it consumes first (a comma, a
# semicolon or a space) and the "was/is ... trying to" guard runs only after the purpose word.
# Past forms of verbs that are no speech cue ("but found him too objectionable"); a cue after "but" is
# the speaker's next act ("but said").
_BUT_PAST = _words("found felt understood knew thought kept chose made took got saw became began lost won")
_BUT_PAST -= CUE_WORDS
# ", though she admits ...", ", though Ann Roe said ...": a concession that is a second report of its own;
# ", though it gave no date", ", though he did not name them": the writer's note of what the speaker left
# unsaid (after "but" too: "said X but would not speculate on Y"). A bare ", though" mostly stays inside
# ("he would vote for her, though he hasn't endorsed her"). When the second report quotes a fragment, the
# fragment is the sentence's one entry, so nothing is cut.
_WITHHELD = (r"(?:gave|offered|provided|set|named)\s+no|(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t"
             r"|declined\s+to|refused\s+to)\s+(?:say|give|specify|elaborate|disclose|name|explain|provide|offer"
             r"|comment|set|speculate|discuss)")
# "said he left on good terms but was intimidated", "but that he would not", "was in good health but
# running short of water", "is happy but wants to leave": the report goes on (a verb with no subject
# of its own continues the reported predicate; a cue participle is the speaker's next act), unless the
# verb withholds speech ("but declined to say", "but would not speculate"): the speaker's own act.
_BUT_GOES_ON = (r"(?:(?=\s+(?:" + _WITHHELD + r")\b)|"
                r"(?!\s+(?:that|would|will|was|were|is|are|could|should|did|does|had|has|have|not|also"
                r"|still|rather|never|just|only|[a-z]+n[’']t|" + trie_alternation(_BUT_PAST) + r")\b)"
                r"(?!\s+[a-z]+ed\b)(?!\s+[a-z]{3,}s\s+to\s)"
                r"(?!\s+(?!(?:" + _GERUNDS + r"|according|during|nothing|something|anything|everything"
                r"|morning|evening|including)\b)[a-z]{3,}ing\s))")
# "is not trying to", "committed to trying to", "seen as trying to": a participle after a negation,
# an adverb or a preposition belongs to the clause, not a purpose adjunct.
_NOT_PURPOSE = "".join(rf"(?<!\b{w}\s)" for w in (
    "not", "just", "still", "also", "now", "actively", "to", "on", "as", "of", "by", "for", "about", "from",
    "in", "at", "with", "without")) + "(?<!n't\\s)(?<!n’t\\s)"  # "weren't trying to": negated too
_SECOND_REPORT = (r"(?=\s+(?:he|she|it|they|we|I|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:also\s+)?(?:"
                  + _CUE_TRIE + "|" + _WITHHELD + r")\b(?![^.!?\n\"“«„]*[\"“«„]))")
_CLAUSE_END_RE = re.compile(
    r"[\s,;](?:(?<=,)\s+(?:(?:but" + _BUT_GOES_ON + r"|while|whereas|although|even\s+though|even\s+as"
    r"|according\s+to|which|who|an?|though" + _SECOND_REPORT +
    r"|(?:the\s+)?(?:remarks?|comments?|claims?|assertions?|views?|arguments?|accusations?)\s+(?:that|which)"
    r"|however|and\s+(?:he|she|they|it|I|we)|compared\s+(?:with|to)|as\s+(?:has|have|had|was|were|did|does|do)"
    r"|(?!(?:during|nothing|something|anything|everything|morning|evening|including)\b)[a-z]{3,}ing"
    r"\s+(?:the|a|an|his|her|its|their|our|that|to|on|in|with|from|him|them|it|up|out|off|back))\s"
    r"|(?:also\s+)?(?:" + _GERUNDS + r")\b)"
    r"|(?<=;)"
    r"|(?<=\s)(?:\s*(?:(?:but" + _BUT_GOES_ON + r"|whereas)\s|;"
    r"|(?:—|–|--)\s+(?:something|although|even\s+though|even\s+as|(?:an?|and\s+(?:he|she|they|it|I|we))\s(?![^—–]*(?:—|–|--)))"
    r"|(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?!state\s+(?!that\b))(?:" + _CUE_TRIE + r")\b)"
    r"|(?=\s*(?:hoping|seeking|trying|wanting|aiming|attempting|planning|in\s+order)\s+to\s)"
    r"(?<!\bwas\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)" + _NOT_PURPOSE + r"))"
)


@dataclass(frozen=True)
class _Sentences:
    """Sentence starts and content ends of one text, found in one regex pass."""

    starts: list[int]
    ends: list[int]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        return self.starts[i], self.ends[i]


# Longest sentence the per-cue work reads (the longest in the annotated news is about 1,100
# characters). Every search around a cue stays inside its sentence, so a text with no sentence
# breaks (unclosed quote marks, a list without periods) is cut into pieces of this size at spaces:
# otherwise each cue would rescan the whole text and extraction would take quadratic time.
_MAX_SENTENCE = 2000


def _sentences(text: str) -> _Sentences:
    bounds = list(_BOUNDARY_RE.finditer(text))
    starts = [0, *map(re.Match.end, bounds)]
    ends = [*map(re.Match.start, bounds), len(text)]
    if max(map(sub, ends, starts)) <= _MAX_SENTENCE:
        return _Sentences(starts, ends)
    starts, ends = [0], []
    for s, e in map(re.Match.span, bounds):
        _split_long(text, starts, ends, s)
        ends.append(s)
        starts.append(e)
    _split_long(text, starts, ends, len(text))
    ends.append(len(text))
    return _Sentences(starts, ends)


def _split_long(text: str, starts: list[int], ends: list[int], end: int) -> None:
    """Cut the sentence from starts[-1] to ``end`` into pieces of at most _MAX_SENTENCE characters,
    each ending at a space when there is one in its second half."""
    while end - starts[-1] > _MAX_SENTENCE:
        lo = starts[-1]
        cut = text.rfind(" ", lo + _MAX_SENTENCE // 2, lo + _MAX_SENTENCE)
        cut = cut if cut > lo else lo + _MAX_SENTENCE
        ends.append(cut)
        starts.append(cut + 1 if text[cut] == " " else cut)


def find_indirect(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Return indirect-speech candidates in ``text`` that do not overlap ``taken`` spans."""
    hits = [m.span(1) for m in _CUE_RE.finditer(text)]
    if "\xa0" in text:
        hits = sorted(hits + [m.span(1) for m in _NBSP_CUE_RE.finditer(text)])
    hits += [  # negative starts mark "according to"
        (-m.start(), m.end()) for m in _ACCORDING_RE.finditer(text)
        if m.start() and text[m.start() - 1] in "Aa" and (m.start() < 2 or not text[m.start() - 2].isalnum())
    ]
    front = _front_cues(text) if "ing that " in text else []
    if not hits and not front:
        return []
    if front:  # "Noting that X, Ann Roe ...": a capitalised gerund cue opens the sentence
        hits += front
        hits.sort(key=lambda h: abs(h[0]))
    elif hits[-1][0] < 0:
        hits.sort(key=lambda h: abs(h[0]))
    sents = _sentences(text)
    state = _State(text, sents, sorted(taken))
    found: list[Candidate] = []
    for cs, ce in hits:
        if state.inside_quote(abs(cs)):
            continue  # a cue inside a quote reports the quoted speaker's words, not the article's
        cand = _according(text, -cs - 1, ce, *sents.around(-cs - 1)) if cs < 0 else _candidate(state, cs, ce)
        if cand is not None:
            found.append(cand)
    found = _ends_at_next_speaker(text, sorted(found, key=lambda c: (c.start, -c.end)))
    found = [_reason_cut(text, _object_cut(text, c)) for c in found]
    return [c for c in _fragments(text, _select(text, [c for c in found if _kept(text, c)], taken))
            if c.kind != "indirect" or not (_artefact_subject(c) or _labelled(text, c))]


def _front_cues(text: str) -> list[tuple[int, int]]:
    """Capitalised gerund cues that open a sentence before "that" ("Noting that X, Ann Roe ..."), which
    the cue scan (a cue after a space, in lower case) does not see."""
    out = []
    for m in _ING_THAT_RE.finditer(text):
        end = m.start() + 3
        lo = max(0, end - 30)
        start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1
        word = text[start:end]
        if not (start or lo == 0) or not (
                word[:1].isupper() and word[1:].islower() and word.lower() in CUE_WORDS):
            continue
        prev = text[start - 2:start - 1] if start > 1 else ""
        if start == 0 or text[start - 1] == "\n" or prev and prev in _SENTENCE_END_CHARS:
            out.append((start, end))
    return out


def _labelled(text: str, cand: Candidate) -> bool:
    """Whether a finite labelling verb labels its object ("dismissed the plan as a stunt", see _LABEL_CUES);
    tested after the fragment split, so that a quoted label ("as “puppets”") stays a partial quote."""
    return cand.cue in _LABEL_CUES and _LABELLED_RE.match(text, cand.start, cand.end) is not None


def _artefact_subject(cand: Candidate) -> bool:
    """Whether the report's subject is an advert, a lawsuit or a placard (its quoted fragment stays)."""
    return cand.mention is not None and cand.mention.text.rsplit(None, 1)[-1].lower() in _ARTEFACT_HEADS


# A quoted fragment of two words or more inside a report: "would “end the queues for good”".
# (The lookbehind follows the mark so that the engine can skip to the marks fast.)
_FRAGMENT_RE = re.compile(r"[\"“«](?<!\w[\"“«])([^\"“”«»\n]*?\w[\s,;:-]+\w[^\"“”«»\n]*?)[\"”»](?!\w)")


_LABEL_BEFORE_RE = re.compile(r"\b(?:known\s+as|called|dubbed|named|titled|entitled|so-called|show|film|book|"
                              r"series|song|album|programme|program|scheme|campaign)\s*\Z", re.IGNORECASE)


def _label(text: str, start: int) -> bool:
    """A quoted name, not words: a title ("the show “Mad Men”") or a label ("known as “the ribs”")."""
    return _LABEL_BEFORE_RE.search(text, max(0, start - 20), start - 1) is not None


def _fragments(text: str, found: list[Candidate]) -> list[Candidate]:
    """A report that keeps a quoted fragment of the speaker's words is no indirect entry: the fragment
    alone is a partial quote with the report's speaker (the guidelines), the report around it is dropped.
    The quote detector leaves such a fragment to this module when it found no speaker of its own; a
    report quoting a title or a label stays a report."""
    out: list[Candidate] = []
    for c in found:
        parts = [m.span(1) for m in _FRAGMENT_RE.finditer(text, c.start, c.end)]
        if not parts or any(_label(text, s) for s, _ in parts):
            out.append(c)
            continue
        out.extend(replace(c, start=s, end=e, kind="partial") for s, e in parts)
    return out


_NEW_CLAUSE_RE = re.compile(r", (?:and|but|while|yet) ")


# ", and the market did nothing": after a report, ", and" with a determiner's noun phrase and an auxiliary
# is the writer going on (tune: 4 gold reports end before one, 1 runs on; 3 reports won, none lost),
# unless the cue is inserted before it. A modal is no such auxiliary: "and the crews would be home soon"
# goes on with the speaker's forecast (tune: no report changes either way).
_WRITER_CLAUSE_RE = re.compile(r", and (?:" + _DETERMINER_ALT + r")(?: [\w’'-]+){1,3}? "
                               r"(?:" + trie_alternation(_AUX_AFTER_WORDS - _MODALS) + r")\b")


def _cue_inside(cand: Candidate, pos: int) -> bool:
    """Whether the speaker is named inside the report before ``pos`` ("X, Ines Varga said, and Y"):
    then ", and" goes on with the report around the inserted cue."""
    return cand.mention is not None and cand.start < cand.mention.start < pos


def _object_cut(text: str, cand: Candidate) -> Candidate:
    """Where the report ends before ", and": at a writer's clause (_WRITER_CLAUSE_RE: "X, and the market
    did nothing") unless the cue is inserted before it; and after a short object that is no clause when a
    clause with its own subject and verb follows ("now rejects talks altogether, and his party has
    withdrawn ..."): that clause is the writer's, so the content ends at the comma (and is then no report
    unless its cue takes a bare object)."""
    m = _NEW_CLAUSE_RE.search(text, cand.start, cand.end)
    if m is None:
        return cand
    if _WRITER_CLAUSE_RE.match(text, m.start(), cand.end) and not _cue_inside(cand, m.start()):
        return replace(cand, end=m.start())
    if _reported_clause(text[cand.start:m.start()]):
        return cand
    if not _BARE_CLAUSE_RE.match(text, m.end(), cand.end):
        return cand
    return replace(cand, end=m.start())


# "Officials are urging parents to act after two cases were found": a present appeal followed by an
# "after" clause with a past verb of its own gives the writer's reason for the appeal, not its content.
_PRESENT_APPEAL_RE = re.compile(r"(?:(?:is|are)\s+(?:now\s+|also\s+)?urging|urges|(?:is|are)\s+(?:now\s+)?"
                                r"calling\s+on|calls\s+on)\s+\Z")
_PAST_REASON_RE = re.compile(r"\s+after\s+(?:[\w’'$%.,-]+\s+){1,10}?(?:was|were|had|[a-z]{3,}ed)\b")
_REASON_REACH = 40  # characters before the content that the appeal's words may take


def _reason_cut(text: str, cand: Candidate) -> Candidate:
    """The appeal's content without the writer's past "after" clause (see _PRESENT_APPEAL_RE)."""
    if cand.cue is None or not cand.cue.startswith(("urg", "call")):
        return cand
    if not _PRESENT_APPEAL_RE.search(text, max(0, cand.start - _REASON_REACH), cand.start):
        return cand
    m = _PAST_REASON_RE.search(text, cand.start, cand.end + 1)
    if m is None or " to " not in text[cand.start:m.start()]:
        return cand
    return replace(cand, end=m.start())


_DESCRIBE_CUES = _inflect("describe")
# Verbs that label their object: "dismissed the audit as a stunt", "portrayed the mayor as weak" label
# it as "described X as Y" does, and the annotators mostly leave that out too (tune: 10 of 12 such reports
# matched no gold). The object before "as" is a short noun phrase with no verb of its own.
# A participle (", dismissing them as X") goes with the speaker's own words and stays a report (the seed).
_LABEL_VERBS = _inflect("dismiss denounce portray criticize criticise condemn deride brand")
_LABEL_CUES = frozenset(w for w in _LABEL_VERBS if not w.endswith("ing"))
# "as" followed by a clause of its own ("criticized the board as it stalled", "as the police cleared the
# square") is a conjunction, not a label.
_AS_CLAUSE = (r"(?:he|she|it|they|we|you|i|(?:" + _DETERMINER_ALT + r")\s+"
              r"(?:(?!(?:who|which|that)\s)[\w’'-]+\s+){1,3}?(?:" + _AUX_AFTER + r"|"
              r"[a-z]{3,}ed\s+(?:" + _DETERMINER_ALT + r"|it|them|him|to|up|out|down|off|in|on)))\b")
_LABELLED_RE = re.compile(r"(?:(?!(?:that|which|who|as|" + _AUX_AFTER + r")\s)"
                          r"[\w’'.-]+\s+){1,7}?as\s+(?!(?:if|though|well|soon|long|much|many|part|of|a\s+result)\b"
                          r"|" + _AS_CLAUSE + ")")
_CLAIM_CUES = _inflect("claim")


def _claims_to_be(text: str, start: int) -> bool:
    """Whether a claim's content is an infinitive of what the claimant is or does ("claims to be a
    journalist", "who claim to represent voters"): a pretension, not a report (tune: none of 7 such
    reports matched a gold one with its speaker), unlike "claimed (that) the vote was rigged"."""
    return text.startswith("to ", start)


# The writer standing in for the paper ("our correspondent", "this scribe") observing a scene: the
# writer's own account, no one's speech ("Our correspondent observed that most shops were shut").
_WRITER_RE = re.compile(r"(?:[Oo]ur|[Tt]his)\s+(?:(?:own|special|staff)\s+)?"
                        r"(?:correspondents?|reporters?|scribe|writer|journalists?|newspaper|news\s+agency)\Z")
_SEEING_CUES = _inflect("observe note notice")
# An advert, a lawsuit or a placard as the subject: the annotators take its quoted words as a quote but
# leave what it "touts", "slams" or "alleges" unreported (tune: 9 such reports, none gold; 0 of the 3,841
# indirect gold reports in tune have one as the speaker, while 19 direct or partial quotes do).
_ARTEFACT_HEADS = _words(
    """ad ads advert adverts advertisement advertisements commercial commercials lawsuit lawsuits suit
       sign signs t-shirt t-shirts billboard billboards""")


# A fronted adverbial clause alone before an inverted cue ("When the talks stalled, the envoy declared
# ..."): it sets the scene of the act, it is not what was said (tune: 2 such reports, none gold; no gold
# report is such a clause alone). "Whether X is Y" is a subject clause, so it is not listed.
_FRONTED_CLAUSE_RE = re.compile(r"(?:When|While|After|Before|As|Since|If|Although|Though|Because|Once|Until|"
                                r"Unless)\s[^,;:]*\Z")


def _kept(text: str, cand: Candidate) -> bool:
    """A demand's bare noun phrase is a report ("called for new elections"); elsewhere a short content
    must read as a clause (tested first: most contents pass it on their length alone), and a long one
    after an act cue must not be a verbless noun phrase (_long_object). A description
    reports only a clause ("described how the ferry sank"): "described the plan as a fraud" labels its
    object, which the annotators mostly leave out (tune: 4 of 20 such reports matched a named one); it is
    dropped here, after it has ended the report before it ("X said A, and Y described B as ...")."""
    if cand.cue in _DESCRIBE_CUES and not (_THAT_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start)
                                           or _THAT_ONLY_OPENER_RE.match(text, cand.start)):
        return False
    if cand.cue in _CLAIM_CUES and _claims_to_be(text, cand.start):
        return False
    if cand.cue in _APPEAL_CUES and not _PLEA_RE.match(text, cand.start, cand.end):
        return False
    if cand.cue in _SEEING_CUES and cand.mention is not None and _WRITER_RE.fullmatch(cand.mention.text):
        return False
    content = text[cand.start:cand.end]
    if text.startswith(",", cand.end) and _FRONTED_CLAUSE_RE.match(content):
        return False
    if " ".join((cand.cue or "").split()) in _OBJECT_CUES:
        return True
    if not _reported_clause(content):
        return False
    return cand.cue in _WHOLE_CONTENT_CUES or not _long_object(text, cand.start, content)


_WH_OPENERS = _words("what why how whether when where who which if")


def _long_object(text: str, start: int, content: str) -> bool:
    """Whether a long content after an act cue is a bare noun phrase with no verb of its own: what the
    speaker touted, praised, announced or recalled ("touted the program's gains over two years"), an
    act's object that the annotators leave out (tune: 56 of 75 such reports matched no gold), unlike a
    clause, a wh-clause, a gerund or "X of/for doing Y" ("accused the board of hiding the costs")."""
    if content.count(" ") < _SHORT_CONTENT_WORDS or _THAT_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    raw = _CONTENT_WORD_RE.findall(content)
    words = [w.lower().rstrip("’'") for w in raw]
    first = _CONTRACTION_RE.sub("", words[0])
    if first in _CLAUSE_SUBJECTS or first in _WH_OPENERS or first.endswith("ing") or first == "of":
        return False
    if "to" in words or "as" in words[1:-1] or any(w in _FINITE_WORDS or w.endswith(_NEGATED) for w in words):
        return False
    return not any(_object_verb_at(words, raw, k) for k in range(1, len(words)))


_OBJECT_OPENERS = _DETERMINERS | _words("this that these those him them us me it no more")


def _object_verb_at(words: list[str], raw: list[str], k: int) -> bool:
    """_verb_at for a long content, where most -s words are plural nouns ("the party's wins in March"):
    an -s word reads as a verb only before an object ("its polling shows Ruiz ahead"); a gerund two words
    after "of"/"for" still reads as one ("for once holding")."""
    word, prev = words[k], words[k - 1]
    if word.endswith("ing") and k > 1 and words[k - 2] in ("of", "for"):
        return True
    if not word.endswith("s") or word.endswith(("ss", "'s", "’s")) or prev in _VERB_ADVERBS:
        return _verb_at(words, k)
    return (k < len(words) - 1 and (words[k + 1] in _OBJECT_OPENERS or raw[k + 1][0].isupper())
            and _verb_at(words, k))


class _State:
    """Per-text context shared by the cue hits: sentences, quote spans, speakers seen so far."""

    def __init__(self, text: str, sents: _Sentences, blocked: list[tuple[int, int]]) -> None:
        self.text = text
        self.sents = sents
        self.blocked = blocked
        self.starts = [s for s, _ in blocked]
        self.subjects: dict[int, Mention] = {}  # sentence start -> first speaker mention in it
        self.pending: dict[int, int] = {}  # sentence start -> a quote's cue whose speaker is not read yet

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.blocked[i][1] > pos

    def quote_ends_between(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.starts, hi) - 1
        return i >= 0 and lo <= self.blocked[i][1] <= hi

    def quote_just_before(self, pos: int) -> bool:
        """Whether a quote ends at most four characters before ``pos`` on the same line: '"...?"
        Trump said' even when the question mark ended the sentence."""
        i = bisect_left(self.starts, pos) - 1
        if i < 0 or not pos - 4 <= self.blocked[i][1] <= pos:
            return False
        gap = self.text[self.blocked[i][1] - 1:pos]
        return "\n" not in gap and gap[:2].strip("\"”’' ")[:1] in ("?", "!", ",")

    def subject(self, ss: int) -> Mention | None:
        """The sentence's speaker for a participle or a second verb ("..., saying", "and added")."""
        if ss not in self.subjects and ss in self.pending:
            cs = self.pending.pop(ss)
            mention, _ = _subject(self.text, _tokens(self.text, max(ss, cs - 200), cs), "said")
            if mention is not None:
                self.subjects[ss] = mention
        return self.subjects.get(ss)


# Evidence that a short content is a reported clause ("she wasn't coming", "him to resign",
# "Trump of ducking"), not the object of an act ("denounced the United Nations", "cited his record").
_SHORT_CONTENT_WORDS = 6
_CLAUSE_SUBJECTS = _words("he she they it i we you there this that these those")
# Common irregular past forms: "three ships ran aground", "Trump went too far".
_IRREGULAR_PAST = _words(
    """ran rose fell went grew made took got came gave knew saw won lost left met paid put sold told thought
       brought held kept led meant felt found became began broke built bought caught chose drew drove fought
       forgot hid hit hurt let lay read sent shot shut sat slept spoke spent stood stole struck swore taught
       threw understood wore wrote said did sought"""
)
# The past forms that are not also a present or bare form ("they read", "we cut"), so they mark a past verb.
_UNAMBIGUOUS_PAST = _IRREGULAR_PAST - _words("read put let hit hurt shut set cut")
# Cues whose content is a demand, so a bare noun phrase is the whole report ("called for new elections").
# A that-less clause after a THAT_ONLY cue: a short subject without a preposition or relative, then a
# finite verb ("the paper reported the talks had stalled", "CNN reported Ann Roe will run"), unlike
# an object ("reported a loss of $5 million", "wrote a book called ...").
_BARE_CLAUSE_RE = re.compile(
    r"(?!of\s)(?:(?!(?:that|which|who|whom|whose|what|to|for|by|with|from|in|on|at|into|as|and|or|but|if|when|"
    r"while|because|after|before|since|about|against|over|than)\s)[\w$%’'.-]+\s+){1,6}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|"
    + trie_alternation(_UNAMBIGUOUS_PAST) + r")\s"
)
_OBJECT_CUES = frozenset(w for w in CUE_WORDS if w.startswith(("call", "appeal")) and " " in w) | _inflect(
    "urge")
_PLEA_RE = re.compile(r"(?:[\w’'-]+\s+){1,6}?to\s+[a-z]+")
_CONTENT_WORD_RE = re.compile(r"[\w’'-]+")
_CONTRACTION_RE = re.compile(r"[’'](?:ll|d|re|ve|s|m|t)$")
_NEGATED = ("n't", "n’t", "'ll", "’ll", "'d", "’d", "'re", "’re", "'ve", "’ve")


def _reported_clause(content: str) -> bool:
    """Whether a content reads as a reported clause: long enough, or with a subject pronoun, a finite
    or modal verb, a "to" infinitive, "of/for" + gerund, "Y as Z", or a past or present verb form after
    a noun ("the tariff hurts farmers")."""
    if content.count(" ") >= _SHORT_CONTENT_WORDS:
        return True
    words = _CONTENT_WORD_RE.findall(content.lower())
    if not words:
        return False
    if _CONTRACTION_RE.sub("", words[0]) in _CLAUSE_SUBJECTS or "to" in words[:-1]:
        return True
    if any(w in _FINITE_WORDS or w.endswith(_NEGATED) for w in words) or "as" in words[1:-1]:
        return True
    return any(_verb_at(words, k) for k in range(1, len(words)))


_VERB_ADVERBS = _words("still also already never always often rarely seldom just now")


def _verb_at(words: list[str], k: int) -> bool:
    """Whether words[k] reads as the verb of a short clause (words[0] is never a verb here)."""
    word, prev = words[k], words[k - 1]
    if prev in ("of", "for") and word.endswith("ing") or word in _IRREGULAR_PAST:
        return True
    if prev in _VERB_ADVERBS and k > 1:
        return True  # "parents still want", "the board never met": an adverb before a verb
    if prev in _DETERMINERS or prev in _CLAUSE_SUBJECTS or len(word) <= 4:
        return False
    if word.endswith("ed"):
        return True  # "the Khan family deserved better"
    return (word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and k < len(words) - 1
            and not prev.endswith(("s", "'s", "’s")))  # "the tariff hurts farmers"


def _select(text: str, found: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Sorted, non-overlapping candidates that touch no quote span.

    When a later report starts inside an earlier one ("X rejected the plan, and Y added that ..."),
    the earlier one ends where the later one's speaker begins; otherwise the later one goes.
    """
    blocked = sorted(taken)
    starts = [s for s, _ in blocked]
    kept: list[Candidate] = []
    for c in found:
        i = bisect_left(starts, c.end)
        if i and blocked[i - 1][1] > c.start:
            j = bisect_left(starts, c.start)
            cut_short = None if j and blocked[j - 1][1] > c.start else _before_quote(text, c, starts[j])
            if cut_short is None:
                continue
            c = cut_short
        if kept and c.start < kept[-1].end:
            prev = kept[-1]
            cut = _connector_start(text, prev.start, c.mention.start) if c.mention else None
            if cut is None or c.mention is None or c.mention.start >= prev.end:
                continue
            kept[-1] = replace(prev, end=cut)
        kept.append(c)
    return kept


def _ends_at_next_speaker(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each report cut where the next one's speaker begins after ", and" ("X said A, and Y, in reply,
    described B as '...'"), before the quote test: the quote is Y's, not inside X's report."""
    out = list(found)
    inner: set[int] = set()
    for k in range(len(out) - 1):
        c, nxt = out[k], out[k + 1]
        mention = nxt.mention
        if (mention is not None and c.mention is not None and c.mention.start < c.start
                and c.start < mention.start < nxt.start < c.end):  # two reports that follow their cues
            cut = _connector_start(text, c.start, mention.start)
            if cut is not None and _chained(text, c.start, cut, mention.start):
                inner.add(k + 1)  # "X said the envoy, Y, had told him that ...": one report of X's
            elif cut is not None and text[cut] in ",;":  # not " and": "shootings and protests demand"
                out[k] = replace(c, end=cut)
    return [c for k, c in enumerate(out) if k not in inner]


def _chained(text: str, start: int, cut: int, name: int) -> bool:
    """Whether the next speaker is an appositive name inside the report ("said the envoy, Y, had told
    him ..."): a bare comma before it and no clause before that comma, so the report is a chain."""
    return text[cut] == "," and not text[cut + 1:name].strip() and not _reported_clause(text[start:cut])


# Where a report ends before the speaker's next act, which carries a quote of its own: ", calling
# him “...”", " and calls her “...”", ", but added, “...”", " — ...".
_ONE_WORD_VERBS = frozenset(w for w in SPEECH_VERBS if " " not in w) - frozenset(SPEECH_VERB_BASES)
_NEXT_ACT_RE = re.compile(
    r",\s+(?:and\s+|but\s+)?(?:also\s+|then\s+)?(?:"
    + trie_alternation(frozenset(w for w in _ONE_WORD_VERBS if w.endswith("ing")))
    + r")\s|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:"
    + trie_alternation(frozenset(w for w in _ONE_WORD_VERBS if not w.endswith("ing")))
    + r")\b"
)


def _before_quote(text: str, cand: Candidate, quote: int) -> Candidate | None:
    """The part of a report before the last next-act break ahead of a quote it runs into, or None
    when no such break exists (then the quote is inside the report, whose words it carries)."""
    cut = None
    for m in _NEXT_ACT_RE.finditer(text, cand.start, quote):
        cut = m.start()
    if cut is None or not _reported_clause(text[cand.start:cut]) or text.count(" ", cand.start, cut) < 2:
        return None
    return replace(cand, end=cut)


def _connector_start(text: str, lo: int, pos: int) -> int | None:
    """Where ", and" / "; but" before a clause's subject begins, if the clause is joined so."""
    m = _CONNECTOR_RE.search(text, max(lo, pos - 12), pos)
    if m is None or m.start() - lo < 8:
        return None
    return m.start()


_INVERTED_ROLE_RE = re.compile(r"\s+the\s+(?:[\w-]+\s+){0,3}?([a-z-]+)\s*(?:[.,;]|\Z)")


def _inverted_role(text: str, cs: int, ce: int) -> bool:
    """ "CLAUSE, maintained the spokesman.": a role noun after an inverting cue names the speaker."""
    m = _INVERTED_ROLE_RE.match(text, ce, ce + 60) if text[cs - 2:cs] == ", " else None
    return m is not None and m.group(1) in ROLE_NOUNS


# A modal right before the cue ("could call on", "would demand", "may now ask", "will pledge"): speech
# that is supposed, owed or yet to come, which dev's gold mostly leaves out (tune: 12 of 17 such
# reports matched none, 2 more only in part).
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:would|could|may|might|must|should|will|can|shall)\s+(?:[a-z]+ly\s+|now\s+)?\Z")
_MODAL_LAST = frozenset("dytlnw")  # the last letter of a modal or of its adverb: a cheap test first


_CONCEDE_CUES = _inflect("concede")
# What a loser concedes when the verb is the act of yielding, not a statement: defeat, a race, a seat
# (unless a verb follows: "conceded the race was lost" reports a clause, see _taken_not_said).
_CONTEST_RE = re.compile(
    r"\s+(?:defeat|victory|(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:race|election|contest|primary|nomination|seat|caucus(?:es)?|runoff|run-off|title|leadership))\b")

# What a claimant takes when "claim" is the act of taking it, not a statement: allegiance, responsibility,
# credit, a victory, a share of the vote, seats, ground ("claimed responsibility for the blast",
# "claiming 41 percent of the vote"); tune: 9 such reports, none matched gold. A clause makes it a
# statement ("claimed victory was within reach", "claimed credit card fees were rising").
_STAKE_CUES = _inflect("claim assert")
_STAKE_RE = re.compile(
    r"\s+(?!that\s)(?:(?:" + _DETERMINER_ALT + r"|more|full|sole|[\d.,]+|[\w-]+(?:th|nd|rd|st))\s+){0,3}"
    r"(?:[\w'’-]+\s+)?(?:allegiance|responsibility|credit|victory|victories|wins?|prize|title|percent|"
    r"delegates|seats?|territory|ground|mantle)\b")
_PHRASE_END_RE = re.compile(r"[,;:—–()\"“”]")


def _taken_not_said(text: str, cue: str, ce: int, se: int) -> bool:
    """Whether the phrase after the cue, up to its first comma, has no verb of its own: "conceded the
    race to Ames" yields it, "conceded the race results were poor" says something. A verb after a
    gerund cue is mostly the sentence's ("gunmen claiming allegiance to X killed ..."), so there only an
    auxiliary counts ("is claiming victory was near")."""
    m = _PHRASE_END_RE.search(text, ce, se)
    words = _CONTENT_WORD_RE.findall(text[ce:m.start() if m else se].lower())
    if any(w in _FINITE_WORDS or w.endswith(_NEGATED) for w in words):
        return False
    return cue.endswith("ing") or not any(
        w in _UNAMBIGUOUS_PAST or (w.endswith("ed") and words[k - 1] not in _DETERMINERS)
        for k, w in enumerate(words[1:], 1))


# A cue word used as a noun after a determiner: "a stern warning about", "the central claims of", "the
# short-term demands of" (tune: 7 such reports, none gold; the gold reports no noun of these). A singular
# form after a determiner and one word is a noun ("a trigger warning"); a plural one may be a verb after
# a noun ("the union demands"), so only a determiner alone or a modifier ("short-term", "central") counts.
_NOUN_CUES_ONE = _words("warning promise")
_NOUN_CUES_MANY = frozenset(("warnings", "claims", "calls for", "demands"))
_DETERMINER = r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)|[’']s)\s+"
_NOUN_ONE_RE = re.compile(_DETERMINER + r"(?:[\w’'/-]+\s+)?\Z")
_NOUN_MANY_RE = re.compile(_DETERMINER + r"(?:(?:[\w’']+[-/][\w’'/-]+|[a-z]+(?:al|ic|ous|ive|ful))\s+)?\Z")


# A gerund as a generic act with no one doing it: "it means admitting that X", "there's no denying X",
# "instead of denying them care" (tune: 4 such reports, none gold).
_GENERIC_GERUND_RE = re.compile(r"\b(?:means|meant|mean|[Nn]o|[Ii]nstead\s+of)\s+\Z")


def _generic_gerund(text: str, cue: str, cs: int) -> bool:
    """Whether the cue is a gerund with no one doing it (see _GENERIC_GERUND_RE)."""
    return cue.endswith("ing") and _GENERIC_GERUND_RE.search(text, max(0, cs - 12), cs) is not None


def _noun_cue(text: str, cue: str, cs: int) -> bool:
    """Whether the cue word is a noun here (see _NOUN_CUES_ONE)."""
    if cue in _NOUN_CUES_ONE:
        return _NOUN_ONE_RE.search(text, max(0, cs - 40), cs) is not None
    return cue in _NOUN_CUES_MANY and _NOUN_MANY_RE.search(text, max(0, cs - 40), cs) is not None


def _candidate(state: _State, cs: int, ce: int) -> Candidate | None:
    """The report a cue hit introduces, if any: content side first (cheap), then the speaker."""
    text = state.text
    if text[cs - 2:cs - 1] in _MODAL_LAST and _MODAL_BEFORE_RE.search(text, max(0, cs - 24), cs):
        return None
    if text.startswith(" by ", ce):
        return _as_reported_by(text, cs, ce, *state.sents.around(cs))  # "was said by": passive, no report
    cue = text[cs:ce]
    if cue == "saying" and text[cs - 4:cs] == " as ":
        return _quoted_as(state, cs, ce)
    stake = _CONTEST_RE if cue in _CONCEDE_CUES else _STAKE_RE if cue in _STAKE_CUES else None
    if stake and stake.match(text, ce) and _taken_not_said(text, cue, ce, state.sents.around(cs)[1]):
        return None  # "conceded defeat", "claimed responsibility": yielding or taking it, no statement
    if _noun_cue(text, cue, cs) or _generic_gerund(text, cue, cs):
        return None
    if cue in _THAT_ONLY_BARE and _no_that_content(text, cue, ce) and not _inverted_role(text, cs, ce):
        return None
    ss, se = state.sents.around(cs)
    rest = _adverbials_end(text, ce, se)
    post = _post_position(text, rest, se, cue)
    if post and ss not in state.subjects and state.quote_ends_between(max(ss, cs - 80), cs):
        state.pending.setdefault(ss, cs)  # '"...," X said.' attributes a quote: read X only if needed
        return None
    start = None if post else _content_start(text, cue, ce, rest, se)
    if not post and (start is None or start >= len(text)) and not (
            start is None and cue in _INVERTING_CUES and text[cs - 2:cs] == ", "
            and _INVERTED_HEAD_RE.match(text, ce, se)):
        return None  # no content after the cue (' said:' at the end of the text), nor a speaker
    if start is not None and text[start] in _QUOTE_OPENERS and not _SCARE_OPENING_RE.match(text, start) and (
            ss in state.subjects or ss not in state.pending):
        return None  # 'X said, "..."': a direct quote's cue, and the sentence's speaker is known or unasked
    mention, kind, before = _speaker(state, ss, cs, cue)
    if kind == "passive":
        return None
    if kind in ("none", "stop") and start is not None and _FRONTED_GERUND_RE.fullmatch(text, ss, cs) and (
            cue.endswith("ing") and _THAT_BEFORE_RE.search(text, start - 6, start)):
        return _fronted_report(text, start, se, cue)
    if kind == "np" and not post and before and before[-1][0] == "," and cue in _INVERTING_CUES:
        inverted = _inverted_speaker(text, rest, se)
        if inverted is not None:  # "CLAUSE, the race will be tight, said Ann Roe, an analyst."
            return _span_before(text, ss, se, before, cue, inverted, after=se)
    if kind == "inverted" and not _after_adverb_aside(before):
        pronoun = _INVERTED_PRONOUN_RE.match(text, ce, se) if cue in _INVERTING_CUES else None
        if pronoun is not None:  # "CLAUSE, added he.": older house styles invert a pronoun too
            return _span_before(text, ss, se, before, cue, Mention(pronoun.group(1), *pronoun.span(1)),
                                after=se)
        mention = _np_after(text, ce, se) if cue in _INVERTING_CUES else None
        if mention is not None and not _opens_clause(mention.text) and (
                _post_position(text, mention.end, se, "") or _INVERTED_TAIL_RE.match(text, mention.end, se)
                or _inverted_speaker(text, ce, se) is not None):
            return _span_before(text, ss, se, before, cue, mention, after=se)
    if kind == "inverted":
        mention, kind = _sentence_subject(text, ss, cs), "np"
    if mention is None or mention.text.lower() in _NON_SPEAKERS or _is_data(mention.text):
        return None
    if kind == "comma_np" and post:
        return _span_before(text, ss, se, before, cue, mention, subject_start=mention.start, after=rest)
    if start is None and post and kind == "np":
        start = _after_as_clause(text, ss, rest, se, mention)
    if start is None:
        return None
    if kind != "follow" and (state.quote_ends_between(max(ss, mention.start - 4), mention.start)
                             or state.quote_just_before(mention.start)) and not (
            _THAT_BEFORE_RE.search(text, start - 6, start)):
        return None  # '"...," Carson said of the ban': the words after a quote's cue are not content
    if _SUBORDINATE_RE.match(text, ss) and "," not in text[ss:start]:
        comma = _CLAUSE_COMMA_RE.search(text, start, se)  # "While X said Y, Z": the report ends there
        se = comma.start() if comma else se
    elif _INNER_SUBORDINATE_RE.search(text, max(ss, mention.start - 40), mention.start) and (
            "," not in text[mention.start:start]):
        main = _MAIN_CLAUSE_RE.search(text, start, se)  # "weeks after X said Y, Z won": Y ends at Z
        se = main.start() if main else se
    who = text.rfind(", who", mention.end, cs)  # after the name's aside: "X, an analyst at Y, who said"
    if who >= 0 and _WHO_GAP_RE.fullmatch(text, who, cs):
        main = _MAIN_VERB_RE.search(text, start, se)  # "X, who said Y, did not": Y ends before the main verb
        se = main.start() if main else se
    coord = _speaker_vp(text, start, se)  # "X said Y would fail, and called on Z": X's next act
    if coord and not _has_past(text[start:coord.start()]) and not _backshifted(text, start, coord):
        se = coord.start()
    elif cue not in _CLAUSE_CUES or _NONFINITE_HEAD_RE.match(text, start):
        nxt = _NEXT_FINITE_RE.search(text, start, se)
        if nxt and _nonfinite(text[start:nxt.start()]):
            se = nxt.start()  # "pledged to cut fares and has since toured the depots": the speaker's act
    if cue.split()[0].endswith("ing") and _DOC_SUBJECT_RE.fullmatch(text, ss, cs):
        se = _main_verb_start(text, start, se)  # "A post by X announcing that Y drew 400 replies"
    cand = _make(text, start, se, cue, mention)
    if cand is not None:
        cand = _shared_request(text, cand, se)
    rel = _relative_start(text, ss, start, mention)
    if rel is None and _opens_with_gap_verb(text, start) and _QUANTIFIED_RE.search(
            text, max(ss, mention.start - 12), mention.end):  # the cheap word test first
        return None  # "Everything X says is a lie": the writer's verdict on X's words, not X's report
    return replace(cand, start=rel) if cand is not None and rel is not None else cand


# A sentence that opens with a gerund cue and its "that" clause, perhaps after a preposition of time:
# "Noting that X, Ann Roe said ...", "After suggesting on Monday that X, the mayor ...". Tune: 7 of 10
# such reports gold, their speaker the main clause's subject.
_FRONTED_GERUND_RE = re.compile(
    r"\s*(?:(?:After|Before|Since|While|Upon|In\s+addition\s+to)\s+)?(?:also\s+)?")
_SUBJECT_TAIL_WORDS = _VERB_ADVERBS | _words("only")


def _fronted_report(text: str, start: int, se: int, cue: str) -> Candidate | None:
    """The report of a sentence-opening gerund cue: its clause ends at the comma before the main clause,
    whose subject speaks."""
    main = _MAIN_CLAUSE_RE.search(text, start, se)
    if main is None:
        return None
    words = text[main.start() + 1:main.end()].split()
    if len(words) > 1:
        words.pop()  # the main clause's verb
    while len(words) > 1 and (words[-1] in _SUBJECT_TAIL_WORDS or _is_ly_adverb(words[-1])):
        words.pop()  # "Ann Roe only occasionally agreed"
    if not words or len(words) > 6 or not (words[0][:1].isupper() or words[0] in _PRONOUN_SUBJECTS or (
            words[0] in _DETERMINERS)) or words[0].lower() == "there":
        return None
    begin = text.index(words[0], main.start())
    phrase = " ".join(words)
    if text[begin:begin + len(phrase)] != phrase:
        return None
    return _make(text, start, main.start(), cue, Mention(phrase, begin, begin + len(phrase)))


# A sentence that opens with a document and a participle ("A petition calling on X to resign has drawn
# 9,000 names", "A post by X announcing that Y drew replies"): the report sits inside the subject and
# ends before the sentence's own verb.
_DOC_SUBJECT_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + trie_alternation(DOCUMENT_NOUNS) + r")(?:\s+(?:by|from)\s+[^,;:—–()]{1,60}?)?\s+")
_VERB_TOKEN_RE = re.compile(r"\b(?:" + trie_alternation(
    (_FINITE_WORDS - _words("be been being having not never")) | _IRREGULAR_PAST) + r"|[a-z]{3,}ed)\b")
_PARTICIPLE_AUX = _words("be been being is are was were has have had get got to")


def _main_verb_start(text: str, start: int, se: int) -> int:
    """Where the sentence's main verb begins after a report inside its subject: the first finite verb
    after an infinitive or a noun phrase, the second after a clause ("that Y would open ... drew")."""
    clause = _THAT_BEFORE_RE.search(text, max(0, start - 6), start) is not None or _has_verb(
        text[start:min(se, start + 40)].split()[1:3])
    seen = 0
    for m in _VERB_TOKEN_RE.finditer(text, start, se):
        prev = text[max(start, m.start() - 12):m.start()].split()
        if m.group().endswith("ed") and prev and prev[-1].lower() in _PARTICIPLE_AUX:
            continue  # "to be banned", "has reached": a participle of the verb before it
        seen += 1
        if seen > (1 if clause else 0) and m.start() - start > 8:
            return m.start() - 1
    return se


# "said one of the men had pointed a gun at him and told him to open the safe": a request after a clause
# in the past is that clause's subject's next act, inside the report (unlike "said the plan would fail
# and told them to vote no", the speaker's own act).
_SHARED_REQUEST_RE = re.compile(r"\s+and\s+(?:told|asked|urged|begged)\s+(?:him|her|them|me|us)\s+to\s")


def _shared_request(text: str, cand: Candidate, se: int) -> Candidate:
    m = _SHARED_REQUEST_RE.match(text, cand.end, se)
    content = text[cand.start:cand.end]
    if m is None or not _has_past(content) or _BACKSHIFT_MODAL_RE.search(content):
        return cand
    return replace(cand, end=_clause_end(text, m.end(), se))


# Sentence adverbs set off by commas between a subject and its cue: "Residents of X, however, said ...".
_ASIDE_ADVERBS = _words("however though too also meanwhile instead likewise nonetheless nevertheless")


def _after_adverb_aside(before: list[tuple[str, int, int]]) -> bool:
    """Whether the comma before a cue closes a sentence adverb aside, so the cue is not inverted."""
    return len(before) > 3 and before[-1][0] == before[-3][0] == "," and (
        before[-2][0].lower() in _ASIDE_ADVERBS)


# "which he said was a mistake", "what critics say is overreach": a relative clause whose subject is
# the pronoun itself (the content opens with its verb); the report starts at the pronoun.
_NP_WORD = r"(?!(?:that|which|who|whom|what|to|of|for|in|on|at|with|by|from|and|or|as)\s)[a-z][\w-]*\s+"
_RELATIVE_BEFORE_RE = re.compile(
    r"\bwhat\s+\Z|\b(?:an?|the|this|that|its|his|her|their)\s+(?:" + _NP_WORD + r"){1,4}\Z")


# A quantifier heading the speaker's words ("everything X says", "nothing she said"): when what follows
# the cue is a bare verb, the words are the subject of that verb, judged by someone else.
_QUANTIFIED_RE = re.compile(
    r"\b(?:[Ee]verything|[Aa]nything|[Nn]othing|[Ss]omething|[Ll]ittle|[Mm]uch of what|[Aa]ll that)\s+\S+")


def _opens_with_gap_verb(text: str, start: int) -> bool:
    first = text[start:start + 12].split(None, 1)
    return bool(first) and first[0].lower() in _AUX_AFTER_WORDS


def _relative_start(text: str, ss: int, start: int, mention: Mention) -> int | None:
    """Where the relative pronoun before the speaker starts, when the content lacks its subject."""
    first = text[start:start + 12].split(None, 1)
    if first and first[0] == "to" and _OBJECT_GAP_RE.match(text, start):
        m = _RELATIVE_PRONOUN_RE.search(text, max(ss, mention.start - 8), mention.start)
        return m.start() if m else None
    if not _opens_with_gap_verb(text, start) or _THAT_BEFORE_RE.search(text, start - 6, start):
        return None
    m = _RELATIVE_BEFORE_RE.search(text, max(ss, mention.start - 60), mention.start)
    return m.start() if m else None


# "claims, which Beijing has vowed to ignore": an infinitive whose object is the relative pronoun
# before the speaker; the report starts at the pronoun.
_OBJECT_GAP_RE = re.compile(r"to\s+(?:do|[a-z]+)\s*(?:[.,;:!?)\"”]|\Z)")
_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:which|that|what)\s+\Z")


# Cues that may precede their speaker (", said X", ", added X"); an act on an object does not
# ("..., criticized the plan", ", accused Y of"): there the words after the cue are its object.
_INVERTED_PRONOUN_RE = re.compile(r"\s+(he|she)(?=\s*(?:[.!?]|,\s+(?:[a-z]+ly|adding|before|after)\b))")
_INVERTED_HEAD_RE = re.compile(r"\s+(?:[A-Z]|the\s|an?\s|he\b|she\b)")  # ", maintained the envoy."
_INVERTING_CUES = forms_of(
    "say", "add", "write", "ask", "note", "predict", "explain", "argue", "recall", "continue", "warn",
    "insist", "conclude", "observe", "reply", "respond", "remark", "declare", "acknowledge", "counter",
    "suggest", "caution", "complain", "joke", "quip", "report", "tweet", "post", "admit", "concede",
    "agree", "claim", "contend", "maintain", "emphasize", "stress", "point out", "announce", "state",
    "retort", "comment",
)


# A second verb phrase of the speaker after "and" or "but": ", and has championed", ", and called on",
# ", but then left"; without a comma only where an object or "to" follows the past form ("and celebrated
# the ruling", "and tried to"), as "and unsettled weather" is a noun phrase.
_PAST_VP = r"(?:[a-z]{3,}ed|" + trie_alternation(_IRREGULAR_PAST) + r")"
_SPEAKER_VP_RE = re.compile(
    r"(?:,\s+and|,\s+but)\s+(?:(?:has|have|had)\s+(?:also\s+)?[a-z]+ed|(?:also\s+|then\s+|later\s+)?"
    + _PAST_VP + r")\b"
    r"|\s(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?" + _PAST_VP
    + r"\s+(?:the|a|an|his|her|their|its|to|that|him|them|it|on|for|with|against|about)\s"
)


def _speaker_vp(text: str, start: int, se: int) -> re.Match[str] | None:
    """The speaker's next verb phrase in text[start:se] (_SPEAKER_VP_RE); most reports hold no "and" nor
    "but", which two string searches tell faster than the regex."""
    if text.find("and", start, se) < 0 and text.find("but", start, se) < 0:
        return None
    return _SPEAKER_VP_RE.search(text, start, se)


# After a report that has no finite verb of its own (an infinitive, a gerund or a noun phrase: "pledged to
# cut fares", "proposed closing two clinics", "praised the crews' work"), a finite verb joined by "and"/"but"
# or a past form after a comma cannot continue it: it is the speaker's next act ("and has gone on to",
# "but also had to", ", opposed the toll"). Bare-looking pasts (cut, put, set ...) could be infinitives.
_PARTICIPLES = _words("gone done been given taken shown written spoken known seen begun driven chosen grown")
_NEXT_FINITE_RE = re.compile(
    r"(?:,\s+|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+|since\s+|[a-z]+ly\s+)?(?:(?:has|have|had)\s+"
    r"(?:also\s+|since\s+|now\s+|[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
    + trie_alternation(_IRREGULAR_PAST | _PARTICIPLES) + r")|was|were|had|" + _PAST_VP + r")\b"
    r"|,\s+(?:[a-z]{3,}ed|" + trie_alternation(_UNAMBIGUOUS_PAST)
    + r")\s+(?:the|a|an|his|her|their|its|that|him|them)\s"
)
_NONFINITE_HEAD_RE = re.compile(r"(?:to|[a-z]+ing)\s")
_CLAUSE_CUES = _NO_TO_CUES | forms_of("tell")  # their report is mostly a clause, seldom a noun phrase
# Cues whose noun phrase is the content itself: a demand ("demanded an inquiry into the flooding"), a
# say-type verb's clause, "according to" (no object).
_WHOLE_CONTENT_CUES = _inflect("demand") | _CLAUSE_CUES | frozenset(("according to", "According to"))
_NOT_NONFINITE = _FINITE_WORDS | _IRREGULAR_PAST | _CLAUSE_SUBJECTS | _words("who whom whose which what")


def _nonfinite(content: str) -> bool:
    """Whether a report is an infinitive, a gerund or a noun phrase, with no verb that a coordinated
    finite verb could share a subject with ("to cut fares", "closing the clinics", "the crews' work")."""
    words = _CONTENT_WORD_RE.findall(content.lower())
    if not words or not _NOT_NONFINITE.isdisjoint(words) or any(w.endswith(_NEGATED) for w in words):
        return False
    return words[0] == "to" or words[0].endswith("ing") or not any(w.endswith("ed") for w in words)


_BACKSHIFT_MODAL_RE = re.compile(r"\b(?:would|could|might|should)\s")


def _backshifted(text: str, start: int, coord: re.Match[str]) -> bool:
    """ "said it would review the files and had asked the trust for ...": a pluperfect after a backshifted
    modal goes on reporting (the said clause's tenses), it is no next act of the speaker's."""
    return " had " in coord.group() and _BACKSHIFT_MODAL_RE.search(text, start, coord.start()) is not None


def _has_past(content: str) -> bool:
    """Whether a clause has a past-tense verb, so that a past verb after ", and" may continue it
    ("Obama had a PAC, and took money") rather than tell what the speaker did next."""
    return any(w in _IRREGULAR_PAST or w in _PAST_AUX or len(w) > 4 and w.endswith("ed")
               for w in _CONTENT_WORD_RE.findall(content.lower()))


_PAST_AUX = _words("was were had did")


# A cue inside a relative clause on its speaker ("X, who has said ..."), and the comma that closes the
# clause before the main verb (", said", ", was", ", quickly went", ", offered").
_CUE_WORDS_1 = frozenset(w for w in CUE_WORDS if " " not in w)
# "X, who endorsed Y in May and said ...": the cue's verb phrase may follow a first one.
_WHO_GAP_RE = re.compile(r",\s+who(?:\s+[a-z]+){0,3}\s+"
                         r"|,\s+who\s[^,;:\"“”]{1,80}?\s(?:and|but)\s+(?:[a-z]+\s+)?")
_MAIN_VERB_RE = re.compile(
    r",\s+(?:(?:[a-z]+ly|also|then|later|now|still)\s+)?(?:"
    + trie_alternation((_FINITE_WORDS - _MODALS) | _IRREGULAR_PAST | _CUE_WORDS_1)
    + r"|[a-z]+ed)\b"
)


# A sentence that opens with a subordinate clause; a report inside it ends at the comma that closes it.
_SUBORDINATE_RE = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:While|Though|Although|Even\s+though|Even\s+as|Even\s+if|If|Because|Since"
    r"|Whereas|When|As|Unless|Once|After|Before)\s"
)
_INNER_SUBORDINATE_RE = re.compile(
    r"\b(?:[Ww]hile|[Tt]hough|[Aa]lthough|[Ww]hen|[Bb]ecause|[Ww]hereas|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]nless)\s+"
    r"(?:an?\s+(?:[a-z][\w’'-]*\s+){1,3})?\Z")  # "after a desperate HP asked"
# The comma before a main clause: a subject pronoun, or a few words and a finite verb ("U.S. forces bombed").
_MAIN_CLAUSE_RE = re.compile(
    r",\s+(?:(?:he|she|they|it|we|I|there)\b|(?!(?:and|or|but|nor|when|where|which|who|whose|while|as|if"
    r"|including|for|in|on|at|with|by|from|to|of|such|like|especially|particularly)\b)"
    r"[^,;:—–()\"“”]{0,50}?\s(?:" + trie_alternation(_FINITE_WORDS | _IRREGULAR_PAST) + r"|[a-z]{3,}ed)\b)")
_CLAUSE_COMMA_RE = re.compile(r",(?=\s)")  # not the comma of "2,400"


def _opens_clause(words: str) -> bool:
    """Whether words after ", said" open the report ("he's with Roe"), not name an inverted speaker."""
    return _CONTRACTION_RE.sub("", words.split(None, 1)[0].lower()) in _CLAUSE_SUBJECTS


_AS_LEADS = ("as", "and as", "but as", "just as", "yet as")


def _after_as_clause(text: str, ss: int, rest: int, se: int, mention: Mention) -> int | None:
    """ "As the paper noted, CLAUSE": the report is the clause after the comma."""
    if text[ss:mention.start].strip().lower() not in _AS_LEADS:
        return None
    pos = rest
    while pos < se and text[pos] in " \t\xa0":
        pos += 1
    if text[pos:pos + 1] != ",":
        return None
    pos += 1
    while pos < se and text[pos] in " \t\xa0":
        pos += 1
    return pos


# An indefinite article and epithets before a name: "a desperate HP", "a still-struggling Acme".
_EPITHET_NAME_RE = re.compile(r"an?\s+(?:(?!(?:of|for|the|in|at|from|with|to|and|on|by)\s)[a-z][\w’'-]*\s+)+"
                             r"([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)")


_YEAR_PRONOUN_RE = re.compile(r"\d{4}\s+(he|she|they)")
# "In a televised address she said": a fronted phrase before a pronoun subject (not "a decision they
# say ...", an object relative, whose phrase no preposition opens).
_FRONTED_PRONOUN_RE = re.compile(r"(?:a|an|the|his|her|their)(?:\s+[a-z][\w-]*){1,3}\s+(he|she|they)")
_FRONTING_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|At|On|During|After|Before|From|Speaking\s+(?:at|on|to))\s+\Z")


def _speaker(state: _State, ss: int, cs: int, cue: str) -> tuple[Mention | None, str, list]:
    """The subject mention before a cue, how it attaches (see _subject) and the tokens read."""
    text = state.text
    lo = max(ss, cs - 60)
    adv = _PRE_ADVERBIAL_RE.search(text, lo, cs) if _may_end_adverbial(text, lo, cs) else None
    vs = adv.start() if adv and adv.start() > ss else cs  # "X on Tuesday said": the subject ends before
    dash = _dash_aside_start(text, ss, vs) if vs - 2 > ss and text[vs - 2] in "—–-" else None
    if dash is not None:  # "X — who has feuded with Y — said": the subject ends before the aside
        vs, lo = dash, max(ss, dash - 60)
    reach = max(ss, vs - 120)  # the pattern holds "who", which most subjects lack: find it first
    aside = _UNNAMED_ASIDE_RE.search(text, reach, vs) if text.find("who", reach, vs) >= 0 else None
    if aside is not None:  # "an official who was not authorized to speak publicly said": the official
        vs, lo = aside.start(), max(ss, aside.start() - 60)
    before = _tokens(text, lo, vs)
    mention, kind = _subject(text, before, cue)
    if kind == "stop":
        return None, "none", before
    if lo > ss and (kind in ("none", "inverted", "np") and (
            mention is None or mention.start == before[0][1] or "," in text[mention.end:vs])
            or kind == "comma_np" and mention is not None and " and " in text[mention.end:vs]):
        before = _tokens_back(text, max(ss, cs - 200), before, vs)  # a long aside: look further back
        mention, kind = _subject(text, before, cue)
        kind = "none" if kind == "stop" else kind
    if kind == "np" and mention is not None and cue.split()[0].endswith("ing"):  # "calling on" too
        mention = _issuer(text, ss, mention) or mention
    if mention is not None and kind in ("np", "comma_np") and mention.text.startswith("a"):
        named = _EPITHET_NAME_RE.fullmatch(mention.text)  # "a desperate HP asked": the name speaks
        if named:
            mention = Mention(named.group(1), mention.start + named.start(1), mention.end)
    if mention is not None and mention.text.endswith(("he", "they")):  # "she" too; a cheap test first
        mention = _fronted_pronoun(text, mention)
    if kind == "follow":
        mention = state.subject(ss) or _sentence_subject(text, ss, cs)
    elif mention is not None and kind != "passive":
        state.subjects.setdefault(ss, mention)
    return mention, kind, before


def _fronted_pronoun(text: str, mention: Mention) -> Mention:
    """The pronoun that speaks after a fronted year or phrase: "In 2019 she told", "In a televised
    address she said"."""
    lead = _YEAR_PRONOUN_RE.fullmatch(mention.text)
    if lead is None and _FRONTING_RE.search(text, max(0, mention.start - 16), mention.start):
        lead = _FRONTED_PRONOUN_RE.fullmatch(mention.text)
    return mention if lead is None else Mention(lead.group(1), mention.start + lead.start(1), mention.end)


# The relative clause that tells why a source goes unnamed, between the source and its cue.
_UNNAMED_ASIDE_RE = re.compile(
    r",?\s+who\s+(?:(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)"
    r"|(?:spoke|speaks|requested|asked|insisted)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified))\b[^,;:.\"“”]{0,60},?\s*\Z")
_ISSUE_VERB_RE = re.compile(
    r"\s(?:(?:issu|releas|post|publish|circulat|distribut|tweet|e-?mail|fil|launch|sign|approv|adopt|pass|"
    r"unveil|fir)(?:ed|es|e|s)|sent|sends|put\s+out|puts\s+out|wrote|writes|started|starts)(?:\s+back)?\s+\Z"
)


_DASH_ASIDE_MAX = 250


def _dash_aside_start(text: str, ss: int, vs: int) -> int | None:
    """Where a dash-enclosed aside that ends right before ``vs`` opens ("Ann Roe — after a pause —
    told", "Ola Berg -- co-editor of the Courier -- said"), if one does on the same line."""
    end = vs
    while end > ss and text[end - 1] in " \t\xa0":
        end -= 1
    if end <= ss or text[end - 1] not in "—–-":
        return None
    mark = "--" if text.endswith("--", ss, end) else text[end - 1]
    if mark == "-" and text[end - 2:end - 1] != " ":
        return None  # a hyphen inside a word, not a dash
    lo = max(ss, end - _DASH_ASIDE_MAX)
    opener = text.rfind(" - " if mark == "-" else mark, lo, end - len(mark))
    if opener < 0 or "\n" in text[opener:end]:
        return None
    return opener + (1 if mark == "-" else 0)


def _issuer(text: str, ss: int, doc: Mention) -> Mention | None:
    """Who speaks in "X issued a statement saying ...": the subject of the verb that puts the
    document out, not the document."""
    words = doc.text.split()
    if len(words) > 3 or words[0].lower() not in ("a", "an") or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    lo = max(ss, doc.start - 200)
    verb = _ISSUE_VERB_RE.search(text, lo, doc.start)
    if verb is None:
        return None
    dash = _dash_aside_start(text, lo, verb.start())  # "A coalition - including X and Y - sent a letter"
    mention, kind = _subject(text, _tokens(text, lo, verb.start() if dash is None else dash), "said")
    return mention if kind in ("np", "comma_np") else None


def _may_end_adverbial(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] can end with a time or venue phrase (one string test before the regex)."""
    tail = text[lo:hi].rstrip()
    tail = tail[:-1] if tail.endswith(",") else tail
    return tail[-_PRE_ITEM_TAIL:] in _PRE_ITEM_TAILS and tail.endswith(_PRE_ITEM_ENDINGS)  # a set test first


def _tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(word, start, end) for each token of text[lo:hi]; positions from the spaces before each."""
    out = []
    pos = lo
    for space, word in _SPACED_TOKEN_RE.findall(text, lo, hi):
        pos += len(space)
        end = pos + len(word)
        out.append((word, pos, end))
        pos = end
    return out


def _tokens_back(text: str, lo: int,
                 later: list[tuple[str, int, int]], hi: int) -> list[tuple[str, int, int]]:
    """The tokens of text[lo:hi], given ``later``, those of a shorter window ending at ``hi``: from the
    first of them that follows a space on, both readings agree, so only the stretch before it is read."""
    for k, (_, start, _) in enumerate(later):
        if text[start - 1].isspace():
            return _tokens(text, lo, start) + later[k:]
    return _tokens(text, lo, hi)


_FLOATING = _words("both all each")
_SPACED_THAT_RE = re.compile(r"\s+that\b")


def _floating_quantifier(text: str, before: list[tuple[str, int, int]], i: int, cue: str) -> bool:
    """Whether token ``i`` is "both"/"all"/"each" after its subject and the cue reports a "that" clause:
    "X and Y both argued that", "they have all said that". The subject is the one before it, not a
    determiner opening a noun phrase; with an object ("both urged Z to", "all called for Z") the shared
    act is more often a joint deed than a report, and its first-named speaker less often the annotated one."""
    if i < 1 or before[i][0] not in _FLOATING:
        return False
    prev = before[i - 1][0]
    if not (prev[:1].isupper() or prev == ")" or prev in _AUX_WORDS or prev in ("they", "we")):
        return False
    cs = text.find(cue, before[-1][2])
    return cs >= 0 and _SPACED_THAT_RE.match(text, cs + len(cue)) is not None


def _subject(text: str, before: list[tuple[str, int, int]], cue: str) -> tuple[Mention | None, str]:
    """Find the speaker words before the cue and how the cue is attached to them.

    Kinds: "np" (X said), "comma_np" (..., X said), "follow" (", saying" / "and said": the
    sentence's subject speaks), "inverted" (", said X"), "passive" (was told: nobody named),
    "none" (no speaker here) and "stop" (no speaker, decided by whole words next to the cue, so
    a longer look back cannot change it).
    """
    i = len(before) - 1
    skipped: set[str] = set()
    negated = False
    while i >= 0 and (before[i][0].lower() in _AUX_WORDS or _is_ly_adverb(before[i][0])
                      or before[i][0].endswith(("n't", "n’t")) or _floating_quantifier(text, before, i, cue)):
        word = before[i][0].lower()
        negated = negated or word in ("not", "never") or word.endswith(("n't", "n’t"))
        skipped.add(word)
        i -= 1
    if skipped and skipped & BE_FORMS and not cue.split()[0].endswith("ing"):
        return None, "passive"
    if negated:
        return None, "stop"  # "X did not say whether ...", "X isn't saying": nothing is reported
    if i < 0:
        return None, "none"
    word = before[i][0]
    low = word.lower()
    if word == "”" and i > 2 and before[i - 1][0] == ",":
        named = _quoted_aside_antecedent(text, before, i)
        if named is not None:
            return named, "np"  # "X, who calls the plan “madness,” said": X speaks
    if word == ",":
        if cue.endswith("ing"):
            return None, "follow"
        np = _appositive_head(text, before, i)
        if np is not None:
            return np, "np"
        return None, "inverted"
    if low in ("and", "but", "or"):
        return None, "follow"
    if word in ("–", "—", "-", "--") and cue.endswith("ing"):
        return None, "follow"  # "... on the spot – saying ..."
    bare_det = not skipped and (low in _DETERMINERS or low in _POSSESSIVES)
    whole = before[i][1] > 0 and text[before[i][1] - 1].isspace()  # not a token cut by the window
    if word != ")" and (not word[0].isalnum() or bare_det):
        return None, "stop" if whole else "none"
    if low in _ALONGSIDE and i > 1 and cue.endswith("ing") and _THAT_SOON_RE.match(text, before[-1][2]):
        return None, "follow"  # "X praised the crews while saying that ...": the sentence's subject speaks
    if whole and low in _NP_STOP and low not in ("who", "which", "that", "it"):
        chain = _kept_on_start(before, i) if low == "to" and cue in _KEPT_ON_CUES else None
        if chain is not None:  # "X was quick to point out": X's subject, read as if before "said"
            return _subject(text, before[:chain], "said")
        if low in ("to", "by") and _goes_on_to(before, i, cue):
            return None, "follow"  # "X went on to explain", "X responded by saying": the subject speaks
        return None, "stop"  # "to say", "when asked": _np_before would find nothing
    if low in ("who", "which", "that"):
        j = i - 1
        if j >= 0 and before[j][0] == ",":
            j -= 1
        np = _np_before(text, before, j)
        if np is not None and low == "who" and np.text[:1].isupper():
            np = _aside_holder(text, before, j, np) or np  # "X, an analyst at Baltic Bank, who notes"
        return np, "np"
    verb_before = not skipped and word.islower() and (  # "officials are urging": a subject, not a verb
        word.endswith(("s", "ed")) or word in _IRREGULAR_PAST) and i > 0 and (
        before[i - 1][0][0].isupper() or before[i - 1][0].lower() in _PRONOUN_SUBJECTS)
    if verb_before and cue.endswith("ing"):
        i -= 1  # "Trump avoids saying", "he began dismissing": a verb before a gerund cue; its subject speaks
    np = _np_before(text, before, i)
    if np is None or np.text.endswith(("'s", "’s", "s'", "s’")):
        return None, "none"
    k = _token_at(before, i, np.start)
    head_text = np.text
    if k > 0 and before[k - 1][0] in _OBJECT_PREPOSITIONS:
        head = _role_head(text, before, k - 1, cue)
        if head is None:
            return None, "none"  # "The new poll of voters in all 50 states revealed": no speaker here
        head_text = head.text  # "in"/"from" name a place, not the speaker's side ("analysts in Kabul")
        end = np.end if before[k - 1][0] in ("for", "at", "with") else head.end
        np, k = Mention(text[head.start:end], head.start, end), _token_at(before, k - 2, head.start)
    if k > 1 and before[k - 1][0] == "of" and before[k - 2][0][:1].isupper():
        named = _np_before(text, before, k - 2)  # "Ann Roe of the Water Institute said": the person speaks
        if named is not None and sum(w[:1].isupper() for w in named.text.split()) > 1:
            k = _token_at(before, k - 2, named.start)
            np = Mention(text[named.start:np.end], named.start, np.end)
    if cue in _BASE_FORMS and not (skipped or cue in _PLURAL_SPEECH_BASES and (
            _plural(head_text) or " and " in text[np.end:before[i][2]])):  # "RT and its allies say"
        return None, "none"
    if k > 2 and before[k - 1][0] in ("and", "or") and before[k - 3][0] == "," and before[k - 2][0].islower():
        # ", current and former officials said": one coordinated subject after the clause
        return Mention(text[before[k - 2][1]:np.end], before[k - 2][1], np.end), "comma_np"
    return np, ("comma_np" if k > 0 and before[k - 1][0] == "," else "np")


# Words that join a gerund cue to its subject's other act: "X did Y while noting that", "X faces doubts
# after saying that". Tune: 6 of 6 such reports gold; "before adding" 2 of 4 and "for saying" (the
# reason for a rebuke) 0 of 9, so those stay out.
_ALONGSIDE = _words("while after")
_THAT_SOON_RE = re.compile(r"\s+[a-z]+ing\b[^.;:,\"“”]{0,60}?\sthat\s")  # "saying in a debate that"


def _goes_on_to(before: list[tuple[str, int, int]], i: int, cue: str) -> bool:
    """Whether the cue is the infinitive or the "by" gerund of its subject's own verb phrase: "X went on
    to explain", "X responded by saying", "X rallied crowds by promising"."""
    word = before[i][0]
    if i < 1:
        return False
    prev = before[i - 1][0].lower()
    if word == "by":
        return cue.endswith("ing") and prev.isalpha() and prev not in _NP_STOP and prev not in _DETERMINERS
    return prev == "on" and i > 1 and before[i - 2][0].lower() in ("went", "goes", "go", "going", "gone")


def _kept_on_start(before: list[tuple[str, int, int]], i: int) -> int | None:
    """Where a frame that makes the infinitive at token ``i`` ("to") the subject's own act begins, after
    any form of "be" before it: "X continued to insist", "X is continuing to argue", "X was quick to point
    out", "X took pains to say", "X went out of her way to note"; None for other words before "to"."""
    if i < 2:
        return None
    prev, prev2 = before[i - 1][0].lower(), before[i - 2][0].lower()
    if prev in _KEEPS_ON and (prev != "continuing" or prev2 in BE_FORMS) or (  # not "for continuing to"
            prev in _READY_ADJECTIVES and prev2 in BE_FORMS):
        start = i - 1
    elif prev == "pains" and prev2 in _TAKE_FORMS:
        start = i - 2
    elif prev == "way" and i > 4 and [w.lower() for w, _, _ in before[i - 5:i - 2]] == ["went", "out", "of"]:
        start = i - 5
    else:
        return None
    while start > 0 and before[start - 1][0].lower() in BE_FORMS:
        start -= 1
    return start


# Verbs and frames whose "to" infinitive is the subject's own next act: "X continued to insist",
# "X sought to clarify", "X was quick to point out", "X went out of her way to say", "X took pains to note".
_KEEPS_ON = _words("continue continues continued continuing sought seek seeks seeking hastened hastens")
_READY_ADJECTIVES = _words("quick careful eager keen")
_TAKE_FORMS = _words("take takes took taken taking at")  # "is at pains to stress"
# Only cues that report a clause: "continued to portray her as weak", "continued to call for more aid"
# describe or demand, which dev's gold leaves out (tune: 0 of 5 such reports kept in round 15).
_KEPT_ON_CUES = frozenset(c for c in CUE_WORDS if c.split()[0] in _words(
    "say insist argue claim suggest maintain add note point complain assert stress warn explain deny"))


# Words that follow the noun they describe, between a speaker and a place: "residents gathered at ...".
_POSTNOMINAL = _words("present gathered assembled interviewed polled surveyed questioned")


def _role_head(text: str, before: list[tuple[str, int, int]], p: int, cue: str) -> Mention | None:
    """The role noun phrase a preposition at token ``p`` hangs on: "a spokeswoman for the campaign",
    "officials at the ministry" name who speaks, unlike "a poll of voters in Ohio"."""
    if p < 1:
        return None
    if p > 1 and before[p - 1][0].lower() in _POSTNOMINAL:
        p -= 1  # "villagers present at the opening", "voters interviewed at the rally": the noun before
    if before[p - 1][0].lower().removesuffix("s") in ROLE_NOUNS:
        return _np_before(text, before, p - 1)
    return _group_head(text, before, p) if cue in _SAY_FORMS else None


_SAY_FORMS = forms_of("say")
# What comes before a clause's subject: a sentence or clause break, a conjunction after a comma, or a
# subordinator ("Many in the town said", ", but staff for the panel said", "as advocates for X said").
_CLAUSE_OPEN_RE = re.compile(
    r"(?:\A|[.!?;:,(\n—–\"“”]|\b(?:that|while|as|when|because|although|though))\s*(?:(?:and|but|And|But)\s+)?\Z")


def _group_head(text: str, before: list[tuple[str, int, int]], p: int) -> Mention | None:
    """An unnamed group the preposition at ``p`` places, as the subject of "say": "People in the town
    said", "staff for the committee say". The group must open its clause, which "pilloried for years
    for" or "a poll of voters in Ohio" do not."""
    word = before[p - 1][0].lower()
    if not (word in _COLLECTIVES or len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))):
        return None
    np = _np_before(text, before, p - 1)
    if np is None or " of " in np.text or _is_data(np.text):
        return None
    if not (np.text.islower() or np.start == before[0][1] or np.text.split()[0].lower() in _DETERMINERS):
        return None  # "Partisans", "Ann Roe's aides": a capital inside the clause names someone
    return np if _CLAUSE_OPEN_RE.search(text, max(0, np.start - 12), np.start) else None


def _token_at(before: list[tuple[str, int, int]], i: int, start: int) -> int:
    """The index of the token at or before ``i`` that starts at ``start``."""
    while before[i][1] != start:
        i -= 1
    return i


_QUANTITY_HEADS = _words(
    """percent per cent majority minority half third thirds quarter quarters fifth fifths tenth tenths number
       lot lots most many some all none rest plenty dozens hundreds thousands millions one two three four
       five six seven eight nine ten share group plurality array range host handful couple variety slew"""
)


def _plural(phrase: str) -> bool:
    """Whether a subject can take a bare verb ("critics say", "they argue")."""
    words = phrase.split()
    cut = next((k for k in range(1, len(words) - 1)
                if UNNAMED_POST_MODIFIERS.get(words[k].lower()) == words[k + 1].lower()), None)
    phrase = " ".join(words[:cut]) if cut else phrase  # "sources close to the campaign": the sources
    head = phrase.split(" of ", 1)[0].rsplit(None, 1)[-1].lower()  # "proponents of the bill"
    # "52 percent of voters", "a majority of Americans": a quantity agrees with the noun after "of".
    last = phrase.rsplit(None, 1)[-1].lower() if head in _QUANTITY_HEADS or head[-1:].isdigit() else head
    return last in ("they", "people", "police", "who", "those", "others") or (
        last.endswith("s") and not last.endswith("ss") and len(last) > 3
    )


def _is_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in ("only", "family", "ally")


def _appositive_head(text: str, before: list[tuple[str, int, int]], i: int) -> Mention | None:
    """For "X, the former governor of Balkh, said": the NP before the aside's opening comma.

    Asides may hold commas of their own ("X, a director of the party, whose roots ..., said"): a
    head that sits inside an earlier phrase ("of the party") sends the search one comma further back.
    """
    named = _relative_antecedent(text, before, i)
    if named is not None:
        return named
    head = None
    for _ in range(3):
        j = i - 1
        while j >= 0 and before[j][0] not in (",", "(", ";", ":", "“", '"', "”"):
            j -= 1
        if j <= 0 or before[j][0] != ",":
            return head
        aside = before[j + 1][0].lower()
        if head is None:
            named = _named_aside(text, before, j, i)
            if named is not None:
                return named
        if head is None and aside in _ASIDE_PREPOSITIONS and i - j <= _SHORT_ASIDE:
            np = _coordinated_subject(text, before, j - 1)
            if np is not None:
                return np
        if j + 1 >= i or not (aside in _DETERMINERS or aside in _ASIDE_OPENERS or aside in ROLE_NOUNS
                              or before[j + 1][0][:1].isupper() or before[j + 1][0][:1].isdigit()
                              or aside.endswith("ing") and before[j + 1][0].islower()
                              or aside == "from" and j + 2 < i and before[j + 2][0][:1].isupper()):
            return head  # a participle or a home town opens an aside too: "X, speaking at a rally, said"
        np = _np_before(text, before, j - 1)
        if np is None:
            return head
        k = _token_at(before, j - 1, np.start)
        if k > 1 and before[k - 1][0] == "," and _TAG_RE.fullmatch(np.text):
            named = _np_before(text, before, k - 2)  # "Sen. Ann Roe, D-Ore., a ...": the tag is an aside
            if named is not None:
                np, k = named, _token_at(before, k - 2, named.start)
        in_phrase = before[k - 1][0] in _PLACE_PREPOSITIONS  # "a philanthropist from Monsey, Ohio"
        if k == 0 or not before[k - 1][0][0].isalnum() or (
                head is None and np.text[:1].isupper() and not in_phrase):
            return np
        head, i = head or np, j
    return head


_NAME_TOKEN_RE = re.compile(r"[A-Z][\w’'-]*\.?|[A-Z]\.")


def _named_aside(text: str, before: list[tuple[str, int, int]], j: int, i: int) -> Mention | None:
    """For "the mayor of Dunmore, Ola Berg, said": a person's name set off after a description is
    who speaks (the description is her role)."""
    words = [w for w, _, _ in before[j + 1:i]]
    lead = _role_lead(words)  # ", retired bus driver Ola Berg,": the name after its role words
    words = words[lead:]
    if not 2 <= len(words) <= 5 or not all(_NAME_TOKEN_RE.fullmatch(w) for w in words) or (
            _ORG_WORDS.intersection(words)):
        return None
    start, end = before[j + 1 + lead][1], before[i - 1][2]
    name = Mention(text[start:end], start, end)
    if words[0].endswith(".") and words[0][:-1].lower() in HONORIFICS:  # ", Hon. Ada Obi," is a name
        return name
    if len(words) > 4:
        return None
    if _GROUP_MEMBER_RE.search(text, max(0, before[j][1] - 60), before[j][1]):
        return name
    role = _np_before(text, before, j - 1)
    if role is not None and ROLE_NOUNS.isdisjoint(role.text.lower().split()):
        role = _role_of(text, before, j - 1, role)
    if role is None or role.text.split()[0].lower() not in _DETERMINERS | _POSSESSIVES or (
            ROLE_NOUNS.isdisjoint(role.text.lower().split())):
        return None  # "The shipowner, Baltic Star Lines, said": a body's name, not a person's
    return name


# "One of them, Ola Berg, said", "Another of the founders, ...": one member of a group named in an aside.
_GROUP_MEMBER_RE = re.compile(
    r"(?:\A|[.!?;:]\s+|\n)(?:One|Another|Two|Three|Each|Some|Both|Several|Many|Most)\s+of\s+(?:them|those|these|"
    r"(?:the|its|their|his|her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\Z")
_ROLE_LEAD_MAX = 4


def _role_lead(words: list[str]) -> int:
    """How many lower-case role words open a name aside (", retired crane driver Ola Berg," -> 3), or 0:
    the words must end in a role noun and leave a capitalised name after them."""
    k = 0
    while k < len(words) and k <= _ROLE_LEAD_MAX and words[k].islower() and words[k].isalpha():
        k += 1
    if k == 0 or k > _ROLE_LEAD_MAX or words[k - 1] not in ROLE_NOUNS or len(words) - k < 2:
        return 0
    return k


def _role_of(text: str, before: list[tuple[str, int, int]], i: int, np: Mention) -> Mention | None:
    """The role an "of" phrase hangs on when the role opens its clause ("The head of the ferry union,
    Ola Berg, said"), unlike a description inside a report ("said the head of its IT unit, X, told")."""
    k = _token_at(before, i, np.start)
    if k < 2 or before[k - 1][0] != "of":
        return np
    role = _np_before(text, before, k - 2)
    if role is None or not _CLAUSE_OPEN_RE.search(text, max(0, role.start - 12), role.start):
        return np
    return role


def _coordinated_subject(text: str, before: list[tuple[str, int, int]], i: int) -> Mention | None:
    """The name a second clause of the sentence opens with, before a short adjunct aside: "X said A,
    and Roe, in reply, said B" (the sentence's first subject is not this cue's speaker)."""
    np = _np_before(text, before, i)
    if np is None or not np.text[:1].isupper():
        return None
    k = _token_at(before, i, np.start)
    return np if k > 0 and before[k - 1][0].lower() in ("and", "but", "while", "whereas") else None


# A party-and-state tag, an age or a state after a name ("Ann Roe, D-Ore.,", "Roe, 56,", "Salem, Ore.,").
_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.-]*|\d{1,3}|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|"
                     + "|".join(sorted(n.title() for n in US_STATE_NAMES)))


_QUOTED_FRAGMENT = 8  # tokens a quoted word or phrase inside an aside may span


def _quoted_aside_antecedent(text: str, before: list[tuple[str, int, int]], i: int) -> Mention | None:
    """The name a ", who ..." aside hangs on when the aside ends in a short quoted fragment whose closing
    mark (token ``i``) comes right before the cue."""
    for o in range(i - 2, max(0, i - _QUOTED_FRAGMENT), -1):
        if before[o][0] == "“":
            return _relative_antecedent(text, before, o + 1)
    return None


def _relative_antecedent(text: str, before: list[tuple[str, int, int]], i: int) -> Mention | None:
    """The name a ", who ..." aside hangs on, however many commas the aside holds ("X, who was to
    travel to Columbus, Ohio, on Wednesday, said")."""
    for j in range(i - 2, 0, -1):
        if before[j][0] in (";", ":", "“", '"', "”"):
            return None
        if before[j][0] == "," and before[j + 1][0].lower() in ("who", "whose"):
            k = j - 1
            if k >= 2 and before[k][0].isdigit() and before[k - 1][0] == ",":
                k -= 2  # "Schiff, 56, who has served ...": the age is an aside of its own
            np = _np_before(text, before, k)
            if np is None or not np.text[:1].isupper():
                return None
            return _aside_holder(text, before, k, np) or np
    return None


_HOLDER_PREPOSITIONS = _words("of from in at for on with")


def _aside_holder(text: str, before: list[tuple[str, int, int]], k: int, np: Mention) -> Mention | None:
    """For "X, an analyst at Baltic Bank, who said" or "X, a driver from Ava, Mo., who said": the name
    that an aside ending in a preposition's object (and its state: "Ava, Mo.") hangs on, not the object."""
    p = _token_at(before, k, np.start)
    if p >= 3 and before[p - 1][0] == "," and before[p - 2][0][:1].isupper():
        place = _np_before(text, before, p - 2)  # "from Ava, Mo.": the state is part of the place
        if place is not None:
            p = _token_at(before, p - 2, place.start)
    if p < 2 or before[p - 1][0].lower() not in _HOLDER_PREPOSITIONS:
        return None
    for j in range(p - 2, 0, -1):
        if before[j][0] in (";", ":", "“", '"', "”", "(", ")"):
            return None
        if before[j][0] == ",":
            if before[j - 1][0].isdigit() and j >= 3 and before[j - 2][0] == ",":
                continue  # "X, 24, from Dunmore, who": the age is an aside of its own
            opener = before[j + 1][0].lower()
            age = opener.isdigit() and before[j + 2][0] == ","
            if not (j + 1 == p - 1 or age or opener in _DETERMINERS or opener in _ASIDE_OPENERS
                    or opener in ROLE_NOUNS):
                return None  # "On Monday, visitors from Ohio, who said": no aside, the visitors speak
            holder = _np_before(text, before, j - 1)
            return holder if holder is not None and holder.text[:1].isupper() else None
    return None




def _post_modifier_start(before: list[tuple[str, int, int]], i: int) -> int | None:
    """Index of the word opening a post-modifier that ends at token ``i``, if one does."""
    for k in range(i - 1, max(0, i - 8), -1):
        word = before[k][0]
        if not word[0].isalnum():
            return None
        modified = UNNAMED_POST_MODIFIERS.get(word.lower())
        if modified is not None and modified == before[k + 1][0].lower():
            if word.lower() == "knowledge":  # "with (direct) knowledge of"
                while k > 0 and before[k - 1][0].lower() in ("with", "direct", "firsthand", "detailed"):
                    k -= 1
            return k if k > 0 else None
    return None


# Lower-case words that open an aside after a name: "X, who ...", "X, former head of ...".
_ASIDE_OPENERS = _words(
    """who whose which one himself herself themselves itself former senior chief executive deputy longtime
       then now currently assistant associate acting vice managing co-founder"""
)
_PLACE_PREPOSITIONS = _words("of from in at for")
_ASIDE_PREPOSITIONS = _words("in for on at after")  # "X, in reply,", "X, for her part,", "X, on Monday,"
_SHORT_ASIDE = 5  # tokens from an adjunct aside's opening comma to its closing one
_COLLECTIVES = _words("police staff management leadership government administration military clergy people")
_BARE_SUBJECTS = _PRONOUN_SUBJECTS | _COLLECTIVES
_ORG_WORDS = _words(
    """Center Centre Department University Bank Institute Committee Association Council School College Union
       League Office Ministry Board Bureau Commission Foundation Party Federation Academy Academies Society
       Chamber Court Agency Service Services House Church Network Coalition Alliance Fund Corporation
       Company Group Organization Organisation Conference Caucus Club Museum Administration Secretary
       Division Embassy Republic Government Times Journal Post News Press"""
)
# Capitalised sentence openers that are not speakers: "In a speech, ...", "Last month, ...".
_OPENERS = _words(
    """in on at for by as after before during since while when although though if once besides among
       even last earlier later despite with without like unlike speaking there here this that asked
       according according"""
)


_ING_NON_NAMES = _words("having being doing going getting making")  # participles, unlike "Beijing"


def _np_before(text: str, before: list[tuple[str, int, int]], i: int) -> Mention | None:
    """The noun phrase ending at token ``i``: a name, a pronoun or a description."""
    if i < 0:
        return None
    if before[i][0] == ")":  # "Sen. Ann Roe (D-Ore.), ...": the name before the parenthesis
        while i >= 0 and before[i][0] != "(":
            i -= 1
        i -= 1
        if i < 0:
            return None
    modified = _post_modifier_start(before, i)
    if modified is not None:  # "a source close to him", "people familiar with the talks"
        head = _np_before(text, before, modified - 1)
        return None if head is None else Mention(text[head.start:before[i][2]], head.start, before[i][2])
    first = i
    k = i
    while k >= 0 and i - k < 9:
        word = before[k][0]
        low = word.lower()
        if not (word[0].isalnum() or word == "&"):
            break
        if k < i and word in ("That", "This"):
            first = k  # "That person said": a determiner opening the sentence
            break
        if low in _NP_BREAK and not (k == i and low in ("it", "this")) and not (
                low in ("for", "on") and k > 0 and before[k - 1][0] in _ORG_WORDS) and not (
                k < i and k > 0 and _modifies_after_article(low, before[k - 1][0].lower())):
            break  # a break word, but not in "Center for Justice", "the first witness" nor "the night nurse"
        first = k
        if low in _DETERMINERS:
            break
        k -= 1
    word = before[i][0]
    if before[i][0].lower() in _NP_STOP and before[i][0].lower() not in ("it",):
        return None
    toks = before[first:i + 1]
    if len(toks) > 1 and _is_ly_adverb(toks[0][0].lower()):
        toks = toks[1:]  # "Interestingly Blocher said"
    cut = _place_cut(toks) if len(toks) > 2 else None
    if cut is not None:
        toks = toks[:cut]  # "Gov. Ann Roe of Ohio": the person, not the place
    # A bare lower-case word that is not a pronoun or a noun phrase with a determiner is a verb
    # or an adverb more often than a speaker ("Polls show", "critics fear"): keep nouns only.
    if len(toks) == 1 and word.islower() and word not in _BARE_SUBJECTS and not word.endswith("s"):
        return None
    if len(toks) == 1 and (toks[0][0].lower() in _OPENERS or toks[0][0].endswith("ing") and (
            toks[0][0].islower() or toks[0][0].lower() in _ING_NON_NAMES)):
        return None  # "Having said that", "reporting said": no speaker; "Beijing said", "Boeing says" are
    joint = first - 2 if first >= 2 and before[first - 1][0] == "and" else first - 3
    if joint >= 1 and _one_body(before, joint, i):
        start, end = before[joint - 1][1], toks[-1][2]  # "the Food and Drug Administration": one body
        return Mention(text[start:end], start, end)
    if joint >= 0 and before[joint + 1][0] in ("and", "also") and (
            before[joint][0][:1].isupper() or before[joint][0] == ")"):
        # "X and (also) Y said", "Sen. X (D-Ore.) and Y said": a joint statement goes to the first-named one.
        earlier = _np_before(text, before, joint)
        if earlier is not None:
            return _list_head(text, before, joint, earlier)
    start, end = toks[0][1], toks[-1][2]
    return Mention(text[start:end], start, end)


def _one_body(before: list[tuple[str, int, int]], joint: int, i: int) -> bool:
    """Whether "The A and B ... Union" before the cue is one organisation's name: "the" and one
    capitalised word, "and", then capitalised words that end in an organisation word."""
    return (before[joint - 1][0] in ("The", "the") and before[joint][0][:1].isupper()
            and before[joint + 1][0] == "and" and before[i][0] in _ORG_WORDS
            and all(w[:1].isupper() for w, _, _ in before[joint + 2:i + 1]))


def _list_head(text: str, before: list[tuple[str, int, int]], i: int, np: Mention) -> Mention:
    """The first name of a list ending in "X and Y" ("Berg, Lund and Hagen said"): a joint statement goes
    to the first-named party. Each earlier name must open its clause, unlike "In Ohio, X and Y said"."""
    k = _token_at(before, i, np.start)
    while k >= 2 and before[k - 1][0] == "," and (before[k - 2][0][:1].isupper() or before[k - 2][0] == ")"):
        head = _np_before(text, before, k - 2)
        if head is None or not head.text[:1].isupper() or not _CLAUSE_OPEN_RE.search(
                text, max(0, head.start - 12), head.start):
            break
        np, k = head, _token_at(before, k - 2, head.start)
    return np


def _place_cut(toks: list[tuple[str, int, int]]) -> int | None:
    """Where "of" follows a capitalised word that is not an organisation word or an office ("Ann Roe of
    Ohio", not "Supervisor of Elections Ann Roe")."""
    return next((n for n in range(1, len(toks) - 1) if toks[n][0] == "of" and toks[n - 1][0][:1].isupper()
                 and toks[n - 1][0] not in _ORG_WORDS and toks[n - 1][0].lower() not in _OFFICES), None)


_OFFICES = ROLE_NOUNS | OFFICE_TITLES


_CONNECTIVES = _words(
    ", but and however meanwhile still yet so also then later instead likewise similarly moreover furthermore"
    " nevertheless nonetheless indeed separately finally first second third")
# Prepositions that open a sentence with an adverbial before its subject ("Over the past week, X").
_SUBJECT_OPENERS = _words("over under through throughout amid amidst within across following until from")


# What follows a participle opening a sentence ("Rallying hundreds of workers, X"), unlike the noun
# after a gerund modifier ("Consulting firms like X have").
_PARTICIPLE_OBJECTS = _words(
    "the a an his her their its to at on in with for about from by hundreds thousands dozens more"
)


def _skip_connectives(toks: list[tuple[str, int, int]], i: int) -> int:
    while i < len(toks) and toks[i][0].lower() in _CONNECTIVES:
        i += 1
    return i


def _sentence_subject(text: str, ss: int, cs: int) -> Mention | None:
    """The first noun phrase of a sentence: who speaks in ", saying ..." with no earlier cue."""
    dateline = _DATELINE_RE.match(text, ss, cs)  # "ORLANDO, Fla. (Reuters) - President Obama ..."
    ss = dateline.end() if dateline else ss
    toks = _tokens(text, ss, min(cs, ss + 200))
    i = _skip_connectives(toks, 0)
    if i < len(toks) and (toks[i][0].lower() in _OPENERS or toks[i][0].lower() in _SUBJECT_OPENERS
                          or toks[i][0].endswith("ing") and toks[i][0][0].isupper() and i + 1 < len(toks)
                          and toks[i + 1][0].lower() in _PARTICIPLE_OBJECTS):
        # "In an interview on Sunday, he ...", "Over the past week, X ...", "Rallying workers, X ..."
        comma = next((n for n in range(i + 1, len(toks)) if toks[n][0] == ","), None)
        if comma is None:
            return None
        i = _skip_connectives(toks, comma + 1)  # "On Thursday, however, X ..."
    j = i
    while j < len(toks) and j - i < 6:
        word = toks[j][0]
        if not word[0].isalnum():
            break
        low = word.lower()
        if j > i and (low in _NP_BREAK or word in CUE_WORDS or
                      (word.islower() and not _noun_like(toks, j, i))):
            break
        j += 1
    if j == i:
        return None
    if j < len(toks) and toks[j][0] == ",":  # "The district chief, Ada Obi, welcomed it and said"
        k = next((n for n in range(j + 1, min(len(toks), j + 7)) if toks[n][0] == ","), None)
        named = _named_aside(text, toks, j, k) if k is not None else None
        if named is not None:
            return named
    return Mention(text[toks[i][1]:toks[j - 1][2]], toks[i][1], toks[j - 1][2])


def _noun_like(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """A lower-case word inside a sentence-initial noun phrase: a role noun or its modifier
    ("the Russian foreign minister"), the noun right after a determiner ("the campaign"), or the
    body a name owns ("the Roe campaign", "The Dunmore council")."""
    if toks[j][0] in ROLE_NOUNS or toks[j - 1][0].lower() in _DETERMINERS and j - 1 == i:
        return True
    if toks[j][0] in ORGANISATION_HEADS and toks[j - 1][0][:1].isupper():
        return True
    return j + 1 < len(toks) and toks[j + 1][0] in ROLE_NOUNS


def _np_after(text: str, pos: int, se: int) -> Mention | None:
    """The speaker after an inverted cue (", said Angie Holan, an editor"), up to a comma."""
    toks = _tokens(text, pos, min(se, pos + 120))
    out: list[tuple[int, int]] = []
    for word, s, e in toks:
        if not word[0].isalnum() or word.lower() in _NP_STOP:
            break
        prev = text[out[-1][0]:out[-1][1]] if out else ""
        if word == "of" and prev[:1].isupper() and prev not in _ORG_WORDS:
            break  # "Lena Borg of Utrecht": the person, not the place
        out.append((s, e))
    if not out or len(out) > 8:
        return None
    last = text[out[-1][0]:out[-1][1]]
    if last.endswith(".") and len(last) > 3 and last[:-1] not in _ABBREVIATIONS and "." not in last[:-1]:
        out[-1] = (out[-1][0], out[-1][1] - 1)
    return Mention(text[out[0][0]:out[-1][1]], out[0][0], out[-1][1])


_RELATIVE_TAIL_RE = re.compile(r"\s*,?\s+who\b")


def _inverted_speaker(text: str, pos: int, se: int) -> Mention | None:
    """The speaker of ", said X" when all that follows the cue is X, its appositives and its relative
    clauses ("said an official who was briefed"): no verb of its own makes it the content."""
    while pos < se and text[pos] in " \t\xa0":
        pos += 1
    if not (text[pos:pos + 1].isupper() or text.startswith(("a ", "an "), pos)):
        return None  # a name or an indefinite: "said Ann Roe", "said an official"
    np = _np_after(text, pos, se)
    if np is None or _opens_clause(np.text) or _has_verb(np.text.split()):
        return None
    tail = text[np.end:se]
    if _RELATIVE_TAIL_RE.match(tail):  # "an official who was briefed", not "many voters who live here are"
        return np
    tail = tail.rstrip(" .!?\"”’')\n")
    if tail and not tail.startswith(","):
        return None
    return None if _has_verb(_CONTENT_WORD_RE.findall(tail)) else np


def _has_verb(words: list[str]) -> bool:
    """Whether a finite verb stands among ``words``: a past form after a noun, not "a retired judge"."""
    for k, word in enumerate(words):
        low = word.lower()
        if low in _FINITE_WORDS or low in _IRREGULAR_PAST or low.endswith(_NEGATED):
            return True
        if k and word.islower() and low.endswith("ed") and words[k - 1].lower() not in _DETERMINERS and not (
                _is_ly_adverb(words[k - 1])):
            return True
    return False


def _adverbials_end(text: str, ce: int, se: int) -> int:
    if not _ADVERBIAL_HEAD_RE.match(text, ce, se):
        return ce  # the next word opens no time or venue phrase
    m = _ADVERBIAL_RE.match(text, ce, se)
    return m.end() if m else ce


# What may follow a cue that closes its sentence's report: nothing but closing marks, or an aside
# (a comma, a dash, a parenthesis, "in a ...", "on ...", "at the time"). A venue with a "that" later in
# the clause leads to the report ("declared in a tense exchange with the board that ..."): tune, 5 gold
# reports found, none lost.
_NO_THAT_LATER = r"(?![^,;:.!?\"“”]*\bthat\s)"
_POST_TAIL_RE = re.compile(r"\s*(?:[,;(—–-]|(?:in an? |at a |on )" + _NO_THAT_LATER + r"\s*\S|at the time"
                           r"|[.!?\"”’')]*\s*\Z"
                           r"|(?:as|after|before|while) (?:he|she|they|[a-z]+ing) " + _NO_THAT_LATER +
                           r"\s*\S"  # "CLAUSE, X said after meeting aides.", "X told her aides as she left."
                           r"|in (?:its|his|her|their) " + _NO_THAT_LATER +  # "in its daily bulletin."
                           r"|to (?:reporters|journalists)[.,;])")  # "X said to reporters."


def _post_position(text: str, rest: int, se: int, cue: str) -> bool:
    """True when nothing but an aside follows the cue: "CLAUSE, X said (on Tuesday)."."""
    if cue not in _LISTENER_CUES:
        if rest >= se:
            return True
        if _POST_TAIL_RE.match(text, rest, se) is None:
            return False
        aside = _COMMA_ASIDE_RE.match(text, rest, se)
        return not (aside and aside["that"] and _comma_aside(aside, cue))  # "said, however, that"
    tail = text[rest:se]
    m = _LISTENER_RE.match(tail)
    if m:
        tail = tail[m.end():]
        m2 = _ADVERBIAL_RE.match(tail)
        tail = tail[m2.end():] if m2 else tail
        m3 = _LISTENER_ASIDE_RE.match(tail)
        if m3 and tail.startswith("that", m3.end()):
            return False  # "told POLITICO, however, that ...": the report follows
    return _POST_TAIL_RE.match(tail) is not None


# A place and its state or country ("in Akron, Ohio,"): its commas set off no aside before "that".
_PLACE_COMMA_RE = re.compile(r"\b([A-Z][a-z]+),(\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),?(?=\s|\Z)")
_GAP_MARKS = frozenset(",;:\"“”()")  # punctuation that keeps a later "that" out of the cue's reach
# A venue or medium phrase after the cue may run longer before "that" ("said in one of a series of
# Twitter messages that", "noted in a guest column in Saturday's paper that").
_VENUE_OPENERS = _words("in on at during")
_VENUE_GAP = 10


# A comma-enclosed aside between a cue and its "that" ("said, however, that", "wrote, in a column last
# week, that"), perhaps after a venue ("said on the radio, where she is a regular guest, that"): group
# "pre" is the venue, "gap" all up to the "that", and "that" the "that" itself, where the match runs on.
_COMMA_ASIDE_RE = re.compile(
    r"(?P<gap>(?P<pre>(?:\s+[^,;:\"“”()\n]{1,40})?),\s+[^,;:\"“”()\n]{1,60}?,\s+)(?P<that>that\s)?")
_COMMA_ASIDE_WORDS = 16  # the venue and the aside together


def _comma_aside(aside: re.Match[str] | None, cue: str) -> bool:
    """Whether the words between a cue and "that", matched by _COMMA_ASIDE_RE, are an aside set off by
    commas, so that the "that" opens the report, as in "she added, twice, that ..."."""
    if aside is None or len(aside["gap"].split()) > _COMMA_ASIDE_WORDS:
        return False
    pre = aside["pre"].split()
    return not pre or (cue in _LISTENER_CUES or _gap_opener(pre[0])) and not _NOT_THAT_GAP.intersection(
        w.lower() for w in pre)


def _venue_gap(words: list[str]) -> bool:
    """Whether the words between a cue and "that" open a venue phrase with no verb of its own (unlike
    "reported at least 20 victims at a centre that ...", whose "that" is a relative pronoun)."""
    return bool(words) and words[0].lower() in _VENUE_OPENERS and words[1:2] != ["least"] and (
        _FINITE_WORDS.isdisjoint(w.lower() for w in words))


_TIME_PREPOSITIONS = _words("after before")


def _that_gap_blocked(words: list[str], text: str, after: int) -> bool:
    """Whether a word between a cue and "that" (which ends at ``after``) shows the "that" belongs to the
    content. "after" and "before" block only as subordinators ("said after he met them that"); as
    prepositions with a verbless object ("said after the hearing that", "told them shortly before
    midnight that") the "that" opens the report, unless a verb follows it ("after the meeting that was
    held ...": a relative clause)."""
    low = [w.lower() for w in words]
    blocked = _NOT_THAT_GAP.intersection(low)
    if not blocked or not blocked <= _TIME_PREPOSITIONS:
        return bool(blocked)
    tail = low[max(k for k, w in enumerate(low) if w in _TIME_PREPOSITIONS) + 1:]
    nxt = text[after:after + 16].split(None, 1)[:1]
    return not tail or any(w in _CLAUSE_SUBJECTS for w in tail) or any(
        w in _FINITE_WORDS or w in _IRREGULAR_PAST or w.endswith("ed") for w in tail + nxt) or (
        _opens_with_gap_verb(text, after))


def _participle_gap(words: list[str]) -> bool:
    """Whether the words between a cue and "that" are a "while/when + participle" adjunct with no
    finite verb ("said while addressing a gathering that"): the report follows the "that"."""
    return len(words) >= 2 and words[0].lower() in ("while", "whilst", "when") and (
        words[1].endswith("ing") and _FINITE_WORDS.isdisjoint(w.lower() for w in words))


def _content_start(text: str, cue: str, ce: int, rest: int, se: int) -> int | None:
    """Where the reported clause starts: after "that", a listener or an adverbial."""
    hi = min(se, ce + 100)
    m = _THAT_RE.search(text, ce, hi) if text.find("that", ce, hi) >= 0 else None
    if m:
        gap = text[ce:m.start()]
        if cue in _LISTENER_CUES:
            gap = _LISTENER_ASIDE_RE.sub(" ", gap)
        placed = _PLACE_COMMA_RE.sub(r"\1\2", gap) if "," in gap else gap  # "in Dayton, Ohio, on Monday that"
        words = placed.split()
        most = 12 if cue in _LISTENER_CUES else 6  # "told a crowded hall at a hotel in Ohio that"
        if _venue_gap(words):
            most = max(most, _VENUE_GAP)  # "said in an interview with The Associated Press last week that"
        if _participle_gap(words) and _GAP_MARKS.isdisjoint(placed) and len(words) <= _VENUE_GAP:
            return m.end()  # "said while addressing a rally that"
        opener = not words or cue in _LISTENER_CUES or _gap_opener(words[0])
        if _GAP_MARKS.isdisjoint(placed) and len(words) <= most and opener and not _that_gap_blocked(
                words, text, m.end()) and not (
                words and words[0] == "to" and cue in _ADD_CUES):  # "adds to the drama that": no speech
            return m.end()
        if _comma_aside(_COMMA_ASIDE_RE.fullmatch(gap), cue):
            return m.end()
    pos = rest
    after_that = False
    if cue in _LISTENER_CUES:
        m = _LISTENER_RE.match(text, pos, se)
        if not m:
            return None
        pos = _adverbials_end(text, m.end(), se)
        m = _THAT_RE.match(text, pos + (1 if text[pos:pos + 1] == " " else 0), se)
        if m:
            pos, after_that = m.end(), True
    while pos < se and text[pos] in " ,:\t\xa0":
        pos += 1
    low = cue.lower()
    if low in THAT_ONLY_CUES and not after_that and not (
            _THAT_ONLY_OPENER_RE.match(text, pos) or low in _TO_OK_CUES and text.startswith("to ", pos)
            or _bare_clause(text, low, ce - len(cue), pos, se)):
        return None
    return pos

_THAT_ONLY_BARE = THAT_ONLY_CUES - _LISTENER_CUES
# Words before a participle used as an adjective or a verb in a relative clause ("the number of reported
# cases", "475 pledged delegates", "the person who posted it"): no finite cue with a subject of its own.
_NOT_BEFORE_FINITE = _DETERMINERS | _words("of in on at for to by with from and or who which that number")


def _bare_clause(text: str, cue: str, cs: int, pos: int, se: int) -> bool:
    """Whether a finite THAT_ONLY cue ("reported", "writes") has a that-less clause at ``pos``."""
    if not (cue.endswith(("ed", "s")) or cue == "wrote") or cue in _LISTENER_CUES:
        return False
    prev = text[max(0, cs - 30):cs].split()
    if not prev or prev[-1] in _NOT_BEFORE_FINITE or prev[-1][:1].isdigit():
        return False
    return _BARE_CLAUSE_RE.match(text, pos, se) is not None


def _no_that_content(text: str, cue: str, ce: int) -> bool:
    """True when a that-only cue ("the state of", "a report on") is followed by a plain lower-case
    word and no "that": then neither _content_start nor _post_position can find a report, whatever
    the sentence bounds (a shortcut before they are looked up)."""
    if text[ce:ce + 1] != " " or not "a" <= text[ce + 1:ce + 2] <= "z":
        return False
    if text.find("that", ce, ce + 100) >= 0:
        return False
    head = text[ce + 1:ce + 41]
    return not (head.startswith(_ADVERBIAL_FIRST) or head.startswith(("whether", "why", "how", "what"))
                or cue in _TO_OK_CUES and head.startswith("to ")
                or _bare_clause(text, cue, ce - len(cue), ce + 1, ce + 41))


def _gap_opener(word: str) -> bool:
    """Whether words between a cue and "that" can be an adverbial ("said on Tuesday that"), not
    the start of the content itself ("say the Democrats tried to do that")."""
    return word.lower() in _GAP_OPENERS or _is_ly_adverb(word) or word in WEEKDAYS


def _clause_end(text: str, start: int, se: int) -> int:
    m = _CLAUSE_END_RE.search(text, start, se)
    if m is not None and (_relative_after_subject(text, start, m)
                          or _appositive_after_subject(text, start, m)):
        close = text.find(",", m.end(), se)  # "that Sanders, who won Rhode Island, would ..."
        if close > 0:
            m = _CLAUSE_END_RE.search(text, close + 1, se)
    if m is not None and _LIST_TAIL_RE.fullmatch(text, m.start(), se):
        m = None  # "would have 200 beds, a maternity wing and a renal unit": the list goes on
    end = m.start() if m else se
    while end > start and text[end - 1] in " \t\xa0\n,;:.":
        end -= 1
    return end


# The last items of a list of noun phrases, up to the sentence end: ", a lab and a new ward."
_LIST_TAIL_RE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+and\s+(?:an?|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?[\w-]+[\s.!?\"”’')]*")
_RELATIVE_CLOSE_RE = re.compile(r",\s+(?:" + "|".join(sorted(_words(
    "was were is are had has have would will could did does can may might must should"))) + r")\s")


# Determiners of a described subject whose relative aside may close before the clause's verb: "a
# co-accused, who cannot be named, was", "her mother, who is 71, had not slept". ("the" is left out:
# on dev's tune split its one case has a gold span that starts after the aside.)
_ASIDE_SUBJECT_OPENERS = _POSSESSIVES | _words("a an")


def _appositive_after_subject(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a clause end found at ", a" or ", an" opens an aside on the clause's short subject that
    closes before the clause's own verb: "that the ferry, an old boat, has done well"."""
    if m.group().lstrip(" ,\t\n\xa0").split(None, 1)[:1] not in (["a"], ["an"]):
        return False
    subject = text[start:m.start()].split()
    if not (0 < len(subject) <= 4 and (subject[0][:1].isupper() or subject[0].lower() in _DETERMINERS)):
        return False
    close = text.find(",", m.end(), m.end() + 120)
    return close > 0 and _RELATIVE_CLOSE_RE.match(text, close) is not None


def _relative_after_subject(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a clause end found at ", who" or ", which" follows only the clause's subject (a name
    of a few words): then the relative clause is an aside and the clause goes on after it."""
    head = m.group().lstrip(" ,\t\n\xa0")
    if not head.startswith(("who", "which")):
        return False
    subject = text[start:m.start()].split()
    if 0 < len(subject) <= 3 and subject[0][:1].isupper():
        return True
    if not (1 < len(subject) <= 4 and subject[0].lower() in _ASIDE_SUBJECT_OPENERS):
        return False  # a new, unnamed person is identified by the aside: "a co-accused, who cannot be named,"
    close = text.find(",", m.end(), m.end() + 120)
    return close > 0 and _RELATIVE_CLOSE_RE.match(text, close) is not None


# A pronoun or quantity object of the cue, followed by a preposition or nothing: what was said is
# not told ("said little about the plan", "said so on Twitter", "said no to the war").
_SPEECH_OBJECT_RE = re.compile(
    r"no\s+to\b|(?:it|little|nothing|much|no|so|this|something|anything|more|less)"
    r"(?:\s+(?:in|at|on|about|during|for|with|before|after|again|too|publicly|repeatedly)\b|\s*\Z)"
)
# "add" reports words only with a clause: "added (that) he would stay", not "added another facet".
_ADD_CUES = forms_of("add")
_PAST_CLAUSE_RE = re.compile(r"(?:(?!(?:of|for|to|in|on|at|with|by|from|and|or|as)\s)[\w’'.-]+\s+){1,4}?"
                             r"[a-z]{3,}ed\s")

# "admit"/"deny" with a noun phrase and no clause pleads to a deed or a charge ("denied two counts of
# theft"); a clause somewhere ("denied the reports and no bid came", "admitted to lying") reports words.
_ACCUSED_BEFORE_RE = re.compile(r"\b(?:who|whom|that)\s+\Z")
_PLEA_CUES = forms_of("admit", "deny")
_PLEA_IN_COURT_RE = re.compile(r"(?:not\s+)?(?:guilty|innocent|no\s+contest)\b", re.IGNORECASE)
_PLEA_CLAUSE_RE = re.compile(r"\A\W*to\s+[a-z]+ing\b|\b(?:[a-z]{3,}ed|" + trie_alternation(
    _FINITE_WORDS | _UNAMBIGUOUS_PAST) + r")\b")


def _opens_with_clause(content: str) -> bool:
    """Whether a that-less content opens with a clause: a subject pronoun, or a short subject and a
    finite verb ("adding he intended to stay", "added the plan would fail")."""
    first = _CONTRACTION_RE.sub("", content.split(None, 1)[0].lower())
    return (first in _CLAUSE_SUBJECTS or _BARE_CLAUSE_RE.match(content) is not None
            or _PAST_CLAUSE_RE.match(content) is not None)

_ANONYMITY_RE = re.compile(r"(?:anonymity|not\s+to\s+be\s+(?:named|identified|quoted))\b")


# A clause that opens with a one-word scare quote ('said “liberals” let it happen', 'said "zero" voters
# would follow'): the guidelines keep it indirect, the quoted word inside the span.
_SCARE_OPENING_RE = re.compile(r"[\"“]\w[\w’'-]*[\"”] [a-z]")

# A say-cue whose that-less content opens with a short phrase of place, field or time and then a pronoun
# clause ('said in farming it takes years', 'said after the vote she would resign'): the phrase belongs to
# the report or to its saying, and either way a clause was reported, unlike 'said in a speech to donors'.
_PHRASE_CLAUSE_CUES = forms_of("say")
_PHRASE_THEN_CLAUSE_RE = re.compile(
    r"(?:in|after|before|since|during)\s+(?:(?!(?:he|she|they|it|we|i|you|there|that|who|which|to)\s)"
    r"[\w$%’'-]+\s+){1,3}?(?:he|she|they|it|we|there)\s+[a-z]{2,}\b(?!\s*[.,;:!?])"
)


def _make(text: str, start: int, se: int, cue: str, mention: Mention | None) -> Candidate | None:
    end = _clause_end(text, start, se)
    content = text[start:end]
    if end - start < 8 or " " not in content.strip():
        return None
    first = content.split(None, 1)[0].lower()
    after_that = _THAT_BEFORE_RE.search(text, max(0, start - 6), start) is not None
    if text[start] in _QUOTE_OPENERS and not _SCARE_OPENING_RE.match(text, start) or (
            first in _NOT_CONTENT_START and not after_that and not (
            cue in _REQUEST_CUES and first in ("from", "of")) and not (
            cue in _PHRASE_CLAUSE_CUES and _PHRASE_THEN_CLAUSE_RE.match(content))):
        return None  # "said in a statement": an adverbial, unless "that" opened the clause
    if (first in REFLEXIVES and not cue.startswith(("ask", "tell", "told"))
            or first == "as" and not after_that):
        return None  # "described himself as", "what critics described as": a label, not a report
    if (first in _POSSESSIVES and not after_that and cue.startswith("announc")
            and "to" not in content.split()[1:4]):
        return None  # "announced his candidacy": an event, unlike "announced her plan to ..."
    if first == "for" and not after_that and cue.lower().startswith("ask") and (
            _REQUEST_THING_RE.match(content)):
        return None  # "asked for a permit to build": a request for a thing (an application), no words
    if first == "about" and not after_that and not _approximates(content):
        return None  # "what he said about Latinos": the topic of the speech, not its content
    if not after_that and _SPEECH_OBJECT_RE.match(content):
        return None  # "said little about it", "said no to the war", "had said it in the debate": an object
    if cue.lower().startswith("plead") and _PLEA_IN_COURT_RE.match(content):
        return None  # "pleaded not guilty to fraud": a plea entered in court, not a report
    if first == "of" and cue.lower().startswith("accus") and not (mention is not None and (
            _ACCUSED_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start))):
        return None  # "a firm accused of fraud": a passive participle, unlike "the rivals whom he accused of"
    if first in ("for", "against") and cue.lower().startswith("argu") and not after_that:
        return None  # "argued for a new name", "argues against intervention": a stance, not what was said
    if first == "up" or (first.startswith(("anonymity", "not")) and _ANONYMITY_RE.match(content)):
        return None  # "the costs add up to": a particle; "asked not to be named": a sourcing formula
    if first == "to" and cue.lower() in _NO_TO_CUES:
        return None  # "said to reporters", "adding to her lead": a listener or no speech at all
    if cue.lower() in _PLEA_CUES and not after_that and not (
            _PLEA_CLAUSE_RE.search(content) or _opens_with_clause(content)):
        return None  # "denied any involvement", "admitted fraud": a plea about a deed, no clause reported
    if cue.lower() in _ADD_CUES and not after_that and not _opens_with_clause(content):
        return None  # "added £140 million", "adds a new element": an amount or a thing, not words
    return Candidate(start=start, end=end, kind="indirect", cue=cue, mention=mention, confidence=0.6)


_REQUEST_THING_RE = re.compile(r"for\s+an?\s")


def _approximates(content: str) -> bool:
    """Whether "about" opens an amount ("about half of", "about 40 percent", "about a dozen")."""
    words = content.split(None, 2)
    nxt = words[1].lower() if len(words) > 1 else ""
    return nxt[:1].isdigit() or nxt.split("-")[0] in _QUANTITY_HEADS or nxt in ("a", "an")  # "one-third"


# A clause before "X said" that sets up what follows rather than reports: a question put to the
# speaker, or the lead-in to a direct quote right after the cue.
_QUESTION_LEADS = ("Asked ", "When asked ", "Asked,", "When he was asked ", "When she was asked ")
_QUOTE_NEXT_RE = re.compile(r"\s*[,:]\s*[\"“‘']")


def _span_before(text: str, ss: int, se: int, before: list[tuple[str, int, int]], cue: str,
                 mention: Mention, after: int, subject_start: int | None = None) -> Candidate | None:
    """"CLAUSE, X said." / "CLAUSE, said X.": the content is the sentence up to the comma.

    An attribution inserted mid-sentence ("The plan, he said, would fail.") leaves the sentence
    whole: annotators keep the aside inside one span rather than split the clause.
    """
    limit = subject_start if subject_start is not None else before[-1][1] + 1 if before else ss
    comma = text.rfind(",", ss, limit)
    if comma < 0:
        return None
    start = ss
    while start < comma and text[start] in " \t\xa0":
        start += 1
    end = comma
    aside = _ASIDE_RE.match(text, after, se)
    if aside:
        end = _clause_end(text, aside.end(), se)
    if end - start < 12 or text[start] in _QUOTE_OPENERS or text[comma - 1:comma] in "\"”’'":
        return None
    cue_end = after if subject_start is not None else mention.end
    if text.startswith(_QUESTION_LEADS, start) or _QUOTE_NEXT_RE.match(text, cue_end):
        return None  # 'Asked about it, X said, "..."': the cue attributes the quote that follows
    return Candidate(start=start, end=end, kind="indirect", cue=cue, mention=mention, confidence=0.6)


def _is_data(phrase: str) -> bool:
    """Whether a source is a poll, a record or a count ("according to the new poll"), which the
    annotators do not treat as a speaker, unlike people, outlets and organisations."""
    if _DATA_WORDS.isdisjoint(phrase.lower().split()):
        return False
    head = _DATA_HEAD_RE.match(phrase)
    if head is None:
        return False
    words = head.group(1).split()
    name = words[1:] if words[0].lower() in _DETERMINERS else words
    if len(name) > 1 and all(w[:1].isupper() for w in name) and name[-1].lower() not in _DATA_FIRM_HEADS:
        return False  # "the Census Bureau", "the U.S. Geological Survey": an agency named after its data
    return (bool(_DATA_NOUNS.intersection(w.lower() for w in words))
            or words[-1].lower() in _EVIDENCE_OR_DATA_FIRM)


_SOURCE_PHRASE_RE = re.compile(r"[^,;:.()\n]{1,80}")


def _record_source(text: str, start: int, se: int) -> bool:
    """Whether the whole source phrase after "according to" (up to its comma) is data or a record
    ("a New York Times/CBS News survey released Thursday", "a memo released Friday by the agency")."""
    m = _SOURCE_PHRASE_RE.match(text, start, se)
    if m is None:
        return False
    phrase = m.group().replace("/", " ")
    words = phrase.lower().split()
    return _is_data(phrase) or any(w in RECORD_NOUNS for w in words[:5])


# The named author of a record: "a memo from chief executive Ann Roe", "a letter signed by Ann Roe".
_AUTHOR_RE = re.compile(r"[^,;:.()\n]{1,40}?\s(?:from|signed\s+by)\s+(?:[a-z]+\s+){0,3}"
                        r"([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|bin|al|van|von|de))*\s+[A-Z][\w’'-]*)")


def _record_author(text: str, start: int, se: int) -> Mention | None:
    """The person a record (not data: a poll or survey) comes from, named right after its noun."""
    m = _AUTHOR_RE.match(text, start, se)
    if m is None or _is_data(m.group()):
        return None
    head = m.group().lower().split()[:3]
    return Mention(m.group(1), m.start(1), m.end(1)) if any(
        w in RECORD_NOUNS or w in DOCUMENT_NOUNS for w in head) else None


# "because, according to X, CLAUSE", "after, according to X, CLAUSE": a subordinator before the source
# opens the clause that carries its words ("and" may join a verb phrase: "and, according to X, adopted").
_CLAUSE_LINK_RE = re.compile(r"\b(?:because|after|that|since|when|if|although|though|whereas)\s*,?\Z")


_AS_LEAD_RE = re.compile(r"(?:(?:[Bb]ut|[Aa]nd)\s+)?[Aa]s\s+\Z")


def _as_reported_by(text: str, cs: int, ce: int, ss: int, se: int) -> Candidate | None:
    """ "As reported by X, CLAUSE": the clause is X's report, as after "according to X"."""
    if not _AS_LEAD_RE.fullmatch(text, ss, cs):
        return None
    src = _np_after(text, ce + 4, se)
    if src is None or not text.startswith(", ", src.end) or _is_data(src.text):
        return None
    return _make(text, src.end + 2, se, text[cs:ce], src)


# "X was quoted (by Reuters / in a filing / on a website) as saying (that) CLAUSE": X's report; the phrase
# names the reporter or the record.
# The active "Reuters quoted X as saying" stays out, as the annotators leave it.
_QUOTED_AS_RE = re.compile(r"\s(?:is|was|were|are|been)\s+(?:also\s+|later\s+|widely\s+)?quoted"
                           r"(?:\s+(?:by|in|on)\s+[^,.;:\"“”\n]{1,60}?)?\s+as\s+\Z")


def _quoted_as(state: _State, cs: int, ce: int) -> Candidate | None:
    """The clause after "was quoted (by Y) as saying", spoken by the subject of "was quoted"."""
    text = state.text
    ss, se = state.sents.around(cs)
    lead = _QUOTED_AS_RE.search(text, max(ss, cs - 100), cs)
    if lead is None:
        return None
    that = _THAT_RE.match(text, ce + 1, se) if text.startswith(" ", ce) else None
    start = that.end() if that else _adverbials_end(text, ce, se)
    while start < se and text[start].isspace():
        start += 1
    if start >= se or text[start] in _QUOTE_OPENERS:
        return None  # 'was quoted as saying: "..."': a direct quote's lead-in
    mention, kind, _ = _speaker(state, ss, lead.start() + 1, "said")
    if mention is None or kind == "passive" or mention.text.lower() in _NON_SPEAKERS:
        return None
    return _make(text, start, se, "quoted as saying", mention)


_CAP = r"[A-Z][\w’'-]*"
_BODY_RECORD_RE = re.compile(rf"(?:an?|the)\s+({_CAP}(?:\s+(?:of|on|for|and|{_CAP}))*?\s+{_CAP})\s+"
                             r"(?:report|audit|review|study|assessment|inquiry)\b")


def _according(text: str, cs: int, ce: int, ss: int, se: int) -> Candidate | None:
    """ "according to X, CLAUSE" and "CLAUSE, according to X"."""
    cue = text[cs:ce]
    src = _np_after(text, ce, se)
    author = _record_author(text, src.start, se) if src is not None else None
    if author is not None:
        src = author  # "a memo from Ann Roe": her report
    elif src is not None and _record_source(text, src.start, se):
        return None  # a bare memo, lawsuit or poll speaks for nobody
    if src is None or _is_data(src.text):
        return None
    body = _BODY_RECORD_RE.match(text, src.start, se)
    if body is not None:  # "according to a Board of Audit report": the board speaks through it
        src = Mention(body.group(1), body.start(1), body.end(1))
    lead = text[ss:cs].strip()
    if not lead or (lead.endswith(",") and len(lead.split()) <= 3) or _CLAUSE_LINK_RE.search(lead):
        comma = text.find(",", src.end, se)
        if comma < 0:
            return None
        return _make(text, comma + 1 + (text[comma + 1:comma + 2] == " "), se, cue, src)
    end = cs
    while end > ss and text[end - 1] in " ,\t\xa0":
        end -= 1
    start = ss
    if end - start < 12 or text[start] in _QUOTE_OPENERS or text[end - 1] in "\"”’'":
        return None
    return Candidate(start=start, end=end, kind="indirect", cue=cue, mention=src, confidence=0.6)
