"""Golden test: the seed article's time expressions normalise to the hand-annotated values."""

from __future__ import annotations

import pytest

from detente.times import normalise

pytestmark = pytest.mark.shared


def _find(times: list[dict], gold: dict, article_text: str) -> dict | None:
    """The produced expression with the gold text inside the gold's context phrase."""
    start = article_text.find(gold["in"])
    assert start >= 0, gold
    end = start + len(gold["in"])
    for t in times:
        if t["text"] == gold["text"] and start <= t["span"][0] and t["span"][1] <= end:
            return t
    return None


def test_seed_body_times_match_gold(seed_coded: dict, seed_gold: dict, nlp) -> None:
    import json

    from tests.conftest import shared_path

    text = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl").read_text())["text"]
    body = [g for g in seed_gold["times"] if g.get("note") != "caption"]
    assert len(body) == 8
    for gold in body:
        found = _find(seed_coded["times"], gold, text)
        assert found is not None, f"missing {gold['text']!r} in {gold['in']!r}"
        assert found["value"] == gold["value"], (gold, found)
        assert text[found["span"][0] : found["span"][1]] == found["text"]


def test_seed_caption_time_normalises(seed_gold: dict) -> None:
    caption = [g for g in seed_gold["times"] if g.get("note") == "caption"]
    assert len(caption) == 1
    gold = caption[0]
    found = [t for t in normalise(gold["in"], "2024-04-02") if t.text == gold["text"]]
    assert [t.value for t in found] == [gold["value"]]


def test_seed_caption_date_is_kept_as_a_caption_time(seed_coded: dict, seed_gold: dict) -> None:
    # "November 2023" appears only in the photo caption: it is in `times`, flagged, with the
    # gold value, and no event is dated by it (the caption is never coded).
    gold = next(g for g in seed_gold["times"] if g.get("note") == "caption")
    found = [t for t in seed_coded["times"] if t["text"] == gold["text"]]
    assert [(t["value"], t["caption"], t["sentence_index"]) for t in found] == [
        (gold["value"], True, -1)]
    assert all(not t["caption"] for t in seed_coded["times"] if t["text"] != gold["text"])
    assert all(e["date"] != gold["value"] for e in seed_coded["events"])


def test_seed_durations_are_not_dates(seed_coded: dict) -> None:
    two_hour = [t for t in seed_coded["times"] if t["text"] == "two-hour"]
    assert [(t["value"], t["kind"]) for t in two_hour] == [("PT2H", "duration")]
