"""End-to-end CLI runs: bad inputs are logged with file, line and reason, good ones are coded."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from detente import __version__
from detente.cli import app

runner = CliRunner()

GOOD = {"id": "ok-1", "date": "2024-03-01",
        "text": "China accused Japan of provocations on Friday.\n\nTokyo rejected the claim."}


OTHER_TEXT = "India urged Pakistan to resume talks on Monday.\n\nIslamabad welcomed the offer."


def _bad_inputs(tmp: Path) -> list[str]:
    binary = tmp / "random.txt"
    binary.write_bytes(os.urandom(4096) + b"\x00")
    empty = tmp / "empty.txt"
    empty.write_text("")
    jsonl = tmp / "mixed.jsonl"
    jsonl.write_text("\n".join([json.dumps(GOOD), "{not json", json.dumps({"id": "x"}),
                                json.dumps({**GOOD, "id": "ok-2", "text": OTHER_TEXT})]) + "\n")
    return [str(binary), str(empty), str(jsonl)]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_ingest_logs_bad_items_and_codes_good_ones(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    result = runner.invoke(app, ["ingest", *_bad_inputs(tmp_path), "--db", str(db)])
    assert result.exit_code == 1, result.output  # something failed, and the exit code says so
    con = duckdb.connect(str(db), read_only=True)
    assert {r[0] for r in con.execute("SELECT id FROM articles").fetchall()} == {"ok-1", "ok-2"}
    log = con.execute("SELECT input, line, status, reason FROM ingest_log ORDER BY input, line").fetchall()
    failed = {(Path(i).name, line): reason for i, line, status, reason in log if status == "failed"}
    assert failed[("mixed.jsonl", 2)].startswith("[E003]")
    assert failed[("mixed.jsonl", 3)].startswith("[E004]")
    assert failed[("random.txt", None)].startswith("[E002]")
    assert failed[("empty.txt", None)].startswith("[E005]")
    assert sum(1 for row in log if row[2] == "ok") == 2


def test_code_writes_one_line_per_article(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "ok-2", "date": None, "text": OTHER_TEXT}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(src), "--out", str(out), "--date", "2024-02-02"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["article"]["id"] for r in lines] == ["ok-1", "ok-2"]
    assert lines[1]["article"]["published"] == "2024-02-02"  # --date fills missing dates only
    assert lines[0]["article"]["published"] == "2024-03-01"


def test_bad_date_is_an_error_not_a_crash(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({**GOOD, "date": "yesterday-ish"}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert "E007" in result.output


def test_missing_file_is_reported(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_explain_a_stored_article_by_id(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(GOOD) + "\n")
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["explain", "ok-1", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    explained = json.loads(result.output)
    assert any("accused" in item["sentence"] for item in explained)
    missing = runner.invoke(app, ["explain", "no-such-id", "--db", str(db)])
    assert missing.exit_code != 0 and "no article" in missing.output
