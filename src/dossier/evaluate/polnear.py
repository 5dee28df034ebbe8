"""Score quote attribution against PolNeAR (brat standoff: Source, Cue and Content spans).

A split folder holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``. Where a document
was annotated by several people, the first annotation file in sorted order is used.

Matching, per document and per span type: a predicted span matches a gold span exactly when their
outer bounds are equal, and by overlap when they share at least one character; either way each
gold span is matched at most once (greedy, in text order). Brat spans may be discontinuous
("0 10;20 30"); their outer bounds are the first start and the last end, and overlap is tested
fragment by fragment. Several direct quotes sharing one cue ("A," she said, "B.") become one
predicted content with several fragments, as PolNeAR annotates them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dossier import models
from dossier.annotate import quotes_learned
from dossier.annotate.model import load_base_model
from dossier.annotate.quotes import find_quotes
from dossier.config import Settings
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult, prf

SPAN_TYPES = ("source", "cue", "content")
BRAT_TYPES = {"Source": "source", "Cue": "cue", "Content": "content"}


@dataclass(frozen=True, slots=True)
class Span:
    """A possibly discontinuous span: sorted (start, end) fragments."""

    fragments: tuple[tuple[int, int], ...]

    @property
    def bounds(self) -> tuple[int, int]:
        return self.fragments[0][0], self.fragments[-1][1]

    def overlaps(self, other: Span) -> bool:
        return any(a < d and c < b for a, b in self.fragments for c, d in other.fragments)


def evaluate(
    path: Path,
    settings: Settings | None = None,
    *,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvalResult:
    """Run quote finding on a PolNeAR split and score source, cue and content spans.

    Args:
        path: the split folder (with ``text/`` and ``attributions/``).
        settings: supplies the spaCy model name; defaults are used when None.
        limit: score only the first N documents (sorted by name).
        progress: called with each document name as it is scored.

    Returns:
        Metrics ``{type}_{precision|recall|f1}_{exact|overlap}`` for source, cue and content,
        plus ``documents`` and ``cue_weights_vectors`` (1.0 when the cue model used word vectors,
        whose scores differ from the plain weights'); the weights file is named in the details.

    Raises:
        BenchmarkError: the folder has no ``text/`` or no annotated documents.
    """
    pairs = load_split(Path(path), limit=limit)
    nlp = load_base_model((settings or Settings()).model)
    counts = {key: [0, 0, 0] for key in _metric_keys()}
    names = [name for name, _, _ in pairs]
    texts = ((text, name) for name, text, _ in pairs)
    for (doc, name), (_, _, gold) in zip(nlp.pipe(texts, as_tuples=True), pairs):
        predicted = predicted_spans(find_quotes(doc, name))
        add_counts(counts, gold, predicted)
        if progress is not None:
            progress(1)
    metrics = summarize(counts, len(names))
    weights = quotes_learned.model_in_use()
    # 1.0 when the cue model read in-sentence word vectors (the sentence model is installed)
    metrics["cue_weights_vectors"] = float(weights == quotes_learned.VECTOR_WEIGHTS_PATH.name)
    return EvalResult(benchmark="polnear", metrics=metrics, details=(f"cue weights: {weights}",))


def load_split(path: Path, *, limit: int | None = None) -> list[tuple[str, str, dict]]:
    """Read (name, text, gold spans by type) for each annotated document of a split.

    Raises:
        BenchmarkError: the folder layout is not PolNeAR's.
    """
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise BenchmarkError(
            f"{path} is not a PolNeAR split: expected text/ and attributions/ folders inside it"
        )
    first: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    pairs = []
    for name in sorted(first):
        text_path = text_dir / f"{name}.txt"
        if text_path.is_file():
            text = text_path.read_text(encoding="utf-8")
            pairs.append((name, text, parse_brat(first[name].read_text(encoding="utf-8"))))
    if not pairs:
        raise BenchmarkError(f"no annotated documents found under {path}; check the split folder")
    return pairs[:limit] if limit is not None else pairs


def parse_brat(ann: str) -> dict[str, set[Span]]:
    """Gold Source, Cue and Content spans from brat standoff text, deduplicated by offsets."""
    spans: dict[str, set[Span]] = {key: set() for key in SPAN_TYPES}
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        label, _, offsets = fields[1].partition(" ")
        if label not in BRAT_TYPES:
            continue
        fragments = []
        for fragment in offsets.split(";"):
            start, end = fragment.split()
            fragments.append((int(start), int(end)))
        spans[BRAT_TYPES[label]].add(Span(tuple(sorted(fragments))))
    return spans


def predicted_spans(quotes: Iterable[models.Quote]) -> dict[str, set[Span]]:
    """Spans by type from quotes; contents sharing a cue merge into one multi-fragment span."""
    spans: dict[str, set[Span]] = {key: set() for key in SPAN_TYPES}
    by_cue: dict[object, list[tuple[int, int]]] = {}
    for quote in quotes:
        if quote.source_start is not None and quote.source_end is not None:
            spans["source"].add(Span(((quote.source_start, quote.source_end),)))
        if quote.cue_start is not None and quote.cue_end is not None:
            spans["cue"].add(Span(((quote.cue_start, quote.cue_end),)))
        key = (quote.cue_start, quote.cue_end) if quote.cue_start is not None else id(quote)
        by_cue.setdefault(key, []).append((quote.content_start, quote.content_end))
    for fragments in by_cue.values():
        spans["content"].add(Span(tuple(sorted(set(fragments)))))
    return spans


def match_count(gold: Iterable[Span], predicted: Iterable[Span], *, exact: bool) -> int:
    """Greedy one-to-one matches between gold and predicted spans of one type."""
    unused = sorted(gold, key=lambda span: span.bounds)
    matched = 0
    for guess in sorted(predicted, key=lambda span: span.bounds):
        for i, truth in enumerate(unused):
            if (truth.bounds == guess.bounds) if exact else truth.overlaps(guess):
                matched += 1
                del unused[i]
                break
    return matched


def add_counts(
    counts: dict[str, list[int]], gold: dict[str, set[Span]], predicted: dict[str, set[Span]]
) -> None:
    """Add one document's (true positives, predicted, gold) to the running counts per key."""
    for span_type in SPAN_TYPES:
        for mode in ("exact", "overlap"):
            row = counts[f"{span_type}_{mode}"]
            row[0] += match_count(gold[span_type], predicted[span_type], exact=mode == "exact")
            row[1] += len(predicted[span_type])
            row[2] += len(gold[span_type])


def summarize(counts: dict[str, list[int]], documents: int) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 per span type and matching mode."""
    metrics: dict[str, float] = {"documents": float(documents)}
    for key, (hits, predicted, gold) in counts.items():
        span_type, mode = key.split("_")
        precision, recall, f1 = prf(hits, predicted, gold)
        metrics[f"{span_type}_precision_{mode}"] = round(precision, 4)
        metrics[f"{span_type}_recall_{mode}"] = round(recall, 4)
        metrics[f"{span_type}_f1_{mode}"] = round(f1, 4)
    return metrics


def _metric_keys() -> list[str]:
    return [f"{span_type}_{mode}" for span_type in SPAN_TYPES for mode in ("exact", "overlap")]
