"""Peak memory of `quotetrack ingest` at 10k and 100k articles: the RSS must stay flat as the corpus grows.

Each measurement runs the CLI under a fresh wrapper process, which then reads
resource.getrusage(RUSAGE_CHILDREN).ru_maxrss: the peak RSS of the largest single process of that
ingest (the main/writer process, or a worker with --jobs > 1). Corpora are generated (streamed) by
make_corpus.py and cached under benchmarks/out/.

    .venv/bin/python benchmarks/ingest_memory.py                   # 10k and 100k articles, --jobs 1
    .venv/bin/python benchmarks/ingest_memory.py --articles 10000 50000 --jobs 2
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXE = HERE.parent / ".venv" / "bin" / "quotetrack"
TARGET_MB = 200
WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def corpus(articles: int, seed: int = 2) -> Path:
    path = HERE / "out" / f"corpus-{articles}-seed{seed}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--articles", str(articles),
                        "--seed", str(seed), "-o", str(path)], check=True)
    return path


def peak_rss_mb(cmd: list[str]) -> float:
    """Peak RSS (MB) of the largest process spawned by ``cmd``, measured from a clean wrapper."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress lines appear as they are measured
    print(f"{'articles':>9} {'corpus MB':>9} {'jobs':>4} {'seconds':>8} {'peak RSS MB':>11}")
    for n in args.articles:
        path = corpus(n)
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [str(EXE), "--db", str(Path(tmp) / "mem.db"), "ingest", str(path), "--jobs", str(args.jobs),
                   "--quiet"]
            t0 = time.perf_counter()
            peak = peak_rss_mb(cmd)
            seconds = time.perf_counter() - t0
        print(f"{n:>9,} {path.stat().st_size / 1e6:>9.0f} {args.jobs:>4} {seconds:>8.0f} {peak:>11.0f}")
    print(f"target: < {TARGET_MB} MB at 100k articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
