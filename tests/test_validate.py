"""Validate: rows checked against datapackage.json and the reviewer checks; one case a row,
each saying whether it must be flagged."""
from __future__ import annotations

import pytest

from pipeline.validate import PackageValidator

DOC = {"doc_id": "d", "path": "d.txt", "sha256": "a" * 64, "title": "", "publisher": "", "url": "",
       "published": "2020-06-28", "published_source": "manifest", "chars": "10", "sentences": "1",
       "mentions": "1", "records": "1", "status": "ok", "error": "", "encoding": "utf_8"}
MENTION = {"doc_id": "d", "mention_id": "d:0-2", "type": "PERCENT", "start": "0", "end": "2", "text": "5%",
           "value": "5", "value_high": "", "unit": "percent", "qualifier": "exact", "per": "", "year_start": "",
           "year_end": "", "date": "", "place_name": "", "place_level": "", "place_code": "", "province": ""}
RECORD = {"record_id": "d:0-2", "doc_id": "d", "indicator": "share", "measure": "", "value": "5",
          "value_high": "", "unit": "percent", "qualifier": "exact", "per": "", "year_start": "2020",
          "year_end": "2020", "time_basis": "publication", "place_name": "China", "place_level": "country",
          "place_code": "", "province": "", "start": "0", "end": "2", "sentence_start": "0", "sentence_end": "2"}

CASES = [
    ("valid rows", "mentions", {}, None),
    ("unknown type", "mentions", {"type": "AMOUNT"}, "type"),
    ("exponent form", "mentions", {"value": "1e10"}, "value"),
    ("not a number", "mentions", {"value": "five"}, "value"),
    ("date before 1900", "mentions", {"type": "DATE", "year_start": "1899", "year_end": "1899"}, "year_start|year_end"),
    ("date after 2059", "mentions", {"type": "DATE", "year_start": "2060", "year_end": "2060"}, "year_start|year_end"),
    ("historical date", "mentions", {"type": "DATE", "year_start": "1921", "year_end": "1921"}, None),
    ("record before 1949", "indicators", {"year_start": "1948", "year_end": "1948"}, "year_start|year_end"),
    ("record after 2050", "indicators", {"year_start": "2051", "year_end": "2051"}, "year_start|year_end"),
    ("years backwards", "mentions", {"type": "DATE", "year_start": "2010", "year_end": "2001"}, "year_start"),
    ("bad qualifier", "mentions", {"qualifier": "roughly"}, "qualifier"),
    ("bad place code", "mentions", {"place_code": "45"}, "place_code"),
    ("text not at offsets", "mentions", {"text": "6%"}, "text"),
    ("bad date", "mentions", {"date": "June 2020"}, "date"),
    ("unknown indicator", "indicators", {"indicator": "happiness"}, "indicator"),
    ("share above 100", "indicators", {"value": "120"}, "warning:value"),
    ("growth above 100", "indicators", {"value": "120", "indicator": "growth_rate"}, None),
    ("zero count", "indicators", {"value": "0", "unit": "county"}, "warning:value"),
    ("negative growth", "indicators", {"value": "-1.3", "indicator": "growth_rate"}, "warning:value"),
    ("negative mention", "mentions", {"value": "-1.3"}, "warning:value"),
    ("bad time basis", "indicators", {"time_basis": "guess"}, "time_basis"),
    ("record without mention", "indicators", {"record_id": "d:5-9"}, "foreign key"),
    ("missing required", "indicators", {"qualifier": ""}, "qualifier"),
    ("bad status", "documents", {"status": "failed"}, "status"),
    ("bad sha", "documents", {"sha256": "xyz"}, "sha256"),
]


@pytest.mark.parametrize("table,change,field", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_validate_row(table, change, field):
    validator = PackageValidator()
    rows = {"documents": dict(DOC), "mentions": dict(MENTION), "indicators": dict(RECORD)}
    rows[table].update(change)
    validator.add("documents", rows["documents"])
    validator.add("mentions", rows["mentions"], source="5% of it")
    validator.add("indicators", rows["indicators"])
    fields = [v.field for v in validator.finish()] + [f"warning:{v.field}" for v in validator.warnings]
    assert fields == (field.split("|") if field else [])


def test_validate_duplicate_primary_key():
    validator = PackageValidator()
    validator.add("documents", dict(DOC))
    validator.add("documents", dict(DOC))
    assert [v.message for v in validator.finish()] == ["duplicate"]
