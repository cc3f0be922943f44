"""One small article per quote shape (FIELD.md), with exact quotes, kinds, speakers and offsets."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract


def rows(text: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(q.text, q.start, q.end, q.kind, q.speaker) for q in extract(text)]


def at(text: str, part: str) -> tuple[str, int, int]:
    start = text.index(part)
    return part, start, start + len(part)


def test_quote_then_name_said() -> None:
    text = "Mayor Linda Okafor opened the new library on Friday.\n\n“Books change lives,” Okafor said."
    assert rows(text) == [(*at(text, "Books change lives,"), "direct", "Linda Okafor")]


def test_quote_then_said_name() -> None:
    text = "Harbour pilot Tomas Vrba spoke at the dock.\n\n“The channel is too shallow,” said Vrba."
    assert rows(text) == [(*at(text, "The channel is too shallow,"), "direct", "Tomas Vrba")]


def test_name_said_colon_quote() -> None:
    text = "Engineer Priya Natarajan said: “The pumps failed twice last winter.”"
    assert rows(text) == [(*at(text, "The pumps failed twice last winter."), "direct", "Priya Natarajan")]


def test_name_said_quote_without_colon() -> None:
    text = "Coach Marta Ilves said “We trained for this moment all year.”"
    assert rows(text) == [(*at(text, "We trained for this moment all year."), "direct", "Marta Ilves")]


def test_told_reporters() -> None:
    text = "“We expect a decision by March,” Farid Haddad told reporters in Amman."
    (quote,) = extract(text)
    assert (quote.text, quote.speaker, quote.cue) == (
        "We expect a decision by March,", "Farid Haddad", "told")


def test_appositive_between_name_and_verb() -> None:
    text = ("“The valley needs water before roads,” Rahim Qadiri, the former governor of Kunduz, said. "
            "He spoke for an hour.")
    (quote,) = extract(text)
    assert (quote.text, quote.speaker) == ("The valley needs water before roads,", "Rahim Qadiri")
    assert "former governor of kunduz" in quote.roles


@pytest.mark.parametrize("aside", [
    "also campaigning in Ohio",  # an "a" that opens a word is no article
    "among the first to arrive",
    "told a radio host he would stay",
])
def test_an_aside_that_is_no_role_is_not_stored_as_one(aside) -> None:
    text = f"Ed Moe, a farmer, said the rain came late. Ann Roe, {aside}, said the race was close."
    quotes = extract(text)
    assert [(q.speaker, q.roles) for q in quotes] == [("Ed Moe", ("farmer",)), ("Ann Roe", ())]


def test_participle_adding_colon() -> None:
    text = "Union leader Sofia Brandt rejected the offer, adding: “Our members deserve better pay.”"
    (quote,) = [q for q in extract(text) if q.kind != "indirect"]
    assert (quote.text, quote.kind, quote.speaker, quote.cue) == (
        "Our members deserve better pay.", "direct", "Sofia Brandt", "adding")


def test_according_to() -> None:
    text = "According to Helen Marsh, “the audit found nothing unusual at all.”"
    (quote,) = extract(text)
    assert (quote.speaker, quote.cue) == ("Helen Marsh", "according to")
    assert (quote.start, quote.end) == at(text, "the audit found nothing unusual at all.")[1:]


def test_verbless_dash_attribution() -> None:
    text = "“Every vote will be counted twice.” — Commissioner Ana Duarte"
    assert rows(text) == [(*at(text, "Every vote will be counted twice."), "direct", "Ana Duarte")]


def test_from_name_colon_block() -> None:
    text = "The council released a letter.\n\nFrom Jonas Berg:\n\n“We will not close the clinic this year.”"
    assert rows(text) == [(*at(text, "We will not close the clinic this year."), "direct", "Jonas Berg")]


def test_split_quote_two_spans_one_speaker() -> None:
    text = "Nurse Aisha Bello was tired. “We worked all night,” she said, “and we will work again.”"
    assert rows(text) == [
        (*at(text, "We worked all night,"), "direct", "Aisha Bello"),
        (*at(text, "and we will work again."), "direct", "Aisha Bello"),
    ]


def test_follow_on_paragraph_takes_previous_speaker() -> None:
    text = ("“The harvest came early,” said farmer Pedro Alves.\n\n"
            "“Prices will drop before the winter.”\n\n"
            "Trader Mei Lin disagreed. “Prices will rise,” she said.")
    assert rows(text) == [
        (*at(text, "The harvest came early,"), "direct", "Pedro Alves"),
        (*at(text, "Prices will drop before the winter."), "direct", "Pedro Alves"),
        (*at(text, "Prices will rise,"), "direct", "Mei Lin"),
    ]


def test_saying_quote_then_said_is_one_quote() -> None:
    text = "Elder Yusuf Karimi spoke first, saying “The river belongs to every village,” Karimi said."
    assert rows(text) == [(*at(text, "The river belongs to every village,"), "direct", "Yusuf Karimi")]


def test_partial_quote_inside_reported_speech() -> None:
    text = "Senator Ruth Ochieng called the budget “dead on arrival” during the debate."
    assert rows(text) == [(*at(text, "dead on arrival"), "partial", "Ruth Ochieng")]


def test_scare_quote_and_quoted_title_are_not_quotes() -> None:
    text = "Critics call the plan a “giveaway”. The film “Long Road Home” opened on Friday."
    assert extract(text) == []


def test_glued_right_quote_opener_follows_previous_speaker() -> None:
    text = "“We need rain,” Ivan Petrov said.”Without it the wheat will fail.”"
    assert rows(text) == [
        (*at(text, "We need rain,"), "direct", "Ivan Petrov"),
        (*at(text, "Without it the wheat will fail."), "direct", "Ivan Petrov"),
    ]


def test_never_speaker_from_inside_quote_and_not_i() -> None:
    text = "“I told Maria Lopez we would win,” I said."
    assert [q.speaker for q in extract(text)] == []


def marked(text: str) -> list[tuple[str, int, int, str, str | None]]:
    """Direct and partial quotes only (indirect speech has its own tests)."""
    return [r for r in rows(text) if r[3] != "indirect"]


def test_short_fragment_is_partial_and_long_clause_is_direct() -> None:
    text = ("Ferry captain Ilse Marr said the crossing was “far too rough for small boats,” and she warned "
            "that the harbour office “has ignored every complaint our crew filed about the broken pier since "
            "last spring.”")
    assert marked(text) == [
        (*at(text, "far too rough for small boats,"), "partial", "Ilse Marr"),
        (*at(text, "has ignored every complaint our crew filed about the broken pier since last spring."),
         "direct", "Ilse Marr"),
    ]


def test_capitalised_clause_after_a_cue_is_direct() -> None:
    text = "Kaito Mori told the board its plan was “Not what members asked for at all” and left."
    assert marked(text) == [(*at(text, "Not what members asked for at all"), "direct", "Kaito Mori")]


def test_cue_less_fragment_takes_the_sentence_subject() -> None:
    text = ("Council member Dana Whitfield launched into a long lament about the “broken promises of the "
            "last decade” at the meeting.")
    assert marked(text) == [(*at(text, "broken promises of the last decade"), "partial", "Dana Whitfield")]


def test_quoted_title_is_not_a_fragment() -> None:
    text = "Harbour master Olu Bankole appeared on “Meet the Harbour Team” on Sunday morning."
    assert marked(text) == []


def test_inverted_verb_then_descriptors_then_name() -> None:
    text = "The harbour closed.\n\n“The tide tables were wrong,” said former harbour pilot Jonas Brekke."
    assert marked(text) == [(*at(text, "The tide tables were wrong,"), "direct", "Jonas Brekke")]


def test_name_of_place_then_verb() -> None:
    text = "The ferry stopped.\n\n“We will reopen the route in May,” Ines Varga of the Coastal Trust said."
    assert marked(text) == [(*at(text, "We will reopen the route in May,"), "direct", "Ines Varga")]


def test_horizontal_bar_attribution() -> None:
    text = "Readers wrote in.\n\n“Nobody asked the fishermen what they needed.” ― Petra Lind"
    quote = "Nobody asked the fishermen what they needed."
    assert marked(text) == [(*at(text, quote), "direct", "Petra Lind")]


def test_fragment_far_after_its_speech_verb() -> None:
    text = ("Harbour master Olu Bankole said on Monday that the new pier would need at least two more long "
            "winters of repairs and “a great deal of patience.”")
    assert marked(text) == [(*at(text, "a great deal of patience."), "partial", "Olu Bankole")]


def test_show_title_after_a_possessive_is_not_a_quote() -> None:
    text = "“The ferries will run all winter,” Mayor Ana Lind said on Harbour Radio's “Morning Tide Hour.”"
    assert marked(text) == [(*at(text, "The ferries will run all winter,"), "direct", "Ana Lind")]


def test_colon_paragraph_without_speech_verb_introduces_a_quote() -> None:
    text = ("Port director Lena Ruiz issued the following statement:\n\n“The harbour will stay open "
            "through the storm season and every crew will be paid.”")
    quote = "The harbour will stay open through the storm season and every crew will be paid."
    assert marked(text) == [(*at(text, quote), "direct", "Lena Ruiz")]


def test_quote_paragraph_after_reported_speech_takes_its_speaker() -> None:
    text = ("Harbour chief Tomas Berg said the repairs would take longer than planned.\n\n"
            "“We found cracks in every pillar we examined, and more are likely.”")
    quote = "We found cracks in every pillar we examined, and more are likely."
    assert marked(text) == [(*at(text, quote), "direct", "Tomas Berg")]


def test_one_unnamed_source_after_inverted_verb() -> None:
    text = "The vote failed.\n\n“Nobody on the council read the final draft,” said one senior council aide."
    assert marked(text) == [(*at(text, "Nobody on the council read the final draft,"), "direct", None)]


def test_state_abbreviation_in_an_appositive() -> None:
    text = "The bill passed.\n\n“It is a good day for the valley,” Rep. Mara Quist, D-Ore., said outside."
    assert marked(text) == [(*at(text, "It is a good day for the valley,"), "direct", "Mara Quist")]


def test_title_abbreviation_inside_described_name() -> None:
    text = "The vote was close.\n\n“We lost the valley by a hair,” said former Gov. Ilse Brandt of Oregon."
    assert marked(text) == [(*at(text, "We lost the valley by a hair,"), "direct", "Ilse Brandt")]


def test_capitalised_verb_inside_a_name_is_not_a_cue() -> None:
    text = "Vice mayor Rolf Aune said the United States should “pay for the whole bridge and more.”"
    assert marked(text) == [(*at(text, "pay for the whole bridge and more."), "partial", "Rolf Aune")]


def test_joint_attribution_goes_to_the_first_named() -> None:
    text = "It was out.\n\n“The river is dying faster than we feared,” Ana Sousa and Piet Visser wrote."
    assert marked(text) == [(*at(text, "The river is dying faster than we feared,"), "direct", "Ana Sousa")]


def test_comma_outside_low_high_marks_then_name_said() -> None:
    text = ("Envoy Lena Vogt spoke in German. „Wir bleiben an Ihrer Seite“, Vogt said, which her "
            "interpreter gave as a promise of long support for the valley.")
    assert rows(text) == [(*at(text, "Wir bleiben an Ihrer Seite"), "direct", "Lena Vogt")]


def test_unnamed_source_speaking_for_an_organisation_is_nobody() -> None:
    text = ("Port director Ana Ruiz opened the new quay.\n\nA spokesman for the Harbour Authority, who asked "
            "not to be named, said the cranes would stay idle until May.\n\nOfficials at the Harbour "
            "Authority said the delay was “a matter of weeks”.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", None), ("partial", None)]


def test_relative_clause_with_commas_between_name_and_verb() -> None:
    text = ("Oskar Lindqvist, who has travelled between Oslo, Nairobi and Juba all spring, said "
            "the talks had made “slow but real” progress.")
    (quote,) = [q for q in extract(text) if q.kind == "partial"]
    assert (quote.text, quote.speaker) == ("slow but real", "Oskar Lindqvist")


def test_dateline_is_not_the_speaker() -> None:
    text = ("PORT LOUIS: Harbour master Ravi Doorgah, who has run the port since 2019, warned that the "
            "dredging would take a year.\n\nGENEVA — Envoy Clara Moreau on Tuesday defended the plan, "
            "telling reporters that Geneva would keep hosting the talks “for as long as it takes”.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("indirect", "Ravi Doorgah"), ("partial", "Clara Moreau")]


def test_that_clause_subject_is_not_the_speaker() -> None:
    text = "A harbour official said privately that Geneva hoped to sign it “within weeks” of the vote."
    (quote,) = [q for q in extract(text) if q.kind == "partial"]
    assert (quote.text, quote.speaker) == ("within weeks", None)


def test_verbless_dash_name_then_circumstance() -> None:
    text = ("Farmer Joao Pires spoke first. “The river is ours.”\n\n"
            "“We will not sell the water, not this year and not next year.” — Lucia Amaral, in a letter "
            "to the council on Monday evening")
    quotes = [(q.text, q.speaker) for q in extract(text)]
    assert quotes[-1] == ("We will not sell the water, not this year and not next year.", "Lucia Amaral")


def test_untitled_role_refers_back_to_the_one_person_just_named() -> None:
    text = ("Tomas Berg, who arrived late, praised the harbour plan. The former mayor said he would vote "
            "for the new budget next week.\n\nLena Holm and Piet Vos toured the quay. The former mayor "
            "said the cranes would stay idle until the spring.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", "Tomas Berg"), ("indirect", None)]


def test_second_verb_of_a_coordinated_predicate_takes_the_first_subject() -> None:
    text = ("Ines Varga rejected the budget on Monday and said that the new tram line had become "
            "“a costly detour.”")
    (quote,) = [q for q in extract(text) if q.kind != "indirect"]
    assert (quote.text, quote.kind, quote.speaker) == ("a costly detour.", "partial", "Ines Varga")


def test_relative_who_said_refers_to_the_name_before_it() -> None:
    text = "Tenants are angry, said Oskar Lind, who said landlords leave them with “no way out.”"
    (quote,) = [q for q in extract(text) if q.kind != "indirect"]
    assert (quote.text, quote.kind, quote.speaker) == ("no way out.", "partial", "Oskar Lind")


def test_speech_noun_after_a_possessive_is_not_a_cue() -> None:
    text = "Mayor Rosa Delgado dismissed the senator's remarks as “pure theatre.”"
    (quote,) = [q for q in extract(text) if q.kind != "indirect"]
    assert (quote.text, quote.kind, quote.speaker) == ("pure theatre.", "partial", "Rosa Delgado")


def test_appositive_with_a_possessive_does_not_hide_the_subject() -> None:
    text = ("Henrik Aalto, Finland's trade envoy, repeated his warning, calling the tariff "
            "“a tax on our own shoppers.”")
    (quote,) = [q for q in extract(text) if q.kind != "indirect"]
    assert (quote.text, quote.kind, quote.speaker) == (
        "a tax on our own shoppers.", "partial", "Henrik Aalto")


def direct_rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker) for q in extract(text) if q.kind != "indirect"]


def test_long_aside_between_name_and_verb() -> None:
    text = ("Rep. Ann Loft (D-Calif.), who filed a bill this month, said in a statement that the plan was "
            "“a first step toward fixing the shelters.”")
    assert direct_rows(text) == [("a first step toward fixing the shelters.", "partial", "Ann Loft")]


def test_inverted_cue_after_an_opening_phrase() -> None:
    text = "Because of the calendar, explained Dana Roth, “we will know by March who has won.”"
    assert direct_rows(text) == [("we will know by March who has won.", "partial", "Dana Roth")]


def test_infinitive_cue_takes_the_clause_subject() -> None:
    text = 'The columnist Lars Engel went so far as to say: "The paper as we know it is finished."'
    assert direct_rows(text) == [("The paper as we know it is finished.", "direct", "Lars Engel")]


def test_participle_after_an_earlier_quote_in_the_sentence() -> None:
    text = "Mira Sand said the talks could be “slow and difficult,” adding, “Peace is never quick.”"
    assert [(q, s) for q, _, s in direct_rows(text)] == [
        ("slow and difficult,", "Mira Sand"), ("Peace is never quick.", "Mira Sand")]


def test_particle_cue_of_two_words_takes_the_sentence_subject() -> None:
    text = ("Reporter Joel Park wrote back to the mayor pointing out the irony: “Your plan moves the "
            "problem, it does not solve it.”")
    assert direct_rows(text) == [
        ("Your plan moves the problem, it does not solve it.", "direct", "Joel Park")]


def test_inverted_name_after_organisation_and_role_words() -> None:
    text = '"The charge is baseless," said city council spokeswoman Hope Berg.'
    assert direct_rows(text) == [("The charge is baseless,", "direct", "Hope Berg")]


def test_weekday_between_name_and_verb() -> None:
    text = 'The park, which Mayor Ruth Anand on Friday declared "a gift to the next generation," opened.'
    assert direct_rows(text) == [("a gift to the next generation,", "partial", "Ruth Anand")]


def test_description_then_name_between_commas() -> None:
    text = ("One early backer, Senator Lee Varga, tried the line in a radio interview on Tuesday: "
            '"You can argue the budget is a fraud on every taxpayer."')
    assert direct_rows(text) == [
        ("You can argue the budget is a fraud on every taxpayer.", "direct", "Lee Varga")]


def test_pronoun_skips_a_speech_verb_in_a_when_clause() -> None:
    text = ("Mayor Ines Roth looked tired when Maria Lange asked about the budget.\n\n"
            "“Nobody can predict this council,” she said.\n\n"
            "Governor Tom Vale spoke later in the evening when Peter Pohl asked about the bridge.\n\n"
            "“The bridge will be finished next year,” he said.")
    assert direct_rows(text) == [
        ("Nobody can predict this council,", "direct", "Ines Roth"),
        ("The bridge will be finished next year,", "direct", "Tom Vale")]


def test_pronoun_finds_a_surname_subject_followed_by_an_aside() -> None:
    text = ("Senator Paul Obert spoke in Des Moines on Friday, after a long week.\n\n"
            "Reporters asked Tim Kline for his view. And Obert, for all his doubts, seems to agree. "
            "“We have to pass this bill,” he said.")
    assert direct_rows(text) == [("We have to pass this bill,", "direct", "Paul Obert")]


def test_military_rank_with_an_ordinal_is_part_of_the_name() -> None:
    text = '"I did not expect this," said Air Force 1st Lt. Dana Ruiz. "Nobody did."'
    assert direct_rows(text) == [("I did not expect this,", "direct", "Dana Ruiz"),
                                 ("Nobody did.", "direct", "Dana Ruiz")]


def test_reflexive_after_the_subject() -> None:
    text = "Ortega himself said on Tuesday that “the only way to win is to knock on every single door.”"
    assert direct_rows(text) == [
        ("the only way to win is to knock on every single door.", "direct", "Ortega")]


def test_party_and_state_in_parentheses_do_not_end_the_sentence() -> None:
    text = ('But Sen. Rita Moll (D-Ill.), noting the size of the crowd, said, "Let me tell you, this '
            'movement has a heck of a mailing list."')
    assert direct_rows(text) == [
        ("Let me tell you, this movement has a heck of a mailing list.", "direct", "Rita Moll")]


def test_a_day_opening_the_sentence_is_not_the_subject() -> None:
    text = 'On Tuesday, Gov. Lena Brandt endorsed her, citing her "firm grasp of the issues."'
    assert direct_rows(text) == [("firm grasp of the issues.", "partial", "Lena Brandt")]


def test_participle_subject_is_the_name_before_a_long_aside() -> None:
    text = ("Omar Said, celebrating a victory in his home state of Vermont, is pledging to "
            "“win many hundreds of delegates”.")
    assert direct_rows(text) == [("win many hundreds of delegates", "partial", "Omar Said")]


def test_unnamed_sources_with_post_modifiers_have_no_speaker() -> None:
    text = ("Mayor Ann Roe spoke on Monday. People familiar with the talks said the deal was close. "
            "That person said the council would vote in May.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", None), ("indirect", None)]


def test_verbs_of_manner_attribute_the_quote_next_to_them() -> None:
    text = ('Voters met Omar Adler in the square. "People are afraid of wasting their votes," he surmised. '
            '"On the radio I hear nothing else."\n\n"Nobody asked us," scoffed Ana Gil, 22.')
    assert direct_rows(text) == [("People are afraid of wasting their votes,", "direct", "Omar Adler"),
                                 ("On the radio I hear nothing else.", "direct", "Omar Adler"),
                                 ("Nobody asked us,", "direct", "Ana Gil")]


def test_quote_signed_with_a_dash_on_the_next_line() -> None:
    text = ("The council met on Monday.\n\n“The harbour must stay open to small boats.”\n\n"
            "— Lena Holm, harbour master.\n\nThe vote is next week.")
    assert direct_rows(text) == [("The harbour must stay open to small boats.", "direct", "Lena Holm")]


def test_trailing_according_to_attributes_the_quote() -> None:
    text = "“The ferry will run twice a day from May onwards,” according to the Harbour Trust."
    assert direct_rows(text) == [
        ("The ferry will run twice a day from May onwards,", "direct", "Harbour Trust")]


def test_pronoun_follows_a_chain_of_the_same_pronoun() -> None:
    text = ("Tomas Adler, 35, came in the gear of a local club. He had protested Mayor Piet Vos at a rally "
            "and met many of her critics.\n\n“I met a lot of good people,” he said.")
    assert direct_rows(text) == [("I met a lot of good people,", "direct", "Tomas Adler")]


def test_a_state_after_a_town_is_never_a_speaker() -> None:
    text = ('Paul Porter, a driver from Ava, Mo., who drives at night, said he liked the rule. '
            '"My friends get taken advantage of," he said.')
    rows = [(q.kind, q.speaker) for q in extract(text)]
    assert rows == [("indirect", "Paul Porter"), ("direct", "Paul Porter")]


def test_name_then_comma_then_speech_verb_is_a_speech_subject() -> None:
    text = ('Ted Lund spoke first. With Mary Holt beside her, his wife, Jane Lund, called for an open vote. '
            '"Shutting people out is not smart," she said.')
    assert direct_rows(text) == [("Shutting people out is not smart,", "direct", "Jane Lund")]


def test_town_and_state_inside_an_aside() -> None:
    text = ('Mayor Ruth Anand spoke. Anand, during a town hall in Columbus, Ohio, said the plant was '
            '"going to close by the end of the year."')
    assert direct_rows(text) == [("going to close by the end of the year.", "partial", "Ruth Anand")]


def test_hours_later_is_not_the_subject() -> None:
    text = ("Omar Lind met the minister. Hours later, Lind returned the compliment, telling the radio, "
            "“We have been friends for a long time and we will stay friends.”")
    assert direct_rows(text) == [
        ("We have been friends for a long time and we will stay friends.", "direct", "Omar Lind")]


def test_amir_is_a_given_name_not_a_title() -> None:
    text = "The acting foreign minister, Amir Khan Muttaqi, said the talks had gone well."
    assert [q.speaker for q in extract(text)] == ["Amir Khan Muttaqi"]


def test_an_organisation_named_by_a_lower_case_head_speaks() -> None:
    text = ("Norway's foreign ministry said in a statement that the fishing quotas were "
            "\"unfair and unlawful\".\n\n"
            "The Danish foreign ministry said: \"We reject the claims entirely.\"")
    assert direct_rows(text) == [("unfair and unlawful", "partial", "Norway's foreign ministry"),
                                 ("We reject the claims entirely.", "direct", "Danish foreign ministry")]


def test_honorific_and_given_name_refer_to_the_full_name() -> None:
    text = ("Prime Minister Sheikh Hamad bin Khalid Al Nouri opened the talks. Speaking in Doha, "
            "Sheikh Hamad said both sides had shown flexibility.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", "Hamad bin Khalid Al Nouri")]


def test_role_subjects_and_by_gerund_cues() -> None:
    text = ("The summit brought together Uzbek President Karim Aliyev and army chief General Omar Baig.\n\n"
            "The Uzbek president opened the session by calling for \"a new era of trade\".\n\n"
            "The Pakistani general was more guarded. According to officials present, he told the "
            "delegates that his country expected \"concrete action\" against militants.")
    assert direct_rows(text) == [("a new era of trade", "partial", "Karim Aliyev"),
                                 ("concrete action", "partial", "Omar Baig")]


def test_an_object_pronoun_after_a_name_is_no_gender_evidence() -> None:
    text = ('The minister, Omar Haddad, defended the law. "We have nothing to hide," he said.\n\n'
            'Opposition MP Rana Sabri accused him of "playing with fire". She said the law broke '
            'international conventions.')
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("direct", "Omar Haddad"), ("partial", "Rana Sabri"), ("indirect", "Rana Sabri")]


def test_quotes_in_a_headline_are_not_speech() -> None:
    text = ("Minister: 'We will not back down'\n\nBy Sara Lind\n\n"
            "'Not one step back,' says Haddad\n\n"
            'The interior minister, Karim Haddad, told parliament he would "not back down" on the law.')
    assert direct_rows(text) == [("not back down", "partial", "Karim Haddad")]


def test_title_after_a_work_noun_and_a_comma_is_not_a_quote() -> None:
    text = ("In his 2002 book, ''Make Your Kid a Millionaire,'' Karl Amsel suggested saving early. "
            "Mr. Amsel said in his memoir, ''An Ordinary Son.'' So they stayed.")
    assert direct_rows(text) == []


def test_pronoun_finds_a_surname_subject_after_an_opening_phrase() -> None:
    text = ("Mayor Jan Holt asked for calm. Senator Omar Reyes spoke next.\n\n"
            "At a rally in Portland, Maine, on Thursday, Holt listed the cities at risk. "
            "\"We are letting the bridges rot,\" he said.")
    assert direct_rows(text) == [("We are letting the bridges rot,", "direct", "Jan Holt")]


def test_shot_back_and_a_parenthesis_after_the_subject() -> None:
    text = ("Jim Lund laughed. “They are all here for the free lunch,” Lund shot back.\n\n"
            "Sen. Ruth Ames (R-Pa.) refused to join them, responding that she is “not going to go into "
            "what my campaign is doing.”")
    assert direct_rows(text) == [("They are all here for the free lunch,", "direct", "Jim Lund"),
                                 ("not going to go into what my campaign is doing.", "direct", "Ruth Ames")]


def test_a_description_then_a_name_between_commas_names_the_speaker() -> None:
    text = ("Omar Jones was punched at the rally. ''He deserved it,'' the assailant, Tom Greer, told a "
            "television program. But a few days later, Greer apologised, telling the paper that he "
            "\"regretted every word.\"")
    assert direct_rows(text) == [("He deserved it,", "direct", "Tom Greer"),
                                 ("regretted every word.", "partial", "Tom Greer")]


def test_co_host_between_a_show_and_a_name() -> None:
    text = "“Imagine the two of them on one stage,” mused Radio Nord co-host Stu Berger."
    assert direct_rows(text) == [("Imagine the two of them on one stage,", "direct", "Stu Berger")]


def test_an_opening_phrase_and_a_numbered_noun_hold_no_cue_or_subject() -> None:
    text = ("Mayor Lena Berg spoke on Monday. In an angry press conference, Berg attacked the council, "
            "calling it “the laziest council in our history.” On Tuesday, Berg went further, endorsing "
            "eight state candidates “who embody the spirit of the movement.”")
    assert direct_rows(text) == [("the laziest council in our history.", "partial", "Lena Berg"),
                                 ("who embody the spirit of the movement.", "partial", "Lena Berg")]


def test_description_then_two_names_between_commas_goes_to_the_first() -> None:
    text = ("Two military analysts, Petra Moen and Chris Hale, found last year that the fleet is "
            "“the best in the region.”")
    assert direct_rows(text) == [("the best in the region.", "partial", "Petra Moen")]


def test_an_owner_or_a_group_word_before_a_name_is_not_part_of_it() -> None:
    text = ("The Harbour Review’s Jeet Hall called it “a farce from start to finish.”\n\nFellow Republicans "
            "Dana Jolly and Tom Cruse said they would vote against the plan.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("partial", "Jeet Hall"), ("indirect", "Dana Jolly")]


def test_a_cue_opening_the_next_sentence_does_not_attribute_a_finished_quote() -> None:
    text = ("Mayor Ann Roe spoke first. She called the plan “a farce from start to finish.” "
            "Councillors Dana Jolly and Tom Cruse said they would vote against it.")
    assert direct_rows(text) == [("a farce from start to finish.", "partial", "Ann Roe")]


def test_initials_without_spaces_do_not_end_the_sentence() -> None:
    text = '"We will win this seat," said Rep. G.K. Lund, a Democrat.'
    assert [q.speaker_mention for q in extract(text)] == ["Rep. G. K. Lund"]


def test_according_to_an_object_pronoun() -> None:
    text = "Jorge Rojas spoke. According to him, the network cut his first report by half."
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", "Jorge Rojas")]


def test_a_second_fragment_in_the_sentence_takes_the_first_ones_speaker() -> None:
    text = ('Mayor Ann Roe said on Sunday that although the vote was an "important step forward," it was '
            '"far from perfect."')
    assert direct_rows(text) == [("important step forward,", "partial", "Ann Roe"),
                                 ("far from perfect.", "partial", "Ann Roe")]


def test_an_of_place_aside_between_name_and_verb() -> None:
    text = ("Joan Wilks, of Springfield, Va., said she had marched in Selma ''for the rights that back "
            "home we still did not have.''")
    assert direct_rows(text) == [
        ("for the rights that back home we still did not have.", "direct", "Joan Wilks")]


def test_a_full_name_after_a_long_description_before_the_verb() -> None:
    text = ("''The attacks draw us all together,'' the mayor's spokesman, Stefan Sieber, wrote online.\n\n"
            '"These are dark days for the party," former city hall speechwriter Nora Neuss wrote.')
    assert direct_rows(text) == [("The attacks draw us all together,", "direct", "Stefan Sieber"),
                                 ("These are dark days for the party,", "direct", "Nora Neuss")]


def test_interjected_and_chimed_in_attribute_a_quote() -> None:
    text = ('"That is simply not true," Ana Lind interjected.\n\n'
            '"We have all seen the figures," Tom Berg chimed in.')
    assert direct_rows(text) == [("That is simply not true,", "direct", "Ana Lind"),
                                 ("We have all seen the figures,", "direct", "Tom Berg")]


def test_a_name_after_an_owner_and_a_role_word() -> None:
    text = '“He is a friend of mine,” said Walsh ally James Corbin. “He means it.”'
    assert direct_rows(text) == [("He is a friend of mine,", "direct", "James Corbin"),
                                 ("He means it.", "direct", "James Corbin")]


def test_two_titles_joined_by_and_before_the_name() -> None:
    text = "“That was his role in the past,” said former Ohio Gov. and party Chairman Tom Reddick."
    assert direct_rows(text) == [("That was his role in the past,", "direct", "Tom Reddick")]


def test_an_appositive_ending_in_another_name_or_an_initial() -> None:
    text = "Mr. Holt, a former aide to George W. Brand, wrote: ''The question is whether he can cope.''"
    assert direct_rows(text) == [("The question is whether he can cope.", "direct", "Holt")]


def test_stacked_appositives_and_a_relative_clause_before_the_verb() -> None:
    text = ("Anne Roux, the foreign minister of Belgium, a founding member of the bloc, said the attack "
            '"cannot be left without an answer."\n\n'
            "Tom Lidd, an actor in Austin, who runs a small theater, recalled that in 2009, "
            "''I called all my lenders and asked for more time.''")
    assert direct_rows(text) == [("cannot be left without an answer.", "partial", "Anne Roux"),
                                 ("I called all my lenders and asked for more time.", "direct", "Tom Lidd")]


def test_a_place_phrase_before_a_described_subject_is_no_speaker() -> None:
    text = 'In Dallas, the mayor, a Democrat, said the "plan is dead on arrival."'
    assert [(q.speaker_mention, q.speaker) for q in extract(text)] == [("the mayor", None)]


def test_a_reported_clause_without_that_keeps_the_outer_speaker() -> None:
    text = ("Mayor Ann Roe, opening the museum on Saturday, said it would tell a local story, one of "
            "''loss and courage, of fear and of hope.''")
    assert direct_rows(text) == [("loss and courage, of fear and of hope.", "partial", "Ann Roe")]


def test_a_cue_less_quote_after_a_reported_sentence_in_the_same_paragraph() -> None:
    text = ("Mayor Ann Roe said she would back the bridge if the council voted for it. "
            "“I am going to support it, and support it with all I have.”")
    assert direct_rows(text) == [("I am going to support it, and support it with all I have.", "direct",
                                  "Ann Roe")]


def test_a_line_quoted_in_single_marks_alone_is_a_subhead() -> None:
    text = ("“The forecasts are dire,” Mayor Ann Roe said.\n\n‘All Bets Are Off.’\n\n"
            "Eight years ago, the council ran on the same promise.")
    assert direct_rows(text) == [("The forecasts are dire,", "direct", "Ann Roe")]


def test_a_name_and_a_colon_after_a_label_dash_or_a_role_noun() -> None:
    text = ("TURNOUT WAS NOT THE STORY - Ann Roe and Tom Hall: “The late deciders broke for the mayor.”\n\n"
            "The result does not surprise party pollster Lena Berg: “Incumbents usually hold on.”")
    assert direct_rows(text) == [("The late deciders broke for the mayor.", "direct", "Ann Roe"),
                                 ("Incumbents usually hold on.", "direct", "Lena Berg")]


def test_words_after_the_quote_then_said_and_a_name_with_an_appositive() -> None:
    text = "“We are very pleased” with the ruling, said Rosa Demir, director of the tenants’ union."
    assert direct_rows(text) == [("We are very pleased", "direct", "Rosa Demir")]


def test_a_quote_ending_a_sentence_is_not_attributed_by_the_next_sentences_cue() -> None:
    text = 'Tom Hall said Ann Roe "caused real harm." Lena Berg called Hall a "pathological liar."'
    assert direct_rows(text) == [("caused real harm.", "partial", "Tom Hall"),
                                 ("pathological liar.", "partial", "Lena Berg")]


def test_a_person_of_an_organisation_is_the_mention() -> None:
    text = "As Archbishop Aris Varan of the Armenian Church of Boston told the paper, “We have suffered.”"
    assert [q.speaker_mention for q in extract(text)] == ["Archbishop Aris Varan"]


def test_a_participle_after_a_that_clause_takes_the_speaker() -> None:
    text = ("Hall said Wednesday that the board rejected his attempts to add language to the deal, "
            'calling it an "area of real contention."')
    assert direct_rows(text) == [("area of real contention.", "partial", "Hall")]


def test_a_second_fragment_after_an_earlier_quote_reads_the_whole_sentence() -> None:
    text = ('Fifteen minutes after the vote, party chairman Tom Hall called the governor "the most extreme '
            'pick" and someone who had "threatened the privacy of women."')
    assert direct_rows(text) == [("the most extreme pick", "partial", "Tom Hall"),
                                 ("threatened the privacy of women.", "partial", "Tom Hall")]


def test_an_appositive_between_dashes_before_the_verb() -> None:
    text = "Jon Sims — a teacher from Dover — said his vote for the mayor was “a late decision.”"
    assert direct_rows(text) == [("a late decision.", "partial", "Jon Sims")]


def test_an_inverted_cue_with_a_long_appositive_closes_the_sentence() -> None:
    text = ("But Roe would do well to begin ''building bridges'' to Mr. Hall, said David Axel, a former "
            "senior strategist for the campaign of the governor.\n\n"
            '"We are having trouble," said Bree Moss, a volunteer in the county who speaks at colleges. '
            '"But they listen."')
    assert direct_rows(text) == [("building bridges", "partial", "David Axel"),
                                 ("We are having trouble,", "direct", "Bree Moss"),
                                 ("But they listen.", "direct", "Bree Moss")]


def test_a_closing_cue_then_a_long_adverbial_phrase() -> None:
    text = "“We will win this seat.” Roe said in an interview with the local paper on Sunday morning."
    assert direct_rows(text) == [("We will win this seat.", "direct", "Roe")]


def test_two_named_experts_of_an_institute_before_the_verb() -> None:
    text = ("“Tritium would allow new designs,” nuclear experts Dan Abe and Sara Kell of Boston's Institute "
            "for Science wrote in September.")
    assert direct_rows(text) == [("Tritium would allow new designs,", "direct", "Dan Abe")]


def test_a_listener_after_told_is_not_the_speaker() -> None:
    text = ("“Positions are going to soften,” Rep. Dan Hunt’s chief of staff, Joe Kasp, told the paper "
            "before the interview.")
    assert direct_rows(text) == [("Positions are going to soften,", "direct", "Joe Kasp")]


def test_role_words_and_a_capitalised_role_before_an_inverted_name() -> None:
    text = ("“The distraction costs us,” said Republican party boss Ron Pribe.\n\n"
            "“They are so frustrated,” said Oversight ranking Democrat Eli Cumm (D-Md.).")
    assert direct_rows(text) == [("The distraction costs us,", "direct", "Ron Pribe"),
                                 ("They are so frustrated,", "direct", "Eli Cumm")]


def test_a_sentence_adverb_is_no_speaker() -> None:
    text = ("Gordon Hume said the effort needs no rival. Rather, he said, the campaign will fold.\n\n"
            "“To my knowledge, there is no heavy hitter involved yet.”")
    assert [(q.kind, q.speaker) for q in extract(text)][-1] == ("direct", "Gordon Hume")


def test_a_fragment_joined_by_and_to_an_attributed_one_shares_its_speaker() -> None:
    text = "Guns are “the worst public health crisis” and “stunt our children’s growth,” Howard Dane said."
    assert direct_rows(text) == [("the worst public health crisis", "partial", "Howard Dane"),
                                 ("stunt our children’s growth,", "partial", "Howard Dane")]


def test_a_split_quote_keeps_its_speaker_across_a_report_inside_the_attribution() -> None:
    text = ("''You will see many tactics,'' said Ellen Marsh, 32, an organiser from Boston who said she "
            "planned to march. ''I do not like being arrested. We must speak.''")
    assert direct_rows(text) == [("You will see many tactics,", "direct", "Ellen Marsh"),
                                 ("I do not like being arrested. We must speak.", "direct", "Ellen Marsh")]


def test_a_speech_noun_after_an_adjective_is_not_a_cue() -> None:
    text = ('Ana Lind delivered a snappy retort: "No one is tearing this up. We are going forward."\n\n'
            "On July 6, Tom Berg made the following comment:\n\n“For young people the rate is far too high.”")
    assert direct_rows(text) == [("No one is tearing this up. We are going forward.", "direct", "Ana Lind"),
                                 ("For young people the rate is far too high.", "direct", "Tom Berg")]


def test_a_title_and_name_after_an_adjective_in_an_inverted_attribution() -> None:
    text = "''It is a movement now,'' said the younger Mr. Tramp, surrounded by his sisters."
    assert direct_rows(text) == [("It is a movement now,", "direct", "Tramp")]


def test_a_time_or_place_phrase_between_subject_and_verb_is_no_subject() -> None:
    text = ("The Labor Department less than two weeks ago said for the first time that “record” hiring had "
            "been “driven by the service sector.”")
    assert direct_rows(text) == [("driven by the service sector.", "partial", "Labor Department")]


def test_a_name_ending_in_jr_then_an_appositive_before_the_verb() -> None:
    text = ("''It works as a way to sell books,'' James B. Comb Jr., the director of the bureau, said at a "
            "news conference.")
    assert direct_rows(text) == [("It works as a way to sell books,", "direct", "James B. Comb Jr.")]


def test_a_follow_on_paragraph_after_an_attribution_with_a_long_appositive() -> None:
    text = ("''It is crazy,'' said Jon Meach, the author of ''Destiny and Power,'' a biography of the "
            "president.\n\n''The lesson of this year is that none of the old rules apply.''")
    assert direct_rows(text) == [("It is crazy,", "direct", "Jon Meach"),
                                 ("The lesson of this year is that none of the old rules apply.", "direct",
                                  "Jon Meach")]


def test_a_fragment_a_few_words_before_an_attributed_one_shares_its_speaker() -> None:
    text = "The firm cut jobs. ''The cuts are painful'' but necessary ''for the business,'' Ana Lind said."
    assert direct_rows(text) == [("The cuts are painful", "partial", "Ana Lind"),
                                 ("for the business,", "partial", "Ana Lind")]


def test_stacked_appositives_opening_with_a_role_noun() -> None:
    text = ("Just last week, J.J. Gold, editor at large of The Courier, an influential weekly, wrote, "
            "''When we think of the war, we should think of the old one.''")
    assert direct_rows(text) == [("When we think of the war, we should think of the old one.", "direct",
                                  "J. J. Gold")]


def test_an_inverted_cue_before_a_described_name_and_a_colon() -> None:
    text = 'In other words, explained CBS moderator Nancy Cord: "What does that have to do with it?"'
    assert direct_rows(text) == [("What does that have to do with it?", "direct", "Nancy Cord")]


def test_goes_on_followed_by_a_noun_is_no_cue() -> None:
    text = ("By contrast, Sen. Marco Rubin said that once the Senate goes on recess, “I intend to do as much "
            "as I can.”")
    assert direct_rows(text) == [("I intend to do as much as I can.", "direct", "Marco Rubin")]


def test_a_title_given_to_a_thing_or_a_programme_after_told_is_no_quote() -> None:
    text = ('"We have to act now," the mayor told "Morning Radio Hour" after the vote. She founded a group '
            'called "Citizens For Better Roads" in 2010. Tom Hall called her "Reckless Rosie."')
    assert direct_rows(text) == [("We have to act now,", "direct", None),
                                 ("Reckless Rosie.", "partial", "Tom Hall")]


def test_a_later_quote_in_the_paragraph_of_an_attributed_one_continues_its_speaker() -> None:
    text = ("''It is an enormous moment,'' said Steve Smit, a strategist for the party. Unless rivals quit "
            "soon, ''it is very hard to see how he is stopped now.''")
    assert direct_rows(text) == [("It is an enormous moment,", "direct", "Steve Smit"),
                                 ("it is very hard to see how he is stopped now.", "direct", "Steve Smit")]


def test_a_one_word_answer_after_said_and_a_comma_is_a_quote() -> None:
    text = "Asked whether he would serve, Mrs. Lin shook her head and said, ''No.'' Critics called it “sad.”"
    assert direct_rows(text) == [("No.", "direct", "Lin")]


def test_an_appositive_missing_its_closing_comma_before_the_verb() -> None:
    text = ("Sam Lo, the communications director for the Ohio Democratic Party said in a statement. “There "
            "are no ballots to recount.”\n\nAnna Tonn, president and CEO of the Lakes Restaurant Association "
            "stated, “It is not a political problem; it is a math one.”")
    assert direct_rows(text) == [("There are no ballots to recount.", "direct", "Sam Lo"),
                                 ("It is not a political problem; it is a math one.", "direct", "Anna Tonn")]


def test_a_party_tag_and_a_comma_between_name_and_verb() -> None:
    text = ("Speaking Tuesday in Berea, after winning Ohio in the primary, Gov. John Kasik (R-OH), said, “We "
            "are getting ready to rent a covered wagon.”")
    assert direct_rows(text) == [("We are getting ready to rent a covered wagon.", "direct", "John Kasik")]


def test_the_title_del_before_a_name_does_not_end_the_sentence() -> None:
    text = ('"This is a waste of time," said Del. Stacey Plask of the islands. '
            'He lives in Dover, Del. He said "the roads are bad" last week.')
    assert [q.speaker_mention for q in extract(text)] == ["Del. Stacey Plask", "He"]


def test_a_description_with_of_before_an_inverted_name() -> None:
    text = '"The first line of defense is the town," said former secretary of state Ann Clint, who spoke.'
    assert direct_rows(text) == [("The first line of defense is the town,", "direct", "Ann Clint")]


def test_a_participle_after_a_quote_has_an_object_not_an_inverted_speaker() -> None:
    text = "Bore said, “It is time we change how we do it,” promising the Friends of Abe a return."
    assert direct_rows(text) == [("It is time we change how we do it,", "direct", "Bore")]


def test_what_x_called_before_a_fragment_beats_the_words_after_it() -> None:
    text = ("In 2009, under what Mr. Hodge called ''the prior economy model,'' the Lake Club, a private "
            "course, said it would close.")
    assert direct_rows(text) == [("the prior economy model,", "partial", "Hodge")]


def test_speechwriter_and_constituent_are_roles_before_a_name() -> None:
    text = ("“Anyone who breaks the law puts us at risk,” said Cruz constituent Dan Golva.\n\n"
            "Former Obama speechwriter Jon Favro published a column, writing, “She is the better choice.”")
    assert direct_rows(text) == [("Anyone who breaks the law puts us at risk,", "direct", "Dan Golva"),
                                 ("She is the better choice.", "direct", "Jon Favro")]


def test_a_name_set_off_after_an_inverted_description() -> None:
    text = "''It may have been his first real stand,'' said his best friend at Lehigh, Bruce Turr."
    assert direct_rows(text) == [("It may have been his first real stand,", "direct", "Bruce Turr")]


def test_a_possessive_description_then_a_name_between_commas() -> None:
    text = "Schill's son, Grant, defended his father on Tuesday, saying: ''He is no bigot at all.''"
    assert direct_rows(text) == [("He is no bigot at all.", "direct", "Grant")]


def test_a_quote_paragraph_takes_the_main_speaker_of_the_paragraph_before() -> None:
    text = ("Dan Shoen elaborated in a column that delegates who pledged to the mayor before the race began "
            "may reconsider.\n\n“A win in the north would show her weakness.”")
    assert direct_rows(text)[-1] == ("A win in the north would show her weakness.", "direct", "Dan Shoen")


def test_a_passive_or_adjective_before_to_say_keeps_the_subject() -> None:
    text = "The debate was calm, so Mr. Tromp was prompted to say, ''I cannot believe how civil it is.''"
    assert direct_rows(text) == [("I cannot believe how civil it is.", "direct", "Tromp")]


def test_a_first_name_before_a_given_name_is_part_of_the_name_and_analysts_are_nobody() -> None:
    text = ("Atta Muhammad Noor, the governor, spoke on Monday. Muhammad Noor said the talks had failed. "
            "“We trusted them,” Noor said.\n\nAnalysts in Kabul said the shift reflected pressure.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("indirect", "Atta Muhammad Noor"), ("direct", "Atta Muhammad Noor"), ("indirect", None)]


def test_a_name_of_place_before_the_verb_and_a_passive_agent_after_the_quote() -> None:
    text = ("At a rally on Tuesday, Senator Ben Sand of Vermont endorsed Ms. Clint, saying that his rival "
            "would ''make an outstanding president.''\n\n"
            'The habit has been called "strategic ambiguity" by Joshua Hend, a professor at the college.')
    assert direct_rows(text) == [("make an outstanding president.", "partial", "Ben Sand"),
                                 ("strategic ambiguity", "partial", "Joshua Hend")]


def test_a_quote_ending_in_a_nested_quote_takes_the_cue_after_it() -> None:
    text = ("The hearing ran late.\n\n"
            "“Nobody here asked, ‘Who pays for the bridge,’ ” said harbour engineer Nadia Kross during the "
            "second session, suggesting that the council had never read the plan.")
    assert direct_rows(text) == [("Nobody here asked, ‘Who pays for the bridge,’", "direct", "Nadia Kross")]


def test_verdict_verbs_quote_the_subjects_words() -> None:
    text = ("Budget talks stalled again.\n\n"
            "Councillor Ada Brill, for her part, is labelling the budget “a reckless gamble with pensions.”"
            "\n\n"
            "Mayor Tom Rusk has increasingly decried the “culture of delay” at the planning office.\n\n"
            "The meeting, which organiser Ines Marr dubbed “a wake for the pier,” ran late.")
    assert direct_rows(text) == [("a reckless gamble with pensions.", "partial", "Ada Brill"),
                                 ("culture of delay", "partial", "Tom Rusk"),
                                 ("a wake for the pier,", "partial", "Ines Marr")]


def test_a_passive_verdict_verb_names_only_its_agent() -> None:
    text = "The plan was branded “a reckless gamble” by Councillor Ada Brill, who chairs the committee."
    assert direct_rows(text) == [("a reckless gamble", "partial", "Ada Brill")]


def test_a_weekday_after_a_party_tag_still_leads_to_the_verb() -> None:
    text = ("Green mayoral candidate Ada Brill (D-Ore.) on Monday criticized the ferry plan, saying the "
            "budget falls “well short of the need.”")
    assert direct_rows(text) == [("well short of the need.", "partial", "Ada Brill")]


def test_who_and_an_adverbial_phrase_before_the_verb() -> None:
    text = "Glenn Rusk, who has in the past described the pier as “a rotting hazard,” voted to repair it."
    assert direct_rows(text) == [("a rotting hazard,", "partial", "Glenn Rusk")]


def test_with_a_name_and_a_participle_cue_the_name_speaks() -> None:
    text = ("The ferry vote split the council, with Councillor Ada Brill calling the timetable “a gift to "
            "nobody” and residents walking out.")
    assert direct_rows(text) == [("a gift to nobody", "partial", "Ada Brill")]


def test_a_title_of_short_capitalised_words_is_no_quote() -> None:
    text = ("The mill kept a chummy culture called “The Old Way.”\n\n"
            "Owner Ada Brill said she watched the show “Mad Men” every week.")
    assert direct_rows(text) == []


def test_a_verb_in_a_that_clause_far_after_said_leaves_the_speaker_the_reporter() -> None:
    text = ("Mayor Tom Rusk said during a long council meeting in Salem that Brill once described the pier "
            "as “a rotting hazard.”")
    assert direct_rows(text) == [("a rotting hazard.", "partial", "Tom Rusk")]


def test_someone_asked_to_speak_is_no_speaker() -> None:
    text = ("Ada Brill said she would like Mayor Tom Rusk to explain the ferry plan, since there is "
            "“no real budget” for it.")
    assert direct_rows(text) == [("no real budget", "partial", "Ada Brill")]


def test_a_discourse_marker_or_a_party_tag_and_an_appositive_before_the_verb() -> None:
    text = ("Councillor Ada Brill (D-Ore.), for her part, has been steadily pounding the mayor as a "
            "“reckless spender.”\n\n"
            "Mayor Tom Rusk (R), Brill's rival in the autumn race, called Friday for an audit, saying that "
            "sunlight “clears the air at the harbour.”")
    assert direct_rows(text) == [("reckless spender.", "partial", "Ada Brill"),
                                 ("clears the air at the harbour.", "partial", "Tom Rusk")]


def test_title_after_a_theme_or_collection_noun_is_not_a_quote() -> None:
    text = ("The painter Lena Okoro mocked the gallery's motto, “Seeing Is Knowing”, as “a line nobody "
            "believes”.\n\nThe singer Tomas Rey said his album “Cold Harbour” was “a letter to my father”.")
    assert direct_rows(text) == [("a line nobody believes", "partial", "Lena Okoro"),
                                 ("a letter to my father", "partial", "Tomas Rey")]


def test_words_on_a_placard_reading_are_not_speech() -> None:
    text = "Hundreds of nurses marched to the town hall with banners reading “Fair Pay Now”, police said."
    assert direct_rows(text) == []


def test_colon_paragraph_ending_in_a_described_name_without_a_verb() -> None:
    text = ("The rowing club celebrated its centenary on Saturday.\n\n"
            "The final toast fell to the club's treasurer, the retired pilot Olive Barr:\n\n"
            "“We have never won much. We have never missed a morning on the water.”")
    assert rows(text) == [(*at(text, "We have never won much. We have never missed a morning on the water."),
                           "direct", "Olive Barr")]


def test_a_told_listener_then_a_clause_subject_leaves_the_teller_speaking() -> None:
    text = "Port spokesman Elias Marr told journalists Norway expected “a calm and lawful settlement” soon."
    assert direct_rows(text) == [("a calm and lawful settlement", "partial", "Elias Marr")]


def test_the_ministry_is_the_body_named_earlier_by_adjectives_and_a_lower_case_head() -> None:
    text = ("The Chilean fisheries ministry said on Monday that the quota would stay. "
            "The ministry said the boats had shown “no respect at all” for the rules.")
    assert direct_rows(text) == [("no respect at all", "partial", "Chilean fisheries ministry")]


def test_a_body_named_by_a_name_and_a_lower_case_head_speaks_after_the_quote() -> None:
    text = ("“The ferry will run all winter,” the Lund campaign said.\n\n"
            "“No talks are planned,” the Norwegian foreign ministry said on Friday.\n\n"
            "“We have seen the report,” said the Danish transport ministry.")
    assert direct_rows(text) == [("The ferry will run all winter,", "direct", "Lund campaign"),
                                 ("No talks are planned,", "direct", "Norwegian foreign ministry"),
                                 ("We have seen the report,", "direct", "Danish transport ministry")]


def test_according_to_a_record_from_someone_quotes_its_author() -> None:
    text = ("“The pier stays open,” according to a letter from Mayor Ana Ruiz.\n\n"
            "According to a statement by the Lund campaign, “every vote will be counted.”\n\n"
            "“We will appeal,” according to the statement.")
    assert direct_rows(text) == [("The pier stays open,", "direct", "Ana Ruiz"),
                                 ("every vote will be counted.", "partial", "Lund campaign"),
                                 ("We will appeal,", "direct", None)]


def test_a_participle_after_a_fragment_and_a_comma_names_its_object_not_a_speaker() -> None:
    text = ('Governor Ted Ruiz released a statement saying that the port had "earned its keep" during '
            'the storm, calling it a "special place."')
    assert rows(text) == [(*at(text, "earned its keep"), "partial", "Ted Ruiz"),
                          (*at(text, "special place."), "partial", "Ted Ruiz")]


def test_a_label_after_known_as_and_the_labels_joined_to_it_are_no_quotes() -> None:
    text = ("Ida Moss said the town would save the old piers, often known as “the rusty fingers” or "
            "“the ribs.”\n\nMoss called the plan “a debt we owe the harbour.”")
    assert rows(text) == [
        (*at(text, "the town would save the old piers, often known as “the rusty fingers” or “the ribs"),
         "indirect", "Ida Moss"),
        (*at(text, "a debt we owe the harbour."), "partial", "Ida Moss")]


def test_partial_in_that_clause_with_long_subject_goes_to_the_speech_verb() -> None:
    text = ("Mayor Ada Lunt spoke on Friday.\n\nLunt declared at a meeting with planners that any new tower "
            "under her watch would demand “absolute care.”")
    assert rows(text) == [(*at(text, "absolute care."), "partial", "Ada Lunt")]


def test_partial_after_said_and_a_stance_goes_to_the_speech_verb() -> None:
    text = ("Mayor Ada Lunt spoke on Friday.\n\nLunt said she’s certain Berg will continue to be "
            "“a fine partner.”")
    assert rows(text) == [(*at(text, "a fine partner."), "partial", "Ada Lunt")]


def test_partial_after_a_subordinate_cue_keeps_its_own_speaker() -> None:
    text = ("Mayor Omar Pike took the stage.\n\nAt one point a student asked for a photo and Pike said, "
            "“as long as the cameras are off.”")
    assert rows(text) == [(*at(text, "as long as the cameras are off."), "direct", "Omar Pike")]


def test_partial_of_a_body_after_a_plural_possessive_with_a_curly_apostrophe() -> None:
    text = "Senator Ivo Sanders lost the vote.\n\nSanders’ campaign called the ruling a “rush to judgment.”"
    (quote,) = extract(text)
    assert (quote.text, quote.kind, quote.speaker, quote.speaker_mention) == (
        "rush to judgment.", "partial", "Sanders campaign", "Sanders campaign")
    assert (quote.start, quote.end) == at(text, "rush to judgment.")[1:]


def test_partial_of_joint_subjects_goes_to_the_first_named() -> None:
    text = "After the hearing, Ora Finch and Paul Reyes both denounced the “reckless plan” of the council."
    assert rows(text) == [(*at(text, "reckless plan"), "partial", "Ora Finch")]


def test_partial_named_by_two_papers_goes_to_the_first() -> None:
    text = "Amid what the Daily Post and the Evening Star each called a “rough week” for Roe, polls fell."
    (quote,) = extract(text)
    assert (quote.text, quote.start, quote.end, quote.kind, quote.speaker_mention) == (
        *at(text, "rough week"), "partial", "the Daily Post")


def test_partial_after_said_adding_goes_to_the_nearest_subject() -> None:
    text = "Tom Hall will raise taxes this year, Ann Roe said, adding that it was a “bad deal.”"
    assert rows(text)[1] == (*at(text, "bad deal."), "partial", "Ann Roe")


def test_colon_block_after_a_when_clause_goes_to_the_main_subject() -> None:
    text = ("When Ann Roe died in 1998, Mayor Tom Hall released the following statement:\n\n"
            "“She served this town for forty years and we will miss her.”")
    assert rows(text) == [(*at(text, "She served this town for forty years and we will miss her."), "direct",
                           "Tom Hall")]


def test_partial_in_a_later_clause_goes_to_its_own_subject() -> None:
    text = "Berg quit, while Ann Roe won so easily that it led her to declare that the race was “in the bag.”"
    assert rows(text) == [(*at(text, "in the bag."), "partial", "Ann Roe")]


def test_partial_after_a_speech_verb_in_the_nearest_clause_goes_to_its_subject() -> None:
    text = ("Senator Jo Reed (D-Ore.), said after a lunch that he had not read the plan, but called it "
            "a “starting point.”")
    assert rows(text) == [(*at(text, "he had not read the plan"), "indirect", "Jo Reed"),
                          (*at(text, "starting point."), "partial", "Jo Reed")]


def test_partial_after_it_in_the_nearest_clause_goes_to_the_person() -> None:
    text = "Flying home that night, Ann Roe vented to her husband that it would be “an ugly fight.”"
    assert rows(text) == [(*at(text, "an ugly fight."), "partial", "Ann Roe")]


def test_partial_after_in_saying_goes_to_the_clause_subject() -> None:
    text = "Judge Ora Finch clearly erred in saying that the “ninety percent” figure was official."
    assert rows(text) == [(*at(text, "ninety percent"), "partial", "Ora Finch")]


def test_partial_after_a_second_joined_participle_goes_to_the_clause_subject() -> None:
    text = ("Ann Roe has toned down her attacks, shifting her focus to the vote and admitting that her "
            "“grand plan” will fail.")
    assert rows(text) == [(*at(text, "grand plan"), "partial", "Ann Roe")]


def test_speech_relayed_through_a_named_source_stays_with_its_speaker() -> None:
    """The outlet that relays a quote did not say it: `ask "what did Marlow say"` must find it."""
    text = ("Harbour chief Ines Marlow spoke at the docks.\n\n“The cranes stay idle until spring,” Marlow "
            "said at a briefing, according to the Coastal Courier.")
    assert rows(text) == [(*at(text, "The cranes stay idle until spring,"), "direct", "Ines Marlow")]


def test_speech_relayed_through_unnamed_sources_keeps_the_speaker() -> None:
    text = ("Harbour chief Ines Marlow spoke at the docks.\n\n“The cranes stay idle until spring,” Marlow "
            "said, according to people at the briefing.")
    assert rows(text) == [(*at(text, "The cranes stay idle until spring,"), "direct", "Ines Marlow")]


def test_partial_in_a_to_x_opinion_sentence_goes_to_x() -> None:
    text = "To Dana Whitlock, the new ferry schedule is “a gift to commuters” and long overdue."
    assert rows(text) == [(*at(text, "a gift to commuters"), "partial", "Dana Whitlock")]


def test_show_title_with_a_lower_case_preposition_is_no_quote() -> None:
    """Title case leaves 'with' and 'from' in lower case: a programme's name, not words anyone said."""
    text = ("Mayor Ines Calloway backed the levy on Sunday. “The levy pays for the new bridge,” Calloway "
            "said on KTRB's “Mornings with Dale Pruitt.”")
    assert rows(text) == [(*at(text, "The levy pays for the new bridge,"), "direct", "Ines Calloway")]


