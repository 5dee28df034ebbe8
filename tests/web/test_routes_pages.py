"""The HTML pages over a dossier built by the real pipeline; hostile text must stay text."""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import escape

from dossier import api
HOSTILE = "<script>alert(1)</script>"  # as written in the fixture article (conftest.ARTICLES)

pytestmark = pytest.mark.slow

MARK = re.compile(r'<mark class="ann ann-(\w+)"[^>]*>([^<]*)</mark>')


def _doc(built_db, outlet):
    return next(d for d in api.docs(db=built_db) if d.outlet == outlet)


def _between(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_routes_pages_document_escapes_script_tags(client, built_db):
    page = client.get(f"/documents/{_doc(built_db, 'Quay Review').doc_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert HOSTILE not in page
    assert "O&#39;Brien &amp; Sons" in page
    assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/app.js" defer>']


@pytest.mark.parametrize("path", ["/", "/search?q=letter", "/documents", "/entities", "/discrepancies"])
def test_routes_pages_never_emit_article_markup(client, path):
    page = client.get(path).text
    assert HOSTILE not in page
    assert "<script>" not in page


def test_routes_pages_event_page_of_hostile_article_is_escaped(client, built_db):
    doc = _doc(built_db, "Quay Review")
    event = next(e for e in api.events(db=built_db) if doc.doc_id in e.doc_ids)
    page = client.get(f"/events/{event.event_id}").text
    assert HOSTILE not in page
    assert "Quay Review" in page


def test_routes_pages_document_text_survives_annotation(client, built_db):
    doc = _doc(built_db, "Harbour Gazette")
    page = client.get(f"/documents/{doc.doc_id}").text
    body = _between(page, '<article class="article-text" aria-label="Article text with annotations">', "</article>")
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == doc.text


def test_routes_pages_document_marks_names_dates_quantities_quotes(client, built_db):
    doc = _doc(built_db, "Harbour Gazette")
    page = client.get(f"/documents/{doc.doc_id}").text
    marks = MARK.findall(page)
    assert ("name", "Anna Berg") in marks
    assert ("quantity", "40") in marks or any(k == "quantity" and "40" in t for k, t in marks)
    assert any(k == "date" and "March 10" in t for k, t in marks)
    # the quote holds a date ("today"), so its mark has marks inside: match its opening only
    assert re.search(r'<mark class="ann ann-quote"[^>]*>(&#34;)?We made real progress', page)


def test_routes_pages_event_shows_sources_side_by_side(client, built_db):
    merged = max(api.events(db=built_db), key=lambda e: len(e.doc_ids))
    page = client.get(f"/events/{merged.event_id}").text
    outlets = re.findall(r'<section class="source"[^>]*>\s*<h3[^>]*><a href="/documents/\w+">([^<]+)</a>', page)
    assert outlets == ["Harbour Gazette", "Coastal Times"]


def test_routes_pages_event_marks_each_trigger(client, built_db):
    merged = max(api.events(db=built_db), key=lambda e: len(e.doc_ids))
    _, _, mentions = api.event(merged.event_id, db=built_db)
    page = client.get(f"/events/{merged.event_id}").text
    for mention in mentions:
        start = mention.trigger_start - mention.sentence_start
        sentence = mention.sentence
        marked = f'{escape(sentence[:start])}<mark class="ann ann-trigger">{escape(mention.trigger)}</mark>'
        assert str(marked) in page


def test_routes_pages_event_marks_disagreement(client, built_db):
    disputed = next(d for d in api.discrepancies(db=built_db) if d.event_id)
    page = client.get(f"/events/{disputed.event_id}").text
    assert "Sources disagree" in page
    for value in disputed.values:
        assert f'<span class="value">{escape(value.value)}</span>' in page
    flagged = {m for v in disputed.values for m in v.mention_ids}
    _, _, mentions = api.event(disputed.event_id, db=built_db)
    shown = [m for m in mentions if m.mention_id in flagged]
    assert page.count('class="mention disputed"') == len(shown) > 0


def test_routes_pages_timeline_links_every_event(client, built_db):
    page = client.get("/").text
    links = set(re.findall(r'href="/events/(evt_\w+)"', page))
    assert links == {e.event_id for e in api.events(db=built_db)}
    assert 'id="zoom-in"' in page and 'id="zoom-out"' in page


@pytest.mark.parametrize("params, expected_type", [({"type": "meeting"}, "meeting"), ({"min_sources": 2}, None)])
def test_routes_pages_timeline_applies_filters(client, built_db, params, expected_type):
    page = client.get("/", params=params).text
    kwargs = {"event_type": params["type"]} if "type" in params else {"min_sources": params["min_sources"]}
    expected = {e.event_id for e in api.events(db=built_db, **kwargs)}
    assert set(re.findall(r'href="/events/(evt_\w+)"', page)) == expected
    if expected_type:
        assert set(re.findall(r'class="card type-(\w+)', page)) == {expected_type}


def test_routes_pages_entity_shows_aliases_events_quotes(client, built_db):
    berg = next(e for e in api.entities(db=built_db) if e.name == "Anna Berg")
    page = client.get(f"/entities/{berg.entity_id}").text
    assert "<h1>Anna Berg" in page
    assert all(f'<li class="chip">{escape(a)}</li>' in page for a in berg.aliases)
    assert "We made real progress today" in page
    assert set(re.findall(r'href="/events/(evt_\w+)"', page)) == {e.event_id for e in api.events(db=built_db, entity="Anna Berg")}


def test_routes_pages_search_finds_names_and_passages(client, built_db):
    page = client.get("/search", params={"q": "Berg"}).text
    berg = next(e for e in api.entities(db=built_db) if e.name == "Anna Berg")
    assert f'href="/entities/{berg.entity_id}"' in page
    assert '<mark class="ann ann-match">Berg</mark>' in page


def test_routes_pages_discrepancies_list_values_and_outlets(client):
    page = client.get("/discrepancies").text
    assert '<span class="value">40</span>' in page and '<span class="value">65</span>' in page
    assert ">Harbour Gazette</a>" in page and ">Coastal Times</a>" in page


def test_routes_pages_have_skip_link_and_main_landmark(client):
    page = client.get("/").text
    assert '<a class="skip-link" href="#main">' in page
    assert '<main id="main" tabindex="-1">' in page
