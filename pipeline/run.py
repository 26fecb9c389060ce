"""The whole pipeline in plain sight: ingest -> segment/annotate -> resolve -> validate -> write.

Documents are processed in ``doc_id`` order; with several workers each process builds
its own spaCy pipeline once and results come back in order, so the tables are the
same bytes whatever the number of workers.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from .annotate import annotate, build_nlp
from .ingest import DatelineFinder, discover, manifest_problems, read_bulletin, read_manifest
from .model import Bulletin, DocResult
from .patterns import PATTERNS_DIR
from .resolve import Resolver
from .validate import PackageValidator
from .write import RenderedDoc, TableWriter, render

# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 400_000


@dataclass
class Summary:
    documents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    records: int = 0
    words: int = 0
    seconds: float = 0.0
    dropped: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        rate = self.words / self.seconds if self.seconds else 0
        out = [f"documents  {self.documents} ({len(self.failed)} failed)",
               f"mentions   {self.mentions}", f"records    {self.records}",
               f"seconds    {self.seconds:.1f}", f"words/s    {rate:,.0f}"]
        out += [f"  error    {doc}: {why}" for doc, why in self.failed]
        out += [f"  warning  {w}" for w in self.warnings]
        if self.dropped.get("unaligned"):
            out.append(f"  warning  {self.dropped['unaligned']} candidate span(s) did not align with tokens")
        return out


class Processor:
    """One bulletin in, one ``DocResult`` out; built once per process."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.nlp = build_nlp(patterns_dir)
        self.resolver = Resolver(patterns_dir)
        self.validator = PackageValidator()

    def __call__(self, bulletin: Bulletin) -> DocResult:
        if bulletin.error:
            return DocResult(bulletin)
        mentions, sentences, dropped = annotate(self.nlp, bulletin)
        records = self.resolver.resolve(bulletin, mentions, sentences)
        return DocResult(bulletin, len(sentences), mentions, records, dropped, len(bulletin.text.split()))


_worker: dict = {}


def _init_worker(corpus: Path, patterns_dir: Path) -> None:
    _worker.update(processor=Processor(patterns_dir), corpus=corpus, manifest=read_manifest(corpus),
                   datelines=DatelineFinder(patterns_dir))


def _process_path(path: Path) -> RenderedDoc:
    w = _worker
    processor = w["processor"]
    bulletin = read_bulletin(path, w["corpus"], w["manifest"], w["datelines"])
    try:
        return render(processor(bulletin), processor.validator)
    except Exception as exc:  # noqa: BLE001 - a fault met in one bulletin is its error, not the run's end
        failed = replace(bulletin, error=f"could not be processed ({type(exc).__name__}: {exc}); please report it")
        return render(DocResult(failed), processor.validator)


def process_corpus(corpus: Path, patterns_dir: Path = PATTERNS_DIR, workers: int | None = None,
                   progress: bool = False) -> Iterator[RenderedDoc]:
    """Yield each document's rendered rows in ``doc_id`` order."""
    paths = discover(corpus)
    total = sum(p.stat().st_size for p in paths)
    if workers is None:
        workers = min(os.cpu_count() or 1, 2) if total >= PARALLEL_MIN_BYTES else 1
    bar = tqdm(total=len(paths), unit="doc", disable=not progress, leave=False)
    if workers <= 1 or len(paths) < 2:
        _init_worker(corpus, patterns_dir)
        results: Iterable[RenderedDoc] = map(_process_path, paths)
        yield from _counted(results, bar)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(corpus, patterns_dir)) as pool:
        yield from _counted(pool.imap(_process_path, paths, chunksize=4), bar)


def _counted(results: Iterable[RenderedDoc], bar) -> Iterator[RenderedDoc]:
    for result in results:
        bar.update(1)
        yield result
    bar.close()


def run(corpus: Path, out_dir: Path, patterns_dir: Path = PATTERNS_DIR, workers: int | None = None,
        progress: bool = False) -> Summary:
    """Extract ``corpus`` into ``out_dir``; raises ``ValidationFailed`` and keeps old outputs on bad tables."""
    began = time.perf_counter()
    summary = Summary(warnings=manifest_problems(corpus))
    with TableWriter(out_dir) as writer:
        for doc in process_corpus(corpus, patterns_dir, workers, progress):
            writer.add(doc)
            summary.documents += 1
            summary.mentions += len(doc.keys["mentions"])
            summary.records += len(doc.keys["indicators"])
            summary.words += doc.words
            if doc.error:
                summary.failed.append((doc.doc_id, doc.error))
            for reason, n in doc.dropped.items():
                summary.dropped[reason] = summary.dropped.get(reason, 0) + n
    summary.seconds = time.perf_counter() - began
    return summary
