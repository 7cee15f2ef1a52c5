"""Runs: read inputs, code articles, write JSONL or the store; count every outcome with a reason.

These are the pure functions behind ``detente code`` and ``detente ingest``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from detente.engine import Engine, ShardOutput, ShardTask, make_engine
from detente.engine.writer import completed_shards, write_shard
from detente.errors import Errors, InputError
from detente.guard import code_stream, failure_key, is_failure
from detente.ingest import ReadItem, ReadOptions, read_inputs
from detente.ingest.dedup import Deduplicator, source_row
from detente.ingest.options import Limits
from detente.pipeline import Skipped, assign_id, prepare
from detente.records import Article, CodedArticle
from detente.store import Store

# Items per shard: the unit of work sent to a worker and of resumption (one transaction).
SHARD_SIZE = 64


@dataclass(slots=True)
class RunSummary:
    """Counters for one run; every item read is coded, skipped or failed, with a reason."""

    read: int = 0
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    duplicates: int = 0
    shards: int = 0
    shards_resumed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "coded": self.coded, "skipped": self.skipped,
            "failed": self.failed, "events": self.events, "quotes": self.quotes,
            "duplicates": self.duplicates, "shards": self.shards,
            "shards_resumed": self.shards_resumed, "reasons": dict(self.reasons),
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
                  batch_size: int = 32, progress: Progress | None = None,
                  options: ReadOptions | None = None) -> RunSummary:
    """Code inputs and write one output-contract line per article (skipped ones carry a
    warning and no events)."""
    summary = RunSummary()
    opts = options or ReadOptions(date=date)
    items = read_inputs(inputs, date=date, options=opts)
    articles = _articles_only(items, summary, on_error=lambda e: None)
    for result in code_stream(articles, batch_size=batch_size, timeout=opts.limits.article_timeout,
                              max_chars=opts.limits.max_article_chars):
        record = _account(result, summary)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if progress:
            progress(1)
    return summary


def _account(result: CodedArticle | Skipped, summary: RunSummary) -> dict[str, Any]:
    if isinstance(result, Skipped):
        if is_failure(result.reason):
            summary.failed += 1
            summary.reasons[failure_key(result.reason)] += 1
            summary.errors.append(f"{result.article.input}:{result.article.line}: "
                                  f"{result.reason}")
        else:
            summary.skipped += 1
            summary.reasons[result.reason] += 1
        record: dict[str, Any] = CodedArticle(result.article).to_dict()
        record["article"]["warnings"].append(result.reason)
        return record
    summary.coded += 1
    summary.events += len(result.events)
    summary.quotes += len(result.quotes)
    return result.to_dict()


@dataclass(slots=True)
class Shard:
    """Consecutive items of one input: the unit of work and of resumption. Its id hashes the
    input name and its items' ids and content hashes, so it is stable across runs."""

    id: str
    input: str | None
    items: list[ReadItem]


def _item_key(item: ReadItem) -> str:
    if isinstance(item, InputError):
        return f"error|{item.line}|{item.message}"
    return f"{item.id}|{item.content_hash}|{item.line}"


def input_key(name: str | None) -> str | None:
    """An input's name as the shard ids hash it: a local file by its real path, so that
    ``data/a.jsonl``, ``./data/a.jsonl`` and its absolute path resume the same run."""
    if name is None or name.startswith(("http://", "https://", "<")) or name == "-":
        return name
    return os.path.realpath(name)


def plan_shards(items: Iterable[ReadItem], size: int = SHARD_SIZE) -> Iterator[Shard]:
    """Group items into shards of at most ``size`` items, never spanning two inputs."""
    bucket: list[ReadItem] = []
    current: str | None = None

    def make() -> Shard:
        digest = hashlib.sha1(f"{input_key(current)}\n".encode("utf-8", "replace"))
        for it in bucket:
            digest.update(_item_key(it).encode("utf-8", "replace") + b"\n")
        return Shard(digest.hexdigest()[:24], current, list(bucket))

    for item in items:
        if bucket and (item.input != current or len(bucket) >= size):
            yield make()
            bucket = []
        current = item.input
        bucket.append(item)
    if bucket:
        yield make()


@dataclass(slots=True)
class _Plan:
    """What the driver decided for a shard before coding it."""

    shard: Shard
    to_code: list[Article] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    fingerprints: list[dict[str, Any]] = field(default_factory=list)


