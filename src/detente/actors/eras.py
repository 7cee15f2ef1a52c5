"""States of the past: which one a present-day country was part of on a given day
(``state_eras.tsv``), so that "Moscow" in a 1987 story codes as the Soviet Union.

The events step applies ``actor_on`` to each participant before it pairs and deduplicates them
(so "Moscow" and "the Soviet Union" are one side); the ``countries`` pipeline step
(``detente.actors.reported``), last, applies it to everything a story's record names a country
for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from detente.actors.data import data_dir, read_tsv, row_date, row_error, valid_country_code
from detente.records import Actor


@dataclasses.dataclass(slots=True, frozen=True)
class Era:
    """``code`` was part of ``part_of`` from ``since`` up to the day before ``until``."""

    code: str
    part_of: str
    since: dt.date
    until: dt.date


@functools.cache
def load_eras() -> dict[str, tuple[Era, ...]]:
    """The eras of ``state_eras.tsv``, by present-day country code."""
    out: dict[str, list[Era]] = {}
    for where, r in read_tsv(data_dir() / "state_eras.tsv",
                             columns=("code", "part_of", "since", "until")):
        for key in ("code", "part_of"):
            if not valid_country_code(r[key]):
                raise row_error(where, f"unknown country code {r[key]!r}")
        since, until = row_date(r["since"], where), row_date(r["until"], where)
        if since is None or until is None or since >= until:
            raise row_error(where, "an era needs a start date before its end date")
        eras = out.setdefault(r["code"], [])
        if any(e.since < until and since < e.until for e in eras):
            raise row_error(where, f"{r['code']} overlaps another of its eras")
        eras.append(Era(r["code"], r["part_of"], since, until))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def load_alias_ends() -> dict[str, dt.date]:
    """The aliases of ``alias_eras.tsv`` and the first day each no longer names its organisation."""
    out: dict[str, dt.date] = {}
    for where, r in read_tsv(data_dir() / "alias_eras.tsv", columns=("alias", "org", "until")):
        until = row_date(r["until"], where)
        if until is None or not r["alias"] or r["alias"] in out:
            raise row_error(where, "an alias needs an end date and may be listed once")
        out[r["alias"]] = until
    return out


def alias_ended(alias: str, day: dt.date | None) -> bool:
    """Had ``alias`` stopped naming its organisation by ``day`` (never when the day is unknown)?"""
    until = load_alias_ends().get(alias)
    return until is not None and day is not None and day >= until


def country_on(code: str | None, day: dt.date | None) -> str | None:
    """The state ``code``'s territory belonged to on ``day`` (``code`` itself when it was its
    own, or when the day is unknown)."""
    if code is None or day is None:
        return code
    return next((e.part_of for e in load_eras().get(code, ()) if e.since <= day < e.until), code)


def actor_on(actor: Actor, day: dt.date | None) -> Actor:
    """``actor`` with the country it belonged to on ``day`` (the same object when unchanged)."""
    then = country_on(actor.country, day)
    if then == actor.country:
        return actor
    ident = f"country:{then}" if actor.id == f"country:{actor.country}" else actor.id
    return dataclasses.replace(actor, country=then, id=ident)

