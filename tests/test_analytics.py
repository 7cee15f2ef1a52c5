"""Analytics over a hand-made store: dyad series, tension index, rankings, network, quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest

from detente import analytics as A
from detente.network import actor_network, network_json, write_network
from detente.store import Store
from tests.store_factories import make_db


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = make_db(tmp_path_factory.mktemp("an") / "a.duckdb")
    store = Store(db, read_only=True)
    yield store.con
    store.close()


def test_dyad_series_legacy_counts_raw_events(con) -> None:  # type: ignore[no-untyped-def]
    rows = A.dyad_series(con, "USA", "CHN", by="month")
    april = {r["direction"]: r for r in rows if r["period"] == dt.date(2024, 4, 1)}
    assert april["A->B"]["verbal_coop"] == 1 and april["A->B"]["verbal_conflict"] == 1
    assert april["B->A"]["verbal_conflict"] == 3  # three reports of one threat
    with pytest.raises(ValueError, match="period"):
        A.dyad_series(con, "USA", "CHN", by="decade")


def test_dyad_periods_counts_clusters_and_mixes_coop_and_conflict(con) -> None:  # type: ignore[no-untyped-def]
    res = A.dyad_periods(con, "USA", "CHN", by="month")
    series = {r["period"]: r for r in res["series"]}
    april = series[dt.date(2024, 4, 1)]
    # call (coop) + accusation + one threat cluster (3 reports); negated deal excluded
    assert april["events"] == 3
    assert april["verbal_coop"] == 1 and april["verbal_conflict"] == 2
    assert april["conflict_share"] == pytest.approx(2 / 3, abs=1e-3)
    assert april["goldstein_sum"] == pytest.approx(1.0 - 2.0 - 4.4)
    # May has no USA-CHN events: filled with zeros, index relaxes toward neutral
    may = series[dt.date(2024, 5, 1)]
    assert may["events"] == 0 and abs(may["tension"]) < abs(april["tension"])
    june = series[dt.date(2024, 6, 1)]
    assert june["material_coop"] == 1 and june["tension"] < may["tension"]
    raw = A.dyad_periods(con, "USA", "CHN", by="month", unit="events", include_negated=True)
    assert {r["period"]: r for r in raw["series"]}[dt.date(2024, 4, 1)]["events"] == 6


def test_dyad_periods_directed(con) -> None:  # type: ignore[no-untyped-def]
    res = A.dyad_periods(con, "USA", "CHN", by="month", directed=True)
    a_b = {r["period"]: r for r in res["series"]}
    b_a = {r["period"]: r for r in res["reverse"]}
    assert a_b[dt.date(2024, 4, 1)]["events"] == 2
    assert b_a[dt.date(2024, 4, 1)]["events"] == 1
    assert b_a[dt.date(2024, 6, 1)]["events"] == 1


def test_tension_index_definition_and_alerts() -> None:
    calm = [{"events": 4, "goldstein_sum": 8.0}] * 6
    spike = [{"events": 5, "goldstein_sum": -40.0}]
    rows = A.tension_index(calm + spike + [{"events": 0, "goldstein_sum": 0.0}])
    assert rows[0]["tension_raw"] == pytest.approx(-8 / 5)
    assert rows[0]["tension"] == pytest.approx(-0.8)
    assert all(r["alert"] is None for r in rows[:6])
    assert rows[6]["alert"] == "escalation" and rows[6]["tension"] > 0
    assert rows[7]["tension"] == pytest.approx(rows[6]["tension"] / 2)
    back = A.tension_index(spike * 4 + calm[:1])
    assert back[-1]["alert"] == "de-escalation"
    lone = A.tension_index([{"events": 1, "goldstein_sum": -10.0}])
    assert lone[0]["alert"] is None  # one event is not a significant shift


def test_actor_rankings(con) -> None:  # type: ignore[no-untyped-def]
    top = A.actor_rankings(con, level="country")
    assert top[0]["key"] == "USA"
    conflict = A.actor_rankings(con, metric="conflict", limit=2)
    assert {r["key"] for r in conflict} <= {"USA", "CHN", "RUS", "UKR"}
    actors = A.actor_rankings(con, level="actor", q="xi")
    assert [r["label"] for r in actors] == ["Xi Jinping"]
    with pytest.raises(ValueError):
        A.actor_rankings(con, metric="nonsense")
    with pytest.raises(ValueError):
        A.actor_rankings(con, level="planet")


def test_actor_timeline(con) -> None:  # type: ignore[no-untyped-def]
    rows = A.actor_timeline(con, "CHN", by="month")
    by_period = {r["period"]: r for r in rows}
    assert by_period[dt.date(2024, 4, 1)]["as_source"] == 1
    assert by_period[dt.date(2024, 4, 1)]["as_target"] == 2
    assert A.actor_timeline(con, "Xi Jinping")[0]["events"] >= 1


def test_quotes_by_speaker_and_about(con) -> None:  # type: ignore[no-untyped-def]
    by_xi = A.quotes(con, speaker="Xi Jinping")
    assert by_xi["total"] == 2
    about_usa = A.quotes(con, about="USA")
    assert about_usa["total"] == 2
    assert A.quotes(con, speaker="Japan")["total"] == 0
    assert A.quotes(con, q="provocation", limit=1)["items"][0]["text"].endswith("provocation")


def test_locations(con) -> None:  # type: ignore[no-untyped-def]
    locs = {r["name"]: r for r in A.locations(con)}
    assert locs["Beijing"]["events"] == 1  # one cluster, two reports
    assert locs["Kyiv"]["goldstein_mean"] == -10.0


def test_network_and_exports(con, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = actor_network(con)
    assert g.has_edge("RUS", "UKR") and g.edges["RUS", "UKR"]["goldstein_mean"] == -10.0
    assert g.edges["CHN", "USA"]["weight"] == 2  # threat cluster + cooperation
    data = network_json(g)
    assert {n["id"] for n in data["nodes"]} >= {"USA", "CHN", "RUS", "UKR", "JPN"}
    assert all(0 <= n["x"] <= 1 for n in data["nodes"])
    for fmt in ("gexf", "graphml"):
        path = write_network(g, tmp_path / f"n.{fmt}", fmt)
        back = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
        assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    people = actor_network(con, level="actor")
    assert people.has_edge("person:xi-jinping", "country:USA")


def test_summary_still_works(con) -> None:  # type: ignore[no-untyped-def]
    s = A.summary(con)
    assert s["articles"] == 5 and s["events_by_quad_class"][3] >= 3


def test_first_period_is_never_an_alert() -> None:
    rows = A.tension_index([{"events": 5, "goldstein_sum": -40.0}])
    assert rows[0]["tension"] > 0 and rows[0]["alert"] is None
