"""The REST API over a dossier built by the real pipeline from three articles we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import api
from dossier.timevalues import interval

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("limit, offset, count", [(2, 0, 2), (2, 2, 1), (10, 5, 0), (500, 0, 3)])
def test_routes_api_documents_paginate(client, limit, offset, count):
    body = client.get("/api/documents", params={"limit": limit, "offset": offset}).json()
    assert (body["total"], body["limit"], body["offset"], len(body["items"])) == (3, limit, offset, count)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}])
def test_routes_api_documents_reject_bad_pages(client, params):
    assert client.get("/api/documents", params=params).status_code == 422


def test_routes_api_documents_list_oldest_first_without_text(client):
    items = client.get("/api/documents").json()["items"]
    assert [d["outlet"] for d in items] == ["Harbour Gazette", "Coastal Times", "Quay Review"]
    assert all("text" not in d and d["chars"] > 100 for d in items)


def test_routes_api_document_has_analysis(client, built_db):
    doc = api.docs(db=built_db)[0]
    body = client.get(f"/api/documents/{doc.doc_id}").json()
    assert body["document"]["text"] == doc.text
    assert body["document"]["published"] == "2025-03-10"
    assert len(body["analysis"]["sentences"]) == len(api.analysis(doc.doc_id, db=built_db).sentences)
    assert "Anna Berg" in {e["canonical"] for e in body["analysis"]["entities"]}


@pytest.mark.parametrize("label", ["PERSON", "GPE"])
def test_routes_api_entities_filter_by_label(client, built_db, label):
    body = client.get("/api/entities", params={"label": label}).json()
    assert body["total"] == len(api.entities(db=built_db, label=label)) > 0
    assert {e["label"] for e in body["items"]} == {label}


@pytest.mark.parametrize(
    "params",
    [{"type": "meeting"}, {"from": "2025-03-11"}, {"to": "2025-03-10"}, {"min_sources": 2}, {"entity": "Anna Berg"}],
)
def test_routes_api_events_filter_like_the_api(client, built_db, params):
    names = {"type": "event_type", "from": "date_from", "to": "date_to"}
    kwargs = {names.get(k, k): (date.fromisoformat(v) if k in ("from", "to") else v) for k, v in params.items()}
    expected = [e.event_id for e in api.events(db=built_db, **kwargs)]
    body = client.get("/api/events", params=params).json()
    assert [e["event_id"] for e in body["items"]] == expected
    assert 0 < body["total"] < len(api.events(db=built_db)) or "entity" in params


def test_routes_api_events_from_excludes_earlier_days(client):
    items = client.get("/api/events", params={"from": "2025-03-11"}).json()["items"]
    assert items and all(interval(e["date_value"])[1] >= date(2025, 3, 11) for e in items if interval(e["date_value"]))


def test_routes_api_event_has_evidence_and_mentions(client, built_db):
    merged = max(api.events(db=built_db), key=lambda e: len(e.doc_ids))
    body = client.get(f"/api/events/{merged.event_id}").json()
    assert body["event"]["event_id"] == merged.event_id
    assert {m["doc_id"] for m in body["mentions"]} == set(merged.doc_ids)
    assert {m["mention_id"] for m in body["mentions"]} == set(merged.mention_ids)
    assert all(ev["sentence"] for ev in body["evidence"])


def test_routes_api_timeline_pairs_events_with_evidence(client, built_db):
    body = client.get("/api/timeline", params={"min_sources": 2}).json()
    assert body["total"] == len(api.timeline(db=built_db, min_sources=2)) > 0
    assert all(set(item) == {"event", "evidence"} and item["evidence"] for item in body["items"])


def test_routes_api_discrepancies_show_the_planted_count(client):
    items = client.get("/api/discrepancies").json()["items"]
    values = [{v["value"]: v["outlets"] for v in d["values"]} for d in items]
    assert {"40": ["Harbour Gazette"], "65": ["Coastal Times"]} in values, (
        "the two outlets' counts of exchanged prisoners (40 vs 65) should be a discrepancy; "
        "if this fails the compare stage stopped finding it, not the web layer"
    )


@pytest.mark.parametrize("q, doc_outlets", [("Rotterdam", 3), ("Antwerp", 1), ("Yilmaz", 1), ("zzzz", 0)])
def test_routes_api_search_finds_words(client, built_db, q, doc_outlets):
    body = client.get("/api/search", params={"q": q}).json()
    assert len({h["doc_id"] for h in body["items"]}) == doc_outlets
    assert body["total"] == len(body["items"])
