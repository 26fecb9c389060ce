"""Reading numbers: digits with separators, scale words and number words, as ``Decimal``.

Number words and scale values come from the ``number_parser`` library's English data,
so the recognizer's vocabulary and the parser's never disagree; only abbreviations
that library lacks (``mln``, ``bn``) live in ``patterns/scale_abbreviations.csv``.

>>> reader = NumberReader.default()
>>> reader.parse("12.75 billion")
Decimal('12750000000')
>>> reader.parse("Fifty-two")
Decimal('52')
>>> reader.parse("18,800")
Decimal('18800')
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import regex
from number_parser import parse_number
from number_parser.data.en import info as EN

from ..patterns import PATTERNS_DIR, alternation, load_csv

DIGITS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class NumberReader:
    def __init__(self, patterns_dir: Path):
        self.scales: dict[str, Decimal] = {
            w: Decimal(v) for w, v in EN["BIG_POWERS_OF_TEN"].items() if v >= 100 and v <= 10**12}
        for row in load_csv(patterns_dir / "scale_abbreviations.csv", ("abbreviation", "scale")):
            self.scales[row["abbreviation"].lower()] = self.scales[row["scale"].lower()]
        self.words: dict[str, int] = {**EN["UNIT_NUMBERS"], **EN["DIRECT_NUMBERS"], **EN["TENS"]}

    @classmethod
    @lru_cache(maxsize=4)
    def default(cls, patterns_dir: Path = PATTERNS_DIR) -> NumberReader:
        return cls(patterns_dir)

    def atoms(self) -> dict[str, str]:
        """Regex atoms generated from the vocabulary, for the rule files to use."""
        big = [w for w, v in self.scales.items() if v >= 1000]
        return {
            "NUMBER_WORD": alternation(list(self.words) + ["hundred"] + [w for w in EN["BIG_POWERS_OF_TEN"]
                                                                        if EN["BIG_POWERS_OF_TEN"][w] <= 10**12]),
            "SCALE": alternation(big),
        }

    @lru_cache(maxsize=8192)
    def parse(self, text: str) -> Decimal | None:
        """Value of a number expression, or ``None`` when it is not one."""
        text = " ".join(text.replace("\u2009", " ").split())
        if not text:
            return None
        digits = DIGITS.match(text)
        if digits:
            try:
                value = Decimal(digits.group().replace(",", ""))
            except InvalidOperation:
                return None
            rest = text[digits.end():].strip(" -").lower()
            if not rest:
                return value
            factor = Decimal(1)
            for word in rest.split():
                if word not in self.scales:
                    return None
                factor *= self.scales[word]
            return normalize(value * factor)
        parsed = parse_number(text.lower().replace("-", " "))
        return Decimal(parsed) if parsed is not None else None


def normalize(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def plain(value: Decimal | int | None) -> str:
    """A number as the tables write it: no exponent, no trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return format(normalize(value), "f")
