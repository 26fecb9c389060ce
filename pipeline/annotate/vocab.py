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

from ..patterns import PATTERNS_DIR, alternation, compile_cached, load_csv, load_jsonl_rules, load_lines
from ..places import places_of
from .numbers import NumberReader

# Capitalised words and then another number: a table's row label, not a counted noun; not
# a headline's words and the date a preposition opens (``1.37 Million People Out Of Poverty In 2019``).
TABLE_ROW = regex.compile(r"\s*(?:[A-Z][\w'-]*\s+(?:of\s+|and\s+|from\s+)?){1,5}"
                          r"(?<!\b(?:In|By|Since|To|At|For|Over|Until|Before|After|During|From|On)\s+)[\d.,]+(?:\s|$)")
# What ends the clause of a rate said before its noun: another figure's percentage (not a
# growth that leads to the figure: ``income per head grew 9.1 percent, to 11,310 yuan``), a new
# clause, a comparison with something else (``406 yuan above the poverty line of 1,196 yuan``),
# not a qualifier before a figure (``rose from less than 2,700 yuan in 2015 to 8,660 yuan``).
RATE_CLAUSE_END = regex.compile(r";|(?:%|\bper\s*cent|\bpercent)(?!,?\s+to\s+$)|,\s+(?:and|while|but|whereas)\b|\bper\b"
                             r"|\b(?:above|below)\b(?!\W*$)|\bthan\b(?!\W*$)(?<!\b(?:less|more|fewer)\s+than(?=\s+(?:US)?\$?\d))",
                            regex.I)
# ``each member household``, ``each impoverished rural household``: up to two modifiers may stand inside a
# distributive phrase (in the escaped alternation of a phrase table).
DISTRIBUTIVE = regex.compile(r"(?<![A-Za-z])(each|per)\\s\+")
DISTRIBUTIVE_MODIFIED = r"\1\\s+(?:(?!(?:of|and|the|other)\\b)[a-z-]+\\s+){0,2}"
# What ends the clause a later rate may stand in: another figure, punctuation, a new clause.
LATER_RATE_END = regex.compile(r"[\d.;:!?,()\"\u201c\u201d]|\b(?:while|whereas|but|which|who|that|when|since|than|compared)\b",
                               regex.I)
LATER_RATE_NOT_AFTER = regex.compile(r"\b(?:in|within|for|from|than|of|over|under|about|around|nearly|almost|half|once|"
                                     r"twice|first|last|next|past|this|that)\s+$", regex.I)
# Words after a figure within which a rate said further on is still its own ("designated 331
# counties for special support and began to earmark funds for them every year": the funds' rate).
LATER_RATE_WORDS = 8
WORDS_AHEAD = regex.compile(r"\S+")
# ``1,500 yuan for each mu converted``, ``for every relocated person``: what a figure is given per;
# ``for each`` also after the figure's own noun phrase (``one mu irrigable land for each person``),
# whose words are no verb, conjunction or preposition (``3,000 officials went to every village``
# is a total).
DISTRIBUTED_OVER = regex.compile(r"\s*(?:(?:for|to)|(?:(?!(?:and|or|but|which|that|who|is|are|was|were|has|have|had|"
                                 r"will|would|to|for|of|from|in|on|at|by|with|than)\b)[a-z][\w-]*\s+){1,3}for)"
                                 r"\s+(?:each|every)\s+([a-z-]+)(?:\s+([a-z-]+))?", regex.I)
