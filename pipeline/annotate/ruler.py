"""``policy_regex_ruler``: rules from a JSONL file of ``patterns/``, matched over the text.

Regexes, not token patterns, because bulletins glue and split tokens (``its18,800``,
``up3.8%``) and a number's shape is a character matter. Each match becomes a
``Candidate`` in ``doc._.candidates`` with its rule and named groups;
``policy_mention_filter`` then picks among overlapping candidates and makes spans of
the winners only (most candidates lose, and a span costs more than a tuple).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import numpy
import regex
from spacy.attrs import IDX, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..patterns import PATTERNS_DIR, PatternError, compile_cached, compile_rules, expand_atoms, load_jsonl_rules
from .vocab import vocabulary

LEFT_REACH = 40  # characters a rule's left context may span


class Candidate(NamedTuple):
    """A span some rule claims: where, as what, how strongly, and the rule's named groups.

    A named tuple, not a dataclass: a document makes thousands of them."""

    start: int
    end: int
    label: str
    rule_id: str
    priority: int
    groups: dict[str, str | None] = {}
    year_offset: int | None = None

    def group(self, name: str) -> str:
        return self.groups.get(name) or ""


# A mention's candidate, keyed by its offsets (mentions do not overlap).
RULE_KEY = "policy.rule"
ANCHORS_KEY = "policy.anchors"


def rule_of(span: Span) -> Candidate | None:
    return span.doc.user_data.get((RULE_KEY, span.start_char, span.end_char))


if not Span.has_extension("rule"):
    Span.set_extension("rule", getter=rule_of)
for _name in ("dropped", "candidates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def count_dropped(doc: Doc, reason: str, n: int = 1) -> None:
    """Rejected candidates are counted by reason, never lost silently."""
    if doc._.dropped is None:
        doc._.dropped = {}
    doc._.dropped[reason] = doc._.dropped.get(reason, 0) + n


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def add_candidates(doc: Doc, candidates) -> None:
    if doc._.candidates is None:
        doc._.candidates = []
    doc._.candidates.extend(candidates)


@Language.factory("policy_regex_ruler", default_config={"rules": "quantities.jsonl", "patterns_dir": None},
                  assigns=["doc._.candidates"])
def make_regex_ruler(nlp: Language, name: str, rules: str, patterns_dir: str | None):
    return RegexRuler(Path(patterns_dir) if patterns_dir else PATTERNS_DIR, rules)


class RegexRuler:
    def __init__(self, patterns_dir: Path, rules_file: str):
        vocab = vocabulary(patterns_dir)
        path = patterns_dir / rules_file
        self.rules = compile_rules(load_jsonl_rules(path, allowed=(
            "label", "id", "pattern", "comment", "examples", "counterexamples", "priority", "year_offset",
            "extend_left", "left_required", "anchor", "requires", "ascending")), vocab.atoms, path.name)
        self.numbers = vocab.numbers
        # A rule's ``requires``: words without which it cannot match, sought once in a
        # document before the rule is tried at each of its anchors.
        self.requires = {rule["id"]: compile_cached(rule["requires"], regex.I)
                         for rule, _ in self.rules if "requires" in rule}
        # Token forms are lower-cased; month abbreviations are matched with and without their
        # period, a currency sign of two words (U.S. $) at its first.
        anchor_words = {"MONTH": {form for w in vocab.month_names for form in (w.lower(), w.lower() + ".")},
                        "CURRENCY_PREFIX": {form for w in vocab.currency_prefixes
                                            for form in (w.lower(), w.lower().split()[0])}}
        self.anchor_hashes = {name: numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)
                              for name, words in anchor_words.items()}
        self.number_leads = numpy.array(sorted(hash_string(w) for w in ("a", "an", "half")), dtype=numpy.uint64)
        unknown = {rule["anchor"] for rule, _ in self.rules if "anchor" in rule} - {"NUMBER", *anchor_words}
        if unknown:
            raise PatternError(f"{path.name}: unknown anchor {', '.join(sorted(unknown))}")
        left = {rule["id"]: f"(?:{expand_atoms(rule['extend_left'], vocab.atoms)})\\Z"
                for rule, _ in self.rules if "extend_left" in rule}
        self.left = {rule_id: compile_cached(pattern, regex.X | regex.I) for rule_id, pattern in left.items()}
        # Whether a context ends at a position, asked before every anchor of a rule that
        # requires it and after every match: matched backwards from there it is one attempt,
        # where the forward search (kept for its start and groups) tries every start in reach.
        self.left_ends = {rule_id: compile_cached(pattern, regex.X | regex.I | regex.REVERSE)
                          for rule_id, pattern in left.items()}


    def anchors(self, doc: Doc) -> dict[str, list[int]]:
        """Where anchored rules may start: tokens that look like numbers (or ``a``,
        ``an``, ``half`` before one: ``half a million``), month names, currency signs.
        Token attributes are read as arrays, once per document for every ruler."""
        cached = doc.user_data.get(ANCHORS_KEY)
        if cached is not None:
            return cached
        if not len(doc):
            return {"NUMBER": [], **{name: [] for name in self.anchor_hashes}}
        cols = doc.to_array([LIKE_NUM, LOWER, IDX])
        number = cols[:, 0] == 1
        lead = numpy.isin(cols[:, 1], self.number_leads)
        lead[:-1] &= number[1:] | lead[1:]
        lead[-1] = False
        found = {"NUMBER": cols[number | lead, 2].tolist()}
        for name, hashes in self.anchor_hashes.items():
            found[name] = cols[numpy.isin(cols[:, 1], hashes), 2].tolist()
        doc.user_data[ANCHORS_KEY] = found
        return found

    def match(self, doc: Doc, text: str):
        """A ``Candidate`` for every match of every rule.

        A rule with an ``anchor`` is tried only where such a token starts (a number,
        a month name, a currency sign), which spares scanning the text once per rule. A
        rule's ``extend_left`` context (``the end of`` before ``July 2011``) widens the
        span backwards; with ``left_required`` the match needs it, and is tried only
        where the context is found first. A rule whose ``requires`` words the document lacks
        is not tried at all; an ``ascending`` rule's match counts only where its ``high``
        number exceeds its ``amount``.
        """
        positions = self.anchors(doc) if any("anchor" in rule for rule, _ in self.rules) else {}
        for rule, rx in self.rules:
            required_words = self.requires.get(rule["id"])
            if required_words is not None and not required_words.search(text):
                continue
            left, ends = self.left.get(rule["id"]), self.left_ends.get(rule["id"])
            required, ascending = rule.get("left_required", False), rule.get("ascending", False)
            label, rule_id, priority, offset = rule["label"], rule["id"], int(rule.get("priority", 0)), \
                rule.get("year_offset")
            if "anchor" in rule:
                candidates = positions[rule["anchor"]]
                if required:
                    candidates = [p for p in candidates if ends.match(text, max(0, p - LEFT_REACH), p)]
                found = (rx.match(text, pos) for pos in candidates)
                matches = [m for m in found if m is not None]
            else:
                matches = rx.finditer(text)
            for m in matches:
                start, end = m.span()
                groups = m.groupdict()
                if left is not None:
                    reach = max(0, start - LEFT_REACH)
                    if ends.match(text, reach, start):
                        before = left.search(text, reach, start)
                        start = before.start()
                        groups.update((k, v) for k, v in before.groupdict().items() if v)
                    elif required:
                        continue
                if ascending and not self.ascends(groups):
                    continue
                if text[start].isspace() or text[end - 1].isspace():
                    start, end = trim(text, start, end)
                if end > start:
                    yield Candidate(start, end, label, rule_id, priority, groups, offset)

    def ascends(self, groups: dict[str, str | None]) -> bool:
        """Whether a range runs upwards; ``38.1% to 23.6%`` is a fall, two figures."""
        low, high = self.numbers.parse(groups.get("amount") or ""), self.numbers.parse(groups.get("high") or "")
        return low is None or high is None or high > low

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.match(doc, doc._.text))
        return doc
