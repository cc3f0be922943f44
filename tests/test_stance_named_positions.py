"""Round 15: a removal named by a noun no keyword holds, denials of having said something, and positions
stated by naming the people who hold them."""

from __future__ import annotations

import pytest

from quotetrack import stance, topics

TAXONOMY = {t.label: t for t in topics.load_taxonomy()}
W = TAXONOMY["foreign troop withdrawal"]


def _label(text: str, topic: topics.Topic) -> str:
    return stance.classify(text, topic).label


@pytest.mark.parametrize("text, label", [
    ("Our people demand the departure of every foreign soldier.", "support"),
    ("We insist on the exit of all foreign forces before the winter.", "support"),
    ("The council wants the removal of coalition troops from the valley.", "support"),
    ("We call for the evacuation of the occupying forces.", "support"),
    ("The departure of NATO troops now would be a disaster for the north.", "oppose"),
    # no removal noun before the against phrase: it still counts the other way
    ("We welcome the arrival of more NATO troops.", "oppose"),
    ("We oppose the rollout of more coalition troops.", "support"),
])
def test_a_removal_noun_takes_the_against_phrase_as_its_object(text, label):
    assert _label(text, W) == label


def test_the_tagger_reads_a_demand_for_the_departure_of_foreign_forces_as_support():
    tags = topics.Tagger(topics.load_taxonomy()).tags("We demand the departure of all foreign forces.")
    assert [(t.matched, t.stance.label) for t in tags] == [("foreign forces", "support")]


DEAL = topics.keyword_topic("the trade deal", ["trade deal"])
FEE = topics.keyword_topic("the harbour fee", ["harbour fee"])


@pytest.mark.parametrize("text, topic, label", [
    # denying having said something takes no side on what was (not) said
    ("I never said the trade deal was a mistake.", DEAL, "neutral"),
    ("I have never claimed that the trade deal is a triumph.", DEAL, "neutral"),
    ("Nobody is saying we should scrap the harbour fee.", FEE, "neutral"),
    ("No one is suggesting that the harbour fee should be abolished.", FEE, "neutral"),
    ("I'm not saying we should keep the harbour fee forever.", FEE, "neutral"),
    ("We didn't say the harbour fee must stay.", FEE, "neutral"),
    # what follows the denial still counts
    ("Nobody is saying we should scrap the harbour fee. It must stay.", FEE, "support"),
    # a denied belief or attitude is no denial of words
    ("No one thinks the harbour fee works.", FEE, "oppose"),
    ("Nobody supports the harbour fee.", FEE, "oppose"),
    ("I do not support the trade deal.", DEAL, "oppose"),
])
def test_a_denial_of_having_said_something_is_no_position_on_it(text, topic, label):
    assert _label(text, topic) == label


@pytest.mark.parametrize("text, label", [
    # the holders' position times the speaker's verdict on them
    ("Those who want to scrap the harbour fee are wrong.", "support"),
    ("People who want to keep the harbour fee are wrong.", "oppose"),
    ("Those who oppose the harbour fee have got it badly wrong.", "support"),
    ("Those who back the harbour fee are deluded.", "oppose"),
    ("Critics of the harbour fee are mistaken.", "support"),
    ("Critics of the harbour fee are not wrong.", "oppose"),
    ("Supporters of the harbour fee are naive.", "oppose"),
    ("Anyone who wants to abolish the harbour fee is dreaming.", "support"),
    ("Those who want to scrap the harbour fee have a point.", "oppose"),
    ("Those calling for the harbour fee to be scrapped are mistaken.", "support"),
    # no verdict on them: their position is not the speaker's
    ("Those who want to scrap the harbour fee will meet on Tuesday.", "neutral"),
    # the topic in the verdict: an ordinary clause
    ("People who use the harbour are angry about the harbour fee.", "neutral"),
])
def test_a_position_stated_by_judging_those_who_hold_one(text, label):
    assert _label(text, FEE) == label


@pytest.mark.parametrize("text, label", [
    # what the speaker wants done with the topic, the topic as the subject of the deed
    ("We are calling for the harbour fee to be scrapped.", "oppose"),
    ("We want the harbour fee scrapped.", "oppose"),
    ("I would like to see the harbour fee abolished.", "oppose"),
    ("We want the harbour fee to be kept.", "support"),
    # a report or a noun after the topic is no deed asked for
    ("They reported the harbour fee cut by half.", "neutral"),
    ("The consultation on the harbour fee closes on Friday.", "neutral"),
])
def test_a_wish_that_the_topic_be_removed_opposes_it(text, label):
    assert _label(text, FEE) == label


