"""Whole corpora: accuracy against the hand-checked tables, offsets on every row, and the
committed outputs/ regenerating byte for byte."""
from __future__ import annotations

import csv
import filecmp

import pytest

from conftest import GOLD, REPO, shared_dir
from pipeline.evaluate import evaluate, render
from pipeline.ingest import decode
from pipeline.run import run

pytestmark = pytest.mark.corpus

# Floors a little under what the pipeline reaches today (see README, Accuracy), so a
# regression fails while a ground-truth correction does not.
MENTION_F1 = {
    "real": {"MONEY": 0.97, "PERCENT": 0.97, "COUNT": 0.97, "DATE": 0.97, "PLACE": 0.96},
    "corpus": {"MONEY": 0.97, "PERCENT": 0.97, "COUNT": 0.97, "DATE": 0.97, "PLACE": 0.97},
}
VALUE_ACCURACY = {"real": 0.97, "corpus": 0.97}
MODIFIER_ACCURACY = {"real": 0.97, "corpus": 0.98}  # qualifier and per, read strictly
RECORD_BARS = {
    "real": {"f1": 0.98, "indicator": 0.96, "year": 0.945, "place": 0.92, "province": 0.97},
    "corpus": {"f1": 0.99, "indicator": 0.94, "year": 0.955, "place": 0.948, "province": 0.975},
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = {}
    for name, corpus in (("real", shared_dir("corpus")), ("corpus", REPO / "corpus")):
        out[name] = (corpus, tmp_path_factory.mktemp(name))
        run(corpus, out[name][1])
    return out


@pytest.fixture(scope="module")
def scores(extracted):
    return {name: evaluate(out, GOLD / name) for name, (_, out) in extracted.items()}


@pytest.mark.parametrize("gold", ["real", "corpus"])
@pytest.mark.parametrize("kind", ["MONEY", "PERCENT", "COUNT", "DATE", "PLACE"])
def test_corpus_mention_f1(scores, gold, kind):
    score = scores[gold].mentions[kind]
    assert score.f1 >= MENTION_F1[gold][kind], render(scores[gold])
    assert score.accuracy >= VALUE_ACCURACY[gold], render(scores[gold])


@pytest.mark.parametrize("gold", ["real", "corpus"])
def test_corpus_qualifiers_and_rates(scores, gold):
    assert scores[gold].modifiers.accuracy >= MODIFIER_ACCURACY[gold], render(scores[gold])


@pytest.mark.parametrize("gold", ["real", "corpus"])
def test_corpus_records(scores, gold):
    ev, bars = scores[gold], RECORD_BARS[gold]
    assert ev.records.f1 >= bars["f1"], render(ev)
    for name in ("indicator", "year", "place", "province"):
        assert ev.record_fields[name].accuracy >= bars[name], render(ev)


@pytest.mark.parametrize("gold", ["real", "corpus"])
def test_corpus_every_row_points_at_its_text(extracted, gold):
    corpus, out = extracted[gold]
    with (out / "documents.csv").open(encoding="utf-8", newline="") as f:
        sources = {r["doc_id"]: decode((corpus / r["path"]).read_bytes())[0]
                   for r in csv.DictReader(f) if r["status"] == "ok"}
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as f:
        mentions = {r["mention_id"]: r for r in csv.DictReader(f)}
    bad = [m for m in mentions.values() if sources[m["doc_id"]][int(m["start"]):int(m["end"])] != m["text"]]
    assert not bad
    with (out / "indicators.csv").open(encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f):
            mention = mentions[record["record_id"]]
            assert (record["start"], record["end"]) == (mention["start"], mention["end"])
            assert int(record["sentence_start"]) <= int(record["start"]) < int(record["end"]) \
                <= int(record["sentence_end"])


def test_corpus_committed_outputs_regenerate(extracted):
    _, out = extracted["corpus"]
    for table in ("documents.csv", "mentions.csv", "indicators.csv", "datapackage.json", "validation.csv"):
        assert filecmp.cmp(out / table, REPO / "outputs" / table, shallow=False), \
            f"outputs/{table} is stale: run `make extract` and commit the result"
