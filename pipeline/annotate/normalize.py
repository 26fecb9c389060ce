"""``policy_normalizer``: read each mention's value into ``span._.norm``.

The text is never rewritten: values come from the rule's named groups and the words
around the span (qualifiers before it, rates and counted nouns after it), and relative
dates from the publication date in ``doc._.published``. A mention that cannot be read
is dropped and counted by reason.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import regex
from dateutil.parser import parserinfo
from number_parser import parse_ordinal
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import PlaceReading, QuantityReading, TimeReading
from ..patterns import PATTERNS_DIR, load_cues, load_lines
from ..places import places_of
from ..segment import sentence_at
from ..validate import field_range, within
from .mentions import MENTIONS
from .numbers import DIGITS, normalize
from .places import countries
from .ruler import count_dropped
from .vocab import STOP_WORDS, WORD, Vocabulary, phrase_key, singular, vocabulary

if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default="")

WINDOW = 40
NOUN_WINDOW = 80  # characters after a count that may hold its noun phrase (NOUN_REACH words)
MONTHS = parserinfo()
UNDATED = TimeReading()
DURATION_UNITS = {"year", "month", "day", "week", "hour", "minute", "decade"}
TIME_RATES = {"year", "month", "day", "week"}
HALF_AFTER = regex.compile(r"\s+and\s+a\s+half\s*$", regex.I)  # two and a half (years ago)
# ``3,000 yuan ($464.76) per month``: the rate after a bracketed conversion is the amount's too.
CONVERSION_AHEAD = regex.compile(r"^\s*\([^()\n]{1,40}\)")
# Between an amount and its conversion: ``2,300 yuan (US$340)``, ``2,300 yuan a year (US$340)``.
OPEN_BRACKET = regex.compile(r"\s*(?:(?:a|per|each)\s+(?:year|month|week|day|person|capita|household)\s*)?"
                             r"\(\s*(?:about|around|or|approximately|roughly)?\s*")
OF_COUNT = regex.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?(?:[A-Za-z][\w-]*['\u2019]s\s+)?[\d,.]+"
                      r"(?:\s+(?:million|billion|thousand))?\s+", regex.I)
OF_NOUN = regex.compile(r"\s+of\s+(?:the|its|their|these|those|our|(?-i:[A-Z][\w-]*)['\u2019]s)\s+", regex.I)
# ``3,000 and 4,500 poor households``: a figure in a series shares the noun of the next one.
SHARED_NOUN_AHEAD = regex.compile(r"\s*(?:,\s*)?(?:and|or|to)\s+(?:(?:about|nearly|over|more\s+than|some)\s+)?"
                                  r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+", regex.I)
# ``213 of them``: a count of a group the sentence named before.
OF_PRONOUN = regex.compile(r"\s+(?:out\s+)?of\s+(?:them|these|those)\b", regex.I)
# Between two places of one list: ``Beijing, Tianjin and Hebei``.
LISTED_AFTER = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# What locates a place in the next one: ``Yinguang village in southwest China's Guizhou``,
# ``Dazhai village of Tanchang county``, ``Shibadong Village, Huayuan County``.
LOCATED_BY = regex.compile(r"\s*,\s*|\s+(?:in|of)\s+(?:the\s+)?")
POSSESSIVE = regex.compile(r"['\u2019]s\s+")  # "southwest China's Guizhou"
# A month named without a year, later in the year than the publication, is last year's
# unless the sentence looks ahead (``will``, ``by the end of October``).
BARE_MONTH_RULES = ("month_alone", "month_day", "month_edge")
TARGET_BEFORE = regex.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", regex.I)
FUTURE = regex.compile(r"\b(?:will|shall|plans?\s+to|aims?\s+to|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to)\b",
                       regex.I)
YEARS_SINCE = regex.compile(r"\b(?P<n>[a-z]+|\d{1,2})\s+years\s+$", regex.I)  # "the eight years [since 2012]"
THIS_YEAR = regex.compile(r"\b(?:this|the)\s+year\b", regex.I)
# A noun said of every member of a group: ``every girl of school age`` speaks of girls.
EVERY_NOUN = regex.compile(r"\b(?:every|each|all)\s+(?:[a-z-]+\s+)?$", regex.I)
# A statistical line's label before the figure: "3. Registered poor people who left poverty: 181,000".
LABEL = regex.compile(r"\s*(?:\d{1,2}[.)]\s+)?(?P<label>[A-Z][^:\n]{2,120}):\s*")
NUMBER_OF = regex.compile(r"\bnumber\s+of\s+(?:(?:such|these|those|the|all|its|their)\s+)?", regex.I)
ENDS_IN_BRACKET = regex.compile(r"(?P<before>[^()\n]*)\(\s*(?:about|around|approximately|roughly|some|nearly|over|more\s+than)?\s*$", regex.I)
# ``5,000 people or more``: the one or two words of a noun between a figure and its qualifier.
NOUN_BEFORE_QUALIFIER = regex.compile(r"\s+(?:[A-Za-z][\w'-]*\s+){1,2}(?=(?:or|and)\s)")
PHRASE_END = regex.compile(r"\s*(?:$|[.,;:)!?])")
# ``a family of four``, ``a team of 12``: a group's size counts its members.
COLLECTIVE_OF = regex.compile(r"\b(?:family|household|couple|team|group|delegation|crew|class)\s+of\s+$", regex.I)
# A preposition before a count: the count is no subject a later figure may leave implied.
GOVERNED = regex.compile(r"\b(?:from|into|to|in|of|for|with|by|among|at|on|across|between|than)\s+"
                         r"(?:(?:the|its|their|some|about|nearly|almost|around|roughly|more\s+than|less\s+than)\s+)*$", regex.I)
RATE_BASE_AFTER = regex.compile(r"\s*per\s+\d", regex.I)
# ``3 yuan a day, raised to 4 yuan``: a second amount the sentence moves the first to or
# from, said without its rate; the gap holds no figure and no clause end. ``increased to 6,690
# yuan ($1,080) last year from 3,543 yuan``: the verb stands before the first amount, and the
# gap names the move's other end.
MOVE_VERB = (r"(?:raised|rose|risen|increased|grew|grown|climbed|jumped|lifted|went\s+up|gone\s+up|"
             r"fell|fallen|dropped|declined|decreased|reduced|lowered|cut|went\s+down)")
YEAR_IN_GAP = r"(?<!\d)(?:19|20)\d\d(?!\d)"  # "from 1,277 yuan in 2001 to 3,273 yuan": a year between two ends
ELLIPTICAL_MOVE = regex.compile(
    rf"\)?(?:[^\d.;:!?\n]|{YEAR_IN_GAP}){{0,60}}?\b(?:{MOVE_VERB}\s+(?:to|from)|up\s+from|down\s+from)\s+(?:[a-z]+\s+){{0,2}}",
    regex.I)
MOVED_TO = regex.compile(rf"\b{MOVE_VERB}\s+(?:to|from)\s+(?:[a-z]+\s+){{0,2}}$", regex.I)
OTHER_END = regex.compile(rf"\)?(?:[^\d.;:!?\n]|{YEAR_IN_GAP}){{0,60}}?\b(?:from|to)\s+(?:[a-z]+\s+){{0,2}}", regex.I)
# ``Last year it reached 16,580 yuan``: a sentence whose subject is ``it`` speaks of the
# amount of the sentence before.
IT_SUBJECT = regex.compile(r"\W*(?:(?:last|this|next)\s+(?:year|month|quarter)|in\s+\d{4}|now|since\s+then)?"
                           r"\s*,?\s*it\s+[^\d;:]*$", regex.I)
# The key under which the normaliser keeps the last amount that is no conversion of another.
MAIN_MONEY = "MONEY main"
FIGURE_LABELS = ("MONEY", "PERCENT", "COUNT")
# Words between a figure and its own date, and words before a figure compared with.
_CUES = load_cues()
GOVERNS_AFTER, COMPARED_BASE, BASELINE = _CUES["governs_after"], _CUES["compared_base"], _CUES["baseline"]
STATEMENT_DAY = _CUES["statement_day"]
GROUPED_NUMBER = regex.compile(r"(\d{1,3})(?:,\d{3})+")  # "40,000": its leading group and thousands groups
# ``Every one of the 180 villages earned 100,000 yuan``, ``41 of them topped 1 million yuan``:
# a subject said of each member of a group, whose amount each member reaches.
EVERY_ONE_OF = regex.compile(r"(?:^|[-\u2014]\s|\W)(?:every|each)\s+(?:one\s+)?of\s+(?:the|its|their|these|those)\s+"
                             r"(?P<rest>[^;:]*)$", regex.I)
# ``each bag earns me about two yuan``: an amount said of each single thing.
EACH_EARNS = regex.compile(r"\b(?:each|every)\s+(?P<noun>[a-z]+)\s+(?:earns|earned|brings|brought|yields|yielded|"
                           r"fetches|fetched|makes|made)\s+(?:(?:me|us|him|her|them|it)\s+)?"
                           r"(?:(?:more|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+)?$", regex.I)
MEMBERS_REACHED = regex.compile(r"(?P<n>[\d,.]+)\s+of\s+(?:them|these|those)\s+(?:each\s+)?"
                                r"(?:earned|earns|earn|topped|tops|exceeded|exceeds|passed|passes|surpassed)\s+"
                                r"(?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+)?$", regex.I)
# ``a population of 175,000``; ``the poor population has been reduced to 1.85 million``,
# ``the rural poor (in the province) fell from 94.22 million``: a population, the subject of a change, counts
# people; ``the poor`` only as the subject of a verb (``the poor villages fell from 300``).
POPULATION_CHANGED = (r"(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:been\s+|be\s+)?"
                      r"(?:reduced|cut|lowered|brought\s+down|dropped|fallen|fell|declined|decreased|"
                      r"shrunk|shrank|risen|rose|increased|grown|grew|climbed|expanded)\s+")
# "reduced the poverty-stricken people by 980,000": a change of people by a bare count.
PEOPLE_BY = regex.compile(r"\b(?:people|persons|residents|villagers|farmers|herders|poor|population)\s+by\s+"
                          r"(?:(?:about|around|nearly|over|some|almost|more\s+than)\s+)?$", regex.I)
# A population the clause is about, no other figure between (years may be): "the rural poor
# population in the eastern region was 470,000"; "the poor population decreased by a total of
# 93.48 million"; "Rural population lifted out of poverty from 2011 to 2015 totaling 109.92 million".
POPULATION_SUBJECT = regex.compile(r"\b(?:population|populace)\b(?:\b(?:19|20)\d\d\b|(?![\d;:])[^.]|\.(?=\d)){0,150}$",
                                   regex.I)
# People a sentence naming no figure before (years aside) is about: "the total scale of employment for
# poverty-stricken people reached 32.953 million", "By the end of 2024, employment in poverty-stricken
# areas reached 33.05 million" (not "2,600 shops run by local people, up from 300").
PEOPLE_SUBJECT = regex.compile(r"^(?:[^\d]|\b(?:19|20)\d\d\b)*\b(?:people|labou?r\s+force|employment)\b"
                               r"[^\d;:.]{0,80}$", regex.I)
POPULATION_OF = regex.compile(rf"(?:(?:\b(?:population|populace)\s+(?:(?:\w+\s+){{0,2}}|{POPULATION_CHANGED})"
                              rf"|\bthe\s+(?:[a-z]+\s+)?poor\s+(?:in\s+(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?{POPULATION_CHANGED})"
                              r"(?:of|at|was|is|to|from|by|(?:more|less|fewer)\s+than|under|below|over)\s+"
                              r"|\b(?:population|populace|the\s+(?:[a-z]+\s+)?poor)\s+(?:numbered|totall?ed)\s+)"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", regex.I)


class UnreadablePeriod(ValueError):
    """A period's length in words the number reader cannot read."""


