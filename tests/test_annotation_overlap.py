"""One article under two ids across splits (detente.annotation.overlap), on hand-built inputs."""

from __future__ import annotations

from detente.annotation.overlap import (
    found_on,
    shared_texts,
    shared_with_another_split,
    split_pairs,
)

SPLITS = {"a-1": "dev", "a-1-B": "test", "b-2": "fresh", "b-2-C": "fresh", "c-3": "fresh_heldout"}
TEXTS = {"a-1": "Kenya met  Uganda.\n", "a-1-B": "Kenya met Uganda.", "b-2": "Chad left.",
         "b-2-C": "Chad left.", "c-3": "Mali stayed."}


def test_stories_with_one_text_are_grouped_whatever_their_whitespace() -> None:
    assert shared_texts(SPLITS, TEXTS) == [["a-1", "a-1-B"], ["b-2", "b-2-C"]]


def test_only_a_text_held_by_another_split_counts_as_shared() -> None:
    groups = shared_texts(SPLITS, TEXTS)
    assert split_pairs(groups, SPLITS) == {"dev/test": 1, "fresh": 1}
    assert shared_with_another_split(groups, SPLITS) == {"a-1", "a-1-B"}


def test_found_is_scored_without_the_left_out_stories() -> None:
    summary = {"per_story": [{"id": "a-1-B", "required": 2, "found_loose": 2},
                             {"id": "c-3", "required": 4, "found_loose": 1},
                             {"id": "d-4", "found_loose": 0}]}
    assert found_on(summary, set()) == {"stories": 3, "required": 6, "found": 3,
                                        "found_loose": 0.5}
    assert found_on(summary, {"a-1-B"})["found_loose"] == 0.25
    assert found_on({"per_story": []}, set())["found_loose"] is None
