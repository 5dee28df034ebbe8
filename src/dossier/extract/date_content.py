"""Dates a sentence gave to what an event agrees, asks or reports, which must not come back to it.

Split from ``sentence_dates`` (which chooses each event's date in order of precedence) because this
is one check on the last resort, the lead's date: the lead's date is the first day its paragraph
names, whichever happening that day belongs to, so a lead sentence whose agreeing kept a day from
itself ("agreed to set up a panel on who sank the ferry on March 3, 2020": the sinking's day)
would otherwise be dated by that very day.
"""

from __future__ import annotations

from spacy.tokens import Span

from dossier import models
from dossier.extract.arguments import predicate_of
from dossier.extract.dating import DateValue, date_of
from dossier.extract.drafts import WEAK_TYPES, Draft

T = models.EventType
# Verbs whose clause is what they agree, offer or ask: a date inside it is the content's.
CONTENT_TYPES = frozenset({T.AGREEMENT, T.PROPOSAL, T.REQUEST, T.DEMAND})


def in_own_content(draft: Draft, sent: Span, timexes, value: DateValue) -> bool:
    """Whether a date the lead would give an event is one its own sentence gave to what the event
    agrees, asks or reports ("agreed to set up a panel on who sank the ferry on March 3, 2020": the
    sinking's day). The lead's date is the first day its paragraph names; a sentence that kept that
    day from its agreeing must not have it given back as the lead's.

    Args:
        draft: an event the sentence left undated, about to take the lead's date.
        sent: its sentence.
        timexes: the sentence's time expressions.
        value: the lead's date.

    Returns:
        True when the event agrees, asks or reports and a time expression of its clause of content
        states that date.
    """
    if draft.trigger.nominal or draft.event_type not in CONTENT_TYPES | WEAK_TYPES:
        return False
    verb = predicate_of(draft.trigger)
    content = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    for timex in timexes:
        span = sent.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        stated = date_of(timex)
        if span is None or stated is None or stated.value != value.value:
            continue
        if any(c.left_edge.i <= span.root.i <= c.right_edge.i for c in content):
            return True
    return False
