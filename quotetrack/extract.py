"""Quote extraction: detectors find candidate spans, the speaker resolver names them.

read text -> quoted spans (marks) -> direct/partial candidates (attribution) -> indirect candidates
(outside those) -> in-article speaker resolution (speakers) -> Quotes sorted by offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quotetrack.attribution import attribute, product_name, title_like
from quotetrack.dates import parse_date
from quotetrack.indirect import find_indirect
from quotetrack.lexicon import QUOTE_VERBS, forms_of
from quotetrack.marks import QuotedSpan, find_spans
from quotetrack.model import Candidate, Quote
from quotetrack.speakers import Cast, Speaker, resolve

# How many line breaks a pronoun may sit from the previous attribution and still refer to it.
_PRONOUN_REACH = 2


# A line break inside a sentence: the line runs on without a sentence end and the next one starts
# in lower case ("we will fight this\nand win"). News copy never breaks a paragraph there. The
# pattern starts with its literal line break, which the regex engine skips to fast.
_RUN_ON_BREAK = re.compile(r"\n(?=[a-z])(?<=(?:[^\W_]|[,;])\n)")
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_WRAP_WIDTH = 110  # hard-wrapped text (mail, wire feeds, .txt) is set at most this wide
_WRAP_SLACK = 25  # a wrapped line stops short of the width by at most about one long word
_WRAP_SHARE = 0.8  # the share of lines before a single break that must be full for a hard-wrapped text
_WRAP_LINES = 3


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard wrapping read as spaces (same length, so offsets hold).

    A single "\n" is a paragraph break in much copy; it is a wrap when it runs a sentence on (see
    _RUN_ON_BREAK), or when the whole text is hard-wrapped: blank lines part its paragraphs and
    nearly every line followed by another line is filled to one width."""
    if "\n" not in text:
        return text
    if "\n\n" in text and _hard_wrapped(text):
        return _SINGLE_BREAK.sub(" ", text)
    return _RUN_ON_BREAK.sub(" ", text)


