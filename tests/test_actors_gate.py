"""Dev-set quality gate: recall of gold actor spans by resolved mentions (pinned floor)."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]

# Measured 2026-11-29 on the full file (see docs/EVALUATION.md "Actors"); floors only go up.
RECALL_FLOOR = 0.82
SUBSET = 400
SUBSET_FLOOR = 0.88


def test_actor_span_recall_floor_on_subset() -> None:
    from detente.evaluation.actors import evaluate

    path = shared_path("dev", "events", "conflibert_cameo_train.jsonl")
    summary = evaluate(path, limit=SUBSET)
    assert summary["gold_spans"] > 500
    assert summary["recall"] >= SUBSET_FLOOR, summary
