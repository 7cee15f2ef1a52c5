"""Actors: resolve every mention to a canonical actor (country, sector, person)."""

from __future__ import annotations

from detente.actors.resolve import resolve_mentions

__all__ = ["resolve_mentions"]