# Words after ``a year`` that make it a date, not a rate.
OPENS_DATE = regex.compile(r"\s+(?:earlier|ago|later|before|after|back|previously)\b", regex.I)
LATER_RATE_CLOSES = regex.compile(r"\s*(?:$|[.,;:)!?]|(?:and|in|on|for|to|from|since|by|at|over|during|until)\b)", regex.I)
LEADING_REACH = 120  # characters between a rate said before the noun and the figure
LABEL_HEAD = regex.compile(r"[^()\[\],;]*")  # a label's words before a bracket or a comma
NOUN_REACH = 6  # words between a number and the noun it counts: "three key present poverty eradication goals"
NOT_SPACE = regex.compile(r"[^\s\-]")
# ``two-person households``, ``100-square-meter houses``: the number counts the noun it is hyphenated to.
HYPHEN_COMPOUND = regex.compile(r"-([A-Za-z]+(?:-[A-Za-z]+)*)")
GLUED_WORD = regex.compile(r"([A-Za-z]+)\b")
# A count a relative "who" follows counts people: nearly 100 million who have shaken off poverty.
WHO_FOLLOWS = regex.compile(r"\s+who\b")
# ``middle- and high-ranking officials``: the phrase goes on past a suspended hyphen's ``and``.
SUSPENDED_HYPHEN = regex.compile(r"(?<=\w-)\s+(?:and|or|to)\s+(?=\w)")
# ``3.09 million registered as impoverished people``: the status goes with the noun after it.
REGISTERED_AS = regex.compile(r"^\s*(?:registered|identified|classified|listed|recogni[sz]ed)\s+as(?=\s)", regex.I)
# ``365 households-roughly 1,700 people-have been resettled``: a dash typed as a hyphen
# before an approximation or a verb sets off an aside, not a compound.
DASH_ASIDE = regex.compile(r"(?<=[A-Za-z])-(?=(?:roughly|about|around|nearly|almost|approximately|some|including|"
                           r"mostly|mainly|have|has|had|were|was|are|is)\b)", regex.I)
