"""The event ontology: each type's definition, examples, trigger words and PLOVER/CAMEO codes.

PLOVER is the Political Language Ontology for Verifiable Event Records (Open Event Data Alliance);
CAMEO root codes are given where one fits. Triggers are lemmas, split into verbs and nouns because a
word often signals an event in one part of speech only ("deal" the noun is an agreement, "deal with"
the verb is not). ``needs`` names the class of thing an exchange-like trigger must take as its
argument ("exchange" of prisoners vs of bodies vs of documents); see ``ARGUMENT_CLASSES``.
``object_class`` names the class the head of a verb's object must belong to ("closed" a border,
"evacuated" the wounded); see ``OBJECT_CLASSES``.

Words of the frames around a trigger (support verbs, stative verbs, adjuncts) are in ``frames``; the
word classes arguments and counted nouns are checked against (people, disasters, substances, the
roles of counted nouns) are in ``word_classes`` and re-exported here.

Besides our user-facing types (``ONTOLOGY``), ``PLOVER_EXTRAS`` holds finer PLOVER categories
(threats, accusations, bans, aid...) kept under one of our types with their own PLOVER code.

The definitions themselves are in three tables, one family each: ``ontology_core_types``,
``ontology_incident_types`` (whose docstring says why suicides, confessions, quitting talks, games
and road crashes have the types they have) and ``ontology_plover_extras``; the record is in
``event_definition``. This module joins them and answers lookups.
"""

from __future__ import annotations

from dossier.extract.event_definition import EventDefinition
from dossier.extract.ontology_core_types import CORE_TYPES
from dossier.extract.ontology_incident_types import INCIDENT_TYPES
from dossier.extract.ontology_plover_extras import PLOVER_EXTRAS
from dossier.extract.word_classes import (  # re-exported: importers read them from the ontology
    ACCESS, ACCIDENT_NOUNS, ARGUMENT_CLASSES, ATTACK_NOUNS, BODIES, BORDERS, CITIZENSHIP, DETAINEE_WORDS,
    DISASTER_NOUNS, DOCUMENTS, EVACUEES, EXCHANGE_CLASSES, FREEDOMS, GROUP_NOUNS, ILLNESS_NOUNS, MONITORS,
    OBJECT_CLASSES, PARTITIVES, PEACEKEEPERS, PEOPLE, RELATIONS, RESIDENTS, ROLE_OF_COUNTED, SUBSTANCES, SUPPLIES,
    TRUCES,
)
from dossier.models import EventType

T = EventType

# The order of the tables breaks ties between definitions of equal priority (``definitions_for``).
ONTOLOGY: tuple[EventDefinition, ...] = CORE_TYPES + INCIDENT_TYPES

BY_TYPE: dict[EventType, EventDefinition] = {}
for _definition in ONTOLOGY:
    BY_TYPE.setdefault(_definition.event_type, _definition)
# The relief types are defined among the PLOVER extras (finer CAMEO codes of aid and force).
for _definition in PLOVER_EXTRAS:
    if _definition.event_type in {T.AID, T.RESCUE, T.DEPLOYMENT}:
        BY_TYPE.setdefault(_definition.event_type, _definition)
ALL_DEFINITIONS: tuple[EventDefinition, ...] = ONTOLOGY + PLOVER_EXTRAS


def definitions_for(lemma: str, nominal: bool) -> list[EventDefinition]:
    """Every definition a word triggers in a part of speech, most specific (highest priority) first.

    Args:
        lemma: the lower-cased lemma (or surface form) of the word.
        nominal: True for a noun, False for a verb.

    Returns:
        Matching definitions, ordered by decreasing priority.
    """
    found = [d for d in ALL_DEFINITIONS if lemma in (d.nouns if nominal else d.verbs)]
    return sorted(found, key=lambda d: -d.priority)


def plover_code(event_type: EventType) -> str | None:
    """The PLOVER event type our type maps to (OTHER and ELECTION have none)."""
    definition = BY_TYPE.get(event_type)
    return definition.plover if definition else None


def plover_of(definition: EventDefinition, lemma: str) -> str | None:
    """The PLOVER code of one trigger: the per-word refinement, else the definition's code."""
    return definition.plover_by_lemma.get(lemma, definition.plover)
