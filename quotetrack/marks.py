"""Quote-mark pairing: turn the quote marks of an article into quoted content spans.

Marks come in two families, double (“ ” " „ « » `` '') and single (‘ ’ ' ‚ ‹ ›). A quote opened with
one family only closes with the same family; marks of the other family inside it are nested quotes.
Apostrophes (don't, Simmons', ’90s) are told apart from single marks by the characters around them.
A quote never runs past its paragraph unless the next paragraph reopens it; an opener that never
closes is dropped and the paragraph is scanned again after it, so a stray mark never hides the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK_RE = re.compile(r"''|``|[“”\"„«»‘’'‚‹›]")
_PARA_RE = re.compile(r"[^\n]+")
_DOUBLE = frozenset({"“", "”", '"', "„", "«", "»", "``", "''"})
_LEFT = frozenset({"“", "„", "«", "``", "‘", "‚", "‹"})
_RIGHT = frozenset({"”", "»", "’", "›"})
_GUILLEMETS = frozenset("«»‹›")  # French style puts spaces inside them
_OPEN_BEFORE = frozenset(" \t([{—–-/:;,.!?…“”\"‘’'«»„‚‹›`")


@dataclass(frozen=True)
class QuotedSpan:
    """Content between a pair of quote marks; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (== end when the quote was never closed)
    double: bool  # opened with a double mark
    paragraphs: int = 1  # how many paragraphs the quote runs over


@dataclass(frozen=True)
class _Mark:
    pos: int
    end: int
    char: str
    double: bool
    can_open: bool
    can_close: bool


def _classify(text: str, m: re.Match[str], lo: int, hi: int) -> _Mark | None:
    """Decide whether a mark can open and/or close a quote; None for an apostrophe."""
    ch = m.group()
    pos, end = m.start(), m.end()
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[end] if end < hi else " "
    double = ch in _DOUBLE
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    if not double and ch in "'’":
        if prev.isalnum() and nxt.isalnum():
            return None  # don't, Let’s
        if nxt.isdigit() and not prev.isalnum():
            return None  # ’90s
        if prev.isalnum() and ch == "’" and nxt == "s":
            return None
    if ch in _GUILLEMETS:
        return _Mark(pos, end, ch, double, ch in "«‹" and end < hi, ch in "»›")
    if ch in _LEFT:
        can_open = not next_space
        can_close = not prev_space and (next_space or not nxt.isalnum())
        return _Mark(pos, end, ch, double, can_open, can_close)
    if ch in _RIGHT:
        can_open = not next_space and (nxt.isalnum() or nxt in "…[(") and not prev.isalnum()
        can_close = not prev_space or not nxt.isalnum()
        if not double and prev.isalnum() and nxt.isalnum():
            return None
        return _Mark(pos, end, ch, double, can_open, can_close)
    # Neutral ASCII marks: " and '' and '
    can_open = not next_space and (prev in _OPEN_BEFORE or prev_space or pos == lo)
    can_close = not prev_space or (double and next_space)
    if not double and prev.isalnum() and not can_open:
        can_close = can_close and not nxt.isalnum()
    return _Mark(pos, end, ch, double, can_open, can_close)


def _paragraph_marks(text: str, lo: int, hi: int) -> list[_Mark]:
    marks = []
    for m in _MARK_RE.finditer(text, lo, hi):
        mark = _classify(text, m, lo, hi)
        if mark is not None and (mark.can_open or mark.can_close):
            marks.append(mark)
    return marks


def _pair(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair marks left to right; returns the pairs and a trailing unclosed opener (if any).

    An opener that is never closed is dropped and pairing restarts just after it.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    i = 0
    n = len(marks)
    while i < n:
        opener = marks[i]
        if not opener.can_open:
            i += 1
            continue
        j = i + 1
        closer_at = -1
        while j < n:
            mk = marks[j]
            if mk.double == opener.double:
                if mk.can_close:
                    closer_at = j
                    break
                break  # a fresh opener of the same family: the first one was never closed
            j += 1
        if closer_at < 0:
            if j >= n and opener.double:
                return pairs, opener
            i += 1
            continue
        pairs.append((opener, marks[closer_at]))
        i = closer_at + 1
    return pairs, None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _reopens(text: str, lo: int, hi: int, double: bool) -> _Mark | None:
    """The opening mark that starts paragraph [lo, hi), if it reopens a quote of this family."""
    m = _MARK_RE.match(text, lo)
    if m is None:
        return None
    mark = _classify(text, m, lo, hi)
    if mark is None or not mark.can_open or mark.double != double:
        return None
    return mark


def find_spans(text: str) -> list[QuotedSpan]:
    """Every quoted content span in ``text``, sorted by start and non-overlapping."""
    paras = [(m.start(), m.end()) for m in _PARA_RE.finditer(text)]
    spans: list[QuotedSpan] = []
    k = 0
    while k < len(paras):
        lo, hi = paras[k]
        pairs, dangling = _pair(_paragraph_marks(text, lo, hi))
        for op, cl in pairs:
            s, e = _strip(text, op.end, cl.pos)
            if e > s:
                spans.append(QuotedSpan(s, e, op.pos, cl.end, op.double))
        k += 1
        if dangling is None:
            continue
        k = _continue(text, paras, k, dangling, spans)
    return spans


def _continue(text: str, paras: list[tuple[int, int]], k: int, opener: _Mark, spans: list[QuotedSpan]) -> int:
    """Follow a quote left open at a paragraph end into reopening paragraphs; returns the next index."""
    start = opener.end
    count = 1
    end = paras[k - 1][1]
    while k < len(paras):
        lo, hi = paras[k]
        reopen = _reopens(text, lo, hi, opener.double)
        if reopen is None:
            break
        count += 1
        rest = [m for m in _paragraph_marks(text, reopen.end, hi) if m.double == opener.double]
        closer = next((m for m in rest if m.can_close), None)
        if closer is not None:
            s, e = _strip(text, start, closer.pos)
            spans.append(QuotedSpan(s, e, opener.pos, closer.end, opener.double, count))
            # the rest of this paragraph after the closer is scanned as usual
            tail_pairs, _ = _pair(_paragraph_marks(text, closer.end, hi))
            for op, cl in tail_pairs:
                ts, te = _strip(text, op.end, cl.pos)
                if te > ts:
                    spans.append(QuotedSpan(ts, te, op.pos, cl.end, op.double))
            return k + 1
        end = hi
        k += 1
    s, e = _strip(text, start, end)
    if e > s:
        spans.append(QuotedSpan(s, e, opener.pos, e, opener.double, count))
    return k
