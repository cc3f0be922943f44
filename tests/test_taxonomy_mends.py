"""The built-in taxonomy's matching and stances on sentences a review found read wrong."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotetrack import topics

TAXONOMY = [replace(topic, id=n) for n, topic in enumerate(topics.load_taxonomy())]
TAGGER = topics.Tagger(TAXONOMY)


def _stances(text: str) -> list[str]:
    return [tag.stance.label for tag in TAGGER.tags(text, "said", "direct")]


# A topic's own keyword is no cue of support for it: scrapping net zero is no support of climate action.
@pytest.mark.parametrize("text", ["We should ditch net zero.", "We should scrap net zero.",
                                  "We should scrap universal coverage."])
def test_scrapping_a_keyword_is_no_support(text):
    assert _stances(text) == ["oppose"]


@pytest.mark.parametrize("text", ["We must reach net zero.", "We need universal coverage."])
def test_calling_for_a_keyword_is_still_support(text):
    assert _stances(text) == ["support"]


def _labels(text: str) -> list[str]:
    return [TAXONOMY[tag.topic_id].label for tag in TAGGER.tags(text, "said", "direct")]


# Asylum is the refugees' topic (its description names asylum seekers), not US immigration policy's.
@pytest.mark.parametrize("text", ["Asylum seekers crossing the sea deserve a fair hearing.",
                                  "The island's asylum centre is full again."])
def test_asylum_tags_refugees_only(text):
    assert _labels(text) == ["refugees and migration"]


# "Taxing" as hard work is no tax in the built-in taxonomy either, in every form the code knows.
@pytest.mark.parametrize("text", ["The trip was really taxing.", "It was an emotionally taxing match."])
def test_taxing_as_hard_work_tags_no_tax_topic(text):
    assert "tax cuts" not in _labels(text)


def test_taxing_as_a_tax_still_tags_it():
    assert _labels("Taxing the middle class again would be a mistake.") == ["tax cuts"]


def _stance(text: str, label: str) -> str:
    return next(tag.stance.label for tag in TAGGER.tags(text, "said", "direct")
                if TAXONOMY[tag.topic_id].label == label)


# The harm a topic fights is its opposite, not its keyword: cutting emissions is climate action.
@pytest.mark.parametrize("text, label", [
    ("We must cut carbon emissions now.", "support"),
    ("We will fight climate change.", "support"),
    ("We must phase out coal by 2030.", "support"),
    ("We will build more coal plants.", "oppose"),
    ("Fossil fuels are killing our planet.", "support"),
    # measures named by the harm stay the topic
    ("We support a carbon tax.", "support"),
    ("We will scrap the carbon tax.", "oppose"),
    ("We must meet our emissions targets.", "support"),
    ("We support the climate change bill.", "support"),
    ("We will reach the emissions reduction target we pledged.", "support"),
    ("We're going to put a lot of coal companies out of business.", "support"),
])
def test_climate_harms_count_against_climate_action(text, label):
    assert _stance(text, "climate action") == label


# The wall and deportations are immigration's restrictive side: more of them opposes, ending them supports.
@pytest.mark.parametrize("text, label", [
    ("We will build a great wall along the southern border!", "oppose"),
    ("We will fund the border wall.", "oppose"),
    ("The border wall is a waste of money.", "support"),
    ("We will increase deportations.", "oppose"),
    ("We must end the deportations of Dreamers.", "support"),
])
def test_the_wall_and_deportations_count_against_immigration(text, label):
    assert _stance(text, "immigration") == label


def test_the_wall_street_journal_tags_no_immigration():
    assert "immigration" not in _labels("The Wall Street Journal reported it first.")


# A harm or a measure named with the topic's own keyword ("voter fraud", "abortion ban") is its opposite.
@pytest.mark.parametrize("text, topic, label", [
    ("We must curb voter fraud.", "elections", "support"),
    ("We must fight voter suppression.", "elections", "support"),
    ("We will roll back abortion restrictions.", "abortion rights", "support"),
    ("We support the abortion ban.", "abortion rights", "oppose"),
    ("We will ban abortion.", "abortion rights", "oppose"),
])
def test_harms_and_measures_named_by_a_keyword(text, topic, label):
    assert _stance(text, topic) == label
