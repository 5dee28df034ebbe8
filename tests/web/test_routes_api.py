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


def _disputed_event(built_db):
    return next(d.event_id for d in api.discrepancies(db=built_db) if d.event_id)


def test_routes_api_event_sources_give_each_value_with_its_outlets(client, built_db):
    event_id = _disputed_event(built_db)
    body = client.get(f"/api/events/{event_id}/sources").json()
    assert body["event_id"] == event_id
    expected = api.event_sources(event_id, db=built_db)
    assert [a["attribute"] for a in body["attributes"]] == [a.attribute for a in expected]
    counts = next(a for a in body["attributes"] if a["attribute"] == "count:prisoners")
    assert {v["value"]: v["outlets"] for v in counts["values"]} == {"40": ["Harbour Gazette"], "65": ["Coastal Times"]}
    assert counts["agreed"] is False and counts["independent_sources"] == {"40": 1, "65": 1}
    assert set(counts["first_reported"]) == {"40", "65"} and counts["anonymous_only"] == []


@pytest.mark.parametrize("limit, offset, count", [(1, 0, 1), (100, 0, 1), (1, 1, 0)])
def test_routes_api_stories_paginate(client, built_db, limit, offset, count):
    body = client.get("/api/stories", params={"limit": limit, "offset": offset}).json()
    stories = api.stories(db=built_db)
    assert (body["total"], len(body["items"])) == (len(stories), count)
    if count:
        assert body["items"][0]["story_id"] == stories[0].story_id
        assert sorted(body["items"][0]["doc_ids"]) == sorted(d.doc_id for d in api.docs(db=built_db))


def test_routes_api_framing_lists_terms_outlets_and_evidence(framing_client, framing_db):
    body = framing_client.get("/api/framing").json()
    assert body["total"] == 1, "the framing stage should find the three outlets' words for the terminals"
    group = body["items"][0]
    assert group["concept"] == "status of terminals"
    assert {t["term"]: t["outlets"] for t in group["terms"]} == {
        "confiscated by operators": ["Quay Review"], "leased by operators": ["Wharf Herald"],
        "seized by operators": ["Pier Standard"],
    }
    texts = {d.doc_id: d.text for d in api.docs(db=framing_db)}
    for term in group["terms"]:
        for ev in term["evidence"]:
            assert texts[ev["doc_id"]][ev["start"]:ev["end"]].strip() == ev["sentence"]


@pytest.mark.parametrize("params, status", [({"story": "sty_nope"}, 404), ({"limit": 0}, 422)])
def test_routes_api_framing_refuses_bad_requests(framing_client, params, status):
    assert framing_client.get("/api/framing", params=params).status_code == status


@pytest.mark.parametrize("dates, per_date", [(1, 1), (2, 2), (None, 1)])
def test_routes_api_timeline_digest_keeps_salient_dates(client, built_db, dates, per_date):
    params = {"sentences_per_date": per_date} | ({"dates": dates} if dates else {})
    body = client.get("/api/timeline/digest", params=params).json()
    expected = api.timeline_digest(db=built_db, dates=dates, sentences_per_date=per_date)
    assert [d["date_value"] for d in body["items"]] == [d.date_value for d in expected]
    assert body["total"] == (dates or len(expected))
    assert all(0 < len(d["evidence"]) <= per_date for d in body["items"])


@pytest.mark.parametrize("params", [{"dates": 0}, {"sentences_per_date": 0}, {"sentences_per_date": 21}])
def test_routes_api_timeline_digest_rejects_bad_sizes(client, params):
    assert client.get("/api/timeline/digest", params=params).status_code == 422
