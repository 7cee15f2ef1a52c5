"""The places data tables: well-formed rows, valid codes and kinds, plausible coordinates."""

from __future__ import annotations

from importlib import resources

import pycountry
import pytest

from detente.geo.gazetteer import _rows

KINDS = {"water", "region", "continent", "territory"}


def _iso3_ok(code: str) -> bool:
    if code == "XKX" or pycountry.countries.get(alpha_3=code) is not None:
        return True
    return pycountry.historic_countries.get(alpha_3=code) is not None  # e.g. SCG, for old wires


@pytest.mark.parametrize("name", ["countries.tsv", "us_states.tsv", "admin1.tsv", "features.tsv"])
def test_tables_are_packaged_and_parse(name: str) -> None:
    assert resources.files("detente").joinpath("data", "places", name).is_file()
    rows = _rows(name)
    assert rows
    widths = {len(r) for r in rows}
    assert max(widths) <= 6


def test_countries_table() -> None:
    rows = _rows("countries.tsv")
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    for iso3, _name, lat, lon, _demonym, kind in rows:
        assert _iso3_ok(iso3), iso3
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert kind in {"country", "territory"}
    kinds = {r[0]: r[5] for r in rows}
    assert kinds["HKG"] == "territory" and kinds["CHN"] == "country"


def test_us_states_table() -> None:
    rows = _rows("us_states.tsv")
    assert len(rows) == 51  # 50 states and DC
    for row in rows:
        lat, lon = float(row[2]), float(row[3])
        assert 18 <= lat <= 72 and -170 <= lon <= -66, row[1]


def test_admin1_and_features_tables() -> None:
    for country, _name, lat, lon, *_ in _rows("admin1.tsv"):
        assert _iso3_ok(country)
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
    names = set()
    for row in _rows("features.tsv"):
        name, kind, country, lat, lon = row[:5]
        assert kind in KINDS, name
        assert not country or _iso3_ok(country), name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert name not in names
        names.add(name)
    assert {"South China Sea", "Taiwan Strait", "Asia", "Middle East", "Gaza Strip", "West Bank",
            "Kashmir", "Crimea", "Donbas"} <= names


def test_admin2_table_has_every_us_county_with_a_point_inside_it() -> None:
    rows = _rows("admin2.tsv")
    assert sum(1 for r in rows if r[0] == "USA") > 3000
    for country, admin1, name, lat, lon, population in rows:
        assert _iso3_ok(country) and admin1 and name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and int(population) >= 0


def test_county_lies_near_its_seat_and_not_in_another_state() -> None:
    from detente.evaluation.places import haversine_km
    from detente.geo.gazetteer import gazetteer

    gaz = gazetteer()
    counties = {e.admin1: e for e in gaz.candidates("Lancaster County") if e.kind == "admin2"}
    assert {"PA", "NE", "SC", "VA"} <= set(counties)
    seat = max((e for e in gaz.candidates("Lancaster") if e.kind == "city" and e.admin1 == "PA"),
               key=lambda e: e.population)
    pa = counties["PA"]
    assert pa.country == "USA" and not pa.approximate
    assert haversine_km(pa.lat, pa.lon, seat.lat, seat.lon) < 40
    assert haversine_km(pa.lat, pa.lon, counties["NE"].lat, counties["NE"].lon) > 1000


def test_admin1_codes_table_and_provinces_share_their_cities_codes() -> None:
    from detente.geo.gazetteer import gazetteer

    rows = _rows("admin1_codes.tsv")
    assert len(rows) > 3000
    for country, code, name, lat, lon in rows:
        assert _iso3_ok(country) and code and name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
    gaz = gazetteer()
    alberta = next(e for e in gaz.candidates("Alberta") if e.kind == "admin1")
    edmonton = max((e for e in gaz.candidates("Edmonton") if e.country == "CAN"), key=lambda e: e.population)
    assert alberta.admin1 == edmonton.admin1
    # a province without a centroid of our own sits among its towns, not at its country's centre
    punjab = next(e for e in gaz.candidates("Punjab") if e.country == "PAK" and e.kind == "admin1")
    assert 28 < punjab.lat < 34 and 70 < punjab.lon < 75


def test_country_code_domain_exceptions() -> None:
    rows = _rows("cctlds.tsv")
    assert rows
    for row in rows:
        tld, iso3 = row[0], row[1] if len(row) > 1 else ""
        assert len(tld) == 2 and tld.isalpha() and tld.islower(), tld
        assert not iso3 or _iso3_ok(iso3), iso3
    assert {r[0]: (r[1] if len(r) > 1 else "") for r in rows}["uk"] == "GBR"
