"""Ingest: find bulletins, decode them, attach manifest metadata and a publication date.

A file that cannot be read becomes a ``Bulletin`` with ``error`` set, so the run goes
on and the reason reaches ``documents.csv``.
"""
from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
from pathlib import Path

import charset_normalizer
import regex
from dateutil import parser as dateparser

from .model import Bulletin
from .patterns import load_jsonl_rules

SUFFIXES = (".txt",)
MANIFEST = "manifest.csv"
# Encodings a bulletin saved by common tools may have besides UTF-8; a guess outside
# this list is refused rather than producing mojibake that still "decodes".
ACCEPTED_GUESSES = {"gb18030", "gbk", "gb2312", "big5", "cp1252", "utf_16", "utf_16_le", "utf_16_be"}
GLUED_DATE_PARTS = regex.compile(r"(?<=[A-Za-z]\.|,)(?=\d)")
# Datelines stand near the top of a page; further down a date is part of the story.
DATELINE_WINDOW = 1500


class InputError(Exception):
    """A bulletin that cannot be read; the message is shown to the user as is."""


def discover(corpus: Path) -> list[Path]:
    """Every bulletin file under ``corpus``, in ``doc_id`` order."""
    files = [p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    return sorted(files, key=lambda p: doc_id_of(p, corpus))


def doc_id_of(path: Path, corpus: Path) -> str:
    return path.relative_to(corpus).with_suffix("").as_posix()


def read_manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by the file path relative to the corpus."""
    return {row["file"].strip(): row for _, row in _manifest_rows(corpus)}


def manifest_problems(corpus: Path) -> list[str]:
    """What in ``manifest.csv`` the run cannot use, each a line for the user: a missing
    ``file`` column, a row for a file the corpus lacks, a date not in ISO form."""
    path = corpus / MANIFEST
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as f:
            columns = csv.DictReader(f).fieldnames or []
        if "file" not in columns:
            return [f"{MANIFEST}: no 'file' column (it has {', '.join(columns) or 'none'}); its rows are not used"]
    problems = []
    for line, row in _manifest_rows(corpus):
        name, published = row["file"].strip(), (row.get("published") or "").strip()
        if not (corpus / name).is_file():
            problems.append(f"{MANIFEST}:{line}: no file {name} in the corpus")
        if published and not normalize_partial_date(published):
            problems.append(f"{MANIFEST}:{line}: published '{published}' is not 2019, 2019-12 or 2019-12-23; "
                            f"the date of {name} is read from its text")
    return problems


def _manifest_rows(corpus: Path) -> list[tuple[int, dict[str, str]]]:
    """The manifest's rows that name a file, with their line numbers; none without a ``file`` column."""
    path = corpus / MANIFEST
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return [(reader.line_num, row) for row in reader if (row.get("file") or "").strip()]


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``InputError`` with a user-facing reason.

    BOMs decide first (UTF-8, UTF-16), then strict UTF-8, then a detector whose guess
    must be an encoding bulletins are really saved in.
    """
    if not data:
        raise InputError("empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec.replace("-", "_") + "_bom"
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {codec} byte-order mark but is not {codec} text "
                                 f"(byte {exc.start})") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    # Detectors guess poorly on English with a few Chinese characters, so GB18030 (a
    # superset of GBK) is tried first and kept when what it decodes looks Chinese.
    try:
        text = data.decode("gb18030")
        if looks_chinese(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding not in ACCEPTED_GUESSES:
        raise InputError("not UTF-8 or GBK text (encoding could not be determined)")
    return str(best), best.encoding


CHINESE_OR_PUNCTUATION = regex.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f]")


def looks_chinese(text: str) -> bool:
    """Most non-ASCII characters are Chinese characters or punctuation."""
    other = [c for c in text if ord(c) > 127]
    return bool(other) and sum(1 for c in other if CHINESE_OR_PUNCTUATION.match(c)) >= 0.9 * len(other)


class DatelineFinder:
    """Finds a publication date in the top of a page, rules from ``patterns/datelines.jsonl``."""

    def __init__(self, patterns_dir: Path):
        rules = load_jsonl_rules(patterns_dir / "datelines.jsonl", required=("id", "pattern"))
        self.rules = [(r["id"], regex.compile(r["pattern"], regex.X | regex.I | regex.M)) for r in rules]
        url_rules = load_jsonl_rules(patterns_dir / "url_dates.jsonl", required=("id", "pattern"))
        self.url_rules = [regex.compile(r["pattern"]) for r in url_rules]

    def find_in_url(self, url: str) -> str:
        """The date a news site writes into its article addresses (``/a/202002/29/``), which
        names the publication more surely than any date of the text; a month alone
        (``/2015/05/``) is kept at that precision."""
        for rx in self.url_rules:
            for m in rx.finditer(url):
                try:
                    date = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d") or 1)).isoformat()
                except ValueError:
                    continue
                return date if m.group("d") else date[:7]
        return ""

    def find(self, text: str) -> str:
        head = text[:DATELINE_WINDOW]
        hits = []
        for _rule_id, rx in self.rules:
            m = rx.search(head)
            if m:
                hits.append((m.start(), m.group("date")))
        for _pos, found in sorted(hits):
            try:
                # dateutil reads "Sep 10,2020" as September 10 of the current year: space it out.
                spaced = GLUED_DATE_PARTS.sub(r"\g<0> ", found)
                return dateparser.parse(spaced, default=None, fuzzy=False).date().isoformat()
            except (ValueError, OverflowError, AttributeError):
                continue
        return ""


def normalize_partial_date(value: str) -> str:
    """Keep a manifest date at the precision it was given (``2019``, ``2019-12``, ``2019-12-23``)."""
    value = value.strip()
    return value if regex.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) else ""


def read_bulletin(path: Path, corpus: Path, manifest: dict, datelines: DatelineFinder) -> Bulletin:
    rel = path.relative_to(corpus).as_posix()
    doc_id = doc_id_of(path, corpus)
    meta = manifest.get(rel, {})
    data = path.read_bytes()
    base = dict(doc_id=doc_id, path=rel, sha256=hashlib.sha256(data).hexdigest(),
                title=(meta.get("title") or "").strip(), publisher=(meta.get("publisher") or "").strip(),
                url=(meta.get("url") or "").strip())
    try:
        text, encoding = decode(data)
    except InputError as exc:
        return Bulletin(**base, error=str(exc))
    if not text.strip():
        return Bulletin(**base, text=text, encoding=encoding, error="no text (only white space)")
    published = normalize_partial_date(meta.get("published") or "")
    source = "manifest" if published else ""
    if not published:
        in_url, in_text = datelines.find_in_url(base["url"]), datelines.find(text)
        # An address's day names the publication more surely than a date of the text, a
        # dateline more precisely than an address's month (``/2015/05/``) if it falls in it.
        if len(in_url) == len("2020-01-01") or (in_url and not in_text.startswith(in_url)):
            published, source = in_url, "manifest"
        elif in_text:
            published, source = in_text, "text"
    return Bulletin(**base, text=text, encoding=encoding, published=published, published_source=source)
