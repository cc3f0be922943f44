"""Quote-mark pairing: turn the quote marks of an article into quoted content spans.

Marks come in two families, double (“ ” " „ « » `` '') and single (‘ ’ ' ‚ ‹ ›). A quote opened with
one family only closes with the same family; marks of the other family inside it are nested quotes.
Apostrophes (don't, Simmons', ’90s) are told apart from single marks by the characters around them.
A quote never runs past its paragraph unless the next paragraph reopens it; an opener that never
closes is dropped and the paragraph is scanned again after it, so a stray mark never hides the rest.
A reprinted transcript reopens every paragraph and labels each turn ("“PENCE: ...", "“Q: ..."): a
quote never runs into the next speaker's turn.

Speed: one literal search per mark character the article holds finds its marks; each mark is
classified from its two neighbours only, and marks are kept as plain tuples.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MARK_CHARS = "“”\"„«»‘’'‚‹›`"
# The lookarounds drop the apostrophes between two letters or digits (don't, Let’s) inside the scan.
_NOT_IN_WORD = r"(?:(?<![^\W_]['’])|(?![^\W_]))"
# One leading character class scans far faster than an alternation (for the marks of a paragraph).
_MARK_RE = re.compile(f"[{re.escape(_MARK_CHARS)}]{_NOT_IN_WORD}")
# The regex engine tests a character class char by char, but skips to a single literal in a tight
# loop: over a whole article, one search per mark character it holds is faster than the class.
_EACH_MARK = tuple(re.compile(re.escape(ch) + _NOT_IN_WORD) for ch in _MARK_CHARS)
_DOUBLE = frozenset({"“", "”", '"', "„", "«", "»", "``", "''"})
_LEFT = frozenset({"“", "„", "«", "``", "‘", "‚", "‹"})
_RIGHT = frozenset({"”", "»", "’", "›"})
_GUILLEMETS = frozenset("«»‹›")  # French style puts spaces inside them
_OPEN_BEFORE = frozenset(" \t([{—–-/:;,.!?…“”\"‘’'«»„‚‹›`")

# The speaker label that opens a transcript turn: "WALLACE: ", "MR. SMITH: ", "Q: ", "A: ".
TURN_LABEL = re.compile(r"(?:[A-Z][A-Z.'’ -]{1,30}[A-Z.]|Q|A):[ \t\xa0]")

# A mark as (pos, end, double, can_open, can_close, weak): a weak closer may be a plural possessive
# apostrophe ("the Pryces' house", "our fathers’ plots") and gives way to a later closer.
_Mark = tuple[int, int, bool, bool, bool, bool]


class QuotedSpan(NamedTuple):
    """Content between a pair of quote marks; ``start``/``end`` exclude the marks (a named tuple:
    immutable and several times cheaper to build than a frozen dataclass)."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (== end when the quote was never closed)
    double: bool  # opened with a double mark
    paragraphs: int = 1  # how many paragraphs the quote runs over


def _classify(ch: str, pos: int, end: int, prev: str, nxt: str) -> _Mark | None:
    """Whether a mark can open and/or close a quote, from its neighbours ("\\n" past the edge of the
    scanned text);
    None for an apostrophe or a mark that can do neither."""
    double = ch in _DOUBLE
    if not double and ch in "'’":
        if prev.isalnum() and (nxt.isalnum() or (ch == "’" and nxt == "s")):
            return None  # don't, Let’s
        if nxt.isdigit() and not prev.isalnum():
            return None  # ’90s
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    if ch in _GUILLEMETS:
        can_open, can_close = ch in "«‹" and nxt != "\n", ch in "»›"
    elif ch in _LEFT:
        can_open = not next_space
        can_close = not prev_space and (next_space or not nxt.isalnum())
    elif ch in _RIGHT:
        if not double and prev.isalnum() and nxt.isalnum():
            return None
        can_open = not next_space and (nxt.isalnum() or nxt in "…[(") and not prev.isalnum()
        can_close = not prev_space or not nxt.isalnum()
    else:  # neutral ASCII marks: " and '' and '
        can_open = not next_space and (prev_space or prev in _OPEN_BEFORE)
        can_close = not prev_space or (double and next_space)
        if not double and prev.isalnum() and not can_open:
            can_close = can_close and not nxt.isalnum()
    if can_open or can_close:
        return pos, end, double, can_open, can_close, False
    return None


