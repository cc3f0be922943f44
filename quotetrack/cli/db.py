"""CLI commands: db path | status | backup."""

from __future__ import annotations

import click

from quotetrack import store
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say


@click.group("db")
def db_group() -> None:
    """Where the database lives, what it holds, and backups.

    Example:

        quotetrack db status
    """


@db_group.command("path")
@click.pass_context
def path_command(ctx: click.Context) -> None:
    """Print the database path in use (--db, else $QUOTETRACK_DB, else the default); creates nothing.

    Example:

        quotetrack db path
    """
    obj = ctx.find_root().obj or {}
    click.echo(str(store.resolve_db_path(obj.get("db_path"))))


@db_group.command("status")
@output_options
def status_command(fmt: str) -> None:
    """Counts of articles, quotes, people and topics, the file size and the schema version.

    Example:

        quotetrack db status --json
    """
    emit([store.status(get_db())], fmt)


@db_group.command("backup")
@click.argument("dest", type=click.Path(dir_okay=False))
@click.option("-q", "--quiet", is_flag=True, help="Do not report the backup on stderr.")
def backup_command(dest: str, quiet: bool) -> None:
    """Copy the database to DEST with SQLite's online backup (safe while others write).

    Example:

        quotetrack db backup ~/quotetrack-2024-06-15.db
    """
    path = store.backup(get_db(), dest)
    say(f"Backed up to {path}", quiet)


COMMANDS = [db_group]
