"""The example articles, read and extracted as a user would: the speakers examples/README.md names.

Each case is (file, article title prefix, words inside the quote, expected speaker, expected kind).
Speakers are the article's fullest form of the name; unnamed sources and places are never speakers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.extract import extract
from quotetrack.model import Article, Quote
from quotetrack.readers import read_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _articles() -> list[tuple[str, Article]]:
    """(file name, article) for every example article; a JSONL file gives several."""
    out = []
    for path in sorted(EXAMPLES.iterdir()):
        out.extend((path.name, a) for a in read_path(path) if isinstance(a, Article))
    return out


QUOTES = {(name, a.title or ""): (a, extract(a.text)) for name, a in _articles()}


def _article(name: str, title: str = "") -> tuple[Article, list[Quote]]:
    return next(v for (n, t), v in QUOTES.items() if n.startswith(name) and t.startswith(title))


def _quote(name: str, title: str, words: str) -> Quote:
    _, quotes = _article(name, title)
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote containing {words!r} in {name}"
    return found[0]


CASES = [
    # 2: „…“ low-high marks
    ("2024-autumn-wire", "Lavrov", "Wir unterstützen jeden Schritt zum Frieden", "Jens Albrecht", "direct"),
    # 3: unnamed source with an aside is nobody
    ("2024-02-07", "", "Kabul had not been consulted", None, "indirect"),
    # 4: verbless “Q” — X
    ("2024-autumn-wire", "Noor", "We will not be anyone's doormat", "Atta Muhammad Noor", "direct"),
    # 5: datelines and places inside asides are not speakers
    ("2024-03-22", "", "his supporters' patience was running thin", "Mohammed Atta Noor", "indirect"),
    ("2024-autumn-wire", "Noor", "the insurgents had used the meetings to buy time", "Atta Muhammad Noor",
     "indirect"),
    ("2024-07-09", "", "real but slow", "Zalmay Khalilzad", "partial"),
    ("2024-07-09", "", "We will not sign a paper", "Zalmay Khalilzad", "direct"),
    # 7: a fronted "For X," is no speaker; the unnamed person in the lead keeps the quote, unattributed
    ("2024-12-15", "", "They meet, they smile, they fly home", None, "direct"),
    # 8: "X was blunt: “Q”" (subject, be, adjective, colon) is X's quote
    ("2024-autumn-wire", "Noor", "Mr Karzai is a respected man", "Atta Muhammad Noor", "direct"),
    # 9: a capitalised cue word inside an unnamed source ("A State Department spokesman") is no name
    ("2024-07-09", "", "discussions were constructive", None, "partial"),
    # 10: "the neighbouring states" is a noun phrase, not a cue ("states") with its subject
    ("2024-03-22", "", "a few diplomats in a hotel", "Mohammed Atta Noor", "partial"),
    # 6: role noun -> the person introduced with that title
    ("2024-autumn-wire", "Lavrov", "he had discussed the return of refugees", "Hamid Karzai", "indirect"),
]


@pytest.mark.parametrize(("name", "title", "words", "speaker", "kind"), CASES, ids=[c[2][:30] for c in CASES])
def test_example_speaker(name: str, title: str, words: str, speaker: str | None, kind: str) -> None:
    quote = _quote(name, title, words)
    assert (quote.speaker, quote.kind) == (speaker, kind)


def test_html_headline_is_not_a_quote() -> None:
    article, quotes = _article("2024-05-27")
    assert "Russia Can Help" in (article.title or "")
    assert "Russia Can Help, but Afghans Must Decide" not in article.text
    assert not any("Russia Can Help" in q.text for q in quotes)


PLACES = {"MAZAR-I-SHARIF", "MOSCOW", "Kabul", "Moscow", "Doha", "Mazar-i-Sharif", "Balkh"}


@pytest.mark.parametrize("key", sorted(QUOTES), ids=[f"{n}:{t[:20]}" for n, t in sorted(QUOTES)])
def test_no_place_is_a_speaker(key: tuple[str, str]) -> None:
    _, quotes = QUOTES[key]
    assert [q.speaker for q in quotes if q.speaker in PLACES] == []


def test_headline_above_its_date_line_is_not_a_quote() -> None:
    _, quotes = _article("2024-03-22")
    assert not any("Not Peace" in q.text for q in quotes)
