"""`dossier eval istanbul GOLD.json`: score a fresh dossier against the hand-made Istanbul gold file.

The gold file names its corpus folder (relative to itself). We ingest that folder into a new
SQLite file, pass the gold publication dates as metadata (as a user who knows them would), build,
and compare. The system's own publication-date inference is scored separately, on a second build
of the corpus as it comes: ``published_inference_accuracy`` is the share of the documents whose
date the gold marks as not given that get the gold date (from their text, or from their story;
see ``resolve.published``), and ``published_inference_wrong`` counts those given another date.

An event matches a gold event when the types are equal, the date equals the gold date or one of
its ``date_alternatives`` (ranges compare as intervals), and, where the gold names a place, our
place shares its distinctive name. Matching is one-to-one, greedy in gold order.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz

from dossier import api, models
from dossier.evaluate.base import EvalResult, prf
from dossier.evaluate.istanbul_framing import score_framing
from dossier.evaluate.istanbul_extra import score_counts, score_discrepancies, score_entities, score_roles
from dossier.ingest import IngestOptions, iter_documents
from dossier.resolve.entities import fold
from dossier.timevalues import interval

GENERIC_PLACE_WORDS = {"palace", "istanbul", "the"}


def evaluate(path: Path, *, progress=None, model: str | None = None) -> EvalResult:
    """Build a dossier from the gold file's corpus and score events, dates, entities and discrepancies."""
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    corpus = (Path(path).parent / gold["corpus"]).resolve()
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as tmp:
        db = str(Path(tmp) / "eval.db")
        documents = _load_corpus(corpus, gold["documents"])
        api.add_documents(documents, db=db)
        report = api.build(db=db, model=model, progress=progress)
        stem_of = {d.doc_id: Path(d.source).stem for d in documents}
        events = api.events(db=db)
        quantities = {e.event_id: [q for m in api.event(e.event_id, db=db)[2] for q in m.quantities] for e in events}
        timexes = [t for d in documents for t in api.analysis(d.doc_id, db=db).timexes]
        entities = api.entities(db=db)
        found_discrepancies = api.discrepancies(db=db)
        framing_groups = api.framing(db=db, model=model)
        api.close_store(db)
    metrics: dict[str, float] = {}
    details: list[str] = []
    event_metrics, matches = _score_events(gold["events"], events, stem_of, details)
    metrics.update(event_metrics)
    metrics.update(score_counts(matches, quantities, details))
    metrics.update(_score_merging(gold["events"], matches, events, stem_of, details))
    metrics.update(_traps_reported(found_discrepancies, gold["events"], events, stem_of, details))
    metrics.update(_score_timexes(gold["timexes"], timexes, stem_of, details))
    metrics.update(score_entities(gold["entities"], entities, [d.text for d in documents], details))
    metrics.update(score_roles(gold["entities"], entities, details))
    metrics.update(score_framing(gold.get("framing", []), framing_groups, stem_of, details))
    metrics.update(score_discrepancies(gold, found_discrepancies, events, stem_of, details))
    metrics.update(_score_inference(corpus, gold["documents"], model))
    metrics["documents_failed"] = len(report.failures)
    details.extend(f"analysis failed for {f.item}: {f.reason}" for f in report.failures)
    return EvalResult(benchmark="istanbul", metrics=metrics, details=tuple(details))


def _load_corpus(corpus: Path, gold_docs: dict) -> list[models.Document]:
    """The gold's documents with the gold's publication dates, as a user who knows them gives them."""
    documents = []
    for item in iter_documents([str(corpus)], IngestOptions()):
        if isinstance(item, models.Failure):
            continue
        info = gold_docs.get(Path(item.source).stem)
        if info is not None:
            documents.append(replace(item, published=_date(info["published"]), published_inferred=False))
    return documents


def _score_inference(corpus: Path, gold_docs: dict, model: str | None) -> dict[str, float]:
    """Build the corpus as it comes and compare the dates the system gives undated documents."""
    asked = {stem: _date(info["published"]) for stem, info in gold_docs.items()
             if not info.get("published_known", True)}
    if not asked:
        return {"published_inference_accuracy": 1.0, "published_inference_wrong": 0}
    with tempfile.TemporaryDirectory(prefix="dossier-eval-dates-") as tmp:
        db = str(Path(tmp) / "dates.db")
        api.ingest([str(corpus)], db=db)
        api.build(db=db, model=model)
        given = {Path(d.source).stem: d.published for d in api.docs(db=db)}
        api.close_store(db)
    right = sum(given.get(stem) == day for stem, day in asked.items())
    wrong = sum(given.get(stem) not in (None, day) for stem, day in asked.items())
    return {"published_inference_accuracy": right / len(asked), "published_inference_wrong": wrong}


def _date(value: str):
    from datetime import date

    return date.fromisoformat(value)


