"""Speaker shapes of round 5: a body's name cut after "for"; an owner's unnamed spokesperson."""

from __future__ import annotations

from quotetrack.model import Mention
from quotetrack.speakers import Cast, resolve


def _resolve(text: str, mention: str) -> tuple[str | None, str | None]:
    start = text.index(mention)
    found = resolve(Cast(text), Mention(mention, start, start + len(mention)), None)
    return found.name, found.kind


def test_a_body_name_cut_after_for_gets_its_first_words_back() -> None:
    text = "The League for Quiet Streets Action said it would sue. “We are ready,” it added."
    assert _resolve(text, "Quiet Streets Action") == ("League for Quiet Streets Action", "organisation")



def test_an_owners_unnamed_spokesperson_after_the_verb_is_nobody() -> None:
    text = "Mayor Ida Kettle spoke first. “The bridge stays shut,” said Kettle’s spokeswoman."
    assert _resolve(text, "Kettle’s") == (None, None)


def test_an_owners_spokesperson_named_after_a_comma_is_still_that_person() -> None:
    text = "Mayor Ida Kettle spoke first. “The bridge stays shut,” said Kettle’s spokeswoman, Nell Parr."
    assert _resolve(text, "Kettle’s")[0] == "Nell Parr"