@pytest.mark.parametrize("text, label", [
    # "without X" opening a clause is a condition, with or without the comma: the consequence decides
    ("Without the harbour fee we will be paying for the pier ourselves for decades.", "neutral"),
    ("Without the harbour fee the pier will fall into the sea.", "neutral"),
    ("Without the harbour fee we would all be better off.", "oppose"),
    ("Without the harbour fee, we would all be better off.", "oppose"),
    ("Without the harbour fee, families would be worse off.", "support"),
    ("Without the harbour fee families would be worse off.", "support"),
    ("Without the harbour fee nothing gets built.", "support"),
    ("Without the harbour fee there is no money for the pier.", "support"),
    # elsewhere "without" still removes what it names
    ("We can live without the harbour fee.", "oppose"),
])
def test_without_the_topic_is_a_condition_the_consequence_judges(text, label):
    assert _label(text, FEE) == label


@pytest.mark.parametrize("text, label", [
    # an attitude word heading a compound after the topic's phrase is a noun: a report, no side
    ("The number of harbour fee permits issued this spring has doubled.", "neutral"),
    ("Harbour fee appeals rose sharply after the storm.", "neutral"),
    # with an object of its own it is still a verb
    ("The harbour fee permits us to repair the pier.", "support"),
    ("We support harbour fee permits for every boat.", "support"),
])
def test_an_attitude_word_heading_a_compound_is_a_noun(text, label):
    assert _label(text, FEE) == label


@pytest.mark.parametrize("text, label", [
    # the speaker's pledge after a condition is a side; "it" is what the condition named
    ("If the harbour fee is spent on the pier, I can support it.", "support"),
    ("If every penny goes to the pier, then yes, I will vote for the harbour fee.", "support"),
    ("If the harbour fee is doubled, we will vote against it.", "oppose"),
    # a condition with no pledge of the speaker's states none
    ("If the harbour fee is scrapped, we will lose the pier.", "neutral"),
    ("If it rains, the harbour fee will be collected indoors.", "neutral"),
    ("If the harbour fee is popular, the council will say so.", "neutral"),
])
def test_a_pledge_under_a_condition_is_a_side(text, label):
    assert _label(text, FEE) == label


ELECTIONS = TAXONOMY["elections"]


@pytest.mark.parametrize("text, label", [
    # refusing to vote for someone chooses among candidates; it does not refuse the vote
    ("I will not vote for him.", "neutral"),
    ("If he stays the same man, I will not vote for him.", "neutral"),
    ("Our members will never vote for Halvorsen.", "neutral"),
    # refusing the vote itself still opposes it
    ("There will be no vote this year.", "oppose"),
])
def test_a_vote_refused_to_a_person_is_no_refusal_of_the_vote(text, label):
    assert _label(text, ELECTIONS) == label


@pytest.mark.parametrize("text, topic, label", [
    # "it is (high) time X went / was done": a demand in the past tense of a wish
    ("It is time the harbour fee was scrapped.", FEE, "oppose"),
    ("It is high time we scrapped the harbour fee.", FEE, "oppose"),
    ("It's time for the harbour fee to go.", FEE, "oppose"),
    ("It is time for the harbour fee to stay.", FEE, "support"),
    ("Coalition troops have been here for years. It is time they went home.", W, "support"),
    ("It is time the coalition troops went home.", W, "support"),
    ("It is high time the harbour fee went.", FEE, "oppose"),
    ("It is time the coalition troops went.", W, "support"),
    # a plain past is a report; an object of the topic's own is no subject
    ("The coalition troops went home in 2014.", W, "neutral"),
    ("The harbour fee went up in May.", FEE, "neutral"),
    # ... and stays one beside other cues: "went" acts only in the wish's frame
    ("It was time to leave the hall, and the troops went home.", W, "support"),
    ("We want the harbour fee to cut bills.", FEE, "support"),
])
def test_it_is_time_demands_what_follows(text, topic, label):
    assert _label(text, topic) == label


def test_it_is_time_the_opposite_went_is_support():
    """'went' with nothing after it in the wish's frame removes what it follows, as 'went home' does."""
    tags = topics.Tagger(topics.load_taxonomy()).tags("It is time the tariffs went.")
    assert [(t.matched, t.stance.label) for t in tags] == [("tariffs", "support")]
