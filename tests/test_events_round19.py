"""Round 19 of issue 12 (sentences of our own): words the tokenizer splits at a hyphen, factions
as actors, travel and alert phrasings, the object a verb names its act by."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    ("Israel and Hamas began the cease-fire on Sunday.", ("ISR", "PSE", "0871")),
    ("Israel violated the cease-fire with Hamas.", ("ISR", "PSE", "196")),
])
def test_a_hyphenated_object_is_the_word_it_spells(text: str, want: tuple[str, str, str]) -> None:
    # "cease-fire" is three tokens whose head is "fire": the object classes know "ceasefire"
    assert want in event_triples(text), event_triples(text)


def test_a_faction_is_an_actor() -> None:
    got = event_triples("Israel and the Palestinian factions in Gaza began the ceasefire on Sunday.")
    assert ("ISR", "PSE", "0871") in got, got


@pytest.mark.parametrize(("text", "want"), [
    ("NAIROBI, May 3 (Xinhua) -- Turkey's foreign minister arrived here on Monday.",
     ("TUR", "KEN", "042")),
    ("The Kenyan president left for Beijing on Monday.", ("KEN", "CHN", "042")),
    ("The Kenyan president flew to Beijing on Monday.", ("KEN", "CHN", "042")),
])
def test_travel_to_a_place_is_a_visit(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    "The FBI flew the Kenyan suspect to New York.",  # flying someone is not a visit
    "The Kenyan president left Nairobi for good reasons.",
])
def test_carrying_someone_or_leaving_is_no_visit(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2] == "042"], event_triples(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kenyan banks have been too rigid in talks with Uganda on debt.", ("KEN", "UGA", "040")),
    ("The Kenyan president named land as the main obstacle in the talks with Uganda.",
     ("KEN", "UGA", "040")),
])
def test_talks_with_a_partner_are_held_by_the_clause_subject(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize(("text", "coded"), [
    ("Kenya insisted that Uganda pay compensation.", True),  # bare form: what is to be done
    ("Kenya insisted that Uganda pays its debts on time.", False),  # agreeing form: a claim
])
def test_a_subjunctive_that_clause_after_insist_is_a_demand(text: str, coded: bool) -> None:
    assert (("KEN", "UGA", "100") in event_triples(text)) is coded, event_triples(text)


@pytest.mark.parametrize("text", [
    "Kenya's president wrapped up a three-day visit to Uganda.",
    "Kenya's president completed a three-day visit to Uganda on Friday.",
])
def test_whoever_ends_a_visit_made_it(text: str) -> None:
    assert ("KEN", "UGA", "042") in event_triples(text), event_triples(text)


def test_a_summoned_envoy_is_not_the_one_who_protests() -> None:
    got = event_triples("Kenya summoned Uganda's envoy to protest the raid.")
    assert ("KEN", "UGA", "114") in got, got
    assert not [t for t in got if t[2].startswith("14") and t[0] == "UGA"], got


@pytest.mark.parametrize(("text", "code"), [
    ("The Kenyan opposition leader launched a fierce attack on the Kenyan president.", "111"),
    ("The Kenyan president's spokesman attacked the opposition leader.", "111"),
    ("Kenyan troops attacked the rebel camp in Somalia.", "190"),  # armed: force
    ("The Kenyan president attacked Uganda.", "190"),  # a country: force
])
def test_an_attack_between_politicians_is_one_of_words(text: str, code: str) -> None:
    got = [t[2] for t in event_triples(text)]
    assert code in got and not ({"111", "190"} - {code}) & set(got), got


@pytest.mark.parametrize(("text", "want"), [
    ("Five Kenyan soldiers were killed in an attack by al-Shabaab militants.", ("SOM", "KEN", "180")),
    ("Three Palestinians were killed in an Israeli air strike in Gaza.", ("ISR", "PSE", "180")),
])
def test_who_was_killed_in_an_attack_was_killed_by_its_agent(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_no_agent_for_a_death_in_an_accident() -> None:
    assert not event_triples("Ten Kenyans were killed in a car crash in Nairobi.")


@pytest.mark.parametrize(("text", "want"), [
    ("Israeli-Palestinian talks resumed in Cairo.", ("ISR", "PSE", "040")),
    ("Russian-Ukrainian clashes erupted near the border.", ("RUS", "UKR", "190")),
])
def test_two_countries_joined_by_a_hyphen_are_the_two_sides(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_a_backer_named_before_a_hyphen_is_not_a_member() -> None:
    got = event_triples("The US-backed Somali government attacked al-Shabaab positions.")
    assert got and all(t[0] == "SOM" for t in got), got
