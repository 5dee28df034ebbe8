"""A cue's subject the parser left stranded behind an aside ("Roe, facing a hard race, said").

Part of quote finding (see ``quotes_source``), used when a finite cue has no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import breaks_line
from dossier.annotate.quotes_source_span import np_span
from dossier.annotate.quotes_source_subjects import name_opening_line

# Tags of a finite verb: only a finite cue has a subject of its own to look for.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Dashes that set an aside off ("A spokesman - a former aide - noted").
DASHES = frozenset({"—", "–", "--", "-"})
# Words opening a relative clause set off by commas, which annotators keep in the source.
RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})
# Pronouns that may stand stranded before an aside ("She, meanwhile, said").
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
# Relations the parser gives a subject it failed to hang on the verb: beside another noun, a
# conjunct, or a fragment of its own.
STANDING_DEPS = frozenset({"appos", "conj", "ROOT", "dep", "npadvmod"})
# Marks that end the clause before a subject's own ("..., but Roe (...) says").
CLAUSE_MARKS = frozenset({",", ";", ":"})
# Words opening a clause whose subject may be the stranded name ("..., as Jane Roe, the
# governor's daughter, attacked ...", "after Roe, asked about it, had said").
SUBORDINATORS = frozenset(
    "as after while when because since before until though although but".split()
)
# What may stand just before a stranded name: a comma (or the sentence's start), or the
# quotation mark closing the words the name is about to be credited with.
NAME_OPENERS = frozenset({",", "”", '"', "''"})


def stranded_subject(cue: Token) -> tuple[int, int] | None:
    """"Sen. Jane Roe, facing a hard race, said ...": when the parser hangs a long subject
    elsewhere (as a conjunct or an object of the clause before), the speaker is the name that
    opens the sentence, or follows a comma, a closing quotation mark or a word opening a
    clause ("..., as Jane Roe, his daughter, attacked"), and runs up to the cue through
    commas only. The cue may be finite through its auxiliary ("Roe, who chairs
    the board, doesn't see ...") and an adverb may stand between the comma and the cue
    ("..., bluntly suggested"). With no comma there, a name opening a paragraph right before
    the cue is taken (see ``quotes_source_subjects.name_opening_line``), else a noun phrase the
    parser hung elsewhere that ends right before the cue (see ``adjacent_noun_phrase``). With
    no such name, or
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
        return name_opening_line(cue, close) or adjacent_noun_phrase(cue, close)
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
        before = doc[i - 1].lower_ if i > start else ","
        if doc[i].pos_ == "PROPN" and (before in NAME_OPENERS or before in SUBORDINATORS):
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


def adjacent_noun_phrase(cue: Token, last: int) -> tuple[int, int] | None:
    """"..., former president Bill Clinton said", "a White House official who spoke anonymously
    said": the noun phrase ending at token ``last``, right before a finite cue the parser gave
    no subject, when the parser hung it elsewhere (in apposition to a noun before it, or as the
    head of a relative clause whose last word stands before the cue). A noun that is the object
    of a verb or a preposition in the clause before is no speaker ("after meeting the governor
    said" is left alone) unless it closes a relative clause on the speaker.

    Returns:
        The token span of the noun phrase, or None when no such phrase ends there.
    """
    doc = cue.doc
    if last < cue.sent.start or doc[last].right_edge.i != last:
        return None
    noun = doc[last]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.dep_ in STANDING_DEPS:
        return np_span(noun)
    holder = _relative_head(noun, last)
    return np_span(holder) if holder is not None else None


def _relative_head(token: Token, last: int) -> Token | None:
    """The noun a relative clause or participle hangs from, when the clause holding ``token``
    ends at ``last`` (clauses inside it may lie between: "who spoke anonymously to discuss
    strategy"); None when no such clause holds it."""
    node = token
    while node.head.i != node.i and node.head.right_edge.i == last:
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            head = node.head
            return head if head.dep_ in STANDING_DEPS and head.ent_type_ not in ("DATE", "TIME") else None
        node = node.head
    return None


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
    if aside is None:
        return None
    if not _one_noun_phrase(doc, first, aside):
        return None if closing == "," else _clause_opening_phrase(doc, first, close, opener)
    if closing != "," or doc[aside + 1].lower_ in RELATIVE_WORDS:
        return first, close + 1
    return first, aside


def _clause_opening_phrase(doc, first: int, close: int, opener: str) -> tuple[int, int] | None:
    """"Few would admit it, but Sen. Jane Roe (a Democrat from Ohio) says": the noun phrase
    opening the clause the cue ends, after a comma or a conjunction, up to the bracket or dash
    aside closed at token ``close``, which stays in the span; None when no one noun phrase
    stands there."""
    aside = max(i for i in range(first + 1, close) if doc[i].text == opener)
    start = aside
    while start > first and doc[start - 1].text not in CLAUSE_MARKS and doc[start - 1].dep_ != "cc":
        start -= 1
    if start == first or not _one_noun_phrase(doc, start, aside):
        return None
    return start, close + 1


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
