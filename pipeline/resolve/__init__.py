"""Resolve: one indicator record per measuring MONEY, PERCENT or COUNT mention.

What is measured comes from cue words of ``patterns/indicators.jsonl`` near the value;
when comes from a DATE governing the value in its sentence, else from a period opening
one of the sentences before, else from a plan the lead announces, else from the
publication date (a headline figure takes the years of the same figure in the body);
where comes from the value's own phrase (``nationwide``, ``640 of them`` after a figure),
else the places named in the sentence (``the province`` counting as a place), else a
national reference, else the places of things it counts again (``these nine counties``),
else a place named just before, else the document's main place, else China; aid lands
at the receiver a giver is paired with. The linguistic cues of these choices are the
regexes of ``patterns/resolve_cues.jsonl``.

One module a question: ``what.py`` (indicator key and measure), ``when.py`` (years and
``time_basis``), ``where.py`` (place); ``cues.py`` loads the cues they share.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from ..annotate.normalize import converts
from ..model import Bulletin, Mention, Record
from ..patterns import PATTERNS_DIR
from ..validate import field_range, within
from .cues import (CHINA, VALUE_TYPES, MentionIndex, in_caption, respective, respective_figures, respective_year,
                   yearly_series, years_of)
from .what import IndicatorReader, measures
from .when import (DocumentTime, announced_plan, birth_date, date_headline, files_story, lead_sentence, only_year,
                   rate_of_trend, reference_year, time_of)
from .where import (RECENT_SENTENCES, PlaceFinder, abroad, aid_receivers, describes_province, document_place,
                    general_rule, international_line, is_dateline, named_aside, national_actors, national_before,
                    national_line, national_reference, national_value, other_continent, paragraph_of, part_place,
                    provinces_spanned, referent_place, respective_region, world_figure)


RECORD_YEARS = field_range("indicators", "year_start")


class Resolver:
    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.what = IndicatorReader(patterns_dir)
        self.where = PlaceFinder(patterns_dir)

    def resolve(self, bulletin: Bulletin, mentions: list[Mention],
                sentences: list[tuple[int, int]]) -> list[Record]:
        text = bulletin.text
        # Answers cached for one document's sentences and places are dropped for the next.
        self.what.sentence_cues.clear()
        named_aside.cache_clear()
        dates = MentionIndex([m for m in mentions if m.type == "DATE" and not files_story(m, text, bulletin.published)
                              and not birth_date(m, text)])
        named = MentionIndex(national_actors([m for m in mentions if m.type == "PLACE" and not is_dateline(m, text)
                                              and not describes_province(m, text)], text))
        counts = MentionIndex([m for m in mentions if m.type == "COUNT"])
        values = MentionIndex([m for m in mentions if m.type in VALUE_TYPES])
        # A photo's caption on the first line is no title.
        title_end = sentences[0][1] if sentences and not in_caption(sentences[0][0], text) else 0
        # A dateline or an edition is a place mention too, though it names no subject.
        title_names = self.where.named_in_title(text[:title_end], [m for m in mentions if m.type == "PLACE"])
        main_place = document_place(named.mentions, title_end, text, title_names)
        receivers = aid_receivers(named, text)
        pointers = self.where.pointers(bulletin.doc_id, text, named, main_place, sentences)
        places = MentionIndex(sorted(named.mentions + pointers, key=lambda p: p.start))
        if main_place == CHINA and pointers:
            # "Guangxi ... The southern autonomous region ... the region": the place the text
            # keeps pointing back to outweighs the country it names in passing.
            main_place = document_place(places.mentions, title_end, text, title_names)
        lead = lead_sentence(text, sentences)
        undated_only = None if bulletin.published else only_year(lead, dates, sentences, text)
        times = announced_plan(lead, dates, sentences, text,
                               DocumentTime(reference_year(bulletin, dates.mentions), bulletin.publication_year,
                                            only_year=undated_only))
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
            key, measure = self.what(m, text, records)
            if key == "other" and not measures(m, text):
                continue
            # "1.7 percent and 0.6 percent in 2018 and 2019 respectively"
            figures = respective_figures(m, values, text)
            paired = respective(m, figures, dates, text)
            each_year = respective_year(m, figures or yearly_series(m, values, text), dates) if paired is None else None
            over_trend = rate_of_trend(m, key, records, text)
            years, basis = ((years_of(paired), "explicit") if paired is not None and paired.reading.year_end
                            else (each_year, "explicit") if each_year
                            else (over_trend, "explicit") if over_trend
                            else time_of(m, key, dates, sentence, sentences, starts, text, times))
            if not within(years, RECORD_YEARS):
                # "3 million people starved in 1943": a year before the tables' range dates nothing.
                years, basis = (None, None), ""
            index = bisect_right(starts, m.start) - 1
            back = sentences[max(0, index - RECENT_SENTENCES)][0] if index >= 0 else 0
            elsewhere = (international_line(m, key, places, text) or world_figure(m, places, text) or abroad(m, text)
                         or other_continent(m, places, text))
            place = None if elsewhere else (
                national_value(m, text)
                or provinces_spanned(m, places, sentence, text)
                or national_line(m, key, places, text)
                or general_rule(m, places, text)
                or getattr(respective(m, figures, places, text), "reading", None)
                or respective_region(m, figures, places)
                or part_place(m, records, places, text)
                or self.where.place(m, places, sentence, text, main_place)
                or national_reference(m, places, sentence, text)
                or referent_place(sentence, counts, records, text)
                or self.where.recent_place(m, places, min(back, paragraph_start.get(paragraphs[index], 0)), text)
                or self.where.story_place(m, places, text, main_place)
                or national_before(records, back)
                or main_place)
            if not elsewhere:
                home_from = paragraph_start.get(paragraphs[index] - 1, 0) if index >= 0 else 0
                place = self.where.received_place(m, key, place, receivers, places, sentence, text, home_from)
            records.append(Record(m, key, measure, years[0], years[1], basis, place))
        return date_headline(records, sentences[lead][0]) if lead is not None else records


def is_conversion(m: Mention, previous: Mention, text: str) -> bool:
    return m.type == previous.type == "MONEY" and converts(text, previous.end, m.start)
