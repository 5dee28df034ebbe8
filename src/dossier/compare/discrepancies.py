"""Where sources disagree: per-source values of each event attribute, and the ones that clash.

Values that agree within their precision (a month and a day inside it; "about 40" and "dozens")
are consistent. Values that cannot both be true make a discrepancy, ranked by how far apart they are
and how many independent sources back each side. A date whose weekday contradicts it is a
discrepancy inside one article.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Sequence

from dossier import models
from dossier.citations import evidence_for
from dossier.compare.attributes import count_text
from dossier.compare.candidate_names import candidate_roles
from dossier.compare.clock_times import clocks_clash, mention_clock_time
from dossier.timevalues import compatible, days_apart

# Words that make a count a running total over a span of time rather than one event's toll.
# ("The largest exchange since the invasion" is a comparison, not a total: "since" counts only
# before a day, a month, a year or a start.)
RUNNING_TOTAL = re.compile(
    r"\b(?:so far|to date|in total|altogether|cumulative|overall|"
    r"since (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}|"
    r"the (?:start|beginning|outbreak)|it began)|"
    r"(?:in|over|during|within) the (?:past|last|first) |(?:in|over|during|within) (?:\w+ )?(?:hours|days|weeks|months|years)\b)",
    re.IGNORECASE,
)

# Counts of people harmed or infected in a happening that lasts: they are compared only between
# articles published within NEAR_DAYS of each other (a day or two: what outlets reported at the
# same moment); farther apart, different values are the running count as it grew.
GROWING_TYPES = frozenset({models.EventType.DISASTER, models.EventType.ATTACK, models.EventType.DEATH})
HARM_ROLES = frozenset({"people", "military", "civilians", "children", "cases", "bodies"})  # and "..._wounded"
NEAR_DAYS = 2
# A death toll only grows: the dead are not brought back, so a later article giving a lower toll
# than an earlier one is correcting it or disagreeing with it, however far apart they are. Counts
# with a fate (the wounded, the displaced, those in hospital) and infections may fall as people
# recover or go home, so only counts of the dead (a role without a fate) are held to this.
DEATH_ROLES = frozenset({"people", "military", "civilians", "children"})
# A later figure under this share of the earlier toll is more likely a part the article counted (one
# city's dead, one nationality's) than a revision of the whole: revisions remove double counts and
# move a toll by a few percent or a few tens of percent, not by half.
REVISION_SHARE = 0.5
# Separates a role from the part of the happening it counts ("people@capital", "people@un staff");
# the same mark ``extract.quantity_roles`` writes (a stage does not import a sibling stage).
SCOPE_MARK = "@"


def find_discrepancies(
    events: Sequence[models.Event],
    mentions: dict[str, models.EventMention],
    documents: dict[str, models.Document],
    timexes: Sequence[models.TimeExpression] = (),
) -> list[models.Discrepancy]:
    """Discrepancies between the sources of each event, and weekday/date clashes inside articles.

    Args:
        events: canonical events with their mention ids.
        mentions: event mentions by id.
        documents: documents by id (outlets and near-duplicate links).
        timexes: stored time expressions; flagged ones become in-article discrepancies.

    Returns:
        Discrepancies, most severe first.
    """
    found = []
    for event in events:
        event_mentions = [mentions[m] for m in event.mention_ids if m in mentions]
        if len({m.doc_id for m in event_mentions}) > 1:
            found.extend(_date_discrepancies(event, event_mentions, documents))
            found.extend(_time_discrepancies(event, event_mentions, documents))
        if len(event_mentions) > 1:
            found.extend(_count_discrepancies(event, event_mentions, documents))
    found.extend(_flagged_dates(timexes, documents))
    return sorted(found, key=lambda d: -d.severity)


def _stated_date(mention: models.EventMention) -> str | None:
    if mention.date_source != "sentence":
        return None
    return mention.date_stated or mention.date_value


def _date_discrepancies(event, mentions, documents) -> list[models.Discrepancy]:
    values = _group(((_stated_date(m), m) for m in mentions), documents)
    # As with counts, only different articles contradict each other: one article dating the start
    # of an offensive and its third day tells two moments of it.
    clashing = [v for v in values if any(not compatible(v.value, w.value) and _apart(v, w) for w in values if w is not v)]
    if len(clashing) < 2:
        return []
    gap = max(days_apart(a.value, b.value) or 0 for a in clashing for b in clashing)
    return [_discrepancy("date", clashing, gap_weight=min(gap, 60) / 10, event=event)]


def _time_discrepancies(event, mentions, documents) -> list[models.Discrepancy]:
    """Times of day of the event that different articles give and that cannot both be right (see
    ``compare.clock_times``); mentions dated to different days by their sentences are left to the
    date comparison."""
    timed = [(t, m) for m in mentions if (t := mention_clock_time(m)) is not None]
    if len({_stated_date(m) for _, m in timed} - {None}) > 1:
        return []
    windows = {t.text: t for t, _ in timed}
    values = _group(((t.text, m) for t, m in timed), documents)
    clashing = [v for v in values if any(clocks_clash(windows[v.value], windows[w.value]) and _apart(v, w)
                                         for w in values if w is not v)]
    if len(clashing) < 2:
        return []
    gap = max(abs(windows[a.value].middle - windows[b.value].middle) for a in clashing for b in clashing)
    return [_discrepancy("time_of_day", clashing, gap_weight=min(gap, 180) / 60, event=event)]


def _apart(a: models.SourcedValue, b: models.SourcedValue) -> bool:
    """Whether one article states a and not b while another states b and not a."""
    only_a, only_b = set(a.doc_ids) - set(b.doc_ids), set(b.doc_ids) - set(a.doc_ids)
    return bool(only_a and only_b)


def _count_discrepancies(event, mentions, documents) -> list[models.Discrepancy]:
    by_role: dict[tuple[str, bool], list] = defaultdict(list)
    compared_as = candidate_roles(q.role for m in mentions for q in m.quantities)  # "maduro" is "nicolas maduro"
    for mention in mentions:
        for quantity in mention.quantities:
            # A running total ("500 killed in eight days", "since Sunday") and a day's toll are
            # two measures: each is compared only with its own kind.
            by_role[(compared_as[quantity.role], bool(RUNNING_TOTAL.search(mention.sentence)))].append((quantity, mention))
    found = []
    for (role, _), items in by_role.items():
        # Two counts clash when their ranges are disjoint and different articles state them: one
        # article giving two numbers for a role ("194 were freed ... 61 of them women", "909 bodies,
        # and Russia 41") is counting two things, not contradicting itself.
        values = _group(((_count_text(q), m) for q, m in items), documents)
        ranges = {_count_text(q): _bounds(q) for q, _ in items}
        stated = defaultdict(list)  # doc_id -> the ranges it gives
        for value in values:
            for doc_id in value.doc_ids:
                stated[doc_id].append(ranges[value.value])
        running = _running_count(event, role)
        near = _published_near(documents) if running else None
        fell = _toll_fell(documents, stated) if running and _death_toll(role) else None
        clashing = [v for v in values if any(_counts_clash(ranges[v.value], v, ranges[w.value], w, stated, near, fell)
                                             for w in values if w is not v)]
        if len(clashing) < 2:
            continue
        low = min(ranges[v.value][1] for v in clashing)
        high = max(ranges[v.value][0] for v in clashing)
        found.append(_discrepancy(f"count:{role}", clashing, gap_weight=(high - low) / max(high, 1), event=event))
    return found


def _counts_clash(a_range, a, b_range, b, stated, near=None, fell=None) -> bool:
    """Whether counts a and b contradict: disjoint, and each stated by an article that gives nothing
    the other allows. An article giving both, or one close to the other ("$360m, on top of the
    $990m spent"; "officials say 5,000 barrels, scientists 100,000"), contradicts neither. With
    ``near`` (a count that grows, see ``_running_count``) the two articles must also be published
    close together: a toll of 50,000 two days after a quake and 150,000 ten days later is the
    count as it grew. With ``fell`` (a death toll, see ``_toll_fell``) a toll that a later article
    lowers clashes however far apart the two are."""
    if not _disjoint(a_range, b_range):
        return False
    def alone(value, other_range):
        return [d for d in value.doc_ids if all(_disjoint(r, other_range) for r in stated[d])]
    sides_a, sides_b = alone(a, b_range), alone(b, a_range)
    if near is None:
        return bool(sides_a and sides_b)
    if any(near(x, y) for x in sides_a for y in sides_b):
        return True
    return fell is not None and (fell(a_range, sides_a, b_range, sides_b) or fell(b_range, sides_b, a_range, sides_a))


def _death_toll(role: str) -> bool:
    """Whether a role counts the dead: a casualty role with no fate ("people", "civilians@capital";
    not "people_wounded" or "cases")."""
    return role.split(SCOPE_MARK, 1)[0] in DEATH_ROLES


def _toll_fell(documents, stated):
    """Whether a death toll fell: an article published later than one giving the higher figure
    gives, as its highest figure of the role, a lower one (its own toll, not a part it also
    counts: "258 killed ... 11 of them in Tanzania" lowers nothing), and no lower than
    ``REVISION_SHARE`` of the higher. Articles without a publication date cannot be ordered."""
    def fell(high_range, high_docs, low_range, low_docs) -> bool:
        if low_range[1] >= high_range[0] or low_range[1] < REVISION_SHARE * high_range[0]:
            return False
        tops = [y for y in low_docs if max(r[1] for r in stated[y]) <= low_range[1]]
        return any(_published_after(documents, y, x) for x in high_docs for y in tops)
    return fell


def _published_after(documents, later: str, earlier: str) -> bool:
    a = documents[later].published if later in documents else None
    b = documents[earlier].published if earlier in documents else None
    return a is not None and b is not None and a > b


def _running_count(event, role: str) -> bool:
    """Whether a count keeps growing after the event: the dead, wounded, displaced or infected of
    a disaster, an outbreak or an attack (the toll of an earthquake or a war rises for weeks as
    bodies are found and cases confirmed; a prisoner exchange's count is fixed once it is done)."""
    return event.event_type in GROWING_TYPES and _base_role(role) in HARM_ROLES


def _base_role(role: str) -> str:
    """What a role counts, without its fate or scope: "people_wounded@capital" counts people.
    The scope (after ``SCOPE_MARK``, see ``extract.quantity_roles``) stays part of the role for
    comparing: a count of one place or group is compared only with counts of the same part."""
    return role.split(SCOPE_MARK, 1)[0].split("_")[0]


def _published_near(documents):
    """Whether two articles were published within ``NEAR_DAYS`` of each other; an article without a
    publication date is near any other (it may be from the same day)."""
    def near(x: str, y: str) -> bool:
        a = documents[x].published if x in documents else None
        b = documents[y].published if y in documents else None
        return a is None or b is None or abs((a - b).days) <= NEAR_DAYS
    return near


def _bounds(quantity: models.EventQuantity) -> tuple[float, float]:
    """The values a count allows. An amount in words only ("thousands of barrels", "millions of
    gallons") sets a floor, not a ceiling: news says "thousands" of 15,000, so it contradicts a
    smaller figure but no larger one."""
    if quantity.low < quantity.high and not any(c.isdigit() for c in quantity.text):
        return quantity.low, math.inf
    return quantity.low, quantity.high


def _count_text(quantity: models.EventQuantity) -> str:
    return count_text(quantity.low, quantity.high)


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _group(pairs, documents) -> list[models.SourcedValue]:
    grouped: dict[str, list[models.EventMention]] = defaultdict(list)
    for value, mention in pairs:
        if value:
            grouped[value].append(mention)
    result = []
    for value, mentions in sorted(grouped.items()):
        doc_ids = tuple(sorted({m.doc_id for m in mentions}))
        outlets = tuple(sorted({documents[d].outlet for d in doc_ids if d in documents and documents[d].outlet}))
        result.append(models.SourcedValue(value=value, mention_ids=tuple(m.mention_id for m in mentions),
                                          doc_ids=doc_ids, outlets=outlets, evidence=evidence_for(mentions, documents)))
    return result


def _discrepancy(attribute, values, *, gap_weight: float, event=None, doc_id=None, note="") -> models.Discrepancy:
    support = sum(len(v.doc_ids) for v in values)
    key = f"{event.event_id if event else doc_id}|{attribute}|" + "|".join(v.value for v in values)
    return models.Discrepancy(
        discrepancy_id="dsc_" + hashlib.sha1(key.encode()).hexdigest()[:12],
        attribute=attribute,
        values=tuple(values),
        severity=round(1.0 + gap_weight + 0.5 * support, 3),
        event_id=event.event_id if event else None,
        doc_id=doc_id,
        note=note,
    )


def _flagged_dates(timexes, documents) -> list[models.Discrepancy]:
    found = []
    for timex in timexes:
        if not timex.flag:
            continue
        outlet = documents[timex.doc_id].outlet if timex.doc_id in documents else None
        ref = f"{timex.doc_id}:{timex.start}"
        values = [models.SourcedValue(value=timex.value or timex.text, mention_ids=(ref,), doc_ids=(timex.doc_id,),
                                      outlets=(outlet,) if outlet else ())]
        # The other reading: the likely intended date, or else the weekday the text gives.
        other = timex.suggested_value or f"a {timex.text.split(',')[0].split()[-1]}"
        values.append(models.SourcedValue(value=other, mention_ids=(ref,), doc_ids=(timex.doc_id,),
                                          outlets=(outlet,) if outlet else ()))
        found.append(_discrepancy("date_in_text", values, gap_weight=0.5, doc_id=timex.doc_id,
                                  note=f"{timex.text!r}: {timex.flag}"))
    return found
