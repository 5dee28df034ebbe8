"""What a run of ingest or build did: stored, skipped and failed inputs, and counts.

Kept apart from ``dossier.models`` (the records passed between stages) because these are results
of a whole run, read by the CLI, the web and the benchmarks, not inputs of any stage.
``dossier.models`` re-exports them by name, so ``models.Failure`` keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

FROZEN = dict(frozen=True, slots=True, kw_only=True)


@dataclass(**FROZEN)
class Failure:
    """An input that could not be processed, and why, in words a user can act on."""

    item: str  # file path, URL or document id
    reason: str


@dataclass(**FROZEN)
class IngestReport:
    """What one ingest run did: stored, already present, near-duplicates, and failures."""

    added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    near_duplicates: tuple[str, ...] = ()
    failures: tuple[Failure, ...] = ()


@dataclass(**FROZEN)
class BuildReport:
    analysed: int = 0
    events: int = 0
    entities: int = 0
    failures: tuple[Failure, ...] = ()
    at: datetime | None = None
    resolved: int = 0  # articles resolved in this build: the new, the re-analysed and the re-dated
