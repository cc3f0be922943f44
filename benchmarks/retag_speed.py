"""How fast `quotetrack topics retag` re-tags a database: quotes per second over all stored quotes.

Builds (once, cached under benchmarks/out/) a database of 200,000 quotes in 20,000 articles. Quotes are
news-style sentences assembled from a grammar of speakers' attitudes, topic phrases and filler (about
half name a built-in topic), so both FTS candidate matching and stance classification do real work.
Then times ``topics.retag`` (the library call behind the CLI command) a few times and prints the best
and median rate by wall clock and by this process's CPU time (the machine may be shared), plus how
many tags and stances it wrote.

    .venv/bin/python benchmarks/retag_speed.py                   # 200k quotes, 3 runs
    .venv/bin/python benchmarks/retag_speed.py --quotes 50000 --runs 1 --rebuild
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from quotetrack import topics
from quotetrack.store import open_db

OUT = Path(__file__).resolve().parent / "out"
OPENERS = (
    "we strongly support", "we welcome", "it is time for", "we call for", "we firmly reject", "we condemn",
    "there can be no", "we will never accept", "the government said it would review", "nobody is against",
    "we should not rush into", "it would be a mistake to abandon", "we are ready to discuss", "we oppose",
    "the minister spoke about", "officials met to discuss", "they have no objection to",
)
TAILS = (
    "and we will keep saying so", "but only if our partners agree", "before the end of the year",
    "because our people deserve better", "while the talks continue", "as the report makes clear",
    "if conditions on the ground allow it", "which would be a disaster for the region", "",
)
_FILLER_TEXT = """the council met on tuesday to review the budget and the schedule for next year while local
officials said the weather had delayed repairs to the bridge and the new school would open in september
after a long wait for families in the district who had asked for more buses and better roads"""
FILLER = tuple(_FILLER_TEXT.split())


def _sentence(rng: random.Random, keywords: list[str]) -> str:
    if rng.random() < 0.5:
        words = rng.choices(FILLER, k=rng.randint(10, 22))
        return " ".join(words).capitalize() + "."
    keyword = rng.choice(keywords)
    tail = rng.choice(TAILS)
    text = f"{rng.choice(OPENERS)} the {keyword} {tail}".strip()
    if rng.random() < 0.4:
        text = " ".join(rng.choices(FILLER, k=rng.randint(3, 8))).capitalize() + ", and " + text
    return text[0].upper() + text[1:] + "."


def build(path: Path, n_quotes: int, seed: int = 11) -> None:
    """Write a database with ``n_quotes`` quotes (10 per article) to ``path``."""
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    conn = db.conn
    keywords = [k for t in topics.get_topics(db) for k in t.keywords]
    qid = 0
    for first in range(0, n_quotes, 50_000):
        articles, quotes = [], []
        for a in range(first // 10, min(first + 50_000, n_quotes) // 10):
            text, spans = "", []
            for _ in range(10):
                quote = _sentence(rng, keywords)
                prefix = 'The official said: "'
                spans.append((len(text) + len(prefix), quote))
                text += prefix + quote + '"\n\n'
            aid = f"r{a:07d}"
            articles.append((aid, f"Report {a}", "Outlet", "2024-01-01", text))
            for start, quote in spans:
                qid += 1
                kind, cue = rng.choice((("direct", "said"), ("indirect", "urged"), ("indirect", "said")))
                quotes.append((qid, aid, "an official", quote, start, start + len(quote), kind, cue))
        conn.execute("BEGIN")
        conn.executemany("insert into articles(id, title, outlet, published, text) values (?, ?, ?, ?, ?)",
                         articles)
        conn.executemany("insert into quotes(id, article_id, speaker, text, start, end, kind, cue,"
                         " confidence) values (?, ?, ?, ?, ?, ?, ?, ?, 0.9)", quotes)
        conn.execute("COMMIT")
        print(f"  {qid:,} quotes", file=sys.stderr, end="\r")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if cached")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"retag-{args.quotes}.db"
    if args.rebuild or not path.exists():
        t0 = time.perf_counter()
        build(path, args.quotes)
        print(f"built {path} ({args.quotes:,} quotes) in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    db = open_db(path)
    rates, cpu_rates = [], []
    for run in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        report = topics.retag(db)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        rates.append(args.quotes / seconds)
        cpu_rates.append(args.quotes / cpu)
        print(f"run {run + 1}: {seconds:.2f} s wall, {cpu:.2f} s CPU, {rates[-1]:,.0f} quotes/s wall, "
              f"{cpu_rates[-1]:,.0f} quotes/s CPU ({report.tags:,} tags, {report.stances:,} rule stances)")
    print(f"retag: best {max(rates):,.0f} quotes/s, median {statistics.median(rates):,.0f} quotes/s (wall); "
          f"best {max(cpu_rates):,.0f}, median {statistics.median(cpu_rates):,.0f} quotes/s (CPU) "
          f"on {args.quotes:,} quotes")


if __name__ == "__main__":
    main()
