"""A pattern's code when no partner is named (flag ``alone=CODE`` in ``patterns.tsv``): a state's
own military exercises are a show of force (CAMEO 150), joint ones military cooperation (062).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.errors import DataError
from detente.events.lexicon import _patterns, patterns
from tests.conftest import event_triples


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")


def test_exercises_without_a_partner_are_a_show_of_force() -> None:
    assert ("IRN", None, "150") in event_triples(
        "Iran held large-scale naval exercises in the Gulf on Tuesday.")
    assert ("RUS", None, "150") in event_triples("Russia conducted military drills near Kaliningrad.")


def test_exercises_with_a_partner_stay_cooperation() -> None:
    # the partner is the light verb's prepositional object ("held drills with X")
    assert ("RUS", "BLR", "062") in event_triples("Russia held naval drills with Belarus.")
    coded = event_triples("Egypt and Greece held joint air exercises.")
    assert any(code == "062" for _, _, code in coded), coded
    assert all(code != "150" for _, _, code in coded), coded


def test_joint_exercises_with_an_unnamed_partner_stay_cooperation() -> None:
    coded = event_triples("India staged joint naval exercises in the Bay of Bengal.")
    assert all(code != "150" for _, _, code in coded), coded


def test_flag_is_parsed_and_needs_a_known_code() -> None:
    exercise = next(p for p in patterns() if p.id == "exercise")
    assert (exercise.cameo, exercise.alone) == ("062", "150")
    assert all(p.alone is None for p in patterns() if p.id == "meet")


def _one_row(monkeypatch: pytest.MonkeyPatch, row: str) -> None:
    """Make the lexicon file hold only ``row``."""
    from detente.events import lexicon

    header = "id\tpos\tlemma\tprt\tprep\tobj\txcomp\tcameo\ttarget\tflags\texample"
    monkeypatch.setattr(lexicon, "_read", lambda name: [(1, header.split("\t")),
                                                        (2, row.split("\t"))])


def test_unknown_alone_code_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    _one_row(monkeypatch, "drill_x\tN\tdrill\t-\t-\t-\t-\t062\twith\tsym,alone=999\tA sentence.")
    with pytest.raises(DataError, match="alone="):
        _patterns("patterns.tsv")


def test_owned_flag_is_parsed_and_needs_a_known_code(monkeypatch: pytest.MonkeyPatch) -> None:
    concern = next(p for p in patterns() if p.id == "concern_express")
    assert (concern.cameo, concern.owned) == ("012", "110")
    _one_row(monkeypatch, "fret\tV\tfret\t-\t-\t-\t-\t012\tabout\towned=999\tA sentence.")
    with pytest.raises(DataError, match="owned="):
        _patterns("patterns.tsv")
