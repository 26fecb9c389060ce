"""What a value measures: the indicator key from cue words near it, and the measure phrase."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from ..annotate.vocab import STOP_WORDS, vocabulary
from ..model import Mention, Record
from ..patterns import PATTERNS_DIR, compile_rules, load_jsonl_rules
from .cues import (ADJOINING, BOUND_FIGURE_AFTER, BOUND_FIGURE_BEFORE, CLASSIFIES, CLAUSE_BREAK, COMPARED,
                   COMPARED_AFTER, COMPLETES, FRONTED, LEVEL_WORDS, LIST_ITEM, MEANS, MOVED_AGAIN, NAMES_LISTED,
                   NEXT_CLAUSE, NOUNS_JOINED, OPENS_FIGURE, OPENS_RATE, OTHER_SUBJECT, PARTS_FOLLOW, PART_INTRO,
                   PART_OF_FIGURE, PRONOUN_SUBJECT, RESPECTIVELY, RESTATED, SERIES_JOINER, THAN_LEVEL, THAT_OF,
                   points_back, same_figure_before)
from .when import trend_end

CUE_REACH = 120          # characters: a cue further from the value speaks of something else
DISTANCE_COST = 0.25     # priority points lost per character between cue and value
NO_CUE = -1000.0         # the score of a default key that no cue supports
LISTED_REACH = 120  # characters before a count in which the names it counts are sought
ITEM_REACH = 300  # characters back in which the item of a list before an elliptical one is sought
FREQUENCY_UNIT = "time"  # "six times": how often, not how many of something
SMALL_COUNT = 10  # counts up to this, written in words, may only refer back or classify
ANTECEDENT_REACH = 300   # characters before a sentence in which its pronoun's antecedent is sought
ASIDE_CLOSED = regex.compile(r",\s")  # a comma that ends the aside (not the one of ``2,300``)
SENTENCE_END = regex.compile(r"[.!?][\"\u201d']?\s+|\n\s*\n")
# Another figure with the noun it counts right before a cue: ``8,000 poor households``.
FIGURE_BEFORE = regex.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+$", regex.I)


@dataclass(frozen=True)
class IndicatorRule:
    key: str
    types: frozenset[str]
    units: frozenset[str]
    priority: int
    cues: regex.Pattern | None
    default: bool
    clause_only: bool  # cues that name the counted thing speak of a value in their own clause only
    adjacent: bool  # cues bound to the figure right before or after them (1.53 million fewer than in 2017)


def load_indicator_rules(patterns_dir: Path = PATTERNS_DIR) -> list[IndicatorRule]:
    rows = load_jsonl_rules(patterns_dir / "indicators.jsonl", required=("key", "types", "priority", "cues"),
                            allowed=("key", "types", "units", "priority", "cues", "default", "reach", "comment"))
    return [IndicatorRule(row["key"], frozenset(row["types"]), frozenset(row.get("units", ())),
                          int(row["priority"]), cues, bool(row.get("default")), row.get("reach") == "clause",
                          row.get("reach") == "adjacent")
            for row, cues in compile_rules(rows, vocabulary(patterns_dir).atoms, "indicators.jsonl", field="cues",
                                           flags=regex.I)]



class IndicatorReader:
    """The indicator rules of ``patterns/indicators.jsonl``, applied to one value at a time."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.rules = load_indicator_rules(patterns_dir)
        self.vocab = vocabulary(patterns_dir)
        # The cue matches of the current document's sentences, by rule and sentence.
        self.sentence_cues: dict[tuple[int, int, int], list[regex.Match]] = {}

    def __call__(self, m: Mention, text: str, records: Sequence[Record] = ()) -> tuple[str, str]:
        """The key whose cue stands nearest the value, its priority weighing in; cues are
        first sought in the value's own clause (``226,000 technical personnel trained and
        4.672 million people ... providing labor services``), then in its sentence, where
        nouns that name a clause's counted people (``teachers``) are not cues. A rate with
        no cue of its own that a rate before it is compared with or joined to (``up 10.3
        percent and 13.6 percent``), or an amount with none after another of its sentence,
        measures the same (``income ... rose to 6,690 yuan from 3,543
        yuan``, ``five districts exceeded 30,000 yuan, and 24 counties 22,000 yuan``); a
        count has its own noun. A value with no cue measures what its pronoun subject stands
        for, and a count that repeats one counted before (``its 17 poor counties ... The 17
        counties``) is that count again; a clause opening ``that of`` measures what the value
        before it measures, as does the next item of a series of figures said ``respectively``,
        the figure a trend runs to (``the rate fell from 26.8 percent to 8 percent``), one its
        subject is moved to again (``was set at 1,300 yuan ... and was raised to 1,700 yuan``) and
        an amount said again in other terms (``2,300 yuan, or around 1 U.S. dollar a day``)."""
        previous = records[-1] if records else None
        window_start = max(m.sentence_start, m.start - CUE_REACH)
        window_end = min(m.sentence_end, m.end + CUE_REACH)
        # A colon right before the value ends its label, which names what it measures:
        # ``Poverty incidence: 5.6%``.
        clause = [c.end() for c in CLAUSE_BREAK.finditer(text, window_start, m.start)
                  if not (c.group() == ":" and not text[c.end():m.start].strip())]
        clause_start = clause[-1] if clause else window_start
        following = CLAUSE_BREAK.search(text, m.end, window_end)
        if following and m.type == "COUNT" and NOUNS_JOINED.match(text, following.start()):
            following = CLAUSE_BREAK.search(text, following.end(), window_end)
        clause_end = following.start() if following else window_end
        if (previous and previous.mention.type == m.type and previous.mention.sentence_start == m.sentence_start
                and (THAT_OF.fullmatch(text, previous.mention.end, m.start)
                     or THAN_LEVEL.fullmatch(text, previous.mention.end, m.start)
                     or MOVED_AGAIN.fullmatch(text, previous.mention.end, m.start)
                     or (m.type == "MONEY" and RESTATED.fullmatch(text, previous.mention.end, m.start))
                     or in_respective_series(m, previous.mention, text) or ends_trend_of(m, previous.mention, text))):
            return previous.indicator, previous.measure
        best, score, best_cue, best_at = self.best_cue(m, text, clause_start, clause_end)
        if best is None or score <= NO_CUE:
            best, score, best_cue, best_at = self.best_cue(m, text, window_start, window_end, clause=False)
        if (score <= NO_CUE and m.type != "COUNT" and previous and previous.mention.type == m.type
                and previous.mention.sentence_start == m.sentence_start
                and (m.type == "MONEY" or COMPARED.search(text, previous.mention.end, m.start)
                     or SERIES_JOINER.match(text[previous.mention.end:m.start]))):
            return previous.indicator, previous.measure
        if (best is None or score <= NO_CUE) and window_start > m.sentence_start:
            # "The per capita disposable income of rural residents in ... grew by 9 percent,
            # year on year, to 11,740 yuan": the subject is far, but it is what is measured.
            best, score, best_cue, best_at = self.best_cue(m, text, m.sentence_start, window_end, clause=False)
        if best is None or score <= NO_CUE:
            elided = elided_from(m, text, records)
            if elided:
                return elided.indicator, measure_words(m, text, "", 0) or elided.measure
            repeated = repeated_count(m, text, records)
            if repeated:
                return repeated.indicator, measure_words(m, text, "", 0)
            antecedent = self.antecedent(m, text, clause_start)
            if antecedent:
                return antecedent
        key = best.key if best else "other"
        return key, measure_words(m, text, best_cue, best_at)

    def antecedent(self, m: Mention, text: str, clause_start: int) -> tuple[str, str] | None:
        """The key of what a pronoun subject of the value's clause stands for: the first
        cue of the sentence before the pronoun, else of the sentence before (``The poverty
        line was raised ... It reached 1,196 yuan``); the subject comes first."""
        pronoun = PRONOUN_SUBJECT.search(text[clause_start:m.start])
        if not pronoun:
            return None
        here = clause_start + pronoun.start("pronoun")
        reach = max(0, m.sentence_start - ANTECEDENT_REACH)
        before = [e.end() for e in SENTENCE_END.finditer(text, reach, max(0, m.sentence_start - 1))]
        for start, end in ((m.sentence_start, here), (before[-1] if before else reach, m.sentence_start)):
            first = None
            for rule in self.rules:
                if m.type not in rule.types or (rule.units and m.reading.unit not in rule.units) or rule.cues is None:
                    continue
                cue = rule.cues.search(text, start, end)
                if cue and (first is None or (cue.start(), -rule.priority) < (first[1].start(), -first[0].priority)):
                    first = (rule, cue)
            if first:
                return first[0].key, measure_words(m, text, first[1].group(), first[1].start())
        return None

    def best_cue(self, m: Mention, text: str, window_start: int, window_end: int, clause: bool = True):
        best, best_score, best_cue, best_at = None, float("-inf"), "", 0
        for i, rule in enumerate(self.rules):
            if (m.type not in rule.types or (rule.units and m.reading.unit not in rule.units)
                    or (rule.clause_only and not clause)):
                continue
            if rule.cues is None:
                score, cue, at = rule.priority, "", 0
            else:
                score, cue, at = float("-inf"), "", 0
                after = window_start  # the matches a search from the window's start finds, in turn
                for cm in self.cues_of_sentence(i, rule, m, text):
                    if cm.start() < after:
                        continue
                    if cm.end() > window_end:
                        break
                    after = max(cm.end(), cm.start() + 1)
                    distance = max(0, cm.start() - m.end, m.start - cm.end())
                    if ((cm.start() < m.end and cm.end() > m.start) or not speaks_of(m, cm, text)
                            or bound_to_other_figure(m, cm, text) or verb_of_other_count(m, cm, text)
                            or (rule.adjacent and not adjoins(m, cm, text))
                            or (not clause and self.modifies_other_figure(m, cm, text))):
                        continue
                    if rule.priority - distance * DISTANCE_COST > score:
                        score, cue, at = rule.priority - distance * DISTANCE_COST, cm.group(), cm.start()
                if score == float("-inf") and rule.default:
                    score = NO_CUE
            if score > best_score:
                best, best_score, best_cue, best_at = rule, score, cue, at
        return best, best_score, best_cue, best_at

    def cues_of_sentence(self, i: int, rule: IndicatorRule, m: Mention, text: str) -> list[regex.Match]:
        """Every match of a rule's cues in the value's sentence, at every position one starts
        (overlapping), found once for all the sentence's values and windows; lookaheads see
        the rest of the sentence (``officials who went ... for training``)."""
        key = (i, m.sentence_start, m.sentence_end)
        if key not in self.sentence_cues:
            self.sentence_cues[key] = list(rule.cues.finditer(text, m.sentence_start, m.sentence_end,
                                                              overlapped=True))
        return self.sentence_cues[key]

    def modifies_other_figure(self, m: Mention, cue: regex.Match, text: str) -> bool:
        """Whether a cue word of another clause stands in the noun phrase of another count
        of another noun (``fitted panels for 8,000 poor households and built a station in
        each of its 219 villages``: the households are poor, not the villages), unless the
        value completes that phrase (``498 training courses, for 331,000 person-times``)."""
        if m.type != "COUNT" or (cue.end() <= m.start and COMPLETES.fullmatch(text, cue.end(), m.start)):
            return False
        figure = FIGURE_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
        if not figure or figure.start() < m.end <= cue.start():
            return False
        return self.vocab.counted_noun(text[figure.end() - 1:cue.end() + 60]) not in ("", m.reading.unit)


