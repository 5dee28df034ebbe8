"""The timeline: canonical events ordered by when they happened, each with its cited evidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier import models
from dossier.timevalues import interval


def select_events(
    events: Sequence[models.Event],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    event_type: str | None = None,
    entity: str | None = None,
    min_sources: int = 1,
    entity_events: set[str] | None = None,
) -> list[models.Event]:
    """Filter events for a timeline; events without a calendar date are kept at the end."""
    chosen = []
    for event in events:
        span = interval(event.date_value)
        if date_from and span and span[1] < date_from:
            continue
        if date_to and span and span[0] > date_to:
            continue
        if event_type and event.event_type.value != event_type:
            continue
        if entity is not None and entity_events is not None and event.event_id not in entity_events:
            continue
        if event.independent_sources < min_sources:
            continue
        chosen.append(event)
    return sorted(chosen, key=lambda e: (interval(e.date_value) or (date.max, date.max), -e.salience))
