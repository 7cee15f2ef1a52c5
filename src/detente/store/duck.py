"""The DuckDB store: transactional, idempotent writes per article; read-only opening for readers.

Concurrency model: one process opens the database read-write (``detente ingest``, ``detente
watch``, or ``detente serve --watch`` which owns the file and runs the watcher inside it); any
number of processes may open it read-only when no writer holds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from detente.errors import DetenteError, Errors
from detente.records import CodedArticle
from detente.store import rows as R

SCHEMA_VERSION = "1"
# Per-article tables, cleared and rewritten when an article is (re)coded.
_ARTICLE_TABLES: dict[str, str] = {
    "events": "article_id",
    "quotes": "article_id",
    "mentions": "article_id",
    "times": "article_id",
    "places": "article_id",
    "articles": "id",
}


def schema_sql() -> str:
    return resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")


def check_database_path(path: Path, read_only: bool) -> None:
    """Refuse, with a clear error, a database path that is a directory, unreadable, missing
    (when reading) or a file that is not a DuckDB database (a CSV, a JSON file, ...)."""
    if path.is_dir():
        raise DetenteError(Errors.E204.format(path=path, reason="it is a directory"))
    if not path.exists():
        if read_only:
            raise DetenteError(Errors.E202.format(path=path))
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError as err:
        raise DetenteError(Errors.E204.format(path=path, reason=err.strerror or err)) from err
    if head[8:12] != b"DUCK":
        reason = "the file is empty" if not head else "no DuckDB header"
        raise DetenteError(Errors.E203.format(path=path, reason=reason))


class Store:
    """A detente database (a DuckDB file, or ``:memory:``)."""

    def __init__(self, path: str | Path = "detente.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:":
            check_database_path(Path(self.path), read_only)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as err:
            code = Errors.E201 if "lock" in str(err).lower() else Errors.E204
            raise DetenteError(code.format(path=self.path, reason=err)) from err
        except duckdb.Error as err:
            raise DetenteError(Errors.E204.format(path=self.path, reason=err)) from err
        files = [row[2] for row in self.con.execute("PRAGMA database_list").fetchall()]
        if self.path != ":memory:" and not any(files):
            # DuckDB opens "x.csv" or "x.json" as an in-memory database reading that file:
            # nothing would be stored, so refuse.
            self.con.close()
            raise DetenteError(Errors.E203.format(
                path=self.path, reason="DuckDB would open it in memory and store nothing"))
        if not read_only:
            self.con.execute(schema_sql())
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ---------------------------------------------------------------------------

    def write(self, coded: Sequence[CodedArticle], log: Iterable[dict[str, Any]] = ()) -> None:
        """Write a batch of coded articles and ingest-log rows in one transaction.

        Re-writing an article replaces its rows, so writes are idempotent per article id.
        """
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        ids = [c.article.id for c in coded]
        tables = R.table_rows(list(coded), now)
        log_rows = [{**row, "at": row.get("at") or now} for row in log]
        self.con.execute("BEGIN TRANSACTION")
        try:
            existing = self._existing_ids(ids)
            if existing:
                # Only re-coded articles need their old rows removed; new ones skip the scans.
                self.con.register("_ids", pa.table({"id": existing}))
                try:
                    for table, column in _ARTICLE_TABLES.items():
                        self.con.execute(
                            f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM _ids)")
                finally:
                    self.con.unregister("_ids")
            for table, table_rows in tables.items():
                self.insert_rows(table, table_rows)
            self.insert_rows("ingest_log", log_rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _existing_ids(self, ids: list[str]) -> list[str]:
        """Which of ``ids`` are already stored (a primary-key lookup on ``articles``)."""
        if not ids:
            return []
        placeholders = ", ".join("?" for _ in ids)
        rows = self.con.execute(
            f"SELECT id FROM articles WHERE id IN ({placeholders})", ids).fetchall()
        return [r[0] for r in rows]

    def insert_rows(self, table: str, table_rows: list[dict[str, Any]]) -> None:
        """Bulk-insert rows (dicts keyed by column name) through Arrow."""
        if not table_rows:
            return
        arrow = pa.Table.from_pylist(table_rows)
        self.con.register("_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    def log(self, rows: Iterable[dict[str, Any]]) -> None:
        """Append ingest-log rows (``input, line, article_id, status, reason``)."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.insert_rows("ingest_log", [{**r, "at": r.get("at") or now} for r in rows])

    # -- reading ---------------------------------------------------------------------------

    def article_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def count(self, table: str) -> int:
        if table not in {*_ARTICLE_TABLES, "ingest_log", "event_clusters", "shards"}:
            raise ValueError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
