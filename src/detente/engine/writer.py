"""The single writer: a coded shard, its ingest-log rows, its dedup rows and its completion
mark go to DuckDB in ONE transaction, so a run killed at any point resumes exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa

from detente.engine.work import TABLES, ShardOutput, table_rows
from detente.records import CodedArticle
from detente.store import Store
from detente.store.duck import _ARTICLE_TABLES


def _insert(store: Store, table: str, rows: list[dict[str, Any]], *, replace: bool = False) -> None:
    if not rows:
        return
    store.con.register("_shard_rows", pa.Table.from_pylist(rows))
    try:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        store.con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _shard_rows")
    finally:
        store.con.unregister("_shard_rows")


def completed_shards(store: Store) -> set[str]:
    """Ids of the shards already committed."""
    return {r[0] for r in store.con.execute("SELECT shard_id FROM shards").fetchall()}


def write_shard(store: Store, output: ShardOutput | None, *, shard_id: str, input: str | None,
                n_items: int, log: list[dict[str, Any]], sources: list[dict[str, Any]],
                fingerprints: list[dict[str, Any]]) -> None:
    """Commit one shard: coded rows (records, Arrow or Parquet), log, sources, fingerprints, the
    ``shards`` row, atomically."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ids: list[str] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    parquet: dict[str, Path] = {}
    arrow: dict[str, Any] = {}
    if output is not None:
        ids = [m["article_id"] for m in output.manifest if m["status"] == "ok"]
        if output.tables is not None:
            arrow = output.tables
        elif output.results is not None:
            coded = [r for r in output.results if isinstance(r, CodedArticle)]
            tables = table_rows(coded, now)
        elif output.parquet_dir is not None:
            base = Path(output.parquet_dir)
            parquet = {t: base / f"{t}.parquet" for t in TABLES if (base / f"{t}.parquet").exists()}
    log_rows = [{**row, "at": row.get("at") or now} for row in log]
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        if ids:
            con.register("_shard_ids", pa.table({"id": ids}))
            for table, column in _ARTICLE_TABLES.items():
                con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM _shard_ids)")
            con.unregister("_shard_ids")
        for table, rows in tables.items():
            _insert(store, table, rows)
        for table, data in arrow.items():
            con.register("_shard_arrow", data)
            try:
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _shard_arrow")
            finally:
                con.unregister("_shard_arrow")
        for table, path in parquet.items():
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)", [str(path)])
        _insert(store, "ingest_log", log_rows)
        _insert(store, "article_sources", sources, replace=True)
        _insert(store, "article_fingerprints", fingerprints, replace=True)
        _insert(store, "shards", [{"shard_id": shard_id, "input": input, "n_items": n_items,
                                   "completed_at": now}], replace=True)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
