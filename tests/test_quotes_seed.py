"""Golden test: the seed article's quotes Q1-Q7 (kind, speaker, cue, channel)."""

from __future__ import annotations

import pytest


def _gold_ids(seed_gold: dict) -> list[str]:
    return [q["id"] for q in seed_gold["quotes"]]


def _find(seed_coded: dict, gold: dict) -> dict:
    found = [q for q in seed_coded["quotes"]
             if q["kind"] == gold["kind"] and q["text"].startswith(gold["text_starts"])]
    assert len(found) == 1, (gold["id"], [(q["kind"], q["text"][:40]) for q in seed_coded["quotes"]])
    return found[0]


@pytest.mark.parametrize("qid", ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"])
def test_seed_quote(seed_coded: dict, seed_gold: dict, qid: str) -> None:
    gold = next(q for q in seed_gold["quotes"] if q["id"] == qid)
    quote = _find(seed_coded, gold)
    assert quote["cue"] == gold["cue"]
    assert quote["channel"] == gold["channel"]
    speaker = quote["speaker"]
    assert speaker is not None
    # A person is named by the dictionary; a group ("US officials") by its words in the text.
    assert gold["speaker"] in (speaker["name"], speaker["text"]), speaker
    assert (speaker["country"], speaker["sector"]) == (
        gold["speaker_country"], gold["speaker_sector"]), speaker


def test_seed_gold_lists_seven_quotes(seed_gold: dict) -> None:
    assert _gold_ids(seed_gold) == ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]


def test_seed_quote_spans_and_cue_spans_slice_the_text(seed_coded: dict) -> None:
    import json

    from tests.conftest import shared_path

    text = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl").read_text())["text"]
    assert seed_coded["quotes"]
    ids = [q["id"] for q in seed_coded["quotes"]]
    assert len(ids) == len(set(ids))
    for quote in seed_coded["quotes"]:
        start, end = quote["span"]
        assert text[start:end] == quote["text"]
        if quote["cue_span"]:
            assert text[quote["cue_span"][0] : quote["cue_span"][1]] == quote["cue"]
