"""Kinds of thing a noun names (substance, amount, natural thing, party...), and who or what a verb
acts on or by, read through amounts.

Split from ``physical_senses`` because every word-sense check needs the same reading of the parse
and of WordNet: whether a subject or object is a party, a substance or an amount ("the oil killed
seabirds", "shares were hit", "captured two militants"). The force checks stay in
``physical_senses``; ``custody_senses``, ``party_senses``, ``health_senses`` and the others read
kinds here.

Kinds are read from the first WordNet senses of the head noun (its lexicographer file); without
WordNet a short list of common nouns stands in, and a noun not on it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.frames import PARTY_NOUNS
from dossier.extract.sense_parse import of_noun_or_self
from dossier.extract.word_classes import GROUP_NOUNS, PARTITIVES, PEOPLE

# Heads that portion what their "of" phrase names, besides the ontology's partitives ("much of the oil").
AMOUNT_HEADS = PARTITIVES | {"much", "more", "less", "all", "bulk", "portion", "share", "fraction", "amount",
                             "lot", "deal", "rest", "remainder", "percent", "quarter", "barrel", "barrels",
                             "gallon", "gallons", "ton", "tons", "tonne", "tonnes", "litre", "liter"}
# Lexicographer files (WordNet 3.0) of the kinds of thing these rules tell apart.
MATTER = frozenset({"noun.substance"})
AMOUNTS = frozenset({"noun.quantity", "noun.possession"})
NATURE = frozenset({"noun.object", "noun.phenomenon"})
PARTIES = frozenset({"noun.person", "noun.group"})
ABSTRACT = frozenset({"noun.act", "noun.communication", "noun.cognition", "noun.attribute", "noun.state",
                      "noun.possession", "noun.quantity", "noun.phenomenon", "noun.event", "noun.process",
                      "noun.relation", "noun.time", "noun.motive", "noun.feeling"})
# Names that are parties (or places that act as one); other entity labels say nothing of kind.
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Without WordNet: the kinds of a few nouns common in accident, market and engineering news.
FALLBACK_SENSES = {
    **dict.fromkeys(("oil", "crude", "gas", "mud", "water", "cement", "sand", "ice", "smoke", "chemical",
                     "hydrate", "crystal", "sludge", "tar", "fuel", "petroleum", "debris"), "noun.substance"),
    **dict.fromkeys(("barrel", "gallon", "ton", "tonne", "litre", "liter", "percent", "half", "share", "stock",
                     "price", "profit", "revenue", "dividend", "gift", "donation", "money", "cash"), "noun.quantity"),
    **dict.fromkeys(("beach", "shore", "seafloor", "seabed", "ground", "sea", "wind", "wave", "sun", "hole",
                     "leak", "wetland", "coast", "current"), "noun.object"),
    **dict.fromkeys(("claim", "result", "charge", "plan", "effort", "operation", "job", "takeover", "video",
                     "decision", "policy", "remark", "handling", "response"), "noun.act"),
}
RELATIVES = frozenset({"that", "which"})


def kinds(noun: Token) -> list[str]:
    """Lexicographer files of a noun's first three WordNet senses, or its fallback kind.

    Args:
        noun: a noun token.

    Returns:
        Lexnames, commonest sense first; empty for a word neither WordNet nor the fallback knows.
    """
    lemma = noun.lemma_.lower()
    if wordnet.available():
        return [s.lexname for s in wordnet.synsets(lemma, "n")[:3]]
    fallback = FALLBACK_SENSES.get(lemma)
    return [fallback] if fallback else []


def through_amount(noun: Token) -> Token:
    """"more than half of the oil", "1,000 barrels of crude": the thing the amount is of."""
    if noun.lemma_.lower() not in AMOUNT_HEADS and noun.lower_ not in AMOUNT_HEADS:
        return noun
    return of_noun_or_self(noun)


def is_party(noun: Token) -> bool:
    """A person or a group, by name, pronoun, the ontology's nouns, or one of its first two senses
    (a third one, such as "the sun" as a god, does not make a thing a party)."""
    if noun.ent_type_ in PARTY_ENTITIES or noun.pos_ == "PRON":
        return True
    if noun.lemma_.lower() in PEOPLE | GROUP_NOUNS | PARTY_NOUNS or noun.lower_ in PARTY_NOUNS:
        return True
    return bool(set(kinds(noun)[:2]) & PARTIES)


def first_kind(noun: Token, wanted: frozenset[str]) -> bool:
    """Whether a common noun (not a party) is first of all of a kind in ``wanted``. A place among
    its first senses ("the capital", first money to WordNet) makes it none.

    Args:
        noun: a noun token.
        wanted: lexicographer files.

    Returns:
        False for names, pronouns, parties, places and words no dictionary knows.
    """
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in PARTY_ENTITIES or is_party(noun):
        return False
    senses = kinds(noun)
    return bool(senses) and senses[0] in wanted and "noun.location" not in senses


def patients(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, through an amount to the thing it is of.
    A verb coordinated before another ("to block and absorb the oil") shares that one's object; a
    passive coordinated after another ("shares were steady but had been hit") its subject. A head
    no dictionary knows stands for its compound ("the oil leaking" parsed as a noun "leaking")."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not heads and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        heads = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not heads:
        heads = [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ == "dobj"][:1]
    heads += [c for h in heads for c in h.conjuncts]
    heads = [next((c for c in h.children if c.dep_ == "compound"), h) if h.pos_ == "NOUN" and not h.ent_type_
             and not kinds(h) else h for h in heads]
    return [through_amount(h) for h in heads]


def doers(verb: Token) -> list[Token]:
    """Who or what does it: the subject (an apposition standing for a name: "Hydrates, ice-like
    crystals, blocked"), the agent of a passive, or the subject of the verb an infinitive completes or a verb is coordinated with."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"})):
        # "police managed to block", "protesters banged pots and blocked roads": the subject they share
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    found = [noun_before(d) if d.lower_ in RELATIVES else d for d in found]
    found += [a for d in found for a in d.children if a.dep_ == "appos"]
    return [through_amount(d) for d in found]


def noun_before(pronoun: Token) -> Token:
    """The noun before a relative pronoun ("crystals, that blocked", "the disaster, which struck"),
    whatever the parse made of it; the pronoun itself when no noun stands there.

    Args:
        pronoun: "which", "that" or "who".

    Returns:
        The noun right before it (past a comma), or the pronoun.
    """
    before = pronoun.doc[max(pronoun.i - 1, pronoun.sent.start)]
    if before.is_punct and before.i > pronoun.sent.start:
        before = before.nbor(-1)
    return before if before.pos_ in {"NOUN", "PROPN"} else pronoun
