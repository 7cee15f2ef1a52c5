"""Failure isolation for coding: a per-article deadline and a coder that never lets one article
stop a run (``E015``), used by every path that codes (``ingest`` workers, ``detente code``,
``POST /code``, ``detente.code_text`` and the feed watcher thread)."""

from __future__ import annotations

import ctypes
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

from spacy.language import Language

from detente.errors import Errors
from detente.pipeline import PipelineResult, Skipped, code_articles
from detente.records import Article

# Seconds one article may take before it is abandoned as failed (E015): a step stuck on one
# pathological text must not hang a run of a million articles (setting ``article_timeout``).
ARTICLE_TIMEOUT = 120.0
# A batch gets this much per article (plus one article timeout) before it is retried article
# by article, each with its own limit.
BATCH_SECONDS_PER_ARTICLE = 5.0


class CodingTimeout(BaseException):
    """Raised inside coding at the deadline; a BaseException so steps' ``except Exception``
    cannot swallow it."""


def _raise_in_thread(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise CodingTimeout in this thread after ``seconds``: by SIGALRM in the main thread,
    else by an asynchronous exception from a timer thread. Either lands between two Python
    bytecodes, so a long C call (one spaCy parse) finishes first. ``seconds <= 0``: no limit."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def alarm(signum: int, frame: object) -> None:
            raise CodingTimeout(f"timed out after {seconds:g}s")

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False, "delivered": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _raise_in_thread(target, CodingTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except CodingTimeout as err:
        state["delivered"] = True
        raise CodingTimeout(f"timed out after {seconds:g}s") from err
    finally:
        with lock:
            state["active"] = False
            if state["fired"] and not state["delivered"]:
                _raise_in_thread(target, None)  # the block ended first: withdraw the exception
        timer.cancel()


_warm: list[bool] = []


def warm_up() -> None:
    """Load the model and the steps' lazily built data (actor dictionary, gazetteer, lexicon,
    event model) once per process, outside any deadline: loading is not coding, and a first
    article must not time out because it paid for it. A broken step shows up again, with its
    reason, on real articles. The language identifier (about 1 s to load) is left to the first
    text that needs it: plain English text is recognised without it."""
    if _warm:
        return
    _warm.append(True)
    from detente.nlp import load_nlp

    load_nlp()
    with suppress(Exception):
        list(code_articles([Article(id="warm-up", text=(
            "The president of France met the prime minister of Japan in Paris on Monday."))]))


def article_timeout(default: float | None = None) -> float:
    """The per-article limit: ``DETENTE_ARTICLE_TIMEOUT`` (seconds) if set, else ``default``
    (the ``article_timeout`` setting), else ARTICLE_TIMEOUT."""
    fallback = ARTICLE_TIMEOUT if default is None else default
    try:
        return float(os.environ.get("DETENTE_ARTICLE_TIMEOUT", fallback))
    except ValueError:
        return fallback


def code_safely(articles: list[Article], *, batch_size: int = 32, timeout: float | None = None,
                nlp: Language | None = None, max_chars: int | None = None
                ) -> list[PipelineResult]:
    """Code ``articles`` (one result each, in order). An article whose coding raises or runs
    past ``timeout`` seconds becomes a ``Skipped`` with an E015 reason; the others are coded."""
    limit = article_timeout(timeout)
    if nlp is None:
        warm_up()
    try:
        with time_limit(limit + BATCH_SECONDS_PER_ARTICLE * len(articles)):
            return list(code_articles(articles, batch_size=batch_size, nlp=nlp,
                                      max_chars=max_chars))
    except (Exception, CodingTimeout):
        pass
    results: list[PipelineResult] = []
    for article in articles:
        try:
            with time_limit(limit):
                results.extend(code_articles([article], batch_size=1, nlp=nlp,
                                             max_chars=max_chars))
        except (Exception, CodingTimeout) as err:
            results.append(Skipped(article, Errors.E015.format(
                reason=f"{type(err).__name__}: {err}")))
    return results


def code_stream(articles: Iterable[Article], *, batch_size: int = 32,
                timeout: float | None = None, max_chars: int | None = None
                ) -> Iterator[PipelineResult]:
    """``code_safely`` over a stream, one batch at a time (for ``detente code``)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from code_safely(batch, batch_size=batch_size, timeout=timeout,
                                   max_chars=max_chars)
            batch = []
    if batch:
        yield from code_safely(batch, batch_size=batch_size, timeout=timeout,
                               max_chars=max_chars)


def is_failure(reason: str) -> bool:
    """True for a reason that marks an item failed, not skipped (an internal error or a
    limit exceeded)."""
    return reason.startswith((Errors.E015[:6], Errors.E016[:6]))


def failure_key(reason: str) -> str:
    """A failure reason without its particulars, for the run summary's counts by reason."""
    return reason.split(":")[0].split(" (")[0]
