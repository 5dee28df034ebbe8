"""Words of crime and damage in their literal sense: escapes, robberies, outages and fires.

Split from ``trigger_fit`` (whose table of word-sense checks registers ``CRIME_CHECKS``) because
each of these words has an everyday twin: "escaped injury", "a tax escape", "robbed of victory",
"stole the show", "job cuts", "the cut in interest rates". A literal reading needs the right
parties and things: someone held who gets away, property taken, a network or utility cut. The
checks of arson and fire are in ``fire_senses`` and joined into ``CRIME_CHECKS`` here. Checks read
the parse (and WordNet through ``physical_senses.kinds`` when it is installed), so they work on any
story.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.custody_senses import captures_people
from dossier.extract.fire_senses import FIRE_CHECKS, abstract_noun
from dossier.extract.ontology import EVACUEES, RESIDENTS, SUBSTANCES
from dossier.extract.physical_senses import doers
from dossier.extract.sense_parse import money, object_heads, object_words, of_phrase, prep_objects, subject_words, words
from dossier.extract.word_classes import (
    CUSTODY_WORDS, ESCAPEES, FIGURATIVE_LOOT, FIRE_NOUNS, INFRASTRUCTURE, ROBBERY_CONTEXT, ROBBERY_NOUNS,
    UTILITY_HEADS, VALUABLES,
)

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
# Signs of a hold-up rather than a delay: "held up at gunpoint".
ARMED = frozenset({"gun", "gunpoint", "armed", "knifepoint", "pistol", "pistols", "masked", "knife"})
# Who raids, rams or chases in the name of the law: their raid is no robbery, their flight no escape.
LAW_ENFORCERS = frozenset({"police", "policeman", "policemen", "officer", "officers", "troop", "troops", "soldier",
                           "soldiers", "army", "agent", "agents", "force", "forces", "authority", "authorities"})
# Modifiers of a network word that make a general head a utility ("internet services", "phone traffic").
UTILITY_MODIFIERS = INFRASTRUCTURE | frozenset({
    "web", "online", "mobile", "cellular", "electric", "electrical", "data", "fibre", "fiber", "optic", "undersea",
    "submarine", "telecom", "satellite", "water", "gas", "network", "communication", "telecommunication"})
# Words that tell a sentence is about networks, for a bare "services were disrupted".
NETWORK_CONTEXT = INFRASTRUCTURE | frozenset({"telecom", "undersea", "submarine", "isp", "isps", "bandwidth"})
# Heads a repair fixes in a network story: "fix the fault", "repair the damage".
REPAIRABLE = frozenset({"fault", "faults", "problem", "problems", "damage", "break", "breaks"})
# Blackouts of news, not of power: "a media blackout".
NEWS_BLACKOUTS = frozenset({"media", "news", "press", "information", "broadcast", "election", "tv", "television",
                            "reporting", "radio"})


def _sentence(token: Token) -> set[str]:
    return words(token.sent)


def _children_words(token: Token, deps: set[str]) -> set[str]:
    return words(t for c in token.children if c.dep_ in deps for t in c.subtree)


# --- escape -------------------------------------------------------------------------------------

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
    modifiers = _children_words(verb, {"acomp", "oprd", "advmod", "xcomp"})
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
    return bool(subject_words(verb) & ESCAPEES or (_sentence(verb) - words([verb])) & context)


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
    return bool(_sentence(verb) & (LAW_CONTEXT | ROBBERY_CONTEXT | {"officer", "officers"}) - {"police"})


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
    modifiers = _children_words(noun, {"amod", "compound", "nmod"})
    if modifiers & FIGURATIVE_ESCAPES or noun.dep_ == "attr":
        return False
    origins = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "out"} for t in c.subtree]
    if origins:
        return bool(words(origins) & CUSTODY_WORDS)
    if noun.lemma_.lower() == "escape":
        return True
    return bool(_sentence(noun) & LAW_CONTEXT - {noun.lower_})


def _on_the_run(noun: Token) -> bool:
    """"the convict was still on the run", "a week on the run"; not "a run on the banks"."""
    if noun.lower_ != "run" or noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return False
    return bool(_sentence(noun) & LAW_CONTEXT)


def _manhunt(noun: Token) -> bool:
    """"a manhunt was launched"; a headhunt for a new coach is not one ("manhunt for a coach")."""
    return not words(prep_objects(noun, {"for"})) & {"coach", "manager", "successor", "candidate", "ceo"}


def _getaway(noun: Token) -> bool:
    """"the getaway car" is a compound (no trigger); "made their getaway" in a crime, not "a weekend
    getaway"."""
    return not _children_words(noun, {"amod", "compound"}) & {"weekend", "romantic", "holiday", "summer",
                                                               "luxury", "beach", "city"} \
        and bool(_sentence(noun) & (LAW_CONTEXT | ROBBERY_CONTEXT))


