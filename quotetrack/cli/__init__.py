"""The command-line shell: parse options, call the library, render. No SQL, no extraction here."""

from __future__ import annotations

import click
import sqlite_utils

from quotetrack import __version__
from quotetrack.errors import QueryError, QuotetrackError
from quotetrack.store import open_db


class Group(click.Group):
    """Turns the library's own exceptions into one-line messages with a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QueryError as err:
            raise click.ClickException(str(err)) from err
        except QuotetrackError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="quotetrack")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    envvar="QUOTETRACK_DB",
    help="Database file (default: $QUOTETRACK_DB, else ~/.local/share/quotetrack/quotetrack.db).",
)
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """Track who said what in news articles: attributed quotes, speakers, topics and stances.

    Example:

        quotetrack ingest articles/ && quotetrack ask "what did Lavrov say about withdrawal"
    """
    ctx.obj = {"db_path": db_path}


def get_db(ctx: click.Context | None = None) -> sqlite_utils.Database:
    """Open the database chosen by ``--db`` / ``$QUOTETRACK_DB`` once per command."""
    ctx = ctx or click.get_current_context()
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if obj.get("db") is None:
        try:
            obj["db"] = open_db(obj.get("db_path"))
        except QuotetrackError as err:
            raise click.ClickException(str(err)) from err
        root.obj = obj
    return obj["db"]


def _register() -> None:
    from quotetrack.cli import ask, db, extract, ingest, people, quotes, stance, topics

    for module in (ingest, quotes, db, people, topics, stance, ask, extract):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
