"""CLI commands: extract (prediction JSONL) and eval (score against gold)."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator

import click

from quotetrack import readers
from quotetrack.cli.output import emit, output_options, say
from quotetrack.errors import InputError
from quotetrack.evaluate import evaluate, predict, read_jsonl

EVAL_COLUMNS = [
    "kind", "gold", "pred", "P", "R", "F1", "attribution",
    "e2e_P", "e2e_R", "e2e_F1", "strict_P", "strict_R", "strict_F1",
]


def _articles(paths: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(id, text) pairs: JSONL lines as they are (``id`` and ``text``, the shape ``eval`` scores); any
    other file, folder or ``-`` (stdin) read as ``ingest`` reads it, so the offsets of a Markdown or
    HTML article point into the text ``ingest`` would store, and the id is the file's path."""
    for path in paths:
        if path.endswith(".jsonl"):
            for number, record in read_jsonl(path):
                if not isinstance(record.get("text"), str):
                    raise InputError(f"{path}:{number}: no 'text' field")
                yield str(record.get("id", f"{path}:{number}")), record["text"]
            continue
        for item in readers.read_inputs([path], stdin=sys.stdin):
            if isinstance(item, readers.ReadFailure):
                raise InputError(item.message)
            if isinstance(item, readers.Ignored):
                continue
            yield item.external_id or item.source or path, item.text


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write predictions here (default: stdout).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, help="Worker processes.")
@click.option("--with-text", is_flag=True, help="Also write each article's text, which the offsets index.")
def extract(paths: tuple[str, ...], output, jobs: int, with_text: bool) -> None:
    """Extract quotes from articles and write prediction JSONL (one article per line).

    Reads article JSONL (``id`` and ``text`` per line), text, Markdown and HTML files, folders of
    them, or ``-`` for stdin; writes ``{"id": ..., "quotes": [...]}`` in the format that
    ``quotetrack eval`` scores.

    Example:

        quotetrack extract articles.jsonl -o predictions.jsonl
    """
    articles = _articles(paths)
    texts: deque[str] = deque()  # the texts sent and not yet written, in order (predict keeps it)
    if with_text:
        articles = _noting(articles, texts)
    for aid, quotes in predict(articles, jobs):
        record = {"id": aid, "quotes": quotes}
        if with_text:
            record["text"] = texts.popleft()
        output.write(json.dumps(record, ensure_ascii=False) + "\n")


def _noting(articles: Iterator[tuple[str, str]], texts: deque[str]) -> Iterator[tuple[str, str]]:
    for aid, text in articles:
        texts.append(text)
        yield aid, text


@click.command(name="eval")
@click.argument("gold_path", metavar="GOLD.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", "pred_path", type=click.Path(exists=True, dir_okay=False),
              help="Score this prediction JSONL instead of running the extractor.")
@click.option("--per-article", is_flag=True, help="One row per article instead of per kind.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, help="Worker processes.")
@output_options
def eval_command(gold_path: str, pred_path: str | None, per_article: bool, jobs: int, fmt: str) -> None:
    """Score the extractor against gold-annotated articles.

    Prints, per kind (direct, partial, indirect, all): detection precision/recall/F1 (spans match
    at overlap/union >= 0.5), attribution accuracy on matched quotes, and end-to-end P/R/F1 with
    the lenient and the strict speaker rule.

    Example:

        quotetrack eval gold.jsonl --per-article
    """
    gold = [record for _, record in read_jsonl(gold_path)]
    if pred_path:
        predictions = {str(r.get("id")): r.get("quotes", []) for _, r in read_jsonl(pred_path)}
    else:
        predictions = dict(predict(((str(a.get("id")), a.get("text", "")) for a in gold), jobs))
    report = evaluate(gold, predictions)
    rows = report.article_rows() if per_article else report.rows()
    if fmt == "table":
        rows = [{k: f"{v:.3f}" if isinstance(v, float) else v for k, v in row.items()} for row in rows]
    say(f"{len(gold)} articles scored from {gold_path}")
    emit(rows, fmt, columns=(["id"] if per_article else []) + EVAL_COLUMNS)


COMMANDS = [extract, eval_command]
