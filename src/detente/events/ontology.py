"""The CAMEO/PLOVER ontology shipped in ``data/ontology/`` (loaded once, read-only).

``cameo.tsv`` holds every CAMEO code with its name, root, Goldstein value (GDELT's scale),
GDELT quad class, Phoenix penta class, and PLOVER type and mode (PLOVER 2021 conversion table).
PLOVER drops CAMEO roots 01 (statements) and 02 (appeals); detente maps 02 to REQUEST (the
PLOVER REQUEST definition covers "all requests") and leaves 01 without a PLOVER type.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from detente.errors import DataError, Errors

PENTA_NAMES = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict",
               "material_conflict")


@dataclass(slots=True, frozen=True)
class CameoCode:
    """One CAMEO code and the facts detente attaches to it."""

    code: str
    root: str
    level: int
    name: str
    goldstein: float
    goldstein_source: str
    quad_class: int
    penta_class: int
    plover: str | None
    plover_mode: str | None
    plover_source: str | None


def _data_lines(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("detente").joinpath(f"data/ontology/{name}").read_text("utf-8")
    rows: list[tuple[int, list[str]]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((n, line.split("\t")))
    return rows[1:]  # drop the header row


@functools.cache
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes, keyed by code ("01", "042", "1312")."""
    out: dict[str, CameoCode] = {}
    for n, cols in _data_lines("cameo.tsv"):
        if len(cols) != 11:
            raise DataError(Errors.E102.format(path="cameo.tsv", line=n, reason="expected 11 columns"))
        code, root, level, name, gold, gsrc, quad, penta, plover, mode, src = cols
        out[code] = CameoCode(code, root, int(level), name, float(gold), gsrc, int(quad),
                              int(penta), plover or None, mode or None, src or None)
    return out


@functools.cache
def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types, in manual order."""
    return tuple(cols[0] for _, cols in _data_lines("plover_types.tsv"))


@functools.cache
def _refusals() -> dict[str, str]:
    return {cols[0]: cols[1] for _, cols in _data_lines("refusals.tsv")}


def refusal_of(code: str) -> str | None:
    """The CAMEO refusal code of a yield, consult, support or material cooperation code (roots
    08, 04, 05, 06; ``refusals.tsv``): "will not lift the embargo" is a refusal to ease it
    (085 -> 1244), "will not negotiate" rejects negotiation (046 -> 125), "will not support"
    rejects (05 -> 120); None for the other roots."""
    table = _refusals()
    return table.get(code) or table.get(code[:3]) or table.get(root_of(code) + "0")


def cameo(code: str) -> CameoCode:
    """The ontology entry for ``code``; raises ``KeyError`` for an unknown code."""
    return cameo_codes()[code]


def root_of(code: str) -> str:
    """The two-digit CAMEO root of a code."""
    return code[:2]