@Language.factory("policy_normalizer", default_config={"patterns_dir": None}, assigns=["span._.norm"])
def make_normalizer(nlp: Language, name: str, patterns_dir: str | None):
    return Normalizer(Path(patterns_dir) if patterns_dir else PATTERNS_DIR)


class Normalizer:
    def __init__(self, patterns_dir: Path):
        self.vocab: Vocabulary = vocabulary(patterns_dir)
        self.places = places_of(patterns_dir)
        self.countries = countries(patterns_dir)
        self.stop_names = frozenset(load_lines(patterns_dir / "place_stopwords.txt"))

    def __call__(self, doc: Doc) -> Doc:
        pub = doc._.published or ""
        text = doc._.text
        kept, (context_codes, main_province) = [], self.place_context(doc)
        previous: dict[str, Span] = {}  # the last mention read of each label
        counts: list[Span] = []  # the counts read so far, for a noun a count only implies
        named_province = named_local = ("", None)  # of the last place (county or prefecture) named, with its sentence
        previous_place: Span | None = None
        local_provinces: Counter = Counter()  # provinces of the prefectures and counties named so far
        # The last dated period: what "the previous year", "that period" refer to; the day
        # a statement was made ("said on Monday") is not what the text speaks of. The year
        # "that year", "at year end" refer to is not a comparison base ("down from 331,000
        # at the end of 2017") nor the open end of "since 2016".
        named = year_named = UNDATED
        periods: list[TimeReading] = []  # the periods of several years named so far
        counted: list[TimeReading] = []  # those named by their length: "the past five years"
        # The time a statement is about, what "a year earlier" counts from: the latest year
        # its sentence names before it, else the latest the last sentence naming one named.
        # A comparison base ("against 10.2 percent four years earlier") is no such time.
        told: tuple[tuple[int, int], int | None] = ((-1, -1), None)  # (sentence, latest year)
        told_before: int | None = None
        sentence_years: dict[tuple[int, int], int] = {}  # the first year in digits each sentence names
        spans: list[TimeReading] = []  # the periods from a sentence's first year to a later one it names
        span_sentence = None  # the sentence of the last of them
        period_sentence = named_sentence = None  # the sentences of the last period and the last date named
        for span in doc.spans.get(MENTIONS, []):
            label = span.label_
            if label == "DATE":
                sentence = sentence_at(doc, span.start_char)
                if told[0] != sentence:
                    told_before, told = told[1] or told_before, (sentence, None)
                try:
                    reading = self.read_date(span, pub, named, periods, counted, told[1] or told_before, year_named,
                                             spans, span_sentence == sentence, period_sentence == named_sentence,
                                             span_sentence == named_sentence)
                except UnreadablePeriod:
                    reading = "unreadable_period_length"
                if isinstance(reading, TimeReading) and not within((reading.year_start, reading.year_end), DATE_YEARS):
                    # "over the next 50 years" from 2024: a time the tables cannot hold is left undated.
                    reading = UNDATED
                # The day a statement was made ("the NBS said September 3") is no time the text
                # speaks of, for "the same period" or "that year" to point back to.
                if (isinstance(reading, TimeReading) and reading.year_end
                        and not span._.rule.group("back_period") and not span._.rule.group("said_on")
                        and not STATEMENT_DAY.search(text, max(0, span.start_char - 60), span.start_char)):
                    figure = last_figure(previous)
                    # "2,988 yuan, 8.69% up over 2008. ... completed that year": not 2008; "rose 6.1
                    # percent from the previous year. During the period, ...": nor the period.
                    compared = (figure is not None and figure.start_char >= sentence[0]
                                and base_year(reading, text, span.start_char, sentence[0]))
                    if not compared or named is UNDATED:
                        named, named_sentence = reading, sentence
                    if not looks_back(span) and not dates_compared_figure(span, text, figure):
                        year = reading.year_start if since_when(span) else reading.year_end
                        told = (sentence, max(told[1] or year, year))
                        if not since_when(span) and not compared:
                            year_named = reading
                    if reading.year_start and reading.year_start < reading.year_end:
                        periods.append(reading)
                        period_sentence = sentence
                        if any(span._.rule.group(g) for g in COUNTED_PERIOD_GROUPS):
                            counted.append(reading)
                    elif reading.year_start and span._.rule.group("y"):
                        # "from 12.75 billion yuan in 2001 to 34.93 billion yuan in 2010 ... over
                        # these 10 years": two years a sentence names span a period too, in
                        # either order ("16.6 million in 2018 from 99 million in 2012").
                        first = sentence_years.get(sentence)
                        if first is not None and first != reading.year_start:
                            spans.append(TimeReading(min(first, reading.year_start), max(first, reading.year_start)))
                            span_sentence = sentence
                        sentence_years.setdefault(sentence, reading.year_start)
            elif label == "PLACE":
                # A village or township lies in the province of the county or prefecture
                # named before it in its sentence, else of the place named last there
                # ("In Ongniud Banner, Beijing aid built a cooperative in Wudan Town": Inner
                # Mongolia), else in the one most of the prefectures and counties named so
                # far lie in (a partner province is named, its towns seldom), else in the
                # one the bulletin names most.
                sentence = sentence_at(doc, span.start_char)
                local = local_provinces.most_common(1)[0][0] if local_provinces else ""
                province = (named_local[0] if named_local[1] == sentence else named_province[0]
                            if named_province[1] == sentence else local or main_province)
                # Listed after a province (``Tianjin and Hebei``), a name is a province too;
                # after a smaller place the comma may mean "in" (``KANGBAO, Hebei``).
                listed_with = ("province" if previous_place is not None
                               and getattr(previous_place._.norm, "level", "") == "province"
                               and LISTED_AFTER.fullmatch(text, previous_place.end_char, span.start_char) else "")
                reading = self.read_place(span, context_codes, province or named_province[0], listed_with)
                previous_place = span
                if getattr(reading, "province", ""):
                    named_province = (reading.province, sentence)
                    if reading.level in ("prefecture", "county") and reading.code:
                        local_provinces[reading.province] += 1
                        named_local = named_province
            else:
                reading = self.read_quantity(span, text, previous, counts)
            if isinstance(reading, str):
                count_dropped(doc, reading)
                continue
            span._.norm = reading
            kept.append(span)
            if label == "MONEY" and not (previous.get("MONEY") is not None
                                         and converts(text, previous["MONEY"].end_char, span.start_char)):
                previous[MAIN_MONEY] = span
            previous[label] = span
            if label == "COUNT":
                counts.append(span)
        locate_unlisted(kept, text)
        doc.spans[MENTIONS] = kept
        return doc

    # -- quantities ---------------------------------------------------------------------

    def read_quantity(self, span: Span, text: str, previous: dict[str, Span], counts: list[Span]):
        rule = span._.rule
        numbers = self.vocab.numbers
        before = text[max(0, span.start_char - WINDOW):span.start_char]
        if rule.group("share"):
            # "accounting for close to three-quarters of ...": a share said as a fraction.
            return QuantityReading(value=numbers.share(rule.group("share")), unit="percent",
                                   qualifier=self.vocab.qualifiers.ending(before) or "exact")
        value = numbers.parse(rule.group("amount"))
        if value is None:
            return f"unreadable_number:{span.label_}"
        high = numbers.parse(rule.group("high")) if rule.group("high") else None
        if high is not None:
            value = carry_scale(value, high, rule.group("amount"), rule.group("high"), numbers)
            if rule.group("alt") and high <= value:
                return "alternatives_not_a_range"  # ``three or two``: two choices, not a range
            if high <= value:
                high = None
        if rule.group("next"):
            # "from 1.5 to 2 billion yuan": the change's first amount
            value = carry_scale(value, numbers.parse(rule.group("next")), rule.group("amount"), rule.group("next"),
                                numbers)
        if rule.group("sign"):
            value, high = -value, (-high if high is not None else None)
        after = text[span.end_char:span.end_char + NOUN_WINDOW]
        # ``6,000 or so will move``, ``9,000-plus villages``: a qualifier after the figure.
        trailing = self.vocab.trailing_qualifiers.after.match(after)
        if trailing:
            after = after[trailing.end():]
        else:
            trailing = self.qualifier_after_noun(after)
        # ``50,000-plus yuan``: a qualifier inside the amount.
        qualifier = ("approx" if rule.group("about") else "over" if rule.group("plus")
                     else self.vocab.qualifiers.ending(before)
                     or (self.vocab.trailing_qualifiers.value_of(trailing.group("p")) if trailing else "") or "exact")
        per = self.vocab.rates.starting(CONVERSION_AHEAD.sub("", after, count=1))
        head = text[sentence_at(span.doc, span.start_char)[0]:span.start_char]
        if span.label_ == "MONEY":
            per = (per or self.carried_rate(span, text, previous) or self.vocab.leading_rates.leading(head)
                   or self.member_rate(head, counts))
        if span.label_ != "PERCENT":
            per = (per or self.vocab.distributed_over(after) or self.vocab.later_rates.later(after)
                   or self.opening_rate(head))
        if span.label_ == "MONEY":
            if rule.rule_id == "money_ellipsis":
                # "41.6 billion yuan ($6.5 billion) in 2007 to 168.9 billion": the first amount's currency.
                unit, factor = (previous.get(MAIN_MONEY) or previous["MONEY"])._.norm.unit, Decimal(1)
            else:
                unit, factor = self.vocab.currency(rule.group("cur"))
            if not unit:
                unit, factor = self.vocab.currency(rule.group("cur2"))
            if rule.group("scale2"):
                factor *= numbers.parse("1 " + rule.group("scale2"))
            value, high = normalize(value * factor), (normalize(high * factor) if high is not None else None)
            money = previous.get("MONEY")
            if money is not None and converts(text, money.end_char, span.start_char):
                qualifier = money._.norm.qualifier if qualifier == "exact" else qualifier
                per = per or money._.norm.per
        elif span.label_ == "PERCENT":
            unit = "percentage_point" if "point" in rule.group("pct").lower() else "percent"
            if rule.rule_id == "percent_ellipsis" and "PERCENT" in previous:
                unit = previous["PERCENT"]._.norm.unit
            # ``grew 11.7 percent a year on average``: only a time rate said right after the
            # figure, not ``4.5 percent a year earlier``.
            per = per if per in TIME_RATES and self.vocab.rates.closed_after(after) else ""
        else:
            unit = self.vocab.counted_noun(after)
            if not unit and RATE_BASE_AFTER.match(after):
                # ``the mortality rate fell from 24.5 per 100,000``: the rate counts what its
                # noun names, said before the figure.
                unit = self.vocab.noun_before(head)
            if COLLECTIVE_OF.search(before) and not self.vocab.lookup_noun(unit):
                unit = "person"  # a family of four: its members
            if not unit and value == 1 and high is None and not DIGITS.search(span.text):
                return "one_without_noun"
            unit = unit or self.implied_noun(span, text, counts)
            if unit in DURATION_UNITS:
                return "duration"
        return QuantityReading(value=value, value_high=high, unit=unit, qualifier=qualifier, per=per)

    def carried_rate(self, span: Span, text: str, previous: dict[str, Span]) -> str:
        """The rate of the amount a move starts from or goes to, for its other end said
        without one (``raised 3 yuan a day to 4 yuan``, ``increased to 6,690 yuan ($1,080)
        last year from 3,543 yuan``); the gap is read from the last amount, a conversion
        of the first included, and the rate is the first amount's. An amount whose sentence
        has ``it`` for subject takes the rate of the sentence before (``Per capita income
        was 3,000 yuan. Last year it reached 16,580 yuan``)."""
        money, main = previous.get("MONEY"), previous.get(MAIN_MONEY)
        if money is None or main is None or not main._.norm.per or converts(text, money.end_char, span.start_char):
            return ""
        here = sentence_at(span.doc, span.start_char)
        if (IT_SUBJECT.match(text, here[0], span.start_char) and here[0]
                and sentence_at(span.doc, here[0] - 1) == sentence_at(span.doc, main.start_char)):
            return main._.norm.per
        if ELLIPTICAL_MOVE.fullmatch(text, money.end_char, span.start_char) or (
                OTHER_END.fullmatch(text, money.end_char, span.start_char)
                and MOVED_TO.search(text, max(0, main.start_char - 60), main.start_char)):
            return main._.norm.per
        return ""

    def member_rate(self, head: str, counts: list[Span]) -> str:
        """The member an amount is said of when the clause's subject names each member of
        a group (``Every one of the 180 villages earned``, ``41 of them topped``, ``each bag
        earns me``)."""
        every = EVERY_ONE_OF.search(head)
        if every:
            rest = regex.sub(r"^[\d,.]+\s+", "", every.group("rest"))
            noun = self.vocab.counted_noun(rest)
            if noun and noun not in DURATION_UNITS:
                return noun
        each = EACH_EARNS.search(head)
        if each:
            noun = each.group("noun").lower()
            return self.vocab.lookup_noun(noun) or noun
        members = MEMBERS_REACHED.search(head)
        if members and counts and counts[-1].text == members.group("n"):
            return counts[-1]._.norm.unit
        return ""

    def qualifier_after_noun(self, after: str) -> regex.Match | None:
        """A qualifier that closes the figure's noun phrase: ``5,000 people or more.``"""
        noun = NOUN_BEFORE_QUALIFIER.match(after)
        if not noun or any(w.lower() in STOP_WORDS for w in noun.group().split()):
            return None
        rest = after[noun.end():]
        trailing = self.vocab.trailing_qualifiers.after.match(rest)
        return trailing if trailing and PHRASE_END.match(rest, trailing.end()) else None

    def opening_rate(self, head: str) -> str:
        """A rate that opens the sentence and so rates every figure in it: ``Every year,
        200-300 students enroll``; not ``Each year's budget``."""
        opening = self.vocab.opening_rates.after.match(head)
        if not opening or head[opening.end():opening.end() + 1] in "'\u2019" or ";" in head[opening.end():]:
            return ""
        return self.vocab.opening_rates.value_of(opening.group("p"))

    def implied_noun(self, span: Span, text: str, counts: list[Span]) -> str:
        """The noun of a count that names none after it: the next figure's in a series
        (``1.48 million and 1.1 million people``, ``3,000 and 4,500 poor households``),
        ``67 out of 75 counties``,
        ``the number of poor people fell from 860,000``, ``a population of 175,000``,
        ``2,592 cadres were sent ... and 3,610 were sent``, ``all 42 of its counties``;
        ``Nearly 300,000 relocated`` (people, by the verb); ``Poor villages removed from the
        list: 2,100`` (a line's label); the count before it in this
        sentence, else the subject count of the sentence before, the one no preposition
        governs (``95,600 people from 26,300 households moved into 67 new communities. The
        last 6,000 will move``: people)."""
        start, end = span.start_char, span.end_char
        shared = SHARED_NOUN_AHEAD.match(text, end)
        noun = self.vocab.counted_noun(text[shared.end():shared.end() + NOUN_WINDOW]) if shared else ""
        if noun:
            return noun
        of_count = OF_COUNT.match(text, end) or OF_NOUN.match(text, end)
        noun = self.vocab.counted_noun(text[of_count.end():end + NOUN_WINDOW]) if of_count else ""
        if noun:
            return noun
        sentence_head = text[sentence_at(span.doc, start)[0]:start]
        number_of = list(NUMBER_OF.finditer(sentence_head))
        if number_of:
            noun = self.vocab.counted_noun(sentence_head[number_of[-1].end():])
            if noun:
                return noun
        label = LABEL.fullmatch(text[text.rfind("\n", 0, start) + 1:start])
        noun = self.vocab.label_noun(label.group("label")) if label else ""
        if noun:
            return noun
        if (POPULATION_OF.search(sentence_head[-60:]) or POPULATION_SUBJECT.search(sentence_head[-160:])
                or PEOPLE_BY.search(sentence_head[-60:]) or PEOPLE_SUBJECT.search(sentence_head)
                or self.vocab.people_verb.match(text, end)):
            return "person"
        bracketed = ENDS_IN_BRACKET.search(sentence_head)
        noun = self.vocab.noun_before(bracketed.group("before")) if bracketed else ""
        if noun:
            return noun
        here = sentence_at(span.doc, start)
        previous = sentence_at(span.doc, here[0] - 1) if here[0] else here
        before = []
        for count in reversed(counts):
            there = sentence_at(span.doc, count.start_char)
            if there == here:
                return count._.norm.unit
            if there != previous:
                break
            before.append(count)
        if OF_PRONOUN.match(text, end):
            noun = self.group_named(sentence_head)
            if noun:
                return noun
            # "Over 604,000 farmers ... had secured jobs. These jobs generated 4.54 billion yuan. A
            # total of 77,289 of them found jobs ...": the group counted in the sentences just before.
            if not before:
                earlier = sentence_at(span.doc, previous[0] - 1) if previous[0] else previous
                group = next((c for c in reversed(counts) if c.start_char >= earlier[0] and c._.norm.unit), None)
                if group is not None:
                    return group._.norm.unit
        subjects = [c for c in before if not GOVERNED.search(text, max(0, c.start_char - 40), c.start_char)]
        return (subjects or before)[0]._.norm.unit if before else ""

    def group_named(self, head: str) -> str:
        """The unit of the nearest group of countable things the words before a pronoun
        name, a plural noun or one said of every member (``every girl ..., and 213 of
        them``); not a span of time (``Ten years ago``)."""
        for m in reversed(list(WORD.finditer(head))):
            word = m.group().lower()
            unit = self.vocab.lookup_noun(word)
            if unit and unit not in DURATION_UNITS and (singular(word) or EVERY_NOUN.search(head, 0, m.start())):
                return unit
        return ""

    # -- dates --------------------------------------------------------------------------

    def period_length(self, words: str, unit: int = 1) -> int:
        """The whole years (months) a period counted in words reaches into: ``two and a
        half`` (years ago, years past) -> 3; counted in decades (``unit`` 10) -> 25."""
        whole, half = HALF_AFTER.subn("", words)
        value = self.vocab.numbers.parse(whole)
        if value is None:
            raise UnreadablePeriod(words)
        return int(value) * unit + half * -(-unit // 2)

    def read_date(self, span: Span, pub: str, named: TimeReading = UNDATED, periods: Sequence[TimeReading] = (),
                  counted: Sequence[TimeReading] = (), told: int | None = None, year_named: TimeReading = UNDATED,
                  spans: Sequence[TimeReading] = (), span_here: bool = False, period_with_named: bool = False,
                  span_with_named: bool = False):
        """``named`` is the date the text named last, ``periods`` the periods of several
        years it named, in order (what "the period" points back to), ``counted`` those of
        them named by their length, ``told`` the year the statement is about (what "four
        years earlier", "a year earlier" count from), ``year_named`` the last year named as
        what the text speaks of (what "that year" points back to), ``spans`` the periods from a
        sentence's first year to another it names (``from 2,610 yuan in 2015 to 10,200 yuan in
        2020``), ``span_here`` whether the last of them is of this date's sentence,
        ``period_with_named`` whether the last period was named in the sentence of ``named``, and
        ``span_with_named`` whether the last span was."""
        rule = span._.rule
        g = rule.group
        pub_year = int(pub[:4]) if pub else None
        month = month_number(g("mon")) if g("mon") else (int(g("m")) if g("m") else None)
        day = int(regex.sub(r"\D", "", g("d"))) if g("d") else None
        if g("mon_from") and not g("y"):
            return TimeReading(pub_year, pub_year, iso_date(pub_year, month, None))
        if g("year_part"):
            # A bare ``the first three quarters`` in a January release is last year's: the
            # latest such part whose last month the publication has reached, unless ``this year``.
            edge = self.vocab.edges.get(phrase_key(g("year_part")))
            year = pub_year
            if year is not None and edge and len(pub) >= 7 and int(pub[5:7]) < edge and not THIS_YEAR.search(span.text):
                year -= 1
            return TimeReading(year, year, iso_date(year, edge, None))
        if g("y"):
            start = int(g("y"))
            end = start
            if g("n_upto"):
                # "the five years to December 2017": the years that end with the one named.
                return TimeReading(start - self.period_length(g("n_upto")) + 1, end,
                                   iso_date(end, month, None))
            if g("to_now"):
                # "between 2012 and last year", "from 2013 to now"
                end = (pub_year - 1 if g("to_now").lower().startswith("last") else pub_year) if pub_year else None
                return TimeReading(start, end) if end is None or end >= start else "year_range_backwards"
            if g("y2"):
                y2 = g("y2")
                end = int(y2) if len(y2) == 4 else start // 100 * 100 + int(y2)
                if end < start:
                    return "year_range_backwards"
            if month is None and g("edge"):
                month = self.vocab.edges.get(phrase_key(g("edge")))
            return TimeReading(start, end, iso_date(end, month, day))
        if g("since"):
            start = int(g("since"))
            counted = YEARS_SINCE.search(span.doc._.text, max(0, span.start_char - 30), span.start_char)
            if counted:
                # "in the eight years since 2012": the years the count gives, not up to the publication.
                n = self.vocab.numbers.parse(counted.group("n"))
                if n is not None and start + int(n) <= (pub_year or start + int(n)):
                    return TimeReading(start, start + int(n))
            # "From 2019, each household will receive ...", written in 2018: that year on.
            return TimeReading(start, max(start, pub_year) if pub_year else None)
        if g("since_event"):
            start = self.vocab.events[phrase_key(g("since_event"))]
            return TimeReading(start, pub_year)
        if g("decade") or g("since_decade"):
            decade = int(g("decade") or g("since_decade"))
            part = g("part").lower()
            first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
            if g("edge"):
                first = last
            return TimeReading(decade + first, pub_year if g("since_decade") else decade + last)
        if g("plan"):
            number = plan_number(g("plan"))
            if number not in self.vocab.plans:
                return "unknown_five_year_plan"
            first, last = self.vocab.plans[number]
            edge = g("plan_edge").lower()
            if g("plan_since"):
                # "since the beginning of the 13th Five-Year Plan": from then to the publication.
                year = last if edge in ("end", "close", "conclusion") else first
                return TimeReading(year, max(year, pub_year) if pub_year else None)
            if edge:
                year = first if edge in ("beginning", "start") else last
                return TimeReading(year, year)
            return TimeReading(first, last)
        if g("n") or g("n_decade") or g("n_decades") or g("n_century"):
            n = self.period_length(g("n")) if g("n") else 100 if g("n_century") else 10
            if g("n_decades"):
                n = self.period_length(g("n_decades"), unit=10)
            if g("half_more"):
                n += 5  # "the past decade and a half"
            if g("n") and span_here and spans and spans[-1].year_end - spans[-1].year_start == n:
                # "from 30 percent in 1978 to 3 percent in 2010, ... in the past 32 years": the trend's years.
                return TimeReading(spans[-1].year_start, spans[-1].year_end)
            return TimeReading(pub_year - n, pub_year - 1) if pub_year else TimeReading()
        if g("n_row") or g("nth_row"):
            n = self.vocab.numbers.parse(g("n_row")) if g("n_row") else self.vocab.numbers.parse_ordinal(g("nth_row"))
            end = told or pub_year
            if n is None or end is None:
                return TimeReading()
            return TimeReading(end - int(n) + 1, end)
        if g("n_since"):
            n = self.period_length(g("n_since"))
            return TimeReading(pub_year - n, pub_year) if pub_year else TimeReading()
        if g("n_first"):
            # "Since 1996 ... In the first 10 years": from the start of the time named last.
            start = (periods[-1].year_start if periods else None) or named.year_start
            if start is None:
                return TimeReading()
            return TimeReading(start, start + self.period_length(g("n_first")) - 1)
        if g("decade_before"):
            # "the Outline years, 2001 to 2010 ... the previous decade": the ten years before
            # the time named last.
            start = named.year_start or named.year_end or pub_year
            return TimeReading(start - 10, start - 1) if start else TimeReading()
        if g("prior_century"):
            # "the 1980s of last century": the calendar century before the publication's.
            if pub_year is None:
                return TimeReading()
            end = century_end(pub_year) - 100
            return TimeReading(end - 99, end)
        if g("century"):
            # "launched in 1994 ... by the end of the century": 2000, the last year of the
            # century (1901-2000) of the year named last, else of the publication's.
            year = named.year_end or pub_year
            if year is None:
                return TimeReading()
            end = century_end(year)
            return TimeReading(end, end)
        if g("n_ago") or g("since_ago"):
            if not pub_year:
                return TimeReading()
            # Years or decades counted back; two counts give the years between (five or six years ago).
            scale = 10 if g("ago_decades") else 1
            if g("since_ago"):
                return TimeReading(pub_year - self.period_length(g("since_ago"), scale), pub_year)
            counts = [self.period_length(g("n_ago"), scale), self.period_length(g("n_ago_near") or g("n_ago"), scale)]
            return TimeReading(pub_year - max(counts), pub_year - min(counts))
        if g("n_shift") or g("n_shift_decades"):
            anchor = told or pub_year
            if anchor is None:
                return TimeReading()
            shift = (self.period_length(g("n_shift")) if g("n_shift")
                     else self.period_length(g("n_shift_decades"), unit=10))
            year = anchor + shift if g("later") else anchor - shift
            return TimeReading(year, year)
        if g("recent"):
            return TimeReading(None, pub_year - 1) if pub_year else TimeReading()
        if g("century_decade"):
            start = century_end(pub_year) - 100 + (1 if g("century_decade").lower() == "first" else 11) \
                if pub_year else None
            return TimeReading(start, start + 9) if start else TimeReading()
        ahead = 10 if g("next_decade") else self.period_length(g("n_next")) if g("n_next") else 0
        if ahead and g("following") and named.year_end:
            # "In March 2008 ... in the following five years": from the year named last.
            return TimeReading(named.year_end, named.year_end + ahead - 1)
        if ahead or g("n_next_months"):
            if not pub_year:
                return TimeReading()
            months = int(pub[5:7] or 1) if len(pub) >= 7 else 1
            if ahead:
                # Said in December, "the next three years" are the three calendar years to come.
                start = pub_year + 1 if months == 12 else pub_year
                return TimeReading(start, start + ahead - 1)
            return TimeReading(pub_year, pub_year + (months - 1 + self.period_length(g("n_next_months"))) // 12)
        if g("n_back"):
            return back_years(self.period_length(g("n_back")), g("pointer").lower(), [*spans, *periods],
                              counted, pub_year, named)
        if month is not None or day is not None:
            if month is None and len(pub) >= 7:
                month = int(pub[5:7])
            year = pub_year + int(rule.year_offset or 0) if pub_year else None
            if g("last_named") and year and len(pub) >= 7 and month >= int(pub[5:7]):
                year -= 1  # "last November" said in January 2021: November 2020
            elif (rule.rule_id in BARE_MONTH_RULES and year and len(pub) >= 7 and month > int(pub[5:7])
                  and not TARGET_BEFORE.search(span.doc._.text, max(0, span.start_char - 12), span.start_char)
                  and not FUTURE.search(span.doc._.text, *sentence_at(span.doc, span.start_char))):
                year -= 1  # "were delisted in November" said in February 2021: November 2020
            if g("since_month") and year:
                return TimeReading(year, pub_year)  # "since last November": until the publication
            date = iso_date(year, month, day) if year and month else ""
            return TimeReading(year, year, date)
        if g("back_period"):
            # "totaled 182.5 billion yuan over the period": the last period of several
            # years named, unless the text has just named part of a year ("in the first
            # half of 2020 ... the same period").
            # "from 98.99 million at the end of 2012 to 16.6 million at the end of 2018 ... during
            # the same time period", "falling from 65% in 1981 to 4% in 2007 and half a billion
            # people lifted out of poverty over this period", "reduced to 16.6 million in 2018
            # from 99 million in 2012. ... during the same period": the span the trend ran over,
            # unless a period ending with it was named ("over the five years ... from 2,610 yuan in
            # 2015 to 10,200 yuan in 2020 ... over the period").
            span_last = span_with_named and not (periods and periods[-1].year_end == spans[-1].year_end)
            if ((named.date or span_here or span_last) and spans
                    and named.year_end in (spans[-1].year_start, spans[-1].year_end)):
                return TimeReading(spans[-1].year_start, spans[-1].year_end)
            # A point its sentence closes the period at ("in the past 6 years, ... down from 98.99
            # million at the end of 2012 to 16.60 million at the end of last year. ... each year
            # during that period") leaves the period.
            # So does a year's end that the period ends with ("the past five years ... by the
            # end of last year ... over the period"), where part of a year does not.
            closes = (periods and periods[-1].year_end == named.year_end
                      and (period_with_named or named.date.endswith("-12")))
            back = periods[-1] if periods and (not named.date or closes) else named
            return TimeReading(back.year_start, back.year_end)
        if g("back_year"):
            if g("edge"):
                # "At the end of the year": of the year the text named last, else of the
                # publication's (a communique on 2019 published in 2020 speaks of 2019).
                year = year_named.year_end or pub_year
                return TimeReading(year, year, iso_date(year, self.vocab.edges.get(g("edge").lower()), None))
            return TimeReading(year_named.year_end, year_named.year_end)
        if g("since_then"):
            return TimeReading(named.year_end, pub_year) if named.year_end else TimeReading()
        if rule.year_offset is not None:
            anchor = told if g("anaphoric") and told else pub_year
            if anchor is None:
                return TimeReading()
            year = anchor + int(rule.year_offset)
            if g("since_rel"):
                return TimeReading(year, pub_year)
            if g("month_before") and len(pub) >= 7:
                month = int(pub[5:7]) - 1
                if month == 0:  # "last month" said in January
                    year, month = year - 1, 12
                return TimeReading(year, year, iso_date(year, month, None))
            if g("edge"):
                # "the end of last year", "the first ten months of this year"
                date = iso_date(year, self.vocab.edges.get(phrase_key(g("edge"))), None)
            else:
                date = pub[:7] if "month" in span.text.lower() and len(pub) >= 7 else ""
            return TimeReading(year, year, date)
        return "unreadable_date"

    # -- places -------------------------------------------------------------------------

    def place_context(self, doc: Doc) -> tuple[set[str], str]:
        """Codes of the unambiguous places a document names, to decide ambiguous ones,
        and the province they lie in most often."""
        codes, provinces = set(), Counter()
        for span in doc.spans.get(MENTIONS, []):
            if span.label_ == "PLACE" and span._.rule.rule_id == "gazetteer":
                found = self.places.lookup(span.text)
                if len(found) == 1:
                    codes.add(found[0].code)
                    codes.add(found[0].province_code)
                    provinces[found[0].province] += 1
        return codes, provinces.most_common(1)[0][0] if provinces else ""

    def read_place(self, span: Span, context_codes: set[str], province: str, listed_with: str = ""):
        rule = span._.rule
        if rule.rule_id == "macro_region":
            return PlaceReading(name=self.macro_name(rule.group("dirs")), level="macro_region")
        if rule.rule_id == "named_region":
            part = self.vocab.directions.get(rule.group("part").lower(), rule.group("part"))
            place, _ = self.places.resolve(rule.group("area"), context_codes)
            return PlaceReading(name=f"{part} {rule.group('area')}", level="macro_region",
                                province=place.province if place else "")
        if rule.rule_id == "ethnic_area":
            place, _ = self.places.resolve(rule.group("area"), context_codes)
            return PlaceReading(name=f"{rule.group('people').title()} areas of {rule.group('area')}",
                                level="macro_region", province=place.province if place else "")
        if rule.rule_id == "own_name_region":
            name = " ".join(span.text.split())
            return PlaceReading(name=name, level="macro_region", province=self.vocab.named_regions.get(name, ""))
        if span.text in self.countries and not self.places.lookup(span.text):
            return PlaceReading(name=self.countries[span.text], level="country")
        place, note = self.places.resolve(span.text, context_codes, listed_with)
        if place is None and rule.group("suffix") and rule.group("name") == span.text:
            # "the county of Zhenxiong", "Diebu and Ning counties": the name with its unit word.
            place, note = self.places.resolve(f"{span.text} {unit_word(rule.group('suffix'))}", context_codes,
                                              listed_with)
        unit = unit_word(rule.group("suffix")).split()[-1] if rule.group("suffix") else ""
        unit_level = SUFFIX_LEVELS.get(unit)
        if place is None and unit_level and rule.group("name") and rule.group("name") != span.text:
            # "Wulanchabu City", "Metok County": a listed form of a name the unit word suits
            # (a city may be a county-level one).
            bare, bare_note = self.places.resolve(rule.group("name"), context_codes, listed_with)
            if bare is not None and (bare.level == unit_level or (unit, bare.level) == ("City", "county")):
                place, note = bare, bare_note
        below_county = unit_level in ("township", "village")
        if place is not None and not (below_county and place.level in ("province", "prefecture", "county")):
            return PlaceReading(name=place.name, level=place.level, code=place.code, province=place.province)
        # "Lantian, a town in Chengkou county": a town or village the text names is no county
        # of its name elsewhere (Lantian County, Shaanxi).
        if rule.group("suffix") and rule.group("name"):
            return self.unlisted_place(span, "" if place is not None else note, province)
        if note:
            return PlaceReading(name=span.text, level=self.places.lookup(span.text)[0].level, note=note)
        return "unknown_place"

    def unlisted_place(self, span: Span, note: str, province: str):
        """A ``<Name> Town/Village/...`` the gazetteer does not list: named by its suffix,
        placed in ``province``."""
        rule = span._.rule
        suffix = unit_word(rule.group("suffix"))
        name = rule.group("name")
        if name.split()[0] in self.stop_names:
            return "generic_place_phrase"
        level = SUFFIX_LEVELS.get(suffix.split()[-1], "county")
        return PlaceReading(name=f"{name} {suffix}", level=level, province=province, note=note)

    def macro_name(self, dirs: str) -> str:
        words = [self.vocab.directions[w.lower()] for w in regex.findall(r"[A-Za-z]+", dirs)
                 if w.lower() in self.vocab.directions]
        unique = list(dict.fromkeys(words))
        if len(unique) == 1:
            return f"{unique[0]} China"
        return f"{', '.join(unique[:-1])} and {unique[-1]} China"


SUFFIX_LEVELS = {"County": "county", "District": "county", "Banner": "county", "City": "prefecture",
                 "Prefecture": "prefecture", "League": "prefecture", "Region": "province",
                 "Township": "township", "Town": "township", "Village": "village"}


def looks_back(span: Span) -> bool:
    """``four years earlier``, ``the previous year``: a comparison base, not the time a
    statement is about (``three years later`` moves the story on, so it is)."""
    g = span._.rule.group
    return bool((g("anaphoric") or g("n_shift") or g("n_shift_decades")) and not g("later"))


def base_year(reading: TimeReading, text: str, start: int, sentence_start: int) -> bool:
    """``up 3.8% over 2011``: a single year after ``over``, ``than``... is what a value is
    compared with (not what "that year" points back to); ``over the past 40 years`` is a
    period and still governs."""
    return (reading.year_start == reading.year_end
            and bool(BASELINE.search(text[max(sentence_start, start - 40):start])))


def last_figure(previous: dict[str, Span]) -> Span | None:
    figures = [previous[label] for label in FIGURE_LABELS if label in previous]
    return max(figures, key=lambda f: f.end_char) if figures else None


def dates_compared_figure(span: Span, text: str, figure: Span | None) -> bool:
    """``down from 331,000 at the end of 2017``: the date of a figure something is compared
    with, no time the text goes on to speak of."""
    if figure is None or figure.end_char > span.start_char:
        return False
    sentence_start = sentence_at(span.doc, span.start_char)[0]
    return (figure.start_char >= sentence_start and bool(GOVERNS_AFTER.match(text[figure.end_char:span.start_char]))
            and bool(COMPARED_BASE.search(text, max(sentence_start, figure.start_char - 40), figure.start_char)))


def unit_word(suffix: str) -> str:
    """A place's unit word as its name writes it: ``county`` and ``counties`` -> ``County``."""
    return " ".join(w.capitalize() for w in (singular(suffix.lower()) or suffix).split())


def century_end(year: int) -> int:
    """The last year of the century ``year`` lies in: 2000 for 1994 and for 2000, 2100 for 2017."""
    return -(-year // 100) * 100


def since_when(span: Span) -> bool:
    """``since 1996``, ``since then``: a period the text names by its start; its end, the
    publication's, is no time the text speaks of."""
    g = span._.rule.group
    return bool(g("since") or g("since_decade") or g("since_then") or g("since_event") or g("since_rel")
                or g("since_ago") or g("plan_since") or g("since_month"))


# The date rule groups that name a period by the count of its years.
COUNTED_PERIOD_GROUPS = ("n", "n_since", "n_row", "nth_row", "n_decade", "decade_before", "n_decades", "n_century",
                         "n_next", "next_decade", "century_decade", "plan")


DATE_YEARS = field_range("mentions", "year_start")


def back_years(n: int, pointer: str, periods: Sequence[TimeReading], counted: Sequence[TimeReading],
               pub_year: int | None, named: TimeReading = UNDATED) -> TimeReading | str:
    """``over the five years``, ``in those five years``: the last period of ``n`` years the
    text named, one named by its length first (``over the past five years ... Since 2016 ...
    Over the five years``: the words repeat the first); with none, ``these ten years`` are the
    ten before the publication's year."""
    back = next((p for group in (counted, periods) for p in reversed(group) if p.year_end - p.year_start + 1 == n),
                None)
    if back is None and named.year_start and named.year_end - named.year_start == n:
        back = named  # "between 2012 and 2016 ... In the four years": the steps between the years named last
    if back is not None:
        return TimeReading(back.year_start, back.year_end)
    if pointer != "these":
        return "unnamed_period"
    return TimeReading(pub_year - n, pub_year - 1) if pub_year else TimeReading()


def carry_scale(low: Decimal, high: Decimal, low_text: str, high_text: str, numbers) -> Decimal:
    """``1-2 billion``, ``four to five thousand``: the scale written after the second
    number applies to the first when the first has none of its own; so do the thousands
    groups of the second when the first is less than its leading group (``30-40,000``:
    30,000 to 40,000; not ``500-1,000``)."""
    grouped = GROUPED_NUMBER.fullmatch(high_text.strip())
    if grouped and low_text.strip().isdigit() and 0 < low < int(grouped.group(1)):
        return normalize(low * 1000 ** high_text.count(","))
    scale_words = set(numbers.scales)
    low_words, high_words = low_text.lower().split(), high_text.lower().split()
    if any(w in scale_words for w in low_words) or not high_words or high_words[-1] not in scale_words:
        return low
    base = numbers.parse(" ".join(w for w in high_words if w not in scale_words) or "one")
    return normalize(low * high / base) if base else low


def converts(text: str, previous_end: int, start: int) -> bool:
    """``33.4 billion yuan (US$4.9 billion)``: the amount at ``start`` converts the one
    ending at ``previous_end``."""
    return bool(OPEN_BRACKET.fullmatch(text, previous_end, start))


def month_number(name: str) -> int | None:
    return MONTHS.month(name.rstrip("."))


def plan_number(text: str) -> int | None:
    digits = regex.match(r"\d+", text)
    return int(digits.group()) if digits else parse_ordinal(text.lower())


def iso_date(year: int | None, month: int | None, day: int | None) -> str:
    """ISO date at the precision given; ``the end of 2019`` comes with month 12."""
    if year is None or month is None:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def locate_unlisted(places_and_values: list[Span], text: str) -> None:
    """A village or township the gazetteer lacks lies in the province of the listed place
    it is located in right after (``Yinguang village in southwest China's Guizhou
    province``), whatever place was named before it."""
    places = [s for s in places_and_values if s.label_ == "PLACE"]
    for i, here in enumerate(places[:-1]):
        reading = here._.norm
        if reading.level not in ("village", "township") or reading.code:
            continue
        following = places[i + 1:]
        gap = LOCATED_BY.fullmatch(text, here.end_char, following[0].start_char)
        # A region of China owning the place is passed over: ``in southwest China's Guizhou``.
        while (gap and len(following) > 1 and following[0]._.norm.level in ("macro_region", "country")
               and POSSESSIVE.fullmatch(text, following[0].end_char, following[1].start_char)):
            following = following[1:]
        holder = following[0]._.norm if gap else None
        if holder is not None and holder.code and holder.province and holder.province != reading.province:
            here._.norm = replace(reading, province=holder.province)
