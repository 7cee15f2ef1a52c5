"""States of the past (state_eras.tsv): the data file and the day a country's era ends."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors.data import valid_country_code
from detente.actors.eras import actor_on, country_on, load_eras
from detente.records import Actor


def test_every_era_names_valid_codes_and_ends_after_it_starts() -> None:
    eras = load_eras()
    assert {"RUS", "UKR", "SRB", "CZE"} <= set(eras)
    for code, rows in eras.items():
        for era in rows:
            assert valid_country_code(code) and valid_country_code(era.part_of)
            assert era.since < era.until


@pytest.mark.parametrize(("code", "day", "want"), [
    ("RUS", dt.date(1987, 4, 1), "SUN"),
    ("RUS", dt.date(1991, 12, 25), "SUN"),
    ("RUS", dt.date(1991, 12, 26), "RUS"),
    ("UKR", dt.date(1991, 12, 1), "UKR"),  # independent since August 1991
    ("SRB", dt.date(1999, 4, 1), "YUG"),
    ("SRB", dt.date(2005, 4, 1), "SCG"),
    ("SRB", dt.date(2007, 1, 1), "SRB"),
    ("HRV", dt.date(1995, 1, 1), "HRV"),
    ("CZE", dt.date(1990, 1, 1), "CSK"),
    ("FRA", dt.date(1987, 4, 1), "FRA"),
    ("RUS", None, "RUS"),
])
def test_country_on_a_day(code: str, day: dt.date | None, want: str) -> None:
    assert country_on(code, day) == want


def test_a_country_actor_takes_the_historic_id_and_others_keep_theirs() -> None:
    day = dt.date(1987, 4, 1)
    state = actor_on(Actor("Russia", "RUS", "GOV", id="country:RUS", kind="country"), day)
    assert (state.country, state.id) == ("SUN", "country:SUN")
    person = Actor("A. Smith", "RUS", "GOV", id="person:a-smith", kind="person")
    assert actor_on(person, day).id == "person:a-smith"
    same = Actor("France", "FRA", id="country:FRA", kind="country")
    assert actor_on(same, day) is same


def test_every_dated_alias_is_an_alias_of_its_organisation() -> None:
    from detente.actors.data import data_dir, load_builtin, read_tsv

    organisations = load_builtin().organisations
    rows = [r for _, r in read_tsv(data_dir() / "alias_eras.tsv", columns=("alias", "org", "until"))]
    assert rows
    for r in rows:
        org = organisations.get(f"org:{r['org']}") or organisations.get(f"group:{r['org']}")
        assert org is not None and r["alias"] in org.aliases, r


@pytest.mark.parametrize(("day", "want"), [
    (dt.date(1987, 4, 1), False), (dt.date(1993, 10, 31), False), (dt.date(1993, 11, 1), True),
    (None, False),
])
def test_ec_names_the_european_community_until_maastricht(day: dt.date | None, want: bool) -> None:
    from detente.actors.eras import alias_ended

    assert alias_ended("EC", day) is want
    assert alias_ended("EU", day) is False
