"""What every benchmark module returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalResult:
    """Flat metrics (snake_case name -> number) and human-readable lines about misses and extras."""

    benchmark: str
    metrics: dict[str, float]
    details: tuple[str, ...] = field(default_factory=tuple)


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; an empty side scores 0, not an error."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
