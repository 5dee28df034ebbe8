"""Fetch a URL safely: public addresses only, bounded time and size, checked redirects.

A URL given to a shared dossier server must not reach the machine's own network (cloud metadata
endpoints, admin pages on localhost). Every host is resolved and all its addresses checked
before connecting, and each redirect target is checked again, because a public page can redirect
to a private address. Redirects are followed by hand for that reason.

Known limit: the host is resolved again by the HTTP client when it connects, so a DNS server
that answers differently within milliseconds (DNS rebinding) is not stopped by this check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from dossier.errors import IngestError, UnsafeURL
from dossier.ingest.options import IngestOptions

MAX_REDIRECTS = 5
HEADERS = {
    "User-Agent": "dossier/0.1 (news article ingest)",
    "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "text/xml;q=0.9, */*;q=0.5",
}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response: the final URL after redirects, its body and content type."""

    url: str
    content: bytes
    content_type: str


def is_url(source: str) -> bool:
    """Return True for an ``http://`` or ``https://`` source."""
    return source.lower().startswith(("http://", "https://"))


def _is_forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
        or not address.is_global
    )


def check_url_safe(url: str, *, allow_private: bool) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address.

    Args:
        url: the URL about to be requested.
        allow_private: skip the address check (for a local test server or an intranet).

    Raises:
        IngestError: the scheme is not http(s), there is no host, or the host does not resolve.
        UnsafeURL: an address of the host is loopback, private, link-local, reserved or
            multicast.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(f"{url}: only http:// and https:// URLs with a host can be fetched")
    if allow_private:
        return
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as error:
        raise IngestError(f"{url}: cannot resolve host {host!r} ({error})") from error
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if _is_forbidden(address):
            raise UnsafeURL(
                f"{url}: host {host!r} resolves to the non-public address {address}; "
                "fetching it is refused unless you pass --allow-private"
            )


def fetch_url(
    url: str, options: IngestOptions, *, transport: httpx.BaseTransport | None = None
) -> Fetched:
    """Fetch a URL with the address, time and size limits of ``options``.

    Args:
        url: an http(s) URL.
        options: ``allow_private``, ``fetch_timeout`` and ``max_fetch_bytes`` apply.
        transport: an httpx transport to send requests through instead of the network (tests
            use ``httpx.MockTransport``); the address checks apply all the same.

    Returns:
        The final URL, body and content type.

    Raises:
        UnsafeURL: the URL or a redirect target points at a non-public address.
        IngestError: unreachable, an HTTP error status, too many redirects, too slow or too big.
    """
    deadline = time.monotonic() + options.fetch_timeout
    timeout = httpx.Timeout(options.fetch_timeout)
    # trust_env=False: a proxy from the environment would make the address check meaningless.
    with httpx.Client(
        timeout=timeout, headers=HEADERS, trust_env=False, transport=transport
    ) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_url_safe(current, allow_private=options.allow_private)
            result = _get(client, current, options, deadline)
            if isinstance(result, Fetched):
                return result
            current = result
    raise IngestError(f"{url}: more than {MAX_REDIRECTS} redirects; giving up")


def _get(client: httpx.Client, url: str, options: IngestOptions, deadline: float) -> Fetched | str:
    """Request once; return the response, or the next URL when it is a redirect."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            if response.status_code >= 400:
                raise IngestError(f"{url}: the server answered HTTP {response.status_code}")
            content = _read_capped(response, url, options.max_fetch_bytes, deadline)
            content_type = response.headers.get("content-type", "")
            return Fetched(url=url, content=content, content_type=content_type.lower())
    except httpx.TimeoutException as error:
        raise IngestError(
            f"{url}: no answer within {options.fetch_timeout:g} s; raise fetch_timeout or retry"
        ) from error
    except httpx.HTTPError as error:
        raise IngestError(f"{url}: cannot fetch the URL ({error})") from error


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise IngestError(f"{url}: the response is {int(declared):,} bytes, over {max_bytes:,}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(
                f"{url}: the response is larger than the limit of {max_bytes:,} bytes"
            )
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("overall fetch deadline passed")
        chunks.append(chunk)
    return b"".join(chunks)
