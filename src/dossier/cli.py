"""The `dossier` command line: parses options, calls one `dossier.api` function, formats the result.

Shared pieces (the app, options, error display) live in ``cli_common``; the timeline and its mailable
report in ``cli_timeline``. Commands are registered here, in the order `dossier --help` lists them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from dossier import api, cli_timeline
from dossier.cli_common import CsvOption, DbOption, JsonOption, app, console, emit, err, fail, with_progress
from dossier.errors import DossierError
from dossier.present import render

__all__ = ["app"]


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, http(s) URLs or feeds.")],
    db: DbOption = None,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on loopback/private/link-local addresses.")] = False,
    text_field: Annotated[Optional[str], typer.Option(help="CSV/JSONL column holding the text.")] = None,
    date_field: Annotated[Optional[str], typer.Option(help="CSV/JSONL column holding the date.")] = None,
    outlet_field: Annotated[Optional[str], typer.Option(help="CSV/JSONL column holding the outlet.")] = None,
    title_field: Annotated[Optional[str], typer.Option(help="CSV/JSONL column holding the title.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name for articles that give none.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Read articles and store the new ones.

    Example: dossier ingest examples/ ../shared/benchmarks/guardian-sdf/articles.csv --text-field text --date-field date
    """
    from dossier.ingest import IngestOptions

    options = IngestOptions(allow_private=allow_private, text_field=text_field, date_field=date_field,
                            outlet_field=outlet_field, title_field=title_field, default_outlet=outlet)
    try:
        report = with_progress("ingesting", api.count_inputs(sources, options),
                                lambda progress: api.ingest(sources, db=db, options=options, progress=progress))
    except DossierError as error:
        fail(error)
    for failure in report.failures:
        err.print(f"[yellow]skipped[/yellow] {failure.item}: {failure.reason}")
    if json_out:
        console.print_json(render.to_json(report))
    else:
        console.print(f"added {len(report.added)}, already stored {len(report.unchanged)}, "
                      f"near-duplicates {len(report.near_duplicates)}, failed {len(report.failures)}")
    if report.failures and not report.added and not report.unchanged:
        raise typer.Exit(code=1)


