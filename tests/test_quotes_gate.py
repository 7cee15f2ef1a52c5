"""Quality gate: the quotes step on the PolNeAR dev split (brat attributions).

Floors sit a little below the measured figures (docs/EVALUATION.md, "Quotes"); they only go up.
"""

from __future__ import annotations

import pytest

from tests.conftest import shared_path

FLOORS = {  # measured 2026-12-05 (round 22): 0.7820, 0.8954, 0.6366, 0.5872, 0.9253, 0.9328, 0.9263, 0.5989
    "overlap_0.3_f1": 0.782,
    "overlap_0.3_precision": 0.895,
    "overlap_0.8_f1": 0.636,
    "exact_f1": 0.587,
    "speaker_accuracy": 0.925,
    "cue_accuracy": 0.932,
    "recall_quoted_0.3": 0.926,
    "recall_unquoted_0.3": 0.598,
}


@pytest.fixture(scope="module")
def summary() -> dict:
    from detente.evaluation.quotes import evaluate

    return evaluate(shared_path("dev", "quotes", "polnear_dev"))


@pytest.mark.shared
@pytest.mark.slow
def test_quotes_dev_floors(summary: dict) -> None:
    measured = {
        "overlap_0.3_f1": summary["overlap_0.3"]["f1"],
        "overlap_0.3_precision": summary["overlap_0.3"]["precision"],
        "overlap_0.8_f1": summary["overlap_0.8"]["f1"],
        "exact_f1": summary["exact"]["f1"],
        "speaker_accuracy": summary["speaker_accuracy"],
        "cue_accuracy": summary["cue_accuracy"],
        "recall_quoted_0.3": summary["recall_quoted_0.3"],
        "recall_unquoted_0.3": summary["recall_unquoted_0.3"],
    }
    below = {k: (measured[k], floor) for k, floor in FLOORS.items() if measured[k] < floor}
    assert not below, f"below floor (measured, floor): {below}"


@pytest.mark.shared
@pytest.mark.slow
def test_quotes_dev_covers_the_split(summary: dict) -> None:
    assert summary["documents"] >= 80
    assert summary["gold"] > 1500
    assert set(summary["predicted_kinds"]) == {"direct", "mixed", "indirect"}
