"""The seed article ingested alone: a USA-CHN dyad whose 2024-04 period shows both cooperation
and conflict, and a GDELT export with one row per event and the right codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.analytics import dyad_periods
from detente.exports import export_events, global_event_id, read_gdelt
from detente.queries import EventFilter
from detente.store import Store
from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from detente.runner import ingest

    seed = shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl")
    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    summary = ingest([str(seed)], db)
    assert summary.coded == 1
    return db


def test_seed_usa_chn_april_has_cooperation_and_conflict(seed_db: Path) -> None:
    with Store(seed_db, read_only=True) as store:
        res = dyad_periods(store.con, "USA", "CHN", by="month")
    april = {r["period"]: r for r in res["series"]}.get(dt.date(2024, 4, 1))
    assert april is not None, res
    assert april["verbal_coop"] + april["material_coop"] >= 1  # the call, the planned visits
    assert april["verbal_conflict"] + april["material_conflict"] >= 1  # accusation, threat


def test_seed_gdelt_export_one_row_per_event(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.gdelt.tsv"
    with Store(seed_db, read_only=True) as store:
        n = export_events(store.con, "gdelt", out, EventFilter(include_negated=True))
        cur = store.con.execute(
            "SELECT id, source_country, target_country, cameo, quad_class, goldstein FROM events")
        events = {global_event_id(r[0]): r for r in cur.fetchall()}
    rows = read_gdelt(out)
    assert n == len(rows) == len(events) > 0
    assert len({r["GLOBALEVENTID"] for r in rows}) == n
    for r in rows:
        _, src, tgt, cameo, quad, gold = events[int(r["GLOBALEVENTID"])]
        assert r["Actor1CountryCode"] in (src, "")
        assert r["Actor2CountryCode"] in (tgt or "", "")
        assert r["EventCode"] == cameo and int(r["QuadClass"]) == quad
        assert float(r["GoldsteinScale"]) == gold
        assert r["SQLDATE"].startswith("2024")
    usa_chn = [r for r in rows if {r["Actor1CountryCode"], r["Actor2CountryCode"]} == {"USA", "CHN"}]
    assert usa_chn, "no USA-CHN event in the GDELT export"
    assert {r["QuadClass"] for r in usa_chn} & {"1", "2"}
    assert {r["QuadClass"] for r in usa_chn} & {"3", "4"}