def ends_trend_of(m: Mention, previous: Mention, text: str) -> bool:
    """``the poverty rate decreased from 26.8 percent to 8 percent``: the figure a trend runs
    to measures what the one it runs from does."""
    return (previous.reading.unit == m.reading.unit and trend_end(m, text, m.sentence_start) == "to"
            and trend_end(previous, text, m.sentence_start) == "from")


def in_respective_series(m: Mention, previous: Mention, text: str) -> bool:
    """``up 9 percent and 10 percent respectively``: the next item of a series of like
    figures measures what the first does."""
    return (previous.reading.unit == m.reading.unit and bool(SERIES_JOINER.match(text[previous.end:m.start]))
            and bool(RESPECTIVELY.search(text, m.end, m.sentence_end)))


def elided_from(m: Mention, text: str, records: Sequence[Record]) -> Record | None:
    """The record whose measure a value with no words of its own leaves understood: a part
    of the figure before it (``13,300 people, of whom 4,100 were herders``), or an item of a
    list of names and figures after an item of the same noun (``- Kashgar: 73,200 people,
    resettled at 96 sites. - Hotan: 51,600 people at 62 sites.``)."""
    previous = records[-1] if records else None
    if (previous and previous.mention.type == m.type and previous.mention.reading.unit == m.reading.unit
            and previous.mention.sentence_start == m.sentence_start
            and PART_INTRO.fullmatch(text, previous.mention.end, m.start)):
        return previous
    if not LIST_ITEM.fullmatch(text, m.sentence_start, m.start):
        return None
    item = next((r for r in reversed(records) if r.mention.type == m.type and r.mention.reading.unit == m.reading.unit
                 and r.mention.sentence_start < m.sentence_start), None)
    if (item is None or item.indicator == "other" or item.mention.start < m.sentence_start - ITEM_REACH
            or not LIST_ITEM.fullmatch(text, item.mention.sentence_start, item.mention.start)):
        return None
    return item


