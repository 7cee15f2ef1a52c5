"""Events, round 51: laying, casting or putting the blame on someone accuses them; speaking out
against someone criticises them; coordinating with someone is material cooperation (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _got(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2016-08-03"))


@pytest.mark.parametrize("text", [
    pytest.param("Kenya's president cast the blame on Uganda for the riots.", id="cast"),
    pytest.param("The Kenyan government put the blame squarely on Uganda.", id="put"),
    pytest.param("Kenyan officials placed the blame on Uganda.", id="place"),
])
def test_laying_the_blame_on_someone_accuses_them(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "112") in got, got


def test_speaking_out_against_someone_criticises_them() -> None:
    got = _got("Kenya's foreign minister spoke out against Uganda's border policy.")
    assert ("KEN", "UGA", "111") in got, got


def test_coordinating_with_someone_is_material_cooperation() -> None:
    got = _got("Kenyan police coordinated with their Ugandan counterparts on border security.")
    assert any(s == "KEN" and t == "UGA" and c.startswith("06") for s, t, c in got), got


def test_blame_without_someone_to_lay_it_on_is_no_accusation() -> None:
    got = _got("Kenya's president put the blame behind him and moved on.")
    assert not any(c == "112" for _, _, c in got), got
