"""Person identity across articles on the dev gold: do our person ids cluster quotes as the gold
speaker names do?

The dev gold is ingested into a fresh database (the real ingest path, people resolved article after
article), predicted quotes are matched to gold quotes (quotetrack.evaluate.match), and the person ids
of the matched quotes are compared, ACROSS articles, with the gold speakers by B-cubed precision
(does one id hold one person?) and recall (is one person under one id?). Quotes we gave no person
are left out (counted).

Gold person = the normalised gold name, by a conservative rule: folded, lower-case, titles stripped
(evaluate.name_tokens), middle initials and Jr/Sr dropped, an everyday given name written as its
family ("Joe", "Joseph" -> one form, lexicon.GIVEN_NAME_FORMS). The gold gives the fullest name IN
THE ARTICLE, so a one-word gold name ("Trump": the article never said more) joins the one multi-word
gold name ending in that word when there is exactly one in the whole gold; when several share it
("Clinton": Hillary, Bill, Chelsea) the gold cannot say who is meant and those quotes are left out
(counted). No spelling variants are joined, so a merge counted against us may be a variant the gold
keeps apart: the listings show the names.

Two subsets are scored: every matched quote, and the "identity" subset, where our speaker string
agrees with the gold one (evaluate.speaker_matches): there an error is the people resolver's, not
the attribution's.

Merges listed: an id holding quotes of gold people whose names are clearly different
(speaker_matches false between them). Splits listed: a gold person under several ids.

    .venv/bin/python benchmarks/person_identity.py                   # numbers only
    .venv/bin/python benchmarks/person_identity.py --show 15         # with the 15 worst of each
    .venv/bin/python benchmarks/person_identity.py --db /tmp/dev.db  # reuse (or keep) a database
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from quotetrack import ingest, readers, store
from quotetrack.evaluate import Span, gold_spans, match, name_tokens, speaker_matches
from quotetrack.lexicon import GIVEN_NAME_FORMS

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"

Item = tuple[str, str, int, str]  # (article, gold person, person id, our speaker string)


_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _gold_key(name: str) -> str:
    tokens = [t for t in name_tokens(name) if len(t) > 1 and t not in _SUFFIXES] or name_tokens(name)
    if len(tokens) > 1 and tokens[0] in GIVEN_NAME_FORMS:
        tokens[0] = min(GIVEN_NAME_FORMS[tokens[0]])
    return " ".join(tokens)


def gold_people(golds: list[dict]) -> dict[str, str | None]:
    """Gold speaker name -> gold person key (None: a bare surname several gold people share), by the
    conservative rule of the module docstring."""
    names = {q["speaker"] for a in golds for q in a["quotes"] if q.get("speaker")}
    keys = {g: _gold_key(g) for g in names}
    multi = defaultdict(set)
    for key in keys.values():
        if " " in key:
            multi[key.rsplit(" ", 1)[1]].add(key)
    out: dict[str, str | None] = {}
    for g, k in keys.items():
        holders = multi.get(k, set()) if " " not in k else set()
        out[g] = k if not holders else next(iter(holders)) if len(holders) == 1 else None
    return out


def ingested(path: Path, db_path: Path, jobs: int) -> float:
    """Ingest ``path`` into ``db_path`` (unless it holds articles already); seconds taken."""
    db = store.open_db(db_path)
    if db.execute("select count(*) from articles").fetchone()[0]:
        return 0.0
    began = time.perf_counter()
    ingest.ingest(db, readers.read_inputs([str(path)]), jobs=jobs)
    return time.perf_counter() - began


def matched_items(golds: list[dict], db_path: Path) -> tuple[list[Item], list[Item], Counter]:
    """(every matched quote with a person, the identity subset, counts of matched quotes left out:
    given no person by us, or of a gold bare surname several people share)."""
    db = store.open_db(db_path)
    rows = defaultdict(list)
    for ext, start, end, pid, speaker in db.execute(
        "select a.external_id, q.start, q.end, q.person_id, q.speaker from quotes q "
        "join articles a on a.id = q.article_id"
    ):
        rows[ext].append((start, end, pid, speaker))
    key = gold_people(golds)
    every, identity, left = [], [], Counter()
    for article in golds:
        preds = [Span(s, e, "direct", f"{pid}\t{sp or ''}") for s, e, pid, sp in rows.get(article["id"], [])]
        for p, g in match(preds, [g for g in gold_spans(article) if g.resolvable]):
            pid, speaker = (p.speaker or "").split("\t", 1)
            if pid == "None" or key[g.speaker] is None:
                left["no person" if pid == "None" else "ambiguous gold surname"] += 1
                continue
            item = (article["id"], key[g.speaker], int(pid), speaker)
            every.append(item)
            if speaker_matches(speaker, g.speaker):
                identity.append(item)
    return every, identity, left


def bcubed(items: list[Item]) -> tuple[float, float]:
    """B-cubed precision and recall of the person ids against the gold people."""
    pair = Counter((gold, pid) for _, gold, pid, _ in items)
    by_pid = Counter(pid for _, _, pid, _ in items)
    by_gold = Counter(gold for _, gold, _, _ in items)
    n = len(items) or 1
    precision = sum(pair[g, p] ** 2 / by_pid[p] for g, p in pair) / n
    recall = sum(pair[g, p] ** 2 / by_gold[g] for g, p in pair) / n
    return precision, recall


def merges(items: list[Item], names: dict[int, str], label: dict[str, str]) -> list[tuple[int, str, Counter]]:
    """Ids holding quotes of clearly different gold people: (quotes not of the main person, id name,
    gold names with what we called them, and counts), worst first."""
    held: dict[int, Counter] = defaultdict(Counter)
    said: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for _, gold, pid, speaker in items:
        held[pid][gold] += 1
        said[pid, gold][speaker] += 1
    out = []
    for pid, golds in held.items():
        main = golds.most_common(1)[0][0]
        wrong = sum(n for g, n in golds.items() if not speaker_matches(label[g], label[main]))
        if wrong:
            shown = Counter({f"{label[g]} (ours: {', '.join(said[pid, g])})": n for g, n in golds.items()})
            out.append((wrong, f"#{pid} {names[pid]}", shown))
    return sorted(out, key=lambda x: (-x[0], x[1]))


def splits(items: list[Item], names: dict[int, str], label: dict[str, str]) -> list[tuple[int, str, Counter]]:
    """Gold people under several ids: (quotes not under the main id, gold person, id names with
    counts), worst first."""
    under: dict[str, Counter] = defaultdict(Counter)
    for _, gold, pid, _ in items:
        under[gold][pid] += 1
    out = []
    for gold, pids in under.items():
        if len(pids) > 1:
            lost = sum(pids.values()) - pids.most_common(1)[0][1]
            out.append((lost, label[gold], Counter({f"#{p} {names[p]}": n for p, n in pids.items()})))
    return sorted(out, key=lambda x: (-x[0], x[1]))


def labels(golds: list[dict]) -> dict[str, str]:
    """Gold person key -> its fullest gold name, the most often written of those (to show and compare)."""
    key = gold_people(golds)
    seen: dict[str, Counter] = defaultdict(Counter)
    for article in golds:
        for q in article["quotes"]:
            if q.get("speaker") and key[q["speaker"]] is not None:
                seen[key[q["speaker"]]][q["speaker"]] += 1  # type: ignore[index]
    return {k: max(names, key=lambda n: (len(n.split()), names[n])) for k, names in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV)
    parser.add_argument("--db", type=Path, help="database to ingest into (reused when it has articles)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="list this many of the worst merges and splits")
    args = parser.parse_args()
    golds = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "identity.db"
        seconds = ingested(args.gold, db_path, args.jobs)
        every, identity, left = matched_items(golds, db_path)
        names = dict(store.open_db(db_path).execute("select id, name from people").fetchall())
    print(f"{len(golds)} gold articles" + (f", ingested in {seconds:.1f} s" if seconds else ""))
    print(f"matched quotes with a gold speaker: {len(every) + left.total()}; left out: "
          + ", ".join(f"{k} {v}" for k, v in sorted(left.items())))
    for label, items in (("all matched", every), ("identity subset", identity)):
        p, r = bcubed(items)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        people = len({g for _, g, _, _ in items})
        ids = len({pid for _, _, pid, _ in items})
        print(f"{label:16} quotes {len(items):6}  gold people {people:5}  ids {ids:5}  "
              f"B3 P {p:.4f}  R {r:.4f}  F1 {f1:.4f}")
    label = labels(golds)
    bad_merges, bad_splits = merges(identity, names, label), splits(identity, names, label)
    print(f"identity subset: {len(bad_merges)} ids merging clearly different people "
          f"({sum(m[0] for m in bad_merges)} quotes); {len(bad_splits)} gold people split "
          f"({sum(s[0] for s in bad_splits)} quotes outside their main id)")
    for title, rows in (("worst merges (id: gold people)", bad_merges[:args.show]),
                        ("worst splits (gold person: ids)", bad_splits[:args.show])):
        if rows:
            print(f"\n{title}")
        for n, label, counts in rows:
            print(f"  {n:4}  {label}: " + "; ".join(f"{k} x{v}" for k, v in counts.most_common(6)))


if __name__ == "__main__":
    main()
