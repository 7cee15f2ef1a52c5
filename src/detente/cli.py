"""The ``detente`` command line: a thin layer over the package's public functions."""

from __future__ import annotations

import json
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente import __version__
from detente.errors import DetenteError
from detente.progress import counted_task, progress_bar
from detente.runner import RunSummary
from detente.settings import Settings

SETTINGS: Settings | None = None

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: political event data from news articles.")
console = Console(stderr=True)
out_console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]


def _check_date(value: str | None) -> str | None:
    from detente.ingest.readers import normalise_date

    try:
        return normalise_date(value)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


DateOption = Annotated[str | None, typer.Option(
    "--date", callback=_check_date, help="Publication date (YYYY-MM-DD) for inputs without one.")]


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
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor file (YAML, see README 'Custom actors'); repeatable.")] = None,
    fast: Annotated[bool, typer.Option(
        "--fast", help="Rules-only event coding (no learned model): faster, for bulk backfills.")] = False,
) -> None:
    """detente: who did what to whom, when, where, and who said so."""
    from detente.settings import load_settings

    global SETTINGS
    SETTINGS = load_settings(config)
    use_actors([*SETTINGS.actors_files, *(str(a) for a in actors or [])])
    if fast or not SETTINGS.event_model:
        # An environment variable, so that worker processes inherit the tier.
        os.environ["DETENTE_EVENT_MODEL"] = "0"


ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Extra actor file (YAML, see README 'Custom actors'); repeatable.")]


def use_actors(paths: list[Path] | list[str]) -> None:
    """Register user actor files for this run (validated now; bad entries exit with an error)."""
    if paths:
        from detente.actors import add_user_actors

        for path in paths:
            add_user_actors(path)


def settings() -> Settings:
    """The settings in force for this invocation (defaults < user file)."""
    from detente.settings import load_settings

    return SETTINGS or load_settings()


def print_run_summary(summary: RunSummary, title: str = "Run summary") -> None:
    table = Table(title=title)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in ("read", "coded", "skipped", "failed", "events", "quotes"):
        table.add_row(key, str(getattr(summary, key)))
    for key in ("duplicates", "shards", "shards_resumed"):
        if getattr(summary, key, 0):
            table.add_row(key.replace("_", " "), str(getattr(summary, key)))
    console.print(table)
    if summary.reasons:
        reasons = Table(title="Skipped or failed, by reason")
        reasons.add_column("reason")
        reasons.add_column("items", justify="right")
        for reason, n in summary.reasons.most_common():
            reasons.add_row(escape(reason), str(n))
        console.print(reasons)
    for err in summary.errors[:20]:
        console.print(f"[red]error[/red] {escape(err)}")
    if len(summary.errors) > 20:
        console.print(f"... and {len(summary.errors) - 20} more errors (see ingest_log)")


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or globs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSONL file ('-' = stdout).")] = Path("-"),
    date: DateOption = None,
    actors: ActorsOption = None,
) -> None:
    """Code articles to JSON Lines (the output contract), without a database."""
    from detente.ingest import ReadOptions
    from detente.paths import refuse_overwrite, writing
    from detente.runner import code_to_jsonl

    use_actors(actors or [])
    refuse_overwrite(out, inputs, "an input")
    opts = ReadOptions.from_settings(settings(), date=date)
    if str(out) == "-":
        summary = code_to_jsonl(inputs, sys.stdout, date=date, batch_size=settings().batch_size,
                                options=opts)
    else:
        with writing(out), out.open("w", encoding="utf-8") as fh:
            summary = code_to_jsonl(inputs, fh, date=date, batch_size=settings().batch_size,
                                    options=opts)
    print_run_summary(summary)
    raise typer.Exit(code=0 if summary.ok else 1)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, directories, globs, http(s) URLs, .gz files, or '-' for stdin.")],
    db: DbOption = Path("detente.duckdb"),
    date: DateOption = None,
    actors: ActorsOption = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", help="Worker processes (default: one per core).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local or ray.")] = "local",
    address: Annotated[str | None, typer.Option(
        "--address", help="Ray cluster address (engine ray; default: a local cluster).")] = None,
    fetch_links: Annotated[bool, typer.Option(
        "--fetch-links", help="Fetch and extract each feed item's page.")] = False,
    shard_size: Annotated[int, typer.Option(
        "--shard-size", help="Items per shard (unit of work and of resumption).")] = 64,
    no_dedup: Annotated[bool, typer.Option(
        "--no-dedup", help="Code exact and near-duplicate articles too.")] = False,
    id_col: Annotated[str, typer.Option("--id-col", help="CSV column of the id.")] = "id",
    title_col: Annotated[str, typer.Option("--title-col", help="CSV column of the title.")] = "title",
    text_col: Annotated[str, typer.Option("--text-col", help="CSV column of the text.")] = "text",
    date_col: Annotated[str, typer.Option("--date-col", help="CSV column of the date.")] = "date",
    source_col: Annotated[str, typer.Option("--source-col", help="CSV column of the source.")] = "source",
    url_col: Annotated[str, typer.Option("--url-col", help="CSV column of the URL.")] = "url",
    delimiter: Annotated[str | None, typer.Option(
        "--delimiter", help="CSV delimiter (default: sniffed).")] = None,
) -> None:
    """Code articles into the DuckDB store, with a progress bar and a run summary.

    Interrupted runs resume: run the same command again."""
    from detente.ingest import ColumnMap, ReadOptions
    from detente.runner import ingest as run_ingest

    use_actors(actors or [])

    options = ReadOptions.from_settings(
        settings(), date=date, fetch_links=fetch_links, csv_delimiter=delimiter,
        columns=ColumnMap(id=id_col, title=title_col, text=text_col, date=date_col,
                          source=source_col, url=url_col))
    with progress_bar(console) as progress:
        advance = counted_task(progress, "coding", inputs, options)
        summary = run_ingest(inputs, db, date=date, options=options, workers=workers or 0,
                             engine=engine, address=address, shard_size=shard_size,
                             dedup=not no_dedup, progress=advance)
    print_run_summary(summary)
    raise typer.Exit(code=0 if summary.ok else 1)


