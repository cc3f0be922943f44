"""One person (or organisation) across articles, never two merged: small invented articles go through
the resolver one after another, then the people list shows exactly who was quoted how often.

Quotes are built directly, as the extractor would hand them over, so each test controls the names.
"""

from __future__ import annotations

import pytest

from quotetrack import people
from quotetrack.model import Quote
from quotetrack.store import open_db


@pytest.fixture
def db(isolated_db):
    return open_db(isolated_db)


def article(db, aid: str, *speakers: str | tuple[str, str], text: str = "text") -> None:
    """Store an article whose quotes are spoken by ``speakers`` (a name, or (name, kind))."""
    db.execute("insert into articles (id, text) values (?, ?)", [aid, text])
    quotes = []
    for i, spec in enumerate(speakers):
        name, kind = (spec, None) if isinstance(spec, str) else spec
        quotes.append(Quote(text=f"q{i}", start=i * 100, end=i * 100 + 2, kind="direct", speaker=name,
                            speaker_kind=kind))
    for q, r in zip(quotes, people.assign_people(db, aid, quotes), strict=True):
        db.execute(
            "insert into quotes (article_id, person_id, speaker, text, start, end, kind) "
            "values (?, ?, ?, ?, ?, ?, ?)", [aid, r.person_id, q.speaker, q.text, q.start, q.end, q.kind],
        )


def listed(db) -> list[tuple[str, str, int]]:
    return sorted((r["name"], r["kind"], r["quotes"]) for r in people.list_people(db))


def org(name: str) -> tuple[str, str]:
    return (name, "organisation")


def test_a_short_form_of_an_organisation_is_the_one_its_article_named(db):
    article(db, "a1", org("Lakeside Courier"), org("Courier"), org("Courier"))
    article(db, "a2", org("Courier"))  # no longer name in this article: not guessed
    article(db, "a3", org("Hill Valley Courier"), org("Courier"))
    article(db, "a4", org("Lakeside Courier"), org("Hill Valley Courier"), org("Courier"))  # which one?
    assert listed(db) == [
        ("Courier", "organisation", 2),
        ("Hill Valley Courier", "organisation", 3),
        ("Lakeside Courier", "organisation", 4),
    ]


def test_an_acronym_is_its_own_organisation_beside_a_longer_name_ending_in_it(db):
    article(db, "a1", org("Young NLP"), org("NLP"), org("NLP"))
    article(db, "a2", org("NLP"))
    assert listed(db) == [("NLP", "organisation", 3), ("Young NLP", "organisation", 1)]


def test_two_given_names_spelt_alike_are_two_people_but_one_name_spelt_two_ways_is_one(db):
    article(db, "a1", "Julia", "Sergei")
    article(db, "a2", "Julie", "Sergey")
    article(db, "a3", "Julia")
    assert listed(db) == [("Julia", "person", 2), ("Julie", "person", 1), ("Sergei", "person", 2)]


def test_a_given_name_borne_by_men_and_women_is_a_given_name_too(db):
    article(db, "a1", "Dana")
    article(db, "a2", "Diana")
    assert listed(db) == [("Dana", "person", 1), ("Diana", "person", 1)]


def test_a_compound_name_joined_by_a_hyphen_or_a_space_is_one_person(db):
    article(db, "a1", "Min Seo-yeon", "Carla Vidal-Reyes")
    article(db, "a2", "Min Seo Yeon", "Carla Vidal Reyes", "Carla Vidal")  # Carla Vidal: another person
    article(db, "a3", "Carla Vidal-Reyes")
    assert listed(db) == [
        ("Carla Vidal", "person", 1), ("Carla Vidal-Reyes", "person", 3), ("Min Seo-yeon", "person", 2),
    ]


def test_a_compound_written_the_other_way_finds_the_person(db):
    article(db, "a1", "Tomas Ferreira-Lind")
    pid = people.find_person(db, "Tomas Ferreira-Lind")
    assert people.find_person(db, "Tomas Ferreira Lind") == pid


def test_a_campaign_is_its_candidate_s_however_the_article_names_it(db):
    article(db, "a1", org("Clinton campaign"), org("the Okafor campaign"))
    article(db, "a2", org("Hillary Clinton campaign"), org("Mrs. Clinton's presidential campaign"))
    article(db, "a3", org("Bill Clinton campaign"), org("Human Rights Campaign"))  # another Clinton
    article(db, "a4", org("Dele Okafor's re-election campaign"), org("Tom Rights Campaign"))
    assert listed(db) == [
        ("Bill Clinton campaign", "organisation", 1),
        ("Clinton campaign", "organisation", 3),
        ("Human Rights Campaign", "organisation", 1),
        ("Okafor campaign", "organisation", 2),
        ("Tom Rights Campaign", "organisation", 1),
    ]


def test_a_bare_surname_campaign_stays_apart_when_two_candidates_of_that_name_have_one(db):
    article(db, "a1", org("Hillary Clinton campaign"))
    article(db, "a2", org("Bill Clinton campaign"))
    article(db, "a3", org("Clinton campaign"))
    names = [name for name, _, _ in listed(db)]
    assert names == ["Bill Clinton campaign", "Clinton campaign", "Hillary Clinton campaign"]


def test_a_name_mis_decoded_or_with_its_initials_run_together_is_the_same_person(db):
    article(db, "a1", "François Ruel", "G. K. Osei")
    article(db, "a2", "FranÃ§ois Ruel", "G.K. Osei")  # UTF-8 read as Windows-1252
    article(db, "a3", "FranÃÂ§ois Ruel", "U.S. Rep. Ann Roe")  # twice; U.S. is no initials
    article(db, "a4", "FranA\u0303\u0083A\u0302\u00a7ois Ruel")  # twice, Latin-1 once, and decomposed
    assert listed(db) == [
        ("Ann Roe", "person", 1), ("François Ruel", "person", 4), ("G. K. Osei", "person", 2),
    ]
    assert people.find_person(db, "G.K. Osei") == people.find_person(db, "G. K. Osei")
    assert people.find_person(db, "FranÃ§ois Ruel") == people.find_person(db, "François Ruel")


def test_a_bare_name_is_the_one_stored_person_its_article_names_in_full(db):
    article(db, "a1", "Patrick Okafor", "Chris Okafor", "Melissa Lindqvist", "Melissa Osei")
    said = "“We will win,” said Okafor. “Chris Okafor lies,” said Melissa Lindqvist, in Rep. Patrick Okafors"
    article(db, "a2", "Okafor", "Melissa", text=said)
    article(db, "a3", "Okafor", text="Patrick Okafor and Chris Okafor met; Okafor spoke.")  # which one?
    assert listed(db) == [
        ("Chris Okafor", "person", 2), ("Melissa Lindqvist", "person", 2), ("Melissa Osei", "person", 1),
        ("Okafor", "person", 1), ("Patrick Okafor", "person", 1),
    ]
