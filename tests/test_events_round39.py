"""Events, round 39: a plural noun whose members are listed; roadblocks; a decision not to act;
applying to join; contact made and issues raised with someone; a group led by someone; an
attacker named on the weapon; a complaint in a letter; retaliation vowed; coordinated agents
sharing one "of" phrase; a soldier named after his description; heads of international bodies
in the 1980s (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find
from tests.test_actors_round24 import dated_mentions
from tests.test_events_round26 import _code, _triples


def _record(text: str) -> dict:
    return _code(text, "2005-04-08", dateline="NAIROBI")


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_record(text))


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Kenya has asked at least three countries, including Uganda, Tanzania and Rwanda, "
                 "for the use of their ports.",
                 [("KEN", "UGA", "020"), ("KEN", "TZA", "020"), ("KEN", "RWA", "020")],
                 id="countries-including"),
    pytest.param("Kenya invited several countries, including Uganda and Tanzania, to the summit.",
                 [("KEN", "UGA", "036"), ("KEN", "TZA", "036")], id="invited-including"),
    pytest.param("Ugandan soldiers set up roadblocks around the main towns.",
                 [("UGA", None, "191")], id="forces-roadblocks"),
    pytest.param("Kenyan protesters set up roadblocks on the main highway.",
                 [("KEN", "KEN", "144")], id="protesters-roadblocks"),
    pytest.param("Kenya decided not to accept Uganda's offer of troops.",
                 [("KEN", "UGA", "120")], id="decided-not-to-accept"),
    pytest.param("Kenya, which will formally apply to join the Arab League, faces obstacles.",
                 [("KEN", "IGO", "020")], id="apply-to-join"),
    pytest.param("Kenya's envoy made contact with his Ugandan counterpart on Friday.",
                 [("KEN", "UGA", "040")], id="make-contact"),
    pytest.param("Kenya raised the issue with Uganda's foreign minister.",
                 [("KEN", "UGA", "040")], id="raise-issue-with"),
    pytest.param("A delegation led by Uganda's foreign minister visited Kenya on Monday.",
                 [("UGA", "KEN", "042")], id="delegation-led-by"),
    pytest.param("The attack followed a Ugandan Scud missile strike on a Kenyan border post.",
                 [("UGA", "KEN", "195")], id="attacker-on-the-weapon"),
    pytest.param("Kenya's president wrote to Uganda's president, complaining about the raids.",
                 [("KEN", "UGA", "114")], id="wrote-to-complaining"),
    pytest.param("Kenya vowed retaliation against Uganda's rebels.",
                 [("KEN", "UGA", "138")], id="vowed-retaliation"),
])
def test_round_39_events(text: str, want: list[tuple[str, str | None, str]]) -> None:
    got = _events(text)
    assert all(w in got for w in want), got


def test_twelve_people_including_an_official_stay_the_people() -> None:
    got = _events("Kenyan police detained 12 people, including the head of Amnesty "
                  "International's Kenya office, in Nairobi.")
    assert got == [("KEN", "KEN", "173")], got


def test_a_decision_to_accept_is_no_refusal() -> None:
    got = _events("Kenya decided to accept Uganda's offer of troops.")
    assert ("KEN", "UGA", "120") not in got and ("KEN", "UGA", "030") in got, got


def test_a_past_failure_to_accept_is_no_stated_refusal() -> None:
    record = _record("Kenya did not accept Uganda's offer of troops.")
    assert not [e for e in record["events"] if e["cameo"].startswith("12")], record["events"]


def test_the_group_led_by_someone_is_still_the_group_named_before() -> None:
    record = _record("Al-Shabaab claimed the attack in Nairobi. The group, led by a Somali "
                     "commander, is threatening to attack Kenyan towns.")
    threats = [e for e in record["events"] if e["cameo"] == "138" or e["cameo"].startswith("13")]
    assert threats and all(e["source"]["name"] != "Somalia" for e in threats), threats


def test_coordinated_agents_share_the_last_ones_of_phrase() -> None:
    record = _record("Finance ministers and central bank governors of the Group of Seven will "
                     "meet on Friday.")
    assert {(e["source"]["country"], e["source"]["name"]) for e in record["events"]
            if e["cameo"] == "040"} == {("IGO", "G7")}


def test_a_ranked_stranger_takes_the_country_of_the_soldier_described_before() -> None:
    text = ("The Ugandan soldier was seized on Monday. Corporal John Okello was captured by "
            "rebels near the border.")
    assert find(dated_mentions(text, "NAIROBI"), "Corporal John Okello").actor.country == "UGA"


def test_a_titled_official_is_not_placed_by_an_earlier_description() -> None:
    text = ("The Ugandan minister arrived in Nairobi on Monday. He met Minister John Kamau, "
            "who spoke of trade.")
    assert find(dated_mentions(text, "NAIROBI"), "Minister John Kamau").actor.country == "KEN"


@pytest.mark.parametrize(("date", "country"), [("1987-03-20", "EUR"), ("1983-03-20", "FRA")])
def test_delors_is_the_commissions_president_from_1985(date: str, country: str) -> None:
    got = dated_mentions("Jacques Delors met Helmut Kohl in Bonn.", "BONN", date)
    assert find(got, "Jacques Delors").actor.country == country
