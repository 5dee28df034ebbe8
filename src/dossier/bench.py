"""`make bench`: speed and memory figures for ingest, analysis, resolution and search.

Prints figures and ratios rather than asserting times: a benchmark informs, a timed test flakes.
Uses the Guardian sample from ../shared when present, else the example corpus repeated with
small edits so every copy is a distinct article.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dossier import api, models
from dossier.ingest import IngestOptions, iter_documents

REPO = Path(__file__).resolve().parents[2]
GUARDIAN = REPO.parent / "shared" / "benchmarks" / "guardian-sdf" / "articles.csv"


def _corpus(limit: int) -> list[models.Document]:
    if GUARDIAN.exists():
        csv.field_size_limit(10_000_000)
        docs = [d for d in iter_documents([str(GUARDIAN)], IngestOptions()) if isinstance(d, models.Document)]
    else:
        base = [d for d in iter_documents([str(REPO / "examples")], IngestOptions()) if isinstance(d, models.Document)]
        docs = []
        for copy in range(limit // max(len(base), 1) + 1):
            for d in base:
                text = f"Update {copy}: " + d.text
                docs.append(models.Document(doc_id=f"{d.doc_id}-{copy}", text=text, published=d.published or date(2025, 5, 16),
                                            outlet=d.outlet))
    return docs[:limit]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(limit: int, workers: int) -> list[tuple[str, str]]:
    """Run the benchmark and return (figure, value) rows."""
    rows: list[tuple[str, str]] = []
    docs = _corpus(limit)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        api.add_documents(docs, db=db)
        ingest_s = time.perf_counter() - started
        rows.append(("articles", str(len(docs))))
        rows.append(("store articles/s", f"{len(docs) / ingest_s:.0f}"))
        half = len(docs) // 2
        db_half = str(Path(tmp) / "half.db")
        api.add_documents(docs[:half], db=db_half)
        started = time.perf_counter()
        api.build(db=db_half)
        half_s = time.perf_counter() - started
        started = time.perf_counter()
        report = api.build(db=db)
        build_s = time.perf_counter() - started
        rows.append(("build articles/s (serial)", f"{report.analysed / build_s:.2f}"))
        rows.append(("build s per article, half vs full corpus", f"{half_s / max(half, 1):.3f} vs {build_s / len(docs):.3f}"))
        rows.append(("events / entities", f"{report.events} / {report.entities}"))
        if workers > 1:
            db_par = str(Path(tmp) / "par.db")
            api.add_documents(docs, db=db_par)
            started = time.perf_counter()
            api.build(db=db_par, workers=workers)
            par_s = time.perf_counter() - started
            rows.append((f"build speed-up with {workers} Dask workers", f"{build_s / par_s:.2f}x"))
        started = time.perf_counter()
        store = api.open_store(db)
        api.resolve(store, full=True)
        rows.append(("re-resolve everything from scratch (s)", f"{time.perf_counter() - started:.2f}"))
        started = time.perf_counter()
        for word in ("prisoners", "Syria", "court", "camp", "transfer"):
            api.search(word, db=db)
        rows.append(("search ms/query", f"{(time.perf_counter() - started) * 200:.1f}"))
        api.close_store(db)
        api.close_store(db_half)
    rows.append(("peak memory (MB)", f"{_peak_mb():.0f}"))
    return rows


def _synthetic(i: int, days: int, newest: bool = False) -> tuple[models.Document, models.DocumentAnalysis]:
    """An article of a long-running story: a few recurring names, one event on a day of its own.

    The newest articles (the batch being added) report the last days of the story, as news does.
    """
    rng = random.Random(i)
    doc_id = f"syn{i:06d}"
    day = date(2020, 1, 1) + timedelta(days=days - 1 - rng.randrange(3) if newest else rng.randrange(days))
    people = [f"Person {rng.randrange(400)}" for _ in range(3)]
    sentence = "The delegations held talks in the capital."
    event_type = rng.choice([models.EventType.NEGOTIATION, models.EventType.ATTACK, models.EventType.AGREEMENT])
    mention = models.EventMention(
        mention_id=f"{doc_id}:0", doc_id=doc_id, event_type=event_type, trigger="talks", trigger_start=19,
        trigger_end=24, sentence_index=0, sentence_start=0, sentence_end=len(sentence), sentence=sentence,
        date_value=day.isoformat(), date_precision=models.Precision.DAY, date_source="sentence",
        status=models.EventStatus.HAPPENED, confidence=0.8, location=f"Venue {rng.randrange(50)}",
    )
    names = tuple(models.EntityMention(doc_id=doc_id, start=0, end=8, text=p, label="PERSON", sentence_index=0,
                                       canonical=p) for p in people)
    document = models.Document(doc_id=doc_id, text=f"{sentence} {' '.join(people)} {i}", published=day, outlet="Synthetic")
    return document, models.DocumentAnalysis(doc_id=doc_id, version="bench", events=(mention,), entities=names)


def resolution_scaling(sizes: tuple[int, ...] = (200, 2000, 20000), batch: int = 20) -> list[tuple[str, str]]:
    """Time to resolve a batch of new articles against dossiers of growing size (no NLP involved)."""
    rows, per_article, per_redo = [], [], []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            store = api.open_store(str(Path(tmp) / "scale.db"))
            days = size // 5  # five articles a day on average
            items = [_synthetic(i, days, newest=i >= size) for i in range(size + batch)]
            for start in range(0, size, 500):
                chunk = items[start:min(start + 500, size)]
                store.add_documents([d for d, _ in chunk])
                store.save_analyses([a for _, a in chunk])
            api.resolve(store)
            store.add_documents([d for d, _ in items[size:]])
            store.save_analyses([a for _, a in items[size:]])
            started = time.perf_counter()
            api.resolve(store)
            per_article.append((time.perf_counter() - started) / batch * 1000)
            # The same articles re-analysed (a new date inferred from their story): out, then in again.
            started = time.perf_counter()
            api.retract(store, [d.doc_id for d, _ in items[size:]])
            store.save_analyses([a for _, a in items[size:]])
            api.resolve(store)
            per_redo.append((time.perf_counter() - started) / batch * 1000)
            api.close_store(store.db)
        rows.append((f"resolve ms per new article, dossier of {size}", f"{per_article[-1]:.1f}"))
        rows.append((f"retract and resolve ms per re-analysed article, dossier of {size}", f"{per_redo[-1]:.1f}"))
    rows.append((f"cost ratio {sizes[-1]} vs {sizes[0]} articles", f"{per_article[-1] / per_article[0]:.2f}x"))
    rows.append((f"re-analysed cost ratio {sizes[-1]} vs {sizes[0]} articles", f"{per_redo[-1] / per_redo[0]:.2f}x"))
    return rows


def event_growth(sizes: tuple[int, ...] = (100, 1000, 10000), last: int = 100) -> list[tuple[str, str]]:
    """Time to add one report to an event already holding many (one dated article, the rest undated:
    the case where the event asks on each add whether a minority dates it)."""
    from dossier.resolve.events import Cluster

    rows, per_add = [], []
    for size in sizes:
        sentence = "The delegations held talks in the capital."
        reports = [models.EventMention(
            mention_id=f"grow{i}", doc_id=f"grow{i}", event_type=models.EventType.NEGOTIATION, trigger="talks",
            trigger_start=19, trigger_end=24, sentence_index=0, sentence_start=0, sentence_end=len(sentence),
            sentence=sentence, date_value="2025-05-16" if i == 0 else None,
            date_precision=models.Precision.DAY if i == 0 else models.Precision.UNKNOWN,
            date_source="sentence" if i == 0 else "publication", status=models.EventStatus.HAPPENED, confidence=0.8,
        ) for i in range(size)]
        cluster = Cluster()
        for report in reports[:-last]:
            cluster.add(report)
        started = time.perf_counter()
        for report in reports[-last:]:
            cluster.add(report)
        per_add.append((time.perf_counter() - started) / last * 1e6)
        rows.append((f"add one report to an event of {size} (us)", f"{per_add[-1]:.1f}"))
    rows.append((f"add cost ratio {sizes[-1]} vs {sizes[0]} reports", f"{per_add[-1] / per_add[0]:.2f}x"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scaling", action="store_true", help="only the resolution scaling figures")
    args = parser.parse_args(argv)
    table = Table(title="dossier benchmark")
    table.add_column("figure")
    table.add_column("value", justify="right")
    rows = [] if args.scaling else run(args.articles, args.workers)
    for name, value in rows + resolution_scaling() + event_growth():
        table.add_row(name, value)
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
