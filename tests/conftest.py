"""Shared fixtures: one blank-English pipeline per session, paths, inline-case parsing.

Cases are written inline, as a reader would mark the sentence:
``rose to [12.75 billion yuan](MONEY value=12750000000 unit=CNY) in [2001](DATE 2001)``.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import regex

from pipeline.annotate import annotate, build_nlp
from pipeline.model import Bulletin, PlaceReading, QuantityReading, TimeReading

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "ground_truth"
MARK = regex.compile(r"\[(?P<text>[^\]]+)\]\((?P<type>[A-Z]+)(?P<attrs>[^)]*)\)")


def shared_dir(name: str) -> Path:
    """A folder of ../shared; missing is a skip on a developer machine, a failure in CI."""
    path = SHARED / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI must have ../shared beside the repository")
        pytest.skip(f"{path} not found")
    return path


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


def parse_case(marked: str) -> tuple[str, list[dict]]:
    """Plain text and the expected mentions of an inline-marked case."""
    text, expected, last = [], [], 0
    offset = 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        offset += m.start() - last
        attrs = dict(a.split("=", 1) for a in m.group("attrs").split() if "=" in a)
        years = [a for a in m.group("attrs").split() if regex.fullmatch(r"\d{4}(-\d{4})?|-", a)]
        if years and years[0] != "-":
            first, _, last_year = years[0].partition("-")
            attrs["year_start"], attrs["year_end"] = first, last_year or first
        expected.append({"type": m.group("type"), "start": offset, "end": offset + len(m.group("text")),
                         "text": m.group("text"), **attrs})
        text.append(m.group("text"))
        offset += len(m.group("text"))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), expected


def reading_fields(reading) -> dict[str, str]:
    """A mention's reading as the strings the inline cases use."""
    if isinstance(reading, QuantityReading):
        fields = {"value": format(reading.value, "f"), "unit": reading.unit, "qualifier": reading.qualifier,
                  "per": reading.per}
        if reading.value_high is not None:
            fields["high"] = format(reading.value_high, "f")
        return fields
    if isinstance(reading, TimeReading):
        return {"year_start": str(reading.year_start or ""), "year_end": str(reading.year_end or ""),
                "date": reading.date}
    if isinstance(reading, PlaceReading):
        return {"name": reading.name.replace(" ", "_"), "level": reading.level, "code": reading.code,
                "province": reading.province.replace(" ", "_")}
    return {}


@pytest.fixture(scope="session")
def run_text(nlp):
    def run(text: str, published: str = "2020-06-28"):
        bulletin = Bulletin("case", "case.txt", "", text=text, published=published)
        mentions, sentences, dropped = annotate(nlp, bulletin)
        return bulletin, mentions, sentences, dropped
    return run
