"""Speaker shapes found by using the product (round 4): a role set off before a name, "its"/"it" for
the body named last, "the firm" after a body named without a company word, "The statement" for who
issued it, a capitalised word and a number as a body ("Channel 7")."""

from __future__ import annotations

from quotetrack.extract import extract
from quotetrack.model import Mention
from quotetrack.speakers import Cast, resolve


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in extract(text)]


def roles(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(q.speaker, q.roles) for q in extract(text)]


def test_a_role_set_off_before_a_name_opening_a_sentence_is_kept() -> None:
    text = ("The harbour commissioner, Ivo Marsh, urged both unions to return to talks on Monday. "
            "“We are close,” Marsh said.")
    assert roles(text) == [("Ivo Marsh", ("harbour commissioner",))] * 2


def test_an_owned_role_set_off_before_a_name_is_kept() -> None:
    text = "Its managing director, Lene Okafor, told reporters the plant would reopen in June."
    assert roles(text) == [("Lene Okafor", ("managing director",))]


def test_words_before_a_name_that_end_in_no_role_noun_are_no_role() -> None:
    text = "The long night, Ivo Marsh said, had “worn everyone down.”"
    assert all(r == () for _, r in roles(text))


def test_a_role_after_the_name_is_still_kept() -> None:
    text = "Ivo Marsh, the harbour commissioner, urged calm. “We are close,” Marsh said."
    assert roles(text) == [("Ivo Marsh", ("harbour commissioner",))]


def test_its_document_is_the_body_named_last() -> None:
    text = ("The Corran Museum of Clocks offered a reward on Tuesday. Its statement called the theft "
            "“a wound to the whole valley.”")
    assert speakers(text) == [("a wound to the whole valley.", "Corran Museum of Clocks", "organisation")]


def test_it_is_the_body_named_last_with_its_whole_name() -> None:
    text = ("The Corran Museum of Clocks offered a reward on Tuesday. It called the theft "
            "“a wound to the whole valley.”")
    assert speakers(text)[0][1:] == ("Corran Museum of Clocks", "organisation")


def test_her_document_stays_the_person() -> None:
    text = "Ada Kell offered a reward on Tuesday. Her letter called the theft “a wound to the whole valley.”"
    assert speakers(text)[0][1:] == ("Ada Kell", "person")


def test_its_with_no_body_named_is_nobody() -> None:
    text = ("Ada Kell offered a reward on Tuesday. Its statement called the theft "
            "“a wound to the whole valley.”")
    assert speakers(text)[0][1] is None


def test_the_firm_a_paragraph_after_a_business_spoke_is_that_business() -> None:
    text = ("Tolland & Sons said on Friday it would close two depots.\n\n"
            "“Fuel costs have doubled,” the firm said.")
    assert [s[1:] for s in speakers(text)] == [("Tolland & Sons", "organisation")] * 2


def test_the_firm_after_a_newspaper_spoke_is_not_the_newspaper() -> None:
    text = ("The Dunmore Post reported the sale on Friday.\n\n"
            "“Fuel costs have doubled,” the firm said.")
    assert speakers(text)[-1][1] != "Dunmore Post"


def test_the_statement_is_the_body_that_issued_it() -> None:
    text = ("Gorsey Holdings issued a statement on Friday. The statement noted that “the depots lose money "
            "every month.”")
    assert speakers(text)[-1][1:] == ("Gorsey Holdings", "organisation")


def test_the_letter_is_the_person_who_sent_it() -> None:
    text = ("Ada Kell sent a letter to the council on Friday. The letter said the depot was "
            "“beyond saving.”")
    assert speakers(text)[-1][1:] == ("Ada Kell", "person")


def test_a_capitalised_word_and_a_number_is_a_body() -> None:
    for name in ("Channel 7", "Local 31"):
        text = f"“We stand by every word,” {name} said."
        at = text.index(name)
        speaker = resolve(Cast(text), Mention(name, at, at + len(name)), None)
        assert (speaker.name, speaker.kind) == (name, "organisation")
