"""Evaluate: score extracted tables against hand-checked ground truth.

A predicted mention matches a gold one of the same document and type whose span
overlaps it (each used once, largest overlap first). On matches, the normalized
fields are compared; an empty gold cell is not scored. Records match the same way on
their value spans, then indicator key, years and place are compared.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

TYPES = ("MONEY", "PERCENT", "COUNT", "DATE", "PLACE")
VALUE_FIELDS = {
    "MONEY": ("value", "value_high", "unit"),
    "PERCENT": ("value", "value_high", "unit"),
    "COUNT": ("value", "value_high", "unit"),
    "DATE": ("year_start", "year_end"),
    "PLACE": ("place_name", "province"),
}
# Read strictly: an empty ``per`` is a claim too (the amount is not a rate).
MODIFIER_FIELDS = ("qualifier", "per")
RECORD_FIELDS = {"indicator": ("indicator",), "year": ("year_start", "year_end"), "place": ("place_name",),
                 "province": ("province",)}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    compared: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.compared if self.compared else 1.0

    def count(self, gold: list[dict], predicted: list[dict], shown: tuple[str, ...] = ()) -> list[tuple[dict, dict]]:
        """Match ``predicted`` to ``gold``, count hits, misses and false alarms; the pairs."""
        pairs, missed, extra = match(gold, predicted)
        self.tp += len(pairs)
        self.fn += len(missed)
        self.fp += len(extra)
        self.misses += [f"missed {describe(g, shown)}" for g in missed]
        self.misses += [f"extra  {describe(p, shown)}" for p in extra]
        return pairs

    def compare(self, g: dict, p: dict, fields: tuple[str, ...], strict: bool = False) -> None:
        """Score one matched pair on ``fields``; all-empty gold cells are not scored, and an
        empty gold cell accepts anything, unless ``strict`` (an empty cell is then a value)."""
        if not strict and all(g[f] == "" for f in fields):
            return
        self.compared += 1
        if all(g[f] == p[f] if strict else same(g[f], p[f]) for f in fields):
            self.correct += 1
        else:
            self.misses.append(f"wrong  {describe(p, fields)} (gold: " + " ".join(f"{f}={g[f]}" for f in fields) + ")")


@dataclass
class Evaluation:
    mentions: dict[str, Score]
    modifiers: Score
    records: Score
    record_fields: dict[str, Score]
    documents: int


def read_rows(path: Path, docs: set[str] | None = None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if docs is None or r["doc_id"] in docs]


def same(gold: str, predicted: str) -> bool:
    if gold == "":
        return True
    try:
        return Decimal(gold) == Decimal(predicted)
    except (InvalidOperation, ValueError):
        return gold.strip().lower() == predicted.strip().lower()


def match(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair overlapping spans, largest overlap first; return pairs, unmatched gold, unmatched predicted."""
    candidates = []
    for i, g in enumerate(gold):
        gs, ge = int(g["start"]), int(g["end"])
        for j, p in enumerate(predicted):
            overlap = min(ge, int(p["end"])) - max(gs, int(p["start"]))
            if overlap > 0:
                candidates.append((-overlap, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], predicted[j]))
    return (pairs, [g for i, g in enumerate(gold) if i not in used_g],
            [p for j, p in enumerate(predicted) if j not in used_p])


def grouped(rows: list[dict], *keys: str) -> dict[tuple, list[dict]]:
    groups = defaultdict(list)
    for r in rows:
        groups[tuple(r[k] for k in keys)].append(r)
    return groups


def describe(row: dict, fields: tuple[str, ...]) -> str:
    return f"{row['doc_id']}:{row['start']}-{row['end']} {row.get('text', '')!r} " + \
        " ".join(f"{f}={row.get(f, '')}" for f in fields)


def evaluate(out_dir: Path, gold_dir: Path) -> Evaluation:
    docs = set((gold_dir / "documents.txt").read_text(encoding="utf-8").split())
    gold_m = grouped(read_rows(gold_dir / "mentions.csv", docs), "doc_id", "type")
    pred_m = grouped(read_rows(out_dir / "mentions.csv", docs), "doc_id", "type")
    mentions, modifiers = {t: Score() for t in TYPES}, Score()
    for key in sorted(set(gold_m) | set(pred_m)):
        type_ = key[1]
        if type_ in mentions:
            for g, p in mentions[type_].count(gold_m.get(key, []), pred_m.get(key, [])):
                mentions[type_].compare(g, p, VALUE_FIELDS[type_])
                if type_ in ("MONEY", "PERCENT", "COUNT"):
                    modifiers.compare(g, p, MODIFIER_FIELDS, strict=True)
    gold_r = grouped(read_rows(gold_dir / "indicators.csv", docs), "doc_id")
    pred_r = grouped(read_rows(out_dir / "indicators.csv", docs), "doc_id")
    records, record_fields = Score(), {name: Score() for name in RECORD_FIELDS}
    for key in sorted(set(gold_r) | set(pred_r)):
        for g, p in records.count(gold_r.get(key, []), pred_r.get(key, []), ("indicator",)):
            for name, fields in RECORD_FIELDS.items():
                record_fields[name].compare(g, p, fields)
    return Evaluation(mentions, modifiers, records, record_fields, len(docs))


def render(ev: Evaluation, details: bool = False) -> str:
    lines = [f"{ev.documents} documents", "",
             f"{'mentions':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'value ok':>10}"]
    for t, s in ev.mentions.items():
        lines.append(f"{t:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp + s.fn:>7}{s.tp + s.fp:>7}"
                     f"{s.accuracy:>10.3f}")
    lines.append(f"  qualifier and rate (per) correct on {ev.modifiers.accuracy:.3f} of {ev.modifiers.compared} matched")
    r = ev.records
    lines += ["", f"{'records':<12}{r.precision:>7.3f}{r.recall:>7.3f}{r.f1:>7.3f}{r.tp + r.fn:>7}{r.tp + r.fp:>7}"]
    lines += [f"  {name:<10} correct on {s.accuracy:.3f} of {s.compared} matched" for name, s in
              ev.record_fields.items()]
    if details:
        for name, s in [*ev.mentions.items(), ("qualifier and per", ev.modifiers), ("records", ev.records),
                        *ev.record_fields.items()]:
            if s.misses:
                lines += ["", f"## {name}"] + sorted(s.misses)
    return "\n".join(lines)
