"""Score topic assignment and stance on a labelled set (the format of FORMAT-stance.md)."""

from __future__ import annotations

import re
from typing import Any

from quotetrack import topics as topics_mod
from quotetrack.errors import InputError
from quotetrack.evaluate import read_jsonl
from quotetrack.model import STANCES
from quotetrack.stance import classify
from quotetrack.topics import Topic

# --- evaluation against a labelled set (FORMAT-stance.md) ----------------------------------------

_CONTEXT_CUE = re.compile(r"(\w+(?:\s+(?:for|on|upon|against|to|of|plans for))?)\s+(?:that\s+)?\W*$", re.I)
_AFTER_CUE = re.compile(r"^\W*(?:[\w'-]+\s+){0,3}?(said|says|told|\w+ed)\b", re.I)
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def load_gold(path: str) -> list[dict[str, Any]]:
    """Read a stance gold JSONL file; InputError names the line that is not a valid row."""
    rows = []
    try:
        for n, row in read_jsonl(path):
            if any(k not in row for k in ("text", "topic", "stance")) or row["stance"] not in STANCES:
                raise InputError(f"{path}:{n}: needs text, topic and stance (support|oppose|neutral).")
            rows.append(row)
    except OSError as err:
        raise InputError(f"Cannot read {path}: {err.strerror or err}") from err
    if not rows:
        raise InputError(f"{path} has no rows.")
    return rows


def context_cue(text: str, context: str | None) -> tuple[str | None, str | None]:
    """The speech verb around ``text`` in its ``context`` sentence and the quote's kind, if visible."""
    if not context or text not in context:
        return None, None
    start = context.index(text)
    before, after = context[:start], context[start + len(text) :]
    if before.rstrip()[-1:] in _QUOTE_MARKS or before[-1:] in _QUOTE_MARKS:
        found = _AFTER_CUE.match(after.lstrip(_QUOTE_MARKS + ", "))
        return (found.group(1) if found else None), "direct"
    found = _CONTEXT_CUE.search(before)
    return (found.group(1) if found else None), "indirect"


def gold_topic(row: dict[str, Any], taxonomy: dict[str, Topic]) -> Topic:
    """The taxonomy topic with the row's label, else a topic built from its ``topic_keywords``."""
    known = taxonomy.get(row["topic"].lower())
    if known:
        return known
    return topics_mod.keyword_topic(row["topic"], row.get("topic_keywords") or (row["topic"],))


def evaluate(
    rows: list[dict[str, Any]], taxonomy: list[Topic]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Score topic assignment and stance on gold rows; return (metrics, one prediction per row)."""
    by_label = {t.label.lower(): t for t in taxonomy}
    predictions = []
    for row in rows:
        topic = gold_topic(row, by_label)
        cue, kind = context_cue(row["text"], row.get("context"))
        found = classify(row["text"], topic, cue=cue, kind=kind)
        relevant = topics_mod.match(topic, row["text"]) is not None
        predictions.append(
            {"id": row.get("id"), "stance": found.label, "relevant": relevant, "cues": list(found.cues)}
        )
    return _metrics(rows, predictions), predictions


def _metrics(rows: list[dict], predictions: list[dict]) -> dict[str, Any]:
    gold_rel = [bool(r.get("relevant", True)) for r in rows]
    pred_rel = [p["relevant"] for p in predictions]
    tp = sum(g and p for g, p in zip(gold_rel, pred_rel, strict=True))
    fp = sum(p and not g for g, p in zip(gold_rel, pred_rel, strict=True))
    fn = sum(g and not p for g, p in zip(gold_rel, pred_rel, strict=True))
    correct = sum(g == p for g, p in zip(gold_rel, pred_rel, strict=True))
    pairs = [(r["stance"], p["stance"]) for r, p, g in zip(rows, predictions, gold_rel, strict=True) if g]
    confusion = {g: {p: sum(1 for a, b in pairs if a == g and b == p) for p in STANCES} for g in STANCES}
    per_label = {}
    for label in STANCES:
        hit = confusion[label][label]
        predicted = sum(confusion[g][label] for g in STANCES)
        actual = sum(confusion[label].values())
        per_label[label] = _prf(hit, predicted, actual)
    return {
        "rows": len(rows),
        "topic": {**_prf(tp, tp + fp, tp + fn), "accuracy": _ratio(correct, len(rows))},
        "stance": {
            "rows": len(pairs),
            "accuracy": _ratio(sum(a == b for a, b in pairs), len(pairs)),
            "macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(STANCES), 3),
            "per_label": per_label,
            "confusion": confusion,
        },
    }


def _prf(hit: int, predicted: int, actual: int) -> dict[str, float]:
    precision, recall = _ratio(hit, predicted), _ratio(hit, actual)
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def format_report(metrics: dict[str, Any]) -> str:
    """The plain-text report ``eval-stance`` prints."""
    topic, st = metrics["topic"], metrics["stance"]
    lines = [
        f"rows: {metrics['rows']}  (relevant: {st['rows']})",
        f"topic   precision {topic['precision']:.3f}  recall {topic['recall']:.3f}  f1 {topic['f1']:.3f}  "
        f"accuracy {topic['accuracy']:.3f}",
        f"stance  accuracy {st['accuracy']:.3f}  macro-F1 {st['macro_f1']:.3f}",
    ]
    for label, v in st["per_label"].items():
        lines.append(
            f"  {label:<8} precision {v['precision']:.3f}  recall {v['recall']:.3f}  f1 {v['f1']:.3f}"
        )
    lines.append("confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 9 + "".join(f"{p:>9}" for p in STANCES))
    for g in STANCES:
        lines.append(f"  {g:<9}" + "".join(f"{st['confusion'][g][p]:>9}" for p in STANCES))
    return "\n".join(lines)
