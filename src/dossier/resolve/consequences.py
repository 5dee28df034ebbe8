"""Cause and consequence between events: an exchange that carries out an agreement to exchange.

Different happenings are never merged, but an analyst wants the link: "the exchange of 23-25 May
carried out the 1000-for-1000 agreement of 16 May". An exchange follows an agreement reached before
it, within FOLLOW_WINDOW_DAYS, whose stated count matches its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dossier import models
from dossier.timevalues import interval

T = models.EventType
CARRIED_OUT = {T.PRISONER_EXCHANGE, T.RELEASE, T.REMAINS_EXCHANGE}
# An agreement to exchange is usually carried out within weeks; later exchanges are new deals.
FOLLOW_WINDOW_DAYS = 60
COUNT_ROLES = {"prisoners_each_side", "prisoners", "bodies"}


def link_consequences(
    events: Sequence[models.Event],
    agreements: Sequence[models.Event],
    quantities: dict[str, list[models.EventQuantity]],
) -> list[models.Event]:
    """The events with ``follows`` set to the agreements they carry out.

    Args:
        events: events of this batch (exchanges among them get links).
        agreements: candidate agreement events dated before them.
        quantities: event id -> the quantities its mentions state.

    Returns:
        The same events, those carrying out an agreement with ``follows`` filled in.
    """
    linked = []
    for event in events:
        if event.event_type not in CARRIED_OUT:
            linked.append(event)
            continue
        found = tuple(a.event_id for a in agreements if _carries_out(event, a, quantities))
        linked.append(replace(event, follows=found) if found else event)
    return linked


def may_be_carried_out(event: models.Event) -> bool:
    """Whether other events can carry this one out (link to it by ``follows``): an agreement."""
    return event.event_type == T.AGREEMENT


def _carries_out(event: models.Event, agreement: models.Event, quantities) -> bool:
    if not may_be_carried_out(agreement):
        return False
    when, agreed = interval(event.date_value), interval(agreement.date_value)
    if not when or not agreed or not 0 < (when[0] - agreed[1]).days <= FOLLOW_WINDOW_DAYS:
        return False
    ours = _counts(quantities.get(event.event_id, ()))
    theirs = _counts(quantities.get(agreement.event_id, ()))
    return bool(ours & theirs)


def _counts(quantities) -> set[tuple[str, float, float]]:
    return {("each" if q.role == "prisoners_each_side" else q.role, q.low, q.high)
            for q in quantities if q.role in COUNT_ROLES}
