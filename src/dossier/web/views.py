"""What each page shows, assembled from ``dossier.api`` reads.

The API returns stage records; a page needs them regrouped (an event's mentions per source, the
timeline per day, an entity's quotes). These functions do only that regrouping, on top of the
public API, so the routes stay thin and the logic is testable without HTTP.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup
from unidecode import unidecode

from dossier import api, models
from dossier.errors import DossierError
from dossier.timevalues import interval
from dossier.web import markup


@dataclass(frozen=True, slots=True)
class DayGroup:
    """Timeline events that share one date value; ``day`` counts days from the first group."""

    label: str
    day: int | None
    entries: list[models.TimelineEntry]


@dataclass(frozen=True, slots=True)
class MentionView:
    mention: models.EventMention
    sentence: Markup  # the evidence sentence with its trigger marked
    disputes: list[str] = field(default_factory=list)  # "attribute: value" this mention asserts
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class SourceColumn:
    """One document's reports of an event, shown as one column beside the others."""

    document: models.Document
    mentions: list[MentionView]


@dataclass(frozen=True, slots=True)
class EventView:
    event: models.Event
    columns: list[SourceColumn]
    discrepancies: list[models.Discrepancy]


@dataclass(frozen=True, slots=True)
class EntityView:
    entity: models.Entity
    events: list[models.Event]
    quotes: list[tuple[models.Document, models.Quote]]
    documents: list[models.Document]
    discrepancies: list[models.Discrepancy]  # where outlets give this person different ages or children


@dataclass(frozen=True, slots=True)
class DocumentView:
    document: models.Document
    analysis: models.DocumentAnalysis
    body: Markup  # the article text with its annotations
    mentions: list[MentionView]


@dataclass(frozen=True, slots=True)
class SearchResult:
    hit: models.SearchHit
    snippet: Markup  # a window of the hit's text with the query words marked
    document: models.Document | None
    event_id: str | None  # the event an evidence hit's mention belongs to


def count_documents(db: str) -> int:
    """How many articles are stored (for pagination totals)."""
    store = api.open_store(db)
    try:
        return store.count_documents()
    finally:
        store.close()


def timeline_groups(entries: Sequence[models.TimelineEntry]) -> list[DayGroup]:
    """Timeline entries grouped by date value, with each group's distance in days from the first.

    Undated events (and values that are not calendar dates) form one last group with ``day`` None.
    """
    groups: dict[str, list[models.TimelineEntry]] = {}
    for entry in entries:
        key = entry.event.date_value if interval(entry.event.date_value) else ""
        groups.setdefault(key, []).append(entry)
    starts = [interval(k)[0] for k in groups if k]
    first = min(starts) if starts else date.today()
    dated = sorted((k for k in groups if k), key=lambda k: interval(k))
    result = [DayGroup(label=k, day=(interval(k)[0] - first).days, entries=groups[k]) for k in dated]
    if "" in groups:
        result.append(DayGroup(label="undated", day=None, entries=groups[""]))
    return result


def event_view(event_id: str, db: str) -> EventView:
    """One event with its mentions grouped into one column per document, and its discrepancies.

    Raises:
        EventNotFound: no event has this id.
    """
    event, _evidence, mentions = api.event(event_id, db=db)
    found = [d for d in api.discrepancies(db=db) if d.event_id == event_id]
    disputes: dict[str, list[str]] = {}
    for discrepancy in found:
        for value in discrepancy.values:
            for mention_id in value.mention_ids:
                disputes.setdefault(mention_id, []).append(f"{discrepancy.attribute}: {value.value}")
    by_doc: dict[str, list[MentionView]] = {}
    for mention in mentions:
        by_doc.setdefault(mention.doc_id, []).append(
            MentionView(mention, trigger_sentence(mention), disputes.get(mention.mention_id, []), event_id)
        )
    documents = [api.document(doc_id, db=db) for doc_id in by_doc]
    documents.sort(key=lambda d: (d.published or date.max, d.outlet or "", d.doc_id))
    return EventView(event, [SourceColumn(d, by_doc[d.doc_id]) for d in documents], found)


