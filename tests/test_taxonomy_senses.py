"""The built-in taxonomy's other word senses: a keyword used in another sense tags no topic, and the
topic's own sense still does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotetrack import topics

TAXONOMY = [replace(topic, id=n) for n, topic in enumerate(topics.load_taxonomy(), 1)]

OTHER_SENSES = [
    # the guns of a war are not gun control
    ("Once the occupiers are gone, the guns will fall silent across the valley.", "gun control"),
    ("You negotiate with the men who hold the guns, not with the men you wish held them.", "gun control"),
    ("The rebels agreed to lay down their guns by the end of the month.", "gun control"),
    ("They came into the talks with all guns blazing.", "gun control"),
    # talk as speech is not peace talks
    ("She talks to voters in every county she visits.", "peace talks"),
    ("He talked about his mother for an hour.", "peace talks"),
    ("It was all talk and no action.", "peace talks"),
    ("They're talking with donors this week.", "peace talks"),
    ("The mayor's delegation walked out of the convention hall.", "peace talks"),
    # fighting in other senses is not ceasefire
    ("He has spent his life fighting climate change.", "ceasefire"),
    ("Those remarks were deeply offensive to veterans.", "ceasefire"),
    ("The hostility she faced from colleagues hurt her campaign.", "ceasefire"),
    ("I will never stop fighting for the families of this state.", "ceasefire"),
    # migration of things, and people leaving a region, is not immigration
    ("Moving the records to the new servers was the hardest data migration we have done.", "immigration"),
    ("Out-migration of young people is emptying the mill towns.", "immigration"),
    ("Bird migration over the estuary peaks in October.", "immigration"),
    ("He spent ten years in a lunatic asylum, the novel tells us.", "refugees and migration"),
    # the bargaining of pay, business and sport is not peace talks; hard work is no tax
    ("Pay talks between the drivers and the bus company collapsed overnight.", "peace talks"),
    ("The club confirmed that contract negotiations with its goalkeeper have stalled.", "peace talks"),
    ("Merger talks between the two banks resume on Monday.", "peace talks"),
    ("Two away games in four days was a taxing schedule for the squad.", "tax cuts"),
]

OWN_SENSES = [
    ("We need fewer guns on our streets and universal background checks.", "gun control"),
    ("The senator said guns do not belong in schools.", "gun control"),
    ("The talks resume in Geneva next week.", "peace talks"),
    ("We want direct talks between the two governments.", "peace talks"),
    ("Both delegations agreed on a timetable.", "peace talks"),
    ("Nobody negotiates while the shelling goes on.", "peace talks"),
    ("The talks about a truce in Doha were useful.", "peace talks"),
    ("We are ready to talk to anyone who comes in good faith.", "peace talks"),
    ("They refused to talk while the shelling went on.", "peace talks"),
    ("The fighting in the hills has to stop before anyone signs anything.", "ceasefire"),
    ("A new ground offensive would end any hope of a settlement.", "ceasefire"),
    ("Both armies agreed to end hostilities at midnight.", "ceasefire"),
    ("Our fighters will not stop fighting until the last village is free.", "ceasefire"),
    # British and European copy names immigration by migration; asylum is the refugees' topic
    ("Net migration has to come down, and it will.", "immigration"),
    ("Migrants crossing the Channel in small boats are a test for any government.", "immigration"),
    ("She was granted asylum after two years of waiting.", "refugees and migration"),
    ("The backlog of asylum seekers' claims keeps growing.", "refugees and migration"),
    ("Universal coverage is within reach if we fund it.", "health care"),
    ("Waiting lists in the NHS are longer than ever.", "health care"),
    ("We are going to reach net zero by 2050 without shutting a single factory.", "climate action"),
    ("Peace talks between the two governments resume on Monday.", "peace talks"),
    ("Taxing the middle class again would be a mistake.", "tax cuts"),
]


def _labels(text: str) -> set[str]:
    return {TAXONOMY[tag.topic_id - 1].label for tag in topics.keyword_tags(TAXONOMY, text)}


@pytest.mark.parametrize(("text", "label"), OTHER_SENSES)
def test_a_keyword_in_another_sense_tags_no_topic(text, label):
    assert label not in _labels(text)


@pytest.mark.parametrize(("text", "label"), OWN_SENSES)
def test_the_topic_sense_still_tags_it(text, label):
    assert label in _labels(text)
