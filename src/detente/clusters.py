"""Cross-article event clusters: one real-world event reported by many articles counts once.

Two coded events belong to the same cluster when they share

- the directed dyad at country + sector level (``USA GOV -> CHN GOV``; an actor without a
  country falls back to its dictionary id, then its name),
- the CAMEO root code (``11`` = disapprove),
- the polarity (negated events cluster only with negated events, so they never inflate counts),
- and a date: for day-precision dates, dates chained within ``window_days`` (default 1: the
  same event reported the next day); for coarser precisions, the same week / month / year;

or when, within the same dyad and root, they come from the same quotation (identical
normalised quote text: wire copies of one statement), whatever their dates.

Each cluster gets GDELT-style counts: ``num_mentions`` (events), ``num_articles`` (distinct
articles) and ``num_sources`` (distinct article sources), its earliest report
(``first_reported``, ``first_event_id``, ``first_article_id``), and ``events.cluster_id`` is set.
The computation is SQL over the store, in one transaction, and idempotent: running it twice
gives the same clusters and ids (a cluster id is a hash of its earliest event's id). Runs are
incremental: only the (dyad, root, polarity) families that received new or re-coded events are
recomputed (``full=True`` recomputes everything, with the same result).
"""

from __future__ import annotations

import duckdb

_MIN_QUOTE_CHARS = 20

# Stage 1: every event's clustering keys. ``fam`` (dyad, root, polarity) is the unit of
# recomputation: clusters never span two families.
_BASE = """
CREATE OR REPLACE TEMP TABLE _cl_base AS
SELECT e.id, e.article_id, e.cluster_id AS old_cluster, coalesce(a.source, e.article_id) AS src,
       coalesce(e.source_country, e.source_actor_id, e.source_name, '') AS s_country,
       coalesce(e.source_sector, '') AS s_sector,
       coalesce(e.target_country, e.target_actor_id, e.target_name, '') AS t_country,
       coalesce(e.target_sector, '') AS t_sector,
       coalesce(e.cameo_root, left(e.cameo, 2), '') AS root,
       coalesce(e.modality = 'negated', false) AS negated,
       coalesce(e.event_date, e.published, a.published) AS d,
       CASE WHEN e.date_precision IN ('week', 'month', 'year') THEN e.date_precision
            ELSE 'day' END AS prec,
       coalesce(e.published, a.published) AS pub,
       e.goldstein, e.quad_class, e.cameo, e.quote_id
FROM events e LEFT JOIN articles a ON a.id = e.article_id
"""

# Incremental runs keep only the families that have an event without a cluster (new or
# re-coded articles) or a cluster that lost events (a re-coded article's event moved to another
# family); a full run keeps everything.
_AFFECTED = """
DELETE FROM _cl_base WHERE concat_ws('|', s_country, s_sector, t_country, t_sector, root,
                                     negated::VARCHAR) NOT IN (
    SELECT DISTINCT concat_ws('|', s_country, s_sector, t_country, t_sector, root,
                              negated::VARCHAR) FROM _cl_base
    WHERE old_cluster IS NULL OR old_cluster IN (
        SELECT c.cluster_id FROM event_clusters c
        LEFT JOIN (SELECT cluster_id, count(*) AS n FROM events WHERE cluster_id IS NOT NULL
                   GROUP BY cluster_id) e ON e.cluster_id = c.cluster_id
        WHERE coalesce(e.n, 0) <> c.num_mentions))
"""

# Stage 2: islands of dates within the window, per (family, precision).
_PREPARE = """
CREATE OR REPLACE TEMP TABLE _cl_ev AS
WITH base AS (
    SELECT b.*,
           CASE WHEN length(q.text) >= ? THEN lower(regexp_replace(trim(q.text), '\\s+', ' ', 'g'))
           END AS qnorm
    FROM _cl_base b LEFT JOIN quotes q ON q.id = b.quote_id
), keyed AS (
    SELECT *, concat_ws('|', s_country, s_sector, t_country, t_sector, root, negated::VARCHAR,
                        prec) AS dkey
    FROM base
), gaps AS (
    SELECT *,
           CASE WHEN prec = 'day' AND d - lag(d) OVER w > ? THEN 1 ELSE 0 END AS brk
    FROM keyed WINDOW w AS (PARTITION BY dkey ORDER BY d, id)
), islands AS (
    SELECT *, sum(brk) OVER (PARTITION BY dkey ORDER BY d, id
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS island
    FROM gaps
)
SELECT *, CASE WHEN prec = 'day' THEN dkey || '#' || island::VARCHAR
               ELSE dkey || '@' || coalesce(d::VARCHAR, '') END AS gkey
FROM islands
"""

# Merge groups that share a quotation (same dyad/root/polarity): every group takes the smallest
# group key among the groups it shares a quote with. Run twice for chains of two.
_MERGE_QUOTES = """
UPDATE _cl_ev SET gkey = m.new_gkey
FROM (
    WITH pairs AS (
        SELECT DISTINCT gkey, min(gkey) OVER (PARTITION BY
            s_country, s_sector, t_country, t_sector, root, negated, qnorm) AS other
        FROM _cl_ev WHERE qnorm IS NOT NULL
    )
    SELECT gkey AS old_gkey, min(other) AS new_gkey FROM pairs GROUP BY gkey
    HAVING min(other) < gkey
) m
WHERE _cl_ev.gkey = m.old_gkey
"""

