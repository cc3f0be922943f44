"""Speaker shapes found by running the product on ordinary news: a pronoun after an unnamed source,
unnamed people at a body, "the company" for a company named without a legal form, "the witness"
after a witness introduced with a description."""

from __future__ import annotations

from quotetrack.extract import extract
from quotetrack.model import Mention
from quotetrack.speakers import Cast, resolve


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


def test_pronoun_after_an_unnamed_source_with_an_aside_is_nobody() -> None:
    text = ("Ferry crews stopped work at noon. Union organiser Dmitri Vale said the talks had failed.\n\n"
            "One deckhand, who did not want to be named, said the stoppage would last a week. "
            "“Nobody in the office listens,” he said.")
    assert speakers(text)[-1] == ("Nobody in the office listens,", None)


def test_pronoun_after_unnamed_officials_is_nobody() -> None:
    text = ("Governor Hal Brandt opened the session on Monday.\n\n"
            "Officials familiar with the private budget talks said the plan had stalled. "
            "He said no county would sign it.")
    assert speakers(text)[-1] == ("no county would sign it", None)


def test_unnamed_people_at_a_body_are_nobody() -> None:
    text = ("Officials at the Treasury said the figures were final. "
            "Technicians at Harlow Rail said the signals had failed twice.")
    assert speakers(text) == [("the figures were final", None), ("the signals had failed twice", None)]


def test_the_company_is_the_business_named_in_an_aside() -> None:
    text = ("The quarry's operator, Brisk Aggregates, wrote to residents on Friday.\n\n"
            "“The blasting will stop by six every evening,” the company said.")
    assert speakers(text) == [("The blasting will stop by six every evening,", "Brisk Aggregates")]


def test_the_company_is_a_name_ending_with_its_trade() -> None:
    text = ("Output at the wind farm built by Selka Energy fell by a third in March.\n\n"
            "“The turbines need new gearboxes,” the company said.")
    assert speakers(text) == [("The turbines need new gearboxes,", "Selka Energy")]


def test_the_company_is_not_a_person_named_as_owner() -> None:
    text = "The bakery's owner, Maria Lund, sold the site. “We had no choice,” the company said."
    assert speakers(text)[-1] == ("We had no choice,", None)


def test_the_witness_is_the_person_introduced_as_witness_with_a_description() -> None:
    text = ("The inquiry sat for a second day.\n\n"
            "The second witness, former ward nurse Greta Falk, described the night of the fire.\n\n"
            "“The alarms never sounded,” the witness said.")
    cast = Cast(text)
    at = text.rindex("the witness")
    assert resolve(cast, Mention("the witness", at, at + len("the witness")), None).name == "Greta Falk"


def test_a_pronoun_after_a_fronted_phrase_kept_in_the_mention_is_the_pronoun() -> None:
    text = ("The mayor, Ines Dorr, lost the vote on Monday.\n\n"
            "In a short speech she said the count had been wrong.")
    at = text.index("a short speech she")
    mention = Mention("a short speech she", at, at + len("a short speech she"))
    assert resolve(Cast(text), mention, None).name == "Ines Dorr"


def test_a_person_newly_named_in_the_paragraph_takes_the_next_he() -> None:
    text = ("Union leader Piet Marsh said the march would go ahead. “We will not be moved,” Marsh said.\n\n"
            "Among the walkers was Oskari Venn, a 31-year-old baker from the east of the city. "
            "“I came for my children,” he said.")
    assert speakers(text)[-1] == ("I came for my children,", "Oskari Venn")


def test_a_man_whose_given_name_ends_in_a_takes_the_next_he() -> None:
    # "-a" is weak evidence of a woman's name; men's names so spelt (Luka, Nemanja, Moussa) are listed
    text = ("Goran Vukic, the union leader, said the march would go on. “We will not stop,” he said.\n\n"
            "Among the marchers was Luka Petrov, a retired teacher. "
            "“My pension is worth half what it was,” he said.")
    assert speakers(text)[-1] == ("My pension is worth half what it was,", "Luka Petrov")


def test_a_body_that_names_itself_is_no_anaphor_of_the_body_before() -> None:
    # "the company" may stand for the body just named; "the Pentagon" is a name of its own
    text = "Downing Street said the summit would go ahead. The Pentagon said two soldiers were hurt."
    assert speakers(text) == [("the summit would go ahead", "Downing Street"),
                              ("two soldiers were hurt", "Pentagon")]
