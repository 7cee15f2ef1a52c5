"""The command line's progress bar: a total counted up front (in the background) so that the
bar shows an ETA; unknown totals (stdin, URLs, feeds) show a running count."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

if TYPE_CHECKING:
    from detente.ingest.options import ReadOptions


def progress_bar(console: Console) -> Progress:
    """A bar with description, done/total, elapsed time and time remaining."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=False)


def _state(progress: Progress, task: TaskID) -> Task:
    return next(t for t in progress.tasks if t.id == task)


def counted_task(progress: Progress, description: str, inputs: list[str],
                 options: ReadOptions | None = None) -> Callable[[int], None]:
    """Add a task whose total is the item count of ``inputs`` (``detente.ingest.count``,
    computed in a background thread so coding starts at once); returns its advance callback.
    The total grows if the readers find more items than were counted."""
    from detente.ingest.count import count_items

    task = progress.add_task(description, total=None)

    def count() -> None:
        try:
            total = count_items(inputs, options)
        except Exception:  # noqa: BLE001 - a count is a nicety: the readers report real errors
            return
        if total is not None:
            progress.update(task, total=max(total, int(_state(progress, task).completed)))

    threading.Thread(target=count, name="detente-count", daemon=True).start()

    def advance(n: int) -> None:
        progress.advance(task, n)
        state = _state(progress, task)
        if state.total is not None and state.completed > state.total:
            progress.update(task, total=state.completed)

    return advance
