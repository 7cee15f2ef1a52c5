"""The ``detente`` command line: a thin layer over the package's public functions."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from detente import __version__
from detente.errors import DetenteError
from detente.runner import RunSummary
from detente.settings import Settings

SETTINGS: Settings | None = None

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: political event data from news articles.")
console = Console(stderr=True)
out_console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
DateOption = Annotated[
    str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs without one.")
]


def _version(value: bool) -> None:
    if value:
        out_console.print(f"detente {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    config: Annotated[Path | None, typer.Option(
        "--config", help="Settings file (TOML); default $DETENTE_CONFIG or ./detente.toml.")] = None,
) -> None:
    """detente: who did what to whom, when, where, and who said so."""
    from detente.settings import load_settings

    global SETTINGS
    SETTINGS = load_settings(config)


def settings() -> Settings:
    """The settings in force for this invocation (defaults < user file)."""
    from detente.settings import load_settings

    return SETTINGS or load_settings()


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=False)


def print_run_summary(summary: RunSummary, title: str = "Run summary") -> None:
    table = Table(title=title)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in ("read", "coded", "skipped", "failed", "events", "quotes"):
        table.add_row(key, str(getattr(summary, key)))
    console.print(table)
    if summary.reasons:
        reasons = Table(title="Skipped or failed, by reason")
        reasons.add_column("reason")
        reasons.add_column("items", justify="right")
        for reason, n in summary.reasons.most_common():
            reasons.add_row(reason, str(n))
        console.print(reasons)
    for err in summary.errors[:20]:
        console.print(f"[red]error[/red] {err}")
    if len(summary.errors) > 20:
        console.print(f"... and {len(summary.errors) - 20} more errors (see ingest_log)")


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or globs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSONL file ('-' = stdout).")] = Path("-"),
    date: DateOption = None,
) -> None:
    """Code articles to JSON Lines (the output contract), without a database."""
    from detente.runner import code_to_jsonl

    if str(out) == "-":
        summary = code_to_jsonl(inputs, sys.stdout, date=date, batch_size=settings().batch_size)
    else:
        with out.open("w", encoding="utf-8") as fh:
            summary = code_to_jsonl(inputs, fh, date=date, batch_size=settings().batch_size)
    print_run_summary(summary)
    raise typer.Exit(code=0 if summary.ok else 1)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or globs.")],
    db: DbOption = Path("detente.duckdb"),
    date: DateOption = None,
) -> None:
    """Code articles into the DuckDB store, with a progress bar and a run summary."""
    from detente.runner import ingest as run_ingest

    with _progress() as progress:
        task = progress.add_task("coding", total=None)
        summary = run_ingest(inputs, db, date=date,
                             progress=lambda n: progress.advance(task, n))
    print_run_summary(summary)
    raise typer.Exit(code=0 if summary.ok else 1)


def demo_corpus() -> Path:
    """The bundled, illustrative demo corpus (written for the project)."""
    return Path(str(resources.files("detente").joinpath("data/demo/demo_articles.jsonl")))


def print_store_summary(data: dict[str, Any]) -> None:
    quad_names = {1: "verbal cooperation", 2: "material cooperation",
                  3: "verbal conflict", 4: "material conflict"}
    out_console.print(f"[bold]{data['articles']}[/bold] articles in the database")
    t = Table(title="Events by quad class")
    t.add_column("quad class")
    t.add_column("events", justify="right")
    for q, n in data["events_by_quad_class"].items():
        t.add_row(f"{q} {quad_names.get(q, '')}", str(n))
    out_console.print(t)
    d = Table(title="Top dyads")
    for col in ("source", "target", "events", "Goldstein sum"):
        d.add_column(col)
    for row in data["top_dyads"]:
        d.add_row(row["source"], row["target"], str(row["events"]), str(row["goldstein_sum"]))
    out_console.print(d)
    q = Table(title="Top quotes")
    q.add_column("speaker")
    q.add_column("quote")
    for row in data["top_quotes"]:
        text = row["text"]
        q.add_row(row["speaker"], text if len(text) < 100 else text[:97] + "...")
    out_console.print(q)


@app.command()
def demo(
    db: DbOption = Path("detente.duckdb"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Serve the dashboard afterwards.")] = False,
    host: Annotated[str, typer.Option(help="Dashboard host.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Dashboard port.")] = 8000,
) -> None:
    """Code the bundled demo corpus into DB and print a summary (then serve the dashboard)."""
    from detente.analytics import summary as store_summary
    from detente.runner import ingest as run_ingest
    from detente.store import Store

    result = run_ingest([str(demo_corpus())], db)
    print_run_summary(result, title="Demo run")
    with Store(db) as store:
        print_store_summary(store_summary(store.con))
    if serve:
        _serve(db, host, port)


def _serve(db: Path, host: str, port: int) -> None:
    try:
        from detente.api import serve as run_server
    except ImportError:
        console.print("The dashboard is not part of this build yet.")
        return
    run_server(db=db, host=host, port=port)


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="Actor A: country code (USA), actor id or name.")],
    b: Annotated[str, typer.Argument(help="Actor B.")],
    db: DbOption = Path("detente.duckdb"),
    by: Annotated[str, typer.Option("--by", help="day, week, month or year.")] = "month",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Event counts per quad class and Goldstein sum for the dyads A->B and B->A."""
    from detente.analytics import dyad_series
    from detente.store import Store

    with Store(db, read_only=True) as store:
        try:
            rows = dyad_series(store.con, a, b, by=by)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from err
    if as_json:
        out_console.print_json(json.dumps(rows, default=str))
        return
    table = Table(title=f"{a} <-> {b} by {by}")
    cols = ["period", "direction", "verbal_coop", "material_coop", "verbal_conflict",
            "material_conflict", "events", "goldstein_sum"]
    for c in cols:
        table.add_column(c)
    for row in rows:
        table.add_row(*(str(row[c]).replace("A->B", f"{a}->{b}").replace("B->A", f"{b}->{a}")
                        for c in cols))
    out_console.print(table)


@app.command("eval")
def eval_command(
    name: Annotated[str, typer.Argument(help="actors, events, quotes, times or places.")],
    gold: Annotated[Path, typer.Argument(help="Gold file or directory.")],
    limit: Annotated[int | None, typer.Option(help="Evaluate only the first N items.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print only the JSON summary.")] = False,
) -> None:
    """Score an extractor against a gold set: prints a table and a JSON summary."""
    import importlib

    from detente.evaluation import EVALUATORS

    if name not in EVALUATORS:
        raise typer.BadParameter(f"unknown evaluator {name!r}; choose from {sorted(EVALUATORS)}")
    module = importlib.import_module(EVALUATORS[name])
    result = module.evaluate(gold, limit=limit)
    if not as_json:
        out_console.print(module.render(result))
    out_console.print_json(json.dumps(result, default=str))


def main() -> None:
    """Console-script entry point: turns DetenteError into a clean message and exit code 2."""
    try:
        app()
    except DetenteError as err:
        console.print(f"[red]error[/red] {err}")
        sys.exit(2)


if __name__ == "__main__":
    main()
