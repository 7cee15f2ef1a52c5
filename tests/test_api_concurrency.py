"""API reads served concurrently, GET answers cached per data version (issue 14, item 13)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
import pytest
from fastapi.testclient import TestClient

import detente.api as api_module
from detente.api import create_app, default_threads
from detente.api_cache import HIT_HEADER, ResponseCache
from tests.store_factories import make_db

HIT = HIT_HEADER[0].decode()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("conc") / "c.duckdb")


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def test_second_identical_get_is_a_cache_hit_with_the_same_body(client: TestClient) -> None:
    first = client.get("/dyads/USA/CHN/series", params={"by": "month"})
    second = client.get("/dyads/USA/CHN/series", params={"by": "month"})
    assert first.status_code == second.status_code == 200
    assert HIT not in first.headers and second.headers[HIT] == "hit"
    assert second.json() == first.json()
    other = client.get("/dyads/USA/CHN/series", params={"by": "year"})  # another URL: computed
    assert HIT not in other.headers and other.json() != first.json()


def test_health_errors_and_posts_are_never_cached(client: TestClient) -> None:
    for _ in range(2):
        assert HIT not in client.get("/health").headers
        bad = client.get("/dyads/USA/CHN/series", params={"by": "decade"})
        assert bad.status_code == 422 and HIT not in bad.headers


def test_a_write_bumps_the_version_and_empties_the_cache(client: TestClient) -> None:
    app = client.app
    assert client.get("/actors").status_code == 200
    assert client.get("/actors").headers[HIT] == "hit"
    app.state.data_version += 1  # what the feed watcher does after each write
    assert HIT not in client.get("/actors").headers
    assert client.get("/actors").headers[HIT] == "hit"


def test_thread_pool_is_sized_to_the_cores(client: TestClient) -> None:
    limit = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
    assert limit == default_threads() == 2 * (os.cpu_count() or 1) + 2


def test_reads_run_concurrently(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    active, peak = 0, 0
    lock = threading.Lock()
    real = api_module.events_page

    def slow_page(con: Any, flt: Any, **kw: Any) -> dict[str, Any]:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.4)  # blocking, like a long DuckDB query
        try:
            return real(con, flt, **kw)
        finally:
            with lock:
                active -= 1

    monkeypatch.setattr(api_module, "events_page", slow_page)
    app = create_app(db, threads=8)

    async def run() -> tuple[list[int], float]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            start = time.perf_counter()
            answers = await asyncio.gather(*(c.get("/events", params={"offset": i})
                                             for i in range(6)))
            return [r.status_code for r in answers], time.perf_counter() - start

    try:
        codes, elapsed = asyncio.run(run())
    finally:
        app.state.store.close()
    assert codes == [200] * 6
    assert peak >= 3  # several requests were inside the query at once
    assert elapsed < 6 * 0.4  # faster than one after the other


async def _slow_app(scope: Any, receive: Any, send: Any) -> None:
    _slow_app.calls += 1  # type: ignore[attr-defined]
    await asyncio.sleep(0.05)
    body = b'{"n": %d}' % _slow_app.calls  # type: ignore[attr-defined]
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def test_concurrent_identical_requests_are_computed_once() -> None:
    _slow_app.calls = 0  # type: ignore[attr-defined]
    cache = ResponseCache(_slow_app, version=lambda: 0)

    async def run() -> list[str]:
        transport = httpx.ASGITransport(app=cache)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            answers = await asyncio.gather(*(c.get("/same?x=1") for _ in range(10)))
            return [r.text for r in answers]

    assert asyncio.run(run()) == ['{"n": 1}'] * 10
    assert _slow_app.calls == 1 and cache.misses == 1 and cache.hits == 9  # type: ignore[attr-defined]


def test_cache_is_bounded() -> None:
    _slow_app.calls = 0  # type: ignore[attr-defined]
    cache = ResponseCache(_slow_app, version=lambda: 0, max_entries=3)

    async def run() -> None:
        transport = httpx.ASGITransport(app=cache)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for i in range(10):
                await c.get(f"/p{i}")

    asyncio.run(run())
    assert len(cache.entries) == 3 and list(cache.entries)[0][0] == "/p7"
    tiny = ResponseCache(_slow_app, version=lambda: 0, max_entry_bytes=4)
    asyncio.run(_get_twice(tiny))
    assert not tiny.entries  # bodies over the entry limit are not kept


async def _get_twice(app: Any) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        await c.get("/x")
        await c.get("/x")
