"""Which dates a digest of our own events keeps: wide dates do not crowd out days."""

from dossier import models
from dossier.present.tls_events import summarize_events


def _entry(event_id, value, precision, doc_ids=None):
    doc_ids = doc_ids or (f"doc-{event_id}",)
    event = models.Event(
        event_id=event_id, event_type=models.EventType.ATTACK, date_value=value, date_precision=precision,
        location=None, mention_ids=tuple(f"{event_id}-{d}" for d in doc_ids), doc_ids=doc_ids,
        independent_sources=len(doc_ids), status=models.EventStatus.HAPPENED,
    )
    evidence = (models.Evidence(doc_id="d1", outlet="Outlet", start=0, end=10, sentence=f"Report {event_id}."),)
    return models.TimelineEntry(event=event, evidence=evidence)


def test_digest_a_year_of_loosely_dated_reports_does_not_outrank_a_busy_day():
    year = [_entry(f"y{i}", "2015", models.Precision.YEAR) for i in range(20)]
    month = [_entry(f"m{i}", "2016-03", models.Precision.MONTH) for i in range(6)]
    day = [_entry(f"d{i}", "2016-04-02", models.Precision.DAY) for i in range(3)]
    summaries = summarize_events(year + month + day, dates=2, sentences_per_date=1)
    assert [s.date_value for s in summaries] == ["2016-03", "2016-04-02"]
    assert [s.date_value for s in summarize_events(year + month + day, dates=1, sentences_per_date=1)] == [
        "2016-04-02"]


def test_digest_one_article_telling_many_things_of_its_day_counts_once():
    # one opinion piece yields six single-article events on its day; two outlets report another day
    busy_piece = [_entry(f"p{i}", "2016-06-22", models.Precision.DAY, ("piece",)) for i in range(6)]
    reported = [_entry("r1", "2016-07-05", models.Precision.DAY, ("a", "b"))]
    summaries = summarize_events(busy_piece + reported, dates=1, sentences_per_date=1)
    assert [s.date_value for s in summaries] == ["2016-07-05"]
