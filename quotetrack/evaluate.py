"""Score predicted quotes against gold annotations, by the rules of the shared FORMAT.md.

A prediction matches a gold quote when their spans overlap with overlap/union >= 0.5 (one-to-one,
greedy by overlap). Gold quotes without a resolvable speaker count for detection only.
"""

from __future__ import annotations

import json
import multiprocessing
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from quotetrack.errors import InputError
from quotetrack.model import Quote

KINDS_REPORTED = ("direct", "partial", "indirect", "all")
MATCH_THRESHOLD = 0.5
NAME_THRESHOLD = 85

_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "foreign", "former", "deputy", "secretary",
    "senator", "sen", "rep", "representative", "gov", "governor", "gen", "general", "col",
    "colonel", "capt", "captain", "mullah", "sheikh", "shaikh", "maulvi", "mawlawi", "haji",
    "imam", "ayatollah", "king", "queen", "prince", "princess", "judge", "justice", "chairman",
    "chief", "ambassador", "envoy", "speaker", "leader", "mayor", "the", "jr", "sr", "st",
    "rev", "reverend", "pope", "commissioner", "attorney", "chancellor", "premier",
    "adm", "admiral", "lt", "lieutenant", "maj", "major", "sgt", "sergeant", "cmdr", "commander",
    "brig", "brigadier", "marshal", "cardinal", "bishop", "rabbi",
}


@dataclass(frozen=True)
class Span:
    """One quote (gold or predicted) reduced to what scoring needs."""

    start: int
    end: int
    kind: str
    speaker: str | None
    resolvable: bool = True


