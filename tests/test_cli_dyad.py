"""`detente dyad` prints what the dashboard shows (clusters + tension index); `--raw` keeps the
raw-event table (issue 14, item 16)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.api import create_app
from detente.cli import app
from tests.store_factories import make_db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("dyad") / "dyad.duckdb")


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[TestClient]:
    server = create_app(db)
    with TestClient(server) as client:
        yield client
    server.state.store.close()


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, ["dyad", *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("directed", [False, True])
def test_json_is_the_dashboard_series(db: Path, api: TestClient, directed: bool) -> None:
    extra = ["--directed"] if directed else []
    printed = json.loads(_cli("USA", "CHN", "--db", str(db), "--json", *extra))
    served = api.get("/dyads/USA/CHN/series", params={"by": "month", "directed": directed}).json()
    assert printed == served
    assert printed["unit"] == "clusters" and "tension" in printed["series"][0]


def test_table_counts_clusters_with_tension(db: Path, api: TestClient) -> None:
    out = _cli("USA", "CHN", "--db", str(db))
    assert "event clusters" in out and "tension" in out and "USA<->CHN" in out
    served = api.get("/dyads/USA/CHN/series").json()["series"]
    april = next(r for r in served if r["period"] == "2024-04-01")
    line = next(ln for ln in out.splitlines() if "2024-04-01" in ln)
    cells = [c.strip() for c in line.strip("│┃| ").split("│")]
    # period, direction, four quad classes, clusters, mean Goldstein, tension, alert
    assert cells[2:7] == [str(april[k]) for k in ("verbal_coop", "material_coop", "verbal_conflict",
                                                   "material_conflict", "events")]
    assert cells[6] == "3"  # three event clusters (the threat reported three times is one)
    assert float(cells[8]) == pytest.approx(april["tension"])


def test_raw_keeps_the_event_table(db: Path) -> None:
    out = _cli("USA", "CHN", "--db", str(db), "--raw")
    assert "raw events" in out and "tension" not in out
    chn_usa = next(ln for ln in out.splitlines() if "2024-04-01" in ln and "CHN->USA" in ln)
    cells = [c.strip() for c in chn_usa.strip("│┃| ").split("│")]
    assert cells[4] == "3"  # verbal conflict: three reports of one threat, counted raw
    rows = json.loads(_cli("USA", "CHN", "--db", str(db), "--raw", "--json"))
    april = {r["direction"]: r for r in rows if r["period"] == "2024-04-01"}
    assert april["B->A"]["verbal_conflict"] == 3 and april["A->B"]["verbal_conflict"] == 1


def test_bad_period_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(app, ["dyad", "USA", "CHN", "--db", str(db), "--by", "decade"])
    assert result.exit_code != 0 and "period" in result.output
