"""Meeting and agreement words whose partner is no party: no meeting, no accord.

Split out of ``physical_senses`` (whose kinds of thing it reads) because these rules are about the
other side of an event: a meeting needs someone met or hosted, an agreement terms agreed to.

- "host" with a thing of nature for host ("the wetlands host a fishing industry") or a guest that
  is neither a party nor a gathering (an industry) is no meeting; "hosted the talks", "hosted a
  conference", "hosted the delegation" are;
- "meet" whose subject is an act or a statement ("criminal charges have met with mixed results")
  or whose object is abstract ("meet compensation claims") is no meeting;
- "a great deal of", "a good deal more" is an amount, not an accord;
- "accepted tickets, lunches and gifts", "accepted donations" receives goods; "accepted the
  proposal" agrees.

Kinds are read from WordNet through ``physical_senses.kinds`` (a short list stands in without it).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.frames import PARTY_NOUNS
from dossier.extract.ontology import DOCUMENTS, GROUP_NOUNS, PEOPLE, definitions_for
from dossier.extract.thing_kinds import ABSTRACT, MATTER, NATURE, doers, first_kind, kinds

# What one hosts when hosting is a meeting: gatherings (WordNet heads) and kinds of act or talk.
GATHERING_ROOTS = ("gathering", "social_event", "meeting")
GATHERING_KINDS = frozenset({"noun.act", "noun.event", "noun.communication", "noun.time"})
# Adjectives of "a great deal of": the noun is an amount.
QUANTITY_ADJECTIVES = frozenset({"great", "good", "fair"})
# Things received, whose senses WordNet files elsewhere ("tickets" are documents to it).
RECEIVED = frozenset({"ticket", "tickets", "gift", "gifts", "bribe", "bribes", "donation", "donations",
                      "kickback", "kickbacks", "payment", "payments", "money", "cash", "lunch", "lunches"})
# Lexicographer files of what one receives rather than agrees to (money, food, made things).
GOODS = frozenset({"noun.possession", "noun.food", "noun.artifact", "noun.substance", "noun.object"})


def thing_hosts(verb: Token) -> bool:
    """"The wetlands host a fishing industry": a place of nature, or a host whose guest is neither
    a party nor a gathering (an industry, a species), meets nobody. "Qatar hosted the talks", "hosted
    a conference" or "hosted the delegation" does.

    Args:
        verb: "host".

    Returns:
        True when the hosting is no meeting.
    """
    if any(first_kind(d, MATTER | NATURE | {"noun.plant", "noun.animal"}) for d in doers(verb)):
        return True
    guests = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(kinds(g) and not (_party_word(g) or _gathering(g)) for g in guests)


def _party_word(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE | GROUP_NOUNS | PARTY_NOUNS or "noun.person" in kinds(noun)[:1]


def _gathering(noun: Token) -> bool:
    """An event of the ontology, an act or a talk, or (WordNet) a kind of gathering or social event."""
    if definitions_for(noun.lemma_.lower(), True) or kinds(noun)[:1] and kinds(noun)[0] in GATHERING_KINDS:
        return True
    senses = wordnet.synsets(noun.lemma_.lower(), "n")[:3]
    return bool(senses) and any(wordnet.hypernym_closure(s, 12) & _gathering_synsets() for s in senses)


@lru_cache(maxsize=1)
def _gathering_synsets() -> frozenset[tuple[int, str]]:
    return frozenset((s.offset, s.pos) for root in GATHERING_ROOTS for s in wordnet.synsets(root, "n")[:1])


def abstract_meeting(verb: Token) -> bool:
    """"Criminal charges have met with mixed results", "meet compensation claims": "meet" whose
    subject is an act or a statement, or whose object (or "with" noun) is abstract and no party.

    Args:
        verb: "meet".

    Returns:
        True when nobody meets anybody.
    """
    if any(first_kind(d, ABSTRACT | MATTER) for d in doers(verb)):
        return True
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(first_kind(m, ABSTRACT) for m in met)


def quantity_deal(noun: Token) -> bool:
    """"a great deal of the oil", "a good deal more": an amount, not an accord."""
    return noun.lower_ == "deal" and any(c.dep_ == "amod" and c.lower_ in QUANTITY_ADJECTIVES
                                         for c in noun.children)


def receives_goods(verb: Token) -> bool:
    """"accepted tickets, lunches and other gifts", "accepted donations": things received, not
    terms agreed to. A document ("accepted the draft") or a proposal is still agreed to.

    Args:
        verb: "accept".

    Returns:
        True when what is accepted is goods, money or a material thing.
    """
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [c for h in heads for c in h.conjuncts]
    heads = [h for h in heads if h.lemma_.lower() not in DOCUMENTS]
    return any(h.lower_ in RECEIVED or h.lemma_.lower() in RECEIVED or first_kind(h, GOODS) for h in heads)
