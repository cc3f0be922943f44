"""Speaker shapes of ordinary daily news: post-nominals, a member of a group named in an aside,
a body's name cut at "and"."""

from __future__ import annotations

from quotetrack.extract import extract


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in extract(text)]


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    text = ("Defending, Tobias Quayle KC said the ledger had been “badly kept, not forged”.\n\n"
            "“My client never hid a penny,” Mr Quayle told the court.")
    assert [s for _, s, _ in speakers(text)] == ["Tobias Quayle", "Tobias Quayle"]


def test_one_of_them_takes_the_member_named_in_the_aside() -> None:
    text = ("Three councillors from the harbour ward walked out. One of them, Rosalind Okafor, said "
            "the vote had been rushed through without a proper debate.")
    assert speakers(text) == [("the vote had been rushed through without a proper debate",
                               "Rosalind Okafor", "person")]


def test_body_name_joined_by_and_is_kept_whole() -> None:
    text = ("The Dunmore Harbour and Pilotage Authority said the channel would reopen on Friday after "
            "divers cleared the wreck.")
    assert [(s, k) for _, s, k in speakers(text)] == [
        ("Dunmore Harbour and Pilotage Authority", "organisation")]


def test_body_named_in_an_aside_speaks_as_the_agency() -> None:
    text = ("The national roads agency, Route Norland, said the bridge would stay shut for a month.\n\n"
            "Traffic on the coast road has doubled since Monday, according to the agency.")
    assert [s for _, s, _ in speakers(text)] == ["Route Norland", "Route Norland"]


def test_short_form_of_a_company_named_in_the_headline_takes_the_full_name() -> None:
    text = ("Brewer swallows rival Tarrow\n\n"
            "Osk Breweries will buy its rival Tarrow Ales for £40m, the two firms said on Monday.\n\n"
            "Tarrow said its brewery in Kelby would stay open.")
    assert ("its brewery in Kelby would stay open", "Tarrow Ales") in [(q, s) for q, s, _ in speakers(text)]


def test_role_with_a_country_finds_the_counterpart_of_that_country() -> None:
    text = ("Norland's trade minister Agnes Virtanen and her Osterlund counterpart, Piotr Halvorsen, "
            "signed the accord on Tuesday.\n\n"
            "The Osterlund minister was less upbeat. He said the tariffs would stay until June.")
    assert [s for _, s, _ in speakers(text)][-1] == "Piotr Halvorsen"
