"""The output options every row-printing command shares, and the one call that renders rows."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

import click

from quotetrack.render import render


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
         empty: str | None = None, file: IO[str] | None = None) -> int:
    """Render rows to ``file`` (default stdout); say ``empty`` on stderr when there were none."""
    count = render(rows, fmt, columns=columns, file=file)
    if count == 0 and empty and fmt == "table":
        click.echo(empty, err=True)
    return count


def say(message: str, quiet: bool = False) -> None:
    """Talk to the user on stderr (never mixed into data on stdout)."""
    if not quiet:
        click.echo(message, err=True)


def is_interactive() -> bool:
    return sys.stderr.isatty()
