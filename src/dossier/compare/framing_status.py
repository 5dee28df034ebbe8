"""Framing signal two: how outlets describe the status of places ("annexed", "administered by").

Participles describing place-like nouns ("districts administered by X", "occupied valleys"), where a
noun is place-like when the corpus attaches lists of proper names or a named place to it.
Descriptions of the same places by different outlets, sharing a named neighbour, with different
participles, form a group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from dossier import models
from dossier.compare.framing_base import (VALUE_LABELS, FramingGroup, Mention, build_group, components,
                                          evidence_of, join_tokens, outlet_of)

# Prepositions that put something in a place (language, not story); "between" is left out because
# it as often joins parties ("talks between the delegations of X and Y").
PLACE_PREPOSITIONS = {"in", "on", "from", "into", "across", "throughout", "within", "inside", "over"}


def find_status_groups(docs: Sequence[tuple[models.Document, Doc]]) -> list[FramingGroup]:
    """Groups of different participles outlets use to describe the status of the same places.

    Args:
        docs: each article with its parsed spaCy ``Doc`` (needs a parser, tagger, lemmatizer and NER).

    Returns:
        Groups of kind "status", labelled "status of <the described noun>".
    """
    places = _place_lemmas(doc for _, doc in docs)
    return _status_groups([m for d, doc in docs for m in _status_mentions(d, doc, places)])


def _place_lemmas(docs: Iterable[Doc]) -> set[str]:
    """Common nouns the corpus attaches to named places: a list of names, or "of" a place."""
    places = set()
    for doc in docs:
        for token in doc:
            if token.pos_ == "NOUN" and (_names_list(token) or _of_place(token)):
                places.add(token.lemma_.lower())
    return places


def _names_list(noun: Token) -> bool:
    """"the A and B districts", "A, B and C districts": coordinated proper names on or with the noun."""
    names = [c for c in noun.children if c.dep_ in {"compound", "appos", "nmod"} and c.pos_ == "PROPN"]
    coordinated = [c for n in names for c in n.conjuncts if c.pos_ == "PROPN"]
    if noun.dep_ == "conj":
        coordinated += [c for c in noun.conjuncts if c.pos_ == "PROPN"]
    return bool(coordinated)


def _of_place(noun: Token) -> bool:
    """"on the territory of X": a noun of a named place, itself the object of a place preposition."""
    located = noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPOSITIONS
    return located and any(c.dep_ == "prep" and c.lower_ == "of" and any(_named_place(g) for g in c.children)
                           for c in noun.children)


def _named_place(token: Token) -> bool:
    """A place name, or a list of proper names ("of A and B")."""
    if token.dep_ != "pobj":
        return False
    if token.ent_type_ in {"GPE", "LOC"}:
        return True
    return token.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in token.conjuncts)


def _status_mentions(document: models.Document, doc: Doc, places: set[str]) -> list[Mention]:
    """Participles describing a place-like noun: "X-ed districts", "districts X-ed by", "... were X-ed"."""
    found = []
    for token in doc:
        if token.tag_ != "VBN":
            continue
        described = _described(token)
        if described is None or described.lemma_.lower() not in places:
            continue
        text = _status_text(token, described)
        neighbours = frozenset(t.lemma_.lower() for t in token.sent
                               if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC"})
        found.append(Mention(doc_id=document.doc_id, outlet=outlet_of(document), key=token.lemma_.lower(),
                             text=text, loading=1, evidence=evidence_of(document, token.sent),
                             features=neighbours, place=described.lower_))
    return found


def _described(participle: Token) -> Token | None:
    """The noun a participle describes: its head (amod, acl) or its passive subject's conjuncts."""
    if participle.dep_ in {"amod", "acl"} and participle.head.pos_ == "NOUN":
        return participle.head
    for child in participle.children:
        if child.dep_ == "nsubjpass":
            candidates = [child, *child.conjuncts]
            return next((c for c in candidates if c.pos_ == "NOUN"), None)
    return None


def _status_text(participle: Token, described: Token) -> str:
    """The participle with its adverbs and short prepositional phrases (dates left out)."""
    words = [c for c in participle.children if c.dep_ == "advmod" and c.i < participle.i] + [participle]
    for child in participle.children:
        if child.dep_ in {"agent", "prep"} and child.i > participle.i:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in VALUE_LABELS]
            for obj in objects:
                words += [child, *[t for t in obj.lefts if t.dep_ in {"compound", "amod"}], obj]
    if participle.dep_ == "amod":
        words.append(described)
    return join_tokens(sorted(set(words), key=lambda t: t.i))


def _status_groups(mentions: list[Mention]) -> list[FramingGroup]:
    """Descriptions sharing a named neighbour across outlets, kept when outlets choose differently."""
    usage: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        usage[mention.key].add(mention.outlet)
    pairs = [(i, j) for i, a in enumerate(mentions) for j, b in enumerate(mentions)
             if i < j and a.outlet != b.outlet and a.key != b.key and a.features & b.features]
    groups = []
    for members, support in components(len(mentions), pairs):
        chosen = [mentions[i] for i in members]
        group = build_group(chosen, chosen, usage, kind="status", support=support,
                            concept=f"status of {_common_place(chosen)}")
        if group is not None:
            groups.append(group)
    return groups


def _common_place(mentions: list[Mention]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        counts[mention.place] += 1
    return max(counts, key=lambda w: (counts[w], w))
