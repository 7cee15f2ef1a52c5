"""detente: political event data from news articles."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def code_text(
    text: str,
    date: str | None = None,
    *,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    timeout: float | None = None,
    max_chars: int | None = None,
) -> dict[str, Any]:
    """Code one article's text; returns the output-contract record (one JSONL line's object).
    An article that cannot be coded within ``timeout`` seconds (setting ``article_timeout``)
    or is longer than ``max_chars`` comes back uncoded with an E015/E016 warning."""
    from detente.guard import code_safely
    from detente.pipeline import Skipped
    from detente.records import Article

    article = Article(id=id or "", text=text, title=title, published=date, source=source, url=url)
    (result,) = code_safely([article], batch_size=1, timeout=timeout, max_chars=max_chars)
    if isinstance(result, Skipped):
        record: dict[str, Any] = {"article": result.article.to_dict(), "events": [], "quotes": [],
                                  "times": [], "places": [], "mentions": []}
        record["article"]["warnings"].append(result.reason)
        return record
    return result.to_dict()


__all__ = ["__version__", "code_text"]
