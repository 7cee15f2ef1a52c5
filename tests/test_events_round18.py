"""Round 18 of issue 12 (sentences of our own): the police of the place as the unnamed agent of
an arrest, joint acts the model does not veto, what an offer of help carries, the end of a
standing sanction."""

from __future__ import annotations

import pytest

from tests.conftest import code_record, event_codes, event_triples


@pytest.mark.parametrize(("text", "want"), [
    ("Two Ugandan journalists were arrested in Nairobi on Monday.", ("KEN", "UGA", "173")),
    ("The Chilean activist was detained at a checkpoint in Peru.", ("PER", "CHL", "173")),
    ("Three Bolivian nationals were deported from Argentina last week.", ("ARG", "BOL", "174")),
])
def test_the_police_of_the_place_arrest_when_no_agent_is_named(
        text: str, want: tuple[str, str, str]) -> None:
    events = code_record(text)["events"]
    assert [(e["source"]["country"], e["target"]["country"], e["cameo"]) for e in events] == [
        want], events
    assert events[0]["source"]["sector"] == "COP"


@pytest.mark.parametrize("text", [
    "The French journalist was arrested on Friday.",  # no place: no agent to name
    "Two Ugandan journalists were kidnapped in Nairobi on Monday.",  # not a state's act only
])
def test_no_place_or_no_state_act_gives_no_agent(text: str) -> None:
    assert not [c for c in event_codes(text) if c in ("173", "181")], event_codes(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Kenya and Uganda will jointly build a railway.", {"KEN", "UGA"}),
    ("The project was jointly developed by the Kenyan and British governments.", {"KEN", "GBR"}),
])
def test_a_joint_act_of_two_countries_stands(text: str, pair: set[str]) -> None:
    # the model vetoed these (no event p >= 0.95); "jointly" names both partners
    got = [t for t in event_triples(text) if t[2] == "061"]
    assert got and {got[0][0], got[0][1]} == pair, event_triples(text)


def test_what_is_offered_carries_the_offerer() -> None:
    got = event_triples("Chile accepted offers of help from Peru and Bolivia on Tuesday.")
    assert ("CHL", "PER", "0863") in got and ("CHL", "BOL", "0863") in got, got


@pytest.mark.parametrize("text", [
    "The American sanctions on Iran were lifted in January.",
    "The EU embargo on arms sales to Cuba is likely to be lifted next year.",
    "The UN ban on arms exports to Libya will be eased.",
])
def test_a_lifted_sanction_is_not_a_new_one(text: str) -> None:
    assert not [c for c in event_codes(text) if c.startswith("16")], event_codes(text)


def test_a_rejected_accusation_still_reports_the_accusation() -> None:
    assert "112" in event_codes("Iran's accusations against Israel were rejected.")



@pytest.mark.parametrize(("text", "want"), [
    ("Violent clashes erupted between Bolivian demonstrators and police on Friday.",
     ("BOL", "BOL", "145")),
    ("Clashes continued between Thai and Cambodian soldiers near the temple.",
     ("THA", "KHM", "190")),
])
def test_the_verb_an_event_noun_happens_by_lends_it_its_phrases(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_a_judged_things_owner_is_the_target() -> None:
    # the subject judged is a thing ("the allegations by the organization"): its owner, named
    # by the sentence before, is the target
    got = event_triples("Amnesty International criticised Kenya. The Kenyan government said "
                        "that all allegations by the organization were calculated to incite "
                        "Kenyans against their government.")
    assert ("KEN", "NGO", "111") in got, got


def test_a_definite_thing_asked_for_is_whose_the_story_said_it_was() -> None:
    text = ("The EU embargo on arms sales to Cuba is likely to be lifted next year, a Spanish "
            "minister said. Japan and Mexico have repeatedly called for the embargo to be lifted.")
    got = [(e["source"]["country"], (e["target"] or {}).get("country"))
           for e in code_record(text)["events"] if e["trigger"]["text"] == "called"]
    assert ("JPN", "EUR") in got and ("MEX", "EUR") in got, got


def test_what_is_asked_for_is_not_asserted() -> None:
    got = event_codes("Kenya called for the Ugandan president to resign.")
    assert any(c[:2] == "02" for c in got) and "0831" not in got, got


def test_one_of_a_group_named_in_apposition_is_that_person() -> None:
    events = code_record("Kenyan police said one of the suspects, Ahmed Ali, was arrested in "
                         "Nairobi.")["events"]
    assert [e["target"]["name"] for e in events if e["cameo"] == "173"] == ["Ahmed Ali"], events
