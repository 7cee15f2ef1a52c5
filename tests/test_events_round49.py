"""Events, round 49: an attack repelled is aimed at who repels it; an event noun held "between"
two sides by a participle; a statement to a broadcaster's programme is no interaction with the
broadcaster (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _got(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2005-06-01"))


@pytest.mark.parametrize("text", [
    pytest.param("Kenyan troops repelled a Ugandan offensive near the border.", id="repel"),
    pytest.param("Kenyan troops beat back a Ugandan assault on the town.", id="beat-back"),
    pytest.param("Kenyan troops checked a Ugandan offensive near the border.", id="check"),
])
def test_an_attack_resisted_is_aimed_at_who_resists_it(text: str) -> None:
    got = _got(text)
    assert any(s == "UGA" and t == "KEN" and c.startswith("19") for s, t, c in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Kenyan troops checked a Ugandan offensive near the border.", id="check"),
    pytest.param("Kenyan troops beat back a Ugandan assault on the town.", id="beat-back"),
])
def test_resisting_an_attack_is_no_inquiry_or_beating(text: str) -> None:
    got = _got(text)
    assert not any(s == "KEN" and c in ("090", "182") for s, t, c in got), got


def test_checking_documents_is_no_attack() -> None:
    assert not any(c.startswith("19") for _, _, c in _got(
        "Kenyan inspectors checked the Ugandan documents at the border."))


def test_a_meeting_held_between_two_sides_is_theirs() -> None:
    got = _got("The meeting, held on Tuesday between Kenyan President Mwai Kibaki and Ugandan "
               "President Yoweri Museveni, reviewed the border dispute.")
    assert ("KEN", "UGA", "040") in got or ("UGA", "KEN", "040") in got, got


def test_a_statement_to_a_broadcasters_programme_has_no_target() -> None:
    got = _got("Shadow Health Secretary Jane Doe told BBC Radio Four's the World at One her "
               "main worry was the cost of the scheme.")
    assert not any(t == "GBR" for _, t, _ in got), got
