"""The ISO 3166 alpha-3 -> FIPS 10-4 table behind GDELT's country-code columns (issue 14, item 15)."""

from __future__ import annotations

import re

import pycountry
import pytest

from detente.exports import fips_code, iso3_to_fips
from detente.geo.gazetteer import _rows


@pytest.mark.parametrize(("iso3", "fips"), [
    ("DEU", "GM"), ("GBR", "UK"), ("CHN", "CH"), ("USA", "US"), ("JPN", "JA"), ("RUS", "RS"),
    ("UKR", "UP"), ("ISR", "IS"), ("PSE", "WE"), ("XKX", "KV"), ("SSD", "OD"), ("AUT", "AU"),
    ("AUS", "AS"), ("SRB", "RI"), ("KOR", "KS"), ("PRK", "KN"), ("IRQ", "IZ"), ("ESP", "SP"),
])
def test_known_pairs(iso3: str, fips: str) -> None:
    assert fips_code(iso3) == fips


def test_unknown_and_non_country_codes_have_no_fips() -> None:
    assert fips_code(None) == "" and fips_code("") == ""
    assert fips_code("NATO") == "" and fips_code("UNO") == "" and fips_code("ZZZ") == ""


def test_table_is_well_formed() -> None:
    table = iso3_to_fips()
    assert len(table) > 240
    for iso3, fips in table.items():
        assert re.fullmatch(r"[A-Z]{3}", iso3), iso3
        assert re.fullmatch(r"[A-Z]{2}", fips), (iso3, fips)
        assert (iso3 == "XKX" or pycountry.countries.get(alpha_3=iso3) is not None
                or pycountry.historic_countries.get(alpha_3=iso3) is not None), iso3
    # FIPS codes are unique per country.
    assert len(set(table.values())) == len(table)


def test_every_current_country_of_the_gazetteer_has_a_fips_code() -> None:
    missing = {r[0] for r in _rows("countries.tsv") if r[5] == "country"} - set(iso3_to_fips())
    assert missing == set()
