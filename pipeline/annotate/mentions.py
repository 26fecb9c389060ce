"""``policy_mention_filter``: choose among overlapping candidates.

The longest candidate wins, then the rule with the higher priority, then the earlier
one. ``NOT_*`` candidates (ordinals, codes, clock times, names built on numbers) win
like any other and are then dropped and counted, so a number inside them is never
reported; so are candidates inside page furniture, except dates (a dateline is furniture
whose date still locates the bulletin).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .ruler import RULE_KEY, count_dropped

MENTIONS = "mentions"
BOILERPLATE = "boilerplate"
# Page furniture yields no figures; a dateline's date is still a date, a copyright year is not.
DATED_FURNITURE, UNDATED_FURNITURE = 1, 2


@Language.factory("policy_mention_filter", assigns=["doc.spans"])
def make_mention_filter(nlp: Language, name: str):
    return mention_filter


def mention_filter(doc: Doc) -> Doc:
    candidates = sorted(doc._.candidates or [], key=lambda c: (c.start - c.end, -c.priority, c.start))
    size = max((c.end for c in candidates), default=0) + 1
    taken, furniture = bytearray(size), bytearray(size)
    for span in doc.spans.get(BOILERPLATE, []):
        mark = DATED_FURNITURE if span.label_ == "dated" else UNDATED_FURNITURE
        furniture[span.start_char:min(span.end_char, size)] = bytes([mark]) * (min(span.end_char, size) - span.start_char)
    winners = []
    for c in candidates:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        if c.label.startswith("NOT_"):
            count_dropped(doc, f"not_a_mention:{c.rule_id}")
        elif furniture[c.start] == UNDATED_FURNITURE or (furniture[c.start] and c.label != "DATE"):
            count_dropped(doc, "page_furniture")
        else:
            winners.append(c)
    spans = [doc.char_span(c.start, c.end, label=c.label, alignment_mode="strict") for c in winners]
    misaligned = [c for c, span in zip(winners, spans) if span is None]
    if misaligned:
        split_at_boundaries(doc, [p for c in misaligned for p in (c.start, c.end)])
        # Splitting shifts token indices: make every span again.
        spans = [doc.char_span(c.start, c.end, label=c.label, alignment_mode="strict") for c in winners]
    kept = []
    for c, span in zip(winners, spans):
        if span is None:
            count_dropped(doc, "unaligned")
            continue
        doc.user_data[(RULE_KEY, c.start, c.end)] = c
        kept.append(span)
    doc.spans[MENTIONS] = sorted(kept, key=lambda s: s.start_char)
    return doc


def split_at_boundaries(doc: Doc, positions: list[int]) -> None:
    """Split the tokens a mention starts or ends inside (``1990s.`` tokenized as ``1990``
    ``s.``), so every mention is a span of whole tokens at its exact offsets."""
    starts = doc.to_array(IDX).tolist()
    cuts: dict[int, list[int]] = {}
    for position in positions:
        i = bisect_right(starts, position) - 1
        if 0 <= i < len(doc) and doc[i].idx < position < doc[i].idx + len(doc[i].text):
            cuts.setdefault(i, []).append(position - doc[i].idx)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(set(offsets)), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
