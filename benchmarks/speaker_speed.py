"""Speaker-stage speed: CPU time of extract() over dev with the candidates computed beforehand.

extract() = unwrap + _candidates() + the speaker loop (Cast, resolve, filters). This script computes every
article's candidates once, then times extract() with those served from a dict, so only the speaker
loop is timed: best of --repeat runs (the machine is shared; the best run is the least disturbed).
A calibration line (a fixed Python loop) comes first: compare runs by it.

Usage: python benchmarks/speaker_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extract_speed import calibration

import quotetrack.extract as extract_module
from quotetrack.extract import extract, unwrap

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the best is printed (default 5)")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8") if line.strip()]
    found = {unwrap(text): extract_module._candidates(unwrap(text)) for text in texts}
    extract_module._candidates = found.__getitem__  # type: ignore[assignment]  # serve, do not compute
    print(f"calibration: a 5M-step Python loop took {calibration():.2f} s CPU")
    runs = []
    quotes = 0
    for _ in range(args.repeat):
        cpu = time.process_time()
        quotes = sum(len(extract(text)) for text in texts)
        runs.append(time.process_time() - cpu)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"speaker stage over dev ({len(texts)} articles, {mb:.1f} MB, {quotes} quotes): best CPU "
          f"{min(runs):.3f} s of {args.repeat} runs ({', '.join(f'{r:.2f}' for r in runs)})")


if __name__ == "__main__":
    main()
