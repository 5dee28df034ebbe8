"""The public Python API: every operation of the CLI and the web app, over one store.

Each function takes the database (a SQLite path or a PostgreSQL URL) and plain arguments, combines
the pipeline stages with storage, and returns records from ``dossier.models``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from dossier import models
from dossier.compare.attributes import AttributeValues, compare_attributes
from dossier.compare.discrepancies import find_discrepancies
from dossier.compare.framing import FramingGroup, find_framing
from dossier.config import DEFAULT_DB
from dossier.errors import DossierError
from dossier.ingest import IngestOptions, count_sources, iter_documents, minhash_bands, text_similarity
from dossier.present.report import render_html_report, render_markdown
from dossier.present.timeline import evidence_for, select_events
from dossier.present.tls import DateSummary, summarize_events
from dossier.resolve.consequences import CARRIED_OUT, FOLLOW_WINDOW_DAYS, link_consequences
from dossier.resolve.entities import fold, mention_key, resolve_entities
from dossier.resolve.events import MAX_DATE_SLIP_DAYS, RECENT_REFERENCE_DAYS, family, resolve_events
from dossier.resolve.published import StoryDating, story_date
from dossier.resolve.stories import assign_stories, linked_documents
from dossier.timevalues import interval
from dossier.store import Store

log = logging.getLogger(__name__)
Progress = Callable[[int], None]
BATCH_SIZE = 16  # articles per write transaction
RESOLVE_BATCH = 50  # articles resolved together against stored candidates
# Jaccard of word 5-shingles: a wire story with one sentence in six changed still scores about 0.7.
NEAR_DUPLICATE_THRESHOLD = 0.5


_STORES: dict[str, Store] = {}


def open_store(db: str | None = None) -> Store:
    """Open (and migrate, once per process) the dossier at ``db``; the default is ./dossier.db."""
    key = db or DEFAULT_DB
    store = _STORES.get(key)
    if store is None:
        store = _STORES[key] = Store(key)
    return store


def close_store(db: str | None = None) -> None:
    """Release the connections of one dossier (tests and the evaluation delete their files after)."""
    store = _STORES.pop(db or DEFAULT_DB, None)
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
    return _store_documents(open_store(db), items, progress, near_duplicate_threshold)


def add_documents(
    documents: Sequence[models.Document], *, db: str | None = None,
    near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> models.IngestReport:
    """Store documents built elsewhere (by a benchmark reader or a caller's own code), like ``ingest``."""
    return _store_documents(open_store(db), documents, None, near_duplicate_threshold)


def _store_documents(store: Store, items, progress: Progress | None, threshold: float) -> models.IngestReport:
    """Link near-duplicates and store documents in transactions of BATCH_SIZE; failures are counted."""
    added, unchanged, near, failures = [], [], [], []
    batch: list[models.Document] = []
    bands: dict[str, list[str]] = {}

    def flush() -> None:
        new, present = store.add_documents(batch, bands)
        added.extend(new)
        unchanged.extend(present)
        batch.clear()
        bands.clear()

    for item in items:
        if progress:
            progress(1)
        if isinstance(item, models.Failure):
            log.info("skipped %s: %s", item.item, item.reason)
            failures.append(item)
            continue
        doc_bands = minhash_bands(item.text)
        original = _near_duplicate_of(store, item, doc_bands, batch, bands, threshold)
        if original:
            item = replace(item, near_duplicate_of=original)
            near.append(item.doc_id)
        batch.append(item)
        bands[item.doc_id] = doc_bands
        if len(batch) >= BATCH_SIZE:
            flush()
    if batch:
        flush()
    return models.IngestReport(
        added=tuple(added), unchanged=tuple(unchanged), near_duplicates=tuple(near), failures=tuple(failures)
    )


def count_inputs(sources: Sequence[str], options: IngestOptions | None = None) -> int:
    """How many items ``ingest`` will read, for a progress bar."""
    return count_sources(sources, options or IngestOptions())


def _near_duplicate_of(store, doc, doc_bands, batch, batch_bands, threshold) -> str | None:
    """The earlier article (in this batch or stored) that ``doc`` nearly copies, found through shared bands."""
    candidates = [d for d in batch if set(batch_bands[d.doc_id]) & set(doc_bands)]
    for candidate in candidates:
        if candidate.doc_id != doc.doc_id and text_similarity(candidate.text, doc.text) >= threshold:
            return candidate.near_duplicate_of or candidate.doc_id
    for doc_id in store.near_duplicate_candidates(doc_bands):
        if doc_id == doc.doc_id:
            return None
        other = store.document(doc_id)
        if text_similarity(other.text, doc.text) >= threshold:
            return other.near_duplicate_of or other.doc_id
    return None


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
    analysed, failures, redo = _analyse_pending(store, model, progress, workers)
    n_events, n_entities = resolve(store, full=full or redo)
    dated = date_undated_from_stories(store)
    if dated:
        # Their "today" and their lead now have a day: analyse them again and resolve afresh.
        log.info("dated %d undated articles from their stories", len(dated))
        _, second_failures, _ = _analyse_pending(store, model, None, workers)
        failures += second_failures
        n_events, n_entities = resolve(store, full=True)
    store.set_state("last_build", datetime.now(timezone.utc).isoformat())
    return models.BuildReport(
        analysed=analysed, events=n_events, entities=n_entities, failures=tuple(failures),
        at=datetime.now(timezone.utc),
    )


def _analyse_pending(store: Store, model: str | None, progress: Progress | None,
                     workers: int) -> tuple[int, list[models.Failure], bool]:
    """Analyse the articles whose stored analysis is missing or stale.

    Returns:
        How many were analysed, the failures, and whether any of them had been resolved before
        (their old mentions are gone, so what was resolved from them must be redone).
    """
    from dossier.parallel import analyze_all
    from dossier.pipeline import ANALYSIS_VERSION

    pending = store.documents_needing_analysis(ANALYSIS_VERSION)
    redo = store.any_resolved([d.doc_id for d in pending])
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


def date_undated_from_stories(store: Store) -> list[StoryDating]:
    """Give each undated article the day its story places its lead on (see resolve.published).

    Returns:
        What was dated, with the lead mention and the event that decided each date.
    """
    undated = store.undated_documents()
    if not undated:
        return []
    story_of = store.story_ids_of(d.doc_id for d in undated)
    story_days = {story: store.story_publication_days(story) for story in set(story_of.values())}
    mentions = _group_by_doc(store.event_mentions(doc_ids=[d.doc_id for d in undated]))

    dated = []
    for document in undated:
        days = story_days.get(story_of.get(document.doc_id), [])
        found = story_date(document, mentions.get(document.doc_id, []), days,
                           lambda kind, start, end: store.candidate_events({kind}, start, end))
        if found:
            log.info("dated %s %s from its story: its lead %s tells event %s", found.doc_id,
                     found.published.isoformat(), found.lead_mention_id, found.event_id)
            dated.append(found)
    store.set_inferred_dates({d.doc_id: d.published for d in dated})
    return dated


def _group_by_doc(mentions: Sequence[models.EventMention]) -> dict[str, list[models.EventMention]]:
    grouped: dict[str, list[models.EventMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.doc_id, []).append(mention)
    return grouped


def pending_count(db: str | None = None) -> int:
    """How many stored articles the next build will analyse."""
    from dossier.pipeline import ANALYSIS_VERSION

    return len(open_store(db).documents_needing_analysis(ANALYSIS_VERSION))


def resolve(store: Store, *, full: bool = False) -> tuple[int, int]:
    """Run the cross-document stages over the articles not yet resolved, batch by batch.

    Each batch is matched against stored entities and events found by blocking keys and date
    windows, so adding an article costs the same however large the dossier is. ``full`` forgets
    every earlier result first and resolves everything again in publication order.

    Returns:
        The numbers of events and entities stored afterwards.
    """
    if full:
        store.reset_resolution()
    pending = store.unresolved_documents()
    for start in range(0, len(pending), RESOLVE_BATCH):
        _resolve_batch(store, pending[start:start + RESOLVE_BATCH])
    return store.count_events(), store.count_entities()


def _resolve_batch(store: Store, batch: Sequence[models.Document]) -> None:
    ids = [d.doc_id for d in batch]
    entity_mentions = store.entity_mentions(doc_ids=ids)
    entity_result = resolve_entities(entity_mentions, store.candidate_entities(mention_key(m) for m in entity_mentions),
                                     taken=store.existing_entity_ids)
    mentions = store.event_mentions(doc_ids=ids)
    candidates = _candidate_events(store, mentions)
    doc_ids = set(ids) | {d for event, _ in candidates for d in event.doc_ids}
    documents = store.documents_by_id(doc_ids)
    events = resolve_events(mentions, documents, entity_result.canonical_name, existing=candidates)
    by_id = {m.mention_id: m for m in mentions} | {m.mention_id: m for _, ms in candidates for m in ms}
    events = _link_consequences(store, events, by_id)
    relinked = _relink_stored_exchanges(store, events, by_id)
    documents |= store.documents_by_id({d for e in events for d in e.doc_ids} - set(documents))
    found = find_discrepancies(events, by_id, documents, store.time_expressions(doc_ids=ids))
    stories = _stories(store, batch, events, entity_result)
    store.save_resolution(
        entities=entity_result.entities, entity_keys=entity_result.keys, mention_entity=entity_result.mention_entity,
        events=_with_story_ids(store, events, stories), discrepancies=found, stories=stories, resolved_docs=ids,
        follows=relinked,
    )


def _with_story_ids(store: Store, events: list[models.Event], stories: models.StoryUpdate) -> list[models.Event]:
    """Each event takes the story most of its articles belong to, as this batch leaves them."""
    story_of = store.story_ids_of({d for e in events for d in e.doc_ids})
    story_of = {doc: stories.merged.get(story, story) for doc, story in story_of.items()} | stories.assignments
    placed = []
    for event in events:
        votes = Counter(story_of[d] for d in event.doc_ids if d in story_of)
        placed.append(replace(event, story_id=min(votes, key=lambda s: (-votes[s], s))) if votes else event)
    return placed


def _link_consequences(store: Store, events: list[models.Event], by_id: dict[str, models.EventMention]):
    """Link exchanges to the earlier agreements they carry out (stored ones found by date window)."""
    spans = [interval(e.date_value) for e in events if e.event_type in CARRIED_OUT]
    spans = [span for span in spans if span]
    if not spans:
        return events
    window = timedelta(days=FOLLOW_WINDOW_DAYS)
    stored = store.candidate_events({family(models.EventType.AGREEMENT)}, min(s[0] for s in spans) - window,
                                    max(s[1] for s in spans))
    agreements = {e.event_id: e for e, _ in stored} | {e.event_id: e for e in events
                                                       if e.event_type == models.EventType.AGREEMENT}
    return link_consequences(events, list(agreements.values()), _stated_quantities(stored, events, by_id))


def _stated_quantities(stored, events, by_id) -> dict[str, list[models.EventQuantity]]:
    """Event id -> the quantities its mentions state, for stored (event, mentions) pairs and batch events."""
    quantities = {e.event_id: [q for m in ms for q in m.quantities] for e, ms in stored}
    return quantities | {e.event_id: [q for mid in e.mention_ids if mid in by_id for q in by_id[mid].quantities]
                         for e in events}


def _relink_stored_exchanges(store: Store, events: list[models.Event], by_id) -> dict[str, tuple[str, ...]]:
    """Stored exchanges that carry out an agreement of this batch: event id -> its new ``follows``.

    An agreement can arrive after the exchange it led to (an outlet reporting the deal late, or
    articles ingested out of order); the link must not wait for ``build --full``.
    """
    agreements = [e for e in events if e.event_type == models.EventType.AGREEMENT and interval(e.date_value)]
    if not agreements:
        return {}
    spans = [interval(e.date_value) for e in agreements]
    batch_ids = {e.event_id for e in events}
    stored = [(e, ms) for e, ms in store.candidate_events({family(t) for t in CARRIED_OUT}, min(s[0] for s in spans),
                                                           max(s[1] for s in spans) + timedelta(days=FOLLOW_WINDOW_DAYS))
              if e.event_id not in batch_ids and e.event_type in CARRIED_OUT]
    quantities = _stated_quantities(stored, agreements, by_id)
    changed = {}
    for exchange, linked in zip((e for e, _ in stored), link_consequences([e for e, _ in stored], agreements, quantities)):
        follows = tuple(dict.fromkeys(exchange.follows + linked.follows))
        if follows != exchange.follows:
            changed[exchange.event_id] = follows
    return changed


def _candidate_events(store: Store, mentions: Sequence[models.EventMention]):
    """Stored events that a batch's mentions could join: same family, dates within the slip window.

    One indexed look-up per distinct (family, date) of the batch, so a batch whose articles
    span years does not pull in everything between them.
    """
    slip = timedelta(days=MAX_DATE_SLIP_DAYS)
    windows = set()
    for mention in mentions:
        span = interval(mention.date_value)
        if span is None:
            continue
        if mention.date_source == "publication":
            # An undated "the talks" may refer to talks reported in the weeks before publication.
            span = (span[0] - timedelta(days=RECENT_REFERENCE_DAYS), span[1])
        windows.add((family(mention.event_type), span))
    found: dict[str, tuple[models.Event, list[models.EventMention]]] = {}
    for event_family, span in windows:
        for event, event_mentions in store.candidate_events({event_family}, span[0] - slip, span[1] + slip):
            found.setdefault(event.event_id, (event, event_mentions))
    return list(found.values())


def _stories(store, batch, events, entity_result):
    distinctive = {e.entity_id: set(e.doc_ids) for e in entity_result.entities
                   if e.label in {"PERSON", "ORG", "FAC"}}
    doc_names: dict[str, set[str]] = {}
    for (doc_id, _canonical), entity_id in entity_result.mention_entity.items():
        if entity_id in distinctive:
            doc_names.setdefault(doc_id, set()).add(entity_id)
    story_of = store.story_ids_of(linked_documents({d.doc_id for d in batch}, events, doc_names, distinctive))
    return assign_stories(batch, events, doc_names, distinctive, story_of, store.stories_by_id(story_of.values()))


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
    entity_events = _events_of_entity(store, entity) if entity else None
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
    return [
        models.TimelineEntry(event=e, evidence=evidence_for([mentions[m] for m in e.mention_ids if m in mentions], documents))
        for e in chosen
    ]


def timeline_digest(
    *, db: str | None = None, dates: int | None = None, sentences_per_date: int = 2, **filters
) -> list[DateSummary]:
    """The timeline cut to its ``dates`` most salient dates, each told by its best evidence sentences.

    ``filters`` are those of ``timeline`` (event_type, entity, date_from, date_to, min_sources, story).
    """
    return summarize_events(timeline(db=db, **filters), dates=dates, sentences_per_date=sentences_per_date)


def timeline_report(
    *, db: str | None = None, fmt: str = "html", title: str = "Timeline", dates: int | None = None, **filters
) -> str:
    """A self-contained HTML file or a Markdown document of the timeline and its discrepancies."""
    if fmt not in {"html", "markdown"}:
        raise DossierError(f"unknown report format {fmt!r}; choose html or markdown")
    entries = timeline(db=db, **filters)
    if dates is not None:
        kept = {e.event_id for day in summarize_events(entries, dates=dates, sentences_per_date=1) for e in day.events}
        entries = [entry for entry in entries if entry.event.event_id in kept]
    shown = {entry.event.event_id for entry in entries}
    found = [d for d in discrepancies(db=db) if d.event_id is None or d.event_id in shown]
    if fmt == "html":
        return render_html_report(entries, found, title=title)
    return render_markdown(entries, found, title=title)


def entities(*, db: str | None = None, label: str | None = None) -> list[models.Entity]:
    """Entities across articles, most mentioned first."""
    found = open_store(db).entities()
    return [e for e in found if not label or e.label == label]


def entity_evidence(entity_ids: Sequence[str], *, db: str | None = None,
                    per_entity: int = 10) -> dict[str, list[models.EntityMention]]:
    """Where each entity's names and roles come from: its mentions with document and span."""
    return open_store(db).mentions_of_entities(entity_ids, per_entity=per_entity)


def discrepancies(*, db: str | None = None) -> list[models.Discrepancy]:
    """Places where sources (or one article with itself) disagree, most severe first."""
    return open_store(db).discrepancies()


def search(query: str, *, db: str | None = None, limit: int = 50) -> list[models.SearchHit]:
    """Full-text search over articles and evidence sentences."""
    return open_store(db).search(query, limit=limit)


def _events_of_entity(store: Store, entity: str) -> set[str]:
    """Events in which the named entity takes part, read through the entity index, not a scan.

    Only documents that mention the entity are opened; an event mention counts when one of its
    arguments overlaps a mention of the entity or names it by one of its aliases.
    """
    wanted = fold(entity)
    matched = [e for e in store.entities() if fold(e.name) == wanted or wanted in {fold(a) for a in e.aliases}]
    if not matched:
        raise DossierError(f"no entity named {entity!r}; list names with `dossier entities`")
    names = {fold(e.name) for e in matched} | {fold(a) for e in matched for a in e.aliases}
    spans = store.entity_spans(e.entity_id for e in matched)
    chosen = [
        mention.mention_id
        for mention in store.event_mentions(doc_ids=list(spans))
        if any(_argument_is_entity(argument, spans[mention.doc_id], names) for argument in mention.arguments)
    ]
    return set(store.event_ids_of_mentions(chosen).values())


def _argument_is_entity(argument: models.Argument, spans: list[tuple[int, int]], names: set[str]) -> bool:
    if fold(argument.canonical) in names or fold(argument.text) in names:
        return True
    return any(start < argument.end and argument.start < end for start, end in spans)
