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
