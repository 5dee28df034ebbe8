"""The HTML pages over a dossier built by the real pipeline; hostile text must stay text."""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import escape

from dossier import api
from dossier.web.analyses import attribute_label

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


# -- the newer analyses: sources table, stories, framing, report ---------------------------------

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_routes_pages_event_says_what_each_source_says_above_columns(client, built_db):
    event_id = next(d.event_id for d in api.discrepancies(db=built_db) if d.event_id)
    page = client.get(f"/events/{event_id}").text
    assert page.index("What each source says") < page.index("Sources side by side")
    table = _between(page, '<table class="source-values">', "</table>")
    headers = re.findall(r'<th scope="rowgroup" rowspan="(\d+)">([^<]+)', table)
    expected = api.event_sources(event_id, db=built_db)
    assert [(int(n), label.strip()) for n, label in headers] == [
        (len(a.values), attribute_label(a.attribute)) for a in expected
    ]
    counts = _between(table, '<tbody class="attribute disputed">', "</tbody>")
    assert counts.count('<tr class="value-disputed">') == 2
    assert '<span class="value">40</span>' in counts and ">Harbour Gazette</a>" in counts
    assert '<span class="value">65</span>' in counts and ">Coastal Times</a>" in counts


def test_routes_pages_stories_link_timeline_and_framing(client, built_db):
    page = client.get("/stories").text
    for story in api.stories(db=built_db):
        assert f"<h2 id=\"story-1\">{escape(story.label)}</h2>" in page
        assert f'href="/?story={story.story_id}"' in page and f'href="/framing?story={story.story_id}"' in page
    assert set(re.findall(r'href="/documents/(\w+)"', page)) == {d.doc_id for d in api.docs(db=built_db)}


@pytest.mark.parametrize("story, status", [("first", 200), ("sty_nope", 404)])
def test_routes_pages_timeline_filters_by_story(client, built_db, story, status):
    story_id = api.stories(db=built_db)[0].story_id if story == "first" else story
    response = client.get("/", params={"story": story_id})
    assert response.status_code == status
    if status == 200:
        members = set(api.stories(db=built_db)[0].doc_ids)
        expected = {e.event_id for e in api.events(db=built_db) if members & set(e.doc_ids)}
        assert set(re.findall(r'href="/events/(evt_\w+)"', response.text)) == expected
        assert f'<option value="{story_id}" selected>' in response.text


def test_routes_pages_framing_lists_terms_outlets_and_cited_sentences(framing_client, framing_db):
    page = framing_client.get("/framing").text
    assert '<h2 id="concept-1">status of terminals' in page
    terms = re.findall(r'<span class="term">([^<]+)</span></th>\s*<td><ul class="chips"><li class="chip">([^<]+)</li>', page)
    assert terms == [("confiscated by operators", "Quay Review"), ("leased by operators", "Wharf Herald"),
                     ("seized by operators", "Pier Standard")]
    links = re.findall(r'href="/documents/(\w+)\?start=(\d+)&amp;end=(\d+)#cited"', page)
    texts = {d.doc_id: d.text for d in api.docs(db=framing_db)}
    assert len(links) == 3 and all("terminals" in texts[d][int(s):int(e)] for d, s, e in links)


def test_routes_pages_document_boxes_cited_sentence(framing_client, framing_db):
    doc = _doc(framing_db, "Wharf Herald")
    start = doc.text.index("Workers")
    end = doc.text.index("Monday.") + len("Monday.")
    page = framing_client.get(f"/documents/{doc.doc_id}", params={"start": start, "end": end}).text
    cited = _between(page, '<span class="cited" id="cited" tabindex="-1">', "</span>")
    assert html.unescape(re.sub(r"<[^>]+>", "", cited)).startswith("Workers from the Norhaven")
    body = _between(page, '<article class="article-text" aria-label="Article text with annotations">', "</article>")
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == doc.text
    assert 'href="#cited"' in page


@pytest.mark.parametrize("path", ["/framing", "/stories", "/", "/?story=STORY", "/framing?story=STORY", "/timeline/report"])
def test_routes_pages_new_pages_escape_hostile_text(framing_client, framing_db, path):
    response = framing_client.get(path.replace("STORY", api.stories(db=framing_db)[0].story_id))
    assert response.status_code == 200
    assert HOSTILE not in response.text
    assert ESCAPED in response.text


def test_routes_pages_event_sources_table_of_hostile_article_is_escaped(framing_client, framing_db):
    doc = _doc(framing_db, "Quay Review")
    event = next(e for e in api.events(db=framing_db) if doc.doc_id in e.doc_ids)
    page = framing_client.get(f"/events/{event.event_id}").text
    assert "What each source says" in page and HOSTILE not in page
    assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/app.js" defer>']


@pytest.mark.parametrize(
    "fmt, filename, media, marker",
    [("html", "dossier-timeline.html", "text/html; charset=utf-8", "<!DOCTYPE html>"),
     ("markdown", "dossier-timeline.md", "text/markdown; charset=utf-8", "# Timeline")],
)
def test_routes_pages_report_downloads_as_attachment(client, built_db, fmt, filename, media, marker):
    response = client.get("/timeline/report", params={"format": fmt, "type": "meeting"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert response.headers["content-type"] == media
    assert response.text == api.timeline_report(db=built_db, fmt=fmt, event_type="meeting")
    assert response.text.startswith(marker)


@pytest.mark.parametrize("params, query", [({}, ""), ({"type": "meeting", "min_sources": 2}, "type=meeting&amp;min_sources=2&amp;")])
def test_routes_pages_timeline_report_links_keep_filters(client, params, query):
    page = client.get("/", params=params).text
    assert f'href="/timeline/report?{query}format=html" download' in page
    assert f'href="/timeline/report?{query}format=markdown" download' in page


def test_routes_pages_report_refuses_unknown_format(client):
    assert client.get("/timeline/report", params={"format": "pdf"}).status_code == 422
