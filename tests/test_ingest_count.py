"""Item totals counted up front for the progress bar (issue 14, item 14): the count equals the
number of items the readers yield, for every countable format."""

from __future__ import annotations

import gzip
import io
import json
import threading
from pathlib import Path

import pytest
from rich.console import Console

from detente.ingest import ColumnMap, ReadOptions, read_inputs
from detente.ingest.count import count_file, count_items
from detente.progress import counted_task, progress_bar


def _jsonl(path: Path, n: int, blank_every: int = 0) -> Path:
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"a{i}", "text": f"Ministers met in town number {i}."}))
        if blank_every and i % blank_every == 0:
            lines.append("   ")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(inputs: list[str], options: ReadOptions | None = None) -> int:
    return sum(1 for _ in read_inputs(inputs, options=options))


def test_jsonl_counts_non_blank_lines(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 37, blank_every=5)
    assert count_file(path) == 37 == _read([str(path)])


def test_bad_lines_are_items_too(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "One."}\nnot json\n\n{"id": "b"}\n', encoding="utf-8")
    assert count_file(path) == 3 == _read([str(path)])


def test_no_final_newline_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b'{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two."}')
    assert count_file(path) == 2 == _read([str(path)])


def test_long_lines_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    body = "word " * 600_000  # 3 MB on one line: spans several read chunks
    path.write_text(json.dumps({"id": "x", "text": body}) + "\n\n" + json.dumps(
        {"id": "y", "text": "Short."}) + "\n", encoding="utf-8")
    assert count_file(path) == 2


def test_gzip_jsonl(tmp_path: Path) -> None:
    plain = _jsonl(tmp_path / "p.jsonl", 12)
    packed = tmp_path / "p.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert count_file(packed) == 12 == _read([str(packed)])


def test_csv_rows_with_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('id,body\n1,"First line\nsecond line"\n2,Plain\n3,"Third, with comma"\n',
                    encoding="utf-8")
    options = ReadOptions(columns=ColumnMap(text="body"))
    assert count_file(path, options) == 3 == _read([str(path)], options)


def test_directory_of_text_files_and_globs(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"The minister spoke on day {i}.", encoding="utf-8")
    (folder / "x.html").write_text("<html><body><p>The envoy arrived.</p></body></html>")
    _jsonl(folder / "more.jsonl", 3)
    assert count_items([str(folder)]) == 8 == _read([str(folder)])
    assert count_items([str(folder / "*.txt")]) == 4
    missing = str(tmp_path / "nope.jsonl")
    assert count_items([missing, str(folder / "0.txt")]) == 2 == _read([missing, str(folder / "0.txt")])


def test_empty_file_is_one_error_item(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert count_file(path) == 1 == _read([str(path)])


@pytest.mark.parametrize("name", ["-", "https://example.org/feed.xml"])
def test_stdin_and_urls_are_unknown(tmp_path: Path, name: str) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 2)
    assert count_items([str(path), name]) is None


def test_feeds_are_unknown(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    feed.write_text('<?xml version="1.0"?><rss><channel><item><title>t</title></item>'
                    '</channel></rss>', encoding="utf-8")
    assert count_file(feed) is None and count_items([str(feed)]) is None


def test_progress_task_gets_the_total_and_grows_past_it(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 9)
    progress = progress_bar(Console(file=io.StringIO()))
    advance = counted_task(progress, "coding", [str(path)])
    task = progress.tasks[0]
    for thread in threading.enumerate():
        if thread.name == "detente-count":
            thread.join(10)
    assert task.total == 9
    advance(4)
    assert (task.completed, task.total) == (4, 9)
    advance(7)  # more items than counted: the total follows
    assert task.completed == task.total == 11


def test_progress_task_stays_open_ended_for_stdin() -> None:
    progress = progress_bar(Console(file=io.StringIO()))
    advance = counted_task(progress, "coding", ["-"])
    for thread in threading.enumerate():
        if thread.name == "detente-count":
            thread.join(10)
    advance(3)
    assert progress.tasks[0].total is None and progress.tasks[0].completed == 3


def test_cli_ingest_bar_shows_the_total(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "The minister met the envoy."}) + "\n"
                    + "not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "d.duckdb"),
                                      "--workers", "1"], env={"COLUMNS": "160"})
    assert "2/2" in result.output, result.output
