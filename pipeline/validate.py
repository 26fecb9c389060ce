"""Validate: check table rows against the Frictionless descriptor ``datapackage.json``.

Field types, enums, ranges, patterns, required cells, primary and foreign keys are all
read from the descriptor, so the schema is written once. On top come the checks a
reviewer cares about: a percentage above 100 that is not a growth rate, a negative
value, a value of 0 where a measurement is expected, an offset that does not reproduce
its text. Every violation is collected. Schema and offset violations are errors: the run
fails and keeps the previous outputs. Plausibility checks are warnings, listed in
``validation.csv`` for a reviewer, since a bulletin may really say "zero", "-1.3%" or
"240 percent".
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from itertools import accumulate
from pathlib import Path

import regex

DESCRIPTOR = Path(__file__).with_name("datapackage.json")
PLAIN_NUMBER = regex.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class Violation:
    table: str
    key: str
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.table}.csv [{self.key}] {self.field}: {self.message}"


class Schema:
    """Row checks derived from one resource of the descriptor."""

    def __init__(self, resource: dict):
        self.name = resource["name"]
        self.fields = resource["schema"]["fields"]
        self.columns = [f["name"] for f in self.fields]
        self.primary_key = resource["schema"].get("primaryKey", [])
        self.foreign_keys = resource["schema"].get("foreignKeys", [])
        # Where each foreign key's fields lie in ``key_cells()``: after the primary key.
        ends = list(accumulate((len(fk["fields"]) for fk in self.foreign_keys), initial=len(self.primary_key)))
        self.references = [(fk["reference"]["resource"], slice(a, b))
                           for fk, a, b in zip(self.foreign_keys, ends, ends[1:])]
        # Free-text fields with no constraint are never checked: skip them up front.
        self.rules = [rule for rule in map(FieldRule.of, self.fields) if rule.constrained]

    def check(self, row: dict[str, str]) -> list[Violation]:
        problems = []
        for rule in self.rules:
            value = row.get(rule.name, "")
            if value == "":
                if rule.required:
                    problems.append(Violation(self.name, self.key(row), rule.name, "required but empty"))
            else:
                found = rule.problems(value)
                if found:
                    problems.extend(Violation(self.name, self.key(row), rule.name, message) for message in found)
        return problems

    def key(self, row: dict[str, str]) -> str:
        return "|".join(row.get(k, "") for k in self.primary_key)


@dataclass(frozen=True)
class FieldRule:
    """One field's type and constraints, read once from the descriptor."""

    name: str
    type: str
    required: bool
    minimum: Decimal | None
    maximum: Decimal | None
    enum: frozenset[str] | None
    pattern: regex.Pattern | None

    @classmethod
    def of(cls, field: dict) -> FieldRule:
        c = field.get("constraints", {})
        return cls(field["name"], field["type"], bool(c.get("required")),
                   Decimal(str(c["minimum"])) if "minimum" in c else None,
                   Decimal(str(c["maximum"])) if "maximum" in c else None,
                   frozenset(c["enum"]) if "enum" in c else None,
                   regex.compile(c["pattern"]) if "pattern" in c else None)

    @property
    def constrained(self) -> bool:
        return (self.required or self.type != "string" or self.enum is not None or self.pattern is not None)

    def problems(self, value: str) -> list[str]:
        found = []
        if self.type in ("integer", "number"):
            if value.isascii() and value.isdigit():
                # Most cells (offsets, years, counts) are plain digits: a whole number with
                # no exponent, read exactly by int at a fraction of Decimal's cost.
                number = int(value)
            else:
                try:
                    number = Decimal(value)
                except InvalidOperation:
                    return [f"not a number: {value!r}"]
                if self.type == "integer" and number != number.to_integral_value():
                    found.append(f"not an integer: {value!r}")
                if "e" in value or "E" in value:
                    found.append(f"exponent form: {value!r}")
            if self.minimum is not None and number < self.minimum:
                found.append(f"{value} below {self.minimum}")
            if self.maximum is not None and number > self.maximum:
                found.append(f"{value} above {self.maximum}")
        if self.enum is not None and value not in self.enum:
            found.append(f"{value!r} not one of {sorted(self.enum)}")
        if self.pattern is not None and not self.pattern.fullmatch(value):
            found.append(f"{value!r} does not match {self.pattern.pattern}")
        return found


@lru_cache(maxsize=None)
def load_descriptor(descriptor: Path = DESCRIPTOR) -> dict:
    """The descriptor, read once per process; callers do not change it."""
    return json.loads(descriptor.read_text(encoding="utf-8"))


