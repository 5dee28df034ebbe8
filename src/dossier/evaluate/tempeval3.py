"""Score time expression recognition and normalisation on TimeML (TempEval-3, TimeBank, AQUAINT).

Reads every ``.tml`` file under a folder, takes the text of its ``<TEXT>`` element with the tags
removed (gold offsets are computed on that text) and its creation date from the ``<DCT>``
TIMEX3, runs ``find_time_expressions`` on the text, and compares spans and values with the gold
TIMEX3 elements.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dossier.annotate.timex import find_time_expressions
from dossier.config import Settings
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult, prf

BENCHMARK = "tempeval3"
MAX_DETAILS = 40  # example misses kept for the report


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """The raw text of a TimeML ``<TEXT>``, its creation date and its gold TIMEX3 spans."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one TimeML file.

    Args:
        path: a ``.tml`` file.

    Returns:
        The document with character offsets into its tag-free ``<TEXT>``.

    Raises:
        BenchmarkError: the file is not well-formed XML or has no ``<TEXT>`` element.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise BenchmarkError(f"{path} is not well-formed TimeML ({error}); check the file") from error
    body = root.find("TEXT")
    if body is None:
        raise BenchmarkError(f"{path} has no <TEXT> element; is it a TimeML file?")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(body, parts, timexes)
    return TimeMLDocument(name=path.stem, text="".join(parts), dct=_creation_date(root), timexes=tuple(timexes))


def _walk(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append an element's text to ``parts``, recording the offsets of TIMEX3 elements."""
    start = sum(len(part) for part in parts)
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        covered = "".join(element.itertext())
        timexes.append(GoldTimex(start=start, end=start + len(covered), text=covered, value=element.get("value", "")))


def _creation_date(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                return None
    return None


def evaluate(
    path: Path,
    settings: Settings | None = None,
    *,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvalResult:
    """Score TIMEX3 spans (strict and relaxed) and values on the TimeML files under a folder.

    Args:
        path: a folder searched recursively for ``.tml`` files, or one file.
        settings: unused; accepted so every benchmark module has the same signature.
        limit: score only the first ``limit`` files in sorted order.
        progress: called with 1 after each document.

    Returns:
        Metrics ``span_{precision,recall,f1}_{strict,relaxed}``, ``value_accuracy`` (on gold
        expressions we overlap), ``value_f1`` (an overlap with an equal value is a hit) and
        ``documents``; details list example misses.

    Raises:
        BenchmarkError: the path does not exist or holds no ``.tml`` file.
    """
    files = _files(Path(path))[:limit] if limit is not None else _files(Path(path))
    counts = {"gold": 0, "predicted": 0, "strict": 0, "relaxed_predicted": 0, "relaxed_gold": 0, "value_hits": 0}
    details: list[str] = []
    for file in files:
        document = read_timeml(file)
        _score(document, counts, details)
        if progress is not None:
            progress(1)
    # An even sample across the corpus, not just the first documents' misses.
    step = max(1, len(details) // MAX_DETAILS)
    sample = tuple(details[::step][:MAX_DETAILS])
    return EvalResult(benchmark=BENCHMARK, metrics=_metrics(counts, len(files)), details=sample)


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise BenchmarkError(f"{path} does not exist; give the folder holding the TimeML .tml files")
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise BenchmarkError(f"no .tml files under {path}; give the folder holding the TimeML files")
    return files


def _score(document: TimeMLDocument, counts: dict[str, int], details: list[str]) -> None:
    """Add one document's matches to the running counts and note some of its misses."""
    predicted = find_time_expressions(document.text, document.dct, doc_id=document.name)
    gold = document.timexes
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    spans = {(g.start, g.end) for g in gold}
    counts["strict"] += sum((p.start, p.end) in spans for p in predicted)
    counts["relaxed_predicted"] += sum(any(_overlap(p, g) for g in gold) for p in predicted)
    for g in gold:
        overlapping = [p for p in predicted if _overlap(p, g)]
        if overlapping:
            counts["relaxed_gold"] += 1
        hit = any(same_value(p.value, g.value) for p in overlapping)
        counts["value_hits"] += hit
        if not hit:
            ours = overlapping[0].value if overlapping else "-"
            details.append(f"{document.name}: '{g.text}' gold={g.value} ours={ours}")
    for p in predicted:
        if not any(_overlap(p, g) for g in gold):
            details.append(f"{document.name}: '{p.text}' gold=- ours={p.value}")


def same_value(ours: str | None, gold: str) -> bool:
    """TIMEX3 values compared as values: "2000-W2" and "2000-W02" are the same week."""
    if ours is None:
        return False
    return _WEEK.sub(_pad_week, ours) == _WEEK.sub(_pad_week, gold)


_WEEK = re.compile(r"-W(\d)(?!\d)")


def _pad_week(match: re.Match) -> str:
    return f"-W0{match.group(1)}"


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _metrics(counts: dict[str, int], documents: int) -> dict[str, float]:
    strict = prf(counts["strict"], counts["predicted"], counts["gold"])
    relaxed_p = counts["relaxed_predicted"] / counts["predicted"] if counts["predicted"] else 0.0
    relaxed_r = counts["relaxed_gold"] / counts["gold"] if counts["gold"] else 0.0
    relaxed_f = 2 * relaxed_p * relaxed_r / (relaxed_p + relaxed_r) if relaxed_p + relaxed_r else 0.0
    value = prf(counts["value_hits"], counts["predicted"], counts["gold"])
    accuracy = counts["value_hits"] / counts["relaxed_gold"] if counts["relaxed_gold"] else 0.0
    return {
        "span_precision_strict": strict[0], "span_recall_strict": strict[1], "span_f1_strict": strict[2],
        "span_precision_relaxed": relaxed_p, "span_recall_relaxed": relaxed_r, "span_f1_relaxed": relaxed_f,
        "value_accuracy": accuracy, "value_f1": value[2], "documents": float(documents),
    }
