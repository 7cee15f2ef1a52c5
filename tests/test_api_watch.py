"""Serving and ingesting together: the server process owns the database and runs the feed
watcher in a background thread while requests keep reading."""

from __future__ import annotations

import sys
import threading
import time
import types
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from detente.api import _default_poll, create_app, start_watcher
from detente.store import Store
from tests.store_factories import RUS, UKR, Art, Ev, build, make_db


def _article(i: int) -> Art:
    return Art(f"w{i}", f"2024-07-{1 + i % 28:02d}", f"Wire{i % 3}", [
        Ev(f"Russia shelled Ukraine in raid number {i}.", (RUS, "Russia"), "shelled",
           (UKR, "Ukraine"), "190")])


def test_serving_while_the_watcher_ingests(tmp_path: Path) -> None:
    db = make_db(tmp_path / "live.duckdb")
    store = Store(db)  # the server owns the database read-write
    app = create_app(store=store)
    written = []

    def poll() -> None:  # stands in for detente.watch: one new article per poll
        n = len(written)
        store.write([build(_article(n))])
        written.append(n)

    stop = threading.Event()
    thread = start_watcher(app, ["fake-feed.xml"], interval=0.02, poll=poll, stop=stop)
    totals = []
    with TestClient(app) as client:
        deadline = time.monotonic() + 3.0
        while time.monotonic() < deadline and len(written) < 15:
            r = client.get("/events", params={"country": "UKR", "limit": 5})
            assert r.status_code == 200, r.text
            totals.append(r.json()["total"])
            assert client.get("/dyads/RUS/UKR/series").status_code == 200
        stop.set()
        thread.join(timeout=10)
        health = client.get("/health").json()
    assert written, "the watcher never polled"
    assert totals == sorted(totals) and totals[-1] > totals[0]
    assert health["read_only"] is False
    assert health["watch"]["polls"] >= len(written) and health["watch"]["last_error"] is None
    assert health["counts"]["articles"] == 5 + len(written)
    # the watcher re-clusters after each poll: every event has a cluster
    assert store.con.execute(
        "SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)
    store.close()


def test_watcher_survives_a_failing_poll(tmp_path: Path) -> None:
    store = Store(make_db(tmp_path / "bad.duckdb"))
    app = create_app(store=store)
    stop = threading.Event()

    def poll() -> None:
        raise RuntimeError("feed is down")

    thread = start_watcher(app, ["down.xml"], interval=0.01, poll=poll, stop=stop)
    time.sleep(0.1)
    stop.set()
    thread.join(timeout=5)
    with TestClient(app) as client:
        watch = client.get("/health").json()["watch"]
    assert watch["polls"] >= 1 and "feed is down" in watch["last_error"]
    store.close()


def test_default_poll_calls_detente_watch(tmp_path: Path, monkeypatch: Any) -> None:
    calls: list[tuple[Any, ...]] = []
    fake = types.ModuleType("detente.watch")

    def poll_once(feeds: list[str], *, store: Store, extra: int = 0) -> int:
        calls.append((feeds, store))
        return 0

    fake.poll_once = poll_once  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "detente.watch", fake)
    store = Store(tmp_path / "p.duckdb")
    _default_poll(store, ["a.xml"])()
    assert calls == [(["a.xml"], store)]
    store.close()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>https://example.org/</link>
<description>Feed written for the detente tests</description>
<item><guid>wire-1</guid><title>Ministers meet</title><link>https://example.org/wire-1</link>
<pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate>
<description>The foreign ministers of France and Germany met in Paris on Tuesday to discuss
trade. France praised Germany for its support.</description></item>
</channel></rss>
"""


def test_serve_watch_with_the_real_watcher(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_text(RSS, encoding="utf-8")
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# test feeds\n{feed}\n", encoding="utf-8")
    store = Store(make_db(tmp_path / "real.duckdb"))
    app = create_app(store=store)
    stop = threading.Event()
    thread = start_watcher(app, [str(listing)], interval=3600, stop=stop)
    with TestClient(app) as client:
        for _ in range(600):
            watch = client.get("/health").json()["watch"]
            assert client.get("/events", params={"limit": 1}).status_code == 200
            if watch["polls"]:
                break
            time.sleep(0.1)
        stop.set()
        thread.join(timeout=10)
        health = client.get("/health").json()
    assert health["watch"]["last_error"] is None, health["watch"]
    assert health["counts"]["articles"] == 6  # the five hand-made ones + the feed item
    store.close()
