"""The local engine: in-process for one worker, else a process pool (spawned workers, the
model loaded once per worker by the pool initializer, a bounded number of shards in flight)."""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool

from detente.engine.work import (
    ShardOutput,
    ShardTask,
    code_task,
    code_task_arrow,
    init_worker,
    worker_info,
)


class LocalEngine:
    """Codes shards with ``workers`` processes; outputs come back in task order."""

    def __init__(self, workers: int = 1, batch_size: int = 32, in_flight: int | None = None) -> None:
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.in_flight = in_flight or 2 * self.workers
        self._pool: Pool | None = None

    def _get_pool(self) -> Pool:
        if self._pool is None:
            # spawn, not fork: the parent holds a DuckDB connection and its threads.
            ctx = mp.get_context("spawn")
            self._pool = ctx.Pool(self.workers, initializer=init_worker)
        return self._pool

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[ShardOutput]:
        if self.workers == 1:
            for task in tasks:
                yield code_task(task, self.batch_size)
            return
        pool = self._get_pool()
        pending: deque[AsyncResult[ShardOutput]] = deque()
        for task in tasks:
            pending.append(pool.apply_async(code_task_arrow, (task, self.batch_size)))
            while len(pending) >= self.in_flight:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def worker_stats(self) -> dict[int, int]:
        """Peak RSS (bytes) by worker pid; starts the workers (and waits for their model) if
        needed. In-process for one worker."""
        if self.workers == 1:
            pid, rss = worker_info()
            return {pid: rss}
        pool = self._get_pool()
        stats: dict[int, int] = {}
        # A worker answers only once its initializer (model, data warm-up) is done.
        deadline = time.monotonic() + 900
        while len(stats) < self.workers and time.monotonic() < deadline:
            for pid, rss in pool.map(worker_info, range(self.workers * 4), chunksize=1):
                stats[pid] = max(rss, stats.get(pid, 0))
            time.sleep(0.2)
        return stats

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
