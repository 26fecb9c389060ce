"""Segment: paragraphs, sentences and page furniture, as the first spaCy component.

Scraped bulletins break lines inside sentences and run headings, datelines and
``Share`` lines into the text without punctuation, so a punctuation-only sentencizer
merges them into the next sentence. Here a line break ends a sentence unless the line
plainly continues (no closing punctuation, and the next line in lower case or this one
ending in a word like ``the``; over one blank line too in text wrapped that way), and furniture
lines from ``patterns/boilerplate.jsonl`` go to ``doc.spans["boilerplate"]`` so no
figure is mined from them. Offsets are never changed: only token flags and spans are set.
"""
from __future__ import annotations

import sys
from bisect import bisect_right
from itertools import pairwise
from pathlib import Path

import numpy

import regex
from spacy.language import Language
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from .patterns import PATTERNS_DIR, PatternError, load_jsonl_rules, load_lines

LINE = regex.compile(r"[^\n]+")
TERMINAL = regex.compile(r"[.!?:;\"\u201d\u2019')\]]\s*$")
CONTINUES = regex.compile(r"^[\s\"'\u201c(]*[a-z0-9]")
LOWER_START = regex.compile(r"^\s*[a-z]")
WRAPPED_MIN_LINES = 5
# A line ending in a word no sentence ends with runs on, whatever case the next begins
# with: "during the 12th" / "Five-Year Plan period".
RUNS_ON = regex.compile(r"\b(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|its|their|this|these|those"
                        r"|\d+(?:st|nd|rd|th))\s*$", regex.I)


# doc.text is rebuilt from the tokens on every access: doc._.text keeps it, set by the
# caller that has the string at hand or else by this first component.
for _name in ("sentences", "text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("policy_segmenter", default_config={"patterns_dir": None},
                  assigns=["token.is_sent_start", "doc.spans", "doc._.sentences", "doc._.text"])
def make_segmenter(nlp: Language, name: str, patterns_dir: str | None):
    return Segmenter(Path(patterns_dir) if patterns_dir else PATTERNS_DIR)


class Segmenter:
    def __init__(self, patterns_dir: Path):
        rules = load_jsonl_rules(patterns_dir / "boilerplate.jsonl", required=("id", "pattern"),
                                 allowed=("id", "pattern", "comment", "dates"))
        # Furniture is whole lines: rules are tried at line starts only, not at every character.
        unanchored = [r["id"] for r in rules if not r["pattern"].startswith("^")]
        if unanchored:
            raise PatternError(f"boilerplate.jsonl: rule(s) {', '.join(unanchored)} must start with ^")
        # One pass for all furniture rules; each stays a line of its own in the file. A
        # furniture span is labelled ``dated`` when its dates are the page's own (a
        # dateline), else ``undated`` (a copyright year locates nothing in the text).
        self.furniture = regex.compile("|".join(f"(?P<{'dated' if r.get('dates', True) else 'undated'}>{r['pattern']})"
                                                for r in rules), regex.I | regex.M | regex.X)
        abbreviations = load_lines(patterns_dir / "abbreviations.txt")
        not_after = "|".join(regex.escape(a[:-1]) for a in sorted(abbreviations, key=len, reverse=True))
        # A sentence ends at . ! ? (and closing quotes) before a capital, digit or quote,
        # unless the period ends an abbreviation or a single initial; scraped text may glue
        # the next sentence to the stop (announced.Yan'an has).
        self.sentence_end = regex.compile(
            rf"(?<!\b(?:{not_after}))(?<!\b[A-Z])[.!?][\"'\u201d\u2019)\]]*[ \t\xa0]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
            rf"|(?<=\b[a-z]{{2,}}[.!?])(?=[A-Z][a-z])")

    def starts(self, text: str) -> list[int]:
        """Character offsets where sentences start."""
        starts = {0}
        lines = [(m.start(), m.end(), m.group()) for m in LINE.finditer(text) if m.group().strip()]
        # Each line with the next and the count of line breaks between them.
        pairs = [(prev, start, line, text.count("\n", prev_end, start))
                 for (_, prev_end, prev), (start, _, line) in pairwise(lines)]
        spaced = [prev for prev, _, _, newlines in pairs if newlines == 2]
        # Hard-wrapped text with a blank line after every line ("in the" / "" / "late 1970s"):
        # most lines before a blank line end mid-sentence, where paragraphs end with a stop.
        wrapped = len(spaced) >= WRAPPED_MIN_LINES and sum(not TERMINAL.search(p) for p in spaced) > len(spaced) / 2
        for prev, start, line, newlines in pairs:
            if newlines > 2 or (newlines == 2 and not wrapped):
                joined = False
            elif newlines == 2:
                # Over a blank line a line runs on into a lower-case word, not a digit.
                joined = not TERMINAL.search(prev) and bool(LOWER_START.match(line) or RUNS_ON.search(prev))
            else:
                joined = not TERMINAL.search(prev) and bool(CONTINUES.match(line) or RUNS_ON.search(prev))
            if not joined:
                starts.add(start + len(line) - len(line.lstrip()))
        for m in self.sentence_end.finditer(text):
            starts.add(m.end())
        return sorted(starts)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.text is None:
            doc._.text = doc.text
        text = doc._.text
        starts = self.starts(text)
        token_starts = doc.to_array(IDX).astype(numpy.int64) if len(doc) else numpy.zeros(0, dtype=numpy.int64)
        flags = numpy.full(len(doc), -1, dtype=numpy.int32)
        first_tokens = numpy.searchsorted(token_starts, starts)
        flags[first_tokens[first_tokens < len(doc)]] = 1
        if len(doc):
            flags[0] = 1
            doc.from_array([SENT_START], flags.reshape(-1, 1).astype(numpy.uint64))
        ends = starts[1:] + [len(text)]
        doc._.sentences = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
                           for s, e in zip(starts, ends) if text[s:e].strip()]
        furniture = []
        for line in LINE.finditer(text):
            m = self.furniture.match(text, line.start())
            if m is None:
                continue
            span = doc.char_span(m.start(), m.end(), label=m.lastgroup, alignment_mode="expand")
            if span is not None and len(span):
                furniture.append(span)
        doc.spans["boilerplate"] = furniture
        return doc


def sentence_at(doc: Doc, char: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence holding character ``char``."""
    bounds = doc._.sentences
    i = bisect_right(bounds, (char, sys.maxsize)) - 1
    return bounds[max(i, 0)] if bounds else (0, 0)
