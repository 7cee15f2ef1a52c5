"""Options shared by the readers (one object, so new options do not change every signature)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.settings import Settings


@dataclass(slots=True)
class ColumnMap:
    """Which CSV (or JSON) column holds each article field."""

    id: str = "id"
    title: str = "title"
    text: str = "text"
    date: str = "date"
    source: str = "source"
    url: str = "url"


@dataclass(slots=True)
class FetchOptions:
    """Limits for fetching URLs over HTTP."""

    timeout: float = 15.0  # per network read
    connect_timeout: float = 5.0
    deadline: float = 60.0  # for the whole fetch, however slowly the server sends
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "detente/0.1 (+https://github.com/detente; political event data)"


@dataclass(slots=True)
class Limits:
    """Per-item limits of reading and coding (settings ``max_*`` and ``article_timeout``)."""

    max_article_chars: int = 200_000
    article_timeout: float = 120.0
    max_decompressed_bytes: int = 256 * 1024 * 1024
    max_feed_chars: int = 20_000_000


@dataclass(slots=True)
class ReadOptions:
    """How inputs are read: default publication date, CSV columns, feed link fetching."""

    date: str | None = None
    columns: ColumnMap = field(default_factory=ColumnMap)
    csv_delimiter: str | None = None  # None: sniffed (comma, tab, semicolon)
    fetch_links: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: object) -> ReadOptions:
        """Options carrying the limits of ``settings`` (other fields from ``kwargs``)."""
        fetch = FetchOptions(timeout=settings.fetch_timeout, deadline=settings.fetch_deadline,
                             max_bytes=settings.max_fetch_bytes)
        limits = Limits(max_article_chars=settings.max_article_chars,
                        article_timeout=settings.article_timeout,
                        max_decompressed_bytes=settings.max_decompressed_bytes,
                        max_feed_chars=settings.max_feed_chars)
        return cls(fetch=fetch, limits=limits, **kwargs)  # type: ignore[arg-type]
