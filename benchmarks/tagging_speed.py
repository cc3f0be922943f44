"""Topic tagging speed alone: what `Tagger.tags` (keyword topics + rule stance) costs per quote, by CPU time.

Extracts the quotes of a corpus once (dev articles repeated to --mb, or generated text when ../shared is
absent; not timed), then tags every quote the way ingest's workers do, with a prepared Tagger, --repeat
times, and prints the best run: quotes/s and MB/s of article text (the rate ingest sees), plus how many
tags and non-neutral stances it found (the same count on every run of the same code). Also times
Tagger.prepare() in this fresh process: the pattern compiles ingest pays once, before forking workers.

    .venv/bin/python benchmarks/tagging_speed.py                      # dev once (4.2 MB), best of 5
    .venv/bin/python benchmarks/tagging_speed.py --topics examples/topics.toml --repeat 3
"""

from __future__ import annotations

import argparse
import time

from extract_speed import calibration, corpus, which_build

from quotetrack import topics
from quotetrack.extract import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size in MB (default 4: dev once)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the best is reported")
    parser.add_argument("--topics", default=None, help="taxonomy TOML (default: the configured one)")
    args = parser.parse_args()
    texts = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    quotes = [(q.text, q.cue, q.kind) for text in texts for q in extract(text)]
    print(which_build())
    print(f"calibration: a 5M-step Python loop took {calibration():.2f} s CPU "
          "(scale the numbers below by it when comparing runs)")
    taxonomy = topics.load_taxonomy(args.topics)
    cpu = time.process_time()
    tagger = topics.Tagger(taxonomy).prepare()
    print(f"prepare: {len(taxonomy)} topics compiled in {time.process_time() - cpu:.3f} s CPU")
    best, found = float("inf"), []
    for _ in range(max(1, args.repeat)):
        cpu = time.process_time()
        found = [tagger.tags(text, cue, kind) for text, cue, kind in quotes]
        best = min(best, time.process_time() - cpu)
    tags = [tag for quote_tags in found for tag in quote_tags]
    leaning = sum(1 for tag in tags if tag.stance.label != "neutral")
    print(f"tagging (1 process)    {mb:6.1f} MB {len(texts):6d} articles {len(quotes):7d} quotes | "
          f"{len(tags)} tags, {leaning} support/oppose | best CPU {best:6.3f} s "
          f"{len(quotes) / best:8.0f} quotes/s {mb / best:6.1f} MB/s")


if __name__ == "__main__":
    main()
