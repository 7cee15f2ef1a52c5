"""Golden test on the seed article: structure, the output contract, exact provenance spans."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from tests.conftest import shared_path


def test_seed_structure(seed_coded: dict, seed_gold: dict) -> None:
    article = seed_coded["article"]
    gold = seed_gold["article"]
    assert article["title"] == gold["title"]
    assert article["captions"] == gold["captions"]  # the repeated caption is kept once
    assert article["photo_credits"] == gold["photo_credits"]
    assert article["subheads"] == gold["subheads"]
    assert article["published"] == "2024-04-02"


def test_caption_is_never_coded(seed_coded: dict) -> None:
    for kind in ("events", "quotes", "mentions"):
        for item in seed_coded[kind]:
            assert "seen here in California" not in item.get("sentence", item.get("text", ""))
    for mention in seed_coded["mentions"]:
        assert "SMIALOWSKI" not in mention["text"]


def test_seed_phone_call_between_usa_and_chn(seed_coded: dict) -> None:
    calls = [
        e for e in seed_coded["events"]
        if e["cameo_root"] == "04" and "telephone call Tuesday" in e["sentence"]
        and {e["source"]["country"], (e["target"] or {}).get("country")} == {"USA", "CHN"}
    ]
    assert calls, "the Biden-Xi phone call is not among the events"
    assert calls[0]["date"] == "2024-04-02"


def test_cli_code_on_seed_spans_slice_original_text(tmp_path: Path) -> None:
    seed = shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl")
    out = tmp_path / "seed.jsonl"
    result = CliRunner().invoke(app, ["code", str(seed), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    text = json.loads(seed.read_text())["text"]
    assert record["events"], "no events coded on the seed"
    for event in record["events"]:
        for part in (event["trigger"], event["source"], event["target"]):
            if part is None:
                continue
            start, end = part["span"]
            assert text[start:end] == part["text"], (event["id"], part)
        assert event["sentence"] in text
    for kind in ("quotes", "times", "places", "mentions"):
        for item in record[kind]:
            start, end = item["span"]
            assert text[start:end] == item["text"], (kind, item)
