"""How a report names a known happening: its event noun, singular or plural, and a toll's subject.

``events_evidence.definite`` reads "the talks", "the spill" as the name of a happening readers know.
It looked event nouns up as written, so a plural ("the bombings", "the embassy attacks", "the
explosions") was no event noun and named nothing: later articles' "the twin bombings" founded
events of their own. And news tells a known happening's toll with a verb whose subject names it:
"The bombings at the two embassies have killed 200", "The quake killed 80", "The attack on the
market left 12 dead". The trigger is then the verb, and the definite name is its subject; such a
report refers back as "the bombings" alone would.
"""

from __future__ import annotations

import re

from dossier import models
from dossier.extract.ontology import definitions_for

DETERMINERS = frozenset({"the", "these", "those", "this"})
SUBJECT_REACH = 4  # words between the determiner and the event noun: "the suspected car bomb attack"
# Words that end a subject before its noun: a verb of saying, a conjunction, a relative pronoun.
CLAUSE_WORDS = frozenset({"said", "says", "told", "reported", "added", "stated", "and", "or", "that", "which",
                          "who", "when", "after", "before", "since", "as", "was", "were", "is", "are"})
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def singulars(word: str) -> list[str]:
    """The word and the singulars it may be the plural of: "bombings" -> "bombing"."""
    word = word.lower()
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return forms


def event_noun_types(word: str) -> set[models.EventType]:
    """The event types a noun (singular or plural) names: "bombings" -> attack; none for other words."""
    return {d.event_type for form in singulars(word) for d in definitions_for(form, True)}


def names_its_subject(mention: models.EventMention) -> bool:
    """Whether a verb trigger's sentence opens with a definite name of a happening of its type:
    "The bombings at the embassies killed 200" (an attack's toll), not "The envoy said the
    bombings killed 200" (the sentence opens with another subject) nor "A bombing killed 20"."""
    if event_noun_types(mention.trigger):
        return False  # a noun trigger: ``definite`` reads its own determiner
    before = WORD.findall(mention.sentence[: mention.trigger_start - mention.sentence_start])
    if not before or before[0].lower() not in DETERMINERS:
        return False
    for word in before[1: 1 + SUBJECT_REACH]:
        if word.lower() in CLAUSE_WORDS:
            return False  # "The envoy said bombings killed 200": the subject is the envoy
        if mention.event_type in event_noun_types(word):
            return True
    return False
