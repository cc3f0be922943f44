"""Hostile input to every `quotes` filter and to `ask`: a clear message or a correct empty result,
never a traceback, and the database is byte-for-byte the same afterwards (checksum of every table)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

HOSTILE = {
    "dquote": '"',
    "unbalanced-phrase": '"no military',
    "many-quotes": 'a"b"c"d""',
    "fts-near": "NEAR(peace talks, 2)",
    "fts-operators": "peace AND OR NOT",
    "fts-star": "*",
    "fts-prefix": "with*",
    "fts-minus": "-peace",
    "fts-caret": "^peace",
    "fts-column": "text:peace",
    "fts-table-column": "quotes_fts:peace",
    "parens": "((peace)",
    "braces": "{text} : peace",
    "plus": "peace + talks",
    "squote": "'",
    "sql-injection": "'; DROP TABLE quotes; --",
    "sql-tautology": "x' OR '1'='1",
    "like-wildcards": "%_%",
    "backslash": "\\",
    "nul": "Lavrov\x00Karzai",
    "control": "\x1b[2J\x07\x08",
    "rtl": "\u202eمرحبا بالعالم",
    "emoji": "😀🔥",
    "empty": "",
    "blank": "  \n\t ",
    "long-word": "x" * 100_000,
    "long-words": "peace " * 5_000,
    "newline": "Lavrov\nKarzai",
}
FILTERS = ["--person", "--topic", "--outlet", "--search", "--since", "--until", "--kind", "--limit"]
# Known failures in code this file's owner does not own (reported); they xpass once fixed.
def cases() -> list:
    """Every (filter, hostile value) pair."""
    return [
        pytest.param(option, value, id=f"{option}-{name}")
        for option in FILTERS
        for name, value in HOSTILE.items()
    ]


def invoke(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def checksum(db: Path) -> str:
    """A hash of every row of every table (FTS shadow tables included), in a stable order."""
    digest = hashlib.sha256()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        tables = [r[0] for r in names]
        for table in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:".encode())
            for row in rows:
                digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The example articles ingested once; one normal query of each kind first (may load topics)."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    result = invoke(path, "ingest", str(EXAMPLES), "--quiet")
    assert result.exit_code == 0, result.output
    invoke(path, "quotes", "--topic", "peace talks", "--json")
    invoke(path, "ask", "who supports withdrawal", "--json")
    return path


@pytest.fixture(scope="module")
def baseline(db) -> str:
    return checksum(db)


def assert_clean(result) -> None:
    """Exit 0, 1 (runtime error) or 2 (usage), with no traceback and a one-line message on failure."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code:
        assert "Error" in result.output or "Sorry" in result.output or "Usage" in result.output, result.output


def search_terms(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"\w+", text)]


@pytest.mark.parametrize(("option", "value"), cases())
def test_quotes_filter(db, baseline, option, value):
    result = invoke(db, "quotes", option, value, "--json")
    assert_clean(result)
    if result.exit_code == 0:
        rows = json.loads(result.stdout or "[]")
        assert isinstance(rows, list)
        if option == "--search":
            for row in rows:  # whatever comes back really contains every searched word
                words = set(search_terms(row["quote"]))
                assert all(t.rstrip("*") in words or any(w.startswith(t) for w in words)
                           for t in search_terms(value)), (value, row["quote"])
        if option == "--person":
            assert not rows or value.strip(), "an empty name must not list everyone"
    assert checksum(db) == baseline


@pytest.mark.parametrize("value", ["-1", "abc", "1e3", "0x10", "\x00", "99999999999999999999999"])
def test_quotes_limit_numbers(db, baseline, value):
    result = invoke(db, "quotes", "--limit", value, "--json")
    assert_clean(result)
    assert checksum(db) == baseline


@pytest.mark.parametrize("value", list(HOSTILE.values()), ids=list(HOSTILE))
def test_ask(db, baseline, value):
    result = invoke(db, "ask", value, "--json")
    assert_clean(result)
    if result.exit_code == 0:
        assert isinstance(json.loads(result.stdout or "[]"), list)
    assert checksum(db) == baseline


@pytest.mark.parametrize("value", ["who said 'x" + "\"" * 500, "what did " + "Lavrov " * 3000 + "say",
                                   "who supports " + "(" * 200, "what did Lavrov say since 9999-99-99",
                                   "what did '; DROP TABLE quotes; -- say about peace"])
def test_ask_questions_with_hostile_parts(db, baseline, value):
    result = invoke(db, "ask", value, "--json")
    assert_clean(result)
    assert checksum(db) == baseline
