"""The web app: REST API, HTML pages and static files over one dossier database.

``create_app`` builds the FastAPI application; ``serve`` runs it with uvicorn. Nothing is loaded
from outside the package: no CDN, every script and stylesheet is served from /static, and
FastAPI's interactive docs (which load assets from a CDN) are off; the OpenAPI schema stays at
/api/openapi.json.
"""

from __future__ import annotations

import threading
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from dossier.errors import DocumentNotFound, DossierError, EntityNotFound, EventNotFound
from dossier.web import routes_api, routes_pages
from dossier.web.analyses import FramingCache, StoryNotFound
from dossier.web.security import SECURITY_HEADERS

HERE = Path(__file__).parent
NOT_FOUND = (DocumentNotFound, EventNotFound, EntityNotFound, StoryNotFound)


def create_app(db: str, *, token: str | None = None) -> FastAPI:
    """Build the web app for one database.

    Args:
        db: SQLite path or PostgreSQL URL, as for every ``dossier.api`` function.
        token: the operator's secret for POST /api/ingest and /api/build; None disables them.

    Returns:
        A FastAPI application; run it with uvicorn or :func:`serve`.
    """
    app = FastAPI(title="dossier", version="1", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.db = db
    app.state.token = token or None
    app.state.write_lock = threading.Lock()
    app.state.framing = FramingCache()
    app.state.templates = Jinja2Templates(env=_environment())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.add_exception_handler(DossierError, _dossier_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.middleware("http")(_security_headers)
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the web app with uvicorn until interrupted.

    Args:
        db: SQLite path or PostgreSQL URL.
        host: address to listen on; the default only accepts connections from this machine.
        port: TCP port.
        token: enables the data-changing endpoints for clients that send it.
    """
    import uvicorn

    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="info")


def _environment() -> jinja2.Environment:
    # Autoescape every template, whatever its file name: article text is untrusted input.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["short"] = _short
    return env


def _short(text: str | None, limit: int = 200) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _security_headers(request: Request, call_next) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers
    )


async def _dossier_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, NOT_FOUND) else 400
    return _error(request, status, str(exc) or type(exc).__name__)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else "request refused"
    return _error(request, exc.status_code, detail, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()
    )
    return _error(request, 422, f"invalid request: {problems}")
