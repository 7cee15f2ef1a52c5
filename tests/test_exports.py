"""Exports: round trips (export, re-read, compare) in every format, GDELT and PLOVER layouts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.exports import (
    FORMATS,
    export_events,
    gdelt_columns,
    global_event_id,
    read_gdelt,
)
from detente.queries import EventFilter
from detente.store import Store
from tests.conftest import shared_path
from tests.store_factories import make_db


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = make_db(tmp_path_factory.mktemp("ex") / "e.duckdb")
    st = Store(db, read_only=True)
    yield st
    st.close()


def _events(store: Store, include_negated: bool = False) -> dict[str, dict]:
    cur = store.con.execute(
        "SELECT * FROM events WHERE ? OR modality <> 'negated' ORDER BY id", [include_negated])
    cols = [c[0] for c in cur.description]
    return {r[0]: dict(zip(cols, r, strict=True)) for r in cur.fetchall()}


def test_gdelt_columns_data_file_matches_gdelt_header() -> None:
    cols = gdelt_columns()
    assert len(cols) == 61 and len(set(cols)) == 61
    assert cols[0] == "GLOBALEVENTID" and cols[-1] == "SOURCEURL"
    header = shared_path("ontology", "gdelt_schema",
                         "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")
    with header.open(encoding="utf-8") as fh:
        theirs = [r[0] for r in list(csv.reader(fh))[1:]]
    assert tuple(theirs) == cols


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_tabular_round_trip(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    n = export_events(store.con, fmt, out)
    expected = _events(store)
    assert n == len(expected) == 8
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    elif fmt == "csv":
        with out.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
    else:
        rows = pq.read_table(out).to_pylist()
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids) == n
    for row in rows:
        ev = expected[row["id"]]
        for col in ("article_id", "cameo", "source_country", "target_country", "sentence",
                    "cluster_id", "trigger_text"):
            assert str(row[col]) == str(ev[col]), (fmt, col)
        assert float(row["goldstein"]) == ev["goldstein"]
        assert int(row["quad_class"]) == ev["quad_class"]
    threat = next(r for r in rows if r["id"] == "a2-e0")
    assert int(threat["num_articles"]) == 3 and int(threat["num_sources"]) == 3


def test_gdelt_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    n = export_events(store.con, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 8
    assert all(line.count("\t") == 60 for line in lines)
    assert not lines[0].startswith("GLOBALEVENTID")  # no header, like GDELT
    rows = read_gdelt(out)
    expected = _events(store)
    by_gid = {global_event_id(i): ev for i, ev in expected.items()}
    assert len({r["GLOBALEVENTID"] for r in rows}) == n
    for r in rows:
        ev = by_gid[int(r["GLOBALEVENTID"])]
        assert r["Actor1CountryCode"] == ev["source_country"]
        assert r["Actor2CountryCode"] == (ev["target_country"] or "")
        assert r["Actor1Code"] == ev["source_country"] + ev["source_sector"]
        assert r["EventCode"] == ev["cameo"] and r["EventRootCode"] == ev["cameo_root"]
        assert r["EventBaseCode"] == ev["cameo"][:3]
        assert int(r["QuadClass"]) == ev["quad_class"]
        assert float(r["GoldsteinScale"]) == ev["goldstein"]
        assert r["SQLDATE"] == ev["event_date"].strftime("%Y%m%d")
        assert r["AvgTone"] == ""
    call = next(r for r in rows if int(r["GLOBALEVENTID"]) == global_event_id("a1-e0"))
    assert call["Actor1Name"] == "JOE BIDEN" and call["IsRootEvent"] == "1"
    assert call["ActionGeo_FullName"] == "Washington" and call["ActionGeo_Type"] == "3"
    assert call["SOURCEURL"] == "https://example.org/a1" and len(call["DATEADDED"]) == 14
    threat = next(r for r in rows if int(r["GLOBALEVENTID"]) == global_event_id("a2-e0"))
    assert (threat["NumMentions"], threat["NumSources"], threat["NumArticles"]) == ("3", "3", "3")
    assert threat["SOURCEURL"] == "detente:a2" and threat["ActionGeo_Type"] == "4"


def test_plover_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    n = export_events(store.con, "plover", out, EventFilter(include_negated=True))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == len(records) == 9
    attack = next(r for r in records if r["id"] == "a4-e0")
    assert attack["event"] == ["ASSAULT"] and attack["event_type"] == "ASSAULT"
    assert attack["actor"][0]["code"] == "RUS" and attack["recipient"][0]["code"] == "UKR"
    assert attack["actor1"] == "Russia" and attack["actor2"] == "Ukraine"
    assert attack["quad_code"] == 4 and attack["event_scale"] == -10.0
    assert attack["event_loc"]["resolved_place"] == "Kyiv" and attack["date"] == "2024-05-20"
    assert attack["context"] == [] and attack["event_text"] == ["attacked"]
    call = next(r for r in records if r["id"] == "a1-e0")
    assert call["mode"] == ["phone"]


def test_filters_apply_to_exports(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "f.jsonl"
    assert export_events(store.con, "jsonl", out, EventFilter(country="RUS")) == 1
    assert export_events(store.con, "jsonl", out, EventFilter(source="CHN", cameo="13")) == 3
    assert export_events(store.con, "jsonl", out,
                         EventFilter(start_date="2024-05-01", end_date="2024-06-30")) == 3
    with pytest.raises(ValueError, match="format"):
        export_events(store.con, "xml", out)
    with pytest.raises(ValueError, match="quad_class"):
        export_events(store.con, "jsonl", out, EventFilter(quad_class=7))
    assert set(FORMATS) == {"jsonl", "csv", "parquet", "gdelt", "plover"}


def test_cli_export_cluster_and_network(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    db = make_db(tmp_path / "cli.duckdb")
    runner = CliRunner()
    out = tmp_path / "usa.tsv"
    r = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "--out", str(out),
                            "--country", "USA", "--quad-class", "3"])
    assert r.exit_code == 0, r.output
    assert len(read_gdelt(out)) == 4
    r = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", "--out", str(out)])
    assert r.exit_code != 0 and "format must be one of" in r.output
    r = runner.invoke(app, ["cluster", "--db", str(db)])
    assert r.exit_code == 0
    r = runner.invoke(app, ["network", "--db", str(db), "--out", str(tmp_path / "n.gexf")])
    assert r.exit_code == 0 and (tmp_path / "n.gexf").read_text().startswith("<?xml")


def test_gdelt_country_codes_are_fips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    export_events(store.con, "gdelt", out)
    rows = {int(r["GLOBALEVENTID"]): r for r in read_gdelt(out)}
    call = rows[global_event_id("a1-e0")]  # Biden (USA) calls Xi (CHN), in Washington
    assert call["ActionGeo_CountryCode"] == "US"
    assert (call["Actor1Geo_CountryCode"], call["Actor2Geo_CountryCode"]) == ("US", "CH")
    attack = rows[global_event_id("a4-e0")]  # Russia attacks Ukraine, in Kyiv
    assert attack["ActionGeo_CountryCode"] == "UP"
    assert (attack["Actor1Geo_CountryCode"], attack["Actor2Geo_CountryCode"]) == ("RS", "UP")
    for r in rows.values():
        assert (r["ActionGeo_CountryCode"] == "") == (r["ActionGeo_FullName"] == "")
