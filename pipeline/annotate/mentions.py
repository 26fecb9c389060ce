"""``policy_mention_filter``: choose among overlapping candidates.

The longest candidate wins, then the rule with the higher priority, then the earlier
one. ``NOT_*`` candidates (ordinals, codes, clock times, names built on numbers) win
like any other and are then dropped and counted, so a number inside them is never
reported; so are candidates inside page furniture, except dates (a dateline is furniture
whose date still locates the bulletin).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .ruler import CANDIDATES, count_dropped

MENTIONS = "mentions"
BOILERPLATE = "boilerplate"


@Language.factory("policy_mention_filter", assigns=["doc.spans"])
def make_mention_filter(nlp: Language, name: str):
    return mention_filter


def mention_filter(doc: Doc) -> Doc:
    candidates = sorted(doc.spans.get(CANDIDATES, []),
                        key=lambda s: (-(s.end_char - s.start_char), -s._.rule.priority, s.start_char))
    size = doc[-1].idx + len(doc[-1].text_with_ws) + 1 if len(doc) else 1
    taken, furniture = bytearray(size), bytearray(size)
    for span in doc.spans.get(BOILERPLATE, []):
        furniture[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
    kept = []
    for span in candidates:
        if any(taken[span.start_char:span.end_char]):
            continue
        taken[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
        if span.label_.startswith("NOT_"):
            count_dropped(doc, f"not_a_mention:{span._.rule.rule_id}")
        elif furniture[span.start_char] and span.label_ != "DATE":
            count_dropped(doc, "page_furniture")
        else:
            kept.append(span)
    doc.spans[MENTIONS] = sorted(kept, key=lambda s: s.start_char)
    return doc
