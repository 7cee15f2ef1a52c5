"""Analytics over the store: pure functions over DuckDB SQL (parameterised, never user SQL)."""

from __future__ import annotations

from typing import Any

import duckdb

PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _actor_clause(column_prefix: str) -> str:
    # An actor key matches a country code, an actor id or an exact actor name.
    return (f"({column_prefix}_country = ? OR {column_prefix}_actor_id = ? "
            f"OR lower({column_prefix}_name) = lower(?))")


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "month",
                include_negated: bool = False) -> list[dict[str, Any]]:
    """Per period and direction (A->B, B->A): event counts per quad class and Goldstein sum.

    Negated events ("did not meet") are excluded unless ``include_negated``.
    """
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, not {by!r}")
    modality = "" if include_negated else "AND modality <> 'negated'"
    sql = f"""
        WITH e AS (
            SELECT *, coalesce(event_date, published) AS d FROM events
            WHERE d IS NOT NULL {modality}
        ), directed AS (
            SELECT 'A->B' AS direction, * FROM e
            WHERE {_actor_clause('source')} AND {_actor_clause('target')}
            UNION ALL
            SELECT 'B->A' AS direction, * FROM e
            WHERE {_actor_clause('source')} AND {_actor_clause('target')}
        )
        SELECT date_trunc('{PERIODS[by]}', d)::DATE AS period, direction,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               count(*) AS events,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM directed GROUP BY ALL ORDER BY period, direction
    """
    params = [a, a, a, b, b, b, b, b, b, a, a, a]
    cur = con.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def summary(con: duckdb.DuckDBPyConnection, top: int = 5) -> dict[str, Any]:
    """Articles, events by quad class, top dyads and top quoted speakers."""
    one = con.execute("SELECT count(*) FROM articles").fetchone()
    quads = con.execute(
        "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
    dyads = con.execute(
        """SELECT source_country, target_country, count(*) AS n, round(sum(goldstein), 1)
           FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
             AND source_country <> target_country
           GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?""", [top]).fetchall()
    quotes = con.execute(
        """SELECT coalesce(speaker_name, speaker_text, '(unknown)'), kind, text FROM quotes
           ORDER BY length(text) DESC LIMIT ?""", [top]).fetchall()
    return {
        "articles": int(one[0]) if one else 0,
        "events_by_quad_class": {int(q): int(n) for q, n in quads if q is not None},
        "top_dyads": [{"source": s, "target": t, "events": n, "goldstein_sum": g}
                      for s, t, n, g in dyads],
        "top_quotes": [{"speaker": s, "kind": k, "text": t} for s, k, t in quotes],
    }
