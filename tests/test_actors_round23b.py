"""Actors, round 23b: a longer name that ends in a dictionary party's name, the KGB and the
International Commission of Jurists as facts (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find, mentions


@pytest.mark.parametrize(("text", "phrase"), [
    ("The court jailed two members of the People's Democratic Party on Tuesday.",
     "the People's Democratic Party"),
    ("Leaders of the Social Democratic Party met on Tuesday.", "the Social Democratic Party"),
])
def test_a_longer_name_ending_in_a_dictionary_party_is_another_party(text: str, phrase: str) -> None:
    actor = find(mentions(text, date="2005-05-03"), phrase).actor
    assert actor is not None and actor.country != "USA" and actor.sector == "PTY", actor


def test_the_dictionary_party_named_alone_stays() -> None:
    actor = find(mentions("The Democratic Party won the vote.", date="2005-05-03"),
                 "The Democratic Party").actor
    assert actor is not None and actor.country == "USA"


def test_a_dictionary_party_inside_a_longer_tagged_name_keeps_its_country() -> None:
    # the dictionary's body is not at the end of the tagger's name: it still counts
    text = "Police arrested a leader of the Communist Party of Nepal (CPN-Maoists-Chand) on Monday."
    assert any(m.actor is not None and m.actor.country == "NPL"
               for m in mentions(text, date="2012-05-03"))


@pytest.mark.parametrize(("text", "phrase", "want"), [
    # the officer is the KGB's: its country and sector (round 27: "officer" is an agent noun)
    ("A senior KGB officer defected to Britain in 1985.", "KGB officer", ("SUN", "SPY")),
    ("The International Commission of Jurists condemned the ordinance on Wednesday.",
     "The International Commission of Jurists", ("NGO", "NGO")),
])
def test_named_bodies_as_facts(text: str, phrase: str, want: tuple[str, str]) -> None:
    actor = find(mentions(text, date="2005-05-03"), phrase).actor
    assert actor is not None and (actor.country, actor.sector) == want, actor