def _scan(text: str, lo: int, hi: int, stop: int | None = None) -> list[_Mark]:
    """The marks of text[lo:hi] (one paragraph or a part of one) that start before ``stop``."""
    marks: list[_Mark] = []
    skip = -1
    for m in _MARK_RE.finditer(text, lo, hi if stop is None else stop):
        pos = m.start()
        if pos < skip:
            continue
        mark, skip = _mark_at(text, pos, lo, hi)
        if mark is not None:
            marks.append(mark)
    return marks


_SPACED_ELLIPSES = (" …", " ...", " . . .")


def _mark_at(text: str, pos: int, lo: int, hi: int) -> tuple[_Mark | None, int]:
    """The mark at ``pos`` in text[lo:hi] (`` and '' count as one) and where it ends; a lone
    backtick is no mark."""
    ch = text[pos]
    end = pos + 1
    if ch in "`'" and end < hi and text[end] == ch:
        ch += ch
        end += 1
    elif ch == "`":
        return None, end
    nxt = text[end] if end < hi else "\n"
    if nxt == " " and ch in _LEFT and text.startswith(_SPACED_ELLIPSES, end, hi):
        nxt = "…"  # '“ … if the vote were held”': a quote that opens on a spaced ellipsis
    mark = _classify(ch, pos, end, text[pos - 1] if pos > lo else "\n", nxt)
    if mark is not None and mark[4] and not mark[2] and _possessive(text, pos, end, lo, hi):
        mark = mark[:5] + (True,)
    return mark, end


def _possessive(text: str, pos: int, end: int, lo: int, hi: int) -> bool:
    """Whether a single mark after a plural noun may be its possessive apostrophe: "s'" before a
    lower-case word ("the Pryces' house", "fathers’ plots")."""
    return (pos > lo and text[pos - 1] in "sS" and end + 1 < hi and text[end] == " "
            and text[end + 1].islower())


