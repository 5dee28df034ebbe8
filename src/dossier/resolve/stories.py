"""Story clustering: articles that report the same events, or the same people and places, form a story.

Runs as articles arrive: a new batch links to stored stories through the canonical events its
mentions joined and through the named entities it shares with stored articles; linked stories merge.
Known limit: a story never splits again once two of its articles were linked.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from dossier import models

# Articles sharing at least this many distinctive names belong to one story.
SHARED_NAMES_TO_LINK = 2
# A name found in more articles than this (a country, a head of state) does not discriminate.
MAX_NAME_DOCS = 200


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
    existing: Sequence[models.Story],
    documents: dict[str, models.Document],
) -> tuple[list[models.Story], list[str]]:
    """Place new articles into stories.

    Args:
        new_docs: the articles of this batch.
        events: events that gained mentions in this batch (their doc_ids link articles).
        doc_names: for each new article, the entity ids of its distinctive names.
        name_docs: for each of those entity ids, the articles (stored or new) that mention it.
        existing: stored stories of every article linked to the batch.
        documents: documents by id, for dates.

    Returns:
        The stories to store (new or grown) and the ids of stored stories merged into others.
    """
    links = _UnionFind()
    story_of = {d: s.story_id for s in existing for d in s.doc_ids}
    for story in existing:
        for doc_id in story.doc_ids:
            links.union(doc_id, story.doc_ids[0])
    for doc in new_docs:
        links.find(doc.doc_id)
    for event in events:
        for doc_id in event.doc_ids[1:]:
            links.union(doc_id, event.doc_ids[0])
    for doc in new_docs:
        shared = Counter(
            other for name in doc_names.get(doc.doc_id, ()) if len(name_docs.get(name, ())) <= MAX_NAME_DOCS
            for other in name_docs.get(name, ()) if other != doc.doc_id
        )
        for other, count in shared.items():
            if count >= SHARED_NAMES_TO_LINK:
                links.union(doc.doc_id, other)
    groups: dict[str, set[str]] = {}
    for doc_id in list(links.parent):
        groups.setdefault(links.find(doc_id), set()).add(doc_id)
    new_ids = {d.doc_id for d in new_docs}
    stories, merged = [], []
    by_id = {s.story_id: s for s in existing}
    for members in groups.values():
        if not members & new_ids:
            continue
        old = sorted({story_of[d] for d in members if d in story_of}, key=lambda s: -len(by_id[s].doc_ids))
        story_id = old[0] if old else "sty_" + hashlib.sha1(min(members).encode()).hexdigest()[:12]
        merged.extend(old[1:])
        label = by_id[old[0]].label if old else _label(members, doc_names, documents)
        dates = [documents[d].published for d in members if d in documents and documents[d].published]
        stories.append(models.Story(story_id=story_id, label=label, doc_ids=tuple(sorted(members)),
                                    first_date=min(dates) if dates else None, last_date=max(dates) if dates else None))
    return stories, merged


def _label(members: set[str], doc_names: dict[str, set[str]], documents: dict[str, models.Document]) -> str:
    titles = [documents[d].title for d in sorted(members) if d in documents and documents[d].title]
    if titles:
        return titles[0]
    first = documents.get(min(members))
    return " ".join(first.text.split()[:12]) if first else min(members)
