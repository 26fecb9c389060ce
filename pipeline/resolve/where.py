"""Where a value holds: the place it applies to, from its sentence, a pointer back, the
sentences before, the bulletin's main place, or China."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import regex

from ..annotate.places import context_rules, inside_name
from ..annotate.vocab import vocabulary
from ..model import Mention, PlaceReading, Record
from ..patterns import PATTERNS_DIR, compile_cached
from ..places import places_of
from .cues import (AIDS, AIDS_WESTWARD, AID_RECEIVING_PROVINCES, ANAPHOR, APPOSITION, BLANK_LINE, BRACKETED,
                   BYLINE_PLACE, CAPITAL_ACTOR, CAPITAL_AS_CITY, CHINA, CLAUSE_BREAK, COMPARED_PLACE, COUNTED_IN,
                   DATELINE_AFTER, DATELINE_AGENCY, DESCRIBES_PLACE, DESCRIBES_PROVINCE, DIGIT, EDITION_BEFORE, EXAMPLE,
                   EXAMPLE_SENTENCE, FROM_COUNTRIES, FRONTED_END, FRONTED_WITH, GENERAL_RULE, GIVER_CLAUSE, GIVER_OWN,
                   HOME_OF_PEOPLE, INSTITUTION_SEAT, INTERNATIONAL_AFTER, INTERNATIONAL_LINE, IN_CHINA_AFTER, LANDMARK,
                   LATER_CLAUSE, LEVEL_RANK, LEVEL_WORDS, LINE_BREAK, LIST_JOINER, LOCATED, LOCATED_IN_CLAUSE,
                   LOCATING_CLAUSE, MARKET_OR_VISITORS, MEMBER_OF_UNITS, MODIFIES_UNIT, NATIONAL_ACTOR, NATIONAL_COUNTS,
                   NATIONAL_ELSEWHERE, NATIONAL_LEVEL_OF, NATIONAL_LINE, NATIONAL_LINE_AFTER, NATIONAL_LINE_VALUES,
                   NATIONAL_LIST, NATIONAL_SCOPE, NATIONAL_STANDARD, NOT_POINTER, OTHERS_OF_REGION, OTHER_CONTINENT,
                   OWNER, OWN_RELATIVE, PAIRED_AFTER_AND, PAIRED_BEFORE, PAIRED_BETWEEN, PAIRING_AFTER, PART,
                   PARTITIVE_OF, PARTITIVE_WHOLE, PART_OF_FIGURE, PERSONAL, POSSESSED, POSSESSIVE, PRODUCE_FROM,
                   PRONOUN_OPENING, PROVINCES_COUNTED, PUBLICATION_AFTER, RANKED_FIELD, RANKING, RECEIVING,
                   REGION_OF_PREFECTURE, REGION_REACHED, RELATIVE_ELSEWHERE, RELATIVE_WHERE, SECTION_HEADING,
                   SHARE_OF_WORLD, SITES_JOINED, SOURCE, SOURCE_HOLDER, SOURCE_OR_MARKET_BEFORE, STATEMENT_VENUE,
                   TO_COUNTRIES, UNIT_IN_PLACE, WIDER_UNIT, WORLD_SCOPE, MentionIndex, in_caption, numbers_in,
                   points_back, same_figure_before)

REGION_PARTS = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")  # "Eastern, Central and Western"
ITEM_END = regex.compile(r"\s*,\s*(?:and\s+)?")  # between a list item's place and the next item's value
PAIR_HYPHENS = ("-", "\u2013")  # "Fujian-Ningxia cooperation"
AID_KEYS = ("funding", "personnel", "other")  # what a giving place sends, counted at the receiver
# What a giver's bulletin counts of the poor it helps, counted at the receiver as well.
POOR_KEYS = ("poor_population", "poverty_rate", "poor_counties", "poor_villages", "people_lifted",
             "people_relocated")
HOME_KEYS = ("jobs", "people_trained")  # people a receiver sends to the giver, counted at home
RECEIVING_REACH = 70  # characters before a place in which "to", "for"... make it where a figure lands
EXAMPLE_REACH = 40  # characters before a place in its value's sentence in which "including"... make it an aside
ASIDE_REACH = 60  # the same in the sentences before a value, where lists of examples run on
SOURCE_REACH = 30  # characters before a place in which "from", "by the city of" make it a source
TITLE_WEIGHT = 5  # a place in the title says what the bulletin is about
SCENE_REACH = 1000  # characters after a village or township named in a story within which it still sets the scene
VILLAGE_PEOPLE = 5000  # people or households more than a village's or township's
VILLAGE_MONEY = 100_000_000  # an amount more than a village's or township's
VILLAGE_THINGS = 100_000  # more of anything (mu of land, head of sheep) than a village's or township's
NATIONAL_REACH = 40  # characters after a value in which "nationwide" may start and still qualify it
RECENT_SENTENCES = 1  # news runs a sentence a paragraph: the sentence before counts, whatever the paragraph
PUNCTUATION_BREAK = regex.compile(r"[,;:]")
SPREAD_LIST = 3  # places in several provinces listed together name no one place
WESTERN_CHINA = PlaceReading("Western China", "macro_region")


class PlaceFinder:
    """Places of a value's sentence, read against the gazetteer for the province members share."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.gazetteer = places_of(patterns_dir)
        # Beijing, Tianjin, Shanghai, Chongqing are province-level, yet "the city", never "the province".
        self.municipalities = frozenset(p.name for p in self.gazetteer if p.level == "province"
                                        and p in self.gazetteer.lookup(f"{p.name} Municipality"))
        self.parent_codes = {p.code: p.parent_code for p in self.gazetteer}
        self.context = context_rules(patterns_dir)
        self.province_names = compile_cached(rf"\b(?:{vocabulary(patterns_dir).atoms['PROVINCE_SHORT_NAME']})\b")

    def place(self, m: Mention, places: MentionIndex, sentence, text: str,
              main_place: PlaceReading) -> PlaceReading | None:
        """The place named in the value's sentence: one introduced as where things
        land (``to``, ``in``) nearest the value, else the nearest before it, else a
        ``the region``-style subject, else the first after it. Places of the level the
        value counts are its members, not its scope (``8 counties of Rongshui, Sanjiang
        ...``): their province stands for them when nothing wider is named."""
        same = places.between(*sentence)
        counted = counted_rank(m)
        # "Hunan's resident incomes in four major regions": a province owning the counted noun is no member.
        members = [p for p in same if LEVEL_RANK.get(p.reading.level, 0) >= counted
                   and not (p.reading.level == "province" and p.end <= m.start and OWNER.match(text[p.end:m.start]))]
        # "Zhangbei, two hours away from Beijing": a landmark is no scope.
        same = [p for p in same if p not in members
                and not LANDMARK.search(text, max(sentence[0], p.start - RECEIVING_REACH), p.start)]
        members_scope = self.scope_of(members)
        if not same:
            return members_scope
        subject = next((p for p in same if p.start >= m.end), None)
        if (subject is not None and FRONTED_WITH.match(text, sentence[0], m.start)
                and FRONTED_END.fullmatch(text, m.end, subject.start)):
            # "With 286 dwellings, Shangwu village in Zuoquan county enjoys ...": the subject's.
            return self.listed_reading(subject, places, text)
        own = counted_place(m, same, text)
        if own is not None:
            # "102 Xinjiang aid projects in Turpan": a place the phrase puts them in, inside the one it names.
            inner = next((p for p in same if p.start > own.end and p.reading != own.reading
                          and within(p.reading, own.reading) and located_after(m, p, text)), None)
            return self.listed_reading(inner or own, places, text)
        # "built with money from a company in Changsha": where a giver sits is never the scope.
        # "told a press conference in Beijing that ... reached 12,550 yuan": nor where it was said;
        # "As the largest relocation project in Sichuan, there are 3,914 households": nor a ranking's field;
        # "a number equivalent to the population of Japan, 100 million more": nor what it is compared with.
        before = [p for p in same if p.end <= m.start and not seats_giver(p, text, sentence[0])
                  and not STATEMENT_VENUE.search(text, p.sentence_start, p.start)
                  and not COMPARED_PLACE.search(text, max(sentence[0], p.start - ASIDE_REACH), p.start)
                  and not in_locating_clause(p, text, sentence)
                  and not RANKED_FIELD.search(text, max(p.sentence_start, p.start - ASIDE_REACH - 20), p.start)]
        # "income for the county's residents ... above China's poverty line of 1,196 yuan":
        # the place whose noun phrase holds the value, over any named before it.
        # "23 villages of the county, where kiwifruit covers 20,000 mu": the place a relative
        # clause holding the value is about; "among them a cooperative in Taxkorgan that received
        # 1.8 million yuan": the place of what the relative clause holding the value is about.
        owner = (before[-1] if before and (OWNER.match(text[before[-1].end:m.start])
                                           or RELATIVE_WHERE.match(text[before[-1].end:m.start])
                                           or OWN_RELATIVE.fullmatch(text, before[-1].end, m.start)) else None)
        if owner is not None:
            # "Mawangxi Primary School in Luxi county, Hunan province, where 120 students
            # study": the clause is about the smallest place of the chain it follows.
            chain = list_of(owner, places, text)
            if len(chain) > 1 and self.list_scope(chain) is None:
                owner = max(chain, key=lambda p: LEVEL_RANK.get(p.reading.level, 0))
        # A place after the value in a later clause, given as an example of a part
        # ("including 87.7 billion yuan for 12 provinces in the western regions", "most of
        # them in Lushui"), as the scope of a ranking ("the lowest figure in the province"),
        # or as what the value is compared with ("faster than the growth for Henan"), or where money
        # comes from ("received 200 million yuan from the Xicheng district government") is not its scope.
        after = [p for p in same if p.start >= m.end and not LATER_CLAUSE.search(text, m.end, p.start)
                 and not given_aside(p, text, m.end) and not describes_after(m, p, text)
                 and not COMPARED_PLACE.search(text, m.end, p.start)
                 and not (m.type == "MONEY" and is_source(p, text, m.end)
                          and not PRODUCE_FROM.search(text, max(m.end, p.start - SOURCE_REACH), p.start))]
        # The country lands a figure only right after it: "all 832 poor counties in China".
        landing = [p for p in before + after
                   if (p.reading.level != "country" or located_after(m, p, text))
                   and (owner is None or p.start > owner.start)
                   and (lands_at(m, p, text, sentence[0]) or counted_within(m, p, text, counted))]
        # "124.67 million yuan for Tibet, 71.74 million yuan for Hainan": a place that only a
        # comma parts from the value ends the item before it when the value has its own after it.
        if any(p.start >= m.end for p in landing):
            landing = [p for p in landing if p.start >= m.end or not ITEM_END.fullmatch(text, p.end, m.start)]
        if landing:
            chosen = min(landing, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
        else:
            # "enterprises from Jiangsu, with an investment of ...": a source is not the scope,
            # nor, when a place follows the value ("companies from Tianjin have invested
            # 21.3 billion yuan in the province"), is a source alone before it.
            before = [p for p in before if not is_source(p, text, sentence[0])] or ([] if after else before)
            specific = [p for p in before if p.reading.level != "country"]
            # "the four prefectures of southern Xinjiang, including Kashgar and Hotan":
            # places given as examples do not set the scope.
            specific = [p for p in specific if not listed_aside(p, places, text, EXAMPLE_REACH)] or specific
            if not before:
                # "The country's poverty ratio ... (said in Beijing)": the subject comes first.
                referred = national_reference(m, places, sentence, text)
                if referred is not None:
                    return referred
            if owner is not None:
                chosen = owner
            elif specific:
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
        if following and (chosen.reading.level in ("macro_region", "country") or LEVEL_RANK.get(
                following[0].reading.level, 0) > LEVEL_RANK.get(chosen.reading.level, 0)):
            # "Bijie's Zhijin county": the smaller place the possessive names.
            chosen = following[0]
        elif chosen.reading.level == "country":
            # "China will inject two billion yuan annually from 2011-2015 into ... Tibet": a
            # year between is no other figure the place could be of.
            narrower = [p for p in after if p.reading.level != "country" and not numbers_in(text, m.end, p.start)]
            if narrower:
                chosen = narrower[0]
            elif members_scope and not DIGIT.search(text, m.end, members[0].start):
                return members_scope
        # "jobs with employers in Guangdong, Zhejiang and Shanghai": three places or more in
        # several provinces are no one place.
        listed = list_of(chosen, places, text)
        if len(listed) >= SPREAD_LIST and self.list_scope(listed) == CHINA and chosen.reading.level != "country":
            return None
        return self.listed_reading(chosen, places, text)

    def pointers(self, doc_id: str, text: str, named: MentionIndex, main_place: PlaceReading,
                 sentences: list[tuple[int, int]]) -> list[Mention]:
        """``the province``, ``the city``, ``the village's``: a place mention of what the
        words point back to, so that they count where a named place would."""
        found = []
        starts = [s for s, _ in sentences]
        in_names = None  # provinces inside organisations' names, sought only when needed
        scenes = None  # places not given as others, sought only when needed
        for match in ANAPHOR.finditer(text):
            word = match.group(1).lower()
            if (word in ("country", "nation") or NOT_POINTER.match(text, match.end())
                    or named.between(match.start(), match.end())):
                continue
            index = bisect_right(starts, match.start()) - 1
            sentence = sentences[index] if index >= 0 else (0, len(text))
            recent = sentences[index - 1][0] if index > 0 else sentence[0]
            if scenes is None:
                # "Lankao ... is one of three centres, alongside Dunhuang, Gansu province ... The
                # county, with 6 million paulownia trees": places given as others are pointed
                # back to only where no other fits.
                scenes = MentionIndex([p for p in named.mentions
                                       if not EXAMPLE.search(text, p.sentence_start, p.start)])
            reading = (self.pointed(word, match.start(), recent, scenes, main_place)
                       or self.pointed(word, match.start(), recent, named, main_place))
            if reading is None and LEVEL_WORDS[word] == ("province",):
                # "director of the Shanxi Forestry Bureau ... in the province": the province an
                # organisation's name holds, where none is named.
                if in_names is None:
                    in_names = self.named_in_names(text, named.mentions)
                reading = next((r for at, _, r in reversed(in_names) if at < match.start()), None)
            if reading is None:
                continue
            found.append(Mention(doc_id, "PLACE", match.start(), match.end(), match.group(), reading, *sentence))
        return found

    def pointed(self, word: str, position: int, recent: int, named: MentionIndex,
                main_place: PlaceReading) -> PlaceReading | None:
        """What ``the <word>`` at ``position`` points back to: the bulletin's main place if
        it is such a place, else the nearest such place named since ``recent`` (the
        sentence before), else the nearest named before by the word's preferred levels
        (``the city``: a prefecture, a county, a municipality); ``the province`` after
        ``Dongxiang`` is the province Dongxiang lies in; ``the region`` is an autonomous
        region named, else a province."""
        if self.fits(word, main_place):
            return main_place
        nearby = (p.reading for p in reversed(named.between(recent, position)))
        found = next((r for r in nearby if self.fits(word, r)), None)
        if found is not None:
            return found
        if word == "region":
            # "Ningxia lags behind Fujian province ... the region's finance bureau": the
            # autonomous region named last, whatever the main place; where none is named,
            # "herder income in the region" is the main place if a province, prefecture or
            # county (a county's text calls its area "the region"), else the province named last.
            named_region = next((p.reading for p in named.before(position) if self.fits(word, p.reading)), None)
            if named_region is not None:
                return named_region
            if main_place.level in ("province", "prefecture", "county"):
                return main_place
            return next((p.reading for p in named.before(position) if p.reading.level == "province"), None)
        if LEVEL_WORDS[word] == ("province",):
            containing = (p.reading if p.reading.level == "province" else self.province_reading(p.reading.province)
                          for p in named.before(position))
            return next((r for r in containing if r is not None and self.fits(word, r)), None)
        levels = LEVEL_WORDS[word] + (("province",) if word == "city" else ())
        for level in levels:
            earlier = (p.reading for p in named.before(position) if p.reading.level == level)
            found = next((r for r in earlier if self.fits(word, r)), None)
            if found is not None:
                return found
        return None

    def fits(self, word: str, reading: PlaceReading) -> bool:
        """``the <word>`` may name ``reading``: a municipality is ``the city`` or ``the
        municipality``, never ``the province``; ``the county`` is never a place named a
        district (``Minhang District``), a county-level unit of another kind, nor ``the
        prefecture`` a prefecture-level city (``Guangzhou``), nor ``the region`` a province
        that is no autonomous region (``Fujian``)."""
        if reading.name in self.municipalities:
            return word in ("city", "municipality")
        if word == "region" and not reading.name.endswith(" Region"):
            return False
        if word == "county" and reading.name.endswith(" District"):
            return False
        if word == "prefecture" and any(p.level == "prefecture" and p.name == reading.name
                                        for p in self.gazetteer.lookup(f"{reading.name} City")):
            return False
        return word != "municipality" and reading.level in LEVEL_WORDS[word]

    def received_place(self, m: Mention, key: str, place: PlaceReading, receivers: dict[str, PlaceReading],
                       places: MentionIndex, sentence, text: str, home_from: int = 0) -> PlaceReading:
        """A figure placed at a giving place belongs to its receiver: aid it sends, the poor
        it helps (``The number of impoverished people fell from 1.21 million``), or
        whatever the sentence says of what comes from it (``Aid from Tianjin rose by 20
        percent``); not the giver's own (``16 of its districts``), nor a figure the sentence
        puts at the giver. Aid the sentence says comes from a place after it goes where the
        sentence then puts it (``5,700 teachers from Chengdu ... have taught in Liangshan``).
        People the sentence sends to the giver for jobs or training (``98,757 workers have
        returned to Guangdong``) stay at their home: the most specific place of the receiver
        their sentence names, else named since ``home_from``, else the receiver; so do people
        the giver trains or finds jobs for (``Shandong trained 9,000 local teachers in Jinan``),
        unless said to be its own (``Shanghai hired 5,000 workers in its own ports``)."""
        if key in HOME_KEYS:
            # "2,300 people from Shangluo found work in factories in Jiangsu": their home (a list
            # "from Xiji, Haiyuan and other counties in southern Ningxia": what it stands for).
            home = next((p for p in places.between(m.end, sentence[1]) if HOME_OF_PEOPLE.match(text, m.end, p.start)),
                        None)
            if home is not None:
                return self.listed_reading(home, places, text)
        if key in AID_KEYS:
            placed = self.placed_past_source(m, place, places, sentence, text)
            if placed is not None:
                return placed
        if key in HOME_KEYS and place.name in receivers and lands_in(m, place, places, sentence, text):
            receiver = receivers[place.name]
            home = ([p.reading for p in places.between(*sentence) if within(p.reading, receiver)]
                    or [p.reading for p in places.before(m.start)
                        if p.start >= home_from and within(p.reading, receiver)])
            return max(home, key=lambda r: LEVEL_RANK.get(r.level, 0)) if home else receiver
        if (place.name not in receivers or lands_in(m, place, places, sentence, text) or is_possessed(m, text)
                or (m.reading.unit in LEVEL_WORDS
                    and getattr(counted_place(m, places.between(*sentence), text), "reading", None) == place)):
            return place
        named = [p for p in places.between(*sentence) if p.reading == place]
        if (key in AID_KEYS + POOR_KEYS or (key in HOME_KEYS and not GIVER_OWN.search(text, m.end, sentence[1]))
                or (named and all(is_source(p, text, sentence[0]) for p in named))):
            return receivers[place.name]
        return place

    def placed_past_source(self, m: Mention, place: PlaceReading, places: MentionIndex, sentence,
                           text: str) -> PlaceReading | None:
        """The place named ``in``/``to`` after a mention of ``place`` that follows ``m`` in its
        clause as its source, unless the sentence also puts ``m`` at ``place``; not one of a later
        clause (``... from Zhashui, and 2,300 people found work in Jiangsu``), nor the province
        holding the source (``registered by the Lhunze county government in the Tibet
        autonomous region``)."""
        named = places.between(*sentence)
        source = next((p for p in named if p.start >= m.end and p.reading == place and is_source(p, text, m.end)
                       and not LATER_CLAUSE.search(text, m.end, p.start)), None)
        if source is None or lands_in(m, place, places, sentence, text):
            return None
        placed = next((p for p in named if p.start > source.end and p.reading != place
                       and not within(place, p.reading)
                       and LOCATED_IN_CLAUSE.search(text, source.end, p.start)
                       and not LATER_CLAUSE.search(text, source.end, p.start)), None)
        return self.listed_reading(placed, places, text) if placed is not None else None

    def recent_place(self, m: Mention, places: MentionIndex, paragraph_start: int, text: str) -> PlaceReading | None:
        """The most specific place named since the start of the value's paragraph or the
        sentence before (the last among equals), examples and parts aside; a list of places
        counts as the smallest division holding them (``parks in Xingyi, Anlong and
        Zhenfeng. They hired 9,800 workers``: Qianxinan), a sentence given as an example
        (``In Gansu, for example, ...``) and the seat of a speaker's institution (``a
        professor at China Agricultural University in Beijing``) not at all, a list spanning provinces
        (``mostly in Guangdong, Zhejiang and Fujian``) as no one place. A region is kept only
        where figures went (``aid to poor areas of western China. Of this sum, ...``): as a
        subject (``the eastern region had 1.47 million poor people left``) it is a part
        compared within a national account."""
        # "For instance, Shiquan county ... has been working on its roads. It has built 1,186
        # kilometers": a sentence opening with a pronoun goes on with the example.
        goes_on = bool(PRONOUN_OPENING.match(text, m.sentence_start))
        earlier = [p for p in places.between(paragraph_start, m.sentence_start) if p.reading.level != "country"
                   and not named_aside(p, text, goes_on)
                   and (p.reading.level != "macro_region"
                        or REGION_REACHED.search(text, max(p.sentence_start, p.start - ASIDE_REACH), p.start))]
        readings, said_in = [], []
        for p in earlier:
            if listed_aside(p, places, text, ASIDE_REACH):
                continue
            scope = self.list_scope(list_of(p, places, text))
            if scope is None or scope.level != "country":
                readings.append(scope or p.reading)
                said_in.append(p.sentence_start)
        # "In Tangba Village, ... . More than 60 of our villages had no income": a place no
        # wider than the units a count counts does not hold them.
        kept = [i for i, r in enumerate(readings) if LEVEL_RANK.get(r.level, 0) < counted_rank(m)]
        if not kept:
            return None
        last = max(reversed(kept), key=lambda i: LEVEL_RANK.get(readings[i].level, 0))
        chosen = readings[last]
        # "Kelan County in Xinzhou grew fastest, while Daning County in Linfen grew slowest.
        # The net income ... was 14,785 yuan": places one sentence contrasts hold the next
        # figure only together, in the division holding them all (Shanxi).
        peers = list(dict.fromkeys(readings[i] for i in kept
                                   if readings[i].level == chosen.level and said_in[i] == said_in[last]))
        common = self.common_division(peers) if len(peers) > 1 else None
        return common if common is not None and common.level != "country" else chosen

    def story_place(self, m: Mention, places: MentionIndex, text: str, main_place: PlaceReading) -> PlaceReading | None:
        """For a figure whose sentence and the one before name no place, in a bulletin about a
        county or wider: the most specific county, township or village of the last sentence
        that named one (``... Yvrvktax, a village in Qira county ... Abudukrim now owns more
        than 500 sheep``), inside the main place; not one given as an example, a venue or an
        institution's seat. A figure of one person or family takes any such place; any other
        only a township or village (a county too, in a province's bulletin) named shortly before,
        and only if no bigger than a village's (``In Ma'an village ... So far, 80 households have
        relocated``), not past a section heading, nor one of several its sentence compares."""
        if main_place.level in ("township", "village"):
            return None
        personal = bool(PERSONAL.search(text, m.sentence_start, m.sentence_end))
        # Below a province, a prefecture's city sets the scene as well (``a woman in Liupanshui``);
        # in a county's story a township or village does (``Yang's house in the town of Malian``),
        # unless the county itself was named since (``moved to the county seat``).
        lowest = "county" if main_place.level in ("prefecture", "county") else "prefecture"

        def setting(p: Mention) -> bool:
            return LEVEL_RANK.get(p.reading.level, 0) >= LEVEL_RANK[lowest] and not named_aside(p, text)

        last = next((p for p in places.before(m.sentence_start) if setting(p)), None)
        if last is None:
            return None
        # A name may run past its sentence's end (a split at an abbreviation's stop).
        local = [p for p in places.between(last.sentence_start, max(last.sentence_end, last.end)) if setting(p)]
        chosen = max(local, key=lambda p: LEVEL_RANK[p.reading.level]).reading
        # In a province's bulletin a county sets the scene as well (``an earthquake hit Jishishan``).
        scenes = ("township", "village", "county") if main_place.level == "province" else ("township", "village")
        if not personal and (chosen.level not in scenes or m.start - last.end > SCENE_REACH
                             or beyond_village(m) or WIDER_UNIT.search(text, m.sentence_start, m.sentence_end)
                             or SECTION_HEADING.search(text, last.end, m.sentence_start)
                             or len({p.reading for p in local if p.reading.level == chosen.level}) > 1
                             or sites_apart(local, text)):
            return None
        if LEVEL_RANK[chosen.level] >= counted_rank(m) or (
                main_place.level not in ("country", "macro_region")
                and chosen.province != (main_place.province or main_place.name)):
            return None
        return chosen

    def listed_reading(self, place: Mention, places: MentionIndex, text: str) -> PlaceReading:
        """What ``place`` stands for: the wider place a list ends on as its others (``stations in
        Fujian, Zhejiang and other eastern provinces``: Eastern China), the province or prefecture
        holding the list it is named in (``industrial parks in Xingyi, Anlong and Zhenfeng``:
        Qianxinan), else itself."""
        listed = list_of(place, places, text)
        closing = places.between(listed[-1].end, place.sentence_end)[:1]
        if (closing and OTHERS_OF_REGION.match(text[listed[-1].end:closing[0].start])
                and all(LEVEL_RANK.get(closing[0].reading.level, 0) < LEVEL_RANK.get(p.reading.level, 0)
                        for p in listed)):
            return closing[0].reading
        scope = self.list_scope(listed)
        return scope if scope is not None and scope.level != "country" else place.reading

    def list_scope(self, listed: list[Mention]) -> PlaceReading | None:
        """The smallest division holding every place of a list that names two places neither
        of which holds the other (``Xingyi, Anlong and Zhenfeng``: Qianxinan; places in several
        provinces: China); None for one place or a chain (``Dongxiang County, Linxia, Gansu``)."""
        return self.common_division([p.reading for p in listed])

    def common_division(self, readings) -> PlaceReading | None:
        """The smallest division holding ``readings`` when two of them are apart, as ``list_scope``;
        places all in western provinces that receive paired aid (``Sichuan, Gansu, Qinghai,
        Xinjiang and Tibet``) are Western China's (a list of eastern ones is mostly where
        workers go or aid comes from)."""
        chains = [self.divisions(r) for r in readings]
        if len(chains) < 2 or not all(chains) or all(a[0] in b or b[0] in a for a, b in combinations(chains, 2)):
            return None
        common = next((code for code in chains[0] if all(code in c for c in chains[1:])), None)
        if common is None:
            western = all(r.province in AID_RECEIVING_PROVINCES for r in readings)
            return WESTERN_CHINA if western else CHINA
        found = self.gazetteer.by_code(common)
        if found.level == "province":
            # "in Kashgar and Hotan": prefectures that together make a region are that region's.
            regions = {REGION_OF_PREFECTURE.get(self.gazetteer.by_code(chain[-2]).name) if len(chain) > 1 else None
                       for chain in chains}
            if len(regions) == 1 and None not in regions:
                return PlaceReading(regions.pop(), "macro_region", "", found.name)
        return PlaceReading(found.name, found.level, found.code, found.province)

    def divisions(self, reading: PlaceReading) -> list[str]:
        """Codes of the gazetteer division ``reading`` names and of those it lies in, narrowest first."""
        codes, code = [], reading.code
        while code in self.parent_codes:
            codes.append(code)
            code = self.parent_codes[code]
        return codes

    def scope_of(self, members: list[Mention]) -> PlaceReading | None:
        """The prefecture several county ``members`` lie in (``The seven -- Puge, Butuo, ...``:
        Liangshan), else the province all lie in, if they share one; the country for
        provinces, however few are named (``17 provinces that pair up with the region's
        prefectures``: not the region)."""
        names = {p.reading.province for p in members}
        if members and all(p.reading.level == "province" for p in members):
            return CHINA
        parents = {self.parent_codes.get(p.reading.code) for p in members}
        if len({p.reading for p in members}) > 1 and all(p.reading.level == "county" for p in members) and len(
                parents) == 1 and None not in parents:
            parent = self.gazetteer.by_code(parents.pop())
            if parent.level == "prefecture":
                return PlaceReading(parent.name, parent.level, parent.code, parent.province)
        return self.province_reading(names.pop()) if len(names) == 1 else None

    def named_in_title(self, title: str, places: list[Mention]) -> list[PlaceReading]:
        """Provinces the title names inside an organisation's name, which is no mention,
        yet says whose work a report covers (not inside a time zone: ``(Beijing Time)``, nor
        a masthead: ``Beijing Review``)."""
        return list(dict.fromkeys(reading for _, end, reading in self.named_in_names(title, places)
                                  if not PUBLICATION_AFTER.match(title, end)))

    def named_in_names(self, text: str, places: list[Mention]) -> list[tuple[int, int, PlaceReading]]:
        """Where the text names a province inside an organisation's name, and which."""
        found = []
        for m in self.province_names.finditer(text):
            if (not any(p.start < m.end() and m.start() < p.end for p in places)
                    and inside_name(self.context, text, m.start(), m.end()).startswith("organization")):
                reading = self.province_reading(self.gazetteer.lookup(m.group())[0].name)
                if reading is not None:
                    found.append((m.start(), m.end(), reading))
        return found

    def province_reading(self, name: str) -> PlaceReading | None:
        """The province-level unit of this canonical name, if there is one."""
        found = [p for p in self.gazetteer.lookup(name) if p.level == "province"] if name else []
        return PlaceReading(found[0].name, "province", found[0].code, found[0].province) if found else None


def beyond_village(m: Mention) -> bool:
    """Whether a figure is too big to be one village's or township's: more people or households,
    or more yuan, than such a place has (``340,000 poor people``, ``2.84 billion yuan``)."""
    return ((m.type == "COUNT" and m.reading.unit in ("person", "household") and m.reading.value > VILLAGE_PEOPLE)
            or (m.type == "COUNT" and m.reading.value > VILLAGE_THINGS)
            or (m.type == "MONEY" and m.reading.value > VILLAGE_MONEY))


def part_place(m: Mention, records: list[Record], places: MentionIndex, text: str) -> PlaceReading | None:
    """``jobs for 2,350 workers from Yuanyang, 1,480 of them from poor families, in Shanghai``:
    a part of the figure before it in its sentence is where that figure is, unless the part's
    own words, up to the next comma, name a place (``67 counties in Gansu, 20 of them in Dingxi``)."""
    if not records or records[-1].mention.sentence_start != m.sentence_start or not PART_OF_FIGURE.match(text, m.end):
        return None
    comma = text.find(",", m.end, m.sentence_end)
    return None if places.between(m.end, comma if comma >= 0 else m.sentence_end) else records[-1].place


def national_reference(m: Mention, places: MentionIndex, sentence, text: str) -> PlaceReading | None:
    """China for ``nationwide``, for ``the country`` before the value or where it is
    (``66 counties across the country``), and for the central government's figures in a
    sentence naming no place."""
    scopes = list(NATIONAL_SCOPE.finditer(text, *sentence))
    if any(scopes_figures(scope, text, sentence[0]) for scope in scopes):
        return CHINA
    if NATIONAL_ACTOR.search(text, sentence[0], sentence[1]) and not places.between(*sentence):
        return CHINA
    # "study groups from across the country": where they come from, not the figure's country;
    # "came in at No.14 in the country": nor the field of a ranking.
    elsewhere = [scope.span() for scope in scopes]
    pointing = [a for a in ANAPHOR.finditer(text, *sentence)
                if not any(start <= a.start() < end for start, end in elsewhere)
                and not RANKED_FIELD.search(text, max(sentence[0], a.start() - ASIDE_REACH - 20), a.start())]
    found = next((a for a in pointing if a.end() <= m.start), None)
    after = next((a for a in pointing if a.start() >= m.end), None)
    if not found and after and LOCATED.match(text[m.end:after.start()]):
        found = after
    return CHINA if found and found.group(1).lower() in ("country", "nation") else None


def national_before(records: list[Record], back: int) -> PlaceReading | None:
    """China for a figure no place is named for since the sentence before, when that
    sentence's last figure was national (``the number of people living in poverty fell from
    99 million to 43.36 million. Thirteen million people have been lifted ...``), not the place
    the bulletin names most."""
    return CHINA if records and records[-1].place == CHINA and records[-1].mention.start >= back else None


def referent_place(sentence, counts: MentionIndex, records: list[Record], text: str) -> PlaceReading | None:
    """``income in these nine counties``: places counted before, at the place their
    record was given then (the last earlier count of the same value and noun)."""
    for c in counts.between(*sentence):
        if c.reading.unit in LEVEL_WORDS and points_back(c, text):
            counted = same_figure_before(c, records, sentence[0])
            if counted is not None:
                return counted.place
    return None


def national_value(m: Mention, text: str) -> PlaceReading | None:
    """China for a value whose own noun phrase says so: ``its remaining 50 million poor
    people nationwide`` (``nationwide`` a few words after it, in its clause), ``the
    4,000-yuan national poverty line``, ``the national rural average of 14,617 yuan``, the
    whole a part is taken from in ``seven of the 52 counties on the national poverty list``, a
    count of things said to lie in China (``the 168 key cities in China``), a national total
    of the programs (``the last nine of 832 poor counties``)."""
    if m.type == "COUNT" and m.reading.qualifier == "exact" and (m.reading.value, m.reading.unit) in NATIONAL_COUNTS:
        return CHINA
    if m.type != "COUNT" and (NATIONAL_STANDARD.match(text, m.end) or NATIONAL_LEVEL_OF.search(
            text, max(m.sentence_start, m.start - 60), m.start)):
        return CHINA
    if (PARTITIVE_WHOLE.search(text, max(m.sentence_start, m.start - 20), m.start)
            and NATIONAL_LIST.match(text, m.end, m.sentence_end)):
        return CHINA
    if m.type == "COUNT" and IN_CHINA_AFTER.match(text, m.end, m.sentence_end):
        return CHINA
    found = NATIONAL_SCOPE.search(text, m.end, m.sentence_end)
    # "support from 19 provincial governments across the country": the scope of a source.
    return (CHINA if found and found.start() - m.end <= NATIONAL_REACH
            and not CLAUSE_BREAK.search(text, m.end, found.start()) and scopes_figures(found, text, m.end)
            and not NATIONAL_ELSEWHERE.search(text, max(m.sentence_start, m.start - NATIONAL_REACH), m.start)
            else None)


def provinces_spanned(m: Mention, places: MentionIndex, sentence, text: str) -> PlaceReading | None:
    """China for a count of several provinces or of what lies in several (``all poor counties
    in 11 provincial-level areas``, ``the remaining 52 counties in seven provinces``) where
    the sentence names no region holding them (``22 provinces in central and western
    China``) and they are not where something comes from or goes (``funds from 19 provinces``,
    ``ships them to more than 20 provinces``)."""
    if (m.type != "COUNT" or m.reading.value <= 1 or not PROVINCES_COUNTED.match(text, m.end, m.sentence_end)
            or SOURCE_OR_MARKET_BEFORE.search(text, max(sentence[0], m.start - 24), m.start)
            or any(p.reading.level == "macro_region" for p in places.between(*sentence))):
        return None
    return CHINA


def scopes_figures(scope: regex.Match, text: str, start: int) -> bool:
    """``across the country`` is the scope of what is said, not where something comes
    from or goes to (``visitors from across the country``, ``sell to buyers nationwide``)."""
    return not NATIONAL_ELSEWHERE.search(text, max(start, scope.start() - NATIONAL_REACH), scope.start())


def receives(m: Mention, place: Mention, text: str, sentence_start: int) -> bool:
    """``place`` is introduced as where a figure lands (``to 10 western regions``) and,
    after ``m``, no other figure stands between them to take it (``invested 33.4 billion
    yuan, 85.5 percent of which went to ...``); an aside in brackets or dashes does not count,
    nor a year (``raised 1.78 billion yuan in 2022 for ... West China``)."""
    window = max(sentence_start, place.start - RECEIVING_REACH)
    found = RECEIVING.search(text[window:place.start])
    if not found:
        return False
    return place.start < m.end or not numbers_in(BRACKETED.sub("", text[m.end:window + found.start()]))


def in_locating_clause(place: Mention, text: str, sentence) -> bool:
    """``place`` stands in a clause that only says where something else lies (``In Badong
    County, where Shaping is located, 40 percent ...``)."""
    return any(c.start() < place.start and place.end <= c.end() for c in LOCATING_CLAUSE.finditer(text, *sentence))


def given_aside(place: Mention, text: str, start: int) -> bool:
    """The words from ``start`` to ``place`` give it as an example, a part, a
    description of something else, a landmark a site stands near, the whole a place unit
    is counted among, where a statement was made (``told a press conference in
    Kunming``), where a product is sold or visitors come from (``to buyers in Haikou``), not
    as a figure's scope."""
    return any(cue.search(text, start, place.start)
               for cue in (EXAMPLE, PART, APPOSITION, RANKING, LANDMARK, DESCRIBES_PLACE, MEMBER_OF_UNITS,
                           STATEMENT_VENUE, MARKET_OR_VISITORS))


def list_of(place: Mention, places: MentionIndex, text: str) -> list[Mention]:
    """The places of ``place``'s sentence written one after another with only commas, ``and``,
    ``or``, ``in`` or ``of`` between them, ``place`` among them: ``Xingguo, Ningdu and Yudu in
    Ganzhou and Yongxin``."""
    same = places.between(place.sentence_start, place.sentence_end)
    if place not in same:
        return [place]
    first = last = same.index(place)
    while first > 0 and LIST_JOINER.match(text[same[first - 1].end:same[first].start]):
        first -= 1
    while last + 1 < len(same) and LIST_JOINER.match(text[same[last].end:same[last + 1].start]):
        last += 1
    return same[first:last + 1]


def listed_aside(place: Mention, places: MentionIndex, text: str, reach: int) -> bool:
    """``place`` is given aside by words up to ``reach`` characters before it or before the
    list it belongs to: ``among them Xingguo, Ningdu and Yudu in Ganzhou and Yongxin and Suichuan``."""
    first = list_of(place, places, text)[0]
    return given_aside(place, text, max(place.sentence_start, first.start - reach))


def is_source(place: Mention, text: str, start: int) -> bool:
    """``enterprises from Jiangsu``, ``paid for by the city of Zhuhai``, ``money from a company in
    Changsha``: where something comes from."""
    return (bool(SOURCE.search(text, max(start, place.start - SOURCE_REACH), place.start))
            or seats_giver(place, text, start))


def seats_giver(place: Mention, text: str, start: int) -> bool:
    """``money from a company in Changsha``: the place is where the giver of something is."""
    return bool(SOURCE_HOLDER.search(text, max(start, place.start - SOURCE_REACH), place.start))


def counted_within(m: Mention, place: Mention, text: str, counted: int) -> bool:
    """``38 poor counties spread over five cities and prefectures of Gansu``, ``12 counties
    (cities, districts) of Guangyuan``: places counted lie in the wider place that closes
    their noun phrase, a bracketed aside within it aside."""
    return (place.start >= m.end and LEVEL_RANK.get(place.reading.level, counted) < counted <= len(LEVEL_RANK)
            and bool(COUNTED_IN.match(BRACKETED.sub("", text[m.end:place.start]))))


def counted_rank(m: Mention) -> int:
    """The level rank of the unit a value counts (``8 counties``: county), else one
    beyond every level."""
    levels = LEVEL_WORDS.get(m.reading.unit, ()) if m.type == "COUNT" else ()
    return min((LEVEL_RANK[level] for level in levels), default=len(LEVEL_RANK) + 1)


def located_after(m: Mention, place: Mention, text: str) -> bool:
    """``place`` follows the value as where it is: ``80 counties in Sichuan``, ``16.2
    billion yuan ($2.48 billion) in Yunnan`` (an aside in brackets does not count)."""
    return place.start >= m.end and bool(LOCATED.match(BRACKETED.sub("", text[m.end:place.start])))


def sites_apart(places: Sequence[Mention], text: str) -> bool:
    """Townships or villages a sentence joins with "and", each for a site of its own (``a
    tourist center in Jiabang and a parking lot in Basha village``), set no one scene,
    unlike a village named with the township holding it or a place near it (``a site in
    Longquangou Township, about 5 km away from Heilingou``)."""
    local = [p for p in places if p.reading.level in ("township", "village")]
    return any(a.reading != b.reading and SITES_JOINED.search(text, a.end, b.start)
               for a, b in zip(local, local[1:]))


def lands_at(m: Mention, place: Mention, text: str, sentence_start: int) -> bool:
    """The sentence says the value is at ``place``: ``funds to Guizhou``, ``12 districts in
    Shanghai``, ``purchased 3.23 billion yuan ($500 million) of products from Guangxi`` (the
    sales of the place that grew them, not of the buyer)."""
    return (receives(m, place, text, sentence_start) or located_after(m, place, text)
            or (m.type == "MONEY" and place.start >= m.end
                and bool(PRODUCE_FROM.search(text, max(m.end, place.start - SOURCE_REACH), place.start))
                and not numbers_in(BRACKETED.sub("", text[m.end:place.start]))))


def lands_in(m: Mention, place: PlaceReading, places: MentionIndex, sentence, text: str) -> bool:
    """Some mention of ``place`` in the value's sentence is where the value lands."""
    return any(p.reading == place and lands_at(m, p, text, sentence[0]) for p in places.between(*sentence))


def describes_after(m: Mention, place: Mention, text: str) -> bool:
    """The country as a possessive after the value describes something else: "moved 299,300
    villagers to protect one of China's worst regions" (not the whole of a part: "601 of
    China's 832 poor counties")."""
    return (place.reading.level == "country" and bool(POSSESSIVE.match(text, place.end))
            and not PARTITIVE_OF.fullmatch(text, m.end, place.start))


def is_possessed(m: Mention, text: str) -> bool:
    """``its 16 districts``, ``16 of its districts``."""
    return bool(POSSESSED.search(text[max(0, m.start - 8):m.start]) or POSSESSED.search(text[m.end:m.end + 12]))


def counted_place(m: Mention, places: Sequence[Mention], text: str) -> Mention | None:
    """A place in the counted phrase is a count's scope: "2,000 Guangxi workers"; so is
    a giver counting itself: "15 eastern provinces" (that sent officials west)."""
    if m.type != "COUNT":
        return None
    return next((p for p in places if p.start >= m.end and not text[m.end:p.start].strip()), None)


def aid_receivers(named: MentionIndex, text: str) -> dict[str, PlaceReading]:
    """Giving place -> receiving place, for pairs a bulletin states (``Guangdong has
    helped Guangxi``, ``Shanghai's assistance to Yunnan``); a giver stated to help
    several places is left alone, unless one of them holds the others (Yunnan and its
    Pu'er), and of two places said to help each other the one stated first gives, as of two
    joined by a hyphen before words of pairing (``Jiangsu-Shaanxi Pairing-off``); a receiver
    paired with before its giver's clause gives way to it (``a pair relationship with Haidong
    ..., Wuxi has invested``). Its
    own cities count only where it helps nothing else (``aid to Chongqing`` beside ``with
    Shandong's help ... factories in Qingdao``) and it opens the sentence (``Zhejiang has
    pledged RMB 3 billion to Lishui``; not ``counties in Hunan have been paired with
    hospitals in Changsha``)."""
    found: dict[str, set[PlaceReading]] = {}
    givers: dict[str, PlaceReading] = {}
    places = named.mentions
    for first, second in zip(places, places[1:]):
        # "Since the establishment of a pair relationship with Haidong ..., Wuxi has invested":
        # the receiver named first, its giver opening the next clause.
        first_receives = (PAIRED_BEFORE.search(text, max(first.sentence_start, first.start - 40), first.start)
                          and GIVER_CLAUSE.match(text, first.end, second.start))
        giver, receiver = (second, first) if first_receives else (first, second)
        between = text[giver.end:receiver.start]
        words = BRACKETED.sub("", between)
        if (giver.reading.name != receiver.reading.name
                and "country" not in (giver.reading.level, receiver.reading.level)
                and (first_receives or AIDS.match(words)
                     or (receives_aid(receiver.reading) and not receives_aid(giver.reading)
                         and AIDS_WESTWARD.match(words) and not given_aside(receiver, text, giver.end))
                     or (between in PAIR_HYPHENS and PAIRING_AFTER.match(text, receiver.end))
                     or (between == " and "
                         and PAIRED_BETWEEN.search(text, max(giver.sentence_start, giver.start - 60), giver.start))
                     or (between in (" and ", " and the ") and receives_aid(receiver.reading)
                         and not receives_aid(giver.reading) and PAIRED_AFTER_AND.match(text, receiver.end)))
                and (not within(receiver.reading, giver.reading) or not text[giver.sentence_start:giver.start].strip())
                and giver.reading not in found.get(receiver.reading.name, ())):
            if receives_aid(giver.reading) and not receives_aid(receiver.reading):
                # "the Ganzi-Hangzhou partnership": a western province's place receives from an eastern one's.
                giver, receiver, first_receives = receiver, giver, True
            # "to Bijie and Qiannan of Guizhou": the place holding the list the receiver opens.
            chain = [receiver] if first_receives else list_of(receiver, named, text)
            listed = {p.reading for p in chain[chain.index(receiver):]}
            apart = [r for r in listed if not any(o != r and within(o, r) for o in listed)]
            found.setdefault(giver.reading.name, set()).add(
                (widest(listed) if len(apart) > 1 else None) or receiver.reading)
            givers[giver.reading.name] = giver.reading
    return {name: wide for name, readings in found.items()
            if (wide := widest({r for r in readings if not within(r, givers[name])} or readings)) is not None}


def receives_aid(reading: PlaceReading) -> bool:
    """Whether a place lies in a province that receives paired aid (``aid_receiving_provinces.csv``)."""
    return (reading.province or reading.name) in AID_RECEIVING_PROVINCES


def widest(readings: set[PlaceReading]) -> PlaceReading | None:
    """The one reading that is or holds every other (``Yunnan`` for Yunnan and Pu'er), if any."""
    return next((r for r in readings if all(within(o, r) for o in readings)), None)


def within(reading: PlaceReading, wider: PlaceReading) -> bool:
    """``reading`` is ``wider`` or lies in it, ``wider`` being a province."""
    return reading == wider or (wider.level == "province" and reading.province == wider.name)


def respective_region(m: Mention, figures: list[Mention], places: MentionIndex) -> PlaceReading | None:
    """``the eastern, central, western and northeastern regions ... by 110.1%, 116.2%, 123.5%
    and 89.5% respectively``: the region in the figure's position in one macro region named
    by as many directions as there are ``figures`` (``respective_figures``)."""
    if not figures:
        return None
    for region in places.between(m.sentence_start, m.sentence_end):
        if region.reading.level == "macro_region" and region.reading.name.endswith(" China"):
            parts = REGION_PARTS.split(region.reading.name.removesuffix(" China"))
            if len(parts) == len(figures):
                return PlaceReading(name=f"{parts[figures.index(m)]} China", level="macro_region")
    return None


def international_line(m: Mention, key: str, places: MentionIndex, text: str) -> bool:
    """``the World Bank minimum of $1.25 daily``, ``the $1.90 a day poverty line used by the
    World Bank``: a poverty line an international body or standard sets is no place's, unless
    a place is named between them (China's line)."""
    if key != "poverty_line":
        return False
    start = max(m.sentence_start, m.start - 100)
    cue = INTERNATIONAL_LINE.search(text, start, m.start)
    if cue is not None and not places.between(cue.start(), m.start):
        return True
    after = INTERNATIONAL_AFTER.match(text, m.end, m.sentence_end)
    return after is not None and not places.between(m.end, after.end())


def abroad(m: Mention, text: str) -> bool:
    """A count of countries, a value its clause sends to several countries (``provided
    RMB400 billion to 166 countries``), or people it says come from several (``32 officials
    from 18 African countries``), is no place's in China."""
    if m.type == "COUNT" and m.reading.unit == "country":
        return True
    end = CLAUSE_BREAK.search(text, m.end, m.sentence_end)
    end = end.start() if end else m.sentence_end
    return bool(TO_COUNTRIES.match(text, m.end, end)
                or (m.type == "COUNT" and m.reading.unit == "person" and FROM_COUNTRIES.match(text, m.end, end)))


def other_continent(m: Mention, places: MentionIndex, text: str) -> bool:
    """``trained nearly 9,000 agricultural personnel in Africa``: a sentence naming another
    continent and no place but China speaks of a figure there, which no place of the
    tables holds (China is the giver)."""
    return (bool(OTHER_CONTINENT.search(text, m.sentence_start, m.sentence_end))
            and all(p.reading == CHINA for p in places.between(m.sentence_start, m.sentence_end)))


def world_figure(m: Mention, places: MentionIndex, text: str) -> bool:
    """``736 million people living in extreme poverty worldwide``, ``35 percent of the world's
    population``: a figure its sentence makes the world's is no place's, unless a place is
    named before it there or between (``China accounted for 70 percent of global poverty
    reduction``), nor is a share the subject accounts for."""
    scope = WORLD_SCOPE.search(text, m.sentence_start, m.sentence_end)
    if scope is None or SHARE_OF_WORLD.search(text, max(m.sentence_start, m.start - 40), m.start):
        # "The number accounts for over 75 percent of people lifted out of poverty worldwide": the subject's share.
        return False
    # "China was the major contributor, with the ratio of people in extreme poverty in the
    # world having dropped to 10 percent": the world named after the place, in the value's clause.
    # "the world outside China": a place inside the words of the scope is no place before it.
    named = [p for p in places.between(m.sentence_start, max(m.start, scope.end()))
             if not scope.start() <= p.start < scope.end()]
    return (not named
            or (scope.end() <= m.start and not PUNCTUATION_BREAK.search(text, scope.end(), m.start)
                and not places.between(scope.start(), m.start)))


@lru_cache(maxsize=None)  # asked of every place before each value; cleared for each document
def named_aside(place: Mention, text: str, example_goes_on: bool = False) -> bool:
    """A place named in a sentence given as an example (``In Gansu, for example, ...``), as the
    seat of a speaker's institution, where a statement was made, where goods go or buyers come
    from (``supplied to Hong Kong``), where a relative lives or works (``his son in
    Shenzhen``), in brackets that explain a term (``the "three prefectures" (Liangshan ... in
    Sichuan, Nujiang ... in Yunnan)``) or in a photo's caption:
    it sets no scene for the sentences after it. A county, town or village seating a school or
    clinic does (``transferred to work at the Mawangxi Primary School in Luxi county``)."""
    return bool((EXAMPLE_SENTENCE.search(text, place.sentence_start, place.sentence_end) and not example_goes_on)
                or (INSTITUTION_SEAT.search(text, max(place.sentence_start, place.start - ASIDE_REACH), place.start)
                    and LEVEL_RANK.get(place.reading.level, 0) < LEVEL_RANK["county"])
                or STATEMENT_VENUE.search(text, place.sentence_start, place.start)
                or MARKET_OR_VISITORS.search(text, place.sentence_start, place.start)
                # (not "the village" pointing back: "Gu and his son have been working in the village")
                or (text[place.start].isupper() and RELATIVE_ELSEWHERE.search(text, place.sentence_start, place.start))
                or in_brackets(place, text) or in_caption(place.start, text))


def in_brackets(place: Mention, text: str) -> bool:
    """Whether ``place`` stands inside round brackets its sentence opens and closes."""
    opening = text.rfind("(", place.sentence_start, place.start)
    return opening >= 0 and ")" not in text[opening:place.start] and ")" in text[place.end:place.sentence_end]


def national_line(m: Mention, key: str, places: MentionIndex, text: str) -> PlaceReading | None:
    """China for a poverty line its sentence calls the country's before it, with no place
    named between (``LANKAO, Henan -- The Chinese government defines poverty as an income
    of less than 2,800 yuan``), one at the national standard's 2010 prices, or one of the
    amounts China has used as its line (``the poverty line set at 2,300 yuan``)."""
    if key != "poverty_line":
        return None
    if NATIONAL_LINE_AFTER.match(text, m.end, m.sentence_end) or (
            m.reading.unit == "CNY" and m.reading.value in NATIONAL_LINE_VALUES):
        return CHINA
    cues = list(NATIONAL_LINE.finditer(text, m.sentence_start, m.start))
    return CHINA if cues and not places.between(cues[-1].end(), m.start) else None


def general_rule(m: Mention, places: MentionIndex, text: str) -> PlaceReading | None:
    """China for a figure of a rule any county or household must meet (``A county can be
    removed from the list if less than 2 percent of its population is poor``), when the
    sentence names no place before it."""
    if GENERAL_RULE.match(text, m.sentence_start, m.start) and not places.between(m.sentence_start, m.start):
        return CHINA
    return None


def describes_province(place: Mention, text: str) -> bool:
    """``China's populous province``, ``the North China province``: the country or region
    only describes a province the words leave unnamed; it places nothing."""
    return place.reading.level in ("country", "macro_region") and bool(DESCRIBES_PROVINCE.match(text, place.end))


def national_actors(places: list[Mention], text: str) -> list[Mention]:
    """``Beijing Says 13.86 Million Chinese Lifted ...``: the capital as the actor of a
    statement or policy is the national government, so the place it stands for is China;
    not in a text about the municipality (``the Beijing municipal government``)."""
    if CAPITAL_AS_CITY.search(text):
        return places
    return [replace(p, reading=CHINA) if CAPITAL_ACTOR.match(text, p.start) else p for p in places]


def is_dateline(place: Mention, text: str) -> bool:
    """The place that files the story: ``BEIJING, Sept. 3 (Xinhua) --``, ``China News Service,
    Guiyang, November 23``, ``Updated: 2008-07-08 20:47 BEIJING --`` (in capitals after a
    page's clock); or the edition a masthead names: ``China Daily (Hong Kong)``."""
    if text.startswith(")", place.end) and EDITION_BEFORE.search(text, place.sentence_start, place.start):
        return True
    return ((place.start <= place.sentence_start + 1 or place.text.isupper()
             or bool(DATELINE_AGENCY.fullmatch(text, place.sentence_start, place.start)))
            and bool(DATELINE_AFTER.match(text, place.end)))


def document_place(places: list[Mention], title_end: int, text: str,
                   title_names: Iterable[PlaceReading] = ()) -> PlaceReading:
    """The place a bulletin is about: the place it names most often, a name in the title
    counting five times (China, then the place named first, winning ties: the lead
    introduces the subject before its parts), provided it is named at least twice and, if
    not in the title, it and the places in it more often than other provinces and theirs
    together (a national briefing citing Guizhou, Gansu and Yunnan is about China) and
    first in the text's first third (a national report's closing example is not it); macro
    regions, places named as sources (``a company from Zhuhai``), where a statement was made
    (``a conference held in Longnan``), where a byline's reporters were and the country as a
    modifier (``China's poverty campaign``) do not count; another country must win as a province would. A title
    place that locates a smaller unit (``a Hunan mountain village``) gives the title's
    weight to the first such unit the text names in it; so does a province the title names
    only inside a name (``title_names``: ``Report on the Work of the Government of Shaanxi
    Province``)."""
    counts, first = Counter({r: TITLE_WEIGHT for r in title_names}), {r: 0 for r in title_names}
    for p in places:
        first.setdefault(p.reading, p.start)
        if (p.reading.level != "macro_region" and not is_source(p, text, p.sentence_start)
                and not STATEMENT_VENUE.search(text, p.sentence_start, p.start) and not in_byline(p, text)
                and not (p.reading.level == "country" and POSSESSIVE.match(text, p.end))):
            subject = titled_unit(p, places, title_end, text) if p.end <= title_end else None
            if subject is not None:
                counts[subject] += TITLE_WEIGHT
            counts[p.reading] += TITLE_WEIGHT if p.end <= title_end and subject is None else 1
    if not counts:
        return CHINA
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].level != "country", first[item[0]]))
    reading, n = ranked[0]
    if n >= TITLE_WEIGHT or reading == CHINA:
        return reading
    province = reading.province or reading.name
    own = sum(k for r, k in counts.items() if r.level != "country" and (r.province or r.name) == province)
    elsewhere = sum(k for r, k in counts.items() if r.level != "country") - own
    return reading if n >= 2 and own > elsewhere and first[reading] < len(text) / 3 else CHINA