def bound_to_other_figure(m: Mention, cue: regex.Match, text: str) -> bool:
    """Whether a cue adjoins another rate between it and a rate, so speaks of that one:
    ``41.2 percent last year, 0.6 percentage points higher`` (``higher`` is the 0.6's); ``up
    3 percentage points to 41.2 percent`` (``up`` is the 3's); whether a cue after a value
    opens the figure right after it (``was 470,000, a decrease of 1 million``; ``reached 88%,
    up one percentage point``)."""
    if m.type != "PERCENT":
        return cue.start() >= m.end and bool(OPENS_FIGURE.match(text, cue.end()))
    if cue.start() >= m.end:
        return bool(BOUND_FIGURE_BEFORE.search(text, m.end, cue.start()) or OPENS_RATE.match(text, cue.end()))
    after = BOUND_FIGURE_AFTER.match(text, cue.end(), m.start)
    return bool(after) and after.end() <= m.start


def verb_of_other_count(m: Mention, cue: regex.Match, text: str) -> bool:
    """Whether a cue before a count is the verb of another count of an earlier clause:
    ``520,000 people moved into new homes, 1.5 million left poverty`` (``moved`` is the
    520,000's; not a part of it: ``hired 9,800 workers, 4,200 of them from poor households``)."""
    return (m.type == "COUNT" and cue.end() <= m.start
            and bool(OTHER_SUBJECT.search(text, max(m.sentence_start, cue.start() - 40), cue.start()))
            and bool(NEXT_CLAUSE.fullmatch(text, cue.end(), m.start)) and not PART_OF_FIGURE.match(text, m.end))


