"""Issue 14: databases and outputs. A path that is not a DuckDB database is refused with a
clear error, outputs never overwrite their inputs, write failures are errors not tracebacks,
cluster codes are deterministic, killed Ray runs' temp dirs are removed, dates stay on the
calendar, markup in a reason cannot crash the summary, ``--date`` is checked."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import DetenteError
from detente.store import Store
from detente.temporal.calendar import on_calendar
from detente.times import normalise
from tests.store_factories import CHN, USA, Art, Ev, make_db

runner = CliRunner()


@pytest.mark.parametrize("name, content, code", [
    ("events.csv", b"a,b\n1,2\n", "E203"),
    ("events.json", b'{"a": 1}\n', "E203"),
    ("empty.duckdb", b"", "E203"),
])
def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, name: str, content: bytes,
                                                  code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(DetenteError, match=code):
            Store(path, read_only=read_only)
    assert path.read_bytes() == content


def test_missing_and_directory_databases_have_their_own_errors(tmp_path: Path) -> None:
    with pytest.raises(DetenteError, match="E202"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()
    with pytest.raises(DetenteError, match=r"E204.*directory"):
        Store(tmp_path, read_only=True)


def test_ingest_into_a_csv_exits_with_an_error_and_stores_nothing(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Peru thanked Chile."}) + "\n")
    target = tmp_path / "out.csv"
    target.write_text("x,y\n")
    from detente.cli import main

    result = runner.invoke(app, ["ingest", str(src), "--db", str(target)])
    assert result.exit_code != 0
    assert isinstance(result.exception, DetenteError) and "E203" in str(result.exception)
    assert target.read_text() == "x,y\n"
    assert callable(main)


def test_code_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    content = json.dumps({"id": "a", "text": "Peru thanked Chile."}) + "\n"
    src.write_text(content)
    result = runner.invoke(app, ["code", str(src), "--out", str(src)])
    assert isinstance(result.exception, DetenteError) and "E302" in str(result.exception)
    assert src.read_text() == content
    result = runner.invoke(app, ["code", str(tmp_path), "--out", str(tmp_path / "new.jsonl")])
    assert isinstance(result.exception, DetenteError) and "E302" in str(result.exception)
    result = runner.invoke(app, ["code", str(tmp_path / "*.jsonl"), "--out", str(src)])
    assert isinstance(result.exception, DetenteError) and "E302" in str(result.exception)
    assert src.read_text() == content


def test_export_and_network_refuse_the_database_and_report_write_errors(tmp_path: Path) -> None:
    db = make_db(tmp_path / "d.duckdb")
    before = db.read_bytes()
    for cmd in (["export", "--format", "csv"], ["network"]):
        result = runner.invoke(app, [*cmd, "--db", str(db), "--out", str(db)])
        assert isinstance(result.exception, DetenteError) and "E302" in str(result.exception)
    assert db.read_bytes() == before
    with Store(db, read_only=True):
        pass  # still a database
    targets = [tmp_path]  # a directory
    if Path("/dev/full").exists():
        targets.append(Path("/dev/full"))  # a full disk
    for out in targets:
        result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
        assert isinstance(result.exception, DetenteError), result.exception
        assert "E303" in str(result.exception)
    result = runner.invoke(app, ["network", "--db", str(db), "--out",
                                 str(tmp_path / "no" / "such" / "dir.gexf")])
    assert isinstance(result.exception, DetenteError) and "E303" in str(result.exception)


def test_invalid_date_option_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Peru thanked Chile.")
    result = runner.invoke(app, ["code", str(src), "--date", "2024-13-45"])
    assert result.exit_code == 2 and "E007" in result.output


def test_markup_in_a_reason_does_not_crash_the_summary(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "m", "text": "Peru thanked Chile.", "date": "[/red]"})
                   + "\n")
    result = runner.invoke(app, ["code", str(src), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "[/red]" in result.output


def _tie(first: str, second: str) -> Art:
    return Art("t", "2024-04-02", "AFP", [
        Ev(f"China {w} the United States.", (CHN, "China"), w, (USA, "the United States"), c)
        for w, c in ((first, {"warned": "130", "threatened": "138"}[first]),
                     (second, {"warned": "130", "threatened": "138"}[second]))])


def test_cluster_code_ties_are_broken_the_same_way_in_any_order(tmp_path: Path) -> None:
    codes = []
    for n, order in enumerate((("warned", "threatened"), ("threatened", "warned"))):
        db = make_db(tmp_path / f"c{n}.duckdb", [_tie(*order)])
        con = duckdb.connect(str(db), read_only=True)
        codes.append(con.execute("SELECT cameo, num_mentions FROM event_clusters").fetchall())
        con.close()
    assert codes[0] == codes[1] == [("130", 2)]


def test_stale_ray_shard_dirs_are_removed(tmp_path: Path) -> None:
    from detente.engine.ray_engine import SHARD_DIR_PREFIX, remove_stale_shard_dirs

    dead = tmp_path / f"{SHARD_DIR_PREFIX}999999999-abc"
    alive = tmp_path / f"{SHARD_DIR_PREFIX}{os.getpid()}-def"
    other = tmp_path / "unrelated"
    for d in (dead, alive, other):
        (d / "shard").mkdir(parents=True)
    assert remove_stale_shard_dirs(tmp_path) == [dead]
    assert not dead.exists() and alive.exists() and other.exists()
    shutil.rmtree(alive)


@pytest.mark.parametrize("value", ["-009", "1-W02", "0-Q4", "10000-01", "0000", "4-W13-WE"])
def test_off_calendar_values_are_rejected(value: str) -> None:
    assert not on_calendar(value)


@pytest.mark.parametrize("value", ["2024-04-02", "2024-W14", "2024-W14-WE", "2024-Q4", "2024",
                                   "199", "19", "P3D", "PRESENT_REF", "2024-04-02TMO"])
def test_calendar_values_pass(value: str) -> None:
    assert on_calendar(value)


@pytest.mark.parametrize("text", ["It happened 2,030 years ago.", "It happened 8,100 quarters ago.",
                                  "That was 105,400 weeks ago.", "It will end 8,000 years from now."])
def test_arithmetic_off_the_calendar_gives_no_date(text: str) -> None:
    for t in normalise(text, "2024-04-02", "past"):
        assert on_calendar(t.value), (t.text, t.value)


def test_markup_in_stored_quotes_does_not_crash_the_store_summary() -> None:
    from rich.console import Console

    import detente.cli as cli

    console = Console(record=True, width=120)
    original = cli.out_console
    cli.out_console = console
    try:
        cli.print_store_summary({"articles": 1, "events_by_quad_class": {1: 2}, "top_dyads": [],
                                 "top_quotes": [{"speaker": "[/red]", "text": "we [/b] agree"}]})
    finally:
        cli.out_console = original
    assert "we [/b] agree" in console.export_text()
