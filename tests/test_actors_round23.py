"""Actors, round 23 (issue 12): an Arabic surname written with its article, a nationality before
another country's party name, the family of someone named with a nationality (sentences of our
own)."""

from __future__ import annotations

import pytest

from detente.actors.lexicon import name_words
from tests.conftest import code_record
from tests.test_actors_round22 import find, mentions


def test_name_words_keep_a_surname_with_its_article_in_each_spelling() -> None:
    words = name_words("Omar Hassan al-Bashir")
    assert {"Omar", "Hassan", "al-Bashir", "Al-Bashir", "Bashir"} <= set(words), words
    assert "al" not in words and "Al" not in words


@pytest.mark.parametrize("later", ["al-Bashir", "Al-Bashir", "Bashir"])
def test_a_later_short_form_of_an_arabic_surname_is_the_person(later: str) -> None:
    text = (f"Sudanese President Omar Hassan al-Bashir arrived in Cairo on Monday. Later {later} "
            "held talks with Egyptian officials.")
    assert find(mentions(text, date="2010-05-03"), later).actor.country == "SDN"


@pytest.mark.parametrize(("text", "phrase"), [
    ("The Australian Democrats accused the government of lying.", "The Australian Democrats"),
    ("Australian Democrats leader Jane Roe criticised the mine.", "Australian Democrats leader Jane Roe"),
])
def test_a_nationality_before_another_countrys_party_name_is_that_nations_party(
        text: str, phrase: str) -> None:
    assert find(mentions(text), phrase).actor.country == "AUS"


def test_the_dictionary_party_without_a_nationality_stays() -> None:
    assert find(mentions("The Democrats accused the president of lying."),
                "The Democrats").actor.country == "USA"


def test_the_family_of_someone_named_with_a_nationality_shares_it() -> None:
    text = "The ministry sent condolences to the family of Lebanese politician Pierre Gemayel."
    assert find(mentions(text), "the family").actor.country == "LBN"


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The UN Security Council met on Friday. The 15-member council also condemned the coup in "
     "Niger.", "council", "UNO"),
    ("The Kenyan National Assembly met on Friday. The assembly also condemned the coup in "
     "Niger.", "The assembly", "KEN"),
])
def test_the_noun_an_organisation_named_earlier_ends_in_is_that_organisation(
        text: str, phrase: str, want: str) -> None:
    assert find(mentions(text), phrase).actor.country == want


def test_the_group_is_the_group_named_before_a_party_named_after_it() -> None:
    text = ("A panel, the Iraq Study Group, headed by James Baker, a Republican, met Bush on "
            "Monday. The group, which will also meet Democratic leaders, is expected to report.")
    got = code_record(text)
    meetings = [e for e in got["events"] if e["cameo"].startswith("04")]
    assert meetings and all("Republican" not in e["source"]["text"] for e in meetings), meetings


def test_a_bare_title_joined_to_a_titled_person_is_a_second_office_of_that_person() -> None:
    text = ("Chinese Vice-Premier and Foreign Minister Qian Qichen held talks with the Kenyan "
            "foreign minister in Beijing on Monday.")
    got = code_record(text)
    talks = [e for e in got["events"] if e["cameo"].startswith("04")]
    assert len(talks) == 1 and talks[0]["source"]["country"] == "CHN", talks


def test_a_title_with_an_article_joined_to_a_person_is_another_person() -> None:
    found = mentions("The president and Foreign Minister Jane Roe met the Kenyan envoy.")
    assert not [m for m in found if m.reason.startswith("a second title")]


def test_an_honorific_and_a_surname_are_the_person_named_earlier() -> None:
    text = ("British Prime Minister Tony Blair has returned from the Middle East. Blair met "
            "Israeli officials on Tuesday. The trip was the first to Ramallah by a Western leader. "
            "Before visiting Israel, Mr Blair made a surprise visit to Iraq. Palestinian leaders "
            "praised Mr Blair.")
    found = [m for m in mentions(text, date="2005-01-05") if m.text.endswith("Blair")]
    assert found and {m.actor.country for m in found if m.actor} == {"GBR"}, [
        (m.text, m.reason) for m in found]


def test_the_nationality_on_the_first_title_is_the_persons() -> None:
    text = ("Ugandan Deputy Prime Minister and Foreign Minister Jane Roe, who chaired the meeting "
            "with the Kenyan envoy, said her country hopes to boost trade.")
    meetings = [e for e in code_record(text)["events"] if e["cameo"].startswith("04")]
    assert meetings and all(e["source"]["country"] == "UGA" for e in meetings), meetings
