"""Proof that the compiled build (`make fast`, mypyc) extracts exactly what the pure Python build does.

Runs extract() over the dev and seed gold articles (or examples/articles when ../shared is absent)
once in the compiled venv (.venv-fast, site-packages only) and once in the pure one (.venv, with this
checkout's sources first on PYTHONPATH), each in its own process, and compares every field of every
Quote (text, offsets, kind, speaker, mention, kind of speaker, cue, confidence, roles) article by
article, after a pickle round trip (ingest --jobs N pickles quotes between processes). Prints the
counts and the first differences; exits 1 if anything differs or fails.

    make fast && .venv/bin/python benchmarks/compiled_equal.py
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EVAL = REPO.parent / "shared" / "eval"
GOLD = [EVAL / "polnear-dev.jsonl", EVAL / "seed.jsonl"]
EXAMPLES = REPO / "examples" / "articles"


def articles(examples: bool = False) -> list[tuple[str, str]]:
    """(id, text) of the gold articles, or of the example articles if asked or the gold data is absent."""
    if not examples and all(path.exists() for path in GOLD):
        found = []
        for path in GOLD:
            with path.open(encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines if line.strip()]
            found += [(f"{path.stem}:{row.get('id', n)}", row["text"]) for n, row in enumerate(rows)]
        return found
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(EXAMPLES.iterdir())]


def dump(out: Path, examples: bool) -> None:
    """Write the build's name and every article's quotes, all fields, as JSON lines (run in each venv)."""
    from extract_speed import which_build

    from quotetrack.extract import extract

    with out.open("w", encoding="utf-8") as sink:
        sink.write(json.dumps(which_build()) + "\n")
        for ident, text in articles(examples):
            quotes = pickle.loads(pickle.dumps(extract(text)))  # as `ingest --jobs N` gets them from a worker
            sink.write(json.dumps([ident, [asdict(quote) for quote in quotes]]) + "\n")


def run(python: Path, pythonpath: str | None, out: Path, examples: bool) -> str:
    """Dump with ``python`` in a fresh process; returns the build it reported."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    command = [str(python), str(Path(__file__).resolve()), "--dump", str(out)] + ["--examples"] * examples
    if subprocess.run(command, env=env).returncode:
        raise SystemExit(f"extraction failed with {python}: see above")
    with out.open(encoding="utf-8") as lines:
        return json.loads(lines.readline())


def compare(pure: Path, compiled: Path, show: int = 5) -> int:
    """Number of articles whose quotes differ; prints counts and the first ``show`` differences."""
    differ = quotes = 0
    kinds: Counter[str] = Counter()
    fields: set[str] = set()
    with pure.open(encoding="utf-8") as left, compiled.open(encoding="utf-8") as right:
        left.readline(), right.readline()
        rows = 0
        for a, b in zip(left, right, strict=True):
            rows += 1
            (ident, want), (_, got) = json.loads(a), json.loads(b)
            quotes += len(want)
            kinds.update(q["kind"] for q in want)
            fields.update(*want)
            if want != got:
                differ += 1
                if differ <= show:
                    print(f"DIFFERS {ident}: pure {len(want)} quotes, compiled {len(got)}")
                    for w, g in zip(want, got, strict=False):
                        if w != g:
                            print(f"  pure     {w}\n  compiled {g}")
                            break
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    print(f"{rows} articles, {quotes} quotes from the pure build ({by_kind}); "
          f"fields compared: {', '.join(sorted(fields))}")
    print(f"{rows - differ} articles identical, {differ} differ")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pure", type=Path, default=REPO / ".venv" / "bin" / "python")
    parser.add_argument("--compiled", type=Path, default=REPO / ".venv-fast" / "bin" / "python")
    parser.add_argument("--examples", action="store_true", help="compare over examples/articles only")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.examples)
        return 0
    if not args.compiled.exists():
        print(f"no compiled build at {args.compiled}: run `make fast` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pure, compiled = Path(tmp) / "pure.jsonl", Path(tmp) / "compiled.jsonl"
        builds = (run(args.pure, str(REPO), pure, args.examples),
                  run(args.compiled, None, compiled, args.examples))
        print(f"pure:     {builds[0]}\ncompiled: {builds[1]}")
        if "pure Python" not in builds[0] or "compiled" not in builds[1]:
            print("the two runs did not import a pure and a compiled build: nothing proven", file=sys.stderr)
            return 2
        differ = compare(pure, compiled)
    print("IDENTICAL" if not differ else "DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
