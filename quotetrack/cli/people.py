"""CLI commands: people (list, show, merge, rename, alias, split, review, load)."""

from __future__ import annotations

import click
import sqlite_utils

from quotetrack import people as lib
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say, terminal_page
from quotetrack.errors import QuotetrackError

_LIST_COLUMNS = ["id", "name", "kind", "quotes", "first_seen", "last_seen", "review"]
_SHOW_FIELDS = ["id", "name", "kind", "quotes", "first_seen", "last_seen", "review", "aliases", "roles",
                "articles", "topics"]
_REVIEW_COLUMNS = ["id", "name", "speaker", "method", "score", "quotes", "why"]
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr.")


@click.group(invoke_without_command=True)
@click.option("--kind", type=click.Choice(["person", "organisation"]), help="Only people or organisations.")
@click.option("--limit", "-n", type=click.IntRange(min=1), help="At most this many, most quoted first.")
@output_options
@click.pass_context
def people(ctx: click.Context, kind: str | None, limit: int | None, fmt: str) -> None:
    """List people with quote counts, first/last seen dates, kind and review flag.

    Any command that takes a person accepts its name, an alias, a spelling variant
    ("Muhammad Noor"), a bare surname when only one person has it, or #ID.

    Example:

        quotetrack people --kind person -n 20
    """
    if ctx.invoked_subcommand is None:
        rows = lib.list_people(get_db(), kind=kind, limit=limit)
        emit(rows, fmt, columns=_LIST_COLUMNS, empty="No people yet; ingest some articles first.",
             page=terminal_page(fmt, limit))


@people.command()
@click.argument("name")
@output_options
def show(name: str, fmt: str) -> None:
    """Show one person: aliases, roles, articles, topics and quote count.

    Example:

        quotetrack people show Lavrov
    """
    db = get_db()
    pid, note = lib.read_person(db, name)
    details = lib.person_details(db, pid)
    if note:
        say(note)
    show_person(details, fmt)


# A table shows a prolific speaker's latest articles only (hundreds scroll the rest of the card away)
SHOWN_ARTICLES = 10


def show_person(details: dict, fmt: str) -> None:
    """One person's details: a field/value table on a terminal, one row in the data formats."""
    if fmt == "table":
        articles = details["articles"]
        if len(articles) > SHOWN_ARTICLES:
            earlier = len(articles) - SHOWN_ARTICLES
            note = f"… {earlier:,} earlier article{'s' * (earlier != 1)} (--json lists every one)"
            details = {**details, "articles": [note, *articles[-SHOWN_ARTICLES:]]}
        emit(({"field": key, "value": _cell(details[key])} for key in _SHOW_FIELDS), fmt)
    else:
        emit([details], fmt, columns=_SHOW_FIELDS)


def _quotes_moved(count: int) -> str:
    return f"{count:,} quote{'' if count == 1 else 's'} moved"