_ASSIGN = """
CREATE OR REPLACE TEMP TABLE _cl_map AS
SELECT id, gkey, left(md5(first_id), 16) AS cluster_id, first_id
FROM (SELECT id, gkey, first_value(id) OVER (PARTITION BY gkey ORDER BY pub NULLS LAST,
                                              d NULLS LAST, id) AS first_id
      FROM _cl_ev)
"""

_INSERT = """
INSERT INTO event_clusters BY NAME
SELECT m.cluster_id,
       any_value(NULLIF(e.s_country, '')) AS source_country,
       any_value(NULLIF(e.s_sector, '')) AS source_sector,
       any_value(NULLIF(e.t_country, '')) AS target_country,
       any_value(NULLIF(e.t_sector, '')) AS target_sector,
       any_value(NULLIF(e.root, '')) AS cameo_root,
       min(e.d) AS date,
       max(e.d) AS last_date,
       min(e.pub) AS first_reported,
       count(DISTINCT e.article_id)::INTEGER AS num_articles,
       count(DISTINCT e.src)::INTEGER AS num_sources,
       count(*)::INTEGER AS num_mentions,
       round(avg(e.goldstein), 2) AS goldstein,
       any_value(md.quad_class) AS quad_class,
       any_value(md.cameo) AS cameo,
       bool_or(e.negated) AS negated,
       any_value(m.first_id) AS first_event_id,
       any_value(e.article_id) FILTER (WHERE e.id = m.first_id) AS first_article_id
FROM _cl_ev e JOIN _cl_map m USING (id) LEFT JOIN _cl_modes md USING (cluster_id)
GROUP BY m.cluster_id
"""

# The most frequent code and quad class of each cluster, ties broken by the smaller value
# (DuckDB's mode() breaks ties by arrival order, which differs between a resumed run and a
# clean one).
_MODES = """
CREATE OR REPLACE TEMP TABLE _cl_modes AS
WITH c AS (SELECT m.cluster_id, e.cameo, count(*) AS n FROM _cl_ev e JOIN _cl_map m USING (id)
           WHERE e.cameo IS NOT NULL GROUP BY ALL),
     q AS (SELECT m.cluster_id, e.quad_class, count(*) AS n FROM _cl_ev e
           JOIN _cl_map m USING (id) WHERE e.quad_class IS NOT NULL GROUP BY ALL),
     cm AS (SELECT cluster_id, first(cameo ORDER BY n DESC, cameo) AS cameo FROM c GROUP BY 1),
     qm AS (SELECT cluster_id, first(quad_class ORDER BY n DESC, quad_class) AS quad_class
            FROM q GROUP BY 1)
SELECT cluster_id, cm.cameo, qm.quad_class FROM cm FULL JOIN qm USING (cluster_id)
"""


def cluster_events(con: duckdb.DuckDBPyConnection, *, window_days: int = 1,
                   full: bool = False) -> int:
    """Compute ``event_clusters`` and ``events.cluster_id``; returns the number of clusters.

    By default only the dyad/root families with unclustered events (new or re-coded articles)
    are recomputed, which gives the same result as ``full=True`` (recompute everything) as
    long as ``window_days`` does not change. Idempotent; runs in one transaction.
    """
    if window_days < 0:
        raise ValueError("window_days must be >= 0")
    con.execute("SET enable_progress_bar = false")  # no DuckDB bar inside our CLI output
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_BASE)
        if not full:
            con.execute(_AFFECTED)
        con.execute(_PREPARE, [_MIN_QUOTE_CHARS, window_days])
        for _ in range(2):
            con.execute(_MERGE_QUOTES)
        con.execute(_ASSIGN)
        if full:
            con.execute("DELETE FROM event_clusters")
        else:
            con.execute("""DELETE FROM event_clusters WHERE cluster_id IN (
                               SELECT old_cluster FROM _cl_base WHERE old_cluster IS NOT NULL)
                             OR cluster_id IN (SELECT cluster_id FROM _cl_map)""")
        con.execute(_MODES)
        con.execute(_INSERT)
        con.execute("""UPDATE events SET cluster_id = m.cluster_id,
                                         cluster_first = (m.id = m.first_id)
                       FROM _cl_map m
                       WHERE events.id = m.id
                         AND (events.cluster_id IS DISTINCT FROM m.cluster_id
                              OR events.cluster_first IS DISTINCT FROM (m.id = m.first_id))""")
        # Clusters left without events (their articles were re-coded or removed).
        con.execute("""DELETE FROM event_clusters c WHERE NOT EXISTS (
                           SELECT 1 FROM events e WHERE e.cluster_id = c.cluster_id)""")
        for table in ("_cl_base", "_cl_ev", "_cl_map", "_cl_modes"):
            con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    row = con.execute("SELECT count(*) FROM event_clusters").fetchone()
    return int(row[0]) if row else 0
