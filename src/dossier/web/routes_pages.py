"""The HTML pages: server-rendered with autoescaping Jinja templates and a little static JS."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from dossier import api, models
from dossier.errors import DossierError
from dossier.web import analyses, views
from dossier.web.security import Action, require

PAGE_SIZE = 50  # articles (or stories) per page of a list
# File name and media type of each downloadable report format.
REPORT_FILES = {"html": ("dossier-timeline.html", "text/html; charset=utf-8"),
                "markdown": ("dossier-timeline.md", "text/markdown; charset=utf-8")}

router = APIRouter(dependencies=[Depends(require(Action.READ))], include_in_schema=False)


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def _db(request: Request) -> str:
    return request.app.state.db


def _parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DossierError(f"{name} must be a date like 2025-05-16, not {value!r}") from None


def _timeline_filters(type_, entity, from_, to, min_sources) -> dict[str, Any]:
    return dict(event_type=type_ or None, entity=entity or None, date_from=_parse_date(from_, "from"),
                date_to=_parse_date(to, "to"), min_sources=min_sources)


TypeQuery = Annotated[str | None, Query(alias="type")]
FromQuery = Annotated[str | None, Query(alias="from")]
MinSources = Annotated[int, Query(ge=1)]


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, type_: TypeQuery = None, entity: str | None = None, from_: FromQuery = None,
                  to: str | None = None, min_sources: MinSources = 1, story: str | None = None) -> HTMLResponse:
    db = _db(request)
    entries = api.timeline(db=db, **_timeline_filters(type_, entity, from_, to, min_sources))
    if story:
        entries = analyses.story_entries(entries, analyses.find_story(story, db))
    form = {"type": type_ or "", "entity": entity or "", "from": from_ or "", "to": to or "", "min_sources": min_sources,
            "story": story or ""}
    report_query = urlencode({k: v for k, v in form.items() if v and k != "story" and (k, v) != ("min_sources", 1)})
    return _render(request, "timeline.html", groups=views.timeline_groups(entries), count=len(entries),
                   form=form, event_types=[t.value for t in models.EventType], stories=api.stories(db=db),
                   report_query=report_query)


@router.get("/timeline/report")
def timeline_report(request: Request, fmt: Annotated[str, Query(alias="format", pattern="^(html|markdown)$")] = "html",
                    type_: TypeQuery = None, entity: str | None = None, from_: FromQuery = None,
                    to: str | None = None, min_sources: MinSources = 1,
                    dates: Annotated[int | None, Query(ge=1)] = None) -> Response:
    """The timeline as a file to keep: a self-contained HTML page or Markdown, as a download."""
    filters = _timeline_filters(type_, entity, from_, to, min_sources)
    text = api.timeline_report(db=_db(request), fmt=fmt, dates=dates, **filters)
    name, media = REPORT_FILES[fmt]
    return Response(text, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    db = _db(request)
    view = views.event_view(event_id, db)
    return _render(request, "event.html", view=view, rows=analyses.event_rows(view, db))


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    db = _db(request)
    stories = api.stories(db=db)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    shown = analyses.story_views(stories[(page - 1) * PAGE_SIZE:page * PAGE_SIZE], db)
    return _render(request, "stories.html", stories=shown, page=page, pages=pages, total=len(stories))


@router.get("/framing", response_class=HTMLResponse)
def framing_page(request: Request, story: str | None = None) -> HTMLResponse:
    db = _db(request)
    chosen = analyses.find_story(story, db) if story else None
    groups = request.app.state.framing.get(db, chosen)
    return _render(request, "framing.html", groups=analyses.framing_views(groups), stories=api.stories(db=db),
                   story=chosen)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, label: str | None = None) -> HTMLResponse:
    entities = api.entities(db=_db(request))
    labels = sorted({e.label for e in entities})
    chosen = [e for e in entities if not label or e.label == label]
    return _render(request, "entities.html", entities=chosen, labels=labels, label=label or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    return _render(request, "entity.html", view=views.entity_view(entity_id, _db(request)))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    db = _db(request)
    total = views.count_documents(db)
    documents = api.docs(db=db, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    return _render(request, "documents.html", documents=documents, page=page, pages=pages, total=total)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, start: Annotated[int | None, Query(ge=0)] = None,
                  end: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    cited = (start, end) if start is not None and end is not None else None
    view = views.document_view(doc_id, _db(request), cited)
    return _render(request, "document.html", view=view, url=views.safe_url(view.document.url), cited=cited is not None)


@router.get("/discrepancies", response_class=HTMLResponse)
def discrepancies_page(request: Request) -> HTMLResponse:
    return _render(request, "discrepancies.html", discrepancies=api.discrepancies(db=_db(request)))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> HTMLResponse:
    db = _db(request)
    results = views.search_results(q, db) if q.strip() else []
    entities = views.matching_entities(q, db) if q.strip() else []
    return _render(request, "search.html", q=q, results=results, entities=entities)
