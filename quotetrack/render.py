"""One renderer for every command that prints rows: rich table, JSON, JSON lines, CSV, TSV, Markdown."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "nl", "csv", "tsv", "markdown")


def console(file: IO[str] | None = None) -> Console:
    """A console that never interprets markup or emoji in data (quotes contain brackets). Piped, lines
    of text are never wrapped (a quote split over two lines escapes grep); tables still fit $COLUMNS."""
    file = file or sys.stdout
    piped = not isatty(file)
    width = int(os.environ.get("COLUMNS", "160")) if piped else None
    return Console(file=file, markup=False, emoji=False, highlight=False, width=width, soft_wrap=piped)


def isatty(file: IO[str]) -> bool:
    """Whether ``file`` is a terminal; False for streams that cannot tell (test runners, closed files)."""
    try:
        return file.isatty()
    except (AttributeError, ValueError):
        return False


def render(
    rows: Iterable[dict[str, Any]],
    fmt: str = "table",
    *,
    columns: list[str] | None = None,
    file: IO[str] | None = None,
    title: str | None = None,
) -> int:
    """Write ``rows`` to ``file`` in ``fmt``; return the number of rows written."""
    file = file or sys.stdout
    writer = {
        "table": _table,
        "json": _json,
        "nl": _nl,
        "csv": lambda r, c, f, t: _delimited(r, c, f, ","),
        "tsv": lambda r, c, f, t: _delimited(r, c, f, "\t"),
        "markdown": _markdown,
    }[fmt]
    return writer(iter(rows), columns, file, title)


def _columns(first: dict[str, Any], columns: list[str] | None) -> list[str]:
    return columns or list(first.keys())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table_cell(value: Any) -> str:
    """A list read by a person: its items joined with commas (the data formats keep it as JSON)."""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return _cell(value)


def _table(rows: Iterator[dict], columns: list[str] | None, file: IO[str], title: str | None) -> int:
    shown = list(rows)  # a table sizes its columns from every row
    if not shown:
        return 0
    cols = _columns(shown[0], columns)
    cells = [[_table_cell(row.get(c)) for c in cols] for row in shown]
    table = Table(title=title, show_lines=False, highlight=False)
    for i, col in enumerate(cols):
        if _compact(cell[i] for cell in cells):  # an id, a date, a kind: never broken, and never squeezed
            width = max(len(col), *(len(cell[i]) for cell in cells))
            table.add_column(col, no_wrap=True, min_width=width)
        else:
            table.add_column(col, overflow="fold")
    for cell in cells:
        table.add_row(*cell)
    console(file).print(table)
    return len(shown)


_COMPACT = 12  # characters: a column of single words no longer than this keeps them whole on a narrow screen


def _compact(values: Iterable[str]) -> bool:
    return all(len(v) <= _COMPACT and " " not in v for v in values)


def _json(rows: Iterator[dict], columns: list[str] | None, file: IO[str], title: str | None) -> int:
    count = 0
    file.write("[")
    for row in rows:
        if columns:
            row = {c: row.get(c) for c in columns}
        file.write((",\n " if count else "\n ") + json.dumps(row, ensure_ascii=False, default=str))
        count += 1
    file.write("\n]\n" if count else "]\n")
    return count


def _nl(rows: Iterator[dict], columns: list[str] | None, file: IO[str], title: str | None) -> int:
    count = 0
    for row in rows:
        if columns:
            row = {c: row.get(c) for c in columns}
        file.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def _delimited(rows: Iterator[dict], columns: list[str] | None, file: IO[str], delimiter: str) -> int:
    count = 0
    writer = None
    for row in rows:
        if writer is None:
            cols = _columns(row, columns)
            writer = csv.writer(file, delimiter=delimiter, lineterminator="\n")
            writer.writerow(cols)
        writer.writerow([_cell(row.get(c)) for c in cols])
        count += 1
    if writer is None and columns:  # no rows: the header still says what the file holds
        csv.writer(file, delimiter=delimiter, lineterminator="\n").writerow(columns)
    return count


def _markdown(rows: Iterator[dict], columns: list[str] | None, file: IO[str], title: str | None) -> int:
    count = 0
    for row in rows:
        if count == 0:
            cols = _columns(row, columns)
            _markdown_header(cols, file)
        cells = (_markdown_cell(row.get(c)) for c in cols)
        file.write("| " + " | ".join(cells) + " |\n")
        count += 1
    if count == 0 and columns:  # no rows: an empty table, not an empty file
        _markdown_header(columns, file)
    return count


def _markdown_cell(value: Any) -> str:
    """A cell that renders as the text: a backslash is escaped before the pipes are (or '\\' in a quote
    shows as one backslash), and a line break (\\n, \\r) is a space: it would end the table row."""
    text = _cell(value).replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.splitlines())


def _markdown_header(cols: list[str], file: IO[str]) -> None:
    file.write("| " + " | ".join(cols) + " |\n")
    file.write("|" + "|".join("---" for _ in cols) + "|\n")
