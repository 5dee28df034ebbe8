"""Storing read articles: near-duplicate links and batched writes.

Split from ``dossier.api`` so that the reading side of ingest (``iter_documents``) and the writing
side stay small. A near-duplicate (a wire story another outlet reprinted with a line changed) is
stored, and linked to the article it copies, so later stages can count the two as one source.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier import models
from dossier.ingest.fingerprint import minhash_bands, text_similarity

if TYPE_CHECKING:
    from dossier.store import Store

log = logging.getLogger(__name__)
BATCH_SIZE = 16  # articles per write transaction
# Jaccard of word 5-shingles: a wire story with one sentence in six changed still scores about 0.7.
NEAR_DUPLICATE_THRESHOLD = 0.5


def store_documents(
    store: Store,
    items: Iterable[models.Document | models.Failure],
    *,
    progress: Callable[[int], None] | None = None,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> models.IngestReport:
    """Link near-duplicates and store documents in transactions of BATCH_SIZE; failures are logged and counted.

    Args:
        store: the open dossier.
        items: documents read by ``iter_documents`` (or built by a caller), and the failures met.
        progress: called with 1 after each item.
        threshold: word-shingle Jaccard similarity above which an article is linked to an earlier
            one as its near-duplicate.

    Returns:
        What was added, what was already there, which were near-duplicates, and what failed.
    """
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
        if original is not None:
            item = _link_copy(item, original)
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


def _link_copy(copy: models.Document, original: models.Document) -> models.Document:
    """Link a near-duplicate to the article it copies. A copy without a date takes the
    original's, marked inferred: a reprint of a wire story appears the day the story does, or
    soon after, and an undated copy would otherwise sit apart from its original in every
    timeline. A copy keeps a date of its own (a later reprint is a later publication)."""
    linked = replace(copy, near_duplicate_of=original.near_duplicate_of or original.doc_id)
    if copy.published is None and original.published is not None:
        linked = replace(linked, published=original.published, published_inferred=True)
    return linked


def _near_duplicate_of(store, doc, doc_bands, batch, batch_bands, threshold) -> models.Document | None:
    """The earlier article (in this batch or stored) that ``doc`` nearly copies, found through shared bands."""
    candidates = [d for d in batch if set(batch_bands[d.doc_id]) & set(doc_bands)]
    for candidate in candidates:
        if candidate.doc_id != doc.doc_id and text_similarity(candidate.text, doc.text) >= threshold:
            return candidate
    for doc_id in store.near_duplicate_candidates(doc_bands):
        if doc_id == doc.doc_id:
            return None
        other = store.document(doc_id)
        if text_similarity(other.text, doc.text) >= threshold:
            return other
    return None
