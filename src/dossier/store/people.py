"""Reads and writes of what articles state about people, and of the discrepancies of a person.

A stated fact names its person by the in-document canonical name; entity resolution links that
name (``entity_mentions.canonical``) to an entity, so a fact finds its entity through the mention
index of its article, and a person's facts are read by entity id without scanning the dossier.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, delete, insert, select

from dossier import models
from dossier.store import schema
from dossier.store.codec import from_row, to_row
from dossier.store.resolution import chunked


class PeopleStore:
    """Mixed into Store: people's stated facts and their discrepancies."""

    engine = None  # set by Store

    def entity_ids_named_in(self, doc_ids: Iterable[str]) -> set[str]:
        """The resolved entities these articles name."""
        c = schema.entity_mentions.c
        found: set[str] = set()
        with self.engine.connect() as conn:
            for ids in chunked(set(doc_ids)):
                found.update(conn.scalars(select(c.entity_id).distinct().where(c.doc_id.in_(ids),
                                                                                 c.entity_id.is_not(None))))
        return found

    def person_facts(self, entity_ids: Iterable[str]) -> list[tuple[str, models.PersonAttribute]]:
        """``(entity_id, fact)`` for every stated fact about these entities, in any article.

        A fact belongs to the entity its article's mentions of that name were resolved to.
        """
        facts, mentions = schema.person_attributes, schema.entity_mentions
        joined = facts.join(mentions, and_(mentions.c.doc_id == facts.c.doc_id, mentions.c.canonical == facts.c.person))
        found: dict[int, tuple[str, models.PersonAttribute]] = {}
        with self.engine.connect() as conn:
            for ids in chunked(set(entity_ids)):
                query = select(facts, mentions.c.entity_id.label("resolved_entity")).select_from(joined).where(
                    mentions.c.entity_id.in_(ids))
                for row in conn.execute(query):
                    found.setdefault(row.id, (row.resolved_entity, from_row(models.PersonAttribute, row)))
        return [found[key] for key in sorted(found)]

    def replace_entity_discrepancies(self, entity_ids: Iterable[str], found: Iterable[models.Discrepancy]) -> None:
        """Replace every discrepancy of these entities by ``found``, in one transaction."""
        table = schema.discrepancies
        rows = [to_row(d) for d in found]
        with self.engine.begin() as conn:
            for ids in chunked(set(entity_ids)):
                conn.execute(delete(table).where(table.c.entity_id.in_(ids)))
            if rows:
                conn.execute(delete(table).where(table.c.discrepancy_id.in_([r["discrepancy_id"] for r in rows])))
                conn.execute(insert(table), rows)

