"""Events, round 53: a place qualified by its state after a comma is in that state's country
("Portsmouth, N.H."), and so are the unnamed people of its sentence; commuting someone's
sentence eases it; working out a deal with someone is an agreement (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _got(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2016-08-03"))


@pytest.mark.parametrize("text", [
    pytest.param("Police in Birmingham, Ala., arrested two protesters.", id="abbreviation"),
    pytest.param("Police in Birmingham, Alabama, arrested two protesters.", id="state"),
    pytest.param("Police in Portsmouth, N.H., arrested two protesters.", id="portsmouth"),
])
def test_a_town_qualified_by_its_state_is_in_that_states_country(text: str) -> None:
    got = _got(text)
    assert ("USA", "USA", "173") in got, got


def test_a_town_without_a_qualifier_keeps_its_likeliest_country() -> None:
    got = _got("Police in Birmingham arrested two protesters.")
    assert not any(s == "USA" for s, _, _ in got), got


def test_commuting_someones_sentence_eases_it() -> None:
    got = _got("Kenya's president commuted the death sentence of a Ugandan soldier.")
    assert ("KEN", "UGA", "081") in got, got


def test_working_out_a_deal_with_someone_is_an_agreement() -> None:
    got = _got("Kenya worked out a trade deal with Uganda on Friday.")
    assert any({s, t} == {"KEN", "UGA"} and c == "057" for s, t, c in got), got
