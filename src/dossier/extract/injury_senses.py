"""Injuries that no one inflicted: hurt in play, in a fall, or to one's own limb.

"Injure" and "hurt" are attacks only when one party harms another ("the gunman injured two
guards"). A player who "injured his left knee", a worker who "hurt her back", someone "injured
during Sunday's game" or "at practice", and an officer "injured when he fell" report an injury with
no assailant: no attack. An injury in play is no event of the ontology at all (the roster move or
the game it cost is the event); one in a fall is an accident, as a death in a fall is
(``mishap_senses.killed_in_fall``).

The checks read the verb's object (a body part: the subject's own), its adjuncts (a game, a
practice, a season) and a clause of falling ("when he slipped"). An agent ("injured by a
gunman") or a person object ("injured two guards") keeps the attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.mishap_senses import FALLS
from dossier.extract.outcome_senses import sporting
from dossier.extract.thing_kinds import kinds

# Parts of the body sport and work injure, for when WordNet is absent or files a part elsewhere.
BODY_PARTS = frozenset({"knee", "ankle", "hamstring", "shoulder", "back", "foot", "leg", "arm", "hand", "wrist",
                        "elbow", "neck", "head", "hip", "groin", "toe", "finger", "thumb", "rib", "ribs", "acl",
                        "mcl", "ligament", "tendon", "achilles", "calf", "thigh", "quadriceps", "quad", "chest",
                        "abdomen", "oblique", "heel", "spine", "concussion", "knees", "ankles", "shoulders"})
# What an injury in play happens during or in: a game, its parts, training.
PLAY_SETTINGS = frozenset({"game", "match", "practice", "training", "workout", "play", "quarter", "half", "loss",
                           "win", "victory", "defeat", "season", "scrimmage", "drill", "camp", "preseason",
                           "overtime", "bout", "race", "warmup", "warm-up", "tackle", "minicamp", "session",
                           "opener", "playoff", "final", "semifinal", "contest", "rehearsal", "stunt"})
# Verbs of a fall or a misstep that injure without an assailant ("when he fell", "after slipping").
MISSTEPS = FALLS | frozenset({"trip", "stumble", "land", "twist", "collapse"})


def _agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _body_part(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in BODY_PARTS or noun.lower_ in BODY_PARTS:
        return True
    found = kinds(noun) if noun.pos_ == "NOUN" else []
    return bool(found) and found[0] == "noun.body"


def own_limb(verb: Token) -> bool:
    """"injured his left knee", "hurt her back lifting boxes": the object is a part of a body
    that no other person's name possesses, so the subject hurt themselves ("injured the guard's
    arm" keeps its assailant)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        owners = [c for c in obj.children if c.dep_ == "poss"]
        if _body_part(obj) and all(o.pos_ == "PRON" for o in owners):
            return True
    return False


def injured_in_play(verb: Token) -> bool:
    """"was injured during the overtime loss", "hurt at practice", "injured his knee in the first
    quarter": an injury of sport or of one's own limb, with no assailant.

    Args:
        verb: "injure" or "hurt".

    Returns:
        True when no agent is named and the object is the subject's own body part, or a
        "during/in/at" adjunct names a game, a practice or a season; or, in a sentence about
        sport, the injury was "against" a named side or has neither object nor doer ("before
        getting injured, he was having a fine year").
    """
    if _agent(verb):
        return False
    if own_limb(verb):
        return True
    if sporting(verb):
        rival = any(c.dep_ == "prep" and c.lower_ == "against" and any(
            g.pos_ == "PROPN" or g.ent_type_ in {"ORG", "GPE", "NORP"} for g in c.children) for c in verb.children)
        people = [c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.pos_ != "PRON"]
        if rival or not people:
            return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"during", "in", "at", "on"}):
        for setting in (g for g in prep.children if g.dep_ == "pobj"):
            if setting.lemma_.lower() in PLAY_SETTINGS or setting.lower_ in PLAY_SETTINGS:
                return True
    return False


def hurt_in_fall(verb: Token) -> bool:
    """"was injured when he fell", "hurt after slipping on the ice": a fall or misstep is the cause.

    Args:
        verb: "injure" or "hurt".

    Returns:
        True when no agent is named and a clause or cause phrase of the verb is a fall.
    """
    if _agent(verb):
        return False
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "pcomp"}):
        if clause.lemma_.lower() in MISSTEPS or clause.lower_ in MISSTEPS:
            return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "after", "from", "following"}):
        if any(g.lemma_.lower() in MISSTEPS for g in prep.children if g.dep_ in {"pobj", "pcomp"}):
            return True
    return False
