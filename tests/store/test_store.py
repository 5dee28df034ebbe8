from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.errors import DocumentNotFound, EntityNotFound
from dossier.store import Store
from dossier.store.engine import database_url, schema_revision

HOSTILE = [
    ("quote", "Robert'); DROP TABLE documents;-- said O'Brien"),
    ("cyrillic", "Мединский заявил, что переговоры завершены."),
    ("turkish", "Görüşmeler Çırağan Sarayı'nda yapıldı."),
    ("reserved", "SELECT from WHERE group order"),
]


def _doc(doc_id: str, text: str, **extra) -> models.Document:
    return models.Document(doc_id=doc_id, text=text, published=date(2025, 5, 16), outlet="Test Outlet", **extra)


def _mention(doc_id: str, mention_id: str) -> models.EventMention:
    return models.EventMention(
        mention_id=mention_id, doc_id=doc_id, event_type=models.EventType.NEGOTIATION, trigger="talks",
        trigger_start=4, trigger_end=9, sentence_index=0, sentence_start=0, sentence_end=20,
        sentence="The talks ended today.", date_value="2025-05-16", date_precision=models.Precision.DAY,
        date_source="sentence", status=models.EventStatus.HAPPENED, confidence=0.8,
        arguments=(models.Argument(role="actor", text="Kyiv", canonical="Ukraine", start=0, end=4, country="Ukraine"),),
        quantities=(models.EventQuantity(role="prisoners", text="1,000", low=1000, high=1000, start=1, end=6),),
    )


@pytest.mark.parametrize("name,text", HOSTILE)
def test_store_round_trips_hostile_text(any_db, name, text):
    store = Store(any_db)
    store.add_documents([_doc(name, text)])
    assert store.document(name).text == text


def test_store_adding_the_same_document_twice_changes_nothing(any_db):
    store = Store(any_db)
    first = store.add_documents([_doc("a", "Talks ended.")])
    second = store.add_documents([_doc("a", "Talks ended.")])
    assert first == (["a"], []) and second == ([], ["a"])
    assert store.count_documents() == 1


def test_store_migrates_to_head_and_reopens(any_db):
    Store(any_db)
    store = Store(any_db)
    assert schema_revision(store.engine) == "0007"


def test_store_migrations_build_exactly_the_declared_schema(any_db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dossier.store.schema import declared_here, metadata

    store = Store(any_db)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, *_: declared_here(name)}
        )
        assert compare_metadata(context, metadata) == []


def test_store_saves_and_replaces_analysis(any_db):
    store = Store(any_db)
    store.add_documents([_doc("d1", "The talks ended today.")])
    analysis = models.DocumentAnalysis(doc_id="d1", version="v1", events=(_mention("d1", "d1:4:negotiation"),))
    store.save_analyses([analysis])
    store.save_analyses([analysis])
    stored = store.analysis("d1")
    assert stored.events == analysis.events
    assert store.documents_needing_analysis("v1") == []
    assert [d.doc_id for d in store.documents_needing_analysis("v2")] == ["d1"]


def test_store_search_finds_transliterated_spelling(any_db):
    store = Store(any_db)
    store.add_documents([_doc("d1", "The delegations met at the Çırağan Palace.")])
    hits = store.search("Ciragan")
    assert [h.doc_id for h in hits] == ["d1"]


def test_store_search_forgets_the_evidence_of_a_replaced_analysis(any_db):
    store = Store(any_db)
    store.add_documents([_doc("d1", "The talks ended today."), _doc("d2", "The talks ended today.")])
    for doc_id in ("d1", "d2"):
        mention = replace(_mention(doc_id, f"{doc_id}:4:negotiation"), sentence="Envoys gathered in Tromso.")
        store.save_analyses([models.DocumentAnalysis(doc_id=doc_id, version="v1", events=(mention,))])
    renewed = replace(_mention("d1", "d1:4:negotiation"), sentence="Envoys gathered in Bergen.")
    store.save_analyses([models.DocumentAnalysis(doc_id="d1", version="v2", events=(renewed,))])
    assert [(h.kind, h.doc_id) for h in store.search("Tromso")] == [("evidence", "d2")]
    assert [(h.kind, h.doc_id) for h in store.search("Bergen")] == [("evidence", "d1")]


