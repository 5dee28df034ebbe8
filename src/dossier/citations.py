"""The sentences that cite a set of event reports: what the timeline and the discrepancies print
as each fact's evidence (document, character span, outlet, publication day).

One place for both, so that a date in the timeline and the same date on one side of a
disagreement cite the same sentences, in the same order, a copied sentence once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier import models


def evidence_for(mentions: Sequence[models.EventMention], documents: dict[str, models.Document]) -> tuple[models.Evidence, ...]:
    """One evidence sentence per mention, deduplicated by sentence text, earliest publication first."""
    seen, evidence = set(), []
    for mention in sorted(mentions, key=lambda m: (_published(documents, m.doc_id) or date.max, m.doc_id, m.sentence_start)):
        key = " ".join(mention.sentence.split()).lower()
        if key in seen:
            continue
        seen.add(key)
        doc = documents.get(mention.doc_id)
        evidence.append(
            models.Evidence(
                doc_id=mention.doc_id,
                outlet=doc.outlet if doc else None,
                start=mention.sentence_start,
                end=mention.sentence_end,
                sentence=mention.sentence,
                published=doc.published if doc else None,
            )
        )
    return tuple(evidence)


def _published(documents, doc_id):
    doc = documents.get(doc_id)
    return doc.published if doc else None
