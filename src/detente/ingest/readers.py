"""Readers for plain text and JSONL. Each yields ``Article`` records or ``InputError`` items;
a bad item never stops the run."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detente.errors import Errors, InputError
from detente.records import Article

ReadItem = Article | InputError


def decode_bytes(data: bytes) -> str:
    """Decode text bytes (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252 when it
    looks like text); raise ValueError on binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        sample = data[:4096]
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if controls > len(sample) * 0.01:
            raise ValueError(f"undecodable bytes at offset {err.start}") from err
        return data.decode("cp1252", errors="replace")


def normalise_date(value: Any) -> str | None:
    """Accept YYYY-MM-DD, an ISO datetime, an RFC 2822 date ("Tue, 02 Apr 2024 10:00:00 GMT")
    or an unambiguous YYYY-DD-MM; raise ValueError for anything else."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text[:10])
    if m and int(m.group(2)) > 12 >= int(m.group(3)):
        with contextlib.suppress(ValueError):
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(2))).isoformat()
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    raise ValueError(Errors.E007.format(value=value))


# Inputs are read in chunks; the first chunk decides whether the input is binary, so a device
# like /dev/urandom is rejected after one chunk instead of being read forever.
CHUNK = 1 << 16
MAX_INPUT_BYTES = 2 << 30


def looks_binary(sample: bytes) -> bool:
    """True when a sample of bytes cannot be text: more than 1% NUL bytes, or many control
    bytes in something that is not UTF-8. A few stray NULs do not make a file binary: the
    line holding them fails on its own (binary sniffing must not cost good lines)."""
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b")):
        return False
    if sample.count(0) > len(sample) * 0.01:
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as err:
        if err.start >= len(sample) - 4:  # a multi-byte character cut by the chunk boundary
            return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls > len(sample) * 0.01


def read_input_bytes(path: Path) -> bytes:
    """Read a file (or device, or FIFO) in chunks; raise ValueError for binary data and
    OSError when it cannot be read."""
    with path.open("rb") as fh:
        first = fh.read(CHUNK)
        if looks_binary(first):
            raise ValueError("binary data in the first bytes")
        parts = [first]
        size = len(first)
        while chunk := fh.read(CHUNK * 16):
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_INPUT_BYTES:
                raise ValueError(f"input larger than {MAX_INPUT_BYTES} bytes")
    return b"".join(parts)


def bytes_hash(data: bytes) -> str:
    """The hash of an item's original bytes (stored as ``Article.content_hash``)."""
    return hashlib.sha1(data).hexdigest()


def decoded_text(raw: bytes, name: str) -> str | InputError:
    """The text of a whole-file input, or the error for binary (E002) or empty (E005) input."""
    try:
        text = decode_bytes(raw)
    except ValueError as err:
        return InputError(Errors.E002.format(reason=err), input=name)
    if not text.strip():
        return InputError(Errors.E005, input=name)
    return text


def read_text_file(path: Path, *, date: str | None = None, data: bytes | None = None) -> Iterator[ReadItem]:
    """A plain-text file is one article."""
    name = str(path)
    try:
        raw = read_input_bytes(path) if data is None else data
    except OSError as err:
        yield InputError(Errors.E001.format(reason=err.strerror or err), input=name)
        return
    except ValueError as err:
        yield InputError(Errors.E002.format(reason=err), input=name)
        return
    text = decoded_text(raw, name)
    if isinstance(text, InputError):
        yield text
        return
    digest = bytes_hash(raw)
    yield Article(id=f"{path.stem}-{digest[:8]}", text=text, published=date,
                  content_hash=digest, input=name, line=None)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_string(value: str, name: str, warnings: list[str]) -> str:
    """``value`` with lone surrogates (from JSON escapes like ``"\\ud800"``, not encodable as
    UTF-8) replaced by U+FFFD, one character for one so spans keep their offsets."""
    if value.isascii() or not _SURROGATE.search(value):
        return value
    warnings.append(f"field {name!r}: lone surrogate escapes replaced by U+FFFD")
    return _SURROGATE.sub("\ufffd", value)


