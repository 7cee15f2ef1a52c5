"""Events, round 45: a copula's negation, and complaints made or registered with someone
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _events(text: str) -> list[dict]:
    return _code(text, "1995-12-10")["events"]


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("Kenya's president said he has not been critical of Uganda's leaders.",
                 "critical", id="not-been-critical-of"),
    pytest.param("Ghana was not critical of Togo over the border.", "critical",
                 id="not-critical-of"),
    pytest.param("Ghana was not angry at Togo over the border closure.", "angry",
                 id="not-angry-at"),
])
def test_a_copula_negated_negates_its_predicate(text: str, trigger: str) -> None:
    got = [e["modality"] for e in _events(text) if e["trigger"]["text"] == trigger]
    assert got == ["negated"], got


def test_a_predicate_of_a_copula_not_negated_stays_asserted() -> None:
    got = [e["modality"] for e in _events("Ghana was critical of Togo over the border.")]
    assert got == ["asserted"], got


@pytest.mark.parametrize("text", [
    pytest.param("Ghana made a formal complaint to Togo over the border closure.", id="made"),
    pytest.param("Ghana registered a protest with Togo over the border closure.", id="registered"),
])
def test_a_complaint_made_or_registered_with_someone_is_an_official_complaint(text: str) -> None:
    assert ("GHA", "TGO", "114") in _triples(_code(text, "1995-12-10"))


def test_a_crowd_making_a_protest_is_not_an_official_complaint() -> None:
    codes = [e["cameo"] for e in _events("Thousands of students made a protest outside parliament.")]
    assert "114" not in codes, codes
