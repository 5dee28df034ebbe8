"""Words of relief in their literal sense: aid given, people rescued, troops deployed.

Split from ``trigger_fit`` (whose table of word-sense checks registers ``RELIEF_CHECKS``, which
holds these aid checks and the rescue and deployment ones of ``rescue_senses``) because each word of
relief has an everyday twin: "a rescue package for the banks", "aid and abet",
"provided that", "deployed a new app", "raised concerns", "gave a speech", "pulled out of the
talks". A literal reading needs the right thing moved: relief goods or money given, people taken
out of danger, soldiers sent. Checks read the parse only (and WordNet through ``custody_senses``
when it is installed), so they work on any story, not one disaster's vocabulary.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract import rescue_senses as rs
from dossier.extract.ontology import EVACUEES, SUPPLIES
from dossier.extract.rescue_senses import MILITARY
from dossier.extract.sense_parse import (
    MONEY_WORDS, money, object_heads, object_tokens, object_words, prep_objects, subject_words, words,
)

# What relief is made of (lemmas and forms): goods, care and money. "Help" arrives too.
RELIEF_GOODS = SUPPLIES | frozenset({
    "relief", "help", "water", "medicine", "medicines", "medication", "drug", "drugs", "medical", "tent", "tents",
    "tarpaulin", "tarpaulins", "blanket", "blankets", "shelter", "ration", "rations", "kit", "kits", "equipment",
    "rice", "flour", "grain", "wheat", "vaccine", "vaccines", "hospital", "generator", "generators", "clothing",
    "clothes", "fuel", "meal", "meals", "biscuit", "biscuits", "parcel", "parcels", "package", "care", "doctor",
    "doctors", "nurse", "nurses", "surgeon", "surgeons", "medic", "medics", "donation", "donations", "grant",
    "grants", "humanitarian", "emergency", "purification", "sanitation", "hygiene", "bottled",
})
# What can be said to arrive, land or pour in as relief ("aid poured in"; water that "reached the
# second floor" is a flood).
ARRIVING = SUPPLIES | frozenset({"relief", "help", "medicine", "medicines", "donation", "donations", "consignment",
                                 "consignments", "tent", "tents"})
# Senses that turn money given into no aid: politics and trade.
NOT_CHARITY = frozenset({"campaign", "party", "candidate", "pac", "election", "bribe", "bribes", "ransom"})
# Modifiers of "aid" that name a tool, not help given: "hearing aid", "visual aids".
AID_TOOLS = frozenset({"hearing", "visual", "teaching", "learning", "study", "memory", "navigational", "walking",
                       "sleep", "diet", "dietary"})
# Feelings and figures of "relief": "a sense of relief", "breathed a sigh of relief", "in sharp relief".
RELIEF_FEELINGS = frozenset({"sense", "sigh", "sharp", "stark", "bold", "high", "tax", "debt", "pain", "comic",
                             "express", "feel", "bring", "sign", "wave", "flood", "cheer", "breathe", "great",
                             "huge", "some", "much", "enormous", "palpable", "obvious", "evident", "laughter",
                             "joy", "grief", "anger", "fear", "hysteria", "tear", "tears", "gratitude", "surprise"})


# --- aid ------------------------------------------------------------------------------------------

def gives_relief(verb: Token) -> bool:
    """"provided food and shelter", "granted $10m", "supplied tents", "contributed £5m": relief goods,
    military help or money are given. Not "provided that", "provided details", "granted bail",
    "contributed to".

    Args:
        verb: "provide", "grant", "supply" or "contribute".

    Returns:
        True when what is given is relief or money.
    """
    objects = object_tokens(verb)
    return bool(words(objects) & (RELIEF_GOODS | MILITARY)) or money(objects)


def grants_asylum(verb: Token) -> bool:
    """"granted political asylum to 18 rebels": asylum is what is given."""
    return "asylum" in words(object_tokens(verb))


def gives_money_or_goods(verb: Token) -> bool:
    """"gave $1m", "gave food to the camp", "pledged £75,000 in aid", "committed 100 million euros";
    not "gave a speech", "pledged to rebuild", "promised an inquiry".

    Args:
        verb: "give", "pledge", "promise", "commit", "allocate", "release".

    Returns:
        True when the object (or a "to"/"in" phrase of the object) is money or relief.
    """
    objects = object_tokens(verb)
    if words(objects) & NOT_CHARITY or words(prep_objects(verb, {"to", "for"})) & NOT_CHARITY:
        return False
    # the goods must be what is given ("gave food"), not a word of its phrase ("gave priority to shipments")
    return bool(words(object_heads(verb)) & RELIEF_GOODS) or money(objects)


def raises_money(verb: Token) -> bool:
    """"the appeal raised £2m", "fans raised $50,000 for the victims"; not "raised concerns"."""
    objects = object_tokens(verb)
    return money(objects) and not words(objects) & NOT_CHARITY


def sends_relief(verb: Token) -> bool:
    """"delivered water", "distributed food", "sent aid", "flew in supplies", "shipped tents"; not
    "delivered a speech", "sent a letter", nor money wired somewhere ("the money was sent to")."""
    objects = object_tokens(verb)
    if words(objects) & MONEY_WORDS or any(t.ent_type_ == "MONEY" for t in objects):
        return False
    carried = [t for w in prep_objects(verb, {"with"}) for t in w.subtree]  # "sent a plane with food"
    return bool(words(objects + carried) & RELIEF_GOODS)


def relief_arrives(verb: Token) -> bool:
    """"aid flights landed", "supplies arrived", "help is beginning to arrive", "aid reached the
    town": relief, or a vehicle a relief word marks, is the subject. Not "the plane landed"."""
    found = subject_words(verb)
    if verb.lemma_.lower() == "reach" and not found:
        return False
    return bool(found & ARRIVING)