@dataclass
class Tally:
    """Counts for one kind; the rates are derived."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    gold_resolvable: int = 0
    pred_scored: int = 0  # predictions not matched to a speakerless gold quote
    matched_resolvable: int = 0
    speaker_ok: int = 0
    speaker_ok_strict: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, kind: str) -> dict:
        return {
            "kind": kind,
            "gold": self.gold,
            "pred": self.pred,
            "P": _ratio(self.matched, self.pred),
            "R": _ratio(self.matched, self.gold),
            "F1": _f1(self.matched, self.pred, self.gold),
            "attribution": _ratio(self.speaker_ok, self.matched_resolvable),
            "e2e_P": _ratio(self.speaker_ok, self.pred_scored),
            "e2e_R": _ratio(self.speaker_ok, self.gold_resolvable),
            "e2e_F1": _f1(self.speaker_ok, self.pred_scored, self.gold_resolvable),
            "strict_P": _ratio(self.speaker_ok_strict, self.pred_scored),
            "strict_R": _ratio(self.speaker_ok_strict, self.gold_resolvable),
            "strict_F1": _f1(self.speaker_ok_strict, self.pred_scored, self.gold_resolvable),
        }


@dataclass
class Report:
    """Tallies per kind, overall and per article."""

    kinds: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS_REPORTED})
    articles: list[tuple[str, Tally]] = field(default_factory=list)

    def rows(self) -> list[dict]:
        return [self.kinds[k].row(k) for k in KINDS_REPORTED]

    def article_rows(self) -> list[dict]:
        return [{"id": aid, **tally.row("all")} for aid, tally in self.articles]


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(tp: int, pred: int, gold: int) -> float:
    return round(2 * tp / (pred + gold), 4) if pred + gold else 0.0


# -- speaker comparison -----------------------------------------------------------------------


def name_tokens(name: str | None) -> list[str]:
    """Lower-case, diacritic-free name tokens with titles and honorifics stripped."""
    if not name:
        return []
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"['’]s\b", "", folded)
    tokens = re.findall(r"[a-z0-9]+", folded)
    kept = [t for t in tokens if t not in _TITLES]
    return kept or tokens


def speaker_matches(pred: str | None, gold: str | None, *, strict: bool = False) -> bool:
    """The lenient (or strict) speaker rule of FORMAT.md."""
    p, g = name_tokens(pred), name_tokens(gold)
    if not p or not g:
        return False
    if strict:
        return len(p) == len(g) and p[-1] == g[-1] and fuzz.ratio(" ".join(p), " ".join(g)) >= NAME_THRESHOLD
    if set(p) <= set(g) or set(g) <= set(p):
        return True
    return p[-1] == g[-1] and fuzz.token_set_ratio(" ".join(p), " ".join(g)) >= NAME_THRESHOLD


# -- matching -----------------------------------------------------------------------------------


def overlap_ratio(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def match(preds: list[Span], golds: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs with overlap/union >= 0.5, greedy by overlap."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if p.start < g.end and g.start < p.end:
                r = overlap_ratio(p, g)
                if r >= MATCH_THRESHOLD:
                    pairs.append((r, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    return out


def score_article(preds: list[Span], golds: list[Span], kind: str) -> Tally:
    """Tally one article for one kind ('all' ignores kinds)."""
    if kind != "all":
        preds = [p for p in preds if p.kind == kind]
        golds = [g for g in golds if g.kind == kind]
    tally = Tally(gold=len(golds), pred=len(preds))
    tally.gold_resolvable = sum(1 for g in golds if g.resolvable)
    pairs = match(preds, golds)
    tally.matched = len(pairs)
    unscored = 0
    for p, g in pairs:
        if not g.resolvable:
            unscored += 1
            continue
        tally.matched_resolvable += 1
        tally.speaker_ok += speaker_matches(p.speaker, g.speaker)
        tally.speaker_ok_strict += speaker_matches(p.speaker, g.speaker, strict=True)
    tally.pred_scored = len(preds) - unscored
    return tally


# -- files --------------------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, dict) per non-blank line; a bad line raises InputError with its number."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}: not valid JSON ({err.msg})") from err
            if not isinstance(record, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            yield number, record


def gold_spans(article: dict) -> list[Span]:
    return [
        Span(
            q["start"], q["end"], q["kind"], q.get("speaker"),
            resolvable=bool(q.get("speaker")) and q.get("speaker_resolvable", True) is not False,
        )
        for q in article.get("quotes", [])
    ]


def prediction_spans(text: str, quotes: Iterable[dict]) -> list[Span]:
    """Predicted quotes as spans; a quote without offsets is located by its text."""
    spans = []
    for q in quotes:
        start, end = q.get("start"), q.get("end")
        if start is None or end is None:
            start = text.find(q.get("text", ""))
            if start < 0:
                continue
            end = start + len(q["text"])
        spans.append(Span(start, end, q.get("kind", "direct"), q.get("speaker")))
    return spans


def evaluate(gold: Iterable[dict], predictions: dict[str, list[dict]]) -> Report:
    """Score predictions (article id -> quote dicts) against gold articles."""
    report = Report()
    for article in gold:
        aid = str(article.get("id"))
        golds = gold_spans(article)
        preds = prediction_spans(article.get("text", ""), predictions.get(aid, []))
        for kind in KINDS_REPORTED:
            tally = score_article(preds, golds, kind)
            report.kinds[kind].add(tally)
            if kind == "all":
                report.articles.append((aid, tally))
    return report


# -- predictions ----------------------------------------------------------------------------------


def quote_record(quote: Quote) -> dict:
    """A quote in the prediction format of FORMAT.md (plus cue and confidence)."""
    return {
        "speaker": quote.speaker,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": quote.cue,
        "confidence": quote.confidence,
    }


def _predict_one(item: tuple[str, str]) -> tuple[str, list[dict]]:
    # Imported here: the stance commands read gold files through this module and need none of the
    # extractor, whose regular expressions take about 150 ms to compile at import.
    from quotetrack.extract import extract

    aid, text = item
    return aid, [quote_record(q) for q in extract(text)]


def predict(articles: Iterable[tuple[str, str]], jobs: int = 1) -> Iterator[tuple[str, list[dict]]]:
    """Run the extractor over (id, text) pairs, in ``jobs`` processes, keeping input order."""
    if jobs <= 1:
        yield from map(_predict_one, articles)
        return
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(_predict_one, articles, chunksize=8)
