"""Diff: what a change to rules or code did to the tables, row by row, matched by key.

A reviewer deciding whether to commit new outputs needs to see which records appeared,
vanished or changed value, and the bulletin sentence behind each, not a line diff that
a re-sorted or re-numbered table turns into noise. Rows are matched by their primary
key (``record_id``, ``mention_id``, ``doc_id``) and cells compared by daff, the tabular
diff library; this module reads daff's highlighter table back into typed changes and
renders them as text, CSV, JSON or HTML.

>>> d = compare(load_tables("tests/data/diff/old"), load_tables("tests/data/diff/new"))
>>> sorted((c.table, c.status) for c in d.changes() if c.table == "documents")
[('documents', 'removed')]
"""
from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import click
import daff

from .ingest import InputError, decode

KEYS = {"documents": "doc_id", "mentions": "mention_id", "indicators": "record_id"}
STATUSES = ("added", "removed", "changed")
FORMATS = ("text", "csv", "json", "html")
# Cells shown for an added or removed row in the text and HTML reports: enough to
# recognise it; the CSV and JSON reports carry every cell.
BRIEF = {"documents": ("path", "status", "error", "title"),
         "mentions": ("type", "text", "value", "unit", "year_start", "year_end", "place_name"),
         "indicators": ("indicator", "value", "value_high", "unit", "qualifier", "year_start", "year_end",
                        "place_name", "measure")}
# Mentions that feed no record have no sentence offsets; this much text either side
# of the span stands in for the sentence.
CONTEXT_CHARS = 100


class DiffError(Exception):
    """A table that cannot be read; the message names it."""


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


Tables = dict[str, Table]


@dataclass(frozen=True)
class RowChange:
    table: str
    key: str
    status: str                      # added | removed | changed
    old: dict[str, str]              # empty when added
    new: dict[str, str]              # empty when removed
    changed: tuple[str, ...] = ()    # columns whose cell differs
    evidence: str = ""

    @property
    def row(self) -> dict[str, str]:
        return self.new or self.old

    @property
    def doc_id(self) -> str:
        return self.row.get("doc_id", "")


@dataclass(frozen=True)
class TableChanges:
    table: str
    rows: list[RowChange]
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(r.status for r in self.rows)
        return {s: c[s] for s in STATUSES}


@dataclass(frozen=True)
class Diff:
    tables: dict[str, TableChanges]

    @property
    def differs(self) -> bool:
        return any(t.rows or t.columns_added or t.columns_removed for t in self.tables.values())

    def changes(self) -> list[RowChange]:
        return [r for t in self.tables.values() for r in t.rows]

    def by_document(self) -> dict[str, dict[str, dict[str, int]]]:
        """``{doc_id: {table: {added, removed, changed}}}`` for documents with any change."""
        out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for r in self.changes():
            out[r.doc_id][r.table][r.status] += 1
        return {d: {t: {s: c[s] for s in STATUSES} for t, c in tables.items()} for d, tables in sorted(out.items())}

    def by_indicator(self) -> dict[str, dict[str, int]]:
        """``{indicator: {added, removed, changed}}`` over indicators rows (a changed row counts under its new key)."""
        out: dict[str, Counter] = defaultdict(Counter)
        for r in self.tables.get("indicators", TableChanges("indicators", [])).rows:
            out[r.row.get("indicator", "")][r.status] += 1
        return {i: {s: c[s] for s in STATUSES} for i, c in sorted(out.items())}


# --- loading -------------------------------------------------------------------------

def parse_csv(text: str, where: str) -> Table:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise DiffError(f"{where}: empty file, expected a header row")
    return Table(rows[0], rows[1:])


