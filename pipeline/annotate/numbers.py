"""Reading numbers: digits with separators, scale words and number words, as ``Decimal``.

Number words and scale values come from the ``number_parser`` library's English data,
so the recognizer's vocabulary and the parser's never disagree; only abbreviations
that library lacks (``mln``, ``bn``, ``k``, a glued ``m``, a capital ``M``) live in
``patterns/scale_abbreviations.csv``.

>>> reader = NumberReader.default()
>>> reader.parse("12.75 billion")
Decimal('12750000000')
>>> reader.parse("Fifty-two")
Decimal('52')
>>> reader.parse("18,800")
Decimal('18800')
>>> reader.parse("two and a half million")
Decimal('2500000')
>>> reader.parse("one billion and a half million")
Decimal('1000500000')
>>> reader.parse("$13.6m".lstrip("$"))
Decimal('13600000')
>>> reader.parse("1,674.5 G")
Decimal('1674500000000')
>>> reader.parse("4 thousand 3 hundred and 21")
Decimal('4321')
>>> reader.parse("three hundred and two dozens")
Decimal('324')
>>> reader.parse("nought point nought three")
Decimal('0.03')
>>> reader.parse("3 hundred and 2 hundred") is None
True
"""
from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import regex
from number_parser import parse_number, parse_ordinal
from number_parser.data.en import info as EN

from ..patterns import PATTERNS_DIR, alternation, load_csv

FRACTION_PRECISION = Decimal("0.01")  # two thirds of a million: 666666.67
DIGITS = regex.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d*\.\d+"
                       r"|\d+(?:\.\d+)?")
GROUP_SEPARATORS = str.maketrans("", "", ",\u202f\u00a0 ")
# What a comma between digits must be followed by to separate thousands: three digits,
# or Indian two-digit groups ending in three (12,34,567). Anything else after the comma
# (2019,24 counties; 22,24,26,31) is another number.
THOUSANDS_GROUP = r"\d{3}(?!\d)|\d{2}(?:,\d{2})*,\d{3}(?!\d)"
# A scale letter read only after a decimal or grouped number: 1,674.5 G is giga, 5G a network.
AFTER_DECIMAL_OR_GROUPED = r"(?<=[.,]\d+\s?)"
NOT_AFTER_GROUP = r"(?<![,\u202f\u00a0]\d{3})"


