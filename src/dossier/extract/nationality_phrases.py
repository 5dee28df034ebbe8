"""A nationality before a noun for people is part of that noun's phrase, not a party of its own.

"British fighters were captured" captured fighters, not Britain; "the camp holds French women"
holds women. Read as a name, the adjective made the state the target (17% of the parties of a
story about detainees were such bare adjectives). So when a nationality (a NORP name: "British",
"Kurdish", "Yazidi") premodifies a noun for people who act for themselves or for a group, the party
is the noun phrase ("British fighters", "French Isis women"), with the nationality's country kept
as its country.

A noun for those who act for a state keeps the state as the party: "British officials said",
"Turkish troops shelled", "the Iraqi authorities" speak or act for the United Kingdom, Turkey and
Iraq, and a user following a state finds what its agents did (the choice ``arguments`` made
before, kept on purpose). Nouns of custody and of things ("Iraqi custody", "a Turkish offensive")
are no people: the state holds the custody and launches the offensive, so they stay too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.annotate.gazetteer import country_of
from dossier.extract.captives import captive_party
from dossier.extract.word_classes import GROUP_NOUNS

# Nouns for people who act for a state, or for the polity the nationality names: officials, soldiers,
# police, ministries, courts, envoys, leaders ("Kurdish leaders" speak for the Kurds).
STATE_AGENTS = frozenset({
    "official", "minister", "president", "premier", "chancellor", "ambassador", "envoy", "diplomat", "consul",
    "spokesman", "spokeswoman", "spokesperson", "prosecutor", "judge", "general", "commander", "officer",
    "governor", "secretary", "delegate", "representative", "negotiator", "lawmaker", "mp", "senator",
    "legislator", "politician", "counterpart", "leader", "king", "queen", "monarch", "prince",
    "government", "authority", "authorities", "force", "forces", "troop", "troops", "soldier", "army", "military",
    "police", "policeman", "ministry", "administration", "parliament", "cabinet", "court", "agency", "delegation",
    "regime", "navy", "coalition", "council", "committee", "junta", "peacekeeper", "serviceman", "guard",
    "guards", "intelligence", "security", "embassy", "consulate", "state", "spy", "agent", "pilot", "jet",
})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Groups of people that act for themselves, not for a state ("Syrian opposition groups").
NON_STATE_GROUPS = frozenset({"group", "movement", "opposition", "faction", "militia", "rebel", "insurgent",
                              "community", "family", "network", "cell", "organisation", "organization"})
PLACE_NOUNS = frozenset({"camp", "village", "town", "city"})


def people_phrase(root: Token, label: str) -> Span | None:
    """The noun phrase a nationality premodifies when it names people acting for no state.

    Args:
        root: the root token of a name.
        label: the name's entity label.

    Returns:
        The span from the first modifier of the people noun to that noun ("British Isis fighters"),
        or None when the name is no nationality before such a noun.
    """
    while root.dep_ == "conj" and root.head.ent_type_ == "NORP":
        root = root.head  # "British and French fighters": one phrase for both
    if label != "NORP" or root.dep_ not in MODIFIER_DEPS:
        return None
    head = root.head
    while head.dep_ in MODIFIER_DEPS and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # "British Isis fighters": "Isis" modifies "fighters" in turn
    if head.pos_ != "NOUN" or head.i < root.i or _named_person(head):
        return None
    if not (_people_for_themselves(head) or _stateless(root) and _acting_body(head)):
        return None
    start = min((c.left_edge.i for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i), default=root.i)
    start = min(start, root.i)
    while start < root.i and not _modifier(head.doc[start]):
        start += 1
    return head.doc[start:head.i + 1]


def _people_for_themselves(noun: Token) -> bool:
    """A noun for people (fighters, women, nationals, detainees) or a group of them (rebels, an
    opposition, a militia) who are no agents of a state."""
    lemma, form = noun.lemma_.lower(), noun.lower_
    if lemma in STATE_AGENTS or form in STATE_AGENTS or noun.ent_type_:
        return False
    return lemma in NON_STATE_GROUPS or captive_party(noun)


def _stateless(root: Token) -> bool:
    """A nationality no state answers for ("Kurdish", "Arab", "European"): it cannot stand for one."""
    return country_of(root.text) is None


def _acting_body(noun: Token) -> bool:
    """A noun for a body that acts (forces, officials, a government): with a stateless nationality
    the phrase is the party ("Kurdish forces"), there being no state for it to stand for."""
    return not noun.ent_type_ and (noun.lemma_.lower() in STATE_AGENTS | GROUP_NOUNS - PLACE_NOUNS
                                   or captive_party(noun))


def _named_person(noun: Token) -> bool:
    """"Her Dutch husband, Jan Smit," and "Jan Smit, a Dutch national": the name is the party, and
    the nationality only describes him (the rules of ``argument_rules`` take it from there)."""
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        appositions.append(noun.head)
    return any(a.ent_type_ == "PERSON" for a in appositions)


def _modifier(token: Token) -> bool:
    """A word the phrase keeps before the nationality: an adjective or noun ("suspected"), no number."""
    return token.dep_ in MODIFIER_DEPS and not token.like_num and token.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}
