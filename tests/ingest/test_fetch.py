from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from dossier.errors import IngestError, UnsafeURL
from dossier.ingest import IngestOptions, check_url_safe, fetch_url, iter_documents
from dossier.models import Document, Failure

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
PAGE = (DATA / "harbour-gazette-strike.html").read_bytes()
LOCAL = IngestOptions(allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin",
        "http://localhost:8080/",
        "http://10.1.2.3/",
        "http://172.16.0.9/",
        "http://192.168.1.1/router",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_fetch_refuses_non_public_addresses(url: str) -> None:
    with pytest.raises(UnsafeURL, match="--allow-private"):
        check_url_safe(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http:///nohost"])
def test_fetch_refuses_other_schemes(url: str) -> None:
    with pytest.raises(IngestError, match="only http:// and https://"):
        check_url_safe(url, allow_private=True)


def test_fetch_accepts_a_public_address_literal() -> None:
    assert check_url_safe("http://93.184.216.34/news", allow_private=False) is None


def test_fetch_local_page_with_allow_private(local_server) -> None:
    url = local_server.add("/news/dock-strike", body=PAGE)
    [doc] = list(iter_documents([url], LOCAL))
    assert isinstance(doc, Document)
    assert (doc.title, doc.source) == ("Dock workers end strike after overnight talks", url)


def test_fetch_local_page_refused_without_allow_private(local_server) -> None:
    url = local_server.add("/news/dock-strike", body=PAGE)
    [failure] = list(iter_documents([url], IngestOptions()))
    assert isinstance(failure, Failure) and failure.item == url
    assert "'127.0.0.1'" in failure.reason and "--allow-private" in failure.reason


def test_fetch_follows_redirects(local_server) -> None:
    target = local_server.add("/story", body=PAGE)
    start = local_server.add("/old-link", status=301, headers={"Location": "/story"})
    fetched = fetch_url(start, LOCAL)
    assert (fetched.url, fetched.content) == (target, PAGE)


def test_fetch_gives_up_after_five_redirects(local_server) -> None:
    for hop in range(7):
        local_server.add(f"/hop{hop}", status=302, headers={"Location": f"/hop{hop + 1}"})
    with pytest.raises(IngestError, match="more than 5 redirects"):
        fetch_url(local_server.base + "/hop0", LOCAL)


def test_fetch_refuses_redirect_to_private_address() -> None:
    # The first host is a public address literal, so no DNS is needed; the transport answers
    # in-process, so nothing leaves the machine.
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "93.184.216.34":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin"})
        return httpx.Response(200, html=PAGE.decode())

    with pytest.raises(UnsafeURL, match="'127.0.0.1'.*--allow-private"):
        fetch_url(
            "http://93.184.216.34/story", IngestOptions(), transport=httpx.MockTransport(answer)
        )


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"status": 404, "body": b"gone"}, "HTTP 404"),
        ({"body": b"x" * 5000}, "over 1,000"),
        ({"body": PAGE, "delay": 1.0}, "no answer within 0.3 s"),
    ],
    ids=["not-found", "too-big", "too-slow"],
)
def test_fetch_errors_name_the_problem(local_server, route: dict, message: str) -> None:
    url = local_server.add("/page", **route)
    options = IngestOptions(allow_private=True, max_fetch_bytes=1000, fetch_timeout=0.3)
    with pytest.raises(IngestError, match=message):
        fetch_url(url, options)


def test_fetch_streaming_stops_past_the_size_cap(local_server) -> None:
    # No Content-Length to trust: the cap must be enforced while reading.
    url = local_server.add("/big", body=b"y" * 200_000, send_length=False)
    with pytest.raises(IngestError, match="larger than the limit of 50,000"):
        fetch_url(url, IngestOptions(allow_private=True, max_fetch_bytes=50_000))


def test_fetch_non_page_content_type_is_a_failure(local_server) -> None:
    url = local_server.add("/report.pdf", body=b"%PDF-1.7 ...", content_type="application/pdf")
    [failure] = list(iter_documents([url], LOCAL))
    assert failure.reason == "the server sent 'application/pdf', not a web page or text"


def test_fetch_plain_text_page_is_read(local_server) -> None:
    body = "Plain text served by a newsroom archive. It names no date and no outlet at all."
    url = local_server.add("/story.txt", body=body.encode(), content_type="text/plain")
    [doc] = list(iter_documents([url], LOCAL))
    assert (doc.text, doc.outlet, doc.url) == (body, "127.0.0.1", url)


def test_fetch_unreachable_port_is_a_failure() -> None:
    with socket.socket() as probe:  # find a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    [failure] = list(iter_documents([url], LOCAL))
    assert isinstance(failure, Failure) and "cannot fetch the URL" in failure.reason