def test_long_book_title_with_subtitle_is_no_quote() -> None:
    text = ("“The harbour was never safe,” Ines Calloway said. Her new book, “Salt and Iron: How the Harbour "
            "Towns Built the Coast,” came out in May.")
    assert rows(text) == [(*at(text, "The harbour was never safe,"), "direct", "Ines Calloway")]


def test_cue_less_quote_after_a_sentence_about_its_subject_is_the_subject_s() -> None:
    text = ("Mayor Ines Calloway opened the new bridge on Friday. Calloway touted her record on roads. "
            "“We promised a bridge and we built one for the whole valley.”")
    assert rows(text) == [
        (*at(text, "We promised a bridge and we built one for the whole valley."), "direct", "Ines Calloway")]


def test_quoted_title_or_term_that_nobody_says_is_no_partial() -> None:
    """Capitalised quoted names of songs, plans or eras that no one is named as saying are left out."""
    assert rows("The sound system, cycling through old ballads, added folk hits including “Harbour Lights” "
                "and more.") == []
    assert rows("Officials had long promised what had been called the “Green Corridor” for cyclists.") == []


def test_lower_case_second_half_of_a_split_direct_quote_is_direct() -> None:
    text = "“The ferry will run all winter,” said harbour chief Ines Marlow, “and the fares will not go up.”"
    assert rows(text) == [(*at(text, "The ferry will run all winter,"), "direct", "Ines Marlow"),
                          (*at(text, "and the fares will not go up."), "direct", "Ines Marlow")]


