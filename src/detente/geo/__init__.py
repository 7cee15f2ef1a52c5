"""Geoparsing: the packaged gazetteer and context-aware toponym resolution."""

from __future__ import annotations

from detente.geo.gazetteer import Entry, Gazetteer, gazetteer, normalise

__all__ = ["Entry", "Gazetteer", "gazetteer", "normalise"]
