"""Sense checks for road accidents: a vehicle striking a person is a crash, not an attack.

The ontology's "collision" definition takes the verbs of force ("struck", "hit", "killed", "ran
over", "mowed down"), which report a road accident when a vehicle or its driver is the doer ("was
struck by a van", "a driver ran over a cyclist"), the harm came in a crash ("killed in a
hit-and-run"), or a car was the instrument ("struck her with his car"). A missile, a tank or a
guerrilla's "hit-and-run raids" stay force, and so does anything done on purpose. Reached from
``outcome_senses.OUTCOME_CHECKS``; split from it to keep each module about one kind of happening.

A headline in capitals or title case is parsed badly (its words read as names), so a cause phrase
right after the verb ("KILLED IN HIT-AND-RUN CRASH") is also read from the words alone.

Known limits: a vehicle named only by its make and model ("a Camry") counts only when described as
moving ("a Camry heading north") or after a model year ("a 2019 silver Honda"); without WordNet,
only the words of ``VEHICLES`` are vehicles.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet

# Vehicles and their drivers by their common words (WordNet's first sense of "van" is a vanguard,
# so the list holds what WordNet would miss, and stands in for it when it is absent).
VEHICLES = frozenset({"car", "truck", "van", "suv", "bus", "vehicle", "train", "taxi", "cab", "motorcycle", "lorry",
                      "tram", "jeep", "sedan", "minivan", "pickup", "driver", "motorist", "motorcyclist", "tractor",
                      "scooter"})
# WordNet kinds of road vehicles, and of vehicles that are weapons or war machines (a tank is a
# wheeled vehicle too); depth reaches from a sedan to "motor_vehicle" with room to spare.
ROAD_VEHICLE_KINDS = frozenset({"motor_vehicle", "wheeled_vehicle", "public_transport"})
WAR_MACHINE_KINDS = frozenset({"tracked_vehicle", "armored_vehicle", "military_vehicle", "weapon", "tank"})
VEHICLE_DEPTH = 8
# What a moving vehicle does in a description of its doer ("a car heading north", "the van that
# had been travelling south").
MOTION_VERBS = frozenset({"head", "travel", "drive", "speed", "race", "swerve", "reverse"})
# Road accidents named as the cause of a harm ("killed in a hit-and-run", "hit in a crash").
CRASH_NOUNS = frozenset({"crash", "accident", "collision", "pile-up", "wreck"})
# What a guerrilla "hit-and-run" names when it is force, not a road accident.
FORCE_HEADS = frozenset({"attack", "attacks", "raid", "raids", "ambush", "ambushes", "strike", "strikes", "tactic",
                         "tactics", "operation", "operations", "war", "warfare"})
# Words of a road scene ("parked cars", "in the crosswalk", "while driving"; a street corner is no
# sign, people are shot there too), and of violence, which
# rules a road scene out ("shot", "a gunman", "a knife").
ROAD_WORDS = frozenset({"pedestrian", "pedestrians", "crosswalk", "parked", "drive", "driving", "drove", "driven",
                        "dwi", "dui"})
VIOLENCE_WORDS = frozenset({"gun", "guns", "gunman", "gunmen", "gunfire", "shot", "shoot", "shooting", "fire",
                            "bullet", "bullets", "bomb", "knife", "stab", "stabbed", "bat", "missile", "rocket",
                            "shell", "attack", "attacker", "assault", "punch", "punched", "beat", "beaten", "weapon",
                            "explosive", "grenade", "airstrike", "drone", "soldier", "soldiers", "troops"})
# Words of the people a car hits (pronouns and names are read from the parse).
PERSON_WORDS = frozenset({"woman", "man", "pedestrian", "cyclist", "child", "boy", "girl", "grandmother",
                          "grandfather", "mother", "father", "victim", "teenager", "student", "person", "walker",
                          "jogger", "motorcyclist", "bicyclist", "resident", "worker", "officer"})
# How far after a verb of harm a cause phrase read from the words may end: "KILLED BY SPEEDING
# DELIVERY VAN IN HIT-AND-RUN CRASH" puts the crash noun eight words on; a phrase further off
# belongs to another clause.
CAUSE_WINDOW = 9
ON_PURPOSE = frozenset({"deliberately", "intentionally", "purposely", "purposefully"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _doers(verb: Token) -> list[Token]:
    """The subject or agent of a verb, or of the verbs it is coordinated with ("struck and killed by")."""
    found = []
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    verbs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for v in verbs:
        found += [c for c in v.children if c.dep_ == "nsubj"]
        found += [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return found


@lru_cache(maxsize=2)
def _kinds(words: frozenset[str]) -> frozenset[tuple[int, str]]:
    """The (offset, part of speech) of the first noun sense of each word."""
    return frozenset((s.offset, s.pos) for w in words for s in wordnet.synsets(w, "n")[:1])


@lru_cache(maxsize=4096)
def road_vehicle(lemma: str) -> bool:
    """Whether a noun's first WordNet sense is a road vehicle (a motor or wheeled vehicle that is no
    weapon or war machine: a sedan, a minibus, a moped). False without WordNet.

    Args:
        lemma: a lower-cased noun lemma.

    Returns:
        True for a road vehicle.
    """
    senses = wordnet.synsets(lemma, "n")[:1]
    if not senses:
        return False
    closure = wordnet.hypernym_closure(senses[0], VEHICLE_DEPTH) | {(senses[0].offset, senses[0].pos)}
    return bool(closure & _kinds(ROAD_VEHICLE_KINDS)) and not closure & _kinds(WAR_MACHINE_KINDS)


def _vehicle(doer: Token) -> bool:
    """A vehicle or its driver: by its word ("the van", "a motorist", a WordNet road vehicle), or a
    name described by what it was doing ("a grey Camry heading north")."""
    if _lemma(doer) in VEHICLES or doer.lower_ in VEHICLES or road_vehicle(_lemma(doer)):
        return True
    if not any(t.pos_ == "PROPN" for t in doer.subtree):  # the name may hang below a misparsed colour
        return False
    # "a 2004 Camry": a model year stands right before the make; "the Aug. 7, 1998, bombings" is a date
    doc = doer.doc
    # "a 2019 silver Honda": the year counts the make's model too when a colour stands between
    model_year = any(t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"} and t.i + 1 < len(doc)
                     and (doc[t.i + 1].pos_ == "PROPN" or t.head.i == doer.i and doer.pos_ == "PROPN")
                     for t in doer.subtree)
    return model_year or any(t.pos_ == "VERB" and _lemma(t) in MOTION_VERBS for t in doer.subtree if t is not doer)


def _person(token: Token) -> bool:
    """A person hit: a personal pronoun, a person's name, or a word of a person ("the woman")."""
    if token.pos_ == "PRON":
        return token.lower_ not in {"it", "which", "that", "this", "what"}
    return token.ent_type_ == "PERSON" or _lemma(token) in PERSON_WORDS


