"""Events, round 37: declining to consent rejects, refusing to elaborate declines comment and
refusing to be named is no event; words of scorn; a remand in custody; "opened the debate with an
attack on X" is the subject's attack; an unknown person titled head of a named body is the body's;
plain demonstrations; dismissing someone from a post; civilians who block police protest; lifting
martial law eases it; what an order or demand asks for has not happened (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find
from tests.test_actors_round24 import dated_mentions
from tests.test_events_round26 import _code, _triples


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2005-04-08", dateline="NAIROBI"))


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Kenya declined to sign the trade accord with Uganda.", ("KEN", "UGA", "120"),
                 id="decline-to-sign"),
    pytest.param("Kenya's finance minister refused to elaborate on Uganda's complaint.",
                 ("KEN", None, "011"), id="refuse-to-elaborate"),
    pytest.param("Kenya's opposition leader excoriated Uganda's president.",
                 ("KEN", "UGA", "111"), id="excoriate"),
    pytest.param("Kenya's opposition leader opened the debate with an attack on the Ugandan "
                 "president's record.", ("KEN", "UGA", "111"), id="opened-with-an-attack"),
    pytest.param("Kenya responded with air strikes on Ugandan villages.", ("KEN", "UGA", "195"),
                 id="responded-with-strikes"),
    pytest.param("Thousands of Kenyan students demonstrated in Nairobi on Friday.",
                 ("KEN", "KEN", "141"), id="demonstrated"),
    pytest.param("The Kenyan army dismissed Gen. John Mwangi over the affair.",
                 ("KEN", "KEN", "172"), id="dismiss-named-officer"),
    pytest.param("Kenyan farmers blocked Ugandan police from entering the village.",
                 ("KEN", "UGA", "144"), id="farmers-block-police"),
    pytest.param("Kenyan police blocked the Ugandan opposition leader from holding a rally.",
                 ("KEN", "UGA", "172"), id="police-block-leader"),
    pytest.param("The Kenyan government lifted martial law in the north.", ("KEN", "KEN", "081"),
                 id="lift-martial-law"),
])
def test_round_37_events(text: str, want: tuple[str, str | None, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "A Kenyan official who refused to be named said Uganda had closed the border.",
    "Kenya's finance minister declined to say whether Uganda would attend.",
])
def test_declining_to_be_named_or_to_say_rejects_no_one(text: str) -> None:
    assert not [e for e in _events(text) if e[2] == "120"]


def test_an_attack_opening_a_clause_without_an_agent_names_none() -> None:
    got = _events("The crisis began with an attack on Uganda's border post.")
    assert not [e for e in got if e[0] == "KEN" and e[2] == "190"], got


def test_an_act_an_order_asks_for_is_not_asserted() -> None:
    record = _code("Kenya's president rejected Uganda's order to expel the Tanzanian envoy.",
                   "2005-04-08", dateline="NAIROBI")
    expulsions = [e for e in record["events"] if e["cameo"].startswith("16")]
    assert all(e["modality"] != "asserted" for e in expulsions), expulsions


@pytest.mark.parametrize(("text", "rule"), [
    pytest.param("Kenya's opposition leader taunted Uganda's president over the vote.",
                 "lex1:taunt", id="taunt"),
    pytest.param("A Kenyan court remanded the Ugandan opposition leader in custody.",
                 "lex1:remand", id="remand"),
])
def test_scorn_and_remand_are_in_the_lexicon(text: str, rule: str) -> None:
    record = _code(text, "2005-04-08", dateline="NAIROBI")
    assert any(e["rule"].startswith(rule) for e in record["events"]), record["events"]


@pytest.mark.parametrize(("text", "name", "country"), [
    pytest.param("Kenya's president met John Mwangi, the director of the World Health "
                 "Organization, on Monday.", "John Mwangi", "UNO", id="director-of"),
    pytest.param("Kenya's president met the head of the World Bank, Jane Roe, on Monday.",
                 "Jane Roe", "WBK", id="head-of-before"),
    pytest.param("Kenya's president met Jane Roe, the World Bank director, on Monday.",
                 "Jane Roe", "WBK", id="body-modifier"),
])
def test_an_unknown_person_titled_head_of_a_body_is_the_bodys(
        text: str, name: str, country: str) -> None:
    got = find(dated_mentions(text, "KAMPALA"), name)
    assert got.actor is not None and got.actor.country == country, got.reason


def test_a_head_of_a_body_whose_country_is_a_guess_keeps_the_context() -> None:
    text = "Kenya's president met Jane Roe, head of the county council, on Monday."
    got = find(dated_mentions(text, "KAMPALA"), "Jane Roe")
    assert "from title" not in got.reason, got.reason


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("The Kenyan government and the KDM signed a peace accord on Monday.",
                 ("KEN", "KEN", "057"), id="acronym"),
    pytest.param("Kenya ruled out negotiations with Mwamba Wekesa Holdings.",
                 ("KEN", "KEN", "125"), id="named"),
])
def test_an_organisation_the_dictionary_does_not_know_is_of_the_storys_country(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


def test_an_unknown_organisation_told_something_is_the_press() -> None:
    got = _events("The Kenyan minister told KBX that Uganda had closed the border.")
    assert not [e for e in got if e[1] == "KEN" and e[2][:2] == "01"], got


def test_an_attack_on_a_policy_is_words() -> None:
    got = _events("Kenya's foreign minister launched a fierce attack on Uganda's budget plans.")
    assert ("KEN", "UGA", "111") in got, got


def test_the_rebels_are_the_armed_group_named_last() -> None:
    text = ("Ugandan rebels attacked a Kenyan border post on Friday. Kenya's president blamed "
            "the rebels for the attack.")
    got = [m for m in dated_mentions(text, "NAIROBI") if m.text == "the rebels"]
    assert got and got[0].actor is not None and got[0].actor.country == "UGA", got
