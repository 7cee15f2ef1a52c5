"""Evaluators: one module per extractor, each with ``evaluate(gold_path, **options) -> dict``
(a JSON-serialisable summary) and ``render(summary) -> rich Table``.

Registered in ``EVALUATORS``; ``detente eval NAME GOLD_PATH`` dispatches here.
"""

from __future__ import annotations

EVALUATORS: dict[str, str] = {
    "actors": "detente.evaluation.actors",
    "events": "detente.evaluation.events",
    "quotes": "detente.evaluation.quotes",
    "times": "detente.evaluation.times",
    "places": "detente.evaluation.places",
    "wire": "detente.evaluation.wire",
    "events-sentences": "detente.evaluation.sentences",
}
