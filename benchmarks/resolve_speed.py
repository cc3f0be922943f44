"""Speaker resolution speed with 1k, 10k and 100k known people.

Builds a database of synthetic people (syllable-made first and last names, some sharing surnames),
then resolves a stream of mentions through ``people.assign_people`` in articles of 10 quotes:
exact names, transliteration/title/initial variants, bare surnames, and unknown names (which create
people). Each size runs twice: with the lazy index (reads only the surname buckets it needs) and after
``PeopleIndex.preload()`` (one scan of all aliases). Prints index time and mentions per second, by wall
clock and by CPU time (the CPU figure is the one to compare on a shared machine). Target: >= 20,000
mentions/s at 100k people on one core.

    .venv/bin/python benchmarks/resolve_speed.py [--sizes 1000,10000,100000] [--mentions 20000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from quotetrack import people
from quotetrack.model import Quote
from quotetrack.names import parse_name
from quotetrack.store import open_db

ONSETS = ["b", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t", "v", "z", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "ou", "ei", "y"]
CODAS = ["", "", "n", "r", "d", "m", "v", "l", "s"]
TITLES = ["Mr", "Dr", "President", "Foreign Minister", "Sen.", "Mullah", "General"]
VARIANTS = [("ou", "u"), ("u", "ou"), ("kh", "h"), ("ei", "ey"), ("y", "i"), ("mm", "m"), ("i", "y")]


def syllable_name(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)]
    return "".join(parts).capitalize()


def make_people(rng: random.Random, n: int) -> list[str]:
    # sorted, not set order: string hashes vary per process, and the method counts must be comparable
    firsts = sorted({syllable_name(rng, rng.choice((2, 2, 3))) for _ in range(max(200, n // 20))})
    lasts = sorted({syllable_name(rng, rng.choice((2, 3, 3))) for _ in range(max(500, n // 2))})
    names: set[str] = set()
    while len(names) < n:
        names.add(f"{rng.choice(firsts)} {rng.choice(lasts)}")
    return sorted(names)


def variant(rng: random.Random, name: str) -> str:
    first, last = name.split(" ", 1)
    choice = rng.randrange(4)
    if choice == 0:
        return f"{rng.choice(TITLES)} {name}"
    if choice == 1:
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRST')}. {last}"
    if choice == 2:
        return f"{name}'s"
    for old, new in rng.sample(VARIANTS, len(VARIANTS)):
        if old in last:
            return f"{first} {last.replace(old, new, 1)}"
    return f"{first.upper()} {last}"


def mentions(rng: random.Random, known: list[str], count: int) -> list[str]:
    out = []
    for _ in range(count):
        kind = rng.random()
        name = rng.choice(known)
        if kind < 0.4:
            out.append(name)
        elif kind < 0.7:
            out.append(variant(rng, name))
        elif kind < 0.85:
            out.append(name.split(" ", 1)[1])
        else:
            out.append(f"{syllable_name(rng, 2)} {syllable_name(rng, 4)}")  # almost surely new
    return out


def build(path: Path, names: list[str]) -> None:
    db = open_db(path)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("insert into people (id, name) values (?, ?)", list(enumerate(names, 1)))
    conn.executemany(
        "insert into aliases (person_id, alias, norm, skey) values (?, ?, ?, ?)",
        [(i, name, parse_name(name).norm, parse_name(name).skey) for i, name in enumerate(names, 1)],
    )
    conn.execute("COMMIT")
    conn.close()


def resolve_all(db, stream: list[str]) -> tuple[float, float, dict[str, int]]:
    """Resolve ``stream`` in articles of 10 quotes inside one rolled-back transaction."""
    methods: dict[str, int] = {}
    db.conn.execute("BEGIN IMMEDIATE")
    db.execute("insert into articles (id, text) values ('bench', '')")
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, len(stream), 10):
        quotes = [Quote(text="q", start=i, end=i + 1, kind="direct", speaker=s)
                  for i, s in enumerate(stream[start:start + 10])]
        for res in people.assign_people(db, "bench", quotes):
            methods[res.method] = methods.get(res.method, 0) + 1
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    db.conn.execute("ROLLBACK")
    return elapsed, cpu, methods


def run(size: int, count: int, seed: int) -> None:
    rng = random.Random(seed)
    names = make_people(rng, size)
    stream = mentions(rng, names, count)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        build(path, names)
        for mode in ("lazy", "preloaded"):
            parse_name.cache_clear()
            db = open_db(path)
            t0 = time.perf_counter()
            index = people.people_index(db)
            if mode == "preloaded":
                index.preload()
            load = time.perf_counter() - t0
            elapsed, cpu, methods = resolve_all(db, stream)
            db.conn.close()
            mix = ", ".join(f"{k} {v}" for k, v in sorted(methods.items()))
            print(f"{size:>7,} people, {mode:>9}: index {load:5.2f}s; {count:,} mentions "
                  f"{elapsed:5.2f}s wall {cpu:5.2f}s CPU = {count / elapsed:7,.0f}/s wall "
                  f"{count / cpu:7,.0f}/s CPU ({mix})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--mentions", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.mentions, args.seed)


if __name__ == "__main__":
    main()
