"""Judging an actor by naming it: "branded X reckless", "described X as irresponsible" criticise
X (CAMEO 111); "described X as courageous" praises it (051). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    ("Canada branded Russia reckless.", ("CAN", "RUS", "111")),
    ("Canada labelled Russia irresponsible.", ("CAN", "RUS", "111")),
    ("Canada described Russia as irresponsible.", ("CAN", "RUS", "111")),
    ("Canada described the Russian plan as a mistake.", ("CAN", "RUS", "111")),
    ("Canada described Norway as courageous.", ("CAN", "NOR", "051")),
])
def test_naming_with_a_judgement(text: str, want: tuple[str, str, str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")  # the lexicon's reading
    assert want in event_triples(text), event_triples(text)


def test_a_neutral_description_is_no_judgement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")
    assert not [c for _, _, c in event_triples("Canada described Russia as a large country.")
                if c[:2] in ("05", "11")]
