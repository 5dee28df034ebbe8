"""The app as a whole: security headers, error mapping, OpenAPI, static files; and in a browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dossier.web.app import create_app
from dossier.web.security import SECURITY_HEADERS


@pytest.mark.parametrize(
    "method, path, status",
    [
        ("GET", "/", 200),
        ("GET", "/api/documents", 200),
        ("GET", "/static/app.css", 200),
        ("GET", "/static/app.js", 200),
        ("GET", "/documents/missing", 404),
        ("GET", "/api/events/missing", 404),
        ("GET", "/api/events?from=yesterday", 422),
        ("POST", "/api/build", 403),
        ("GET", "/no-such-page", 404),
        ("GET", "/stories", 200),
        ("GET", "/api/stories", 200),
        ("GET", "/timeline/report", 200),
        ("GET", "/api/timeline/digest", 200),
    ],
)
def test_app_sets_security_headers_on_every_response(empty_db, method, path, status):
    response = TestClient(create_app(empty_db)).request(method, path)
    assert response.status_code == status
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


def test_app_csp_forbids_inline_script_and_style():
    policy = SECURITY_HEADERS["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.parametrize(
    "path, status, fragment",
    [
        ("/api/documents/nope", 404, "no document with id 'nope'"),
        ("/api/events/nope", 404, "no event with id 'nope'"),
        ("/api/events?entity=Nobody", 400, "no entity named 'Nobody'"),
        ("/api/search", 422, "query.q"),
        ("/api/events/nope/sources", 404, "no event with id 'nope'"),
        ("/api/framing?story=nope", 404, "no story with id 'nope'"),
        ("/api/timeline/digest?dates=0", 422, "query.dates"),
    ],
)
def test_app_turns_errors_into_json(empty_db, path, status, fragment):
    response = TestClient(create_app(empty_db)).get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["status"] == status
    assert fragment in response.json()["error"]


@pytest.mark.parametrize(
    "path, status, fragment",
    [
        ("/events/nope", 404, "no event with id &#39;nope&#39;"),
        ("/entities/nope", 404, "no entity with id &#39;nope&#39;"),
        ("/?from=31-12-2025", 400, "from must be a date like 2025-05-16"),
        ("/?story=nope", 404, "no story with id &#39;nope&#39;"),
        ("/framing?story=nope", 404, "no story with id &#39;nope&#39;"),
        ("/timeline/report?format=pdf", 422, "query.format"),
    ],
)
def test_app_turns_errors_into_html_pages(empty_db, path, status, fragment):
    response = TestClient(create_app(empty_db)).get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert fragment in response.text


def test_app_openapi_lists_every_endpoint(empty_db):
    schema = TestClient(create_app(empty_db)).get("/api/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/events", "/api/events/{event_id}",
        "/api/timeline", "/api/discrepancies", "/api/search", "/api/ingest", "/api/build",
        "/api/events/{event_id}/sources", "/api/stories", "/api/framing", "/api/timeline/digest",
    }


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_app_has_no_cdn_docs_pages(empty_db, path):
    assert TestClient(create_app(empty_db)).get(path).status_code == 404


# -- in a real browser --------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="module")
def base_url(built_db):
    from dossier.web.server import running

    with running(create_app(built_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (install Debian's chromium package to run browser tests)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors (a CSP violation is one) and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors, tab.dialogs = [], []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_timeline_to_event_side_by_side(page, base_url, built_db):
    from dossier import api

    merged = max(api.events(db=built_db), key=lambda e: len(e.doc_ids))
    page.goto(base_url + "/")
    assert page.locator("#timeline li.card").count() == len(api.events(db=built_db))
    page.click(f'a.card-link[href="/events/{merged.event_id}"]')
    page.wait_for_url(f"**/events/{merged.event_id}")
    columns = page.locator("section.source")
    assert columns.count() == 2
    first, second = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert first["y"] == second["y"] and second["x"] >= first["x"] + first["width"]
    assert page.locator("section.source mark.ann-trigger").count() == len(merged.mention_ids)
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_zoom_with_buttons_and_keys(page, base_url):
    page.goto(base_url + "/")
    timeline = page.locator("#timeline")
    assert timeline.get_attribute("data-zoom") == "2"
    page.keyboard.press("+")
    assert timeline.get_attribute("data-zoom") == "3"
    assert page.locator(".card-evidence").first.is_visible()
    page.click("#zoom-out")
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert timeline.get_attribute("data-zoom") == "0"
    assert page.locator("#zoom-out").is_disabled()
    assert not page.locator(".card-summary").first.is_visible()
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_search_for_a_name(page, base_url):
    page.goto(base_url + "/")
    page.fill("#site-search", "Berg")
    page.press("#site-search", "Enter")
    page.wait_for_url("**/search?q=Berg")
    page.click("text=Anna Berg")
    assert page.locator("h1").inner_text().startswith("Anna Berg")
    assert page.locator("figure.quote").count() >= 1
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_script_in_article_stays_text(page, base_url, built_db):
    from dossier import api

    doc = next(d for d in api.docs(db=built_db) if d.outlet == "Quay Review")
    page.goto(f"{base_url}/documents/{doc.doc_id}")
    assert "<script>alert(1)</script>" in page.locator("article.article-text").inner_text()
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert page.locator("article.article-text script").count() == 0
    page.wait_for_timeout(200)
    assert page.dialogs == []
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_first_tab_reaches_skip_link(page, base_url):
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_phone_width_stacks_sources(browser, base_url, built_db):
    from dossier import api

    merged = max(api.events(db=built_db), key=lambda e: len(e.doc_ids))
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{base_url}/events/{merged.event_id}")
    first, second = (tab.locator("section.source").nth(i).bounding_box() for i in (0, 1))
    width = tab.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert second["y"] > first["y"] and first["x"] == second["x"]
    assert width <= 390


@pytest.fixture(scope="module")
def framing_url(framing_db):
    from dossier.web.server import running

    with running(create_app(framing_db)) as url:
        yield url


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_event_sources_table_flags_dispute(page, base_url, built_db):
    from dossier import api

    event_id = next(d.event_id for d in api.discrepancies(db=built_db) if d.event_id)
    page.goto(f"{base_url}/events/{event_id}")
    table = page.locator("table.source-values")
    assert table.is_visible()
    assert table.bounding_box()["y"] < page.locator("section.source").first.bounding_box()["y"]
    disputed = page.locator("table.source-values tr.value-disputed")
    assert disputed.count() == 2
    assert [disputed.nth(i).locator(".value").inner_text() for i in range(2)] == ["40", "65"]
    page.locator("table.source-values tr.value-disputed a").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("h1").inner_text().startswith("Port talks in Rotterdam")
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_app_browser_framing_evidence_opens_cited_sentence(page, framing_url):
    page.goto(framing_url + "/framing")
    assert page.locator("section.concept h2").inner_text().startswith("status of terminals")
    assert page.locator("table.terms span.term").all_inner_texts() == [
        "confiscated by operators", "leased by operators", "seized by operators"]
    assert "<script>alert(1)</script>" in page.locator("table.terms").inner_text()
    link = page.locator("table.terms a", has_text="Quay Review")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents/*#cited")
    cited = page.locator("#cited")
    assert cited.inner_text().startswith("Staff from the Norhaven and Eskvik terminals confiscated")
    assert cited.is_visible()
    page.wait_for_timeout(100)
    assert page.dialogs == [] and page.errors == []