def in_byline(place: Mention, text: str) -> bool:
    """Whether a place is where the reporters of a byline were (``By Huang Zhiling in Zhaojue,
    Sichuan |``): a reporter may file a national story from the village of its launch ceremony."""
    return bool(BYLINE_PLACE.fullmatch(text, text.rfind("\n", 0, place.start) + 1, place.start))


def titled_unit(place: Mention, places: list[Mention], title_end: int, text: str) -> PlaceReading | None:
    """The place a title means by ``a <place> ... village`` or ``a village in <place>``: the
    first place of that unit's level the text names after the title, in the province of
    ``place``."""
    unit = MODIFIES_UNIT.match(text, place.end) or UNIT_IN_PLACE.search(text, max(0, place.start - 30), place.start)
    if unit is None:
        return None
    levels = LEVEL_WORDS[unit.group(1).lower()]
    if LEVEL_RANK.get(place.reading.level, 0) >= min(LEVEL_RANK[level] for level in levels):
        return None
    return next((p.reading for p in places if p.start >= title_end and p.reading.level in levels
                 and p.reading.province == place.reading.province), None)


def paragraph_of(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: a blank line starts a paragraph, or a line break
    in a page with no blank line (one paragraph a line; in text wrapped at a width, a
    line is nearer a paragraph than the whole page is)."""
    breaks = BLANK_LINE if BLANK_LINE.search(text) else LINE_BREAK
    numbers, current, previous_end = [], 0, 0
    for start, end in sentences:
        if breaks.search(text, previous_end, start):
            current += 1
        numbers.append(current)
        previous_end = end
    return numbers
