"""Words of fire in their literal sense: arson (an attack) and fires no one is said to have set.

Split from ``crime_senses`` (whose ``CRIME_CHECKS`` joins ``FIRE_CHECKS``) because fire has its own
twins: gunfire ("opened fire", "artillery fire", "came under fire"), burning that is a use or a
protest ("burned calories", "burned the flag") and figures ("set the stage on fire"). An arson or a
firebomb is an attack; a blaze with no one said to have set it is a disaster of the accident kind.
A person charged with or denying arson does not make the blaze an attack (``case_matter``): the
reports before the charge tell it as a fire, and one blaze must keep one event family.
Also holds ``abstract_noun``, the WordNet reading both modules use to refuse things that cannot be
carried off or burned.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.sense_parse import children_words, object_heads, object_words, prep_objects, words
from dossier.extract.thing_kinds import kinds
from dossier.extract.word_classes import FIRE_NOUNS, INCENDIARIES

# First WordNet senses of what cannot be carried off: acts, feelings, states, ideas.
ABSTRACT_KINDS = frozenset({"noun.act", "noun.event", "noun.feeling", "noun.cognition", "noun.attribute",
                            "noun.state", "noun.communication", "noun.time", "noun.motive", "noun.process"})
# Fire that is gunfire, or a figure: "artillery fire", "friendly fire", "came under fire".
GUNFIRE_MODIFIERS = frozenset({"friendly", "heavy", "sniper", "enemy", "automatic", "cross", "return", "covering",
                               "small-arms", "machine-gun", "machinegun", "mortar", "artillery", "tank", "rocket",
                               "gun", "naval", "anti-aircraft", "live", "sustained", "intense", "withering", "hostile",
                               "suppressing", "suppressive", "rifle", "cannon"})
# Verbs whose "fire" is shooting: "opened fire", "returned fire", "came under fire", "held their fire".
GUNFIRE_VERBS = frozenset({"open", "return", "exchange", "draw", "hold", "cease", "trade", "direct", "pour",
                           "concentrate", "come", "attract", "face", "take", "spark"})
# Things whose burning is a protest, a use or a figure: "burned the flag", "burned calories".
NOT_ARSON_OBJECTS = frozenset({"flag", "flags", "effigy", "effigies", "calorie", "calories", "fuel", "coal", "gas",
                               "oil", "bridge", "bridges", "candle", "candles", "incense", "fat", "cash", "money", "cd",
                               "cds", "dvd", "rubber", "tyre", "tyres", "tire", "tires", "book", "books", "copy",
                               "copies", "finger", "fingers", "hand", "hands", "tongue", "mouth", "energy", "time"})
# What is "set on fire" only in a figure: "set the stage on fire", "set the charts alight".
FIGURATIVE_BLAZES = frozenset({"world", "stage", "imagination", "internet", "dancefloor", "league", "chart",
                               "charts", "screen", "field"})
# How what is set alight ends up: "set ablaze", "set on fire", "set fire to".
LIGHT_STATES = frozenset({"ablaze", "alight", "afire", "aflame", "fire", "flames", "flame"})


def abstract_noun(noun: Token) -> bool:
    """A noun whose first sense is an act, feeling, state or idea: nothing one can carry off or burn.

    Args:
        noun: the head of what a verb of stealing or burning acts on.

    Returns:
        True for "victory", "reputation", "glance"; False for names, money, things and words no
        dictionary knows (and for every word when WordNet is not installed).
    """
    if noun.ent_type_ in {"MONEY", "PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT"}:
        return False
    senses = kinds(noun)
    return bool(senses) and senses[0] in ABSTRACT_KINDS


def _burnable(heads: list[Token]) -> bool:
    found = [h for h in heads if h.lower_ not in NOT_ARSON_OBJECTS and h.lemma_.lower() not in NOT_ARSON_OBJECTS]
    return bool(found) and not any(abstract_noun(h) or h.lower_ in FIGURATIVE_BLAZES for h in found)


def _sets_alight(verb: Token) -> bool:
    """"set fire to the bank", "set the van on fire", "setting two buildings ablaze", "was set
    alight"; not "set the stage", "set the world on fire"."""
    if set_fire_subject(verb):
        return True  # "the fire was deliberately set", "a blaze set by vandals"
    lights = {c.lower_ for c in verb.children if c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "dobj", "ccomp"}}
    lights |= words(prep_objects(verb, {"on"}))
    if not lights & LIGHT_STATES:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children):
        targets = prep_objects(verb, {"to"})
        return not targets or _burnable(targets)
    targets = [h for h in object_heads(verb) if h.lemma_.lower() not in LIGHT_STATES]
    return not targets or _burnable(targets)


ARSON_WORDS = frozenset({"arson", "arsonist", "arsonists", "incendiary"})


def _ruled_out(arson: Token) -> bool:
    """"ruled out arson", "no sign of arson", "was not arson": the word is denied, not suspected."""
    head = arson.head
    if head.lower_ == "of":  # "no sign of arson"
        head = head.head
        if any(c.lower_ == "no" for c in head.children):
            return True
        head = head.head if head.dep_ in {"dobj", "attr", "nsubj"} else head
    if head.lemma_.lower() in {"rule", "exclude", "dismiss"}:
        return True
    return any(c.lower_ == "no" for c in arson.children) or any(c.dep_ == "neg" for c in head.children)


# Words of a case against a person whose matter a crime's name is: "charged with arson", "denied
# arson", "arrested on suspicion of arson", "pleaded guilty to arson", "two counts of arson",
# "faces arson charges".
CASE_WORDS = frozenset({"charge", "accuse", "deny", "admit", "plead", "guilty", "innocent", "convict", "acquit",
                        "indict", "suspicion", "count", "conviction", "confess", "sentence", "jail", "imprison",
                        "try", "trial", "allegation"})


