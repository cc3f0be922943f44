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
PROSE = ("Council spokesman Robert Ames said the minister would not attend. “We will wait,” she told "
         "reporters on Monday, adding that Democratic candidate Lena Ortiz had urged the board to delay. "
         "According to a statement from the ministry, talks ended.\n\nHe declined to comment.")


@st.composite
def marked_prose(draw: st.DrawFn) -> str:
    """Real sentences with quote marks dropped in anywhere, even inside words: the shape of
    crawler debris, where attribution rules meet tokens they never expected."""
    chars = list(PROSE)
    drops = st.tuples(st.integers(0, len(PROSE)), st.sampled_from(MARKS))
    for at, mark in draw(st.lists(drops, max_size=12)):
        chars.insert(min(at, len(chars)), mark)
    return "".join(chars)


TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join), marked_prose())


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
@example('Council spokesman Ro``bert s"peak to part”icipate.')  # a title and name run to the clause end
@example("Democratic candidate Ames “has repeal rules.")
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
