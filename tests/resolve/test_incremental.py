"""Resolution runs batch by batch against stored candidates and keeps ids stable."""

from datetime import date

import pytest

from dossier import api, models
from dossier.store import Store


def _doc(doc_id, day, outlet):
    return models.Document(doc_id=doc_id, text=f"text of {doc_id}", published=date(2025, 5, day), outlet=outlet)


def _analysis(doc_id, event_date, place="Grand Palace", names=("Anna Kovac",)):
    sentence = f"The delegations held talks at the {place} on that day."
    mention = models.EventMention(
        mention_id=f"{doc_id}:4:negotiation", doc_id=doc_id, event_type=models.EventType.NEGOTIATION,
        trigger="talks", trigger_start=4, trigger_end=9, sentence_index=0, sentence_start=0,
        sentence_end=len(sentence), sentence=sentence, date_value=event_date, date_precision=models.Precision.DAY,
        date_source="sentence", status=models.EventStatus.HAPPENED, confidence=0.9, location=place,
    )
    people = tuple(
        models.EntityMention(doc_id=doc_id, start=20 * i, end=20 * i + len(name), text=name, label="PERSON",
                             sentence_index=0, canonical=name)
        for i, name in enumerate(names)
    )
    return models.DocumentAnalysis(doc_id=doc_id, version="test", events=(mention,), entities=people)


def _store_batch(db, items):
    store = Store(db)
    store.add_documents([doc for doc, _ in items])
    store.save_analyses([analysis for _, analysis in items])
    return store


ITEMS = [
    (_doc("a", 16, "Alpha"), _analysis("a", "2025-05-16")),
    (_doc("b", 17, "Beta"), _analysis("b", "2025-05-16")),
    (_doc("c", 17, "Gamma"), _analysis("c", "2025-05-15")),  # a day off at the same venue
    (_doc("d", 30, "Delta"), _analysis("d", "2025-05-30", place="River House")),
]


def _summary(store):
    return sorted((e.date_value, e.doc_ids) for e in store.events())


def test_incremental_resolution_equals_resolving_everything_at_once(tmp_path):
    at_once = _store_batch(str(tmp_path / "once.db"), ITEMS)
    api.resolve(at_once)
    one_by_one = Store(str(tmp_path / "steps.db"))
    for item in ITEMS:
        _store_batch(one_by_one.db, [item])
        api.resolve(one_by_one)
    assert _summary(at_once) == _summary(one_by_one) == [
        ("2025-05-16", ("a", "b", "c")),
        ("2025-05-30", ("d",)),
    ]


def test_incremental_resolution_keeps_event_and_entity_ids(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS[:1])
    api.resolve(store)
    first_event = store.events()[0].event_id
    first_entity = store.entities()[0].entity_id
    _store_batch(store.db, ITEMS[1:2])
    api.resolve(store)
    assert [e.event_id for e in store.events()] == [first_event]
    assert [e.entity_id for e in store.entities()] == [first_entity]
    assert store.entities()[0].doc_ids == ("a", "b")


