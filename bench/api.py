"""API concurrency benchmark: `detente serve` on a database it builds, then N GETs at a given
concurrency; prints p50 / p95 / max latency, throughput and errors.

    .venv/bin/python bench/api.py [--articles 600] [--requests 1000] [--concurrency 50]
                                  [--db PATH] [--append-results]

The database holds ``--articles`` synthetic articles of 5 events each (``bench/store.py``'s
generator: 60 countries, skewed activity, CAMEO codes from the ontology, two years), clustered.
The server runs in its own process (``detente serve`` on 127.0.0.1, a free port); the client is
a small asyncio HTTP/1.1 client with one keep-alive connection per concurrent request (cheaper
than a general client, so that it leaves the CPU to the server). The GETs cycle through the
dashboard's requests (health, events pages with filters, dyad series, dyads, rankings, quotes,
timeline, locations, network). Each request has a 30 s timeout; the whole run is bounded by
``--deadline``. Target (issue 14, item 13): p95 <= 300 ms and no errors at 1,000 GETs,
concurrency 50, 600 articles.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from results import append_section  # noqa: E402 - bench/results.py

PATHS = [
    "/health",
    "/events?limit=50",
    "/events?actor=USA&limit=50&sort=goldstein",
    "/events?country=RUS&quad_class=4&limit=50",
    "/dyads/USA/CHN/series?by=month",
    "/dyads/RUS/UKR/series?by=week&directed=true",
    "/dyads/ISR/PSE/series",
    "/dyads?limit=20",
    "/actors?limit=50",
    "/actors?metric=conflict&limit=20",
    "/actors/USA/timeline",
    "/quotes?limit=20",
    "/locations?limit=500",
    "/network?limit=100",
    "/events?q=relations&limit=20",
]
TARGET_P95_MS = 300.0


def build_db(path: Path, articles: int) -> None:
    """A clustered database of ``articles`` synthetic articles (5 events each)."""
    from detente.clusters import cluster_events
    from detente.store import Store
    from store import _insert, synthetic  # bench/store.py

    events, arts = synthetic(articles * 5)
    with Store(path) as store:
        _insert(store, "events", events)
        _insert(store, "articles", arts)
        cluster_events(store.con, full=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, timeout: float = 120.0) -> subprocess.Popen[bytes]:
    """``detente serve`` in a child process, once /health answers."""
    detente = str(Path(sys.executable).with_name("detente"))
    proc = subprocess.Popen([detente, "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise RuntimeError(f"detente serve exited ({proc.returncode}): {err[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("detente serve did not answer /health in time")


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n"
                 .encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])
               if k}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def load(port: int, requests: int, concurrency: int, timeout: float = 30.0,
               distinct: bool = False) -> tuple[list[float], list[str], float]:
    """(latencies ms of good answers, error descriptions, wall s) for the run."""
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(requests):
        path = PATHS[i % len(PATHS)]
        if distinct:
            path += f"{'&' if '?' in path else '?'}_={i}"
        queue.put_nowait(path)

    async def worker() -> None:
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while True:
            try:
                path = queue.get_nowait()
            except asyncio.QueueEmpty:
                break
            start = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.wait_for(
                        asyncio.open_connection("127.0.0.1", port), timeout)
                status = await asyncio.wait_for(_get(*conn, path), timeout)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as err:
                errors.append(f"{path}: {type(err).__name__}")
                if conn is not None:
                    conn[1].close()
                conn = None
                continue
            if status == 200:
                latencies.append((time.perf_counter() - start) * 1000)
            else:
                errors.append(f"{path}: HTTP {status}")
        if conn is not None:
            conn[1].close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--deadline", type=float, default=600.0, help="seconds for the whole load")
    ap.add_argument("--distinct", action="store_true",
                    help="make every URL distinct (a dummy parameter): no answer comes from "
                         "the server's GET cache, every request runs its queries")
    ap.add_argument("--db", default=None, help="existing database to serve (default: build one)")
    ap.add_argument("--append-results", action="store_true", help="append to bench/RESULTS.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="detente-api-bench-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "api.duckdb"
        if not args.db:
            t0 = time.perf_counter()
            build_db(db, args.articles)
            print(f"built {db} ({args.articles} articles) in {time.perf_counter() - t0:.1f} s")
        port = _free_port()
        server = start_server(db, port)
        try:
            asyncio.run(load(port, 2 * len(PATHS), 1))  # warm-up: every path once or twice
            latencies, errors, wall = asyncio.run(asyncio.wait_for(
                load(port, args.requests, args.concurrency, distinct=args.distinct), args.deadline))
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    worst = max(latencies) if latencies else float("nan")
    load_avg = os.getloadavg()[0]
    mode = "distinct URLs" if args.distinct else "dashboard URLs, repeated"
    print(f"{args.requests} GETs ({mode}) at concurrency {args.concurrency}: p50 {p50:.0f} ms, "
          f"p95 {p95:.0f} ms, max {worst:.0f} ms, {len(latencies) / wall:.0f} req/s, "
          f"errors {len(errors)} (load average {load_avg:.1f})")
    if errors:
        print("first errors:", errors[:5])
    if args.append_results:
        append_section(
            "API concurrency (`bench/api.py`)",
            f".venv/bin/python bench/api.py --articles {args.articles} --requests {args.requests}"
            f" --concurrency {args.concurrency}{' --distinct' if args.distinct else ''}"
            " --append-results",
            f"1-minute load average at the end: {load_avg:.1f} (2 cores shared with other jobs, "
            "client and server on the same machine).",
            ["| GETs | URLs | concurrency | p50 ms | p95 ms | max ms | req/s | errors | target |",
             "|---|---|---|---|---|---|---|---|---|",
             f"| {args.requests} | {mode} | {args.concurrency} | {p50:.0f} | {p95:.0f} | "
             f"{worst:.0f} | {len(latencies) / wall:.0f} | {len(errors)} | "
             f"p95 <= {TARGET_P95_MS:.0f} ms, 0 errors |"])
    return 0 if not errors and p95 <= TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