def repeated_count(m: Mention, text: str, records: Sequence[Record]) -> Record | None:
    """The record a count points back to: ``The 17 counties`` after ``its remaining 17
    poverty-stricken counties``, the same number of the same noun."""
    if m.type != "COUNT" or not points_back(m, text):
        return None
    return same_figure_before(m, records, m.start)


def adjoins(m: Mention, cue: regex.Match, text: str) -> bool:
    """Whether a cue stands right before or after the value, only qualifier words between."""
    gap = text[cue.end():m.start] if cue.end() <= m.start else text[m.end:cue.start()]
    return ADJOINING.fullmatch(gap) is not None


def speaks_of(m: Mention, cue: regex.Match, text: str) -> bool:
    """Whether a cue word names what the value measures, rather than the means of it
    (``through relocation``) or, after an amount or rate, what it is compared with
    (``406 yuan above the poverty line``; people ``living below the poverty line`` are
    described, not compared), nor a part named after it (``including 180 million yuan of
    bank loans``; but a cue after the aside closes is the value's: ``The final nine
    counties, among them Zhenxiong and Ninglang, were delisted``); a cue right before the
    value is its verb, whatever precedes it (``sales through e-commerce platforms surged 49.7
    percent``)."""
    if MEANS.search(text, max(0, cue.start() - 40), cue.start()) and not (cue.end() <= m.start
                                                                           and adjoins(m, cue, text)):
        return False
    parts = PARTS_FOLLOW.search(text, m.end, cue.start()) if cue.start() >= m.end else None
    if parts and not ASIDE_CLOSED.search(text, parts.end(), cue.start()):
        return False
    return (cue.start() < m.end or m.type == "COUNT"
            or not COMPARED_AFTER.search(text, m.end, cue.start()))


