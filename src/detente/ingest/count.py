"""Count the items an ingest will read, up front, so that its progress bar has a total and an
ETA: JSONL lines, CSV rows, one per text or HTML file. Inputs that cannot be counted without
fetching or parsing them (stdin, URLs, RSS/Atom feeds) make the total unknown (``None``).

The count reads each file once more (from the OS cache, at disk speed: far less than coding
costs) and only has to be close: the bar grows its total if the reader finds more items.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO, cast

from detente.errors import InputError
from detente.ingest import SUFFIXES, expand, sniff
from detente.ingest.options import ReadOptions
from detente.ingest.readers import decoded_text
from detente.ingest.tabular import _delimiter

_HEAD = 2048  # bytes sniffed for the format (as ``detente.ingest.sniff`` looks at)


@contextmanager
def _open(path: Path) -> Iterator[BinaryIO]:
    raw: BinaryIO = path.open("rb")
    try:
        gzipped = path.name.lower().endswith(".gz") or raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        yield cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb")) if gzipped else raw
    finally:
        raw.close()


def _kind(path: Path, head: bytes) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return SUFFIXES.get(Path(name).suffix.lower()) or sniff(head)


def count_file(path: Path, options: ReadOptions | None = None) -> int | None:
    """Items that reading ``path`` yields (articles or errors); ``None`` for a feed."""
    opts = options or ReadOptions()
    try:
        with _open(path) as fh:
            head = fh.read(_HEAD)
            kind = _kind(path, head)
            if kind == "feed":
                return None
            if kind in ("text", "html"):
                return 1
            if kind == "jsonl":
                return max(_count_lines(head, fh), 1)  # an empty file is one error item
            data = head + fh.read()
    except (OSError, EOFError, zlib.error):
        return 1  # unreadable: one error item
    text = decoded_text(data, str(path))
    if isinstance(text, InputError):
        return 1
    try:
        rows = csv.reader(io.StringIO(text, newline=""),
                          delimiter=_delimiter(text, str(path), opts.csv_delimiter))
        return max(sum(1 for _ in rows) - 1, 1)  # minus the header row
    except csv.Error:
        return 1


def _count_lines(head: bytes, rest: IO[bytes]) -> int:
    """Non-blank lines, split on ``\n`` only (as the JSONL reader splits them), streamed."""
    count, nonblank = 0, False
    for chunk in _chunks(head, rest):
        for i, part in enumerate(chunk.split(b"\n")):
            if i:  # a newline ended the line before this part
                count += nonblank
                nonblank = False
            nonblank = nonblank or bool(part.strip())
    return count + nonblank


def _chunks(head: bytes, rest: IO[bytes]) -> Iterator[bytes]:
    yield head
    yield from iter(lambda: rest.read(1 << 20), b"")


def count_items(inputs: Iterable[str], options: ReadOptions | None = None) -> int | None:
    """How many items ``read_inputs(inputs)`` will yield, or ``None`` when unknown (stdin,
    URLs, feeds)."""
    total = 0
    for name in expand(inputs):
        if isinstance(name, InputError):
            total += 1
            continue
        if name == "-" or name.startswith(("http://", "https://")):
            return None
        n = count_file(Path(name), options)
        if n is None:
            return None
        total += n
    return total


__all__ = ["count_file", "count_items"]
