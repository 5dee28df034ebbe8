"""Which quotes the cue model's scores keep: the gate, nesting, and additions that repeat one.

Part of quote finding (see ``quotes.py``); ``quotes_learned.refine_cues`` scores the words and
calls these. Split from ``quotes_learned`` to keep each module to one concept.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_found import Found
from dossier.partitives import PARTITIVE_HEADS

__all__ = ["gated", "holds_a_cue", "same_colon_reading", "unnested"]

# Entity labels of a phrase that counts part of a group ("55 percent of voters"); its head nouns
# are ``partitives.PARTITIVE_HEADS``.
SHARE_LABELS = frozenset({"PERCENT", "CARDINAL"})


def same_colon_reading(text: str, item: Found, others: Sequence[Found]) -> bool:
    """"The senator put it bluntly: “...”": the rules already read the quotation after the
    colon with the colon as its cue, and a word before it would make it twice. (Dropping every
    added quote whose content another quote has lowered dev F1: most such pairs share a gold
    attribution with a cue in two pieces.)

    Args:
        text: the document's text.
        item: a quote read around a word the model added.
        others: the quotes already kept or added.

    Returns:
        Whether another quote has the same content and a bare colon as its cue.
    """
    return any(
        other.content == item.content and other.cue is not None
        and text[other.cue[0]:other.cue[1]].strip() == ":"
        for other in others
    )


def holds_a_cue(source: tuple[int, int] | None, cues: Sequence[tuple[int, int]]) -> bool:
    """"Her claim that the count was rigged drew criticism": a source holding another cue is an
    attribution itself, not who holds one.

    Args:
        source: an added quote's source span, if any.
        cues: the cue spans found so far.

    Returns:
        Whether a cue starts inside the source.
    """
    return source is not None and any(source[0] <= a < source[1] for a, _ in cues)


def unnested(
    doc: Doc, kept: list[Found], added: list[Found], scores: dict[int, float], sure: float,
    mutual: bool = False,
) -> list[Found]:
    """Drop an added quote whose cue lies inside the content of a quote the model is sure of
    (its cue scoring at least ``sure``): PolNeAR does not nest attributions (no gold cue of 100
    training documents lies inside another's content), so "X said voters back Y" is one. A
    rule quote stays unless its source is unnamed ("Roe said Smith resigned after criticizing
    the plan" keeps Smith's criticism, as the rules' tests want).

    Args:
        doc: the parsed document.
        kept: the rules' quotes the gate kept.
        added: the quotes read around words the model added.
        scores: the model's probabilities by token index.
        sure: the probability from which a cue counts as sure (the ``add`` threshold).
        mutual: of two quotes each holding the other's cue, keep the surer (the vector
            model's weights; without them both go, as the weights without vectors were fitted).

    Returns:
        The kept quotes followed by the added ones, less the nested.
    """
    found = kept + added
    sure_of = [item for item in found if item.cue and _cue_score(doc, item, scores) >= sure]

    def holds(outer: Found, inner: Found) -> bool:
        return outer.content[0] <= inner.cue[0] < inner.cue[1] <= outer.content[1]

    def nested(item: Found) -> bool:
        # Two quotes each holding the other's cue ("X dislike the plan, the survey found", read
        # both ways): the one with the surer cue stays.
        score = _cue_score(doc, item, scores) if item.cue is not None else 0.0
        return item.cue is not None and any(
            other is not item and holds(other, item)
            and not (mutual and holds(item, other) and score >= _cue_score(doc, other, scores))
            for other in sure_of
        )

    kept = [
        item for item in kept
        if not nested(item) or (_named_source(doc, item) and not _told_according_to(doc, item))
    ]
    return kept + [item for item in added if not nested(item)]


def _told_according_to(doc: Doc, item: Found) -> bool:
    """"“...,” Roe said, according to the paper": the phrase modifies the speech verb itself, so
    the paper reports Roe's words and the saying is part of its content, named speaker or not
    (on PolNeAR's training split, 24 of 25 such speech verbs are no cue of their own). A phrase
    inside what was said ("Roe said that, according to X, ...") leaves the verb its own cue."""
    span = doc.char_span(*item.cue, alignment_mode="expand") if item.cue else None
    return span is not None and any(
        child.lower_ == "according" and child.dep_ == "prep" and child.i + 1 < len(doc)
        and doc[child.i + 1].lower_ == "to"
        and not item.content[0] <= child.idx < item.content[1]
        for token in span for child in token.children
    )


def _named_source(doc: Doc, item: Found) -> bool:
    """Whether a quote's source holds a name (an entity or a proper noun) and is no share of a
    group ("72 percent of voters", "a majority of Americans"): respondents counted in a poll
    speak through the poll, whose finding holds what they said."""
    span = doc.char_span(*item.source, alignment_mode="expand") if item.source else None
    return span is not None and not _a_share(span.root) and any(
        t.ent_type_ or t.pos_ == "PROPN" for t in span
    )


def _a_share(root: Token) -> bool:
    """Whether a noun phrase's head counts part of a group: a number, a percentage or a
    partitive noun ("six in 10", "55 percent", "a majority", "half")."""
    return (
        root.like_num or root.ent_type_ in SHARE_LABELS or root.lemma_.lower() in PARTITIVE_HEADS
    )


def _cue_score(doc: Doc, item: Found, scores: dict[int, float]) -> float:
    """The highest score of a cue's words; 1 for a cue with no scored word ("according to")."""
    span = doc.char_span(*item.cue, alignment_mode="expand") if item.cue else None
    inner = [scores[t.i] for t in span or () if t.i in scores]
    return max(inner) if inner else 1.0


def gated(doc: Doc, item: Found, scores: dict[int, float], gate: float) -> bool:
    """A rule quote is dropped when every scored word of its cue scores below ``gate``; a cue
    with no scored word ("according to") stays.

    Args:
        doc: the parsed document.
        item: a rule quote.
        scores: the model's probabilities by token index.
        gate: the probability below which a rule cue is dropped.

    Returns:
        Whether the quote is dropped.
    """
    return item.cue is not None and _cue_score(doc, item, scores) < gate
