"""In-article speaker resolution: surnames, transliterations, pronouns, roles, organisations."""

from __future__ import annotations

from quotetrack.extract import extract


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in extract(text) if q.kind != "indirect"]


def test_surname_and_transliteration_resolve_to_fullest_name() -> None:
    text = ("Party leader Abdul Rashid Mohammed Nazari arrived late.\n\n"
            "“We came to listen,” Muhammad Nazari said.\n\n“We will answer tomorrow,” Nazari said.")
    assert speakers(text) == [
        ("We came to listen,", "Abdul Rashid Mohammed Nazari", "person"),
        ("We will answer tomorrow,", "Abdul Rashid Mohammed Nazari", "person"),
    ]


def test_titles_are_not_part_of_names() -> None:
    text = "“The talks are over,” said Mullah Karim Zadran.\n\n“Nothing has changed,” Mr. Zadran said."
    assert [s for _, s, _ in speakers(text)] == ["Karim Zadran", "Karim Zadran"]


def test_role_noun_resolves_to_person_introduced_with_it() -> None:
    text = ("Norwegian Trade Minister Ingrid Solberg met the delegation.\n\n"
            "“Tariffs hurt everyone,” the Norwegian trade minister said.")
    assert speakers(text) == [("Tariffs hurt everyone,", "Ingrid Solberg", "person")]


def test_pronoun_takes_previous_speaker() -> None:
    text = ("Carlos Mendes, the harbour master, inspected the pier.\n\n"
            "“The pier is safe,” Mendes said. “We checked it twice,” he added.")
    assert [s for _, s, _ in speakers(text)] == ["Carlos Mendes", "Carlos Mendes"]


def test_organisation_speaker_without_the() -> None:
    text = "“Our fighters will not withdraw,” the Northern Front said in a statement."
    assert speakers(text) == [("Our fighters will not withdraw,", "Northern Front", "organisation")]


def test_unnamed_source_has_no_speaker() -> None:
    text = "“The numbers are worse than reported,” a ministry spokesman said."
    assert speakers(text) == [("The numbers are worse than reported,", None, None)]


def test_same_surname_resolved_by_nearest_full_mention() -> None:
    text = ("Leila Hosseini and Reza Hosseini both spoke.\n\nLeila Hosseini went first.\n\n"
            "“We need a school,” Hosseini said.\n\nThen Reza Hosseini took the stage.\n\n"
            "“We need a road,” Hosseini said.")
    assert [s for _, s, _ in speakers(text)] == ["Leila Hosseini", "Reza Hosseini"]