def test_cue_words_in_idioms_are_no_cues() -> None:
    """'are expected to', 'a far cry from' report no speech: the quoted words after them are terms."""
    assert rows("In the busy season, many shoppers are expected to wait for the “spring sale” before "
                "buying.") == []
    assert rows("That is still a far cry from the “rust bucket” of old.") == []


def test_fragment_in_a_sentence_about_a_named_body_after_its_article_is_the_body_s() -> None:
    """'the Harbour Authority' names a speaker as 'The Harbour Authority' opening a sentence does."""
    text = ("On its website, the Harbour Authority lists “safe mooring for every boat in the bay” as its "
            "first duty.")
    assert rows(text) == [
        (*at(text, "safe mooring for every boat in the bay"), "partial", "Harbour Authority")]


def test_closing_attribution_covers_every_fragment_of_its_sentence() -> None:
    text = ("Shop owner Dana Whitlock spoke on Monday. Sales were “flat for about a month” as buyers waited "
            "for a “calmer market” to return, she said.")
    assert rows(text) == [(*at(text, "flat for about a month"), "partial", "Dana Whitlock"),
                          (*at(text, "calmer market"), "partial", "Dana Whitlock")]


def test_no_reported_speech_starts_inside_quoted_words() -> None:
    """A speech verb inside a quoted saying ('... towns say what they mean ...') reports nothing."""
    assert rows("The old adage, “Harbour towns say what they mean and mean what they say” faded from the "
                "campaign.") == []


