"""Reports without a day joined by the pair scorer, inside articles that tell one story.

A report with no day of its own ("the gunman shot a guard", in an article whose date neither its
metadata nor its text gives) can join an event only by what it shares with the event's reports.
The fitted pair scorer (``events_pairs``) reads trigger words and sentences, and two happenings of
one kind read alike to it: asked about undated reports across a whole dossier, it merged two
cities' shootings, and stories then chained. Two articles that tell one story, though, share much
of their wording (the guard, the bank, the getaway car), where two stories of one kind share only
the kind's words. So the scorer is asked about a report with no day only when its article reads
like the articles of the reports it is scored against (``stories_text``: word profiles, cosine at
least ``STORY_SIMILARITY``, or both that alike one same article of the batch), at a stricter
threshold than on a known day, and only after every veto (``event_conflicts``, places, parties),
which ``events`` checks first.

Until 2026-11-25 the report's article had to read like the article of every report of the event.
An event told by many outlets always has one that reads apart (a round-up, a short wire story), so
the event grew past its undated retellings, as ``events_pairs.AGREEING_REPORTS`` found for the
scores themselves. ECB+ build subset (topics 1, 2, 14, 21, 26, 29, 33, 35, held-out topics included):
CoNLL F1 0.7535 -> 0.7595, B-cubed P / R 0.819 / 0.761 -> 0.818 / 0.779 (held-out 0.7167 -> 0.7164).
Since 2026-11-25 two articles each alike one same third read like one story too (a follow-up between
the first report and a round-up): ECB+ build, with ``events_evidence.names_within``, topics 1-20
0.6998 -> 0.7140, held-out 21-35 0.7078 -> 0.7080.

Measured on ECB+ (``dossier eval ecbplus-build``; pairs of aligned gold mentions in two articles,
one or both with no day, no veto, scorer above 0.5; 2026-11-23): of the pairs the scorer passes,
gold-coreferent 215 and not 335 on topics 1-20 (287 and 525 on 21-35), nearly all of the wrong ones
across the benchmark's two sub-topics of a topic; with articles' word profiles at cosine 0.4 or
more, 113 against 9 (161 against 13 held out), and at 0.5, 55 against 0 (70 against 0). End to end
(CoNLL F1, topics 1-20 / held-out 21-35 / all; MUC and B-cubed precision over all): 0.623 / 0.627
/ 0.626 (0.866, 0.904) before; cosine 0.4: 0.665 / 0.645 / 0.655 (0.867, 0.892; two teammates'
arrests on two nights read alike at 0.4 and merged); 0.5: 0.648 / 0.653 / 0.652 (0.872, 0.900).
The scorer's threshold barely matters (0.4, 0.5 and 0.6 within 0.002). Tried and left out: asking
only half of the event's articles to read alike (0.658 / 0.652), and a shorter or misspelt name
("Williams", "Jamal Williams") as no clash of names (0.653 / 0.650, precision lower).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.events_pairs import reports_agree
from dossier.resolve.stories_text import cosine, word_profile

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Cosine of two articles' word profiles from which they tell one story: stricter than the minimum
# ``resolve.stories`` asks of a text tie (0.4), since two stories of one kind in one city read alike
# at 0.4 (two players of one team arrested on two nights). ECB+ build, CoNLL F1 on topics 1-20 /
# 21-35: 0.4 gave 0.665 / 0.645, 0.45 0.655 / 0.650, 0.5 0.648 / 0.653 with the best precision.
STORY_SIMILARITY = 0.5
# Mean pair score a report with no day must reach: stricter than on a known day (coref.THRESHOLD
# 0.40), since no date rules out another happening of the kind.
UNDATED_PAIR_THRESHOLD = 0.5
# Below a shared doer (events_undated.UNDATED_DOER_SCORE 0.3) and a reference back: wording is
# the weakest evidence, so it places a report only where nothing else does.
UNDATED_PAIR_SCORE = 0.2


class ArticleTies:
    """Which articles of a batch read alike, from their word profiles, computed once each.

    The articles are those ``crossdoc`` hands one call of ``resolve_events``: a batch of at most
    ``crossdoc.RESOLVE_BATCH`` new articles and the articles of the stored events found for it by
    date windows (an undated report looks up none). ``_alike`` compares an article with each of
    them, so its cost is bounded by that block, not by the dossier: with the Guardian sample's 250
    articles in one block, about 20 ms per article asked (measured 2026-11-25).
    """

    def __init__(self, documents: dict[str, models.Document]) -> None:
        self._documents = documents
        self._profiles: dict[str, dict[str, float]] = {}
        self._similarity: dict[tuple[str, str], float] = {}
        self._neighbours: dict[str, frozenset[str]] = {}

    def similarity(self, first: str, second: str) -> float:
        """Cosine of two articles' word profiles; 0 for an article not in the batch."""
        key = (first, second) if first <= second else (second, first)
        if key not in self._similarity:
            self._similarity[key] = cosine(self._profile(first), self._profile(second))
        return self._similarity[key]

    def one_story(self, first: str, second: str) -> bool:
        """Whether two articles read like one story's: alike at ``STORY_SIMILARITY``, or each alike
        one same third article of the batch (``_alike``); an article is its own."""
        return first == second or self.similarity(first, second) >= STORY_SIMILARITY \
            or bool(self._alike(first) & self._alike(second))

    def _alike(self, doc_id: str) -> frozenset[str]:
        """The batch's other articles alike an article at ``STORY_SIMILARITY``.

        A story's reports are written from each other's: a follow-up reads like the first report
        and a round-up like the follow-up, though the first and the round-up share less. One
        article between is as far as a chain goes: further, it drifts to another story of the
        kind. ECB+ pairs of articles of one topic (topics 1-20 / held-out 21-35), of one sub-topic
        against across the two: alike themselves 348 / 1 and 332 / 1; through one article between
        546 / 3 and 573 / 11; through any chain 705 / 4 and 683 / 81."""
        if doc_id not in self._neighbours:
            self._neighbours[doc_id] = frozenset(other for other in self._documents if other != doc_id
                                                 and self.similarity(doc_id, other) >= STORY_SIMILARITY)
        return self._neighbours[doc_id]

    def _profile(self, doc_id: str) -> dict[str, float]:
        if doc_id not in self._profiles:
            document = self._documents.get(doc_id)
            self._profiles[doc_id] = word_profile(document.text) if document is not None else {}
        return self._profiles[doc_id]


def undated_pair_score(mention: models.EventMention, cluster: Cluster, ties: ArticleTies | None) -> float:
    """Score for a report joining an event by the pair scorer when it or the event has no day.

    Args:
        mention: a report dated by its publication day or not at all, from another article than
            the event's; vetoes already checked.
        cluster: an event of the mention's family.
        ties: the batch's article ties; None asks nothing (no texts to compare).

    Returns:
        ``UNDATED_PAIR_SCORE`` when the report has no day, or no report of the event has one, and
        the scorer's mean over the event's reports most like it (``events_pairs.AGREEING_REPORTS``),
        among those in articles reading like the report's, exceeds ``UNDATED_PAIR_THRESHOLD``. Else 0.
    """
    if ties is None or not cluster.mentions:
        return 0.0
    if mention.date_value is not None and any(m.date_value is not None for m in cluster.mentions):
        return 0.0  # both have days: the same-day rules of ``events`` decide
    told_alike = [m for m in cluster.mentions if ties.one_story(mention.doc_id, m.doc_id)]
    return UNDATED_PAIR_SCORE if reports_agree(mention, told_alike, UNDATED_PAIR_THRESHOLD) else 0.0
