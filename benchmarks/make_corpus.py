"""Generate a realistic synthetic news corpus of any size, streamed to JSONL (and optionally .txt files).

Templates are the example articles (and ../shared/eval/polnear-dev.jsonl when present). Each generated
article takes a template, swaps every person's name tokens for names drawn from generated pools
(consistently within the article, so "Hamid Karzai ... Karzai ... Mr Karzai" stays one person and two
Karzais stay two Karzais), and gets a new date, outlet and id. Output is written line by line; only the
templates (a few MB) are held in memory.

    python benchmarks/make_corpus.py --articles 10000 -o benchmarks/out/corpus-10k.jsonl
    python benchmarks/make_corpus.py --mb 20 -o corpus.jsonl --txt-dir corpus/ --no-dev
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"
DEV = REPO.parent / "shared" / "eval" / "polnear-dev.jsonl"

# The people of our own example articles, with the spelling variants the articles use.
EXAMPLE_PEOPLE = (
    "Sergey Sergei Lavrov", "Abdul Ghani Abdulghani Baradar", "Hamid Karzai", "Hekmat Khalil Karzai",
    "Atta Mohammad Mohammed Muhammad Noor", "Karim Khalili", "Zalmay Khalilzad", "Ingrid Halvorsen",
    "Abdul Rahim Sultani", "Mir Ahmad Sultanzai", "Jens Albrecht", "Nazifa Rahimi", "Farida Naseri",
)


def _pool(words: str) -> tuple[str, ...]:
    return tuple(words.split())


FIRST = _pool(
    "Ahmad Ali Amina Anwar Arif Asad Ayesha Bashir Bilal Dawood Fahim Farah Fawad Ghulam Habib Hamida Haroon "
    "Hassan Homa Idris Imran Jamila Javed Kamal Khalid Latifa Mahmood Malalai Marwa Masood Mina Mirwais "
    "Nadia Najib Naveed Nilofar Omar Parwin Qasim Rahim Rashid Sadiq Saima Salim Samira Shafiq Shirin "
    "Sohail Tahir Tariq Wahid Yasmin Yusuf Zahid Zarghona Zubair Anna Boris Dmitri Elena Igor Irina Maria "
    "Nikolai Olga Pavel Tatiana Viktor Yuri Andrew Claire Daniel Emma Grace Helen James Laura Mark Peter "
    "Rachel Sarah Thomas Anil Deepa Kavita Priya Rahul Sanjay Sunita Vikram Li Wei Chen Mei"
)
SURNAMES = _pool(
    "Achakzai Afridi Ahmadzai Alizai Amiri Andar Arsala Ayoubi Azimi Baheer Barakzai Durrani Faizi Ghafoori "
    "Habibi Hakimi Hotak Jalali Kakar Karimi Khaliqi Khan Khattak Lodin Mangal Mohmand Mujadidi Nadiri "
    "Naseri Niazi Noori Omarzai Popal Qaderi Rahmani Rasuli Sadat Safi Samadi Shinwari Stanekzai Tarzi "
    "Wardak Yousafzai Zadran Zazai Zirak Ivanov Kuznetsov Morozov Orlov Petrov Sokolov Volkov Zaitsev "
    "Baker Carter Ellis Foster Hughes Mitchell Palmer Reed Shaw Turner Walsh Bhatt Iyer Menon Nair Rao "
    "Sharma Verma Zhang Huang Zhou"
)
OUTLETS = (
    "Kabul Ledger", "The Frontier Courier", "The Hindukush Tribune", "Pamir Review", "The Indus Observer",
    "The Steppe & Valley Review", "Daily Oxus Herald", "The Khyber Chronicle", "Balkh Evening Post",
    "The Salang Dispatch", "Helmand Weekly", "The Capital Monitor",
)
NAME_TOKEN = re.compile(r"^[A-Z][a-z]{2,}$")
PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Template:
    """A source article and its name tokens: token -> (its person's surname, slot 0 first/1 middle/2 last)."""

    title: str
    text: str
    pattern: re.Pattern[str] | None
    owners: tuple[tuple[str, str, int], ...]


def _template(title: str, text: str, names: list[str]) -> Template:
    """Compile one alternation of every person-name token that occurs in the article."""
    owners: dict[str, tuple[str, int]] = {}
    for name in names:
        parts = [p for p in name.split() if NAME_TOKEN.match(p)]
        if len(parts) < 2:
            continue
        owners[parts[-1]] = (parts[-1], 2)
        for i, token in enumerate(parts[:-1]):
            owners.setdefault(token, (parts[-1], min(i, 1)))
    present = {t: o for t, o in owners.items() if re.search(rf"\b{t}\b", text)}
    if not present:
        return Template(title, text, None, ())
    alternation = "|".join(sorted(present, key=len, reverse=True))
    return Template(title, text, re.compile(rf"\b(?:{alternation})\b"),
                    tuple((t, s, i) for t, (s, i) in sorted(present.items())))


def _body(text: str) -> str:
    """Drop the leading title / date / outlet lines of a file article; the generator writes its own."""
    paragraphs = PARAGRAPH.split(text.strip())
    while len(paragraphs) > 3 and len(paragraphs[0]) < 120 and not paragraphs[0].rstrip().endswith("."):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def example_templates() -> Iterator[Template]:
    """The example articles, read through quotetrack's own readers."""
    sys.path.insert(0, str(REPO))
    from quotetrack.readers import read_inputs

    for article in read_inputs([str(EXAMPLES)]):
        if hasattr(article, "text"):
            title = article.title or "Untitled"
            yield _template(title, _body(article.text), list(EXAMPLE_PEOPLE))


def dev_templates(path: Path) -> Iterator[Template]:
    """Dev-set articles; their gold speaker names say which tokens are people."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            names = [q["speaker"] for q in row.get("quotes", []) if q.get("speaker")]
            title = (row.get("meta") or {}).get("title") or "Untitled"
            yield _template(title, row["text"], names)


class Namer:
    """Draws a fresh, consistent name-token mapping for each generated article from a pool of people."""

    def __init__(self, rng: random.Random, people: int) -> None:
        self.rng = rng
        self.pool = [(rng.choice(FIRST), rng.choice(FIRST), rng.choice(SURNAMES)) for _ in range(people)]

    def mapping(self, template: Template) -> dict[str, str]:
        surnames = sorted({surname for _, surname, _ in template.owners})
        people = self.rng.sample(self.pool, min(len(surnames), len(self.pool)))
        chosen = dict(zip(surnames, people, strict=False))
        return {token: chosen[surname][slot] for token, surname, slot in template.owners if surname in chosen}


def generate(templates: list[Template], count: int | None, max_bytes: int | None, seed: int,
             people: int, start: dt.date, days: int) -> Iterator[dict]:
    """Yield article rows until ``count`` articles or ``max_bytes`` of text have been produced."""
    rng = random.Random(seed)
    namer = Namer(rng, people)
    produced = size = 0
    while (count is None or produced < count) and (max_bytes is None or size < max_bytes):
        template = rng.choice(templates)
        names = namer.mapping(template)

        def swap(text: str, names: dict[str, str] = names, template: Template = template) -> str:
            return template.pattern.sub(lambda m: names[m.group()], text) if names else text

        date = start + dt.timedelta(days=rng.randrange(days))
        outlet = rng.choice(OUTLETS)
        ident = f"synthetic-{seed}-{produced:08d}"
        text = f"{swap(template.text)}\n\n({outlet} report {produced + 1:,}, filed {date:%d %B %Y})"
        produced += 1
        size += len(text.encode("utf-8"))
        yield {"id": ident, "title": swap(template.title), "date": date.isoformat(), "outlet": outlet,
               "url": f"https://{re.sub(r'[^a-z]+', '-', outlet.lower()).strip('-')}.example/{ident}",
               "text": text}


def write(rows: Iterator[dict], out, txt_dir: Path | None) -> tuple[int, int]:
    """Stream rows to ``out`` (JSONL) and/or one .txt file each; return (articles, text bytes)."""
    articles = size = 0
    for row in rows:
        if out is not None:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        if txt_dir is not None:
            date = dt.date.fromisoformat(row["date"])
            header = f"{date:%A, %B} {date.day}, {date.year}"
            sub = txt_dir / f"{articles // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            body = f"{row['title']}\n{header}\n\n{row['text']}\n"
            (sub / f"{row['id']}.txt").write_text(body, encoding="utf-8")
        articles += 1
        size += len(row["text"].encode("utf-8"))
    return articles, size


def load_templates(use_dev: bool) -> list[Template]:
    templates = list(example_templates())
    if use_dev and DEV.exists():
        templates.extend(dev_templates(DEV))
    return templates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, help="number of articles (default 1000 unless --mb)")
    parser.add_argument("--mb", type=float, help="stop after this many MB of article text")
    parser.add_argument("-o", "--output", help="JSONL file to write ('-' for stdout)")
    parser.add_argument("--txt-dir", type=Path, help="also write one .txt per article under this folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=5000, help="size of the generated name pool")
    parser.add_argument("--no-dev", action="store_true", help="use only the example articles as templates")
    parser.add_argument("--since", default="2020-01-01", help="earliest date (ISO)")
    parser.add_argument("--days", type=int, default=5 * 365, help="dates spread over this many days")
    args = parser.parse_args(argv)
    if args.output is None and args.txt_dir is None:
        parser.error("give -o FILE.jsonl and/or --txt-dir DIR")
    count = args.articles if args.articles or args.mb else 1000
    rows = generate(load_templates(not args.no_dev), count, int(args.mb * 1e6) if args.mb else None,
                    args.seed, args.people, dt.date.fromisoformat(args.since), args.days)
    if args.output in (None, "-"):
        articles, size = write(rows, sys.stdout if args.output else None, args.txt_dir)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        with open(args.output, "w", encoding="utf-8") as out:
            articles, size = write(rows, out, args.txt_dir)
    print(f"{articles:,} articles, {size / 1e6:.1f} MB of text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