def test_headline_right_above_its_date_line_is_not_speech() -> None:
    text = ('Mayor Holds Firm on Budget, Calls Cuts "Not Negotiable"\nMay 3, 2025\n\n'
            'The mayor, Ilse Brand, said on Friday that the cuts were "not up for debate".')
    assert rows(text) == [(*at(text, "not up for debate"), "partial", "Ilse Brand")]


def test_first_line_above_a_body_line_is_read_as_text() -> None:
    text = 'Ilse Brand said the cuts were "not up for debate"\nand left the hall early.'
    assert rows(text) == [(*at(text, "not up for debate"), "partial", "Ilse Brand")]


def test_fronted_for_phrase_is_no_speaker_and_an_unnamed_person_keeps_the_quote() -> None:
    text = ("For Czechs, the line of the season may be the one a tired farmer in Ostrava gave this paper "
            "in June: “We grind, they sell, and the bread still costs more.”")
    assert rows(text) == [(*at(text, "We grind, they sell, and the bread still costs more."), "direct", None)]


def test_fronted_for_name_with_an_opinion_predicate_is_the_view_holder() -> None:
    text = "For Councillor Ada Novak, the new toll is “a tax on getting to work” and nothing else."
    assert rows(text) == [(*at(text, "a tax on getting to work"), "partial", "Ada Novak")]


