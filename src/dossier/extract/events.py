"""First event extractor: trigger words per sentence, arguments from the sentence, document-level fill-in.

Reads an annotated spaCy ``Doc`` (names, time expressions, quantities and quotes on ``doc._.dossier_*``)
and returns ``EventMention`` records. Known limits: one mention per event type per sentence; actors
are every country-level name in the sentence, without telling who acts on whom.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.extract.ontology import ONTOLOGY, EventDefinition
from dossier.extract.status import event_status

EXTRACTOR = "dossier.events.v1"
DATE_PRECISIONS = {models.Precision.DAY, models.Precision.TIME, models.Precision.RANGE, models.Precision.MONTH,
                   models.Precision.WEEK}
# Locations of these types come first; a palace or venue beats a city.
LOCATION_LABELS = ("FAC", "GPE", "LOC")


def extract_events(doc: Doc, document: models.Document) -> list[models.EventMention]:
    """Typed event mentions of one annotated document.

    Args:
        doc: the annotated Doc (see ``dossier.annotate.pipeline.annotate``).
        document: the article, for its id and publication date.

    Returns:
        Event mentions in text order, dated from their sentence, else from the document, else
        from the publication date (``date_source`` says which).
    """
    names = doc._.dossier_names or []
    timexes = doc._.dossier_timexes or []
    quantities = doc._.dossier_quantities or []
    quotes = doc._.dossier_quotes or []
    mentions: list[models.EventMention] = []
    context = _DocumentContext()
    for index, sent in enumerate(doc.sents):
        for definition, trigger in _triggers(sent):
            mention = _mention(
                definition, trigger, sent, index, document, context,
                [n for n in names if n.sentence_index == index],
                [t for t in timexes if t.sentence_index == index],
                [q for q in quantities if q.sentence_index == index],
                [q for q in quotes if q.sentence_index == index],
            )
            mentions.append(mention)
    return mentions


class _DocumentContext:
    """What earlier sentences of the article established: the last date and place per event type."""

    def __init__(self) -> None:
        self.dates: dict[models.EventType, tuple[str, models.Precision]] = {}
        self.places: dict[models.EventType, str] = {}


def _triggers(sent: Span) -> list[tuple[EventDefinition, Token]]:
    """One (definition, trigger token) per event type found in the sentence."""
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    found: dict[EventDefinition, Token] = {}
    for token in sent:
        if token.pos_ not in {"VERB", "NOUN", "PROPN"}:
            continue
        for candidate in (token.lemma_.lower(), token.lower_):
            for definition in ONTOLOGY:
                if candidate in definition.triggers and (not definition.needs or definition.needs & words):
                    found.setdefault(definition, token)
    # A more specific type absorbs the generic one triggered by the same word ("exchange" of bodies).
    chosen = sorted(found.items(), key=lambda item: -item[0].priority)
    result, used = [], set()
    for definition, token in chosen:
        if token.i in used:
            continue
        used.add(token.i)
        result.append((definition, token))
    return sorted(result, key=lambda item: item[1].i)


def _mention(definition, trigger, sent, index, document, context, names, timexes, quantities, quotes):
    event_type = definition.event_type
    date_value, precision, source, stated = _date(timexes, event_type, context, document.published)
    location = _location(sent, names) or context.places.get(event_type)
    if location:
        context.places.setdefault(event_type, location)
    arguments = tuple(_argument(n) for n in names)
    status = event_status(trigger, sent)
    reported_by = next((q.speaker or q.source for q in quotes if q.content_start <= trigger.idx < q.content_end), None)
    confidence = 0.4 + (0.3 if source == "sentence" else 0.0) + (0.1 if location else 0.0) + (0.1 if trigger.pos_ == "VERB" else 0.0)
    return models.EventMention(
        mention_id=f"{document.doc_id}:{trigger.idx}:{event_type.value}",
        doc_id=document.doc_id,
        event_type=event_type,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        sentence_index=index,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
        date_value=date_value,
        date_precision=precision,
        date_source=source,
        status=status,
        confidence=round(min(confidence, 1.0), 2),
        arguments=arguments,
        quantities=tuple(_quantity(q) for q in quantities),
        location=location,
        reported_by=reported_by,
        date_stated=stated,
        extractor=EXTRACTOR,
    )


def _date(timexes, event_type, context, published: date | None):
    """The event's date: the sentence's best date, else the document's last date for this type."""
    dated = [t for t in timexes if t.value and t.timex_type.value in {"DATE", "TIME"} and t.precision in DATE_PRECISIONS]
    if dated:
        best = min(dated, key=lambda t: _precision_rank(t.precision))
        value = best.suggested_value or best.value
        precision = models.Precision.DAY if best.precision == models.Precision.TIME else best.precision
        if precision == models.Precision.DAY:
            value = value[:10]
        context.dates[event_type] = (value, precision)
        stated = best.value[:10] if best.suggested_value else None
        return value, precision, "sentence", stated
    if event_type in context.dates:
        value, precision = context.dates[event_type]
        return value, precision, "document", None
    if published:
        return published.isoformat(), models.Precision.DAY, "publication", None
    return None, models.Precision.UNKNOWN, "publication", None


def _precision_rank(precision: models.Precision) -> int:
    order = [models.Precision.TIME, models.Precision.DAY, models.Precision.RANGE, models.Precision.WEEK,
             models.Precision.MONTH]
    return order.index(precision) if precision in order else len(order)


def _location(sent: Span, names: list[models.EntityMention]) -> str | None:
    for label in LOCATION_LABELS:
        for name in names:
            if name.label != label:
                continue
            if label != "FAC" and (name.canonical.lower() == (name.country or "").lower() or not _after_place_preposition(sent, name)):
                continue
            return name.canonical
    return None


def _after_place_preposition(sent: Span, name: models.EntityMention) -> bool:
    doc = sent.doc
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    return before.lower_ in {"in", "at", "near", "outside", "inside"}


def _argument(name: models.EntityMention) -> models.Argument:
    role = "actor" if name.country and name.label in {"GPE", "NORP", "ORG"} else (
        "location" if name.label in {"FAC", "LOC"} else "participant"
    )
    return models.Argument(
        role=role, text=name.text, canonical=name.country if role == "actor" else name.canonical,
        start=name.start, end=name.end, country=name.country,
    )


def _quantity(quantity: models.Quantity) -> models.EventQuantity:
    return models.EventQuantity(
        role=quantity.counted or "count", text=quantity.text, low=quantity.low, high=quantity.high,
        start=quantity.start, end=quantity.end,
    )
