"""Harm done by falls, disasters and fires, and bursts of feeling: accidents, not attacks.

Split out of ``trigger_fit`` (whose ``fit_definition`` and ``_CHECKS`` call these) because they
tell one thing: that no one used force. News of mountain accidents, quakes and fires says so:

- "killed in a fall", "was killed after slipping and falling from a ridge": the dead fell;
- "That temblor killed six": a word WordNet files with a disaster of the ontology ("temblor" is
  an "earthquake") does harm as that disaster does;
- "fire crews attacked it" (the blaze), "firefighters attacked the flames": fighting a fire;
- "an explosion of rioting", "an explosion of anger": a burst of a deed or a feeling, no blast;
- and one death told by a verb of no harm: "were found dead" (a death the ontology's "find" reports).

Without WordNet only the word lists apply.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract import health_senses
from dossier.extract.ontology import DISASTER_NOUNS
from dossier.extract.physical_senses import DISASTER_WORDS
from dossier.extract.thing_kinds import kinds

# Ways of dying by falling or being swept away, as a noun or a verb ("in a fall", "after falling").
FALLS = frozenset({"fall", "slip", "plunge", "tumble", "drown", "avalanche", "rockfall", "landslide", "mudslide",
                   "fell", "slide"})
# Prepositions of a cause or of what came before ("in a fall", "after slipping", "from a fall").
CAUSE_PREPS = frozenset({"in", "after", "from", "following", "during", "by"})
# Who fights fires: the doers whose attack is on a blaze.
FIRE_FIGHTERS = frozenset({"firefighter", "firefighters", "fireman", "firemen"})
FIRE_CREW_MARKS = frozenset({"fire", "firefighting"})
# Kinds of what bursts out in "an explosion of ...": deeds, states and feelings (WordNet lexnames).
BURST_KINDS = frozenset({"noun.act", "noun.state", "noun.feeling", "noun.communication", "noun.event"})


def killed_in_fall(verb: Token) -> bool:
    """"killed in a fall", "was killed after slipping and falling 200ft", "died from a fall": the
    cause of the death is a fall or a slide, an accident.

    Args:
        verb: a verb of killing.

    Returns:
        True when a cause phrase names a fall.
    """
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS):
        for cause in (g for g in prep.children if g.dep_ in {"pobj", "pcomp"}):
            if any(w.lemma_.lower() in FALLS or w.lower_ in FALLS for w in (cause, *cause.conjuncts)):
                return True
    return False


def names_a_disaster(noun: Token) -> bool:
    """"temblor", "tremor" or "deluge": a word one of whose first two senses WordNet files with a
    disaster the ontology names ("temblor" shares its synset with "earthquake").

    Args:
        noun: a noun token.

    Returns:
        True when the noun is a synonym of a disaster noun; False without WordNet.
    """
    if noun.pos_ not in {"NOUN", "PROPN"} or not wordnet.available():
        return False
    return any(set(s.words) & DISASTER_NOUNS for s in wordnet.synsets(noun.lemma_.lower(), "n")[:2])


def attacks_a_fire(verb: Token) -> bool:
    """"fire crews attacked it" (the blaze named before), "attacked the flames", "firefighters
    attacked from the roof": fighting a fire, not an attack.

    Args:
        verb: "attack".

    Returns:
        True when the object is a fire (or stands for one) or the doers fight fires.
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects = [health_senses.antecedent(o) or o if o.lower_ == "it" else o for o in objects]
    if any(o.lemma_.lower() in DISASTER_WORDS for o in objects):
        return True
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.lower_ in FIRE_FIGHTERS or d.lemma_.lower() in FIRE_FIGHTERS or any(
        c.dep_ == "compound" and c.lower_ in FIRE_CREW_MARKS for c in d.children) for d in doers)


def found_dead(verb: Token) -> bool:
    """"were found dead at the house", "police found the man dead": a death discovered; "found the
    report", "found him guilty" are none.

    Args:
        verb: "find".

    Returns:
        True when "dead" is what someone was found to be.
    """
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
    return any(p.lower_ == "dead" for p in predicates)


def figurative_burst(noun: Token) -> bool:
    """"an explosion of rioting", "an explosion of anger": the noun bursts with a deed, a state or a
    feeling; "an explosion of gas" or "of a fuel tank" stays a blast.

    Args:
        noun: "explosion".

    Returns:
        True when the "of" noun is first of all a deed, a state, a feeling or a message.
    """
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for what in (g for g in prep.children if g.dep_ == "pobj"):
            senses = kinds(what)
            if senses and senses[0] in BURST_KINDS and what.lemma_.lower() not in DISASTER_WORDS:
                return True
    return False


MISHAP_CHECKS = {
    ("accident", "explosion", True): lambda t: not figurative_burst(t),
    ("death", "find", False): found_dead,
}
