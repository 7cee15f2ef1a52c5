"""Seed golden test: the 13 required events of the seed gold, none of the must_not cases."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import shared_path


def _gold() -> dict[str, Any]:
    import json

    return dict(json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.gold.json").read_text()))


def _as_list(x: Any) -> list[str]:
    return [x] if isinstance(x, str) else list(x or [])


def _side_ok(got: dict[str, Any] | None, want: dict[str, Any]) -> bool:
    if got is None:
        return False
    if got.get("country") != want["country"]:
        return False
    return not want.get("sector") or got.get("sector") == want["sector"]


def matches(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Event matches a gold item: sentence, source/target country (+sector), CAMEO root, PLOVER."""
    if gold["sentence_contains"] not in event["sentence"]:
        return False
    codes = _as_list(gold["cameo"])
    if event["cameo"] not in codes and event["cameo_root"] not in {c[:2] for c in codes}:
        return False
    if event["plover"] not in _as_list(gold["plover"]):
        return False
    pairs = [(event["source"], event["target"])]
    if event.get("reciprocal") or gold.get("reciprocal"):
        pairs.append((event["target"], event["source"]))
    return any(_side_ok(s, gold["source"]) and _side_ok(t, gold["target"]) for s, t in pairs)


def _required_ids() -> list[str]:
    try:
        return [g["id"] for g in _gold()["events"] if g["required"]]
    except BaseException:  # ../shared absent: one skipped placeholder
        return ["seed-absent"]


# Cases that fail only because the actors step does not yet resolve the actor (see report).
ACTOR_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("gold_id", _required_ids())
def test_required_event(gold_id: str, seed_coded: dict[str, Any]) -> None:
    gold = next(g for g in _gold()["events"] if g["id"] == gold_id)
    if gold_id in ACTOR_XFAIL:
        pytest.xfail(ACTOR_XFAIL[gold_id])
    produced = [e for e in seed_coded["events"] if gold["sentence_contains"] in e["sentence"]]
    assert any(matches(e, gold) for e in produced), [
        (e["source"]["name"], e["target"] and e["target"]["name"], e["cameo"], e["rule"])
        for e in produced
    ]


def test_must_not(seed_coded: dict[str, Any]) -> None:
    for bad in _gold()["must_not"]:
        for e in seed_coded["events"]:
            if "sentence_contains" in bad:
                assert bad["sentence_contains"] not in e["sentence"], bad["why"]
            if "actor_name" in bad:
                names = {e["source"]["name"], (e["target"] or {}).get("name")}
                assert bad["actor_name"] not in names, bad["why"]


def test_event_spans_slice_text(seed_coded: dict[str, Any]) -> None:
    import json

    text = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl").read_text())["text"]
    ids = [e["id"] for e in seed_coded["events"]]
    assert len(ids) == len(set(ids))
    for e in seed_coded["events"]:
        s, t = e["trigger"]["span"]
        assert text[s:t] == e["trigger"]["text"]
        s, t = e["source"]["span"]
        assert text[s:t] == e["source"]["text"]
        if e["target"]:
            s, t = e["target"]["span"]
            assert text[s:t] == e["target"]["text"]
        s, t = e["sentence_span"]
        assert text[s:t] == e["sentence"]
