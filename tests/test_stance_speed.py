"""stance.py's faster forms find exactly what the plain patterns and calls they replace find."""

import json
import re

import pytest
from conftest import SHARED_EVAL
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack import stance, topics


def _plain_alt(*words: str) -> str:
    """The lexicon alternation as it was before the letter classes (``c(?:...)`` under IGNORECASE)."""
    other, groups = stance._grouped(words)
    return "|".join(other + [f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(groups.items())])


def _plain(first: tuple[str, ...], second: tuple[str, ...], tail: str = r"(?![\w])") -> re.Pattern:
    body = rf"(?P<first>{_plain_alt(*first)})|(?P<second>{_plain_alt(*second)})"
    return re.compile(rf"\b(?<![\w'])(?:{body}){tail}", re.I | re.UNICODE)


# The operator lexicon as it was written before "send/sent ... back" became two entries.
_OPERATORS = tuple(w for w in stance._OPERATOR_WORDS if not w.startswith(("send", "sent")))
_OPERATORS += (r"(?:send(?:s|ing)?|sent)(?= (?:\w+ ){0,3}back\b)",)
_SCANS = (
    (stance._ATT_SCAN, _plain(stance._ATT_POS_WORDS, stance._ATT_NEG_WORDS)),
    (stance._EVAL_SCAN, _plain(stance._EVAL_POS_WORDS, stance._EVAL_NEG_WORDS)),
    (stance._OP_SCAN, _plain(stance._KEEPER_WORDS, _OPERATORS,
                             r"(?![\w])(?!\s+of\s+(?:the\s+)?(?:year|month|week|day))")),
)
_CHUNKS = (
    " ", " ", ", ", ". ", "; ", "-", "'", "\u2019", "_", "\u2014", "(", "K", "\u212a", "\u017f", "\u0130",
    "\u0131", "we", "urge", "Urged", "CALLS FOR", "call on", "should", "not", "n't", "a", "an", "the", "is",
    "against", "opposed to", "reject", "a mistake", "A STEP FORWARD", "an end to", "end", "of", "year",
    "send", "sent", "them", "back", "hold", "accountable", "bring", "to justice", "would only", "serve to",
    "keep", "lift", "sanctions", "troops", "wants to see", "so-called", "counter-productive", "sKip",
    "ſtop", "kill jobs", "pull", "out", "İs", "ıs", "'re not against", "'d like", "ask", "risk",
)
_TEXTS = st.lists(st.sampled_from(_CHUNKS), max_size=40).map("".join)


def _found(pattern: re.Pattern, text: str) -> list[tuple[int, int, int, str]]:
    return [(m.start(), m.end(), 1 if m.group("first") is not None else -1, m.group(0))
            for m in pattern.finditer(text)]


def _scanned(scan: stance._CueScan, text: str) -> list[tuple[int, int, int, str]]:
    return [(h.start, h.end, h.sign, h.words) for h in scan(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_cue_scans_find_what_the_plain_patterns_find(text):
    for scan, plain in _SCANS:
        assert _scanned(scan, text) == _found(plain, text), scan.kind


def test_cue_scans_match_the_plain_patterns_on_written_sentences():
    texts = [
        "We urge the government to end the occupation, but we reject a hasty withdrawal.",
        "THEY CALLED FOR AN END TO THE SANCTIONS and will not accept a so-called deal.",
        "Lifting them would be a mistake; it would only embolden the regime.",
        "The talks were postponed until the end of the year. We will send the troops back home.",
        "She said the court should hold the officials accountable and bring them to justice.",
        "“We’re not against the plan,” he said — it is the ſafest way, the İdeal one, Kelvin K.",
    ]
    for text in texts:
        for scan, plain in _SCANS:
            assert _scanned(scan, text) == _found(plain, text), (scan.kind, text)


@pytest.mark.skipif(not (SHARED_EVAL / "seed.jsonl").exists(), reason="shared eval data not present")
def test_cue_scans_match_the_plain_patterns_on_gold_articles():
    lines = (SHARED_EVAL / "polnear-dev.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    lines += (SHARED_EVAL / "seed.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        text = json.loads(line)["text"]
        for scan, plain in _SCANS:
            for case in (text, text.upper(), text.swapcase()):
                assert _scanned(scan, case) == _found(plain, case), scan.kind


@given(st.text(alphabet=st.sampled_from("ab\u2018\u2019\u201c\u201d'\" \u00e9")))
def test_straight_quotes_is_the_table_translation(text):
    table = str.maketrans(stance._APOSTROPHES)
    assert stance._straight_quotes(text) == text.translate(table)


_NEGATION_CHUNKS = (
    " ", ", ", "-", "no", "NO", "nOt", "n't", "N'T", "never", "NEVER", "hardly", "without", "WİTHOUT",
    "wıthout", "cannot", "nobody", "no longer", "an end to", "AN END TO", "x", "troops", "we", "İ", "ı",
    "\u212a",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NEGATION_CHUNKS), max_size=12).map("".join))
def test_may_negate_holds_wherever_a_negation_can_match(text):
    if stance._NO_BEFORE.search(text) or stance._NEG_BEFORE.search(text):
        assert stance._may_negate(text)


def test_case_folds_are_what_ignorecase_matches():
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
        found = "".join(sorted(set(re.findall(f"(?i){letter}", every))))
        assert "".join(sorted(topics.case_folds(letter))) == found, letter
