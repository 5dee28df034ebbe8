"""An undated report of an election joined to the dated election by the candidates it gives shares to.

"The opposition put online tally sheets which it said showed Gonzalez winning 67% of the vote against
30% for Maduro" tells the election's result with no day of its own (the day in the sentence is the
posting's), and names no doer; the election of the story is dated by other outlets ("Sunday's
election", "the July 28 election"). The candidates whose shares a report gives (``vote_share@NAME``,
``extract.vote_shares``) are the election's parties: when every one of them is a candidate whose
share a report of a dated election gives (a name within the other, "maduro" in "nicolas maduro"),
the report is of that election. One candidate the event does not know ("Maduro 67.8%, Falcon 20.9%"
against "Maduro, Gonzalez") keeps it apart: the same incumbent stands in several elections.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier import models
from dossier.extract.vote_shares import share_candidate
from dossier.name_forms import within


def candidates(mention: models.EventMention) -> set[str]:
    """The folded names of the candidates whose shares of the vote a report gives."""
    return {name for q in mention.quantities if (name := share_candidate(q.role))}


def same_candidates(mention: models.EventMention, others: Iterable[models.EventMention]) -> bool:
    """Whether every candidate of an election report is one whose share some other report gives.

    Args:
        mention: a report of an election.
        others: the reports of an election event.

    Returns:
        True when the report gives shares and each of its candidates matches one of theirs.
    """
    ours = candidates(mention)
    theirs = set().union(*(candidates(m) for m in others if m.event_type == mention.event_type))
    return bool(ours) and all(any(within(a, b) or within(b, a) for b in theirs) for a in ours)
