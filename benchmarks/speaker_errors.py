"""Speaker error analysis on the dev gold: for matched direct/partial quotes, attribution accuracy
(lenient and strict) per gold speaker_method, on a tuning split and a held-out split (article
index % 5 == 0); then wrong speakers classified by the kind of mention we resolved, with samples.

Usage: python benchmarks/speaker_errors.py [--kinds direct,partial] [--show CLASS,...] [--sample N]
       [--held] [--method span] [--jobs N]
Classes: no-mention (attribution gave no mention), pronoun, role, name, org, null-pred (a mention
resolved to nobody), strict-only (lenient right, strict wrong).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from quotetrack.evaluate import Span, match, speaker_matches
from quotetrack.extract import extract

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"
_ROWS: list[tuple] = []
PRONOUNS = frozenset(["he", "she", "they", "it", "him", "her"])


def _extract(text: str) -> list:
    return extract(text)


def classify(q, ok: bool) -> str:
    """The kind of mention behind a wrong speaker."""
    if ok:
        return "strict-only"
    m = q.speaker_mention
    if m is None:
        return "no-mention"
    low = m.lower().strip()
    if low in PRONOUNS:
        return "pronoun"
    if q.speaker is None:
        return "null-pred"
    if q.speaker_kind == "organisation":
        return "org"
    if low.split()[0] in ("the", "a", "an") or m[:1].islower():
        return "role"
    return "name"


def _ctx(text: str, start: int, end: int, width: int = 220) -> str:
    return (f"{text[max(0, start - width):start]!r} << {text[start:min(end, start + 80)]} >> "
            f"{text[end:end + 60]!r}")


def analyse(articles: list[dict], preds: dict[int, list], kinds: set[str]) -> tuple[dict, list]:
    """Per-method counts [matched, lenient ok, strict ok] and the list of wrong speakers."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    wrong = []
    for i, quotes in preds.items():
        art = articles[i]
        gq = [q for q in art["quotes"] if q["kind"] in kinds]
        golds = [Span(q["start"], q["end"], q["kind"], q.get("speaker")) for q in gq]
        mine = {(q.start, q.end): q for q in quotes}
        spans = [Span(q.start, q.end, q.kind, q.speaker) for q in quotes]
        by_span = {(q["start"], q["end"]): q for q in gq}
        for p, g in match(spans, golds):
            gold = by_span[(g.start, g.end)]
            if not gold.get("speaker") or not gold.get("speaker_resolvable", True):
                continue
            lenient = speaker_matches(p.speaker, g.speaker)
            strict = speaker_matches(p.speaker, g.speaker, strict=True)
            for key in (gold.get("speaker_method") or "?", "ALL"):
                row = acc[key]
                row[0] += 1
                row[1] += lenient
                row[2] += strict
            q = mine[(p.start, p.end)]
            _ROWS.append((i, p.start, q.speaker_mention, p.speaker, g.speaker, lenient, strict))
            if not strict:
                wrong.append((i, q, gold, classify(q, lenient)))
    return acc, wrong


def report(label: str, acc: dict, wrong: list) -> None:
    for key in sorted(acc, key=lambda k: -acc[k][0]):
        n, ok, strict = acc[key]
        print(f"{label} {key:22} n {n:5}  lenient {ok / n:.3f}  strict {strict / n:.3f}")
    counts = Counter(c for *_, c in wrong)
    span_counts = Counter(c for _, _, g, c in wrong if g.get("speaker_method") == "span")
    print(f"{label} wrong by class: {dict(counts.most_common())}")
    print(f"{label} wrong by class (gold method span): {dict(span_counts.most_common())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEV)
    ap.add_argument("--kinds", default="direct,partial")
    ap.add_argument("--show", default="", help="comma-separated classes to print")
    ap.add_argument("--sample", type=int, default=30, help="errors to show (0 = all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--held", action="store_true", help="show errors of the held-out split")
    ap.add_argument("--method", default="", help="show only errors with this gold speaker_method")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--dump", type=Path, help="write every matched quote's speakers (to diff two runs)")
    args = ap.parse_args()
    articles = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    with Pool(args.jobs) as pool:
        results = pool.map(_extract, [a["text"] for a in articles], chunksize=8)
    kinds = set(args.kinds.split(","))
    shown = None
    for label, held in (("tune", False), ("held", True)):
        preds = {i: r for i, r in enumerate(results) if (i % 5 == 0) == held}
        acc, wrong = analyse(articles, preds, kinds)
        report(label, acc, wrong)
        if held == args.held:
            shown = wrong
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in _ROWS), encoding="utf-8")
    show = set(filter(None, args.show.split(",")))
    method = args.method
    picked = [w for w in shown or [] if w[3] in show and (not method or w[2].get("speaker_method") == method)]
    if args.sample:
        picked = random.Random(args.seed).sample(picked, min(args.sample, len(picked)))
    for i, q, gold, cls in picked:
        text = articles[i]["text"]
        print(f"[{cls}] #{i} {q.kind} mention={q.speaker_mention!r} ours={q.speaker!r} "
              f"gold={gold['speaker']!r} "
              f"method={gold.get('speaker_method')} gold mention={gold.get('speaker_mention')!r}")
        print("   ", _ctx(text, q.start, q.end))


if __name__ == "__main__":
    main()