def load_tables(source: str | Path) -> Tables:
    """The three tables of an output directory, or of ``REV:DIR`` as committed in git.

    ``HEAD:outputs`` reads ``git show HEAD:./outputs/<table>.csv`` relative to the
    current directory, so the committed outputs need no checkout.
    """
    path = Path(source)
    if path.is_dir():
        tables = {}
        for name in KEYS:
            f = path / f"{name}.csv"
            if not f.is_file():
                raise DiffError(f"{f}: missing")
            tables[name] = parse_csv(f.read_text(encoding="utf-8"), str(f))
        return tables
    rev, sep, folder = str(source).partition(":")
    if not sep:
        raise DiffError(f"{source}: not a directory (nor REV:DIR for a committed one)")
    folder = folder.rstrip("/")
    prefix = folder if folder.startswith(("/", "./")) else f"./{folder}"
    tables = {}
    for name in KEYS:
        spec = f"{rev}:{prefix}/{name}.csv"
        done = subprocess.run(["git", "show", spec], capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0:
            raise DiffError(f"git show {spec}: {done.stderr.strip() or 'failed'}")
        tables[name] = parse_csv(done.stdout, spec)
    return tables


# --- comparing -----------------------------------------------------------------------

def compare_table(name: str, old: Table, new: Table) -> TableChanges:
    """Keyed comparison of one table by daff, on the columns both versions have."""
    key = KEYS[name]
    shared = [c for c in new.columns if c in old.columns]
    if key not in shared:
        raise DiffError(f"{name}.csv: key column {key!r} missing in one version")
    flags = daff.CompareFlags()
    flags.addPrimaryKey(key)
    flags.ordered = False              # row order is not content: rows are matched by key
    flags.show_unchanged = False
    flags.unchanged_context = 0
    flags.show_unchanged_columns = True
    align = daff.Coopy.compareTables(daff.PythonTableView(project(old, shared)),
                                     daff.PythonTableView(project(new, shared)), flags).align()
    out = daff.PythonTableView([])
    daff.TableDiff(align, flags).hilite(out)
    return TableChanges(name, read_highlighter(name, out.data),
                        [c for c in new.columns if c not in old.columns],
                        [c for c in old.columns if c not in new.columns])


def project(table: Table, columns: list[str]) -> list[list[str]]:
    index = [table.columns.index(c) for c in columns]
    return [columns] + [[row[i] if i < len(row) else "" for i in index] for row in table.rows]


def read_highlighter(name: str, data: list[list[str]]) -> list[RowChange]:
    """Typed changes from daff's highlighter table.

    Column 0 is the action: ``@@`` header, ``+++`` added, ``---`` removed, ``...`` rows
    left out; a modified row's action is the separator daff chose so that it occurs in
    no cell (``->``, or ``-->`` when some cell holds ``->``), and each modified cell
    reads ``old<sep>new``.
    """
    header = data[0][1:]
    key = KEYS[name]
    changes = []
    for action, *cells in data[1:]:
        row = dict(zip(header, cells))
        if action == "+++":
            changes.append(RowChange(name, row[key], "added", {}, row))
        elif action == "---":
            changes.append(RowChange(name, row[key], "removed", row, {}))
        elif action.endswith("->"):
            old, new, changed = {}, {}, []
            for col, cell in row.items():
                if action in cell:
                    old[col], new[col] = cell.split(action, 1)
                    changed.append(col)
                else:
                    old[col] = new[col] = cell
            changes.append(RowChange(name, new[key], "changed", old, new, tuple(changed)))
    return changes


def compare(old: Tables, new: Tables, corpus: Path | None = None) -> Diff:
    """Compare every table; with ``corpus``, attach each changed row's evidence sentence."""
    diff = Diff({name: compare_table(name, old[name], new[name]) for name in KEYS})
    return with_evidence(diff, old, new, corpus) if corpus is not None else diff


# --- evidence ------------------------------------------------------------------------

class Sources:
    """Decoded bulletins of one version, only when the file still has the sha256 that version recorded."""

    def __init__(self, tables: Tables, corpus: Path):
        self.corpus = corpus
        self.documents = {d["doc_id"]: d for d in tables["documents"].records()}
        self.sentences = {r["record_id"]: (r.get("sentence_start", ""), r.get("sentence_end", ""))
                          for r in tables["indicators"].records()}
        self.cache: dict[str, str | None] = {}

    def text(self, doc_id: str) -> str | None:
        if doc_id not in self.cache:
            self.cache[doc_id] = self.read(self.documents.get(doc_id))
        return self.cache[doc_id]

    def read(self, doc: dict[str, str] | None) -> str | None:
        if not doc or doc.get("status") != "ok":
            return None
        path = self.corpus / doc["path"]
        if not path.is_file():
            return None
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != doc.get("sha256"):
            return None
        try:
            return decode(data)[0]
        except InputError:
            return None

    def evidence(self, key: str, row: dict[str, str]) -> str:
        text = self.text(row.get("doc_id", ""))
        if text is None or not row.get("start", "").isdigit() or not row.get("end", "").isdigit():
            return ""
        start, end = int(row["start"]), int(row["end"])
        s, e = row.get("sentence_start", ""), row.get("sentence_end", "")
        if not (s.isdigit() and e.isdigit()):
            s, e = self.sentences.get(key, ("", ""))
        if s.isdigit() and e.isdigit():
            snippet = text[int(s):int(e)]
        else:
            lo = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
            hi = text.find("\n", end)
            hi = min(hi if hi >= 0 else len(text), end + CONTEXT_CHARS)
            snippet = ("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:hi] + \
                      ("…" if hi < len(text) and text[hi] != "\n" else "")
        return " ".join(snippet.split())


def with_evidence(diff: Diff, old: Tables, new: Tables, corpus: Path) -> Diff:
    """Attach the bulletin sentence to every changed mention or record whose source is in ``corpus``.

    A removed row's offsets point into the old run's text, so each side is read with its
    own documents.csv; a file whose sha256 no longer matches gives no sentence rather
    than a wrong one.
    """
    sources = {"old": Sources(old, corpus), "new": Sources(new, corpus)}
    tables = {}
    for name, t in diff.tables.items():
        rows = [replace(r, evidence=sources["old" if r.status == "removed" else "new"].evidence(r.key, r.row))
                if name != "documents" else r for r in t.rows]
        tables[name] = replace(t, rows=rows)
    return Diff(tables)


# --- rendering -----------------------------------------------------------------------

def render(diff: Diff, fmt: str) -> str:
    return {"text": render_text, "csv": render_csv, "json": render_json, "html": render_html}[fmt](diff)


def counts_text(counts: dict[str, int]) -> str:
    return " ".join(f"{'+-~'[i]}{counts[s]}" for i, s in enumerate(STATUSES))


def brief(change: RowChange) -> str:
    return "  ".join(f"{c}={change.row[c]}" for c in BRIEF[change.table] if change.row.get(c))


def render_text(diff: Diff) -> str:
    """Summary, then each changed row; styled with ANSI colours that ``click.echo`` drops when piped."""
    colour = {"added": "green", "removed": "red", "changed": "yellow"}
    mark = {"added": "+", "removed": "-", "changed": "~"}
    lines = [click.style("Summary (+added -removed ~changed)", bold=True)]
    for name, t in diff.tables.items():
        cols = "".join([f"  columns +{c}" for c in t.columns_added] + [f"  columns -{c}" for c in t.columns_removed])
        lines.append(f"  {name:<11} {counts_text(t.counts())}{cols}")
    per_doc = diff.by_document()
    if per_doc:
        lines.append(click.style("By document", bold=True))
        width = max(len(d) for d in per_doc)
        for doc, tables in per_doc.items():
            lines.append(f"  {doc:<{width}}  " + "  ".join(f"{t} {counts_text(c)}" for t, c in tables.items()))
    per_indicator = diff.by_indicator()
    if per_indicator:
        lines.append(click.style("By indicator", bold=True))
        width = max(len(i) for i in per_indicator)
        for ind, c in per_indicator.items():
            lines.append(f"  {ind:<{width}}  {counts_text(c)}")
    if not diff.differs:
        lines.append("No differences.")
    changes = diff.changes()
    if changes:
        lines.append(click.style("Changes", bold=True))
    for r in changes:
        head = click.style(f"{mark[r.status]} {r.table} {r.key}", fg=colour[r.status], bold=True)
        lines.append(head + ("" if r.status == "changed" else f"  {brief(r)}"))
        for col in r.changed:
            lines.append(f"    {col}: {click.style(r.old[col] or '(empty)', fg='red')} -> "
                         f"{click.style(r.new[col] or '(empty)', fg='green')}")
        if r.evidence:
            lines.append(click.style(f"    “{r.evidence}”", dim=True))
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("table", "key", "doc_id", "change", "field", "old", "new", "evidence")


def render_csv(diff: Diff) -> str:
    """Long format, one line per differing cell: every cell of an added or removed row, the changed cells of a changed one."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for name, t in diff.tables.items():
        for col in t.columns_added:
            w.writerow([name, "", "", "column added", col, "", "", ""])
        for col in t.columns_removed:
            w.writerow([name, "", "", "column removed", col, "", "", ""])
    for r in diff.changes():
        fields = r.changed if r.status == "changed" else [c for c, v in r.row.items() if v]
        for col in fields:
            w.writerow([r.table, r.key, r.doc_id, r.status, col, r.old.get(col, ""), r.new.get(col, ""), r.evidence])
    return buf.getvalue()


def as_json(diff: Diff) -> dict:
    return {
        "summary": {
            "tables": {name: {**t.counts(), "columns_added": t.columns_added, "columns_removed": t.columns_removed}
                       for name, t in diff.tables.items()},
            "documents": diff.by_document(),
            "indicators": diff.by_indicator(),
        },
        "changes": [{"table": r.table, "key": r.key, "doc_id": r.doc_id, "change": r.status,
                     "cells": {c: {"old": r.old[c], "new": r.new[c]} for c in r.changed},
                     "row": r.row, "evidence": r.evidence} for r in diff.changes()],
    }


def render_json(diff: Diff) -> str:
    return json.dumps(as_json(diff), indent=2, ensure_ascii=False) + "\n"


HTML_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
.added{background:#e6f6e6}.removed{background:#fbe7e7}.changed{background:#fff6d6}
del{color:#a11;background:#fbe7e7}ins{color:#161;background:#e6f6e6;text-decoration:none}
.evidence{color:#555;font-style:italic}
"""


def csp_hash(content: str) -> str:
    """A CSP source expression allowing exactly this inline ``<script>``/``<style>`` body."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode() + "'"


def render_html(diff: Diff) -> str:
    """A self-contained page: one inline stylesheet allowed by hash, no script, no network."""
    e = html.escape
    out = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
           f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {csp_hash(HTML_STYLE)}; "
           "base-uri 'none'; form-action 'none'\">",
           "<title>Table diff</title>", f"<style>{HTML_STYLE}</style></head><body>",
           "<h1>Table diff</h1><h2>Summary</h2>",
           "<table><tr><th>table<th>added<th>removed<th>changed<th>columns added<th>columns removed</tr>"]
    for name, t in diff.tables.items():
        c = t.counts()
        out.append(f"<tr><td>{e(name)}<td>{c['added']}<td>{c['removed']}<td>{c['changed']}"
                   f"<td>{e(', '.join(t.columns_added))}<td>{e(', '.join(t.columns_removed))}</tr>")
    out.append("</table>")
    for title, rows in (("By document", {d: {f"{t} {s}": n for t, c in ts.items() for s, n in c.items()}
                                          for d, ts in diff.by_document().items()}),
                        ("By indicator", diff.by_indicator())):
        if rows:
            out.append(f"<h2>{title}</h2><table>")
            for label, counts in rows.items():
                out.append(f"<tr><th>{e(label)}<td>" + e(", ".join(f"{k} {v}" for k, v in counts.items() if v)) + "</tr>")
            out.append("</table>")
    if not diff.differs:
        out.append("<p>No differences.</p>")
    if diff.changes():
        out.append("<h2>Changes</h2><table><tr><th>change<th>table<th>key<th>cells<th>evidence</tr>")
        for r in diff.changes():
            if r.status == "changed":
                cells = "<br>".join(f"{e(c)}: <del>{e(r.old[c])}</del> → <ins>{e(r.new[c])}</ins>" for c in r.changed)
            else:
                cells = e(brief(r))
            out.append(f"<tr class={r.status}><td>{r.status}<td>{e(r.table)}<td>{e(r.key)}<td>{cells}"
                       f"<td class=evidence>{e(r.evidence)}</tr>")
        out.append("</table>")
    out.append("</body></html>\n")
    return "\n".join(out)
