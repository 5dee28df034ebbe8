"""The record of one event type (``EventDefinition``) and the short builder the type tables use.

Split from ``ontology`` so that the tables of event types (``ontology_core_types``,
``ontology_incident_types``, ``ontology_plover_extras``) and the lookups over them (``ontology``)
share one record without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.models import EventType


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDefinition:
    """One event category: what it means, how it maps to PLOVER and CAMEO, and what signals it."""

    name: str
    event_type: EventType
    definition: str
    examples: tuple[str, ...]
    plover: str | None
    cameo: str | None
    verbs: frozenset[str]
    nouns: frozenset[str] = frozenset()
    needs: str | None = None  # key of ARGUMENT_CLASSES the trigger's arguments must hit
    object_class: str | None = None  # key of OBJECT_CLASSES the head of a verb trigger's object must hit
    priority: int = 0  # higher wins when one word triggers several definitions
    plover_by_lemma: dict[str, str] = field(default_factory=dict)  # finer PLOVER code for some triggers


def define(name, event_type, definition, examples, plover, cameo, verbs, nouns=(), needs=None, priority=0,
           plover_by_lemma=None, object_class=None) -> EventDefinition:
    """One ``EventDefinition`` from a table row: positional essentials, word sets as any iterable."""
    return EventDefinition(
        name=name, event_type=event_type, definition=definition, examples=tuple(examples), plover=plover,
        cameo=cameo, verbs=frozenset(verbs), nouns=frozenset(nouns), needs=needs, object_class=object_class,
        priority=priority, plover_by_lemma=dict(plover_by_lemma or {}),
    )

