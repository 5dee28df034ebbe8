"""The `dossier timeline` and `dossier report` commands: events in the order they happened.

The timeline prints to the terminal (table, JSON, CSV, Markdown or HTML); the report is the same
timeline written as one self-contained file a journalist can send by mail, with the discrepancies
beside it. Both take the same filters, so a report shows exactly what the timeline showed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier import api
from dossier.cli_common import CsvOption, DbOption, JsonOption, console, err, fail
from dossier.errors import DossierError
from dossier.present import render

FromOption = Annotated[Optional[str], typer.Option("--from", help="First day (YYYY-MM-DD).")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Last day (YYYY-MM-DD).")]
EntityOption = Annotated[Optional[str], typer.Option(help="Only events involving this name.")]
TypeOption = Annotated[Optional[str], typer.Option("--type", help="Only this event type.")]
MinSourcesOption = Annotated[int, typer.Option(help="Only events reported by at least N independent outlets.")]
StoryOption = Annotated[Optional[str], typer.Option(help="Only events of this story (ids from `dossier stories`).")]
DatesOption = Annotated[Optional[int], typer.Option(help="Keep only the N most salient dates.")]
PerDateOption = Annotated[int, typer.Option(help="Evidence sentences per date (with --dates).")]


def timeline(
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    entity: EntityOption = None,
    event_type: TypeOption = None,
    min_sources: MinSourcesOption = 1,
    story: StoryOption = None,
    dates: DatesOption = None,
    sentences_per_date: PerDateOption = 2,
    evidence: Annotated[bool, typer.Option(help="Show every evidence sentence with its span.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json, csv, markdown or html.")] = "table",
    output: Annotated[Optional[Path], typer.Option(help="Write to this file instead of the terminal.")] = None,
    json_out: JsonOption = False,
    csv_out: CsvOption = False,
) -> None:
    """Events in the order they happened, with their evidence.

    Example: dossier timeline --from 2025-05-01 --entity Umerov --dates 5 --format html --output timeline.html
    """
    fmt = "json" if json_out else "csv" if csv_out else fmt
    filters = _filters(date_from, date_to, entity, event_type, min_sources, story)
    try:
        text = _timeline_text(db, fmt, dates, sentences_per_date, evidence, filters)
    except DossierError as error:
        fail(error)
    if text is None:
        return
    if output:
        _write(output, text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def report(
    db: DbOption = None,
    output: Annotated[Path, typer.Option(help="The file to write.")] = Path("dossier-report.html"),
    fmt: Annotated[str, typer.Option("--format", help="html or markdown.")] = "html",
    date_from: FromOption = None,
    date_to: ToOption = None,
    entity: EntityOption = None,
    event_type: TypeOption = None,
    min_sources: MinSourcesOption = 1,
    story: StoryOption = None,
    dates: DatesOption = None,
    sentences_per_date: PerDateOption = 2,
) -> None:
    """Write the timeline and the discrepancies as one self-contained file to send by mail.

    The HTML has no script and loads nothing from outside, so it reads the same offline.

    Example: dossier report --story s1 --dates 8 --output istanbul-talks.html
    """
    if fmt not in {"html", "markdown"}:
        fail(DossierError(f"unknown report format {fmt!r}; choose html or markdown"))
    filters = _filters(date_from, date_to, entity, event_type, min_sources, story)
    try:
        text = api.timeline_report(db=db, fmt=fmt, dates=dates, sentences_per_date=sentences_per_date, **filters)
    except DossierError as error:
        fail(error)
    _write(output, text)


def _timeline_text(db, fmt, dates, sentences_per_date, evidence, filters) -> str | None:
    """Render the timeline in one format; the table is printed directly and returns None."""
    if fmt in {"markdown", "html"}:
        return api.timeline_report(db=db, fmt=fmt, dates=dates, sentences_per_date=sentences_per_date, **filters)
    if dates is not None:
        digest = api.timeline_digest(db=db, dates=dates, sentences_per_date=sentences_per_date, **filters)
        if fmt == "json":
            return render.to_json(digest)
        console.print(render.digest_table(digest))
        return None
    entries = api.timeline(db=db, **filters)
    if fmt == "json":
        return render.to_json(entries)
    if fmt == "csv":
        return render.to_csv(render.timeline_rows(entries))
    if fmt != "table":
        raise DossierError(f"unknown format {fmt!r}; choose table, json, csv, markdown or html")
    console.print(render.timeline_table(entries, evidence=evidence))
    return None


def _filters(date_from, date_to, entity, event_type, min_sources, story) -> dict:
    """The keyword filters api.timeline and its kin take, with the days parsed."""
    try:
        start = date.fromisoformat(date_from) if date_from else None
        end = date.fromisoformat(date_to) if date_to else None
    except ValueError as error:
        fail(DossierError(f"dates must be YYYY-MM-DD: {error}"))
    return dict(date_from=start, date_to=end, entity=entity, event_type=event_type, min_sources=min_sources,
                story=story)


def _write(output: Path, text: str) -> None:
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(DossierError(f"cannot write {output}: {error.strerror or error}"))
    err.print(f"wrote {output}")
