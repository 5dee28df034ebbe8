"""Who holds a stance a noun or an adjective names, read from the clause around the word.

Part of quote finding (see ``quotes.py``), run over every quote before speakers are resolved,
for a noun or adjective cue left without a source. Three frames name the holder:

- the word inside an ``in`` or ``with`` phrase of a verb: the verb's subject holds it ("Roe
  spoke in support of the bill", "the party has remained in a sour mood about", "Roe toured the
  state with plans to return"), unless the verb meets or answers the stance ("met with
  criticism", "responded with anger": someone else's);
- the word as a predicate of the clause: its subject holds it when it names someone ("Roe is
  convinced that", "voters feel confident about"; not "the plan is hard to ...");
- with no person as subject, a ``to`` or ``for`` object that names one: the stance is theirs
  ("the remarks were galling to him", "the ruling is a concern for the admiral", "that will be
  clear to the voters").
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from dossier.annotate.quotes_found import Found, token_chars
from dossier.annotate.quotes_lexicon import NAME_LABELS, lemma
from dossier.annotate.quotes_source import np_span, source_of
from dossier.annotate.quotes_wordnet import names_people

# Prepositions of a state or a manner the subject is in ("in support of", "with plans to").
STATE_PREPOSITIONS = frozenset({"in", "with"})
# Verbs whose "with" or "in" phrase is someone else's stance toward the subject.
MEETING_VERBS = frozenset(
    "meet greet receive face answer respond counter hit welcome confront result end".split()
)
# Dependencies of a predicate word whose clause's subject holds it.
PREDICATE_DEPS = frozenset({"acomp", "attr"})
# Prepositions that name who experiences what an adjective or noun says ("galling to him").
EXPERIENCER_PREPOSITIONS = frozenset({"to", "for"})
# Personal pronouns, which always name someone who can hold a view.
PERSONAL_PRONOUNS = frozenset(
    "i me you he him she her we us they them who everyone everybody someone somebody".split()
)


def with_frame_sources(doc: Doc, found: list[Found]) -> list[Found]:
    """The quotes, with a holder read from the clause for noun and adjective cues without one.

    Args:
        doc: the parsed document.
        found: quotes from every rule.

    Returns:
        The same quotes in the same order, some with a new source.
    """
    return [_with_frame_source(doc, item) for item in found]


def _with_frame_source(doc: Doc, item: Found) -> Found:
    if item.cue is None or item.source_tokens is not None:
        return item
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    word = _stance_word(cue) if cue is not None else None
    holder = frame_holder(word) if word is not None else None
    if holder is None:
        return item
    start, end = token_chars(doc, holder)
    if item.content[0] <= start and end <= item.content[1]:
        return item  # what was said, not who said it
    return dataclasses.replace(item, source=(start, end), source_tokens=holder)


def _stance_word(cue: Span) -> Token | None:
    """The noun or adjective of a cue ("support" of "in support of"), the first if several."""
    for token in cue:
        if token.pos_ in ("NOUN", "ADJ") or (token.tag_ == "VBN" and token.dep_ == "acomp"):
            return token
    return None


def frame_holder(word: Token) -> tuple[int, int] | None:
    """The token span of who holds the stance a noun or adjective names, by its clause.

    Args:
        word: the noun or adjective of a cue.

    Returns:
        The holder's span, or None when no frame applies.
    """
    head = word.head
    if word.dep_ == "pobj" and head.lower_ in STATE_PREPOSITIONS and head.head.pos_ == "VERB":
        verb = head.head
        return _someone(_subject_of(verb), word.doc) if lemma(verb) not in MEETING_VERBS else None
    if word.dep_ in PREDICATE_DEPS and head.pos_ in ("VERB", "AUX"):
        subject = _someone(_subject_of(head), word.doc)
        if subject is not None:
            return subject
    return _experiencer(word)


def _subject_of(verb: Token) -> tuple[int, int] | None:
    """The verb's subject as ``source_of`` reads it, but not the noun a clause on a noun hangs
    from ("has several reasons to be skeptical": the reasons hold nothing)."""
    if verb.dep_ in ("acl", "relcl"):
        return None
    return source_of(verb)


def _someone(span: tuple[int, int] | None, doc: Doc) -> tuple[int, int] | None:
    """The span if it names someone who can hold a stance ("the plan is hard to ..." no)."""
    return span if span is not None and _names_someone(doc, span) else None


def _experiencer(word: Token) -> tuple[int, int] | None:
    """A ``to`` or ``for`` object naming someone, on the word or on an adverb of degree it takes
    ("clear enough to the voters")."""
    hosts = [word] + [child for child in word.children if child.dep_ == "advmod"]
    for host in hosts:
        for child in host.rights:
            if child.dep_ != "prep" or child.lower_ not in EXPERIENCER_PREPOSITIONS:
                continue
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects and _is_someone(objects[0]):
                return np_span(objects[0], stop=_clause_start(objects[0]))
    return None


def _clause_start(noun: Token) -> int | None:
    """Where a "that" clause the parser hung on the noun begins ("clear to the voters that
    ..."): what is clear, not part of who it is clear to."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            grand.dep_ == "mark" for grand in child.children
        ):
            return child.left_edge.i
    return None


def _names_someone(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names a person or a group (its head, or its last word as in "much
    of the electorate", is a name, a personal pronoun or a noun of people)."""
    words = [token for token in doc[span[0] : span[1]] if not token.is_punct]
    heads = [token for token in words if not span[0] <= token.head.i < span[1]]
    return any(_is_someone(token) for token in heads + words[-1:])


def _is_someone(token: Token) -> bool:
    """A personal pronoun, a name (of a person, group or place), or a common noun whose
    commonest sense is people ("voters", "the admiral", "the crowd")."""
    if token.lower_ in PERSONAL_PRONOUNS or token.ent_type_ in NAME_LABELS:
        return True
    if token.pos_ == "PROPN":
        return not token.ent_type_  # an unlabelled name; a date or a work is no one
    return token.pos_ == "NOUN" and names_people(token)
