"""Events, round 48: a warning of a danger is no threat (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code


def _codes(text: str) -> list[str]:
    return [e["cameo"] for e in _code(text, "2005-06-01")["events"]]


@pytest.mark.parametrize("text", [
    pytest.param("The Kenyan finance minister warned of rising inflation in Uganda's markets.",
                 id="of"),
    pytest.param("The Kenyan minister warned that there was a real risk of famine in Uganda.",
                 id="there-was"),
    pytest.param("Kenya's central bank warned that a further fall of Uganda's currency could "
                 "hurt trade.", id="that-another-subject"),
])
def test_a_warning_of_a_danger_is_no_threat(text: str) -> None:
    assert not any(c.startswith("13") for c in _codes(text)), _codes(text)


@pytest.mark.parametrize("text", [
    pytest.param("Kenya warned Uganda that it would respond to any attack.", id="own-act"),
    pytest.param("Kenya warned Uganda of retaliation.", id="of-retaliation"),
    pytest.param("Kenya warned Uganda that a failure to reopen the border would hurt relations.",
                 id="addressed"),
    pytest.param("Kenya's president warned that sanctions against Uganda are possible if the "
                 "raids do not stop.", id="condition"),
    pytest.param("\"We will close the border,\" the Kenyan president warned Uganda.",
                 id="first-person"),
])
def test_a_warning_of_the_warners_own_act_stays_a_threat(text: str) -> None:
    assert any(c.startswith("13") for c in _codes(text)), _codes(text)
