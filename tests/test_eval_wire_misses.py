"""Wire-gold miss rows on hand-built gold, coded events and explanations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detente.evaluation.wire_misses import NO_CANDIDATE, outcome_counts, story_misses
from tests.conftest import shared_path

ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations"

TEXT = "Kenya accused Uganda of arming rebels. Chile praised Peru on Monday."


def _gold(sentence: list[int], trigger: list[int], plover: str, cameo: str, src: str,
          tgt: str, eid: str) -> dict[str, Any]:
    return {"id": eid, "required": True, "sentence": sentence, "plover": [plover],
            "cameo": [cameo], "source": {"country": src}, "target": {"country": tgt},
            "reciprocal": False, "trigger": {"text": TEXT[trigger[0]:trigger[1]],
                                             "span": trigger}}


GOLD = {"article": {"id": "s1"}, "events": [
    _gold([0, 38], [6, 13], "ACCUSE", "112", "KEN", "UGA", "E1"),
    _gold([39, 68], [45, 52], "SUPPORT", "051", "CHL", "PER", "E2"),
]}


def _coded(at: int, plover: str, cameo: str, src: str, tgt: str | None) -> dict[str, Any]:
    return {"trigger": {"span": [at, at + 3], "text": TEXT[at:at + 3]}, "plover": plover,
            "cameo": cameo, "cameo_root": cameo[:2], "source": {"country": src},
            "target": {"country": tgt} if tgt else None, "reciprocal": False,
            "rule": "lex1:x"}


def test_a_found_event_gives_no_row_and_a_missed_one_its_failure_and_explanation() -> None:
    coded = {"events": [_coded(6, "ACCUSE", "112", "KEN", "UGA")]}
    explained = [{"span": [39, 68], "candidates": [
        {"trigger": "praised", "trigger_span": [45, 52], "outcome": "no source (nsubj)",
         "pattern": "praise", "model": None, "source": [], "target": []}]}]
    rows = story_misses(GOLD, {"text": TEXT}, coded, explained)
    assert [r["event"] for r in rows] == ["E2"]
    assert rows[0]["failure"] == "no event in the sentence"
    assert rows[0]["outcome"] == "no source (nsubj)"
    assert rows[0]["sentence"] == "Chile praised Peru on Monday."


def test_a_wrong_class_is_reported_with_what_was_coded() -> None:
    coded = {"events": [_coded(6, "ACCUSE", "112", "KEN", "UGA"),
                        _coded(45, "CONSULT", "040", "CHL", "PER")]}
    rows = story_misses(GOLD, {"text": TEXT}, coded, [])
    assert rows[0]["failure"] == "another class"
    assert rows[0]["coded_in_sentence"][0]["cameo"] == "040"
    assert rows[0]["outcome"] == NO_CANDIDATE


def test_a_candidate_outside_the_gold_trigger_does_not_explain_it() -> None:
    explained = [{"span": [39, 68], "candidates": [
        {"trigger": "Monday", "trigger_span": [61, 67], "outcome": "event"}]}]
    rows = story_misses(GOLD, {"text": TEXT}, {"events": []}, explained)
    assert [r["outcome"] for r in rows] == [NO_CANDIDATE, NO_CANDIDATE]


def test_outcomes_are_counted_without_their_details() -> None:
    rows = [{"outcome": "vetoed by the model (root 11 p=0.02)"},
            {"outcome": "vetoed by the model (root 02 p=0.10)"},
            {"outcome": "no source (nsubj)"}]
    assert outcome_counts(rows) == {"vetoed by the model": 2, "no source": 1}


@pytest.mark.shared
@pytest.mark.slow
def test_the_miss_file_has_one_line_per_missed_required_event(tmp_path: Path) -> None:
    from detente.evaluation.wire import evaluate

    shared_path("corpora", "news")
    out = tmp_path / "misses.jsonl"
    summary = evaluate(ANNOTATIONS / "wire", split="dev", limit=4, misses=out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    missed = summary["required"] - round(summary["found_loose"] * summary["required"])
    assert len(rows) == missed == sum(summary["miss_outcomes"].values())
    assert all(r["sentence"] and r["gold"]["trigger"] and r["outcome"] for r in rows)
