"""Where a value holds: the place it applies to, from its sentence, a pointer back, the
sentences before, the bulletin's main place, or China."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..annotate.places import places_of
from ..model import Mention, PlaceReading, Record
from ..patterns import PATTERNS_DIR
from .cues import (AIDS, ANAPHOR, BLANK_LINE, BRACKETED, CHINA, CLAUSE_BREAK, DATELINE_AFTER, DIGIT, EXAMPLE,
                   LEVEL_RANK, LEVEL_WORDS, LOCATED, NATIONAL_ACTOR, NATIONAL_SCOPE, NATIONAL_STANDARD, POSSESSIVE, RECEIVING, REFERS_BACK, SOURCE,
                   MentionIndex)

AID_KEYS = ("funding", "personnel", "other")  # what a giving place sends, counted at the receiver
RECEIVING_REACH = 50  # characters before a place in which "to", "for"... make it where a figure lands
TITLE_WEIGHT = 5  # a place in the title says what the bulletin is about
NATIONAL_REACH = 40  # characters after a value in which "nationwide" still qualifies it
RECENT_SENTENCES = 1  # news runs a sentence a paragraph: the sentence before counts, whatever the paragraph


class PlaceFinder:
    """Places of a value's sentence, read against the gazetteer for the province members share."""

    def __init__(self, patterns_dir: Path = PATTERNS_DIR):
        self.gazetteer = places_of(patterns_dir)

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
        landing = [p for p in same if p.reading.level != "country" and lands_at(m, p, text, sentence[0])]
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
                referred = anaphor(m, places, sentence, text, main_place)
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


def referent_place(sentence, counts: MentionIndex, records: list[Record], text: str) -> PlaceReading | None:
    """``income in these nine counties``: places counted before, at the place their
    record was given then (the last earlier count of the same value and noun)."""
    for c in counts.between(*sentence):
        if c.reading.unit not in LEVEL_WORDS or not REFERS_BACK.search(text[max(0, c.start - 12):c.start]):
            continue
        for r in reversed(records):
            if (r.mention.start < sentence[0] and r.mention.type == "COUNT" and r.place is not None
                    and (r.mention.reading.value, r.mention.reading.unit) == (c.reading.value, c.reading.unit)):
                return r.place
    return None


def recent_place(m: Mention, places: MentionIndex, paragraph_start: int) -> PlaceReading | None:
    """The most specific place named since the start of the value's paragraph or the
    sentence before (the last among equals)."""
    earlier = [p for p in places.between(paragraph_start, m.sentence_start) if p.reading.level != "country"]
    if not earlier:
        return None
    return max(reversed(earlier), key=lambda p: LEVEL_RANK.get(p.reading.level, 0)).reading


def national_value(m: Mention, text: str) -> PlaceReading | None:
    """China for a value whose own noun phrase says so: ``its remaining 50 million poor
    people nationwide`` (``nationwide`` a few words after it, in its clause), ``the
    4,000-yuan national poverty line``."""
    if m.type != "COUNT" and NATIONAL_STANDARD.match(text, m.end):
        return CHINA
    after = text[m.end:min(m.sentence_end, m.end + NATIONAL_REACH)]
    found = NATIONAL_SCOPE.search(after)
    return CHINA if found and not CLAUSE_BREAK.search(after, 0, found.start()) else None


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


def located_after(m: Mention, place: Mention, text: str) -> bool:
    """``place`` follows the value as where it is: ``80 counties in Sichuan``, ``16.2
    billion yuan ($2.48 billion) in Yunnan`` (an aside in brackets does not count)."""
    return place.start >= m.end and bool(LOCATED.match(BRACKETED.sub("", text[m.end:place.start])))


def lands_at(m: Mention, place: Mention, text: str, sentence_start: int) -> bool:
    """The sentence says the value is at ``place``: ``funds to Guizhou``, ``12 districts in Shanghai``."""
    return receives(m, place, text, sentence_start) or located_after(m, place, text)


def lands_in(m: Mention, place: PlaceReading, places: MentionIndex, sentence, text: str) -> bool:
    """Some mention of ``place`` in the value's sentence is where the value lands."""
    return any(p.reading == place and lands_at(m, p, text, sentence[0]) for p in places.between(*sentence))


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


def is_dateline(place: Mention, text: str) -> bool:
    return place.start <= place.sentence_start + 1 and bool(DATELINE_AFTER.match(text, place.end))


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
