"""`dossier eval BENCHMARK PATH`: one module per gold-data format, each returning an EvalResult."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult

# benchmark name -> module under dossier.evaluate with an `evaluate(path, ...)` function
BENCHMARKS = {
    "istanbul": "istanbul",
    "tempeval3": "tempeval3",
    "polnear": "polnear",
    "ecbplus": "ecbplus",
    "ecbplus-build": "ecbplus_build",
    "ecbplus-entities": "ecbplus_entities",
    "plover": "plover",
    "t17": "t17",
    "stories": "stories",
}


def run_benchmark(name: str, path: Path, *, limit: int | None = None,
                  progress: Callable[[int], None] | None = None) -> EvalResult:
    """Run one benchmark on the gold data at ``path``.

    Raises:
        BenchmarkError: unknown benchmark name, or nothing at ``path``.
    """
    if name not in BENCHMARKS:
        raise BenchmarkError(f"unknown benchmark {name!r}; choose one of: {', '.join(sorted(BENCHMARKS))}")
    path = Path(path)
    if not path.exists():
        raise BenchmarkError(f"{path} does not exist; give the gold file or folder of {name}")
    module = importlib.import_module(f"dossier.evaluate.{BENCHMARKS[name]}")
    kwargs = {"progress": progress}
    if limit is not None:
        kwargs["limit"] = limit
    return module.evaluate(path, **kwargs)


__all__ = ["BENCHMARKS", "EvalResult", "run_benchmark"]
