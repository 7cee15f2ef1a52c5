"""Round 20 of issue 12 (sentences of our own): the toll an attack noun's clause reports, the
rest of a list after "between" that the parse hangs elsewhere."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    # those who died in it, and the place the parse hangs on the verb
    ("Dozens of civilians died in a Russian offensive in eastern Ukraine last week.",
     ("RUS", "UKR", "190")),
    ("Sudanese troops suffered heavy losses in an offensive by Chadian forces.",
     ("TCD", "SDN", "190")),
    # the place of those it killed
    ("A NATO air strike killed 12 civilians in a village in Helmand province.",
     ("NATO", "AFG", "195")),
])
def test_an_attack_noun_targets_those_its_clause_says_it_hit(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    # a clause that reports no toll names neither victims nor the place hit
    "A Russian offensive worried Kenyan diplomats in Nairobi.",
    "Kenyan diplomats in Nairobi were surprised by a Russian offensive.",
])
def test_an_attack_noun_in_a_clause_of_no_toll_takes_no_target_from_it(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2] == "190"], event_triples(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Talks between the Nepalese government, the United Nations and the Maoists ended on "
     "Thursday.", ("NPL", "UNO", "040")),
    ("A meeting between Sudan, Chad and Libya was held in Tripoli.", ("TCD", "LBY", "040")),
])
def test_every_side_after_between_takes_part(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    "A strike by Kenyan teachers closed the schools.",
    "Kenyan doctors were on strike for a second week.",  # the copula the tagger calls AUX
    "Kenyan doctors remained on strike on Monday.",
])
def test_workers_on_strike_strike(text: str) -> None:
    assert ("KEN", None, "143") in event_triples(text), event_triples(text)


def test_a_strike_by_jets_is_no_labour_strike() -> None:
    assert not [t for t in event_triples("A strike by Israeli jets hit the building.")
                if t[2] == "143"]


def test_a_state_providing_another_with_goods_is_aid_the_model_may_not_veto() -> None:
    got = event_triples("Germany will provide Ukraine with air defence systems.")
    assert ("DEU", "UKR", "070") in got, got
