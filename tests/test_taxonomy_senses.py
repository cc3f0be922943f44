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
