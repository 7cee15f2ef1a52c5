"""Response cache for the API's GET requests (an ASGI middleware).

Every GET answer of the API is a pure function of the URL and the database contents, so a
``200 application/json`` answer is kept (LRU, bounded in entries and bytes) under the URL and
the server's *data version*: a read-only server's data never changes; a server that owns the
database (``serve --watch``) bumps the version after each write, which empties the cache.
Concurrent requests for the same URL wait for the first one instead of all computing it (the
dashboard's first load asks every client for the same pickers, rankings and network layout).
``/health`` is never cached. A hit carries the header ``x-detente-cache: hit``.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_ENTRIES = 512
MAX_ENTRY_BYTES = 4_000_000
MAX_TOTAL_BYTES = 64_000_000
UNCACHED_PATHS = frozenset({"/health"})
HIT_HEADER = (b"x-detente-cache", b"hit")


class ResponseCache:
    """ASGI middleware caching GET JSON answers per (path, query string, data version)."""

    def __init__(self, app: ASGIApp, *, version: Callable[[], int],
                 max_entries: int = MAX_ENTRIES, max_entry_bytes: int = MAX_ENTRY_BYTES,
                 max_total_bytes: int = MAX_TOTAL_BYTES) -> None:
        self.app = app
        self.version = version
        self.max_entries = max_entries
        self.max_entry_bytes = max_entry_bytes
        self.max_total_bytes = max_total_bytes
        self.entries: OrderedDict[tuple[str, bytes], tuple[int, list[Any], bytes]] = OrderedDict()
        self.total_bytes = 0
        self.seen_version: int | None = None
        self.inflight: dict[tuple[str, bytes], asyncio.Event] = {}
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"] in UNCACHED_PATHS):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], bytes(scope.get("query_string", b"")))
        version = self.version()
        if version != self.seen_version:
            self.entries.clear()
            self.total_bytes = 0
            self.seen_version = version
        pending = self.inflight.get(key)
        if pending is not None and key not in self.entries:
            await pending.wait()
        hit = self.entries.get(key)
        if hit is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": [*headers, HIT_HEADER]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        done = asyncio.Event()
        self.inflight.setdefault(key, done)
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            if self.inflight.get(key) is done:
                del self.inflight[key]
            done.set()
        if start is not None and version == self.version():
            self._keep(key, start, b"".join(chunks))

    def _keep(self, key: tuple[str, bytes], start: Message, body: bytes) -> None:
        headers = list(start.get("headers", []))
        ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
        if start["status"] != 200 or not ctype.startswith(b"application/json"):
            return
        if len(body) > self.max_entry_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.total_bytes -= len(old[2])
        self.entries[key] = (200, headers, body)
        self.total_bytes += len(body)
        while self.entries and (len(self.entries) > self.max_entries
                                or self.total_bytes > self.max_total_bytes):
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.total_bytes -= len(dropped)
