"""RSS/Atom reader (feedparser): one article per item, with title, summary, date and link;
``fetch_links`` fetches each item's page and extracts its main text."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterator
from typing import Any

from detente.errors import Errors, InputError
from detente.ingest.options import ReadOptions
from detente.ingest.readers import ReadItem, bytes_hash
from detente.records import Article

_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment; block ends become paragraph breaks."""
    text = _BREAK.sub("\n\n", fragment)
    text = html.unescape(_TAG.sub(" ", text))
    paragraphs = (_SPACES.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def item_key(entry: Any) -> str:
    """A stable key for a feed item: its guid, else its link, else a hash of its content."""
    for field in ("id", "link"):
        value = entry.get(field)
        if value:
            return str(value)
    basis = f"{entry.get('title', '')}\x1f{entry.get('summary', '')}"
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def item_id(key: str) -> str:
    """The article id of a feed item (stable across polls and feeds)."""
    return "feed-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _date(entry: Any) -> str | None:
    for field in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(field)
        if value:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date().isoformat()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


_ENTITY_DECL = re.compile(
    rb"""<!ENTITY\s+(%\s*)?([^\s%&;<>"']+)\s+(?:(?:SYSTEM|PUBLIC)\b[^>]*|"([^"]*)"|'([^']*)')\s*>""")
_ENTITY_REF = re.compile(rb"[&%]([^\s%&;<>\"']+);")


def expanded_size(data: bytes) -> int:
    """How many bytes the document's internal entities expand to: each reference to an
    entity declared in the DTD counts the full (recursive) size of its value. A cycle counts
    as unbounded. Undeclared and external entities count as written."""
    values: dict[bytes, bytes] = {}
    for m in _ENTITY_DECL.finditer(data):
        values.setdefault(m.group(2), m.group(3) if m.group(3) is not None else m.group(4) or b"")
    if not values:
        return len(data)
    sizes: dict[bytes, float] = {}

    def size(name: bytes, active: frozenset[bytes]) -> float:
        if name in sizes:
            return sizes[name]
        if name in active:
            return float("inf")
        value = values[name]
        total: float = len(value)
        for ref in _ENTITY_REF.finditer(value):
            if ref.group(1) in values:
                total += size(ref.group(1), active | {name}) - len(ref.group(0))
        sizes[name] = total
        return total

    total: float = len(data)  # references inside the DTD count too: an overestimate, safe
    for ref in _ENTITY_REF.finditer(data):
        if ref.group(1) in values:
            total += size(ref.group(1), frozenset()) - len(ref.group(0))
    return int(min(total, 1 << 62))


def parse_feed(data: bytes) -> Any:
    """feedparser's result for raw feed bytes (never fetches anything itself)."""
    import feedparser

    return feedparser.parse(data)


def entry_article(entry: Any, feed: Any, *, name: str, number: int,
                  options: ReadOptions) -> ReadItem:
    """One feed item as an Article (its page fetched and extracted with ``fetch_links``)."""
    key = item_key(entry)
    title = strip_html(entry.get("title") or "") or None
    summary = ""
    if entry.get("content"):
        summary = strip_html(" ".join(c.get("value", "") for c in entry["content"]))
    if not summary:
        summary = strip_html(entry.get("summary") or entry.get("description") or "")
    link = entry.get("link") or None
    declared = (feed.feed.get("language") or "").split("-")[0].lower() or None
    article = Article(
        id=item_id(key), text=summary or (title or ""), title=title,
        published=_date(entry) or options.date,
        source=strip_html(feed.feed.get("title") or "") or None, url=link,
        content_hash=bytes_hash(f"{key}\x1f{title}\x1f{summary}".encode()),
        input=name, line=number,
    )
    article.language = declared
    if options.fetch_links and link:
        from detente.ingest.fetch import FetchError, fetch
        from detente.ingest.html import article_from_html

        try:
            page = fetch(link, options.fetch)
            fetched = article_from_html(page.data, name=name, url=page.final_url,
                                        options=options, line=number, id=article.id)
        except FetchError as err:
            article.warnings.append(str(err))
        else:
            if isinstance(fetched, InputError):
                article.warnings.append(fetched.message)
            else:
                fetched.title = title or fetched.title
                fetched.published = article.published or fetched.published
                fetched.source = article.source or fetched.source
                fetched.language = fetched.language or declared
                return fetched
    if not article.text.strip():
        return InputError(Errors.E005, input=name, line=number)
    return article


def read_feed(name: str, data: bytes, options: ReadOptions) -> Iterator[ReadItem]:
    """Items of an RSS/Atom feed; a malformed feed gives an E012 error (and whatever items
    the tolerant parser recovered)."""
    if not data.strip():
        yield InputError(Errors.E005, input=name)
        return
    limit = options.limits.max_feed_chars
    if len(data) > limit or expanded_size(data) > limit:
        # feedparser's fallback parser expands entities that expat refused: check first.
        yield InputError(Errors.E012.format(
            reason=f"expands to more than {limit} characters (entity expansion; setting "
                   "max_feed_chars)"), input=name)
        return
    feed = parse_feed(data)
    if feed.get("bozo"):
        exc = feed.get("bozo_exception")
        yield InputError(Errors.E012.format(reason=f"{type(exc).__name__}: {exc}"), input=name)
    elif not feed.get("version") and not feed.entries:
        yield InputError(Errors.E012.format(reason="not an RSS or Atom feed"), input=name)
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield entry_article(entry, feed, name=name, number=number, options=options)
