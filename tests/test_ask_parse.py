"""The question parser, phrasing by phrasing: pure, no database; today is fixed."""

from __future__ import annotations

from datetime import date

import pytest

from quotetrack.ask import ParsedQuery, parse

TODAY = date(2024, 6, 20)  # a Thursday


def Q(intent: str, *persons: str, **fields) -> ParsedQuery:
    return ParsedQuery(intent, persons=tuple(persons), **fields)


CASES = [
    # quotes by a person, on a topic, in a period
    ("what did Lavrov say", Q("quotes", "Lavrov")),
    ("What did Lavrov say?", Q("quotes", "Lavrov")),
    ("what has Karzai said about Russia", Q("quotes", "Karzai", topic="Russia")),
    ("Lavrov on withdrawal", Q("quotes", "Lavrov", topic="withdrawal")),
    ("quotes from Baradar since March 2024", Q("quotes", "Baradar", since="2024-03-01")),
    ("what did Noor say last week", Q("quotes", "Noor", since="2024-06-13", until="2024-06-20")),
    ("what did Noor say in 2024", Q("quotes", "Noor", since="2024-01-01", until="2024-12-31")),
    ("what did Noor say between May and June",
     Q("quotes", "Noor", since="2024-05-01", until="2024-06-30")),
    ("what did Noor say between November and February",
     Q("quotes", "Noor", since="2023-11-01", until="2024-02-29")),
    ("what did Noor say in July", Q("quotes", "Noor", since="2023-07-01", until="2023-07-31")),
    ("what did Lavrov say in the past 3 months",
     Q("quotes", "Lavrov", since="2024-03-20", until="2024-06-20")),
    ("what did Karzai say on 2024-06-15", Q("quotes", "Karzai", since="2024-06-15", until="2024-06-15")),
    ("what did President Karzai say after June 1", Q("quotes", "President Karzai", since="2024-06-02")),
    ("quotes about ceasefire before May 2024", Q("quotes", topic="ceasefire", until="2024-04-30")),
    ("what was said about the ceasefire yesterday",
     Q("quotes", topic="ceasefire", since="2024-06-19", until="2024-06-19")),
    ("Karzai's quotes on Russia this year",
     Q("quotes", "Karzai", topic="Russia", since="2024-01-01", until="2024-06-20")),
    ("show me the last 5 quotes from Lavrov", Q("quotes", "Lavrov", limit=5)),
    ("what did Lavrov and Karzai say about withdrawal",
     Q("quotes", "Lavrov", "Karzai", topic="withdrawal")),
    ("what did the Taliban say about elections", Q("quotes", "Taliban", topic="elections")),
    ("what did Lavrov say about 'military solution'", Q("quotes", "Lavrov", search="military solution")),
    ("did Karzai mention Russia", Q("quotes", "Karzai", topic="Russia")),
    ("what are people saying about sanctions", Q("quotes", topic="sanctions")),
    ("when did Noor last speak", Q("quotes", "Noor", limit=1)),
    ("when was Lavrov last quoted about withdrawal", Q("quotes", "Lavrov", topic="withdrawal", limit=1)),
    ("when did Karzai last say anything about Russia", Q("quotes", "Karzai", topic="Russia", limit=1)),
    # who said some words / talked about a topic
    ("who said 'no military solution'", Q("who_said", search="no military solution")),
    ("who said “no military solution”", Q("who_said", search="no military solution")),
    ("who said we will never surrender", Q("who_said", search="we will never surrender")),
    ("who mentioned 'peace process'", Q("who_said", search="peace process")),
    ("who talked about ceasefire", Q("who_talked", topic="ceasefire")),
    ("who spoke about the Taliban since May", Q("who_talked", topic="Taliban", since="2024-05-01")),
    # stances
    ("who supports troop withdrawal", Q("stance_who", topic="troop withdrawal", stance="support")),
    ("who opposes troop withdrawal", Q("stance_who", topic="troop withdrawal", stance="oppose")),
    ("who is in favour of sanctions", Q("stance_who", topic="sanctions", stance="support")),
    ("who criticised the Taliban", Q("stance_who", topic="Taliban", stance="oppose")),
    ("which officials back the ceasefire", Q("stance_who", topic="ceasefire", stance="support")),
    ("who is for or against sanctions", Q("stance_who", topic="sanctions")),
    ("where does Lavrov stand on withdrawal", Q("stance_person", "Lavrov", topic="withdrawal")),
    ("what is Karzai's position on Russia", Q("stance_person", "Karzai", topic="Russia")),
    ("what does Baradar think about peace talks", Q("stance_person", "Baradar", topic="peace talks")),
    ("is Karzai for or against the Taliban", Q("stance_person", "Karzai", topic="Taliban")),
    ("does Lavrov support withdrawal", Q("stance_person", "Lavrov", topic="withdrawal")),
    ("has Noor's stance on the Taliban changed", Q("stance_change", "Noor", topic="Taliban")),
    ("has Noor changed his position on the Taliban", Q("stance_change", "Noor", topic="Taliban")),
    ("how has Lavrov's view of sanctions evolved", Q("stance_change", "Lavrov", topic="sanctions")),
    ("when did Noor change his stance on the Taliban", Q("stance_change", "Noor", topic="Taliban")),
    ("did Lavrov shift his view on sanctions", Q("stance_change", "Lavrov", topic="sanctions")),
    ("why did Karzai flip his position on Russia", Q("stance_change", "Karzai", topic="Russia")),
    ("did Noor alter his stance on peace talks", Q("stance_change", "Noor", topic="peace talks")),
    ("how did Noor's view on the Taliban shift", Q("stance_change", "Noor", topic="Taliban")),
    ("when did Lavrov's stance on sanctions flip", Q("stance_change", "Lavrov", topic="sanctions")),
    ("when did Karzai switch sides on the Taliban", Q("stance_change", "Karzai", topic="Taliban")),
    ("compare Lavrov and Karzai on peace talks",
     Q("compare", "Lavrov", "Karzai", topic="peace talks")),
    ("compare Lavrov with Karzai", Q("compare", "Lavrov", "Karzai")),
    ("Lavrov vs Karzai on withdrawal", Q("compare", "Lavrov", "Karzai", topic="withdrawal")),
    # counts and rankings
    ("how many times did Karzai mention Russia", Q("count_mentions", "Karzai", topic="Russia")),
    ("how often does Noor talk about the Taliban", Q("count_mentions", "Noor", topic="Taliban")),
    ("how many quotes from Lavrov", Q("count_mentions", "Lavrov")),
    ("who is quoted most about the Taliban", Q("most_quoted", topic="Taliban")),
    ("who is the most quoted", Q("most_quoted")),
    ("top 3 speakers on ceasefire", Q("most_quoted", topic="ceasefire", limit=3)),
    ("who are the ten most quoted people", Q("most_quoted", limit=10)),
    ("who are the 5 most quoted on sanctions", Q("most_quoted", topic="sanctions", limit=5)),
    ("who talks most about sanctions in 2023",
     Q("most_quoted", topic="sanctions", since="2023-01-01", until="2023-12-31")),
    # misspellings of the question's own words (names are left for the database to resolve)
    ("waht did lavrov say", Q("quotes", "lavrov")),
    ("hwo said \"no military solution\"", Q("who_said", search="no military solution")),
    ("who suports withdrawal", Q("stance_who", topic="withdrawal", stance="support")),
    ("what did Noor say since Febuary", Q("quotes", "Noor", since="2024-02-01")),
    ("waht did Sayf say", Q("quotes", "Sayf")),
    ("what did Lavorv say about withdrawal", Q("quotes", "Lavorv", topic="withdrawal")),
    # dates alone; "from" a period is within it unless it says "on"
    ("quotes from March 2019", Q("quotes", since="2019-03-01", until="2019-03-31")),
    ("show me all statements from 2023", Q("quotes", since="2023-01-01", until="2023-12-31")),
    ("what did Noor say from May 2023 onwards", Q("quotes", "Noor", since="2023-05-01")),
    ("who changed their mind on the Taliban", Q("stance_change", topic="Taliban")),
    ("which leaders have switched sides on peace talks", Q("stance_change", topic="peace talks")),
    ("what do the Taliban want", Q("quotes", "Taliban")),
    # questions it cannot parse; bare words are kept for a lookup of names and topics
    ("asdf qwerty", Q("unknown", words="asdf qwerty")),
    ("hello", Q("unknown", words="hello")),
    ("tell me a joke", Q("unknown", words="a joke")),
    ("Lavrov withdrawal", Q("unknown", words="Lavrov withdrawal")),
    ("what's the weather like", Q("unknown")),
    ("", Q("unknown")),
    ("what happened in 2024", Q("unknown", since="2024-01-01", until="2024-12-31")),
    # "the latest" is a list's own order; "the first/earliest" is not, so it is not guessed at
    ("the latest from Noor", Q("quotes", "Noor")),
    ("latest on the ceasefire", Q("quotes", topic="ceasefire")),
    ("most recent by Karzai about Russia", Q("quotes", "Karzai", topic="Russia")),
    ("first quote from Karzai", Q("unknown")),
    ("earliest quotes by Noor", Q("unknown")),
    ("first 5 quotes from Karzai", Q("unknown", limit=5)),
    ("Lavrov's first quote", Q("unknown")),
    ("earliest from Noor", Q("unknown")),
    ("quotes by Noor, oldest first", Q("unknown")),
    ("ceasefire first", Q("unknown", words="ceasefire first")),
    ("who said it first", Q("who_said", search="it first")),
    # words to find, and rankings without a noun ("most quoted on X" is no person called "most quoted")
    ('quotes mentioning "no military solution"', Q("quotes", search="no military solution")),
    ('statements containing the word "months"', Q("quotes", search="months")),
    ("most quoted on the Taliban", Q("most_quoted", topic="Taliban")),
    ("who is Lavrov", Q("who_is", "Lavrov")),
    ("who's Lavrov", Q("who_is", "Lavrov")),
    ("who was the Russian foreign minister", Q("who_is", "Russian foreign minister")),
    ("who is against withdrawal", Q("stance_who", topic="withdrawal", stance="oppose")),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[c[0] or "<empty>" for c in CASES])
def test_parse(question: str, expected: ParsedQuery) -> None:
    parsed = parse(question, today=TODAY)
    assert parsed == ParsedQuery(**{**expected.__dict__, "question": question})


def test_at_least_forty_phrasings() -> None:
    assert len(CASES) >= 40


def test_describe_names_every_field_it_understood() -> None:
    parsed = parse("what did Lavrov say about withdrawal since March 2024", today=TODAY)
    assert parsed.describe() == "intent=quotes person='Lavrov' topic='withdrawal' since='2024-03-01'"


def test_today_defaults_to_the_real_date() -> None:
    parsed = parse("what did Noor say today")
    assert parsed.since == parsed.until == date.today().isoformat()