def test_incremental_resolution_reports_the_date_clash_once_resolved(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    dates = [d for d in store.discrepancies() if d.attribute == "date"]
    assert len(dates) == 1
    assert {v.value: v.doc_ids for v in dates[0].values} == {"2025-05-15": ("c",), "2025-05-16": ("a", "b")}


def test_incremental_resolution_groups_articles_sharing_an_event_into_one_story(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    # "d" reports another event and shares only one name: not enough to join the story.
    assert sorted(s.doc_ids for s in store.stories()) == [("a", "b", "c"), ("d",)]


def test_incremental_resolution_articles_sharing_two_names_join_a_story(tmp_path):
    items = [
        (_doc("a", 16, "Alpha"), _analysis("a", "2025-05-16", names=("Anna Kovac", "Ivo Brandt"))),
        (_doc("e", 30, "Echo"), _analysis("e", "2025-05-30", place="River House", names=("Anna Kovac", "Ivo Brandt"))),
    ]
    store = _store_batch(str(tmp_path / "d.db"), items[:1])
    api.resolve(store)
    _store_batch(store.db, items[1:])
    api.resolve(store)
    assert [s.doc_ids for s in store.stories()] == [("a", "e")]


def test_incremental_resolution_candidates_are_windowed_by_date(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    near = store.candidate_events({"talks"}, date(2025, 5, 14), date(2025, 5, 17))
    assert [sorted(e.doc_ids) for e, _ in near] == [["a", "b", "c"]]
    assert store.candidate_events({"talks"}, date(2025, 7, 1), date(2025, 7, 2)) == []


def test_incremental_resolution_undated_reference_finds_last_weeks_event(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS[:1])
    api.resolve(store)
    sentence = "The talks, hosted by a neighbour, went on for hours."
    later = models.EventMention(
        mention_id="z:4:negotiation", doc_id="z", event_type=models.EventType.NEGOTIATION, trigger="talks",
        trigger_start=4, trigger_end=9, sentence_index=0, sentence_start=0, sentence_end=len(sentence),
        sentence=sentence, date_value="2025-05-24", date_precision=models.Precision.DAY, date_source="publication",
        status=models.EventStatus.HAPPENED, confidence=0.5,
    )
    _store_batch(store.db, [(_doc("z", 24, "Zulu"), models.DocumentAnalysis(doc_id="z", version="test", events=(later,)))])
    api.resolve(store)
    assert [e.doc_ids for e in store.events()] == [("a", "z")]


def _exchange_or_deal(doc_id, event_type, event_date, count):
    sentence = f"The two sides {'agreed to swap' if event_type == 'agreement' else 'swapped'} {count} prisoners each."
    quantity = models.EventQuantity(role="prisoners_each_side", text=str(count), low=count, high=count,
                                     start=0, end=len(str(count)))
    mention = models.EventMention(
        mention_id=f"{doc_id}:4:{event_type}", doc_id=doc_id, event_type=models.EventType(event_type),
        trigger="swap", trigger_start=4, trigger_end=8, sentence_index=0, sentence_start=0,
        sentence_end=len(sentence), sentence=sentence, date_value=event_date, date_precision=models.Precision.DAY,
        date_source="sentence", status=models.EventStatus.HAPPENED, confidence=0.9, quantities=(quantity,),
    )
    return models.DocumentAnalysis(doc_id=doc_id, version="test", events=(mention,))


def test_incremental_agreement_arriving_after_its_exchange_is_linked(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), [
        (_doc("swap", 26, "Alpha"), _exchange_or_deal("swap", "prisoner_exchange", "2025-05-25", 500)),
        (_doc("other", 26, "Beta"), _exchange_or_deal("other", "prisoner_exchange", "2025-05-24", 80)),
    ])
    api.resolve(store)
    assert all(e.follows == () for e in store.events())
    _store_batch(store.db, [(_doc("deal", 17, "Gamma"), _exchange_or_deal("deal", "agreement", "2025-05-16", 500))])
    api.resolve(store)
    by_doc = {e.doc_ids: e for e in store.events()}
    assert by_doc[("swap",)].follows == (by_doc[("deal",)].event_id,)
    assert by_doc[("other",)].follows == ()  # a different count is a different deal


def test_incremental_events_carry_the_story_of_their_articles(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    stories = store.story_ids_of(d.doc_id for d in store.documents())
    for event in store.events():
        assert event.story_id is not None
        assert event.story_id in {stories[d] for d in event.doc_ids}


def _entity_counts_match_mentions(store):
    """Each entity counts exactly the stored mentions linked to it (read from the mention table)."""
    from sqlalchemy import func, select

    from dossier.store import schema

    c = schema.entity_mentions.c
    with store.engine.connect() as conn:
        counted = dict(conn.execute(select(c.entity_id, func.count()).where(c.entity_id.is_not(None))
                                    .group_by(c.entity_id)).all())
    return {e.entity_id: e.mention_count for e in store.entities()} == counted


def test_incremental_retract_rebuilds_the_events_an_article_leaves(any_db):
    store = _store_batch(any_db, ITEMS)
    api.resolve(store)
    talks = next(e for e in store.events() if e.date_value == "2025-05-16")
    assert api.retract(store, ["a"]) == 1
    rebuilt = next(e for e in store.events() if e.event_id == talks.event_id)
    assert (rebuilt.doc_ids, rebuilt.mention_ids, rebuilt.outlets) == (("b", "c"), ("b:4:negotiation", "c:4:negotiation"),
                                                                      ("Beta", "Gamma"))
    assert rebuilt.story_id == talks.story_id
    assert [d.doc_id for d in store.unresolved_documents()] == ["a"]
    assert "a" not in store.entities()[0].doc_ids and _entity_counts_match_mentions(store)


def test_incremental_retract_then_resolve_gives_back_the_same_events(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    before = sorted((e.event_id, e.date_value, e.doc_ids) for e in store.events())
    entities = sorted((e.entity_id, e.mention_count) for e in store.entities())
    api.retract(store, ["a", "d"])
    api.resolve(store)
    assert sorted((e.event_id, e.date_value, e.doc_ids) for e in store.events()) == before
    assert sorted((e.entity_id, e.mention_count) for e in store.entities()) == entities


@pytest.mark.parametrize("retracted, clashes", [
    (["c"], []),  # the only article giving 15 May is out: no clash left
    (["d"], [{"2025-05-15": ("c",), "2025-05-16": ("a", "b")}]),  # another event's article: the clash stays
])
def test_incremental_retract_recomputes_the_discrepancies_of_touched_events(tmp_path, retracted, clashes):
    store = _store_batch(str(tmp_path / "d.db"), ITEMS)
    api.resolve(store)
    api.retract(store, retracted)
    found = [{v.value: v.doc_ids for v in d.values} for d in store.discrepancies() if d.attribute == "date"]
    assert found == clashes


def test_incremental_retract_deletes_an_emptied_event_and_the_links_to_it(any_db):
    store = _store_batch(any_db, [
        (_doc("deal", 17, "Gamma"), _exchange_or_deal("deal", "agreement", "2025-05-16", 500)),
        (_doc("swap", 26, "Alpha"), _exchange_or_deal("swap", "prisoner_exchange", "2025-05-25", 500)),
    ])
    api.resolve(store)
    assert [e.follows != () for e in store.events() if e.doc_ids == ("swap",)] == [True]
    api.retract(store, ["deal"])
    assert [(e.doc_ids, e.follows) for e in store.events()] == [(("swap",), ())]


def _named(doc_id, day, *names):
    """An article naming organisations only (label ORG)."""
    mentions = tuple(models.EntityMention(doc_id=doc_id, start=30 * i, end=30 * i + len(name), text=name, label="ORG",
                                          sentence_index=0, canonical=name) for i, name in enumerate(names))
    return _doc(doc_id, day, "Alpha"), models.DocumentAnalysis(doc_id=doc_id, version="test", entities=mentions)


@pytest.mark.parametrize("first", [("Harbour Workers Federation", "HWF"), ("Harbour Workers Federation",)])
def test_incremental_an_acronym_in_a_later_article_finds_the_stored_full_name(tmp_path, first):
    store = _store_batch(str(tmp_path / "d.db"), [_named("a", 16, *first)])
    api.resolve(store)
    _store_batch(store.db, [_named("b", 17, "HWF")])
    api.resolve(store)
    assert [(e.name, e.doc_ids) for e in store.entities()] == [("Harbour Workers Federation", ("a", "b"))]


def test_incremental_a_full_name_in_a_later_article_finds_the_stored_acronym(tmp_path):
    store = _store_batch(str(tmp_path / "d.db"), [_named("a", 16, "HWF")])
    api.resolve(store)
    first_id = store.entities()[0].entity_id
    _store_batch(store.db, [_named("b", 17, "Harbour Workers Federation")])
    api.resolve(store)
    assert [(e.entity_id, e.doc_ids) for e in store.entities()] == [(first_id, ("a", "b"))]
