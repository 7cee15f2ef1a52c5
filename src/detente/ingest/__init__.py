"""Ingestion: one reader per format, all yielding ``Article`` records or ``InputError`` items.

Inputs are files, directories (recursive), globs, ``http(s)://`` URLs and ``-`` (stdin); files
ending in ``.gz`` are decompressed. The format comes from the suffix, else from the content.
A bad item never stops the run: it becomes an ``InputError`` with a stable code.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from detente.errors import Errors, InputError
from detente.ingest.feeds import read_feed
from detente.ingest.html import read_html
from detente.ingest.options import ColumnMap, FetchOptions, ReadOptions
from detente.ingest.readers import (
    ReadItem,
    looks_binary,
    read_input_bytes,
    read_jsonl,
    read_text_file,
)
from detente.ingest.tabular import read_csv

Reader = Callable[[str, bytes, ReadOptions], Iterator[ReadItem]]


def _jsonl(name: str, data: bytes, options: ReadOptions) -> Iterator[ReadItem]:
    return read_jsonl(Path(name), date=options.date, data=data)


def _text(name: str, data: bytes, options: ReadOptions) -> Iterator[ReadItem]:
    return read_text_file(Path(name), date=options.date, data=data)


# Readers by kind, and kinds by file suffix; anything else is sniffed from its first bytes.
READERS: dict[str, Reader] = {
    "jsonl": _jsonl, "text": _text, "csv": read_csv, "html": read_html, "feed": read_feed,
}
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".txt": "text", ".text": "text",
    ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed",
}


def sniff(data: bytes) -> str:
    """Guess the reader kind from the first bytes of an input."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def kind_for(name: str, data: bytes) -> str:
    """The reader kind for an input name (``.gz`` already stripped) and its bytes."""
    suffix = Path(name).suffix.lower()
    return SUFFIXES.get(suffix) or sniff(data)


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (all members), streaming, and stop with ValueError as soon as the
    output would pass ``limit`` bytes: a 2 MB bomb never becomes 2 GB in memory."""
    parts: list[bytes] = []
    size = 0
    while data:
        if data[:2] != b"\x1f\x8b":
            if data.strip(b"\x00"):  # trailing garbage (NUL padding is tolerated, as gzip does)
                raise OSError("not a gzip member after the first")
            break
        inflater = zlib.decompressobj(wbits=31)
        pending = data
        while not inflater.eof:
            chunk = inflater.decompress(pending, limit - size + 1)
            pending = inflater.unconsumed_tail
            size += len(chunk)
            if size > limit:
                raise ValueError(f"decompresses to more than {limit} bytes "
                                 "(setting max_decompressed_bytes)")
            parts.append(chunk)
            if not chunk and not pending:
                break
        if not inflater.eof:
            raise EOFError("compressed file ended before the end-of-stream marker")
        data = inflater.unused_data
    return b"".join(parts)


def read_bytes(name: str, data: bytes, options: ReadOptions, kind: str | None = None) -> Iterator[ReadItem]:
    """Read one input's bytes (decompressing ``.gz``) with the reader for its kind."""
    base = name
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gunzip(data, options.limits.max_decompressed_bytes)
        except (OSError, EOFError, zlib.error) as err:
            yield InputError(Errors.E002.format(reason=f"bad gzip data: {err}"), input=name)
            return
        except ValueError as err:
            yield InputError(Errors.E002.format(reason=f"gzip data {err}"), input=name)
            return
        base = name[:-3] if name.lower().endswith(".gz") else name
        if looks_binary(data[:65536]):
            yield InputError(Errors.E002.format(reason="binary data inside the gzip file"),
                             input=name)
            return
    yield from READERS[kind or kind_for(base, data)](name, data, options)


DATABASE_SUFFIXES = (".duckdb", ".duckdb.wal", ".wal")


def is_database_file(path: Path) -> bool:
    """True for a DuckDB database (its magic bytes) or its write-ahead log."""
    if path.name.lower().endswith(DATABASE_SUFFIXES):
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def expand(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Expand directories (recursively, sorted) and globs into file names; URLs and ``-``
    pass through. DuckDB databases found in a directory or glob are not inputs (a database
    kept beside its corpus); named explicitly, one is an E006 error."""
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and not any(part.startswith(".")
                                                      for part in p.relative_to(path).parts)
                           and not is_database_file(p))
            if not files:
                yield InputError(Errors.E006.format(reason="directory holds no files"), input=item)
            yield from (str(p) for p in files)
        elif any(ch in item for ch in "*?["):
            matches = sorted(Path().glob(item)) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            if not matches:
                yield InputError(Errors.E006.format(reason="glob matched no files"), input=item)
            hidden_ok = path.name.startswith(".")
            yield from (str(m) for m in matches
                        if m.is_file() and (hidden_ok or not m.name.startswith("."))
                        and not is_database_file(m))
        elif path.is_file() and is_database_file(path):
            yield InputError(Errors.E006.format(reason="a DuckDB database, not articles"),
                             input=item)
        elif path.exists():
            yield item
        else:
            yield InputError(Errors.E001.format(reason="no such file"), input=item)


def read_one(name: str, options: ReadOptions) -> Iterator[ReadItem]:
    """Read a single expanded input: a file, a URL or ``-`` (stdin)."""
    if name == "-":
        data = sys.stdin.buffer.read()
        if looks_binary(data[:65536]) and data[:2] != b"\x1f\x8b":
            yield InputError(Errors.E002.format(reason="binary data on stdin"), input="<stdin>")
            return
        yield from read_bytes("<stdin>", data, options)
        return
    if name.startswith(("http://", "https://")):
        from detente.ingest.fetch import FetchError, fetch

        try:
            page = fetch(name, options.fetch)
        except FetchError as err:
            yield InputError(str(err), input=name)
            return
        yield from read_bytes(name, page.data, options, kind=page.kind)
        return
    try:
        data = read_input_bytes(Path(name))
    except OSError as err:
        yield InputError(Errors.E001.format(reason=err.strerror or err), input=name)
        return
    except ValueError as err:
        yield InputError(Errors.E002.format(reason=err), input=name)
        return
    yield from read_bytes(name, data, options)


def read_inputs(inputs: Iterable[str], *, date: str | None = None,
                options: ReadOptions | None = None) -> Iterator[ReadItem]:
    """Read every input (files, directories, globs, URLs, stdin) into articles or errors."""
    opts = options or ReadOptions(date=date)
    if date is not None and opts.date is None:
        opts.date = date
    for name in expand(inputs):
        if isinstance(name, InputError):
            yield name
            continue
        yield from read_one(name, opts)


__all__ = ["READERS", "ColumnMap", "FetchOptions", "ReadItem", "ReadOptions", "expand",
           "read_bytes", "read_inputs", "read_one"]
