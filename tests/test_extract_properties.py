"""Properties of the extractor on arbitrary text: never raises, offsets exact, spans disjoint."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotetrack.extract import extract
from quotetrack.marks import find_spans

MARKS = "“”‘’\"'«»„‚‹›`"
PIECES = st.sampled_from(
    [*MARKS, " ", "\n", "\n\n", ".", ",", ":", "—", " said ", " he said.", " Anna Berg ", "told reporters",
     "according to ", "We will", "the minister", "\u202e", "\u0000", "مرحبا", "don't", "’90s", "\t",
     " by ", " was called ", " (R-OH), ", ", the ", " of the ", "Del. ", " Jr., ", " what ", "’s son, ",
     " prompted to say", " Mr. ", " who ", " a snappy retort", " goes on ", "Rather, ", " at the time "]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def check(text: str) -> None:
    quotes = extract(text)
    last_end = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end
        last_end = q.end


@settings(max_examples=150, deadline=None)
@given(TEXTS)
@example(" said:")  # a cue with nothing after it at the very end of the text
def test_extract_never_raises_and_offsets_hold(text: str) -> None:
    check(text)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_spans_lie_inside_and_are_sorted(text: str) -> None:
    spans = find_spans(text)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    assert all(0 <= s.start <= s.end <= len(text) for s in spans)


def test_thousands_of_quote_marks() -> None:
    check(("“a ”" * 2000) + ('"' * 3001) + ("‘" * 1000) + " Anna Berg said.")
