"""Near-duplicate links at ingest (``storing``): an undated copy takes its original's date.
Texts written for these tests, stored in a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.ingest.storing import store_documents
from dossier.store import Store

STORY = ("The harbour ferry ran aground on a sandbank at dawn, and all forty passengers were taken off "
         "by lifeboat crews before the tide turned. The operator said the vessel would be towed to the "
         "yard for checks, and that its timetable would run with a spare boat for the rest of the week. ")


def _doc(doc_id: str, text: str, published: date | None) -> models.Document:
    return models.Document(doc_id=doc_id, text=text, published=published, outlet=doc_id)


@pytest.mark.parametrize(
    ("copy_date", "expected", "inferred"),
    [
        (None, date(2031, 3, 2), True),  # should fire: the undated copy takes the original's day
        (date(2031, 3, 5), date(2031, 3, 5), False),  # should not fire: a copy's own date stays
    ],
)
def test_storing_copy_inherits_date(tmp_path, copy_date, expected, inferred):
    store = Store(str(tmp_path / "dossier.db"))
    original = _doc("orig", STORY * 2, date(2031, 3, 2))
    copy = _doc("copy", STORY * 2 + "A spokesman added nothing.", copy_date)
    report = store_documents(store, [original, copy])
    stored = store.document("copy")
    assert report.near_duplicates == ("copy",)
    assert (stored.near_duplicate_of, stored.published, stored.published_inferred) == ("orig", expected, inferred)


def test_storing_unrelated_article_stays_undated(tmp_path):
    store = Store(str(tmp_path / "dossier.db"))
    other = _doc("other", "A bakery on the corner closed for good after thirty years of trade.", None)
    store_documents(store, [_doc("orig", STORY * 2, date(2031, 3, 2)), other])
    assert store.document("other").published is None
