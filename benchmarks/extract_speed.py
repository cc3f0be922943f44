"""Extraction speed: MB/s and articles/s for extract() alone, in one process and across processes.

Builds a corpus of at least --mb megabytes from the dev JSONL texts (repeated), or from generated
text when ../shared is absent. Usage: python benchmarks/extract_speed.py [--mb 10] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from pathlib import Path

from quotetrack.extract import extract

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"
_GENERATED = (
    "Mayor Ana Lind opened the bridge on Monday. “This bridge joins two towns,” Lind said. "
    "She said the work had cost less than planned. “We finished early,” she added, “and under budget.”\n\n"
    "Critics called it a “vanity project”. According to engineer Tomas Berg, "
    "“the steel will last a century.”\n\n"
)


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


def _count(text: str) -> int:
    return len(extract(text))


def run(texts: list[str], jobs: int) -> tuple[float, int]:
    start = time.perf_counter()
    if jobs == 1:
        quotes = sum(map(_count, texts))
    else:
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            quotes = sum(pool.imap_unordered(_count, texts, chunksize=16))
    return time.perf_counter() - start, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--jobs", type=int, default=0, help="also run across N processes")
    args = parser.parse_args()
    texts = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    runs = [1] + ([args.jobs] if args.jobs > 1 else [])
    for jobs in runs:
        seconds, quotes = run(texts, jobs)
        print(f"jobs={jobs}: {mb:.1f} MB, {len(texts)} articles, {quotes} quotes in {seconds:.2f} s -> "
              f"{mb / seconds:.1f} MB/s, {len(texts) / seconds:.0f} articles/s"
              + (f", {mb / seconds / jobs:.1f} MB/s per process" if jobs > 1 else ""))


if __name__ == "__main__":
    main()
