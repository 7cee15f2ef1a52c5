"""The unit of work every engine runs: code one shard of articles with the pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.guard import code_safely, is_failure, warm_up
from detente.pipeline import PipelineResult, Skipped
from detente.records import Article, CodedArticle
from detente.store.rows import table_rows

# Tables written per shard (the per-article tables of the store).
TABLES = ("articles", "events", "quotes", "mentions", "times", "places")


@dataclass(slots=True)
class ShardTask:
    """Articles to code (already deduplicated and structured by the driver)."""

    shard_id: str
    articles: list[Article]
    timeout: float | None = None  # seconds per article (setting article_timeout)
    max_chars: int | None = None  # setting max_article_chars


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
    """Pool initializer: load the model and the steps' data once per worker process."""
    warm_up()


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
            status = "failed" if is_failure(r.reason) else "skipped"
            out.append({"article_id": a.id, "input": a.input, "line": a.line,
                        "status": status, "reason": r.reason, "events": 0, "quotes": 0})
        else:
            out.append({"article_id": a.id, "input": a.input, "line": a.line, "status": "ok",
                        "reason": None, "events": len(r.events), "quotes": len(r.quotes)})
    return out


def code_task(task: ShardTask, batch_size: int = 32,
              timeout: float | None = None) -> ShardOutput:
    """Code a shard in this process and return its records. An article whose coding raises
    or exceeds the shard's (or ``timeout``) seconds is reported as failed (E015) instead of
    failing the shard."""
    from detente.nlp import load_nlp

    load_nlp()  # outside the time limit: loading the model is not coding
    results = code_safely(task.articles, batch_size=batch_size,
                          timeout=timeout if timeout is not None else task.timeout,
                          max_chars=task.max_chars)
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
