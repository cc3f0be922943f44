"""Speaker shapes found by running the product on new articles (round 3): "it" after a body named as
the subject before, a titled bare surname beside a namesake of the other sex."""

from __future__ import annotations

from quotetrack.extract import extract


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in extract(text)]


def test_it_after_a_fronted_phrase_is_the_body_named_as_subject_before() -> None:
    text = ("Kestrel Ratings kept its grade for the province on Friday. In a letter to bondholders, it said "
            "road building had “run well ahead of the tax base.”")
    assert speakers(text) == [("run well ahead of the tax base.", "Kestrel Ratings", "organisation")]


def test_it_opening_a_sentence_is_the_body_named_as_subject_before() -> None:
    text = ("Kestrel Ratings kept its grade for the province on Friday. It said road building had "
            "“run well ahead of the tax base.”")
    assert speakers(text)[-1][1:] == ("Kestrel Ratings", "organisation")


def test_it_after_a_person_subject_is_not_that_person() -> None:
    text = "Marta Quell kept her seat on Friday. It said road building had “run well ahead of the tax base.”"
    assert speakers(text)[-1][1] is None


def test_a_titled_bare_surname_is_not_the_namesake_of_the_other_sex() -> None:
    text = ("Governor Quell toured the flooded valley on Monday with his sister, Ilse Quell.\n\n"
            "“We will rebuild every bridge,” Governor Quell said. Mr. Quell later met farmers.\n\n"
            "“Nobody will be left behind,” Mr. Quell told them.")
    assert [s[1] for s in speakers(text)] == ["Quell", "Quell"]
