"""Events, round 41: intergovernmental bodies of the Cold War and of commodity trade; attacks on
a forecast or a report as criticism; "charged X, Y and Z with ..." when the parse hangs "with"
on the last name (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _events(text: str, date: str = "1987-04-08", dateline: str | None = None
            ) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, date, dateline=dateline))


@pytest.mark.parametrize(("text", "actor_id"), [
    pytest.param("Soviet-led Comecon rejected a proposal from the European Community on Monday.",
                 "org:comecon", id="comecon"),
    pytest.param("Kenya called on the ICO to convene another meeting of coffee producers.",
                 "org:ico_coffee", id="coffee-organisation"),
    pytest.param("The Group of Five criticised Japan's trade surplus on Monday.", "org:g5",
                 id="group-of-five"),
])
def test_intergovernmental_bodies_are_reported_as_igo(text: str, actor_id: str) -> None:
    record = _code(text, "1987-04-08")
    sides = [side for e in record["events"] for side in (e["source"], e["target"]) if side]
    body = [s for s in sides if s.get("actor_id") == actor_id]
    assert body and all(s["country"] == "IGO" for s in body), sides


def test_an_attack_on_forecasts_is_criticism() -> None:
    got = _events("Kenya attacked the World Bank's growth forecasts on Monday.")
    assert ("KEN", "WBK", "111") in got, got
    assert all(code[:2] != "19" for _, _, code in got), got


def test_an_attack_on_positions_is_still_an_assault() -> None:
    got = _events("Ugandan troops attacked Kenyan army positions near the border.")
    assert any(code[:2] == "19" for _, _, code in got), got


def test_charged_a_list_of_names_with_a_wrong() -> None:
    got = _events("Kenya charged Uganda, Tanzania and the EC Commission with unfair practices.")
    for target in ("UGA", "TZA", "EUR"):
        assert ("KEN", target, "1121") in got, got


@pytest.mark.parametrize(("text", "dateline", "name", "want"), [
    pytest.param("Chavez urged the assembly to dissolve Congress. Congress rejected the move.",
                 "CARACAS", "Congress", "VEN", id="venezuelan-congress"),
    pytest.param("President Aquino said the Senate would vote on the bases treaty next week.",
                 "MANILA", "the Senate", "PHL", id="philippine-senate"),
    pytest.param("Congress voted on Tuesday to cut aid to Iraq, officials in Baghdad said.",
                 "BAGHDAD", "Congress", "USA", id="us-congress-abroad"),
    pytest.param("The Senate approved the budget on Tuesday.", "WASHINGTON", "The Senate", "USA",
                 id="us-senate"),
])
def test_a_legislature_many_states_name_alike_is_the_story_country_s(
        text: str, dateline: str, name: str, want: str) -> None:
    record = _code(text, "1999-07-26", dateline=dateline)
    got = {m["country"] for m in record["mentions"] if m["text"] == name}
    assert got == {want}, record["mentions"]


@pytest.mark.parametrize(("text", "dateline", "name", "want"), [
    pytest.param("Georgia Governor Zell Miller criticized the federal government on Tuesday.",
                 "ATLANTA", "Georgia Governor Zell Miller", "USA", id="governor-in-atlanta"),
    pytest.param("A court in Georgia ordered the company to pay damages.", "ATLANTA", "A court",
                 "USA", id="court-in-atlanta"),
    pytest.param("The auditor said the firm was in contempt of the Fulton County Superior Court "
                 "in Georgia.", None, "Georgia", "USA", id="county-of-the-state"),
    pytest.param("Georgia accused Russia of bombing its territory near Tbilisi.", None, "Georgia",
                 "GEO", id="the-country"),
    pytest.param("Georgia and the United States signed a defence pact.", "WASHINGTON", "Georgia",
                 "GEO", id="the-country-in-washington"),
])
def test_georgia_is_the_us_state_where_the_story_is_set_there(
        text: str, dateline: str | None, name: str, want: str) -> None:
    record = _code(text, "1995-05-02", dateline=dateline)
    got = {m["country"] for m in record["mentions"] if m["text"] == name}
    assert got == {want}, record["mentions"]
