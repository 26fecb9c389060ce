"""When a value holds: the years it refers to, and how they were found (``time_basis``)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import regex

from ..annotate.normalize import base_year
from ..annotate.vocab import vocabulary
from ..model import Bulletin, Mention, Record
from .cues import (AIMED_AT, AIM_OF_OTHER, BEFORE_DATE, BLANK_LINE, BORN_BEFORE, BRACKETED, CHANGE_RUNNING,
                   CLAUSE_BREAK, CLAUSE_OPENER, COMMA_RELATIVE, COMPARED, COMPARED_BASE, COMPARED_OPENING,
                   COMPARES_WITH, CONTINUING_OPENING, DATELINE_DATE, DIGIT, FOUNDING_DATE_AFTER, FOUNDING_DATE_BEFORE,
                   FROM_DATED_FIGURE, FRONTS_CLAUSE, FUTURE_CLAUSE, GOVERNS_AFTER, HABITUAL_PAST, LATER_CLAUSE,
                   LEVEL_REACHED, NUMBER_IN_GAP, OPENING, OWN_BASE, PARTITIVE_OPENING, PAST_AUXILIARY, PAST_PERIOD,
                   PERIOD_AHEAD, PLEDGE, PRESENT, PRESENT_AFTER, PRESENT_BEFORE, PRESENT_OPENING, PRESENT_PERFECT,
                   PRESENT_PLURAL, PRESENT_SHARE, PRESENT_SIMPLE, PRESENT_STATE, PRESENT_VERB, PRICE_BASE,
                   QUALIFYING_THAN, RATE_BASE, RECORD_SPAN, RELATIVE_CLAUSE, RELATIVE_OPENER, REPORT_LEAD, RESPECTIVELY,
                   RESPECTIVE_BASE, RESULT_CLAUSE, RUNNING_TOTAL, SETTING_OPENER, SINCE_BEFORE, SINCE_OPENING,
                   SINCE_THEN, STATEMENT_DAY, STILL_PRESENT, STOCK_NOW, SUBORDINATE_OPENER, TARGET, TREND_AFTER_RATE,
                   TREND_FROM, TREND_GAP, TREND_PARTNER, TREND_START_AFTER, TREND_START_BEFORE, TREND_TO,
                   TREND_TO_FIRST, YEARS_RUNNING, MentionIndex, figure_of, in_caption, numbers_in, series, years_of)

# How many sentences back a period opening a sentence still governs; paragraphs do not
# stop it (a section's "Over the past ten years" covers the paragraphs below).
CONTEXT_SENTENCES = 6
# Rates computed over a trend take the trend's whole period.
RATES_OVER_A_PERIOD = {"growth_rate"}
# Keys that count what stands at a time.
STOCKS = {"poor_population", "poor_counties", "poor_villages", "poverty_line"}
# How far before a value the words that date it by its own phrase may stand: "the remaining
# 70 million", "increased eightfold to 14,000 yuan", "the existing 100,000 mu".
CUE_BEFORE_REACH = 40
TARGET_REACH = 12  # characters before a date in which "by" makes it a deadline ("by 2020")
FOUNDING_REACH = 80  # characters before a date in which the phrase saying what began or befell then may start
EARLY_MONTHS = 3  # a bulletin published by March may report the year before
DATELINE_REACH = 60  # characters from a sentence's start within which a dated dash closes a dateline
BORN_REACH = 20  # characters before a date in which "born in" makes it a birth date
STATEMENT_REACH = 60  # characters before a date in which "said on" makes it the day of a statement
# The lead is the first sentence of body text: it ends in a full stop and is longer than
# a headline, a dateline or a byline.
LEAD_MIN_WORDS = 8
SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
NAMES_YEAR = regex.compile(r"\d|\byears?\b", regex.I)  # "2020", "last year"; not "Wednesday"
COMMA = regex.compile(r",\s")  # a comma between words, not in "1,634"
WEEKDAY = regex.compile(rf"(?:last\s+|this\s+)?(?:{vocabulary().atoms['WEEKDAY']})", regex.I)
TITLE_PERIOD = regex.compile(r"\b[A-Z][\w'\u2019-]*\s?\($")  # "Areas (2011-2020)": a title's own period
OPEN_BRACKET_GAP = regex.compile(r"\s*\(\s*")  # "the 13th Five-Year Plan period (2016-2020)"
SET_OFF = regex.compile(r"[\d,;:]")  # another figure or a clause mark between a figure and what follows
EVENT_NAME = regex.compile(r"(?:\s+[A-Za-z][\w'\u2019-]*){1,3},")  # "the 2008 earthquake,": an event of the year
# What may stand between a trend's last figure and the rate that sums it up: ", an average
# annual increase of", "and grew by an annual".
RATE_AFTER_TREND = regex.compile(r"[^\d;:.]{1,60}")
YEARS_JOINED = regex.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")  # "2017, 2018 and 2019"
SET_OFF_BY_COMMA = regex.compile(r",\s|[;:]")  # a clause mark, not the comma in "77,350"


@dataclass(frozen=True)
class DocumentTime:
    """What dates the figures their own sentences do not: the year of a figure nothing
    dates, the publication's year (for one said in the present), the period of a plan
    the lead announces with the offset its reach starts at, and for a bulletin with no
    publication date the one year it names, if it names one only."""

    undated_year: int | None
    published_year: int | None
    plan: tuple[int, int] | None = None
    plan_from: int = 0
    only_year: int | None = None


def time_of(m: Mention, key: str, dates: MentionIndex, sentence, sentences, starts, text: str,
            times: DocumentTime):
    """The years a value refers to and how they were found; a change measured against a base
    year more than a year before them runs from the base ("reached 41.2 percent last year,
    0.6 percentage points higher than in 2015": 2015-2019; "up 9 percent on 2018" stays 2019), a
    base named by its year (a relative one, "from a year earlier", is the year before)."""
    (start, end), basis = years_and_basis(m, key, dates, sentence, sentences, starts, text, times)
    if key in RATES_OVER_A_PERIOD and start is not None:
        after = [d for d in dates.between(m.end, sentence[1]) if DIGIT.search(d.text)]
        base = next((d for d in after
                     if is_baseline(d, text, sentence[0]) and not SET_OFF.search(text, m.end, d.start)),
                    None)
        opening = COMPARED_OPENING.match(text, sentence[0], m.start)
        if base is None and opening is not None:
            # "Compared with 2012, in 2021, incomes increased by 110.1%": a base the sentence opens with.
            base = next(iter(dates.between(opening.start("base"), opening.end("base"))), None)
        if base is None:
            # "a 22.7 percent drop from 9.02 million in 2016": the year of the figure it ran from;
            # "dropped by 81.2 percent and 67.2 percent, respectively, from 1990": a series' base.
            base = next((d for d in after if FROM_DATED_FIGURE.fullmatch(text, m.end, d.start)
                         or (RESPECTIVE_BASE.fullmatch(text, m.end, d.start) and is_baseline(d, text, sentence[0]))),
                        None)
        if base is not None and base.reading.year_end < start - 1:
            return (base.reading.year_start, end), basis
    return (start, end), basis


def years_and_basis(m: Mention, key: str, dates: MentionIndex, sentence, sentences, starts, text: str,
                    times: DocumentTime):
    """The years a value refers to and how they were found."""
    undated_year, published_year = times.undated_year, times.published_year
    if (PRESENT_AFTER.match(text, m.end)
            or PRESENT_BEFORE.search(text, max(sentence[0], m.start - CUE_BEFORE_REACH), m.start)):
        # "from 56.2 percent in 2014 to under 5 percent now", "from the existing 100,000 mu"
        return ((published_year, published_year), "publication") if published_year else ((None, None), "")
    # A comparison's base ("up 92 percent from 2009") dates nothing after it, but
    # may date a figure of its own ("from the 2009 level of 1,196 yuan").
    # Nor do the years a rise has gone on ("rose for the 13th consecutive year, reaching ...").
    same = [d for d in dates.between(*sentence)
            if not (is_baseline(d, text, sentence[0]) and not OWN_BASE.fullmatch(text, d.end, m.start))
            and not began_before(d, m, text, sentence[0])
            and not record_span(d, text, sentence[0])
            and not (YEARS_RUNNING.search(d.text)
                     and CHANGE_RUNNING.search(text, max(sentence[0], d.start - 40), d.start))]
    same = own_clause_dates(m, same, text, sentence)
    founding = [d for d in same if d.end <= m.start and founded_then(d, text, sentence[0])
                and COMMA.search(text, d.end, m.start)]
    if founding and len(founding) < len(same):
        # "The system, launched in 2003 to offer basic health care, covered 814 million ... as of
        # the end of last September": when the thing began, said aside, dates nothing another
        # date does (not "a factory built in 2019 with 26 million yuan from its partner since 2016").
        same = [d for d in same if d not in founding]
    before = [d for d in same if d.end <= m.start and d.reading.year_start]
    period_dates = [d for d in before if not WEEKDAY.fullmatch(d.text)]
    if (key in RATES_OVER_A_PERIOD and len({d.reading.year_start for d in period_dates}) > 1
            and not any(dates_value(d, m, text) for d in same)):
        # "from A in 2001 to B in 2010, an average annual growth rate of 11.9%" (not "...,
        # and is expected to drop below 1 percent by the end of this year"; nor the day it
        # was said: "told a press conference on Thursday that between 2012 and 2021, ...")
        return span_of(period_dates), "explicit"
    if key in RATES_OVER_A_PERIOD and TREND_AFTER_RATE.match(text, m.end):
        # "surged 30.2 percent from 3,416 yuan in 2015 to 9,808 yuan in 2019": the trend's years.
        after = [d for d in same if d.start >= m.end and d.reading.year_start]
        if len({d.reading.year_start for d in after}) > 1:
            return span_of(after), "explicit"
    date = governing_date(m, same, text) if same else None
    present = PRESENT_OPENING.match(text, sentence[0], sentence[1])
    if (date is not None and present and date.start >= present.end() and not dates_value(date, m, text)
            and not (date.end <= m.start and FRONTS_CLAUSE.search(text, sentence[0], date.start))
            and not (date.start >= m.end and PAST_PERIOD.match(date.text)
                     and not LATER_CLAUSE.search(text, m.end, date.start))):
        # "Now every girl is in a classroom, and last year 213 of them went on to high
        # school": a date opening a later clause dates that clause, whatever opens the sentence;
        # a period closing the value's own clause dates the value ("Now, ... the hospital has
        # sent more than 100 doctors for training ... over the past five years").
        date = None
    # "For the next five years, each villager can get 1,500 yuan a month": a period still
    # ahead holds the figures of its clause whatever present is said under it.
    ahead = date is not None and bool(published_year and (date.reading.year_end or 0) > published_year)
    in_present = date is not None and ((not ahead and turns_to_present(date, m, text, sentence[0]))
                                       or own_clause_in_present(date, m, text))
    if in_present:
        date = None
    end_of_trend = trend_end(m, text, sentence[0])
    index = bisect_right(starts, m.start) - 1
    if date is not None:
        start, end = years_of(date)
        cutoff = cut_off_before(date, text, sentence[0]) if start is not None else None
        if (cutoff is not None
                and ((date.end <= m.start
                      and (text.startswith(",", date.end)
                           or (cutoff.group("event") and EVENT_NAME.match(text, date.end, m.start))))
                     or (date.start >= m.end and date.text.isdigit()
                         and not DIGIT.search(BRACKETED.sub("", text[m.end:date.start]))))):
            # "Before 2016, 207 households had been living in rundown houses", "57 percent of its
            # residents lived below the poverty line before 2013" (a conversion in brackets
            # between them aside), "Before the 2008 earthquake, he
            # earned 3,000 yuan": up to the year before (not
            # "before July 2006 when his family of six moved", the time of the move; "Till the end
            # of 2015, 29 million yuan were paid in" is 2015's).
            return years_before(start, published_year), "explicit"
        if (end_of_trend == "to" and start is not None and start == end and date.end <= m.start
                and TREND_GAP.match(text[date.end:m.start])):
            # "dropped from 10.2 percent in 2012 to 1.7 percent": the year is the first figure's
            # only; another later one of the sentence ("... last year, and the ratio dropped
            # from 11.57 percent in 2017 to 6.51 percent") is the trend's end.
            later = [d.reading.year_end for d in same if d.end <= date.start and (d.reading.year_end or 0) > start]
            if later:
                return (later[-1], later[-1]), "explicit"
            return trend_close(start, index, dates, sentences, text, times)
        if end_of_trend and (not dates_value(date, m, text) or start != end):
            # "Between 2012 and 2017 ... fell from 10.2 percent to 3.1 percent": the
            # trend's first figure is of the period's first year, its second of the last.
            if start == end and before:
                start, end = span_of(before)
            return trend_year(end_of_trend, start, end), "explicit"
        if (start is not None and end is not None and start != end and date.end <= m.start and not end_of_trend
                and end <= (published_year or end)
                and LEVEL_REACHED.search(text, max(sentence[0], m.start - CUE_BEFORE_REACH), m.start)):
            # "From 2013 to 2019, income increased eightfold to 14,000 yuan": the level reached
            # at the end of a period that is over (not a plan's: "for 2021-2025, tea gardens will
            # be expanded to 1.2 million mu").
            return (end, end), "explicit"
        if published_year and date.end <= m.start and SINCE_THEN.search(text, date.end, m.start):
            # "set up a center in 2016 and has since opened stations in 176 villages"
            return (start, max(end, published_year)), "explicit"
        closed = closed_period(date, m, same, text, sentence[0])
        if closed is not None:
            return years_of(closed), "explicit"
        deadline = deadline_of_since(date, m, same, text, sentence[0])
        if deadline is not None:
            return (start, deadline), "explicit"
        target = plan_target(date, m, same, text)
        if target is not None:
            return (start, years_of(target)[1]), "explicit"
        pledged = pledged_since(date, index, dates, sentences, text, times)
        if pledged is not None:
            return (pledged, end), "explicit"
        years = target_years(date, text, sentence[0], undated_year, published_year)
        joined = joined_years(date, dates.between(*sentence), text)
        if years == (start, end) and joined is not None and not RESPECTIVELY.search(text, *sentence):
            # "In 2018 and 2019, Beijing invested a total of 2.74 billion yuan": both years.
            years = joined
        if (published_year and key in STOCKS and date.start > m.end
                and (years != years_of(date) or (years[0] != years[1] and PERIOD_AHEAD.search(date.text)))
                and STOCK_NOW.search(text, max(sentence[0], m.start - CUE_BEFORE_REACH), m.start)):
            # "help the remaining 70 million poor people out of poverty by 2020", "there are
            # still 88 poor counties ... for the next five years": the stock as it stands, not
            # the years to a target or of a plan ahead.
            return (published_year, published_year), "publication"
        return years, "explicit"
    if not same and HABITUAL_PAST.search(text, sentence[0], m.start):
        # "My husband used to get eight hundred yuan": a past habit no year is given for.
        return (None, None), ""
    if end_of_trend and index > 0:
        # "... fell from 98.99 million in 2012 to 5.51 million in 2019. Poverty incidence
        # dropped from 10.2 percent to 0.6 percent.": a trend runs over the one before.
        dated = [d for d in dates.between(*sentences[index - 1]) if d.reading.year_start]
        if dated and span_of(dated)[0] < span_of(dated)[1]:
            return trend_year(end_of_trend, *span_of(dated)), "context"
    if in_present or said_in_present(m, text, sentence) or described_in_present(m, text, sentence):
        undated_year = published_year
    else:
        found = context_years(index, dates, sentences, text, times)
        if (found is not None and (ended_before(found, published_year) or runs_to_publication(found, published_year))
                and (FUTURE_CLAUSE.search(text, sentence[0], m.start) or PLEDGE.search(text, sentence[0], m.start))
                and not dates.between(*sentence)):
            # "In the last five years ... Meanwhile, Guangxi will devote 420 million yuan"; "Since
            # 2016, ... Local authorities plan to invest 746 million yuan": what is still to
            # happen, in a sentence naming no time, is not of a period already over or running
            # until now.
            found = None
        if found is not None and end_of_trend and found[0] is not None and found[1] and found[0] < found[1]:
            # "From 2013 to 2018, Yunnan lifted ... The number of poor people dropped to
            # 865,000 from 4.26 million.": a trend over the period runs from its first year to its last.
            return trend_year(end_of_trend, *found), "context"
        if found is not None:
            return so_far(found, text, sentence, published_year), "context"
        if PRESENT_STATE.search(text, *sentence):
            undated_year = published_year  # a state said in the present holds at publication
    if undated_year != published_year and (FUTURE_CLAUSE.search(text, sentence[0], m.start)
                                           or PLEDGE.search(text, sentence[0], m.start)):
        # "Guizhou vows to lift 1.1 million people out of poverty", said in January: what is
        # still to happen is not of the year the bulletin reports on.
        undated_year = published_year
    if undated_year:
        return (undated_year, undated_year), "publication"
    if times.only_year:
        return (times.only_year, times.only_year), "context"
    return (None, None), ""


def ended_before(years: tuple[int | None, int | None], published_year: int | None) -> bool:
    """A period over before the bulletin's year."""
    return bool(published_year and years[1] is not None and years[1] < published_year)


def runs_to_publication(years: tuple[int | None, int | None], published_year: int | None) -> bool:
    """A period running until the bulletin's year, as one opened by "since" (open-ended when
    the bulletin has no date)."""
    start, end = years
    return start is not None and (end is None or (end == published_year and start < end))


def context_years(index: int, dates: MentionIndex, sentences, text: str,
                  times: DocumentTime) -> tuple[int | None, int | None] | None:
    """The years the sentences before give a sentence that names none: a period opening
    one of them, the one year or period the one just before names, else the plan the lead
    announces.
    None where the text has turned to the present since."""
    sentence = sentences[index]
    # "Since 1996, ... About 50,000 people from Ningxia work in Fujian": a state said in
    # the present holds now, not over the period.
    in_present = bool(PRESENT_STATE.search(text, *sentence))
    latest = None  # the latest past year the sentences in between name
    dated = []  # the sentences in between that name a past time
    # Whether the sentence goes on from the one before (same paragraph, or an opener that
    # points back: "Among them, ...", "Also, ..."), and so on back over undated sentences
    # that open so in turn.
    joined = bool(CONTINUING_OPENING.match(text, sentence[0]))
    for back in range(1, CONTEXT_SENTENCES + 1):
        j = index - back
        if j < 0:
            break
        s, e = sentences[j]
        inside = dates.between(s, e)
        opening = [d for d in inside if OPENING.fullmatch(text, s, d.start)]
        if opening:
            # "By 2025, ... The per capita GDP will reach 130,000 yuan": a target opening a
            # sentence before spans the years until it, as in its own sentence.
            start, end = target_years(opening[0], text, s, times.undated_year, times.published_year)
            cutoff = cut_off_before(opening[0], text, s)
            if start is not None and cutoff and not cutoff.group("until") and text.startswith(",", opening[0].end):
                # "Before 2012, the land yielded little ... More than 70 percent lived below
                # the line": the time before the year, as in the date's own sentence (not
                # "Until 2016, he made a living ... His salary could reach 10,000 yuan").
                start, end = years_before(start, times.published_year)
            if any(BLANK_LINE.search(text, e, ds) and BLANK_LINE.search(text, de, sentence[0]) for ds, de in dated):
                # "Since 2016, the county has put 4.3 billion yuan ... <new paragraph> In one
                # village income climbed from 950 yuan in 2012 to 12,000 yuan in 2018 ...
                # <new paragraph> 36 of the 62 poor counties have exited poverty": a paragraph
                # in between with times of its own ends the period's reach.
                return None
            if latest and end and end < latest:
                # "Over the past five years ... . The dropout rate fell ... to 0.3 percent by
                # the end of September. The enrollment rate has reached 99.5 percent.": the
                # text has moved on past the period.
                return None
            if (start == end and start and times.undated_year and start < times.undated_year
                    and runs_until_now(sentence, opening[0], e, text)):
                # "Ten years ago only half of the girls finished school ... The share covered
                # by insurance has reached 99.8 percent": the present perfect runs until now.
                return None
            if in_present:
                # "In 2016 Guangdong adopted its own poverty line ... Nearly 400,000 workers
                # are employed in Guangdong"; "By the end of 2023, 6.5 million people had been
                # placed under monitoring ... Some two million of the others are covered":
                # a state said in the present holds now, not in a year named before.
                return None
            return start, end
        if PRESENT_OPENING.match(text, s, e) and not PRESENT_PERFECT.search(text, *sentence):
            # "Over the past 24 years, ... Currently, Ningxia has 5,700 companies from
            # Fujian. About 50,000 people ...": the period ended where the present began;
            # a count "have been relocated" still runs from the period's start.
            return None
        carried = [d for d in inside if d.reading.year_start and not is_baseline(d, text, s)
                   and not record_span(d, text, s) and not title_period(d, text)
                   and not price_base(d, text) and not YEARS_RUNNING.search(d.text)
                   and not dates_figure_compared_with(d, text, s)
                   and not said_on(d, text, s)]
        joined = joined or (back == 1 and not BLANK_LINE.search(text, e, sentence[0]))
        if joined and carries_time(carried, text, times.undated_year):
            # "... reached 11,567 yuan in 2019. Actual growth was 8.0 percent."; "...
            # totaled 182.5 billion yuan over the period. Banks issued 31.6 billion yuan."
            # (not the date of a figure compared with: "0.33 percent, against 10.2 percent
            # four years earlier"):
            # a sentence that names one year or period only, and not as a target, dates
            # the next sentence of its paragraph, and not what is said in the present.
            start, end = years_of(carried[0])
            if start == end:
                # not to a count said in the present perfect, which runs until now: "... in
                # 2019 it received 300,000 visitors. About 40 villagers have turned their
                # houses into inns." (a bulletin of early 2019 may say "has dropped" of 2018)
                past = times.undated_year and start < times.undated_year
                return None if past and PRESENT_PERFECT.search(text, *sentence) else (start, end)
            if not in_present:
                return start, end
        joined = joined and not inside and bool(CONTINUING_OPENING.match(text, s))
        past = [d.reading.year_end for d in inside if names_past_time(d, times)]
        latest = max([latest or 0, *past]) or None
        if past:
            dated.append((s, e))
    if times.plan and sentence[0] >= times.plan_from and not in_present:
        return times.plan
    return None


def names_past_time(date: Mention, times: DocumentTime) -> bool:
    """``date`` names a year in digits or a month, not after the bulletin's year (any year,
    in a bulletin with no date): a time the text has moved to (not a plan ahead, nor the
    day a statement was made)."""
    end = date.reading.year_end
    return bool(end and (times.undated_year is None or end <= times.undated_year)
                and (date.reading.date or DIGIT.search(date.text)))


def own_clause_dates(m: Mention, dates: list[Mention], text: str, sentence) -> list[Mention]:
    """The dates that may govern ``m``: those of its own clause when that names one ("cut
    its poor by 1.46 million between 2016 and 2020; seven of its counties left the list in
    the last two years"), and never one inside a relative clause closed before it ("in
    Congjiang, where poverty incidence had been 30.8 percent in 2014, the last 4,600 ...")."""
    start = max(sentence[0], text.rfind(";", sentence[0], m.start) + 1)
    end = text.find(";", m.end, sentence[1])
    end = sentence[1] if end < 0 else end
    clause = [d for d in dates if d.start >= start and d.end <= end]
    if clause:
        dates = clause
    # "By the end of last year, 43 million were poor, after 55 million were lifted out between
    # 2012 and last year": a subordinate clause holding the value and a date of its own.
    opener = [o.start() for o in SUBORDINATE_OPENER.finditer(text, start, m.start)]
    if opener:
        closer = text.find(",", m.end, end)
        own = [d for d in dates if d.start >= opener[-1] and d.end <= (end if closer < 0 else closer)]
        dates = own or dates
    kept = [d for d in dates if not in_closed_relative_clause(d, m, text, sentence[0])]
    if not kept and PARTITIVE_OPENING.match(text, sentence[0]):
        # "Of the 98.99 million residents who rose above the line between 2012 and 2020,
        # roughly 50 percent were women": the clause on the whole dates a part whose own
        # clause names no time.
        return dates
    return kept


def in_closed_relative_clause(date: Mention, m: Mention, text: str, sentence_start: int) -> bool:
    """``date`` stands before ``m`` in a clause opened by a relative word and closed by a
    comma; not one opening the sentence, which frames the main clause ("When households
    were first registered in 2014, the county had 108,000 poor people"), nor a period in a
    clause on something no figure before it counts."""
    if date.end > m.start or "," not in text[date.end:m.start]:
        return False
    opened = max(sentence_start, text.rfind(",", sentence_start, date.start) + 1)
    relative = RELATIVE_OPENER.search(text, opened, date.start)
    if relative and date.reading.year_start != date.reading.year_end and not DIGIT.search(
            text, sentence_start, date.start) and SETTING_OPENER.match(text, sentence_start):
        # "Under the second round of subsidies, which runs from 2016 to 2020, the payment is
        # 7.5 yuan": a period of what the sentence is set under, not of a figure before it
        # ("Of the 3.2 million herders who were resettled between 2016 and 2019, ...").
        return False
    return bool(relative) and not (opened == sentence_start and not text[opened:relative.start()].strip())


def runs_until_now(sentence, opening: Mention, opening_end: int, text: str) -> bool:
    """A sentence in the present perfect runs until now, unless the past year opening a
    sentence before in its paragraph is said in the present perfect too ("In 2018, Tibet has
    achieved good results ... 32,000 poor people have been lifted out of poverty": both of 2018)."""
    return bool(PRESENT_PERFECT.search(text, *sentence)) and not (
        text.startswith(",", opening.end) and PRESENT_PERFECT.search(text, opening.end, opening_end)
        and not BLANK_LINE.search(text, opening_end, sentence[0]))


def said_in_present(m: Mention, text: str, sentence) -> bool:
    """A present-tense marker (``now``, ``currently``) or a state or habit said in the
    simple present (``employs``, ``which bring in``) puts the figure at the publication,
    whatever year the sentences before name, unless it stands after the figure in another
    clause: "574 companies have invested ..., setting up 312 factories that now employ
    48,000" says only the 48,000 in the present; nor one before it across a later clause of
    the figure's own said in the past."""
    return any((start < m.start and not past_clause(end, m, text))
               or (start >= m.start and not CLAUSE_OPENER.search(text, m.end, end))
               for start, end in present_markers(text, *sentence))


@lru_cache(maxsize=8)
def present_markers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the present-tense markers of a sentence stand, found once for all its figures
    (figures are resolved in text order, so the last few sentences are all worth keeping)."""
    return [p.span() for rx in (PRESENT, PRESENT_SIMPLE, PRESENT_PLURAL, PRESENT_SHARE)
            for p in rx.finditer(text, start, end)]


def past_clause(position: int, m: Mention, text: str) -> bool:
    """A later clause between ``position`` and ``m`` opens ``m``'s own clause and says it in the
    past: "The workshops employ 3,200 people, and the town's residents had an income of 15,680 yuan"."""
    later = [c.end() for c in LATER_CLAUSE.finditer(text, position, m.start)]
    return bool(later) and bool(PAST_AUXILIARY.search(text, later[-1], m.start))


def began_before(date: Mention, m: Mention, text: str, sentence_start: int) -> bool:
    """``date`` says when something began, or what befell it, and the figure after it is a
    count until now: "a cooperative founded in 2019 has turned 1,200 mu into orchards", "the
    counties that were removed from the list in 2020 have cultivated two industries" (not "a
    programme launched in 2011 gave each student 3 yuan a day", said of that time)."""
    return (date.end <= m.start and founded_then(date, text, sentence_start)
            and bool(PRESENT_PERFECT.search(text, date.end, m.start)))


def founded_then(date: Mention, text: str, sentence_start: int) -> bool:
    """``date`` follows a participle saying when something began: "the system, launched in 2003
    to offer basic health care, ..." (not what the sentence then does)."""
    return bool(FOUNDING_DATE_BEFORE.search(text, max(sentence_start, date.start - FOUNDING_REACH), date.start))


def described_in_present(m: Mention, text: str, sentence) -> bool:
    """The figure's own relative clause says a state that still holds: "watch some 47,000
    people who still face a risk of falling back" (not one set off after another figure or
    a comma)."""
    found = STILL_PRESENT.search(text, m.end, sentence[1])
    return bool(found) and not SET_OFF.search(text, m.end, found.start())


def turns_to_present(date: Mention, m: Mention, text: str, sentence_start: int) -> bool:
    """Between a date and the figure after it, a present-tense marker, or a state said in
    the simple present where the date does not open the sentence, puts the figure at the
    publication: "The cooperative, set up in 2015, now has 326 members"; "The company
    invested 2 billion yuan in 2015 and employs 300 people" (not "In 2019, the county has
    30 villages left", nor a total "so far" of a period running to now: "Since 2021, he has
    founded two companies, with sales so far topping 70 million yuan")."""
    if date.end > m.start:
        return False
    state = PRESENT_SIMPLE.search(text, date.end, m.end)  # "has" looks ahead at the figure
    present = PRESENT.search(text, date.end, m.start)
    if (present and RUNNING_TOTAL.fullmatch(present.group())
            and (date.reading.year_start or 0) < (date.reading.year_end or 0)):
        present = None
    return bool(present or (
        state and state.start() < m.start and not OPENING.fullmatch(text, sentence_start, date.start)))


def own_clause_in_present(date: Mention, m: Mention, text: str) -> bool:
    """The figure's own clause, another than the date's, says it in the present: "Teams have
    worked there since 2018, and 1,580 doctors are now on duty"; "3,745 villages now have
    a clinic, and 4,120 doctors have received training since 2017"; "Since 2016, 62 young
    people have moved back, and 35 of them run businesses"; "..., while 4G signals cover 99
    percent of villages" (not "... put 1.1 billion yuan into those counties this year", said
    of every clause)."""
    between = (date.end, m.start) if date.end <= m.start else (m.end, date.start)
    if not LATER_CLAUSE.search(text, *between):
        return False
    ends = [c.start() for c in (CLAUSE_OPENER.search(text, m.end, m.sentence_end),
                                LATER_CLAUSE.search(text, m.end, m.sentence_end)) if c]
    end = min(ends, default=m.sentence_end)
    start = m.start
    if date.end <= m.start:
        start = [c.end() for c in LATER_CLAUSE.finditer(text, *between)][-1]
    return bool(PRESENT.search(text, m.end, end) or PRESENT_VERB.search(text, start, end))


def so_far(years: tuple[int | None, int | None], text: str, sentence,
           published_year: int | None) -> tuple[int | None, int | None]:
    """A count said in the present perfect (``have been relocated``) under a period that
    runs past the publication holds until the publication's year."""
    start, end = years
    if (published_year and start and end and start <= published_year < end
            and PRESENT_PERFECT.search(text, *sentence)):
        return start, published_year
    return years


def pledged_since(date: Mention, index: int, dates: MentionIndex, sentences, text: str,
                  times: DocumentTime) -> int | None:
    """The year a pledge with a target ``date`` was made, when the sentences before name it
    and not the bulletin's own: "When the State Council launched that plan in 1994, ... It
    promised to solve their problem by the end of the century and concentrated funds on 592
    counties" covers 1994-2000 (not "By 2000 the number of rural poor had dropped"). A target
    still ahead of the bulletin runs from the bulletin's year instead (``target_years``)."""
    sentence = sentences[index]
    start = date.reading.year_start
    if (start is None or start != date.reading.year_end or (times.undated_year and start > times.undated_year)
            or not is_target(date, text, sentence[0])
            or not PLEDGE.search(text, sentence[0], date.start)):
        return None
    found = context_years(index, dates, sentences, text, times)
    return found[0] if found and found[0] is not None and found[0] == found[1] and found[0] < start else None


def is_target(date: Mention, text: str, floor: int = 0) -> bool:
    """``date`` is a deadline (``by 2020``, ``by the end of 2019``), its ``by`` found after ``floor``."""
    return bool(TARGET.search(text, max(floor, date.start - TARGET_REACH), date.start))


def plan_target(date: Mention, m: Mention, dates: list[Mention], text: str) -> Mention | None:
    """The target after ``m`` of a plan begun at ``date`` before it, ``m`` being what the plan
    is set to achieve: "in 2016, a five-year plan was undertaken to lift nine of the 25 groups
    out of poverty by 2020" covers 2016-2020 (not a target in a later clause)."""
    if date.end > m.start or not AIMED_AT.search(text, date.end, m.start):
        return None
    return next((d for d in dates if d.start >= m.end and d.reading.year_start == d.reading.year_end
                 and (d.reading.year_start or 0) > (date.reading.year_end or 9999)
                 and is_target(d, text, m.end)
                 and not CLAUSE_BREAK.search(text, m.end, d.start) and not LATER_CLAUSE.search(text, m.end, d.start)),
                None)


def closed_period(date: Mention, m: Mention, dates: list[Mention], text: str, sentence_start: int) -> Mention | None:
    """The period before ``m`` that a deadline after it closes: "over the past six years,
    with over 6 million people escaping poverty by the end of 2019" (2014-2019; not "By the
    end of 2023, roads amounted to 4.45 million km, ... up 11.9 points over the past 10 years")."""
    start, end = years_of(date)
    if (start is None or start != end or date.start < m.end
            or not is_target(date, text, sentence_start)):
        return None
    return next((d for d in dates if d.end <= m.start and d.reading.year_start
                 and d.reading.year_start < start == d.reading.year_end), None)


def deadline_of_since(date: Mention, m: Mention, dates: list[Mention], text: str, sentence_start: int) -> int | None:
    """The year a deadline closes a ``since`` period at: one before it ("By the end of 2020, nearly
    100 million people had escaped poverty since 2012", "... since the 18th National Congress in
    2012": 2012-2020), or one after the value in its own clause ("Since 2013, more than 1.55
    million rural people have bid farewell to poverty by the end of 2019": 2013-2019, with or
    without a publication date); not "Since 2014, ... roads have been built, ... villages had
    been connected by 2019", a later clause's deadline."""
    start, end = years_of(date)
    if (start is None or (end is not None and start >= end)
            or not (SINCE_OPENING.match(date.text) or SINCE_BEFORE.search(text, sentence_start, date.start))):
        return None
    return next((d.reading.year_end for d in dates
                 if (d.end <= date.start or (d.start >= m.end and not SET_OFF_BY_COMMA.search(text, m.end, d.start)
                                             and not LATER_CLAUSE.search(text, date.end, m.start)))
                 and d.reading.year_start == d.reading.year_end and d.reading.year_end is not None
                 and start < d.reading.year_end and (end is None or d.reading.year_end < end)
                 and is_target(d, text, sentence_start)), None)


def cut_off_before(date: Mention, text: str, sentence_start: int) -> regex.Match | None:
    """The words right before a year or a January (``Before 2016``, ``before the 2008
    earthquake``) that put a time before it; a later month is the time itself ("before July
    2006 when his family moved")."""
    if date.reading.date[5:7] not in ("", "01"):
        return None
    return BEFORE_DATE.search(text, max(sentence_start, date.start - 16), date.start)


def years_before(start: int, published_year: int | None) -> tuple[int | None, int]:
    """The years before ``start``, from an unknown start; a deadline ahead of the publication
    runs from it: "plans to move two million people before 2020", said in 2012, is 2012-2019."""
    return (published_year if published_year and start > published_year else None, start - 1)


def target_years(date: Mention, text: str, sentence_start: int, undated_year: int | None,
                 published_year: int | None = None) -> tuple[int | None, int | None]:
    """A target ``by 2020`` in a 2016 bulletin covers the years until then (``by 2025`` in
    a January bulletin on the year before, from that year); one in the publication's own
    year (``by the end of this year``) that year only; any other date its own years."""
    start, end = years_of(date)
    if (undated_year and start == end and start != published_year and start is not None and start > undated_year
            and is_target(date, text, sentence_start)):
        return undated_year, end
    return start, end


def lead_sentence(text: str, sentences) -> int | None:
    """The index of the first sentence of body text, a photo's caption aside."""
    return next((i for i, (s, e) in enumerate(sentences)
                 if SENTENCE_END.search(text, s, e) and len(text[s:e].split()) >= LEAD_MIN_WORDS
                 and not in_caption(s, text)), None)


def announced_plan(lead: int | None, dates: MentionIndex, sentences, text: str,
                   times: DocumentTime) -> DocumentTime:
    """``times`` with the period of a plan the lead announces: a 2016 bulletin opening
    with "will spend 950 billion yuan to relocate 16 million people ... by 2020" speaks of
    the plan (2016-2020) in the undated figures that follow; so does one whose lead sums
    up a period running until the publication ("has channelled 6.4 billion yuan ... since
    the two were paired up in 2016"). A period that has ended before the publication's
    year (``over the past 40 years``) frames nothing. Without a publication date only a
    period reckoned forward from a dated start does ("launched in March 2008, in hope of
    relocating 206 thousand farmers in the following five years"). A goal the lead names
    with no figure of its own ("toward the goal of eliminating poverty by 2020") is no plan."""
    if lead is None:
        return times
    s, e = sentences[lead]
    reported = [d for d in dates.between(s, e) if d.reading.year_start]
    if (REPORT_LEAD.search(text, s, e) and len({years_of(d) for d in reported}) == 1
            and reported[0].reading.year_start == reported[0].reading.year_end
            and (not times.published_year or reported[0].reading.year_end < times.published_year)):
        # "According to the annual report ..., in 2013, the work achieved results": a report
        # on one past year (or, undated, on one year) speaks of it in the undated figures that follow.
        year = reported[0].reading.year_end
        return replace(times, plan=(year, year), plan_from=e)
    for d in dates.between(s, e):
        if YEARS_RUNNING.search(d.text) or record_span(d, text, s):
            # "for the fourth consecutive year", "the highest since 1958": how long a state has lasted, no plan
            continue
        start, end = target_years(d, text, s, times.undated_year)
        aim_only = is_target(d, text, s) and not numbers_in(text, s, e)
        if start is not None and end is not None and start < end and not aim_only and (
                end >= times.published_year if times.published_year else bool(PERIOD_AHEAD.search(d.text))):
            return replace(times, plan=(start, end), plan_from=e)
    return times


def date_headline(records: list[Record], lead_start: int) -> list[Record]:
    """A figure of the headline that nothing dates there takes the years the body gives the
    same figure: "Gansu lifts 5.5 million people out of poverty in 7 years" over "lifted 5.5
    million people out of poverty from 2012 to 2019"."""
    dated = {}
    for r in records:
        if r.mention.start >= lead_start and r.time_basis in ("explicit", "context") and r.year_start:
            dated.setdefault(figure_of(r.mention), r)
    out = []
    for r in records:
        body = None
        if r.mention.end <= lead_start and r.time_basis in ("publication", ""):
            # "1.3 mln lifted" over "1.31 million people were lifted ... last year": the
            # headline rounds the body's figure of the same measure.
            body = dated.get(figure_of(r.mention)) or next(
                (b for b in dated.values() if b.indicator == r.indicator and rounds_to(b.mention, r.mention)), None)
        if body is not None:
            r = replace(r, year_start=body.year_start, year_end=body.year_end, time_basis="context")
        out.append(r)
    return out


def rounds_to(precise: Mention, rounded: Mention) -> bool:
    """Whether ``rounded`` (1.3 million) is ``precise`` (1.31 million) to its last significant
    digit; one digit (20,000) is too rough to tell a figure."""
    if (precise.type, precise.reading.unit) != (rounded.type, rounded.reading.unit) or not rounded.reading.value:
        return False
    shown = Decimal(str(rounded.reading.value)).normalize()
    if len(shown.as_tuple().digits) < 2:
        return False
    step = Decimal(1).scaleb(shown.as_tuple().exponent)
    return Decimal(str(precise.reading.value)).quantize(step, rounding=ROUND_HALF_UP) == shown


def reference_year(bulletin: Bulletin, dates: list[Mention]) -> int | None:
    """The year an undated figure belongs to: the publication's, except early in a year, or
    in a year given alone (a yearbook's), for a bulletin that names the year before more
    than once and more often than its own (annual results published in January, a 2010
    yearbook on 2009; one ``Last year`` in a January feature is an aside). A day or month
    of the publication year (``Earlier this month``, the dateline, ``told ... on
    Wednesday``) says when something was said or done, not which year the results are of."""
    pub = bulletin.publication_year
    if pub is None or (len(bulletin.published) >= 7 and int(bulletin.published[5:7]) > EARLY_MONTHS):
        return pub
    named = Counter(d.reading.year_end for d in dates
                    if d.reading.year_start == d.reading.year_end and may_name_results_year(d, pub))
    return pub - 1 if named[pub - 1] > max(named[pub], 1) else pub


def only_year(lead: int | None, dates: MentionIndex, sentences, text: str) -> int | None:
    """The year a bulletin with no date of its own reports on: the year opening its lead
    when it names no other in digits (a yearbook entry's "In 2013, Beijing allocated ..."),
    bases compared with and quoted plans' names aside."""
    if lead is None:
        return None
    s, e = sentences[lead]
    opening = [d for d in dates.between(s, e) if OPENING.fullmatch(text, s, d.start)]
    years = {d.reading.year_end for d in dates.mentions if d.reading.year_end and DIGIT.search(d.text)
             and not is_baseline(d, text, d.sentence_start) and not quoted(d, text, d.sentence_start)}
    if not opening or len(years) != 1 or years != {opening[0].reading.year_start}:
        return None
    return years.pop()


def may_name_results_year(date: Mention, published_year: int) -> bool:
    """``date`` may name the year results are of (``2020``, ``last year``, ``the end of last
    year``): not a day or month of the publication year, nor a weekday, nor a month whose
    year is only inferred (``as of October`` said in February)."""
    if date.reading.date and date.reading.date.startswith(str(published_year)):
        return False
    return bool(NAMES_YEAR.search(date.text))


def governing_date(m: Mention, dates: list[Mention], text: str) -> Mention | None:
    """The date right after the value (``12.75 billion yuan in 2001``), else the nearest
    one before it (``In 2012, ... provided 872.2 million yuan``) unless that one ends an
    earlier clause and the value's own clause names a date ("relocated 53,000 people in
    those five years, and ... the last 4,600 poor residents reached the standard in 2020"; not
    "..., and fell from 860,000 to 330,000 by the end of 2017", where the date is the other
    figure's), else the nearest after. A period in brackets after a title (``the Outline ...
    of China's Rural Areas (2011-2020) was released``) is the title's when another date is named."""
    dates = [d for d in dates if not title_period(d, text) and not restates(d, dates, text)] or dates
    # A price base dates a figure valued in it ("In 2019 prices it stood at 3,218 yuan"), not
    # one after it or past a clause mark or its bracket's end ("... as constant with 2010 prices,
    # accounting for 3 percent", "RMB2,300 (based on the 2010 price index) to help 122 million poor").
    dates = [d for d in dates if not (price_base(d, text) and (d.start >= m.end or SET_OFF_BY_COMMA.search(
        text, d.end, m.start) or ")" in text[d.end:m.start]))]
    after = [d for d in dates if dates_value(d, m, text)]
    if after:
        return after[0]
    # A date further on governs unless it is another figure's own ("rose to 12,300 yuan,
    # compared with 9,100 yuan in 2015": 2015 belongs to 9,100), opens a clause of its
    # own ("employs 260 people, and in 2019 it received 300,000 visitors"), stands in a
    # clause of result on a total ("approved 25, bringing the number that have left since
    # 2016 to 55") or says when
    # something the figure is put under began ("under the program launched in 2016") or
    # when a statement was made ("..., the district government said on Thursday").
    later = [d for d in dates if d.start >= m.end and not owned_by_other(m, d, text)
             and not FRONTS_CLAUSE.search(text, m.end, d.start) and not RESULT_CLAUSE.search(text, m.end, d.start)
             and not FOUNDING_DATE_AFTER.search(text, m.end, d.start) and not AIM_OF_OTHER.search(text, m.end, d.start)
             and not said_on(d, text, m.end)]
    if later and COMPARED_BASE.search(text, m.sentence_start, m.start) and not SET_OFF_BY_COMMA.search(
            text, m.end, later[0].start):
        # "it still had 1,029 households, down from 23,275 households and 77,350 people in
        # 2014": the figures compared with are of the date closing their phrase.
        return later[0]
    # A date of a figure compared with, in an earlier clause, is that figure's alone.
    before = [d for d in dates if d.end <= m.start and not (
        CLAUSE_BREAK.search(text, d.end, m.start) and is_compared_figures_date(d, text, d.sentence_start))]
    if later and before and (WEEKDAY.fullmatch(before[-1].text)
                             or said_on(before[-1], text, before[-1].sentence_start)):
        # "At a meeting held on Friday, the government said 428,000 people shook off poverty in
        # 2018", "Xu Hongcai said on the 12th that 14 provinces ... in 2019": a weekday, or the
        # day a statement was made, says when something was held or said; the date after is the figure's.
        before = before[:-1]
    if (later and before and is_target(before[-1], text, m.sentence_start)
            and later[0].reading.year_start != later[0].reading.year_end
            and not SET_OFF_BY_COMMA.search(text, m.end, later[0].start)):
        # "To end poverty by 2020, China planned to relocate 10 million people between 2016 and
        # 2020": a target before the value is another aim's; the value's own period follows it.
        return later[0]
    if (later and before and not DIGIT.search(before[-1].text) and DIGIT.search(later[0].text)
            and later[0].reading.year_start != later[0].reading.year_end and trend_end(m, text, m.sentence_start)):
        # "In recent years, rates fell from 35.6% to 26% ..., between late 2013 and late 2018":
        # a trend's period in years outweighs a vague time before it.
        return later[0]
    relative = COMMA_RELATIVE.search(text, before[-1].end, later[0].start) if later and before else None
    if relative and relative.start() < m.start and not COMPARES_WITH.search(text, m.end, later[0].start):
        # "In 2015, he planted walnuts, which yielded 900 kilograms in 2019": a relative clause
        # holding the value, with a date of its own, is dated by it (not by one of what the
        # value is compared with: "which was 3.7 percent more than ... last year").
        return later[0]
    if before and not (later and (CLAUSE_BREAK.search(text, before[-1].end, m.start)
                                  or (in_insertion(before[-1], m, text)
                                      and not COMMA.search(text, m.end, later[0].start)))
                       and not SET_OFF_BY_COMMA.search(text, m.end, later[0].start)
                       and not NUMBER_IN_GAP.search(text, m.end, later[0].start)):
        return before[-1]
    return later[0] if later else None


def in_insertion(date: Mention, m: Mention, text: str) -> bool:
    """``date`` stands in a phrase set off by commas before ``m``'s verb, one that describes
    the subject: "Fujian, Ningxia's partner since 1996, took in 86,000 workers last year"."""
    return bool(COMMA.search(text, date.end, m.start) and COMMA.search(text, date.sentence_start, date.start)
                and not OPENING.fullmatch(text, date.sentence_start, date.start))


def carries_time(dates: list[Mention], text: str, reference_year: int | None) -> bool:
    """The dates of a sentence name one single year or period, and not as a target that
    may still lie ahead (``by 2020`` in a 2016 bulletin, or in one whose date is unknown)."""
    if not dates or len({years_of(d) for d in dates}) > 1:
        return False
    target = any(is_target(d, text) for d in dates)
    return not target or bool(reference_year and years_of(dates[0])[0] <= reference_year)


def dates_value(date: Mention, m: Mention, text: str) -> bool:
    """``date`` stands right after ``m`` as its own: ``5.51 million at the end of 2019``."""
    gap = text[m.end:date.start]
    base = RATE_BASE.match(gap)  # "16.9 per 100,000 in 2020"
    return date.start >= m.end and bool(GOVERNS_AFTER.match(gap[base.end():] if base else gap))


def trend_end(m: Mention, text: str, sentence_start: int) -> str | None:
    """``"from"`` for the first figure of a trend (``from 10.2 percent to 3.1 percent``),
    ``"to"`` for the second, else None."""
    before = text[max(sentence_start, m.start - 120):m.start]
    if TREND_FROM.search(before) and TREND_PARTNER.match(text, m.end, m.sentence_end):
        return "from"
    if TREND_TO.search(before):
        return "to"
    # "declining to 3.36 percent from 26.54 percent": the end written first.
    if TREND_TO_FIRST.search(before) and TREND_START_AFTER.match(text, m.end, m.sentence_end):
        return "to"
    end_first = TREND_START_BEFORE.search(text, max(sentence_start, m.start - 60), m.start)
    if end_first and TREND_TO_FIRST.search(text, max(sentence_start, end_first.start() - 80), end_first.start()):
        return "from"
    return None


def trend_close(start: int, index: int, dates: MentionIndex, sentences, text: str, times: DocumentTime):
    """The year a trend from ``start`` runs to when its sentence names only the start: the
    latest later year of the sentence before in the paragraph ("fell from 98.99 million at the
    end of 2012 to 16.6 million by the end of last year. Poverty incidence dropped from 10.2
    percent in 2012 to 1.7 percent."), else the year undated figures belong to."""
    if index > 0 and not BLANK_LINE.search(text, sentences[index - 1][1], sentences[index][0]):
        later = [d.reading.year_end for d in dates.between(*sentences[index - 1])
                 if d.reading.year_end and d.reading.year_end > start and names_past_time(d, times)]
        if later:
            return (max(later), max(later)), "context"
    year = times.undated_year
    return ((year, year), "publication") if year and year > start else ((None, None), "")


def rate_of_trend(m: Mention, key: str, records: list[Record], text: str) -> tuple[int, int] | None:
    """The years of a rate that sums up the trend right before it, from its first figure's year
    to its last's: "increased from 5,193 yuan in 2012 to 10,141 yuan, an average annual increase
    of 10.3 percent" runs to the year the undated 10,141 yuan was given."""
    if key not in RATES_OVER_A_PERIOD or len(records) < 2:
        return None
    first, last = records[-2], records[-1]
    if (first.mention.sentence_start != m.sentence_start or last.mention.sentence_start != m.sentence_start
            or not RATE_AFTER_TREND.fullmatch(text, last.mention.end, m.start)
            or trend_end(first.mention, text, m.sentence_start) != "from"
            or trend_end(last.mention, text, m.sentence_start) != "to"):
        return None
    start, end = first.year_start, last.year_end
    return (start, end) if start is not None and end is not None and start < end else None


def span_of(dates: list[Mention]) -> tuple[int, int]:
    """The first and last year ``dates`` cover."""
    return min(d.reading.year_start for d in dates), max(d.reading.year_end or d.reading.year_start for d in dates)


def trend_year(end_of_trend: str, start: int, end: int) -> tuple[int, int]:
    return (start, start) if end_of_trend == "from" else (end, end)


def owned_by_other(m: Mention, date: Mention, text: str) -> bool:
    """A figure between ``m`` and ``date`` owns the date: one it is compared with stands
    right before it (``compared with 9,100 yuan in 2015``; not ``fell by 1.48 million to
    1.55 million in 2018``, where 2018 dates the whole change), or a relative clause on
    another figure holds it (``the last group on the list of 832 counties that had been
    identified in 2014``), or one in a clause set off by a comma on what the figure went
    to (``invested 320 million yuan in workshops, which had hired 1,160 residents by the end
    of 2020``), or one in a later clause set a target (``resettled 46,000 people, and plans to
    move 60,000 more by 2015``)."""
    gap = text[m.end:date.start]
    numbers = list(NUMBER_IN_GAP.finditer(gap))
    if not numbers:
        return False
    if LATER_CLAUSE.search(gap, 0, numbers[-1].start()) and is_target(date, text, m.end):
        # "resettled 46,000 people in 132 new communities, and plans to move 60,000 more by 2015"
        return True
    if RELATIVE_CLAUSE.match(gap[numbers[-1].end():]):
        return True
    relative = COMMA_RELATIVE.search(gap)
    if relative and numbers[-1].start() > relative.start():
        return True
    return dates_compared_figure(gap, numbers[-1])


def dates_compared_figure(before: str, last_number) -> bool:
    """The date ending ``before`` is that of ``last_number``, a figure something is compared
    with: ``up from 3,120 in 2019``, ``compared with more than 40 percent in 2015`` (a "more
    than" that qualifies a figure compares it with nothing: ``recruited more than 6,800
    teachers last year``)."""
    head = before[:last_number.start()]
    qualified = QUALIFYING_THAN.search(head)
    return bool(GOVERNS_AFTER.match(before[last_number.end():])) and bool(
        COMPARED.search(head, 0, qualified.start() if qualified else len(head)))


def is_compared_figures_date(date: Mention, text: str, sentence_start: int) -> bool:
    """``date`` dates a figure compared with: ``held 3,860 sessions in 2020, up from 3,120 in
    2019, and 192,000 workers took part`` (2019 is the 3,120's, not the 192,000's)."""
    before = text[sentence_start:date.start]
    # A year is no figure: "Compared with 2012, in 2021, incomes rose by 110.1% and ...".
    numbers = numbers_in(before)
    return bool(numbers) and dates_compared_figure(before, numbers[-1])


def dates_figure_compared_with(date: Mention, text: str, sentence_start: int) -> bool:
    """``date`` dates a figure a level is compared with, right before it: ``0.33 percent,
    against 10.2 percent four years earlier`` (not the start of a trend: ``from 94.22 million in
    2000 to 26.88 million in 2010``)."""
    numbers = list(NUMBER_IN_GAP.finditer(text, sentence_start, date.start))
    return bool(numbers) and bool(GOVERNS_AFTER.match(text[numbers[-1].end():date.start])) and bool(
        COMPARED_BASE.search(text, sentence_start, numbers[-1].start()))


def is_baseline(date: Mention, text: str, sentence_start: int) -> bool:
    """A year a value is compared with (``base_year``)."""
    return base_year(date.reading, text, date.start, sentence_start)


def joined_years(date: Mention, dates: list[Mention], text: str) -> tuple[int, int] | None:
    """The span of a year and the years joined to it by "and" or commas (``in 2017, 2018
    and 2019``), ``dates`` in text order."""
    def one_year(d: Mention) -> bool:
        return bool(d.reading.year_start) and d.reading.year_start == d.reading.year_end and bool(DIGIT.search(d.text))
    if not one_year(date):
        return None
    run = next(run for run in series([d for d in dates if one_year(d)], text, YEARS_JOINED) if date in run)
    return (run[0].reading.year_start, run[-1].reading.year_end) if len(run) > 1 else None


def title_period(date: Mention, text: str) -> bool:
    """``Outline for ... Rural Areas (2011-2020)``: a title's own period, no figure's time."""
    return bool(TITLE_PERIOD.search(text, max(date.sentence_start, date.start - 40), date.start))


def restates(date: Mention, dates: list[Mention], text: str) -> bool:
    """``Since the beginning of the 13th Five-Year Plan period (2016-2020)``: a period in
    brackets right after another date spells that one out; the date before governs."""
    return any(other.end <= date.start and OPEN_BRACKET_GAP.fullmatch(text, other.end, date.start)
               for other in dates)


def quoted(date: Mention, text: str, sentence_start: int) -> bool:
    """``date`` stands inside quotation marks opened in its sentence, a name's part (not
    a quoted speech, which opens the sentence)."""
    before = text[sentence_start:date.start]
    return (not before.lstrip().startswith(("\u201c", '"'))
            and (before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1))


def record_span(date: Mention, text: str, sentence_start: int) -> bool:
    """``the biggest growth in the last five years``, ``the highest year since 1958``: the
    span a record is measured over, no figure's time."""
    return (date.reading.year_start != date.reading.year_end
            and bool(RECORD_SPAN.search(text, max(sentence_start, date.start - 60), date.start)))


def price_base(date: Mention, text: str) -> bool:
    """``at 2010 prices``, ``as constant with 2010 prices``: a year that values money."""
    return bool(PRICE_BASE.match(text, date.end))


def said_on(date: Mention, text: str, floor: int) -> bool:
    """The words before ``date``, from ``floor`` on, make it the day a statement was made ("the
    district government said on Thursday"), never a figure's."""
    return bool(STATEMENT_DAY.search(text, max(floor, date.start - STATEMENT_REACH), date.start))


def birth_date(date: Mention, text: str) -> bool:
    """``Born in 1999, she used to earn ...``: when someone was born dates none of their figures."""
    return bool(BORN_BEFORE.search(text, max(date.sentence_start, date.start - BORN_REACH), date.start))


def files_story(date: Mention, text: str, published: str) -> bool:
    """A dateline's date dates the bulletin, not its figures: ``GUIYANG, March 5 --``, or
    the publication day itself opening a line (``date 2019-02-06 25 counties ...``)."""
    if (DATELINE_DATE.match(text, date.end) and date.start - date.sentence_start <= DATELINE_REACH
            and not date.text.isdigit()):
        # Not a year a dash follows in running text: "to 34.93 billion yuan in 2010 – an average ...".
        return True
    return len(published) == 10 and date.reading.date == published and bool(
        OPENING.fullmatch(text, date.sentence_start, date.start))
