"""Whether a verb of freeing frees a person named or described, not only a noun of captivity.

A release is typed by the people it frees (``needs="people"``: "prisoners", "hostages",
"soldiers"), which misses the commonest way a hostage story tells one: by name or by a plain noun
for people ("Hamas freed Karina Ariev", "Three women were handed over to the Red Cross"). Only the
verbs that mean freeing whoever they act on take this reading; "returned" or "transferred" a person
does not ("Two men returned home", "was transferred to Chelsea"), nor a release from a hospital or
a contract, nor a passive with an object of its own ("was handed a yellow card"), nor anyone freed
in a sentence telling of rubble, wreckage or people trapped (a rescue, ``rescue_senses``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.captives import captive_party
from dossier.extract.rescue_senses import STRONG_DANGERS, taken_from_danger
from dossier.extract.sense_parse import through, words

# Verbs whose object is freed whatever it is; "hand" only with "over" (see ``_freeing_verb``).
FREEING_VERBS = frozenset({"release", "free"})
# What a person is let out of without having been held by a party.
NOT_CUSTODY = frozenset({"hospital", "clinic", "care", "treatment", "contract", "deal", "obligation", "duty",
                         "team", "club", "squad", "rubble", "wreckage", "debris", "car", "vehicle", "building",
                         "mine", "water", "suspension", "quarantine"})

# A sentence that speaks of rescuing frees people from danger, not from captivity.
RESCUE_WORDS = frozenset({"rescue", "rescuer", "rescuers", "rescued", "rescuing"})


def frees_person(verb: Token, lemma: str, nominal: bool) -> bool:
    """Whether a verb of freeing acts on a person: a name, a pronoun or a noun for people as its
    object or passive subject, or one of their conjuncts.

    Args:
        verb: the candidate trigger.
        lemma: the lemma or form the release definition was found under.
        nominal: whether the word is used as a noun (never read here).
    """
    if nominal or not _freeing_verb(verb, lemma):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # "Smith was handed a yellow card": what was given is the object
    if _from_other_than_custody(verb) or taken_from_danger(verb) or words(verb.sent) & (STRONG_DANGERS | RESCUE_WORDS):
        return False  # "freed a woman trapped under the rubble" is a rescue
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [conj for head in heads for conj in head.conjuncts]
    return any(captive_party(through(head)) for head in heads)


def _freeing_verb(verb: Token, lemma: str) -> bool:
    if lemma in FREEING_VERBS:
        return True
    return lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def _from_other_than_custody(verb: Token) -> bool:
    """"released from hospital", "freed from the wreckage": let out of something no party held them in."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in NOT_CUSTODY for o in p.children) for p in verb.children)