def _road_scene(verb: Token) -> bool:
    """"she was hit while walking along parked cars", "a driver ... struck and killed a woman": a
    person hit with no doer of violence named, in a sentence of cars, drivers and streets and of no
    weapon or fighter. "Killed" counts only coordinated with "hit" or "struck"."""
    if _lemma(verb) == "kill":
        return verb.dep_ == "conj" and _lemma(verb.head) in {"hit", "strike"} and _road_scene(verb.head)
    hit = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or [
        c for v in verb.children if v.dep_ == "conj" for c in v.children if c.dep_ == "dobj"]  # "struck and killed her"
    if not hit or not all(_person(h) for h in hit):
        return False  # "the window of a van was hit with bricks"
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # an instrument that is no vehicle ("hit with a bottle")
    if any(d for d in _doers(verb) if d.pos_ != "PRON" and not _vehicle(d)):
        return False  # "hit by a stray bullet", "the gunman struck him"
    words = {t.lower_ for t in verb.sent} | {_lemma(t) for t in verb.sent}
    if words & VIOLENCE_WORDS:
        return False
    vehicles = any(t.pos_ == "NOUN" and _vehicle(t) for t in verb.sent)
    return vehicles or bool(words & ROAD_WORDS)


def hit_and_run(token: Token) -> bool:
    """Whether a word starts "hit-and-run" ("hit and run", "hit-run").

    Args:
        token: any word.

    Returns:
        True for the "hit" of "hit-and-run", however hyphenated.
    """
    following = [t.lower_ for t in token.doc[token.i + 1:token.i + 5] if t.lower_ not in {"-", "\u2013"}]
    return token.lower_ == "hit" and (following[:2] == ["and", "run"] or following[:1] == ["run"])


