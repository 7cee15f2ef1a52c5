"""Ingestion: one reader per format, all yielding ``Article`` records or ``InputError`` items."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from detente.errors import Errors, InputError
from detente.ingest.readers import ReadItem, read_jsonl, read_text_file

Reader = Callable[..., Iterator[ReadItem]]

# Registered readers by file suffix; anything else is read as plain text.
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text_file,
}


def reader_for(path: Path) -> Reader:
    return READERS.get(path.suffix.lower(), read_text_file)


def expand(inputs: Iterable[str]) -> Iterator[Path | InputError]:
    """Expand directories (recursively, sorted) and globs into files."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif any(ch in item for ch in "*?["):
            matches = sorted(Path().glob(item)) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            if not matches:
                yield InputError(Errors.E006.format(reason="glob matched no files"), input=item)
            yield from (m for m in matches if m.is_file())
        elif path.exists():
            yield path
        else:
            yield InputError(Errors.E001.format(reason="no such file"), input=item)


def read_inputs(inputs: Iterable[str], *, date: str | None = None) -> Iterator[ReadItem]:
    """Read every input (files, directories, globs) into articles or errors."""
    for path in expand(inputs):
        if isinstance(path, InputError):
            yield path
            continue
        yield from reader_for(path)(path, date=date)


__all__ = ["READERS", "ReadItem", "expand", "read_inputs"]
