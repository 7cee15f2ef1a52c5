"""The actor network: nodes are actors (countries or individual actors), directed edges carry
event volume and mean Goldstein. Built with one aggregated SQL query; exported with networkx
(GEXF, GraphML) or as JSON with a deterministic layout for the dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import networkx as nx

from detente.analytics import _counted, _level_cols

FORMATS = ("gexf", "graphml", "json")


def actor_network(con: duckdb.DuckDBPyConnection, *, level: str = "country",
                  limit: int = 200, min_events: int = 1, unit: str = "clusters",
                  include_negated: bool = False) -> nx.DiGraph:
    """The ``limit`` heaviest directed edges (source actor -> target actor, self-loops
    excluded) with ``weight`` (events), ``goldstein_mean``, ``conflict`` and ``cooperation``."""
    if unit not in ("clusters", "events"):
        raise ValueError(f"unit must be clusters or events, not {unit!r}")
    s_key, s_label = _level_cols(level, "source")
    t_key, t_label = _level_cols(level, "target")
    neg = "AND coalesce(modality, '') <> 'negated'" if not include_negated else ""
    sql = f"""
        WITH m AS (SELECT * FROM events WHERE target_name IS NOT NULL {neg}),
        u AS ({_counted(unit)})
        SELECT {s_key} AS s, any_value({s_label}) AS s_label, any_value(source_country) AS s_c,
               {t_key} AS t, any_value({t_label}) AS t_label, any_value(target_country) AS t_c,
               count(*) AS n, round(avg(goldstein), 2) AS g,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation
        FROM u WHERE {s_key} IS NOT NULL AND {t_key} IS NOT NULL AND {s_key} <> {t_key}
        GROUP BY {s_key}, {t_key} HAVING count(*) >= ?
        ORDER BY n DESC, s, t LIMIT ?
    """
    graph = nx.DiGraph(level=level, unit=unit)
    for s, s_label_, s_c, t, t_label_, t_c, n, g, conflict, coop in con.execute(
            sql, [min_events, limit]).fetchall():
        for key, label, country in ((s, s_label_, s_c), (t, t_label_, t_c)):
            if key not in graph:
                graph.add_node(key, label=label or key, country=country or "", events=0)
        graph.nodes[s]["events"] += n
        graph.nodes[t]["events"] += n
        graph.add_edge(s, t, weight=int(n), goldstein_mean=float(g or 0.0),
                       conflict=int(conflict), cooperation=int(coop))
    return graph


def network_json(graph: nx.DiGraph, *, seed: int = 7) -> dict[str, Any]:
    """Nodes (with x, y in [0, 1] from a seeded spring layout) and edges, for the dashboard."""
    pos: dict[Any, Any] = {}
    if graph.number_of_nodes():
        und = nx.Graph(graph.to_undirected())
        parts = list(nx.connected_components(und))
        if len(parts) > 1:
            # A hidden hub loosely tied to each component keeps the components from drifting
            # to the corners (spring layouts push disconnected parts apart).
            hub = object()
            for part in parts:
                anchor = max(part, key=lambda n: (und.degree(n), str(n)))
                und.add_edge(hub, anchor, weight=1.0)
        if und.number_of_nodes() <= 300:
            pos = nx.kamada_kawai_layout(und, weight=None)
        else:
            pos = nx.spring_layout(und, seed=seed, weight="weight", iterations=100)
        pos = {n: p for n, p in pos.items() if n in graph}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def norm(v: float, lo: float, hi: float) -> float:
        return 0.5 if hi - lo < 1e-9 else round((v - lo) / (hi - lo), 4)

    nodes = [{"id": n, "label": d.get("label", n), "country": d.get("country", ""),
              "events": d.get("events", 0), "x": norm(float(pos[n][0]), x0, x1),
              "y": norm(float(pos[n][1]), y0, y1)} for n, d in graph.nodes(data=True)]
    edges = [{"source": s, "target": t, **d} for s, t, d in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


def write_network(graph: nx.DiGraph, path: str | Path, fmt: str = "gexf") -> Path:
    """Write the graph as GEXF or GraphML (networkx writers)."""
    out = Path(path)
    if fmt == "gexf":
        nx.write_gexf(graph, out)
    elif fmt == "graphml":
        nx.write_graphml(graph, out)
    else:
        raise ValueError(f"network format must be gexf or graphml, not {fmt!r}")
    return out
