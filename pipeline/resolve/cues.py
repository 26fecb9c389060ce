"""The cues of resolution and what every part of it shares.

The cues are the regexes of ``patterns/resolve_cues.jsonl``, one a line, named by their
``id``; the mention index finds dates and places by position.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

import regex

from ..annotate.normalize import POSSESSIVE
from ..model import Mention, PlaceReading, Record
from ..patterns import PATTERNS_DIR, load_csv, load_cues

VALUE_TYPES = ("MONEY", "PERCENT", "COUNT")
CHINA = PlaceReading(name="China", level="country")


_CUES = load_cues()
# Yuan amounts China has used as its national poverty line: a line of one of them is the country's.
NATIONAL_LINE_VALUES = frozenset(Decimal(row["value"]) for row in load_csv(PATTERNS_DIR / "national_lines.csv",
                                                                             ("value", "set_in", "note")))
# Counts that are national totals of the programs (832 poor counties): a count of them is China's.
NATIONAL_COUNTS = frozenset((Decimal(row["value"]), row["unit"])
                            for row in load_csv(PATTERNS_DIR / "national_counts.csv", ("value", "unit", "note")))
# Provinces that receive paired aid from eastern ones: of a pair, their place is the receiver.
AID_RECEIVING_PROVINCES = frozenset(row["province"] for row in load_csv(PATTERNS_DIR / "aid_receiving_provinces.csv",
                                                                        ("province", "note")))
# Prefectures that together make a region of their own (Kashgar, Hotan, Aksu, Kizilsu: Southern Xinjiang).
REGION_OF_PREFECTURE = {row["prefecture"]: row["region"]
                        for row in load_csv(PATTERNS_DIR / "region_prefectures.csv", ("region", "prefecture", "note"))}
OPENING = _CUES["opening"]
PRESENT = _CUES["present"]
PRESENT_OPENING = _CUES["present_opening"]
PRESENT_STATE = _CUES["present_state"]
PRESENT_PERFECT = _CUES["present_perfect"]
RECORD_SPAN = _CUES["record_span"]
GOVERNS_AFTER = _CUES["governs_after"]
EXAMPLE = _CUES["example"]
ANAPHOR = _CUES["anaphor"]
NATIONAL_SCOPE = _CUES["national_scope"]
NATIONAL_ELSEWHERE = _CUES["national_elsewhere"]
NATIONAL_ACTOR = _CUES["national_actor"]
NATIONAL_STANDARD = _CUES["national_standard"]
NATIONAL_LEVEL_OF = _CUES["national_level_of"]
AIDS = _CUES["aids"]
AIDS_WESTWARD = _CUES["aids_westward"]
PAIRING_AFTER = _CUES["pairing_after"]
PAIRED_BEFORE = _CUES["paired_before"]
PAIRED_BETWEEN = _CUES["paired_between"]
PAIRED_AFTER_AND = _CUES["paired_after_and"]
PUBLICATION_AFTER = _CUES["publication_after"]
GIVER_CLAUSE = _CUES["giver_clause"]
GIVER_OWN = _CUES["giver_own"]
SOURCE = _CUES["source"]
TARGET = _CUES["target"]
SINCE_OPENING = _CUES["since_opening"]
SINCE_BEFORE = _CUES["since_before"]
BEFORE_DATE = _CUES["before_date"]
YEARS_RUNNING = _CUES["years_running"]
CHANGE_RUNNING = _CUES["change_running"]
DATELINE_AFTER = _CUES["dateline_after"]
DATELINE_DATE = _CUES["dateline_date"]
BORN_BEFORE = _CUES["born_before"]
RECEIVING = _CUES["receiving"]
LOCATED = _CUES["located"]
CLAUSE_BREAK = _CUES["clause_break"]
SUBORDINATE_OPENER = _CUES["subordinate_opener"]
OWN_BASE = _CUES["own_base"]
COMPARED = _CUES["compared"]
RELATIVE_CLAUSE = _CUES["relative_clause"]
TREND_FROM = _CUES["trend_from"]
TREND_TO = _CUES["trend_to"]
TREND_PARTNER = _CUES["trend_partner"]
TREND_GAP = _CUES["trend_gap"]
RESULT_CLAUSE = _CUES["result_clause"]
COMPARED_AFTER = _CUES["compared_after"]
MEANS = _CUES["means"]
REFERS_BACK = _CUES["refers_back"]
CLASSIFIES = _CUES["classifies"]
CLAUSE_OPENER = _CUES["clause_opener"]
SETTING_OPENER = _CUES["setting_opener"]
PRESENT_AFTER = _CUES["present_after"]
FRONTED = _CUES["fronted"]
PRONOUN_SUBJECT = _CUES["pronoun_subject"]
THAT_OF = _CUES["that_of"]
THAN_LEVEL = _CUES["than_level"]
PARTS_FOLLOW = _CUES["parts_follow"]
COMPLETES = _CUES["completes"]
ADJOINING = _CUES["adjoining"]
QUALIFYING_THAN = _CUES["qualifying_than"]
REPORT_LEAD = _CUES["report_lead"]
FROM_DATED_FIGURE = _CUES["from_dated_figure"]
RESPECTIVE_BASE = _CUES["respective_base"]
COMPARED_OPENING = _CUES["compared_opening"]
TREND_AFTER_RATE = _CUES["trend_after_rate"]
PAST_PERIOD = _CUES["past_period"]
MOVED_AGAIN = _CUES["moved_again"]
RESTATED = _CUES["restated"]
NOUNS_JOINED = _CUES["nouns_joined"]
PRONOUN_OPENING = _CUES["pronoun_opening"]
PARTITIVE_OF = _CUES["partitive_of"]
SOURCE_OR_MARKET_BEFORE = _CUES["source_or_market_before"]
RELATIVE_OPENER = _CUES["relative_opener"]
SOURCE_HOLDER = _CUES["source_holder"]
RELATIVE_WHERE = _CUES["relative_where"]
OTHERS_OF_REGION = _CUES["others_of_region"]
MODIFIES_UNIT = _CUES["modifies_unit"]
UNIT_IN_PLACE = _CUES["unit_in_place"]
PART = _CUES["part"]
APPOSITION = _CUES["apposition"]
COUNTED_IN = _CUES["counted_in"]
NOT_POINTER = _CUES["not_pointer"]
POSSESSED = _CUES["possessed"]
OWNER = _CUES["owner"]
RANKING = _CUES["ranking"]
LATER_CLAUSE = _CUES["later_clause"]
REGION_REACHED = _CUES["region_reached"]
FRONTS_CLAUSE = _CUES["fronts_clause"]
SINCE_THEN = _CUES["since_then"]
PRESENT_SIMPLE = _CUES["present_simple"]
LANDMARK = _CUES["landmark"]
LOCATING_CLAUSE = _CUES["locating_clause"]
DESCRIBES_PLACE = _CUES["describes_place"]
LOCATED_IN_CLAUSE = _CUES["located_in_clause"]
PARTITIVE_WHOLE = _CUES["partitive_whole"]
NATIONAL_LIST = _CUES["national_list"]
PROVINCES_COUNTED = _CUES["provinces_counted"]
PRESENT_PLURAL = _CUES["present_plural"]
COMMA_RELATIVE = _CUES["comma_relative"]
COMPARES_WITH = _CUES["compares_with"]
FOUNDING_DATE_AFTER = _CUES["founding_date_after"]
AIM_OF_OTHER = _CUES["aim_of_other"]
LIST_JOINER = _CUES["list_joiner"]
SITES_JOINED = _CUES["sites_joined"]
PRESENT_VERB = _CUES["present_verb"]
MEMBER_OF_UNITS = _CUES["member_of_units"]
PART_OF_FIGURE = _CUES["part_of_figure"]
RATE_BASE = _CUES["rate_base"]
PARTITIVE_OPENING = _CUES["partitive_opening"]
CONTINUING_OPENING = _CUES["continuing_opening"]
STILL_PRESENT = _CUES["still_present"]
STATEMENT_DAY = _CUES["statement_day"]
PRICE_BASE = _CUES["price_base"]
FOUNDING_DATE_BEFORE = _CUES["founding_date_before"]
NAMES_LISTED = _CUES["names_listed"]
AIMED_AT = _CUES["aimed_at"]
PERIOD_AHEAD = _CUES["period_ahead"]
EXAMPLE_SENTENCE = _CUES["example_sentence"]
INSTITUTION_SEAT = _CUES["institution_seat"]
PHOTO_CAPTION = _CUES["photo_caption"]
PRESENT_SHARE = _CUES["present_share"]
HOME_OF_PEOPLE = _CUES["home_of_people"]
BOUND_FIGURE_BEFORE = _CUES["bound_figure_before"]
BOUND_FIGURE_AFTER = _CUES["bound_figure_after"]
OPENS_FIGURE = _CUES["opens_figure"]
OPENS_RATE = _CUES["opens_rate"]
PART_INTRO = _CUES["part_intro"]
LIST_ITEM = _CUES["list_item"]
COMPARED_PLACE = _CUES["compared_place"]
OWN_RELATIVE = _CUES["own_relative"]
COMPARED_BASE = _CUES["compared_base"]
PAST_AUXILIARY = _CUES["past_auxiliary"]
PLEDGE = _CUES["pledge"]
STOCK_NOW = _CUES["stock_now"]
HABITUAL_PAST = _CUES["habitual_past"]
PRESENT_BEFORE = _CUES["present_before"]
RUNNING_TOTAL = _CUES["running_total"]
LEVEL_REACHED = _CUES["level_reached"]
EDITION_BEFORE = _CUES["edition_before"]
OTHER_SUBJECT = _CUES["other_subject"]
NEXT_CLAUSE = _CUES["next_clause"]
STATEMENT_VENUE = _CUES["statement_venue"]
BYLINE_PLACE = _CUES["byline_place"]
MARKET_OR_VISITORS = _CUES["market_or_visitors"]
RELATIVE_ELSEWHERE = _CUES["relative_elsewhere"]
FRONTED_WITH = _CUES["fronted_with"]
FRONTED_END = _CUES["fronted_end"]
RESPECTIVELY = _CUES["respectively"]
PERIOD_AFTER_SERIES = _CUES["period_after_series"]
PRODUCE_FROM = _CUES["produce_from"]
DATELINE_AGENCY = _CUES["dateline_agency"]
CAPITAL_ACTOR = _CUES["capital_actor"]
CAPITAL_AS_CITY = _CUES["capital_as_city"]
RANKED_FIELD = _CUES["ranked_field"]
DESCRIBES_PROVINCE = _CUES["describes_province"]
FUTURE_CLAUSE = _CUES["future_clause"]
INTERNATIONAL_LINE = _CUES["international_line"]
INTERNATIONAL_AFTER = _CUES["international_after"]
WORLD_SCOPE = _CUES["world_scope"]
TO_COUNTRIES = _CUES["to_countries"]
OTHER_CONTINENT = _CUES["other_continent"]
FROM_COUNTRIES = _CUES["from_countries"]
SHARE_OF_WORLD = _CUES["share_of_world"]
NATIONAL_LINE = _CUES["national_line"]
GENERAL_RULE = _CUES["general_rule"]
NATIONAL_LINE_AFTER = _CUES["national_line_after"]
IN_CHINA_AFTER = _CUES["in_china_after"]
PERSONAL = _CUES["personal"]
WIDER_UNIT = _CUES["wider_unit"]
SECTION_HEADING = _CUES["section_heading"]
TREND_TO_FIRST = _CUES["trend_to_first"]
TREND_START_AFTER = _CUES["trend_start_after"]
TREND_START_BEFORE = _CUES["trend_start_before"]
SERIES_JOINER = _CUES["series_joiner"]

LEVEL_RANK = {"macro_region": 1, "province": 2, "prefecture": 3, "county": 4, "township": 5, "village": 6}
# Levels a word may name (as a pointer back, "the county", or as a counted unit), in
# order of preference.
LEVEL_WORDS = {"town": ("township",), "township": ("township",), "village": ("village",), "county": ("county",),
               "banner": ("county",), "district": ("county",), "prefecture": ("prefecture",),
               "city": ("prefecture", "county"), "province": ("province",), "municipality": ("province",),
               "region": ("province",)}

DIGIT = regex.compile(r"\d")
BRACKETED = regex.compile(r"\([^()]*\)|\s[\u2013\u2014]\s[^\u2013\u2014]*\s[\u2013\u2014]\s")  # (...) or – ... –
NUMBER_IN_GAP = regex.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s*(?:yuan|percent|%|dollars))?")
BARE_YEAR = regex.compile(r"(?:19|20)\d\d[,.]?")
BLANK_LINE = regex.compile(r"\n\s*\n")
LINE_BREAK = regex.compile(r"\n")


def numbers_in(text: str, start: int = 0, end: int | None = None) -> list[regex.Match]:
    """The numbers of ``text[start:end]``; a year is no figure (``2011-2015``)."""
    return [n for n in NUMBER_IN_GAP.finditer(text, start, len(text) if end is None else end)
            if not BARE_YEAR.fullmatch(n.group())]


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


def respective(m: Mention, figures: list[Mention], others: MentionIndex, text: str) -> Mention | None:
    """``480 million yuan and 390 million yuan went to Garze and Aba respectively``, ``1.7
    percent and 0.6 percent in 2018 and 2019 respectively``: the mention in the figure's
    position in the one series of ``others`` in its sentence as long as its series of
    ``figures`` (``respective_figures``)."""
    if not figures:
        return None
    matching = [run for run in series(others.between(m.sentence_start, m.sentence_end), text)
                if len(run) == len(figures)]
    return matching[0][figures.index(m)] if len(matching) == 1 else None


def in_caption(at: int, text: str) -> bool:
    """Whether the line holding character ``at`` is a photo's caption."""
    line_end = text.find("\n", at)
    return bool(PHOTO_CAPTION.fullmatch(text, text.rfind("\n", 0, at) + 1, len(text) if line_end < 0 else line_end))


