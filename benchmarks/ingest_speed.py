"""Ingest throughput: MB/s and articles/s of `quotetrack ingest --jobs N` on a generated corpus.

Each run ingests the same JSONL corpus into a fresh database in a temp folder; the time is the wall
time of the whole CLI process (reading, extraction, people, topics, writes), and "cpu s" the CPU time
of the CLI and its workers together ("main s" the CLI process alone); with --repeat N the run of least
wall time is shown. Also prints the raw extractor speed in this process (extract() over the same texts)
for the >= 10 MB/s per core target, a calibration loop, and how busy the machine was before the runs:
on a shared machine wall times only mean something next to those.

    .venv/bin/python benchmarks/ingest_speed.py                 # 20 MB corpus, --jobs 1 and 2
    .venv/bin/python benchmarks/ingest_speed.py --mb 50 --jobs 1 2 4
    .venv/bin/python benchmarks/ingest_speed.py --mb 5 --repeat 3   # best of 3 on a busy machine
    .venv-fast/bin/python benchmarks/ingest_speed.py --mb 5      # the compiled build (`make fast`)

It measures the quotetrack of the interpreter that runs it (its venv's `quotetrack` command) and
prints which build that is, compiled or pure.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_speed import calibration, which_build

HERE = Path(__file__).resolve().parent
EXE = Path(sys.executable).parent / "quotetrack"  # the CLI of this interpreter's venv: the build measured
TARGET_MBS = 3.0
SAMPLE_SECONDS = 0.02


def corpus(mb: float, seed: int = 1) -> Path:
    """The cached corpus of ``mb`` MB of article text (generated on first use)."""
    path = HERE / "out" / f"corpus-{mb:g}mb-seed{seed}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--mb", str(mb), "--seed", str(seed),
                        "-o", str(path)], check=True)
    return path


def text_stats(path: Path) -> tuple[int, int]:
    """(articles, bytes of article text) in a JSONL corpus, read line by line."""
    articles = size = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            articles += 1
            size += len(json.loads(line)["text"].encode("utf-8"))
    return articles, size


def ingest_once(path: Path, jobs: int) -> tuple[float, float, float | None, int, int]:
    """Wall seconds, CPU seconds (all processes, and the main one alone), stored articles and stored
    quotes for one ingest into a fresh database."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        before = _children_cpu()
        t0 = time.perf_counter()
        process = subprocess.Popen([str(EXE), "--db", str(db), "ingest", str(path), "--jobs", str(jobs),
                                    "--quiet"])
        main = None
        while process.poll() is None:
            main = _own_cpu(process.pid) or main
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - t0
        if process.returncode:
            sys.exit(f"ingest failed with exit code {process.returncode}")
        cpu = _children_cpu() - before
        with sqlite3.connect(db) as conn:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    return seconds, cpu, main, articles, quotes


def _own_cpu(pid: int) -> float | None:
    """CPU seconds of process ``pid`` itself, not its workers (Linux /proc), or None where unknown.

    Sampled while the ingest runs, the last value misses at most ``SAMPLE_SECONDS`` of the main process
    (the writer at --jobs > 1): what it spends next to the workers' extraction and tagging."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI has reaped its workers when it exits
    return usage.ru_utime + usage.ru_stime


def machine_busy(seconds: float = 1.0) -> float | None:
    """Share of all cores busy over ``seconds`` (Linux /proc/stat), or None where unknown."""
    def sample() -> tuple[int, int]:
        fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields) - idle, idle

    try:
        busy0, idle0 = sample()
        time.sleep(seconds)
        busy1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = (busy1 - busy0) + (idle1 - idle0)
    return (busy1 - busy0) / total if total else None


def extractor_speed(path: Path, limit_mb: float = 10.0) -> float:
    """MB/s of extract() alone in this process over the first ``limit_mb`` MB of the corpus."""
    from quotetrack.extract import extract

    texts, size = [], 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            texts.append(json.loads(line)["text"])
            size += len(texts[-1].encode("utf-8"))
            if size >= limit_mb * 1e6:
                break
    t0 = time.perf_counter()
    for text in texts:
        extract(text)
    return size / 1e6 / (time.perf_counter() - t0)


def bytecode_note() -> str | None:
    """A warning when the CLI runs will compile quotetrack's sources at every start (no cached bytecode).

    With PYTHONDONTWRITEBYTECODE set and an editable install that never cached its bytecode, every run
    pays ~0.1 s on one core before any work is shared; an installed user never does."""
    import quotetrack.ingest

    cached = Path(importlib.util.cache_from_source(quotetrack.ingest.__file__)).exists()
    if cached or not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return None
    return "note: no cached bytecode (PYTHONDONTWRITEBYTECODE): each run compiles quotetrack's sources first"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of article text")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per --jobs value; the fastest is shown")
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):  # progress lines appear as they are measured
        sys.stdout.reconfigure(line_buffering=True)
    path = corpus(args.mb)
    articles, size = text_stats(path)
    print(which_build())
    if note := bytecode_note():
        print(note)
    print(f"corpus {path.name}: {articles:,} articles, {size / 1e6:.1f} MB of text")
    print(f"calibration: a 5M-step Python loop took {calibration():.2f} s CPU "
          "(scale the numbers below by it when comparing runs)")
    print(f"extract() alone, 1 process: {extractor_speed(path):.1f} MB/s")
    busy = machine_busy()
    if busy is not None:
        print(f"before the runs, other work kept {busy:.0%} of {os.cpu_count()} cores busy")
    print(f"{'jobs':>4} {'seconds':>8} {'cpu s':>6} {'main s':>6} {'MB/s':>6} {'articles/s':>10} "
          f"{'stored':>8} {'quotes':>9}")
    for jobs in args.jobs:
        seconds, cpu, main, stored, quotes = min(ingest_once(path, jobs) for _ in range(max(1, args.repeat)))
        main_text = "?" if main is None else f"{main:.1f}"
        print(f"{jobs:>4} {seconds:>8.1f} {cpu:>6.1f} {main_text:>6} {size / 1e6 / seconds:>6.2f} "
              f"{articles / seconds:>10.0f} {stored:>8,} {quotes:>9,}")
    print("cpu s: every process of the run; main s: the main process alone (at --jobs > 1 the writer, "
          "beside the workers)")
    print(f"target: >= {TARGET_MBS} MB/s with --jobs 2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