def case_matter(arson: Token) -> bool:
    """"charged with arson after the fire", "denies arson", "on suspicion of arson": the crime a
    person is charged with, denies or is held for, not a word said of the fire itself.

    A charge, a plea or a verdict is the case's own happening (an arrest, a trial) and comes days
    after the blaze; the fire keeps the type what is said of it gives ("a fire broke out", "the
    fire was set", "investigated as arson"), so the reports written before and after a charge
    type one blaze alike and can be one event."""
    governor = arson.head
    if arson.dep_ == "pobj":
        governor = governor.head  # "with arson" -> "charged", "of arson" -> "suspicion"
    elif arson.dep_ in {"compound", "amod", "nmod"}:
        return governor.lemma_.lower() in CASE_WORDS | {"suspect"}  # "arson charges", "the arson suspect"
    elif arson.dep_ != "dobj":
        return False
    return governor.lemma_.lower() in CASE_WORDS or governor.lower_ in CASE_WORDS


def set_fire_subject(verb: Token) -> bool:
    """A fire that someone "set": "the fire was deliberately set", "a blaze that was set", "a fire
    set by vandals". Setting is what makes a fire arson, whoever did it."""
    if verb.lemma_.lower() != "set" or any(c.dep_ == "prt" for c in verb.children):
        return False  # "the fire set off alarms"
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ in {"acl", "relcl"}:
        subjects.append(verb.head)  # "a fire (that was) set by vandals"
    return any(s.lemma_.lower() in FIRE_NOUNS or s.lower_ in FIRE_NOUNS for s in subjects)


def fire_was_set(noun: Token) -> bool:
    """"the arson fire", "a fire that was intentionally set", "the blaze set by arsonists", "the
    fire was set": a fire someone set is an arson, an attack (``ontology_incident_types``), in
    every sentence that tells it, so one story's fire keeps one type.

    Args:
        noun: "fire", "blaze" or "inferno".

    Returns:
        True when "arson" modifies the noun, the noun is what a verb "set" acts on, or its sentence
        names arson without ruling it out ("the blaze is being investigated as an arson") and not
        only as what a person is charged with or denies (``case_matter``).
    """
    if children_words(noun, {"amod", "compound", "nmod"}) & ARSON_WORDS:
        return True
    named = [t for t in noun.sent if (t.lower_ in ARSON_WORDS or t.lemma_.lower() in ARSON_WORDS)
             and not case_matter(t)]
    if named and not any(_ruled_out(t) for t in named):
        return True
    if noun.dep_ == "nsubjpass" and set_fire_subject(noun.head):
        return True
    return any(c.dep_ in {"acl", "relcl"} and set_fire_subject(c) for c in noun.children)


def _torches(verb: Token) -> bool:
    """"torched cars and a building", "the van was torched"; not "torched his rival's reputation"."""
    heads = object_heads(verb)
    return not heads or _burnable(heads)


def _burns_down(verb: Token) -> bool:
    """"rioters burned the ministry", "burned down the police station": someone sets a building or
    vehicle alight. Not "burned the flag" (a protest), "burned calories", a house that "burned"
    (no agent: the fire is the event) or people "burnt to death" with no one said to do it."""
    heads = [h for h in object_heads(verb) if h.dep_ == "dobj"]
    doer = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not heads or not doer or words(doer) & FIRE_NOUNS:
        return False
    return _burnable(heads) and not any(h.ent_type_ in {"PERSON", "NORP"} or h.pos_ == "PRON" for h in heads)


def _throws_firebombs(verb: Token) -> bool:
    """"hurled petrol bombs at the police", "threw a Molotov cocktail inside"; not "threw stones"
    (a riot told by its own words) or "threw his support behind"."""
    return bool(object_words(verb) & INCENDIARIES)


def fire_without_agent(noun: Token) -> bool:
    """"a fire broke out", "died in the blaze", "the bank fire"; not gunfire ("artillery fire",
    "opened fire", "came under fire", "an exchange of fire") nor a fire someone set (told by the
    setting verb)."""
    modifiers = children_words(noun, {"amod", "compound", "nmod"})
    if modifiers & (GUNFIRE_MODIFIERS | INCENDIARIES) or noun.lower_ == "fire" and noun.dep_ == "ROOT":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"under", "of", "with", "into", "from"}:
        return False
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in GUNFIRE_VERBS | {"set", "start", "light"}:
        return False
    return not (noun.dep_ == "pobj" and head.head.lemma_.lower() in GUNFIRE_VERBS | {"set"})


def _catches_fire(verb: Token) -> bool:
    """"the bank caught fire": a fire with no one said to set it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children)


def _goes_up_in_flames(verb: Token) -> bool:
    """"went up in flames", "burst into flames"; not "prices went up"."""
    return bool(words(prep_objects(verb, {"in", "into"})) & {"flame", "flames", "fire", "smoke"}) and (
        verb.lemma_.lower() == "burst" or any(c.dep_ in {"prt", "advmod"} and c.lower_ == "up" for c in verb.children))


FIRE_CHECKS = {
    ("arson", "set", False): _sets_alight,
    ("arson", "torch", False): _torches,
    ("arson", "burn", False): _burns_down,
    **{("arson", verb, False): _throws_firebombs for verb in ("hurl", "throw", "lob")},
    **{("fire", noun, True): fire_without_agent for noun in ("fire", "blaze", "inferno")},
    ("fire", "catch", False): _catches_fire,
    **{("fire", verb, False): _goes_up_in_flames for verb in ("go", "burst")},
}