def measures(m: Mention, text: str) -> bool:
    """Whether a mention is a new measurement. That something was done a few times, in
    words (``visited Liangshan six times``), is not; ``joined 1,200 times a year`` and a
    ratio (``2.7 times that in 2012``) are. A small count in words that points back
    (``the four prefectures``) or classifies (``one-person households``) is a mention
    but, unless it counts what an indicator tracks (``the nine counties`` still out of
    poverty), makes no record; nor does a count of places in apposition to the names it
    counts (``Pu'er and Dali, two cities in Yunnan``)."""
    if m.type == "COUNT" and m.reading.unit in LEVEL_WORDS and counts_names_before(m, text):
        return False
    if m.type != "COUNT" or not m.text.isalpha() or m.reading.value > SMALL_COUNT:
        return True
    return not (m.reading.unit == FREQUENCY_UNIT or points_back(m, text) or CLASSIFIES.match(text, m.end))


def counts_names_before(m: Mention, text: str) -> bool:
    """The names listed right before the count, set off by a comma, are as many as it counts;
    not names that open the sentence as its setting (``In Guizhou and Yunnan, two counties left``)."""
    listed = NAMES_LISTED.search(text, max(m.sentence_start, m.start - LISTED_REACH), m.start)
    return (bool(listed) and not FRONTED.fullmatch(text, m.sentence_start, listed.start())
            and len(regex.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("names"))) == m.reading.value)


def measure_words(m: Mention, text: str, cue: str, cue_start: int) -> str:
    """A short phrase of the text's own words saying what is measured: the cue word
    with the words that qualify it (``financial input``, ``average annual growth
    rate``), and for a count the noun phrase after it (``poverty-stricken counties``); a cue
    ``of`` after a percent names nothing."""
    if m.type == "COUNT" and m.reading.unit:
        cue = OF_BEFORE_FIGURE.sub("", cue) if cue_start < m.start else cue  # "family of five": family
        phrase = []
        for w in WORD.findall(text[m.end:m.end + 60])[:4]:
            if w.lower() in STOP_WORDS or not w[0].isalpha():
                break
            phrase.append(w)
        words = " ".join(phrase)
        return f"{cue} {words}".strip() if cue and cue.lower() not in words.lower() and cue_start < m.start else words
    if not cue or cue.lower() == "of":
        # "94 percent of relocated households": the "of" of a part names no measure.
        return ""
    before = WORD.findall(text[max(0, cue_start - 40):cue_start])
    left = []
    for w in reversed(before[-3:]):
        if w.lower() in STOP_WORDS or w.lower() in ARTICLES or not w[0].isalpha():
            break
        left.insert(0, w)
    after = WORD.findall(text[cue_start + len(cue):cue_start + len(cue) + 30])
    right = []
    for w in after[:2]:
        if w.lower() not in MEASURE_HEADS:
            break
        right.append(w)
    return " ".join([*left, *cue.split(), *right])


WORD = regex.compile(r"[A-Za-z][\w'-]*|\d[\d,.]*|[^\w\s]")
OF_BEFORE_FIGURE = regex.compile(r"\s+of$", regex.I)
ARTICLES = frozenset("the a an its their his her this that these those such said".split())
# Nouns that complete a cue into the name of a measure: growth rate, poverty line.
MEASURE_HEADS = frozenset("rate rates line incidence level levels funds fund input income incomes population ratio "
                          "standard threshold headcount investment budget".split())
