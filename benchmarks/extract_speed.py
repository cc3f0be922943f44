"""Extraction speed: MB/s and articles/s, by CPU time and wall time, in one process and across processes.

Builds a corpus of at least --mb megabytes from the dev JSONL texts (repeated), or from generated
text when ../shared is absent. CPU time (time.process_time, summed over workers) is the number to
compare on a shared, loaded machine; wall time is what a user waits.

In one process it times each stage cumulatively: quote marks; marks + attribution (the direct and
partial detector); candidates (+ indirect speech); the whole extract() (+ speaker resolution).
With --jobs N it also runs extract() across N processes.

Usage: python benchmarks/extract_speed.py [--mb 10] [--jobs N] [--stages marks,attribution,...]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

import quotetrack
from quotetrack.attribution import attribute
from quotetrack.extract import candidates, extract
from quotetrack.marks import find_spans

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"
_GENERATED = (
    "Mayor Ana Lind opened the bridge on Monday. “This bridge joins two towns,” Lind said. "
    "She said the work had cost less than planned. “We finished early,” she added, “and under budget.”\n\n"
    "Critics called it a “vanity project”. According to engineer Tomas Berg, "
    "“the steel will last a century.”\n\n"
)

STAGES: dict[str, Callable[[str], int]] = {
    "marks": lambda text: len(find_spans(text)),
    "attribution": lambda text: len(attribute(text, find_spans(text))),
    "candidates": lambda text: len(candidates(text)[0]),
    "extract": lambda text: len(extract(text)),
}


EXTRACTOR = ("marks", "lexicon", "model", "names", "attribution", "indirect", "speakers", "extract")


def which_build() -> str:
    """Which quotetrack this process imports, compiled (mypyc, `make fast`) or pure: every number needs it."""
    compiled = [name for name in EXTRACTOR
                if not import_module(f"quotetrack.{name}").__file__.endswith(".py")]
    kind = (f"compiled ({len(compiled)}/{len(EXTRACTOR)} extractor modules: {', '.join(compiled)})"
            if compiled else "pure Python")
    return f"quotetrack build: {kind}, from {Path(quotetrack.__file__).parent}"


def corpus(megabytes: float) -> list[str]:
    """Article texts totalling at least ``megabytes`` MB of UTF-8."""
    if DEV.exists():
        base = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8") if line.strip()]
    else:
        base = [_GENERATED * 12]
    texts: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for text in base:
            texts.append(text)
            size += len(text.encode("utf-8"))
    return texts


def _timed_chunk(chunk: list[str]) -> tuple[int, float]:
    """Quotes found in a chunk of articles and the CPU seconds this process spent on them."""
    cpu = time.process_time()
    quotes = sum(len(extract(text)) for text in chunk)
    return quotes, time.process_time() - cpu


def run_stage(texts: list[str], stage: str) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, items found) for one stage in this process."""
    fn = STAGES[stage]
    wall, cpu = time.perf_counter(), time.process_time()
    found = sum(map(fn, texts))
    return time.process_time() - cpu, time.perf_counter() - wall, found


def run_jobs(texts: list[str], jobs: int) -> tuple[float, float, int]:
    """(CPU seconds summed over workers, wall seconds, quotes) for extract() across ``jobs`` processes."""
    chunks = [texts[i:i + 32] for i in range(0, len(texts), 32)]
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        pool.map(_timed_chunk, [texts[:1]] * jobs)  # warm up: imports happen outside the timing
        wall = time.perf_counter()
        results = pool.map(_timed_chunk, chunks, chunksize=1)
        wall = time.perf_counter() - wall
    return sum(r[1] for r in results), wall, sum(r[0] for r in results)


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop: compares runs made under different machine loads."""
    cpu = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.process_time() - cpu


def _line(label: str, mb: float, articles: int, cpu: float, wall: float, found: int, per: int = 1) -> str:
    return (f"{label:<22} {mb:6.1f} MB {articles:6d} articles {found:7d} found | "
            f"CPU {cpu:7.2f} s {mb / cpu:6.1f} MB/s {articles / cpu:7.0f} art/s"
            + (f" ({mb / cpu:.1f} MB/s per core)" if per > 1 else "")
            + f" | wall {wall:7.2f} s {mb / wall:6.1f} MB/s {articles / wall:7.0f} art/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--jobs", type=int, default=0, help="also run extract() across N processes")
    parser.add_argument("--stages", default=",".join(STAGES), help="stages to time in one process")
    args = parser.parse_args()
    texts = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract(texts[0])  # warm caches and lazy compiles outside the timing
    print(which_build())
    print(f"calibration: a 5M-step Python loop took {calibration():.2f} s CPU "
          "(scale the numbers below by it when comparing runs)")
    for stage in [s for s in args.stages.split(",") if s]:
        cpu, wall, found = run_stage(texts, stage)
        print(_line(f"{stage} (1 process)", mb, len(texts), cpu, wall, found))
    if args.jobs > 1:
        cpu, wall, found = run_jobs(texts, args.jobs)
        print(_line(f"extract ({args.jobs} procs)", mb, len(texts), cpu, wall, found, args.jobs))


if __name__ == "__main__":
    main()
