"""Runs: read inputs, code articles, write JSONL or the store; count every outcome with a reason.

These are the pure functions behind ``detente code`` and ``detente ingest``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from detente.errors import InputError
from detente.ingest import ReadItem, read_inputs
from detente.pipeline import Skipped, code_articles
from detente.records import Article, CodedArticle
from detente.store import Store


@dataclass(slots=True)
class RunSummary:
    """Counters for one run; every item read is coded, skipped or failed, with a reason."""

    read: int = 0
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "coded": self.coded, "skipped": self.skipped,
            "failed": self.failed, "events": self.events, "quotes": self.quotes,
            "reasons": dict(self.reasons),
        }


Progress = Callable[[int], None]


def _articles_only(items: Iterable[ReadItem], summary: RunSummary,
                   on_error: Callable[[InputError], None]) -> Iterator[Article]:
    for item in items:
        summary.read += 1
        if isinstance(item, InputError):
            summary.failed += 1
            summary.reasons[item.message] += 1
            summary.errors.append(str(item))
            on_error(item)
            continue
        yield item


def log_row(article: Article | None, status: str, reason: str | None,
            error: InputError | None = None) -> dict[str, Any]:
    """One ``ingest_log`` row."""
    if error is not None:
        return {"input": error.input, "line": error.line, "article_id": None,
                "status": status, "reason": reason}
    assert article is not None
    return {"input": article.input, "line": article.line, "article_id": article.id,
            "status": status, "reason": reason}


def code_to_jsonl(inputs: Iterable[str], out: IO[str], *, date: str | None = None,
                  batch_size: int = 32, progress: Progress | None = None) -> RunSummary:
    """Code inputs and write one output-contract line per article (skipped ones carry a
    warning and no events)."""
    summary = RunSummary()
    items = read_inputs(inputs, date=date)
    articles = _articles_only(items, summary, on_error=lambda e: None)
    for result in code_articles(articles, batch_size=batch_size):
        record = _account(result, summary)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if progress:
            progress(1)
    return summary


def _account(result: CodedArticle | Skipped, summary: RunSummary) -> dict[str, Any]:
    if isinstance(result, Skipped):
        summary.skipped += 1
        summary.reasons[result.reason] += 1
        record: dict[str, Any] = CodedArticle(result.article).to_dict()
        record["article"]["warnings"].append(result.reason)
        return record
    summary.coded += 1
    summary.events += len(result.events)
    summary.quotes += len(result.quotes)
    return result.to_dict()


def ingest(inputs: Iterable[str], db: str | Path, *, date: str | None = None,
           batch_size: int = 32, progress: Progress | None = None,
           store: Store | None = None) -> RunSummary:
    """Code inputs into the DuckDB store, one transaction per batch; log every item."""
    summary = RunSummary()
    own = store is None
    st = store or Store(db)
    pending_errors: list[dict[str, Any]] = []

    def on_error(err: InputError) -> None:
        pending_errors.append(log_row(None, "failed", err.message, err))

    try:
        articles = _articles_only(read_inputs(inputs, date=date), summary, on_error)
        batch: list[CodedArticle] = []
        log: list[dict[str, Any]] = []
        for result in code_articles(articles, batch_size=batch_size):
            _account(result, summary)
            if isinstance(result, Skipped):
                log.append(log_row(result.article, "skipped", result.reason))
            else:
                batch.append(result)
                log.append(log_row(result.article, "ok", None))
            if progress:
                progress(1)
            if len(batch) >= batch_size:
                st.write(batch, log + pending_errors)
                batch, log = [], []
                pending_errors.clear()
        st.write(batch, log + pending_errors)
        pending_errors.clear()
    finally:
        if own:
            st.close()
    return summary
