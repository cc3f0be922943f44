"""The built-in taxonomy's matching and stances on sentences a review found read wrong."""

from __future__ import annotations

import pytest

from quotetrack import topics

TAGGER = topics.Tagger(topics.load_taxonomy())


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
