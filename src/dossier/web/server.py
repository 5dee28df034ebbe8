"""Running the app in a background thread, for tests, screenshots and embedding in scripts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from dossier.errors import DossierError

STARTUP_SECONDS = 10.0  # how long to wait for the server to accept connections


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free port of ``host`` while the block runs.

    The socket is bound here, before the thread starts, so the port cannot be taken by someone
    else between choosing and listening.

    Args:
        app: the application, usually from ``create_app``.
        host: address to listen on; keep it on the loopback interface.

    Yields:
        The base URL, e.g. ``http://127.0.0.1:41234``.

    Raises:
        DossierError: the server did not start within STARTUP_SECONDS.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise DossierError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()