def test_subject_be_adjective_colon_speaks_the_quote() -> None:
    text = ("Harbour master Ines Falk met the fishermen on Monday. Asked about the new fees, Falk was "
            "blunt: “Nobody here can pay twice for the same berth.”\n\n"
            "Deputy mayor Olaf Brandt was even more direct: “The fees go, or I do.”")
    assert rows(text) == [
        (*at(text, "Nobody here can pay twice for the same berth."), "direct", "Ines Falk"),
        (*at(text, "The fees go, or I do."), "direct", "Olaf Brandt"),
    ]


def test_be_with_a_verb_before_the_colon_is_no_manner_clause() -> None:
    text = "Columnist Ruth Meyer imagined the mayor was thinking: “What have I done to this town?”"
    assert rows(text) == [(*at(text, "What have I done to this town?"), "direct", "Ruth Meyer")]


def test_capitalised_cue_word_inside_an_unnamed_source_is_part_of_it() -> None:
    text = "A State Department spokesman said only that ‘the visit went well’ and left."
    (quote,) = extract(text)
    assert (quote.text, quote.start, quote.end, quote.kind, quote.speaker, quote.speaker_mention) == (
        *at(text, "the visit went well"), "partial", None, "A State Department spokesman")


def test_fronted_time_or_place_phrase_is_no_subject() -> None:
    text = ("Mayor Ilse Brand spoke to the council.\n\nIn March, the mayor urged the board to resign, "
            "calling it “a club of the idle and the lazy, and nothing more.”")
    assert rows(text) == [
        (*at(text, "the board to resign"), "indirect", "Ilse Brand"),
        (*at(text, "a club of the idle and the lazy, and nothing more."), "direct", "Ilse Brand"),
    ]
    text = ("In Lyon, Marc Dubois, a union organiser, had spent weeks rallying drivers behind a "
            "“fair wage for fair miles”.")
    assert rows(text) == [(*at(text, "fair wage for fair miles"), "partial", "Marc Dubois")]


def test_cue_word_after_a_participle_is_a_plural_noun() -> None:
    text = ('Ines Falk said help would come from the neighbouring states, not from '
            '"a committee in the capital".')
    (quote,) = extract(text)
    assert (quote.text, quote.start, quote.end, quote.kind, quote.speaker, quote.cue) == (
        *at(text, "a committee in the capital"), "partial", "Ines Falk", "said")


def test_nationality_or_group_plural_is_never_a_named_speaker() -> None:
    text = ("Europeans said the plan was “a gift to the smugglers”. Senate Republicans argued that the bill "
            "would raise taxes on farmers.")
    assert rows(text) == [
        (*at(text, "a gift to the smugglers"), "partial", None),
        (*at(text, "the bill would raise taxes on farmers"), "indirect", None),
    ]


def test_source_with_a_post_modifier_is_the_mention_not_the_modifier_object() -> None:
    text = "A source close to Ines Falk said the deal was “dead in the water”."
    (quote,) = extract(text)
    assert (quote.text, quote.start, quote.end, quote.kind, quote.speaker, quote.speaker_mention) == (
        *at(text, "dead in the water"), "partial", None, "A source")


def test_time_phrase_without_preposition_between_subject_and_cue() -> None:
    text = ("Councillor Ines Varga last week said the levy was not a “fair deal” for renters.\n\n"
            "Her rival, Piet Olsen, a builder, earlier this month told the board the plan was “dead on "
            "arrival.”\n\nDana Kreutz yesterday said the fund would be “a lifeline.”")
    assert rows(text) == [
        (*at(text, "fair deal"), "partial", "Ines Varga"),
        (*at(text, "dead on arrival."), "partial", "Piet Olsen"),
        (*at(text, "a lifeline."), "partial", "Dana Kreutz"),
    ]


def test_inverted_cue_set_off_by_commas_inside_the_sentence_names_the_speaker() -> None:
    text = ("The flaw in the tunnel plan, says Mirela Dobos, an engineer at the port, is that it was "
            "“never costed properly.”\n\nThe real cost, said Joost Hendriks, was “far higher than anyone "
            "admits.”")
    assert rows(text) == [
        (*at(text, "never costed properly."), "partial", "Mirela Dobos"),
        (*at(text, "far higher than anyone admits."), "partial", "Joost Hendriks"),
    ]


def test_subject_after_a_dash_aside_speaks_the_fragment() -> None:
    text = ("Mayor Ilse Brandt spoke first.\n\nQuickly turning to the floods ― much as she did after the "
            "storm last year ― Councillor Ruth Amadi blamed the board and stressed the threat that “rising "
            "rivers” pose to the town.")
    assert rows(text) == [(*at(text, "rising rivers"), "partial", "Ruth Amadi")]


def test_title_with_a_portfolio_before_the_name_after_a_quote() -> None:
    text = ("“The treaty is signed and it will hold,” Secretary of State Lena Marsh said.\n\n"
            "“We have the votes we need,” White House chief of staff Omar Castell said.\n\n"
            "“Nobody has costed the plan,” said director of communications Rita Oduya.")
    assert rows(text) == [
        (*at(text, "The treaty is signed and it will hold,"), "direct", "Lena Marsh"),
        (*at(text, "We have the votes we need,"), "direct", "Omar Castell"),
        (*at(text, "Nobody has costed the plan,"), "direct", "Rita Oduya"),
    ]


def test_cue_inside_the_question_before_an_answer_is_not_the_speaker() -> None:
    text = ("The harbour master took questions.\n\nKofi Mensah was asked whether the dredging would go on. "
            "“We have dredged the channel twice and there is nothing left to dredge.”")
    assert rows(text) == [
        (*at(text, "We have dredged the channel twice and there is nothing left to dredge."), "direct",
         "Kofi Mensah"),
    ]


def test_subject_of_an_object_relative_clause_with_an_appositive_speaks() -> None:
    text = ("The treaty changed policy toward Norland, a country that the last party leader, Greta Lund, "
            "called “our oldest rival.”\n\nThe port, a place that the former mayor, Aldo Ferri, called "
            "“our quiet engine,” has grown fast.")
    assert rows(text) == [
        (*at(text, "our oldest rival."), "partial", "Greta Lund"),
        (*at(text, "our quiet engine,"), "partial", "Aldo Ferri"),
    ]


def test_subject_after_a_fronted_phrase_holding_another_cue_speaks() -> None:
    text = ("And, in a video that Judge Lorna Pike called “a reckless stunt,” Ivo Marek voiced a wish to "
            "“close the whole agency down.”\n\nKim Oduya says his “old friend” Sam Reyes ran “an honest "
            "race.”")
    assert rows(text) == [
        (*at(text, "a reckless stunt,"), "partial", "Lorna Pike"),
        (*at(text, "close the whole agency down."), "partial", "Ivo Marek"),
        (*at(text, "old friend"), "partial", "Kim Oduya"),
        (*at(text, "an honest race."), "partial", "Kim Oduya"),
    ]


def test_name_beside_an_object_role_is_not_the_subject_of_the_participle() -> None:
    text = ("Mayor Tom Okoro praised his rival, Nadia Fens, saying she had run “a clean and honest race.”\n\n"
            "“We will win this,” said his rival, Nadia Fens, adding, “and we will win it by a mile.”")
    assert rows(text) == [
        (*at(text, "a clean and honest race."), "partial", "Tom Okoro"),
        (*at(text, "We will win this,"), "direct", "Nadia Fens"),
        (*at(text, "and we will win it by a mile."), "direct", "Nadia Fens"),
    ]


def test_name_after_a_digest_label_with_a_verb_speaks() -> None:
    text = ("Polling roundup.\n\nForecasters agree - Mina Castro: “One lesson stands out: keep calling "
            "voters until the very last day.” [Blog.]\n\nTurnout models disagree — Ravi Anand: “Nobody "
            "can model a turnout like that one.” [Blog.]")
    assert rows(text) == [
        (*at(text, "One lesson stands out: keep calling voters until the very last day."), "direct",
         "Mina Castro"),
        (*at(text, "Nobody can model a turnout like that one."), "direct", "Ravi Anand"),
    ]


def test_agent_of_a_passive_question_asks_it() -> None:
    text = ("Governor Rosa Lind was asked by host Mark Tull: “Do you still think the toll was a mistake, "
            "after all that has happened?”\n\nLind replied: “I do, and I would scrap it tomorrow.”")
    assert rows(text) == [
        (*at(text, "Do you still think the toll was a mistake, after all that has happened?"), "direct",
         "Mark Tull"),
        (*at(text, "I do, and I would scrap it tomorrow."), "direct", "Rosa Lind"),
    ]


def test_a_word_glued_to_its_verb_opening_the_sentence_is_no_name() -> None:
    text = ("Professor Lena Marsh grew up in a mill town. That’s why she wanted to “go the extra mile” for "
            "the workers.\n\nTom Reyes ran the dock for years. That's why he vowed to "
            "\"keep every berth open\" all winter.")
    assert rows(text) == [
        (*at(text, "go the extra mile"), "partial", "Lena Marsh"),
        (*at(text, "keep every berth open"), "partial", "Tom Reyes"),
    ]


def test_discourse_marker_before_a_relative_aside_is_no_subject() -> None:
    text = ("Tom Reyes, meanwhile, who has no such backing, said that fact shows which of the two candidates "
            "is “ready to take on the old guard.”\n\nAnn Roe, however, who chairs the board, said the port "
            "was \"in better shape than ever.\"")
    assert rows(text) == [
        (*at(text, "ready to take on the old guard."), "partial", "Tom Reyes"),
        (*at(text, "in better shape than ever."), "partial", "Ann Roe"),
    ]


def test_person_named_in_a_recording_speaks_the_quote() -> None:
    text = ("The new ad uses footage of Ann Roe asking, “Why are we not further ahead in the polls?”\n\n"
            "The spot ends with a clip showing Tom Reyes saying, “That makes me smart.”\n\n"
            "In her memoir, Lena Marsh gives an account of Ivo Kane telling one aide to “go home early.”")
    assert rows(text) == [
        (*at(text, "Why are we not further ahead in the polls?"), "direct", "Ann Roe"),
        (*at(text, "That makes me smart."), "direct", "Tom Reyes"),
        (*at(text, "go home early."), "partial", "Lena Marsh"),
    ]


def test_reprinted_transcript_turns_are_no_quotes_and_never_join() -> None:
    text = ("Governor Ann Roe defended the port budget on a Sunday show, calling the cuts “a false economy "
            "for the whole region.”\n\nAn excerpt of the exchange:\n\n"
            "\"HOST: Governor, will you sign the bill as it stands?\n\n"
            "\"ROE: Not as it stands. The port needs the money.\n\n"
            "\"MR. KANE: Let me answer that for the council.\n\n"
            "\"Q: And the dock workers?\n\n"
            "Tom Reyes, the union chief, said on Monday: \"We will strike if the bill passes.\"")
    assert rows(text) == [
        (*at(text, "a false economy for the whole region."), "partial", "Ann Roe"),
        (*at(text, "We will strike if the bill passes."), "direct", "Tom Reyes"),
    ]


def test_an_adjective_made_from_a_name_is_no_speaker() -> None:
    text = ("Senator Dana Whitlock hit back on Friday, saying in a Whitlockian post on Facebook: “The budget "
            "is a fraud and everyone knows it.”\n\nMayor Ivo Kane answered, writing in a Kaneesque letter: "
            "“We will build the bridge and pay for it.”\n\nBrian said: “The bridge will open in May.”")
    assert rows(text) == [
        (*at(text, "The budget is a fraud and everyone knows it."), "direct", "Dana Whitlock"),
        (*at(text, "We will build the bridge and pay for it."), "direct", "Ivo Kane"),
        (*at(text, "The bridge will open in May."), "direct", "Brian"),
    ]


def test_a_name_modifying_an_administration_or_campaign_is_that_body() -> None:
    text = ("Governor Paul Brandt flew home on Monday. The Brandt administration's response: “We will not "
            "comment on rumours about the port.”\n\nSenator Ann Roe stayed in the capital. The Roe "
            "campaign’s reply: “The senator has nothing to add.”")
    assert rows(text) == [
        (*at(text, "We will not comment on rumours about the port."), "direct", "Brandt administration"),
        (*at(text, "The senator has nothing to add."), "direct", "Roe campaign"),
    ]


def test_a_dash_signature_names_the_person_after_the_roles() -> None:
    text = ("Rain kept falling over the valley on Sunday.\n\n\"Stay off the causeway tonight. The water is "
            "still rising.\" – RFS duty controller Wendy Marsh.\n\n\"Help is on the way to every farm.\" — "
            "river authority coordinator Piet Smuts.")
    assert rows(text) == [
        (*at(text, "Stay off the causeway tonight. The water is still rising."), "direct", "Wendy Marsh"),
        (*at(text, "Help is on the way to every farm."), "direct", "Piet Smuts"),
    ]


def test_a_dash_that_goes_on_with_the_sentence_names_nobody() -> None:
    text = "Dana Whitlock called it “the dullest budget in a decade” — an issue the opposition seized on."
    assert [q.speaker for q in extract(text)] == ["Dana Whitlock"]


def test_a_long_relative_clause_hung_on_a_noun_is_partial() -> None:
    clause = "who carry the heaviest loads up the stairs every single night without a word of complaint"
    text = f"Ward sister Ruth Adeyemi says the praise belongs to the porters, “{clause}”."
    assert rows(text) == [(*at(text, clause), "partial", "Ruth Adeyemi")]


def test_a_first_line_label_with_a_quoted_question_is_a_headline() -> None:
    text = ("Tribunal to water board: \"Must a village beg for a working tap?\"\n\nThe tribunal on Monday "
            "criticised the water board. \"Must a village beg for a working tap?\" judge Ines Varga asked.")
    question = "Must a village beg for a working tap?"
    assert rows(text) == [(*text_after(text, question), "direct", "Ines Varga")]


def test_a_first_line_quote_after_a_speech_verb_is_no_headline() -> None:
    text = "Ines Varga said: \"The board has failed us.\"\n\nShe spoke in Kolin."
    assert rows(text) == [(*at(text, "The board has failed us."), "direct", "Ines Varga")]


def test_a_headline_reporting_speech_is_no_indirect_quote() -> None:
    text = ("Minister says grain talks ‘nearly done’, farmers doubtful\n\nAgriculture minister Hana Ruml "
            "said on Monday that the grain talks were nearly done.")
    assert rows(text) == [(*at(text, "the grain talks were nearly done"), "indirect", "Hana Ruml")]


def text_after(text: str, part: str) -> tuple[str, int, int]:
    """``part`` at its last place in ``text`` (the first one is in the headline)."""
    start = text.rindex(part)
    return part, start, start + len(part)


def test_a_name_set_off_after_a_description_speaks_a_partial() -> None:
    text = ("The special envoy for the Orla basin, Nadia Petrov, said on Monday that the four member states "
            "were “nearer than at any time” to a deal.")
    assert rows(text) == [(*at(text, "nearer than at any time"), "partial", "Nadia Petrov")]


def test_a_name_with_an_affiliation_and_a_relative_aside_speaks() -> None:
    text = ("Rep. Ivo Brandt of the Green party-list, who sat in as an observer, said the repairs would take "
            "“at least nine years” to finish.")
    assert rows(text) == [(*at(text, "at least nine years"), "partial", "Ivo Brandt")]


def test_every_slogan_of_a_placard_list_is_shown_not_said() -> None:
    text = ("Farmers marched to the depot with placards reading “Grain before profit”, “Pay the growers now” "
            "and “Our fields are dying”.\n\n“We have waited two seasons,” said grower Tove Lind.")
    assert rows(text) == [(*at(text, "We have waited two seasons,"), "direct", "Tove Lind")]


