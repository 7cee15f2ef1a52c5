"""Fetching URLs with httpx: timeouts, a size cap, content-type checks, limited redirects and
clear errors (``E011``) for unreachable hosts."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from detente.errors import Errors
from detente.ingest.options import FetchOptions

# Content types we can read, mapped to a reader kind.
CONTENT_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
    "application/json": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/csv": "csv",
}


class FetchError(Exception):
    """A URL could not be fetched; the message starts with the stable code E011."""


@dataclass(slots=True)
class Fetched:
    """A fetched resource (``status`` 304 means not modified: ``data`` is empty)."""

    url: str
    final_url: str
    status: int
    kind: str | None
    content_type: str
    data: bytes
    etag: str | None = None
    last_modified: str | None = None


def _fail(reason: str) -> FetchError:
    return FetchError(Errors.E011.format(reason=reason))


def fetch(url: str, options: FetchOptions | None = None, *, etag: str | None = None,
          last_modified: str | None = None, client: httpx.Client | None = None) -> Fetched:
    """GET ``url``; raise FetchError with a clear reason on any failure."""
    opts = options or FetchOptions()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise _fail(f"not an http(s) URL: {url!r}")
    headers = {"User-Agent": opts.user_agent, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    read_timeout = min(opts.timeout, opts.deadline)
    http = client or httpx.Client(
        timeout=httpx.Timeout(read_timeout, connect=min(opts.connect_timeout, read_timeout)),
        follow_redirects=True, max_redirects=opts.max_redirects)
    # One deadline for the whole fetch: httpx's timeouts are per read, so a server sending a
    # byte every few seconds would hold us forever. The watchdog closes our client at the
    # deadline (ending a read stuck in the headers); the body loop checks the clock.
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        if own:
            http.close()

    watchdog = threading.Timer(opts.deadline, expire)
    watchdog.daemon = True
    watchdog.start()
    deadline = time.monotonic() + opts.deadline
    try:
        with http.stream("GET", url, headers=headers) as resp:
            if resp.status_code == 304:
                return Fetched(url, str(resp.url), 304, None, "", b"", etag, last_modified)
            if resp.status_code >= 400:
                raise _fail(f"HTTP {resp.status_code} from {url}")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = CONTENT_TYPES.get(ctype)
            if kind is None and ctype:
                raise _fail(f"unsupported content type {ctype!r} at {url}")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > opts.max_bytes:
                raise _fail(f"{url} is larger than the {opts.max_bytes}-byte cap")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                if time.monotonic() > deadline:
                    expired.set()
                    break
                size += len(chunk)
                if size > opts.max_bytes:
                    raise _fail(f"{url} is larger than the {opts.max_bytes}-byte cap")
                chunks.append(chunk)
            if not expired.is_set():
                return Fetched(url, str(resp.url), resp.status_code, kind, ctype,
                               b"".join(chunks), resp.headers.get("etag"),
                               resp.headers.get("last-modified"))
        raise _fail(f"no complete answer within the {opts.deadline:g}s deadline from {url} "
                    "(setting fetch_deadline)")
    except FetchError:
        raise
    except Exception as err:
        if expired.is_set():  # whatever the closed client raised in the middle of a read
            raise _fail(f"no complete answer within the {opts.deadline:g}s deadline from {url} "
                        "(setting fetch_deadline)") from None
        raise _translate(err, url, parts.hostname, opts) from None
    finally:
        watchdog.cancel()
        if own:
            http.close()


def _translate(err: Exception, url: str, host: str | None, opts: FetchOptions) -> Exception:
    """The E011 error for an httpx exception (anything else is returned as it is)."""
    if isinstance(err, httpx.TooManyRedirects):
        return _fail(f"more than {opts.max_redirects} redirects from {url}")
    if isinstance(err, httpx.ConnectError):
        return _fail(f"host {host!r} is unreachable ({err})")
    if isinstance(err, httpx.TimeoutException):
        return _fail(f"timed out after {min(opts.timeout, opts.deadline):g}s fetching {url}")
    if isinstance(err, httpx.HTTPError):
        return _fail(f"{type(err).__name__} fetching {url}: {err}")
    return err
