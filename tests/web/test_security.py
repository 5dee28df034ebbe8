"""Who may change data: the bearer-token rules of the one permission check."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dossier.web.app import create_app

TOKEN = "s3cret-token"


@pytest.mark.parametrize(
    "configured, header, status",
    [
        (None, None, 403),
        (None, f"Bearer {TOKEN}", 403),  # no token configured: writes are off, whatever is sent
        (TOKEN, None, 401),
        (TOKEN, "Bearer wrong", 401),
        (TOKEN, f"Basic {TOKEN}", 401),
        (TOKEN, f"Bearer {TOKEN}x", 401),
        (TOKEN, f"Bearer {TOKEN}", 200),
        (TOKEN, f"bearer {TOKEN}", 200),  # the scheme is case-insensitive
    ],
)
def test_security_build_needs_configured_token(empty_db, configured, header, status):
    client = TestClient(create_app(empty_db, token=configured))
    headers = {"Authorization": header} if header else {}
    response = client.post("/api/build", headers=headers)
    assert response.status_code == status
    if status == 200:
        assert response.json()["analysed"] == 0
    else:
        assert response.json()["status"] == status


def test_security_disabled_message_says_disabled(empty_db):
    response = TestClient(create_app(empty_db)).post("/api/ingest", json={"urls": ["https://example.org/a"]})
    assert response.status_code == 403
    assert response.json()["error"].startswith("disabled")


def test_security_wrong_token_asks_for_bearer(empty_db):
    response = TestClient(create_app(empty_db, token=TOKEN)).post("/api/build")
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("path", ["/api/documents", "/api/events", "/api/discrepancies", "/"])
def test_security_reads_need_no_token(empty_db, path):
    response = TestClient(create_app(empty_db, token=TOKEN)).get(path)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "urls",
    [["/etc/passwd"], ["file:///etc/passwd"], ["ftp://example.org/x"], ["https://example.org/a", "../secret.txt"], []],
)
def test_security_ingest_accepts_only_http_urls(empty_db, urls):
    client = TestClient(create_app(empty_db, token=TOKEN))
    response = client.post("/api/ingest", json={"urls": urls}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/article", "http://10.1.2.3/a", "http://[::1]/b", "http://169.254.169.254/"])
def test_security_ingest_refuses_private_addresses(empty_db, url):
    client = TestClient(create_app(empty_db, token=TOKEN))
    response = client.post("/api/ingest", json={"urls": [url]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    report = response.json()
    assert report["added"] == []
    assert [f["item"] for f in report["failures"]] == [url]
