"""Who holds a stance named by a noun: "advice from staff", "won the backing of the union".

Part of quote finding (see ``quotes.py``), run over every quote before speakers are resolved,
whichever rule read it. The rules give a noun cue its possessor, its ``by`` agent, or the
subject of the verb it is the object of; two frames name the holder otherwise:

- a ``from`` object on the noun ("advice from staff members", "criticism from the mayor"): the
  stance comes from there;
- the noun as the object of a verb of receiving ("won the endorsement of the union", "has the
  backing of Roe", "drew fire from rivals"): the subject received the stance, so the ``of`` or
  ``from`` object gave it, and the subject is no source.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_found import Found, token_chars
from dossier.annotate.quotes_lexicon import lemma
from dossier.annotate.quotes_marks import kind_of
from dossier.annotate.quotes_source import np_span

# Verbs whose object is a stance someone else holds toward the subject ("won the endorsement
# of", "enjoys the support of", "drew criticism from").
RECEIVING_VERBS = frozenset(
    """win receive get earn gain secure draw attract land garner enjoy seek court lose
    need want""".split()
)
# Nouns of backing given to someone: after "have" their "of" object gives it ("has the
# endorsement of the union"); other nouns after "have" are the subject's own ("has a favorable
# opinion of Roe").
SUPPORT_NOUNS = frozenset(
    "endorsement backing support blessing approval confidence trust vote help".split()
)


def with_nominal_holders(
    doc: Doc, found: list[Found], marks: list[tuple[int, int]]
) -> list[Found]:
    """The quotes, with the holder named by a ``from`` or receiving frame as the source of a noun
    cue that has none, or in place of the recipient a receiving frame's subject names.

    Args:
        doc: the parsed document.
        found: quotes from every rule.
        marks: paired quotation marks of the document, to type a content moved to a recipient.

    Returns:
        The same quotes in the same order, some with a new source.
    """
    return [_with_holder(doc, item, marks) for item in found]


def _with_holder(doc: Doc, item: Found, marks: list[tuple[int, int]]) -> Found:
    if item.cue is None:
        return item
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    if cue is None:
        return item
    for noun in _stance_nouns(cue):
        holder, recipient = nominal_holder(noun)
        if holder is None:
            continue
        content = item.content
        if _inside(holder, content, doc):
            if recipient is None:
                continue
            content = token_chars(doc, recipient)  # "Roe won the backing of X": X backs Roe
        if item.source_tokens is None or item.source_tokens == recipient:
            kind = kind_of(doc.text, *content, marks) if content != item.content else item.kind
            return dataclasses.replace(
                item, kind=kind, content=content, source=token_chars(doc, holder),
                source_tokens=holder,
            )  # fmt: skip
    return item


def _stance_nouns(cue) -> list[Token]:
    """Nouns in the cue: a verb cue's object ("drew fire") may be anything it took in."""
    return [token for token in cue if token.pos_ == "NOUN"]


def nominal_holder(noun: Token) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The holder of the stance a noun names, by a ``from`` object or a receiving frame.

    Args:
        noun: a noun cue ("advice", "endorsement").

    Returns:
        (holder, recipient) token spans: the holder, or None when neither frame applies; the
        recipient is the receiving verb's subject ("Roe won the endorsement of ..."), else None.
    """
    received = noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and (
        lemma(noun.head) in RECEIVING_VERBS
        or (lemma(noun.head) == "have" and lemma(noun) in SUPPORT_NOUNS)
    )
    wanted = ("from", "of") if received else ("from",)
    holder = None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in wanted:
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON"):
                holder = np_span(objects[0])
                break
    if holder is None:
        return None, None
    recipient = None
    if received:
        subjects = [child for child in noun.head.children if child.dep_ == "nsubj"]
        recipient = np_span(subjects[0]) if subjects else None
    return holder, recipient


def _inside(tokens: tuple[int, int], content: tuple[int, int], doc: Doc) -> bool:
    """Whether a token span lies within the quote's content (characters): it is what was said."""
    start, end = token_chars(doc, tokens)
    return content[0] <= start and end <= content[1]