def donates(verb: Token) -> bool:
    """"donated £75,000", "donated blood"; not a political donation ("donated to the campaign")."""
    around = object_tokens(verb) + prep_objects(verb, {"to", "for"})
    return not words(around) & NOT_CHARITY


def aids_someone(verb: Token) -> bool:
    """"aid" as a verb gives help unless it is "aid and abet" or a passive "aided by" (helped by luck)."""
    if any(c.lemma_.lower() == "abet" for c in (*verb.conjuncts, *verb.children)):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def assists_victims(verb: Token) -> bool:
    """"assisted survivors", "assist with relief": the help goes to people in need or to relief;
    not "assisted police with their inquiries" or "assisted in the investigation"."""
    found = object_words(verb) | words(prep_objects(verb, {"with", "in"}))
    return bool(found & (EVACUEES | RELIEF_GOODS | {"victim", "victims", "rescue", "recovery", "reconstruction"}))


def relief_noun(noun: Token) -> bool:
    """"relief efforts", "humanitarian relief", "relief for the survivors"; not "a sense of relief",
    "breathed a sigh of relief", "tax relief", "in sharp relief"."""
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False  # "a big relief for me": relief as aid takes no "a"
    near = [noun.head, *noun.children, *noun.conjuncts]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        near.append(noun.head.head)
    return not words(near) & RELIEF_FEELINGS


def aid_noun(noun: Token) -> bool:
    """"aid arrived", "humanitarian aid"; not "hearing aids" or "in aid of"."""
    if words(c for c in noun.children if c.dep_ in {"compound", "amod"}) & AID_TOOLS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "in")


# Private people who help an inquiry, not a state or agency giving aid ("citizen assistance", "help
# from the public led to the arrest", "with the assistance of witnesses").
PRIVATE_HELPERS = frozenset({"citizen", "public", "witness", "reader", "viewer", "listener", "tipster",
                             "informant", "resident", "neighbor", "neighbour", "bystander", "passerby", "caller",
                             "community", "volunteer", "member"})


def assistance_is_aid(noun: Token) -> bool:
    """"Financial assistance from the World Bank" is aid; "citizen assistance" or "assistance from
    the public" that led police to a fugitive is help with an inquiry, given by private people."""
    givers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}}
    givers |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "by"}
               for g in c.children if g.dep_ == "pobj"}
    return not givers & PRIVATE_HELPERS


def moved_goods(noun: Token) -> bool:
    """"deliveries of aid", "food distribution", "a pledge of $100m", "aid shipments": the noun
    moves relief or money. Not "the delivery of the speech" or "a pledge to rebuild"."""
    tokens = [t for t in noun.subtree if t.i != noun.i] + [noun.head]
    found = words(tokens)
    if noun.lemma_.lower() == "pledge":
        return money(tokens) or bool(found & RELIEF_GOODS)
    return bool(found & RELIEF_GOODS) or money(t for t in noun.subtree if t.i != noun.i)


RELIEF_CHECKS = {
    **{("aid", verb, False): gives_relief for verb in ("provide", "grant", "supply", "contribute")},
    ("aid", "aid", False): aids_someone,
    ("aid", "assist", False): assists_victims,
    ("aid", "donate", False): donates,
    **{("asylum", verb, False): grants_asylum for verb in ("grant", "give")},
    ("aid", "aid", True): aid_noun,
    ("aid", "assistance", True): assistance_is_aid,
    ("aid", "relief", True): relief_noun,
    **{("aid-transfer", verb, False): gives_money_or_goods
       for verb in ("give", "pledge", "promise", "commit", "allocate", "release", "earmark")},
    ("aid-transfer", "raise", False): raises_money,
    **{("aid-transfer", verb, False): sends_relief
       for verb in ("deliver", "distribute", "send", "ship", "fly", "airdrop", "airlift", "truck", "hand")},
    **{("aid-transfer", verb, False): relief_arrives for verb in ("arrive", "land", "reach", "pour")},
    **{("aid-transfer", noun, True): moved_goods
       for noun in ("delivery", "distribution", "shipment", "airdrop", "pledge", "airlift")},
    ("rescue-danger", "rescue", False): rs.rescues_people,
    **{("rescue-danger", verb, False): rs.taken_from_danger for verb in ("pull", "dig", "free", "extract")},
    ("rescue-danger", "rescue", True): rs.rescue_noun,
    ("rescue", "evacuation", True): rs.evacuates_people,
    **{("rescue", verb, False): rs.evacuates_people_verb for verb in ("evacuate", "airlift")},
    **{("mobilize", verb, False): rs.sends_forces
       for verb in ("mobilize", "mobilise", "deploy", "reinforce", "strengthen", "mass", "send", "dispatch",
                    "despatch", "contribute")},
    **{("mobilize", verb, False): rs.forces_arrive for verb in ("land", "arrive")},
    ("mobilize", "deployment", True): rs.deployment_noun,
    ("mobilize", "alert", True): rs.forces_on_alert,
    **{("peacekeepers-arrive", verb, False): rs.forces_arrive for verb in ("land", "arrive")},
}
