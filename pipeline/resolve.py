"""Resolve: one indicator record per measuring MONEY, PERCENT or COUNT mention.

What is measured comes from cue words of ``patterns/indicators.jsonl`` near the value;
when comes from a DATE governing the value in its sentence, else from a period opening
one of the sentences before, else from the publication date; where comes from the
places named in the sentence, else a "the county"-style reference, else a place named
just before, else the document's main place, else China. The linguistic cues of these
choices are the regexes of ``patterns/resolve_cues.jsonl``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from .model import Bulletin, Mention, PlaceReading, Record
from .annotate.normalize import converts
from .annotate.places import places_of
from .annotate.vocab import STOP_WORDS
from .patterns import PATTERNS_DIR, compile_rules, load_jsonl_rules

VALUE_TYPES = ("MONEY", "PERCENT", "COUNT")
CUE_REACH = 120          # characters: a cue further from the value speaks of something else
DISTANCE_COST = 0.25     # priority points lost per character between cue and value
NO_CUE = -1000.0         # the score of a default key that no cue supports
# How many sentences back a period opening a sentence still governs; paragraphs do not
# stop it (a section's "Over the past ten years" covers the paragraphs below).
CONTEXT_SENTENCES = 6
CHINA = PlaceReading(name="China", level="country")


def load_cues(path: Path) -> dict[str, regex.Pattern]:
    """The linguistic cues of resolution, one regex a line of ``patterns/resolve_cues.jsonl``."""
    rules = load_jsonl_rules(path, required=("id", "pattern"), allowed=("id", "pattern", "ignore_case", "comment"))
    return {rule["id"]: rx for rule, rx in compile_rules(rules, {}, path.name, flags=regex.I)}


_CUES = load_cues(PATTERNS_DIR / "resolve_cues.jsonl")
OPENING = _CUES["opening"]
PRESENT = _CUES["present"]
PRESENT_OPENING = _CUES["present_opening"]
GOVERNS_AFTER = _CUES["governs_after"]
EXAMPLE = _CUES["example"]
ANAPHOR = _CUES["anaphor"]
NATIONAL_SCOPE = _CUES["national_scope"]
NATIONAL_ACTOR = _CUES["national_actor"]
AIDS = _CUES["aids"]
SOURCE = _CUES["source"]
TARGET = _CUES["target"]
BASELINE = _CUES["baseline"]
DATELINE_AFTER = _CUES["dateline_after"]
DATELINE_DATE = _CUES["dateline_date"]
RECEIVING = _CUES["receiving"]
LOCATED = _CUES["located"]
CLAUSE_BREAK = _CUES["clause_break"]
OWN_BASE = _CUES["own_base"]
COMPARED = _CUES["compared"]
TREND_FROM = _CUES["trend_from"]
TREND_TO = _CUES["trend_to"]
TREND_PARTNER = _CUES["trend_partner"]
COMPARED_AFTER = _CUES["compared_after"]
MEANS = _CUES["means"]
REFERS_BACK = _CUES["refers_back"]
CLASSIFIES = _CUES["classifies"]

SMALL_COUNT = 10  # counts up to this, written in words, may only refer back or classify
AID_KEYS = ("funding", "personnel", "other")  # what a giving place sends, counted at the receiver
RECEIVING_REACH = 50  # characters before a place in which "to", "for"... make it where a figure lands
TITLE_WEIGHT = 5  # a place in the title says what the bulletin is about
RECENT_SENTENCES = 1  # news runs a sentence a paragraph: the sentence before counts, whatever the paragraph
EARLY_MONTHS = 3  # a bulletin published by March may report the year before
LEVEL_RANK = {"macro_region": 1, "province": 2, "prefecture": 3, "county": 4, "township": 5, "village": 6}
# Levels a word may name (as a pointer back, "the county", or as a counted unit), in
# order of preference.
LEVEL_WORDS = {"town": ("township",), "township": ("township",), "village": ("village",), "county": ("county",),
               "district": ("county",), "prefecture": ("prefecture",), "city": ("prefecture", "county"),
               "province": ("province",), "region": ("province",)}
# Rates computed over a trend take the trend's whole period.
RATES_OVER_A_PERIOD = {"growth_rate"}


@dataclass(frozen=True)
class IndicatorRule:
    key: str
    types: frozenset[str]
    units: frozenset[str]
    priority: int
    cues: regex.Pattern | None
    default: bool


def load_indicator_rules(patterns_dir: Path = PATTERNS_DIR) -> list[IndicatorRule]:
    rows = load_jsonl_rules(patterns_dir / "indicators.jsonl", required=("key", "types", "priority", "cues"),
                            allowed=("key", "types", "units", "priority", "cues", "default", "comment"))
    return [IndicatorRule(row["key"], frozenset(row["types"]), frozenset(row.get("units", ())),
                          int(row["priority"]), cues, bool(row.get("default")))
            for row, cues in compile_rules(rows, {}, "indicators.jsonl", field="cues", flags=regex.I)]


class MentionIndex:
    """Mentions in text order, found by position in O(log n): long bulletins have
    thousands of dates and places, and every value looks some of them up."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def before(self, position: int):
        """Mentions ending at or before ``position``, nearest first."""
        for i in range(bisect_left(self.starts, position) - 1, -1, -1):
            if self.mentions[i].end <= position:
                yield self.mentions[i]


