"""Threats (CAMEO 13): a threatened measure named as the object ("threatened tariffs on X",
"threatened airstrikes against X"), the party a condition names as the target ("... if X does
not comply"), and a threat with a condition is itself asserted (docs/ANNOTATION.md: "Threats
with a condition"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_dyads


@pytest.mark.parametrize(("text", "want"), [
    ("The United States threatened tariffs on China.", ("CHN", "1312", "asserted")),
    ("NATO threatened airstrikes against Serbia.", ("SRB", "138", "asserted")),
    ("Russia threatened retaliation if Finland joins NATO.", ("FIN", "130", "asserted")),
])
def test_threatened_measures_and_conditions(text: str, want: tuple[str, ...]) -> None:
    # (target country, code, modality); the source is the sentence's subject
    got = event_dyads(text)
    assert want in [d[1:] for d in got], got


def test_a_conditional_threat_is_asserted_and_its_act_conditional() -> None:
    got = event_dyads("Israel threatened to strike Lebanon if Hezbollah fires more rockets.")
    assert ("ISR", "LBN", "130", "asserted") in got, got
    assert all(m == "conditional" for _, _, code, m in got if not code.startswith("13")), got


def test_a_condition_on_another_act_keeps_it_conditional() -> None:
    got = event_dyads("France will recall its ambassador from Mali if the junta stays in power.")
    assert got and all(m == "conditional" for *_, m in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("Iran vowed to retaliate against Israel.", ("IRN", "ISR", "130")),
    ("Hamas vowed revenge against Israel.", ("PSE", "ISR", "138")),
    ("Norway vowed to help Sudan.", ("NOR", "SDN", "030")),  # a cooperative vow stays intent
])
def test_a_vow_to_act_against_someone_is_a_threat(text: str, want: tuple[str, ...]) -> None:
    assert want in [d[:3] for d in event_dyads(text)], event_dyads(text)


@pytest.mark.parametrize("text", [
    "The United Nations warned of rising violence in Sudan.",
    "Aid agencies warned about a famine in Somalia.",
])
def test_a_warning_of_a_danger_threatens_no_one_it_names(text: str) -> None:
    # the danger is what is spoken of; no one is addressed, so no threat against the place
    assert not [d for d in event_dyads(text) if d[2].startswith("13")], event_dyads(text)