def _jailbreak(noun: Token) -> bool:
    """A breakout, not the unlocking of a phone ("an iPhone jailbreak")."""
    return not _sentence(noun) & {"iphone", "ios", "android", "software", "app", "apps", "firmware"}


# --- robbery ------------------------------------------------------------------------------------

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
    if subject_words(token) & LAW_ENFORCERS or _children_words(token, {"amod", "compound"}) & LAW_ENFORCERS:
        return False
    return bool(_sentence(token) & ROBBERY_CONTEXT)


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
    return bool(vehicle and prep_objects(verb, {"into", "through"}) and _sentence(verb) & ROBBERY_CONTEXT)


def _breaks_in(verb: Token) -> bool:
    """"burglars broke into the house"; not "broke into tears" or "broke into the top ten"."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
              for g in c.children if g.dep_ == "pobj"]
    thieves = subject_words(verb) & ESCAPEES or _sentence(verb) & ROBBERY_CONTEXT
    return bool(places and thieves and not any(abstract_noun(p) for p in places))


def _robbery_noun(noun: Token) -> bool:
    """"the robbery", "a jewellery heist", "the theft of paintings"; not "daylight robbery" (a
    price), "the theft of the election", or a "hold-up" in traffic."""
    modifiers = _children_words(noun, {"amod", "compound"})
    if modifiers & {"daylight", "highway"}:
        return False
    if noun.lemma_.lower() in {"holdup", "hold-up"}:
        return bool(_sentence(noun) & (ARMED | ESCAPEES | ROBBERY_CONTEXT))
    stolen = of_phrase(noun)
    return not stolen or _loot(t for p in stolen for t in p.subtree) or not any(
        p.lemma_.lower() in FIGURATIVE_LOOT or abstract_noun(p) for p in stolen)


# --- outage -------------------------------------------------------------------------------------

def is_utility(head: Token) -> bool:
    """Whether a noun names a network or utility: "the cables", "power", "internet services" (a
    general head with a network modifier or in a sentence about networks).

    Args:
        head: the head of what a verb of cutting or repairing acts on, or of a noun's modifier.

    Returns:
        False for "church services", "his power", "a terrorist network", "the talks".
    """
    lemma, form = head.lemma_.lower(), head.lower_
    if lemma in INFRASTRUCTURE or form in INFRASTRUCTURE:
        return not (lemma == "power" and any(c.dep_ == "poss" for c in head.children))
    if lemma not in UTILITY_HEADS and form not in UTILITY_HEADS:
        return False
    modifiers = words(t for c in head.children if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree)
    return bool(modifiers & UTILITY_MODIFIERS or _sentence(head) & NETWORK_CONTEXT)


def _affected(verb: Token) -> list[Token]:
    """What a verb acts on, a share standing for what it is a share of ("70 per cent of web services")."""
    heads = object_heads(verb)
    return heads + [g for h in heads if h.lemma_.lower() in {"percent", "cent", "%", "part", "parts", "most", "much"}
                    for g in of_phrase(h)]


def _cuts_utility(verb: Token) -> bool:
    """"the cables were cut", "disrupted internet services", "cables break", "cables failed",
    "services went down"; not "cut interest rates", "disrupted the talks", "broke the truce"."""
    heads = _affected(verb)
    lemma = verb.lemma_.lower()
    if not heads or lemma in {"break", "snap", "fail", "go"}:
        heads = heads + [c for c in verb.children if c.dep_ == "nsubj"]
        heads += [c for h in heads for c in h.conjuncts]
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "acomp"}}
    if lemma in {"go", "bring", "take", "knock"} and not particles & {"down", "offline", "dark", "out"}:
        return False
    return any(is_utility(h) for h in heads)


def _outage_noun(noun: Token) -> bool:
    """"the internet outage", "a power cut", "damage to the cables", "cables suffered damage"; not
    "job cuts", "the cut in interest rates", "a media blackout", "the damage to his reputation"."""
    lemma = noun.lemma_.lower()
    modifiers = _children_words(noun, {"amod", "compound", "nmod"})
    if lemma == "blackout":
        return not modifiers & NEWS_BLACKOUTS
    if lemma == "outage":
        return True
    parts = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    parts += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "in", "on"}
              for g in c.children if g.dep_ == "pobj"]
    if lemma in {"damage", "disruption"} and noun.dep_ in {"dobj", "attr"}:
        parts += [c for c in noun.head.children if c.dep_ == "nsubj"]  # "cables suffered damage"
    parts += [c for p in parts for c in p.conjuncts]
    return any(is_utility(p) for p in parts)


def _restores_utility(verb: Token) -> bool:
    """"power was restored", "engineers repaired the cable", "to fix the fault" in a network story;
    not "restored order", "restored ties", "repaired relations"."""
    heads = _affected(verb)
    if verb.tag_ == "VBN":  # "should have service restored"
        heads += [c for c in verb.children if c.dep_ == "nsubj"]
    if any(is_utility(h) for h in heads):
        return True
    return bool(words(heads) & REPAIRABLE and _sentence(verb) & NETWORK_CONTEXT)


def _repair_noun(noun: Token) -> bool:
    """"repairs to the cable", "the restoration of service"; not "the restoration of democracy"."""
    repaired = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "on"}
                for g in c.children if g.dep_ == "pobj"]
    if repaired:
        return any(is_utility(p) for p in repaired)
    return bool(_sentence(noun) & NETWORK_CONTEXT)


# --- arrest: a fugitive caught ------------------------------------------------------------------

def _caught_by_the_law(verb: Token) -> bool:
    """"the fugitive was caught in Houston", "police caught the two robbers"; not "caught in the
    crossfire", "caught fire", "caught on camera", "caught a cold"."""
    if words(prep_objects(verb, {"in", "on", "by", "off"})) & {
            "crossfire", "fire", "flames", "blaze", "storm", "rain", "traffic", "camera", "tape", "film", "video",
            "middle", "guard", "surprise", "cross-fire"}:
        return False
    return captures_people(verb) and bool(_sentence(verb) & (LAW_CONTEXT | LAW_ENFORCERS | ROBBERY_CONTEXT))