def test_minutes_recording_a_person_telling_give_that_person_the_partial() -> None:
    text = ("Minutes of a board meeting in May record the trust's finance director, Carol Pike, telling "
            "colleagues that the roof was \"past saving\" and would cost more to patch.\n\nMinutes of the "
            "June meeting record Ivo Brandt telling the board that the lifts were \"a danger to patients\".")
    assert rows(text) == [(*at(text, "past saving"), "partial", "Carol Pike"),
                          (*at(text, "a danger to patients"), "partial", "Ivo Brandt")]


def test_a_dash_and_a_summing_up_clause_give_the_partial_to_its_source() -> None:
    text = ("Storms closed the road twice in March.\n\nThe bridge would reopen \"stronger and safer than it "
            "was\" – that, at least, was the pledge from Transport Minister Lena Holm.")
    assert rows(text) == [(*at(text, "stronger and safer than it was"), "partial", "Lena Holm")]


def test_a_decimal_point_in_a_figure_ends_no_sentence_before_a_partial() -> None:
    text = ("Last month Mayor Ann Roe told the council that the R3.4 billion ring road would \"end the "
            "evening jams for good\". I have heard this promise before.")
    assert rows(text) == [(*at(text, "end the evening jams for good"), "partial", "Ann Roe")]


def test_a_letter_in_single_marks_over_paragraphs_is_one_quote() -> None:
    text = ("Ewan Tait, who chairs the harbour trust, objected. In a letter to the board, he wrote:\n\n"
            "'We are not against the marina. We are against the dredging.\n\n"
            "'The seals haul out on that bank every spring.'\n\nThe board meets on Friday.")
    quote = ("We are not against the marina. We are against the dredging.\n\n"
             "'The seals haul out on that bank every spring.")
    assert rows(text) == [(*at(text, quote), "direct", "Ewan Tait")]


def test_a_live_blog_entry_headline_under_a_time_stamp_is_no_quote() -> None:
    text = ("Council race: live updates\n\n9:12 p.m.\nOkafor: \"Every ward counted\"\n\n"
            "\"Every ward counted tonight, and we won most of them,\" Linda Okafor told supporters.")
    assert rows(text) == [(*at(text, "Every ward counted tonight, and we won most of them,"), "direct",
                           "Linda Okafor")]


def test_an_unnamed_reporters_question_is_no_quote() -> None:
    text = ("At the briefing, a reporter asked Ms. Vale, “Will you run again?”\n\n"
            "“Not this year,” Ms. Vale replied.")
    assert rows(text) == [(*at(text, "Not this year,"), "direct", "Vale")]


def test_a_term_being_discussed_is_no_quote() -> None:
    text = ("Tom Berg said the budget would pass.\n\nThe word of the month in the assembly is “bridge loan,” "
            "and nobody agrees on what it means.")
    assert rows(text) == [(*at(text, "the budget would pass"), "indirect", "Tom Berg")]


def test_a_dash_signing_a_quote_to_an_unnamed_person_keeps_the_quote_unnamed() -> None:
    text = ("The vote slipped to Monday.\n\nHEARD IN THE HALL — “Can we go home now?” — a House Republican, "
            "leaving the chamber after midnight.")
    assert rows(text) == [(*at(text, "Can we go home now?"), "direct", None)]


def test_a_dash_before_an_indefinite_noun_that_is_no_person_signs_nothing() -> None:
    text = "Senator Ann Lee called the bill “a mess” — an issue her party has long struggled with."
    assert rows(text) == [(*at(text, "a mess"), "partial", "Ann Lee")]


def test_a_short_quote_after_a_sentence_on_how_someone_spoke_is_theirs() -> None:
    text = ("The coach spoke for twenty minutes.\n\nKim Ode was shorter. “We will win.”\n\n"
            "The vote was close. “Nobody saw it coming.”")
    assert rows(text) == [(*at(text, "We will win."), "direct", "Kim Ode")]


def test_a_named_appositive_that_was_blunter_speaks_the_colon_quote() -> None:
    text = ("Senator Ann Lee says her party will back the bill if it restores the school money.\n\n"
            "Her spokesman, Ben Roe, was blunter: “No schools, no votes.”")
    assert rows(text)[-1] == (*at(text, "No schools, no votes."), "direct", "Ben Roe")


def test_asked_about_then_a_clause_gives_the_colon_quote_to_its_subject() -> None:
    text = "Ann Lee scored twice.\n\nAsked about the second goal, she shrugged: “Good pass. Easy finish.”"
    assert rows(text) == [(*at(text, "Good pass. Easy finish."), "direct", "Ann Lee")]


def test_a_quote_after_a_name_a_relative_clause_of_mood_describes_is_that_persons() -> None:
    text = ("Ann Lee scored twice.\n\nThe pass came from captain Ben Roe, who was less pleased with the "
            "first half. “We were slow. Far too slow for this level.”")
    assert rows(text) == [(*at(text, "We were slow. Far too slow for this level."), "direct", "Ben Roe")]


def test_a_party_tag_and_a_dashed_relative_aside_keep_the_name_as_subject() -> None:
    text = ("The bill moved on Tuesday.\n\nRep. Ann Lee (D-Tallis) — who represents the district that "
            "flooded in May — told reporters she would vote no, “even if it’s the last bus out of town.”")
    assert rows(text)[-1] == (*at(text, "even if it’s the last bus out of town."), "partial", "Ann Lee")


def test_a_quote_in_a_photo_caption_is_the_captioned_persons() -> None:
    text = ("The bakery reopened after the flood.\n\n"
            "Photo: Ines Kovar at the counter in Dunmore. “We lost every oven but not one customer.”")
    assert rows(text)[-1] == (*at(text, "We lost every oven but not one customer."), "direct", "Ines Kovar")


def test_a_caption_that_only_credits_a_photographer_names_no_speaker() -> None:
    text = "The bakery reopened.\n\nPhoto: Ines Kovar/Agency. “We lost every oven but not one customer.”"
    assert all(q.speaker != "Ines Kovar" for q in extract(text))


def test_curly_possessive_apostrophes_keep_the_single_quote_whole() -> None:
    text = ("The orchard is to be sold. ‘It’s our grandparents’ trees, and our parents’ after them,’ said "
            "Petra Lind, who runs the growers’ club.\n\n"
            "‘We’ve tended them for forty years, and nobody asked us once.’")
    assert rows(text) == [
        (*at(text, "It’s our grandparents’ trees, and our parents’ after them,"), "direct", "Petra Lind"),
        (*at(text, "We’ve tended them for forty years, and nobody asked us once."), "direct",
         "Petra Lind"),
    ]


def test_a_name_set_off_after_one_of_a_group_speaks_the_quote() -> None:
    text = ("Several growers had threatened to walk out. One of them, Rosa Quint, said "
            "“We are done waiting for the ministry to act.”")
    assert rows(text) == [(*at(text, "We are done waiting for the ministry to act."), "direct", "Rosa Quint")]


def test_a_name_after_its_own_description_in_an_aside_speaks_the_partial_quote() -> None:
    text = "The first witness, retired baker Tomas Reyl, said he had been “lied to for years” by the firm."
    assert rows(text) == [(*at(text, "lied to for years"), "partial", "Tomas Reyl")]


def test_a_speech_noun_after_a_preposition_is_no_cue_for_a_later_fragment() -> None:
    text = ("The Harbour Watch Group said in a preliminary report that the count was fair, but it listed "
            "“grave procedural faults” at two stations.")
    assert rows(text)[-1] == (*at(text, "grave procedural faults"), "partial", "Harbour Watch Group")


def test_a_named_body_before_which_said_speaks_the_fragment() -> None:
    text = ("The merger needs approval from the Trade Board, which said it would study the deal "
            "“with the usual care”.")
    assert rows(text) == [(*at(text, "with the usual care"), "partial", "Trade Board")]


def test_which_after_a_place_names_no_speaker() -> None:
    text = "He spoke in Lyon, France, which said it was “a fine day for it”."
    assert [q.speaker for q in extract(text)] == [None]


def test_an_unnamed_officer_of_a_body_is_not_the_body() -> None:
    text = "A former treasurer of the Harbour Savings Club told members their money was “as safe as a vault”."
    assert rows(text) == [(*at(text, "as safe as a vault"), "partial", None)]


def test_quoted_as_saying_gives_the_one_quoted() -> None:
    text = "The harbour master, Lena Osk, was quoted as saying the port would “stay open all winter.”"
    assert rows(text) == [(*at(text, "stay open all winter."), "partial", "Lena Osk")]


def test_quoted_by_a_paper_as_saying_gives_the_one_quoted_not_the_paper() -> None:
    text = "Mayor Ivo Brandt was quoted by the local radio station as saying the tram would “run by spring.”"
    assert rows(text) == [(*at(text, "run by spring."), "partial", "Ivo Brandt")]


def test_a_fragment_in_the_that_clause_of_a_warning_from_someone_is_theirs() -> None:
    text = ("Minister Sara Tull dismissed a warning from the watchdog Fairmark Audit that the scheme "
            "was “running out of money” and promised more funds.")
    assert rows(text)[0] == (*at(text, "running out of money"), "partial", "Fairmark Audit")


def test_a_fragment_in_the_that_clause_of_someones_claim_is_theirs() -> None:
    text = "Coach Ben Arlo brushed off Tom Hesse’s claim that the team was “past its best” last season."
    assert rows(text) == [(*at(text, "past its best"), "partial", "Tom Hesse")]


def test_a_claim_spoken_of_in_a_that_clause_stays_with_the_speaker() -> None:
    text = "Aide Nora Pell said on Monday that Ola Finn’s claim that the plan had failed is “plain wrong.”"
    assert rows(text) == [(*at(text, "plain wrong."), "partial", "Nora Pell")]


def test_a_short_line_in_single_marks_after_a_quote_paragraph_in_single_marks_goes_on() -> None:
    text = ("'We will keep the line open,' said ferry boss Rui Alves. 'Every day of the week.'\n\n"
            "'No matter what.'\n\nThe company runs six boats.")
    assert [r[3:] for r in rows(text)] == [("direct", "Rui Alves")] * 3


def test_a_short_line_in_single_marks_after_double_marks_stays_a_subhead() -> None:
    text = ("“We will keep the line open,” said ferry boss Rui Alves. “Every day of the week.”\n\n"
            "'No matter what.'\n\nThe company runs six boats.")
    assert len(rows(text)) == 2


def test_quoted_as_saying_after_a_described_name_gives_the_name() -> None:
    text = "Lena Osk, the harbour master, was quoted as saying the port would “stay open all winter.”"
    assert rows(text) == [(*at(text, "stay open all winter."), "partial", "Lena Osk")]


def test_a_named_subject_whose_predicate_ends_in_a_colon_speaks_the_quote() -> None:
    text = "Board member Ines Varga sounded a gloomier tone: “We are not out of the woods yet.”"
    assert rows(text) == [(*at(text, "We are not out of the woods yet."), "direct", "Ines Varga")]


def test_a_colon_predicate_after_a_fronted_phrase_gives_the_subject() -> None:
    text = ("Speaking to a trade weekly, club chairman Olaf Sten took a harder line: "
            "“Nobody here will accept a points deduction.”")
    assert rows(text) == [(*at(text, "Nobody here will accept a points deduction."), "direct", "Olaf Sten")]


def test_a_colon_predicate_after_an_interview_phrase_gives_the_subject() -> None:
    text = ("In an interview with a trade weekly, club chairman Olaf Sten took a harder line: "
            "“Nobody here will accept a points deduction.”")
    assert rows(text) == [(*at(text, "Nobody here will accept a points deduction."), "direct", "Olaf Sten")]


def test_a_colon_after_a_that_clause_names_no_one_in_it() -> None:
    text = "Ines Varga said that Olaf Sten had taken a harder line: “Nobody here will accept a deduction.”"
    assert [q.speaker for q in extract(text)] != ["Olaf Sten"]


def test_so_called_label_with_no_cue_is_no_quote() -> None:
    text = "The appeal is one more in a run of disputes over the so-called “parking levies” in harbour towns."
    assert rows(text) == []


def test_so_called_label_keeps_a_speech_cue_of_its_own() -> None:
    text = "Senator Rhea Moss has called for scrapping so-called “ghost fees” on rail tickets."
    assert rows(text) == [(*at(text, "ghost fees"), "partial", "Rhea Moss")]


def test_what_some_call_is_a_label_not_speech() -> None:
    text = "Farmers in the valley fear what some call “the water grab” by the new dam."
    assert rows(text) == []


def test_quoted_in_a_record_as_saying_colon_gives_the_one_quoted() -> None:
    text = "Ivo Renn, a former clerk, is quoted in the court papers as saying: “Nobody checked the books.”"
    assert rows(text) == [(*at(text, "Nobody checked the books."), "direct", "Ivo Renn")]


def test_a_number_ending_a_body_name_keeps_the_cue_and_the_speaker() -> None:
    text = ("Bus drivers walked out on Monday.\n\nTransit Drivers Guild Local 40 wrote on its website: "
            "\"We gave them every chance. They chose not to talk.\"")
    assert rows(text) == [(*at(text, "We gave them every chance. They chose not to talk."), "direct",
                           "Transit Drivers Guild Local 40")]


def test_a_number_after_a_preposition_is_no_name() -> None:
    text = "In 2021 said to be a record year, the port grew."
    assert all(q.speaker_mention != "In 2021" for q in extract(text))


def test_a_relative_who_is_quoted_as_saying_gives_the_name_it_hangs_on() -> None:
    text = "The bakery belongs to Odile Marsh, a former nurse, who is quoted as saying: “Bread heals too.”"
    assert rows(text) == [(*at(text, "Bread heals too."), "direct", "Odile Marsh")]


def test_a_bracketed_honorific_inside_a_name_keeps_the_name() -> None:
    text = "The head of the traders' guild, Alhaja (Mrs.) Kemi Balogun, said: “We cannot pay this levy.”"
    assert rows(text) == [(*at(text, "We cannot pay this levy."), "direct", "Kemi Balogun")]


@pytest.mark.parametrize("text", [
    "“Nobody asked the stallholders,” said Alhaja (Mrs.) Kemi Balogun.",
    "“Nobody asked the stallholders,” Alhaja (Mrs.) Kemi Balogun said.",
    "“Nobody asked the stallholders,” said the guild leader, Chief (Mrs) Kemi Balogun.",
])
def test_a_bracketed_honorific_in_a_closing_attribution(text: str) -> None:
    assert [q.speaker for q in extract(text)] == ["Kemi Balogun"]


@pytest.mark.parametrize(("text", "content"), [
    ("“The roof leaks every spring,” said the head of the tenants' union, Dr. (Mrs.) Funmi Adeyemi.",
     "The roof leaks every spring,"),
    ("“The roof leaks every spring,” said Dr. (Mrs.) Funmi Adeyemi.", "The roof leaks every spring,"),
    ("“The roof leaks every spring,” Prof. (Mrs.) Funmi Adeyemi said on Tuesday.",
     "The roof leaks every spring,"),
    ("Dr. (Mrs.) Funmi Adeyemi said: “The roof leaks every spring.”", "The roof leaks every spring."),
])
def test_a_bracketed_honorific_after_a_dotted_title(text: str, content: str) -> None:
    """The dot of 'Dr.' before the bracket ends no name: the full name reaches the resolver."""
    assert rows(text) == [(*at(text, content), "direct", "Funmi Adeyemi")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The council met late.\n\n“The depot stays open,” Garvey’s office said in an email.", "Garvey’s office"),
    ("The council met late.\n\n“The depot stays open,” Nell Garvey's office said.", "Nell Garvey's office"),
    ("The council met late.\n\n“The depot stays open,” Jennings’ campaign said.", "Jennings campaign"),
])
def test_a_possessive_name_and_the_body_it_owns_close_a_quote(text: str, speaker: str) -> None:
    """The body a name owns speaks; the subject of the sentence before is not reused."""
    assert rows(text) == [(*at(text, "The depot stays open,"), "direct", speaker)]