class Resolver:
    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.rules = load_indicator_rules(patterns_dir)
        self.gazetteer = places_of(patterns_dir)

    def resolve(self, bulletin: Bulletin, mentions: list[Mention],
                sentences: list[tuple[int, int]]) -> list[Record]:
        text = bulletin.text
        dates = MentionIndex([m for m in mentions if m.type == "DATE" and not files_story(m, text, bulletin.published)])
        places = MentionIndex([m for m in mentions if m.type == "PLACE" and not is_dateline(m, text)])
        main_place = document_place(places.mentions, sentences[0][1] if sentences else 0)
        receivers = aid_receivers(places.mentions, text)
        undated_year = reference_year(bulletin, dates.mentions)
        paragraphs = paragraph_of(text, sentences)
        starts = [s for s, _ in sentences]
        paragraph_start: dict[int, int] = {}
        for (start, _), number in zip(sentences, paragraphs):
            paragraph_start.setdefault(number, start)
        records = []
        for m in mentions:
            if m.type not in VALUE_TYPES:
                continue
            if records and is_conversion(m, records[-1].mention, text):
                # "668 yuan (US$81)": a conversion is the same observation as the amount before it.
                records.append(replace(records[-1], mention=m))
                continue
            sentence = (m.sentence_start, m.sentence_end)
            key, measure = self.indicator(m, text, records[-1] if records else None)
            if key == "other" and not measures(m, text):
                continue
            years, basis = self.time(m, key, dates, sentence, sentences, starts, text,
                                     (undated_year, bulletin.publication_year))
            index = bisect_right(starts, m.start) - 1
            back = sentences[max(0, index - RECENT_SENTENCES)][0] if index >= 0 else 0
            place = (self.place(m, places, sentence, text, main_place)
                     or self.anaphor(m, places, sentence, text, main_place)
                     or self.recent_place(m, places, min(back, paragraph_start.get(paragraphs[index], 0)))
                     or main_place)
            if key in AID_KEYS and place.name in receivers and not lands_in(m, place, places, sentence, text):
                place = receivers[place.name]
            records.append(Record(m, key, measure, years[0], years[1], basis, place))
        return records

    def indicator(self, m: Mention, text: str, previous: Record | None = None) -> tuple[str, str]:
        """The key whose cue stands nearest the value, its priority weighing in; cues are
        first sought in the value's own clause (``226,000 technical personnel trained and
        4.672 million people ... providing labor services``), then in its sentence. A value
        amount or rate with no cue of its own that a value before it is compared with
        measures the same (``income ... rose to 6,690 yuan from 3,543 yuan``); a count
        has its own noun."""
        window_start = max(m.sentence_start, m.start - CUE_REACH)
        window_end = min(m.sentence_end, m.end + CUE_REACH)
        clause = [c.end() for c in CLAUSE_BREAK.finditer(text, window_start, m.start)]
        clause_start = clause[-1] if clause else window_start
        following = CLAUSE_BREAK.search(text, m.end, window_end)
        clause_end = following.start() if following else window_end
        best, score, best_cue, best_at = self.best_cue(m, text, clause_start, clause_end)
        if best is None or score <= NO_CUE:
            best, score, best_cue, best_at = self.best_cue(m, text, window_start, window_end)
        if (score <= NO_CUE and m.type != "COUNT" and previous and previous.mention.type == m.type
                and previous.mention.sentence_start == m.sentence_start
                and COMPARED.search(text, previous.mention.end, m.start)):
            return previous.indicator, previous.measure
        key = best.key if best else "other"
        return key, measure_words(m, text, best_cue, best_at)

    def best_cue(self, m: Mention, text: str, window_start: int, window_end: int):
        best, best_score, best_cue, best_at = None, float("-inf"), "", 0
        for rule in self.rules:
            if m.type not in rule.types or (rule.units and m.reading.unit not in rule.units):
                continue
            if rule.cues is None:
                score, cue, at = rule.priority, "", 0
            else:
                score, cue, at = float("-inf"), "", 0
                for cm in rule.cues.finditer(text, window_start, window_end):
                    distance = max(0, cm.start() - m.end, m.start - cm.end())
                    if (cm.start() < m.end and cm.end() > m.start) or not speaks_of(m, cm, text):
                        continue
                    if rule.priority - distance * DISTANCE_COST > score:
                        score, cue, at = rule.priority - distance * DISTANCE_COST, cm.group(), cm.start()
                if score == float("-inf") and rule.default:
                    score = NO_CUE
            if score > best_score:
                best, best_score, best_cue, best_at = rule, score, cue, at
        return best, best_score, best_cue, best_at

    def time(self, m: Mention, key: str, dates: MentionIndex, sentence, sentences, starts, text: str,
             undated_years: tuple[int | None, int | None]):
        """The years a value refers to and how they were found; ``undated_years`` are the
        year of a figure nothing dates and the publication's year, for one said in the present."""
        undated_year, published_year = undated_years
        # A comparison's base ("up 92 percent from 2009") dates nothing after it, but
        # may date a figure of its own ("from the 2009 level of 1,196 yuan").
        same = [d for d in dates.between(*sentence)
                if not (is_baseline(d, text, sentence[0]) and not OWN_BASE.fullmatch(text, d.end, m.start))]
        before = [d for d in same if d.end <= m.start and d.reading.year_start]
        if key in RATES_OVER_A_PERIOD and len({d.reading.year_start for d in before}) > 1:
            # "from A in 2001 to B in 2010, an average annual growth rate of 11.9%"
            return span_of(before), "explicit"
        date = governing_date(m, same, text) if same else None
        present = PRESENT_OPENING.match(text, sentence[0], sentence[1])
        if date is not None and present and date.start >= present.end() and not dates_value(date, m, text):
            date = None
        end_of_trend = trend_end(m, text, sentence[0])
        if date is not None:
            start, end = years_of(date)
            if end_of_trend and (not dates_value(date, m, text) or start != end):
                # "Between 2012 and 2017 ... fell from 10.2 percent to 3.1 percent": the
                # trend's first figure is of the period's first year, its second of the last.
                if start == end and before:
                    start, end = span_of(before)
                return trend_year(end_of_trend, start, end), "explicit"
            if undated_year and start == end and start is not None and start > undated_year and TARGET.search(
                    text[max(sentence[0], date.start - 12):date.start]):
                # A target "by 2020" in a 2016 bulletin covers the years until then.
                return (undated_year, end), "explicit"
            return (start, end), "explicit"
        index = bisect_right(starts, m.start) - 1
        if end_of_trend and index > 0:
            # "... fell from 98.99 million in 2012 to 5.51 million in 2019. Poverty incidence
            # dropped from 10.2 percent to 0.6 percent.": a trend runs over the one before.
            dated = [d for d in dates.between(*sentences[index - 1]) if d.reading.year_start]
            if dated and span_of(dated)[0] < span_of(dated)[1]:
                return trend_year(end_of_trend, *span_of(dated)), "context"
        if PRESENT.search(text, sentence[0], sentence[1]):
            undated_year = published_year
        else:
            for back in range(1, CONTEXT_SENTENCES + 1):
                j = index - back
                if j < 0:
                    break
                s, e = sentences[j]
                inside = dates.between(s, e)
                opening = [d for d in inside if OPENING.fullmatch(text, s, d.start)]
                if opening:
                    return years_of(opening[0]), "context"
                carried = [d for d in inside if d.reading.year_start and not is_baseline(d, text, s)]
                if back == 1 and carries_year(carried, text, undated_year):
                    # "... reached 11,567 yuan in 2019. Actual growth was 8.0 percent.": a
                    # sentence that names one year only, and not as a target, dates the next.
                    return years_of(carried[0]), "context"
        return ((undated_year, undated_year), "publication") if undated_year else ((None, None), "")

    def place(self, m: Mention, places: MentionIndex, sentence, text: str,
              main_place: PlaceReading) -> PlaceReading | None:
        """The place named in the value's sentence: one introduced as where things
        land (``to``, ``in``) nearest the value, else the nearest before it, else a
        ``the region``-style subject, else the first after it. Places of the level the
        value counts are its members, not its scope (``8 counties of Rongshui, Sanjiang
        ...``): their province stands for them when nothing wider is named."""
        same = places.between(*sentence)
        counted = counted_rank(m)
        members = [p for p in same if LEVEL_RANK.get(p.reading.level, 0) >= counted]
        same = [p for p in same if p not in members]
        members_scope = self.scope_of(members)
        if not same:
            return members_scope
        landing = [p for p in same if p.reading.level != "country" and (
            receives(m, p, text, sentence[0]) or located_after(m, p, text))]
        if landing:
            chosen = min(landing, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
        else:
            before = [p for p in same if p.end <= m.start]
            # "enterprises from Jiangsu, with an investment of ...": a source is not the scope.
            before = [p for p in before if not SOURCE.search(text, max(sentence[0], p.start - 12), p.start)] or before
            specific = [p for p in before if p.reading.level != "country"]
            # "the four prefectures of southern Xinjiang, including Kashgar and Hotan":
            # places given as examples do not set the scope.
            specific = [p for p in specific if not EXAMPLE.search(text, max(sentence[0], p.start - 40), p.start)] \
                or specific
            if not before:
                # "The region's poverty ratio ... (said in Beijing)": the subject comes first.
                referred = Resolver.anaphor(m, places, sentence, text, main_place)
                if referred is not None:
                    return referred
            # A place after the value in a later clause, or given as an example of a part
            # ("including 87.7 billion yuan for 12 provinces in the western regions"), is not its scope.
            after = [p for p in same if p.start >= m.end and ";" not in text[m.end:p.start]
                     and not EXAMPLE.search(text, m.end, p.start)]
            if specific:
                # "Dongxiang County, in Linxia ... in Gansu Province, ...": the most
                # specific place named before the value, the nearest among equals.
                chosen = max(reversed(specific), key=lambda p: LEVEL_RANK.get(p.reading.level, 0))
            elif before or after:
                chosen = before[-1] if before else after[0]
            else:
                return members_scope
        # "Southwest China's Tibet": the region stands for the place named right after it;
        # "counties of China, all in ... Guizhou": the country for the province after it.
        following = [p for p in same if POSSESSIVE.fullmatch(text, chosen.end, p.start)]
        if chosen.reading.level in ("macro_region", "country") and following:
            chosen = following[0]
        elif chosen.reading.level == "country":
            narrower = [p for p in same if p.start >= m.end and p.reading.level != "country"
                        and not DIGIT.search(text, m.end, p.start)]
            if narrower:
                chosen = narrower[0]
            elif members_scope and not DIGIT.search(text, m.end, members[0].start):
                return members_scope
        return chosen.reading

    def scope_of(self, members: list[Mention]) -> PlaceReading | None:
        """The province all ``members`` lie in, if they share one; the country for
        several provinces."""
        names = {p.reading.province for p in members}
        if len(names) > 1 and all(p.reading.level == "province" for p in members):
            return CHINA
        if len(names) != 1 or not next(iter(names)):
            return None
        found = [p for p in self.gazetteer.lookup(names.pop()) if p.level == "province"]
        return PlaceReading(found[0].name, "province", found[0].code, found[0].province) if found else None

    @staticmethod
    def anaphor(m: Mention, places: MentionIndex, sentence, text: str,
                main_place: PlaceReading) -> PlaceReading | None:
        """``The town had 8,000 residents``, ``66 counties in the province``: the bulletin's
        main place if it is of that level, else the last place of that level named
        before; China for ``the country``, ``nationwide``."""
        if NATIONAL_SCOPE.search(text, sentence[0], sentence[1]):
            return CHINA
        if NATIONAL_ACTOR.search(text, sentence[0], sentence[1]) and not places.between(*sentence):
            return CHINA
        found = ANAPHOR.search(text, sentence[0], m.start)
        after = ANAPHOR.search(text, m.end, sentence[1])
        if not found and after and LOCATED.match(text[m.end:after.start()]):
            found = after
        if not found:
            return None
        word = found.group(1).lower()
        if word in ("country", "nation"):
            return CHINA
        if main_place.level in LEVEL_WORDS[word]:
            return main_place
        for level in LEVEL_WORDS[word]:
            earlier = (p for p in places.before(sentence[0]) if p.reading.level == level)
            found = next((p.reading for p in earlier), None)
            if found is not None:
                return found
        return None

    @staticmethod
    def recent_place(m: Mention, places: MentionIndex, paragraph_start: int) -> PlaceReading | None:
        """The most specific place named since the start of the value's paragraph or the
        sentence before (the last among equals)."""
        earlier = [p for p in places.between(paragraph_start, m.sentence_start) if p.reading.level != "country"]
        if not earlier:
            return None
        return max(reversed(earlier), key=lambda p: LEVEL_RANK.get(p.reading.level, 0)).reading


def speaks_of(m: Mention, cue: regex.Match, text: str) -> bool:
    """Whether a cue word names what the value measures, rather than the means of it
    (``through relocation``) or, after an amount or rate, what it is compared with
    (``406 yuan above the poverty line``; people ``living below the poverty line`` are
    described, not compared)."""
    if MEANS.search(text, max(0, cue.start() - 40), cue.start()):
        return False
    return (cue.start() < m.end or m.type == "COUNT"
            or not COMPARED_AFTER.search(text, m.end, cue.start()))


def receives(m: Mention, place: Mention, text: str, sentence_start: int) -> bool:
    """``place`` is introduced as where a figure lands (``to 10 western regions``) and,
    after ``m``, no other figure stands between them to take it (``invested 33.4 billion
    yuan, 85.5 percent of which went to ...``); an aside in brackets or dashes does not count."""
    window = max(sentence_start, place.start - RECEIVING_REACH)
    found = RECEIVING.search(text[window:place.start])
    if not found:
        return False
    return place.start < m.end or not DIGIT.search(BRACKETED.sub("", text[m.end:window + found.start()]))


def counted_rank(m: Mention) -> int:
    """The level rank of the unit a value counts (``8 counties``: county), else one
    beyond every level."""
    levels = LEVEL_WORDS.get(m.reading.unit, ()) if m.type == "COUNT" else ()
    return min((LEVEL_RANK[level] for level in levels), default=len(LEVEL_RANK) + 1)


def reference_year(bulletin: Bulletin, dates: list[Mention]) -> int | None:
    """The year an undated figure belongs to: the publication's, except early in a year
    for a bulletin that speaks mostly of the year before (annual results published in
    January)."""
    pub = bulletin.publication_year
    if pub is None or len(bulletin.published) < 7 or int(bulletin.published[5:7]) > EARLY_MONTHS:
        return pub
    named = Counter(d.reading.year_end for d in dates if d.reading.year_start == d.reading.year_end)
    return pub - 1 if named[pub - 1] > named[pub] else pub


def governing_date(m: Mention, dates: list[Mention], text: str) -> Mention | None:
    """The date right after the value (``12.75 billion yuan in 2001``), else the nearest
    one before it (``In 2012, ... provided 872.2 million yuan``), else the nearest after."""
    after = [d for d in dates if dates_value(d, m, text)]
    if after:
        return after[0]
    before = [d for d in dates if d.end <= m.start]
    if before:
        return before[-1]
    # A date further on governs unless it is another figure's own ("rose to 12,300 yuan,
    # compared with 9,100 yuan in 2015": 2015 belongs to 9,100).
    after = [d for d in dates if d.start >= m.end and not owned_by_other(m, d, text)]
    return after[0] if after else None


def carries_year(dates: list[Mention], text: str, reference_year: int | None) -> bool:
    """The dates of a sentence name one single year, and not as a target that may still
    lie ahead (``by 2020`` in a 2016 bulletin, or in one whose date is unknown)."""
    if not dates or len({years_of(d) for d in dates}) > 1 or years_of(dates[0])[0] != years_of(dates[0])[1]:
        return False
    target = any(TARGET.search(text[max(0, d.start - 12):d.start]) for d in dates)
    return not target or bool(reference_year and years_of(dates[0])[0] <= reference_year)


def dates_value(date: Mention, m: Mention, text: str) -> bool:
    """``date`` stands right after ``m`` as its own: ``5.51 million at the end of 2019``."""
    return date.start >= m.end and bool(GOVERNS_AFTER.match(text[m.end:date.start]))


def trend_end(m: Mention, text: str, sentence_start: int) -> str | None:
    """``"from"`` for the first figure of a trend (``from 10.2 percent to 3.1 percent``),
    ``"to"`` for the second, else None."""
    before = text[max(sentence_start, m.start - 120):m.start]
    if TREND_FROM.search(before) and TREND_PARTNER.match(text, m.end, m.sentence_end):
        return "from"
    if TREND_TO.search(before):
        return "to"
    return None


def span_of(dates: list[Mention]) -> tuple[int, int]:
    """The first and last year ``dates`` cover."""
    return min(d.reading.year_start for d in dates), max(d.reading.year_end or d.reading.year_start for d in dates)


def trend_year(end_of_trend: str, start: int, end: int) -> tuple[int, int]:
    return (start, start) if end_of_trend == "from" else (end, end)


def owned_by_other(m: Mention, date: Mention, text: str) -> bool:
    """A figure it is compared with stands right before ``date``, between it and ``m``
    (``compared with 9,100 yuan in 2015``; not ``fell by 1.48 million to 1.55 million
    in 2018``, where 2018 dates the whole change)."""
    gap = text[m.end:date.start]
    numbers = list(NUMBER_IN_GAP.finditer(gap))
    last = numbers[-1] if numbers else None
    return (last is not None and bool(GOVERNS_AFTER.match(gap[last.end():]))
            and bool(COMPARED.search(gap[:last.start()])))


def measures(m: Mention, text: str) -> bool:
    """Whether a mention is a new measurement. A small count in words that points back
    (``the four prefectures``) or classifies (``one-person households``) is a mention
    but, unless it counts what an indicator tracks (``the nine counties`` still out of
    poverty), makes no record."""
    if m.type != "COUNT" or not m.text.isalpha() or m.reading.value > SMALL_COUNT:
        return True
    return not (REFERS_BACK.search(text[max(0, m.start - 12):m.start]) or CLASSIFIES.match(text, m.end))


def located_after(m: Mention, place: Mention, text: str) -> bool:
    """``place`` follows the value as where it is: ``80 counties in Sichuan``, ``16.2
    billion yuan ($2.48 billion) in Yunnan`` (an aside in brackets does not count)."""
    return place.start >= m.end and bool(LOCATED.match(BRACKETED.sub("", text[m.end:place.start])))


def lands_in(m: Mention, place: PlaceReading, places: MentionIndex, sentence, text: str) -> bool:
    """The sentence itself says the value is at ``place`` (``12 districts in Shanghai``,
    ``funds to Guizhou``)."""
    return any(p.reading == place and (receives(m, p, text, sentence[0])
                                       or located_after(m, p, text))
               for p in places.between(*sentence))


def aid_receivers(places: list[Mention], text: str) -> dict[str, PlaceReading]:
    """Giving place -> receiving place, for pairs a bulletin states (``Guangdong has
    helped Guangxi``, ``Shanghai's assistance to Yunnan``); a giver stated to help
    several places is left alone."""
    found: dict[str, set[PlaceReading]] = {}
    for giver, receiver in zip(places, places[1:]):
        if (giver.reading.name != receiver.reading.name and "country" not in (giver.reading.level, receiver.reading.level)
                and AIDS.match(text[giver.end:receiver.start])):
            found.setdefault(giver.reading.name, set()).add(receiver.reading)
    return {name: next(iter(readings)) for name, readings in found.items() if len(readings) == 1}


def is_conversion(m: Mention, previous: Mention, text: str) -> bool:
    return m.type == previous.type == "MONEY" and converts(text, previous.end, m.start)


def is_baseline(date: Mention, text: str, sentence_start: int) -> bool:
    """``up 3.8% over 2011``: a single year after ``over``, ``than``... is what a value is
    compared with; ``over the past 40 years`` is a period and still governs."""
    single = date.reading.year_start == date.reading.year_end
    return single and bool(BASELINE.search(text[max(sentence_start, date.start - 40):date.start]))


def files_story(date: Mention, text: str, published: str) -> bool:
    """A dateline's date dates the bulletin, not its figures: ``GUIYANG, March 5 --``, or
    the publication day itself opening a line (``date 2019-02-06 25 counties ...``)."""
    if DATELINE_DATE.match(text, date.end):
        return True
    return len(published) == 10 and date.reading.date == published and bool(
        OPENING.fullmatch(text, date.sentence_start, date.start))


def is_dateline(place: Mention, text: str) -> bool:
    return place.start <= place.sentence_start + 1 and bool(DATELINE_AFTER.match(text, place.end))


def years_of(date: Mention) -> tuple[int | None, int | None]:
    return date.reading.year_start, date.reading.year_end


def document_place(places: list[Mention], title_end: int) -> PlaceReading:
    """The place a bulletin is about: the place it names most often, a name in the title
    counting thrice (China, then the more specific place, winning ties), provided it is
    named at least twice; macro regions do not count."""
    counts = Counter()
    for p in places:
        if p.reading.level != "macro_region":
            counts[p.reading] += TITLE_WEIGHT if p.end <= title_end else 1
    if not counts:
        return CHINA
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].level != "country",
                                                       -LEVEL_RANK.get(item[0].level, 0), item[0].name))
    reading, n = ranked[0]
    return reading if n >= 2 else CHINA


