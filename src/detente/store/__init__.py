"""Storage: the DuckDB store."""

from __future__ import annotations

from detente.store.duck import Store

__all__ = ["Store"]