def _cell(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


@people.command()
@click.argument("keep")
@click.argument("other")
@quiet_option
def merge(keep: str, other: str, quiet: bool) -> None:
    """Merge OTHER into KEEP: its quotes, aliases and roles move, and its names mean KEEP from now on.

    Example:

        quotetrack people merge "Sergey Lavrov" "S. Lavrov"
    """
    db = get_db()
    keep_id, other_id = lib.find_person(db, keep), lib.find_person(db, other)
    other_name, keep_name = lib.person_name(db, other_id), lib.person_name(db, keep_id)
    moved = lib.merge_people(db, keep_id, other_id)
    say(f"Merged '{other_name}' into '{keep_name}' ({_quotes_moved(moved)}).", quiet)


@people.command()
@click.argument("name")
@click.argument("new_name")
@quiet_option
def rename(name: str, new_name: str, quiet: bool) -> None:
    """Give a person a new canonical name; the old name stays an alias.

    Example:

        quotetrack people rename "Sergei Lavrov" "Sergey Lavrov"
    """
    db = get_db()
    pid = lib.find_person(db, name)
    old = lib.person_name(db, pid)
    lib.rename_person(db, pid, new_name)
    say(f"Renamed '{old}' to '{' '.join(new_name.split())}'.", quiet)


@people.group()
def alias() -> None:
    """Manage the spellings a person is known by.

    Example:

        quotetrack people alias add "Abdul Ghani Baradar" "Mullah Baradar"
    """


@alias.command("add")
@click.argument("name")
@click.argument("alias_name", metavar="ALIAS")
@quiet_option
def alias_add(name: str, alias_name: str, quiet: bool) -> None:
    """Add ALIAS to a person; that spelling always resolves to them from now on.

    Example:

        quotetrack people alias add "Atta Mohammad Noor" "Ustad Atta"
    """
    db = get_db()
    pid = lib.find_person(db, name)
    before = _meant(db, alias_name)
    lib.add_alias(db, pid, alias_name)
    typed, person = " ".join(alias_name.split()), lib.person_name(db, pid)
    say(f"'{typed}' is now an alias of '{person}'.", quiet)
    if before is not None and before != pid:
        say(f"It meant '{lib.person_name(db, before)}' until now; undo with "
            f"`quotetrack people alias remove \"{person}\" \"{typed}\"`.", quiet)


@alias.command("remove")
@click.argument("name")
@click.argument("alias_name", metavar="ALIAS")
@quiet_option
def alias_remove(name: str, alias_name: str, quiet: bool) -> None:
    """Remove ALIAS from a person (undo `people alias add`).

    Example:

        quotetrack people alias remove "Atta Mohammad Noor" "Ustad Atta"
    """
    db = get_db()
    pid = lib.find_person(db, name)
    removed = lib.remove_alias(db, pid, alias_name)
    say(f"'{removed}' is no longer an alias of '{lib.person_name(db, pid)}'.", quiet)


def _meant(db: sqlite_utils.Database, text: str) -> int | None:
    """Whom ``text`` named before a change, as a reading command would take it (None: nobody)."""
    try:
        return lib.read_person(db, text)[0]
    except QuotetrackError:
        return None


@people.command()
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="An alias to move to the new person (repeatable).")
@click.option("--quote", "quote_ids", type=int, multiple=True, help="A quote id to move (repeatable).")
@click.option("--name", "new_name", required=True, help="The new person's name.")
@quiet_option
def split(
    name: str, aliases: tuple[str, ...], quote_ids: tuple[int, ...], new_name: str, quiet: bool
) -> None:
    """Split a wrongly merged person: move chosen aliases (with their quotes) or quotes to a new person.

    Example:

        quotetrack people split "Hamid Karzai" --alias "Hekmat Karzai" --name "Hekmat Khalil Karzai"
    """
    if not aliases and not quote_ids:
        raise click.UsageError("Say what to split off: give --alias NAME or --quote ID.")
    db = get_db()
    pid = lib.find_person(db, name)
    old = lib.person_name(db, pid)
    _, moved = lib.split_person(db, pid, new_name, list(aliases), list(quote_ids))
    say(f"Split '{' '.join(new_name.split())}' off '{old}' ({_quotes_moved(moved)}).", quiet)


@people.command()
@output_options
def review(fmt: str) -> None:
    """List people flagged as unsure and speakers matched with low confidence.

    Fix what is wrong with `people merge`, `people split` or `people alias add`.

    Example:

        quotetrack people review
    """
    emit(lib.review_items(get_db()), fmt, columns=_REVIEW_COLUMNS, empty="Nothing to review.")


@people.command()
@click.argument("file", type=click.Path(dir_okay=False))
@quiet_option
def load(file: str, quiet: bool) -> None:
    """Load known people and organisations from a TOML file (name, kind, aliases, roles).

    Example:

        quotetrack people load examples/people.toml
    """
    created, updated = lib.load_people(get_db(), file)
    say(f"Loaded {created + updated} people from {file} ({created} new, {updated} updated).", quiet)


COMMANDS = [people]
