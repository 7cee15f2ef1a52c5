"""Senses kept apart for precision (issue 12, round 9), on sentences of our own: aid (CAMEO 07)
is material help, so the noun a verb gives or provides decides the sense, also when a relative
clause hides it ("the speech X gave"); a period given with an act to do is an ultimatum."""

from __future__ import annotations

from typing import Any


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    from detente import code_text

    rec: dict[str, Any] = dict(code_text(text, date="2024-03-10", id="precision-test"))
    return [((e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["cameo"])
            for e in rec["events"]]


def test_giving_or_providing_information_is_no_aid() -> None:
    for text in ("Kenya provided details of the budget to Uganda on Monday.",
                 "Kenya has supplied many reasons to doubt the Ugandan figures.",
                 "Kenya gave Uganda an explanation of the border closure."):
        assert not [e for e in _events(text) if e[2].startswith("07")], text
    assert [e for e in _events("Kenya supplied food to Uganda after the floods.")
            if e[:3] == ("KEN", "UGA", "070")]
