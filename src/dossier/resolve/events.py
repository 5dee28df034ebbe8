"""Event coreference across articles: mentions of the same happening become one canonical event.

Mentions are blocked by event family, then joined greedily to the best compatible event: compatible
dates (respecting precision and ranges), places and counts, overlapping participants, themes that
agree (what an agreement or offer is about) and party lists that do not conflict. Mentions dated
only by their publication date join a dated event of their family from the same article, a recent
event they refer back to ("the talks"; "the spill" for months, LASTING_REFERENCE_DAYS) or
corroborate (same actor, theme or count), an event whose doer they name (with no day at all, or
published a day apart: ``events_undated``), an undated election or quake sharing an exact count
(``events_rare``), or stand alone.

Kinds of event many a day (MANY_A_DAY: attacks, arrests, statements...) need more in common than
their type and day. On the same day a shared person, body or place (not a country) is such
evidence, and so is the fitted ECB+ pair scorer where no rule finds any (``events_sameday``,
``events_pairs``); inside one article, a report that goes on with the article's account of the
day's happening ("shot", "the shooting") joins it unless it marks another ("another shooting").
Measured end to end with ``dossier eval ecbplus-build``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from dossier import models
from dossier.extract.ontology import definitions_for
from dossier.extract.themes import theme_of
from dossier.resolve.entities import fold
from dossier.resolve.event_conflicts import conflicts, doers
from dossier.resolve.event_records import canonical_event, family
from dossier.resolve.events_pairs import pair_model_agrees
from dossier.resolve.events_rare import join_rare_undated, rare_undated
from dossier.resolve.events_sameday import continues_account, shares_a_name
from dossier.resolve.events_undated import doer_day_before, undated_doer_score
from dossier.timevalues import compatible, days_apart, interval, width

T = models.EventType
MAX_DATE_SLIP_DAYS = 1
# Determiners of a reference back ("the talks"). Not "that": before a trigger it is nearly always a
# relative pronoun or a conjunction ("the assault that killed five", "said that talks resumed"),
# and "that meeting" is no event mention at all (see extract.eventive).
DETERMINERS = frozenset({"the", "these", "those", "this"})
SERIES_WORDS = frozenset({"first", "second", "third", "fourth", "last", "latest", "next", "previous", "recent",
                          "new", "final", "round", "rounds", "stage", "day", "part", "of"})
COARSE_DATE_DAYS = 6  # dates a week wide or wider (a week, a month, a year) need more evidence to merge
SIMILAR_WORDING = 70  # rapidfuzz token_sort_ratio of two sentences telling the same thing
RECENT_REFERENCE_DAYS = 21  # "the talks" in an article refers to talks reported in the last three weeks
# Happenings a story is about for months: "the spill" or "the earthquake" in an article two months on
# is still the one of April, where "the talks" then are a later round.
LASTING_REFERENCE_DAYS = {T.DISASTER: 120}
# Words between a determiner and the trigger that keep a phrase a name of a known event ("the Gulf
# oil spill", "the Istanbul talks"): content words, not a clause or another phrase.
NOT_MODIFIERS = frozenset({"of", "that", "which", "who", "and", "or", "but", "to", "in", "on", "at", "for", "from",
                           "a", "an", "its", "their", "his", "her", "by", "with", "as", "is", "was", "are", "were"})
DOER_DAYS = 1  # a shared doer ties an undated report to an event reported at most a day apart
LOOKS_BACK = frozenset({models.EventStatus.HAPPENED, models.EventStatus.ONGOING})
# Types a story holds many of on one day (statements, attacks, requests, votes): two articles'
# reports of one need more in common than their type and day, as talks, agreements and exchanges
# (one a day in a story) do not: a shared doer, place, theme, count, or wording. Three statements
# of one Friday by a French president, black lawmakers and a TV anchor are three statements. A
# capital sees many meetings a day (a cabinet briefing, a chief executive seeing lawmakers);
# rounds of talks stay one a day. So do a story's escape, robbery and outage: a heist told as "drove
# a car into the shop", "took the gems" and "the robbery" is one, and kept many a day it split one
# heist of a review story (ECB+ topic 24) into seven events.
MANY_A_DAY = frozenset({T.STATEMENT, T.ATTACK, T.REQUEST, T.DEMAND, T.REJECTION, T.PROPOSAL, T.OTHER,
                        T.ELECTION, T.PROTEST, T.MEETING, T.ARREST, T.TRIAL, T.AID, T.RESCUE, T.DEPLOYMENT,
                        # a club fires one coach and names another the same day; deaths are of people
                        T.APPOINTMENT, T.DISMISSAL, T.RESIGNATION, T.DEATH})
NO_NAMES: dict[str, str] = {}  # no cross-document name map: names compared as the articles write them
# Argument roles naming who or where, compared before an undated report may refer back to an event.
NAMING_ROLES = frozenset({"actor", "target", "participant", "mediator", "location"})
REFERENCE_SCORE = 0.9  # the most a reference back can score: less than joining its own article's event
EVENT_TYPE_VALUES = frozenset(t.value for t in T)


@dataclass
class Cluster:
    """An event being built: its mentions, and the date and place they give it."""

    mentions: list[models.EventMention] = field(default_factory=list)
    event_id: str | None = None  # kept from the stored event this cluster was loaded from
    changed: bool = True
    date_value: str | None = None
    location: str | None = None
    dated_by: dict[str, set[str]] = field(default_factory=dict)  # date value -> documents stating it
    # Folded names of its parties and places, per name map (see ``named``); kept up to date by ``add``.
    _named: dict[int, tuple[dict[str, str], set[str]]] = field(default_factory=dict, repr=False)

    def add(self, mention: models.EventMention) -> None:
        self.mentions.append(mention)
        self.changed = True
        for names, found in self._named.values():
            found |= _names_of(mention, names)
        if mention.date_source != "publication" and mention.date_value:
            self.dated_by.setdefault(mention.date_value, set()).add(mention.doc_id)
            self.date_value = self._majority_date()
        if mention.location and (not self.location or fold(self.location) in fold(mention.location)):
            self.location = mention.location  # the fullest form: "Ciragan Palace, Istanbul" over "Ciragan Palace"

    def named(self, names: dict[str, str]) -> set[str]:
        """The parties and places its mentions name (``_names_of``), computed once per name map."""
        if id(names) not in self._named:
            self._named[id(names)] = (names, set().union(*(_names_of(m, names) for m in self.mentions)))
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
        cluster = _best(mention, block, names)
        if cluster is None:
            cluster = Cluster()
            block.append(cluster)
        cluster.add(mention)
    for block in blocks.values():
        _second_chance(block, names)
        join_rare_undated(block, lambda a, b: same_place(a, b, names))
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


def _second_chance(block: list[Cluster], names: dict[str, str]) -> None:
    """Let an event founded in this batch join a larger one its reports fit, now that all are placed.

    Mentions are placed one at a time, so a report misdated by a day at the same venue ("the talks
    in Istanbul on 15 May") founds its own event when it comes before the reports of the 16th. Every
    one of its mentions dated by their own sentence must fit the larger event, as on the first
    pass; the others took their date from those (same article, same paragraph) and follow them.
    """
    for cluster in sorted((c for c in block if c.event_id is None), key=lambda c: len(c.mentions)):
        best, best_score = None, 0.0
        for other in block:
            if other is cluster or len(other.mentions) < len(cluster.mentions):
                continue
            if other.date_value is None:
                # An event known only by publication dates has no date to check a report against,
                # unless both are one article's: its reports of the day, placed one at a time.
                if not _one_article(cluster, other):
                    continue
                scores = [_compatibility(m, other, names) for m in cluster.mentions]
            elif (days_apart(cluster.date_value, other.date_value) or 0) > MAX_DATE_SLIP_DAYS:
                continue  # dates too far apart for any report to fit: skip the costly check
            else:
                scores = [_compatibility(m, other, names) for m in cluster.mentions if m.date_source == "sentence"]
                if not scores and not any(conflicts(m, other) for m in cluster.mentions):
                    # an article's undated account of a happening: its best-tied report decides
                    scores = [max(_compatibility(m, other, names) for m in cluster.mentions)]
            if min(scores, default=0.0) > 0 and sum(scores) > best_score:
                best, best_score = other, sum(scores)
        if best is not None:
            for mention in cluster.mentions:
                best.add(mention)
            cluster.mentions.clear()


def _one_article(cluster: Cluster, other: Cluster) -> bool:
    """Whether two events are told only by one and the same article."""
    return len({m.doc_id for m in cluster.mentions} | {m.doc_id for m in other.mentions}) == 1


def _best(mention: models.EventMention, block: list[Cluster], names: dict[str, str]) -> Cluster | None:
    best, best_score = None, 0.0
    for cluster in block:
        score = _compatibility(mention, cluster, names)
        if score > best_score:
            best, best_score = cluster, score
    return best


def _compatibility(mention: models.EventMention, cluster: Cluster, names: dict[str, str]) -> float:
    """0 when the mention cannot join the cluster, else a score that grows with shared evidence."""
    same_doc = any(m.doc_id == mention.doc_id for m in cluster.mentions)
    if mention.date_source == "publication" and not same_doc:
        if _names_apart(mention, cluster, names) or conflicts(mention, cluster):
            return 0.0
        elsewhere = mention.location and cluster.location and not same_place(mention.location, cluster.location, names)
        return max(_recent_reference(mention, cluster), 0.0 if elsewhere else undated_doer_score(mention, cluster))
    if mention.date_source == "document" and not same_doc and _lasting_reference(mention) \
            and not _names_apart(mention, cluster, names) and not conflicts(mention, cluster):
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
        if not (compatible(mention.date_value, cluster.date_value)
                or (_definite(mention) or doer_day_before(mention, cluster)) and _reported_after_event(mention, cluster)):
            return 0.0
    elif not compatible(mention.date_value, cluster.date_value):
        # Outlets do misdate events: a day's difference is tolerated at the same named venue,
        # and the compare stage then reports the clash of dates. Not for a kind of event a place
        # sees many of a day (meetings in a capital) unless more is shared: a clash of dates
        # between two different meetings is no disagreement of outlets.
        if not (at_same_place and (days_apart(mention.date_value, cluster.date_value) or 99) <= MAX_DATE_SLIP_DAYS):
            return 0.0
        if mention.event_type in MANY_A_DAY and not _shared_evidence(mention, cluster):
            return 0.0
        penalty = 1.0
    if conflicts(mention, cluster):
        return 0.0
    if not same_doc and not at_same_place and _coarse(mention, cluster) and not _shared_evidence(mention, cluster):
        return _dated_report_of(mention, cluster) if cluster.date_value is None else 0.0
    if not at_same_place and mention.event_type in MANY_A_DAY \
            and not _shared_evidence(mention, cluster) and not _corroborates(mention, cluster, 0) \
            and not (same_doc and continues_account(mention, cluster)):
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


def _shared_evidence(mention: models.EventMention, cluster: Cluster) -> bool:
    """Two reports dated only "in 2013" tell of one happening only if they share who did it or most
    of their wording, or one refers back to the other by a definite noun of its type ("the first
    round of talks in May"). A shared bystander is not enough: in a story about Syria, "Syria"
    takes part in every year's events."""
    if _shares_doer(mention, cluster):
        return True
    if _refers_back(mention) and mention.event_type in {m.event_type for m in cluster.mentions}:
        return True
    return max(fuzz.token_sort_ratio(mention.sentence, m.sentence) for m in cluster.mentions) >= SIMILAR_WORDING


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
    if cluster.date_value is None:
        return _same_day_news(mention, cluster)
    published, span = interval(mention.date_value), interval(cluster.date_value)
    if not published or not span or width(cluster.date_value) > 1:
        return 0.0
    days_before = (published[0] - span[1]).days
    if not 0 <= days_before <= reference_days(mention.event_type):
        return 0.0
    if mention.status not in LOOKS_BACK:
        return 0.0  # "before the election", "once the talks are over": no reference to a past event
    if not _definite(mention) and not _corroborates(mention, cluster, days_before):
        return 0.0
    weight = len(set().union(*cluster.dated_by.values())) / (1 + days_before)
    return REFERENCE_SCORE * weight / (1 + weight)


def _lasting_reference(mention: models.EventMention) -> bool:
    """A definite name of a happening a story follows for months ("the quake", "the spill")."""
    return mention.event_type in LASTING_REFERENCE_DAYS and _definite(mention)


def _names_apart(mention: models.EventMention, cluster: Cluster, names: dict[str, str]) -> bool:
    """Whether an undated report names parties or places and the event names others, none shared:
    "the final visit to the telescope" is no reference to a ministers' meeting of that day, nor "the
    SARS outbreak, which began in China" to an outbreak in Mexico. A report naming nobody ("the
    talks") may still refer back."""
    ours = _names_of(mention, names)
    theirs = cluster.named(names)
    return bool(ours) and bool(theirs) and not ours & theirs


def _names_of(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names, and countries, of the parties and places a mention names."""
    found = {fold(names.get(fold(a.canonical), a.canonical)) for a in mention.arguments
             if a.role in NAMING_ROLES and a.canonical}
    found |= {fold(a.country) for a in mention.arguments if a.role in NAMING_ROLES and a.country}
    if mention.location:
        found.add(fold(names.get(fold(mention.location), mention.location)))
    return found


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
    referred = any(_definite(m) for m in cluster.mentions)
    if not referred and not _corroborates(mention, cluster, min(gaps)):
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
    return bool(published and span) and 0 <= (published[0] - span[1]).days <= reference_days(mention.event_type)


def _same_day_news(mention: models.EventMention, cluster: Cluster) -> float:
    """Two outlets' undated reports of one day ("swapped memorandums", "exchanged documents on a
    settlement") tell one happening when they were published that day and name the same actor,
    theme or count. Scored as a reference back of that day with one dating article."""
    days = {m.date_value for m in cluster.mentions if m.date_source == "publication"}
    if mention.date_value not in days or not _corroborates(mention, cluster, 0):
        return 0.0
    return REFERENCE_SCORE / 2


def _corroborates(mention: models.EventMention, cluster: Cluster, days_apart: int) -> bool:
    """Whether a mention names the event's theme ("agreed to ... a ceasefire") or an exact count
    the event's reports also give, or, reported within a day of it, its actor. Published on the
    day of the event itself, a report sharing only a class of things ("agreed on an exchange of
    wounded prisoners") corroborates too. A doer shared over a longer gap is no evidence: in a
    story one leader takes part in nearly everything ("Trump attacked Clinton" a week after
    "Trump's legal battle"). On the same day, a shared name (not a country) corroborates a report
    of a kind many a day, and the fitted pair scorer any report the rules above leave alone."""
    if days_apart <= DOER_DAYS and _shares_doer(mention, cluster):
        return True
    if days_apart == 0 and mention.event_type in MANY_A_DAY and shares_a_name(mention, cluster):
        return True  # the same day's shooting of the same receptionist, at the same firm (events_sameday)
    if days_apart <= DOER_DAYS and mention.event_type not in MANY_A_DAY and (
            _names_of(mention, NO_NAMES) & cluster.named(NO_NAMES) if not rare_undated(mention) else shares_a_name(mention, cluster)):
        return True  # "a powerful earthquake has hit Haiti", a day after; with no day, no country (events_rare)
    themes = _any_themes if days_apart == 0 else _event_themes
    # Nor is a shared theme, over days, for kinds of event a story holds many of: in a story about
    # a spill every request and statement is "about the spill".
    if (days_apart <= DOER_DAYS or mention.event_type not in MANY_A_DAY) \
            and themes(mention) & set().union(*(themes(m) for m in cluster.mentions)):
        return True
    counts = {count_key(q) for q in mention.quantities if q.low == q.high}
    if counts & {count_key(q) for m in cluster.mentions for q in m.quantities}:
        return True
    # "killed a worker", "the killing" (events_pairs); only on a known day: undated reports of one kind
    # from different places read alike to it (two shootings of two cities merged; stories then chained)
    return days_apart == 0 and mention.date_value is not None and pair_model_agrees(mention, cluster)


def _event_themes(mention: models.EventMention) -> frozenset[str]:
    """Theme keys that name a kind of event ("ceasefire", "withdrawal"): specific enough to tie an
    undated report to an event, where a class of things ("documents", "people") or the event's own
    type (a proposal "of a memorandum") is not."""
    return frozenset(key for key in theme_of(mention) if key in EVENT_TYPE_VALUES and key != mention.event_type.value)


def _any_themes(mention: models.EventMention) -> frozenset[str]:
    """Every theme key but the event's own type."""
    return theme_of(mention) - {mention.event_type.value}


def count_key(quantity: models.EventQuantity) -> tuple[str, float, float]:
    """"1,000 prisoners" and "1,000 for 1,000" count the same people: the role drops "each side"."""
    return quantity.role.removesuffix("_each_side"), quantity.low, quantity.high


def _words_before(mention: models.EventMention) -> list[str]:
    """The lower-cased words of the mention's sentence before its trigger."""
    return mention.sentence[: mention.trigger_start - mention.sentence_start].lower().split()


def reference_days(event_type: models.EventType) -> int:
    """How long after an event an undated definite mention of its type may still refer to it."""
    return LASTING_REFERENCE_DAYS.get(event_type, RECENT_REFERENCE_DAYS)


def _definite(mention: models.EventMention) -> bool:
    """A definite name of an event: "the talks", "the spill", "the Gulf oil spill" (a determiner
    and, before an event noun, at most three modifying words)."""
    before = _words_before(mention)
    if _capitalised_before(mention) and definitions_for(mention.trigger.lower(), True):
        return True  # a headline's "Haiti quake", "Gulf spill": a place's name before an event noun
    reach = 5 if definitions_for(mention.trigger.lower(), True) else 2  # "The envoy handed": no name
    for back in range(1, reach):
        if len(before) < back or before[-back] in NOT_MODIFIERS or any(c.isdigit() for c in before[-back]):
            return False
        if before[-back] in DETERMINERS:
            return True
    return False


def _capitalised_before(mention: models.EventMention) -> bool:
    """Whether the word right before the trigger is a name, not a sentence's first word."""
    head = mention.sentence[: mention.trigger_start - mention.sentence_start].rstrip()
    word_start = max(head.rfind(" "), head.rfind("\n")) + 1
    return word_start > 0 and head[word_start:][:1].isupper()


def _refers_back(mention: models.EventMention) -> bool:
    """A definite noun phrase that points to a known event: "the talks", "the first round of talks",
    "the latest exchange" (a determiner followed only by words that place the event in a series)."""
    before = _words_before(mention)
    for back in range(1, 5):
        if len(before) >= back and before[-back] in DETERMINERS:
            return all(word in SERIES_WORDS for word in before[len(before) - back + 1:])
    return False


def _shares_doer(mention: models.EventMention, cluster: Cluster) -> bool:
    return bool(doers(mention) & set().union(*(doers(m) for m in cluster.mentions)))


def same_place(a: str, b: str, names: dict[str, str]) -> bool:
    """Whether two place names are one place: the same canonical name, one inside the other, or a near spelling."""
    ca, cb = names.get(fold(a), a), names.get(fold(b), b)
    fa, fb = fold(ca), fold(cb)
    return fa == fb or fa in fb or fb in fa or fuzz.ratio(fa, fb) >= 85


def _actors(mention: models.EventMention) -> set[str]:
    return {a.canonical for a in mention.arguments if a.role in {"actor", "participant"}}
