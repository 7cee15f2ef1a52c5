"""The Ray engine: the same step code as the local engine, run by one Ray actor per CPU (the
model loaded once per actor). Each actor writes its shard as Parquet files (one per table)
that the driver imports into DuckDB in the shard's transaction; on a multi-node cluster
``parquet_dir`` must be a directory every node can write and the driver can read."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from detente.engine.work import (
    ShardOutput,
    ShardTask,
    code_task,
    init_worker,
    worker_info,
    write_parquet,
)

# Temporary shard directories are named detente-shards-PID-XXXX: a run killed before it could
# remove its own is cleaned up by the next Ray run once that PID is gone.
SHARD_DIR_PREFIX = "detente-shards-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_shard_dirs(base: str | Path | None = None) -> list[Path]:
    """Remove the temporary shard directories of Ray runs whose process is gone (killed);
    returns those removed."""
    removed = []
    for path in Path(base or tempfile.gettempdir()).glob(f"{SHARD_DIR_PREFIX}*"):
        pid = path.name[len(SHARD_DIR_PREFIX):].split("-", 1)[0]
        if path.is_dir() and (not pid.isdigit() or not _alive(int(pid))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class ShardCoder:
    """A Ray actor's state: the loaded model; ``code`` codes one shard into Parquet."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        init_worker()

    def info(self) -> tuple[int, int]:
        return worker_info()

    def code(self, task: ShardTask, directory: str) -> ShardOutput:
        out = code_task(task, self.batch_size)
        assert out.results is not None
        if any(m["status"] == "ok" for m in out.manifest):
            write_parquet(out.results, directory)
        return ShardOutput(task.shard_id, results=None, parquet_dir=directory,
                           manifest=out.manifest)


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as err:
        raise RuntimeError(
            "the Ray engine needs the optional extra: pip install 'detente[ray]'") from err
    return ray


class RayEngine:
    """Codes shards on Ray actors (``workers`` of them, one CPU each), results in task order."""

    def __init__(self, workers: int = 2, address: str | None = None, batch_size: int = 32,
                 parquet_dir: str | None = None) -> None:
        self.ray = _import_ray()
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self._own_dir = parquet_dir is None
        if parquet_dir is None:
            remove_stale_shard_dirs()
        self.parquet_dir = Path(parquet_dir or tempfile.mkdtemp(
            prefix=f"{SHARD_DIR_PREFIX}{os.getpid()}-"))
        self._started = False
        if not self.ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = self.workers
            self.ray.init(**kwargs)
            self._started = True
        remote = self.ray.remote(num_cpus=1)(ShardCoder)
        self.actors = [remote.remote(batch_size) for _ in range(self.workers)]

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[ShardOutput]:
        pending: deque[Any] = deque()
        for i, task in enumerate(tasks):
            actor = self.actors[i % len(self.actors)]
            directory = str(self.parquet_dir / task.shard_id)
            pending.append(actor.code.remote(task, directory))
            while len(pending) >= 2 * len(self.actors):
                yield self.ray.get(pending.popleft())
        while pending:
            yield self.ray.get(pending.popleft())

    def worker_stats(self) -> dict[int, int]:
        """Peak RSS (bytes) by actor pid (waits until every actor has loaded the model)."""
        return dict(self.ray.get([a.info.remote() for a in self.actors]))

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self._started:
            self.ray.shutdown()
        if self._own_dir:
            shutil.rmtree(self.parquet_dir, ignore_errors=True)
