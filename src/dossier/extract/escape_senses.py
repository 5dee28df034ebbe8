"""Escapes from custody and fugitives caught, in their literal sense: "escaped from the county jail",
"fled on foot", "broke out of prison", "the manhunt", "the fugitive was caught"; not "escaped
injury", "a narrow escape", "residents fled the fighting", "fighting broke out" or "caught fire".

Split from ``crime_senses`` (which joins ``ESCAPE_CHECKS`` and ``FUGITIVE_CHECKS`` into
``CRIME_CHECKS``) because these checks share one question: is someone held or sought by the law?
The words of the law (``LAW_CONTEXT``, ``LAW_ENFORCERS``) and of coming through harm unscathed are
read by ``robbery_senses`` too.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.custody_senses import captures_people
from dossier.extract.ontology import EVACUEES, RESIDENTS, SUBSTANCES
from dossier.extract.sense_parse import (
    children_words, object_heads, object_words, prep_objects, sentence_words, subject_words, words,
)
from dossier.extract.word_classes import CUSTODY_WORDS, ESCAPEES, FIRE_NOUNS, ROBBERY_CONTEXT

# Signs in a sentence that someone is held or sought by the law ("handcuffed", "the manhunt").
LAW_CONTEXT = CUSTODY_WORDS | ESCAPEES - {"hostage", "hostages", "captive", "captives"} | frozenset({
    "handcuff", "handcuffed", "handcuffs", "manhunt", "escape", "escaped", "escapee", "fugitive", "jailbreak",
    "breakout", "marshal", "marshals", "sheriff", "wanted"})
# How one comes through harm: "escaped injury", "escaped with minor cuts", "escaped unhurt".
HARM_ESCAPED = frozenset({"injury", "injuries", "harm", "death", "damage", "bruise", "bruises", "cut", "cuts",
                          "scratch", "scratches", "wound", "wounds", "life", "lives", "unhurt", "unharmed",
                          "unscathed", "uninjured", "alive", "minor", "serious", "punishment", "penalty", "notice",
                          "attention", "scrutiny", "blame", "fate", "rain", "heat", "cold", "crowd", "crowds"})
# Modifiers of "escape" that make it a lucky survival or a loophole: "a narrow escape", "a tax escape".
FIGURATIVE_ESCAPES = frozenset({"narrow", "lucky", "miraculous", "tax", "fiscal", "great", "close"})
# People who flee danger rather than the law: displacement, which no type of ours holds.
DISPLACED = RESIDENTS | EVACUEES | frozenset({"protester", "protesters", "demonstrator", "demonstrators", "troop",
                                              "troops", "soldier", "soldiers", "force", "forces", "thousand",
                                              "thousands", "hundred", "hundreds", "million", "millions",
                                              "worker", "workers", "employee", "employees", "tourist", "tourists"})
# What an escaping convict carries off is no loot: "escaped with a shotgun".
WEAPONS = frozenset({"gun", "guns", "shotgun", "shotguns", "pistol", "pistols", "rifle", "rifles", "weapon",
                     "weapons", "knife", "knives"})
# Who raids, rams or chases in the name of the law: their raid is no robbery, their flight no escape.
LAW_ENFORCERS = frozenset({"police", "policeman", "policemen", "officer", "officers", "troop", "troops", "soldier",
                           "soldiers", "army", "agent", "agents", "force", "forces", "authority", "authorities"})


# Who raids to search and seize in the name of the law, not to fight: "police raided two homes".
# Soldiers and troops are left out: an army's raid is a use of force.
SEARCHERS = frozenset({"police", "policeman", "policemen", "officer", "officers", "agent", "agents", "detective",
                       "detectives", "fbi", "investigator", "investigators", "customs", "sheriff", "deputies",
                       "prosecutor", "prosecutors", "inspector", "inspectors"})
MILITARY = frozenset({"troop", "troops", "soldier", "soldiers", "army", "military", "commando", "commandos",
                      "militia", "militiamen", "rebel", "rebels", "marines", "special"})


def raid_by_law(token: Token) -> bool:
    """"police raided two homes and searched for a suspect", "an FBI raid on the office": a search
    by the police is no attack (an army's raid is one, and stays).

    Args:
        token: "raid", verb or noun.

    Returns:
        True when police or agents, and no soldiers, carry it out.
    """
    doers = subject_words(token) | children_words(token, {"amod", "compound", "poss"})
    doers |= {w for p in prep_objects(token, {"by"}) for w in words(p.subtree)}
    return bool(doers & SEARCHERS) and not doers & MILITARY


def _escapes_custody(verb: Token) -> bool:
    """"escaped from a prison van", "escaped custody", "the inmate escaped"; not "escaped injury",
    "escaped the rain", "escaped unhurt" or gas that escaped from a pipe.

    Args:
        verb: "escape" or "abscond".

    Returns:
        True when someone gets away from custody or the law.
    """
    if subject_words(verb) & SUBSTANCES:
        return False
    modifiers = children_words(verb, {"acomp", "oprd", "advmod", "xcomp"})
    if modifiers & HARM_ESCAPED or words(prep_objects(verb, {"with"})) & HARM_ESCAPED:
        return False
    objects = object_heads(verb)
    if objects:
        return bool(object_words(verb) & (CUSTODY_WORDS | {"police", "capture", "arrest", "van", "authorities"}))
    if words(t for p in prep_objects(verb, {"from", "of"}) for t in p.subtree) & CUSTODY_WORDS:
        return True
    if words(prep_objects(verb, {"with"})) & WEAPONS:
        return True  # "escaped with a shotgun and two pistols"
    context = LAW_CONTEXT | {"officer", "officers", "hostage", "sentence", "convicted", "transport", "transfer"}
    return bool(subject_words(verb) & ESCAPEES or (sentence_words(verb) - words([verb])) & context)


def _flees_the_law(verb: Token) -> bool:
    """"the gunmen fled", "fled on foot" after a breakout; not residents fleeing the fighting or
    workers fleeing the fire (displacement, which no type of ours holds).

    Args:
        verb: "flee".

    Returns:
        True when who flees is a suspect or prisoner, or the sentence tells of custody.
    """
    subject = subject_words(verb)
    if subject & ESCAPEES:
        return True
    if subject & (DISPLACED | LAW_ENFORCERS) or words(prep_objects(verb, {"from"})) & FIRE_NOUNS:
        return False
    if object_words(verb) & (FIRE_NOUNS | {"home", "homes", "fighting", "violence", "war", "flood", "floods"}):
        return False
    return bool(sentence_words(verb) & (LAW_CONTEXT | ROBBERY_CONTEXT | {"officer", "officers"}) - {"police"})


def _breaks_out(verb: Token) -> bool:
    """"broke out of jail", "broke free from his captors"; not "fighting broke out" or "broke the
    truce"."""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod", "acomp", "oprd", "xcomp"}}
    if not particles & {"out", "free", "loose"}:
        return False
    places = words(t for p in prep_objects(verb, {"of", "from"}) for t in p.subtree)
    return bool(places & CUSTODY_WORDS or subject_words(verb) & ESCAPEES)


def _escape_noun(noun: Token) -> bool:
    """"the escape", "Comeaux's escape", "the daring breakout"; not "a narrow escape", "a tax
    escape", "an escape from reality", or "a breakout year"."""
    modifiers = children_words(noun, {"amod", "compound", "nmod"})
    if modifiers & FIGURATIVE_ESCAPES or noun.dep_ == "attr":
        return False
    origins = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "out"} for t in c.subtree]
    if origins:
        return bool(words(origins) & CUSTODY_WORDS)
    if noun.lemma_.lower() == "escape":
        return True
    return bool(sentence_words(noun) & LAW_CONTEXT - {noun.lower_})


