"""Issue 14: no record stops a run (ingest and code), every coding path has a per-article
deadline (E015), texts over the size limit fail alone (E016), and the steps stay linear in
paragraph length (regression tests on inputs and sentences of our own)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import duckdb
import pytest

from detente import pipeline
from detente.document import ArticleDoc
from detente.guard import CodingTimeout, code_safely, time_limit, warm_up
from detente.ingest.options import Limits, ReadOptions
from detente.pipeline import Skipped
from detente.records import Article, CodedArticle
from detente.runner import code_to_jsonl, ingest

TEXT = "Officials from Ghana and Togo met in Accra on Monday to discuss trade."


def _line(**fields: object) -> str:
    return json.dumps({"text": TEXT, "date": "2024-03-04", **fields}, ensure_ascii=False)


def test_hostile_records_never_stop_ingest_and_rerun_resumes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.jsonl"
    lines = [
        _line(id="ok-1"),
        "[" * 1000 + "]" * 1000,
        '{"text": "x", "n": ' + "9" * 4400 + "}",
        _line(id="title-int", title=123, dateline=456),
        '{"id": "sur\\ud800", "text": "Ghana \\ud800 and Togo met in Accra."}',
        _line(id="list-source", source=["AFP"], url=7),
        _line(id="ok-1"),  # the same id again (with --no-dedup: E018, not a failed shard)
        _line(id="ok-2", source="AFP", url="https://example.org/2"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "h.duckdb"
    summary = ingest([str(path)], db, workers=1, dedup=False)
    assert summary.read == len(lines)
    again = ingest([str(path)], db, workers=1, dedup=False)  # resumes: nothing left to do
    assert again.coded == 0 and again.shards_resumed >= 1
    con = duckdb.connect(str(db), read_only=True)
    log = con.execute("SELECT line, status, reason FROM ingest_log ORDER BY line").fetchall()
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    assert [r[0] for r in log] == list(range(1, len(lines) + 1))  # every line once
    by_line = {line: (status, reason) for line, status, reason in log}
    assert by_line[2][0] == "failed" and by_line[2][1].startswith("[E003]")
    assert by_line[3][0] == "failed" and by_line[3][1].startswith("[E003]")
    assert by_line[7][0] == "skipped" and by_line[7][1].startswith("[E018]")
    assert {"ok-1", "title-int", "sur\ufffd", "list-source", "ok-2"} <= ids


def test_code_survives_a_text_over_spacys_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_text = ("Ghana and Togo talked " * 60_000).strip()  # one 1.3M-character paragraph
    path.write_text(_line(id="a") + "\n" + json.dumps({"id": "long", "text": long_text})
                    + "\n" + _line(id="b") + "\n")
    out = tmp_path / "out.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        summary = code_to_jsonl([str(path)], fh)
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["article"]["id"] for r in records] == ["a", "long", "b"]
    assert summary.coded == 2 and summary.failed == 1
    assert records[1]["article"]["warnings"][-1].startswith("[E016]")
    # Over spaCy's own limit too when the setting allows it: E015 for that article alone.
    opts = ReadOptions(limits=Limits(max_article_chars=2_000_000))
    with out.open("w", encoding="utf-8") as fh:
        summary = code_to_jsonl([str(path)], fh, options=opts)
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert summary.coded == 2 and summary.failed == 1
    assert records[1]["article"]["warnings"][-1].startswith("[E015]")


def _hang_on_marker(adoc: ArticleDoc) -> None:
    if "STALL" in adoc.article.text:
        while True:
            time.sleep(0.001)


def test_code_command_path_has_a_per_article_deadline(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pipeline.STEPS, "stall", _hang_on_marker)
    path = tmp_path / "in.jsonl"
    path.write_text(_line(id="a") + "\n" + _line(id="slow", text="Ghana STALL Togo.") + "\n"
                    + _line(id="b") + "\n")
    out = tmp_path / "out.jsonl"
    opts = ReadOptions(limits=Limits(article_timeout=1.0))
    warm_up()  # loading the model and dictionaries is not part of the deadline
    started = time.monotonic()
    with out.open("w", encoding="utf-8") as fh:
        summary = code_to_jsonl([str(path)], fh, options=opts)
    assert time.monotonic() - started < 30
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["article"]["id"] for r in records] == ["a", "slow", "b"]
    assert summary.coded == 2 and summary.failed == 1
    assert records[1]["article"]["warnings"][-1].startswith("[E015]")
    assert "timed out" in records[1]["article"]["warnings"][-1]


def test_deadline_holds_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watcher thread and POST /code code outside the main thread, where SIGALRM
    cannot reach: the deadline still fires there."""
    monkeypatch.setitem(pipeline.STEPS, "stall", _hang_on_marker)
    results: list[object] = []

    def work() -> None:
        results.extend(code_safely([Article(id="t", text="Ghana STALL Togo."),
                                    Article(id="u", text=TEXT)], timeout=1.0))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert not thread.is_alive()
    slow, fine = results
    assert isinstance(slow, Skipped) and slow.reason.startswith("[E015]")
    assert isinstance(fine, CodedArticle)


def test_time_limit_in_a_thread_does_not_fire_after_the_block() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.3):
                while True:
                    pass
        except CodingTimeout:
            outcome.append("timeout")
        with time_limit(0.2):
            outcome.append("quick")
        time.sleep(0.5)  # the cancelled timer must not raise here
        outcome.append("after")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["timeout", "quick", "after"]


def _step_seconds(nlp: object, text: str, names: tuple[str, ...]) -> float:
    article = pipeline.prepare(Article(id="long", text=text, published="2024-04-02"), 10**7)
    assert isinstance(article, Article)
    docs = [(s, nlp(text[s:e])) for s, e in article.paragraphs]  # type: ignore[operator]
    best = float("inf")
    for _ in range(2):
        adoc = ArticleDoc(article, docs)
        spent = 0.0
        for name, step in pipeline.STEPS.items():
            started = time.perf_counter()
            step(adoc)
            if name in names:
                spent += time.perf_counter() - started
        best = min(best, spent)
    return best


def test_places_and_quotes_are_linear_in_paragraph_length(nlp: object) -> None:
    """One long paragraph of our own, 4x longer: a quadratic step took ~16-25x longer
    (places 0.11 s -> 2.4 s, quotes 0.06 s -> 1.5 s from 11k to 44k characters)."""
    unit = ('The Kenyan minister met officials in Nairobi on Monday, and he said "we will keep '
            'talking" according to state radio. Envoys in Lusaka accused Malawi of stalling. ')
    short = _step_seconds(nlp, unit * 40, ("quotes", "times", "places"))
    long = _step_seconds(nlp, unit * 160, ("quotes", "times", "places"))
    assert long < 9 * short + 0.3, (short, long)


def test_resume_does_not_depend_on_how_the_input_path_is_spelled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.jsonl").write_text(_line(id="p1") + "\n" + _line(id="p2") + "\n")
    db = tmp_path / "r.duckdb"
    first = ingest(["data/a.jsonl"], db, workers=1)
    assert first.coded == 2 and first.shards == 1
    for spelling in (str(tmp_path / "data" / "a.jsonl"), "./data/../data/a.jsonl"):
        again = ingest([spelling], db, workers=1)
        assert again.shards_resumed == 1 and again.shards == 0 and again.read == 0
