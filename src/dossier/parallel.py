"""Running the per-document stages serially or on a local Dask cluster.

The same pure function (``dossier.pipeline.analyze_document``) runs in both cases; each Dask worker
process builds the spaCy pipeline once and keeps it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from dossier import models

log = logging.getLogger(__name__)


def _analyze_or_fail(document: models.Document, model: str | None) -> models.DocumentAnalysis | models.Failure:
    from dossier.errors import ModelNotAvailable
    from dossier.pipeline import analyze_document

    try:
        return analyze_document(document, model)
    except ModelNotAvailable:
        raise
    except Exception as error:  # noqa: BLE001 - one bad article must not stop a batch
        return models.Failure(item=document.doc_id, reason=f"{type(error).__name__}: {error}")


def analyze_all(
    documents: Sequence[models.Document], *, model: str | None = None, workers: int = 0
) -> Iterator[models.DocumentAnalysis | models.Failure]:
    """Analyse documents, yielding each result (or failure) as it completes.

    Args:
        documents: articles to analyse.
        model: spaCy pipeline name.
        workers: 0 runs in this process; N > 0 uses a local Dask cluster with N worker processes.
    """
    if workers <= 0 or len(documents) < 2:
        for document in documents:
            yield _analyze_or_fail(document, model)
        return
    from dask.distributed import Client, LocalCluster, as_completed

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            futures = [client.submit(_analyze_or_fail, d, model, pure=False) for d in documents]
            for future in as_completed(futures):
                yield future.result()
