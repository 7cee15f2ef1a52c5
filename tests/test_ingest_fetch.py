"""URL inputs over a local HTTP server on 127.0.0.1: content types, size cap, redirects,
timeouts, HTTP errors and unreachable hosts give E011 errors; good pages become articles."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from detente.errors import InputError
from detente.ingest import FetchOptions, ReadOptions, read_inputs
from detente.ingest.fetch import FetchError, fetch
from detente.records import Article

PAGE = (b"<html><head><title>Envoys meet</title></head><body><article>"
        b"<p>Envoys of the two governments met in the capital on Monday and agreed to resume "
        b"talks on trade, according to a statement issued by the foreign ministry.</p>"
        b"<p>The statement said the next round would be held within a month.</p>"
        b"</article></body></html>")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
        b"<item><guid>1</guid><title>Talks</title><link>{base}/page.html</link>"
        b"<description>Short summary.</description></item></channel></rss>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the timeout test's client hangs up
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/page.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, "text/html; charset=utf-8", PAGE, {"ETag": '"v1"'})
        elif self.path == "/feed.xml":
            self._send(200, "application/rss+xml", FEED.replace(b"{base}", base.encode()))
        elif self.path == "/binary":
            self._send(200, "application/octet-stream", b"\x00\x01")
        elif self.path == "/big":
            self._send(200, "text/plain", b"x" * 5000)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", f"/loop{len(self.path)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/plain", b"late")
        else:
            self._send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_html_url_becomes_article(server: str) -> None:
    (a,) = list(read_inputs([f"{server}/page.html"]))
    assert isinstance(a, Article) and a.title == "Envoys meet" and "resume talks" in a.text


def test_redirect_followed_and_loop_capped(server: str) -> None:
    (a,) = list(read_inputs([f"{server}/moved"]))
    assert isinstance(a, Article)
    with pytest.raises(FetchError, match=r"\[E011\].*redirects"):
        fetch(f"{server}/loop", FetchOptions(max_redirects=3))


@pytest.mark.parametrize(("path", "opts", "pattern"), [
    ("/binary", FetchOptions(), "content type"),
    ("/big", FetchOptions(max_bytes=1000), "cap"),
    ("/missing", FetchOptions(), "HTTP 404"),
    ("/slow", FetchOptions(timeout=0.3), "timed out"),
])
def test_fetch_errors(server: str, path: str, opts: FetchOptions, pattern: str) -> None:
    (err,) = list(read_inputs([server + path], options=ReadOptions(fetch=opts)))
    assert isinstance(err, InputError) and err.message.startswith("[E011]")
    assert pattern in err.message


def test_unreachable_host_is_clear() -> None:
    (err,) = list(read_inputs([f"http://127.0.0.1:{_closed_port()}/x"]))
    assert isinstance(err, InputError) and "unreachable" in err.message


def test_conditional_get(server: str) -> None:
    assert fetch(f"{server}/page.html", etag='"v1"').status == 304


def test_feed_fetch_links(server: str) -> None:
    (plain,) = list(read_inputs([f"{server}/feed.xml"]))
    assert isinstance(plain, Article) and plain.text == "Short summary."
    (full,) = list(read_inputs([f"{server}/feed.xml"], options=ReadOptions(fetch_links=True)))
    assert isinstance(full, Article) and "resume talks" in full.text
    assert full.id == plain.id and full.title == "Talks"
