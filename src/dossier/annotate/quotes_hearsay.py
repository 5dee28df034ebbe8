"""Hearsay adverbs: "The senator reportedly plans to run" attributes the plan to unnamed reports.

Part of quote finding (see ``quotes.py``). PolNeAR marks the adverb as the cue of an attribution
with no source, whose content is the clause the adverb modifies.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_marks import inside

# Adverbs that say a clause is known from reports; "allegedly" and "apparently" were marked in
# under a fifth of their uses on PolNeAR's training split, "reportedly" in two thirds.
HEARSAY_ADVERBS = frozenset({"reportedly"})


def from_hearsay_adverbs(ctx: Context) -> Iterable[Found]:
    """"X reportedly did Y": the clause around the adverb, with no source.

    Args:
        ctx: the document context of quote finding.

    Yields:
        One quote per hearsay adverb modifying a verb, outside quotation marks.
    """
    doc = ctx.doc
    for token in doc:
        if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod":
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or inside(token.idx, ctx.marks):
            continue
        start = verb.left_edge.i
        if start == token.i:
            start += 1  # "Reportedly, X did Y": the adverb opens the clause
        while start < verb.i and doc[start].dep_ in ("cc", "punct"):
            start += 1
        content = trim_and_snap(doc, (start, verb.right_edge.i + 1), ctx.marks, anchor=token.i)
        if content is None:
            continue
        cue = token_chars(doc, (token.i, token.i + 1))
        yield ctx.found(content, token.i, nested_ok=False, cue=cue)
