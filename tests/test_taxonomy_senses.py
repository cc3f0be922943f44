"""The built-in taxonomy's other word senses: a keyword used in another sense tags no topic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotetrack import topics

TAXONOMY = [replace(topic, id=n) for n, topic in enumerate(topics.load_taxonomy(), 1)]


def _labels(text: str) -> set[str]:
    return {TAXONOMY[tag.topic_id - 1].label for tag in topics.keyword_tags(TAXONOMY, text)}


@pytest.mark.parametrize("text", [
    "Once the occupiers are gone, the guns will fall silent across the valley.",
    "You negotiate with the men who hold the guns, not with the men you wish held them.",
    "The rebels agreed to lay down their guns by the end of the month.",
    "They came into the talks with all guns blazing.",
])
def test_guns_of_a_war_are_not_gun_control(text):
    assert "gun control" not in _labels(text)


@pytest.mark.parametrize("text", [
    "We need fewer guns on our streets and universal background checks.",
    "The senator said guns do not belong in schools.",
])
def test_guns_of_gun_laws_still_are(text):
    assert "gun control" in _labels(text)


@pytest.mark.parametrize("text", [
    "She talks to voters in every county she visits.",
    "He talked about his mother for an hour.",
    "It was all talk and no action.",
    "They're talking with donors this week.",
    "The mayor's delegation walked out of the convention hall.",
])
def test_talk_as_speech_is_not_peace_talks(text):
    assert "peace talks" not in _labels(text)


@pytest.mark.parametrize("text", [
    "The talks resume in Geneva next week.",
    "We want direct talks between the two governments.",
    "Both delegations agreed on a timetable.",
    "Nobody negotiates while the shelling goes on.",
    "The talks about a truce in Doha were useful.",
])
def test_talks_as_negotiations_are_peace_talks(text):
    assert "peace talks" in _labels(text)


@pytest.mark.parametrize("text", [
    "He has spent his life fighting climate change.",
    "Those remarks were deeply offensive to veterans.",
    "The hostility she faced from colleagues hurt her campaign.",
])
def test_fighting_in_other_senses_is_not_ceasefire(text):
    assert "ceasefire" not in _labels(text)


@pytest.mark.parametrize("text", [
    "The fighting in the hills has to stop before anyone signs anything.",
    "A new ground offensive would end any hope of a settlement.",
    "Both armies agreed to end hostilities at midnight.",
])
def test_the_war_a_truce_would_halt_is_ceasefire(text):
    assert "ceasefire" in _labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("We are ready to talk to anyone who comes in good faith.", "peace talks"),
    ("They refused to talk while the shelling went on.", "peace talks"),
    ("Our fighters will not stop fighting until the last village is free.", "ceasefire"),
])
def test_the_negotiation_and_war_senses_of_talk_and_fight(text, label):
    assert label in _labels(text)


def test_a_politician_who_never_stops_fighting_for_you_is_no_ceasefire():
    assert "ceasefire" not in _labels("I will never stop fighting for the families of this state.")
