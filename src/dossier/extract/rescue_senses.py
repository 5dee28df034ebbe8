"""Words of rescue and deployment in their literal sense: people saved, soldiers sent.

Split from ``relief_senses`` (which registers these checks with the aid ones in ``RELIEF_CHECKS``):
"rescued the economy", "pulled out of the talks", "evacuated the town", "deployed a new app" are
no rescue or deployment. A literal reading needs people taken out of danger, or forces moved.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.custody_senses import captive_party
from dossier.extract.ontology import DETAINEE_WORDS, EVACUEES, PEACEKEEPERS
from dossier.extract.sense_parse import object_heads, of_phrase, prep_objects, through, words

# Armed forces sent somewhere (lemmas and forms): soldiers and their units.
MILITARY = PEACEKEEPERS | frozenset({
    "troop", "troops", "soldier", "soldiers", "marine", "marines", "paratrooper", "paratroopers", "army",
    "reservist", "reservists", "brigade", "brigades", "battalion", "battalions", "regiment", "regiments",
    "division", "divisions", "unit", "units", "warship", "warships", "sailor", "sailors", "airman", "airmen",
    "guardsman", "guardsmen", "commando", "commandos", "serviceman", "servicemen", "force", "forces", "military",
    "police", "gendarme", "gendarmes", "navy", "carrier", "destroyer", "frigate", "fleet", "personnel",
})
# What people are pulled, dug or freed from when that is a rescue.
DANGERS = frozenset({
    "rubble", "debris", "ruin", "ruins", "wreckage", "wreck", "building", "buildings", "house", "home", "hotel",
    "school", "supermarket", "cathedral", "church", "mud", "sea", "water", "river", "flood", "floodwater",
    "floodwaters", "rooftop", "roof", "mine", "cave", "snow", "avalanche", "landslide", "fire", "blaze", "car",
    "vehicle", "basement", "collapse", "remains", "beneath", "under", "underneath", "sinking", "ice",
})
# Dangers that make a bare "pulled out" a rescue wherever in the sentence they are named (not a
# house or a car, which people also leave in other ways).
STRONG_DANGERS = frozenset({"rubble", "debris", "ruins", "wreckage", "trapped", "buried", "alive", "survivor",
                            "survivors", "collapse", "collapsed", "mud", "landslide", "avalanche", "floodwater"})
# Words beside "pulled" or "dug" that make it a rescue even without a "from" phrase.
ALIVE = frozenset({"alive", "survivor", "survivors", "trapped", "buried", "unharmed", "uninjured", "conscious"})
# Heads and modifiers of a rescue that saves no one: finance and politics.
FINANCIAL = frozenset({"package", "plan", "deal", "loan", "loans", "fund", "bank", "banks", "bailout", "economy",
                       "euro", "currency", "company", "firm", "industry", "talks", "process", "season", "club",
                       "government", "scheme", "bid", "budget", "pension"})
# Places one evacuates when one leaves them: a retreat (CAMEO 087), no rescue.
PLACES = frozenset({"town", "city", "capital", "village", "area", "region", "base", "building", "buildings",
                    "embassy", "consulate", "post", "position", "positions", "zone", "district", "island", "camp",
                    "airport", "port", "country", "territory", "compound", "office", "offices", "school", "hospital"})
# Nouns a count of rescued people counts (forms as ``Quantity.counted`` gives them).
PEOPLE_WORDS = DETAINEE_WORDS | frozenset({"survivor", "survivors", "person", "persons", "worker", "workers",
                                            "climber", "climbers", "miner", "miners", "passenger", "passengers",
                                            "tourist", "tourists", "resident", "residents", "student", "students"})




def _people(tokens) -> bool:
    """Whether any of the words names people: a person, a people, a personal or quantifying
    pronoun ("all have been evacuated"), a count of people."""
    tokens = [through(t) for t in tokens]
    return any(t.lemma_.lower() in EVACUEES or t.lower_ in EVACUEES or t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and (
        captive_party(t) or t.pos_ in {"PRON", "NUM"} and t.lower_ not in {"it", "this", "that", "which"})
        for t in tokens)


def _patients(verb: Token) -> list[Token]:
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not heads and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        heads = [verb.head]  # "a woman rescued from rubble", "survivors pulled from the hotel"
    if not heads and verb.dep_ == "xcomp":
        heads = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return heads + [c for h in heads for c in h.conjuncts]


def rescues_people(verb: Token) -> bool:
    """"rescued a two-year-old girl", "she was rescued", "rescued 15 days after the quake"; not
    "rescued the economy", "rescue the talks", "rescued the bank".

    Args:
        verb: "rescue".

    Returns:
        True when people are rescued, or no one is named (a headline's "rescued after ten days").
    """
    patients = _patients(verb)
    if not patients:
        return not any(c.dep_ == "xcomp" for c in verb.children)
    if words(patients) & FINANCIAL:
        return False
    return _people(patients)


def taken_from_danger(verb: Token) -> bool:
    """"pulled alive from the rubble", "was dug out after eight days", "freed from the wreckage":
    people taken out of a collapse, a flood or a wreck. Not "pulled out of the talks", "pulled
    their troops out", "freed the hostages" (a release) nor bodies recovered.

    Args:
        verb: "pull", "dig", "free" or "extract".

    Returns:
        True when people (not soldiers or bodies) come out of danger.
    """
    patients = _patients(verb)
    if not _people(patients) or words(patients) & (MILITARY | {"body", "bodies", "corpse", "remains"}):
        return False
    sources = prep_objects(verb, {"from", "of", "under", "beneath"})
    # the parser often hangs the "from" phrase on the person: "freed [a girl from a collapsed building]"
    sources += [o for p in patients for o in prep_objects(p, {"from"})]
    if words(t for s in sources for t in s.subtree) & DANGERS:
        return True
    beside = words([*verb.children, *(t for c in verb.children if c.dep_ in {"advcl", "acomp", "oprd"}
                                       for t in c.subtree), *(t for p in patients for t in p.subtree)])
    lemma = verb.lemma_.lower()
    if beside & ALIVE and (lemma != "free" or sources):  # "pulled out alive"; "freed alive" needs a "from"
        return True
    # "was pulled out after eight days buried under the rubble": the danger named elsewhere in the sentence
    out = any(c.lower_ == "out" for c in verb.children)
    return lemma in {"dig", "pull"} and out and bool(words(verb.sent) & STRONG_DANGERS)


def rescue_noun(noun: Token) -> bool:
    """"the rescue of a girl", "rescue operations", "a dramatic rescue"; not "a rescue package for
    the banks" or "the rescue of the euro"."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in FINANCIAL:
        return False
    rescued = of_phrase(noun)
    modifiers = words(c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"})
    if modifiers & (FINANCIAL | {"financial", "economic", "fiscal", "bank", "government"}):
        return False
    return not rescued or _people(rescued)



def evacuates_people_verb(verb: Token) -> bool:
    """"evacuated the injured", "seven of whom have been evacuated", "evacuating them to field
    hospitals": people are taken to safety. Not "troops evacuated the town" (a retreat, left to
    the withdrawal reading) nor soldiers evacuated.

    Args:
        verb: "evacuate" or "airlift".

    Returns:
        True when what is moved is people other than soldiers, and no place is named instead.
    """
    patients = [through(p) for p in _patients(verb)]
    found = words(patients)
    if not patients or found & (MILITARY | PLACES) or any(p.ent_type_ in {"GPE", "LOC", "FAC"} for p in patients):
        return False
    return _people(patients)


def evacuates_people(noun: Token) -> bool:
    """"the evacuation of the injured", "medical evacuations"; not the evacuation of troops (a
    withdrawal)."""
    moved = of_phrase(noun)
    return not words(t for m in moved for t in m.subtree) & MILITARY


# --- deployment -----------------------------------------------------------------------------------

def sends_forces(verb: Token) -> bool:
    """"deployed 3,500 troops", "sent two battalions", "troops were dispatched", "mobilised the
    army"; not "deployed a new app", "sent a letter", "strengthened ties".

    Args:
        verb: "deploy", "send", "dispatch", "mobilize", "reinforce", "mass"...

    Returns:
        True when soldiers or their units are what is moved (or, intransitive, move: "the
        troops deployed").
    """
    heads = object_heads(verb)
    if heads:  # the head: "a military plane" is no force, "a battalion of marines" is
        return bool(words([*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]) & MILITARY)
    withs = prep_objects(verb, {"with"})  # "reinforced the border with 2,000 soldiers"
    return bool(words(t for w in withs for t in w.subtree) & MILITARY) or forces_arrive(verb)


def forces_arrive(verb: Token) -> bool:
    """"US troops landed", "the first marines arrived": soldiers are the subject (not "the
    plane landed", "the talks arrived at")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    subjects = [through(s) for s in subjects]
    heads = {form for s in subjects for form in (s.lemma_.lower(), s.lower_)}
    heads |= words(c for s in subjects for c in s.children if c.dep_ == "compound")
    return bool(heads & MILITARY)


def deployment_noun(noun: Token) -> bool:
    """"the deployment of 3,000 troops", "its regular deployment"; not "the deployment of the new
    software" (an "of" phrase must name forces when there is one)."""
    moved = of_phrase(noun)
    return not moved or bool(words(t for m in moved for t in m.subtree) & MILITARY)


# --- counts ---------------------------------------------------------------------------------------

RESCUED_ROLE = "rescued"
# Roles ``quantity_roles`` gives counts of people (its PEOPLE_ROLES), and the "people" a count of
# generic people becomes outside events about captives.
PEOPLE_COUNT_ROLES = frozenset({"military", "civilians", "prisoners", "children", "people"})


def rescued_role(counted: str | None, role: str | None) -> str | None:
    """The role of a number in a rescue: every count of people is of those rescued ("rescued 15
    people", "two children were pulled out"), so outlets compare one thing.

    Args:
        counted: the head noun the number counts (``Quantity.counted``).
        role: the role ``quantity_roles`` gave it from that noun.

    Returns:
        ``"rescued"`` for a count of people of any kind, else the role unchanged.
    """
    word = (counted or "").lower()
    if role in PEOPLE_COUNT_ROLES or (role is None and word in EVACUEES | PEOPLE_WORDS):
        return RESCUED_ROLE
    return role


def forces_on_alert(noun: Token) -> bool:
    """"troops remained on alert", "put the army on high alert": forces readied where they stand;
    not "hospitals are on alert" or "a flood alert"."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    around = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return bool(words([*around, *(c for a in around for c in a.children if c.dep_ == "compound")]) & MILITARY)