def respective_year(m: Mention, figures: list[Mention], dates: MentionIndex) -> tuple[int, int] | None:
    """``From 2017 to 2019, incomes grew 10.2, 10.3 and 11.8 percent, respectively``: a year
    each of the sentence's one period that spans as many years as the series has figures."""
    periods = [d for d in dates.between(m.sentence_start, m.sentence_end) if d.reading.year_start]
    if not figures or len(periods) != 1:
        return None
    start, end = years_of(periods[0])
    if end is None or end - start + 1 != len(figures):
        return None
    year = start + figures.index(m)
    return year, year


def respective_figures(m: Mention, values: MentionIndex, text: str) -> list[Mention]:
    """The series of like figures ``m`` belongs to in a sentence said ``respectively``, else []."""
    if not RESPECTIVELY.search(text, m.sentence_start, m.sentence_end):
        return []
    figures = run_of(m, values, text)
    return figures if len(figures) >= 2 and all(f.type == m.type for f in figures) else []


def yearly_series(m: Mention, values: MentionIndex, text: str) -> list[Mention]:
    """``decreased by 23 million, 16 million and 12.32 million from 2012 to 2014``: three or
    more like figures in a row with a period right after them, one figure a year (as
    ``respective_year`` checks), though the sentence does not say ``respectively``."""
    run = run_of(m, values, text)
    if len(run) < 3 or any((f.type, f.reading.unit) != (m.type, m.reading.unit) for f in run):
        return []
    return run if PERIOD_AFTER_SERIES.match(text, run[-1].end) else []


