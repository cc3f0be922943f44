"""Quote-mark pairing: every mark style, apostrophes, glued openers, paragraphs."""

from __future__ import annotations

import pytest

from quotetrack.marks import find_spans


def contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said “the bridge is closed,” and left.", ["the bridge is closed,"]),
        ('He said "the road is open," then smiled.', ["the road is open,"]),
        ("‘We will rebuild,’ the mayor said.", ["We will rebuild,"]),
        ("Il a dit « nous partons » hier.", ["nous partons"]),
        ("Er sagte „wir bleiben hier“ gestern.", ["wir bleiben hier"]),
        ("``Old style quoting,'' he wrote.", ["Old style quoting,"]),
        ("''Paper style quoting,'' she wrote.", ["Paper style quoting,"]),
        ("Sie sagte ‹ nie wieder › leise.", ["nie wieder"]),
    ],
)
def test_mark_styles(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_apostrophes_are_not_marks() -> None:
    text = "Don't touch the Jones' fence, it's from the ’90s and Let’s keep it."
    assert find_spans(text) == []


def test_nested_single_inside_double() -> None:
    text = "“He told me ‘never again’ and walked out,” she said."
    assert contents(text) == ["He told me ‘never again’ and walked out,"]


def test_offsets_exclude_marks() -> None:
    text = "Then: “Keep going.”"
    (span,) = find_spans(text)
    assert (span.start, span.end) == (text.index("Keep"), text.index("”"))
    assert span.open_at == text.index("“")
    assert span.close_end == len(text)


def test_glued_openers_after_a_sentence() -> None:
    text = "it went well.“First part,” he said.”Second part.” And “third one,””Fourth one,” she said."
    assert contents(text) == ["First part,", "Second part.", "third one,", "Fourth one,"]


def test_odd_mark_does_not_swallow_the_rest() -> None:
    text = 'A stray " mark here.\n\nLater he said "all is well," and left.'
    assert contents(text) == ["all is well,"]


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said “this never closes\n\nNext paragraph has “its own quote.”"
    assert contents(text) == ["this never closes", "its own quote."]


def test_multi_paragraph_quote_is_one_span() -> None:
    text = "She said: “First paragraph of the speech.\n\n“Second paragraph ends it.” Then silence."
    (span,) = find_spans(text)
    assert text[span.start:span.end] == "First paragraph of the speech.\n\n“Second paragraph ends it."
    assert span.paragraphs == 2


def test_thousands_of_marks_do_not_hang() -> None:
    text = "“" * 3000 + " word " + "”" * 3000 + '"' * 3001
    spans = find_spans(text)
    assert all(0 <= s.start <= s.end <= len(text) for s in spans)


def test_single_marks_reopening_each_paragraph_make_one_quote() -> None:
    text = "He wrote:\n\n'We are not against it.\n\n'We're against the road.'\n\nIt's done."
    assert contents(text) == ["We are not against it.\n\n'We're against the road."]


def test_single_marks_opened_after_a_colon_and_reopened_make_one_quote() -> None:
    text = "The ranger Odile Mbeki said: ‘The path is shut past the bridge.\n\n‘Walkers should turn back.’"
    assert contents(text) == ["The path is shut past the bridge.\n\n‘Walkers should turn back."]


def test_a_single_mark_after_a_colon_with_no_reopening_is_no_quote() -> None:
    assert contents("Two things matter: ‘tis the season.\n\nThe shops opened early.") == []


def test_a_lone_single_mark_opening_a_paragraph_is_no_quote() -> None:
    assert contents("'Tis the season.\n\nThe shops opened early.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'We ran to the Hendersons' barn and waited,' he said.",
         ["We ran to the Hendersons' barn and waited,"]),
        ("‘It’s our grandparents’ orchard, and our parents’ after them,’ said Ida Venn.",
         ["It’s our grandparents’ orchard, and our parents’ after them,"]),
        # a plain possessive with no later closer still closes the quote it ends
        ("He called them 'dinosaurs' and left.", ["dinosaurs"]),
        # a later opener means the first closer was the real one
        ("She called them 'relics' and said 'time is up' today.", ["relics", "time is up"]),
    ],
)
def test_plural_possessive_inside_single_marks(text: str, expected: list[str]) -> None:
    assert contents(text) == expected
