"""Watching feeds: poll RSS/Atom feeds, ingest new items only, keep going when a feed is down
or malformed (logged in ``ingest_log`` and ``feed_state``).

Conditional GET validators (ETag, Last-Modified) and the ids of items already seen live in the
database (``feed_state``, ``feed_items``), so a restarted watcher does not re-ingest anything.
The watcher is a writer: run it alone on a database, or inside the server process.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import InputError
from detente.ingest.feeds import read_feed
from detente.ingest.fetch import FetchError, fetch
from detente.ingest.options import ReadOptions
from detente.ingest.readers import ReadItem, read_input_bytes
from detente.runner import RunSummary, ingest_items, log_row
from detente.store import Store

log = logging.getLogger("detente.watch")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``"15m"``, ``"30s"``, ``"2h"``, ``"1d"`` or ``"900"``."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"invalid duration {text!r}: expected e.g. 30s, 15m, 2h")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def read_feeds_file(path: str | Path) -> list[str]:
    """Feed URLs (or local paths), one per line; blank lines and ``#`` comments ignored."""
    feeds = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            feeds.append(line.split(" #", 1)[0].strip())
    return feeds


@dataclass(slots=True)
class FeedPoll:
    """The outcome of polling one feed."""

    feed: str
    status: str  # ok | not-modified | failed
    items: int = 0
    new: int = 0
    error: str | None = None


@dataclass(slots=True)
class PollSummary:
    """One poll of every feed: per-feed outcomes and the ingest counters of the new items."""

    feeds: list[FeedPoll] = field(default_factory=list)
    run: RunSummary = field(default_factory=RunSummary)

    @property
    def new_items(self) -> int:
        return sum(f.new for f in self.feeds)

    def to_dict(self) -> dict[str, Any]:
        return {"feeds": [{"feed": f.feed, "status": f.status, "items": f.items, "new": f.new,
                           "error": f.error} for f in self.feeds],
                "new_items": self.new_items, "run": self.run.to_dict()}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _state(store: Store, feed: str) -> tuple[str | None, str | None]:
    rows = store.con.execute("SELECT etag, last_modified FROM feed_state WHERE url = ?",
                             [feed]).fetchall()
    return (rows[0][0], rows[0][1]) if rows else (None, None)


def _save_state(store: Store, feed: str, status: str, etag: str | None = None,
                last_modified: str | None = None, items: int | None = None) -> None:
    old_etag, old_lm = _state(store, feed)
    store.con.execute(
        "INSERT OR REPLACE INTO feed_state VALUES (?, ?, ?, ?, ?, ?)",
        [feed, etag or old_etag, last_modified or old_lm, _now(), status, items])


def _seen(store: Store, feed: str) -> set[str]:
    rows = store.con.execute("SELECT item_key FROM feed_items WHERE feed_url = ?", [feed])
    return {r[0] for r in rows.fetchall()}


def poll_feed(feed: str, store: Store, options: ReadOptions,
              workers: int = 1) -> tuple[FeedPoll, RunSummary | None]:
    """Poll one feed and ingest its new items; never raises for a bad feed."""
    local = not feed.startswith(("http://", "https://"))
    try:
        if local:
            data, etag, last_modified = read_input_bytes(Path(feed)), None, None
        else:
            etag0, lm0 = _state(store, feed)
            page = fetch(feed, options.fetch, etag=etag0, last_modified=lm0)
            if page.status == 304:
                _save_state(store, feed, "not-modified")
                return FeedPoll(feed, "not-modified"), None
            data, etag, last_modified = page.data, page.etag, page.last_modified
    except (FetchError, OSError, ValueError) as err:
        message = str(err)
        log.warning("feed %s: %s", feed, message)
        store.log([log_row(None, "failed", message, InputError(message, input=feed))])
        _save_state(store, feed, "failed")
        return FeedPoll(feed, "failed", error=message), None
    items: list[ReadItem] = list(read_feed(feed, data, options))
    seen = _seen(store, feed)
    fresh = [it for it in items if isinstance(it, InputError) or it.id not in seen]
    errors = [it for it in items if isinstance(it, InputError)]
    for bad in errors:
        log.warning("feed %s: %s", feed, bad.message)
    new_articles = [it for it in fresh if not isinstance(it, InputError)]
    summary = ingest_items(fresh, store, workers=workers) if fresh else None
    now = _now()
    if new_articles:
        rows = [{"feed_url": feed, "item_key": a.id, "article_id": a.id, "first_seen": now}
                for a in new_articles]
        import pyarrow as pa

        store.con.register("_feed_items", pa.Table.from_pylist(rows))
        store.con.execute("INSERT OR IGNORE INTO feed_items BY NAME SELECT * FROM _feed_items")
        store.con.unregister("_feed_items")
    n_articles = len(items) - len(errors)
    status = "malformed" if errors else "ok"
    _save_state(store, feed, status, etag, last_modified, n_articles)
    return FeedPoll(feed, status, items=n_articles, new=len(new_articles),
                    error=errors[0].message if errors else None), summary


def poll_once(feeds: Iterable[str], store: Store, options: ReadOptions | None = None,
              workers: int = 1) -> PollSummary:
    """Poll every feed once."""
    opts = options or ReadOptions()
    result = PollSummary()
    for feed in feeds:
        poll, summary = poll_feed(feed, store, opts, workers=workers)
        result.feeds.append(poll)
        if summary is not None:
            _merge(result.run, summary)
    return result


def _merge(total: RunSummary, part: RunSummary) -> None:
    for key in ("read", "coded", "skipped", "failed", "events", "quotes", "duplicates",
                "shards", "shards_resumed"):
        setattr(total, key, getattr(total, key) + getattr(part, key))
    total.reasons.update(part.reasons)
    total.errors.extend(part.errors)


def watch(feeds_file: str | Path, db: str | Path, *, every: float = 900.0, once: bool = False,
          options: ReadOptions | None = None, workers: int = 1,
          on_poll: Callable[[PollSummary], None] | None = None,
          max_polls: int | None = None) -> list[PollSummary]:
    """Poll the feeds listed in ``feeds_file`` every ``every`` seconds (once with ``once``);
    the feeds file is re-read before each poll so feeds can be added while watching."""
    polls: list[PollSummary] = []
    with Store(db) as store:
        while True:
            started = time.monotonic()
            result = poll_once(read_feeds_file(feeds_file), store, options, workers=workers)
            polls.append(result)
            if on_poll:
                on_poll(result)
            if once or (max_polls is not None and len(polls) >= max_polls):
                return polls
            time.sleep(max(0.0, every - (time.monotonic() - started)))
