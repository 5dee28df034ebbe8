"""A quote around a noun or adjective the cue model is sure of when no reader finds its content.

Part of quote finding (see ``quotes_sure``, which reads sure verbs). The words before a noun or
an adjective are seldom what it reports, so only its own complement is read: a noun's
"that"-clause, infinitive, participle, apposition or "about"/"of"/"on"/"against"/"at" phrase
("her promise that she would ...", "a petition calling on ...", "criticism of the plan"), what
follows the copula it is the subject of, a "that"-clause or words after a colon ("Her
response was: ..."); an adjective's own "that"/"to"
complement or phrase ("confident in", "aware that"), or, after an expletive copula, the clause
of that copula ("it is clear that ..."); a modifier's, its noun's ("a harsh attack on ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_lexicon import cue_chars
from dossier.annotate.quotes_source import source_of
from dossier.annotate.quotes_source_span import np_span

__all__ = ["read_nominal"]

# Prepositions whose phrase on a noun or adjective of saying or feeling holds what it is about.
ABOUT_PREPOSITIONS = frozenset({"about", "of", "on", "over", "against", "at", "in", "by", "with"})
# A clause, infinitive or participle on a noun or adjective ("promise that", "eager to").
CLAUSE_DEPS = frozenset({"acl", "ccomp", "xcomp", "appos"})
EXPLETIVES = frozenset({"it", "there", "this", "that"})  # "it is clear that": nobody's view


def read_nominal(ctx: Context, token: Token) -> Found | None:
    """A quote around a sure noun or adjective with a complement of its own.

    Args:
        ctx: the document's quote-finding context.
        token: a noun or adjective the cue model scores above its ``add`` threshold.

    Returns:
        The quote, its content the complement, its source the noun's possessor or the subject
        of the verb it completes; None when the word has no such complement.
    """
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        if token.head.i < token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            return None
        governed = _complements(token.head)
        holder = token.head
    else:
        governed = _complements(token) or _after_copula(token)
        holder = token
    if not governed:
        return None
    first = governed[0]
    start = first.i + 1 if first.dep_ == "prep" else first.left_edge.i
    marks = [child.i for child in first.lefts if child.dep_ == "mark" and child.lower_ == "that"]
    start = max([start, *marks])  # "an assumption then that ...": the clause from its "that"
    span = (max(start, token.i + 1), governed[-1].right_edge.i + 1)
    content = trim_and_snap(ctx.doc, span, ctx.marks, anchor=token.i)
    if content is None or content[0] <= token.idx:
        return None
    return ctx.found(
        content, token.i, nested_ok=True, cue=cue_chars(token, until=content[0]),
        source_tokens=_holder_source(holder),
    )


def _complements(word: Token) -> list[Token]:
    """The clause or phrase after a noun or adjective that says what it is about."""
    for child in word.rights:
        if child.dep_ in CLAUSE_DEPS or _relative_subject(child):
            return [child]
        if child.dep_ == "prep" and child.lower_ in ABOUT_PREPOSITIONS and any(
            grand.dep_ in ("pobj", "pcomp") for grand in child.children
        ):
            return [child]
    if word.dep_ == "acomp":  # "it is clear that ...": the clause hangs on the copula
        return [
            child for child in word.head.rights
            if child.i > word.i and (child.dep_ in ("ccomp", "xcomp") or _that_clause(child))
        ][:1]
    if word.dep_ in ("dobj", "attr"):  # "offered a promise yet that ...": it hangs on the verb
        return [
            child for child in word.head.rights
            if child.i > word.i and (_that_clause(child) or _noun_participle(child))
        ][:1]
    return []


def _relative_subject(clause: Token) -> bool:
    """"a sign that read ...": a relative clause whose subject is the noun itself."""
    return clause.dep_ == "relcl" and any(
        child.dep_ == "nsubj" and child.lower_ in ("that", "which") for child in clause.lefts
    )


def _noun_participle(clause: Token) -> bool:
    """"started a petition this week calling on ...": a participle the parser hung on the verb."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(
        child.dep_ in ("nsubj", "mark") for child in clause.lefts
    )


def _that_clause(clause: Token) -> bool:
    """A clause opening with "that" ("... that she would not raise taxes")."""
    return clause.dep_ in ("ccomp", "advcl") and any(
        child.dep_ == "mark" and child.lower_ == "that" for child in clause.lefts
    )


def _after_copula(noun: Token) -> list[Token]:
    """"Her response was: ...", "the view is that ...": what the copula says the noun is."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    colon = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"
    return [  # "the problem is the cost of it" names the problem: no one's words
        child for child in verb.rights
        if _that_clause(child) or child.dep_ == "ccomp" or (colon and child.dep_ == "attr")
    ][:1]


def _holder_source(word: Token) -> tuple[int, int] | None:
    """Who holds the noun ("Clinton's promise"), else the subject of the verb it completes
    ("Roe offered a promise", "Roe is confident")."""
    for child in word.children:
        if child.dep_ == "poss":
            return np_span(child)
    if word.dep_ in ("dobj", "acomp", "attr") and word.head.pos_ in ("VERB", "AUX"):
        span = source_of(word.head)
        if span is not None and word.doc[span[0] : span[1]].text.lower() not in EXPLETIVES:
            return span
    return None
