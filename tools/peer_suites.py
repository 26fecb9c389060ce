#!/usr/bin/env python
"""Score the pipeline on other projects' test suites (value recall), so a regression shows.

Four suites from ``../shared/peer_tests`` (SOURCES.md there gives origins and formats),
each with the issue's bar and the mention types that can read its values:

- ``currency``: Recognizers-Text NumberWithUnit/English/CurrencyModel.json, MONEY, 0.80
- ``percent``: Recognizers-Text Number/English/PercentModel.json, PERCENT, 0.90
- ``number``: Recognizers-Text Number/English/NumberModel.json, MONEY/PERCENT/COUNT, 0.85
- ``newsquant``: CQE formatted_test_set/NewsQuant.json, MONEY/PERCENT/COUNT, 0.75

Every case's input is written as one ``.txt`` file (``0000.txt``, ...) into a temporary
corpus, the pipeline runs once over it as ``extract`` would, and ``mentions.csv`` is read
back. A gold value is *read* when a mention of an accepted type in that case's document
has an equal value (rel. tol. 1e-6; CQE's own 1e-5 for NewsQuant; a range needs both
ends); each mention reads one gold value at most, one overlapping the gold span first.
DATE mentions never read a value. Score = gold values read / gold values, over all
cases and, for Recognizers-Text, over the cases its .NET reference passes. The few gold
values left out are counted and the loaders say why. The shared data is read in place,
never copied into this repository.

Run it from the repository root::

    python tools/peer_suites.py                 # the table
    python tools/peer_suites.py --details       # plus every miss, grouped by cause
    python tools/peer_suites.py --suite currency --details

``tests/test_peer_suites.py`` imports the functions below and asserts the bars.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"

QUANTITY_TYPES = frozenset({"MONEY", "PERCENT", "COUNT"})

# Recognizers-Text resolves sub-units in their own unit ("50 cents" -> 50 Cent); the
# data contract writes money in whole currency units, so the gold is scaled to match.
SUBUNITS = {"cent": 100, "pence": 100, "penny": 100, "sen": 100, "satoshi": 100_000_000}

# A fraction-subtype result is still a cardinal amount when a large scale word carries
# it ("half a million", "3 million and a half", "two thirds of a million").
SCALED_FRACTION = re.compile(r"(?i)\b(million|billion|trillion|lakh|crore)s?\b")


# --------------------------------------------------------------------------- cases

@dataclass(frozen=True)
class Expected:
    """One gold value of one case."""

    case: int
    value: float
    value_high: float | None = None
    text: str = ""                      # gold surface where the suite gives one
    start: int | None = None            # character span in the input, end exclusive
    end: int | None = None
    iso: str = ""                       # isoCurrency, when Recognizers gives one
    unit: str = ""                      # the suite's own unit name
    skip: str = ""                      # why this value is not scored ("" = scored)


@dataclass(frozen=True)
class Case:
    index: int
    input: str
    expected: tuple[Expected, ...]
    dotnet: bool = True                 # the .NET reference passes it (no "dotnet" in NotSupported)

    @property
    def doc_id(self) -> str:
        return f"{self.index:04d}"


def _read_json(path: Path):
    # Some Recognizers-Text specs start with a BOM.
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def _recognizers_cases(path: Path, expected_of: Callable[[int, dict, dict], Expected | None]) -> list[Case]:
    cases = []
    for i, raw in enumerate(_read_json(path)):
        expected = []
        for result in raw["Results"]:
            exp = expected_of(i, raw, result)
            if exp is not None:
                expected.append(exp)
        cases.append(Case(i, raw["Input"], tuple(expected), "dotnet" not in raw.get("NotSupported", "").lower()))
    return cases


def _span(result: dict) -> dict:
    # Recognizers-Text offsets are End-inclusive.
    return {"text": result["Text"], "start": result["Start"], "end": result["End"] + 1}


def load_currency(path: Path) -> list[Case]:
    def expected_of(i: int, raw: dict, result: dict) -> Expected | None:
        if result["TypeName"] != "currency":
            return None
        res = result["Resolution"]
        unit = res.get("unit") or ""
        value = res.get("value")
        if value is None:
            # A bare currency word ("dollar", "rmb"): upstream resolves no amount.
            return Expected(i, math.nan, unit=unit, skip="no value (bare currency word)", **_span(result))
        number = float(value) / SUBUNITS.get(unit.lower(), 1)
        return Expected(i, number, iso=res.get("isoCurrency", ""), unit=unit, **_span(result))
    return _recognizers_cases(path, expected_of)


def load_percent(path: Path) -> list[Case]:
    def expected_of(i: int, raw: dict, result: dict) -> Expected | None:
        if result["TypeName"] != "percentage":
            return None
        value = result["Resolution"].get("value")
        if value in (None, "null"):
            # "a small percent", "the % of increase": a percent word with no number.
            return Expected(i, math.nan, skip="no value (bare percent word)", **_span(result))
        return Expected(i, float(value.rstrip("%")), unit="percent", **_span(result))
    return _recognizers_cases(path, expected_of)


def load_number(path: Path) -> list[Case]:
    def expected_of(i: int, raw: dict, result: dict) -> Expected | None:
        if result["TypeName"] != "number":
            return None
        res = result["Resolution"]
        subtype = res.get("subtype") or ""
        value = float(res["value"])
        skip = ""
        # Scientific notation ("1.3e6", "1.1^23", "6.23x10^-4"): bulletins never write
        # numbers that way and the contract writes numbers plainly, never in exponent form.
        if subtype == "power":
            skip = "power (scientific notation)"
        # A bare ratio or mixed number ("two thirds", "1 over 3", "twenty and three
        # fifths") has no mention type in the data contract: COUNT is a cardinal quantity
        # of things, PERCENT needs a percent word. Scaled fractions ("half a million",
        # "3 million and a half") are cardinal amounts and stay scored.
        elif subtype == "fraction" and not SCALED_FRACTION.search(result["Text"]):
            skip = "fraction (bare ratio)"
        # A negative bare number ("-1", "minus five point five") cannot be a COUNT (a
        # cardinal quantity of things); negative values matter as declines, and those are
        # scored where they have a unit: PercentModel ("minus five percent") and NewsQuant.
        elif value < 0:
            skip = "negative bare number"
        return Expected(i, value, skip=skip, **_span(result))
    return _recognizers_cases(path, expected_of)


_RANGE = re.compile(r"^\s*(-?[\d.]+(?:E[-+]?\d+)?)\s*-\s*(-?[\d.]+(?:E[-+]?\d+)?)\s*$", re.I)


def parse_newsquant_value(text: str) -> tuple[float, float | None]:
    """``"19.0"`` -> (19.0, None); ``"252.0-287.0"`` -> (252.0, 287.0); ``"-1.3"`` -> (-1.3, None)."""
    try:
        return float(text), None
    except ValueError:
        pass
    m = _RANGE.match(text)
    if not m:
        raise ValueError(f"NewsQuant value {text!r} is neither a number nor a range")
    return float(m.group(1)), float(m.group(2))


def load_newsquant(path: Path) -> list[Case]:
    # Every gold quantity is scored, physical units included (the pipeline's COUNT
    # carries a unit noun, "30 yards" -> COUNT 30 yard). SOURCES.md says only that
    # dates/years are not annotated; that concerns our outputs (DATE mentions are never
    # candidates here), not the gold, so no gold quantity is left out. Sentences without
    # quantities (115) stay as cases: they count for the extra-mention figures.
    cases = []
    for i, raw in enumerate(_read_json(path)):
        expected = []
        for q in raw["quantities"]:
            low, high = parse_newsquant_value(q["value"])
            expected.append(Expected(i, low, high, unit=q["normalized_unit"]))
        cases.append(Case(i, raw["text"], tuple(expected)))
    return cases


@dataclass(frozen=True)
class Suite:
    name: str
    path: str                           # relative to shared/peer_tests
    load: Callable[[Path], list[Case]]
    accepted: frozenset[str]            # mention types that can read a gold value
    bar: float
    rel_tol: float = 1e-6
    has_dotnet: bool = True             # Recognizers-Text marks .NET failures


SUITES: dict[str, Suite] = {s.name: s for s in (
    Suite("currency", "recognizers_text/NumberWithUnit/English/CurrencyModel.json", load_currency,
          frozenset({"MONEY"}), 0.80),
    Suite("percent", "recognizers_text/Number/English/PercentModel.json", load_percent,
          frozenset({"PERCENT"}), 0.90),
    # Any quantity mention reads a number; a DATE mention does not, even over "2018"
    # (misses inside a DATE are reported as such under --details).
    Suite("number", "recognizers_text/Number/English/NumberModel.json", load_number, QUANTITY_TYPES, 0.85),
    # CQE's evaluate_models.py compares values with np.isclose(rtol=1e-5).
    Suite("newsquant", "cqe_newsquant/formatted_test_set/NewsQuant.json", load_newsquant, QUANTITY_TYPES, 0.75,
          rel_tol=1e-5, has_dotnet=False),
)}


# --------------------------------------------------------------------------- extraction

@dataclass
class Extraction:
    rows: dict[str, list[dict[str, str]]]       # doc_id -> mention rows, in table order
    errors: dict[str, str]                      # doc_id -> document error (status=error)
    violations: list[str]                       # validation errors of the run, if it failed
    seconds: float


def write_corpus(cases: Iterable[Case], corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for case in cases:
        (corpus / f"{case.doc_id}.txt").write_text(case.input, encoding="utf-8", newline="")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extract(cases: list[Case]) -> Extraction:
    """Run the pipeline once over the cases, as ``python -m pipeline extract`` does.

    When the run fails validation (which leaves no tables), the violations are kept and
    the mentions are taken from the same stages in memory, so that one bad row still
    shows as a reported problem instead of hiding every score.
    """
    from pipeline.run import process_corpus, run
    from pipeline.validate import PackageValidator
    from pipeline.write import ValidationFailed

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="peer-suite-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        write_corpus(cases, corpus)
        violations: list[str] = []
        try:
            run(corpus, out, workers=1)
            mentions = _read_csv(out / "mentions.csv")
            errors = {d["doc_id"]: d["error"] for d in _read_csv(out / "documents.csv") if d["status"] == "error"}
        except ValidationFailed as exc:
            violations = [str(v) for v in exc.violations]
            mentions, errors = [], {}
            columns = PackageValidator().columns("mentions")
            for doc in process_corpus(corpus, workers=1):
                mentions += csv.DictReader(io.StringIO(doc.csv["mentions"]), fieldnames=columns)
                if doc.error:
                    errors[doc.doc_id] = doc.error
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in mentions:
        rows[row["doc_id"]].append(row)
    return Extraction(dict(rows), errors, violations, time.perf_counter() - began)


# --------------------------------------------------------------------------- scoring

def _num(cell: str) -> float | None:
    try:
        return float(cell) if cell not in ("", None) else None
    except ValueError:
        return None


def _close(a: float | None, b: float | None, rel_tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=1e-9)


def reads(row: dict[str, str], exp: Expected, rel_tol: float) -> bool:
    """Does this mention row read the gold value (and, for a range, both ends)?"""
    low, high = _num(row.get("value", "")), _num(row.get("value_high", ""))
    if exp.value_high is None:
        # A single gold value is not read by a range mention unless the range is degenerate.
        return _close(low, exp.value, rel_tol) and (high is None or _close(high, exp.value, rel_tol))
    # Ends in either order: NewsQuant writes "from 4.8 to 4.7" as "4.8-4.7".
    return ((_close(low, exp.value, rel_tol) and _close(high, exp.value_high, rel_tol))
            or (_close(low, exp.value_high, rel_tol) and _close(high, exp.value, rel_tol)))


def _overlaps(row: dict[str, str], exp: Expected) -> bool:
    if exp.start is None:
        return False
    return int(row["start"]) < exp.end and int(row["end"]) > exp.start


@dataclass
class Miss:
    case: Case
    expected: Expected
    cause: str                          # the kind of text that failed (see ``classify``)
    how: str                            # what the pipeline did with it (see ``how_missed``)
    found: list[dict[str, str]]


@dataclass
class SuiteResult:
    suite: Suite
    cases: int = 0
    expected: int = 0
    read: int = 0
    dotnet_cases: int = 0
    dotnet_expected: int = 0
    dotnet_read: int = 0
    skipped: Counter = field(default_factory=Counter)
    extra: int = 0                      # accepted-type mentions that read no gold value
    extra_in_negative_cases: int = 0    # ... of which in cases with no gold value at all
    iso_checked: int = 0                # read values whose gold gives an ISO code
    iso_agree: int = 0
    doc_errors: dict[str, str] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    iso_mismatches: list[tuple[Case, Expected, dict[str, str]]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return self.read / self.expected if self.expected else 0.0

    @property
    def dotnet_score(self) -> float:
        return self.dotnet_read / self.dotnet_expected if self.dotnet_expected else 0.0

    @property
    def passes(self) -> bool:
        return self.score >= self.suite.bar


def score(suite: Suite, cases: list[Case], extraction: Extraction) -> SuiteResult:
    """Value recall of one suite, with every miss labelled by ``how_missed`` and ``classify``."""
    result = SuiteResult(suite, cases=len(cases), doc_errors=extraction.errors,
                         violations=extraction.violations, seconds=extraction.seconds)
    for case in cases:
        rows = extraction.rows.get(case.doc_id, [])
        candidates = [r for r in rows if r["type"] in suite.accepted]
        hits = assign(case.expected, candidates, suite.rel_tol)
        for n, exp in enumerate(case.expected):
            hit = hits.get(n)
            if exp.skip:
                result.skipped[exp.skip] += 1
                continue
            result.expected += 1
            result.dotnet_expected += case.dotnet
            if hit is None:
                claimed = any(reads(r, exp, suite.rel_tol) for r in candidates)
                how = how_missed(suite, exp, rows, claimed)
                result.misses.append(Miss(case, exp, classify(suite, case, exp, how), how, rows))
                continue
            result.read += 1
            result.dotnet_read += case.dotnet
            if exp.iso:
                result.iso_checked += 1
                if candidates[hit]["unit"] == exp.iso:
                    result.iso_agree += 1
                else:
                    result.iso_mismatches.append((case, exp, candidates[hit]))
        result.dotnet_cases += case.dotnet
        extra = len(candidates) - len(hits)
        result.extra += extra
        if not case.expected:
            result.extra_in_negative_cases += extra
    return result


def assign(expected: tuple[Expected, ...], candidates: list[dict[str, str]], rel_tol: float) -> dict[int, int]:
    """Pair gold values with mentions that read them, one to one: gold index -> candidate index.

    Scored values before skipped ones, so a skipped value never takes the mention a
    scored one needs (skipped values still claim a mention, so it does not count as
    extra); within each, mentions overlapping the gold span before mentions elsewhere.
    """
    hits: dict[int, int] = {}
    used: set[int] = set()
    for skipped in (False, True):
        for overlapping in (True, False):
            for n, exp in enumerate(expected):
                if n in hits or bool(exp.skip) != skipped or math.isnan(exp.value):
                    continue
                for i, row in enumerate(candidates):
                    if i not in used and (not overlapping or _overlaps(row, exp)) and reads(row, exp, rel_tol):
                        hits[n] = i
                        used.add(i)
                        break
    return hits


# --------------------------------------------------------------------------- causes of misses
#
# A miss gets two labels. ``how`` says what the pipeline did with it (nothing, a COUNT
# instead of MONEY, a span cut short, a wrong scale); ``cause`` names the kind of text
# that failed ("currency name", "number words", "range"), so that one fix in patterns/
# or pipeline/ addresses a whole group. Both are heuristics for reading, not scores.

SMALL_WORD = (r"zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
              r"fifty|sixty|seventy|eighty|ninety")
NUMBER_WORD = SMALL_WORD + r"|hundred|thousand|million|billion|trillion|point|a"

# (label, where, pattern): ``where`` is "text" (the gold surface), "context" (the gold
# surface with 3 characters either side) or "after" (the gold surface and the next 8
# characters). First match wins, so specific before general.
SURFACE_CAUSES: list[tuple[str, str, re.Pattern]] = [(label, where, re.compile(rx, re.I)) for label, where, rx in [
    ("negative number ('-1', 'minus five percent')", "text", r"^\s*(-|−|minus\b|negative\b)"),
    ("percent word before the number ('per cent of 22', 'percents of twenty')", "text",
     r"^(per\s*cents?|percents?)\b"),
    ("'percents' / 'percentage' as the unit ('one hundred percents', '100 percentage')", "text",
     r"\bpercent(s|ages?)\b"),
    ("fraction with a scale word ('half million', 'one million and a half', 'three quarters billion')", "text",
     r"\b(half|quarters?|thirds?|fifths?|ninths?)\b"),
    ("'dozen' multiplier ('3 dozens', 'half a dozen', 'five dozs')", "text", r"\bdo?z(en)?s?\b|\bdzs?\b"),
    ("digits mixed with scale words ('3 hundred and 21', '322 hundred')", "text",
     r"\d\s+(hundred|thousand)\b|\b(hundred|thousand)\s+(and\s+)?\d"),
    ("Indian scale words ('13 lakh', '1 crore', '35 lakh rupees')", "text", r"\b(lakh|crore)s?\b"),
    ("M-prefixed currency code ('30 MUSD', '120 MEUR', 'MAUD 60')", "text", r"\bm(usd|eur|gbp|aud)\b"),
    ("currency code between number and scale word ('75 USD million')", "text",
     r"\d\s*(usd|eur|gbp|dollars?)\s+(million|billion)"),
    ("amount + sub-amount ('3 dollars 50 cents', '15 dollars and 15', '17 USD 25')", "text",
     rf"(\d|\b(?:{SMALL_WORD}))\s*(dollars?|usd|kuai|\$)\s+(and\s+)?(\d|(?:{SMALL_WORD})\b)"
     rf"|\d\s+and\s+(?:{SMALL_WORD})\b"),
    ("scale suffix or abbreviation ('10k', '1.2b', '10M', '2mil', '10 bln', '1MM')", "text",
     r"\d\s*(k|m|mm|g|b|bn|bln|tln|mil)\b"),
    ("rare currency symbol ('₡', '₾', '₭', '₿', '元', 'ரூ')", "text", r"[₡₾₭₿元]|ரூ"),
    ("currency symbol after the number ('10 $', '5 €')", "text", r"\d\s*[$€£¥₹]"),
    ("letters before '$' ('usd$ 15', 'mex$', 'nzd$15')", "text", r"[a-z.]\s*\$"),
    ("ISO code ('usd 200', '500 USD', 'USD115', '10 rmb', '6.25 BTC')", "text",
     r"\b(usd|eur|gbp|aud|cad|nzd|mxn|rmb|btc)\b|\d(usd|eur)|(usd|eur)\d"),
    ("currency word before the number ('sen 100,000', 'dollar 22.5 million')", "text",
     r"^(dollars?|sen|rmb)\s+\d"),
    ("sub-unit ('50 cents', '470 pence', '12-cent', 'one penny', '2 satoshis')", "text",
     r"\b(cents?|pence|penny|satoshis?)\b"),
    ("space or narrow space as thousands separator ('1 234 567', '40 000')", "text", r"\d[ \u202f]\d{3}\b"),
    ("Indian grouping or comma decimal ('12,34,567.89', '1,3', '5,00')", "text", r"\d,\d{1,2}(\D|$)"),
    ("decimal without a leading zero ('.08')", "text", r"^\.\d"),
    ("number words ('sixteen', 'one hundred and six', 'nine point nought four')", "text",
     rf"^(?:(?:{NUMBER_WORD})\b[\s-]*(?:and\s+)?)+$"),
    ("currency name ('finnish markka', 'francs', 'pesetas', 'turkish lira', 'bitcoins')", "text", r"\d\s+[a-z]"),
    ("number before a time unit ('in 3 years')", "after", r"\d\s+(years?|months?|days?)\b"),
    ("number inside a code, date, phone number or list ('192.168.1.2', '5/17/2018', 'SCP-173', '22,24,26')",
     "context", r"[A-Za-z.{}/+\-]\d|\d[.{}/\-]\d|\d,\d\d(,|\.|$)|\d\{"),
]]

DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "year of age", "month of age"}
MONEY_OR_PERCENT_UNITS = {"percentage", "dollar", "euro", "japanese yen", "chinese yuan", "pound sterling", "cent",
                          "australian dollar", "hong kong dollar", "malaysian ringgit", "shekel", "sen"}
WORD_VALUES = {1: "one|a|an", 2: "two|couple", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
               9: "nine", 10: "ten", 11: "eleven", 12: "twelve|dozen", 20: "twenty", 30: "thirty", 50: "fifty",
               100: "hundred"}


def how_missed(suite: Suite, exp: Expected, rows: list[dict[str, str]], claimed: bool) -> str:
    """What the pipeline did with the text that holds a missed gold value."""
    quantity = [r for r in rows if r["type"] in QUANTITY_TYPES]
    near = [r for r in rows if _overlaps(r, exp)]
    pool = near if exp.start is not None else quantity
    if exp.value_high is not None:
        ends = (exp.value, exp.value_high)
        if any(r["value_high"] for r in quantity if any(_close(_num(r["value"]), e, 1e-5) for e in ends)):
            return "range read with other bounds"
        if any(_close(_num(r["value"]), e, 1e-5) for r in quantity for e in ends):
            return "range read as separate values (or one end only)"
        return "range not read"
    for r in pool:
        v = _num(r["value"])
        if r["type"] in QUANTITY_TYPES and r["type"] not in suite.accepted and _close(v, exp.value, 1e-5):
            return f"read as {r['type']} (unit {r['unit'] or 'empty'!r}), not {'/'.join(sorted(suite.accepted))}"
    for r in pool:
        v = _num(r["value"])
        if v is None or r["type"] not in suite.accepted:
            continue
        if _close(v, exp.value, 1e-5):
            return ("read as a range" if _num(r["value_high"]) is not None
                    else "value read once, but claimed by another gold value")
        if exp.value < 0 and _close(v, -exp.value, 1e-5):
            return "negative sign dropped"
        if v > 0 and exp.value > 0:
            power = math.log10(exp.value / v)
            # Without a gold span (NewsQuant), only large factors are telling; x10 is chance.
            if abs(power - round(power)) < 1e-6 and (round(power) >= 2 or (near and round(power) != 0)):
                return f"scale lost (gold = read x 10^{round(power)})"
    if near:
        types = sorted({r["type"] for r in near})
        if "DATE" in types:
            return "read as DATE"
        if set(types) & suite.accepted:
            return "span cut short or wrong value"
        return f"read only as {'/'.join(types)}"
    if exp.start is None:
        if any(r["type"] == "DATE" and _close(_num(r["year_start"]), exp.value, 1e-9) for r in rows):
            return "read as DATE"
        if claimed:
            return "value read once, but claimed by another gold value"
    return "not extracted"


def classify(suite: Suite, case: Case, exp: Expected, how: str) -> str:
    """A rough, general cause for one miss: the kind of text that failed."""
    if exp.value_high is not None:
        if how.startswith("range read as separate") and _written_from(case.input, exp.value):
            # "from 240 to 273", "fell from $2,415 to $2,315": NewsQuant calls it a range; it
            # may be one ("homes from $750,000 to $1 million") or a change, which the data
            # contract reads as two values ("from 12.75 billion yuan in 2001 to 34.93 billion").
            return "range written 'from A to B', read as two values (a range, or a change: two values by contract)"
        return "range (" + how.replace("range ", "") + ")"
    if how.startswith(("negative sign", "read as DATE", "value read once")):
        return how
    if exp.text:
        windows = {"text": exp.text, "context": case.input[max(0, exp.start - 3): exp.end + 3],
                   "after": exp.text + case.input[exp.end: exp.end + 8]}
        for label, where, rx in SURFACE_CAUSES:
            if rx.search(windows[where]):
                return label
        return how
    return _newsquant_cause(case.input, exp, how)


def _newsquant_cause(text: str, exp: Expected, how: str) -> str:
    # NewsQuant gives no span: reason from the sentence, the value and its unit.
    if how.startswith("scale lost"):
        return "scale word or suffix lost ('4 hundred people', '8 B people', 'RM3.06mil')"
    if how != "not extracted" and not how.startswith("read only as"):
        return how
    if exp.value < 0:
        return "negative number ('-1.3%', 'minus-5 yards', '$-50.8bn')"
    found = _digit_contexts(text, exp.value)
    if found:
        before, after = found[0]
        if re.match(r"[A-Za-z]", after):
            return "number glued to a unit or suffix ('256GB', '1.38pc', '1.5mm', '$13.6M')"
        if re.search(r"[A-Za-z=]$", before):
            return "letters glued before the number ('RM120,000', 'PS2.7m', 'Y=28,030')"
        if re.search(r"[+±~]$", before):
            return "sign or tilde before the number ('+0.2%', '~80%')"
        if exp.unit in DURATION_UNITS:
            return "duration or age in digits ('15 years', '55 minutes', '33-year-old')"
        if exp.unit in MONEY_OR_PERCENT_UNITS:
            return f"money or percent in digits not read ({exp.unit})"
        if exp.unit in ("-", "count"):
            return "bare number in digits not read ('16,644', '750000')"
        return "digits with a physical unit not read ('256 gigabytes', '74 mph', '5 volts')"
    if re.search(r"\d(\.\d+)?\s*(k|m|bn|b|mil|mn|tn)\b", text, re.I) and exp.value >= 1000:
        return "scale suffix or abbreviation ('25k', '$13.6M', 'PS2.7m', '$1.762bn', '8 B')"
    if 0 < exp.value < 1:
        return "fraction words ('half', 'a third', 'two-thirds', 'one of four')"
    words = WORD_VALUES.get(int(exp.value)) if exp.value == int(exp.value) else None
    if words and re.search(rf"\b({words})\b", text, re.I):
        if exp.value == 1:
            return "'one'/'a' as a quantity ('one of the best ...', 'one solution')"
        if exp.unit in DURATION_UNITS:
            return "duration in number words ('three months', 'two hours', 'six weeks')"
        return "number words ('eight picks', 'four times', 'Two Johnson deputies')"
    if re.search(r"\b(tens|hundreds|thousands|millions|dozens)\b", text, re.I):
        return "vague plural amounts ('tens of thousands', 'dozens', 'hundreds of miles')"
    return "other form (scientific notation, '$7/$9', unusual spelling)"


def _written_from(text: str, value: float) -> bool:
    """Is ``value`` written right after "from" ("from $36,040", "from 24.2")?"""
    return any(re.search(r"\bfrom\s+\W{0,2}$", before, re.I) for before, _ in _digit_contexts(text, value, width=8))


def _digit_contexts(text: str, value: float, width: int = 3) -> list[tuple[str, str]]:
    """Where ``value`` is written in digits in ``text``: (text before, text after) per occurrence."""
    forms = {f"{abs(value):.10g}"}
    if value == int(value):
        forms.add(f"{int(abs(value)):,}")
    out = []
    for form in forms:
        digits = re.escape(form).replace(",", ",?")
        for m in re.finditer(rf"(?<![\d.,]){digits}(?:\.0+)?(?![\d]|[.,]\d)", text):
            out.append((text[max(0, m.start() - width): m.start()], text[m.end(): m.end() + width]))
    return out


# --------------------------------------------------------------------------- running and reporting

def load_suite(suite: Suite, shared: Path) -> list[Case]:
    path = shared / "peer_tests" / suite.path
    if not path.is_file():
        raise FileNotFoundError(f"{path}: peer suite {suite.name!r} not found (is ../shared checked out?)")
    return suite.load(path)


def run_suite(name: str, shared: Path = DEFAULT_SHARED) -> SuiteResult:
    """Load, extract and score one suite: ``run_suite("percent").score``."""
    suite = SUITES[name]
    cases = load_suite(suite, shared)
    return score(suite, cases, extract(cases))


def _pct(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "-"


def render_table(results: list[SuiteResult]) -> str:
    head = ["suite", "cases", "expected", "read", "score", "bar", "", ".NET cases", ".NET exp", ".NET read",
            ".NET score", "extra", "prec~", "skipped", "seconds"]
    lines = []
    for r in results:
        lines.append([r.suite.name, str(r.cases), str(r.expected), str(r.read), f"{r.score:.3f}",
                      f"{r.suite.bar:.2f}", "ok" if r.passes else "BELOW",
                      *([str(r.dotnet_cases), str(r.dotnet_expected), str(r.dotnet_read), f"{r.dotnet_score:.3f}"]
                        if r.suite.has_dotnet else ["n/a"] * 4),
                      str(r.extra), _pct(r.read, r.read + r.extra), str(sum(r.skipped.values())),
                      f"{r.seconds:.1f}"])
    widths = [max(len(x) for x in col) for col in zip(head, *lines)]
    fmt = lambda row: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
    out = [fmt(head), fmt(["-" * w for w in widths])] + [fmt(row) for row in lines]
    out.append("")
    out.append("score = gold values read / gold values; .NET = cases the Recognizers-Text .NET reference passes;")
    out.append("extra = mentions of the accepted types that read no gold value; prec~ = read / (read + extra).")
    for r in results:
        notes = []
        if r.skipped:
            notes.append("skipped: " + ", ".join(f"{n} {why}" for why, n in r.skipped.most_common()))
        if r.iso_checked:
            notes.append(f"ISO code agrees on {r.iso_agree}/{r.iso_checked} read values that have one")
        if r.extra_in_negative_cases:
            notes.append(f"{r.extra_in_negative_cases} extra mention(s) in cases expecting none")
        if r.doc_errors:
            notes.append(f"{len(r.doc_errors)} document(s) with status=error: "
                         + "; ".join(f"{d}: {e}" for d, e in list(r.doc_errors.items())[:5]))
        if r.violations:
            notes.append(f"RUN FAILED VALIDATION ({len(r.violations)} violation(s); scored from the in-memory "
                         "mentions): " + "; ".join(r.violations[:5]))
        for note in notes:
            out.append(f"{r.suite.name}: {note}")
    return "\n".join(out)


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _value(v: float, high: float | None = None) -> str:
    s = f"{v:.10g}"
    return f"{s}-{high:.10g}" if high is not None else s


def render_details(result: SuiteResult) -> str:
    groups: dict[str, list[Miss]] = defaultdict(list)
    for miss in result.misses:
        groups[miss.cause].append(miss)
    out = [f"== {result.suite.name}: {len(result.misses)} miss(es) in {len(groups)} cause(s)"]
    hows = Counter(m.how for m in result.misses)
    out.append("   how: " + "; ".join(f"{how} {n}" for how, n in hows.most_common()))
    for cause, misses in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out.append(f"-- {cause}: {len(misses)}")
        for m in misses:
            exp = m.expected
            gold = _value(exp.value, exp.value_high)
            gold += f" {exp.iso or exp.unit}" if (exp.iso or exp.unit) else ""
            surface = f" {exp.text!r}" if exp.text else ""
            found = ", ".join(f"{r['type']} {r['text']!r}={_value(_num(r['value']), _num(r['value_high']))}"
                              f"{' ' + r['unit'] if r['unit'] else ''}" if r["value"] else f"{r['type']} {r['text']!r}"
                              for r in m.found) or "nothing"
            dotnet = "" if m.case.dotnet or not result.suite.has_dotnet else " [.NET fails too]"
            out.append(f"   [{m.case.doc_id}]{dotnet} {_short(m.case.input)!r}")
            out.append(f"        want{surface} = {gold}; {m.how}; found: {_short(found, 200)}")
    if result.iso_mismatches:
        out.append(f"-- value read, ISO code differs: {len(result.iso_mismatches)}")
        for case, exp, row in result.iso_mismatches:
            out.append(f"   [{case.doc_id}] {exp.text!r}: want {exp.iso}, read {row['unit'] or 'no unit'}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help=f"the shared folder holding peer_tests/ (default: {DEFAULT_SHARED})")
    parser.add_argument("--suite", choices=sorted(SUITES), action="append",
                        help="score only this suite (repeatable; default: all four)")
    parser.add_argument("--details", action="store_true", help="also list every miss, grouped by a rough cause")
    args = parser.parse_args(argv)
    if not (args.shared / "peer_tests").is_dir():
        parser.error(f"{args.shared / 'peer_tests'} does not exist; pass --shared")
    began = time.perf_counter()
    results = [run_suite(name, args.shared) for name in (args.suite or list(SUITES))]
    print(render_table(results))
    print(f"total {time.perf_counter() - began:.1f} s")
    if args.details:
        for r in results:
            print()
            print(render_details(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
