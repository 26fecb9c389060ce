"""Annotate: a blank English spaCy pipeline with the project's registered components.

``build_nlp()`` assembles it; ``annotate()`` runs it over one bulletin and returns plain
``Mention`` records with offsets into the bulletin's text. Long bulletins are cut at
paragraph breaks into chunks, so memory stays flat however large a file is.
"""
from __future__ import annotations

from pathlib import Path

import regex
import spacy
from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

from ..model import Bulletin, Mention
from ..patterns import PATTERNS_DIR
from ..segment import sentence_at  # also registers policy_segmenter
from . import mentions as _mentions  # noqa: F401  (registers policy_mention_filter)
from . import normalize as _normalize  # noqa: F401  (registers policy_normalizer)
from . import places as _places  # noqa: F401  (registers policy_place_ruler)
from . import ruler as _ruler  # noqa: F401  (registers policy_regex_ruler)
from .mentions import MENTIONS
from .numbers import THOUSANDS_GROUP, NumberReader

CHUNK_CHARS = 50_000
CHUNK_BREAKS = [regex.compile(p) for p in (r"\n\s*\n", r"\n", r"(?<=[.!?])\s+", r"\s+")]
# Scraped text glues words to numbers (its18,800, up3.8%, in 2003,and) and numbers to
# numbers (In 2019,24 counties): split letters from digits, and digits at a comma no
# thousands group follows, so every number starts a token and its span aligns; a year
# after a hyphen (end-2021) starts a token too, a pipe between fields (By Vivian
# Yan|Sep 10,2020) is no part of a word, nor a bracket after a question or before a figure
# (next step?(2023-02-23), yuan($8 million)), and a month's name glued to the word before
# it starts a token (PublishedAugust 29, 2017), and a percent sign glued to the word or the
# full stop after it is its own token (95%of, 90%.The).
# A tilde for "about" glued before a figure or its currency sign (~US$2.61 billion) is its own token.
GLUE_PREFIXES = [r"~(?=[A-Z$¥€£\d])"]
GLUED_MONTH = (r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November"
               r"|December)$)")
GLUE_INFIXES = [r"(?<=[a-z])-(?=[12]\d{3}(?!\d))", r"(?<=[A-Za-z])(?=\d)", r"(?<=\d)(?=[A-Za-z\u4e00-\u9fff])",
                r"(?<=\$)(?=\d)", r"(?<=[A-Za-z]\.)(?=\d)", r"(?<=[A-Za-z])[:,](?=\d)", r"(?<=\d),(?=[A-Za-z])", r"\|",
                r"(?<=[A-Za-z][?!])[(\[]", r"(?<=[A-Za-z])[(\[](?=[$¥€£\d])", GLUED_MONTH,
                rf"(?<=\d),(?!{THOUSANDS_GROUP})(?=\d)", r"(?<=\d)%(?=\.?[A-Za-z])", r"(?<=\d%)\.(?=[A-Z])"]


def build_nlp(patterns_dir: Path = PATTERNS_DIR) -> Language:
    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + GLUE_INFIXES).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + GLUE_PREFIXES).search
    count_as_numbers(nlp, NumberReader.default(patterns_dir).number_words())
    config = {"patterns_dir": str(patterns_dir)}
    nlp.add_pipe("policy_segmenter", config=config)
    nlp.add_pipe("policy_regex_ruler", name="quantities", config={**config, "rules": "quantities.jsonl"})
    nlp.add_pipe("policy_regex_ruler", name="dates", config={**config, "rules": "dates.jsonl"})
    nlp.add_pipe("policy_place_ruler", config=config)
    nlp.add_pipe("policy_mention_filter")
    nlp.add_pipe("policy_normalizer", config=config)
    nlp.max_length = 2 * CHUNK_CHARS
    return nlp


def count_as_numbers(nlp: Language, words: frozenset[str]) -> None:
    """Make ``like_num`` true for the number reader's words (``nought``, ``dozen``,
    ``quarter``) as well as spaCy's own, since number rules start only at tokens like numbers."""
    spacy_like_num = nlp.vocab.lex_attr_getters[LIKE_NUM]
    nlp.vocab.lex_attr_getters[LIKE_NUM] = lambda text: spacy_like_num(text) or text.lower() in words
    for lexeme in nlp.vocab:
        if lexeme.lower_ in words:
            lexeme.like_num = True


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of at most ``size`` characters, cut at the best break found."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        cut = None
        for rx in CHUNK_BREAKS:
            found = list(rx.finditer(window))
            if found:
                cut = start + size // 2 + found[-1].end()
                break
        cut = cut or start + size
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def annotate(nlp: Language, bulletin: Bulletin) -> tuple[list[Mention], list[tuple[int, int]], dict[str, int]]:
    """Mentions, sentence ``(start, end)`` offsets and dropped-candidate counts for one bulletin."""
    mentions, sentences, dropped = [], [], {}
    for offset, end in chunks(bulletin.text):
        doc = nlp.make_doc(bulletin.text[offset:end])
        doc._.text = bulletin.text[offset:end]
        doc._.published = bulletin.published
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        sentences.extend((offset + s, offset + e) for s, e in doc._.sentences)
        for span in doc.spans[MENTIONS]:
            s, e = sentence_at(doc, span.start_char)
            mentions.append(Mention(bulletin.doc_id, span.label_, offset + span.start_char, offset + span.end_char,
                                    span.text, span._.norm, offset + s, offset + e))
        for reason, n in (doc._.dropped or {}).items():
            dropped[reason] = dropped.get(reason, 0) + n
    return mentions, sentences, dropped
