"""How fast `quotetrack ask` answers on a large database: median and p95 milliseconds per question.

Builds (once, cached under benchmarks/out/) a synthetic database of 1,000,000 quotes: many people with
a skewed share of quotes, ~100k articles over ten years, the built-in topic taxonomy with tags and
stances. Rows go in with executemany inside big transactions. Then each question is parsed and
answered N times through the library (parse + resolve + query; rendering excluded).

    .venv/bin/python benchmarks/ask_latency.py                      # 1M quotes, 20 runs per question
    .venv/bin/python benchmarks/ask_latency.py --quotes 100000 --runs 10 --rebuild
    .venv/bin/python benchmarks/ask_latency.py --runs 10 --cli    # and whole `quotetrack ask` processes
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from quotetrack import topics
from quotetrack.answer import answer
from quotetrack.ask import parse
from quotetrack.errors import NotFoundError
from quotetrack.names import parse_name
from quotetrack.store import open_db

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2024, 6, 20)
QUESTIONS = (
    "what did Lavrov say",
    "what has Karzai said about Russia",
    "Lavrov on withdrawal",
    "quotes from Baradar since March 2024",
    "what did Noor say between May and June",
    "who said 'no military solution'",
    "who said 'military solution was never'",
    "who talked about ceasefire",
    "who supports troop withdrawal",
    "where does Lavrov stand on withdrawal",
    "has Noor's stance on the Taliban changed",
    "compare Lavrov and Karzai on peace talks",
    "how many times did Karzai mention Russia",
    "who is quoted most about the Taliban",
    "who is quoted most",
    "what did Lavorv say",
)

FAMOUS = ("Sergey Lavrov", "Hamid Karzai", "Atta Mohammad Noor", "Abdul Ghani Baradar", "Zalmay Khalilzad")
SYLLABLES = tuple("karimosalavonetabirudehazilomafegonipasuyakodileba"[i:i + 2] for i in range(0, 50, 2))
_FILLER_TEXT = """we the people government country region talks meeting week today future security officials
plan
process agreement our their must will not can be have this that for with all new economy border forces leaders
council minister statement support interests"""
FILLER = tuple(_FILLER_TEXT.split())
SUPPORT = ("we strongly support", "we welcome", "it is time for", "we call for")
OPPOSE = ("we firmly reject", "we condemn", "there can be no", "we will never accept")
OUTLETS = tuple(f"Outlet {i}" for i in range(30))
SIGNATURE = "no military solution"


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def build(path: Path, n_quotes: int, seed: int = 7) -> None:
    """Write a synthetic database with ``n_quotes`` quotes to ``path``."""
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    conn = db.conn
    taxonomy = topics.get_topics(db)
    n_people = max(len(FAMOUS) + 10, n_quotes // 50)
    names = list(FAMOUS) + [_name(rng) for _ in range(n_people - len(FAMOUS))]
    conn.execute("BEGIN")
    conn.executemany("insert into people(id, name) values (?, ?)", enumerate(names, 1))
    keys = (parse_name(n, "person") for n in names)  # the keys people.py writes and looks up
    conn.executemany("insert or ignore into aliases(person_id, alias, norm, skey, source)"
                     " values (?, ?, ?, ?, 'auto')",
                     ((i, n, k.norm, k.skey) for (i, n), k in zip(enumerate(names, 1), keys, strict=True)))
    conn.execute("COMMIT")
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_people)]
    per_article = 10
    start_day = date(2015, 1, 1)
    qid = 0
    for first in range(0, n_quotes // per_article, 10_000):
        conn.execute("BEGIN")
        rows = _articles(rng, first, min(first + 10_000, n_quotes // per_article), per_article, qid,
                         names, weights, taxonomy, start_day)
        conn.executemany("insert into articles(id, title, outlet, published, text) values (?, ?, ?, ?, ?)",
                         rows["articles"])
        conn.executemany("insert into quotes(id, article_id, person_id, speaker, text, start, end, kind, cue,"
                         " confidence) values (?, ?, ?, ?, ?, ?, ?, ?, 'said', 0.9)", rows["quotes"])
        conn.executemany("insert into quote_topics(quote_id, topic_id, matched) values (?, ?, ?)",
                         rows["tags"])
        conn.executemany("insert into stances(quote_id, topic_id, label, confidence, cues)"
                         " values (?, ?, ?, 0.8, ?)", rows["stances"])
        conn.execute("COMMIT")
        qid += len(rows["quotes"])
        print(f"  {qid:,} quotes", file=sys.stderr, end="\r")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(file=sys.stderr)


def _articles(rng, first, last, per_article, qid, names, weights, taxonomy, start_day) -> dict[str, list]:
    out: dict[str, list] = {"articles": [], "quotes": [], "tags": [], "stances": []}
    for a in range(first, last):
        aid = f"a{a:07d}"
        speakers = rng.choices(range(len(names)), weights=weights, k=per_article)
        text, spans = "", []
        for pid in speakers:
            quote, tag, label = _quote(rng, taxonomy)
            prefix = f'{names[pid]} said: "'
            spans.append((len(text) + len(prefix), quote, pid, tag, label))
            text += prefix + quote + '"\n\n'
        published = (start_day + timedelta(days=rng.randrange(3650))).isoformat()
        out["articles"].append((aid, f"Report {a}", rng.choice(OUTLETS), published, text))
        for start, quote, pid, tag, label in spans:
            qid += 1
            out["quotes"].append((qid, aid, pid + 1, names[pid], quote, start, start + len(quote),
                                  rng.choice(("direct", "direct", "indirect", "partial"))))
            if tag:
                out["tags"].append((qid, tag[0], tag[1]))
                out["stances"].append((qid, tag[0], label, json.dumps([label])))
    return out


def _quote(rng: random.Random, taxonomy) -> tuple[str, tuple[int, str] | None, str]:
    words = rng.choices(FILLER, k=rng.randint(8, 16))
    tag, label = None, "neutral"
    if taxonomy and rng.random() < 0.6:
        topic = rng.choice(taxonomy)
        if topic.keywords:
            keyword = rng.choice(topic.keywords)
            label = rng.choice(("support", "oppose", "neutral"))
            cue = {"support": rng.choice(SUPPORT), "oppose": rng.choice(OPPOSE), "neutral": "on"}[label]
            words[rng.randrange(len(words)):0] = [cue, keyword]
            tag = (topic.id, keyword)
    if rng.random() < 0.001:
        words.insert(0, f"there is {SIGNATURE}")
    return " ".join(words).capitalize() + ".", tag, label


def time_questions(path: Path, runs: int) -> list[tuple[str, float, float, float, float, int]]:
    """(question, first ms, median ms, p95 ms, median CPU ms, rows) for every question.

    CPU time is this process's; on a loaded machine wall time includes waiting for a core.
    """
    results = []
    for question in QUESTIONS:
        db = open_db(path)
        times, cpu, rows = [], [], 0
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                rows = len(answer(db, parse(question, today=TODAY)).rows)
            except NotFoundError:  # "Did you mean" is an answer too
                rows = -1
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        db.conn.close()
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        results.append((question, times[0], statistics.median(times), p95, statistics.median(cpu), rows))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if cached")
    parser.add_argument("--cli", action="store_true",
                        help="also time each question as a `quotetrack ask` process (start-up included)")
    args = parser.parse_args()
    path = OUT / f"ask-{args.quotes}.db"
    OUT.mkdir(exist_ok=True)
    if args.rebuild or not path.exists():
        t0 = time.perf_counter()
        build(path, args.quotes)
        print(f"built {path} ({args.quotes:,} quotes) in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    head = f"{'question':48} {'first':>8} {'median':>8} {'p95':>8} {'cpu':>8} {'rows':>6}"
    print(f"{head}   ({args.runs} runs, ms; cpu = median CPU time of this process)")
    worst = worst_p95 = worst_first = 0.0
    for question, first, median, p95, cpu, rows in time_questions(path, args.runs):
        worst, worst_p95, worst_first = max(worst, median), max(worst_p95, p95), max(worst_first, first)
        print(f"{question:48} {first:8.1f} {median:8.1f} {p95:8.1f} {cpu:8.1f} {rows:6d}", flush=True)
    print(f"slowest median {worst:.1f} ms, p95 {worst_p95:.1f} ms, first call on a new connection "
          f"{worst_first:.1f} ms (targets: each query < 50 ms; ask < 100 ms); rows -1 = unknown name, "
          "suggestions given")
    if args.cli:
        time_cli(path)


def time_cli(path: Path, runs: int = 3) -> None:
    """Median wall ms of whole `quotetrack ask` processes: what a user waits for, start-up included."""
    exe = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "quotetrack"
    print(f"{'CLI process (wall ms, median of ' + str(runs) + ')':48} {'ms':>8}")
    for question in (None, *QUESTIONS):
        cmd = [str(exe), "--version"] if question is None else [
            str(exe), "--db", str(path), "ask", question, "--json", "--today", TODAY.isoformat()]
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{question or '--version (start-up only)':48} {statistics.median(times):8.0f}", flush=True)


if __name__ == "__main__":
    main()
