"""Robberies in their literal sense: "robbed the post office", "stole jewels worth $2m", "made off
with the cash", "rammed their car into the store"; not "robbed of victory", "stole the show",
"grabbed headlines", "daylight robbery" or a police raid.

Split from ``crime_senses`` (which joins ``ROBBERY_CHECKS`` into ``CRIME_CHECKS``) because these
checks share one question: is property taken? They read what is taken (money or valuables, not an
abstract thing) and who takes it (thieves, not the police, whose words are in ``escape_senses``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.escape_senses import HARM_ESCAPED, LAW_ENFORCERS, WEAPONS
from dossier.extract.fire_senses import abstract_noun
from dossier.extract.sense_parse import (
    children_words, money, object_heads, of_phrase, prep_objects, sentence_words, subject_words, words,
)
from dossier.extract.thing_kinds import doers
from dossier.extract.word_classes import ESCAPEES, FIGURATIVE_LOOT, ROBBERY_CONTEXT, ROBBERY_NOUNS, VALUABLES

# Signs of a hold-up rather than a delay: "held up at gunpoint".
ARMED = frozenset({"gun", "gunpoint", "armed", "knifepoint", "pistol", "pistols", "masked", "knife"})


def _loot(tokens) -> bool:
    tokens = list(tokens)
    return money(tokens) or bool(words(tokens) & VALUABLES)


def _thing(head: Token) -> list[Token]:
    """A noun with its modifiers and "of" phrase ("£2m worth of jewels"), not its other phrases
    ("a glance at his watch")."""
    parts = [head] + [t for c in head.children if c.dep_ in {"compound", "amod", "nummod", "quantmod", "nmod", "conj"}
                      for t in c.subtree]
    return parts + [t for p in of_phrase(head) for t in p.subtree]


def _figurative_loot(heads: list[Token]) -> bool:
    return any(h.lemma_.lower() in FIGURATIVE_LOOT or h.lower_ in FIGURATIVE_LOOT for h in heads)


def _robs_someone(verb: Token) -> bool:
    """"robbed the bank", "was robbed of his wallet"; not "robbed of victory" or "robbed him of a
    chance"."""
    taken = prep_objects(verb, {"of"})
    if not taken or _loot(t for p in taken for t in _thing(p)):
        return True
    return not (_figurative_loot(taken) or any(abstract_noun(p) for p in taken))


def _steals_property(verb: Token) -> bool:
    """"stole jewels worth $2m", "the paintings were stolen", "thieves stole from the store"; not
    "stole the show", "stole a glance", "stole into the room"."""
    heads = object_heads(verb)
    if not heads:
        return bool(subject_words(verb) & ESCAPEES or prep_objects(verb, {"from"}))
    if _figurative_loot(heads):
        return False
    return _loot(t for h in heads for t in _thing(h)) or not any(abstract_noun(h) for h in heads)


def _takes_valuables(verb: Token) -> bool:
    """"grabbing jewellery and watches", "thieves nab $2.5m of jewels", "snatched her handbag"; not
    "snatched victory", "grabbed headlines" or "police nabbed the suspect"."""
    heads = object_heads(verb)
    return not _figurative_loot(heads) and _loot(t for h in heads for t in _thing(h))


def _made_off_with(verb: Token) -> bool:
    """"made off with jewellery worth 2m euros", "the robbers made off in a second car"; not "made
    off with the title"."""
    if not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "off" for c in verb.children):
        return False
    taken = [t for p in prep_objects(verb, {"with"}) for t in p.subtree]
    return _loot(taken) and not words(taken) & FIGURATIVE_LOOT or bool(subject_words(verb) & ESCAPEES)


def _escaped_with_loot(verb: Token) -> bool:
    """"the robbers escaped with 60,000 euros": the getaway of a robbery; "escaped with a shotgun"
    or "with minor injuries" steals nothing."""
    taken = [t for p in prep_objects(verb, {"with"}) for t in p.subtree]
    return _loot(taken) and not words(taken) & (WEAPONS | HARM_ESCAPED)


