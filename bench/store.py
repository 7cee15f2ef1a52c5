"""Store benchmark: 1M synthetic events -> insert rate, clustering time, and the latency of the
queries behind the dashboard (dyad series with tension index, events page).

    .venv/bin/python bench/store.py [--events 1000000] [--db PATH] [--append-results]

Synthetic data: 60 countries with skewed (Zipf-like) activity, PLOVER sectors, CAMEO codes
from the shipped ontology, dates over two years, 5 events per article, a location for a third
of the events. Two insert paths are timed: the bulk columnar path (Arrow -> ``Store.insert_rows``
style ``INSERT BY NAME``, what a bulk loader or Parquet attach uses) and ``Store.write`` with
hand-built ``CodedArticle`` records (the per-article path of ``detente ingest``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from detente.analytics import actor_rankings, dyad_periods, locations
from detente.clusters import cluster_events
from detente.events.ontology import cameo_codes
from detente.network import actor_network
from detente.queries import EventFilter, events_page
from detente.records import Actor, Article, CodedArticle, Event, EventActor, Trigger
from detente.store import Store

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "JPN", "IND", "PAK", "ISR", "PSE",
             "IRN", "IRQ", "SYR", "TUR", "SAU", "EGY", "KOR", "PRK", "TWN", "BRA", "MEX", "CAN",
             "AUS", "ZAF", "NGA", "ETH", "KEN", "SDN", "AFG", "IDN", "PHL", "VNM", "THA", "MMR",
             "POL", "ITA", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "GRC", "SRB", "ARM", "AZE",
             "GEO", "BLR", "KAZ", "UZB", "VEN", "COL", "ARG", "CHL", "PER", "CUB", "LBY", "YEM"]
SECTORS = ["GOV", "MIL", "LEG", "COP", "MED", "CVL", "BUS", "OPP", "REB", None]
ROOT = Path(__file__).resolve().parent


def synthetic(n: int, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """(events, articles) Arrow tables with ``n`` events."""
    rng = np.random.default_rng(seed)
    codes = [c for c in cameo_codes().values() if c.level <= 2]
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1)
    weights /= weights.sum()
    src = rng.choice(len(COUNTRIES), n, p=weights)
    tgt = rng.choice(len(COUNTRIES), n, p=weights)
    tgt = np.where(tgt == src, (tgt + 1) % len(COUNTRIES), tgt)
    code_idx = rng.integers(0, len(codes), n)
    sec_s = rng.integers(0, len(SECTORS), n)
    sec_t = rng.integers(0, len(SECTORS), n)
    start = dt.date(2023, 1, 1).toordinal()
    n_articles = max(1, n // 5)
    art = np.arange(n) // 5
    art_day = rng.integers(0, 730, n_articles)
    day = art_day[art] - rng.integers(0, 3, n)
    event_date = np.array([dt.date.fromordinal(start + int(max(0, d))) for d in day])
    published = np.array([dt.date.fromordinal(start + int(d)) for d in art_day])
    has_loc = rng.random(n) < 0.33
    lat = np.where(has_loc, rng.uniform(-50, 65, n), np.nan)
    lon = np.where(has_loc, rng.uniform(-170, 175, n), np.nan)
    c_arr = np.array(COUNTRIES, dtype=object)
    s_arr = np.array(SECTORS, dtype=object)
    codes_arr = np.array([c.code for c in codes], dtype=object)
    roots = np.array([c.root for c in codes], dtype=object)
    gold = np.array([c.goldstein for c in codes])
    quad = np.array([c.quad_class for c in codes])
    plover = np.array([c.plover for c in codes], dtype=object)
    modality = np.where(rng.random(n) < 0.03, "negated", "asserted")
    ids = np.char.add("ev", np.arange(n).astype(str))
    art_ids = np.char.add("art", art.astype(str))
    events = pa.table({
        "id": ids, "article_id": art_ids, "published": published[art],
        "sentence_index": (np.arange(n) % 5).astype(np.int32),
        "sentence": np.char.add("Synthetic sentence about relations number ",
                                np.arange(n).astype(str)),
        "sentence_start": np.zeros(n, np.int32), "sentence_end": np.full(n, 60, np.int32),
        "source_text": c_arr[src], "source_name": c_arr[src], "source_country": c_arr[src],
        "source_sector": s_arr[sec_s], "source_actor_id": np.char.add("country:", c_arr[src].astype(str)),
        "source_start": np.zeros(n, np.int32), "source_end": np.full(n, 3, np.int32),
        "target_text": c_arr[tgt], "target_name": c_arr[tgt], "target_country": c_arr[tgt],
        "target_sector": s_arr[sec_t], "target_actor_id": np.char.add("country:", c_arr[tgt].astype(str)),
        "target_start": np.full(n, 10, np.int32), "target_end": np.full(n, 13, np.int32),
        "reciprocal": np.zeros(n, bool), "cameo": codes_arr[code_idx], "cameo_root": roots[code_idx],
        "plover": plover[code_idx], "goldstein": gold[code_idx], "quad_class": quad[code_idx].astype(np.int32),
        "date": np.array([d.isoformat() for d in event_date]), "date_precision": np.full(n, "day"),
        "date_source": np.full(n, "publication"), "event_date": event_date, "modality": modality,
        "location_name": np.where(has_loc, "Somewhere", None), "location_lat": lat, "location_lon": lon,
        "trigger_text": np.full(n, "met"), "trigger_start": np.full(n, 5, np.int32),
        "trigger_end": np.full(n, 8, np.int32), "confidence": np.full(n, 0.8), "rule": np.full(n, "bench"),
    })
    articles = pa.table({
        "id": np.char.add("art", np.arange(n_articles).astype(str)),
        "title": np.full(n_articles, "Synthetic article"), "published": published,
        "source": np.array([f"Source{i % 40}" for i in range(n_articles)]),
        "text": np.full(n_articles, "Synthetic text."), "language": np.full(n_articles, "en"),
    })
    return events, articles


def coded_articles(n_events: int) -> list[CodedArticle]:
    """Hand-built CodedArticle records (5 events each) for the Store.write path."""
    code = cameo_codes()["042"]
    out = []
    for a in range(n_events // 5):
        text = "USA met CHN. " * 5
        article = Article(id=f"w{a}", text=text, published="2024-04-02", source="Bench")
        events = [Event(id=f"w{a}-{i}", sentence_index=i, sentence="USA met CHN.",
                        source=EventActor(Actor("United States", "USA", "GOV"), "USA", (0, 3)),
                        target=EventActor(Actor("China", "CHN", "GOV"), "CHN", (8, 11)),
                        cameo=code.code, cameo_root=code.root, plover=code.plover,
                        plover_mode=code.plover_mode, goldstein=code.goldstein,
                        quad_class=code.quad_class, trigger=Trigger("met", (4, 7)), rule="bench",
                        date="2024-04-02", date_precision="day") for i in range(5)]
        out.append(CodedArticle(article, events=events))
    return out


def timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs (after one warm-up run)."""
    result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="database file (default: a temporary file)")
    ap.add_argument("--write-sample", type=int, default=50_000,
                    help="events written through Store.write")
    ap.add_argument("--append-results", action="store_true", help="append to bench/RESULTS.md")
    ap.add_argument("--latency-only", action="store_true",
                    help="only time the queries, on an existing --db built by this script")
    args = ap.parse_args(argv)
    tmp = None if args.db else tempfile.mkdtemp(prefix="detente-bench-")
    db = Path(args.db) if args.db else Path(str(tmp)) / "bench.duckdb"
    fig: dict[str, Any] = {"events": args.events}
    if args.latency_only:
        fig |= latencies(db)
        print("\n".join(f"{k:32s} {v}" for k, v in fig.items()))
        return fig
    if db.exists():
        db.unlink()

    t0 = time.perf_counter()
    events, articles = synthetic(args.events)
    fig["generate_s"] = round(time.perf_counter() - t0, 2)
    with Store(db) as store:
        t0 = time.perf_counter()
        for start in range(0, events.num_rows, 250_000):  # one statement (atomic) per slice
            _insert(store, "events", events.slice(start, 250_000))
        secs = time.perf_counter() - t0
        _insert(store, "articles", articles)
        fig["bulk_insert_s"] = round(secs, 2)
        fig["bulk_insert_events_per_s"] = int(args.events / secs)

        t0 = time.perf_counter()
        fig["clusters"] = cluster_events(store.con, full=True)
        fig["cluster_full_s"] = round(time.perf_counter() - t0, 2)

        sample = coded_articles(args.write_sample)
        t0 = time.perf_counter()
        for i in range(0, len(sample), 200):
            store.write(sample[i:i + 200])
        secs = time.perf_counter() - t0
        fig["store_write_events_per_s"] = int(args.write_sample / secs)

        t0 = time.perf_counter()
        fig["clusters_after_write"] = cluster_events(store.con)
        fig["cluster_incremental_s"] = round(time.perf_counter() - t0, 2)

    fig |= latencies(db)
    print("\n".join(f"{k:32s} {v}" for k, v in fig.items()))
    if args.append_results:
        _append_results(fig)
    if tmp is not None:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return fig


