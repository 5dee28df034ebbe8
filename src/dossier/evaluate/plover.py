"""PLOVER gold standard records: who did what to whom, one sentence each.

Each record has ``text``, ``event`` (a PLOVER type such as AGREE or ASSAULT), and ``source`` /
``target`` actors (lists of ``{actorText, code}``, or ``""`` / missing when there is none). A
system under test is a ``ClassifyFn``: it reads one sentence and returns the event type (or None)
and the source and target actor texts. Scores: event-type accuracy over all records (None is
wrong) and micro actor F1 over source and target actors.

The default system is our event extractor run on the sentence
(``dossier.extract.classify.plover_classify``). The built-in keyword baseline is scored in the same
run (``baseline_*`` metrics) and is deliberately small: the earliest keyword of any type decides
the type, capitalized phrases before it are sources and those after it targets.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.config import Settings
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult, prf

log = logging.getLogger(__name__)

ClassifyFn = Callable[[str], tuple[str | None, Sequence[str], Sequence[str]]]
"""classify(sentence) -> (PLOVER event type or None, source actor texts, target actor texts)."""

ProgressFn = Callable[[int], None]
"""Called with 1 after each scored record, to advance a progress bar."""

# Regular expressions for the word beginnings that signal each PLOVER type (written from the
# PLOVER category definitions); a trailing ``\b`` ends a form that must be a whole word.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "AGREE": ("agree", r"sign(?:s|ed|ing)?\b", "accord", "pact", "settle"),
    "CONSULT": ("meet", "talks", "visit", "discuss", "consult", r"host(?:s|ed|ing)\b"),
    "SUPPORT": ("support", "endors", "prais", "welcom", r"back(?:s|ed)?\b"),
    "CONCEDE": ("releas", r"freed\b", r"eas(?:ed|ing)\b", "lift", "conced", "allow"),
    "COOPERATE": ("cooperat", "joint", "partner", "collaborat"),
    "AID": (r"aid(?:s|ed)?\b", "assist", "donat", "provid", "relief", "supplie"),
    "RETREAT": ("withdr", r"pull(?:s|ed)? out", "retreat", "evacuat", "demobili"),
    "REQUEST": (r"ask", "request", "appeal", r"call(?:s|ed)? on", "urg"),
    "ACCUSE": ("accus", "blam", "alleg"),
    "REJECT": ("reject", "refus", "deni", "veto", "declin", "boycott"),
    "THREATEN": ("threat", "warn", "ultimatum"),
    "PROTEST": ("protest", "demonstrat", "rall", r"march(?:ed|ing)\b", "strike", "hunger"),
    "SANCTION": ("sanction", "embargo", "expel", "suspend", "cut ties", "freez"),
    "MOBILIZE": ("mobili", "deploy", "alert", "massed"),
    "COERCE": ("arrest", "detain", r"ban(?:s|ned)?\b", "curfew", "censor", "seiz", "deport", "raid"),
    "ASSAULT": ("bomb", "kill", "shot", "shoot", "massacr", "assassin", "tortur", "explo"),
    "DEMAND": ("demand", "insist"),
    "DISAPPROVE": ("critic", "condemn", "denounc", "complain", "deplor"),
    "INVESTIGATE": ("investigat", "inquir", "probe"),
    "FIGHT": ("clash", "fight", "fought", "attack", "shell", "battle", "airstrike"),
}
_KEYWORD_RE = re.compile(
    "|".join(f"(?P<{label}>\\b(?:{'|'.join(words)}))" for label, words in KEYWORDS.items()),
    re.IGNORECASE,
)
# A run of capitalized words, allowing "of"/"the"/"for" inside ("Ministry of Defence"); "and"
# ends a name, since PLOVER lists the members of a compound actor separately.
_NAME_RE = re.compile(r"\b[A-Z][\w.'-]*(?:\s+(?:(?:of|the|for)\s+)?[A-Z][\w.'-]*)*")
_NOT_ACTORS = {"The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "Monday", "Tuesday",
               "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_STOP = {"the", "of", "and", "for", "a", "an", "'s"}


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverRecord:
    """One gold record: the sentence, its PLOVER type and its actor texts."""

    record_id: str
    text: str
    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def _actors(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        str(item["actorText"]).strip()
        for item in value
        if isinstance(item, dict) and str(item.get("actorText") or "").strip()
    )


def read_records(path: str | Path) -> list[PloverRecord]:
    """Read the gold records; a malformed record is logged and skipped.

    Args:
        path: the JSON file, or a folder holding ``plover_gsr.json``.

    Returns:
        The records in file order.

    Raises:
        BenchmarkError: the file is missing or is not a JSON list.
    """
    file = Path(path)
    if file.is_dir():
        file = file / "plover_gsr.json"
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BenchmarkError(f"cannot read PLOVER records from {file}: {exc}") from exc
    if not isinstance(data, list):
        raise BenchmarkError(f"{file} should hold a JSON list of records")
    records = []
    for number, item in enumerate(data):
        try:
            records.append(
                PloverRecord(
                    record_id=str(item.get("id", number)), text=str(item["text"]),
                    event=str(item["event"]).upper(), sources=_actors(item.get("source")),
                    targets=_actors(item.get("target")),
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            log.warning("skipping PLOVER record %d of %s: %s", number, file, exc)
    return records


def keyword_classify(text: str) -> tuple[str | None, list[str], list[str]]:
    """Baseline classifier: earliest type keyword; capitalized phrases around it are the actors.

    Known limits: no negation, no reported speech, and any capitalized phrase counts as an actor.
    """
    match = _KEYWORD_RE.search(text)
    if match is None:
        return None, [], []
    names = [m for m in _NAME_RE.finditer(text) if m.group() not in _NOT_ACTORS]
    sources = [m.group().rstrip(".") for m in names if m.end() <= match.start()]
    targets = [m.group().rstrip(".") for m in names if m.start() >= match.end()]
    return match.lastgroup, sources[:1], targets[:1]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w']+", text.lower()) if w not in _STOP)


def actors_match(predicted: str, gold: str) -> bool:
    """Two actor texts match when the content words of one are all among those of the other
    (case-insensitive), so "President X" matches "Former President X Y" but "United A" does not
    match "United B"."""
    a, b = _tokens(predicted), _tokens(gold)
    return bool(a and b) and (a <= b or b <= a)


def count_actor_matches(predicted: Sequence[str], gold: Sequence[str]) -> int:
    """Greedy one-to-one matches between predicted and gold actor texts."""
    unused = list(gold)
    hits = 0
    for text in predicted:
        for i, candidate in enumerate(unused):
            if actors_match(text, candidate):
                hits += 1
                del unused[i]
                break
    return hits


def extractor_classify(text: str) -> tuple[str | None, list[str], list[str]]:
    """Our event extractor as a PLOVER classifier (loads the spaCy pipeline on first use)."""
    from dossier.extract.classify import plover_classify

    return plover_classify(text)


def evaluate(
    path: str | Path,
    settings: Settings | None = None,
    *,
    classify: ClassifyFn | None = None,
    limit: int | None = None,
    progress: ProgressFn | None = None,
) -> EvalResult:
    """Score an event classifier on the PLOVER gold records, next to the keyword baseline.

    Args:
        path: ``plover_gsr.json`` or its folder.
        settings: unused; accepted so every benchmark has the same signature.
        classify: the system; default ``extractor_classify`` (our event extractor).
        limit: score only the first ``limit`` records.
        progress: called with 1 after each record.

    Returns:
        EvalResult with event_type_accuracy, actor_precision, actor_recall, actor_f1 and records
        for the system, and baseline_event_type_accuracy and baseline_actor_f1 for
        ``keyword_classify``; details list the records whose type the system got wrong.

    Raises:
        BenchmarkError: the file is missing or malformed.
        ModelNotAvailable: the default system needs a spaCy pipeline and none is installed.
    """
    records = read_records(path)[:limit]
    metrics, details = _score(records, classify or extractor_classify, progress)
    baseline, _ = _score(records, keyword_classify, None)
    metrics["baseline_event_type_accuracy"] = baseline["event_type_accuracy"]
    metrics["baseline_actor_f1"] = baseline["actor_f1"]
    return EvalResult(benchmark="plover", metrics=metrics, details=tuple(details))


def _score(records: list[PloverRecord], system: ClassifyFn, progress: ProgressFn | None) -> tuple[dict, list[str]]:
    correct = hits = predicted = gold = 0
    details = []
    for record in records:
        event, sources, targets = system(record.text)
        if event is not None and event.upper() == record.event:
            correct += 1
        else:
            details.append(f"{record.record_id}: gold {record.event}, got {event}")
        hits += count_actor_matches(sources, record.sources) + count_actor_matches(targets, record.targets)
        predicted += len(sources) + len(targets)
        gold += len(record.sources) + len(record.targets)
        if progress:
            progress(1)
    precision, recall, f1 = prf(hits, predicted, gold)
    metrics = {
        "event_type_accuracy": correct / len(records) if records else 0.0,
        "actor_precision": precision, "actor_recall": recall, "actor_f1": f1,
        "records": float(len(records)),
    }
    return metrics, details