def _hard_wrapped(text: str) -> bool:
    lines = text.split("\n")
    width = max(map(len, lines))
    if width > _WRAP_WIDTH:
        return False
    # the lines a single break follows: in a hard-wrapped text, each is filled to the width
    runs = [len(a) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    full = sum(n >= width - _WRAP_SLACK for n in runs)
    return len(runs) >= _WRAP_LINES and full >= _WRAP_SHARE * len(runs)


def candidates(text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """All quote candidates of ``text`` (sorted, non-overlapping) and the quoted spans seen; ``text``
    is read unwrapped (see ``unwrap``)."""
    return _candidates(unwrap(text))


def _candidates(text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    spans = find_spans(text)
    headlines = headline_spans(text)
    if headlines:
        spans = [s for s in spans if not _inside(s.open_at, headlines)]
    marked = attribute(text, spans)
    taken = [(c.start, c.end) for c in marked]
    reported = [c for c in find_indirect(text, taken)
                if not _starts_inside(c.start, spans) and not _inside(c.start, headlines)
                and not (c.kind == "partial" and _names_a_product(text, c, spans))]
    found = sorted(marked + reported, key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for cand in found:
        if cand.end <= cand.start or cand.start < 0 or cand.end > len(text):
            continue
        if out and cand.start < out[-1].end:
            continue
        out.append(cand)
    return out, [(s.start, s.end) for s in spans]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in ranges)


def _names_a_product(text: str, cand: Candidate, spans: list[QuotedSpan]) -> bool:
    """Whether a fragment the indirect module kept as a partial is a product's name ("recalling its
    “Glow Two” kettles"), which the quote detector dropped as no speech."""
    i = bisect_right(spans, cand.start, key=lambda s: s.start) - 1
    return i >= 0 and spans[i].start == cand.start and product_name(text, spans[i], text[cand.start:cand.end])


def _starts_inside(pos: int, spans: list[QuotedSpan]) -> bool:
    """Whether ``pos`` lies inside the words of a quoted span: reported speech that begins within
    quoted words ("The old adage, “I mean what I say and say what I mean”") is no report."""
    i = bisect_right(spans, pos, key=lambda s: s.start) - 1
    return i >= 0 and spans[i].start < pos < spans[i].end


_SENTENCE_IN_MARKS = re.compile(r"[.!?…][\"'”’»]")
_HEADER_LINES = 4  # the first lines of an article that may be a headline, a kicker or a byline
_HEADLINE_WORDS = 15
_DATE_LINE_WORDS = 6  # "Sunday, December 15th, 2024", "March 22, 2024 | 08:30"


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Headline lines at the top of an article ("Minister: 'We will not back down'"): short lines,
    alone in their paragraph or right above a date line, with no sentence end. Headlines are not speech."""
    spans: list[tuple[int, int]] = []
    pos = seen = 0
    while seen < _HEADER_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line:
            seen += 1
            alone = text[end:end + 2] in ("\n\n", "\n", "") or _date_line(text, end + 1)
            if alone and (_headline(line) or seen == 1 and end < len(text) and _quoting_headline(line)):
                spans.append((pos, end))
        pos = end + 1
    # "\n" + text: the pattern starts each line with its line break, a literal the regex engine skips
    # to fast (a "(?m)^" is tried at every character); offsets are one more than in ``text``
    for found in _STAMPED_LINE.finditer("\n" + text):
        if _headline(found.group(1).strip()):
            spans.append((found.start(1) - 1, found.end(1) - 1))
    return spans


# A live blog's entry: a line holding only a time stamp ("10:31 p.m.", "08:30 GMT"), then the entry's
# headline on its own line.
_STAMPED_LINE = re.compile(
    r"\n[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[aApP]\.?[mM]\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*\n([^\n]+)(?=\n)")


def _date_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a short line holding a date: the dateline under a headline."""
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)]
    return len(line.split()) <= _DATE_LINE_WORDS and parse_date(line) is not None


def _headline(line: str) -> bool:
    bare = line.rstrip("\"'”’» \t")
    words = len(line.split(None, _HEADLINE_WORDS))  # bounded: a first line can be a whole paragraph
    return (2 <= words <= _HEADLINE_WORDS and not bare.endswith((".", "!", "?", "…", ":", ","))
            and _SENTENCE_IN_MARKS.search(line) is None)  # “Q.” — X is a signed quote, not a headline


# "Court to council: 'Is a safe road too much to ask?'": a label, a colon and a quoted sentence.
_WORD = re.compile(r"[^\W\d_]+")
_LABEL_THEN_QUOTE = re.compile(r"[^\"“‘'«:]*?([^\W\d_]+):\s*[\"“‘'«][^\"“”‘’'«»]+[.!?…][\"”’'»]")


def _quoting_headline(line: str) -> bool:
    """A first line made of a short label and a quoted sentence after a colon is the headline of a
    story about the quote. A name before the colon ("Ann Roe: “Q.”") signs the quote, and a speech
    verb ("He said: “Q.”") makes it running text."""
    if len(line.split(None, _HEADLINE_WORDS + 5)) > _HEADLINE_WORDS + 5:
        return False  # tested first: the pattern backtracks a long time over a long line
    found = _LABEL_THEN_QUOTE.fullmatch(line)
    if found is None or not found.group(1).islower():
        return False
    return not any(w in QUOTE_VERBS for w in _WORD.findall(line, 0, found.end(1)))


def extract(text: str) -> list[Quote]:
    """Return every attributed quote in ``text`` with exact offsets, sorted by start; a quote over a
    line wrap keeps its line break in its text (``text[start:end] == quote.text``)."""
    original, text = text, unwrap(text)
    found, quoted_spans = _candidates(text)
    if not found:
        return []
    cast = Cast(text, quoted_spans)
    quotes: list[Quote] = []
    previous: Speaker | None = None  # the last speaker, for pronouns
    previous_at = -1
    quoter: Speaker | None = None  # the last direct or partial quote's speaker, for follow-on quotes
    for cand in found:
        if cand.follows and quoter is not None:
            speaker = quoter  # “A,” said X, who said Y. “B.”: B is X's, not that of the report between
        else:
            near = previous if previous_at >= 0 and _near(text, previous_at, cand.start) else None
            speaker = resolve(cast, cand.mention, near)
        if speaker.name is None and cand.kind == "partial" and title_like(text[cand.start:cand.end]):
            continue  # a quoted title or term that nobody is named as saying: no quote
        if _unsaid(text, cand, speaker.name is None):
            continue
        quotes.append(_quote(original, cand, speaker))
        if not cand.follows:
            previous, previous_at = speaker, cand.end
            if cand.kind != "indirect":
                quoter = speaker
    return quotes


# "The phrase of the week is “Q”": the quoted words are the term being discussed.
_TERM_NOUNS = frozenset({"phrase", "term", "word", "words", "expression", "slogan", "catchphrase", "buzzword",
                         "motto", "label", "nickname"})
# "a reporter asked Ms. Roe, “Q?”": an unnamed questioner's question is no quote of the official.
_QUESTIONERS = frozenset({"reporter", "reporters", "journalist", "journalists", "interviewer", "questioner"})
_ASKING_CUES = forms_of("ask")


def _unsaid(text: str, cand: Candidate, unnamed: bool) -> bool:
    """Whether a quoted span is no speech: a term its sentence discusses, or an unnamed reporter's
    question."""
    if cand.mention is None or cand.kind == "indirect":
        return False
    if cand.cue is None:
        return not _heads(cand.mention.text).isdisjoint(_TERM_NOUNS)
    return (unnamed and cand.cue in _ASKING_CUES and text[cand.start:cand.end].rstrip().endswith("?")
            and not _heads(cand.mention.text).isdisjoint(_QUESTIONERS))


def _heads(mention: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(mention)}


def _near(text: str, at: int, pos: int) -> bool:
    return text.count("\n", at, pos) <= _PRONOUN_REACH


def _quote(text: str, cand: Candidate, speaker: Speaker) -> Quote:
    return Quote(
        text=text[cand.start:cand.end],
        start=cand.start,
        end=cand.end,
        kind=cand.kind,
        speaker=speaker.name,
        speaker_mention=cand.mention.text if cand.mention else None,
        speaker_kind=speaker.kind if speaker.name else None,  # type: ignore[arg-type]
        cue=cand.cue,
        confidence=cand.confidence,
        roles=speaker.roles,
    )
