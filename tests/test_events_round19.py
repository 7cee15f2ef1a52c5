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
