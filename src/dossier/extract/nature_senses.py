"""Harm done by nature, not by anyone: a quake, a flood, an illness or an accident that "struck" or "killed".

Part of the trigger checks (``trigger_fit``): a verb of force whose doer is a disaster, an illness
or an accident reports a disaster, not an attack ("the quake struck", "killed by the floods",
"the explosion killed 11 workers"), unless a weapon arms it ("a car bomb explosion").
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract import fire_senses, health_senses, mishap_senses, thing_kinds
from dossier.extract.ontology import ACCIDENT_NOUNS, ATTACK_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS
from dossier.extract.word_classes import FIRE_NOUNS

# Who does harm without attacking: a named disaster, or one called by a general word ("the
# catastrophe struck"), which is no trigger itself ("a public-relations disaster" is no event);
# an accident ("the explosion killed 11 workers") or an illness ("swine flu has killed 144").
# ("fire" and "blast" are left out: they are as often gunfire and bombs; ``natural_doer`` takes a
# fire that is a blaze.)
NATURE_DOERS = DISASTER_NOUNS | ILLNESS_NOUNS | (ACCIDENT_NOUNS - {"fire", "blast"}) | {
    "disaster", "disasters", "catastrophe", "calamity", "tragedy", "explosions"}
# Vehicles that carry a bomb ("a car bomb", "a truck explosion"), and what they arm.
BOMB_VEHICLES = frozenset({"car", "truck"})
BLAST_NOUNS = frozenset({"explosion", "blast", "bomb", "bombing", "detonation"})
WEAPONS = ATTACK_NOUNS | BOMB_VEHICLES | {"bomb", "suicide", "grenade", "mine", "mortar", "shell", "ied", "explosive",
                                         "minefield", "landmine", "roadside"}
# Modifiers that make a blast someone's deed: "the terrorist blasts", "a terror bombing".
TERROR_MARKS = frozenset({"terrorist", "terror", "militant", "insurgent", "rebel", "jihadist"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
CAUSE_PREPS = frozenset({"in", "by", "following", "after", "during", "from"})



def done_by_nature(token: Token) -> bool:
    """"The quake struck", "killed by the floods", "the quake that hit the capital", "the worst
    earthquake to hit the island": a disaster, not an attack. A verb of a relative or infinitival
    clause is done by the noun the clause describes; a verb coordinated after one ("killing seven and
    injuring 40") by that one's doer."""
    if token.dep_ == "conj" and token.head.pos_ == "VERB" and done_by_nature(token.head):
        return True
    doers = [c for c in token.children if c.dep_ in {"nsubj", "csubj"}]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"}:
        doers.append(token.head)
    if not doers:  # "the worst quake to hit", "the quake is feared to have killed": the governing verb's nouns
        doers = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass", "attr", "dobj"} and c.i < token.i]
    doers = [thing_kinds.noun_before(d) if d.lower_ in RELATIVE_PRONOUNS else d for d in doers]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]  # "the quake and the tsunami killed"
    # "were killed in the earthquake", "died following the quake": the disaster is the cause
    verbs = [token, *(c for c in token.children if c.dep_ == "conj")] + ([token.head] if token.dep_ == "conj" else [])
    doers += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return any(natural_doer(d) and not armed(d) for d in doers)


def natural_doer(noun: Token) -> bool:
    """A disaster, illness or accident; a fire only as a blaze ("killed in a house fire"), never as
    gunfire ("killed by sniper fire")."""
    if noun.lemma_.lower() in FIRE_NOUNS or noun.lower_ in FIRE_NOUNS:
        return fire_senses.fire_without_agent(noun)
    return noun.lemma_.lower() in NATURE_DOERS or noun.lower_ in NATURE_DOERS or mishap_senses.names_a_disaster(noun)


def done_by_disaster(verb: Token) -> bool:
    """Whether the subject is a pronoun standing for a natural disaster ("The quake hit at dawn. It
    struck south of the capital"), read back as ``health_senses.antecedent`` reads illnesses. A
    doer a weapon or a terrorist arms ("the terrorist blasts killed 80") is an attack's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"it", "which"}]
    found = [health_senses.antecedent(s) for s in subjects]
    # "the temblor killed": a synonym that is no trigger itself, so the verb tells the disaster
    found += [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() not in DISASTER_NOUNS
              and mishap_senses.names_a_disaster(c)]
    return any(a is not None and (a.lemma_.lower() in DISASTER_NOUNS or mishap_senses.names_a_disaster(a))
               and not armed(a) for a in found)


def done_by_illness(verb: Token) -> bool:
    """The subject (or agent) of the verb is an illness: "the virus has killed", "killed by cholera"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in ILLNESS_NOUNS or d.lower_ in ILLNESS_NOUNS for d in doers)


def armed(noun: Token) -> bool:
    """"A car bomb explosion", "a mortar blast", "the terrorist blasts": the weapon or the doer's
    kind makes it an attack after all. A car or a
    truck arms only an explosion ("a car explosion"), never a crash ("a car crash")."""
    modifiers = {c.lemma_.lower() for c in noun.subtree if c.dep_ in {"compound", "amod", "nmod"}}
    if noun.lemma_.lower() not in BLAST_NOUNS:
        modifiers -= BOMB_VEHICLES
    return bool(modifiers & (WEAPONS | TERROR_MARKS))