def _on_the_run(noun: Token) -> bool:
    """"the convict was still on the run", "a week on the run"; not "a run on the banks"."""
    if noun.lower_ != "run" or noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return False
    return bool(sentence_words(noun) & LAW_CONTEXT)


def _manhunt(noun: Token) -> bool:
    """"a manhunt was launched"; a headhunt for a new coach is not one ("manhunt for a coach")."""
    return not words(prep_objects(noun, {"for"})) & {"coach", "manager", "successor", "candidate", "ceo"}


def _getaway(noun: Token) -> bool:
    """"the getaway car" is a compound (no trigger); "made their getaway" in a crime, not "a weekend
    getaway"."""
    return not children_words(noun, {"amod", "compound"}) & {"weekend", "romantic", "holiday", "summer",
                                                              "luxury", "beach", "city"} \
        and bool(sentence_words(noun) & (LAW_CONTEXT | ROBBERY_CONTEXT))


def _jailbreak(noun: Token) -> bool:
    """A breakout, not the unlocking of a phone ("an iPhone jailbreak")."""
    return not sentence_words(noun) & {"iphone", "ios", "android", "software", "app", "apps", "firmware"}


def _caught_by_the_law(verb: Token) -> bool:
    """"the fugitive was caught in Houston", "police caught the two robbers"; not "caught in the
    crossfire", "caught fire", "caught on camera", "caught a cold"."""
    if words(prep_objects(verb, {"in", "on", "by", "off"})) & {
            "crossfire", "fire", "flames", "blaze", "storm", "rain", "traffic", "camera", "tape", "film", "video",
            "middle", "guard", "surprise", "cross-fire"}:
        return False
    return captures_people(verb) and bool(sentence_words(verb) & (LAW_CONTEXT | LAW_ENFORCERS | ROBBERY_CONTEXT))


ESCAPE_CHECKS = {
    **{("escape", verb, False): _escapes_custody for verb in ("escape", "abscond")},
    ("escape", "flee", False): _flees_the_law,
    ("escape", "break", False): _breaks_out,
    **{("escape", noun, True): _escape_noun for noun in ("escape", "breakout")},
    ("escape", "run", True): _on_the_run,
    ("escape", "manhunt", True): _manhunt,
    ("escape", "getaway", True): _getaway,
    ("escape", "jailbreak", True): _jailbreak,
}
# Who is caught is told apart from what catches fire or the eye.
FUGITIVE_CHECKS = {
    ("arrest", "catch", False): _caught_by_the_law,
    ("arrest", "recapture", False): captures_people,
}
