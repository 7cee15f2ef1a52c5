"""Event filters and the paginated events query, shared by the HTTP API, the dashboard and the
exports. Every value reaches DuckDB as a bound parameter; column names come only from
whitelists in this module.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from typing import Any

import duckdb

_CAMEO_RE = re.compile(r"^\d{1,4}$")
_PLOVER_RE = re.compile(r"^[A-Za-z_]{2,32}$")
MAX_TEXT = 200  # longest accepted text filter

# Sort keys offered to users -> SQL expressions (whitelist: never user text in SQL).
SORTS: dict[str, str] = {
    "date": "coalesce(e.event_date, e.published)",
    "published": "e.published",
    "goldstein": "e.goldstein",
    "quad_class": "e.quad_class",
    "cameo": "e.cameo",
    "source": "e.source_name",
    "target": "e.target_name",
    "source_country": "e.source_country",
    "target_country": "e.target_country",
    "id": "e.id",
}

EVENT_COLUMNS = (
    "id", "article_id", "cluster_id", "published", "date", "date_precision", "event_date",
    "sentence_index", "sentence", "source_text", "source_name", "source_country",
    "source_sector", "source_actor_id", "target_text", "target_name", "target_country",
    "target_sector", "target_actor_id", "reciprocal", "cameo", "cameo_root", "plover",
    "plover_mode", "goldstein", "quad_class", "modality", "location_name", "location_country",
    "location_lat", "location_lon", "trigger_text", "quote_id", "confidence", "rule",
)


_CODE_RE = re.compile(r"^(?:[A-Z]{2,5}|[A-Za-z]{3})$")


def actor_kind(key: str) -> str:
    """How an actor key is matched: ``code`` (a country / organisation code such as USA, NATO
    or usa: the country column), ``id`` (a dictionary id, ``person:...``)
    or ``name`` (case-insensitive name, or id)."""
    if _CODE_RE.match(key):
        return "code"
    if ":" in key:
        return "id"
    return "name"


def actor_clause(prefix: str, key: str) -> str:
    """SQL matching actor ``key`` against a source/target column group (parameters from
    ``actor_params(key)``). One cheap equality per row for codes and ids."""
    kind = actor_kind(key)
    if kind == "code":
        return f"({prefix}_country = ?)"
    if kind == "id":
        return f"({prefix}_actor_id = ?)"
    return f"(lower({prefix}_name) = lower(?) OR {prefix}_actor_id = ?)"


def actor_params(key: str) -> list[str]:
    kind = actor_kind(key)
    if kind == "code":
        return [key.upper()]
    if kind == "id":
        return [key]
    return [key, key]


def _date(name: str, value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT:
        raise ValueError(f"{name} is longer than {MAX_TEXT} characters")
    return value


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in the user's text escaped (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(slots=True)
class EventFilter:
    """Filters over ``events`` (all optional). ``actor`` matches source or target; ``country``
    matches either side's country; ``cameo`` is a code prefix; ``q`` searches the sentence."""

    actor: str | None = None
    partner: str | None = None  # with ``actor``: events between the two, either direction
    country: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    start_date: str | dt.date | None = None
    end_date: str | dt.date | None = None
    q: str | None = None
    article_id: str | None = None
    include_negated: bool = False

    def validate(self) -> EventFilter:
        """Normalise and check values; raises ValueError with a message for bad ones."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and f.name not in ("start_date", "end_date"):
                setattr(self, f.name, _text(f.name, value))
        if self.cameo is not None and not _CAMEO_RE.match(self.cameo):
            raise ValueError(f"cameo must be a code prefix of 1 to 4 digits, not {self.cameo!r}")
        if self.plover is not None:
            if not _PLOVER_RE.match(self.plover):
                raise ValueError(f"plover must be a PLOVER event type, not {self.plover!r}")
            self.plover = self.plover.upper()
        if self.partner and not self.actor:
            raise ValueError("partner needs actor (the events between actor and partner)")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ValueError(f"quad_class must be 1, 2, 3 or 4, not {self.quad_class}")
        self.start_date = _date("start_date", self.start_date)
        self.end_date = _date("end_date", self.end_date)
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValueError("start_date is after end_date")
        return self

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """``(sql, params)``: a WHERE condition over events aliased ``alias``."""
        self.validate()
        p = f"{alias}." if alias else ""
        conds: list[str] = ["TRUE"]
        params: list[Any] = []
        if not self.include_negated:
            conds.append(f"coalesce({p}modality, '') <> 'negated'")
        if self.actor and self.partner:
            a, b = self.actor, self.partner
            conds.append(f"(({actor_clause(p + 'source', a)} AND {actor_clause(p + 'target', b)})"
                         f" OR ({actor_clause(p + 'source', b)} AND "
                         f"{actor_clause(p + 'target', a)}))")
            params += [*actor_params(self.actor), *actor_params(self.partner),
                       *actor_params(self.partner), *actor_params(self.actor)]
        elif self.actor:
            conds.append(f"({actor_clause(p + 'source', self.actor)} OR "
                         f"{actor_clause(p + 'target', self.actor)})")
            params += actor_params(self.actor) * 2
        if self.country:
            conds.append(f"({p}source_country = ? OR {p}target_country = ?)")
            params += [self.country.upper()] * 2
        if self.source:
            conds.append(actor_clause(p + "source", self.source))
            params += actor_params(self.source)
        if self.target:
            conds.append(actor_clause(p + "target", self.target))
            params += actor_params(self.target)
        if self.cameo:
            conds.append(f"starts_with({p}cameo, ?)")
            params.append(self.cameo)
        if self.plover:
            conds.append(f"{p}plover = ?")
            params.append(self.plover)
        if self.quad_class is not None:
            conds.append(f"{p}quad_class = ?")
            params.append(self.quad_class)
        date_expr = f"coalesce({p}event_date, {p}published)"
        if self.start_date:
            conds.append(f"{date_expr} >= ?")
            params.append(self.start_date)
        if self.end_date:
            conds.append(f"{date_expr} <= ?")
            params.append(self.end_date)
        if self.q:
            conds.append(f"{p}sentence ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.q))
        if self.article_id:
            conds.append(f"{p}article_id = ?")
            params.append(self.article_id)
        return " AND ".join(conds), params


def rows_as_dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description or []]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def events_page(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, sort: str = "date",
                order: str = "desc", limit: int = 50, offset: int = 0,
                with_total: bool = True) -> dict[str, Any]:
    """One page of events (with their cluster's counts) and the total matching count."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {sorted(SORTS)}, not {sort!r}")
    if order not in ("asc", "desc"):
        raise ValueError(f"order must be asc or desc, not {order!r}")
    if not 1 <= limit <= 1000:
        raise ValueError("limit must be between 1 and 1000")
    if offset < 0:
        raise ValueError("offset must be >= 0")
    where, params = flt.where("e")
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    direction = "DESC" if order == "desc" else "ASC"
    # Ties are broken by rowid (insertion order): as deterministic as the id within one
    # snapshot, and much cheaper to compare than string ids.
    order_by = f"{SORTS[sort]} {direction} NULLS LAST, e.rowid {direction}"
    # A text search scans every sentence: materialise the (few) matching ids once, count them
    # and take the page from them, instead of scanning twice.
    one_pass = with_total and bool(flt.q)
    if one_pass:
        head = f"""
            WITH f AS MATERIALIZED (SELECT e.id, e.rowid AS rid, {SORTS[sort]} AS k
                                    FROM events e WHERE {where}),
            top AS (SELECT id, rid, k FROM f ORDER BY k {direction} NULLS LAST, rid {direction}
                    LIMIT ? OFFSET ?),
            page AS (SELECT {cols}, top.rid AS _rid, (SELECT count(*) FROM f) AS _total
                     FROM events e JOIN top ON e.id = top.id)"""
    else:
        head = f"""
            WITH page AS (SELECT {cols}, e.rowid AS _rid FROM events e WHERE {where}
                          ORDER BY {order_by} LIMIT ? OFFSET ?)"""
    sql = f"""{head}
        SELECT page.*, a.title AS article_title, a.source AS article_source,
               coalesce(c.num_articles, 1) AS num_articles,
               coalesce(c.num_sources, 1) AS num_sources,
               coalesce(c.num_mentions, 1) AS num_mentions
        FROM page LEFT JOIN articles a ON a.id = page.article_id
        LEFT JOIN event_clusters c ON c.cluster_id = page.cluster_id
        ORDER BY {SORTS[sort].replace('e.', 'page.')} {direction} NULLS LAST,
                 page._rid {direction}
    """
    items = rows_as_dicts(con.execute(sql, [*params, limit, offset]))
    total = None
    for item in items:
        del item["_rid"]
    if one_pass and items:
        total = int(items[0]["_total"])
        for item in items:
            del item["_total"]
    elif with_total:
        row = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        total = int(row[0]) if row else 0
    return {"total": total, "limit": limit, "offset": offset, "items": items}