@pytest.mark.parametrize("text", [
    "Dropped.\n\n“No jury would convict on this,” according to a motion filed by defender Ida Brandt.",
    "Charges dropped.\n\n“No jury would convict on this,” according to a letter signed by Ida Brandt.",
])
def test_a_record_someone_filed_or_signed_speaks_for_them(text: str) -> None:
    """'according to a motion filed by X': the record's author speaks, not 'a motion filed'."""
    assert rows(text) == [(*at(text, "No jury would convict on this,"), "direct", "Ida Brandt")]


def test_a_short_whole_sentence_paragraph_goes_on_from_the_reported_speech_before_it() -> None:
    text = ("The ferry was cancelled again.\n\nRumours about the hull were wild, skipper Jon Ekdahl told "
            "reporters.\n\n“That is simply false.”\n\nRepairs start next week.")
    assert rows(text)[-1] == (*at(text, "That is simply false."), "direct", "Jon Ekdahl")


def test_a_short_quoted_label_paragraph_takes_no_speaker_from_before() -> None:
    text = "The ferry was cancelled, skipper Jon Ekdahl told reporters.\n\n“Hull repairs”\n\nMore later."
    assert [q for q in extract(text) if q.kind != "indirect"] == []


@pytest.mark.parametrize("lead", [
    "Mara Quist on Thursday night wrote:",
    "A newsletter sent by Mara Quist on Sunday morning warned:",
])
def test_a_weekday_and_its_part_of_day_sit_between_subject_and_verb(lead: str) -> None:
    text = f"The hall stays shut.\n\n{lead} “We will keep the hall open as long as people come.”"
    content = "We will keep the hall open as long as people come."
    assert rows(text) == [(*at(text, content), "direct", "Mara Quist")]


def test_a_fragment_in_the_that_clause_of_his_claim_is_his() -> None:
    text = ("Thomas Berg spoke first. Later, Mary Lund rejected his claim that the new bridge was "
            "“a waste of good steel.”")
    assert rows(text) == [(*at(text, "a waste of good steel."), "partial", "Thomas Berg")]


def test_a_fragment_in_the_that_clause_of_a_named_remark_is_the_owner_s() -> None:
    text = "Ida Lund mocked Tomas Berg's remark that the bridge was “a waste of good steel.”"
    assert rows(text) == [(*at(text, "a waste of good steel."), "partial", "Tomas Berg")]


@pytest.mark.parametrize(("text", "content", "kind", "speaker"), [
    ("The count goes on. The contest “is too close to call tonight,” as Vera Holm said on the radio.",
     "is too close to call tonight,", "partial", "Vera Holm"),
    ("The count goes on.\n\n“Nothing is settled until every box is opened,” as Vera Holm noted.",
     "Nothing is settled until every box is opened,", "direct", "Vera Holm"),
])
def test_as_x_said_after_a_quote_names_its_speaker(text: str, content: str, kind: str, speaker: str) -> None:
    assert rows(text) == [(*at(text, content), kind, speaker)]


def test_as_they_say_after_a_quote_is_an_idiom_naming_no_one() -> None:
    text = "The count goes on.\n\n“Nothing is settled until every box is opened,” as they say in the trade."
    assert all(q.speaker_mention != "they" for q in extract(text))


@pytest.mark.parametrize("text", [
    "Support grew after Nora Vik’s call for “a slower and fairer way to share the water” last spring.",
    "Ola Brekke praised Nora Vik’s plea for “a slower and fairer way to share the water” on Friday.",
])
def test_a_fragment_a_speech_noun_takes_is_the_noun_owner_s(text: str) -> None:
    """'X's call for “Q”': the owner of the call spoke the fragment, not the one who praised it."""
    assert rows(text) == [(*at(text, "a slower and fairer way to share the water"), "partial", "Nora Vik")]


@pytest.mark.parametrize("text", [
    "Nils Aune’s campaign manager Rita Holm spoke first on Friday, insisting that the levy “will not "
    "touch a single family farm.”",
    "Mayor Nils Aune’s campaign chairwoman Rita Holm went further, insisting that the levy “will not "
    "touch a single family farm.”",
])
def test_a_role_and_name_after_an_owner_s_name_speak_the_participle_s_quote(text: str) -> None:
    """'X's campaign manager Y did Z, insisting that “Q”': Y speaks, not X's campaign."""
    assert rows(text) == [(*at(text, "will not touch a single family farm."), "partial", "Rita Holm")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Mara Lind is counting on the fact that she represents a neighbouring state, though her run has been "
     "carried by the promise of a “fairer deal for small towns.”",
     "fairer deal for small towns.", "Mara Lind"),
    ("The row led Tove Dahl to make an unfortunate remark that painted her rivals as “bitter and small.”",
     "bitter and small.", "Tove Dahl"),
])
def test_a_bare_cue_word_after_a_and_an_adjective_is_a_noun(text: str, content: str, speaker: str) -> None:
    """'a neighbouring state', 'an unfortunate remark': a noun, so 'a neighbouring' speaks nothing."""
    assert rows(text) == [(*at(text, content), "partial", speaker)]
    assert all(not (q.speaker_mention or "").startswith(("a ", "an ")) for q in extract(text))


def test_a_crosshead_between_dashes_below_a_quote_is_no_signature() -> None:
    """Wire copy heads its sections '– A long road –.': the quote above goes on from its speaker."""
    text = ("“The ferry is the only road we have,” harbour master Petra Sulc said.\n\n"
            "“Every winter we lose a week of trade to the storms, and nobody in the capital notices.”\n\n"
            "– A long road –.\n\nSulc, who was born on the island, has run the port since 2009.")
    assert rows(text) == [
        (*at(text, "The ferry is the only road we have,"), "direct", "Petra Sulc"),
        (*at(text, "Every winter we lose a week of trade to the storms, and nobody in the capital notices."),
         "direct", "Petra Sulc")]


@pytest.mark.parametrize("text", [
    "In a statement, the Kestrel Valley Water Board said the reservoir was safe.\n\n"
    "“No household has been without clean water at any point,” the statement said.",
    "The Kestrel Valley Water Board said in a statement on Friday that the reservoir was safe. "
    "“No household has been without clean water at any point,” the statement added.",
])
def test_the_statement_said_speaks_for_whoever_issued_it(text: str) -> None:
    """'“Q,” the statement said' after 'In a statement, X said': X's words, not nobody's."""
    assert [r for r in rows(text) if r[3] != "indirect"] == [
        (*at(text, "No household has been without clean water at any point,"), "direct",
         "Kestrel Valley Water Board")]


@pytest.mark.parametrize(("text", "content"), [
    ("“The levy will fall hardest on renters,” said state Sen. Dora Paget.",
     "The levy will fall hardest on renters,"),
    ("“The levy will fall hardest on renters,” said state attorney general Dora Paget, a Democrat.",
     "The levy will fall hardest on renters,"),
    ("The levy was dropped.\n\n“No jury would have convicted on this record,” according to a court filing "
     "signed by state attorney Dora Paget.", "No jury would have convicted on this record,"),
])
def test_state_before_a_title_after_an_inverted_verb_is_a_modifier(text: str, content: str) -> None:
    """'said state Sen. X': 'state' is no second speech verb, so the quote keeps its speaker."""
    assert [r for r in rows(text) if r[3] != "indirect"] == [(*at(text, content), "direct", "Dora Paget")]


def test_a_cue_less_quote_paragraph_takes_the_speaker_of_the_quote_paragraph_after_it() -> None:
    """'“Q1”¶“Q2,” X notes.': the cue after Q2 closes a run of quote paragraphs that X spoke."""
    text = ("Harriet Obi is upbeat about the ferry line, in part because she sees the council as a willing "
            "partner.\n\n"
            "“Nobody else has a fleet ready for next spring.”\n\n"
            "“The council only has to sign the lease and stop dithering,” Obi notes.")
    assert rows(text) == [
        (*at(text, "Nobody else has a fleet ready for next spring."), "direct", "Harriet Obi"),
        (*at(text, "The council only has to sign the lease and stop dithering,"), "direct", "Harriet Obi")]


def test_a_cue_ending_in_a_colon_after_a_full_stop_quote_introduces_the_next_quote() -> None:
    """'“Q1.” Mr. Osei said: “Q2”': Q1 goes on from the speaker before it; the cue is Q2's."""
    text = ("The couple spoke outside the shelter.\n\n"
            "''We are farmers,'' Ms. Ruta said. ''We are not criminals.'' Mr. Osei said: ''The border "
            "closed before we could reach it.''")
    assert rows(text) == [
        (*at(text, "We are farmers,"), "direct", "Ruta"),
        (*at(text, "We are not criminals."), "direct", "Ruta"),
        (*at(text, "The border closed before we could reach it."), "direct", "Osei")]


def test_a_fragment_in_a_fronted_clause_keeps_its_speaker_before_a_colon_cue() -> None:
    """'After X said ... “Q,” Y said: “Q2”': the fragment is X's; Y's colon cue introduces Q2."""
    text = ('After Ida Berg said that rural pupils might do better at "smaller, slower schools," '
            'Tom Hall said: "I do not like what she said."')
    assert rows(text) == [(*at(text, "smaller, slower schools,"), "partial", "Ida Berg"),
                          (*at(text, "I do not like what she said."), "direct", "Tom Hall")]


def test_a_name_with_a_hyphenated_lower_case_particle_is_a_name_around_the_cue() -> None:
    """'“Q,” al-Harbi said' and 'said el-Sisi': a lower-case particle joined to a capitalised name by a
    hyphen starts a name, with straight or curly marks; the quotes were dropped."""
    text = ('Port director Nasser al-Tamimi toured the flooded quay on Monday.\n\n'
            '"We wait," al-Tamimi said. "The river is still too low for the barges."\n\n'
            '“The channel will be dredged in spring,” said Hoda el-Masri, the harbour engineer.')
    assert rows(text) == [
        (*at(text, "We wait,"), "direct", "Nasser al-Tamimi"),
        (*at(text, "The river is still too low for the barges."), "direct", "Nasser al-Tamimi"),
        (*at(text, "The channel will be dredged in spring,"), "direct", "Hoda el-Masri")]


def test_a_capitalised_name_between_its_and_a_noun_is_a_product_not_a_quote() -> None:
    """'recalling its “Glow Two” kettles': a product's name, quoted by nobody; a fragment after "a"
    or "the" ("a “Fair Fares” campaign") is still the speaker's, as PolNeAR quotes such labels."""
    text = ('Kettlecraft, a maker of kitchen goods, is recalling about 40,000 of its "Glow Two" kettles '
            'after reports of scalds.\n\n'
            'Commuter group leader Ines Varga said riders would back a “Fair Fares” campaign in the spring.')
    assert rows(text) == [(*at(text, "Fair Fares"), "partial", "Ines Varga")]


def test_an_ad_or_piece_that_speaks_in_a_relative_clause_is_the_words_of_whoever_put_it_out() -> None:
    """'X is releasing a new ad that urges voters to “Q”', 'The Ledger ran a piece that noted “Q”': the
    thing put out speaks for the subject of the verb that put it out; the fragments had no speaker."""
    text = ('Harbour candidate Lena Moss is releasing a new 30-second ad that urges ferry users to “vote for '
            'cheaper crossings”.\n\n'
            'The Coastal Ledger recently ran a piece that noted her “fare plan would help weekend visitors '
            'more than it would help commuters.”')
    assert rows(text) == [
        (*at(text, "vote for cheaper crossings"), "partial", "Lena Moss"),
        (*at(text, "fare plan would help weekend visitors more than it would help commuters."), "direct",
         "Coastal Ledger")]


def test_a_video_put_out_by_a_named_subject_that_said_quotes_that_subject() -> None:
    """'In selling X, Roe released a promotional video that said, “Q”': the verb that puts the video
    out is a speech verb too ("released"), and its subject speaks through the video."""
    text = ('In selling the boat tours, Lena Moss released a promotional video that said, “We will have the '
            'best guides on the whole coast.”')
    assert rows(text) == [
        (*at(text, "We will have the best guides on the whole coast."), "direct", "Lena Moss")]


def test_a_name_with_mojibake_letters_is_read_whole() -> None:
    """UTF-8 read as Latin-1 ('PeA\\u0303\\xb1a' for 'Peña', 'Ren\\xc3\\xa9' for 'René') leaves signs inside
    a name: the name goes on through them, so 'as X put it, “Q”' has a speaker and a title keeps the
    whole name after it."""
    text = ('But at the time, as river warden Ren\xc3\xa9 Dubois put it, "apart from a few late boats '
            'there was nothing to report."\n\n'
            'Port President Ana PeA\u0303\xb1a Ruiz urged crews not to "give up on the winter season."')
    assert rows(text) == [
        (*at(text, "apart from a few late boats there was nothing to report."), "direct",
         "Ren\xc3\xa9 Dubois"),
        (*at(text, "give up on the winter season."), "partial", "Ana PeA\u0303\xb1a Ruiz")]


def test_a_writer_presenting_a_speaker_before_a_colon_gives_the_quote_to_that_speaker() -> None:
    """'Here’s X in May 2001: “Q”', 'Here is X on the budget: “Q”': the writer presents the speaker;
    'Here’s the thing: “Q”' presents no one and stays no quote."""
    text = ('The harbour plan has barely changed. Here’s Lena Moss in May 2001: “Our first job must be to '
            'dredge the channel before the storms arrive.”\n\n'
            'Here’s the thing: “Nobody has paid for a single dredger since then, and nobody will.”')
    assert rows(text) == [
        (*at(text, "Our first job must be to dredge the channel before the storms arrive."), "direct",
         "Lena Moss")]


def test_a_quote_that_opens_on_a_spaced_ellipsis_is_found() -> None:
    """'As the Gazette reported, “ … if the vote were held”': a left mark before a blank and an ellipsis
    still opens the quote, which starts at the ellipsis."""
    text = ('As the Harbour Gazette reported, “ … if the vote were held tonight, the ferry plan would win, '
            'and easily.”')
    assert rows(text) == [
        (*at(text, "… if the vote were held tonight, the ferry plan would win, and easily."), "direct",
         "Harbour Gazette")]


def test_a_plural_speech_noun_after_of_and_before_as_is_the_object_of_a_labelling_verb() -> None:
    """'X rated 40% of Y claims as “Q”': "claims" is a noun the rater labels, not Y's verb; the label is
    the rater's."""
    text = ('FactLedger rated 40% of Harbour Party claims as “mostly false” last year, compared with 12% of '
            'Green Alliance claims.')
    assert rows(text) == [(*at(text, "mostly false"), "partial", "FactLedger")]


def test_a_day_s_possessive_is_no_speaker_of_the_fragment() -> None:
    """'according to X, Monday’s speech represents “Q”': the day owns nothing that speaks; the
    source named by 'according to' does."""
    text = ("For the mayor, according to former harbour chief Lena Moss, Monday's speech represents "
            '"a real test" of whether he can lead.')
    assert rows(text) == [(*at(text, "a real test"), "partial", "Lena Moss")]


def test_a_fragment_in_a_fronted_participle_clause_is_the_main_clause_subject_s() -> None:
    """'Acknowledging that X “Q,” though, Roe did suggest ...' and 'And in explaining why those “Q”
    had failed, Roe described ...': the participle's subject is named after its clause closes."""
    text = ('Acknowledging that the ferry plan “costs a great deal of money,” though, Lena Moss did suggest '
            'that it would pay off.\n\n'
            'And in explaining why so many of those “simple fixes” were never made, Tom Hale described a '
            'council that had lost its way.')
    assert [r for r in rows(text) if r[3] == "partial"] == [
        (*at(text, "costs a great deal of money,"), "partial", "Lena Moss"),
        (*at(text, "simple fixes"), "partial", "Tom Hale")]


def test_a_whole_clause_after_a_speech_noun_with_an_owner_is_the_owner_s() -> None:
    """'fanned controversy over her remark that “Q”' with Q a full clause (direct), and 'denounced X’s
    call for “Q”': the noun's owner speaks, as for a short fragment."""
    text = ('Former harbour chief Lena Moss, a council ally, fanned controversy this year over her remark '
            'that “there is a special place in the budget for ferries and nothing else.”\n\n'
            'Led by the council speaker, the rally denounced mayor Tom Hale’s call for "a total and complete '
            'halt to all new ferry routes across the bay."')
    assert rows(text) == [
        (*at(text, "there is a special place in the budget for ferries and nothing else."), "direct",
         "Lena Moss"),
        (*at(text, "a total and complete halt to all new ferry routes across the bay."), "direct",
         "Tom Hale")]


