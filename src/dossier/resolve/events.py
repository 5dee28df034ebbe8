"""Event coreference across articles: mentions of the same happening become one canonical event.

Mentions are blocked by event family, then joined greedily to the best compatible event: compatible
dates (respecting precision and ranges), places and counts, overlapping participants, themes that
agree (what an agreement or offer is about) and party lists that do not conflict. Mentions dated
only by their publication date join a dated event of their family from the same article, a recent
event they refer back to ("the talks"; "the spill" for months, LASTING_REFERENCE_DAYS), corroborate
(same actor, theme or count) or retell in words the fitted pair scorer finds alike a few days on (a
day or none: ``events_reported``), an event whose doer they name (no day at all, or published a day apart:
``events_undated``), an event the scorer finds told alike in articles that read like one story (no
day on one side: ``events_ties``), an undated election or quake sharing an exact count
(``events_rare``), the one event of its kind its story tells with its head word (no day at all:
``events_story``), or stand alone. What counts as shared evidence lives in ``events_evidence``.

Kinds of event many a day (MANY_A_DAY: attacks, arrests, statements...) need more in common than
their type and day. On the same day a shared person, body or place (not a country) is such
evidence, and so is the fitted ECB+ pair scorer where no rule finds any (``events_sameday``,
``events_pairs``); inside one article, a report that goes on with the article's account of the
day's happening ("shot", "the shooting", "the assault", "it was an ambush") joins it unless it marks another.
A named person is killed once: once all reports are placed, the reports of one victim's killing
gather in one event whatever their dates (``event_killings``), and the dates then clash openly;
reports of the attack that never say the victim died, and of the victim's death on its day, join it.
A named person dies once too, of whatever cause ("died Saturday", "dies at 75": ``event_deaths``).
An event founded with no day joins the event of its family that one story's articles tell in
kindred words, when the pair scorer agrees and no report conflicts (``events_told_alike``: the
story's lead happening split into word families, "captured" / "arrested"); a new attack event told
only as a fire joins the disaster fire of its story ("an arson fire" / "the blaze": ``events_fires``).
Last, two articles' reports of one type told in a sentence beside one same event ("hanged himself
hours after his arrest") are one circumstance of it (``events_mates``). One article alone neither
dates an event most of whose articles give no day, nor moves an undated event of three or more
articles into another (``events_minority``). Measured end to end with ``dossier eval ecbplus-build``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from dossier import models
from dossier.resolve.entities import fold
from dossier.resolve.event_conflicts import conflicts
from dossier.resolve.event_deaths import gather_deaths
from dossier.resolve.event_killings import gather_killings, join_deaths
from dossier.resolve.event_named import naming_words, reference_reach, told_with
from dossier.resolve.event_records import canonical_event, family
from dossier.resolve.events_evidence import (MANY_A_DAY, corroborates, definite, names_apart, names_of, same_day_news,
                                             same_place, shared_evidence)
from dossier.resolve.events_copies import copies_follow_originals
from dossier.resolve.events_fires import join_fire_families
from dossier.resolve.events_mates import join_sentence_mates
from dossier.resolve.events_minority import articles_fitting, dated_by_minority
from dossier.resolve.events_rare import join_rare_undated
from dossier.resolve.events_reported import retold_days_apart, retold_later
from dossier.resolve.events_sameday import continues_account
from dossier.resolve.events_story import sole_story_event
from dossier.resolve.events_ties import ArticleTies, undated_pair_score
from dossier.resolve.events_told_alike import join_told_alike
from dossier.resolve.events_undated import doer_day_before, undated_doer_score
from dossier.timevalues import compatible, days_apart, interval, width

T = models.EventType
MAX_DATE_SLIP_DAYS = 1
COARSE_DATE_DAYS = 6  # dates a week wide or wider (a week, a month, a year) need more evidence to merge
RECENT_REFERENCE_DAYS = 21  # "the talks" in an article refers to talks reported in the last three weeks
# Happenings a story is about for months: "the spill" or "the earthquake" in an article two months on
# is still the one of April, where "the talks" then are a later round.
LASTING_REFERENCE_DAYS = {T.DISASTER: 120}
LOOKS_BACK = frozenset({models.EventStatus.HAPPENED, models.EventStatus.ONGOING})
REFERENCE_SCORE = 0.9  # the most a reference back can score: less than joining its own article's event


@dataclass
class Cluster:
    """An event being built: its mentions, and the date and place they give it."""

    mentions: list[models.EventMention] = field(default_factory=list)
    event_id: str | None = None  # kept from the stored event this cluster was loaded from
    changed: bool = True
    date_value: str | None = None
    location: str | None = None
    dated_by: dict[str, set[str]] = field(default_factory=dict)  # date value -> documents stating it
    # Documents telling it, and those of them giving any day (their own or their publication's): kept
    # by ``add`` so that asking whether a minority dates it costs nothing however large it grows.
    articles: set[str] = field(default_factory=set)
    articles_with_day: set[str] = field(default_factory=set)
    # Folded names of its parties and places, per name map (see ``named``); kept up to date by ``add``.
    _named: dict[int, tuple[dict[str, str], set[str]]] = field(default_factory=dict, repr=False)

    def add(self, mention: models.EventMention) -> None:
        self.mentions.append(mention)
        self.changed = True
        self.articles.add(mention.doc_id)
        if mention.date_value is not None:
            self.articles_with_day.add(mention.doc_id)
        for names, found in self._named.values():
            found |= names_of(mention, names)
        if mention.date_source != "publication" and mention.date_value:
            self.dated_by.setdefault(mention.date_value, set()).add(mention.doc_id)
        if self.dated_by:
            self.date_value = None if dated_by_minority(self.dated_by, self.articles, self.articles_with_day) else self._majority_date()
        if mention.location and (not self.location or fold(self.location) in fold(mention.location)):
            self.location = mention.location  # the fullest form: "Ciragan Palace, Istanbul" over "Ciragan Palace"

    def absorb(self, other: Cluster) -> None:
        """Take every mention of another event, in order, and leave it empty (it is then dropped)."""
        for mention in other.mentions:
            self.add(mention)
        other.mentions.clear()
        other.articles.clear()
        other.articles_with_day.clear()

    def named(self, names: dict[str, str]) -> set[str]:
        """The parties and places its mentions name (``names_of``), computed once per name map."""
        if id(names) not in self._named:
            self._named[id(names)] = (names, set().union(*(names_of(m, names) for m in self.mentions)))
        return self._named[id(names)][1]

    def _majority_date(self) -> str | None:
        """The date most documents give; among equals, the most precise, then the earliest."""
        return min(self.dated_by, key=lambda v: (-len(self.dated_by[v]), width(v), v))


def resolve_events(
    mentions: Sequence[models.EventMention],
    documents: dict[str, models.Document],
    canonical_name: dict[str, str] | None = None,
    *,
    existing: Sequence[tuple[models.Event, Sequence[models.EventMention]]] = (),
) -> list[models.Event]:
    """Merge new event mentions into canonical events, starting from stored ones.

    Args:
        mentions: the event mentions to place (a new batch of articles, or everything).
        documents: documents by id for every mention involved (outlets, dates, duplicates).
        canonical_name: folded name -> cross-document entity name, to compare places and actors.
        existing: stored candidate events (found by blocking) with their mentions.

    Returns:
        Every event that is new or gained mentions, with a stable id: a stored event keeps its
        id, a new one takes the id of its founding mention. Unchanged candidates are left out.
    """
    names = canonical_name or {}
    ties = ArticleTies(documents)
    blocks: dict[str, list[Cluster]] = defaultdict(list)
    for event, event_mentions in existing:
        cluster = Cluster(event_id=event.event_id, changed=False)
        for mention in event_mentions:
            cluster.add(mention)
        cluster.changed = False
        blocks[event.family or family(event.event_type)].append(cluster)
    ordered = sorted(mentions, key=lambda m: (m.date_source == "publication", width(m.date_value), m.mention_id))
    for mention in ordered:
        if mention.status == models.EventStatus.NEGATED:
            continue
        block = blocks[family(mention.event_type)]
        cluster = _best(mention, block, names, ties) or sole_story_event(mention, block, ties, names)
        if cluster is None:
            cluster = Cluster()
            block.append(cluster)
        cluster.add(mention)
    placed = {m.mention_id for m in mentions}
    copies_follow_originals(blocks, documents, placed)
    homes = {}
    for block in blocks.values():
        homes.update(gather_killings(block, names, placed))
    join_deaths(blocks[family(T.DEATH)], homes, names, placed, [c for b in blocks.values() for c in b])  # "Roe died"
    gather_deaths(blocks[family(T.DEATH)], names, placed)
    for block in blocks.values():
        _second_chance(block, names, ties)
        join_rare_undated(block, lambda a, b: same_place(a, b, names))
        join_told_alike(block, ties)
    join_fire_families(blocks[family(T.ATTACK)], blocks[family(T.DISASTER)], ties)  # "arson fire" / "the blaze"
    join_sentence_mates([c for block in blocks.values() for c in block], names)  # "hours after his arrest"
    events = [canonical_event(c, documents, names) for block in blocks.values() for c in block if c.changed and c.mentions]
    return sorted(events, key=lambda e: (e.date_value or "9999", -e.salience))


def rebuild_event(
    event: models.Event,
    mentions: Sequence[models.EventMention],
    documents: dict[str, models.Document],
    canonical_name: dict[str, str] | None = None,
) -> models.Event:
    """A stored event as its remaining mentions tell it, once an article's mentions have left it.

    It keeps its id, story and consequence links; its date, place, sources and summary are those
    of the mentions left, so nothing the retracted article alone said stays on it.
    """
    cluster = Cluster(event_id=event.event_id)
    for mention in mentions:
        cluster.add(mention)
    return replace(canonical_event(cluster, documents, canonical_name or {}), story_id=event.story_id, follows=event.follows)


def _second_chance(block: list[Cluster], names: dict[str, str], ties: ArticleTies | None = None) -> None:
    """Let an event founded in this batch join a larger one its reports fit, now that all are placed.

    Mentions are placed one at a time, so a report misdated by a day at the same venue ("the talks
    in Istanbul on 15 May") founds its own event when it comes before the reports of the 16th. Every
    one of its mentions dated by their own sentence must fit the larger event, as on the first
    pass; the others took their date from those (same article, same paragraph) and follow them.
    """
    # An event whose reports all followed their originals (``events_copies``) is empty: nothing to move.
    for cluster in sorted((c for c in block if c.event_id is None and c.mentions), key=lambda c: len(c.mentions)):
        best, best_score = None, 0.0
        for other in block:
            if other is cluster or len(other.mentions) < len(cluster.mentions):
                continue
            if other.date_value is None:
                # An event known only by publication dates has no date to check a report against,
                # unless both are one article's: its reports of the day, placed one at a time.
                if len({m.doc_id for m in cluster.mentions + other.mentions}) > 1:  # not one article's
                    continue
                scores = [_compatibility(m, other, names, ties) for m in cluster.mentions]
            elif (days_apart(cluster.date_value, other.date_value) or 0) > MAX_DATE_SLIP_DAYS \
                    and not all(m.date_source != "sentence" and _lasting_reference(m) for m in cluster.mentions):
                # dates too far apart for any report to fit: skip the costly check; but "the embassy
                # bombing" in a paragraph its lead dated may have come before the event it names
                continue
            else:
                scores = [_compatibility(m, other, names, ties) for m in cluster.mentions
                          if m.date_source == "sentence"]
                if not scores and not any(conflicts(m, other) for m in cluster.mentions):
                    scores = articles_fitting(cluster.mentions, lambda m: _compatibility(m, other, names, ties))
            if min(scores, default=0.0) > 0 and sum(scores) > best_score:
                best, best_score = other, sum(scores)
        if best is not None:
            best.absorb(cluster)


def _best(mention: models.EventMention, block: list[Cluster], names: dict[str, str],
          ties: ArticleTies | None = None) -> Cluster | None:
    best, best_score = None, 0.0
    for cluster in block:
        score = _compatibility(mention, cluster, names, ties)
        if score > best_score:
            best, best_score = cluster, score
    return best


def _compatibility(mention: models.EventMention, cluster: Cluster, names: dict[str, str],
                   ties: ArticleTies | None = None) -> float:
    """0 when the mention cannot join the cluster, else a score that grows with shared evidence
    (``ties``: the batch's article ties, for the pair scorer on reports with no day)."""
    same_doc = any(m.doc_id == mention.doc_id for m in cluster.mentions)
    if mention.date_source == "publication" and not same_doc:
        if names_apart(mention, cluster, names) or conflicts(mention, cluster):
            return 0.0
        elsewhere = mention.location and cluster.location and not same_place(mention.location, cluster.location, names)
        if elsewhere:
            return _recent_reference(mention, cluster)
        return max(_recent_reference(mention, cluster), undated_doer_score(mention, cluster),
                   undated_pair_score(mention, cluster, ties), retold_days_apart(mention, cluster))
    if mention.date_source == "document" and (not same_doc or naming_words(mention)) and _lasting_reference(mention) \
            and not names_apart(mention, cluster, names) and not conflicts(mention, cluster):
        # "the quake" in a paragraph dated by its lead, or "14 days after the quake": a date the
        # context gave, a day off as often as not; the definite noun names the known disaster.
        if reference := _recent_reference(mention, cluster):
            return reference
    if cluster.date_value is None and not same_doc and not _reported_after(mention, cluster):
        return 0.0  # an event known only by the days it was reported happened shortly before them
    at_same_place = bool(mention.location and cluster.location
                         and same_place(mention.location, cluster.location, names))
    if mention.location and cluster.location and not at_same_place:
        return 0.0
    penalty = 0.0
    if mention.date_source == "publication":
        # Its own article's event (the "dated event of their family from the same article" above),
        # on its day, or earlier when the mention names it definitely: "after the quake" in a report
        # whose lead dates the quake to Tuesday, or names its doer a day on ("has died"). The
        # publication day only bounds such an event.
        if not (compatible(mention.date_value, cluster.date_value) or (definite(mention) or naming_words(mention)
                or doer_day_before(mention, cluster) or retold_later(mention, cluster))
                and _reported_after_event(mention, cluster)):
            return 0.0
    elif not compatible(mention.date_value, cluster.date_value):
        # Outlets do misdate events: a day's difference is tolerated at the same named venue,
        # and the compare stage then reports the clash of dates. Not for a kind of event a place
        # sees many of a day (meetings in a capital) unless more is shared: a clash of dates
        # between two different meetings is no disagreement of outlets.
        if not (at_same_place and (days_apart(mention.date_value, cluster.date_value) or 99) <= MAX_DATE_SLIP_DAYS):
            return 0.0
        if mention.event_type in MANY_A_DAY and not shared_evidence(mention, cluster):
            return 0.0
        penalty = 1.0
    if conflicts(mention, cluster):
        return 0.0
    if not same_doc and not at_same_place and _coarse(mention, cluster) and not shared_evidence(mention, cluster):
        return _dated_report_of(mention, cluster) if cluster.date_value is None else 0.0
    if not at_same_place and mention.event_type in MANY_A_DAY \
            and not shared_evidence(mention, cluster) and not corroborates(mention, cluster, 0) \
            and not (same_doc and continues_account(mention, cluster, named_definitely=definite(mention))):
        # Inside one article too: a war report's "women were shot", "they killed my mother at a
        # checkpoint" and "airstrikes thumped into positions" are three attacks of one day; its
        # "shot three people", "the shooting" and "killing one" tell one (events_sameday).
        return 0.0
    score = 1.0
    if mention.date_value and cluster.date_value and mention.date_value[:10] == cluster.date_value[:10]:
        score += 1.0
    score += 0.5 * len(_actors(mention) & set().union(*(_actors(m) for m in cluster.mentions)))
    score += max(fuzz.token_set_ratio(mention.sentence, m.sentence) for m in cluster.mentions) / 100
    if mention.event_type in {m.event_type for m in cluster.mentions}:
        score += 0.5
    return max(score - penalty, 0.01)


def _coarse(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether a date is too vague to identify a happening by itself: a month, a season, a year."""
    return max(width(mention.date_value), width(cluster.date_value)) > COARSE_DATE_DAYS


def _recent_reference(mention: models.EventMention, cluster: Cluster) -> float:
    """Score for an undated definite mention ("the talks") joining a recent event other articles dated.

    News writes "the talks" for the talks its readers know: an event of that kind reported before
    publication, within RECENT_REFERENCE_DAYS and of the same type. Later ones score higher, and
    so do ones more articles date ("the earthquake" a week on is the quake, not the aftershock of
    two days ago): the weight grows with the number of articles that date the event and falls
    with the days between. The score stays below any event of the mention's own article.
    An indefinite report ("Kyiv also asked for a meeting") joins only when it names the same actor,
    theme or exact count as the event, because its date is only the day it was published.
    """
    if mention.event_type not in {m.event_type for m in cluster.mentions}:
        return 0.0
    if cluster.date_value is None:  # scored as a reference back of that day with one dating article
        return REFERENCE_SCORE / 2 if same_day_news(mention, cluster) else 0.0
    published, span = interval(mention.date_value), interval(cluster.date_value)
    if not published or not span or width(cluster.date_value) > 1:
        return 0.0
    days_before = (published[0] - span[1]).days
    if not 0 <= days_before <= reference_reach(mention, reference_days(mention.event_type)):
        return 0.0
    if days_before > reference_days(mention.event_type) and not told_with(naming_words(mention), cluster):
        return 0.0  # "the embassy bombings" two months on: only an attack told at an embassy (event_named)
    if mention.status not in LOOKS_BACK:
        return 0.0  # "before the election", "once the talks are over": no reference to a past event
    if not (definite(mention) or naming_words(mention) or corroborates(mention, cluster, days_before)
            or retold_later(mention, cluster)):  # "arrested the singer", two days on (events_reported)
        return 0.0
    weight = len(set().union(*cluster.dated_by.values())) / (1 + days_before)
    return REFERENCE_SCORE * weight / (1 + weight)


def _lasting_reference(mention: models.EventMention) -> bool:
    """A definite name of a happening a story follows for months ("the quake", "the spill"), or of
    one named by where or against what it was done ("the embassy bombing": ``event_named``)."""
    return mention.event_type in LASTING_REFERENCE_DAYS and definite(mention) or bool(naming_words(mention))


def _dated_report_of(mention: models.EventMention, cluster: Cluster) -> float:
    """The mirror of ``_recent_reference``: a dated report joining an event that other articles
    know only by the days they were published, when it happened up to RECENT_REFERENCE_DAYS
    before them and it names the event's actor, theme or exact count (or they refer to it as
    "the talks"). Scored as that reference back would be, so that which article arrives first
    does not decide whether the two reports become one event."""
    if mention.event_type not in {m.event_type for m in cluster.mentions}:
        return 0.0
    span = interval(mention.date_value)
    published = [interval(m.date_value) for m in cluster.mentions if m.date_source == "publication"]
    gaps = [(day[0] - span[1]).days for day in published if day and span]
    gaps = [gap for gap in gaps if 0 <= gap <= reference_days(mention.event_type)]
    if not gaps:
        return 0.0
    referred = any(definite(m) for m in cluster.mentions)
    if not referred and not corroborates(mention, cluster, min(gaps)):
        return 0.0
    weight = 1 / (1 + min(gaps))
    return REFERENCE_SCORE * weight / (1 + weight)


def _reported_after(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether a dated mention may tell an event other articles report undated: it happened at
    most RECENT_REFERENCE_DAYS before one of their publication days."""
    span = interval(mention.date_value)
    if span is None:
        return False
    for other in cluster.mentions:
        published = interval(other.date_value)
        if published and 0 <= (published[0] - span[1]).days <= reference_days(mention.event_type):
            return True
    return False


def _reported_after_event(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether an event's date lies at most its reference window before a publication-dated mention."""
    published, span = interval(mention.date_value), interval(cluster.date_value)
    return bool(published and span) and 0 <= (published[0] - span[1]).days <= reference_reach(
        mention, reference_days(mention.event_type))


def reference_days(event_type: models.EventType) -> int:
    """How long after an event an undated definite mention of its type may still refer to it."""
    return LASTING_REFERENCE_DAYS.get(event_type, RECENT_REFERENCE_DAYS)


def _actors(mention: models.EventMention) -> set[str]:
    return {a.canonical for a in mention.arguments if a.role in {"actor", "participant"}}
