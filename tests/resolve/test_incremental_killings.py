"""A killing told again in a later batch, undated or misdated, joins the stored killing: stored
events are found by the victim's name as well as by date window (store.named_events)."""

from __future__ import annotations

from datetime import date

from dossier import api, crossdoc, models
from dossier.store import Store
from .reports import arguments, report

T = models.EventType
MURDER_DAY = "2019-03-14"


def _doc(doc_id: str, published: date) -> models.Document:
    return models.Document(doc_id=doc_id, text=f"text of {doc_id}", published=published, outlet=doc_id.upper())


def _killing(doc_id: str, sentence: str, trigger: str, *, day: str | None, source: str = "sentence",
             victim: str = "Ilse Moran", event_type: T = T.ATTACK) -> models.DocumentAnalysis:
    mention = report(f"{doc_id}:1", doc_id, sentence, trigger, event_type=event_type, day=day, source=source,
                     args=arguments("target", [victim]))
    return models.DocumentAnalysis(doc_id=doc_id, version="test", events=(mention,))


def _add(store: Store, items) -> None:
    store.add_documents([doc for doc, _ in items])
    store.save_analyses([analysis for _, analysis in items])
    api.resolve(store)


FIRST_REPORTS = [
    (_doc(d, date(2019, 3, 15)),
     _killing(d, "The pharmacist Ilse Moran was shot to death outside her shop on Thursday night.", "shot",
              day=MURDER_DAY))
    for d in ("a", "b", "c")
]


def _events_of(store: Store, doc_id: str) -> set[str]:
    return {e.event_id for e in store.events() if doc_id in e.doc_ids}


def test_incremental_killings_an_undated_report_a_year_on_joins_the_stored_killing(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    stored = _events_of(store, "a")
    later = _killing("d", "Moran was killed by a single rifle shot through her window.", "killed", day=None,
                     source="publication", victim="Moran")
    _add(store, [(_doc("d", date(2020, 5, 2)), later)])
    assert _events_of(store, "d") == stored
    event = store.event(stored.pop())
    assert event.doc_ids == ("a", "b", "c", "d")
    assert event.date_value == MURDER_DAY


def test_incremental_killings_a_misdated_report_later_joins_and_its_date_clashes(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    wrong_year = _killing("d", "Ilse Moran was murdered on March 14, 2020, by a gunman in a parked car.",
                          "murdered", day="2020-03-14")
    _add(store, [(_doc("d", date(2020, 6, 1)), wrong_year)])
    assert _events_of(store, "d") == _events_of(store, "a")
    dates = [d for d in store.discrepancies() if d.attribute == "date"]
    assert [sorted(v.value for v in d.values) for d in dates] == [[MURDER_DAY, "2020-03-14"]]


def test_incremental_killings_the_stored_event_takes_a_larger_later_batch(any_db):
    # the misdated report came first; the right day's reports, more of them, come to its event,
    # which then takes the date most articles give
    store = Store(any_db)
    first = _killing("z", "Ilse Moran was killed on March 14, 2020, by a gunman.", "killed", day="2020-03-14")
    _add(store, [(_doc("z", date(2019, 3, 15)), first)])
    stored = _events_of(store, "z")
    _add(store, FIRST_REPORTS)
    assert {e.event_id for e in store.events()} == stored
    assert store.event(stored.pop()).date_value == MURDER_DAY
    # the stored event stays consistent: taking the later articles back out leaves the first report
    crossdoc.retract(store, ["a", "b", "c"])
    assert [e.doc_ids for e in store.events()] == [("z",)]


def test_incremental_killings_other_people_and_woundings_stay_apart(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    other = _killing("d", "Paul Moran was killed by a single rifle shot at his farm.", "killed", day=None,
                     source="publication", victim="Paul Moran")
    wounded = _killing("e", "Ilse Moran was shot at in her car last week.", "shot", day="2020-05-01",
                       source="publication")
    _add(store, [(_doc("d", date(2020, 5, 2)), other), (_doc("e", date(2020, 5, 2)), wounded)])
    killing = _events_of(store, "a")
    assert not _events_of(store, "d") & killing
    assert not _events_of(store, "e") & killing


def test_incremental_killings_the_store_finds_events_by_a_word_of_their_reports(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    found = store.events_with_reports_naming(["Moran"], {"attack"})
    assert [sorted(m.mention_id for m in mentions) for _, mentions in found] == [["a:1", "b:1", "c:1"]]
    assert store.events_with_reports_naming(["Moran"], {"disaster"}) == []
    assert store.events_with_reports_naming(["Reyes"], {"attack"}) == []
    assert store.events_with_reports_naming(["Moran", "Reyes"], {"attack"}) == []
