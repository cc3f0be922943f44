"""CPU time of ingest's writer alone: what the main process spends storing articles, quotes, people,
topic tags and stances, with extraction and tagging done beforehand and served from memory.

At --jobs 2 the ingest is CPU-bound, so the writer's seconds count as much as the workers'. This
isolates them, to weigh schema changes (an index, a trigger) and writer code against each other:
--upto NNNN applies only the migrations before NNNN, so two schemas are timed in alternating runs.

    .venv/bin/python benchmarks/ingest_writer.py                   # 5 MB corpus, 3 runs
    .venv/bin/python benchmarks/ingest_writer.py --upto 0012 --upto 9999
    .venv/bin/python benchmarks/ingest_writer.py --runs 1 --profile 30   # cProfile of one more run
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner
from extract_speed import calibration
from ingest_speed import corpus

from quotetrack import ingest, mojibake, schema, topics
from quotetrack.cli import cli
from quotetrack.store import open_db


def writer_seconds(path: Path, upto: str, folder: str) -> float:
    """CPU seconds of one ingest of ``path`` into a new database migrated up to ``upto``."""
    every = schema.migration_files()
    schema.migration_files = lambda: [p for p in every if p.stem < upto]
    try:
        db_path = Path(folder) / f"{upto}-{time.perf_counter_ns()}.db"
        open_db(db_path).conn.close()
        os.environ["QUOTETRACK_DB"] = str(db_path)
        start = time.process_time()
        result = CliRunner().invoke(cli, ["ingest", "--quiet", str(path)])
        spent = time.process_time() - start
    finally:
        schema.migration_files = lambda: every
    if result.exit_code != 0:
        sys.exit(f"ingest failed: {result.output[:300]}")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--upto", action="append", help="apply migrations before this number (repeatable)")
    parser.add_argument("--profile", type=int, metavar="N", help="then profile a run: its N costliest calls")
    args = parser.parse_args()
    path = corpus(args.mb)
    with tempfile.TemporaryDirectory() as folder:
        tagger = topics.Tagger(topics.get_topics(open_db(Path(folder) / "taxonomy.db")))
        with path.open(encoding="utf-8") as lines:
            texts = [mojibake.repair(json.loads(line)["text"]) for line in lines]  # as ingest reads them
        analysed = {text: ingest.analyse(text, tagger) for text in texts}
        ingest.analyse = lambda text, _tagger: analysed[text]  # the workers' results, already made
        print(f"calibration: a 5M-step Python loop took {calibration():.2f} s CPU")
        print(f"{path.name}: {len(analysed)} articles, extraction and tagging done beforehand")
        schemas = args.upto or ["9999"]
        times: dict[str, list[float]] = {upto: [] for upto in schemas}
        for _ in range(args.runs):
            for upto in schemas:  # alternating, so a busy spell hits every schema alike
                times[upto].append(writer_seconds(path, upto, folder))
        for upto in schemas:
            label = "all migrations" if upto == "9999" else f"migrations before {upto}"
            print(f"writer CPU, {label:26} median {statistics.median(times[upto]):.3f} s"
                  f"  (runs: {', '.join(f'{t:.3f}' for t in times[upto])})")
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(writer_seconds, path, schemas[-1], folder)
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
