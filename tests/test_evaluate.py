"""Evaluation: overlap matching, value accuracy, strict qualifier and rate, records.

The tables are written here by hand: one gold document with three mentions and two
records, and a prediction that gets one span wrong, one value wrong and one rate wrong.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate

MENTION_COLUMNS = ["doc_id", "mention_id", "type", "start", "end", "text", "value", "value_high", "unit",
                   "qualifier", "per", "year_start", "year_end", "date", "place_name", "place_level",
                   "place_code", "province"]
RECORD_COLUMNS = ["record_id", "doc_id", "indicator", "measure", "value", "value_high", "unit", "qualifier", "per",
                  "year_start", "year_end", "time_basis", "place_name", "place_level", "place_code", "province",
                  "start", "end", "sentence_start", "sentence_end"]


def mention(type_, start, end, text, **cells):
    return {"doc_id": "d", "mention_id": f"d:{start}-{end}", "type": type_, "start": start, "end": end,
            "text": text, **cells}


def record(start, end, **cells):
    return {"record_id": f"d:{start}-{end}", "doc_id": "d", "start": start, "end": end, **cells}


def write(folder: Path, mentions, records, documents: bool = False) -> Path:
    folder.mkdir()
    for name, columns, rows in (("mentions", MENTION_COLUMNS, mentions), ("indicators", RECORD_COLUMNS, records)):
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns, restval="")
            writer.writeheader()
            writer.writerows(rows)
    if documents:
        (folder / "documents.txt").write_text("d\n", encoding="utf-8")
    return folder


@pytest.fixture
def scored(tmp_path):
    gold = write(tmp_path / "gold", [
        mention("MONEY", 10, 24, "3 billion yuan", value="3000000000", unit="CNY", qualifier="exact", per=""),
        mention("COUNT", 40, 42, "52", value="52", unit="county", qualifier="over", per=""),
        mention("MONEY", 60, 71, "14,342 yuan", value="14342", unit="CNY", qualifier="exact", per="person"),
    ], [
        record(10, 24, indicator="funding", year_start="2019", year_end="2019", place_name="Gansu"),
        record(40, 42, indicator="poor_counties", year_start="2020", year_end="2020", place_name="Gansu"),
    ], documents=True)
    predicted = write(tmp_path / "out", [
        mention("MONEY", 12, 24, "billion yuan", value="3000000000", unit="CNY", qualifier="exact", per=""),
        mention("COUNT", 40, 42, "52", value="52", unit="village", qualifier="over", per=""),
        mention("MONEY", 60, 71, "14,342 yuan", value="14342", unit="CNY", qualifier="exact", per=""),
        mention("PERCENT", 80, 83, "11%", value="11", unit="percent", qualifier="exact", per=""),
    ], [
        record(12, 24, indicator="funding", year_start="2019", year_end="2019", place_name="Gansu"),
        record(40, 42, indicator="other", year_start="2020", year_end="2020", place_name="China"),
        record(80, 83, indicator="growth_rate", year_start="2020", year_end="2020", place_name="China"),
    ])
    return evaluate(predicted, gold)


def test_evaluate_matches_overlapping_spans_and_counts_false_alarms(scored):
    money, count, percent = scored.mentions["MONEY"], scored.mentions["COUNT"], scored.mentions["PERCENT"]
    assert (money.tp, money.fp, money.fn) == (2, 0, 0)
    assert (count.tp, count.fp, count.fn) == (1, 0, 0)
    assert (percent.tp, percent.fp, percent.fn) == (0, 1, 0)


def test_evaluate_value_accuracy_on_matches(scored):
    assert scored.mentions["MONEY"].accuracy == 1.0
    assert scored.mentions["COUNT"].accuracy == 0.0


def test_evaluate_qualifier_and_rate_are_read_strictly(scored):
    # The missing per=person is an error even though the predicted cell is empty.
    assert (scored.modifiers.correct, scored.modifiers.compared) == (2, 3)


def test_evaluate_records(scored):
    r = scored.records
    assert (r.tp, r.fp, r.fn) == (2, 1, 0)
    assert scored.record_fields["indicator"].accuracy == 0.5
    assert scored.record_fields["year"].accuracy == 1.0
    assert scored.record_fields["place"].accuracy == 0.5
