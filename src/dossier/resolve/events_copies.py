"""Syndicated copies follow their originals: a copy's report joins the original's report's event.

Moved out of ``events`` with no change of behaviour (2026-11-25), to keep that module short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster


def copies_follow_originals(blocks: dict[str, list[Cluster]], documents: dict[str, models.Document],
                             placed: set[str]) -> None:
    """A report in a near-duplicate article told in the very sentence of its original, with the same
    trigger, joins the original's report: a syndicated copy tells the same happening, whatever the
    rules made of it alone (three events from one sentence in three copies). Only reports placed in
    this batch (``placed``) move; an event left with none is dropped, one left with some rebuilt."""
    where = {(m.doc_id, m.sentence, m.trigger): cluster
             for block in blocks.values() for cluster in block for m in cluster.mentions}
    for block in blocks.values():
        for cluster in block:
            moving = []
            for mention in cluster.mentions:
                document = documents.get(mention.doc_id)
                original = document.near_duplicate_of if document is not None else None
                target = where.get((original, mention.sentence, mention.trigger)) if original else None
                if mention.mention_id in placed and target is not None and target is not cluster:
                    moving.append((mention, target))
            if not moving:
                continue
            for mention, target in moving:
                target.add(mention)
            gone = {id(m) for m, _ in moving}
            rebuilt = type(cluster)(event_id=cluster.event_id)
            for mention in cluster.mentions:
                if id(mention) not in gone:
                    rebuilt.add(mention)
            vars(cluster).update(vars(rebuilt))  # in place, so other copies' targets stay valid
