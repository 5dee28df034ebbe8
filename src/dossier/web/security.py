"""Who may do what, and the headers every response carries.

Reading is open to anyone who can reach the server. Changing data (ingest, build) needs the
operator's token, sent as ``Authorization: Bearer <token>``; with no token configured those
endpoints are disabled, so a server started without one can never be made to fetch URLs or
spend minutes rebuilding. Every route depends on :func:`check_permission`, the one place that
decides.
"""

from __future__ import annotations

import enum
import hmac

from fastapi import HTTPException, Request

# No inline script or style anywhere: every script and stylesheet is a file under /static, so
# an article that smuggles markup past escaping still cannot run code.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class Action(str, enum.Enum):
    """What a request wants to do; each route declares one."""

    READ = "read"
    WRITE = "write"


def check_permission(request: Request, action: Action) -> None:
    """Allow or refuse one request; the single permission check behind every route.

    Args:
        request: the incoming request; the configured token is ``request.app.state.token``.
        action: READ is always allowed; WRITE needs the operator's bearer token.

    Raises:
        HTTPException: 403 "disabled" when no token is configured, 401 when the request's
            token is missing or wrong (compared in constant time).
    """
    if action is Action.READ:
        return
    token: str | None = getattr(request.app.state, "token", None)
    if not token:
        raise HTTPException(
            status_code=403,
            detail="disabled: data-changing endpoints need a token; start the server with --token",
        )
    scheme, _, offered = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(offered.strip().encode(), token.encode()):
        raise HTTPException(
            status_code=401,
            detail="missing or wrong token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def require(action: Action):
    """A FastAPI dependency that runs :func:`check_permission` for ``action``."""

    def dependency(request: Request) -> None:
        check_permission(request, action)

    return dependency
