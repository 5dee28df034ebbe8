"""Turning records into Rich tables for people and JSON or CSV for machines."""

from __future__ import annotations

import csv
import dataclasses
import enum
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from rich.table import Table
from rich.text import Text

from dossier import models


def jsonable(value: Any) -> Any:
    """Plain JSON types from dataclasses, enums, dates and tuples."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def to_json(records: Any) -> str:
    return json.dumps(jsonable(records), ensure_ascii=False, indent=2)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """CSV with a header from the first row's keys; lists are joined with "; "."""
    if not rows:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in row.items()})
    return buffer.getvalue()


def timeline_rows(entries: Sequence[models.TimelineEntry]) -> list[dict[str, Any]]:
    rows = []
    for entry in entries:
        e = entry.event
        first = entry.evidence[0] if entry.evidence else None
        rows.append({
            "date": e.date_value, "precision": e.date_precision.value, "type": e.event_type.value,
            "status": e.status.value, "location": e.location, "sources": e.independent_sources,
            "outlets": list(e.outlets), "summary": e.summary, "event_id": e.event_id,
            "evidence_doc": first.doc_id if first else None, "evidence_start": first.start if first else None,
            "evidence_end": first.end if first else None,
        })
    return rows


def timeline_table(entries: Sequence[models.TimelineEntry], *, evidence: bool = False) -> Table:
    table = Table(title="Timeline", show_lines=True)
    for column in ("Date", "Type", "Place", "Sources", "What happened"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        e = entry.event
        body = Text(_short(e.summary, 220))
        if evidence:
            for ev in entry.evidence:
                body.append(f"\n  [{ev.outlet or ev.doc_id} {ev.doc_id}:{ev.start}-{ev.end}] ", style="dim")
                body.append(_short(ev.sentence, 200), style="italic")
        date_text = (e.date_value or "undated") + ("" if e.date_precision in (models.Precision.DAY, models.Precision.UNKNOWN) else f" ({e.date_precision.value})")
        status = "" if e.status == models.EventStatus.HAPPENED else f"\n{e.status.value}"
        table.add_row(date_text, e.event_type.value + status, e.location or "", f"{e.independent_sources}\n" + ", ".join(e.outlets), body)
    return table


def digest_table(days) -> Table:
    """The summarized timeline: one row per date with its best evidence, each cited."""
    table = Table(title="Timeline (most salient dates)", show_lines=True)
    for column in ("Date", "Events", "Evidence"):
        table.add_column(column, overflow="fold")
    for day in days:
        kinds = ", ".join(dict.fromkeys(e.event_type.value for e in day.events))
        body = Text()
        for ev in day.evidence:
            body.append(f"[{ev.outlet or ev.doc_id} {ev.doc_id}:{ev.start}-{ev.end}] ", style="dim")
            body.append(_short(ev.sentence, 220) + "\n")
        label = day.date_value + ("" if day.precision in (models.Precision.DAY, models.Precision.UNKNOWN) else f" ({day.precision.value})")
        table.add_row(label, kinds, body)
    return table


def events_table(events: Sequence[models.Event]) -> Table:
    table = Table(title="Events")
    for column in ("ID", "Date", "Type", "Status", "Place", "Actors", "Mentions", "Sources"):
        table.add_column(column, overflow="fold")
    for e in events:
        table.add_row(e.event_id, e.date_value or "", e.event_type.value, e.status.value, e.location or "",
                      ", ".join(e.actors), str(len(e.mention_ids)), str(e.independent_sources))
    return table


def entities_table(entities: Sequence[models.Entity]) -> Table:
    table = Table(title="Entities")
    for column in ("Name", "Type", "Aliases", "Roles", "Mentions", "Docs"):
        table.add_column(column, overflow="fold")
    for e in entities:
        table.add_row(e.name, e.label, ", ".join(e.aliases), "; ".join(e.roles), str(e.mention_count), str(len(e.doc_ids)))
    return table


def docs_table(documents: Sequence[models.Document]) -> Table:
    table = Table(title="Documents")
    for column in ("ID", "Published", "Outlet", "Title", "Chars", "Duplicate of"):
        table.add_column(column, overflow="fold")
    for d in documents:
        published = (d.published.isoformat() if d.published else "?") + (" (inferred)" if d.published_inferred else "")
        table.add_row(d.doc_id, published, d.outlet or "", _short(d.title or d.text, 60), str(len(d.text)),
                      d.near_duplicate_of or "")
    return table


def quote_rows(pairs: Sequence[tuple[models.Document, models.Quote]]) -> list[dict[str, Any]]:
    """One flat record per quote: the article it is in and every span, for JSON and CSV."""
    return [{
        "doc_id": quote.doc_id, "outlet": document.outlet, "published": document.published,
        "speaker": quote.speaker, "source": quote.source, "via": quote.via, "kind": quote.kind,
        "cue": quote.cue, "content": quote.content,
        "content_start": quote.content_start, "content_end": quote.content_end,
        "source_start": quote.source_start, "source_end": quote.source_end,
        "cue_start": quote.cue_start, "cue_end": quote.cue_end,
    } for document, quote in pairs]


def quotes_table(pairs: Sequence[tuple[models.Document, models.Quote]]) -> Table:
    table = Table(title="Quotes", show_lines=True)
    for column in ("Published", "Outlet", "Speaker", "Cue", "Quote", "Where"):
        table.add_column(column, overflow="fold")
    for document, quote in pairs:
        who = quote.speaker or quote.source or "(unnamed)"
        if quote.via:
            who += f" (via {quote.via})"
        published = document.published.isoformat() if document.published else "?"
        table.add_row(published, document.outlet or "", who, quote.cue or "", _short(quote.content, 200),
                      f"{quote.doc_id}:{quote.content_start}-{quote.content_end}")
    return table


def discrepancies_table(items: Sequence[models.Discrepancy]) -> Table:
    table = Table(title="Discrepancies", show_lines=True)
    for column in ("Attribute", "Event / person / document", "Values (sources)", "Severity", "Note"):
        table.add_column(column, overflow="fold")
    for d in items:
        values = "\n".join(f"{v.value}: {', '.join(v.outlets or v.doc_ids)}{_cited(v)}" for v in d.values)
        table.add_row(d.attribute, d.event_id or d.entity_id or d.doc_id or "", values, f"{d.severity:.2f}", d.note)
    return table


def _cited(value: models.SourcedValue) -> str:
    """Where each outlet writes a value, when the value cites spans: ' ("Ann Pike, 41," doc a:0-14)'."""
    return "".join(f'\n  "{_short(ev.sentence, 120)}" ({ev.doc_id}:{ev.start}-{ev.end})' for ev in value.evidence)


def attributes_table(attributes) -> Table:
    """Each attribute of an event, value by value, with the sources behind it."""
    table = Table(title="What each source says", show_lines=True)
    for column in ("Attribute", "Value", "Sources", "Independent", "First", "Note"):
        table.add_column(column, overflow="fold")
    for row in attributes:
        for value in row.values:
            notes = []
            if not row.agreed:
                notes.append("disputed")
            if value.value in row.anonymous_only:
                notes.append("anonymous source only")
            table.add_row(row.attribute, value.value, ", ".join(value.outlets or value.doc_ids),
                          str(row.independent_sources[value.value]), row.first_reported[value.value], "; ".join(notes))
    return table


def framing_table(groups) -> Table:
    table = Table(title="Framing: one concept, different words", show_lines=True)
    for column in ("Concept", "Term", "Outlets", "Evidence"):
        table.add_column(column, overflow="fold")
    for group in groups:
        for term in group.terms:
            first = term.evidence[0] if term.evidence else None
            cite = f"{first.doc_id}:{first.start}-{first.end}" if first else ""
            table.add_row(group.concept, term.term, ", ".join(term.outlets or term.doc_ids), cite)
    return table


def stories_table(stories: Sequence[models.Story]) -> Table:
    table = Table(title="Stories")
    for column in ("ID", "Label", "Articles", "From", "To"):
        table.add_column(column, overflow="fold")
    for story in stories:
        table.add_row(story.story_id, story.label, str(story.doc_count),
                      story.first_date.isoformat() if story.first_date else "", story.last_date.isoformat() if story.last_date else "")
    return table


def metrics_table(name: str, metrics: dict[str, float]) -> Table:
    table = Table(title=f"Evaluation: {name}")
    table.add_column("Metric")
    table.add_column("Value", justify="right")
    for key, value in metrics.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    return table


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
