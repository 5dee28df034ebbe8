"""The public Python API: every operation of the CLI and the web app, over one store.

Each function takes the database (a SQLite path or a PostgreSQL URL) and plain arguments, combines
the pipeline stages with storage, and returns records from ``dossier.models``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timezone

from dossier import models
from dossier.compare.attributes import AttributeValues, compare_attributes
from dossier.compare.entity_attributes import find_entity_discrepancies
from dossier.compare.framing import FramingGroup, find_framing
from dossier.config import default_db
# resolve and retract are part of the public API too (tests and `make bench` call them here).
from dossier.crossdoc import (
    articles_to_resolve, date_undated_from_stories, mark_resolved_by_this_code, resolution_is_stale, resolve, retract,
    take_out_resolved,
)
from dossier.entity_lookup import events_of_entity, matching_entities, names_of, said_by
from dossier.errors import DossierError
from dossier.ingest import IngestOptions, count_sources, iter_documents
from dossier.ingest.storing import BATCH_SIZE, NEAR_DUPLICATE_THRESHOLD, store_documents
from dossier.present.report import render_html_report, render_markdown
from dossier.citations import evidence_for
from dossier.present.timeline import select_events
from dossier.present.tls import DateSummary, summarize_events
from dossier.resolve.entities import fold
from dossier.store import Store

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


_STORES: dict[str, Store] = {}


def open_store(db: str | None = None) -> Store:
    """Open (and migrate, once per process) the dossier at ``db``; the default is ``DOSSIER_DB``
    when set, else ./dossier.db (``config.default_db``)."""
    key = db or default_db()
    store = _STORES.get(key)
    if store is None:
        store = _STORES[key] = Store(key)
    return store


def close_store(db: str | None = None) -> None:
    """Release the connections of one dossier (tests and the evaluation delete their files after)."""
    store = _STORES.pop(db or default_db(), None)
    if store is not None:
        store.close()


def ingest(
    sources: Sequence[str],
    *,
    db: str | None = None,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> models.IngestReport:
    """Read articles from files, folders, globs, URLs and feeds and store the new ones.

    Args:
        sources: paths, glob patterns or http(s) URLs.
        db: database path or URL.
        options: reader options (column mapping, private-address guard, limits).
        progress: called with 1 after each input item.
        near_duplicate_threshold: word-shingle Jaccard similarity above which an article is linked
            to an earlier one as its near-duplicate.

    Returns:
        What was added, what was already there, which were near-duplicates, and what failed.
    """
    items = iter_documents(sources, options or IngestOptions())
    return store_documents(open_store(db), items, progress=progress, threshold=near_duplicate_threshold)


def add_documents(
    documents: Sequence[models.Document], *, db: str | None = None,
    near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> models.IngestReport:
    """Store documents built elsewhere (by a benchmark reader or a caller's own code), like ``ingest``."""
    return store_documents(open_store(db), documents, threshold=near_duplicate_threshold)


def count_inputs(sources: Sequence[str], options: IngestOptions | None = None) -> int:
    """How many items ``ingest`` will read, for a progress bar."""
    return count_sources(sources, options or IngestOptions())


def build(
    *,
    db: str | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    workers: int = 0,
    full: bool = False,
) -> models.BuildReport:
    """Analyse every article that is new since the last build, then re-resolve across articles.

    Args:
        db: database path or URL.
        model: spaCy pipeline; None uses the default.
        progress: called with 1 after each analysed article.
        workers: 0 analyses in this process; N > 0 starts a local Dask cluster of N workers.
        full: redo the cross-document stages from scratch instead of adding to them.

    Returns:
        Counts of analysed articles, events and entities, and per-article failures.
    """
    store = open_store(db)
    stale = resolution_is_stale(store)
    if stale:
        log.info("the stored events and discrepancies come from other resolution code: resolving afresh")
    analysed, failures, redo = _analyse_pending(store, model, progress, workers)
    redo = redo or stale
    resolved = articles_to_resolve(store, full or redo)
    n_events, n_entities = _resolve_and_compare_people(store, full or redo)
    dated = date_undated_from_stories(store)
    if dated:
        # Their "today" and their lead now have a day: they are taken out, analysed and resolved again.
        log.info("dated %d undated articles from their stories", len(dated))
        _, second_failures, redo = _analyse_pending(store, model, None, workers)
        failures += second_failures
        resolved += articles_to_resolve(store, redo)
        n_events, n_entities = _resolve_and_compare_people(store, redo)
    mark_resolved_by_this_code(store)
    store.set_state("last_build", datetime.now(timezone.utc).isoformat())
    return models.BuildReport(analysed=analysed, events=n_events, entities=n_entities, failures=tuple(failures),
                              at=datetime.now(timezone.utc), resolved=resolved)


def _resolve_and_compare_people(store: Store, full: bool) -> tuple[int, int]:
    """Resolve, then compare the people the newly resolved articles name (all after a full
    resolution) for ages and children that disagree (see ``compare.entity_attributes``)."""
    pending = None if full else [d.doc_id for d in store.unresolved_documents()]
    counts = resolve(store, full=full)
    people = {e.entity_id for e in store.entities()} if full else store.entity_ids_named_in(pending)
    facts = store.person_facts(people)
    names = {i: store.entity(i).name for i in {i for i, _ in facts}}
    found = find_entity_discrepancies(facts, store.documents_by_id({f.doc_id for _, f in facts}), names)
    store.replace_entity_discrepancies(people, found)
    return counts


def _analyse_pending(store: Store, model: str | None, progress: Progress | None,
                     workers: int) -> tuple[int, list[models.Failure], bool]:
    """Analyse the articles whose stored analysis is missing or stale.

    Returns:
        How many were analysed, the failures, and whether the whole dossier must be resolved
        afresh (most of it was re-analysed); a few re-analysed articles are retracted instead.
    """
    from dossier.parallel import analyze_all
    from dossier.pipeline import ANALYSIS_VERSION

    pending = store.documents_needing_analysis(ANALYSIS_VERSION)
    redo = take_out_resolved(store, [d.doc_id for d in pending])
    failures: list[models.Failure] = []
    analysed = 0
    batch: list[models.DocumentAnalysis] = []
    for result in analyze_all(pending, model=model, workers=workers):
        if progress:
            progress(1)
        if isinstance(result, models.Failure):
            log.info("analysis failed for %s: %s", result.item, result.reason)
            failures.append(result)
            continue
        batch.append(result)
        if len(batch) >= BATCH_SIZE:
            analysed += store.save_analyses(batch)
            batch.clear()
    if batch:
        analysed += store.save_analyses(batch)
    return analysed, failures, redo


def pending_count(db: str | None = None) -> int:
    """How many stored articles the next build will analyse."""
    from dossier.pipeline import ANALYSIS_VERSION

    return len(open_store(db).documents_needing_analysis(ANALYSIS_VERSION))


def framing(*, db: str | None = None, story: str | None = None, model: str | None = None) -> list[FramingGroup]:
    """How outlets name the same concepts differently, with the outlets using each term.

    Computed on demand from the stored articles (of one story when ``story`` is given), so it
    reparses them with the pretrained pipeline; known limit: slow on very large dossiers.
    """
    from dossier.annotate.model import load_base_model

    store = open_store(db)
    if story:
        chosen = store.documents_by_id(_story_members(store, story))
        documents = sorted(chosen.values(), key=lambda d: (d.published is None, d.published, d.doc_id))
    else:
        documents = store.documents()
    documents = [d for d in documents if not d.near_duplicate_of]
    nlp = load_base_model(model)
    return find_framing(list(zip(documents, nlp.pipe(d.text for d in documents))))


def _story_members(store: Store, story: str) -> set[str]:
    members = store.story_members(story)
    if not members:
        raise DossierError(f"no story with id {story!r}; list ids with `dossier stories`")
    return members


def stories(*, db: str | None = None) -> list[models.Story]:
    """Stories: groups of articles about the same evolving events, oldest first."""
    return open_store(db).stories()


def docs(*, db: str | None = None, limit: int | None = None, offset: int = 0) -> list[models.Document]:
    """Stored articles, oldest first."""
    return open_store(db).documents(limit=limit, offset=offset)


def document(doc_id: str, *, db: str | None = None) -> models.Document:
    return open_store(db).document(doc_id)


def entity(entity_id: str, *, db: str | None = None) -> models.Entity:
    """One entity by its id.

    Raises:
        EntityNotFound: no entity has this id.
    """
    return open_store(db).entity(entity_id)


def analysis(doc_id: str, *, db: str | None = None) -> models.DocumentAnalysis:
    """What the per-document stages found in one article (sentences, names, dates, quotes, events)."""
    return open_store(db).analysis(doc_id)


def events(
    *,
    db: str | None = None,
    event_type: str | None = None,
    entity: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_sources: int = 1,
    story: str | None = None,
) -> list[models.Event]:
    """Canonical events, ordered by date, filtered like the timeline (``story``: only its articles' events)."""
    store = open_store(db)
    entity_events = events_of_entity(store, entity) if entity else None
    chosen = select_events(
        store.events(), date_from=date_from, date_to=date_to, event_type=event_type, entity=entity,
        min_sources=min_sources, entity_events=entity_events,
    )
    if story:
        members = _story_members(store, story)
        chosen = [e for e in chosen if members & set(e.doc_ids)]
    return chosen


def event(event_id: str, *, db: str | None = None) -> tuple[models.Event, tuple[models.Evidence, ...], list[models.EventMention]]:
    """One event with its evidence and every mention, source by source."""
    store = open_store(db)
    found = store.event(event_id)
    mentions = store.mentions_of_event(event_id)
    return found, evidence_for(mentions, store.documents_by_id(found.doc_ids)), mentions


def event_sources(event_id: str, *, db: str | None = None) -> list[AttributeValues]:
    """Every attribute of one event as each source states it (dates, place, counts, actors...)."""
    store = open_store(db)
    found = store.event(event_id)
    return compare_attributes(store.mentions_of_event(event_id), store.documents_by_id(found.doc_ids))


def timeline(
    *,
    db: str | None = None,
    event_type: str | None = None,
    entity: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_sources: int = 1,
    story: str | None = None,
) -> list[models.TimelineEntry]:
    """Events ordered by when they happened, each with its cited evidence sentences."""
    store = open_store(db)
    chosen = events(db=db, event_type=event_type, entity=entity, date_from=date_from, date_to=date_to,
                    min_sources=min_sources, story=story)
    mentions = store.event_mentions_by_id(m for e in chosen for m in e.mention_ids)
    documents = store.documents_by_id(d for e in chosen for d in e.doc_ids)
    return [models.TimelineEntry(event=e, evidence=evidence_for([mentions[m] for m in e.mention_ids if m in mentions],
                                                                documents)) for e in chosen]


def timeline_digest(
    *, db: str | None = None, dates: int | None = None, sentences_per_date: int = 2, **filters
) -> list[DateSummary]:
    """The timeline cut to its ``dates`` most salient dates, each told by its best evidence sentences.

    ``filters`` are those of ``timeline`` (event_type, entity, date_from, date_to, min_sources, story).
    """
    return summarize_events(timeline(db=db, **filters), dates=dates, sentences_per_date=sentences_per_date)


def timeline_report(
    *, db: str | None = None, fmt: str = "html", title: str = "Timeline", dates: int | None = None,
    sentences_per_date: int = 2, **filters,
) -> str:
    """A self-contained HTML file or a Markdown document of the timeline and its discrepancies.

    With ``dates``, the report is the digest: the most salient dates, each told by its best
    ``sentences_per_date`` evidence sentences under the events they support.
    """
    if fmt not in {"html", "markdown"}:
        raise DossierError(f"unknown report format {fmt!r}; choose html or markdown")
    entries = timeline(db=db, **filters)
    if dates is not None:
        entries = _digest_entries(entries, dates, sentences_per_date)
    shown = {entry.event.event_id for entry in entries}
    found = [d for d in discrepancies(db=db) if d.event_id is None or d.event_id in shown]
    if fmt == "html":
        return render_html_report(entries, found, title=title)
    return render_markdown(entries, found, title=title)


def _digest_entries(entries: list[models.TimelineEntry], dates: int, sentences_per_date: int) -> list[models.TimelineEntry]:
    """The entries of the digest's dates, each keeping only the evidence the digest chose."""
    chosen = {(ev.doc_id, ev.start, ev.end) for day in summarize_events(entries, dates=dates,
                                                                       sentences_per_date=sentences_per_date)
              for ev in day.evidence}
    kept = []
    for entry in entries:
        evidence = tuple(ev for ev in entry.evidence if (ev.doc_id, ev.start, ev.end) in chosen)
        if evidence:
            kept.append(replace(entry, evidence=evidence))
    return kept


def entities(*, db: str | None = None, label: str | None = None) -> list[models.Entity]:
    """Entities across articles, most mentioned first."""
    found = open_store(db).entities()
    return [e for e in found if not label or e.label == label]


def entity_evidence(entity_ids: Sequence[str], *, db: str | None = None,
                    per_entity: int = 10) -> dict[str, list[models.EntityMention]]:
    """Where each entity's names and roles come from: its mentions with document and span."""
    return open_store(db).mentions_of_entities(entity_ids, per_entity=per_entity)


def discrepancies(*, db: str | None = None) -> list[models.Discrepancy]:
    """Where sources (or one article with itself) disagree about an event or a person, most severe first."""
    return open_store(db).discrepancies()


def search(query: str, *, db: str | None = None, limit: int = 50) -> list[models.SearchHit]:
    """Full-text search over articles and evidence sentences."""
    return open_store(db).search(query, limit=limit)


def quotes(
    *, db: str | None = None, speaker: str | None = None, entity_id: str | None = None, story: str | None = None,
) -> list[tuple[models.Document, models.Quote]]:
    """Who said what: every stored quote with its article, article by article in text order.

    Args:
        db: the store.
        speaker: keep quotes whose speaker or source is this name or any alias of the entity it
            names ("Zelenskyy" finds "Zelensky"); a name no entity has is matched as written.
        entity_id: keep quotes whose speaker or source is a name or alias of this entity, in the
            articles that mention it (the web's entity page).
        story: keep the quotes of this story's articles.

    Returns:
        ``(document, quote)`` pairs; the quote's spans are character offsets in the document.

    Raises:
        EntityNotFound: ``entity_id`` names no entity.
    """
    store = open_store(db)
    if entity_id:
        entity = store.entity(entity_id)
        found = said_by(store.quotes(doc_ids=entity.doc_ids), names_of([entity]))
    else:
        found = store.quotes()
    if speaker:
        matched = matching_entities(store, speaker)
        found = said_by(found, names_of(matched) if matched else {fold(speaker)})
    if story:
        members = _story_members(store, story)
        found = [q for q in found if q.doc_id in members]
    documents = store.documents_by_id({q.doc_id for q in found})
    return [(documents[q.doc_id], q) for q in found if q.doc_id in documents]