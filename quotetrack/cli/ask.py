"""CLI command: ask — a question in plain English, answered from the database."""

from __future__ import annotations

import contextlib
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from quotetrack.answer import Answer, answer, lookup, settle
from quotetrack.ask import EXAMPLES, ParsedQuery, parse
from quotetrack.cli import get_db
from quotetrack.cli.output import emit, output_options, say
from quotetrack.cli.people import show_person
from quotetrack.errors import QuotetrackError
from quotetrack.render import console
from quotetrack.store import resolve_db_path

UNPARSED_EXIT = 2  # the question itself could not be understood (a usage problem)
GLYPHS = {"support": ("▲", "green"), "oppose": ("▼", "red"), "mixed": ("◆", "yellow"), "neutral": ("·", "")}
PLAIN_GLYPHS = {"support": "+", "oppose": "-", "mixed": "~", "neutral": "0"}


@click.command("ask")
@click.argument("question", nargs=-1)
@click.option("--limit", "-n", type=click.IntRange(min=1), help="At most this many quotes or people.")
@click.option("--today", metavar="YYYY-MM-DD", type=click.DateTime(["%Y-%m-%d"]),
              help="Resolve 'last week', 'in May' ... against this date instead of today.")
@click.option("--quiet", "-q", is_flag=True, help="Only the answer: no notes or equivalent flags on stderr.")
@output_options
@click.pass_context
def ask_command(ctx: click.Context, question: tuple[str, ...], limit: int | None, today, quiet: bool,
                fmt: str) -> None:
    """Ask a question in plain English; with no question, an interactive prompt with history.

    Understands who said what ("what did Lavrov say about withdrawal since March 2024",
    "who said 'no military solution'"), stances ("who supports troop withdrawal", "where does
    Lavrov stand on withdrawal", "has Noor's stance on the Taliban changed", "compare Lavrov and
    Karzai on peace talks") and counts ("how many times did Karzai mention Russia", "who is quoted
    most about the Taliban"). Bare words work as in a search box: "Lavrov withdrawal" is Lavrov's
    quotes on withdrawal. The equivalent `quotetrack` flags are shown on stderr.

    Exit status: 0 with an answer or with a note on stderr when nothing matches; 1 for an unknown
    person or topic (with suggestions); 2 when the question cannot be understood.

    Example:

        quotetrack ask "what did Lavrov say about withdrawal"
    """
    day = today.date() if today else date.today()
    if question:
        code = _ask_one(" ".join(question), day, limit, fmt, quiet)
        ctx.exit(code)
    _prompt(ctx, day, limit, fmt, quiet)


def _ask_one(text: str, today: date, limit: int | None, fmt: str, quiet: bool) -> int:
    """Answer one question; return the exit status. Library errors propagate (exit 1 at the root)."""
    parsed = settle(get_db(), parse(text, today=today))
    if parsed.intent != "unknown":
        result: Answer | None = answer(get_db(), parsed, limit=limit)
    else:
        result = lookup(get_db(), parsed, limit=limit) if parsed.words else None
    if result is None:
        _not_understood(parsed)
        return UNPARSED_EXIT
    for command in result.commands:
        say(click.style(command, dim=True), quiet)
    for note in result.notes:
        say(note, quiet)
    if not result.rows:
        say(f"{result.empty} (understood: {result.query.describe()})")
        return 0
    if fmt == "table":
        _show(result)
    else:
        emit(result.rows, fmt)
    return 0


def _not_understood(parsed: ParsedQuery) -> None:
    understood = parsed.describe().removeprefix("intent=unknown").strip()
    message = f"Sorry, I could not understand {parsed.question!r}."
    if understood:
        message += f" I understood only: {understood}."
    say(message)
    say("Try a question like:\n" + "\n".join(f"  quotetrack ask {q!r}" for q in EXAMPLES[:2]))


# --- the interactive prompt --------------------------------------------------------------------------


def history_path(ctx: click.Context) -> Path:
    """The prompt's history lives next to the database it asks."""
    root = ctx.find_root()
    db_path = resolve_db_path((root.obj or {}).get("db_path"))
    return db_path.with_name(db_path.name + ".ask_history")


