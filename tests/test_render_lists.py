"""A list in a row reads as words in a table (cues: 'must, leave') and stays JSON in the data formats."""

from __future__ import annotations

import io

from quotetrack.render import render

ROWS = [{"person": "Mira Stone", "cues": ["must", "leave"]}, {"person": "Ann Roe", "cues": []}]


def _rendered(fmt: str) -> str:
    out = io.StringIO()
    render(ROWS, fmt, file=out)
    return out.getvalue()


def test_a_table_joins_a_list_with_commas_and_shows_an_empty_one_as_nothing():
    lines = _rendered("table").splitlines()
    assert lines[3] == "│ Mira Stone │ must, leave │"
    assert lines[4] == "│ Ann Roe    │             │"


def test_the_data_formats_keep_the_list_as_json():
    assert _rendered("csv") == 'person,cues\nMira Stone,"[""must"", ""leave""]"\nAnn Roe,[]\n'
    assert _rendered("nl").splitlines()[0] == '{"person": "Mira Stone", "cues": ["must", "leave"]}'


def test_markdown_cells_escape_backslashes_then_pipes_and_put_line_breaks_on_one_row():
    out = io.StringIO()
    render([{"quote": "A | B \\\\ C", "title": "one\r\ntwo\rthree"}], "markdown", file=out)
    assert out.getvalue().splitlines() == ["| quote | title |", "|---|---|",
                                           "| A \\| B \\\\\\\\ C | one two three |"]


def test_a_narrow_table_keeps_ids_dates_and_kinds_whole(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = io.StringIO()
    render([{"id": 114, "date": "2024-11-21", "speaker": "Sergey Lavrov", "kind": "indirect",
             "quote": "the Taliban and Afghan politicians to use the time to agree on a common plan",
             "outlet": "Kabul Ledger"}], "table", file=out)
    lines = out.getvalue().splitlines()
    assert lines[3].startswith("│ 114 │ 2024-11-21 │ Sergey ")
    assert lines[3].split("│")[4] == " indirect "
    assert max(len(line) for line in lines) == 60
