"""CLI commands: topics (list), topics retag, topics add, topics remove."""

from __future__ import annotations

import click

from quotetrack import topics as topics_lib
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say

COLUMNS = ["label", "quotes", "support", "oppose", "neutral", "defined_by"]


@click.group(invoke_without_command=True)
@output_options
@click.pass_context
def topics(ctx: click.Context, fmt: str) -> None:
    """List topics with how many quotes each has and how they lean.

    Topics come from the built-in taxonomy (international politics and conflict, US politics), or
    from your own TOML file: `topics retag --topics FILE` or $QUOTETRACK_TOPICS.

    Example:

        quotetrack topics
    """
    if ctx.invoked_subcommand is None:
        emit(topics_lib.list_topics(get_db()), fmt, columns=COLUMNS, empty="No topics yet.")


@topics.command()
@click.option(
    "--topics",
    "topics_file",
    type=click.Path(dir_okay=False),
    help="Taxonomy TOML to load first (default: $QUOTETRACK_TOPICS, else the built-in one).",
)
@click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr.")
def retag(topics_file: str | None, quiet: bool) -> None:
    """Re-tag every stored quote with topics and stances (user corrections are kept).

    Runs one full-text query per topic, so it is fast on large databases. Topics in FILE are added
    or updated by label; topics you added yourself stay.

    Example:

        quotetrack topics retag --topics examples/topics.toml
    """
    db = get_db()
    loaded = topics_lib.load_taxonomy(topics_file) if topics_file else None
    report = topics_lib.retag(db, loaded)
    say(
        f"{report.tags:,} topic tags on stored quotes across {report.topics} topics; "
        f"{report.stances:,} rule stances, {report.corrections:,} user corrections kept.",
        quiet,
    )


@topics.command()
@click.argument("label")
@click.option(
    "--search", help="Full-text search defining the topic (all words must appear; word* for prefixes)."
)
@click.option(
    "--keyword", "keywords", multiple=True,
    help="Keyword phrase (repeatable), matched with inflection; in double quotes, only as written.",
)
@click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr.")
def add(label: str, search: str | None, keywords: tuple[str, ...], quiet: bool) -> None:
    """Add (or redefine) a topic from a search or keywords, and tag stored quotes with it.

    Example:

        quotetrack topics add "opium trade" --keyword opium --keyword poppy
    """
    if not search and not keywords:
        raise click.UsageError("Give --search TEXT or at least one --keyword.")
    db = get_db()
    topic = topics_lib.add_topic(db, label, search=search, keywords=keywords)
    count = topics_lib.quote_count(db, topic.id)
    say(f"Topic '{topic.label}': {count:,} quotes tagged.", quiet)


@topics.command()
@click.argument("label")
@click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr.")
def remove(label: str, quiet: bool) -> None:
    """Remove a topic and its tags (your stance corrections are kept in case you add it again).

    Example:

        quotetrack topics remove "opium trade"
    """
    topic = topics_lib.delete_topic(get_db(), label)
    say(f"Removed topic '{topic}'.", quiet)


COMMANDS = [topics]