CRIME_CHECKS = {
    **{("escape", verb, False): _escapes_custody for verb in ("escape", "abscond")},
    ("escape", "flee", False): _flees_the_law,
    ("escape", "break", False): _breaks_out,
    **{("escape", noun, True): _escape_noun for noun in ("escape", "breakout")},
    ("escape", "run", True): _on_the_run,
    ("escape", "manhunt", True): _manhunt,
    ("escape", "getaway", True): _getaway,
    ("escape", "jailbreak", True): _jailbreak,
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
    **{("outage", verb, False): _cuts_utility for verb in ("cut", "sever", "damage", "disrupt", "break", "snap", "fail",
                                                          "go", "bring", "take", "knock")},
    **{("outage", noun, True): _outage_noun
       for noun in ("outage", "blackout", "disruption", "cut", "break", "failure", "damage")},
    **{("outage-repair", verb, False): _restores_utility for verb in ("restore", "repair", "fix", "reconnect", "mend")},
    **{("outage-repair", noun, True): _repair_noun for noun in ("repair", "repairs", "restoration")},
    **FIRE_CHECKS,  # arson and fires: "set fire to", "came under fire", "burned the midnight oil"
    ("arrest", "catch", False): _caught_by_the_law,
    ("arrest", "recapture", False): captures_people,
}
