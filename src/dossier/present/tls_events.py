"""Timeline summarization of our own merged events: the days that matter, and their best evidence.

The product timeline may hold hundreds of events; a reader wants the few days that carried the
story. A date's salience adds up its events, each weighing more with more independent sources
and more mentions, less when it is a mere statement or did not (yet) happen; the events that one
article alone reports count once per article. Each chosen date
keeps its events and the evidence sentences closest to the centroid of all its evidence, with
near-repeats (the same wire copy in several outlets) removed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier import models
from dossier.errors import DossierError
from dossier.present.tls_select import (
    centroid, content_words, cosine, idf_table, select_mmr, tfidf_vector,
)
from dossier.timevalues import interval, width

# Relative newsworthiness of event types: statements and unclassified events are the commonest
# mentions and rarely what a timeline is for; a judgement, not a measured value.
TYPE_WEIGHT = {models.EventType.STATEMENT: 0.5, models.EventType.OTHER: 0.5}
# Events reported as not happened or only possible should not make a date.
STATUS_WEIGHT = {
    models.EventStatus.PLANNED: 0.6,
    models.EventStatus.HYPOTHETICAL: 0.3,
    models.EventStatus.NEGATED: 0.3,
}
# A date known only to the month or as a range is a weaker timeline point than a day; a wide one
# (a month, a year) also gathers every loosely dated report of its span, so its weight falls with
# the square root of the days it covers: a three-day range keeps half, a month 0.18, a year 0.05.
COARSE_DATE_WEIGHT = 0.5
# MMR settings as tuned for Timeline17 in ``tls.TlsParams``.
TRADE_OFF = 0.8
MAX_OVERLAP = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSummary:
    """One date of a summarized timeline: its events and the evidence that best tells the day."""

    date_value: str  # TIMEX3 value, as the events give it ("2025-05-16", "2025-05")
    precision: models.Precision
    score: float  # salience: the sum of its events' weights
    events: tuple[models.Event, ...]  # most salient first
    evidence: tuple[models.Evidence, ...]  # at most sentences_per_date, best first, no repeats


def event_weight(event: models.Event) -> float:
    """How much one event makes its date worth a timeline entry.

    Args:
        event: a merged event.

    Returns:
        ``(1 + independent sources) * (1 + log(1 + mentions))`` scaled by type and status.
    """
    base = (1 + event.independent_sources) * (1 + math.log1p(len(event.mention_ids)))
    return base * TYPE_WEIGHT.get(event.event_type, 1.0) * STATUS_WEIGHT.get(event.status, 1.0)


def summarize_events(
    entries: Sequence[models.TimelineEntry], *, dates: int | None, sentences_per_date: int,
) -> list[DateSummary]:
    """The most salient dates of a timeline, each with its events and best evidence sentences.

    Args:
        entries: timeline entries (events with their evidence); undated events are left out.
        dates: how many dates to keep, most salient first; None keeps every date.
        sentences_per_date: how many evidence sentences each date gets.

    Returns:
        Date summaries in calendar order (a coarser date sorts by its first day).

    Raises:
        DossierError: ``dates`` or ``sentences_per_date`` is below 1.
    """
    if sentences_per_date < 1 or (dates is not None and dates < 1):
        raise DossierError(
            f"need at least one date and one sentence per date; got dates={dates}, "
            f"sentences_per_date={sentences_per_date}"
        )
    groups: dict[str, list[models.TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if interval(entry.event.date_value) is not None:
            groups[entry.event.date_value].append(entry)
    scored = sorted(((_date_score(v), value) for value, v in groups.items()), key=lambda x: (-x[0], x[1]))
    kept = scored if dates is None else scored[:dates]
    idf = idf_table(content_words(ev.sentence) for e in entries for ev in e.evidence)
    summaries = [_summarize_date(value, score, groups[value], sentences_per_date, idf) for score, value in kept]
    return sorted(summaries, key=lambda s: (_first_day(s.date_value), s.date_value))


def _date_score(entries: Sequence[models.TimelineEntry]) -> float:
    """The date's weight: its events' weights, where events only one article reports count once per
    article (its heaviest). An opinion piece telling six things of its publication day makes that
    day no more of a story than one thing would; several articles reporting a day do."""
    heaviest_alone: dict[str, float] = {}
    total = 0.0
    for entry in entries:
        weight = event_weight(entry.event)
        if len(entry.event.doc_ids) == 1:
            doc_id = entry.event.doc_ids[0]
            heaviest_alone[doc_id] = max(heaviest_alone.get(doc_id, 0.0), weight)
        else:
            total += weight
    total += sum(heaviest_alone.values())
    precise = all(e.event.date_precision in (models.Precision.DAY, models.Precision.TIME) for e in entries)
    if precise:
        return total
    return total * min(COARSE_DATE_WEIGHT, 1 / math.sqrt(width(entries[0].event.date_value)))


def _first_day(value: str) -> date:
    span = interval(value)
    return span[0] if span else date.max


def _summarize_date(
    value: str, score: float, entries: Sequence[models.TimelineEntry], k: int, idf: dict[str, float],
) -> DateSummary:
    ranked = sorted(entries, key=lambda e: -event_weight(e.event))
    evidence, weights = _unique_evidence(ranked)
    vectors = [tfidf_vector(content_words(ev.sentence), idf) for ev in evidence]
    middle = centroid(vectors, weights)
    relevance = [w * cosine(v, middle) for v, w in zip(vectors, weights)]
    chosen = select_mmr(vectors, relevance, k, trade_off=TRADE_OFF, max_overlap=MAX_OVERLAP)
    return DateSummary(
        date_value=value, precision=ranked[0].event.date_precision, score=score,
        events=tuple(e.event for e in ranked), evidence=tuple(evidence[i] for i in chosen),
    )


def _unique_evidence(
    entries: Sequence[models.TimelineEntry],
) -> tuple[list[models.Evidence], list[float]]:
    """Evidence of the entries without exact repeats (case and spacing ignored), with the weight
    of the heaviest event citing each sentence."""
    found: dict[str, tuple[models.Evidence, float]] = {}
    for entry in entries:
        weight = max(event_weight(entry.event), 1e-6)
        for ev in entry.evidence:
            key = " ".join(ev.sentence.split()).lower()
            if key not in found or found[key][1] < weight:
                found[key] = (ev, weight)
    return [ev for ev, _ in found.values()], [w for _, w in found.values()]