def test_store_upgrade_maps_the_search_rows_of_an_older_dossier(sqlite_db):
    from sqlalchemy import text

    store = Store(sqlite_db)
    store.add_documents([_doc("d1", "The talks ended today.")])
    store.save_analyses([models.DocumentAnalysis(doc_id="d1", version="v1", events=(_mention("d1", "d1:4:negotiation"),))])
    with store.engine.begin() as conn:  # as a dossier written before revision 0005 left it
        conn.execute(text("DROP TABLE search_rows"))
        conn.execute(text("DROP TABLE entity_keys"))
        conn.execute(text("DROP TABLE person_attributes"))
        conn.execute(text("DROP INDEX ix_discrepancies_entity"))
        conn.execute(text("ALTER TABLE discrepancies DROP COLUMN entity_id"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    store.close()
    upgraded = Store(sqlite_db)
    with upgraded.engine.connect() as conn:
        mapped = conn.execute(text("SELECT doc_id, kind FROM search_rows ORDER BY kind")).all()
    assert [tuple(row) for row in mapped] == [("d1", "document"), ("d1", "evidence")]


def test_store_missing_document_raises_with_hint(sqlite_db):
    with pytest.raises(DocumentNotFound, match="dossier docs"):
        Store(sqlite_db).document("nope")


def test_store_missing_entity_raises_with_hint(sqlite_db):
    with pytest.raises(EntityNotFound, match="dossier entities"):
        Store(sqlite_db).entity("nope")


@pytest.mark.parametrize(
    "given,expected",
    [
        ("dossier.db", "sqlite:///dossier.db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_store_database_url(given, expected):
    assert database_url(given) == expected


def test_store_sqlite_uses_wal(sqlite_db):
    store = Store(sqlite_db)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_store_story_counts_its_members_when_an_article_is_resolved_again(any_db):
    store = Store(any_db)
    store.add_documents([_doc("a", "Talks ended."), _doc("b", "Talks went on.")])

    def save(count: int, assigned: dict[str, str]) -> None:
        story = models.Story(story_id="sty_1", label="Talks", doc_count=count,
                             first_date=date(2025, 5, 16), last_date=date(2025, 5, 16))
        store.save_resolution(entities=[], entity_keys={}, mention_entity={}, events=[], discrepancies=[],
                              stories=models.StoryUpdate(stories=(story,), assignments=assigned, merged={}),
                              resolved_docs=list(assigned))

    save(2, {"a": "sty_1", "b": "sty_1"})
    save(3, {"b": "sty_1"})  # "b" resolved again: a caller adding it to the stored count says 3
    assert [(s.story_id, s.doc_count) for s in store.stories()] == [("sty_1", 2)]


def test_store_keeps_a_story_merged_back_and_split_off_again_in_one_batch(any_db):
    # stories_split derives a part's id from its parent and first article, so a part that merged back
    # into its parent and splits off again in the same batch comes with the id the merge retires
    store = Store(any_db)
    store.add_documents([_doc("a", "Talks ended."), _doc("b", "Talks went on."), _doc("c", "A flood.")])

    def story(story_id: str, count: int) -> models.Story:
        return models.Story(story_id=story_id, label=story_id, doc_count=count,
                            first_date=date(2025, 5, 16), last_date=date(2025, 5, 16))

    store.save_resolution(entities=[], entity_keys={}, mention_entity={}, events=[], discrepancies=[],
                          stories=models.StoryUpdate(stories=(story("sty_talks", 2), story("sty_part", 1)),
                                                     assignments={"a": "sty_talks", "b": "sty_talks", "c": "sty_part"},
                                                     merged={}), resolved_docs=["a", "b", "c"])
    flood = models.Event(event_id="evt_flood", event_type=models.EventType.OTHER, date_value="2025-05-16",
                         date_precision=models.Precision.DAY, location=None, mention_ids=(), doc_ids=("c",),
                         story_id="sty_part")
    store.save_resolution(entities=[], entity_keys={}, mention_entity={}, events=[flood], discrepancies=[],
                          stories=models.StoryUpdate(stories=(story("sty_talks", 2), story("sty_part", 1)),
                                                     assignments={"c": "sty_part"},
                                                     merged={"sty_part": "sty_talks"}), resolved_docs=[])
    assert sorted((s.story_id, s.doc_ids) for s in store.stories()) == [
        ("sty_part", ("c",)), ("sty_talks", ("a", "b"))]
    assert store.event("evt_flood").story_id == "sty_part"  # the batch's event keeps the story it was given
