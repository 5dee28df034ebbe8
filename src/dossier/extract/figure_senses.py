"""Everyday senses of words of force, custody, courts, talks and protest that report none of them.

Each twin below has a frame that tells it apart, read from the parse:

- harm done by what one breathes in ("smoke inhalation killed three", "carbon monoxide poisoning
  killed a family"): no one used force, so no attack;
- a level reached ("the economy has hit bottom", "shares hit a new low", "stocks hit a low"): a
  figure of "hit";
- a person kept in quarantine or isolation ("was held in quarantine"): health, not custody;
- a health condition ("underlying medical conditions"): no terms one party demands of another;
- people who "retreated inside/indoors/home": shelter, and "retreated from its position": a
  stance given up; neither is forces pulling back;
- a deed talked about ("heard him talk about killing the judge"): a topic, not an attack;
- police or guards who "blocked the crowd's progress": a cordon, not a protest;
- a fight in sport ("fought on the police boxing team", "fought in amateur bouts"): no attack;
- a trial of a thing ("a trial of a new insurance policy", "trials of the vaccine"): a test, not
  a court's trial;
- talk about a happening ("were discussing the shooting"): conversation, not negotiation.

``vetoed`` answers for one definition, word and frame; ``trigger_fit`` asks it first.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.person_heads import is_person
from dossier.extract.sense_parse import prep_objects
from dossier.extract.thing_kinds import doers, kinds, patients
from dossier.extract.word_classes import DISASTER_NOUNS

# What harms by being breathed in or swallowed: its doer is the exposure, not an assailant.
EXPOSURES = frozenset({"inhalation", "poisoning", "exposure", "asphyxiation", "fume", "fumes", "smoke",
                       "monoxide", "gas", "suffocation"})
# Levels and figures "hit" reaches: "hit bottom", "hit a low", "hit the wall", "hit the road".
LEVELS = frozenset({"bottom", "low", "high", "peak", "wall", "ceiling", "jackpot", "road", "headline", "headlines",
                    "shelf", "shelves", "stride", "snag", "milestone", "trough", "plateau", "nerve", "airwaves"})
# Figures of markets and the economy: whatever they "hit", they reach a level ("stocks hit a low").
MARKET_FIGURES = frozenset({"stock", "share", "price", "index", "market", "rate", "yield", "currency", "dollar",
                            "euro", "yen", "bond", "inflation", "unemployment", "sale", "profit", "output",
                            "export", "import", "earnings", "revenue", "debt", "deficit", "oil", "gold"})
# Words of talk and fancy whose "about" or "of" clause is a topic: "talked about killing him".
TALK_WORDS = frozenset({"talk", "speak", "joke", "boast", "brag", "dream", "fantasize", "fantasise", "think",
                        "write", "rant", "muse", "chat", "gossip", "rumor", "rumour", "fantasy", "idea", "thought"})
# Stances one retreats from without giving up ground: "retreated from its position".
STANCES = frozenset({"position", "stance", "pledge", "promise", "plan", "view", "demand", "commitment", "policy",
                     "claim", "proposal", "goal", "target", "argument", "line", "rhetoric", "opinion", "vow"})
# Where the sick are kept apart, which is no custody.
SICK_KEEPING = frozenset({"quarantine", "isolation", "observation", "hospital", "intensive", "icu", "ward"})
# Modifiers of "condition" that make it a state of health or of things, not terms demanded.
STATE_CONDITIONS = frozenset({"underlying", "medical", "pre-existing", "preexisting", "chronic", "health", "heart",
                              "critical", "stable", "serious", "living", "weather", "road", "physical", "mental",
                              "respiratory", "existing", "poor", "good", "harsh", "dire"})
# Places of shelter one retreats to, not ground given up.
SHELTERS = frozenset({"inside", "outside", "indoors", "home", "upstairs", "downstairs", "back", "away"})
# Who blocks as a cordon rather than in protest.
CORDON_FORCES = frozenset({"police", "officer", "officers", "cop", "cops", "trooper", "troopers", "guard",
                           "guards", "security", "riot", "authorities", "deputy", "deputies"})
# What a sporting fight is on or in: "fought on the boxing team", "fought in amateur bouts".
SPORT_FIGHTS = frozenset({"team", "bout", "bouts", "ring", "match", "round", "card", "tournament", "championship",
                          "boxing", "fight", "fights", "title", "belt", "league", "club", "squad", "circuit"})
# What is tested in a trial of a thing: medicines, products, schemes.
TESTED_THINGS = frozenset({"vaccine", "drug", "policy", "product", "scheme", "system", "technology", "treatment",
                           "therapy", "method", "insurance", "microinsurance", "program", "programme", "service",
                           "device", "app", "medicine", "pill", "procedure", "version", "model", "prototype",
                           "software", "cure", "test", "shot", "jab", "dose", "plan", "project"})
# Words that place a bare "trials" among medicine rather than in a court.
MEDICAL_WORDS = frozenset({"vaccine", "vaccines", "drug", "drugs", "dose", "doses", "clinical", "volunteers",
                           "placebo", "jab", "immunization", "immunisation", "strain", "virus", "flu"})
# Happenings of harm that the ontology's nouns leave to their verbs ("the shooting", "the stabbing").
HARM_NOUNS = frozenset({"shooting", "stabbing", "murder", "killing", "death", "crash", "accident", "fire", "riot",
                        "beating", "fatality", "tragedy"})
COURT_WORDS = frozenset({"court", "judge", "jury", "defendant", "prosecutor", "prosecutors", "charged", "accused",
                         "lawyer", "lawyers", "murder", "verdict", "convicted", "acquitted", "testimony", "witness"})


def _lemmas(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def breathed_in(verb: Token) -> bool:
    """"smoke inhalation killed three", "carbon monoxide poisoning killed the family"."""
    return any(_lemmas([d, *[c for c in d.children if c.dep_ in {"compound", "amod"}]]) & EXPOSURES
               for d in doers(verb))


def hits_a_level(verb: Token) -> bool:
    """"the economy has hit bottom", "sales hit a new low": "hit" reaching a level."""
    if any(o.lemma_.lower() in LEVELS and not o.ent_type_ for o in patients(verb)):
        return True
    if any(c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in LEVELS for c in verb.children):
        return True  # "stocks hit a five year low", with "low" parsed as an adjective
    return any(s.lemma_.lower() in MARKET_FIGURES for s in doers(verb))  # "shares hit ...": a market moves


def topic_of_talk(verb: Token) -> bool:
    """"heard him talk about killing the judge", "joked about bombing the office": a deed talked
    or thought about is a topic, not a report that it was done. Only a gerund (a verb, or a word
    in -ing the tagger made a noun but that takes an object: "the talk about killing the judge") is
    read so; "talked about the bombing" names a happening, which stays.

    Args:
        verb: a verb of force.

    Returns:
        True when the verb is the object of "about" or "of" on a word of talk or fancy.
    """
    gerund = verb.pos_ == "VERB" or (verb.tag_ == "VBG" and any(c.dep_ in {"dobj", "compound"} and c.i > verb.i
                                                                   for c in verb.children))
    if not gerund or verb.dep_ not in {"pcomp", "pobj"} or verb.head.lower_ not in {"about", "of"}:
        return False
    return verb.head.head.lemma_.lower() in TALK_WORDS


def gives_up_a_stance(verb: Token) -> bool:
    """"the ministry retreated from its position": a stance given up, no forces pulled back."""
    return bool(_lemmas(prep_objects(verb, {"from"})) & STANCES)


def quarantined(verb: Token) -> bool:
    """"was held in quarantine", "kept in isolation at a hotel"."""
    return bool(_lemmas(prep_objects(verb, {"in", "under", "for"})) & SICK_KEEPING)


def health_condition(noun: Token) -> bool:
    """"underlying medical conditions", "in critical condition": a state, not terms demanded."""
    return bool(_lemmas(c for c in noun.children if c.dep_ in {"amod", "compound"}) & STATE_CONDITIONS)


def shelters(verb: Token) -> bool:
    """"the gang members retreated inside", "families retreated indoors": taking shelter."""
    return any(c.dep_ in {"advmod", "prt", "prep", "dobj", "npadvmod"} and c.lower_ in SHELTERS for c in verb.children)


def cordon(verb: Token) -> bool:
    """"officers managed to block the crowd's progress": the police block, no protest."""
    subjects = list(doers(verb))
    if verb.dep_ == "xcomp":  # "police managed to block": the subject of the verb it completes
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_lemmas([s, *s.children]) & CORDON_FORCES for s in subjects)


def sporting_fight(verb: Token) -> bool:
    """"fought on the police boxing team", "fought in amateur bouts": sport, no attack."""
    return bool(_lemmas(t for p in prep_objects(verb, {"on", "in", "for"}) for t in p.subtree) & SPORT_FIGHTS)


def test_trial(noun: Token) -> bool:
    """"a trial of a new crop insurance policy", "trials of the vaccine", "the trials are continuing"
    in a sentence of vaccines with no word of courts: a test of a thing.

    Args:
        noun: "trial".

    Returns:
        True when the trial is "of" a thing that is tested (not a person), or a bare trial in a
        sentence of medicine that has no word of courts.
    """
    tested = prep_objects(noun, {"of"})
    if tested and not any(is_person(t) for t in tested):
        words = _lemmas(t for head in tested for t in head.subtree)
        if words & TESTED_THINGS or any(kinds(t)[:1] in (["noun.artifact"], ["noun.substance"]) for t in tested):
            return True
    sentence = _lemmas(noun.sent)
    return bool(sentence & MEDICAL_WORDS) and not sentence & COURT_WORDS and not any(
        is_person(t) for t in tested)


def talk_about_harm(verb: Token) -> bool:
    """"were discussing the recent shooting", "discussed the flood": talk about a happening of
    force or disaster is conversation, not negotiation between parties."""
    from dossier.extract.ontology import definitions_for  # the ontology imports the word classes we use
    from dossier.models import EventType

    harms = {EventType.ATTACK, EventType.DISASTER, EventType.DEATH}
    return any(o.lemma_.lower() in DISASTER_NOUNS | HARM_NOUNS or any(d.event_type in harms for d in definitions_for(
        o.lemma_.lower(), True)) for o in patients(verb))


_VETOES = {
    ("attack", "kill", False): breathed_in,
    ("attack", "hit", False): hits_a_level,
    ("arrest", "hold", False): quarantined,
    ("arrest", "keep", False): quarantined,
    ("demand", "condition", True): health_condition,
    ("withdrawal", "retreat", False): lambda t: shelters(t) or gives_up_a_stance(t),
    ("protest", "block", False): cordon,
    ("attack", "fight", False): sporting_fight,
    ("fight", "fight", False): sporting_fight,
    ("trial", "trial", True): test_trial,
    ("negotiation", "discuss", False): talk_about_harm,
}


def vetoed(name: str, lemma: str, token: Token, nominal: bool) -> bool:
    """Whether a word's frame is the everyday twin of definition ``name`` (see the module docstring)."""
    check = _VETOES.get((name, lemma, nominal))
    return check is not None and check(token)
