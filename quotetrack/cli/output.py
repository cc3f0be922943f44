"""The output options every row-printing command shares, and the one call that renders rows."""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

import click

from quotetrack.render import isatty, render

# A table drawn on a terminal with no --limit stops at one page: thousands of rows take seconds to draw
# (about a millisecond each) and scroll away unread. Piped output and the data formats carry every row.
TERMINAL_PAGE = 100


def output_options(func: Callable) -> Callable:
    """Add ``--json/--nl/--csv/--tsv/--table`` and pass the chosen format as ``fmt``."""

    @click.option("--table", "fmt", flag_value="table", help="Rich table (default on a terminal).")
    @click.option("--tsv", "fmt", flag_value="tsv", help="Tab-separated values.")
    @click.option("--csv", "fmt", flag_value="csv", help="Comma-separated values.")
    @click.option("--nl", "fmt", flag_value="nl", help="Newline-delimited JSON, one row per line.")
    @click.option("--json", "fmt", flag_value="json", help="A JSON array of rows.")
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None = None, **kwargs: Any) -> Any:
        return func(*args, fmt=fmt or "table", **kwargs)

    return wrapper


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None,
         empty: str | Callable[[], str] | None = None, file: IO[str] | None = None,
         page: int | None = None) -> int:
    """Render rows to ``file`` (default stdout); say ``empty`` on stderr when there were none (a
    function gives the message only then: why nothing matched may take a query to tell).

    With ``page``, at most that many rows are drawn and a note on stderr says how to see the rest.
    """
    more = False
    if page is not None:
        first = list(itertools.islice(rows, page + 1))
        more, rows = len(first) > page, first[:page]
    count = render(rows, fmt, columns=columns, file=file)
    if count == 0 and empty and fmt == "table":
        click.echo(empty if isinstance(empty, str) else empty(), err=True)
    if more:
        click.echo(f"Showing the first {page} rows; add --limit N for more, or --csv, --nl or --json for "
                   "every row.", err=True)
    return count


def terminal_page(fmt: str, limit: int | None) -> int | None:
    """The page size for a command's rows: TERMINAL_PAGE for a table on a terminal with no --limit."""
    return TERMINAL_PAGE if fmt == "table" and limit is None and isatty(sys.stdout) else None


def say(message: str, quiet: bool = False) -> None:
    """Talk to the user on stderr (never mixed into data on stdout)."""
    if not quiet:
        click.echo(message, err=True)


def is_interactive() -> bool:
    return sys.stderr.isatty()
