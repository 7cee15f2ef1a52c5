"""Issue 14: a slow-drip server cannot hold a fetch past its deadline, and a gzip bomb served
over HTTP is capped on its decompressed size (a local server on 127.0.0.1, bounded in time)."""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from detente.errors import InputError
from detente.ingest import read_inputs
from detente.ingest.fetch import FetchError, fetch
from detente.ingest.options import FetchOptions, Limits, ReadOptions

DRIP_SECONDS = 0.25
DRIP_FOR = 20.0  # the server would drip this long; the fetch must give up long before


def _bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(compressor.compress(b"a" * (1 << 20)) for _ in range(8)) + compressor.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _drip(self, data: bytes) -> None:
        end = time.monotonic() + DRIP_FOR
        for i in range(len(data)):
            if time.monotonic() > end:
                return
            try:
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
            except OSError:
                return
            time.sleep(DRIP_SECONDS)

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/drip-headers":
            self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Pad: " + b"x" * 500)
        elif self.path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "500")
            self.end_headers()
            self._drip(b"The minister spoke. " * 25)
        elif self.path == "/bomb.jsonl.gz":
            body = _bomb()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body"])
def test_slow_drip_server_hits_the_overall_deadline(server: str, path: str) -> None:
    # Each read gets a byte within the 15 s read timeout, so only an overall deadline helps.
    opts = FetchOptions(timeout=15.0, deadline=2.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"E011.*deadline"):
        fetch(server + path, opts)
    assert time.monotonic() - started < 6.0


def test_slow_drip_url_input_is_an_error_item_not_a_hang(server: str) -> None:
    opts = ReadOptions(fetch=FetchOptions(deadline=1.5))
    started = time.monotonic()
    (err,) = list(read_inputs([server + "/drip-body"], options=opts))
    assert isinstance(err, InputError) and err.message.startswith("[E011]")
    assert time.monotonic() - started < 6.0


def test_gzip_bomb_over_http_is_capped_on_output(server: str) -> None:
    opts = ReadOptions(limits=Limits(max_decompressed_bytes=1 << 20))
    (err,) = list(read_inputs([server + "/bomb.jsonl.gz"], options=opts))
    assert isinstance(err, InputError) and err.message.startswith("[E002]")
    assert "max_decompressed_bytes" in err.message
