"""Typed results passed between stages.

Stages outside spaCy exchange these frozen records; inside spaCy a mention's
normalized reading rides on ``Span._.norm`` as one of the ``*Reading`` classes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Bulletin:
    """One input file, decoded, with what is known about it before annotation."""

    doc_id: str
    path: str
    sha256: str
    text: str = ""
    title: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""
    published_source: str = ""
    encoding: str = ""
    error: str = ""

    @property
    def publication_year(self) -> int | None:
        return int(self.published[:4]) if self.published else None


@dataclass(frozen=True)
class QuantityReading:
    """A MONEY, PERCENT or COUNT value: ``Decimal`` while computing, plain in tables."""

    value: Decimal
    value_high: Decimal | None = None
    unit: str = ""
    qualifier: str = "exact"
    per: str = ""


@dataclass(frozen=True)
class TimeReading:
    """A DATE: the years it covers and, where the text is that precise, an ISO date."""

    year_start: int | None = None
    year_end: int | None = None
    date: str = ""


@dataclass(frozen=True)
class PlaceReading:
    """A PLACE resolved to its canonical name, level and code where known."""

    name: str
    level: str
    code: str = ""
    province: str = ""
    note: str = ""


Reading = QuantityReading | TimeReading | PlaceReading


@dataclass(frozen=True)
class Mention:
    doc_id: str
    type: str
    start: int
    end: int
    text: str
    reading: Reading
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def mention_id(self) -> str:
        return f"{self.doc_id}:{self.start}-{self.end}"


@dataclass(frozen=True)
class Record:
    """One observation: a measuring mention with what, when and where."""

    mention: Mention
    indicator: str
    measure: str
    year_start: int | None
    year_end: int | None
    time_basis: str
    place: PlaceReading | None


@dataclass
class DocResult:
    """Everything one bulletin yields; ``dropped`` counts rejected candidates by reason."""

    bulletin: Bulletin
    sentences: int = 0
    mentions: list[Mention] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)
    words: int = 0
