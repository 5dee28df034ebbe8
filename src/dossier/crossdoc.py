"""The cross-document stages run against the store: resolve, link, compare, group and date.

``dossier.resolve`` and ``dossier.compare`` hold pure functions of records; this module feeds them
what the store finds by blocking (entity keys, an event's family and date window), writes their
results back one batch per transaction, and takes articles back out of what is resolved when
their analysis changes, so that adding, re-dating or re-analysing one article costs the same
however large the dossier is.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from dossier import models
from dossier.compare.discrepancies import find_discrepancies
from dossier.resolve.consequences import CARRIED_OUT, FOLLOW_WINDOW_DAYS, link_consequences, may_be_carried_out
from dossier.resolve.entities import blocking_key, fold, mention_keys, resolve_entities
from dossier.resolve.event_killings import killed_by_name, tells_killing_of
from dossier.resolve.event_named import naming_words, reference_reach
from dossier.resolve.event_records import family
from dossier.resolve.events import MAX_DATE_SLIP_DAYS, rebuild_event, reference_days, resolve_events
from dossier.resolve.published import StoryDating, story_date
from dossier.resolve.stories import assign_stories, distinctive_names, linked_documents, text_candidates
from dossier.resolve.stories_split import MAX_SPLIT_DOCS, members_of, split_update, stories_to_check, story_parts, with_splits
from dossier.store import Store
from dossier.timevalues import interval

log = logging.getLogger(__name__)
RESOLVE_BATCH = 50  # articles resolved together against stored candidates
RESOLUTION_STATE = "resolution_code"  # store state key: the fingerprint of the code that resolved it


@cache
def resolution_fingerprint() -> str:
    """A digest of the code and data of the cross-document stages (resolve, compare and this module).

    Stored events, discrepancies and stories are only as current as the code that made them. A
    release that changes how events merge or outlets are compared must redo them, even when no
    article is new; a hand-bumped version number is easy to forget, so the files themselves decide.
    """
    package = Path(__file__).resolve().parent
    files = [Path(__file__).resolve(), package / "name_forms.py"]  # how names are folded and compared
    for stage in ("resolve", "compare"):
        files += sorted(p for p in (package / stage).iterdir() if p.is_file() and p.suffix in {".py", ".json", ".gz"})
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def resolution_is_stale(store: Store) -> bool:
    """Whether stored cross-document results were made by other code than this (see above)."""
    if not store.count_resolved():
        return False
    return store.get_state(RESOLUTION_STATE) != resolution_fingerprint()


def mark_resolved_by_this_code(store: Store) -> None:
    store.set_state(RESOLUTION_STATE, resolution_fingerprint())


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
    keys = (key for mention in entity_mentions for key in mention_keys(mention))
    entity_result = resolve_entities(entity_mentions, store.candidate_entities(keys), taken=store.existing_entity_ids)
    mentions = store.event_mentions(doc_ids=ids)
    candidates = _candidate_events(store, mentions, entity_result.canonical_name)
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
        follows=relinked, entity_extra_keys=entity_result.extra_keys,
        event_stories=_moved_events(store, stories, events),
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
                                                       if may_be_carried_out(e)}
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
    agreements = [e for e in events if may_be_carried_out(e) and interval(e.date_value)]
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


def _candidate_events(store: Store, mentions: Sequence[models.EventMention], names: dict[str, str]):
    """Stored events that a batch's mentions could join: same family, dates within the slip window;
    and, for a report of a named person's killing, the stored events telling that killing.

    One indexed look-up per distinct (family, date) of the batch, so a batch whose articles
    span years does not pull in everything between them. A killing is told again for years,
    undated or misdated ("Roe was killed by a single shot"), so it is looked up by its victim's
    name in the evidence index instead (one look-up per person killed), for ``gather_killings``.
    """
    slip = timedelta(days=MAX_DATE_SLIP_DAYS)
    windows = set()
    for mention in mentions:
        span = interval(mention.date_value)
        if span is None:
            continue
        if mention.date_source == "publication":
            # An undated "the talks" may refer to talks reported in the weeks before publication,
            # "the spill" or "the embassy bombing" to one of months before (resolve.event_named).
            span = (span[0] - timedelta(days=reference_reach(mention, reference_days(mention.event_type))), span[1])
        elif mention.date_source == "document" and naming_words(mention):
            # "the embassy bombing" in a paragraph its article's lead dated: the same reach back
            span = (span[0] - timedelta(days=reference_reach(mention, reference_days(mention.event_type))), span[1])
        windows.add((family(mention.event_type), span))
    found: dict[str, tuple[models.Event, list[models.EventMention]]] = {}
    for event_family, span in windows:
        for event, event_mentions in store.candidate_events({event_family}, span[0] - slip, span[1] + slip):
            found.setdefault(event.event_id, (event, event_mentions))
    for victim, surname in killed_by_name(mentions, names).items():
        for event, event_mentions in store.events_with_reports_naming([surname], {family(models.EventType.ATTACK)}):
            if event.event_id not in found and tells_killing_of(event_mentions, victim, names):
                found[event.event_id] = (event, event_mentions)
    return list(found.values())


def _stories(store, batch, events, entity_result):
    """The batch's story update, with the stories it grew past a check size clustered again
    (``stories_split``: a dense dossier chained into one story parts again)."""
    names = distinctive_names(entity_result.entities, entity_result.mention_entity)
    total = store.count_resolved() + len(batch)
    new_ids = {d.doc_id for d in batch}
    stored = store.documents_by_id(text_candidates(new_ids, events, names, total) - new_ids)
    texts = {doc_id: d.text for doc_id, d in stored.items()} | {d.doc_id: d.text for d in batch}
    story_of = store.story_ids_of(linked_documents(new_ids, events, names, total, texts))
    existing = store.stories_by_id(story_of.values())
    update = assign_stories(batch, events, names, story_of, existing, total, texts)
    grown = stories_to_check(update, existing)
    if not grown:
        return update
    return with_splits(update, [_split(store, story, update, batch, events, entity_result, total) for story in grown])


def _split(store, story, update, batch, events, entity_result, total) -> models.StoryUpdate:
    """One grown story clustered again over its articles (only the MAX_SPLIT_DOCS latest are read)."""
    absorbed = [old for old, into in update.merged.items() if into == story.story_id]
    new = sorted(d.doc_id for d in batch if update.assignments.get(d.doc_id) == story.story_id)
    older = set().union(*(store.story_members(s) for s in (story.story_id, *absorbed))) - set(new)
    dated = store.documents_by_id(older)
    order = sorted(older, key=lambda d: (dated[d].published is None, dated[d].published or date.min, d)) + new
    recent = set(order[-MAX_SPLIT_DOCS:])
    documents = {d: doc for d, doc in dated.items() if d in recent} | {d.doc_id: d for d in batch if d.doc_id in recent}
    entities = {e.entity_id: e for e in store.entities_of_documents(recent - set(new))}
    entities |= {e.entity_id: e for e in entity_result.entities if recent & set(e.doc_ids)}
    held = {e.event_id: e for e in store.events_of_documents(recent - set(new))}
    held |= {e.event_id: e for e in events if recent & set(e.doc_ids)}
    found = members_of(order, older, list(entities.values()), list(held.values()),
                       {d: doc.text for d, doc in documents.items()})
    parts = story_parts(found, total)
    if len(parts) < 2:
        return models.StoryUpdate(stories=(), assignments={}, merged={})
    named = store.documents_by_id(set().union(*parts[1:]) - set(documents)) | documents
    log.info("story %s split into %d stories of %s articles", story.story_id, len(parts), [len(p) for p in parts])
    return split_update(story, parts, named)


def _moved_events(store, stories: models.StoryUpdate, events: list[models.Event]) -> dict[str, str]:
    """Stored events outside the batch whose articles a split moved: each follows most of its articles."""
    in_batch = {e.event_id for e in events}
    moved = [e for e in store.events_of_documents(stories.assignments) if e.event_id not in in_batch]
    if not moved:
        return {}
    # every one, changed or not: the batch's merges move events by story before these are written
    return {e.event_id: e.story_id for e in _with_story_ids(store, moved, stories) if e.story_id}



def retract(store: Store, doc_ids: Sequence[str]) -> int:
    """Take resolved articles back out of their events, entities and discrepancies.

    Called before their analysis is replaced (a new version of the per-document stages, or a
    publication date inferred from their story), so they can be resolved again like new articles
    instead of resolving the whole dossier afresh. Only the events they are in are read and
    rebuilt from the mentions other articles gave them.

    Returns:
        How many stored events were rebuilt or deleted.
    """
    affected = store.events_holding(doc_ids)
    remaining = {m.mention_id: m for _, mentions in affected for m in mentions}
    documents = store.documents_by_id({m.doc_id for m in remaining.values()})
    names = _place_names(store, [m.location for m in remaining.values() if m.location])
    rebuilt = [rebuild_event(event, mentions, documents, names) for event, mentions in affected if mentions]
    dropped = [event for event, mentions in affected if not mentions]
    found = find_discrepancies(rebuilt, remaining, documents)
    store.retract_documents(doc_ids, rebuilt=rebuilt, dropped=[e.event_id for e in dropped], discrepancies=found,
                            followed=[e.event_id for e in dropped if may_be_carried_out(e)])
    log.info("took %d articles out of %d events (%d deleted)", len(doc_ids), len(affected), len(dropped))
    return len(affected)


def _place_names(store: Store, places: Sequence[str]) -> dict[str, str]:
    """Folded place name -> the stored entity's name, as entity resolution gives it to events."""
    keys = {f"PLACE:{blocking_key(place, 'PLACE')}" for place in places}
    names = {}
    for entity in store.candidate_entities(keys):
        for alias in (entity.name, *entity.aliases):
            names[fold(alias)] = entity.name
    return names


def articles_to_resolve(store: Store, full: bool) -> int:
    """How many articles the coming resolution takes up: the unresolved ones, or all when ``full``."""
    return store.count_unresolved() + (store.count_resolved() if full else 0)


def take_out_resolved(store: Store, doc_ids: Sequence[str]) -> bool:
    """Retract the resolved articles about to be analysed again, unless they are most of the dossier.

    Returns:
        Whether the whole dossier should be resolved afresh instead (a new analysis version
        reaches every article, and one pass from scratch is cheaper than retracting each).
    """
    resolved = store.resolved_among(doc_ids)
    if not resolved:
        return False
    if 2 * len(resolved) > store.count_resolved():
        return True
    retract(store, resolved)
    return False
