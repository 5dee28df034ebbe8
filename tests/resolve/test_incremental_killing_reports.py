"""A later batch's report of a stored killing that never says the victim died ("the shooting of X",
"X's death") still finds and joins it: the store is asked by the victim's name (crossdoc)."""

from __future__ import annotations

from datetime import date

from dossier import models
from dossier.store import Store
from .reports import arguments, report
from .test_incremental_killings import FIRST_REPORTS, _add, _doc, _events_of

T = models.EventType


def _analysis(doc_id: str, sentence: str, trigger: str, *, event_type: T, role: str, name: str):
    mention = report(f"{doc_id}:1", doc_id, sentence, trigger, event_type=event_type, day=None, source="publication",
                     args=arguments(role, [name]))
    return models.DocumentAnalysis(doc_id=doc_id, version="test", events=(mention,))


def test_incremental_killing_reports_a_shooting_and_a_death_a_year_on_join_the_stored_killing(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    stored = _events_of(store, "a")
    shooting = _analysis("d", "The shooting of Ilse Moran is still unsolved.", "shooting", event_type=T.ATTACK,
                         role="target", name="Ilse Moran")
    death = _analysis("e", "Moran's death emptied the street of shops.", "death", event_type=T.DEATH, role="actor",
                      name="Moran")
    _add(store, [(_doc("d", date(2020, 5, 2)), shooting), (_doc("e", date(2020, 5, 3)), death)])
    assert _events_of(store, "d") == stored
    assert _events_of(store, "e") == stored


def test_incremental_killing_reports_a_survivor_of_the_same_name_stays_apart(any_db):
    store = Store(any_db)
    _add(store, FIRST_REPORTS)
    stored = _events_of(store, "a")
    survived = _analysis("d", "Ilse Moran survived a shooting at her shop.", "shooting", event_type=T.ATTACK,
                         role="target", name="Ilse Moran")
    _add(store, [(_doc("d", date(2020, 5, 2)), survived)])
    assert not _events_of(store, "d") & stored
