"""Benchmark: the whole extract against spaCy's bare English tokenizer, same texts, same process.

The real corpus is copied as many times as it takes to reach ``--words``; the script
prints the tokenizer's and the pipeline's throughput and their ratio, then the peak
memory of extract runs at half and at full size, each in a fresh process, to show
whether memory grows with the corpus.

    python tools/bench.py --corpus ../shared/corpus --words 500000
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from pipeline.ingest import decode, discover
from pipeline.annotate import annotate
from pipeline.model import Bulletin, DocResult
from pipeline.run import Processor, run
from pipeline.write import render

PEAK_SNIPPET = """
import resource, sys
from pathlib import Path
from pipeline.run import run
run(Path(sys.argv[1]), Path(sys.argv[2]), workers=int(sys.argv[3]))
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(max(own, children) // 1024)
"""


def replicate(source: Path, target: Path, words: int) -> tuple[list[str], int]:
    """Copy the corpus into ``target`` until it holds at least ``words`` words."""
    texts = [decode(p.read_bytes())[0] for p in discover(source)]
    per_copy = sum(len(t.split()) for t in texts)
    copies = -(-words // per_copy)
    all_texts = []
    for k in range(copies):
        folder = target / f"copy{k:03d}"
        folder.mkdir(parents=True)
        for i, text in enumerate(texts):
            (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
            all_texts.append(text)
    return all_texts, per_copy * copies


def peak_mb(corpus: Path, out: Path, workers: int) -> int:
    result = subprocess.run([sys.executable, "-c", PEAK_SNIPPET, str(corpus), str(out), str(workers)],
                            check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1])


def stage_shares(texts: list[str]) -> tuple[float, dict[str, float]]:
    """Start-up seconds, and the share of one process's time each stage takes."""
    began = time.perf_counter()
    processor = Processor()
    startup = time.perf_counter() - began
    seconds = {"tokenizer": 0.0, **{name: 0.0 for name in processor.nlp.pipe_names}, "resolve+render": 0.0}
    for i, text in enumerate(texts):
        began = time.perf_counter()
        doc = processor.nlp.make_doc(text)
        seconds["tokenizer"] += time.perf_counter() - began
        doc._.text, doc._.published = text, ""
        for name, component in processor.nlp.pipeline:
            began = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - began
        bulletin = Bulletin(str(i), str(i), "", text=text)
        mentions, sentences, dropped = annotate(processor.nlp, bulletin)
        began = time.perf_counter()
        records = processor.resolver.resolve(bulletin, mentions, sentences)
        render(DocResult(bulletin, len(sentences), mentions, records, dropped), processor.validator)
        seconds["resolve+render"] += time.perf_counter() - began
    total = sum(seconds.values())
    return startup, {name: s / total for name, s in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        texts, words = replicate(args.corpus, tmp / "full", args.words)
        half_texts, _ = replicate(args.corpus, tmp / "half", args.words // 2)

        tokenizer = spacy.blank("en").tokenizer
        began = time.perf_counter()
        tokens = sum(len(tokenizer(t)) for t in texts)
        tokenizer_s = time.perf_counter() - began

        began = time.perf_counter()
        summary = run(tmp / "full", tmp / "out", workers=args.workers)
        pipeline_s = time.perf_counter() - began

        print(f"corpus        {len(texts)} documents, {words:,} words, {tokens:,} tokens")
        print(f"tokenizer     {words / tokenizer_s:12,.0f} words/s  ({tokenizer_s:.2f} s, one core)")
        print(f"pipeline      {words / pipeline_s:12,.0f} words/s  ({pipeline_s:.2f} s, {args.workers} workers, "
              f"{summary.mentions:,} mentions, {summary.records:,} records)")
        print(f"ratio         {tokenizer_s / pipeline_s:12.3f}  (pipeline / tokenizer throughput; target >= 0.5)")
        shutil.rmtree(tmp / "out")
        half = peak_mb(tmp / "half", tmp / "out-half", args.workers)
        full = peak_mb(tmp / "full", tmp / "out-full", args.workers)
        print(f"peak memory   {half} MB at {len(half_texts):,} documents, {full} MB at {len(texts):,} documents "
              f"(ratio {full / half:.2f}; flat is 1.0)")
        startup, shares = stage_shares(texts[:len(texts) // 10 or 1])
        print(f"start-up      {startup:.2f} s per process (spaCy, rules, gazetteer), included above")
        print("one process   " + ", ".join(f"{name} {share:.0%}" for name, share in shares.items()))
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"this process  {own} MB peak (tokenizer baseline and parent of the workers)")


if __name__ == "__main__":
    main()
