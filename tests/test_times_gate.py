"""Quality gate: TempEval-3 style scores of the times step on TBAQ-cleaned (TimeBank+AQUAINT).

Floors sit a little below the measured figures (docs/EVALUATION.md, "## Times"); they only go up."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FLOORS = {
    ("relaxed", "f1"): 0.935,
    ("strict", "f1"): 0.855,
    ("value", "f1"): 0.79,
    ("value", "accuracy"): 0.84,
    ("type", "accuracy"): 0.95,
}


@pytest.fixture(scope="module")
def summary() -> dict:
    from detente.evaluation.times import evaluate

    return evaluate(shared_path("dev", "time", "TBAQ-cleaned"))


def test_times_gate(summary: dict) -> None:
    assert summary["documents"] == 256
    assert summary["gold"] > 1800
    for (group, measure), floor in FLOORS.items():
        assert summary[group][measure] >= floor, (group, measure, summary[group][measure])


def test_times_render(summary: dict) -> None:
    from detente.evaluation.times import render

    table = render(summary)
    assert table.row_count == 4


def test_read_tml_offsets_slice_text() -> None:
    from detente.evaluation.times import gold_files, read_tml

    doc = read_tml(gold_files(shared_path("dev", "time", "TBAQ-cleaned"))[0])
    assert doc.dct and doc.timexes
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
