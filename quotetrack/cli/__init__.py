"""The command-line shell: parse options, call the library, render. No SQL, no extraction here."""

from __future__ import annotations

import importlib

import click
import sqlite_utils

from quotetrack import __version__
from quotetrack.errors import QuotetrackError
from quotetrack.store import open_db

# Each command lives in its own module, imported only when that command runs (fast start-up).
LAZY_COMMANDS = {
    "articles": "quotes", "ask": "ask", "db": "db", "eval": "extract", "eval-stance": "stance",
    "export": "quotes", "extract": "extract", "ingest": "ingest", "people": "people",
    "quotes": "quotes", "show": "quotes", "stance": "stance", "topics": "topics",
}


class Group(click.Group):
    """Loads commands lazily and turns the library's own exceptions into one-line messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in LAZY_COMMANDS:
            module = importlib.import_module(f"quotetrack.cli.{LAZY_COMMANDS[name]}")
            for command in module.COMMANDS:
                self.commands.setdefault(command.name, command)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
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
