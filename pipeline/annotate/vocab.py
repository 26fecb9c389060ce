"""The vocabularies of ``patterns/``, loaded once per process and shared by the components.

Rule files refer to atoms such as ``{AMOUNT}`` or ``{CURRENCY_SUFFIX}``; this module
builds them from ``atoms.jsonl`` and from the vocabulary files, so one word list feeds
both recognition and normalization.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path

import inflection
import regex
from dateutil.parser import parserinfo

from ..patterns import PATTERNS_DIR, alternation, load_csv, load_jsonl_rules, load_lines
from .numbers import NumberReader

# Capitalised words and then another number: a table's row label, not a counted noun.
TABLE_ROW = regex.compile(r"\s*(?:[A-Z][\w'-]*\s+(?:of\s+|and\s+|from\s+)?){1,5}[\d.,]+(?:\s|$)")
# What ends the clause of a rate said before its noun: another figure's percentage, a new
# clause, a comparison with something else (``406 yuan above the poverty line of 1,196 yuan``).
RATE_CLAUSE_END = regex.compile(r"[;%]|\bper\s*cent|\bpercent|,\s+(?:and|while|but|whereas)\b|\bper\b|\b(?:above|below|than)\b(?!\W*$)",
                            regex.I)
LEADING_REACH = 120  # characters between a rate said before the noun and the figure
NOUN_REACH = 6  # words between a number and the noun it counts: "three key present poverty eradication goals"
NOT_SPACE = regex.compile(r"[^\s\-]")
# ``two-person households``, ``100-square-meter houses``: the number counts the noun it is hyphenated to.
HYPHEN_COMPOUND = regex.compile(r"-([A-Za-z]+(?:-[A-Za-z]+)*)")
# ``middle- and high-ranking officials``: the phrase goes on past a suspended hyphen's ``and``.
SUSPENDED_HYPHEN = regex.compile(r"(?<=\w-)\s+(?:and|or|to)\s+(?=\w)")
WORD = regex.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*")


@dataclass(frozen=True)
class Phrases:
    """Phrases mapped to a value, matched at the end or start of a text window."""

    table: dict[str, str]
    before: regex.Pattern
    after: regex.Pattern
    anywhere: regex.Pattern

    @classmethod
    def build(cls, rows: list[dict[str, str]], key: str, value: str) -> Phrases:
        table = {" ".join(r[key].lower().split()): r[value] for r in rows}
        alt = alternation(table)
        return cls(table,
                   regex.compile(rf"(?:^|\W)(?P<p>{alt})\W*$", regex.I),
                   regex.compile(rf"^\W{{0,3}}(?P<p>{alt})\b", regex.I),
                   regex.compile(rf"\b(?P<p>{alt})\b", regex.I))

    def leading(self, head: str) -> str:
        """The value of a phrase that rates the noun a figure measures, said before it in
        the clause (``the per capita net income ... reached 14,342 yuan``)."""
        for m in self.anywhere.finditer(head, max(0, len(head) - LEADING_REACH - 20)):
            # The first in the clause wins: "per capita annual income" is per person.
            if len(head) - m.end() <= LEADING_REACH and not RATE_CLAUSE_END.search(head, m.end()):
                return self.table[" ".join(m.group("p").lower().split())]
        return ""

    def ending(self, text: str) -> str:
        m = self.before.search(text)
        return self.table[" ".join(m.group("p").lower().split())] if m else ""

    def starting(self, text: str) -> str:
        m = self.after.search(text)
        return self.table[" ".join(m.group("p").lower().split())] if m else ""


class Vocabulary:
    """Everything the annotators read from ``patterns/``."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.dir = patterns_dir
        self.numbers = NumberReader.default(patterns_dir)
        self.currencies = load_csv(patterns_dir / "currencies.csv", ("surface", "iso", "position"))
        self.currency_iso = {" ".join(r["surface"].lower().split()): (r["iso"], Decimal(r.get("factor") or 1))
                             for r in self.currencies}
        self.qualifiers = Phrases.build(load_csv(patterns_dir / "qualifiers.csv", ("phrase", "qualifier")),
                                        "phrase", "qualifier")
        rates = load_csv(patterns_dir / "rates.csv", ("phrase", "per", "before_noun"))
        self.rates = Phrases.build(rates, "phrase", "per")
        self.leading_rates = Phrases.build([r for r in rates if r["before_noun"] == "yes"], "phrase", "per")
        self.count_nouns = {r["noun"].lower(): r["unit"]
                            for r in load_csv(patterns_dir / "count_nouns.csv", ("noun", "unit"))}
        self.directions = {r["word"]: r["name"]
                           for r in load_csv(patterns_dir / "macro_directions.csv", ("word", "name"))}
        self.edges = {" ".join(r["phrase"].lower().split()): int(r["month"])
                      for r in load_csv(patterns_dir / "period_edges.csv", ("phrase", "month"))}
        self.plans = {int(r["number"]): (int(r["year_start"]), int(r["year_end"]))
                      for r in load_csv(patterns_dir / "five_year_plans.csv", ("number", "year_start", "year_end"))}

    @cached_property
    def atoms(self) -> dict[str, str]:
        atoms = {r["name"]: r["pattern"] for r in load_jsonl_rules(
            self.dir / "atoms.jsonl", required=("name", "pattern"), allowed=("name", "pattern", "comment"))}
        atoms.update(self.numbers.atoms())
        suffix = [r["surface"] for r in self.currencies if r["position"] in ("suffix", "both")]
        atoms["CURRENCY_PREFIX"] = alternation(self.currency_prefixes)
        atoms["CURRENCY_SUFFIX"] = alternation(suffix)
        atoms["MONTH"] = alternation(self.month_names)
        atoms["WEEKDAY"] = alternation([d for names in parserinfo.WEEKDAYS for d in names[1:]])
        plurals = {inflection.pluralize(n) for n in self.count_nouns if " " not in n} | set(self.count_nouns)
        atoms["DIRECTION"] = alternation(self.directions)
        atoms["EDGE_PHRASE"] = alternation(self.edges)
        atoms["PLACE_STOPWORD"] = alternation(load_lines(self.dir / "place_stopwords.txt"))
        atoms["ORG_HEAD"] = alternation(load_lines(self.dir / "organization_heads.txt"))
        atoms["COUNT_NOUN_PLURAL"] = alternation(plurals)
        return atoms

    @cached_property
    def currency_prefixes(self) -> list[str]:
        return [r["surface"] for r in self.currencies if r["position"] in ("prefix", "both")]

    @cached_property
    def month_names(self) -> list[str]:
        return [m for names in parserinfo.MONTHS for m in names]

    def currency(self, surface: str) -> tuple[str, Decimal]:
        """ISO code and the factor to whole units (``cents`` -> ``USD``, 0.01)."""
        return self.currency_iso.get(" ".join(surface.lower().split()), ("", Decimal(1)))

    def counted_noun(self, following: str) -> str:
        """The unit a count refers to, read from the words after it (``villages`` -> ``village``).

        A noun hyphenated to the number wins (``two-person households``: person); then the
        last word of the phrase that the vocabulary knows (the head of an English
        noun phrase comes last); otherwise the last word before a function word, if it is
        a plural noun; otherwise nothing.
        """
        if TABLE_ROW.match(following):
            return ""
        following = SUSPENDED_HYPHEN.sub(" ", following)
        compound = HYPHEN_COMPOUND.match(following)
        if compound and self.lookup_noun(compound.group(1).lower()):
            return self.lookup_noun(compound.group(1).lower())
        words = []
        for m in WORD.finditer(following[:80]):
            gap = following[(words[-1][1] if words else 0):m.start()]
            if NOT_SPACE.search(gap):
                break
            word = m.group().lower()
            if word in STOP_WORDS:
                break
            words.append((word, m.end()))
            # A plural noun ends the phrase (``enterprises`` in ``5,684 enterprises last
            # year``) unless it is possessive (``farmers' households``).
            if len(words) == NOUN_REACH or (singular(word) and following[m.end():m.end() + 1] not in "'\u2019"):
                break
        names = [w.rstrip("'\u2019") for w, _ in words]
        for i in reversed(range(len(names))):
            for span in (2, 1):
                phrase = " ".join(names[max(0, i - span + 1):i + 1])
                unit = self.lookup_noun(phrase)
                if unit:
                    return unit
        if names:
            single = singular(names[-1])
            if single and single != names[-1]:
                return single
        return ""

    def noun_before(self, preceding: str) -> str:
        """The unit of the last counted noun among the words before a bracketed count:
        ``the populace below the poverty line (approximately 70 million)`` -> person."""
        for word in reversed(WORD.findall(preceding)[-NOUN_REACH - 2:]):
            unit = self.lookup_noun(word.lower())
            if unit:
                return unit
        return ""

    def lookup_noun(self, phrase: str) -> str:
        """``person-times`` and ``100-square-meter`` are looked up as written and unhyphenated."""
        for form in dict.fromkeys((phrase, phrase.replace("-", " "))):
            if form in self.count_nouns:
                return self.count_nouns[form]
            single = singular(form)
            if single and single in self.count_nouns:
                return self.count_nouns[single]
        return ""


# Words that end the noun phrase after a number: what follows belongs to the clause.
STOP_WORDS = frozenset("""
of in on at to from for by with and or but as than that which who whom whose where when
is are was were be been being has have had will would shall should can could may might
do does did not no nor its their his her our this these those such per each every
yuan percent per cent over under about up down out off into onto also last next
one ones thanks due owing after before since until during among including within through
""".split())


# Endings of words that look plural and are not (dangerous, progress, status, basis).
NOT_PLURAL = ("ous", "ss", "us", "is", "ics")


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """Singular of a plural noun (``counties`` -> ``county``), ``""`` when not a plural.

    ``inflection`` rather than ``inflect``: the same answers on these nouns, and it
    imports in under a millisecond where ``inflect`` takes two seconds per process."""
    if len(word) < 3 or not word.endswith(("s", "men", "ren", "ople")) or word.endswith(NOT_PLURAL):
        return ""
    result = inflection.singularize(word)
    return result if result != word else ""


@lru_cache(maxsize=4)
def vocabulary(patterns_dir: Path = PATTERNS_DIR) -> Vocabulary:
    return Vocabulary(patterns_dir)