def _pair(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair marks left to right; returns the pairs and a trailing unclosed opener (if any).

    An opener that is never closed is dropped and pairing restarts just after it.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    i = 0
    n = len(marks)
    while i < n:
        opener = marks[i]
        if not opener[3]:
            i += 1
            continue
        double = opener[2]
        j = i + 1
        while j < n and marks[j][2] != double:
            j += 1
        if j < n and marks[j][4]:
            j = _closer(marks, j)
            pairs.append((opener, marks[j]))
            i = j + 1
            continue
        # no closer of this family: either a fresh opener follows or the paragraph ends
        if j >= n and double:
            return pairs, opener
        i += 1
    return pairs, None


def _closer(marks: list[_Mark], j: int) -> int:
    """The closer to take for the one found at ``j``: past weak closers (possessive apostrophes) to
    the first plain closer of the family, unless a mark that could open a quote comes first."""
    k = j
    while marks[k][5]:
        k += 1
        while k < len(marks) and marks[k][2] != marks[j][2]:
            k += 1
        if k >= len(marks) or marks[k][3] or not marks[k][4]:
            return j
    return k


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_pairs(text: str, pairs: list[tuple[_Mark, _Mark]], spans: list[QuotedSpan]) -> None:
    for op, cl in pairs:
        s, e = _strip(text, op[1], cl[0])
        if e > s:
            spans.append(QuotedSpan(s, e, op[0], cl[1], op[2]))


def find_spans(text: str) -> list[QuotedSpan]:
    """Every quoted content span in ``text``, sorted by start and non-overlapping."""
    spans: list[QuotedSpan] = []
    para: list[_Mark] = []  # classified marks of the current paragraph
    hi = -1  # end of the current paragraph
    skip = 0  # marks before this offset are taken (second half of '' or ``, a continued quote)
    n = len(text)
    for pos in _mark_offsets(text):
        if pos < skip:
            continue
        if pos > hi:
            if para:
                skip = max(skip, _close_paragraph(text, para, hi, spans))
                para = []
                if pos < skip:
                    continue
            hi = text.find("\n", pos)
            if hi < 0:
                hi = n
        mark, skip = _mark_at(text, pos, 0, n)
        if mark is not None:
            para.append(mark)
    if para:
        _close_paragraph(text, para, hi, spans)
    return spans


def _mark_offsets(text: str) -> list[int]:
    """The offsets of every mark _MARK_RE finds in ``text``, in order (a few searches for a literal
    each, for the mark characters the text holds: ``in`` tells them in C)."""
    found: list[int] = []
    for ch, mark in zip(_MARK_CHARS, _EACH_MARK, strict=True):
        if ch in text:
            found.extend([m.start() for m in mark.finditer(text)])
    found.sort()
    return found


def _close_paragraph(text: str, marks: list[_Mark], hi: int, spans: list[QuotedSpan]) -> int:
    """Pair one paragraph's marks into spans; returns the offset up to which text is consumed."""
    pairs, dangling = _pair(marks)
    if dangling is None and not pairs and _single_reopened(text, marks[0], hi):
        dangling = marks[0]
    _add_pairs(text, pairs, spans)
    return hi if dangling is None else _continue(text, hi, dangling, spans)


def _single_reopened(text: str, mark: _Mark, hi: int) -> bool:
    """Whether an unclosed single mark opening its paragraph, or right after a colon ("X said:
    ‘A.\n\n‘B.’"), starts a quote over several paragraphs: British and Indian copy quote in single
    marks, reopening each paragraph. A lone single mark elsewhere is more often an apostrophe, so the
    next paragraph must reopen it."""
    pos = mark[0]
    if mark[2] or not mark[3] or (pos > 0 and text[pos - 1] != "\n" and not _after_colon(text, pos)):
        return False
    para = _next_paragraph(text, hi)
    return para is not None and _reopens(text, para[0], para[1], False) is not None


def _after_colon(text: str, pos: int) -> bool:
    return text[pos - 2:pos] in (": ", ":\xa0", ":\t")


def _next_paragraph(text: str, hi: int) -> tuple[int, int] | None:
    lo = hi
    n = len(text)
    while lo < n and text[lo] == "\n":
        lo += 1
    if lo >= n:
        return None
    end = text.find("\n", lo)
    return lo, n if end < 0 else end


def _reopens(text: str, lo: int, hi: int, double: bool) -> _Mark | None:
    """The opening mark that starts paragraph [lo, hi), if it reopens a quote of this family."""
    marks = _scan(text, lo, hi, stop=min(hi, lo + 2))
    if not marks or marks[0][0] != lo:
        return None
    mark = marks[0]
    return mark if mark[3] and mark[2] == double else None


def _continue(text: str, hi: int, opener: _Mark, spans: list[QuotedSpan]) -> int:
    """Follow a quote left open at paragraph end ``hi`` into reopening paragraphs; returns the offset
    up to which the text is consumed."""
    double = opener[2]
    count = 1
    end = hi
    para = _next_paragraph(text, hi)
    while para is not None:
        lo, hi = para
        reopen = _reopens(text, lo, hi, double)
        if reopen is None or TURN_LABEL.match(text, reopen[1]):
            break
        count += 1
        closer = next((m for m in _scan(text, reopen[1], hi) if m[2] == double and m[4]), None)
        if closer is not None:
            s, e = _strip(text, opener[1], closer[0])
            spans.append(QuotedSpan(s, e, opener[0], closer[1], double, count))
            # the rest of this paragraph after the closer is paired as usual
            _add_pairs(text, _pair(_scan(text, closer[1], hi))[0], spans)
            return hi
        end = hi
        para = _next_paragraph(text, hi)
    s, e = _strip(text, opener[1], end)
    if e > s:
        spans.append(QuotedSpan(s, e, opener[0], e, double, count))
    return end
