"""A cue's subject the parser left stranded behind an aside ("Roe, facing a hard race, said").

Part of quote finding (see ``quotes_source``), used when a finite cue has no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import breaks_line
from dossier.annotate.quotes_source_subjects import name_opening_line

# Tags of a finite verb: only a finite cue has a subject of its own to look for.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Dashes that set an aside off ("A spokesman - a former aide - noted").
DASHES = frozenset({"—", "–", "--", "-"})
# Words opening a relative clause set off by commas, which annotators keep in the source.
RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})
# Pronouns that may stand stranded before an aside ("She, meanwhile, said").
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
# What may stand just before a stranded name: a comma (or the sentence's start), or the
# quotation mark closing the words the name is about to be credited with.
NAME_OPENERS = frozenset({",", "”", '"', "''"})


def stranded_subject(cue: Token) -> tuple[int, int] | None:
    """"Sen. Jane Roe, facing a hard race, said ...": when the parser hangs a long subject
    elsewhere (as a conjunct or an object of the clause before), the speaker is the name that
    opens the sentence, or follows a comma or a closing quotation mark, and runs up to the
    cue through commas only. The cue may be finite through its auxiliary ("Roe, who chairs
    the board, doesn't see ...") and an adverb may stand between the comma and the cue
    ("..., bluntly suggested"). With no comma there, a name opening a paragraph right before
    the cue is taken (see ``quotes_source_subjects.name_opening_line``). With no such name, or
    with a bracket or a dash closing the aside, the noun phrase opening the sentence is taken
    (see ``opening_noun_phrase``: "The mayor, who ..., said", "Advisers (...) suggest").

    Args:
        cue: a finite reporting verb the parser gave no subject.

    Returns:
        The token span of the name or noun phrase, or None when none stands there.
    """
    doc = cue.doc
    if not _is_finite(cue):
        return None
    close = _words_before(cue)
    if close > cue.sent.start and (doc[close].text == ")" or _is_dash(doc[close])):
        return opening_noun_phrase(cue, close)
    comma = _comma_before(cue)
    if comma is None:
        return name_opening_line(cue, close)
    if comma < 1:
        return None
    start = cue.sent.start
    for i in range(comma - 1, start - 1, -1):
        token = doc[i]
        if breaks_line(token):
            start = i + 1
            break
    candidate = None
    i = start
    while i < comma:
        before = doc[i - 1].text if i > start else ","
        if doc[i].pos_ == "PROPN" and before in NAME_OPENERS:
            end = i
            while end < comma and doc[end].pos_ == "PROPN":
                end += 1
            if doc[end].text == "," and doc[end - 1].ent_type_ not in ("DATE", "TIME", "GPE"):
                candidate = (i, end)
            i = end
        i += 1
    if candidate is None:
        return opening_noun_phrase(cue, comma)
    return _with_comma_apposition(cue, comma, candidate)


def opening_noun_phrase(cue: Token, close: int) -> tuple[int, int] | None:
    """"The mayor, who took office in May, said", "Advisers to the campaign (all of them
    unnamed) suggest", "A spokesman for the firm - a maker of toys - noted": the noun phrase
    that opens the sentence, before an aside closed at token ``close`` right before the cue.

    The phrase must be one noun phrase up to the mark opening the aside (a comma, a bracket or
    the same dash), headed by a noun, a name or a personal pronoun, with no finite verb; a
    bracket or dash aside stays in the span with its closing mark, as annotators mark it, and
    so does a relative clause set off by commas ("The mayor, who ...,").

    Returns:
        The token span, or None when no such phrase opens the sentence.
    """
    doc = cue.doc
    first = _sentence_opening(cue)
    closing = doc[close].text
    opener = {")": "("}.get(closing, closing)
    aside = next((i for i in range(first + 1, close) if doc[i].text == opener), None)
    if aside is None or not _one_noun_phrase(doc, first, aside):
        return None
    if closing != "," or doc[aside + 1].lower_ in RELATIVE_WORDS:
        return first, close + 1
    return first, aside


def _sentence_opening(cue: Token) -> int:
    """The first word of the cue's sentence, past a line break, a closing quotation mark ending
    a quotation that opens the sentence, and a leading conjunction ("But", "And")."""
    doc = cue.doc
    first = cue.sent.start
    for i in range(cue.i - 1, first - 1, -1):
        if breaks_line(doc[i]) or (doc[i].text in ("”", "''") and i > first):
            first = i + 1
            break
    while first < cue.i and (doc[first].is_space or doc[first].dep_ == "cc"):
        first += 1
    return first


def _one_noun_phrase(doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` form one noun phrase: one head (a noun, a name or a
    personal pronoun) and no finite verb."""
    if end <= start:
        return False
    heads = [token for token in doc[start:end] if not start <= token.head.i < end]
    if len(heads) != 1 or any(token.tag_ in FINITE_TAGS | {"MD"} for token in doc[start:end]):
        return False
    head = heads[0]
    if head.ent_type_ in ("DATE", "TIME"):
        return False  # "Tuesday, after ...": when, not who
    return head.pos_ in ("NOUN", "PROPN") or head.lower_ in PERSONAL_PRONOUNS


def _is_dash(token: Token) -> bool:
    """A dash standing between words, not a hyphen inside one ("D.C.-based")."""
    if token.text not in DASHES:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)



def _is_finite(cue: Token) -> bool:
    """A finite verb, or one made finite by its auxiliary ("doesn't see", "had said")."""
    if cue.tag_ in FINITE_TAGS:
        return True
    return any(
        child.dep_ == "aux" and child.tag_ in FINITE_TAGS | {"MD"} and child.i < cue.i
        for child in cue.children
    )


def _words_before(cue: Token) -> int:
    """The index of the last token before the cue's own auxiliaries, negation and adverbs
    ("..., doesn't see", "Roe bluntly suggested")."""
    doc = cue.doc
    i = cue.i - 1
    while i > cue.sent.start and doc[i].head.i == cue.i and doc[i].dep_ in (
        "aux", "neg", "advmod"
    ):
        i -= 1
    return i


def _comma_before(cue: Token) -> int | None:
    """The comma closing the stranded subject's aside, past the cue's own auxiliaries,
    negation and adverbs ("..., doesn't see", "..., bluntly suggested"); None if none."""
    i = _words_before(cue)
    return i if i >= 0 and cue.doc[i].text == "," else None


def _with_comma_apposition(cue: Token, comma: int, name: tuple[int, int]) -> tuple[int, int]:
    """The name, with a short noun apposition closed by the comma before the cue ("Jane Roe, the
    party's leader,"), as annotators mark it; a longer aside ("facing ...") is left out."""
    doc = cue.doc
    left, right = name
    aside = doc[right + 1 : comma]
    if len(aside) and aside[0].pos_ == "DET" and not any(t.text == "," for t in aside):
        if all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART", "ADP") for t in aside):
            return left, comma + 1
    return name
