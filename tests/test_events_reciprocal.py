"""Reciprocal objects: "X and Y accused each other" is one reciprocal event between X and Y, not
two events without a target (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import code_record


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("Armenia and Azerbaijan accused each other of shelling villages.", {"ARM", "AZE"}, "11"),
    ("Israel and Hamas blamed one another for the collapse of the talks.", {"ISR", "PSE"}, "11"),
    ("Greece and Turkey threatened each other.", {"GRC", "TUR"}, "13"),
])
def test_each_other_makes_the_sources_each_others_targets(text: str, pair: set[str],
                                                          root: str) -> None:
    events = [e for e in code_record(text)["events"] if e["cameo_root"] == root]
    assert events, code_record(text)["events"]
    assert all(e["reciprocal"] and e["target"] for e in events), events
    assert {events[0]["source"]["country"], events[0]["target"]["country"]} == pair


def test_a_single_source_with_each_other_is_not_reciprocal() -> None:
    # one named party: "each other" has no antecedent pair here, nothing is invented
    events = code_record("France accused Germany of spying on each other's diplomats.")["events"]
    assert all(not e["reciprocal"] for e in events), events