def latencies(db: Path) -> dict[str, Any]:
    """Median latencies (ms) of the dashboard's queries on the read-only connection."""
    import os

    fig: dict[str, Any] = {}
    with Store(db, read_only=True) as store:
        con = store.con
        fig["dyad_series_month_ms"], res = timed(
            lambda: dyad_periods(con, "USA", "CHN", by="month"))
        fig["dyad_series_points"] = len(res["series"])
        fig["dyad_series_week_ms"], _ = timed(lambda: dyad_periods(con, "USA", "CHN", by="week"))
        fig["dyad_series_rare_dyad_ms"], _ = timed(
            lambda: dyad_periods(con, "YEM", "LBY", by="month"))
        fig["events_page_ms"], page = timed(lambda: events_page(con, EventFilter(), limit=50))
        fig["events_total"] = page["total"]
        fig["events_page_actor_ms"], _ = timed(
            lambda: events_page(con, EventFilter(actor="USA"), sort="goldstein", limit=50,
                                offset=1000))
        fig["events_page_text_ms"], _ = timed(
            lambda: events_page(con, EventFilter(q="number 99999", quad_class=4), limit=50))
        fig["actor_rankings_ms"], _ = timed(lambda: actor_rankings(con, limit=300), repeat=3)
        fig["actor_network_ms"], _ = timed(lambda: actor_network(con, limit=150), repeat=3)
        fig["locations_ms"], _ = timed(lambda: locations(con, limit=3000), repeat=3)
    for k, v in list(fig.items()):
        if isinstance(v, float):
            fig[k] = round(v, 1)
    fig["load_average_1min"] = round(os.getloadavg()[0], 1)
    return fig


