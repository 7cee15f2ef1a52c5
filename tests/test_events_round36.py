"""Events, round 36: a judgement in reported speech with common words of blame ("a waste",
"dangerous"); "his country" is the speaker's; artillery fire; army vehicles as the army; a
challenge to act is a demand; signing a petition is dissent; a speech's participle speaks for the
one who made it; ruling out the possibility of an act with X rejects X; martial law is a state of
emergency; "the soldiers" are the force named last (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find
from tests.test_actors_round24 import dated_mentions
from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said Uganda's dam project was a terrible waste of public money.",
    "Kenya's foreign minister said Uganda's border policy was dangerous.",
])
def test_common_words_of_blame_in_reported_speech_are_a_criticism(text: str) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert ("KEN", "UGA", "111") in got, got


def test_his_country_is_the_country_of_the_one_his_names() -> None:
    text = ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala on "
            "Friday. He said his country supported Tanzania's bid.")
    got = find(dated_mentions(text, "KAMPALA"), "country")
    assert got.actor.country == "KEN", got.reason


def test_a_country_noun_without_a_possessive_keeps_the_storys_country() -> None:
    text = ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala on "
            "Friday. He said the country supported Tanzania's bid.")
    got = [m for m in dated_mentions(text, "KAMPALA") if m.text == "the country"]
    assert not got or got[0].actor is None or got[0].actor.country != "KEN", got


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Kenyan troops fired artillery at Ugandan positions.", ("KEN", "UGA", "194"),
                 id="artillery"),
    pytest.param("Kenyan army jeeps stormed the Ugandan border post and arrested three Ugandan "
                 "soldiers.", ("KEN", "UGA", "173"), id="jeeps"),
    pytest.param("Kenya challenged Uganda to hold the election on time.", ("KEN", "UGA", "100"),
                 id="challenge-to"),
    pytest.param("Kenyan farmers signed a petition against Uganda's dam plan.",
                 ("KEN", "UGA", "140"), id="petition"),
    pytest.param("The Kenyan president gave an interview attacking Uganda's leaders.",
                 ("KEN", "UGA", "111"), id="interview-attacking"),
    pytest.param("Kenya's opposition leader opened the debate with a speech criticising "
                 "Uganda's president.", ("KEN", "UGA", "111"), id="speech-criticising"),
    pytest.param("Kenya ruled out the possibility of talks with Uganda.", ("KEN", "UGA", "120"),
                 id="rule-out-possibility"),
    pytest.param("Kenya's government plans to impose martial law.", ("KEN", None, "1724"),
                 id="martial-law"),
])
def test_round_36_events(text: str, want: tuple[str, str | None, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


def test_a_challenge_without_an_act_asked_is_not_a_demand() -> None:
    got = _triples(_code("Kenya challenged Uganda's claim to the island.", "2005-04-08",
                         dateline="NAIROBI"))
    assert all(c != "100" for _, _, c in got), got


@pytest.mark.parametrize(("text", "country"), [
    ("Ugandan troops crossed into Kenya on Monday, Kenyan officials said. The soldiers "
     "arrested three Kenyan farmers.", "UGA"),
    ("Witnesses said Ugandan troops entered the Kenyan town of Busia and the soldiers "
     "arrested three Kenyan farmers.", "UGA"),
])
def test_the_soldiers_are_the_force_named_last(text: str, country: str) -> None:
    got = [m for m in dated_mentions(text, "NAIROBI") if m.text.lower() == "the soldiers"]
    assert got and got[0].actor is not None and got[0].actor.country == country, got


def test_soldiers_with_a_nationality_keep_it() -> None:
    text = ("Ugandan troops crossed into Kenya on Monday. The Kenyan soldiers arrested three "
            "Ugandan farmers.")
    got = find(dated_mentions(text, "NAIROBI"), "The Kenyan soldiers")
    assert got.actor is not None and got.actor.country == "KEN", got.reason
