"""Two ingests of different corpora and a reader running `quotes`, all at once, all succeed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXE = REPO / ".venv" / "bin" / "quotetrack"
MAKE_CORPUS = REPO / "benchmarks" / "make_corpus.py"

pytest.importorskip("quotetrack.ingest")


def make_corpus(path: Path, articles: int, seed: int) -> Path:
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(articles), "--seed", str(seed),
                    "--no-dev", "-o", str(path)], check=True, capture_output=True)
    return path


def quotes_json(db: Path) -> list:
    reader = subprocess.run([str(EXE), "--db", str(db), "quotes", "--limit", "5", "--json"],
                            capture_output=True, text=True, timeout=60)
    assert reader.returncode == 0, reader.stderr
    assert "Traceback" not in reader.stderr
    return json.loads(reader.stdout or "[]")


def run_together(tmp_path: Path, articles: int, jobs: int, fresh: bool = False) -> None:
    """Both ingests start together while a reader loops; ``fresh``: nobody has created the database yet."""
    db = tmp_path / "shared.db"
    if not fresh:
        assert quotes_json(db) == []
    corpora = [make_corpus(tmp_path / f"corpus-{seed}.jsonl", articles, seed) for seed in (21, 22)]
    writers = [
        subprocess.Popen([str(EXE), "--db", str(db), "ingest", str(c), "--jobs", str(jobs), "--batch-size",
                          "20", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in corpora
    ]
    reads = 0
    while any(w.poll() is None for w in writers) or reads < 3:
        assert isinstance(quotes_json(db), list)
        reads += 1
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "Traceback" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2 * articles
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        dupes = conn.execute("SELECT count(*) FROM (SELECT name FROM people GROUP BY name "
                             "HAVING count(*) > 1)")
        assert dupes.fetchone()[0] == 0


def test_two_ingests_and_a_reader(tmp_path):
    run_together(tmp_path, articles=60, jobs=1)


def test_two_ingests_create_the_database_together(tmp_path):
    run_together(tmp_path, articles=20, jobs=1, fresh=True)


@pytest.mark.slow
def test_two_parallel_ingests_and_a_reader(tmp_path):
    run_together(tmp_path, articles=1500, jobs=2)
