"""``detente watch`` against real feeds served from a temporary copy by a local http.server:
new items only (Last-Modified and item ids remembered), down and malformed feeds logged, and
non-English feeds skipped."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from detente.watch import parse_duration, poll_once, read_feeds_file
from tests.conftest import shared_path

ENGLISH = "jameslawler_react-native-rss-parser__reuters.xml"
MALFORMED = "malformed/jmanuelbr_chrome-extension__europapress.xml"
FRENCH = "non_english/KaaJaryi_simple-feed-parser__humanite.xml"
NEW_ITEM = ("<item><title>Envoys agree to resume border talks</title>"
            "<guid isPermaLink=\"false\">detente-test-new-item</guid>"
            "<description>Envoys of the two countries agreed on Tuesday to resume talks on "
            "their disputed border, officials said.</description>"
            "<pubDate>Tue, 30 Jan 2018 18:00:00 -0500</pubDate></item>\n</channel>")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = shared_path("corpora", "feeds", "real_news_feeds")
    site = tmp_path / "site"
    site.mkdir()
    for rel in (ENGLISH, MALFORMED, FRENCH):
        shutil.copy(root / rel, site / Path(rel).name)
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", site
    httpd.shutdown()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_parse_duration_and_feeds_file(tmp_path: Path) -> None:
    assert parse_duration("15m") == 900 and parse_duration("30s") == 30
    assert parse_duration("2h") == 7200 and parse_duration("45") == 45
    with pytest.raises(ValueError):
        parse_duration("soon")
    f = tmp_path / "feeds.txt"
    f.write_text("# my feeds\nhttp://a.example/rss\n\n  http://b.example/atom  # comment\n")
    assert read_feeds_file(f) == ["http://a.example/rss", "http://b.example/atom"]


def test_watch_polls_new_items_only(served: tuple[str, Path], tmp_path: Path) -> None:
    base, site = served
    feeds = [f"{base}/{Path(ENGLISH).name}", f"{base}/{Path(MALFORMED).name}",
             f"{base}/{Path(FRENCH).name}", f"{base}/missing.xml",
             f"http://127.0.0.1:{_closed_port()}/down.xml"]
    db = tmp_path / "watch.duckdb"
    with Store(db) as store:
        first = poll_once(feeds, store)
        status = {f.feed.rsplit("/", 1)[1]: f for f in first.feeds}
        assert status[Path(ENGLISH).name].status == "ok"
        assert status[Path(ENGLISH).name].new == 10
        assert status[Path(MALFORMED).name].status == "malformed"
        assert status[Path(FRENCH).name].new == 10
        assert status["missing.xml"].status == "failed"
        assert "HTTP 404" in (status["missing.xml"].error or "")
        assert status["down.xml"].status == "failed"
        assert "unreachable" in (status["down.xml"].error or "")
        assert first.run.coded == 10
        reasons = first.run.reasons
        assert sum(n for r, n in reasons.items() if r.startswith("[E008]")) == 20
        assert sum(n for r, n in reasons.items() if r.startswith("[E012]")) == 1
        logged = store.con.execute(
            "SELECT count(*) FROM ingest_log WHERE status = 'failed'").fetchall()
        assert logged == [(3,)]  # 404, down, malformed
        assert store.count("articles") == 10

    # Second poll through the CLI: unchanged feeds answer 304 Not Modified.
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text("\n".join(feeds) + "\n")
    result = CliRunner().invoke(app, ["watch", str(feeds_file), "--db", str(db), "--once"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count("articles") == 10
        states = dict(store.con.execute("SELECT url, last_status FROM feed_state").fetchall())
        assert states[feeds[0]] == "not-modified"

        # The English feed gets one new item (and a newer mtime): only that item is coded.
        path = site / Path(ENGLISH).name
        path.write_text(path.read_text(encoding="utf-8").replace("</channel>", NEW_ITEM, 1),
                        encoding="utf-8")
        later = time.time() + 5
        os.utime(path, (later, later))
        third = poll_once(feeds[:1], store)
        assert third.feeds[0].status == "ok" and third.feeds[0].items == 11
        assert third.feeds[0].new == 1 and third.run.coded == 1
        assert store.count("articles") == 11