def test_which_right_after_a_named_body_without_a_comma_speaks_for_the_body() -> None:
    """'they turned to the Bayside Port Police which reported “Q”': a restrictive "which" stands for the
    named body before it, as ", which" already did."""
    text = 'To settle it, they turned to the Bayside Port Police which reported “412 boat thefts” by June.'
    assert rows(text) == [(*at(text, "412 boat thefts"), "partial", "Bayside Port Police")]


def test_a_possessive_speech_noun_before_a_colon_gives_the_block_to_its_owner() -> None:
    """'a blind faith in Roe’s word:¶"Q"' and 'Then came Hale’s reply: “Q”': the words after the colon
    are the owner's."""
    text = ('The case rests on a blind faith in Lena Moss’s word:\n\n'
            '"As we have said before, the only figure close to that is a guess for the whole coast."\n\n'
            'Then came Tom Hale’s reply: “Nobody has ever paid for a dredger, and nobody ever will.”')
    assert rows(text) == [
        (*at(text, "As we have said before, the only figure close to that is a guess for the whole coast."),
         "direct", "Lena Moss"),
        (*at(text, "Nobody has ever paid for a dredger, and nobody ever will."), "direct", "Tom Hale")]


def test_a_two_paragraph_quote_in_single_marks_after_said_colon_is_one_quote() -> None:
    text = ("Ilse Varga, the harbour master, said: ‘No boat leaves before noon. The swell is too high.\n\n"
            "‘We will look again at dawn.’\n\nThe ferry office stayed closed.")
    part = "No boat leaves before noon. The swell is too high.\n\n‘We will look again at dawn."
    assert rows(text) == [(*at(text, part), "direct", "Ilse Varga")]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Parks chief Lena Osei met the rangers on Monday.\n\nOsei, stepping off the ferry with two aides, "
         "offered only a short comment.\n\n“We will read the survey first and then decide on the fees.”",
         "We will read the survey first and then decide on the fees.", "Lena Osei"),
        ("Press officer Ruth Kamau spoke for an hour.\n\nAsked whether the minister would resign, she paused."
         "\n\n“He has a job to finish and he intends to finish it.”",
         "He has a job to finish and he intends to finish it.", "Ruth Kamau"),
        ("The toll plan drew a sharp reply from Councillor Dana Ilves, D-Ore. “You raised the toll twice "
         "this year and told us nothing about why.”",
         "You raised the toll twice this year and told us nothing about why.", "Dana Ilves"),
    ],
)
def test_a_quote_after_a_sentence_telling_of_an_answer_is_the_answerer_s(
        text: str, quote: str, speaker: str) -> None:
    assert rows(text) == [(*at(text, quote), "direct", speaker)]


def test_a_quote_paragraph_after_a_sentence_with_no_answer_gets_no_speaker_from_it() -> None:
    text = ("The ferry kept its winter timetable.\n\nIf Osei’s record is any guide, the fees will rise.\n\n"
            "“We will read the survey first and then decide on the fees.”")
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        ("Outside court, the league's treasurer, Ines Moravec, said the club had been 'hollowed out' by the "
         "fraud.", "hollowed out", "Ines Moravec"),
        ("Behind closed doors, the union's secretary, Pavel Oduya, said the offer was “an insult to every "
         "driver” and walked out.", "an insult to every driver", "Pavel Oduya"),
    ],
)
def test_a_fronted_phrase_of_place_is_no_name_before_the_speaker_s_appositive(
        text: str, part: str, speaker: str) -> None:
    assert rows(text) == [(*at(text, part), "partial", speaker)]


_PORTFOLIO_LEDE = ("Foreign Secretary Mira Tallis and Trade Secretary Owen Pike landed in Oslo on Sunday.\n\n"
                   "Minister of Energy Kofi Arden and Housing Minister Rae Dunn joined them later.\n\n")


@pytest.mark.parametrize(
    ("line", "mention", "speaker"),
    [
        ("“The door is open,” the secretary of state told the crowd.", "the secretary of state", None),
        ("“The door is open,” said the minister of energy.", "the minister of energy", "Kofi Arden"),
        ("“The door is open,” the Minister of Energy said.", "the Minister of Energy", "Kofi Arden"),
        ("“The door is open,” the minister of housing said.", "the minister of housing", "Rae Dunn"),
        ("“The door is open,” the secretary of trade, Owen Pike, said.", "the secretary of trade",
         "Owen Pike"),
    ],
)
def test_a_role_named_by_its_portfolio_after_a_quote_keeps_the_quote_and_its_holder(
        line: str, mention: str, speaker: str | None) -> None:
    text = _PORTFOLIO_LEDE + line
    quote = "The door is open,"
    assert rows(text) == [(*at(text, quote), "direct", speaker)]
    assert extract(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("lede", "line", "speaker"),
    [
        ("Nia Oduya, the minister of energy, and Sam Hale, the housing minister, toured the plant.\n\n",
         "“Bills will fall,” the minister of energy said.", "Nia Oduya"),
        ("Chief of Staff Lior Benn and Press Secretary Ada Kerr met the governors.\n\n",
         "“Bills will fall,” the White House chief of staff said.", "Lior Benn"),
        ("Director of Central Planning Teo Marsh and Senator Ida Voss spoke first.\n\n",
         "“Bills will fall,” the director of central planning said.", "Teo Marsh"),
        ("The deputy chief of mission, Hana Ros, met the crowd outside the embassy.\n\n",
         "“Bills will fall,” the deputy chief of mission said.", "Hana Ros"),
        ("", "“Bills will fall,” the secretary of energy said.", None),
        ("Hana Ros, head of the water board, and Ivo Kern, its deputy, gave evidence.\n\n",
         "“Bills will fall,” the head of the water board said.", "Hana Ros"),
    ],
)
def test_a_portfolio_role_goes_to_the_person_introduced_with_it(
        lede: str, line: str, speaker: str | None) -> None:
    text = lede + line
    assert rows(text) == [(*at(text, "Bills will fall,"), "direct", speaker)]


def test_reported_speech_of_a_portfolio_role_goes_to_its_holder() -> None:
    text = _PORTFOLIO_LEDE + "The minister of energy said the grid would hold."
    assert rows(text) == [(*at(text, "the grid would hold"), "indirect", "Kofi Arden")]


@pytest.mark.parametrize(
    ("line", "quote", "kind", "mention"),
    [
        ("The minister of energy said: “The grid will hold.”", "The grid will hold.", "direct",
         "The minister of energy"),
        ("On Friday the minister of energy told the panel: “The grid will hold.”", "The grid will hold.",
         "direct", "the minister of energy"),
        ("The grid, the minister of energy said, would “hold for now”.", "hold for now", "partial",
         "the minister of energy"),
        ("According to the minister of energy, the grid would “hold for now”.", "hold for now", "partial",
         "the minister of energy"),
    ],
)
def test_a_portfolio_role_before_or_around_the_quote_is_the_speaker(
        line: str, quote: str, kind: str, mention: str) -> None:
    text = _PORTFOLIO_LEDE + line
    assert rows(text) == [(*at(text, quote), kind, "Kofi Arden")]
    assert extract(text)[0].speaker_mention == mention


def test_a_titled_office_before_a_name_is_kept_as_the_speaker_s_role() -> None:
    text = _PORTFOLIO_LEDE + "“The grid will hold,” the minister of energy said."
    assert [(q.speaker, q.roles) for q in extract(text)] == [("Kofi Arden", ("minister of energy",))]


@pytest.mark.parametrize(
    ("lede", "line", "mention"),
    [
        ("Speaker of the Assembly Rosa Vinter and Senator Hal Crane spoke on Monday.\n\n",
         "“The vote is Thursday,” the Speaker of the Assembly said.", "the Speaker of the Assembly"),
        ("Secretary of the Treasury Rosa Vinter and Commerce Secretary Hal Crane spoke on Monday.\n\n",
         "“The vote is Thursday,” the Secretary of the Treasury said.", "the Secretary of the Treasury"),
        ("Secretary of the Treasury Rosa Vinter and Commerce Secretary Hal Crane spoke on Monday.\n\n",
         "“The vote is Thursday,” said the secretary of the treasury.", "the secretary of the treasury"),
    ],
)
def test_a_titled_office_with_an_article_in_its_portfolio_is_one_mention(
        lede: str, line: str, mention: str) -> None:
    text = lede + line
    assert rows(text) == [(*at(text, "The vote is Thursday,"), "direct", "Rosa Vinter")]
    assert extract(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the Transport Secretary", "Lyle Marr"), ("the Housing Minister", "Edda Ruiz")],
)
def test_a_role_written_as_a_title_after_a_partial_goes_to_its_holder(role: str, speaker: str) -> None:
    text = ("Transport Secretary Lyle Marr and Housing Minister Edda Ruiz toured a depot in Leeds.\n\n"
            f"Wales is “badly short of buses”, {role} has warned.")
    assert rows(text) == [(*at(text, "badly short of buses"), "partial", speaker)]


@pytest.mark.parametrize(
    ("lede", "line", "quote", "speaker"),
    [
        ("Chief of Staff Omar Reyes and Press Secretary Tilda Ahn briefed the pool.\n\n",
         "“No comment on that,” the press secretary said.", "No comment on that,", "Tilda Ahn"),
        ("State Sen. Greta Holm and Rep. Abel Frost held a town hall.\n\n",
         "“No comment on that,” the state senator told the crowd.", "No comment on that,", "Greta Holm"),
        ("State Attorney General Greta Holm and Gov. Abel Frost spoke on Monday.\n\n",
         "The state attorney general said: “No comment on that.”", "No comment on that.", "Greta Holm"),
        ("", "“No comment on that,” said the state attorney general.", "No comment on that,", None),
    ],
)
def test_a_cue_word_that_modifies_a_role_noun_is_part_of_the_speaker_s_phrase(
        lede: str, line: str, quote: str, speaker: str | None) -> None:
    text = lede + line
    assert rows(text) == [(*at(text, quote), "direct", speaker)]


@pytest.mark.parametrize(
    ("lede", "line", "mention"),
    [
        ("Minister for Transport Niamh Rourke and Finance Minister Cathal Byrne spoke in Cork.\n\n",
         "“Fares will be frozen,” the minister for transport said.", "the minister for transport"),
        ("Niamh Rourke, the minister for transport, and Cathal Byrne, the finance minister, spoke.\n\n",
         "“Fares will be frozen,” said the Minister for Transport.", "the Minister for Transport"),
    ],
)
def test_a_portfolio_after_for_is_read_as_one_after_of(lede: str, line: str, mention: str) -> None:
    text = lede + line
    assert rows(text) == [(*at(text, "Fares will be frozen,"), "direct", "Niamh Rourke")]
    assert extract(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("line", "mention", "speaker"),
    [
        ("“She is resting,” a spokeswoman for Vera Lind said.", "a spokeswoman for Vera Lind", "Vera Lind"),
        ("“She is resting,” a longtime adviser to Vera Lind said.", "a longtime adviser to Vera Lind", None),
        ("“She is resting,” the chief of staff to the governor said.", "the chief of staff to the governor",
         "Piet Arno"),
    ],
)
def test_a_role_held_for_someone_keeps_the_quote_and_the_whole_mention(
        line: str, mention: str, speaker: str | None) -> None:
    text = "Gov. Vera Lind and Chief of Staff Piet Arno toured the port on Monday.\n\n" + line
    assert rows(text) == [(*at(text, "She is resting,"), "direct", speaker)]
    assert extract(text)[0].speaker_mention == mention


@pytest.mark.parametrize("role", [
    "the Minister for Transport", "the Chief of Staff", "the Secretary of the Treasury",
    "the Director of Public Prosecutions",
])
def test_a_capitalised_portfolio_role_with_no_holder_named_is_nobody(role: str) -> None:
    text = f"“Fares will be frozen,” {role} said."
    assert rows(text) == [(*at(text, "Fares will be frozen,"), "direct", None)]
    assert extract(text)[0].speaker_mention == role


@pytest.mark.parametrize("sentence", [
    "The only “safety audit” the depot ever got was a walk-through in 2019.",
    "A bakery sold as “the last honest loaf in town” closed its doors in May.",
    "Several riders waved “Fix the 42” placards at the board.",
    "First, the tunnel was “a bold idea” that nobody had costed.",
])
def test_a_fragment_whose_subject_is_only_a_capitalised_function_word_is_a_scare_quote(sentence: str) -> None:
    text = "The transit board met on Tuesday.\n\n" + sentence
    assert [q for q in extract(text) if q.kind != "indirect"] == []


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), [
    ("Ms. Ardelean called the audit “a walk-through with clipboards” on Tuesday.",
     "a walk-through with clipboards", "Ioana Ardelean"),
    ("She wants a “safety audit worth the name” before the vote.", "safety audit worth the name",
     "Ioana Ardelean"),
    ("Her plan would give riders “a seat at the table” by spring.", "a seat at the table", "Ioana Ardelean"),
])
def test_a_fragment_whose_subject_is_a_name_pronoun_or_possessive_keeps_its_speaker(
        sentence: str, fragment: str, speaker: str) -> None:
    text = "Board member Ioana Ardelean spoke first.\n\n" + sentence
    assert rows(text) == [(*at(text, fragment), "partial", speaker)]


@pytest.mark.parametrize("sentence", [
    "The council also runs a weekly podcast, called “Ask the Planners,” in which residents phone in.",
    "The union set up a hotline, called “Ask a Steward,” for members with questions.",
])
def test_a_title_after_a_noun_a_comma_and_called_is_a_name_not_a_quote(sentence: str) -> None:
    text = "Mayor Edda Lindqvist spoke at the opening.\n\n" + sentence
    assert [q for q in extract(text) if q.kind != "indirect"] == []


def test_words_after_a_comma_and_called_that_are_no_title_stay_a_quote() -> None:
    text = "Mayor Edda Lindqvist, called “a reckless spender” by her rivals, stood firm on Monday."
    assert [(q.text, q.kind) for q in extract(text)] == [("a reckless spender", "partial")]


_TURN_LEDE = "Mayor Dagny Holm toured the flood plain on Friday.\n\n"
_TURN_QUOTE = "“We built on the river because nobody said no. That ends with this council.”"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("At the hall, Holm returned again and again to the levee vote.", "Dagny Holm"),
    ("She then turned to the budget for the coming year.", "Dagny Holm"),
    ("The mayor turned to Riverside Park.", "Dagny Holm"),
    ("Holm returned to Fairview's drainage plan.", "Dagny Holm"),
])
def test_a_quote_paragraph_after_a_speaker_turns_to_a_topic_is_the_speaker_s(
        sentence: str, speaker: str) -> None:
    text = _TURN_LEDE + sentence + "\n\n" + _TURN_QUOTE
    assert rows(text) == [(*at(text, _TURN_QUOTE[1:-1]), "direct", speaker)]


@pytest.mark.parametrize("sentence", [
    "Things returned to normal by noon.",
    "She turned to leave.",
    "It turned out the pumps had failed.",
    # coming back to a place is a trip, no topic
    "Holm returned to Fairview.",
    "Later, Holm returned to Brookhaven on the night train.",
])
def test_a_turn_that_is_no_speaker_coming_to_a_topic_gives_no_speaker(sentence: str) -> None:
    text = _TURN_LEDE + sentence + "\n\n" + _TURN_QUOTE
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == []


def test_a_topic_speaker_s_quote_may_run_over_two_paragraphs() -> None:
    text = (_TURN_LEDE + "Later, Holm returned to her years as a county engineer.\n\n“We built on the river."
            "\n\n“That ends with this council.”\n\nThe crowd clapped.")
    assert rows(text) == [(*at(text, "We built on the river.\n\n“That ends with this council."), "direct",
                           "Dagny Holm")]