def _score_events(gold_events: list[dict], events: list[models.Event], stem_of: dict,
                  details: list[str]) -> tuple[dict, list[tuple[dict, models.Event]]]:
    unmatched = list(events)
    hits = 0
    matches = []
    for gold in gold_events:
        candidates = [e for e in unmatched if _event_matches(gold, e)]
        # Among events of the right type, date and place, prefer the one whose actor leads the
        # gold's actors, then the best attested.
        lead = gold.get("actors", [None])[0]
        match = max(candidates, key=lambda e: (lead in e.actors[:1], len(e.mention_ids)), default=None)
        if match is None:
            details.append(f"missed event {gold['id']}: {gold['type']} {gold['date']} {gold.get('location', '')}")
            continue
        hits += 1
        matches.append((gold, match))
        unmatched.remove(match)
    for extra in unmatched:
        docs = ",".join(sorted({stem_of.get(d, d)[:3] for d in extra.doc_ids}))
        details.append(f"extra event {extra.event_type.value} {extra.date_value} [{docs}]: {extra.summary[:100]}")
    precision, recall, f1 = prf(hits, len(events), len(gold_events))
    return {"event_precision": precision, "event_recall": recall, "event_f1": f1,
            "events_gold": len(gold_events), "events_found": len(events)}, matches


def _score_merging(gold_events: list[dict], matches, events: list[models.Event], stem_of: dict,
                  details: list[str]) -> dict:
    """Are each gold event's reports in one canonical event, and are different gold events kept apart?

    ``event_merge_complete``: share of matched gold events whose event holds a mention from every
    article the gold says reports it. ``events_merging_gold_events``: our multi-article events that
    fit two or more gold events (type, date and place) while one of those gold events has no event
    of its own, i.e. distinct happenings merged. Two agreements of one day that we keep apart fit
    each other's gold event too, which is no merge.
    """
    complete = 0
    for gold, event in matches:
        ours = {stem_of.get(d, d) for d in event.doc_ids}
        missing = set(gold.get("mentioned_in", [])) - ours
        if missing:
            details.append(f"event {gold['id']}: reports in {sorted(m[:3] for m in missing)} not merged into it")
        else:
            complete += 1
    matched_gold = {gold["id"] for gold, _ in matches}
    merging = [e for e in events if len({stem_of.get(d, d) for d in e.doc_ids}) > 1
               and sum(_event_matches(g, e) for g in gold_events) > 1
               and any(_event_matches(g, e) and g["id"] not in matched_gold for g in gold_events)]
    return {"event_merge_complete": complete / len(matches) if matches else 0.0,
            "events_merging_gold_events": len(merging)}


def _traps_reported(found: list[models.Discrepancy], gold_events: list[dict], events: list[models.Event],
                    stem_of: dict, details: list[str]) -> dict:
    """Disagreements reported between different happenings: a discrepancy on an event that merges
    several gold events, or whose sides are dated like two different gold events of one type."""
    traps = 0
    by_id = {e.event_id: e for e in events}
    for item in found:
        event = by_id.get(item.event_id)
        if event is None:
            continue
        fits = [g for g in gold_events if g["type"] == event.event_type.value
                and any(_same_date(g["date"], v.value) for v in item.values)]
        if len({g["id"] for g in fits}) > 1 or sum(_event_matches(g, event) for g in gold_events) > 1:
            traps += 1
            details.append(f"disagreement between different events reported: {item.attribute} on {event.summary[:60]}")
    return {"not_discrepancies_reported": traps}


def _event_matches(gold: dict, event: models.Event) -> bool:
    if event.event_type.value != gold["type"]:
        return False
    dates = [gold["date"], *gold.get("date_alternatives", [])]
    if not any(_same_date(d, event.date_value) for d in dates):
        return False
    if gold.get("location"):
        return bool(event.location) and _same_place(gold["location"], event.location)
    return True


def _same_date(gold_value: str, value: str | None) -> bool:
    if not value:
        return False
    return interval(gold_value) == interval(value)


def _same_place(gold: str, ours: str) -> bool:
    gold_words = [w for w in fold(gold.split(",")[0]).split() if w not in GENERIC_PLACE_WORDS]
    our_words = [w for w in fold(ours).split() if w not in GENERIC_PLACE_WORDS]
    return any(fuzz.ratio(g, o) >= 85 for g in gold_words for o in our_words)


def _score_timexes(gold_timexes: list[dict], timexes: list[models.TimeExpression], stem_of: dict,
                   details: list[str]) -> dict:
    by_doc: dict[str, list[models.TimeExpression]] = {}
    for timex in timexes:
        by_doc.setdefault(stem_of.get(timex.doc_id, timex.doc_id), []).append(timex)
    right = 0
    for gold in gold_timexes:
        candidates = [t for t in by_doc.get(gold["doc"], []) if _overlaps_text(gold["text"], t.text)]
        values = {t.value for t in candidates} | {t.suggested_value for t in candidates if t.suggested_value}
        if any(_same_timex(gold["value"], v) for v in values if v):
            right += 1
        else:
            ours = ", ".join(f"{t.text!r}={t.value}" for t in candidates) or "not found"
            details.append(f"timex {gold['doc'][:3]} {gold['text']!r}: gold {gold['value']}, ours {ours}")
    return {"timex_accuracy": right / len(gold_timexes) if gold_timexes else 0.0}


def _overlaps_text(gold_text: str, ours: str) -> bool:
    g, o = gold_text.lower(), ours.lower()
    return g in o or o in g


def _same_timex(gold: str, ours: str) -> bool:
    return gold == ours
