"""Scoring extracted facts against a gold file, by the fact contract's rules.

Within a document, predictions and gold are each reduced to their distinct
match keys; a prediction matches a gold fact of the same document and type
when the type's fields agree (numbers within 1%, dates to the gold's
precision, stances by side). Each gold fact matches at most one prediction.
Predictions that only match an `optional` gold fact count neither way.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

SIDES = {"aligned": "for", "leaning": "for", "hedging": "between",
         "reluctant": "against", "opposed": "against"}
_FLIP = {"for": "against", "against": "for", "between": "between"}


def side(label: str | None, counterpart: str | None) -> str | None:
    """Which side a stance puts its country on, toward the US-led side."""
    value = SIDES.get(label or "")
    return _FLIP[value] if value and counterpart == "CHN" else value


def key(record: dict) -> tuple:
    """The fields that decide a match, for the record's type."""
    kind = record["type"]
    if kind in ("defense_spending", "troop_cost", "troop_presence"):
        return (record.get("country"), record.get("unit"), _number(record.get("value")))
    if kind == "tariff":
        return (record.get("counterpart"), _number(record.get("value")))
    if kind == "event":
        return (record.get("date"),)
    if kind == "stance":
        return (record.get("country"), side(record.get("label"), record.get("counterpart")))
    if kind == "membership":
        return (record.get("country"), record.get("framework"))
    return (json.dumps(record, sort_keys=True),)


def _number(value) -> float | None:
    return None if value is None else float(value)


def matches(kind: str, predicted: tuple, gold: tuple) -> bool:
    if kind in ("defense_spending", "troop_cost", "troop_presence", "tariff"):
        *pred_rest, pred_value = predicted
        *gold_rest, gold_value = gold
        return pred_rest == gold_rest and _close(pred_value, gold_value)
    if kind == "event":
        return predicted[0] is not None and gold[0] is not None and \
            predicted[0][:len(gold[0])] == gold[0]
    return predicted == gold


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 0.01 * abs(b)


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched_predictions: int = 0
    matched_gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched_predictions += other.matched_predictions
        self.matched_gold += other.matched_gold


@dataclass
class Miss:
    """A gold fact no prediction matched, or a prediction that matched no
    gold fact: the record itself, so a report can show its quote."""
    kind: str
    record: dict


def evaluate(predictions: list[dict], gold: list[dict],
             docs: set[str] | None = None,
             misses: list[Miss] | None = None) -> dict[str, Score]:
    """Scores per type and "overall". Only documents in `docs` (default: the
    documents the gold file covers) are scored. When a `misses` list is given,
    every missed gold fact ("missed") and wrong prediction ("wrong") is
    appended to it, in document order."""
    scope = docs if docs is not None else {g["doc"] for g in gold}
    grouped: dict[tuple[str, str], dict[str, dict]] = defaultdict(
        lambda: {"pred": {}, "gold": {}, "optional": {}})
    for record in predictions:
        if record["doc"] in scope:
            grouped[(record["doc"], record["type"])]["pred"].setdefault(key(record), record)
    for record in gold:
        if record["doc"] in scope:
            bucket = "optional" if record.get("optional") else "gold"
            grouped[(record["doc"], record["type"])][bucket].setdefault(key(record), record)
    scores: dict[str, Score] = defaultdict(Score)
    for (_, kind), group in sorted(grouped.items()):
        scores[kind].add(_score_group(kind, group, misses))
    overall = Score()
    for score in scores.values():
        overall.add(score)
    result = dict(sorted(scores.items()))
    result["overall"] = overall
    return result


def _score_group(kind: str, group: dict[str, dict], misses: list[Miss] | None) -> Score:
    """One document's facts of one type, each side already reduced to its
    distinct match keys (the first record of each key kept for reports)."""
    gold = list(group["gold"])
    optional = list(group["optional"])
    used_gold: set[int] = set()
    matched = ignored = 0
    for pred, record in group["pred"].items():
        hit = next((i for i, g in enumerate(gold)
                    if i not in used_gold and matches(kind, pred, g)), None)
        if hit is not None:
            used_gold.add(hit)
            matched += 1
        elif any(matches(kind, pred, g) for g in optional):
            ignored += 1
        elif misses is not None:
            misses.append(Miss("wrong", record))
    if misses is not None:
        misses.extend(Miss("missed", record) for i, record in enumerate(group["gold"].values())
                      if i not in used_gold)
    return Score(predicted=len(group["pred"]) - ignored, gold=len(gold),
                 matched_predictions=matched, matched_gold=len(used_gold))


def read_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file; a malformed line raises ValueError naming it."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            if not isinstance(record, dict) or "doc" not in record or "type" not in record:
                raise ValueError(f"{path}:{number}: a fact needs 'doc' and 'type'")
            records.append(record)
    return records


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'type':<18}{'pred':>6}{'gold':>6}{'precision':>11}{'recall':>8}{'f1':>7}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<18}{s.predicted:>6}{s.gold:>6}{s.precision:>11.3f}"
                     f"{s.recall:>8.3f}{s.f1:>7.3f}")
    return "\n".join(lines)


_SHOWN = ("country", "counterpart", "value", "value_high", "unit", "currency", "qualifier",
          "period", "status", "date", "date_end", "framework", "label", "holder")


def format_misses(misses: list[Miss]) -> str:
    """Per document, each missed gold fact and each wrong prediction: its
    key fields and the sentence it stands in."""
    lines: list[str] = []
    current = None
    for miss in sorted(misses, key=lambda m: (m.record["doc"], m.record["type"], m.kind)):
        record = miss.record
        if record["doc"] != current:
            current = record["doc"]
            lines.append(f"\n== {current}")
        fields = " ".join(f"{name}={record[name]}" for name in _SHOWN
                          if record.get(name) is not None)
        quote = " ".join(str(record.get("quote") or "").split())
        lines.append(f"  {miss.kind:<6} {record['type']:<16} {fields}")
        lines.append(f"         \u201c{quote[:300]}\u201d")
    return "\n".join(lines)
