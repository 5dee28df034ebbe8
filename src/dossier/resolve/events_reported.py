"""A report dated only by its publication day, told like an event of a known day a few days before.

An article that gives no day of its own for what it tells ("police arrested the singer", "the
jury found him guilty") is dated by its publication day, and the happening lies before it: news
retells the arrest of Monday on Wednesday without "on Monday". ``events`` lets such a report
refer back to a dated event only by a definite name ("the arrest"), a shared doer, theme or count
(``events_evidence.corroborates``); a report that words the happening like the event's reports but
names nobody the rules compare stayed alone, one event per retelling article.

The fitted pair scorer (``events_pairs``) reads how the trigger words and sentences relate. Here it
is asked only of a report dated by its publication day, about an event with a day of its own that
lies from one to ``LATER_REPORT_DAYS`` days before that publication day, against the event's
reports that give that day themselves (not other retellings), and only after every veto
(``event_conflicts``, places, parties), which ``events`` checks first. On the same day the scorer
is already asked (``corroborates``); a wider gap is left alone: a like-worded report a fortnight
on is as likely another happening of its kind (a second arrest in one town).

Measured on ECB+ (``dossier eval ecbplus-build``, topics 1, 2, 14, 21, 26, 29, 33, 35; pairs of
aligned gold mentions kept apart, 2026-11-24): a publication-dated report and a day-precise event
1 to 7 days before it, no rule joining them, the scorer above its threshold (0.40): 79 pairs
gold-coreferent and 1 not; at gaps beyond a week there were no such pairs to measure. End to end
(CoNLL F1; MUC and B-cubed precision / recall), all 35 topics: 0.651 -> 0.670 (topics 1-20 0.640 ->
0.657, held-out 21-35 0.657 -> 0.677); MUC 0.868 / 0.637 -> 0.869 / 0.665, B-cubed 0.839 / 0.581 ->
0.827 / 0.615. B-cubed precision falls where a retelling joins an event that already held another
happening's undated reports; topics 5, 25 and 33 lost up to 0.08, eleven gained up to 0.14.

Two reports neither of which gives a day (each dated by its publication day only) stayed apart when
published a day or more apart: the same-day rule (``events.same_day_news``) asks the scorer only of
reports of one day. ``retold_days_apart`` asks it of such reports published within
``LATER_REPORT_DAYS`` of each other, in either order, but not for kinds one doer makes what they
are (offers, requests: ``event_conflicts.ONE_DOER``). Measured on the subset above (2026-11-24,
eighteenth session): such pairs kept apart with no veto were 10 gold-coreferent and 28 not; with the
scorer above its threshold, 9 and 0. CoNLL F1 0.727 -> 0.732 (MUC precision / recall 0.906 / 0.750
-> 0.901 / 0.762, B-cubed 0.836 / 0.702 -> 0.829 / 0.715; held-out topics 0.687 -> 0.692); one topic
moved (a confession and a verdict each retold a day on). Tried and left out: asking a report of an
article's own day-precise account ("Cyclist dies after crash" over "was struck on Friday") whether it
reads like one of its own article's reports: a headline's words and its body's differ, and nothing
moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.event_conflicts import ONE_DOER
from dossier.resolve.event_naming import event_noun_types
from dossier.resolve.events_pairs import reports_agree
from dossier.timevalues import days_apart, interval, width

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Days after an event that a report dated only by its publication day may retell it without a
# definite name: a week of follow-ups (measured on the ECB+ subset above, where every such pair
# the scorer passed lay 1 to 7 days apart).
LATER_REPORT_DAYS = 7
# Below a shared doer (events_undated.UNDATED_DOER_SCORE 0.3), as wording on days apart is weak
# evidence, and as the pair scorer on reports with no day (events_ties.UNDATED_PAIR_SCORE).
DAYS_APART_SCORE = 0.2
INDEFINITE = frozenset({"a", "an"})
INDEFINITE_REACH = 3  # words before the event noun: "a powerful deadly quake"


def retold_later(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether a publication-dated report retells a day-precise event of a few days before.

    Args:
        mention: a report dated by its publication day (``date_source`` "publication").
        cluster: an event being built; vetoes (conflicts, places, parties) already checked.

    Returns:
        True when the event has a single day of its own, that day lies 1 to ``LATER_REPORT_DAYS``
        days before the report's publication day, and the pair scorer's mean over the event's
        reports dated by their own text passes its threshold (``resolve.coref.THRESHOLD``, as
        ``events_pairs`` asks). False otherwise, and for a report with no day at all.
    """
    if mention.date_source != "publication" or mention.date_value is None or cluster.date_value is None:
        return False
    if width(cluster.date_value) > 1:
        return False  # "in April": no day to count from, and many happenings of a kind in it
    published, span = interval(mention.date_value), interval(cluster.date_value)
    if published is None or span is None:
        return False
    gap = (published[0] - span[1]).days
    return 1 <= gap <= LATER_REPORT_DAYS and _reads_like_dating_reports(mention, cluster)


def retold_days_apart(mention: models.EventMention, cluster: Cluster) -> float:
    """Score for a publication-dated report joining an event that other articles, published within
    ``LATER_REPORT_DAYS`` of it, tell with no day of their own either, in words the scorer finds alike.

    Two outlets retelling one arrest a day or two apart ("police arrested the singer", "the singer
    was arrested") without naming its day each bound it only by when they were published; a same-day
    pair is asked already (``events.same_day_news``). Published days in either order, since reports
    are not placed in the order of their days; the mean is over those reports only, so that a run
    of like retellings does not chain one week's happening to the next.

    Returns:
        ``DAYS_APART_SCORE`` when the event has no day of its own, the report is not of a kind one
        doer makes what it is (``event_conflicts.ONE_DOER``: offers, requests, sackings), its event
        noun is not brought in with "a" or "an", and the pair scorer's mean over the event's reports published
        within the window passes its threshold (``reports_agree``); else 0.
    """
    if mention.date_source != "publication" or cluster.date_value is not None or width(mention.date_value) > 1:
        return 0.0  # no day to count from, or the event has a day of its own (``retold_later``)
    if mention.event_type in ONE_DOER:
        return 0.0  # two clubs' offers to one player read alike: only the doer tells them apart
    near = [m for m in cluster.mentions if m.date_source == "publication" and m.date_value is not None
            and (days_apart(mention.date_value, m.date_value) or 0) <= LATER_REPORT_DAYS]
    return DAYS_APART_SCORE if near and not _introduced(mention) and reports_agree(mention, near) else 0.0


def _reads_like_dating_reports(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether the pair scorer's mean over the event's reports that give its day themselves passes
    its threshold. Only those: a retelling that reads like another undated retelling ("a charity asked
    for aid" after "Ruritania also asked for a summit") would chain one request of the week to the
    next, with nothing tying either to the day counted from."""
    dating = [m for m in cluster.mentions if m.date_source != "publication"]
    return not _introduced(mention) and reports_agree(mention, dating)  # "another arrest": never


def _introduced(mention: models.EventMention) -> bool:
    """Whether the report's event noun comes with an indefinite article ("in a powerful quake", "an
    attack"): English introduces a happening the reader does not know yet that way, where a
    retelling says "the quake" or tells it with a verb ("was arrested"). Its words alone, a day on,
    may be the aftershock."""
    if not event_noun_types(mention.trigger):
        return False  # a verb: "a gunman shot" puts the article before the doer, not the happening
    before = mention.sentence[: mention.trigger_start - mention.sentence_start].lower().split()
    return bool(INDEFINITE & set(before[-INDEFINITE_REACH:]))