@app.command()
def build(
    db: DbOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (package name or path).")] = None,
    workers: Annotated[int, typer.Option(help="Dask worker processes (0 = in this process).")] = 0,
    full: Annotated[bool, typer.Option(help="Redo the cross-document stages from scratch.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Analyse new articles and rebuild events, entities and discrepancies.

    Example: dossier build --db dossier.db
    """
    try:
        report = with_progress("analysing", api.pending_count(db), lambda progress: api.build(
            db=db, model=model, workers=workers, full=full, progress=progress))
    except DossierError as error:
        fail(error)
    for failure in report.failures:
        err.print(f"[yellow]failed[/yellow] {failure.item}: {failure.reason}")
    if json_out:
        console.print_json(render.to_json(report))
    else:
        console.print(f"analysed {report.analysed} articles, resolved {report.resolved}; {report.events} events, {report.entities} entities; "
                      f"{len(report.failures)} failed")
    if report.failures:
        raise typer.Exit(code=1)


app.command()(cli_timeline.timeline)
app.command()(cli_timeline.report)


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this event type.")] = None,
    entity: Annotated[Optional[str], typer.Option(help="Only events involving this name.")] = None,
    json_out: JsonOption = False,
    csv_out: CsvOption = False,
) -> None:
    """Canonical events merged across articles.

    Example: dossier events --type prisoner_exchange --json
    """
    try:
        found = api.events(db=db, event_type=event_type, entity=entity)
    except DossierError as error:
        fail(error)
    emit(found, render.events_table, json_out=json_out,
          csv_rows=[render.jsonable(e) for e in found] if csv_out else None)


@app.command("event")
def event_detail(
    event_id: Annotated[str, typer.Argument(help="Event id from `dossier events`.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One event with every source's evidence side by side.

    Example: dossier event evt_0123456789ab
    """
    try:
        found, evidence, mentions = api.event(event_id, db=db)
        attributes = api.event_sources(event_id, db=db)
    except DossierError as error:
        fail(error)
    if json_out:
        print(render.to_json({"event": found, "attributes": attributes, "evidence": evidence, "mentions": mentions}))
        return
    console.print(render.events_table([found]))
    if found.follows:
        console.print(f"Carries out: {', '.join(found.follows)}")
    console.print(render.attributes_table(attributes))
    for ev in evidence:
        # Article text is never read as Rich markup: a "[red]" in a page must print as written.
        console.print(Text.assemble((ev.outlet or ev.doc_id, "bold"), f" ({ev.doc_id}:{ev.start}-{ev.end}): {ev.sentence}"),
                      highlight=False)


@app.command()
def entities(
    db: DbOption = None,
    label: Annotated[Optional[str], typer.Option(help="Only PERSON, ORG, GPE, FAC or LOC.")] = None,
    json_out: JsonOption = False,
    csv_out: CsvOption = False,
) -> None:
    """People, places and organisations across articles, with aliases and roles.

    Example: dossier entities --label PERSON
    """
    found = api.entities(db=db, label=label)
    if json_out:
        evidence = api.entity_evidence([e.entity_id for e in found], db=db)
        print(render.to_json([render.jsonable(e) | {"evidence": render.jsonable(evidence.get(e.entity_id, []))}
                              for e in found]))
        return
    emit(found, render.entities_table, csv_rows=[render.jsonable(e) for e in found] if csv_out else None)


@app.command()
def docs(db: DbOption = None, json_out: JsonOption = False, csv_out: CsvOption = False) -> None:
    """Stored articles.

    Example: dossier docs --csv
    """
    found = api.docs(db=db)
    rows = [{k: v for k, v in render.jsonable(d).items() if k != "text"} for d in found]
    if json_out:
        print(render.to_json(rows))
    else:
        emit(found, render.docs_table, csv_rows=rows if csv_out else None)


@app.command()
def discrepancies(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Where outlets disagree (or an article contradicts itself), most severe first.

    Example: dossier discrepancies --json
    """
    emit(api.discrepancies(db=db), render.discrepancies_table, json_out=json_out)


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option(help="Only this speaker (any alias of the entity).")] = None,
    story: Annotated[Optional[str], typer.Option(help="Only the articles of this story.")] = None,
    json_out: JsonOption = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
) -> None:
    """Who said what: each quote with its speaker, cue, article and character span.

    Example: dossier quotes --speaker Umerov
    """
    try:
        pairs = api.quotes(db=db, speaker=speaker, story=story)
    except DossierError as error:
        fail(error)
    rows = render.quote_rows(pairs)
    emit(rows if json_out else pairs, render.quotes_table, json_out=json_out, csv_rows=rows if csv_out else None)


@app.command()
def framing(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option(help="Only the articles of this story.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Concepts that outlets name differently, and which outlet uses which term.

    Example: dossier framing --json
    """
    try:
        groups = api.framing(db=db, story=story)
    except DossierError as error:
        fail(error)
    emit(groups, render.framing_table, json_out=json_out)


@app.command()
def stories(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Stories: groups of articles about the same evolving events.

    Example: dossier stories --json
    """
    emit(api.stories(db=db), render.stories_table, json_out=json_out)


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words to find.")], db: DbOption = None,
           json_out: JsonOption = False) -> None:
    """Full-text search over articles and evidence sentences.

    Example: dossier search "Ciragan Palace"
    """
    hits = api.search(query, db=db)
    if json_out:
        print(render.to_json(hits))
        return
    for hit in hits:
        console.print(Text.assemble((hit.kind, "bold"), f" {hit.ref}: {' '.join(hit.text.split())[:160]}"), highlight=False)


@app.command("eval")
def eval_command(
    benchmark: Annotated[str, typer.Argument(help="istanbul, tempeval3, polnear, ecbplus, ecbplus-build, ecbplus-entities, plover, t17 or stories.")],
    path: Annotated[Path, typer.Argument(help="Gold file or folder of the benchmark.")],
    json_out: JsonOption = False,
    limit: Annotated[Optional[int], typer.Option(help="Only the first N documents/records (quick runs).")] = None,
) -> None:
    """Score dossier against gold data and print precision, recall and F1.

    Example: dossier eval istanbul ../shared/gold/istanbul-2025.json --json
    (story clustering on ECB+ sub-topics: dossier eval stories ../shared/benchmarks/ecbplus --json;
    the build's own event coreference on ECB+: dossier eval ecbplus-build ../shared/benchmarks/ecbplus --json;
    its entity resolution on ECB+ names: dossier eval ecbplus-entities ../shared/benchmarks/ecbplus --json)
    """
    from dossier.evaluate import run_benchmark

    try:
        result = with_progress(f"evaluating {benchmark}", None,
                                lambda progress: run_benchmark(benchmark, path, limit=limit, progress=progress))
    except DossierError as error:
        fail(error)
    if json_out:
        print(render.to_json(result.metrics))
        return
    console.print(render.metrics_table(benchmark, result.metrics))
    for line in result.details:
        console.print(line, markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Start the web app and REST API (data-changing endpoints need DOSSIER_API_TOKEN).

    Example: dossier serve --db dossier.db --port 8000
    """
    from dossier.config import settings_from_env
    from dossier.web.app import serve as serve_app

    settings = settings_from_env(db=db)
    serve_app(settings.db, host=host, port=port, token=settings.api_token)


if __name__ == "__main__":
    app()