def field_range(table: str, field: str, descriptor: Path = DESCRIPTOR) -> tuple[int, int]:
    """A field's ``(minimum, maximum)`` in the descriptor, for a stage that must stay inside it."""
    package = load_descriptor(descriptor)
    resource = next(r for r in package["resources"] if r["name"] == table)
    constraints = next(f for f in resource["schema"]["fields"] if f["name"] == field)["constraints"]
    return constraints["minimum"], constraints["maximum"]


def within(values, bounds: tuple[int, int]) -> bool:
    """Every value given (``None`` aside) lies inside ``bounds``."""
    return all(v is None or bounds[0] <= v <= bounds[1] for v in values)


class PackageValidator:
    """Checks rows of the three tables through their schemas and the cross-table checks.

    ``check()`` and ``key_cells()`` are pure and run wherever the row is made (in worker
    processes); ``register()`` keeps those keys for the primary- and foreign-key checks of
    ``finish()``.
    """

    def __init__(self, descriptor: Path = DESCRIPTOR):
        package = load_descriptor(descriptor)
        self.descriptor = package
        self.schemas = {r["name"]: Schema(r) for r in package["resources"]}
        self.keys: dict[str, set[tuple]] = {name: set() for name in self.schemas}
        self.pending_references: list[tuple[str, str, tuple, str]] = []
        self.violations: list[Violation] = []
        self.warnings: list[Violation] = []

    def columns(self, table: str) -> list[str]:
        return self.schemas[table].columns

    def check(self, table: str, row: dict[str, str], source: str | None = None) -> list[Violation]:
        return self.schemas[table].check(row) + reviewer_checks(table, row, source)

    def key_cells(self, table: str, row: dict[str, str]) -> tuple[str, ...]:
        """A row's primary key, then the fields of each of its foreign keys: all that
        ``register()`` needs of it, one small tuple to send from a worker."""
        schema = self.schemas[table]
        return (*(row.get(k, "") for k in schema.primary_key),
                *(row[f] for fk in schema.foreign_keys for f in fk["fields"]))

    def register(self, table: str, cells: tuple[str, ...], problems: list[Violation] = ()) -> None:
        schema = self.schemas[table]
        key = cells[:len(schema.primary_key)]
        if key in self.keys[table]:
            self.violations.append(Violation(table, "|".join(key), "primary key", "duplicate"))
        self.keys[table].add(key)
        for target, fields in schema.references:
            self.pending_references.append((table, target, cells[fields], "|".join(key)))
        for problem in problems:
            (self.warnings if problem.severity == "warning" else self.violations).append(problem)

    def add(self, table: str, row: dict[str, str], source: str | None = None) -> None:
        self.register(table, self.key_cells(table, row), self.check(table, row, source))

    def finish(self) -> list[Violation]:
        for table, target, value, key in self.pending_references:
            if value not in self.keys[target]:
                self.violations.append(Violation(table, key, "foreign key", f"{value} not in {target}.csv"))
        self.pending_references = []
        return self.violations


def reviewer_checks(table: str, row: dict[str, str], source: str | None) -> list[Violation]:
    problems = []
    key = row.get("mention_id") or row.get("record_id") or row.get("doc_id", "")
    if table in ("mentions", "indicators") and row.get("value"):
        value = Decimal(row["value"]) if PLAIN_NUMBER.fullmatch(row["value"]) else None
        if value is not None and row.get("unit") == "percent" and value > 100 \
                and row.get("indicator", "growth_rate") != "growth_rate":
            problems.append(Violation(table, key, "value", f"{value} percent above 100 for a share", "warning"))
        if value is not None and value < 0:
            problems.append(Violation(table, key, "value", f"{value} is negative: a minus sign in the text", "warning"))
        elif value is not None and value == 0 and table == "indicators" and row.get("unit") not in (
                "percent", "percentage_point"):
            problems.append(Violation(table, key, "value", "measured amount is 0", "warning"))
    if table in ("mentions", "indicators") and row.get("year_start") and row.get("year_end"):
        if int(row["year_start"]) > int(row["year_end"]):
            problems.append(Violation(table, key, "year_start", "after year_end"))
    if source is not None and table == "mentions":
        start, end = int(row["start"]), int(row["end"])
        if source[start:end] != row["text"]:
            problems.append(Violation(table, key, "text", f"source[{start}:{end}] is {source[start:end]!r}"))
    return problems


def validate_dir(out_dir: Path, corpus: Path | None = None) -> list[Violation]:
    """Validate written tables; with ``corpus``, also that every offset reproduces its text."""
    validator = PackageValidator()
    sources: dict[str, str] = {}
    if corpus is not None:
        from .ingest import decode
        with (out_dir / "documents.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["status"] == "ok":
                    sources[row["doc_id"]] = decode((corpus / row["path"]).read_bytes())[0]
    for table in ("documents", "mentions", "indicators"):
        with (out_dir / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                validator.add(table, row, sources.get(row["doc_id"]) if corpus is not None else None)
    return validator.finish()