@app.command()
def watch(
    feeds_file: Annotated[Path, typer.Argument(help="File with one feed URL (or path) per line.")],
    db: DbOption = Path("detente.duckdb"),
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit.")] = False,
    fetch_links: Annotated[bool, typer.Option(
        "--fetch-links", help="Fetch and extract each new item's page.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes.")] = 1,
) -> None:
    """Poll RSS/Atom feeds and ingest new items only; a down or malformed feed is logged."""
    from detente.ingest import ReadOptions
    from detente.watch import PollSummary, parse_duration
    from detente.watch import watch as run_watch

    try:
        seconds = parse_duration(every)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from err

    def report(poll: PollSummary) -> None:
        table = Table(title="Feed poll")
        for col in ("feed", "status", "items", "new", "error"):
            table.add_column(col)
        for f in poll.feeds:
            table.add_row(f.feed, f.status, str(f.items), str(f.new), (f.error or "")[:80])
        console.print(table)
        if poll.run.read:
            print_run_summary(poll.run, title="New items")

    try:
        run_watch(feeds_file, db, every=seconds, once=once, workers=workers, on_poll=report,
                  options=ReadOptions.from_settings(settings(), fetch_links=fetch_links))
    except KeyboardInterrupt:
        console.print("stopped")


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
        q.add_row(escape(str(row["speaker"])),
                  escape(text if len(text) < 100 else text[:97] + "..."))
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
    directed: Annotated[bool, typer.Option(
        "--directed", help="A->B and B->A apart (default: both directions together).")] = False,
    raw: Annotated[bool, typer.Option(
        "--raw", help="Raw event counts per direction, without clusters or tension index.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """The dyad A-B per period, as the dashboard and the API show it: event clusters per quad
    class, mean Goldstein, the tension index and its alerts (``--raw``: raw events A->B, B->A)."""
    from detente.analytics import dyad_periods, dyad_series
    from detente.store import Store

    with Store(db, read_only=True) as store:
        try:
            result: Any = (dyad_series(store.con, a, b, by=by) if raw
                           else dyad_periods(store.con, a, b, by=by, directed=directed))
        except ValueError as err:
            raise typer.BadParameter(str(err)) from err
    if as_json:
        out_console.print_json(json.dumps(result, default=str))
        return
    quads = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
    if raw:
        rows, cols = result, ["period", "direction", *quads, "events", "goldstein_sum"]
    else:
        rows = [*result["series"], *result.get("reverse", [])]
        cols = ["period", "direction", *quads, "events", "goldstein_mean", "tension", "alert"]
    names = {"A->B": f"{a}->{b}", "B->A": f"{b}->{a}", "both": f"{a}<->{b}"}
    unit = "raw events" if raw else "event clusters"
    table = Table(title=f"{a} <-> {b} by {by} ({unit})")
    for c in cols:
        table.add_column("clusters" if c == "events" and not raw else c)
    for row in rows:
        table.add_row(*(names.get(str(row[c]), "" if row[c] is None else str(row[c])) for c in cols))
    out_console.print(table)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    db: DbOption = Path("detente.duckdb"),
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl, csv, parquet, gdelt (GDELT 2.0 TSV) or plover.")] = "jsonl",
    actor: Annotated[str | None, typer.Option(help="Source or target (code, id or name).")] = None,
    country: Annotated[str | None, typer.Option(help="Source or target country.")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix.")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER event type.")] = None,
    quad_class: Annotated[int | None, typer.Option("--quad-class", help="1-4.")] = None,
    start_date: Annotated[str | None, typer.Option("--start-date")] = None,
    end_date: Annotated[str | None, typer.Option("--end-date")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Text search in sentences.")] = None,
    include_negated: Annotated[bool, typer.Option("--include-negated")] = False,
) -> None:
    """Export events (one row per event, with cluster counts) in a standard format."""
    from detente.exports import export_events
    from detente.paths import refuse_overwrite, writing
    from detente.queries import EventFilter
    from detente.store import Store

    refuse_overwrite(out, [db], "the database")
    flt = EventFilter(actor=actor, country=country, source=source, target=target, cameo=cameo,
                      plover=plover, quad_class=quad_class, start_date=start_date,
                      end_date=end_date, q=q, include_negated=include_negated)
    with Store(db, read_only=True) as store:
        try:
            with writing(out):
                n = export_events(store.con, fmt, out, flt)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from err
    console.print(f"wrote {n} events to {out} ({fmt})")


@app.command()
def cluster(
    db: DbOption = Path("detente.duckdb"),
    window: Annotated[int, typer.Option("--window", help="Days between reports.")] = 1,
) -> None:
    """(Re)compute cross-article event clusters (also run at the end of every ingest)."""
    from detente.clusters import cluster_events
    from detente.store import Store

    with Store(db) as store:
        n = cluster_events(store.con, window_days=window, full=True)
    console.print(f"{n} event clusters")


@app.command()
def network(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output .gexf or .graphml file.")],
    db: DbOption = Path("detente.duckdb"),
    level: Annotated[str, typer.Option(help="country or actor.")] = "country",
    limit: Annotated[int, typer.Option(help="Heaviest edges kept.")] = 500,
) -> None:
    """Export the actor network (GEXF or GraphML, by the file's extension)."""
    from detente.network import actor_network, write_network
    from detente.paths import refuse_overwrite, writing
    from detente.store import Store

    refuse_overwrite(out, [db], "the database")
    fmt = out.suffix.lstrip(".").lower()
    with Store(db, read_only=True) as store:
        try:
            graph = actor_network(store.con, level=level, limit=limit)
            with writing(out):
                write_network(graph, out, fmt)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from err
    console.print(f"wrote {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges "
                  f"to {out}")


@app.command()
def serve(
    db: DbOption = Path("detente.duckdb"),
    host: Annotated[str, typer.Option(help="Host to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    watch: Annotated[list[str] | None, typer.Option(
        "--watch", help="Feeds to poll inside the server (it then owns the database).")] = None,
    interval: Annotated[float, typer.Option(help="Seconds between feed polls.")] = 300.0,
) -> None:
    """Serve the HTTP API (/docs) and the dashboard; read-only unless --watch is given."""
    from detente.api import serve as run_server

    run_server(db=db, host=host, port=port, watch=watch or None, interval=interval,
               settings=settings())


@app.command("eval")
def eval_command(
    name: Annotated[str, typer.Argument(
        help="actors, events, quotes, times, places, wire or events-sentences.")],
    gold: Annotated[Path, typer.Argument(help="Gold file or directory.")],
    limit: Annotated[int | None, typer.Option(help="Evaluate only the first N items.")] = None,
    split: Annotated[str | None, typer.Option(
        help="wire: score only the stories of this split (dev or test).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print only the JSON summary.")] = False,
    misses: Annotated[Path | None, typer.Option(
        help="quotes: write the error dump (misses, wrong speakers, false positives) as JSON "
             "lines to this file; wire: one line per missed required event, with the coder's "
             "explanation of its trigger.")] = None,
) -> None:
    """Score an extractor against a gold set: prints a table and a JSON summary."""
    import importlib

    from detente.evaluation import EVALUATORS

    if name not in EVALUATORS:
        raise typer.BadParameter(f"unknown evaluator {name!r}; choose from {sorted(EVALUATORS)}")
    module = importlib.import_module(EVALUATORS[name])
    options: dict[str, Any] = {"split": split} if split else {}
    if misses is not None:
        if name not in ("quotes", "wire"):
            raise typer.BadParameter("--misses is only for the quotes and wire evaluators")
        options["misses"] = misses
    result = module.evaluate(gold, limit=limit, **options)
    if not as_json:
        out_console.print(module.render(result))
    out_console.print_json(json.dumps(result, default=str))


def _is_file(path: Path) -> bool:
    """Whether ``path`` names a file; text too long to be a path is not one."""
    try:
        return path.is_file()
    except OSError:
        return False


@app.command()
def explain(
    source: Annotated[str, typer.Argument(help="A .txt or .jsonl file, or the text itself.")],
    article_id: Annotated[str | None, typer.Option("--id", help="Article id in a JSONL file.")] = None,
    date: DateOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    db: Annotated[Path | None, typer.Option(
        "--db", help="Explain the stored article whose id is SOURCE in this database.")] = None,
) -> None:
    """Explain event coding: per sentence, each trigger's parse path and the pattern that fired.

    SOURCE is an article id (with --db), a .txt or .jsonl file, or the text itself.
    """
    from detente.events.explain import explain_record
    from detente.records import Article

    path = Path(source)
    article = Article(id="explain", text=source, published=date)
    if db is not None:
        from detente.store import Store

        with Store(db, read_only=True) as store:
            row = store.con.execute(
                "SELECT text, CAST(published AS VARCHAR), title, dateline FROM articles "
                "WHERE id = ?", [source]
            ).fetchone()
        if row is None:
            raise typer.BadParameter(f"no article {source!r} in {db}")
        article = Article(id=source, text=row[0], published=date or row[1], title=row[2],
                          dateline=row[3])
    elif _is_file(path):
        if path.suffix == ".jsonl":
            from detente.ingest.readers import article_from_record

            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                rec = json.loads(line) if line.strip() else {}
                if rec and (article_id is None or rec.get("id") == article_id):
                    # the title and dateline decide the story's country, as in a run
                    read = article_from_record(rec, input=str(path), line=n, date=date)
                    if not isinstance(read, Article):
                        raise typer.BadParameter(str(read))
                    article = read
                    if date:
                        article.published = date
                    break
            else:
                raise typer.BadParameter(f"no article {article_id!r} in {path}")
        else:
            article = Article(id="explain", text=path.read_text(encoding="utf-8"),
                              published=date)
    result = explain_record(article)
    if as_json:
        out_console.print_json(json.dumps(result))
        return
    for item in result:
        out_console.print(f"[bold]#{item['sentence_index']}[/bold] {item['sentence']}", markup=True)
        for c in item["candidates"]:  # type: ignore[attr-defined]
            out_console.print(f"  [cyan]{c['trigger']}[/cyan]: {c['outcome']}", highlight=False)
            out_console.print(f"    parse: {c['parse_path']}", markup=False, highlight=False)
            out_console.print(f"    pattern: {c['pattern']}", markup=False, highlight=False)
            out_console.print(f"    model: {c['model'] or 'off (fast tier)'}; rule: {c['rule']}",
                              markup=False, highlight=False)
            out_console.print(f"    source ({c['source_path']}): {c['source']}", markup=False,
                              highlight=False)
            out_console.print(f"    target ({c['target_slot']}): {c['target']}  "
                              f"modality={c['modality']}", markup=False, highlight=False)


def main() -> None:
    """Console-script entry point: turns DetenteError into a clean message and exit code 2."""
    try:
        app()
    except DetenteError as err:
        console.print(f"[red]error[/red] {escape(str(err))}")
        sys.exit(2)


if __name__ == "__main__":
    main()
