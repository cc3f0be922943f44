"""Indirect-speech error analysis on the dev gold: scores and samples of misses, false reports,
boundary errors and wrong speakers, on a tuning split and a held-out split (article index % 5 == 0).

Usage: python benchmarks/indirect_errors.py [--show fp,fn,bnd,spk] [--sample N] [--seed S] [--held]
Prints the split scores, then the chosen error kinds for a random sample of articles with context,
then counts and the most frequent cues among misses and false reports.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from quotetrack.evaluate import KINDS_REPORTED, Span, Tally, gold_spans, match, score_article, speaker_matches
from quotetrack.extract import extract

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"


def run(articles: list[dict], held: bool) -> dict[int, list]:
    return {i: extract(a["text"]) for i, a in enumerate(articles) if (i % 5 == 0) == held}


def report(articles: list[dict], preds: dict[int, list], label: str) -> None:
    tot = {k: Tally() for k in KINDS_REPORTED}
    for i, quotes in preds.items():
        p = [Span(q.start, q.end, q.kind, q.speaker) for q in quotes]
        for k in KINDS_REPORTED:
            tot[k].add(score_article(p, gold_spans(articles[i]), k))
    for k in ("indirect", "all"):
        r = tot[k].row(k)
        print(f"{label} {k:8} P {r['P']:.4f} R {r['R']:.4f} F1 {r['F1']:.4f} "
              f"attribution {r['attribution']:.4f} e2e F1 {r['e2e_F1']:.4f} "
              f"(pred {r['pred']}, gold {r['gold']})")


def _ctx(text: str, start: int, end: int) -> str:
    return f"{text[max(0, start - 150):start]!r} << {text[start:end]} >> {text[end:end + 40]!r}"


def errors(articles: list[dict], preds: dict[int, list], ids: list[int], show: set[str]) -> None:
    counts: Counter = Counter()
    fn_cues: Counter = Counter()
    fp_cues: Counter = Counter()
    for i in ids:
        text, gq = articles[i]["text"], articles[i]["quotes"]
        gold = [Span(q["start"], q["end"], q["kind"], q.get("speaker")) for q in gq]
        mine = [q for q in preds[i] if q.kind == "indirect"]
        spans = [Span(q.start, q.end, q.kind, q.speaker) for q in mine]
        pairs = match(spans, [g for g in gold if g.kind == "indirect"])
        hit_p, hit_g = {(p.start, p.end) for p, _ in pairs}, {(g.start, g.end) for _, g in pairs}
        for q in mine:
            if (q.start, q.end) in hit_p:
                continue
            over = [g for g in gold if g.start < q.end and q.start < g.end]
            tag = "bnd" if any(g.kind == "indirect" for g in over) else "fp"
            counts[tag] += 1
            fp_cues[q.cue] += tag == "fp"
            if tag in show:
                print(f"[{tag}] #{i} cue={q.cue!r} mention={q.speaker_mention!r} speaker={q.speaker!r}")
                print("   P:", _ctx(text, q.start, q.end))
                for g in over:
                    print(f"   G[{g.kind}]: << {text[g.start:g.end]} >>")
        for q in gq:
            if q["kind"] != "indirect" or (q["start"], q["end"]) in hit_g:
                continue
            if any(p.start < q["end"] and q["start"] < p.end for p in spans):
                continue  # a boundary error, shown above
            counts["fn"] += 1
            fn_cues[(q.get("cue") or "").lower()] += 1
            if "fn" in show:
                print(f"[fn] #{i} cue={q.get('cue')!r} mention={q.get('speaker_mention')!r}")
                print("   G:", _ctx(text, q["start"], q["end"]))
        for p, g in pairs:
            gq1 = next(q for q in gq if (q["start"], q["end"]) == (g.start, g.end))
            if gq1.get("speaker") and gq1.get("speaker_resolvable", True) and not speaker_matches(p.speaker,
                                                                                                  g.speaker):
                counts["spk"] += 1
                if "spk" in show:
                    q = next(q for q in mine if (q.start, q.end) == (p.start, p.end))
                    print(f"[spk] #{i} pred={p.speaker!r} mention={q.speaker_mention!r} gold={g.speaker!r} "
                          f"gold mention={gq1.get('speaker_mention')!r}")
    print(dict(counts))
    print("missed cues:", fn_cues.most_common(40))
    print("false-report cues:", fp_cues.most_common(40))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEV)
    ap.add_argument("--show", default="", help="comma-separated: fp,fn,bnd,spk")
    ap.add_argument("--sample", type=int, default=40, help="articles to show errors for (0 = all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--held", action="store_true", help="study the held-out split (normally only scored)")
    args = ap.parse_args()
    articles = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    tune, held = run(articles, False), run(articles, True)
    report(articles, tune, "tune")
    report(articles, held, "held")
    preds = held if args.held else tune
    ids = sorted(preds)
    if args.sample:
        ids = random.Random(args.seed).sample(ids, min(args.sample, len(ids)))
    errors(articles, preds, ids, set(filter(None, args.show.split(","))))


if __name__ == "__main__":
    main()