def _crash_word(token: Token) -> bool:
    return _lemma(token) in CRASH_NOUNS or token.lower_ in CRASH_NOUNS or token.lower_.rstrip("s") in CRASH_NOUNS


def _crash_cause(verb: Token) -> bool:
    """"killed in a hit-and-run", "hit in a crash": a harm caused in a road accident."""
    for prep in (c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "after"}):
        for cause in (c for c in prep.children if c.dep_ == "pobj"):
            named = [t for t in cause.subtree if t.i <= cause.i]  # "a hit-and-run crash", not "near the crash site"
            if any(_crash_word(t) or road_hit_and_run(t) for t in named):
                return True
    return _crash_phrase_after(verb)


def _crash_phrase_after(verb: Token) -> bool:
    """"CYCLIST KILLED BY SPEEDING VAN IN CRASH", "Killed In Riverside Hit-And-Run, Driver Held": a
    cause phrase right after the verb names a road accident, read from the words because the
    parser reads a headline's capitals as names and hangs the phrase elsewhere. The phrase must
    follow the verb closely, and the sentence name no weapon or fighter ("killed by gunmen in an
    attack on a crash site" stays force)."""
    sentence = verb.sent
    ahead = [t for t in sentence if verb.i < t.i <= verb.i + CAUSE_WINDOW]
    for start, prep in enumerate(ahead):
        if prep.lower_ not in {"in", "by", "after"}:
            continue
        phrase = []
        for t in ahead[start + 1:]:  # up to the next preposition, verb or comma
            if t.lower_ not in {"hit", "and", "run", "-", "\u2013"} and (
                    t.pos_ in {"VERB", "AUX", "ADP"} or t.is_punct):
                break
            phrase.append(t)
        if any(_crash_word(t) or road_hit_and_run(t) for t in phrase):
            words = {t.lower_ for t in sentence} | {_lemma(t) for t in sentence}
            return not words & VIOLENCE_WORDS
    return False


def road_hit_and_run(token: Token) -> bool:
    """"Queens hit-and-run leaves woman dead": "hit" of a road hit-and-run; not a guerrilla's
    "hit-and-run attacks".

    Args:
        token: "hit".

    Returns:
        True when the word starts "hit-and-run" and the phrase it begins names no use of force.
    """
    if not hit_and_run(token):
        return False
    ahead = [t.lower_ for t in token.doc[token.i + 1:token.i + 8]]
    return not set(ahead) & FORCE_HEADS


def struck_by_vehicle(verb: Token) -> bool:
    """"was struck by a car", "an SUV hit a pedestrian", "a driver ran over a cyclist": a road
    accident; not "a missile struck the car" nor "deliberately drove into the crowd".

    Args:
        verb: "strike", "hit", "kill", "run", "mow" or "knock".

    Returns:
        True when the verb's doer is a vehicle or its driver and nothing says it was on purpose.
    """
    if any(c.lower_ in ON_PURPOSE for c in verb.children):
        return False
    if _lemma(verb) in {"run", "mow", "knock"} and not any(
            c.dep_ in {"prt", "prep"} and c.lower_ in {"over", "down"} for c in verb.children):
        return False
    if hit_and_run(verb):
        return road_hit_and_run(verb)
    if _crash_cause(verb):
        return True
    instruments = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj"]  # "struck her with his car"
    return any(_vehicle(d) for d in _doers(verb) + instruments) or (
        _lemma(verb) in {"hit", "strike", "kill"} and _road_scene(verb))


ROAD_CHECKS = {
    **{("collision", verb, False): struck_by_vehicle for verb in ("strike", "hit", "kill", "run", "mow", "knock")},
}
