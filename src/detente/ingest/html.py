"""HTML reader: main text, title, date, author and site name via trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from detente.errors import Errors, InputError
from detente.ingest.options import ReadOptions
from detente.ingest.readers import ReadItem, bytes_hash, looks_binary, normalise_date
from detente.records import Article

_MANY_NEWLINES = re.compile(r"\n{2,}")


def extract_html(data: bytes | str, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's extraction as a dict (``text``, ``title``, ``date``, ``author``,
    ``sitename``, ``language``, ``url``), or None when the page has no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
    except Exception:  # trafilatura/lxml raise assorted errors on broken markup
        return None
    if doc is None:
        return None
    result: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    if not (result.get("text") or "").strip():
        return None
    return result


def article_from_html(data: bytes, *, name: str, url: str | None, options: ReadOptions,
                      line: int | None = None, id: str | None = None) -> ReadItem:
    """One article from an HTML page (paragraphs separated by blank lines)."""
    if looks_binary(data[:65536]):
        return InputError(Errors.E002.format(reason="binary data, not HTML"), input=name, line=line)
    extracted = extract_html(data, url=url)
    if extracted is None:
        return InputError(Errors.E013, input=name, line=line)
    # trafilatura puts one paragraph per line; the structure step splits on blank lines.
    text = _MANY_NEWLINES.sub("\n", extracted["text"].strip()).replace("\n", "\n\n")
    try:
        published = normalise_date(extracted.get("date")) or options.date
    except ValueError:
        published = options.date
    language = extracted.get("language")
    article = Article(
        id=id or "",
        text=text,
        title=extracted.get("title") or None,
        published=published,
        source=extracted.get("sitename") or extracted.get("hostname") or None,
        url=url or extracted.get("url") or None,
        byline=extracted.get("author") or None,
        content_hash=bytes_hash(data),
        input=name,
        line=line,
    )
    if isinstance(language, str) and language and language != "None":
        article.language = language.split("-")[0].lower()
    return article


def read_html(name: str, data: bytes, options: ReadOptions) -> Iterator[ReadItem]:
    """An HTML file is one article."""
    if not data.strip():
        yield InputError(Errors.E005, input=name)
        return
    url = name if name.startswith(("http://", "https://")) else None
    yield article_from_html(data, name=name, url=url, options=options)
