"""Words of violence against people in their literal sense: murder, stabbing, slaying, shooting, ambush.

News names a crime or a fight by a noun of its own ("the shooting", "the Oct. 23 slaying", "a
deadly ambush") or by a verb ("was stabbed", "gunned down"); the ontology lists them as attacks.
Each has an everyday twin the checks here keep out:

- a shooting of a film or a sport ("finished shooting the film", "skeet shooting", "the shooting of
  the new series") shoots nobody;
- "gunning for a title" is striving; only "gunned down" is the killing;
- a politician "ambushed by reporters" or "by a question" is caught off guard, not attacked;
- "stabbed in the back" by a party, a team or colleagues is betrayal.

Registered in ``trigger_fit``'s table through ``crime_senses.CRIME_CHECKS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.person_heads import is_person
from dossier.extract.thing_kinds import doers, kinds

# Works filmed or recorded: "shooting the film", "the shooting of the video".
RECORDED_WORKS = frozenset({"film", "movie", "scene", "video", "episode", "series", "season", "commercial", "advert",
                            "documentary", "pilot", "sequel", "music", "footage", "photo", "photos", "picture",
                            "pictures", "shoot", "show", "clip"})
# Sports and pastimes of shooting ("skeet shooting", "a clay-pigeon shooting", "target shooting").
SHOOTING_SPORTS = frozenset({"skeet", "clay", "trap", "target", "pigeon", "sport", "rifle", "pistol", "olympic",
                             "competitive", "recreational", "photo", "location", "film", "movie", "video"})
# Who catches a person off guard with words: the press and its questions.
PRESS_DOERS = frozenset({"reporter", "journalist", "press", "question", "photographer", "camera", "interviewer",
                         "host", "presenter", "paparazzi", "heckler", "critic", "media", "query"})


def shoots_people(noun: Token) -> bool:
    """"The shooting outside the bar", "a school shooting": shots at people, not a film or a sport.

    Args:
        noun: the noun "shooting" or "shootings".

    Returns:
        False when a work is shot ("the shooting of the film"), a sport or pastime modifies it
        ("skeet shooting") or the noun is a stage of film-making ("shooting began on location").
    """
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if modifiers & SHOOTING_SPORTS:
        return False
    shot = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}
    return not shot & RECORDED_WORKS


def guns_down(verb: Token) -> bool:
    """"Gunned down outside the bank" is a killing; "gunning for a record" is striving."""
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)


def ambushed_by_force(verb: Token) -> bool:
    """"Rebels ambushed a convoy" is an attack; "ambushed by reporters" or "by a question" is not."""
    for doer in doers(verb):
        if doer.lemma_.lower() in PRESS_DOERS or doer.lower_ in PRESS_DOERS:
            return False
    instruments = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj"}
    return not instruments & PRESS_DOERS


def stabs_a_body(verb: Token) -> bool:
    """"Stabbed in the back by his own party" is betrayal; a stabbing by a person, or one with no
    "in the back", is a wound. A doer that is no person (a party, a board, a team) betrays."""
    backs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.lower_ == "back"]
    if not backs:
        return True
    # the parser often hangs the agent from "back" ("in the back by his own party")
    found = doers(verb) + [g for b in backs for c in b.children if c.dep_ == "prep" and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj"]
    if not found:
        return True  # "was stabbed in the back and the chest": a wound, told without its doer
    return any(is_person(d) and kinds(d)[:1] != ["noun.group"] for d in found)


VIOLENCE_CHECKS = {
    ("attack", "shooting", True): shoots_people,
    ("attack", "gun", False): guns_down,
    ("attack", "ambush", False): ambushed_by_force,
    ("attack", "stab", False): stabs_a_body,
}
