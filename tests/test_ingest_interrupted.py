"""A killed ingestion leaves a consistent database, and a rerun completes the job."""

import signal
import subprocess
import sys
import time

from dossier import api
from dossier.store import Store

ARTICLES = 400


def _write_articles(folder):
    for i in range(ARTICLES):
        (folder / f"a{i:04d}.txt").write_text(
            f" date 2025-05-{(i % 28) + 1:02d} Report number {i}: the regional council met in the town hall "
            f"and approved budget line {i * 7} after a debate on road repairs number {i * 13}.\n",
            encoding="utf-8",
        )


def test_ingest_killed_midway_keeps_database_consistent_and_rerun_completes(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    _write_articles(articles)
    db = str(tmp_path / "d.db")
    Store(db)  # migrate first so the child only ingests
    child = subprocess.Popen([sys.executable, "-m", "dossier.cli", "ingest", str(articles), "--db", db],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store(db)
    deadline = time.monotonic() + 60
    while store.count_documents() < 20 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    stored = store.count_documents()
    assert 0 < stored < ARTICLES
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        orphans = conn.exec_driver_sql(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM fingerprint_bands b WHERE b.doc_id = d.doc_id)"
        ).scalar()
    assert orphans == 0  # a batch is stored whole or not at all
    report = api.ingest([str(articles)], db=db)
    assert len(report.added) == ARTICLES - stored
    assert store.count_documents() == ARTICLES
