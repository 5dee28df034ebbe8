"""Reports that carry no date of their own, tied to an event by who did it or whom it names.

A report dated only by its article's publication day, or by nothing at all (an article whose
date neither its metadata nor its text gives), can refer back to an event only as ``events``
allows: a definite name of a recent event ("the talks"), or a same-day report that corroborates
it. Reports without any day never joined another article's event, and reports published a day
apart never joined each other: "the actress has died" in an undated article and "the actress
dies at 91" published the day after her death stayed three events.

Who did it is the evidence here. A report naming the same doer (actor, by canonical name) as an
event of its family tells that event when nothing else rules it out (``event_conflicts``, places,
parties, which ``events`` checks first) and the days allow it: a report with no day at all fits
any event; reports known only by their publication days fit within ``DOER_DAYS`` of each other,
and so does a report and its own article's event dated the day before ("died on Thursday", "has
died" published on Friday). A doer shared over a longer gap is no evidence (in a story one leader
takes part in nearly everything), and neither is a shared bystander alone, nor a shared target
but an attack's named victim (``event_victims``: "Ortiz was shot" tells one shooting as "Orozco
shot" does): the offers of three clubs to one player are three offers. A report with no day at all may also join an event
that a report dated by its own text tells with a word of the same kind of happening ("escaped",
"escape") naming the same person, body or place (not a country). ``events`` then lets an undated
article's account of a happening (its headline naming nobody, its body naming the doer) join the
event as one, when its best-tied report does and none of its reports conflicts.

Measured end to end on ECB+ (``dossier eval ecbplus-build``, 2026-11-23; counts of gold-coreferent
pairs of aligned mentions kept apart on topics 1-20: 382 of 569 had no date on one side or both,
107 dates that differ, 30 different types, 27 a place or other veto): CoNLL F1 on topics 1-20
0.573 -> 0.600, held-out 21-35 0.583 -> 0.626, MUC precision 0.856 -> 0.855, B-cubed precision
0.913 -> 0.902 (all topics). Tried and left out: a same trigger word alone between two undated
reports (about half of such pairs on 1-20 are two happenings of one kind), and a place named in
the other report's sentence as no clash of places (7 of 9 pairs right on 1-20, 1 of 11 on 21-35).

A report with no day whose parse found no name at all ("A fire on Tuesday destroyed Palmer's
historic Matanuska Maid Dairy warehouse building") names the person, body or place a dated report
of the event names when its sentence writes that name in full (two words or more:
``events_sameday.writes_a_name``), with a trigger of the same kind of happening (2026-11-25, fifth
round). ECB+ build, kept dossiers re-resolved: topics 1-20 0.7761 -> 0.7824 (topic 13 0.628 ->
0.673, topic 16 0.671 -> 0.712), held-out 21-35 0.7414 unchanged.

Tried and left out (2026-11-23): a report published days after an event (up to
``events.reference_days``) naming its doer in a word of the same kind of happening ("Convict
escapes from guards", three days after "escaped on Monday"). On ECB+ it left topics 1-20 as they
were and moved held-out 21-35 from 0.653 to 0.656, but the story benchmark fell from 0.836 to
0.824 (held-out 0.811 to 0.793); with any shared name instead of the doer, held-out 0.665 with 13
more wrong pairs, and "a quake has hit the valley" a week on is another quake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.event_victims import key_parties
from dossier.resolve.events_candidates import same_candidates
from dossier.resolve.events_sameday import related_triggers, specific_names, writes_a_name
from dossier.timevalues import days_apart

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

DOER_DAYS = 1  # publication days of two reports of one happening by one doer: the day and the next
# Less than a reference back of its own day (events.REFERENCE_SCORE / 2): a report with a day, or
# a definite name of the event, places a mention before a shared doer does.
UNDATED_DOER_SCORE = 0.3


def undated_doer_score(mention: models.EventMention, cluster: Cluster) -> float:
    """Score for a report without a day of its own joining an event of its family by its doer.

    Args:
        mention: a report dated by its publication day, or not at all (``date_source``
            "publication").
        cluster: an event of the mention's family, from other articles; vetoes already checked.

    Returns:
        ``UNDATED_DOER_SCORE`` when the report shares a doer with one of the event's reports and
        the days allow it, else 0. With no day at all any event fits; with a publication day,
        an event other articles know only by their publication days fits when one of those
        reports that doer within ``DOER_DAYS`` (or has no day either). An event with a date of
        its own is left to ``events`` (a reference back), which knows how long one looks back.
    """
    if mention.date_source != "publication":
        return 0.0
    if mention.date_value is None and cluster.date_value is not None and (
            _named_alike(mention, cluster) or same_candidates(mention, cluster.mentions)):
        return UNDATED_DOER_SCORE  # the same names, or an election's result for the same candidates
    ours = key_parties(mention)
    if not ours:
        return 0.0
    sharing = [m for m in cluster.mentions if ours & key_parties(m)]
    if not sharing:
        return 0.0
    if mention.date_value is None:
        return UNDATED_DOER_SCORE
    if cluster.date_value is not None:
        return 0.0
    for other in sharing:
        gap = days_apart(mention.date_value, other.date_value)
        if other.date_source == "publication" and (gap is None or gap <= DOER_DAYS):
            return UNDATED_DOER_SCORE
    return 0.0


def doer_day_before(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether a report dated by its publication day shares a doer with an event of its own article
    dated at most ``DOER_DAYS`` before: an article's "has died", published the day after the death
    it dates ("died on Thursday"), is that death.

    Args:
        mention: a report dated by its publication day.
        cluster: an event with a date, holding a report of the mention's article.

    Returns:
        True when the days are that close and a doer is shared; ``events`` checks that the
        event lies before the publication day.
    """
    if (days_apart(mention.date_value, cluster.date_value) or 0) > DOER_DAYS:
        return False
    ours = key_parties(mention)
    return bool(ours) and any(ours & key_parties(m) for m in cluster.mentions)


def _named_alike(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether one of the event's reports dated by its own text names a person, body or place
    the report names (not a country) with a trigger of the same kind of happening ("escaped",
    "escape"): a report with no day at all, of the convict who escaped, is of his escape."""
    ours = specific_names(mention)
    # a report whose parse found no name at all may still write one of the event's in full
    return any(m.date_source != "publication" and related_triggers(mention.trigger, m.trigger)
               and (ours & specific_names(m) if ours else writes_a_name(mention, specific_names(m)))
               for m in cluster.mentions)
