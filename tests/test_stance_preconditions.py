"""A topic that is itself an act of removal, and preconditions ("A must come before B")."""

from __future__ import annotations

import pytest

from quotetrack import stance, topics

TAXONOMY = {t.label: t for t in topics.load_taxonomy()}
W, C, T = "foreign troop withdrawal", "ceasefire", "peace talks"
LEVY_REPEAL = topics.keyword_topic("levy repeal", ["levy", "repeal"])
LEVY = topics.keyword_topic("the levy", ["levy"])
MINING_BAN = topics.keyword_topic("deep-sea mining ban", ["deep-sea mining", "ban"])
LICENCES = topics.keyword_topic("exploration licences", ["exploration licences"])


def _label(text: str, topic: str | topics.Topic, cue: str | None = None, kind: str | None = None) -> str:
    found = TAXONOMY[topic] if isinstance(topic, str) else topic
    return stance.classify(text, found, cue, kind).label


@pytest.mark.parametrize("text, topic, label", [
    # the removal act named on its object is the topic itself, not its opposite
    ("We demand the withdrawal of every foreign soldier.", W, "support"),
    ("The pullout of coalition forces would be a disaster for the valley.", W, "oppose"),
    ("Parliament should back the repeal of the levy.", LEVY_REPEAL, "support"),
    ("Parliament should back the repeal of the levy.", LEVY, "oppose"),
    ("A ban on deep-sea mining is long overdue.", MINING_BAN, "support"),
    # an against phrase that is no object of the act still counts the other way
    ("We must end the occupation.", W, "support"),
    ("The foreign forces must stay until the army is ready.", W, "oppose"),
])
def test_a_removal_topic_named_on_its_object(text, topic, label):
    assert _label(text, topic) == label


@pytest.mark.parametrize("text, topic, label", [
    # "A must come before B": a demand for A, B only conditional
    ("the drawdown of all foreign forces must come before any ceasefire", W, "support"),
    ("the drawdown of all foreign forces must come before any ceasefire", C, "neutral"),
    ("The withdrawal of NATO troops has to precede any truce.", W, "support"),
    ("The withdrawal of NATO troops has to precede any truce.", C, "neutral"),
    ("The repeal of the levy must come first.", LEVY_REPEAL, "support"),
    ("The repeal of the levy must come first, and then we can talk about the budget.", LEVY, "oppose"),
    ("A ban on deep-sea mining has to precede any new exploration licences.", MINING_BAN, "support"),
    ("A ban on deep-sea mining has to precede any new exploration licences.", LICENCES, "neutral"),
    ("A pullout of foreign troops is a precondition for talks.", W, "support"),
    ("A pullout of foreign troops is a precondition for talks.", T, "neutral"),
    # "B only after A": the same
    ("There can be a truce only after the last foreign soldier has left.", W, "support"),
    ("There can be a truce only after the last foreign soldier has left.", C, "neutral"),
    ("Only once the occupation ends, will we sit down for talks.", W, "support"),
    ("Only once the occupation ends, will we sit down for talks.", T, "neutral"),
    ("We will agree to a ceasefire only after the fighting stops.", C, "support"),
])
def test_a_precondition_is_demanded_and_what_follows_it_is_conditional(text, topic, label):
    assert _label(text, topic) == label


def test_the_founding_example_reads_a_demand_for_withdrawal_before_any_ceasefire():
    text = "the withdrawal of all foreign forces must come before any ceasefire"
    tags = {t.matched: t.stance.label
            for t in topics.Tagger(topics.load_taxonomy()).tags(text, "insisted", "indirect")}
    assert tags == {"withdrawal": "support", "ceasefire": "neutral"}