def _insert(store: Store, table: str, arrow: pa.Table) -> None:
    store.con.register("_bench_rows", arrow)
    try:
        store.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _bench_rows")
    finally:
        store.con.unregister("_bench_rows")


def _append_results(fig: dict[str, Any]) -> None:
    import platform

    import duckdb

    lines = [
        "",
        f"## Store benchmark (`bench/store.py`), {dt.date.today().isoformat()}",
        "",
        f"`.venv/bin/python bench/store.py --events {fig['events']} --append-results` on "
        f"{platform.machine()} ({_cpus()} cores shared with other jobs), DuckDB "
        f"{duckdb.__version__}, Python {platform.python_version()}.",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| bulk insert (Arrow -> INSERT BY NAME, 250k rows per statement) | "
        f"{fig['bulk_insert_events_per_s']:,} events/s ({fig['bulk_insert_s']} s) | >= 50k/s |",
        f"| `Store.write` of CodedArticle batches (ingest path) | "
        f"{fig['store_write_events_per_s']:,} events/s | |",
        f"| cross-article clustering, full | {fig['cluster_full_s']} s "
        f"({fig['clusters']:,} clusters) | |",
        f"| clustering after the Store.write sample (incremental) | "
        f"{fig['cluster_incremental_s']} s | |",
        f"| dyad series USA-CHN by month + tension index | {fig['dyad_series_month_ms']} ms | "
        "< 300 ms |",
        f"| dyad series USA-CHN by week | {fig['dyad_series_week_ms']} ms | < 300 ms |",
        f"| dyad series, rare dyad | {fig['dyad_series_rare_dyad_ms']} ms | < 300 ms |",
        f"| events page (newest 50 of {fig['events_total']:,}, with total) | "
        f"{fig['events_page_ms']} ms | < 300 ms |",
        f"| events page, actor filter, sorted by Goldstein, offset 1000 | "
        f"{fig['events_page_actor_ms']} ms | < 300 ms |",
        f"| events page, text search + quad class | {fig['events_page_text_ms']} ms | "
        "< 300 ms |",
        f"| actor rankings (dashboard pickers, top 300 countries) | "
        f"{fig['actor_rankings_ms']} ms | |",
        f"| actor network (150 heaviest country edges) | {fig['actor_network_ms']} ms | |",
        f"| map locations (3000) | {fig['locations_ms']} ms | |",
        "",
        "Latencies are medians of 7 runs (3 for the last three) after a warm-up, on the read-only connection the API "
        f"uses; 1-minute load average at the end: {fig['load_average_1min']} (the 2 cores are "
        "shared with other engineers' jobs, so figures vary by 2-3x between runs).",
    ]
    with (ROOT / "RESULTS.md").open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main(sys.argv[1:])
