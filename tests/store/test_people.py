"""Stated facts about people and the discrepancies of a person, on SQLite (and PostgreSQL when set up)."""

from datetime import date

from dossier import models
from dossier.store import Store

TEXT = "Zoë O'Hara, 41, a mother of three, spoke."


def _doc(doc_id: str, outlet: str) -> models.Document:
    return models.Document(doc_id=doc_id, text=f"{TEXT} ({doc_id})", published=date(2024, 5, 1), outlet=outlet)


def _analysis(doc_id: str, age: int) -> models.DocumentAnalysis:
    name = models.EntityMention(doc_id=doc_id, start=0, end=10, text="Zoë O'Hara", label="PERSON", sentence_index=0,
                                canonical="Zoë O'Hara")
    fact = models.PersonAttribute(doc_id=doc_id, start=0, end=14, text=f"Zoë O'Hara, {age}", person="Zoë O'Hara",
                                  attribute="age", value=age, sentence_index=0, sentence=TEXT)
    return models.DocumentAnalysis(doc_id=doc_id, entities=(name,), attributes=(fact,), version="v1")


def _discrepancy(doc_ids=("a", "b")) -> models.Discrepancy:
    values = tuple(
        models.SourcedValue(value=str(age), mention_ids=(f"{d}:0-14",), doc_ids=(d,), outlets=("Outlet",),
                            evidence=(models.Evidence(doc_id=d, outlet="Outlet", start=0, end=14, sentence=TEXT,
                                                      published=date(2024, 5, 1)),))
        for d, age in zip(doc_ids, (41, 44)))
    return models.Discrepancy(discrepancy_id="dsc_person", attribute="age", values=values, severity=2.3,
                              entity_id="ent_zoe", note="age of Zoë O'Hara")


def _resolved_store(db: str) -> Store:
    store = Store(db)
    store.add_documents([_doc("a", "Harbour Post"), _doc("b", "Valley Times")])
    store.save_analyses([_analysis("a", 41), _analysis("b", 44)])
    person = models.Entity(entity_id="ent_zoe", name="Zoë O'Hara", label="PERSON", mention_count=2, doc_ids=("a", "b"))
    store.save_resolution(entities=[person], entity_keys={"ent_zoe": "ohara"},
                          mention_entity={("a", "Zoë O'Hara"): "ent_zoe", ("b", "Zoë O'Hara"): "ent_zoe"},
                          events=[], discrepancies=[], resolved_docs=["a", "b"],
                          stories=models.StoryUpdate(stories=(), assignments={}, merged={}))
    return store


def test_people_store_keeps_the_stated_facts_of_an_analysis(any_db):
    store = _resolved_store(any_db)
    [fact] = store.analysis("a").attributes
    assert (fact.person, fact.attribute, fact.value, fact.text) == ("Zoë O'Hara", "age", 41, "Zoë O'Hara, 41")


def test_people_store_finds_facts_through_the_resolved_entity(any_db):
    store = _resolved_store(any_db)
    assert store.entity_ids_named_in(["a"]) == {"ent_zoe"}
    assert [(entity, f.doc_id, f.value) for entity, f in store.person_facts({"ent_zoe"})] == [
        ("ent_zoe", "a", 41), ("ent_zoe", "b", 44)]
    assert store.person_facts({"ent_other"}) == []


def test_people_store_round_trips_a_persons_discrepancy_with_its_citations(any_db):
    store = _resolved_store(any_db)
    store.replace_entity_discrepancies({"ent_zoe"}, [_discrepancy()])
    [found] = store.discrepancies()
    assert found == _discrepancy()
    assert found.values[0].evidence[0].published == date(2024, 5, 1) and found.event_id is None


def test_people_store_replacing_an_entitys_discrepancies_drops_the_old_ones(any_db):
    store = _resolved_store(any_db)
    store.replace_entity_discrepancies({"ent_zoe"}, [_discrepancy()])
    store.replace_entity_discrepancies({"ent_zoe"}, [])
    assert store.discrepancies() == []


def test_people_store_retracting_an_article_removes_what_it_supported(any_db):
    store = _resolved_store(any_db)
    store.replace_entity_discrepancies({"ent_zoe"}, [_discrepancy()])
    store.retract_documents(["b"], rebuilt=[], dropped=[], discrepancies=[])
    assert store.discrepancies() == []


def test_people_store_retracting_an_unrelated_article_keeps_a_persons_discrepancy(any_db):
    store = _resolved_store(any_db)
    store.add_documents([_doc("c", "Coast Radio")])
    store.save_analyses([_analysis("c", 41)])
    store.save_resolution(entities=[], entity_keys={}, mention_entity={("c", "Zoë O'Hara"): "ent_zoe"}, events=[],
                          discrepancies=[], resolved_docs=["c"],
                          stories=models.StoryUpdate(stories=(), assignments={}, merged={}))
    store.replace_entity_discrepancies({"ent_zoe"}, [_discrepancy()])
    store.retract_documents(["c"], rebuilt=[], dropped=[], discrepancies=[])
    assert [d.discrepancy_id for d in store.discrepancies()] == ["dsc_person"]


def test_people_store_rebuilding_forgets_persons_discrepancies(any_db):
    store = _resolved_store(any_db)
    store.replace_entity_discrepancies({"ent_zoe"}, [_discrepancy()])
    store.reset_resolution()
    assert store.discrepancies() == []