WORD = regex.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*")
# ``454 enter-\nprises``: a word broken at a line end.
LINE_END_HYPHEN = regex.compile(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
NEXT_WORD = regex.compile(r" ([A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*)")
COORDINATORS = frozenset(("and", "or"))
# An article after a number opens a rate or a date (``650,000 a year earlier``), never its noun.
ARTICLES = frozenset(("a", "an", "the"))
# The units a population is counted in: a fraction of them is a share of it.
POPULATION_UNITS = frozenset(("person", "household", "family"))
PLACE_MODIFIERS = frozenset(("village", "township", "town", "county", "city", "prefecture", "province"))


@dataclass(frozen=True)
class Phrases:
    """Phrases mapped to a value, matched at the end or start of a text window; a phrase
    ends where a word does, not in a compound (``a year-on-year increase``)."""

    table: dict[str, str]
    before: regex.Pattern
    after: regex.Pattern
    anywhere: regex.Pattern

    @classmethod
    def build(cls, rows: list[dict[str, str]], key: str, value: str) -> Phrases:
        table = {phrase_key(r[key]): r[value] for r in rows}
        alt = DISTRIBUTIVE.sub(DISTRIBUTIVE_MODIFIED, alternation(table))
        return cls(table,
                   compile_cached(rf"(?:^|\W)(?P<p>{alt})\W*$", regex.I),
                   compile_cached(rf"^\W{{0,3}}(?P<p>{alt})(?![\w-])", regex.I),
                   compile_cached(rf"\b(?P<p>{alt})(?![\w-])", regex.I))

    def value_of(self, phrase: str) -> str:
        """The value of a matched phrase; ``each member household`` is ``each household``."""
        words = phrase.lower().split()
        return self.table.get(" ".join(words)) or self.table[f"{words[0]} {words[-1]}"]

    def leading(self, head: str) -> str:
        """The value of a phrase that rates the noun a figure measures, said before it in
        the clause (``the per capita net income ... reached 14,342 yuan``)."""
        for m in self.anywhere.finditer(head, max(0, len(head) - LEADING_REACH - 20)):
            # The first in the clause wins: "per capita annual income" is per person.
            if len(head) - m.end() <= LEADING_REACH and not RATE_CLAUSE_END.search(head, m.end()):
                return self.value_of(m.group("p"))
        return ""

    def later(self, following: str) -> str:
        """The value of a phrase that rates a figure from further on in its clause, past
        the counted noun and its complements (``60 doctors and teachers to Nujiang a
        year``), before any other figure; not one that opens a duration or a date (``in a
        year``, ``a year earlier``) or qualifies a noun (``per capita income``)."""
        end = LATER_RATE_END.search(following)
        end = end.start() if end else len(following)
        words = list(WORDS_AHEAD.finditer(following, 0, end))
        if len(words) > LATER_RATE_WORDS:
            end = words[LATER_RATE_WORDS].start()
        for m in self.anywhere.finditer(following, 0, end):
            if not LATER_RATE_NOT_AFTER.search(following, 0, m.start()) and LATER_RATE_CLOSES.match(following, m.end()):
                return self.value_of(m.group("p"))
        return ""

    def ending(self, text: str) -> str:
        m = self.before.search(text)
        return self.value_of(m.group("p")) if m else ""

    def starting(self, text: str) -> str:
        """The value of a phrase right after a figure, unless it opens a date (``650,000 a
        year earlier``)."""
        m = self.after.search(text)
        return self.value_of(m.group("p")) if m and not OPENS_DATE.match(text, m.end()) else ""

    def closed_after(self, text: str) -> bool:
        """Whether a phrase starts the text and closes its phrase (``a year on average``,
        not ``a year earlier``)."""
        m = self.after.search(text)
        return bool(m) and bool(LATER_RATE_CLOSES.match(text, m.end()))


class Vocabulary:
    """Everything the annotators read from ``patterns/``."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.dir = patterns_dir
        self.numbers = NumberReader.default(patterns_dir)
        self.currencies = load_csv(patterns_dir / "currencies.csv", ("surface", "iso", "position"))
        self.currency_iso = {phrase_key(r["surface"]): (r["iso"], Decimal(r.get("factor") or 1))
                             for r in self.currencies}
        qualifiers = load_csv(patterns_dir / "qualifiers.csv", ("phrase", "qualifier", "position"))
        self.qualifiers = Phrases.build([r for r in qualifiers if r["position"] != "after"], "phrase", "qualifier")
        self.trailing_qualifiers = Phrases.build([r for r in qualifiers if r["position"] == "after"],
                                                 "phrase", "qualifier")
        rates = load_csv(patterns_dir / "rates.csv", ("phrase", "per", "before_noun", "after_noun", "opening"))
        self.rates = Phrases.build(rates, "phrase", "per")
        self.leading_rates = Phrases.build([r for r in rates if r["before_noun"] == "yes"], "phrase", "per")
        self.later_rates = Phrases.build([r for r in rates if r["after_noun"] == "yes"], "phrase", "per")
        self.opening_rates = Phrases.build([r for r in rates if r["opening"] == "yes"], "phrase", "per")
        nouns = load_csv(patterns_dir / "count_nouns.csv", ("noun", "unit"))
        self.count_nouns = {r["noun"].lower(): r["unit"] for r in nouns}
        # Short units a number may be glued to (10kW, 2000km, 300mu).
        # Verbs whose participle after a bare count makes it people: "300,000 relocated",
        # "5.56 million were lifted out of poverty", "About 70 percent, or 650,000, shook off poverty".
        verbs = alternation(load_lines(patterns_dir / "people_verbs.txt"))
        self.people_verb = compile_cached(rf",?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|have)\s+)?"
                                          rf"(?:{verbs})\b", regex.I)
        self.glued_units = frozenset(r["noun"].lower() for r in nouns
                                     if r.get("note") in ("abbreviation", "glued") and " " not in r["noun"])
        self.directions = {r["word"]: r["name"]
                           for r in load_csv(patterns_dir / "macro_directions.csv", ("word", "name"))}
        self.edges = {phrase_key(r["phrase"]): int(r["month"])
                      for r in load_csv(patterns_dir / "period_edges.csv", ("phrase", "month"))}
        self.plans = {int(r["number"]): (int(r["year_start"]), int(r["year_end"]))
                      for r in load_csv(patterns_dir / "five_year_plans.csv", ("number", "year_start", "year_end"))}
        # Events the text dates a period by (since the 18th CPC National Congress: 2012).
        self.events = {phrase_key(r["phrase"]): int(r["year"])
                       for r in load_csv(patterns_dir / "named_events.csv", ("phrase", "year"))}
        # Areas known by a name of their own, not a division's (Xihaigu), and the province they lie in.
        self.named_regions = {r["name"]: r["province"] for r in load_csv(patterns_dir / "named_regions.csv",
                                                                          ("name", "province"))}

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
        atoms["GLUED_UNIT"] = alternation(self.glued_units)
        atoms["DIRECTION"] = alternation(self.directions)
        atoms["NAMED_REGION"] = alternation(self.named_regions)
        atoms["EDGE_PHRASE"] = alternation(self.edges)
        atoms["NAMED_EVENT"] = alternation(self.events)
        atoms["PROVINCE_SHORT_NAME"] = alternation(places_of(self.dir).province_short_names())
        atoms["PLACE_STOPWORD"] = alternation(load_lines(self.dir / "place_stopwords.txt"))
        atoms["ORG_HEAD"] = alternation(load_lines(self.dir / "organization_heads.txt"))
        atoms["COUNT_NOUN_PLURAL"] = alternation(plurals)
        people = [n for n in plurals if self.lookup_noun(n) in POPULATION_UNITS]
        atoms["POPULATION_NOUN_PLURAL"] = alternation(people)
        return atoms

    @cached_property
    def currency_prefixes(self) -> list[str]:
        return [r["surface"] for r in self.currencies if r["position"] in ("prefix", "both")]

    @cached_property
    def month_names(self) -> list[str]:
        return [m for names in parserinfo.MONTHS for m in names]

    def currency(self, surface: str) -> tuple[str, Decimal]:
        """ISO code and the factor to whole units (``cents`` -> ``USD``, 0.01)."""
        return self.currency_iso.get(phrase_key(surface), ("", Decimal(1)))

    def counted_noun(self, following: str) -> str:
        """The unit a count refers to, read from the words after it (``villages`` -> ``village``).

        A noun hyphenated or glued to the number wins (``two-person households``: person,
        ``10kW station``: kilowatt); then the
        last word of the phrase that the vocabulary knows (the head of an English
        noun phrase comes last); otherwise the last word before a function word, if it is
        a plural noun; a relative ``who`` counts people; otherwise nothing.
        """
        if TABLE_ROW.match(following):
            return ""
        if WHO_FOLLOWS.match(following):
            return "person"
        following = LINE_END_HYPHEN.sub("", following)
        following = SUSPENDED_HYPHEN.sub(" ", following)
        following = DASH_ASIDE.sub(" - ", following)
        following = REGISTERED_AS.sub(" ", following)
        following = QUOTE_MARKS.sub(" ", following)  # 100 "sister schools", 163 'poverty alleviation workshops'
        glued = GLUED_WORD.match(following)
        if glued and glued.group(1).lower() in self.glued_units:
            return self.lookup_noun(glued.group(1).lower())
        compound = HYPHEN_COMPOUND.match(following)
        if compound and self.lookup_noun(compound.group(1).lower()):
            return self.lookup_noun(compound.group(1).lower())
        words, end = [], 0
        for m in WORD.finditer(following[:80]):
            if NOT_SPACE.search(following[end:m.start()]):
                break
            word = m.group().lower()
            end = m.end()
            if word in COORDINATORS and words and not any(singular(w) for w, _ in words):
                # ``44 central Party and government departments``, ``1,860 poor and formerly
                # poor households``: modifiers coordinated, even one that is also a noun
                # (``the poor``); a plural before ``and`` is the head (``districts and counties``).
                continue
            if word in DETERMINERS and not words:
                continue  # ``41,000 such posts``, ``five other villages``
            if word in STOP_WORDS or word in ARTICLES:
                break
            words.append((word, m.end()))
            # A plural noun ends the phrase (``enterprises`` in ``5,684 enterprises last
            # year``) unless it is possessive (``farmers' households``) or a modifier of a
            # noun after it (``grassroots officials``).
            if len(words) == NOUN_REACH or (singular(word) and following[m.end():m.end() + 1] not in "'\u2019"
                                            and not self.noun_follows(following, m.end())):
                break
        names = [w.rstrip("'\u2019") for w, _ in words]
        head = singular(names[-1]) if names else ""
        if head and not self.lookup_noun(names[-1]) and not self.lookup_noun(" ".join(names[-2:])) and any(
                not singular(w) and (w in PLACE_MODIFIERS or self.lookup_noun(w)) for w in names[:-1]):
            # ``126 village stations``, ``86 labor service stations``, ``2,870 family farms``:
            # a counted noun in the singular before a plural noun modifies it; the plural is
            # the head.
            return head
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

    def distributed_over(self, following: str) -> str:
        """The unit a figure is given for each of, said right after it (``1,500 yuan for
        each mu``: mu); not ``for each of the villages``."""
        m = DISTRIBUTED_OVER.match(following)
        if not m:
            return ""
        return next((self.lookup_noun(w.lower()) for w in m.groups() if w and self.lookup_noun(w.lower())), "")

    def noun_follows(self, following: str, at: int) -> bool:
        """Whether the next word is a noun the vocabulary counts."""
        nxt = NEXT_WORD.match(following, at)
        return bool(nxt and self.lookup_noun(nxt.group(1).lower()))

    def noun_before(self, preceding: str) -> str:
        """The unit of the last counted noun among the words before a bracketed count:
        ``the populace below the poverty line (approximately 70 million)`` -> person."""
        for word in reversed(WORD.findall(preceding)[-NOUN_REACH - 2:]):
            unit = self.lookup_noun(word.lower())
            if unit:
                return unit
        return ""

    def label_noun(self, label: str) -> str:
        """The unit of a label's head: the last counted noun before the first function word or
        bracket (``Poor villages (residential communities) removed from the list`` -> village,
        ``Registered poor people who shook off poverty`` -> person)."""
        head = []
        for word in WORD.findall(LABEL_HEAD.match(label).group()):
            if word.lower() in STOP_WORDS:
                break
            head.append(word)
        return self.noun_before(" ".join(head[:NOUN_REACH + 2]))

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
do does did not no nor its their his her our this these those others per each every
yuan percent per cent over under about up down out off into onto also last next
one ones thanks due owing after before since until during among including within through
""".split())


