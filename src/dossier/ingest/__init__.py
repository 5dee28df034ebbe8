"""Ingest: turn files, directories, URLs, feeds and tables into ``Document`` records.

``iter_documents`` is the entry point; it never stops on a bad input but yields a ``Failure``
for it. ``make_doc_id``, ``minhash_bands`` and ``text_similarity`` give the store content ids
and near-duplicate candidates; ``infer_published`` dates an article that came without a date.
"""

from dossier.ingest.dates import infer_published
from dossier.ingest.fetch import check_url_safe, fetch_url
from dossier.ingest.fingerprint import make_doc_id, minhash_bands, text_similarity
from dossier.ingest.options import IngestOptions
from dossier.ingest.sources import count_sources, iter_documents

__all__ = [
    "IngestOptions",
    "check_url_safe",
    "count_sources",
    "fetch_url",
    "infer_published",
    "iter_documents",
    "make_doc_id",
    "minhash_bands",
    "text_similarity",
]
