"""Story clustering: articles that report the same events, or the same people and places, form a story.

Runs as articles arrive: a new batch links to stored stories through the canonical events its
mentions joined and through the distinctive names it shares with stored articles; linked stories
merge into the largest. Only story ids and sizes are touched, never every member of a story, so the
cost of a batch does not grow with the dossier. Known limit: a story never splits again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from dossier import models
from dossier.furniture import clean_segments

# Articles sharing at least this many distinctive names belong to one story.
SHARED_NAMES_TO_LINK = 2
# A name found in more articles than this (a country, a head of state) does not discriminate.
MAX_NAME_DOCS = 200


def linked_documents(
    new_ids: set[str], events: Sequence[models.Event], doc_names: dict[str, set[str]], name_docs: dict[str, set[str]]
) -> set[str]:
    """Stored articles a batch links to: those sharing an event, or enough distinctive names, with it.

    Only these articles' stories need to be read, which keeps a batch's cost independent of how
    many articles mention a common name.
    """
    linked = {d for event in events if new_ids & set(event.doc_ids) for d in event.doc_ids}
    for doc_id in new_ids:
        linked.update(other for other, count in _shared_names(doc_id, doc_names, name_docs).items()
                      if count >= SHARED_NAMES_TO_LINK)
    return linked - new_ids


def _shared_names(doc_id: str, doc_names: dict[str, set[str]], name_docs: dict[str, set[str]]) -> Counter:
    return Counter(other for name in doc_names.get(doc_id, ()) if len(name_docs.get(name, ())) <= MAX_NAME_DOCS
                   for other in name_docs.get(name, ()) if other != doc_id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def assign_stories(
    new_docs: Sequence[models.Document],
    events: Sequence[models.Event],
    doc_names: dict[str, set[str]],
    name_docs: dict[str, set[str]],
    story_of: dict[str, str],
    existing: dict[str, models.Story],
) -> models.StoryUpdate:
    """Place a batch of new articles into stories.

    Args:
        new_docs: the articles of this batch.
        events: events that gained mentions in this batch (their doc_ids link articles).
        doc_names: for each new article, the entity ids of its distinctive names.
        name_docs: for each of those entity ids, the articles (stored or new) that mention it.
        story_of: the story of every stored article that events or names link to.
        existing: those stories by id.

    Returns:
        The stories to upsert, the story of each new article, and merged-away stories.
    """
    new_ids = {d.doc_id for d in new_docs}
    links = _UnionFind()

    def node(doc_id: str) -> str | None:
        if doc_id in new_ids:
            return doc_id
        return f"story:{story_of[doc_id]}" if doc_id in story_of else None

    for doc_id in new_ids:
        links.find(doc_id)
    for event in events:
        nodes = [n for n in (node(d) for d in event.doc_ids) if n]
        for other in nodes[1:]:
            links.union(other, nodes[0])
    for doc_id in new_ids:
        for other, count in _shared_names(doc_id, doc_names, name_docs).items():
            target = node(other)
            if count >= SHARED_NAMES_TO_LINK and target:
                links.union(doc_id, target)
    return _updates(links, new_docs, existing)


def _updates(links: _UnionFind, new_docs, existing: dict[str, models.Story]) -> models.StoryUpdate:
    groups: dict[str, set[str]] = {}
    for item in list(links.parent):
        groups.setdefault(links.find(item), set()).add(item)
    by_id = {d.doc_id: d for d in new_docs}
    stories, assignments, merged = [], {}, {}
    for members in groups.values():
        docs = [by_id[m] for m in members if m in by_id]
        if not docs:
            continue
        old = sorted((existing[m[6:]] for m in members if m.startswith("story:") and m[6:] in existing),
                     key=lambda s: (-s.doc_count, s.story_id))
        story_id = old[0].story_id if old else "sty_" + hashlib.sha1(min(d.doc_id for d in docs).encode()).hexdigest()[:12]
        merged.update({s.story_id: story_id for s in old[1:]})
        assignments.update({d.doc_id: story_id for d in docs})
        dates = [d.published for d in docs if d.published] + [x for s in old for x in (s.first_date, s.last_date) if x]
        stories.append(models.Story(
            story_id=story_id,
            label=old[0].label if old else _label(docs),
            doc_count=len(docs) + sum(s.doc_count for s in old),
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
        ))
    return models.StoryUpdate(stories=tuple(stories), assignments=assignments, merged=merged)


def _label(docs: Sequence[models.Document]) -> str:
    titled = [d for d in sorted(docs, key=lambda d: (d.published is None, d.published, d.doc_id)) if d.title]
    if titled:
        return titled[0].title
    return _lead_words(docs[0].text)


def _lead_words(text: str, limit: int = 12) -> str:
    """The first words of an article's first line, past page furniture (timestamps, datelines,
    photo credits): an untitled article's story is named by its lead, not by "Mon Apr 27, 2009"."""
    for line in text.splitlines():
        pieces = [line[start:end] for start, end in clean_segments(line)]
        words = " ".join(pieces).split()
        if words:
            return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
    return ""
