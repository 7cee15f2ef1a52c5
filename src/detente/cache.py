"""Versioned on-disk caches for data that is slow to build (the place gazetteer, the actor
lexicon): built once, then loaded by every later process in a fraction of a second.

A cache file lives in ``$DETENTE_CACHE_DIR`` (else ``$XDG_CACHE_HOME/detente``, else
``~/.cache/detente``; ``DETENTE_CACHE_DIR=off`` disables caching). Its name carries a
fingerprint of everything the value is built from (detente and Python versions, the data files,
the builder's source, library versions), so a changed input is never served from a stale file.
The file starts with a magic line and the SHA-256 of its payload: a truncated or corrupt file
is rebuilt. Writers write a temporary file in the same directory and rename it, so processes
that build the same cache at once (workers, parallel tests) never read a half-written file.
The ``KEEP`` newest versions of each cache are kept (several checkouts or versions may share
the directory); older ones are deleted when a new one is written.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar, cast

from detente import __version__

CACHE_ENV = "DETENTE_CACHE_DIR"
_OFF = frozenset({"", "0", "off", "none", "false"})
MAGIC = b"detente-cache 1\n"
_DIGEST = 32  # bytes of SHA-256
KEEP = 4  # versions of one cache kept side by side (several checkouts may share the directory)
T = TypeVar("T")
log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache directory in force, or ``None`` when caching is turned off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "detente"


def data_files(*parts: str) -> list[Traversable]:
    """The packaged data files under ``detente/data/<parts>`` (sorted by name)."""
    folder = resources.files("detente").joinpath("data", *parts)
    return sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name)


def fingerprint(*, files: Iterable[Traversable | Path] = (), distributions: Iterable[str] = (),
                extra: Iterable[str] = ()) -> str:
    """A hex digest of detente's version, Python's, the bytes of ``files``, the installed
    versions of ``distributions`` and the ``extra`` strings."""
    h = hashlib.sha256()
    for part in (__version__, sys.version, *extra):
        h.update(part.encode("utf-8") + b"\0")
    for dist in distributions:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist}={version}\0".encode())
    for f in files:
        h.update(f.name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def cache_path(name: str, key: str) -> Path | None:
    """Where the cache ``name`` with fingerprint ``key`` is stored (``None``: caching off)."""
    directory = cache_dir()
    return None if directory is None else directory / f"{name}-{key[:24]}.pickle"


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The cached value of ``name`` for fingerprint ``key``; built with ``build()`` and stored
    when the file is missing, stale, unreadable or corrupt. Caching never fails a run: when the
    directory cannot be written the value is simply built in this process."""
    path = cache_path(name, key)
    if path is None:
        return build()
    value = _read(path)
    if value is not None:
        return cast(T, value)
    value = build()
    _write(path, value)
    return value


def _read(path: Path) -> object | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _DIGEST
    if len(blob) < head or not blob.startswith(MAGIC):
        return None
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).digest() != blob[len(MAGIC):head]:
        log.warning("cache file %s is corrupt: rebuilding it", path)
        return None
    enabled = gc.isenabled()
    gc.disable()  # unpickling allocates many small containers: collections only slow it down
    try:
        value = pickle.loads(payload)  # noqa: S301 - our own file, checked against its digest
    except Exception as err:  # noqa: BLE001 - any unreadable cache is rebuilt
        log.warning("cache file %s is unreadable (%s): rebuilding it", path, err)
        return None
    finally:
        if enabled:
            gc.enable()
    # The loaded objects live as long as the process: keep them out of every later collection
    # (a full collection would otherwise walk the gazetteer's ~1M objects again and again).
    gc.freeze()
    return value


def _write(path: Path, value: object) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + hashlib.sha256(payload).digest())
            fh.write(payload)
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        log.info("cannot write cache file %s (%s): built in memory only", path, err)
        return
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _remove_stale(path)


def _remove_stale(current: Path) -> None:
    """Keep the ``KEEP`` newest versions of a cache (other fingerprints: other checkouts or
    versions of detente sharing the directory); delete older ones."""
    prefix = current.name.rsplit("-", 1)[0]
    versions = []
    for other in current.parent.glob(f"{prefix}-*.pickle"):
        if other.name.rsplit("-", 1)[0] == prefix:
            with contextlib.suppress(OSError):
                versions.append((other.stat().st_mtime, other))
    versions.sort(reverse=True)
    for _, old in versions[KEEP:]:
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()
