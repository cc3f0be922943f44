"""CLI commands: stance PERSON [--topic T], stance --topic T, stance set, eval-stance."""

from __future__ import annotations

import json
import sys

import click

from quotetrack import query, stance_eval, stance_history
from quotetrack import stance as stance_lib
from quotetrack import topics as topics_lib
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say, terminal_page
from quotetrack.model import STANCES

GLYPHS = {"support": "▲", "oppose": "▼", "neutral": "·", "mixed": "◆"}
PLAIN_GLYPHS = {"support": "+", "oppose": "-", "neutral": "0", "mixed": "~"}
PERSON_COLUMNS = ["topic", "stance", "support", "oppose", "neutral", "timeline"]
TOPIC_COLUMNS = ["person", "stance", "support", "oppose", "neutral", "date", "quote", "cues", "quote_id"]


class _DefaultToShow(click.Group):
    """`stance NAME` and `stance --topic T` run the hidden `show` command; `stance set ...` runs `set`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultToShow)
def stance() -> None:
    """Where people stand on topics: `stance PERSON [--topic T]` or `stance --topic T`.

    With a PERSON: each topic's stance with support/oppose/neutral counts, a timeline per date
    (▲ support, ▼ oppose, · neutral, ◆ mixed; + - 0 ~ when piped) and any shifts between support and
    oppose with the two quotes. With only --topic: who supports and who opposes it, each with their
    strongest quote (--limit N: the N people with the most support and oppose quotes). Correct a
    stance with `stance set`.

    Example:

        quotetrack stance "Sergey Lavrov" --topic "foreign troop withdrawal"
    """


@stance.command(hidden=True)
@click.argument("person", required=False)
@click.option("--topic", "topic_text", help="Topic label, keyword or close spelling.")
@click.option("--limit", "-n", type=click.IntRange(min=1),
              help="With only --topic: at most this many people, those with the most stances first.")
@click.option("--since", metavar="DATE", help="Only quotes published on or after this date (as quotes).")
@click.option("--until", metavar="DATE", help="Only quotes published on or before this date.")
@output_options
def show(person: str | None, topic_text: str | None, limit: int | None, since: str | None, until: str | None,
         fmt: str) -> None:
    """Show stances of a person, or positions on a topic."""
    db = get_db()
    window = stance_history.Window(*query.date_bounds(since, until))
    topic = topics_lib.find_topic(db, topic_text) if topic_text else None
    if person:
        _person(db, person, topic, fmt, window)
    elif topic:
        page = terminal_page(fmt, limit)
        rows, everyone = stance_history.topic_positions(db, topic["id"], limit or page, window)
        empty = f"No stances on '{topic['label']}'{window.phrase() or ' yet'}."
        emit(rows, fmt, columns=TOPIC_COLUMNS, empty=empty)
        if page and everyone > len(rows):
            say(f"Showing the {len(rows)} people with the most stances of {everyone:,}; add --limit N "
                "for more, or --csv, --nl or --json for everyone.")
    else:
        raise click.UsageError("Give a PERSON, --topic TOPIC, or both (see `quotetrack stance --help`).")


def _person(db, name: str, topic: dict | None, fmt: str, window: stance_history.Window) -> None:
    person_id, canonical, note = stance_history.find_person(db, name)
    if note:
        say(note)
    rows = stance_history.person_stances(db, person_id, topic["id"] if topic else None, window)
    glyphs = GLYPHS if fmt == "table" and sys.stdout.isatty() else PLAIN_GLYPHS
    for row in rows:
        row["person"] = canonical
        row["timeline"] = (
            " ".join(f"{d['date'] or 'undated'} {glyphs[d['stance']]}" for d in row["timeline"])
            if fmt == "table"
            else row["timeline"]
        )
    columns = PERSON_COLUMNS if fmt == "table" else ["person", *PERSON_COLUMNS, "shifts"]
    on = f" on '{topic['label']}'" if topic else ""
    emit(rows, fmt, columns=columns, empty=f"No stances for {canonical}{on}{window.phrase() or ' yet'}.")
    if fmt == "table":
        for row in rows:
            for shift in row["shifts"]:
                click.echo(_shift_text(shift))


def _shift_text(shift: dict) -> str:
    return (
        f"{shift['topic']}: {shift['from']} → {shift['to']} between {shift['from_date']} and "
        f"{shift['to_date']}\n  {shift['from_date']} #{shift['from_quote_id']}: {shift['from_quote']}\n"
        f"  {shift['to_date']} #{shift['to_quote_id']}: {shift['to_quote']}"
    )


@stance.command("set")
@click.argument("quote_id", type=int)
@click.argument("topic")
@click.argument("label", type=click.Choice(STANCES))
@click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr.")
def set_(quote_id: int, topic: str, label: str, quiet: bool) -> None:
    """Correct the stance of quote QUOTE_ID toward TOPIC; it wins over the rules for good.

    The correction is kept by article and span, so it survives `topics retag` and re-ingest.

    Example:

        quotetrack stance set 42 "foreign troop withdrawal" oppose
    """
    result = stance_lib.set_stance(get_db(), quote_id, topic, label)
    say(
        f"Quote #{quote_id} now {result['stance']}s '{result['topic']}' (set by you)."
        if label != "neutral"
        else f"Quote #{quote_id} is now neutral on '{result['topic']}' (set by you).",
        quiet,
    )


@click.command("eval-stance")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write one prediction per row (JSONL: id, stance, relevant, cues).",
)
@click.option(
    "--topics",
    "topics_file",
    type=click.Path(dir_okay=False),
    help="Taxonomy TOML (default: $QUOTETRACK_TOPICS, else the built-in one).",
)
def eval_stance(gold: str, as_json: bool, predictions: str | None, topics_file: str | None) -> None:
    """Score topic assignment and stance on a labelled JSONL set (FORMAT-stance.md).

    Prints topic precision/recall/accuracy, stance accuracy and macro-F1 over support/oppose/neutral
    on the relevant rows, and the confusion matrix.

    Example:

        quotetrack eval-stance tests/data/stance/stance_gold.jsonl --predictions out.jsonl
    """
    rows = stance_eval.load_gold(gold)
    metrics, predicted = stance_eval.evaluate(rows, topics_lib.load_taxonomy(topics_file))
    if predictions:
        try:
            with open(predictions, "w", encoding="utf-8") as handle:
                for row in predicted:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        except OSError as err:
            raise click.ClickException(f"Cannot write {predictions}: {err.strerror or err}") from err
    if as_json:
        click.echo(json.dumps(metrics, indent=2))
        return
    click.echo(stance_eval.format_report(metrics))


COMMANDS = [stance, eval_stance]
