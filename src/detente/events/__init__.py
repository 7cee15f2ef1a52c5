"""Event coding: CAMEO/PLOVER events from the dependency parse."""

from __future__ import annotations

from detente.events.extract import extract_events

__all__ = ["extract_events"]
