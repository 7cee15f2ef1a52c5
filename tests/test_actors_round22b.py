"""Actors, round 22, second pass (issue 12): resolutions a reader disagrees with, on sentences of
our own.

Intelligence that is shared or gathered is information, not a spy service; an officeholder a
possessive pronoun owns is of the clause subject's country; a place named as a compound of a
camp's name is the camp's country; the story's country a shooter made dominant is not his
victims'.
"""

from __future__ import annotations

import pytest

from tests.conftest import event_triples
from tests.test_actors_round22 import find, mentions

# --- intelligence handed over is information -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ghana agreed to share intelligence with Togo.",
    "Tanzania pledged to pass intelligence to Rwanda on the traffickers.",
])
def test_intelligence_handed_over_is_not_an_agency(text: str) -> None:
    assert not any(m.text == "intelligence" for m in mentions(text))


def test_agreeing_to_share_intelligence_targets_the_partner() -> None:
    triples = event_triples("Ghana agreed to share intelligence with Togo.")
    assert triples and all(t[1] == "TGO" for t in triples), triples


def test_exchanging_intelligence_is_sharing_information_with_each_other() -> None:
    triples = event_triples("Malawi and Zambia will exchange intelligence on poachers.")
    assert ("MWI", "ZMB", "064") in triples, triples


def test_an_intelligence_service_is_still_an_agency() -> None:
    m = find(mentions("Ghanaian intelligence detained two suspects."), "Ghanaian intelligence")
    assert m.actor is not None and m.actor.country == "GHA" and m.actor.sector == "SPY", m.reason


# --- "his defence minister" is the possessor's ---------------------------------------------------

@pytest.mark.parametrize(("text", "officeholder", "country"), [
    ("Speaking in Lome, Ghana's president dismissed his finance minister.", "finance minister",
     "GHA"),
    ("The Malawian president sacked her army chief.", "army chief", "MWI"),
])
def test_an_officeholder_a_pronoun_owns_is_the_subjects_country(
        text: str, officeholder: str, country: str) -> None:
    m = find(mentions(text), officeholder)
    assert m.actor is not None and m.actor.country == country, m.reason


def test_a_pronoun_after_another_countrys_actor_is_left_to_the_context() -> None:
    text = "Ghana's president met the Togolese leader and his finance minister on Monday."
    m = find(mentions(text), "finance minister")
    assert "possessor" not in m.reason, m.reason


def test_fighters_a_pronoun_owns_are_not_the_clause_subjects() -> None:
    text = "The Kurds said Baghdad's forces had attacked their fighters near the border."
    m = find(mentions(text), "fighters")
    assert "possessor" not in m.reason, m.reason


# --- a camp named for a place ---------------------------------------------------------------------

def test_a_camp_named_for_a_place_is_that_places_country() -> None:
    m = find(mentions("Israeli forces stormed the Nablus refugee camp on Tuesday."), "refugee camp")
    assert m.actor is not None and m.actor.country == "PSE", m.reason


# --- a shooter's nationality is not his victims' ------------------------------------------------

@pytest.mark.parametrize(("text", "victims"), [
    ("Farmers wounded by Turkish shelling were flown to Erbil.", "Farmers"),
    ("Several villagers were injured by Israeli gunfire near the fence.", "villagers"),
])
def test_victims_of_a_foreign_shooter_do_not_take_his_country(text: str, victims: str) -> None:
    m = find(mentions(text), victims)
    assert m.actor is None or m.actor.country not in {"TUR", "ISR"}, m.reason

