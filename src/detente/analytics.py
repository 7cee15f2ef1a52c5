"""Analytics over the store: pure functions over DuckDB SQL (parameterised, never user SQL).

Counting unit
    Aggregates count **event clusters** by default (``unit="clusters"``): the same event
    reported by many articles counts once (see ``detente.clusters``; an event not yet clustered
    counts as its own cluster). ``unit="events"`` counts raw coded events instead. Negated events
    ("did not meet") are excluded unless ``include_negated``.

Tension index (per dyad, per period)
    For period *t* with *n* counted events of Goldstein values *g_i* (-10 .. +10)::

        raw_t = -(sum_i g_i) / (n + k)            k = 1: volume-normalised net conflict,
                                                  shrunk toward 0 when there are few events
        T_t   = alpha * raw_t + (1 - alpha) * T_{t-1}     exponential smoothing, alpha = 0.5,
                                                  T_{-1} = 0; a period without events has
                                                  raw_t = 0, so the index relaxes to neutral

    ``T`` stays on the Goldstein scale with the sign flipped: +10 = war-like relations,
    -10 = the closest cooperation, 0 = neutral or no news.

Change detection
    ``shift_t = raw_t - T_{t-1}`` (how far this period departs from the trend). A period is
    flagged (``alert`` = ``"escalation"`` or ``"de-escalation"``) when it has at least
    ``min_events`` events and ``|shift_t| >= max(z * sigma, min_shift)`` where *sigma* is the
    standard deviation of ``raw`` over the up-to-12 previous non-empty periods (1.0 when there
    are fewer than 3 of them), z = 2 and min_shift = 2 Goldstein points. The first period with
    events has nothing to shift from and is never flagged.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

import duckdb

from detente.queries import actor_clause, actor_kind, actor_params, like_pattern, rows_as_dicts

PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
UNITS = ("clusters", "events")
QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def _dyad_sql(a: str, b: str) -> tuple[str, str, list[str], list[str]]:
    """(direction CASE, dyad condition, their params): events A->B or B->A."""
    case = f"CASE WHEN {actor_clause('source', a)} THEN 'A->B' ELSE 'B->A' END"
    cond = (f"(({actor_clause('source', a)} AND {actor_clause('target', b)}) "
            f"OR ({actor_clause('source', b)} AND {actor_clause('target', a)}))")
    return case, cond, actor_params(a), [*actor_params(a), *actor_params(b),
                                         *actor_params(b), *actor_params(a)]


def _check(by: str, unit: str = "clusters") -> None:
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, not {by!r}")
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {list(UNITS)}, not {unit!r}")


def _counted(unit: str, *, exact: bool = False) -> str:
    """SQL keeping the rows to count from the relation ``m``.

    Clusters: each cluster counts once, through its representative (earliest) report
    (``cluster_first``, set by ``detente.clusters``); an event not clustered yet counts as its
    own cluster. With ``exact``, the representative is chosen within ``m`` itself (a window
    over the filtered rows), for filters finer than a cluster's country + sector key (actor
    names or ids), where the cluster's earliest report may not be in ``m``.
    """
    if unit == "events":
        return "SELECT * FROM m"
    if exact:
        return ("SELECT * FROM m QUALIFY row_number() OVER (PARTITION BY "
                "coalesce(cluster_id, id) ORDER BY published NULLS LAST, id) = 1")
    return "SELECT * FROM m WHERE cluster_id IS NULL OR cluster_first"


def _fine(*keys: str) -> bool:
    # Actor names and ids are finer than a cluster's country + sector key.
    return any(actor_kind(k) != "code" for k in keys)


_AGG = """
    count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
    count(*) FILTER (WHERE quad_class = 2) AS material_coop,
    count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
    count(*) AS events,
    round(coalesce(sum(goldstein), 0), 2) AS goldstein_sum,
    round(avg(goldstein), 2) AS goldstein_mean,
    round(count(*) FILTER (WHERE quad_class IN (3, 4)) / count(*), 3) AS conflict_share
