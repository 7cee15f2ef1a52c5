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
        # measured 2026-12-03 (issue 13): 0.923, 0.804, 0.860, 0.851; 0.900, 0.856
        "toponyms": {"precision": 0.91, "recall": 0.79, "f1": 0.85, "accuracy_161km": 0.84},
        "with_demonyms": {"f1": 0.89, "accuracy_161km": 0.845},
    },
    "lgl.xml": {
        # measured 2026-12-03 (issue 13, first 150): 0.842, 0.739, 0.787, 0.859; 0.807, 0.867
        "toponyms": {"precision": 0.83, "recall": 0.73, "f1": 0.775, "accuracy_161km": 0.85},
        "with_demonyms": {"f1": 0.795, "accuracy_161km": 0.855},
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
