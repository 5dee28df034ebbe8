"""Settings for one ingest run, passed to every reader as an argument."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    """How inputs are read and which limits apply.

    ``allow_private`` lets URLs resolve to loopback, private or link-local addresses (off by
    default so a shared server cannot be turned against its own network). The ``*_field``
    options name the columns (CSV) or keys (JSONL) holding each value; ``None`` means guess
    from common names.
    """

    allow_private: bool = False
    fetch_timeout: float = 20.0
    max_fetch_bytes: int = 10_000_000
    max_text_chars: int = 2_000_000
    text_field: str | None = None
    date_field: str | None = None
    outlet_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    default_outlet: str | None = None
