"""Quotes in hard-wrapped plain text (mail, wire feeds, .txt): a line wrap inside a quote is a space,
while a single line break between paragraphs of ordinary copy stays a paragraph break."""

from quotetrack.extract import extract, unwrap


def _check(text: str) -> list[tuple[str, str | None]]:
    quotes = extract(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in quotes]


def test_run_on_line_break_inside_a_quote_is_a_wrap():
    text = '"We will take this to the appeals court\nand we expect to win," said Lena Park.'
    assert _check(text) == [("We will take this to the appeals court\nand we expect to win,", "Lena Park")]
    assert extract(text)[0].start == 1


def test_curly_quote_over_a_run_on_break():
    text = "Tomas Reyes spoke on Monday.\n“We cannot keep paying\nfor empty buses,” Reyes said."
    assert _check(text) == [("We cannot keep paying\nfor empty buses,", "Tomas Reyes")]


_WRAPPED = (
    "Harbour board delays dredging plan\n"
    "\n"
    "The harbour board will put off the dredging of the east channel until\n"
    "next spring, its chair said on Tuesday.\n"
    "\n"
    '"We have heard the fishermen and we owe them a proper survey before\n'
    'a single boat goes out," said Marta Quill, who chairs the board. "Nobody\n'
    'gains from doing this twice."\n'
    "\n"
    "Quill said the survey would cost about $40,000 and take three months\n"
    "to finish, and that the board had asked the state to pay half.\n"
    "\n"
    '"The channel has silted up for ten years. Another winter will not\n'
    "close it.\n"
    "\n"
    '"But we will be back in the water by May," she added.\n"'
)


def test_hard_wrapped_article_split_quote():
    text = _WRAPPED[:-1]
    got = _check(text)
    assert got[1] == ("We have heard the fishermen and we owe them a proper survey before\n"
                      "a single boat goes out,", "Marta Quill")
    assert got[2] == ("Nobody\ngains from doing this twice.", "Marta Quill")
    assert got[3] == ("the survey would cost about $40,000 and take three months\nto finish, and that the"
                      " board had asked the state to pay half", "Marta Quill")
    assert [q.kind for q in extract(text)] == ["indirect", "direct", "direct", "indirect", "direct"]


def test_hard_wrapped_article_multi_paragraph_quote():
    text = _WRAPPED[:-1]
    quotes = extract(text)
    last = quotes[-1]
    assert last.text == ("The channel has silted up for ten years. Another winter will not\nclose it.\n\n"
                         '"But we will be back in the water by May,')
    assert last.speaker == "Marta Quill"
    assert last.start == text.index("The channel")
    assert text[last.start:last.end] == last.text


def test_unwrap_keeps_length_and_paragraphs():
    text = _WRAPPED[:-1]
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.count("\n\n") == text.count("\n\n")
    assert "survey before a single boat" in flat


def test_single_newline_paragraphs_stay_paragraphs():
    text = ("The mayor opened the new library on Friday.\n"
            "“Books are for everyone,” she said.\n"
            "The council approved the budget last year.")
    assert unwrap(text) == text


def test_short_lines_of_unwrapped_copy_are_not_joined():
    text = ("Ferry fares rise\n\nThe ferry company raised fares by a tenth on Monday, blaming the cost of"
            " fuel and the new crew rules.\nIt said the rise was the first in four years.\n\n“We held out as"
            " long as we could,” said Ivo Brandt, the company's chief executive.")
    assert unwrap(text) == text
    assert _check(text)[-1] == ("We held out as long as we could,", "Ivo Brandt")
