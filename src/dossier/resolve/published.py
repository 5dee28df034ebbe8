"""Dating an undated article from the story it belongs to.

An article saved without its page ("The meeting in Istanbul has concluded. It lasted just over
an hour.") often names no date of its own, so its "today" and its present-perfect lead cannot be
placed, and every event it reports stands apart from the same events told by dated outlets. The
text alone cannot settle it (``dossier.ingest.dates_infer`` declines), but the story can:

- the dated articles of its story give the year of the days it writes without one ("On May 28");
- a report is published on or after the latest past day it writes, so that day is a floor;
- its lead, a happening told without a date of its own, is the news of the day, so when exactly
  one day within a short window after the floor holds an event of the same family at the lead's
  place (or, where either names none, with a party or a count of the lead's), the article was
  published on that day.

Anything less (no lead, no floor in reach, two candidate days) leaves the article undated: a
wrong publication date would misdate every relative expression in it. The date found is marked
as inferred.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median_low

from dossier import models
from dossier.ingest.dates_infer import FULL_DATES, PARTIAL_DATES, looks_ahead, match_to_date
from dossier.resolve.event_records import family
from dossier.resolve.events_evidence import count_key, same_place
from dossier.timevalues import interval

__all__ = ["LEAD_SENTENCES", "REPORT_WINDOW_DAYS", "StoryDating", "lead_mention", "stated_floor", "story_date"]

LEAD_SENTENCES = 2  # the lead of a report: its first two sentences
REPORT_WINDOW_DAYS = 10  # how long after the latest day it writes an article is looked for
PARTY_ROLES = frozenset({"actor", "participant", "mediator"})


@dataclass(frozen=True, slots=True)
class StoryDating:
    """Why an article was given a publication date: its lead and the event it was matched to."""

    doc_id: str
    published: date
    lead_mention_id: str
    event_id: str


def lead_mention(mentions: Sequence[models.EventMention]) -> models.EventMention | None:
    """The first happening the lead tells without a date of its own, or None.

    Args:
        mentions: the article's event mentions.

    Returns:
        The earliest such mention in the first ``LEAD_SENTENCES`` sentences.
    """
    undated = [
        m for m in mentions
        if m.sentence_index < LEAD_SENTENCES and m.date_value is None
        and m.status is models.EventStatus.HAPPENED and m.event_type is not models.EventType.STATEMENT
    ]
    return min(undated, key=lambda m: m.trigger_start, default=None)


def stated_floor(text: str, reference: date, past: Sequence[tuple[int, int]]) -> date | None:
    """The latest past day the text writes, with the year nearest ``reference`` where it names none.

    Only days written in sentences that report a happening count (a dividend "to be paid on 21
    June" or a broadcast "on Thursday 17 June" is no past), less those that look ahead ("by June
    30"), and less days after ``reference`` by more than a year, which belong to another story.

    Args:
        text: the article text.
        reference: a day of the story (the middle of its dated articles).
        past: (start, end) of the sentences that report something that happened.

    Returns:
        The latest such day, or None when the text writes none.
    """

    def counts(match) -> bool:
        where = match.start()
        return any(start <= where < end for start, end in past) and not looks_ahead(text, where)

    days = []
    full_spans = []
    for pattern in FULL_DATES:
        for match in pattern.finditer(text):
            full_spans.append((match.start(), match.end()))
            if counts(match) and (day := match_to_date(match)):
                days.append(day)
    for pattern in PARTIAL_DATES:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in full_spans) or not counts(match):
                continue
            options = [d for y in (reference.year - 1, reference.year, reference.year + 1)
                       if (d := match_to_date(match, y))]
            if options:
                days.append(min(options, key=lambda d: abs((d - reference).days)))
    return max((d for d in days if d <= reference + timedelta(days=366)), default=None)


def story_date(
    document: models.Document,
    mentions: Sequence[models.EventMention],
    story_days: Sequence[date],
    events_between: Callable[[str, date, date], Sequence[tuple[models.Event, Sequence[models.EventMention]]]],
) -> StoryDating | None:
    """The publication date an undated article's story gives it, or None.

    Args:
        document: the undated article.
        mentions: its event mentions.
        story_days: publication dates of the dated articles of its story.
        events_between: stored events of an event family dated within [start, end], each with
            its mentions.

    Returns:
        The date with the lead mention and event that decided it, or None.
    """
    lead = lead_mention(mentions)
    if lead is None or not story_days:
        return None
    past = [(m.sentence_start, m.sentence_end) for m in mentions if m.status is models.EventStatus.HAPPENED]
    floor = stated_floor(document.text, median_low(sorted(story_days)), past)
    if floor is None:
        return None
    end = floor + timedelta(days=REPORT_WINDOW_DAYS)
    fitting: dict[date, models.Event] = {}
    for event, event_mentions in events_between(family(lead.event_type), floor, end):
        span = interval(event.date_value)
        if span is None or span[0] != span[1] or not floor <= span[0] <= end:
            continue  # only an event of one known day can give a publication day
        day = span[0]
        if _fits(lead, event, event_mentions):
            fitting.setdefault(day, event)
    if len(fitting) != 1:
        return None
    (day, event), = fitting.items()
    return StoryDating(doc_id=document.doc_id, published=day, lead_mention_id=lead.mention_id,
                       event_id=event.event_id)


def _fits(lead: models.EventMention, event: models.Event, mentions: Sequence[models.EventMention]) -> bool:
    """Whether the lead can tell of the event: no other place, and a shared place, party or count."""
    if lead.location and event.location:
        return same_place(lead.location, event.location, {})
    parties = {a.canonical for a in lead.arguments if a.role in PARTY_ROLES}
    counts = {count_key(q) for q in lead.quantities}
    return bool(parties & set(event.actors)) or any(count_key(q) in counts for m in mentions for q in m.quantities)
