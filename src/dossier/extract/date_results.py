"""The date of an election a sentence reports by its result: the vote's day, not the count's.

"The council on Friday released an update giving Maduro 51.95%" reports the election of 28 July
through its result: Friday is the day of the update, not of the vote, and a result reported days
later tells an election held before. So an election sized by a candidate's share of the vote
(``vote_share@...``, see ``vote_shares``) is dated only by a date of its own: one on its trigger
("Sunday's vote") or on the verb by which the candidate took or was given the share ("Roe won 48%
on Sunday"). Without one it takes the day the article stated for an election earlier, else it
stays undated, for resolution to join it to the dated election; never the sentence's other date,
the reporting day, the lead's or the publication's.
"""

from __future__ import annotations

from dossier import models
from dossier.extract.drafts import Draft
from dossier.extract.vote_shares import share_candidate



def result_drafts(drafts: list[Draft]) -> list[Draft]:
    """The election drafts of a sentence that carry a candidate's share of the vote."""
    return [d for d in drafts if d.event_type == models.EventType.ELECTION
            and any(share_candidate(q.role) for q in d.quantities)]


def share_anchors(drafts: list[Draft]) -> dict[int, int]:
    """Verb token -> election trigger token, for the verbs by which a candidate took or was given a
    share ("took 51.2%", "won with 48%", "gave Roe 48%"): a date on them is the election's own."""
    anchors: dict[int, int] = {}
    for draft in result_drafts(drafts):
        doc = draft.sent.doc
        for quantity in draft.quantities:
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is None or not share_candidate(quantity.role):
                continue
            pct = span.root
            verb = pct.head.head if pct.dep_ == "pobj" and pct.head.lower_ == "with" else pct.head
            if verb.pos_ == "VERB" and verb.i != draft.trigger.token.i:
                anchors.setdefault(verb.i, draft.trigger.token.i)
    return anchors


def date_results(drafts: list[Draft], own: dict, context) -> None:
    """Date each election reported by its result (see the module docstring), in place.

    Args:
        drafts: the sentence's drafts, already dated by the general rules.
        own: trigger token -> the date found on it (``dating.attach_dates``).
        context: the article's ``context.DocumentContext`` (the day it stated for an election).
    """
    for draft in result_drafts(drafts):
        if draft.trigger.token.i in own:
            continue
        narrated = context.narrated.get(models.EventType.ELECTION)
        draft.date, draft.date_source = (narrated, "document") if narrated is not None else (None, "publication")
