"""Write: the tables, validated row by row, into a temporary directory moved into place.

``render()`` turns one document's result into table rows, checks them and formats them
as CSV; it runs in the worker that processed the document, so the parent only registers
keys and writes text.
Rows arrive one document at a time in ``doc_id`` order and are written at once, so
memory does not grow with the corpus. Nothing replaces the previous ``outputs/`` until
every row has passed validation; a failing run leaves them untouched.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from pathlib import Path

from dataclasses import dataclass, field

from .annotate.numbers import plain
from .model import DocResult, Mention, PlaceReading, QuantityReading, Record, TimeReading
from .validate import PackageValidator, Violation

TABLES = ("documents", "mentions", "indicators")


class ValidationFailed(Exception):
    def __init__(self, violations: list[Violation]):
        self.violations = violations
        shown = "\n".join(f"  {v}" for v in violations[:30])
        more = f"\n  ... and {len(violations) - 30} more" if len(violations) > 30 else ""
        super().__init__(f"{len(violations)} validation error(s); previous outputs left in place:\n{shown}{more}")


def document_row(result: DocResult) -> dict[str, str]:
    b = result.bulletin
    return {"doc_id": b.doc_id, "path": b.path, "sha256": b.sha256, "title": b.title, "publisher": b.publisher,
            "url": b.url, "published": b.published, "published_source": b.published_source,
            "chars": str(len(b.text)) if not b.error else "", "sentences": str(result.sentences),
            "mentions": str(len(result.mentions)), "records": str(len(result.records)),
            "status": "error" if b.error else "ok", "error": b.error, "encoding": b.encoding}


def quantity_cells(r) -> dict[str, str]:
    if isinstance(r, QuantityReading):
        return {"value": plain(r.value), "value_high": plain(r.value_high), "unit": r.unit,
                "qualifier": r.qualifier, "per": r.per}
    return {"value": "", "value_high": "", "unit": "", "qualifier": "", "per": ""}


def place_cells(p: PlaceReading | None) -> dict[str, str]:
    if p is None:
        return {"place_name": "", "place_level": "", "place_code": "", "province": ""}
    return {"place_name": p.name, "place_level": p.level, "place_code": p.code, "province": p.province}


def mention_row(m: Mention) -> dict[str, str]:
    r = m.reading
    row = {"doc_id": m.doc_id, "mention_id": m.mention_id, "type": m.type, "start": str(m.start),
           "end": str(m.end), "text": m.text, **quantity_cells(r)}
    t = r if isinstance(r, TimeReading) else TimeReading()
    row.update(year_start=plain(t.year_start), year_end=plain(t.year_end), date=t.date)
    row.update(place_cells(r if isinstance(r, PlaceReading) else None))
    return row


def record_row(rec: Record) -> dict[str, str]:
    m = rec.mention
    return {"record_id": m.mention_id, "doc_id": m.doc_id, "indicator": rec.indicator, "measure": rec.measure,
            **quantity_cells(m.reading), "year_start": plain(rec.year_start), "year_end": plain(rec.year_end),
            "time_basis": rec.time_basis, **place_cells(rec.place), "start": str(m.start), "end": str(m.end),
            "sentence_start": str(m.sentence_start), "sentence_end": str(m.sentence_end)}


@dataclass
class RenderedDoc:
    """One document's rows as CSV text ready to write, with their keys (see
    ``PackageValidator.key_cells``) and the problems found in them. Text and key tuples,
    not row dicts: a worker sends this to the parent, which only writes and registers."""

    doc_id: str
    error: str
    words: int
    csv: dict[str, str]
    keys: dict[str, list[tuple[str, ...]]]
    problems: list[Violation] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)


def render(result: DocResult, validator: PackageValidator) -> RenderedDoc:
    text = result.bulletin.text
    rows = {"documents": [document_row(result)], "mentions": [mention_row(m) for m in result.mentions],
            "indicators": [record_row(r) for r in result.records]}
    problems = [p for table, table_rows in rows.items() for row in table_rows
                for p in validator.check(table, row, text if table == "mentions" else None)]
    problems += [Violation("mentions", m.mention_id, "place_code", m.reading.note, "warning")
                 for m in result.mentions if getattr(m.reading, "note", "")]
    lines = {}
    for table, table_rows in rows.items():
        buffer, columns = io.StringIO(), validator.columns(table)
        csv.writer(buffer, lineterminator="\n").writerows([row[c] for c in columns] for row in table_rows)
        lines[table] = buffer.getvalue()
    keys = {table: [validator.key_cells(table, row) for row in table_rows] for table, table_rows in rows.items()}
    return RenderedDoc(result.bulletin.doc_id, result.bulletin.error, result.words, lines, keys, problems,
                       result.dropped)


class TableWriter:
    """Context manager: ``add()`` each document's result, then the tables swap into place."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.validator = PackageValidator()

    def __enter__(self) -> TableWriter:
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}-", dir=self.out_dir.parent))
        self.files = {t: (self.tmp / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in TABLES}
        for t, f in self.files.items():
            csv.writer(f, lineterminator="\n").writerow(self.validator.columns(t))
        return self

    def add(self, doc: RenderedDoc) -> None:
        """Write a rendered document; its problems were found by ``render``."""
        for table, lines in doc.csv.items():
            self.files[table].write(lines)
            for cells in doc.keys[table]:
                self.validator.register(table, cells)
        for problem in doc.problems:
            (self.validator.warnings if problem.severity == "warning" else self.validator.violations).append(problem)

    def __exit__(self, exc_type, exc, tb) -> None:
        for f in self.files.values():
            f.close()
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        violations = self.validator.finish()
        if violations:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise ValidationFailed(violations)
        with (self.tmp / "validation.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["table", "id", "field", "message"])
            w.writerows(sorted((v.table, v.key, v.field, v.message) for v in self.validator.warnings))
        (self.tmp / "datapackage.json").write_text(
            json.dumps(self.validator.descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        swap_into_place(self.tmp, self.out_dir)


def swap_into_place(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new``, keeping files in ``target`` that the run does not write."""
    target.mkdir(parents=True, exist_ok=True)
    for item in new.iterdir():
        item.replace(target / item.name)
    new.rmdir()