def run_of(m: Mention, values: MentionIndex, text: str) -> list[Mention]:
    """The figures of ``m``'s sentence written in a row with it (``series``)."""
    return next(run for run in series(values.between(m.sentence_start, m.sentence_end), text) if m in run)


def series(mentions: list[Mention], text: str, joiner: regex.Pattern = SERIES_JOINER) -> list[list[Mention]]:
    """``mentions`` cut into runs written one after another with only ``joiner`` (commas
    and ``and``) between them."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and joiner.match(text[runs[-1][-1].end:mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def years_of(date: Mention) -> tuple[int | None, int | None]:
    return date.reading.year_start, date.reading.year_end


def figure_of(m: Mention) -> tuple:
    """What makes two mentions the same figure: type, value and counted noun."""
    return m.type, m.reading.value, m.reading.unit


def points_back(m: Mention, text: str) -> bool:
    """``the four prefectures``, ``these nine counties``: the words before a count point
    back to things already counted."""
    return bool(REFERS_BACK.search(text[max(0, m.start - 12):m.start]))


def same_figure_before(m: Mention, records: Sequence[Record], position: int) -> Record | None:
    """The last record ending by ``position`` of the same figure as ``m``."""
    return next((r for r in reversed(records) if r.mention.end <= position and figure_of(r.mention) == figure_of(m)),
                None)
