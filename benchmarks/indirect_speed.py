"""Speed of indirect-speech detection alone: MB/s of article text on one core (CPU time).

Usage: python benchmarks/indirect_speed.py [GOLD.jsonl] [--repeat N]
Uses the dev set when present (its direct/partial gold spans as the `taken` spans), else a
generated corpus, so it runs in a clone without ../shared. Also times the two whole-text regex
passes alone (cue verbs, sentence bounds): together they bound how fast find_indirect can get; the
rest is per-cue work (sentence, content, speaker), printed per cue hit.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quotetrack.indirect import _BOUNDARY_RE, _CUE_RE, find_indirect

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"
SAMPLE = (
    "Ana Ruiz, who chairs the water board, warned that the reservoirs were running low. "
    "“We cannot wait for rain,” she said. The council should act now, Ruiz added, according to "
    "a statement. Brandt told reporters the plan would cost too much and urged the board to wait.\n"
)


def corpus(path: Path | None) -> list[tuple[str, list[tuple[int, int]]]]:
    if path and path.exists():
        out = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                taken = sorted((q["start"], q["end"]) for q in a.get("quotes", []) if q["kind"] != "indirect")
                out.append((a["text"], taken))
        return out
    return [(SAMPLE * 40, [])] * 1000


def cpu(fn, repeat: int) -> float:
    """Best CPU time of ``repeat`` runs of ``fn``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEV)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = corpus(args.gold)
    size = sum(len(t.encode("utf-8")) for t, _ in data) / 1e6
    n = sum(len(find_indirect(t, taken)) for t, taken in data)
    best = cpu(lambda: [find_indirect(t, taken) for t, taken in data], args.repeat)
    print(f"{len(data)} articles, {size:.1f} MB, {n} indirect candidates: "
          f"{size / best:.1f} MB/s, {len(data) / best:.0f} articles/s (best of {args.repeat}, CPU time)")
    scans = 0.0
    for name, rx in (("cue scan", _CUE_RE), ("sentence scan", _BOUNDARY_RE)):
        part = cpu(lambda rx=rx: [rx.findall(t) for t, _ in data], args.repeat)
        scans += part
        print(f"  {name:14} alone: {part:.3f} s = {100 * part / best:.0f}% ({size / part:.0f} MB/s)")
    hits = sum(len(_CUE_RE.findall(t)) for t, _ in data)
    print(f"  the rest: {1e6 * (best - scans) / hits:.1f} µs per cue hit ({hits} hits); with free per-hit "
          f"work the two scans alone cap the speed-up at {best / scans:.1f}x")


if __name__ == "__main__":
    main()
