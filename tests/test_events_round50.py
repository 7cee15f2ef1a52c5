"""Events, round 50: what a subject goes back or resorts to doing is its own act ("returned to
criticising X"); doubting someone's commitment or judgement is a criticism; "stated" carries a
judgement as "said" does; "critique" is a verb of criticism (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _got(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2016-06-06"))


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("The EU has limited itself to calling on Russia to reach a deal.",
                 ("EUR", "RUS", "020"), id="limited-itself-to"),
    pytest.param("Kenyan police resorted to firing tear gas at Ugandan traders.",
                 ("KEN", "UGA", "175"), id="resorted-to"),
    pytest.param("Kenya's president has returned to critiquing Uganda's leader over his record.",
                 ("KEN", "UGA", "111"), id="returned-to"),
])
def test_what_a_subject_goes_on_to_do_is_its_own_act(text: str,
                                                     want: tuple[str, str, str]) -> None:
    got = _got(text)
    assert want in got, got


def test_objecting_to_an_act_is_not_doing_it() -> None:
    got = _got("Kenya objected to holding talks with Uganda.")
    assert not any(c.startswith("04") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    pytest.param("The Kenyan president questioned Uganda's commitment to peace.", id="commitment"),
    pytest.param("The Kenyan president questioned the judgement of Uganda's leaders.",
                 id="judgement-of"),
])
def test_doubting_someones_commitment_or_judgement_is_a_criticism(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "111") in got, got


@pytest.mark.parametrize("text", [
    pytest.param("Kenya's foreign minister stated that Uganda's leaders were extremely careless "
                 "with the refugees.", id="stated"),
    pytest.param("Brazil critiqued Venezuela's handling of the talks.", id="critique"),
])
def test_more_words_of_criticism(text: str) -> None:
    got = _got(text)
    assert any(t in ("UGA", "VEN") and c == "111" for _, t, c in got), got
