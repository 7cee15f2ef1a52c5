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
        # measured 2026-12-03 (issue 13): 0.924, 0.790, 0.852, 0.844; 0.893, 0.849
        "toponyms": {"precision": 0.91, "recall": 0.78, "f1": 0.84, "accuracy_161km": 0.83},
        "with_demonyms": {"f1": 0.88, "accuracy_161km": 0.84},
    },
    "lgl.xml": {
        # measured 2026-12-03 (issue 13, first 150): 0.841, 0.720, 0.775, 0.854; 0.796, 0.863
        "toponyms": {"precision": 0.83, "recall": 0.71, "f1": 0.765, "accuracy_161km": 0.845},
        "with_demonyms": {"f1": 0.785, "accuracy_161km": 0.855},
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