class NumberReader:
    def __init__(self, patterns_dir: Path):
        powers = EN["BIG_POWERS_OF_TEN"]
        self.scale_words = {w: Decimal(v) for w, v in powers.items() if 100 <= v <= 10**12}
        self.scales: dict[str, Decimal] = dict(self.scale_words)  # lower-cased, as ``parse`` reads them
        # Regex pieces of the SCALE (after a space or glued) and SCALE_ATTACHED (glued) atoms.
        self.scale_forms: dict[str, list[str]] = {"SCALE": [f"(?i:{alternation(self.scale_words)})"],
                                                  "SCALE_ATTACHED": []}
        for row in load_csv(patterns_dir / "scale_abbreviations.csv",
                            ("abbreviation", "scale", "attached_only", "exact_case", "after_integer", "after_grouped",
                             "not_before")):
            form, scale = row["abbreviation"], row["scale"].lower()
            self.scales[form.lower()] = Decimal(scale) if scale.isdigit() else self.scale_words[scale]
            atom = "SCALE_ATTACHED" if row["attached_only"] == "yes" else "SCALE"
            self.scale_forms[atom].append(scale_form(form, row["exact_case"] == "yes", row["after_integer"] == "yes",
                                                     row["after_grouped"] == "yes", row["not_before"]))
            if atom == "SCALE" and scale.isdigit():
                self.scale_words[form.lower()] = self.scales[form.lower()]
        self.words: dict[str, int] = {**EN["UNIT_NUMBERS"], **EN["DIRECT_NUMBERS"], **EN["TENS"]}
        self.aliases = {row["alias"].lower(): row["word"].lower()
                        for row in load_csv(patterns_dir / "number_word_aliases.csv", ("alias", "word"))}
        self.words.update({alias: self.words[word] for alias, word in self.aliases.items()})
        self.fractions = {row["word"].lower(): Decimal(row["denominator"])
                          for row in load_csv(patterns_dir / "fraction_words.csv", ("word", "denominator"))}

    @classmethod
    @lru_cache(maxsize=4)
    def default(cls, patterns_dir: Path = PATTERNS_DIR) -> NumberReader:
        return cls(patterns_dir)

    def atoms(self) -> dict[str, str]:
        """Regex atoms generated from the vocabulary, for the rule files to use."""
        return {
            "SMALL_WORD": alternation(self.words),
            "TENS_WORD": alternation(EN["TENS"]),
            "UNIT_WORD": alternation(w for w, v in EN["UNIT_NUMBERS"].items() if v),
            "SCALE_WORD": alternation(self.scale_words),
            "NUMBER_WORD": alternation([*self.words, *self.scale_words]),
            "SCALE": "|".join(self.scale_forms["SCALE"]),
            "SCALE_ATTACHED": "|".join(self.scale_forms["SCALE_ATTACHED"]),
            "THOUSANDS_GROUP": THOUSANDS_GROUP,
            "FRACTION_WORD": alternation(self.fractions),
        }

    def number_words(self) -> frozenset[str]:
        """Words that are or start a number (``nought``, ``dozen``, ``quarter`` in
        ``quarter million``), beside the ones spaCy already counts as numbers."""
        return frozenset([*self.words, *self.scale_words, *self.fractions])

    @lru_cache(maxsize=8192)
    def parse(self, text: str) -> Decimal | None:
        """Value of a number expression, or ``None`` when it is not one."""
        text = " ".join(text.replace("\u2009", " ").split()).lower()
        if not text:
            return None
        digits = DIGITS.match(text)
        if digits:
            try:
                value = Decimal(digits.group().translate(GROUP_SEPARATORS))
            except InvalidOperation:
                return None
            rest = text[digits.end():].strip(" -").split()
            if all(word in self.scales for word in rest):
                factor = Decimal(1)
                for word in rest:
                    factor *= self.scales[word]
                return normalize(value * factor)
        return self.parse_words(text)

    def parse_ordinal(self, text: str) -> int | None:
        """Value of an ordinal (``fourth``, ``twenty-first``, ``19th``), or ``None``."""
        digits = regex.fullmatch(r"(\d+)(?:st|nd|rd|th)", text.strip(), regex.I)
        return int(digits.group(1)) if digits else parse_ordinal(text.strip().lower())

    def parse_words(self, text: str) -> Decimal | None:
        """Number words through ``number_parser``, plus what it lacks: a leading ``a``
        (``a million``), decimals in words (``nine point nought four``, ``two hundred
        point seventy-one``), digits among the words and scales it does not know
        (``combine``) and fractions of a scale (``two and a half million``, ``half a
        million``, ``one million and a half``, ``two thirds of a million``).

        A fraction with no scale to apply to (``two thirds``) is no count: ``None``.
        """
        words = [self.aliases.get(w, w) for w in text.replace("-", " ").split() if w != "of"]
        found = [i for i, w in enumerate(words) if w in self.fractions]
        if found:
            return self.parse_fraction(words, found[0])
        if "point" in words:
            i = words.index("point")
            whole = self.parse_words(" ".join(words[:i])) if i else Decimal(0)
            decimals = [self.words.get(w) for w in words[i + 1:]]
            if whole is None or not decimals or any(d is None for d in decimals):
                return None
            if all(d < 10 for d in decimals):
                fraction = "".join(str(d) for d in decimals)  # point nought four: digit by digit
            else:
                number = parse_number(" ".join(words[i + 1:]), language="en")  # point seventy-one: one number
                if number is None:
                    return None
                fraction = str(number)
            return normalize(whole + Decimal("0." + fraction))
        if words and words[0] in ("a", "an"):
            words[0] = "one"
        if any(w not in EN["BIG_POWERS_OF_TEN"] and (w in self.scales or DIGITS.fullmatch(w)) for w in words):
            return self.combine(words)
        parsed = parse_number(" ".join(words), language="en")  # not guessed among its languages: 6 times the work
        return Decimal(parsed) if parsed is not None else None

    def combine(self, words: list[str]) -> Decimal | None:
        """Numbers and scales read left to right, for what ``number_parser`` cannot read:
        digits among the words (``4 thousand 3 hundred and 21``) and scales it does not
        know (``6 crore and two hundred``). A dozen multiplies the number just before it
        (``three hundred and two dozens`` is 324); a scale larger than the one before it
        multiplies everything so far (``one lakh crore``).
        """
        total, group, last, largest = Decimal(0), None, None, None
        previous = ""  # the word before, "and" skipped
        for word in words:
            if word == "and":
                continue
            value = self.value_of(word)
            scale = self.scales.get(word)
            if value is not None:
                if previous and previous not in self.scales and previous not in EN["TENS"]:
                    return None  # two numbers in a row: "3 21" is no number
                group, last = (group or 0) + value, value
            elif scale is None:
                return None
            elif scale < 100:  # a dozen
                if last is None:
                    return None
                group, last = group + last * (scale - 1), last * scale
            elif group is None and previous and (scale < 1000 or scale < largest):
                return None  # a scale with no number: "two million thousand"
            elif scale < 1000:  # hundred
                if (group or 0) >= scale:
                    return None  # "3 hundred and 2 hundred" is two numbers
                group = last = (group or 1) * scale
            elif group is None and largest is not None:  # adjacent scales: "one lakh crore"
                total, largest = total * scale, scale
            elif largest is None or scale < largest:
                total, largest, group, last = total + (group or 1) * scale, scale, None, None
            else:
                return None  # "3 thousand 2 million"
            previous = word
        return normalize(total + (group or 0))

    def value_of(self, word: str) -> Decimal | None:
        """A single number word or a number in digits."""
        if word in self.words:
            return Decimal(self.words[word])
        digits = DIGITS.fullmatch(word)
        return Decimal(word.translate(GROUP_SEPARATORS)) if digits else None

    def share(self, text: str) -> Decimal | None:
        """A fraction said on its own, as a percentage: ``three-quarters`` 75, ``a third``
        33.33, ``half`` 50; ``None`` for anything else.

        >>> NumberReader.default().share("three-quarters")
        Decimal('75')
        """
        words = text.lower().replace("-", " ").split()
        if not words or words[-1] not in self.fractions or len(words) > 2:
            return None
        numerator = words[0] if len(words) == 2 else "one"
        numerator = "one" if numerator in ("a", "an") else numerator
        if numerator not in self.words:
            return None
        return normalize((Decimal(self.words[numerator]) * 100 / self.fractions[words[-1]]).quantize(FRACTION_PRECISION))

    def parse_fraction(self, words: list[str], i: int) -> Decimal | None:
        numerator_at = i - 1 if i and words[i - 1] != "and" else i
        numerator = words[numerator_at] if numerator_at < i else "one"
        numerator = "one" if numerator in ("a", "an") else numerator
        if numerator not in self.words:
            return None
        joined = numerator_at >= 2 and words[numerator_at - 1] == "and" or numerator_at == 0
        whole_words = [w for w in words[:numerator_at] if w not in ("and", "a", "an")]
        scale_words = [w for w in words[i + 1:] if w not in ("a", "an")]
        whole = self.parse_words(" ".join(whole_words)) if whole_words else Decimal(0)
        scale = self.parse_words("one " + " ".join(scale_words)) if scale_words else None
        if whole is None or (scale_words and scale is None):
            return None
        part = Decimal(self.words[numerator]) / self.fractions[words[i]]
        largest = max((self.scale_words[w] for w in whole_words if w in self.scale_words), default=None)
        if scale is None:
            # "one million and a half"; "... two hundred three fifths" is a fraction of
            # the whole number, which bulletins do not write: no reading.
            if largest is None or not joined:
                return None
            value = whole + part * largest
        elif largest is not None and largest > scale:
            value = whole + part * scale
        else:
            value = (whole + part) * scale
        return normalize(value.quantize(FRACTION_PRECISION))


def scale_form(form: str, exact_case: bool, after_integer: bool, after_grouped: bool = True,
               not_before: str = "") -> str:
    """A scale abbreviation as a regex piece carrying its own conditions, so every rule
    that uses the atom applies them: ``MM`` only in capitals (``10mm`` is millimetres),
    ``G`` never after a whole number (``5G``), ``m`` never after a thousands group nor
    before a length's word (``1,500m``, ``800m long`` are metres)."""
    piece = f"(?-i:{regex.escape(form)})" if exact_case else f"(?i:{regex.escape(form)})"
    if not after_grouped:
        piece = NOT_AFTER_GROUP + piece
    if not_before:
        piece += f"(?!{not_before})"
    return piece if after_integer else AFTER_DECIMAL_OR_GROUPED + piece


def normalize(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form (in a context wide enough
    for every digit, so that no length of number raises)."""
    wide = Context(prec=max(28, len(value.as_tuple().digits), value.adjusted() + 2))
    value = value.normalize(wide)
    return value.quantize(Decimal(1), context=wide) if value == value.to_integral_value() else value


def plain(value: Decimal | int | None) -> str:
    """A number as the tables write it: no exponent, no trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return format(normalize(value), "f")
