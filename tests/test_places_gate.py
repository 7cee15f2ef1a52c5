"""Dev-set quality gate for places: TR-News (all articles) and the first LGL articles.

Floors sit a little below the figures measured and recorded in docs/EVALUATION.md ("Places");
they only go up.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import shared_path

LGL_SUBSET = 150

FLOORS: dict[str, dict[str, dict[str, float]]] = {
    "TR-News.xml": {
        # measured 2026-12-04 (places round 14): 0.925, 0.826, 0.873, 0.870; 0.912, 0.873
        "toponyms": {"precision": 0.915, "recall": 0.815, "f1": 0.865, "accuracy_161km": 0.863},
        "with_demonyms": {"f1": 0.905, "accuracy_161km": 0.867},
    },
    "lgl.xml": {
        # measured 2026-12-04 (places round 14, first 150): 0.843, 0.759, 0.799, 0.862; 0.818, 0.870
        "toponyms": {"precision": 0.835, "recall": 0.75, "f1": 0.79, "accuracy_161km": 0.855},
        "with_demonyms": {"f1": 0.81, "accuracy_161km": 0.862},
    },
}


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict[str, Any]]:
    from detente.evaluation.places import evaluate

    return {
        "TR-News.xml": evaluate(shared_path("dev", "geo", "TR-News.xml")),
        "lgl.xml": evaluate(shared_path("dev", "geo", "lgl.xml"), limit=LGL_SUBSET),
    }


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_places_floors(summaries: dict[str, dict[str, Any]], gold: str) -> None:
    summary = summaries[gold]
    for variant, floors in FLOORS[gold].items():
        for metric, floor in floors.items():
            value = summary[variant][metric]
            assert value >= floor, f"{gold} {variant} {metric}: {value} < floor {floor}"


def test_places_summary_shape(summaries: dict[str, dict[str, Any]]) -> None:
    from detente.evaluation.places import render

    summary = summaries["TR-News.xml"]
    assert summary["articles"] > 100 and summary["gold_toponyms"] > 1000
    assert summary["toponyms"]["median_error_km"] is not None
    table = render(summary)
    assert table.row_count >= 10
