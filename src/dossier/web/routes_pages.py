"""The HTML pages: server-rendered with autoescaping Jinja templates and a little static JS."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from dossier import api, models
from dossier.errors import DossierError
from dossier.web import views
from dossier.web.security import Action, require

PAGE_SIZE = 50  # articles per page of the document list

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


@router.get("/", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    type_: Annotated[str | None, Query(alias="type")] = None,
    entity: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    min_sources: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    filters = dict(event_type=type_ or None, entity=entity or None, date_from=_parse_date(from_, "from"),
                   date_to=_parse_date(to, "to"), min_sources=min_sources)
    entries = api.timeline(db=_db(request), **filters)
    form = {"type": type_ or "", "entity": entity or "", "from": from_ or "", "to": to or "", "min_sources": min_sources}
    return _render(request, "timeline.html", groups=views.timeline_groups(entries), count=len(entries),
                   form=form, event_types=[t.value for t in models.EventType])


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    return _render(request, "event.html", view=views.event_view(event_id, _db(request)))


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
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    view = views.document_view(doc_id, _db(request))
    return _render(request, "document.html", view=view, url=views.safe_url(view.document.url))


@router.get("/discrepancies", response_class=HTMLResponse)
def discrepancies_page(request: Request) -> HTMLResponse:
    return _render(request, "discrepancies.html", discrepancies=api.discrepancies(db=_db(request)))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> HTMLResponse:
    db = _db(request)
    results = views.search_results(q, db) if q.strip() else []
    entities = views.matching_entities(q, db) if q.strip() else []
    return _render(request, "search.html", q=q, results=results, entities=entities)