def _optional_string(record: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    """A metadata field as a string: numbers are written out, other non-strings are dropped
    with a warning (one odd field never costs the article)."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        warnings.append(f"field {key!r} ignored: {type(value).__name__}, not a string")
        return None
    return clean_string(value, key, warnings)


def article_from_record(record: Any, *, input: str, line: int, date: str | None,
                        raw: bytes | None = None) -> ReadItem:
    """Build an Article from a JSON object (``id, text, date?, title?, source?, url?``)."""
    if not isinstance(record, dict):
        return InputError(Errors.E004, input=input, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        return InputError(Errors.E004, input=input, line=line)
    if not text.strip():
        return InputError(Errors.E005, input=input, line=line)
    try:
        published = normalise_date(record.get("date") or record.get("published")) or date
    except ValueError as err:
        return InputError(str(err), input=input, line=line)
    warnings: list[str] = []
    article = Article(
        id=_optional_string(record, "id", warnings) or "",
        text=clean_string(text, "text", warnings),
        title=_optional_string(record, "title", warnings),
        published=published,
        source=_optional_string(record, "source", warnings),
        url=_optional_string(record, "url", warnings),
        dateline=_optional_string(record, "dateline", warnings),
        content_hash=bytes_hash(raw) if raw is not None else None,
        input=input,
        line=line,
    )
    article.warnings.extend(warnings)
    return article


def jsonl_lines(raw: bytes) -> Iterator[tuple[int, str | InputError]]:
    """``(line number, text)`` of each non-blank line, or an E017 error for a line that is
    not UTF-8. Lines end at ``\n`` only (U+2028, U+0085, ``\r``, ``\f`` are legal inside a
    JSON line); a BOM or a trailing ``\r`` is dropped from any line. A file none of whose
    non-ASCII lines is UTF-8 is a legacy (cp1252) file and decoded as such."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            lines = [(line.encode("utf-8"), line) for line in raw.decode("utf-16").split("\n")]
        except UnicodeDecodeError as err:
            yield 1, InputError(Errors.E017.format(reason=f"bad UTF-16: {err.reason}"))
            return
        decoded: list[tuple[bytes, str | UnicodeDecodeError]] = list(lines)
    else:
        decoded = []
        for chunk in raw.split(b"\n"):
            try:
                decoded.append((chunk, chunk.decode("utf-8")))
            except UnicodeDecodeError as err:
                decoded.append((chunk, err))
    legacy = not any(isinstance(text, str) and not text.isascii() for _, text in decoded)
    for number, (chunk, text) in enumerate(decoded, start=1):
        if isinstance(text, UnicodeDecodeError):
            if not legacy:
                yield number, InputError(Errors.E017.format(
                    reason=f"undecodable byte 0x{chunk[text.start]:02x} at column {text.start + 1}"))
                continue
            text = chunk.decode("cp1252", errors="replace")
        text = text.lstrip("\ufeff").removesuffix("\r")
        if text.strip():
            yield number, text


def read_jsonl(path: Path, *, date: str | None = None, data: bytes | None = None) -> Iterator[ReadItem]:
    """One article per JSON line; blank lines are ignored, each bad line is an error of its own
    (with its file and line), never the end of the file."""
    name = str(path)
    try:
        raw = read_input_bytes(path) if data is None else data
    except OSError as err:
        yield InputError(Errors.E001.format(reason=err.strerror or err), input=name)
        return
    except ValueError as err:
        yield InputError(Errors.E002.format(reason=err), input=name)
        return
    seen = False
    for number, line in jsonl_lines(raw):
        seen = True
        if isinstance(line, InputError):
            line.input, line.line = name, number
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(Errors.E003.format(reason=err.msg), input=name, line=number)
            continue
        except (ValueError, RecursionError) as err:  # >4300-digit integers, deep nesting
            yield InputError(Errors.E003.format(reason=f"{type(err).__name__}: {err}"),
                             input=name, line=number)
            continue
        yield article_from_record(record, input=name, line=number, date=date,
                                  raw=line.encode("utf-8"))
    if not seen:
        yield InputError(Errors.E005, input=name)
