"""Reads of stories (groups of articles about one happening) and the bookkeeping of their sizes.

Story clustering itself lives in ``dossier.resolve.stories``; resolution writes its results with
``ResolutionStore.save_resolution``, which calls the helpers here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import delete, func, select, update

from dossier import models
from dossier.store import schema
from dossier.store.codec import from_row, to_row


class StoryStore:
    """Mixed into Store: which articles form which story."""

    engine = None  # set by Store

    def story_ids_of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The story of each of these stored articles that has one."""
        ids = list(set(doc_ids))
        if not ids:
            return {}
        query = select(schema.documents.c.doc_id, schema.documents.c.story_id).where(
            schema.documents.c.doc_id.in_(ids), schema.documents.c.story_id.is_not(None))
        with self.engine.connect() as conn:
            return {row.doc_id: row.story_id for row in conn.execute(query)}

    def story_members(self, story_id: str) -> set[str]:
        query = select(schema.documents.c.doc_id).where(schema.documents.c.story_id == story_id)
        with self.engine.connect() as conn:
            return set(conn.scalars(query))

    def story_publication_days(self, story_id: str) -> list[date]:
        """The publication dates of a story's dated articles, without loading their text."""
        c = schema.documents.c
        query = select(c.published).where(c.story_id == story_id, c.published.is_not(None))
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def stories_by_id(self, story_ids: Iterable[str]) -> dict[str, models.Story]:
        ids = list(set(story_ids))
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.stories).where(schema.stories.c.story_id.in_(ids)))
            return {row.story_id: from_row(models.Story, row) for row in rows}

    def stories(self) -> list[models.Story]:
        """Every story with its member articles."""
        with self.engine.connect() as conn:
            members: dict[str, list[str]] = {}
            rows = conn.execute(select(schema.documents.c.doc_id, schema.documents.c.story_id)
                                .where(schema.documents.c.story_id.is_not(None)).order_by(schema.documents.c.doc_id))
            for row in rows:
                members.setdefault(row.story_id, []).append(row.doc_id)
            stories = [from_row(models.Story, row) for row in
                       conn.execute(select(schema.stories).order_by(schema.stories.c.first_date, schema.stories.c.story_id))]
        return [replace(s, doc_ids=tuple(members.get(s.story_id, ()))) for s in stories]


def recount_stories(conn, story_ids: set[str]) -> None:
    """Set the touched stories' article counts from their members, and drop stories left empty.

    Counting from the members, not by adding a batch to the stored count, keeps an article that is
    resolved again (re-analysed, or dated later by its story) from being counted twice, and a story
    whose articles all moved to another from lingering."""
    if not story_ids:
        return
    stories, documents = schema.stories, schema.documents
    members = select(func.count()).where(documents.c.story_id == stories.c.story_id).scalar_subquery()
    conn.execute(update(stories).where(stories.c.story_id.in_(list(story_ids))).values(doc_count=members))
    conn.execute(delete(stories).where(stories.c.story_id.in_(list(story_ids)), stories.c.doc_count == 0))


def story_row(story: models.Story) -> dict:
    row = to_row(story)
    row.pop("doc_ids")
    return row
