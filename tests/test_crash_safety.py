"""An ingest killed with SIGKILL part-way loses at most its current batch, and a rerun completes it.

The interrupted-then-resumed database must equal an uninterrupted run: same articles, same quotes
(offsets, kinds, speakers), same people; no duplicates, no orphans, integrity_check ok.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXE = REPO / ".venv" / "bin" / "quotetrack"
MAKE_CORPUS = REPO / "benchmarks" / "make_corpus.py"

pytest.importorskip("quotetrack.ingest")


def make_corpus(path: Path, articles: int, seed: int, dev: bool = False) -> Path:
    cmd = [sys.executable, str(MAKE_CORPUS), "--articles", str(articles), "--seed", str(seed),
           "-o", str(path)]
    subprocess.run(cmd + ([] if dev else ["--no-dev"]), check=True, capture_output=True)
    return path


def ingest_cmd(db: Path, corpus: Path, jobs: int, batch: int) -> list[str]:
    return [str(EXE), "--db", str(db), "ingest", str(corpus), "--jobs", str(jobs), "--batch-size", str(batch),
            "--quiet"]


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or mid-migration
        return 0


def kill_part_way(cmd: list[str], db: Path, total: int) -> int:
    """Start ``cmd``, SIGKILL its whole process group once some (not all) articles are committed."""
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        stored = count(db, "articles")
        if stored > 0:
            break
        time.sleep(0.005)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if stored >= total or proc.returncode == 0:
        pytest.skip("the ingest finished before it could be killed; use a larger corpus")
    return stored


def snapshot(db: Path) -> dict[str, object]:
    """What must survive: articles, quotes (with speaker names), people, and the health checks."""
    with sqlite3.connect(db) as conn:
        q = conn.execute
        return {
            "articles": sorted(q("SELECT id, title, outlet, published, text FROM articles").fetchall()),
            "quotes": sorted(q(
                "SELECT q.article_id, q.start, q.end, q.kind, q.text, q.speaker, p.name, q.cue FROM quotes q "
                "LEFT JOIN people p ON p.id = q.person_id").fetchall(), key=repr),
            "people": sorted(r[0] for r in q("SELECT name FROM people")),
            "topic_tags": sorted(q(
                "SELECT q.article_id, q.start, t.label FROM quote_topics qt "
                "JOIN quotes q ON q.id = qt.quote_id JOIN topics t ON t.id = qt.topic_id").fetchall()),
            "integrity": q("PRAGMA integrity_check").fetchall(),
            "foreign_keys": q("PRAGMA foreign_key_check").fetchall(),
            "orphans": q(
                "SELECT (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))"
                " + (SELECT count(*) FROM quotes WHERE person_id IS NOT NULL"
                "    AND person_id NOT IN (SELECT id FROM people))"
                " + (SELECT count(*) FROM aliases WHERE person_id NOT IN (SELECT id FROM people))"
                " + (SELECT count(*) FROM quote_topics WHERE quote_id NOT IN (SELECT id FROM quotes))"
                " + (SELECT count(*) FROM quotes_fts WHERE rowid NOT IN (SELECT id FROM quotes))"
            ).fetchone()[0],
            "fts_rows": q("SELECT count(*) FROM quotes_fts").fetchone()[0]
            == q("SELECT count(*) FROM quotes").fetchone()[0],
            "duplicate_quotes": q("SELECT count(*) - count(DISTINCT article_id || ':' || start || ':' || end)"
                                  " FROM quotes").fetchone()[0],
        }


def run_crash_and_compare(tmp_path: Path, articles: int, jobs: int, batch: int, dev: bool) -> None:
    corpus = make_corpus(tmp_path / "corpus.jsonl", articles, seed=11, dev=dev)
    reference, crashed = tmp_path / "reference.db", tmp_path / "crashed.db"
    subprocess.run(ingest_cmd(reference, corpus, jobs, batch), check=True, capture_output=True)

    kill_part_way(ingest_cmd(crashed, corpus, jobs, batch), crashed, articles)
    with sqlite3.connect(crashed) as conn:  # what survived the kill is whole and healthy
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = subprocess.run(ingest_cmd(crashed, corpus, jobs, batch), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr

    before, after = snapshot(reference), snapshot(crashed)
    assert len(before["articles"]) == articles
    assert after["integrity"] == [("ok",)] and after["foreign_keys"] == []
    assert after["orphans"] == 0 and after["duplicate_quotes"] == 0 and after["fts_rows"]
    for key in ("articles", "quotes", "people", "topic_tags"):
        assert after[key] == before[key], key


def test_sigkill_then_rerun_matches_uninterrupted(tmp_path):
    run_crash_and_compare(tmp_path, articles=120, jobs=1, batch=5, dev=False)


@pytest.mark.slow
def test_sigkill_with_workers_on_a_larger_corpus(tmp_path):
    run_crash_and_compare(tmp_path, articles=3000, jobs=2, batch=50, dev=True)