QUOTE_MARKS = regex.compile(r"[\"\u201c\u201d]|(?<!\w)['\u2018]")
SPACED_INITIALS = regex.compile(r"(?<=\b\w\.)\s+(?=\w\.)")
# Determiners between a number and its noun, passed over to reach the noun.
DETERMINERS = frozenset(("such", "other"))

# Endings of words that look plural and are not (dangerous, progress, status, basis, grassroots).
NOT_PLURAL = ("ous", "ss", "us", "is", "ics", "grassroots", "has")  # "has" is no plural of "ha"
# The nouns whose plural ends in -ves for an -f or -fe; every other -ves plural drops its s
# (reserves, valves, olives), where ``inflection`` would make them reserf, valf, olife.
F_PLURALS = frozenset("calf elf half hoof knife leaf life loaf scarf self sheaf shelf thief wharf wife wolf".split())


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """Singular of a plural noun (``counties`` -> ``county``), ``""`` when not a plural.

    ``inflection`` rather than ``inflect``: the same answers on these nouns, and it
    imports in under a millisecond where ``inflect`` takes two seconds per process."""
    if len(word) < 3 or not word.endswith(("s", "men", "ren", "ople")) or word.endswith(NOT_PLURAL):
        return ""
    if word.endswith("ves"):
        return next((stem for stem in (word[:-3] + "f", word[:-3] + "fe") if stem.lower() in F_PLURALS), word[:-1])
    result = inflection.singularize(word)
    return result if result != word else ""


def phrase_key(phrase: str) -> str:
    """How a phrase of a vocabulary table is looked up: lower case, single spaces
    (``Reform and  Opening-up``, ``The first  half``, ``U.S.  dollars``), an initialism's
    letters closed up (``U. S. dollars``)."""
    return " ".join(SPACED_INITIALS.sub("", phrase.lower()).split())


@lru_cache(maxsize=4)
def vocabulary(patterns_dir: Path = PATTERNS_DIR) -> Vocabulary:
    return Vocabulary(patterns_dir)