"""


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "month",
                include_negated: bool = False, unit: str = "events") -> list[dict[str, Any]]:
    """Per period and direction (A->B, B->A): counts per quad class, Goldstein sum and mean,
    share of conflict. Raw events by default: the table of ``detente dyad --raw`` (the dashboard,
    the API and ``detente dyad`` show ``dyad_periods``)."""
    _check(by, unit)
    modality = "" if include_negated else "AND coalesce(modality, '') <> 'negated'"
    case, cond, case_params, cond_params = _dyad_sql(a, b)
    sql = f"""
        WITH m AS (
            SELECT {case} AS direction, *, coalesce(event_date, published) AS d FROM events
            WHERE coalesce(event_date, published) IS NOT NULL {modality} AND {cond}
        ), u AS ({_counted(unit, exact=_fine(a, b))})
        SELECT date_trunc('{PERIODS[by]}', d)::DATE AS period, direction, {_AGG}
        FROM u GROUP BY ALL ORDER BY period, direction
    """
    return rows_as_dicts(con.execute(sql, [*case_params, *cond_params]))


def _period_range(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    out: list[dt.date] = []
    d = first
    while d <= last and len(out) < 5000:
        out.append(d)
        if by == "day":
            d += dt.timedelta(days=1)
        elif by == "week":
            d += dt.timedelta(days=7)
        elif by == "month":
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        else:
            d = dt.date(d.year + 1, 1, 1)
    return out


def tension_index(rows: list[dict[str, Any]], *, alpha: float = 0.5, k: float = 1.0,
                  z: float = 2.0, min_shift: float = 2.0,
                  min_events: int = 2) -> list[dict[str, Any]]:
    """Add ``tension_raw``, ``tension``, ``shift`` and ``alert`` to consecutive period rows
    (each with ``events`` and ``goldstein_sum``), as defined in the module docstring."""
    prev = 0.0
    history: list[float] = []
    out = []
    for row in rows:
        n = int(row.get("events") or 0)
        raw = -float(row.get("goldstein_sum") or 0.0) / (n + k)
        value = alpha * raw + (1 - alpha) * prev
        shift = raw - prev
        recent = history[-12:]
        sigma = statistics.pstdev(recent) if len(recent) >= 3 else 1.0
        alert = None
        if (history and n >= min_events
                and abs(shift) >= max(z * max(sigma, 1e-9), min_shift)):
            alert = "escalation" if shift > 0 else "de-escalation"
        out.append({**row, "tension_raw": round(raw, 3), "tension": round(value, 3),
                    "shift": round(shift, 3), "alert": alert})
        if n:
            history.append(raw)
        prev = value
    return out


def _window(date_sql: str, polarity: str | None, start_date: Any, end_date: Any,
            ) -> tuple[list[str], list[Any]]:
    """WHERE conditions and parameters for a dated, optionally polarity-filtered window."""
    conds = [f"{date_sql} IS NOT NULL"]
    params: list[Any] = []
    if polarity:
        conds.append(polarity)
    if start_date:
        conds.append(f"{date_sql} >= ?")
        params.append(start_date)
    if end_date:
        conds.append(f"{date_sql} <= ?")
        params.append(end_date)
    return conds, params


def dyad_periods(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "month",
                 directed: bool = False, unit: str = "clusters", include_negated: bool = False,
                 start_date: dt.date | None = None, end_date: dt.date | None = None,
                 fill: bool = True) -> dict[str, Any]:
    """A dyad's series with the tension index: ``{"a", "b", "by", "unit", "series": ...}``.

    Undirected (default): one row per period over both directions. Directed: ``series`` holds
    A->B rows and ``reverse`` B->A rows. Empty periods between the first and last are filled
    with zeros so the smoothing sees time pass.
    """
    _check(by, unit)
    conds, params = _window("coalesce(event_date, published)",
                            None if include_negated else "coalesce(modality, '') <> 'negated'",
                            start_date, end_date)
    case, cond, case_params, cond_params = _dyad_sql(a, b)
    select = "direction" if directed else "'both' AS direction"
    if unit == "clusters" and actor_kind(a) == actor_kind(b) == "code":
        # Fast path for country dyads: read the (narrow) cluster table, plus any events not
        # clustered yet. Same numbers as the events path, several times faster at 1M events.
        c_conds, c_params = _window("date",
                                    None if include_negated else "NOT coalesce(negated, false)",
                                    start_date, end_date)
        sql = f"""
            WITH m AS (
                SELECT {case} AS direction, date AS d, quad_class, goldstein FROM event_clusters
                WHERE {' AND '.join(c_conds)} AND {cond}
                UNION ALL
                SELECT {case} AS direction, coalesce(event_date, published) AS d, quad_class,
                       goldstein FROM events
                WHERE cluster_id IS NULL AND {' AND '.join(conds)} AND {cond}
            )
            SELECT date_trunc('{PERIODS[by]}', d)::DATE AS period, {select}, {_AGG}
            FROM m GROUP BY ALL ORDER BY period
        """
        all_params = [*case_params, *c_params, *cond_params, *case_params, *params,
                      *cond_params]
    else:
        sql = f"""
            WITH m AS (
                SELECT {case} AS direction, *, coalesce(event_date, published) AS d FROM events
                WHERE {' AND '.join(conds)} AND {cond}
            ), u AS ({_counted(unit, exact=_fine(a, b))})
            SELECT date_trunc('{PERIODS[by]}', d)::DATE AS period, {select}, {_AGG}
            FROM u GROUP BY ALL ORDER BY period
        """
        all_params = [*case_params, *params, *cond_params]
    rows = rows_as_dicts(con.execute(sql, all_params))
    result: dict[str, Any] = {"a": a, "b": b, "by": by, "unit": unit, "directed": directed}
    keys = ["A->B", "B->A"] if directed else ["both"]
    periods = sorted({r["period"] for r in rows})
    for key, name in zip(keys, ["series", "reverse"], strict=False):
        mine = {r["period"]: r for r in rows if r["direction"] == key}
        span = _period_range(periods[0], periods[-1], by) if periods and fill else sorted(mine)
        filled = [mine.get(p) or _empty(p, key) for p in span]
        result[name] = tension_index(filled)
    alerts = [r for r in result["series"] if r["alert"]]
    result["alerts"] = [{"period": r["period"], "alert": r["alert"], "shift": r["shift"]}
                        for r in alerts]
    return result


def _empty(period: dt.date, direction: str) -> dict[str, Any]:
    row: dict[str, Any] = {"period": period, "direction": direction}
    row |= {name: 0 for name in QUAD_NAMES.values()}
    row |= {"events": 0, "goldstein_sum": 0.0, "goldstein_mean": None, "conflict_share": None}
    return row


def _level_cols(level: str, side: str) -> tuple[str, str]:
    if level == "country":
        return f"{side}_country", f"{side}_country"
    if level == "actor":
        return (f"coalesce({side}_actor_id, {side}_name)",
                f"coalesce({side}_name, {side}_actor_id)")
    raise ValueError(f"level must be 'country' or 'actor', not {level!r}")


_RANK_METRICS = {
    "events": "events DESC",
    "conflict": "conflict DESC, events DESC",
    "cooperation": "cooperation DESC, events DESC",
    "goldstein": "goldstein_mean ASC",
}


def actor_rankings(con: duckdb.DuckDBPyConnection, *, level: str = "country",
                   metric: str = "events", limit: int = 50, unit: str = "clusters",
                   include_negated: bool = False, q: str | None = None) -> list[dict[str, Any]]:
    """Actors (countries or individual actors) ranked by events as source or target, by
    conflict or cooperation counts, or by lowest mean Goldstein; ``q`` filters names."""
    if metric not in _RANK_METRICS:
        raise ValueError(f"metric must be one of {sorted(_RANK_METRICS)}, not {metric!r}")
    _check("month", unit)
    s_key, s_label = _level_cols(level, "source")
    t_key, t_label = _level_cols(level, "target")
    neg = "" if include_negated else "WHERE coalesce(modality, '') <> 'negated'"
    name_filter, params = "", []
    if q:
        name_filter = "AND (key ILIKE ? ESCAPE '\\' OR label ILIKE ? ESCAPE '\\')"
        params = [like_pattern(q)] * 2
    sql = f"""
        WITH m AS (SELECT * FROM events {neg}), u AS ({_counted(unit)}),
        sides AS (
            SELECT {s_key} AS key, {s_label} AS label, source_country AS country,
                   goldstein, quad_class, 1 AS as_source FROM u
            UNION ALL
            SELECT {t_key}, {t_label}, target_country, goldstein, quad_class, 0 FROM u
        )
        SELECT key, any_value(label) AS label, any_value(country) AS country,
               count(*) AS events, sum(as_source) AS as_source,
               count(*) - sum(as_source) AS as_target,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM sides WHERE key IS NOT NULL {name_filter}
        GROUP BY key ORDER BY {_RANK_METRICS[metric]}, key LIMIT ?
    """
    return rows_as_dicts(con.execute(sql, [*params, limit]))


def actor_timeline(con: duckdb.DuckDBPyConnection, actor: str, *, by: str = "month",
                   unit: str = "clusters", include_negated: bool = False) -> list[dict[str, Any]]:
    """An actor's activity per period: events as source and as target, quad-class counts and
    mean Goldstein (of everything it did or had done to it)."""
    _check(by, unit)
    neg = "" if include_negated else "AND coalesce(modality, '') <> 'negated'"
    sql = f"""
        WITH m AS (
            SELECT *, coalesce(event_date, published) AS d,
                   {actor_clause('source', actor)} AS is_source FROM events
            WHERE coalesce(event_date, published) IS NOT NULL {neg}
              AND ({actor_clause('source', actor)} OR {actor_clause('target', actor)})
        ), u AS ({_counted(unit, exact=_fine(actor))})
        SELECT date_trunc('{PERIODS[by]}', d)::DATE AS period,
               count(*) FILTER (WHERE is_source) AS as_source,
               count(*) FILTER (WHERE NOT is_source) AS as_target, {_AGG}
        FROM u GROUP BY ALL ORDER BY period
    """
    params = actor_params(actor) * 3
    return rows_as_dicts(con.execute(sql, params))


def quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
           about: str | None = None, q: str | None = None, limit: int = 50,
           offset: int = 0) -> dict[str, Any]:
    """Quotes by a speaker (country code, actor id or name) and/or about an actor (the target
    of an event the quote expresses, or named in the quote's text), with text search ``q``."""
    conds, params = ["TRUE"], []
    if speaker:
        conds.append(actor_clause("q.speaker", speaker))
        params += actor_params(speaker)
    if about:
        conds.append(f"""(q.id IN (SELECT quote_id FROM events WHERE quote_id IS NOT NULL
                                   AND {actor_clause('target', about)})
                          OR q.text ILIKE ? ESCAPE '\\')""")
        params += [*actor_params(about), like_pattern(about)]
    if q:
        conds.append("q.text ILIKE ? ESCAPE '\\'")
        params.append(like_pattern(q))
    where = " AND ".join(conds)
    sql = f"""
        SELECT q.id, q.article_id, q.kind, q.text, q.span_start, q.span_end, q.sentence_index,
               q.speaker_text, q.speaker_name, q.speaker_country, q.speaker_sector, q.cue,
               q.channel, a.title AS article_title, a.published, a.source AS article_source
        FROM quotes q LEFT JOIN articles a ON a.id = q.article_id
        WHERE {where} ORDER BY a.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?
    """
    items = rows_as_dicts(con.execute(sql, [*params, limit, offset]))
    row = con.execute(f"SELECT count(*) FROM quotes q WHERE {where}", params).fetchone()
    return {"total": int(row[0]) if row else 0, "limit": limit, "offset": offset,
            "items": items}


def locations(con: duckdb.DuckDBPyConnection, *, limit: int = 2000,
              include_negated: bool = False, unit: str = "clusters") -> list[dict[str, Any]]:
    """Event locations (name, lat, lon) with event counts and mean Goldstein, for the map."""
    _check("month", unit)
    neg = "AND coalesce(modality, '') <> 'negated'" if not include_negated else ""
    sql = f"""
        WITH m AS (SELECT * FROM events WHERE location_lat IS NOT NULL
                     AND location_lon IS NOT NULL {neg}), u AS ({_counted(unit)})
        SELECT location_name AS name, any_value(location_country) AS country,
               round(location_lat, 3) AS lat, round(location_lon, 3) AS lon,
               count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean
        FROM u GROUP BY location_name, round(location_lat, 3), round(location_lon, 3)
        ORDER BY events DESC, name LIMIT ?
    """
    return rows_as_dicts(con.execute(sql, [limit]))


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
    top_quotes = con.execute(
        """SELECT coalesce(speaker_name, speaker_text, '(unknown)'), kind, text FROM quotes
           ORDER BY length(text) DESC LIMIT ?""", [top]).fetchall()
    return {
        "articles": int(one[0]) if one else 0,
        "events_by_quad_class": {int(q): int(n) for q, n in quads if q is not None},
        "top_dyads": [{"source": s, "target": t, "events": n, "goldstein_sum": g}
                      for s, t, n, g in dyads],
        "top_quotes": [{"speaker": s, "kind": k, "text": t} for s, k, t in top_quotes],
    }
