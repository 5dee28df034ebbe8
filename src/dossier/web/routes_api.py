"""The REST API under /api: each handler parses its input, calls ``dossier.api`` and returns JSON.

Names match the CLI and the Python API (``GET /api/timeline?entity=X`` is
``api.timeline(entity="X")``). Lists come as ``{"total", "limit", "offset", "items"}``.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator

from dossier import api
from dossier.ingest import IngestOptions
from dossier.present.render import jsonable
from dossier.web import analyses, views
from dossier.web.security import Action, require

MAX_LIMIT = 500  # largest page a client may ask for
MAX_INGEST_URLS = 100  # URLs accepted in one ingest request
MAX_SEARCH_HITS = 1000  # hits counted for a search's total
MAX_SENTENCES_PER_DATE = 20  # evidence sentences a digest may tell each date with

router = APIRouter(prefix="/api", tags=["dossier"], dependencies=[Depends(require(Action.READ))])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class Page(BaseModel):
    """One page of a list."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class IngestRequest(BaseModel):
    """URLs of articles to fetch; private, loopback and link-local addresses are refused."""

    urls: list[str] = Field(min_length=1, max_length=MAX_INGEST_URLS)

    @field_validator("urls")
    @classmethod
    def _http_only(cls, urls: list[str]) -> list[str]:
        # The server must never read its own files on a client's behalf: URLs only.
        bad = [u for u in urls if u.split(":", 1)[0].lower() not in ("http", "https")]
        if bad:
            raise ValueError(f"only http(s) URLs can be ingested over the API, not {bad[:3]}")
        return urls


def _db(request: Request) -> str:
    return request.app.state.db


def _page(items: list[Any], limit: int, offset: int) -> Page:
    return Page(total=len(items), limit=limit, offset=offset, items=jsonable(items[offset:offset + limit]))


def _event_filters(
    type_: Annotated[str | None, Query(alias="type", description="event type")] = None,
    entity: str | None = None,
    from_: Annotated[date | None, Query(alias="from")] = None,
    to: date | None = None,
    min_sources: Annotated[int, Query(ge=1)] = 1,
) -> dict[str, Any]:
    return dict(event_type=type_, entity=entity, date_from=from_, date_to=to, min_sources=min_sources)


EventFilters = Annotated[dict, Depends(_event_filters)]


@router.get("/documents", response_model=Page, summary="Stored articles, oldest first")
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page:
    db = _db(request)
    documents = api.docs(db=db, limit=limit, offset=offset)
    # The list leaves the text out (it can be megabytes); GET /api/documents/{id} has it.
    items = [{k: v for k, v in jsonable(d).items() if k != "text"} | {"chars": len(d.text)} for d in documents]
    return Page(total=views.count_documents(db), limit=limit, offset=offset, items=items)


@router.get("/documents/{doc_id}", summary="One article with its analysis")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    db = _db(request)
    document = api.document(doc_id, db=db)
    return {"document": jsonable(document), "analysis": jsonable(api.analysis(doc_id, db=db))}


@router.get("/entities", response_model=Page, summary="Entities, most mentioned first")
def list_entities(request: Request, label: str | None = None, limit: Limit = 100, offset: Offset = 0) -> Page:
    return _page(api.entities(db=_db(request), label=label), limit, offset)


@router.get("/events", response_model=Page, summary="Canonical events, filtered like the timeline")
def list_events(request: Request, filters: EventFilters, limit: Limit = 100, offset: Offset = 0) -> Page:
    return _page(api.events(db=_db(request), **filters), limit, offset)


@router.get("/events/{event_id}", summary="One event with its evidence and every mention")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    event, evidence, mentions = api.event(event_id, db=_db(request))
    return {"event": jsonable(event), "evidence": jsonable(evidence), "mentions": jsonable(mentions)}


@router.get("/events/{event_id}/sources", summary="Each attribute of one event, value by value with its sources")
def get_event_sources(request: Request, event_id: str) -> dict[str, Any]:
    attributes = api.event_sources(event_id, db=_db(request))
    return {"event_id": event_id, "attributes": [jsonable(a) | {"agreed": a.agreed} for a in attributes]}


@router.get("/timeline", response_model=Page, summary="Events by date, each with its evidence")
def get_timeline(request: Request, filters: EventFilters, limit: Limit = 100, offset: Offset = 0) -> Page:
    return _page(api.timeline(db=_db(request), **filters), limit, offset)


@router.get("/timeline/digest", response_model=Page,
            summary="The timeline cut to its most salient dates, each told by its best sentences")
def get_timeline_digest(
    request: Request,
    filters: EventFilters,
    dates: Annotated[int | None, Query(ge=1, description="keep the N most salient dates; all when absent")] = None,
    sentences_per_date: Annotated[int, Query(ge=1, le=MAX_SENTENCES_PER_DATE)] = 2,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page:
    digest = api.timeline_digest(db=_db(request), dates=dates, sentences_per_date=sentences_per_date, **filters)
    return _page(digest, limit, offset)


@router.get("/stories", response_model=Page, summary="Stories: groups of articles about the same events")
def list_stories(request: Request, limit: Limit = 100, offset: Offset = 0) -> Page:
    return _page(api.stories(db=_db(request)), limit, offset)


@router.get("/framing", response_model=Page, summary="Concepts outlets name differently, with the terms each uses")
def list_framing(request: Request, story: str | None = None, limit: Limit = 100, offset: Offset = 0) -> Page:
    db = _db(request)
    chosen = analyses.find_story(story, db) if story else None
    return _page(request.app.state.framing.get(db, chosen), limit, offset)


@router.get("/discrepancies", response_model=Page, summary="Where sources disagree, most severe first")
def list_discrepancies(request: Request, limit: Limit = 100, offset: Offset = 0) -> Page:
    return _page(api.discrepancies(db=_db(request)), limit, offset)


@router.get("/search", response_model=Page, summary="Full-text search over articles and evidence")
def search(request: Request, q: Annotated[str, Query(min_length=1)], limit: Limit = 50, offset: Offset = 0) -> Page:
    return _page(api.search(q, db=_db(request), limit=MAX_SEARCH_HITS), limit, offset)


@router.post("/ingest", summary="Fetch and store articles from URLs (needs the token)",
             dependencies=[Depends(require(Action.WRITE))])
def ingest(request: Request, body: IngestRequest) -> dict[str, Any]:
    with _exclusive(request):
        report = api.ingest(body.urls, db=_db(request), options=IngestOptions(allow_private=False))
    return jsonable(report)


@router.post("/build", summary="Analyse new articles and re-resolve (needs the token)",
             dependencies=[Depends(require(Action.WRITE))])
def build(request: Request) -> dict[str, Any]:
    with _exclusive(request):
        report = api.build(db=_db(request))
    return jsonable(report)


class _exclusive:
    """Hold the app's write lock, or answer 409 at once when another write is running.

    SQLite has a single writer, so one ingest or build runs at a time and others retry.
    """

    def __init__(self, request: Request):
        self.lock: threading.Lock = request.app.state.write_lock

    def __enter__(self) -> None:
        if not self.lock.acquire(blocking=False):
            raise HTTPException(status_code=409, detail="another ingest or build is running; retry later")

    def __exit__(self, *exc) -> None:
        self.lock.release()
