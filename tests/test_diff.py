"""pipeline diff: keyed comparison of two runs' tables, in every report format.

tests/data/diff/old and new were written by hand and differ in four known ways: the
value of alpha's 1.2 billion yuan was fixed (mention and record), a record was added
(alpha's 40 villages), one removed (alpha's 300 roads), and document beta was removed
with its mentions and record. tests/data/diff/corpus holds both bulletins.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.diff import Table, compare_table

DATA = Path(__file__).resolve().parent / "data" / "diff"
OLD, NEW, CORPUS = DATA / "old", DATA / "new", DATA / "corpus"

VALUE_FIX = (("value", "120000000", "1200000000"),)
EXPECTED = {
    ("documents", "beta", "removed", ()),
    ("mentions", "alpha:14-30", "changed", VALUE_FIX),
    ("mentions", "beta:0-11", "removed", ()),
    ("mentions", "beta:18-23", "removed", ()),
    ("mentions", "beta:34-38", "removed", ()),
    ("indicators", "alpha:14-30", "changed", VALUE_FIX),
    ("indicators", "alpha:84-86", "added", ()),
    ("indicators", "alpha:67-70", "removed", ()),
    ("indicators", "beta:18-23", "removed", ()),
}
EVIDENCE = {
    ("indicators", "alpha:14-30"): "Guizhou spent 1.2 billion yuan on poverty relief in 2019.",
    ("indicators", "alpha:84-86"): "About 40 villages got tap water in 2020.",
    ("indicators", "alpha:67-70"): "It built 300 roads.",          # removed: read with the old tables
    ("mentions", "beta:18-23"): "Beta County moved 5,000 people in 2018.",
}
MARKS = {"+": "added", "-": "removed", "~": "changed"}


def parse_text(out: str) -> set[tuple]:
    found, current = [], None
    for line in out.splitlines():
        head = re.match(r"([+~-]) (\w+) (\S+)", line)
        cell = re.match(r" {4}(\w+): (.*) -> (.*)$", line)
        if head:
            current = [head[2], head[3], MARKS[head[1]], []]
            found.append(current)
        elif cell and current:
            current[3].append((cell[1], cell[2], cell[3]))
    return {(t, k, s, tuple(c)) for t, k, s, c in found}


def parse_csv(out: str) -> set[tuple]:
    rows = list(csv.DictReader(io.StringIO(out)))
    return {(r["table"], r["key"], r["change"],
             tuple((x["field"], x["old"], x["new"]) for x in rows
                   if r["change"] == "changed" and (x["table"], x["key"]) == (r["table"], r["key"])))
            for r in rows}


def parse_json(out: str) -> set[tuple]:
    return {(c["table"], c["key"], c["change"], tuple((f, v["old"], v["new"]) for f, v in c["cells"].items()))
            for c in json.loads(out)["changes"]}


def parse_html(out: str) -> set[tuple]:
    found = set()
    for status, table, key, cells in re.findall(r"<tr class=(\w+)><td>\1<td>([^<]*)<td>([^<]*)<td>(.*?)<td", out):
        changed = re.findall(r"([\w]+): <del>([^<]*)</del> → <ins>([^<]*)</ins>", cells) if status == "changed" else []
        found.add((table, unescape(key), status, tuple((f, unescape(o), unescape(n)) for f, o, n in changed)))
    return found


FORMATS = [("text", parse_text), ("csv", parse_csv), ("json", parse_json), ("html", parse_html)]


def run_diff(*args: str, color: bool = False):
    return CliRunner().invoke(main, ["diff", *args], color=color)


@pytest.mark.parametrize("fmt, parse", FORMATS, ids=[f for f, _ in FORMATS])
def test_diff_reports_exactly_the_known_changes(fmt, parse):
    result = run_diff(str(OLD), str(NEW), "--corpus", str(CORPUS), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert parse(result.output) == EXPECTED


@pytest.mark.parametrize("fmt", [f for f, _ in FORMATS])
@pytest.mark.parametrize("table, key", list(EVIDENCE), ids=["-".join(k) for k in EVIDENCE])
def test_diff_shows_the_evidence_sentence(fmt, table, key):
    out = run_diff(str(OLD), str(NEW), "--corpus", str(CORPUS), "--format", fmt).output
    assert EVIDENCE[(table, key)] in unescape(out)


def test_diff_shows_no_sentence_without_the_corpus(tmp_path):
    out = run_diff(str(OLD), str(NEW), "--corpus", str(tmp_path), "--format", "json").output
    assert all(c["evidence"] == "" for c in json.loads(out)["changes"])


def test_diff_summarises_per_table_document_and_indicator():
    summary = json.loads(run_diff(str(OLD), str(NEW), "--format", "json").output)["summary"]
    assert {t: (c["added"], c["removed"], c["changed"]) for t, c in summary["tables"].items()} == {
        "documents": (0, 1, 0), "mentions": (0, 3, 1), "indicators": (1, 2, 1)}
    assert summary["documents"] == {
        "alpha": {"mentions": {"added": 0, "removed": 0, "changed": 1},
                  "indicators": {"added": 1, "removed": 1, "changed": 1}},
        "beta": {"documents": {"added": 0, "removed": 1, "changed": 0},
                 "mentions": {"added": 0, "removed": 3, "changed": 0},
                 "indicators": {"added": 0, "removed": 1, "changed": 0}}}
    assert summary["indicators"] == {"funding": {"added": 0, "removed": 0, "changed": 1},
                                     "other": {"added": 1, "removed": 1, "changed": 0},
                                     "people_relocated": {"added": 0, "removed": 1, "changed": 0}}


@pytest.mark.parametrize("old, new, code", [(OLD, NEW, 1), (NEW, OLD, 1), (OLD, OLD, 0), (NEW, NEW, 0)],
                         ids=["old-new", "new-old", "old-old", "new-new"])
def test_diff_check_exits_1_only_when_something_differs(old, new, code):
    result = run_diff(str(old), str(new), "--check")
    assert result.exit_code == code, result.output
    assert ("No differences." in result.output) == (code == 0)


def test_diff_matches_rows_by_key_not_by_line(tmp_path):
    for name in ("documents", "mentions", "indicators"):
        header, *rows = (NEW / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        (tmp_path / f"{name}.csv").write_text("\n".join([header, *reversed(rows)]) + "\n", encoding="utf-8")
    assert run_diff(str(NEW), str(tmp_path), "--check").exit_code == 0


@pytest.mark.parametrize("old_cell, new_cell", [
    ("a", "b"), ("", "x"), ("x", ""), ("a->b", "a->c"), ("x-->y", "x"), ("-", ">"), ("a-", "->b"),
], ids=["plain", "from-empty", "to-empty", "arrow-in-both", "long-arrow", "dash-gt", "split-arrow"])
def test_diff_reads_cells_containing_arrows(old_cell, new_cell):
    old = Table(["mention_id", "text"], [["k", old_cell], ["same", "->"]])
    new = Table(["mention_id", "text"], [["k", new_cell], ["same", "->"]])
    (change,) = compare_table("mentions", old, new).rows
    assert (change.key, change.changed, change.old["text"], change.new["text"]) == ("k", ("text",), old_cell, new_cell)


def test_diff_reports_added_and_removed_columns():
    old = Table(["doc_id", "title", "gone"], [["a", "A", "1"]])
    new = Table(["doc_id", "title", "encoding"], [["a", "A", "utf_8"]])
    changes = compare_table("documents", old, new)
    assert (changes.rows, changes.columns_added, changes.columns_removed) == ([], ["encoding"], ["gone"])


def test_diff_colours_only_a_terminal():
    args = (str(OLD), str(NEW))
    assert "\x1b[" not in run_diff(*args).output
    assert "\x1b[" in run_diff(*args, color=True).output


def test_diff_reads_committed_outputs_from_git(tmp_path, monkeypatch):
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org"]
    shutil.copytree(OLD, tmp_path / "outputs")
    shutil.copytree(CORPUS, tmp_path / "corpus")
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "old"], cwd=tmp_path, check=True)
    shutil.rmtree(tmp_path / "outputs")
    shutil.copytree(NEW, tmp_path / "outputs")
    monkeypatch.chdir(tmp_path)
    result = run_diff("--format", "json")
    assert parse_json(result.output) == EXPECTED
    evidence = {(c["table"], c["key"]): c["evidence"] for c in json.loads(result.output)["changes"]}
    assert evidence[("indicators", "alpha:14-30")] == EVIDENCE[("indicators", "alpha:14-30")]


@pytest.mark.parametrize("old, message", [
    ("{empty}", "documents.csv: missing"),
    ("no-such-dir", "not a directory"),
    ("NOREV:outputs", "git show NOREV:./outputs/documents.csv"),
], ids=["missing-table", "missing-dir", "bad-revision"])
def test_diff_names_what_it_cannot_read(tmp_path, monkeypatch, old, message):
    monkeypatch.chdir(tmp_path)
    result = run_diff(old.format(empty=tmp_path), str(NEW))
    assert result.exit_code == 1
    assert message in result.output
