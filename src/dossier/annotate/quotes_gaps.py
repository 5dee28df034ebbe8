"""Where a relative pronoun left a gap in what a cue reports: "a wall, which he said Mexico
should pay for", "the marchers, whom she described as calm", "a step they believe could help".

Part of quote finding (see ``quotes.py`` and ``quotes_extracted``, which reads the quote). Kept
apart from the reader so that ``quotes_content`` can stop an outer content before such a clause
(:func:`cut_before`) without importing the reader, which builds on ``quotes_content``; the same
cut keeps a second speaker's "while" clause out of the first one's content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_lexicon import ALL_CUES, CUE_LEMMAS, lemma
from dossier.annotate.quotes_source import np_span

__all__ = ["cut_before", "gap_reading"]

# Tags of relative pronouns and determiners ("which", "who", "whom", "that", "whose").
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# A clause the cue reports; the relative pronoun fills a gap inside it.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Subordinators of a clause that sets one speaker against another ("..., while Roe says ...").
CONTRAST_MARKS = frozenset({"while", "whereas"})
# What the cue says its object is ("which he called a cartel", "whom she described as calm").
PREDICATE_DEPS = frozenset({"oprd"})


def gap_reading(cue: Token) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """The pieces of what a cue in a relative clause reports, when the relative pronoun (or, in
    a reduced relative, the noun the clause modifies) fills a place in its complement.

    Args:
        cue: a verb.

    Returns:
        (the gap's token span, the complement's token span after the cue, the clause's
        subject), or None when the cue is not in such a clause or its subject is the relative
        pronoun ("the people who said ...": they are the speakers).
    """
    if cue.pos_ != "VERB" or cue.dep_ != "relcl" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
    if not subjects:
        return None  # "the people who said ...": the relative pronoun is the speaker
    rights = list(cue.rights)
    clause = next((child for child in rights if child.dep_ in CLAUSE_DEPS), None)
    if clause is not None:
        pronoun = _relative_in(clause, cue)
        if pronoun is not None:
            gap = (pronoun.i, pronoun.i + 1)
        elif not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            gap = np_span(cue.head, stop=cue.left_edge.i)  # "a step they believe could help"
        else:
            return None  # "the day he said he would resign": no gap
        start = _clause_start(clause, cue)
        return None if start is None else (gap, (start, clause.right_edge.i + 1), subjects[0])
    objects = [c for c in cue.lefts if c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS]
    said = next((
        child for child in rights
        if child.dep_ in PREDICATE_DEPS or (child.dep_ == "prep" and child.lower_ == "as")
    ), None)
    if not objects or said is None:
        return None
    return (objects[0].i, objects[0].i + 1), (said.left_edge.i, said.right_edge.i + 1), subjects[0]


def _relative_in(clause: Token, cue: Token) -> Token | None:
    """The relative pronoun before the cue that fills a place in the clause ("which" in "which
    he said Mexico should pay for")."""
    for token in clause.subtree:
        if token.i >= cue.i:
            break
        if token.tag_ in RELATIVE_TAGS and token.head.i != cue.i:
            return token
    return None


def _clause_start(clause: Token, cue: Token) -> int | None:
    """The first token of the clause after the cue (the pronoun and the source lie before it)."""
    return next((token.i for token in clause.subtree if token.i > cue.i), None)


def cut_before(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A content's token span, stopped at the comma before a relative clause inside it that
    reports something itself ("a wall, which he said Mexico should pay for"), or before a
    "while" clause in which another speaker says something ("..., while critics say ...").

    Args:
        doc: the parsed document.
        span: a content's token span.

    Returns:
        The span, ending at the first such comma when its start lies before it.
    """
    start, end = span
    for token in doc[start:end]:
        key = lemma(token)
        if key not in ALL_CUES or not (
            (token.dep_ == "relcl" and gap_reading(token) is not None)
            or (key in CUE_LEMMAS and _contrast(token))
        ):
            continue
        comma = token.left_edge.i - 1
        if start < comma < end and doc[comma].text == ",":
            return start, comma
    return span


def _contrast(cue: Token) -> bool:
    """"One count says 1,800, while another says 2,400": a verb of saying heading a "while" or
    "whereas" clause with a subject of its own sets another speaker against the first; the
    writer juxtaposes the two, and the clause is no part of what the first one said. (A stance
    there, "while Republicans favored Roe", mostly goes on reporting a poll's findings, and
    ``cut_before`` leaves it to the first content.)"""
    return cue.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in CONTRAST_MARKS and child.i == cue.left_edge.i
        for child in cue.children
    ) and any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children)
