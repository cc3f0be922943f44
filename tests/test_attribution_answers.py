"""Attribution mends: who answers a cue-less quote after a sentence telling of an answer (in the same
paragraph and across a break), and a cue word modifying a body's head."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract

_LEDE = "The harbour board met on Monday to vote on the mooring fees.\n\n"
_QUOTE = "We will review the plan."


@pytest.mark.parametrize(
    ("sentence", "gap", "speaker", "mention"),
    [
        # same paragraph: the quote is the comment the subject offered, a body's as a person's
        ("The White House offered only a short comment.", " ", "White House", "The White House"),
        ("Osei’s office offered only a short comment.", " ", "Osei’s office", "Osei’s office"),
        # across a paragraph: an office a possessive owns still answers; an article-led body does not
        ("Osei’s office offered only a short comment.", "\n\n", "Osei’s office", "Osei’s office"),
        ("Dana Osei offered only a short comment.", "\n\n", "Dana Osei", "Dana Osei"),
    ],
)
def test_the_one_who_offered_a_comment_says_the_quote_after_it(
        sentence: str, gap: str, speaker: str, mention: str) -> None:
    text = _LEDE + sentence + gap + f"“{_QUOTE}”"
    quotes = extract(text)
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [(_QUOTE, speaker, mention)]


def test_a_body_led_by_the_in_the_paragraph_before_is_no_answerer() -> None:
    text = _LEDE + "The White House offered only a short comment.\n\n" + f"“{_QUOTE}”"
    assert extract(text) == []



@pytest.mark.parametrize(
    "line",
    ["“The gates open at nine,” the press office said.", "“The gates open at nine,” said the press office."],
)
def test_a_cue_word_modifying_a_body_s_head_is_part_of_the_speaker(line: str) -> None:
    quotes = extract(line)
    assert [(q.text, q.kind, q.speaker_mention) for q in quotes] == [
        ("The gates open at nine,", "direct", "the press office")]
