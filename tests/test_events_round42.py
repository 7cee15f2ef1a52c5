"""Events, round 42: a visit's destination named before the noun ("his Washington visit"), "the
Fund" after the International Monetary Fund, a province of the story's country before a town of
that name abroad (sentences of our own)."""

from __future__ import annotations

import pytest

from detente.actors.gazetteer import place_country
from tests.test_events_round26 import _code, _triples


def _events(text: str, date: str = "1987-04-08", dateline: str | None = None
            ) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, date, dateline=dateline))


def test_a_place_before_a_visit_noun_is_its_destination() -> None:
    got = _events("Kaifu hopes to settle the row during his three-day Washington visit next week.",
                  dateline="TOKYO")
    assert ("JPN", "USA", "042") in got, got


def test_the_visitor_s_own_capital_is_no_destination() -> None:
    got = _events("Bush cancelled his planned Washington visit to the Senate committee.",
                  dateline="TOKYO")
    assert not any(code == "042" and src == tgt == "USA" for src, tgt, code in got), got


def test_the_fund_after_the_imf_is_the_imf() -> None:
    got = _events("Zambia, which owes the IMF 800 mln dlrs, will resume talks with the Fund in "
                  "May, officials said.", dateline="LUSAKA")
    assert ("ZMB", "IMF", "040") in got or any(
        src == "ZMB" and tgt == "IMF" and code.startswith("04") for src, tgt, code in got), got


def test_a_fund_with_no_body_named_before_is_no_imf() -> None:
    record = _code("The fund bought shares in three Zambian mines on Monday.", "1987-04-08",
                   dateline="LUSAKA")
    sides = [side for e in record["events"] for side in (e["source"], e["target"]) if side]
    assert all(s.get("country") != "IMF" for s in sides), sides


@pytest.mark.parametrize(("name", "story", "want"), [
    pytest.param("Parana", "BRA", "BRA", id="brazilian-state-not-argentine-city"),
    pytest.param("Parana", None, "ARG", id="no-story-the-largest-place"),
    pytest.param("Punjab", "PAK", "PAK", id="province-of-the-story-country"),
    pytest.param("London", "CAN", "GBR", id="a-town-is-no-province"),
])
def test_a_province_of_the_story_s_country_comes_before_a_town_abroad(
        name: str, story: str | None, want: str) -> None:
    hit = place_country(name, story=story)
    assert hit is not None and hit[0] == want, hit


def test_farmers_of_a_brazilian_state_are_brazilian() -> None:
    record = _code("Farmers in the state of Parana blocked the entrances of banks on Monday. "
                   "Parana farmers also protested against interest rates.", "1987-04-08",
                   dateline="SAO PAULO")
    parana = [m for m in record["mentions"] if m["text"] == "Parana"]
    assert parana and all(m["country"] == "BRA" for m in parana), parana



def test_every_name_of_a_list_the_parse_splits_by_apposition_acts() -> None:
    got = _events("The United States, NATO and the United Nations all called on Greece to "
                  "exercise restraint.")
    for source in ("USA", "NATO", "UNO"):
        assert (source, "GRC", "020") in got, got


def test_a_description_in_apposition_adds_no_actor() -> None:
    got = _events("Kenya, a member of the African Union and the Commonwealth, criticised Uganda.")
    assert got == [("KEN", "UGA", "111")], got


def test_move_troops_is_a_mobilisation() -> None:
    got = _events("Israel moved tanks and troops into southern Lebanon on Monday.")
    assert ("ISR", "LBN", "154") in got, got
    assert _events("The company moved its headquarters to Texas.") == []


def test_people_met_in_a_foreign_capital_are_of_its_country() -> None:
    got = _events("In Nairobi, Uganda's finance minister is due to meet private bankers.")
    assert ("UGA", "KEN", "040") in got, got


def test_people_met_with_no_place_named_stay_the_story_s() -> None:
    got = _events("Uganda's finance minister met private bankers on Monday.", dateline="KAMPALA")
    assert ("UGA", "UGA", "040") in got, got