def _robbery_raid(token: Token) -> bool:
    """"a smash-and-grab raid on a jewellery store", "ram-raiders raided the shop"; a police or army
    raid stays an attack or a search."""
    if subject_words(token) & LAW_ENFORCERS or children_words(token, {"amod", "compound"}) & LAW_ENFORCERS:
        return False
    return bool(sentence_words(token) & ROBBERY_CONTEXT)


def _robbery_blow(verb: Token) -> bool:
    """"Paris hit by a jewellery heist", "ram-raiders hit a jewellery store": the blow is the
    robbery, not an attack by or on a place."""
    found = doers(verb)
    if verb.dep_ in {"acl", "relcl", "xcomp"} and verb.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
        found.append(verb.head)
    found += [c for c in verb.head.children if verb.dep_ == "xcomp" and c.dep_ == "nsubj"]
    return bool(words(found) & (ROBBERY_NOUNS | ESCAPEES | ROBBERY_CONTEXT))


def _pulls_off_robbery(verb: Token) -> bool:
    """"thieves pulled off a heist"; not "pulled off a win" or "pulled off the road"."""
    particle = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "off" for c in verb.children)
    return particle and any(h.lemma_.lower() in ROBBERY_NOUNS for h in object_heads(verb))


def _ram_raid(verb: Token) -> bool:
    """"four men rammed their car into the jewellery store", "thieves smashed an SUV through the
    window": the break-in of a robbery; a ship rammed at sea or windows smashed by rioters are not."""
    if subject_words(verb) & LAW_ENFORCERS:
        return False
    vehicle = words(object_heads(verb)) & {"car", "vehicle", "suv", "4x4", "van", "truck", "jeep", "lorry"}
    return bool(vehicle and prep_objects(verb, {"into", "through"}) and sentence_words(verb) & ROBBERY_CONTEXT)


def _breaks_in(verb: Token) -> bool:
    """"burglars broke into the house"; not "broke into tears" or "broke into the top ten"."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
              for g in c.children if g.dep_ == "pobj"]
    thieves = subject_words(verb) & ESCAPEES or sentence_words(verb) & ROBBERY_CONTEXT
    return bool(places and thieves and not any(abstract_noun(p) for p in places))


def _robbery_noun(noun: Token) -> bool:
    """"the robbery", "a jewellery heist", "the theft of paintings"; not "daylight robbery" (a
    price), "the theft of the election", or a "hold-up" in traffic."""
    modifiers = children_words(noun, {"amod", "compound"})
    if modifiers & {"daylight", "highway"}:
        return False
    if noun.lemma_.lower() in {"holdup", "hold-up"}:
        return bool(sentence_words(noun) & (ARMED | ESCAPEES | ROBBERY_CONTEXT))
    stolen = of_phrase(noun)
    return not stolen or _loot(t for p in stolen for t in p.subtree) or not any(
        p.lemma_.lower() in FIGURATIVE_LOOT or abstract_noun(p) for p in stolen)


ROBBERY_CHECKS = {
    ("robbery", "rob", False): _robs_someone,
    ("robbery", "steal", False): _steals_property,
    **{("robbery", verb, False): _takes_valuables for verb in ("snatch", "nab", "grab", "pilfer", "plunder", "scoop")},
    ("robbery", "make", False): _made_off_with,
    ("robbery", "hit", False): _robbery_blow,
    ("robbery", "pull", False): _pulls_off_robbery,
    ("robbery", "break", False): _breaks_in,
    **{("robbery", verb, False): _ram_raid for verb in ("ram", "smash", "crash", "plough", "plow", "drive")},
    ("robbery", "escape", False): _escaped_with_loot,
    **{("robbery", word, nominal): _robbery_raid for word, nominal in (("raid", False), ("raid", True))},
    **{("robbery", noun, True): _robbery_noun
       for noun in ("robbery", "heist", "theft", "burglary", "holdup", "hold-up", "larceny", "mugging")},
    ("robbery", "ransack", False): lambda t: bool(subject_words(t) & ESCAPEES),  # looters, not the police
    ("robbery", "mug", False): lambda t: bool(object_heads(t)),  # "mugged a tourist", not "mugged for the camera"
}