def trigger_sentence(mention: models.EventMention) -> Markup:
    """The mention's sentence with its trigger marked, offsets taken relative to the sentence."""
    start = mention.trigger_start - mention.sentence_start
    return markup.highlight(mention.sentence, start, start + (mention.trigger_end - mention.trigger_start))


def entity_view(entity_id: str, db: str) -> EntityView:
    """An entity with the events it takes part in, its quotes, the articles naming it and where
    outlets disagree about it (a person's age or number of children), so that a reader who opens a
    person sees the dispute without searching the discrepancies page for it.

    Quotes are those whose speaker or source is the entity's name or one of its aliases.

    Raises:
        EntityNotFound: no entity has this id.
    """
    entity = api.entity(entity_id, db=db)
    try:
        events = api.events(db=db, entity=entity.name)
    except DossierError:
        events = []
    documents = [api.document(doc_id, db=db) for doc_id in entity.doc_ids]
    quotes = api.quotes(db=db, entity_id=entity.entity_id)
    documents.sort(key=lambda d: (d.published or date.max, d.doc_id))
    disputes = [d for d in api.discrepancies(db=db) if d.entity_id == entity.entity_id]
    return EntityView(entity, events, quotes, documents, disputes)


def document_view(doc_id: str, db: str, cited: tuple[int, int] | None = None) -> DocumentView:
    """An article with its annotations drawn inline and its event mentions linked to events.

    Args:
        doc_id: the article's id.
        db: SQLite path or PostgreSQL URL.
        cited: (start, end) of a passage to box, when a page links to one sentence; ignored
            when it does not fit in the text.

    Raises:
        DocumentNotFound: no document has this id.
    """
    document = api.document(doc_id, db=db)
    analysis = api.analysis(doc_id, db=db)
    quotes, inner = markup.analysis_spans(analysis)
    event_of = mention_events(db)
    mentions = [MentionView(m, trigger_sentence(m), [], event_of.get(m.mention_id)) for m in analysis.events]
    return DocumentView(document, analysis, markup.annotate_cited(document.text, quotes, inner, cited), mentions)


def mention_events(db: str) -> dict[str, str]:
    """Which canonical event each event mention was merged into."""
    return {mention_id: e.event_id for e in api.events(db=db) for mention_id in e.mention_ids}


def search_results(query: str, db: str) -> list[SearchResult]:
    """Search hits with snippets, their article and event; one result per distinct passage.

    The index holds an evidence sentence once per event mention, so a sentence that reports
    two events would otherwise be listed twice.
    """
    documents = {d.doc_id: d for d in api.docs(db=db)}
    event_of = mention_events(db)
    seen, results = set(), []
    for hit in api.search(query, db=db):
        key = (hit.kind, hit.doc_id, hit.text)
        if key in seen:
            continue
        seen.add(key)
        results.append(SearchResult(hit, markup.snippet(hit.text, query), documents.get(hit.doc_id), event_of.get(hit.ref)))
    return results


def matching_entities(query: str, db: str, *, limit: int = 20) -> list[models.Entity]:
    """Entities whose name or an alias contains the query (accent- and case-insensitive)."""
    wanted = search_fold(query.strip())
    if not wanted:
        return []
    found = [e for e in api.entities(db=db) if any(wanted in search_fold(n) for n in (e.name, *e.aliases))]
    return found[:limit]


def search_fold(name: str) -> str:
    """ASCII lower case with punctuation as spaces, for finding a typed query inside a name.

    Unlike ``resolve.entities.fold`` (which drops punctuation, to compare whole names), a hyphen
    becomes a word break here, so "jean pierre" finds "Jean-Pierre".
    """
    return " ".join("".join(c if c.isalnum() else " " for c in unidecode(name).lower()).split())


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None, so an article's own URL never becomes a script link."""
    if url and url.split(":", 1)[0].lower() in ("http", "https"):
        return url
    return None
