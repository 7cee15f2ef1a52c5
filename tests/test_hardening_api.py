"""Issue 14: the API counts body bytes as they arrive (chunked bodies too), answers 422 to
deeply nested JSON, gives ``POST /code`` a per-article deadline, and ``/health`` shows a feed
the watcher could not fetch."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente import pipeline
from detente.api import create_app, start_watcher
from detente.document import ArticleDoc
from detente.store import Store
from detente.watch import FeedPoll, PollSummary
from tests.store_factories import make_db


def fake_coder(text: str, date: str | None = None, **meta: Any) -> dict[str, Any]:
    return {"article": {"id": "x", "warnings": []}, "events": [], "quotes": [], "times": [],
            "places": [], "mentions": []}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("api14") / "api.duckdb")


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db, coder=fake_coder, max_body=10_000, article_timeout=1.0)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def test_chunked_body_is_cut_off_at_the_limit(db: Path) -> None:
    """No Content-Length: the limit must hold while the body arrives, not after it is read."""
    app = create_app(db, coder=fake_coder, max_body=10_000)
    chunk = b"x" * 1000
    total = 50_000  # chunks the client would send (50 MB): far more than the limit
    sent = 0
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        sent += 1
        return {"type": "http.request", "body": chunk, "more_body": sent < total}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": "/code", "raw_path": b"/code",
             "query_string": b"", "root_path": "", "server": ("127.0.0.1", 8000),
             "client": ("127.0.0.1", 1234),
             "headers": [(b"content-type", b"text/plain"), (b"transfer-encoding", b"chunked")]}
    asyncio.run(app(scope, receive, send))
    app.state.store.close()
    start = next(m for m in messages if m["type"] == "http.response.start")
    assert start["status"] == 413
    assert sent <= 12  # stopped just past 10,000 bytes, not after 50 MB


@pytest.mark.parametrize("depth", [990, 4000])
def test_deeply_nested_json_is_a_422(client: TestClient, depth: int) -> None:
    body = '{"text": ' + "[" * depth + "]" * depth + "}"
    resp = client.post("/code", content=body, headers={"content-type": "application/json"})
    assert resp.status_code == 422, resp.text
    assert "detail" in resp.json()


def _stall(adoc: ArticleDoc) -> None:
    if "STALL" in adoc.article.text:
        while True:
            time.sleep(0.001)


def test_post_code_has_a_per_article_deadline(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pipeline.STEPS, "stall", _stall)
    app = create_app(db, article_timeout=1.0)
    with TestClient(app) as c:
        # The first request loads the model and dictionaries, outside the deadline.
        ok = c.post("/code", json={"text": "Peru thanked Chile.", "date": "2024-01-02"})
        assert ok.status_code == 200, ok.text
        assert ok.json()["article"]["published"] == "2024-01-02"
        started = time.monotonic()
        resp = c.post("/code", json={"text": "Peru STALL Chile.", "date": "2024-01-02"})
        assert time.monotonic() - started < 20
        assert resp.status_code == 422 and resp.json()["detail"].startswith("[E015]")
    app.state.store.close()


def test_health_reports_a_feed_the_watcher_could_not_fetch(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.duckdb")
    app = create_app(store=store)
    polled = threading.Event()

    def poll() -> PollSummary:
        polled.set()
        return PollSummary(feeds=[FeedPoll("http://slow.example/feed", "failed",
                                           error="[E011] no complete answer within the 60s "
                                                 "deadline")])

    stop = threading.Event()
    thread = start_watcher(app, ["http://slow.example/feed"], interval=60, poll=poll, stop=stop)
    assert polled.wait(10)
    with TestClient(app) as c:
        for _ in range(100):
            watch = c.get("/health").json()["watch"]
            if watch["polls"]:
                break
            time.sleep(0.05)
    stop.set()
    thread.join(10)
    store.close()
    assert "E011" in watch["last_error"] and "slow.example" in watch["last_error"]
    assert json.dumps(watch)  # serialisable
