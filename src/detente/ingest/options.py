"""Options shared by the readers (one object, so new options do not change every signature)."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    timeout: float = 15.0
    connect_timeout: float = 5.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "detente/0.1 (+https://github.com/detente; political event data)"


@dataclass(slots=True)
class ReadOptions:
    """How inputs are read: default publication date, CSV columns, feed link fetching."""

    date: str | None = None
    columns: ColumnMap = field(default_factory=ColumnMap)
    csv_delimiter: str | None = None  # None: sniffed (comma, tab, semicolon)
    fetch_links: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)
