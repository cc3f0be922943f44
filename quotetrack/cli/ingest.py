"""CLI command: ingest files, folders, JSONL or stdin into the database."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

import click

from quotetrack.cli import get_db
from quotetrack.cli.output import is_interactive, say
from quotetrack.errors import QuotetrackError
from quotetrack.ingest import BATCH_SIZE, IngestReport, ingest
from quotetrack.readers import FORMATS, read_inputs, warn_future

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

PROGRESS_AFTER_S = 1.0  # only runs that last longer than this get a progress bar


class _ProgressBar:
    """A rich progress line on stderr that appears only once a run has lasted a while."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def update(self, report: IngestReport) -> None:
        if not self.enabled:
            return
        if self.progress is None:
            if time.monotonic() - self.started < PROGRESS_AFTER_S:
                return
            from rich.console import Console  # only once a bar shows, not at every start
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("")
        if self.task is not None:
            self.progress.update(self.task, description=report.summary())

    def error(self, message: str) -> None:
        """An input failure, printed above the progress line when one is showing."""
        self._print(f"Error: {message}")

    def _print(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False)
        else:
            click.echo(line, err=True)

    def warn(self, message: str) -> None:
        """Something stored that the user should check, printed as an error is."""
        self._print(f"Warning: {message}")

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", help="Outlet name for every article read (overrides metadata).")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Read stdin (-) and named files as this format instead of guessing (files: from the "
                   "extension; stdin: JSONL when its first line is a JSON object with \"text\", else text).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for extraction (0 = one per CPU).")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Articles per database transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary (errors are still shown).")
def ingest_command(paths: tuple[str, ...], outlet: str | None, fmt: str | None, jobs: int, batch_size: int,
                   quiet: bool) -> None:
    """Read articles, extract their quotes and store them; known articles are skipped.

    PATHS are .txt, .md, .html/.htm or .jsonl files, folders (searched recursively for those), or -
    for stdin. The exit code is 1 if any input failed; the others are still stored.

    Example:

        quotetrack ingest articles/ --jobs 4

        cat dump.jsonl | quotetrack ingest - --outlet "Daily Outlook"
    """
    db = get_db()
    report = IngestReport()
    bar = _ProgressBar(enabled=not quiet and is_interactive())
    items = warn_future(read_inputs(paths, fmt=fmt, outlet=outlet, stdin=sys.stdin), bar.warn)

    try:
        ingest(db, items, jobs=jobs or os.cpu_count() or 1, batch_size=batch_size, report=report,
               on_failure=bar.error, on_progress=bar.update)
    except QuotetrackError:
        bar.stop()
        say(report.summary() + " (stopped early)", quiet)
        raise
    except KeyboardInterrupt:
        bar.stop()
        say(report.summary() + " (interrupted; committed batches are kept)", quiet)
        raise click.Abort() from None
    bar.stop()
    say(report.summary(), quiet)
    if report.failed:
        raise SystemExit(1)


COMMANDS = [ingest_command]
