"""Latency of `quotes --person / --topic / --search` on a database of 1,000,000 quotes.

The database is built once by fast synthetic inserts (executemany in big transactions; quote text is
real sentences from the example and dev articles, speakers follow a long-tailed distribution) and
cached under benchmarks/out/. Queries go through quotetrack.query (the library the CLI calls); one
CLI run per filter is timed as well (that includes Python start-up). Prints median and p95 in ms.

    .venv/bin/python benchmarks/query_latency.py            # build if missing, then time
    .venv/bin/python benchmarks/query_latency.py --quotes 100000 --runs 50
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_corpus import FIRST, OUTLETS, SURNAMES, load_templates  # noqa: E402

from quotetrack import people, query, topics  # noqa: E402
from quotetrack.store import open_db  # noqa: E402

QUOTES_PER_ARTICLE = 10
PEOPLE = 20_000
TARGET_MS = 50.0
SYLLABLES = ("ka", "ri", "mo", "sa", "la", "vo", "ne", "ta", "bi", "ru", "de", "ha", "zi", "lo", "ma", "qu")
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentences() -> list[str]:
    """Quote-sized sentences from the corpus templates (a realistic FTS vocabulary)."""
    out = []
    for template in load_templates(use_dev=True):
        out += [s.strip() for s in SENTENCE.split(template.text) if 40 <= len(s.strip()) <= 300]
    return out


def people_names(rng: random.Random) -> list[tuple[str, str]]:
    """PEOPLE distinct (name, alias) pairs: "First Surname" and "First Middle Surname"."""
    surnames = list(SURNAMES) + [a.capitalize() + b + c for a in SYLLABLES for b in SYLLABLES
                                 for c in ("i", "zai", "ov")]
    pairs: dict[str, str] = {}
    while len(pairs) < PEOPLE:
        first, last = rng.choice(FIRST), rng.choice(surnames)
        pairs.setdefault(f"{first} {last}", f"{first} {rng.choice(FIRST)} {last}")
    return sorted(pairs.items())


def build(path: Path, total: int, seed: int = 7) -> None:
    """Write ``total`` quotes (and their articles, people, aliases, topic tags) to a fresh database."""
    rng = random.Random(seed)
    tmp = path.with_suffix(".building")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    db = open_db(tmp)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    topics.save_topics(db, topics.load_taxonomy())
    topic_ids = [r[0] for r in conn.execute("SELECT id FROM topics")]
    people_file = path.with_suffix(".people.toml")  # people go in through the library, as a user would
    people_file.write_text("".join(f'[[people]]\nname = "{name}"\naliases = ["{alias}"]\n\n'
                                   for name, alias in people_names(rng)), encoding="utf-8")
    people.load_people(db, people_file)
    ids = dict(conn.execute("SELECT name, id FROM people"))
    names = sorted(ids, key=ids.get)
    pool = sentences()
    weights = [1 / (rank + 10) for rank in range(len(names))]  # long tail: a few people quoted a lot
    cum = list(_accumulate(weights))
    quote_id = 0
    for first in range(0, total // QUOTES_PER_ARTICLE, 5000):
        batch = range(first, min(first + 5000, total // QUOTES_PER_ARTICLE))
        arts, quotes, tags = [], [], []
        for n in batch:
            texts = [rng.choice(pool) for _ in range(QUOTES_PER_ARTICLE)]
            speakers = rng.choices(range(1, len(names) + 1), cum_weights=cum, k=QUOTES_PER_ARTICLE)
            body, pos = [], 0
            for text, pid in zip(texts, speakers, strict=True):
                quote_id += 1
                start = pos + 1
                quotes.append((quote_id, f"a{n}", pid, names[pid - 1], text, start, start + len(text),
                               rng.choice(("direct", "direct", "indirect", "partial")), "said", 0.8))
                if rng.random() < 0.3:
                    tags.append((quote_id, rng.choice(topic_ids), "keyword"))
                body.append(f"“{text}”")
                pos += len(text) + 4
            day = f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            arts.append((f"a{n}", f"Synthetic report {n}", rng.choice(OUTLETS), day, "\n\n".join(body)))
        with conn:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO articles (id, title, outlet, published, text) VALUES (?,?,?,?,?)",
                             arts)
            conn.executemany(
                "INSERT INTO quotes (id, article_id, person_id, speaker, text, start, end, kind, cue,"
                " confidence) VALUES (?,?,?,?,?,?,?,?,?,?)", quotes)
            conn.executemany("INSERT INTO quote_topics (quote_id, topic_id, matched) VALUES (?,?,?)", tags)
        print(f"\r{quote_id:,} quotes", end="", file=sys.stderr)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(file=sys.stderr)
    tmp.rename(path)


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for v in values:
        total += v
        yield total


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median and p95 milliseconds of ``fn`` over ``runs`` calls (after one warm-up call)."""
    result = fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))], result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--limit", type=int, default=50, help="rows fetched per query, as a screen would")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress lines appear as they are measured
    path = HERE / "out" / f"query-{args.quotes}.db"
    path.parent.mkdir(exist_ok=True)
    if args.rebuild or not path.exists():
        t0 = time.perf_counter()
        build(path, args.quotes)
        print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    db = open_db(path)
    conn = db.conn
    heavy = conn.execute("SELECT name FROM people WHERE id = 1").fetchone()[0]
    typical = conn.execute("SELECT name FROM people WHERE id = 5000").fetchone()[0]
    alias = conn.execute("SELECT alias FROM aliases WHERE person_id = 5000").fetchone()[0]
    topic = conn.execute(
        "SELECT label FROM topics t JOIN quote_topics q ON q.topic_id = t.id GROUP BY t.id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    cases = [
        ("--person (most quoted)", dict(person=heavy)),
        ("--person (typical)", dict(person=typical)),
        ("--person (alias)", dict(person=alias)),
        ("--topic", dict(topic=topic)),
        ("--search ceasefire", dict(search="ceasefire")),
        ("--search \"military solution\"", dict(search='"military solution"')),
        ("--search the (very common)", dict(search="the")),
        ("--person + --search", dict(person=heavy, search="peace")),
    ]
    total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    print(f"{total:,} quotes, {PEOPLE:,} people; limit {args.limit}; {args.runs} runs each; "
          f"target < {TARGET_MS:.0f} ms")
    print(f"{'library query':34} {'rows':>6} {'median ms':>10} {'p95 ms':>8}")
    worst = 0.0
    for label, filters in cases:
        f = query.QuoteFilter(limit=args.limit, **filters)
        med, p95, rows = timed(lambda f=f: list(query.quotes(db, f)), args.runs)
        worst = max(worst, p95)
        print(f"{label:34} {len(rows):>6} {med:>10.2f} {p95:>8.2f}")
    print(f"{'CLI (process start included)':34} {'':>6} {'wall ms':>10}")
    exe = HERE.parent / ".venv" / "bin" / "quotetrack"
    runs = [("--version (start-up only)", None), ("quotes --person", ["--person", typical]),
            ("quotes --topic", ["--topic", topic]), ("quotes --search", ["--search", "ceasefire"])]
    for label, flag in runs:
        cmd = [str(exe), "--version"] if flag is None else [
            str(exe), "--db", str(path), "quotes", *flag, "--limit", str(args.limit), "--json"]
        med, _, _ = timed(lambda cmd=cmd: subprocess.run(cmd, capture_output=True, check=True), 3)
        print(f"{label:34} {'':>6} {med:>10.0f}")
    print(f"worst library p95: {worst:.2f} ms ({'OK' if worst < TARGET_MS else 'ABOVE TARGET'})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("COLUMNS", "160")
    sys.exit(main())