def _prompt(ctx: click.Context, today: date, limit: int | None, fmt: str, quiet: bool) -> None:
    """Read questions until an empty line, end of input or Ctrl-C; errors do not end the session."""
    readline = _readline(history_path(ctx))
    get_db()  # open (and migrate) the database before the first question; a bad path fails here
    say("Ask about the quotes (an empty line, Ctrl-D or Ctrl-C quits).", quiet)
    prompt = "ask> " if sys.stdin.isatty() else ""
    try:
        while True:
            try:
                line = input(prompt).strip()
            except (EOFError, KeyboardInterrupt):
                break
            if not line:
                break
            if readline:
                readline.add_history(line)
            try:
                _ask_one(line, today, limit, fmt, quiet)
            except QuotetrackError as err:
                say(str(err))
    finally:
        if readline:
            _save_history(readline, history_path(ctx))


def _readline(history: Path) -> Any:
    try:
        import readline
    except ImportError:  # no readline on this platform: a plain prompt, no history
        return None
    readline.set_auto_history(False)
    readline.set_history_length(1000)
    with contextlib.suppress(OSError):  # no history yet
        readline.read_history_file(history)
    return readline


def _save_history(readline: Any, history: Path) -> None:
    try:
        readline.write_history_file(history)
    except OSError as err:
        say(f"Could not save the question history to {history}: {err.strerror or err}")


# --- rendering ---------------------------------------------------------------------------------------


def _show(result: Answer) -> None:
    """Quotes as panels on a terminal and plain text when piped; people as a table; stances as lines."""
    out = console()
    if result.shape in ("quotes", "positions"):
        for row in result.rows:
            _quote(out, row)
    elif result.shape == "count":
        for row in result.rows:
            out.print(_count_line(row))
    elif result.shape == "stances":
        for row in result.rows:
            out.print(_stance_line(row, out.is_terminal))
    elif result.shape == "shifts":
        for row in result.rows:
            _shift(out, row)
    elif result.shape == "person":
        for row in result.rows:
            show_person(row, "table")
    else:
        emit(result.rows, "table")


def _quote(out, row: dict[str, Any]) -> None:
    meta = [row.get("date"), row.get("outlet"), row.get("title")]
    if row.get("stance"):
        cues = f" ({', '.join(row['cues'])})" if row.get("cues") else ""
        meta.append(f"{row['stance']}{' on ' + row['topic'] if row.get('topic') else ''}{cues}")
    line = " · ".join(str(m) for m in meta if m)
    speaker = row.get("speaker") or "unknown speaker"
    if out.is_terminal:
        # The source line sits inside the panel: as a subtitle it was cut to the quote's width.
        source = Text(f"{line} · #{row.get('id')}" if line else f"#{row.get('id')}", style="dim")
        out.print(Panel(Group(Text(row["quote"]), source), title=Text(speaker, style="bold"),
                        title_align="left", expand=False))
        return
    out.print(f"“{row['quote']}”")
    out.print(f"  — {speaker}" + (f" · {line}" if line else "") + f" [#{row.get('id')}]")
    out.print()


def _count_line(row: dict[str, Any]) -> str:
    who = row["speaker"] or "All speakers"
    about = f" about {row['about']}" if row["about"] else ""
    times = "1 quote" if row["quotes"] == 1 else f"{row['quotes']:,} quotes"
    span = f", {row['first']} to {row['last']}" if row["quotes"] and row["first"] else ""
    return f"{who}: {times}{about} in {row['articles']:,} article{'s' * (row['articles'] != 1)}{span}"


def _stance_line(row: dict[str, Any], terminal: bool) -> Text:
    text = Text(f"{row['speaker']} on {row['topic']}: ")
    glyph, colour = GLYPHS.get(row["stance"], ("?", ""))
    text.append(row["stance"], style=f"bold {colour}".strip())
    text.append(f" ({row['support']} support, {row['oppose']} oppose, {row['neutral']} neutral)")
    for n, point in enumerate(row.get("timeline") or []):
        glyph, colour = GLYPHS.get(point["stance"], ("?", ""))
        mark = glyph if terminal else PLAIN_GLYPHS.get(point["stance"], "?")
        text.append(("\n  " if n == 0 else "  ") + f"{point['date'] or 'undated'} ")
        text.append(mark, style=colour if terminal else "")
    return text


def _shift(out, row: dict[str, Any]) -> None:
    out.print(f"{row['speaker']} on {row['topic']}: {row['from']} → {row['to']} between {row['from_date']}"
              f" and {row['to_date']}")
    out.print(f"  {row['from_date']} (#{row['from_quote_id']}): “{row['from_quote']}”")
    out.print(f"  {row['to_date']} (#{row['to_quote_id']}): “{row['to_quote']}”")


COMMANDS = [ask_command]
