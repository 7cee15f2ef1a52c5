"""The unit of work every engine runs: code one shard of articles with the pipeline."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import Errors
from detente.pipeline import PipelineResult, Skipped, code_articles
from detente.records import Article, CodedArticle
from detente.store.rows import table_rows

# Tables written per shard (the per-article tables of the store).
TABLES = ("articles", "events", "quotes", "mentions", "times", "places")


@dataclass(slots=True)
class ShardTask:
    """Articles to code (already deduplicated and structured by the driver)."""

    shard_id: str
    articles: list[Article]


@dataclass(slots=True)
class ShardOutput:
    """A coded shard: the records, their Arrow tables, or the Parquet directory a remote
    worker wrote them to.
    ``manifest`` has one entry per article: ``article_id, input, line, status, reason,
    events, quotes``."""

    shard_id: str
    results: list[PipelineResult] | None = None
    parquet_dir: str | None = None
    manifest: list[dict[str, Any]] = field(default_factory=list)
    # Arrow tables per store table, built by a pool worker so the writer only inserts them.
    tables: dict[str, Any] | None = None


def init_worker() -> None:
    """Pool initializer: load the model (and language identifier) once per worker process."""
    from detente.nlp import load_nlp
    from detente.structure import _langid

    load_nlp()
    _langid()
    # Warm the steps' lazily loaded data (dictionaries, gazetteer) before any timed work.
    # A broken step shows up again, with its reason, on real articles.
    with suppress(Exception):
        list(code_articles([Article(id="warm-up", text=(
            "The president of France met the prime minister of Japan in Paris on Monday."))]))


def worker_info(_: object = None) -> tuple[int, int]:
    """This worker's pid and peak resident memory in bytes (for benchmarks)."""
    import os
    import resource

    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def manifest(results: list[PipelineResult]) -> list[dict[str, Any]]:
    """One summary entry per result (what the driver logs and counts)."""
    out = []
    for r in results:
        a = r.article
        if isinstance(r, Skipped):
            status = "failed" if r.reason.startswith("[E015]") else "skipped"
            out.append({"article_id": a.id, "input": a.input, "line": a.line,
                        "status": status, "reason": r.reason, "events": 0, "quotes": 0})
        else:
            out.append({"article_id": a.id, "input": a.input, "line": a.line, "status": "ok",
                        "reason": None, "events": len(r.events), "quotes": len(r.quotes)})
    return out


# Seconds one article may take before it is abandoned as failed (E015): a step stuck in a loop
# on one pathological text must not hang a run of a million articles.
ARTICLE_TIMEOUT = 120.0
# A shard gets this much per article (plus one ARTICLE_TIMEOUT) before it is retried article
# by article, each with its own limit.
SHARD_SECONDS_PER_ARTICLE = 5.0


class CodingTimeout(BaseException):
    """Raised by the alarm inside a step; a BaseException so steps' ``except Exception``
    cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise CodingTimeout after ``seconds`` (main thread on POSIX only; else no limit)."""
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise CodingTimeout(f"timed out after {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def article_timeout() -> float:
    """ARTICLE_TIMEOUT, or the ``DETENTE_ARTICLE_TIMEOUT`` environment variable (seconds)."""
    try:
        return float(os.environ.get("DETENTE_ARTICLE_TIMEOUT", ARTICLE_TIMEOUT))
    except ValueError:
        return ARTICLE_TIMEOUT


def code_task(task: ShardTask, batch_size: int = 32,
              timeout: float | None = None) -> ShardOutput:
    """Code a shard in this process and return its records. An article whose coding raises
    or exceeds ``timeout`` seconds is reported as failed (E015) instead of failing the shard."""
    from detente.nlp import load_nlp

    if timeout is None:
        timeout = article_timeout()

    load_nlp()  # outside the time limit: loading the model is not coding
    try:
        with time_limit(timeout + SHARD_SECONDS_PER_ARTICLE * len(task.articles)):
            results = list(code_articles(task.articles, batch_size=batch_size))
    except (Exception, CodingTimeout):
        results = []
        for article in task.articles:
            try:
                with time_limit(timeout):
                    results.extend(code_articles([article], batch_size=1))
            except (Exception, CodingTimeout) as err:
                reason = Errors.E015.format(reason=f"{type(err).__name__}: {err}")
                results.append(Skipped(article, reason))
    return ShardOutput(task.shard_id, results=results, manifest=manifest(results))


def write_parquet(results: list[PipelineResult], directory: str | Path) -> None:
    """Write a coded shard as one Parquet file per table (tables without rows are omitted)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    coded = [r for r in results if isinstance(r, CodedArticle)]
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for table, rows in table_rows(coded, now).items():
        if rows:
            pq.write_table(pa.Table.from_pylist(rows), out / f"{table}.parquet")


def code_task_arrow(task: ShardTask, batch_size: int = 32) -> ShardOutput:
    """``code_task`` for pool workers: the rows are flattened into Arrow tables here, in the
    worker, so the single writer process only inserts them."""
    import pyarrow as pa

    out = code_task(task, batch_size)
    assert out.results is not None
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    coded = [r for r in out.results if isinstance(r, CodedArticle)]
    tables = {t: pa.Table.from_pylist(rows) for t, rows in table_rows(coded, now).items() if rows}
    return ShardOutput(task.shard_id, results=None, manifest=out.manifest, tables=tables)
