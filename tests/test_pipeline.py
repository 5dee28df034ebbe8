"""The per-document stages are pure: the same article gives the same records, serially or on Dask."""

from datetime import date

import pytest

from dossier import api, models
from dossier.crossdoc import RESOLUTION_STATE, resolution_fingerprint
from dossier.parallel import analyze_all
from dossier.pipeline import analyze_document

ARTICLE = models.Document(
    doc_id="t1",
    text=("Delegations of Ruritania and Elbonia met at the Grand Lake Palace in Vienna on Tuesday. "
          "The talks lasted about three hours, and the sides agreed to swap 150 prisoners each. "
          "\"We will meet again next month,\" said foreign minister Anna Kovac."),
    published=date(2025, 3, 12),
    outlet="Test Gazette",
)


@pytest.mark.slow
def test_pipeline_same_article_same_records():
    assert analyze_document(ARTICLE) == analyze_document(ARTICLE)


@pytest.mark.slow
def test_pipeline_every_record_points_into_the_text():
    analysis = analyze_document(ARTICLE)
    for mention in analysis.events:
        assert ARTICLE.text[mention.sentence_start:mention.sentence_end] == mention.sentence
        assert ARTICLE.text[mention.trigger_start:mention.trigger_end] == mention.trigger
    for timex in analysis.timexes:
        assert ARTICLE.text[timex.start:timex.end] == timex.text


@pytest.mark.slow
def test_pipeline_weekday_resolves_to_the_past_week():
    analysis = analyze_document(ARTICLE)
    tuesday = next(t for t in analysis.timexes if t.text == "Tuesday")
    assert tuesday.value == "2025-03-11"


@pytest.mark.slow
def test_pipeline_dask_workers_give_the_serial_result():
    other = models.Document(doc_id="t2", text="Elbonia released 40 detainees on Monday, officials said.",
                            published=date(2025, 3, 12))
    serial = sorted(analyze_all([ARTICLE, other]), key=lambda a: a.doc_id)
    distributed = sorted(analyze_all([ARTICLE, other], workers=2), key=lambda a: a.doc_id)
    assert serial == distributed


@pytest.mark.slow
def test_pipeline_build_twice_changes_nothing(tmp_path):
    db = str(tmp_path / "d.db")
    api.add_documents([ARTICLE], db=db)
    first = api.build(db=db)
    events_before = api.events(db=db)
    second = api.build(db=db)
    assert first.analysed == 1 and second.analysed == 0
    assert api.events(db=db) == events_before


@pytest.mark.slow
def test_pipeline_build_redoes_what_other_resolution_code_stored(tmp_path):
    db = str(tmp_path / "d.db")
    api.add_documents([ARTICLE], db=db)
    api.build(db=db)
    store = api.open_store(db)
    assert store.get_state(RESOLUTION_STATE) == resolution_fingerprint()
    events_before = api.events(db=db)
    assert api.build(db=db).resolved == 0
    store.set_state(RESOLUTION_STATE, "made-by-an-older-release")
    again = api.build(db=db)
    assert (again.analysed, again.resolved) == (0, 1)
    assert store.get_state(RESOLUTION_STATE) == resolution_fingerprint()
    assert api.events(db=db) == events_before


@pytest.mark.slow
def test_pipeline_build_and_read_back_on_sqlite_and_postgresql(any_db):
    api.add_documents([ARTICLE], db=any_db)
    report = api.build(db=any_db)
    assert report.analysed == 1 and report.events >= 1
    entries = api.timeline(db=any_db)
    assert all(ARTICLE.text[ev.start:ev.end] == ev.sentence for entry in entries for ev in entry.evidence)
    assert [hit.doc_id for hit in api.search("Kovac", db=any_db)][:1] == ["t1"]
    assert any(e.name == "Anna Kovac" for e in api.entities(db=any_db))
    api.close_store(any_db)
