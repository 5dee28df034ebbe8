"""What every `dossier` command shares: the Typer app, the consoles, the common options, error and progress display."""

from __future__ import annotations

import logging
import sys
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier.present import render

app = typer.Typer(help="Evidence-backed timelines and discrepancies from news articles.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)
STATE = {"verbose": False}

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite file or postgresql:// URL (default $DOSSIER_DB, else ./dossier.db).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details and show tracebacks.")] = False) -> None:
    STATE["verbose"] = verbose
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def emit(records, table, *, json_out: bool = False, csv_rows=None) -> None:
    """Print records as JSON, as CSV rows when given, or as a Rich table."""
    if json_out:
        print(render.to_json(records))
    elif csv_rows is not None:
        sys.stdout.write(render.to_csv(csv_rows))
    else:
        console.print(table(records))


def fail(error: Exception) -> NoReturn:
    """Print the error and exit 1; with --verbose, raise it for the traceback."""
    if STATE["verbose"]:
        raise error
    err.print(f"[red]error:[/red] {error}")
    raise typer.Exit(code=1)


def with_progress(description: str, total: int | None, call):
    """Run ``call(progress)`` under a progress bar that ``progress(n)`` advances."""
    with progress_bar() as bar:
        task = bar.add_task(description, total=total or None)
        return call(lambda n: bar.advance(task, n))


def progress_bar() -> Progress:
    """A bar on stderr, hidden when stderr is no terminal (unless --verbose), so pipes stay clean."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=False, disable=not err.is_terminal and not STATE["verbose"])
