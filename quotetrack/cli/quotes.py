"""CLI commands: quotes, show, articles, export."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.text import Text

from quotetrack import people, query, stance_history
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say, terminal_page
from quotetrack.model import KINDS
from quotetrack.render import console

EXPORT_FORMATS = {"csv": "csv", "json": "json", "jsonl": "nl", "markdown": "markdown", "md": "markdown"}
# A terminal table keeps what a reader scans; every other format carries all of QUOTE_COLUMNS.
TABLE_COLUMNS = ["id", "date", "speaker", "kind", "quote", "outlet"]


def quote_filters(func: Callable) -> Callable:
    """The filter options shared by ``quotes`` and ``export``; passes a QuoteFilter as ``filters``."""

    @click.option("--person", "-p", help="Speaker name or alias.")
    @click.option("--topic", "-t", help="Topic label.")
    @click.option("--kind", type=click.Choice(KINDS), help="Quote kind.")
    @click.option("--since", metavar="DATE", help="Published on or after this date: 2024-06-15, 2024-06, "
                  "2024, \"June 2024\", \"last month\", \"30 days ago\" (a month or a year: its first day).")
    @click.option("--until", metavar="DATE", help="Published on or before this date (a month or a year: its "
                  "last day).")
    @click.option("--outlet", help="Outlet name (case-insensitive).")
    @click.option("--search", "-s", help="Words or a \"phrase\" to find in the quote text (full-text).")
    @click.option("--limit", "-n", type=click.IntRange(min=0), help="At most this many rows.")
    @functools.wraps(func)
    def wrapper(*args: Any, person, topic, kind, since, until, outlet, search, limit, **kwargs: Any) -> Any:
        if person is not None:  # said as ask says it: whom a role or a shared surname was taken as
            person_id, note = people.read_person(get_db(), person)
            person = f"#{person_id}"
            if note:
                say(note)
        filters = query.QuoteFilter(person=person, topic=topic, kind=kind, since=since, until=until,
                                    outlet=outlet, search=search, limit=limit)
        return func(*args, filters=filters, **kwargs)

    return wrapper


@click.command("quotes")
@quote_filters
@output_options
def quotes_command(filters: query.QuoteFilter, fmt: str) -> None:
    """List stored quotes, newest articles first, filtered by person, topic, kind, date, outlet or words.

    Example:

        quotetrack quotes --person "Sergey Lavrov" --since 2024-01-01 --search withdrawal
    """
    db = get_db()
    rows = query.quotes(db, filters)
    columns = TABLE_COLUMNS if fmt == "table" else query.QUOTE_COLUMNS
    emit(rows, fmt, columns=columns, empty=lambda: query.nothing_stored(db) or "No quotes match.",
         page=terminal_page(fmt, filters.limit))


@click.command("show")
@click.argument("quote_id", type=int)
@output_options
def show_command(quote_id: int, fmt: str) -> None:
    """Show one quote in its paragraph, with speaker, article, outlet, date, offsets and stances.

    The quoted span is highlighted on a terminal and marked »like this« otherwise; --json and the
    other formats give the same as one row, the stances as a list.

    Example:

        quotetrack show 42
    """
    db = get_db()
    row = query.quote_detail(db, quote_id)
    if fmt != "table":
        emit([{**row, "stances": stance_history.quote_stances(db, quote_id)}], fmt)
        return
    out = console()
    how = ", ".join(v for v in (row["kind"], row["cue"]) if v)
    out.print(f"{row['speaker'] or 'Unknown speaker'} ({how})", style="bold")
    paragraph, begin, end = row["paragraph"], row["span_start"], row["span_end"]
    if out.is_terminal:
        text = Text(paragraph)
        text.stylize("bold yellow", begin, end)
        out.print(text)
    else:
        out.print(f"{paragraph[:begin]}»{paragraph[begin:end]}«{paragraph[end:]}")
    source = " · ".join(str(v) for v in (row["title"], row["outlet"], row["date"]) if v)
    out.print(f"{source or 'Untitled article'}")
    out.print(f"quote {row['id']} · article {row['article_id']} · characters {row['start']}-{row['end']}")
    for found in stance_history.quote_stances(db, quote_id):
        cues = f" ({', '.join(found['cues'])})" if found["cues"] else ""
        out.print(f"{found['topic']}: {found['stance']}{cues}")


@click.command("articles")
@click.option("--outlet", help="Outlet name (case-insensitive).")
@click.option("--since", metavar="DATE", help="Published on or after this date (as in `quotes`).")
@click.option("--until", metavar="DATE", help="Published on or before this date (as in `quotes`).")
@click.option("--limit", "-n", type=click.IntRange(min=0), help="At most this many rows.")
@output_options
def articles_command(outlet: str | None, since: str | None, until: str | None, limit: int | None,
                     fmt: str) -> None:
    """List stored articles, newest first, with how many quotes each holds.

    Example:

        quotetrack articles --outlet "Daily Outlook" --csv
    """
    db = get_db()
    rows = query.articles(db, outlet=outlet, since=since, until=until, limit=limit)
    emit(rows, fmt, columns=query.ARTICLE_COLUMNS, page=terminal_page(fmt, limit),
         empty=lambda: query.nothing_stored(db) or "No articles match.")


@click.command("export")
@quote_filters
@click.option("--format", "export_format", type=click.Choice(list(EXPORT_FORMATS)),
              help="File format (default: from the -o file's extension, else csv).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write to this file instead of stdout.")
def export_command(filters: query.QuoteFilter, export_format: str | None, output: str) -> None:
    """Export quotes (the same rows and filters as `quotes`) as CSV, JSON, JSON lines or Markdown.

    Example:

        quotetrack export --person "Sergey Lavrov" -o lavrov.csv
    """
    rows = query.quotes(get_db(), filters)
    fmt = EXPORT_FORMATS[export_format or _format_of(output)]
    try:
        handle = click.open_file(output, "w", encoding="utf-8", atomic=output != "-")
    except OSError as err:  # a missing folder, no permission: one line, not a traceback
        raise click.ClickException(f"Cannot write {output}: {err.strerror}.") from err
    with handle:
        count = emit(rows, fmt, columns=query.QUOTE_COLUMNS, file=handle)
    if count == 0:  # an export of nothing is most often a filter mistyped: say so, not only a header
        say("No quotes match." if output == "-" else f"No quotes match; {output} has no rows.")


def _format_of(output: str) -> str:
    """The format a file name asks for; csv without an extension or as .txt. Another extension (".xlsx")
    is an error: CSV written into it would not open as what its name says."""
    suffix = Path(output).suffix.lower().lstrip(".") if output != "-" else ""
    if suffix in ("", "txt"):
        return "csv"
    if suffix not in EXPORT_FORMATS:
        raise click.ClickException(
            f"Cannot tell the format of {output} from '.{suffix}'; give --format "
            f"{', '.join(f for f in EXPORT_FORMATS if f != 'md')} or name the file .csv, .json, .jsonl, .md.")
    return suffix


COMMANDS = [quotes_command, show_command, articles_command, export_command]
