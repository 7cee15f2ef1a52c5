"""Actors, round 35: a lower office is not the office it is named after ("the deputy prime
minister", "an Assistant Secretary of State"); "the Secretary-General" after the UN's was named is
that person; a body's plans are the body's; the European Union's courts and agencies are EUR
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find
from tests.test_actors_round24 import dated_mentions
from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Kenya's deputy prime minister criticised Uganda.", "Kenya's deputy prime minister", "KEN"),
    ("The U.S. Assistant Secretary of State met Kenyan officials.",
     "The U.S. Assistant Secretary of State", "USA"),
    ("The Kenyan vice-president criticised Uganda.", "The Kenyan vice-president", "KEN"),
])
def test_a_lower_office_is_not_held_by_the_holder_of_the_office_it_names(
        text: str, phrase: str, country: str) -> None:
    got = find(dated_mentions(text, "NAIROBI"), phrase)
    assert got.actor.country == country, got.reason
    if "vice" in phrase:  # "vice-president" is an office of its own, with its own holders
        return
    assert got.actor.id is None or not got.actor.id.startswith("person:"), got.reason


def test_the_office_itself_is_still_its_holders() -> None:
    got = find(dated_mentions("Kenya's prime minister criticised Uganda.", "NAIROBI", "2010-06-01"),
               "Kenya's prime minister")
    assert got.actor.id is not None and got.actor.id.startswith("person:"), got.reason


def test_the_secretary_general_is_the_one_the_story_named() -> None:
    text = ("UN Secretary-General Kofi Annan condemned the killing of a Kenyan minister, his "
            "spokesman said. The Secretary-General called for calm, the spokesman added.")
    got = find(dated_mentions(text, "NAIROBI", "2005-06-01"), "The Secretary-General")
    assert got.actor.country == "UNO" and got.actor.name == "Kofi Annan", got.reason


def test_a_bodys_plans_name_the_body_as_whose_they_are() -> None:
    got = _triples(_code("The Kenyan opposition announced its support for the government plans "
                         "on Monday.", "2005-04-08", dateline="NAIROBI"))
    assert ("KEN", "KEN", "051") in got, got


@pytest.mark.parametrize("name", ["European Court of Justice", "European Court of Auditors",
                                  "European Investment Bank", "Europol", "Frontex"])
def test_the_european_unions_courts_and_agencies_are_eur(name: str) -> None:
    got = find(dated_mentions(f"The {name} criticised Kenya.", "BRUSSELS"), f"The {name}")
    assert got.actor.country == "EUR", got.reason


@pytest.mark.parametrize(("text", "want"), [
    # writing off or forgiving a debt is economic aid (071) to the debtor
    pytest.param("Japan has written off most of Kenya's debt.", ("JPN", "KEN", "071"),
                 id="write-off-debt"),
    # dismissing the speaker is an administrative sanction (172)
    pytest.param("The Kenyan president sacked the parliamentary speaker, John Mwangi.",
                 ("KEN", "KEN", "172"), id="sack-speaker"),
    # liaising with someone is consulting them (040)
    pytest.param("Kenyan police have liaised with Ugandan officials over the border.",
                 ("KEN", "UGA", "040"), id="liaise-with"),
    # a deal finalised with a partner is an agreement signed (057)
    pytest.param("Kenya finalised a trade deal with Uganda on Friday.", ("KEN", "UGA", "057"),
                 id="finalise-deal"),
])
def test_the_sentence_codes_the_event(text: str, want: tuple[str, str, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


def test_a_name_in_apposition_takes_the_country_of_the_phrase_it_names() -> None:
    text = ("The presidential candidate of Kenya's opposition party ODM, Jane Achieng, arrived in "
            "Uganda on Sunday. Achieng met Ugandan officials.")
    got = dated_mentions(text, "KAMPALA")
    assert find(got, "Jane Achieng").actor.country == "KEN", find(got, "Jane Achieng").reason


def test_a_storms_name_is_no_actor() -> None:
    got = _triples(_code("Two days after superstorm Wanda ravaged Kenya's coast, the Kenyan "
                         "president toured the damage.", "2005-04-08", dateline="NAIROBI"))
    assert not any(code.startswith("19") for _, _, code in got), got


def test_a_visitor_opening_the_sentence_is_its_subject() -> None:
    got = _triples(_code("Visiting Russian Prime Minister Viktor Chernomyrdin gave a stern warning "
                         "to Slovakia on Monday.", "1997-04-28", dateline="BRATISLAVA"))
    assert ("RUS", "SVK", "130") in got, got
    assert not any(code == "070" for _, _, code in got), got