def paragraph_of(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence (a blank line starts a paragraph)."""
    numbers, current, previous_end = [], 0, 0
    for start, end in sentences:
        if BLANK_LINE.search(text, previous_end, start):
            current += 1
        numbers.append(current)
        previous_end = end
    return numbers


def measure_words(m: Mention, text: str, cue: str, cue_start: int) -> str:
    """A short phrase of the text's own words saying what is measured: the cue word
    with the words that qualify it (``financial input``, ``average annual growth
    rate``), and for a count the noun phrase after it (``poverty-stricken counties``)."""
    if m.type == "COUNT" and m.reading.unit:
        phrase = []
        for w in WORD.findall(text[m.end:m.end + 60])[:4]:
            if w.lower() in STOP_WORDS or not w[0].isalpha():
                break
            phrase.append(w)
        words = " ".join(phrase)
        return f"{cue} {words}".strip() if cue and cue.lower() not in words.lower() and cue_start < m.start else words
    if not cue:
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


DIGIT = regex.compile(r"\d")
BRACKETED = regex.compile(r"\([^()]*\)|\s[\u2013\u2014]\s[^\u2013\u2014]*\s[\u2013\u2014]\s")  # (...) or – ... –
POSSESSIVE = regex.compile(r"['\u2019]s\s+")
NUMBER_IN_GAP = regex.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s*(?:yuan|percent|%|dollars))?")
BLANK_LINE = regex.compile(r"\n\s*\n")
WORD = regex.compile(r"[A-Za-z][\w'-]*|\d[\d,.]*|[^\w\s]")
ARTICLES = frozenset("the a an its their his her this that these those such said".split())
# Nouns that complete a cue into the name of a measure: growth rate, poverty line.
MEASURE_HEADS = frozenset("rate rates line incidence level levels funds fund input income incomes population ratio "
                          "standard threshold headcount investment budget".split())
