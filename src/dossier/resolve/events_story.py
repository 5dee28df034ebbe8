"""A report with no day at all joins the one event of its kind that its article's story tells.

An article whose date neither its metadata nor its text gives ("A warehouse burned down overnight",
"the prisoner was found dead in his cell") tells, nearly always, the happening its story is about.
Its reports have no day to compare, so ``events`` joins them only by a shared doer
(``events_undated``), or by the pair scorer when the report's article reads like *every* article
of the event (``events_ties``): an event told by many outlets has some article that reads unlike
ours, and the report stayed alone, one event per undated article.

Here the question is asked of the whole family block at once, after the other rules found no
event: the events with a report of the report's own head word ("fire", "fires"; "arrested",
"arrest") in an article that reads like the report's (``events_ties.ArticleTies.one_story``, the
cosine ``STORY_SIMILARITY`` measured there). Only one article need read alike, not every one. If
exactly one event qualifies and no veto holds (``event_conflicts``, places, parties, "another
fire"), the report joins it. A second happening of the kind told with the same word in the story
makes two candidates, and nothing is joined; when the second is vetoed (it names another person),
the report joins the first only if it names one of that event's parties or places ("Roe was
arrested" where the story holds the arrests of Roe and of Doe). Two stories of one kind (two fires
in two towns) read apart.

Measured on the ECB+ build subset (topics 1, 2, 14, 21, 26, 29, 33, 35; 2026-11-24; CoNLL F1,
aligned gold mentions): 0.692 -> 0.727, MUC precision / recall 0.897 / 0.726 -> 0.907 / 0.750,
B-cubed 0.773 / 0.652 -> 0.836 / 0.702 (most of it one topic, whose undated reports of one arrest
no longer join another arrest of the team). A looser tie (cosine 0.4, the least
``resolve.stories`` asks) gave 0.705 against 0.721 for 0.5 (both with a veto since left out): the
reports of both arrests then read alike and found two candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.coref_lexicon import stem
from dossier.resolve.event_conflicts import conflicts
from dossier.resolve.events_evidence import names_apart, names_of, same_place
from dossier.resolve.events_sameday import marks_another

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster
    from dossier.resolve.events_ties import ArticleTies


def head_word(mention: models.EventMention) -> str:
    """The trigger's last word, singular and crudely stemmed: "fire" and "fires", "arrested" and "arrest"."""
    words = mention.trigger.lower().split()
    if not words:
        return ""
    word = words[-1][:-1] if words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    return stem(word)


def sole_story_event(mention: models.EventMention, block: Sequence[Cluster], ties: ArticleTies | None,
                     names: dict[str, str]) -> Cluster | None:
    """The one event of the report's family its story tells with the report's head word, if only one.

    Args:
        mention: a report with no day at all (``date_value`` None), that no rule placed.
        block: the events of its family built so far.
        ties: the batch's article ties; None finds nothing.
        names: folded name -> cross-document name, to compare places and parties.

    Returns:
        The event, when exactly one event other than the report's own article's has a report of
        that head word in an article reading like the report's (``ArticleTies.one_story``) and no veto holds
        for it; when others did but were vetoed (another arrest of the story, of another person),
        only if the report names one of the event's parties or places. Else None.
    """
    if ties is None or mention.date_value is not None or marks_another(mention):
        return None
    word = head_word(mention)
    if not word:
        return None
    found, vetoed = [], 0
    for cluster in block:
        if any(m.doc_id == mention.doc_id for m in cluster.mentions):
            continue
        alike = [m for m in cluster.mentions if head_word(m) == word]
        if not alike or not any(ties.one_story(mention.doc_id, m.doc_id) for m in alike):
            continue
        if any(marks_another(m) for m in alike) or conflicts(mention, cluster) \
                or _placed_apart(mention, cluster, names):
            vetoed += 1
            continue
        found.append(cluster)
    if len(found) != 1:
        return None  # none, or two happenings of the kind its words fit
    if vetoed and not names_of(mention, names) & found[0].named(names):
        return None  # the story tells the kind of happening more than once: only a shared name decides
    return found[0]


def _placed_apart(mention: models.EventMention, event: Cluster, names: dict[str, str]) -> bool:
    """Whether the report names other parties or places than the event, or another place for it."""
    return names_apart(mention, event, names) or bool(
        mention.location and event.location and not same_place(mention.location, event.location, names))
