"""Each attribute of an event, source by source: what every outlet says, and who says it first.

For one canonical event, lists the date, place, counts, participants, status and attribution that
each source gives, with the mentions (and so the evidence sentences) behind every value. Near-
duplicate copies of one article count once; a value that only anonymous sources back is marked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dossier import models
from dossier.resolve.event_records import independent_sources

# Attributions that name nobody: "a TASS source said", "officials said", "a senior official added".
ANONYMOUS = re.compile(
    r"^(?:an?|the|another|one|two|several|some|other)?\s*(?:\w+\s){0,3}?"
    r"(?:sources?|officials?|insiders?|diplomats?|representatives?|people familiar)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributeValues:
    """One attribute of one event: its values, each with the sources that state it."""

    attribute: str
    values: tuple[models.SourcedValue, ...]
    independent_sources: dict[str, int]  # value -> outlets counting syndicated copies once
    first_reported: dict[str, str]  # value -> doc_id of the earliest article stating it
    anonymous_only: tuple[str, ...]  # values that rest on unnamed sources alone

    @property
    def agreed(self) -> bool:
        return len(self.values) <= 1


def is_anonymous(source: str | None) -> bool:
    """True when an attribution names no one ("a TASS source", "officials")."""
    return bool(source) and bool(ANONYMOUS.match(source.strip()))


def compare_attributes(
    mentions: Sequence[models.EventMention], documents: dict[str, models.Document]
) -> list[AttributeValues]:
    """Every attribute of an event as each source gives it.

    Args:
        mentions: the event's mentions.
        documents: their documents, for outlets, dates and near-duplicate links.

    Returns:
        One entry per attribute that at least one source states, in a fixed order.
    """
    per_attribute: dict[str, dict[str, list[models.EventMention]]] = defaultdict(lambda: defaultdict(list))
    for mention in mentions:
        for attribute, value in _values(mention):
            per_attribute[attribute][value].append(mention)
    return [_summarize(attribute, per_attribute[attribute], documents) for attribute in _ordered(per_attribute)]


def _values(mention: models.EventMention):
    if mention.date_source == "sentence" and mention.date_value:
        yield "date", mention.date_stated or mention.date_value
    if mention.location:
        yield "place", mention.location
    for quantity in mention.quantities:
        value = count_text(quantity.low, quantity.high)
        yield f"count:{quantity.role}", value
    for argument in mention.arguments:
        if argument.role in {"actor", "target", "mediator"}:
            yield argument.role, argument.canonical
        elif argument.role == "theme":
            yield "about", argument.text  # what was agreed, offered or asked, as the source words it
    yield "status", mention.status.value
    if mention.reported_by:
        yield "reported_by", mention.reported_by


def count_text(low: float, high: float, dash: str = "-") -> str:
    """A count as a reader writes it: "390", "3,000,000", "1,000-1,200", "2.5" (not "3e+06")."""
    if low == high:
        return _number(low)
    return f"{_number(low)}{dash}{_number(high)}"


def _number(value: float) -> str:
    # Large hedged bounds come out of float arithmetic (1.5 million + 10% = 1650000.0000000002):
    # people are counted in whole numbers.
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,g}"


def _ordered(per_attribute) -> list[str]:
    fixed = ["date", "place", "about", "actor", "target", "mediator", "status", "reported_by"]
    counts = sorted(a for a in per_attribute if a.startswith("count:"))
    return [a for a in fixed[:3] if a in per_attribute] + counts + [a for a in fixed[3:] if a in per_attribute]


def _summarize(attribute, by_value, documents) -> AttributeValues:
    values, independent, first, anonymous = [], {}, {}, []
    for value, mentions in sorted(by_value.items()):
        doc_ids = tuple(sorted({m.doc_id for m in mentions}))
        outlets = tuple(sorted({documents[d].outlet for d in doc_ids if d in documents and documents[d].outlet}))
        values.append(models.SourcedValue(value=value, mention_ids=tuple(m.mention_id for m in mentions),
                                          doc_ids=doc_ids, outlets=outlets))
        independent[value] = len(independent_sources(doc_ids, documents))
        dated = [d for d in doc_ids if d in documents and documents[d].published]
        first[value] = min(dated, key=lambda d: documents[d].published) if dated else doc_ids[0]
        if all(is_anonymous(m.reported_by) for m in mentions):
            anonymous.append(value)
    return AttributeValues(attribute=attribute, values=tuple(values), independent_sources=independent,
                           first_reported=first, anonymous_only=tuple(anonymous))
