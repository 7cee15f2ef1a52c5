"""Execution engines: the same step code run in-process, in a process pool (``local``) or on a
Ray cluster (``ray``). Work moves in shards (``ShardTask``) of prepared articles; results come
back as records (``CodedArticle``/``Skipped``, never spaCy Docs) or as Parquet files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Protocol

from detente.engine.work import ShardOutput, ShardTask


class Engine(Protocol):
    """Codes shards; yields one output per task, in task order."""

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[ShardOutput]: ...

    def close(self) -> None: ...


def default_workers() -> int:
    """One worker per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def make_engine(name: str = "local", *, workers: int | None = None, address: str | None = None,
                batch_size: int = 32, parquet_dir: str | None = None) -> Engine:
    """The engine called ``name`` (``local`` or ``ray``)."""
    n = workers or default_workers()
    if name == "local":
        from detente.engine.local import LocalEngine

        return LocalEngine(workers=n, batch_size=batch_size)
    if name == "ray":
        from detente.engine.ray_engine import RayEngine

        return RayEngine(workers=n, address=address, batch_size=batch_size,
                         parquet_dir=parquet_dir)
    raise ValueError(f"unknown engine {name!r}: choose local or ray")


__all__ = ["Engine", "ShardOutput", "ShardTask", "default_workers", "make_engine"]
