"""The whole run: bad input is a reported row, output is deterministic, a failing run
leaves earlier outputs in place, and the CLI says what happened."""
from __future__ import annotations

import csv
import filecmp
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import write
from pipeline.cli import main
from pipeline.run import run
from pipeline.validate import Violation

GOOD = "In 2019, Gansu Province lifted 1.2 million people out of poverty with 3 billion yuan.\n"
BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "undecodable.txt": (bytes(range(0x80, 0x100)) * 8, "not UTF-8 or GBK text"),
    "nul.txt": (b"Poverty fell\x00 by half in 2019.", "contains NUL bytes"),
    "blank.txt": (b"   \n\n  ", "no text"),
}
TABLES = ("documents.csv", "mentions.csv", "indicators.csv", "datapackage.json", "validation.csv")


def documents(out: Path) -> dict[str, dict]:
    with (out / "documents.csv").open(encoding="utf-8", newline="") as f:
        return {row["doc_id"]: row for row in csv.DictReader(f)}


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "long-line.txt").write_text(("word " * 20_000) + GOOD, encoding="utf-8")
    for name, (data, _) in BAD_FILES.items():
        (root / name).write_bytes(data)
    return root


def test_run_bad_input_is_a_row_and_the_rest_goes_on(corpus, tmp_path):
    summary = run(corpus, tmp_path / "out", workers=1)
    docs = documents(tmp_path / "out")
    for name, (_, reason) in BAD_FILES.items():
        row = docs[name[:-4]]
        assert row["status"] == "error" and reason in row["error"], row
    assert docs["good"]["status"] == docs["long-line"]["status"] == "ok"
    assert int(docs["long-line"]["records"]) == 2
    assert sorted(doc for doc, _ in summary.failed) == sorted(n[:-4] for n in BAD_FILES)


def test_run_page_code_of_forty_digits_is_no_figure(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "footer.txt").write_text(GOOD + "\n010020070750000000000000011100001370170381\n", encoding="utf-8")
    run(root, tmp_path / "out", workers=1)
    assert documents(tmp_path / "out")["footer"]["status"] == "ok"
    assert "0100200707" not in (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")


def test_run_fault_in_one_bulletin_is_its_error_row(corpus, tmp_path, monkeypatch):
    """A fault the code meets in one bulletin fails that bulletin, named with the reason, not the run."""
    from pipeline.resolve import Resolver
    resolve = Resolver.resolve

    def faulty(self, bulletin, mentions, sentences):
        if bulletin.doc_id == "good":
            raise ValueError("planted fault")
        return resolve(self, bulletin, mentions, sentences)

    monkeypatch.setattr(Resolver, "resolve", faulty)
    summary = run(corpus, tmp_path / "out", workers=1)
    docs = documents(tmp_path / "out")
    assert docs["good"]["status"] == "error" and "planted fault" in docs["good"]["error"]
    assert docs["long-line"]["status"] == "ok"
    assert "good" in [doc for doc, _ in summary.failed]


def test_run_cli_exit_zero_and_summary_counts_failures(corpus, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"documents  {2 + len(BAD_FILES)} ({len(BAD_FILES)} failed)" in result.output


def test_run_same_bytes_whatever_the_workers(corpus, tmp_path):
    run(corpus, tmp_path / "one", workers=1)
    run(corpus, tmp_path / "two", workers=2)
    run(corpus, tmp_path / "again", workers=1)
    for table in TABLES:
        assert filecmp.cmp(tmp_path / "one" / table, tmp_path / "two" / table, shallow=False), table
        assert filecmp.cmp(tmp_path / "one" / table, tmp_path / "again" / table, shallow=False), table


def test_run_failing_validation_keeps_previous_outputs(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, workers=1)
    before = {t: (out / t).read_bytes() for t in TABLES}
    monkeypatch.setattr(write.PackageValidator, "finish",
                        lambda self: [Violation("mentions", "good:0-4", "value", "planted")])
    result = CliRunner().invoke(main, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 1 and "planted" in result.output
    assert {t: (out / t).read_bytes() for t in TABLES} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out-")] == []


def test_run_validate_command_checks_offsets(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, workers=1)
    assert CliRunner().invoke(main, ["validate", str(out), "--corpus", str(corpus)]).exit_code == 0
    text = (out / "mentions.csv").read_text(encoding="utf-8").replace("Gansu Province", "Gansu Provinc3")
    (out / "mentions.csv").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(out), "--corpus", str(corpus)])
    assert result.exit_code == 1 and "source[" in result.output


@pytest.mark.parametrize("command", [[], ["extract"], ["validate"], ["evaluate"]])
def test_run_help_everywhere(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.corpus
def test_run_twenty_megabyte_bulletin_is_processed(tmp_path):
    """A 20 MB file is annotated in chunks: figures at both ends are read at their offsets."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "The programme went on supporting rural households across the region with training.\n"
    body = filler * (20_000_000 // len(filler))
    text = GOOD + body + GOOD
    (corpus / "huge.txt").write_text(text, encoding="utf-8")
    summary = run(corpus, tmp_path / "out", workers=1)
    assert summary.failed == [] and summary.records == 4
    with (tmp_path / "out" / "mentions.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows)
    assert int(rows[-1]["start"]) > len(GOOD) + len(body)