def _plan_shard(shard: Shard, dedup: Deduplicator | None, summary: RunSummary,
                seen: dict[str, str], limits: Limits) -> _Plan:
    """Decide each item of a shard: failed (input error, too long), skipped (language,
    duplicate, id already used in this run: E018) or to code. ``seen`` maps the article ids
    of this run to where they were first read."""
    plan = _Plan(shard)
    for item in shard.items:
        summary.read += 1
        if isinstance(item, InputError):
            summary.failed += 1
            summary.reasons[item.message] += 1
            summary.errors.append(str(item))
            plan.log.append(log_row(None, "failed", item.message, item))
            continue
        prepared = prepare(item, limits.max_article_chars)
        if isinstance(prepared, Skipped):
            failed = is_failure(prepared.reason)
            if failed:
                summary.failed += 1
                summary.errors.append(f"{item.input}:{item.line}: {prepared.reason}")
            else:
                summary.skipped += 1
            summary.reasons[failure_key(prepared.reason) if failed else prepared.reason] += 1
            plan.log.append(log_row(prepared.article, "failed" if failed else "skipped",
                                    prepared.reason))
            continue
        fp = None
        if dedup is not None:
            fp = dedup.fingerprint(prepared)
            match = dedup.check(fp)
            if match is not None:
                reason = (Errors.E009.format(other=match.other) if match.kind == "exact"
                          else Errors.E014.format(other=match.other)
                          + f" (similarity {match.similarity:.2f})")
                summary.skipped += 1
                summary.duplicates += 1
                summary.reasons[reason.split(" ")[0] + f" {match.kind} duplicate"] += 1
                plan.log.append(log_row(prepared, "skipped", reason))
                if match.other != prepared.id:
                    plan.sources.append(source_row(match.other, prepared, match.kind,
                                                   match.similarity))
                continue
        where = f"{prepared.input}:{prepared.line}"
        first = seen.setdefault(prepared.id, where)
        if first != where:  # ids are primary keys: a second copy would fail the shard
            reason = Errors.E018.format(id=prepared.id, first=first)
            summary.skipped += 1
            summary.reasons[Errors.E018.split(" ")[0] + " duplicate id"] += 1
            plan.log.append(log_row(prepared, "skipped", reason))
            continue
        if dedup is not None and fp is not None:
            dedup.add(fp)
            plan.fingerprints.append(fp.row())
            plan.sources.append(source_row(prepared.id, prepared, "self", 1.0))
        plan.to_code.append(prepared)
    return plan


def _account_output(output: ShardOutput, plan: _Plan, summary: RunSummary) -> None:
    for entry in output.manifest:
        row = {k: entry[k] for k in ("input", "line", "article_id", "status", "reason")}
        if entry["status"] == "ok":
            summary.coded += 1
            summary.events += entry["events"]
            summary.quotes += entry["quotes"]
        elif entry["status"] == "failed":
            summary.failed += 1
            summary.reasons[failure_key(entry["reason"])] += 1
            summary.errors.append(f"{entry['input']}:{entry['line']}: {entry['reason']}")
        else:
            summary.skipped += 1
            summary.reasons[entry["reason"]] += 1
        plan.log.append(row)


def ingest(inputs: Iterable[str], db: str | Path, *, date: str | None = None,
           batch_size: int = 32, progress: Progress | None = None,
           store: Store | None = None, workers: int = 1, engine: str = "local",
           address: str | None = None, options: ReadOptions | None = None,
           shard_size: int = SHARD_SIZE, dedup: bool = True,
           parquet_dir: str | None = None) -> RunSummary:
    """Code inputs into the DuckDB store, shard by shard: each shard's rows, log, dedup records
    and completion mark are committed together, so an interrupted run resumes where it
    stopped (completed shards are skipped) and ends with exactly the rows of an
    uninterrupted run. Only this process writes to the database."""
    own = store is None
    st = store or Store(db)
    try:
        opts = options or ReadOptions(date=date)
        items = read_inputs(inputs, date=date, options=opts)
        summary = ingest_items(items, st, batch_size=batch_size, progress=progress,
                               workers=workers, engine=engine, address=address,
                               shard_size=shard_size, dedup=dedup, parquet_dir=parquet_dir,
                               limits=opts.limits)
        # Cross-article event clusters over the whole store (idempotent; detente.clusters).
        from detente.clusters import cluster_events

        cluster_events(st.con)
        return summary
    finally:
        if own:
            st.close()


def ingest_items(items: Iterable[ReadItem], store: Store, *, batch_size: int = 32,
                 progress: Progress | None = None, workers: int = 1,
                 engine: str | Engine = "local", address: str | None = None,
                 shard_size: int = SHARD_SIZE, dedup: bool = True,
                 parquet_dir: str | None = None, limits: Limits | None = None) -> RunSummary:
    """Code already-read items (articles or input errors) into ``store`` (see ``ingest``).
    ``engine`` is an engine name, or a running engine (which the caller closes)."""
    summary = RunSummary()
    lim = limits or Limits()
    seen: dict[str, str] = {}
    own_engine = isinstance(engine, str)
    eng = (make_engine(engine, workers=workers, address=address, batch_size=batch_size,
                       parquet_dir=parquet_dir) if isinstance(engine, str) else engine)
    plans: deque[_Plan] = deque()
    try:
        done = completed_shards(store)
        deduper: Deduplicator | None = None
        if dedup:
            deduper = Deduplicator()
            deduper.load(store.con)

        def tasks() -> Iterator[ShardTask]:
            for shard in plan_shards(items, shard_size):
                if shard.id in done:
                    for item in shard.items:  # their ids count as used (E018), as in one run
                        if isinstance(item, Article):
                            seen.setdefault(assign_id(item), f"{item.input}:{item.line}")
                    summary.shards_resumed += 1
                    if progress:
                        progress(len(shard.items))
                    continue
                plan = _plan_shard(shard, deduper, summary, seen, lim)
                plans.append(plan)
                yield ShardTask(shard.id, plan.to_code, timeout=lim.article_timeout,
                                max_chars=lim.max_article_chars)

        for output in eng.run(tasks()):
            plan = plans.popleft()
            assert plan.shard.id == output.shard_id, "engine returned shards out of order"
            _account_output(output, plan, summary)
            write_shard(store, output, shard_id=plan.shard.id, input=plan.shard.input,
                        n_items=len(plan.shard.items), log=plan.log, sources=plan.sources,
                        fingerprints=plan.fingerprints)
            summary.shards += 1
            if progress:
                progress(len(plan.shard.items))
    finally:
        if own_engine:
            eng.close()
    return summary
