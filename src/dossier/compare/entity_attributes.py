"""Where outlets describe one person differently: an age or a number of children that cannot agree.

The facts come from ``extract.person_attributes`` and are tied to a resolved entity through the
name they were stated with. Each is read as true on its article's publication date, and two
articles clash only when no single person could match both:

- **Age.** A person aged ``a`` on day ``d1`` is ``a + floor(D)`` or ``a + ceil(D)`` on day ``d2``,
  ``D`` being the years between the two days (the birthday may or may not fall between them). So
  34 in December and 35 in January is no clash, 34 and 35 on the same day is, and so is 35 followed
  by 34 a week later. An article without a publication date cannot place its age and is left out
  of the comparison (a refusal, not a guess).
- **Children.** A family only grows in the way news counts it: a later article may give more
  children than an earlier one by one per ``PREGNANCY_DAYS`` between their publication dates, never
  fewer. A child born between two reports closer than that is reported as a discrepancy, with both
  dates for the reader to judge. Undated articles are compared as if published the same day, since
  a count, unlike an age, needs no date to be checked.

Only different values are compared (an age repeated years later is not reported). An article
giving two values for one person is left out for that attribute: it is usually telling of two
relatives under one surname, not contradicting another outlet. Every value keeps the spans and
sentences that state it.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from dossier import models

DAYS_PER_YEAR = 365.2425  # the mean Gregorian year
PREGNANCY_DAYS = 270  # about nine months: the least time in which a family can grow by one birth
SEVERITY_GAP_CAP = 10  # years or children beyond which a gap weighs no more


def find_entity_discrepancies(
    claims: Sequence[tuple[str, models.PersonAttribute]],
    documents: dict[str, models.Document],
    names: dict[str, str] | None = None,
) -> list[models.Discrepancy]:
    """Ages and numbers of children of one person that different articles give and that cannot agree.

    Args:
        claims: ``(entity_id, fact)`` pairs: each stated fact with the resolved person it is about.
        documents: the facts' articles by id, for their outlets and publication dates.
        names: entity id -> its name, written into each discrepancy's note.

    Returns:
        One discrepancy per person and attribute whose values clash, most severe first; each
        value lists the articles, outlets and cited spans stating it.
    """
    grouped: dict[tuple[str, str], list[models.PersonAttribute]] = defaultdict(list)
    for entity_id, fact in claims:
        grouped[(entity_id, fact.attribute)].append(fact)
    found = []
    for (entity_id, attribute), facts in sorted(grouped.items()):
        clash = _clash_rule(attribute)
        if clash is None:
            continue
        clashing = _clashing_facts(facts, documents, clash)
        if clashing:
            found.append(_discrepancy(entity_id, attribute, clashing, documents, (names or {}).get(entity_id)))
    return sorted(found, key=lambda d: (-d.severity, d.discrepancy_id))


def ages_clash(first: int, first_day: date | None, second: int, second_day: date | None) -> bool:
    """Whether one person cannot be ``first`` years old on ``first_day`` and ``second`` on
    ``second_day``; undated ages are never said to clash."""
    if first_day is None or second_day is None:
        return False
    if second_day < first_day:
        first, first_day, second, second_day = second, second_day, first, first_day
    years = (second_day - first_day).days / DAYS_PER_YEAR
    return not math.floor(years) <= second - first <= math.ceil(years)


def children_clash(first: int, first_day: date | None, second: int, second_day: date | None) -> bool:
    """Whether one parent cannot have ``first`` children on ``first_day`` and ``second`` on
    ``second_day`` (undated counts are taken as the same day)."""
    if first_day and second_day and second_day < first_day:
        first, first_day, second, second_day = second, second_day, first, first_day
    days = (second_day - first_day).days if first_day and second_day else 0
    return not 0 <= second - first <= days // PREGNANCY_DAYS


def _clash_rule(attribute: str):
    return {"age": ages_clash, "children": children_clash}.get(attribute)


def _clashing_facts(facts, documents, clash) -> list[models.PersonAttribute]:
    """The facts that clash with a fact of another article (articles giving two values left out)."""
    values_of: dict[str, set[int]] = defaultdict(set)
    for fact in facts:
        values_of[fact.doc_id].add(fact.value)
    facts = [f for f in facts if len(values_of[f.doc_id]) == 1]

    def day(fact):
        document = documents.get(fact.doc_id)
        return document.published if document else None

    kept = []
    for fact in facts:
        if any(other.doc_id != fact.doc_id and other.value != fact.value
               and clash(fact.value, day(fact), other.value, day(other)) for other in facts):
            kept.append(fact)
    return kept


def _discrepancy(entity_id, attribute, facts, documents, name) -> models.Discrepancy:
    by_value: dict[int, list[models.PersonAttribute]] = defaultdict(list)
    for fact in facts:
        by_value[fact.value].append(fact)
    values = tuple(_sourced_value(value, by_value[value], documents) for value in sorted(by_value))
    gap = min(max(by_value) - min(by_value), SEVERITY_GAP_CAP) / SEVERITY_GAP_CAP
    support = sum(len(v.doc_ids) for v in values)
    key = f"{entity_id}|{attribute}|" + "|".join(v.value for v in values)
    who = name or entity_id
    return models.Discrepancy(
        discrepancy_id="dsc_" + hashlib.sha1(key.encode()).hexdigest()[:12],
        attribute=attribute, values=values, severity=round(1.0 + gap + 0.5 * support, 3), entity_id=entity_id,
        note=f"{attribute} of {who}, each value as of its article's publication date",
    )


def _sourced_value(value: int, facts, documents) -> models.SourcedValue:
    doc_ids = tuple(sorted({f.doc_id for f in facts}))
    outlets = tuple(sorted({documents[d].outlet for d in doc_ids if d in documents and documents[d].outlet}))
    evidence = tuple(
        models.Evidence(doc_id=f.doc_id, outlet=documents[f.doc_id].outlet if f.doc_id in documents else None,
                        start=f.start, end=f.end, sentence=f.sentence,
                        published=documents[f.doc_id].published if f.doc_id in documents else None)
        for f in sorted(facts, key=lambda f: (f.doc_id, f.start))
    )
    return models.SourcedValue(value=str(value), mention_ids=tuple(f"{f.doc_id}:{f.start}-{f.end}" for f in facts),
                               doc_ids=doc_ids, outlets=outlets, evidence=evidence)
