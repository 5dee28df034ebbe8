"""Story clustering replayed in another order or batch size, from a dossier already built.

A live feed adds articles one at a time, while a bulk import adds hundreds at once, and story
clustering must serve both: an article that arrives alone, the first of a new story, has no
sibling to join and may join an old story through a name both mention. Rebuilding a dossier one
article at a time to measure that would analyse and resolve every article again for each step. A
replay instead takes the dossier's final entities and events, cut at each step to the articles
seen so far, and runs only the story assignment (``stories.assign_stories``) step by step, as the
build does. It is an approximation, and says so where it is reported: entities and events are
the ones resolved with every article at hand, not the ones the build had at that step. Used by
``dossier eval stories`` to report stories fed one at a time next to the batches it builds
(``evaluate.stories``). With ``split`` on, a story that grows past a check size is clustered again
over its own articles after each step and may split (``stories_split``), as the build would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from dossier import models
from dossier.resolve.stories import assign_stories, distinctive_names, linked_documents, text_candidates
from dossier.resolve.stories_split import members_of, split_update, stories_to_check, story_parts, with_splits


def replay_stories(documents: Sequence[models.Document], entities: Iterable[models.Entity],
                   events: Iterable[models.Event], batch: int = 1, split: bool = False) -> dict[str, str]:
    """Place the documents into stories ``batch`` at a time, in the order given.

    Args:
        documents: the dossier's articles in the order they are to arrive.
        entities: the dossier's entities, with every article that mentions them.
        events: the dossier's canonical events, with every article that reports them.
        batch: articles placed per step (1: a live feed).
        split: re-cluster grown stories after each step (``stories_split``).

    Returns:
        Document id -> story id after the last step (story ids are the replay's own).
    """
    entities, events = list(entities), list(events)
    entities_of: dict[str, list[models.Entity]] = {}
    for entity in entities:
        for doc_id in entity.doc_ids:
            entities_of.setdefault(doc_id, []).append(entity)
    events_of: dict[str, list[models.Event]] = {}
    for event in events:
        for doc_id in event.doc_ids:
            events_of.setdefault(doc_id, []).append(event)
    texts = {d.doc_id: d.text for d in documents}
    by_id = {d.doc_id: d for d in documents}
    arrival: list[str] = []
    story_of: dict[str, str] = {}
    stories: dict[str, models.Story] = {}
    seen: set[str] = set()
    for start in range(0, len(documents), batch):
        new_docs = list(documents[start:start + batch])
        new_ids = {d.doc_id for d in new_docs}
        seen |= new_ids
        step_entities = _cut(_touching(entities_of, new_ids), seen)
        step_events = _cut(_touching(events_of, new_ids), seen)
        mention_entity = {(doc_id, e.entity_id): e.entity_id for e in step_entities for doc_id in e.doc_ids
                          if doc_id in new_ids}
        names = distinctive_names(step_entities, mention_entity)
        total = len(seen)
        step_texts = {d: texts[d] for d in text_candidates(new_ids, step_events, names, total) | new_ids}
        linked = linked_documents(new_ids, step_events, names, total, step_texts)
        known = {d: story_of[d] for d in linked if d in story_of}
        existing = {s: stories[s] for s in known.values()}
        update = assign_stories(new_docs, step_events, names, known, existing, total, step_texts)
        for old, into in update.merged.items():
            stories.pop(old, None)
            for doc_id, story in story_of.items():
                if story == old:
                    story_of[doc_id] = into
        if split:
            grown = stories_to_check(update, existing)
            update = with_splits(update, [_split(story, [*arrival, *sorted(new_ids)], update, story_of, new_ids,
                                                 seen, entities_of, events_of, by_id) for story in grown])
        stories.update({s.story_id: s for s in update.stories})
        story_of.update(update.assignments)
        arrival.extend(d.doc_id for d in new_docs)
    return story_of


def _split(story, order, update, story_of, new_ids, seen, entities_of, events_of, by_id) -> models.StoryUpdate:
    """Re-cluster one grown story over its members as this step leaves them (``stories_split``)."""
    owner = {d: update.merged.get(s, s) for d, s in story_of.items()} | update.assignments
    members = [d for d in order if owner.get(d) == story.story_id]
    inside = set(members)
    found = members_of(members, inside - new_ids, _cut(_touching(entities_of, inside), seen),
                       _cut(_touching(events_of, inside), seen), {d: by_id[d].text for d in members})
    parts = story_parts(found, len(seen))
    if len(parts) < 2:
        return models.StoryUpdate(stories=(), assignments={}, merged={})
    return split_update(story, parts, {d: by_id[d] for d in members})


def _touching(by_doc: dict[str, list], new_ids: set[str]) -> list:
    """The records (entities or events) that name one of the new articles, each once."""
    found: dict[int, object] = {}
    for doc_id in new_ids:
        for record in by_doc.get(doc_id, ()):
            found[id(record)] = record
    return list(found.values())


def _cut(records: list, seen: set[str]) -> list:
    """The records as they stood when only the ``seen`` articles had arrived."""
    return [replace(r, doc_ids=tuple(d for d in r.doc_ids if d in seen)) for r in records]
