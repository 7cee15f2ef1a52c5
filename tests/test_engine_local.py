"""The local engine: records (not spaCy Docs) cross process boundaries; N workers give the same
database as one."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from detente.engine import default_workers, make_engine
from detente.engine.work import ShardTask, code_task
from detente.records import Article
from detente.runner import ingest, plan_shards
from tests.engine_support import snapshot, write_corpus


def test_results_are_picklable_records() -> None:
    out = code_task(ShardTask("s", [Article(id="p1", text=(
        "The president of France visited Germany on Monday and met the chancellor."))]))
    clone = pickle.loads(pickle.dumps(out))
    assert clone.manifest == out.manifest
    assert clone.results is not None and clone.results[0].to_dict() == out.results[0].to_dict()  # type: ignore[index]


def test_plan_shards_is_stable_and_per_input() -> None:
    items = [Article(id=f"x{i}", text="t", input="a" if i < 5 else "b", line=i) for i in range(9)]
    shards = list(plan_shards(items, size=3))
    assert [len(s.items) for s in shards] == [3, 2, 3, 1]
    assert [s.id for s in shards] == [s.id for s in plan_shards(items, size=3)]
    assert len({s.id for s in shards}) == 4


def test_default_workers_and_unknown_engine() -> None:
    assert default_workers() >= 1
    with pytest.raises(ValueError):
        make_engine("spark")


@pytest.mark.slow
def test_two_workers_equal_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", copies=2)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    s1 = ingest([str(corpus)], one, workers=1, shard_size=3)
    s2 = ingest([str(corpus)], two, workers=2, shard_size=3)
    assert s1.to_dict() == s2.to_dict()
    assert s1.coded == 14 and s1.failed == 1 and s1.skipped == 2  # 2 Spanish copies
    assert snapshot(one) == snapshot(two)


def test_stuck_article_times_out_and_the_shard_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from detente import pipeline
    from detente.engine.work import init_worker

    init_worker()
    original = pipeline.STEPS["quotes"]

    def stuck(adoc: object) -> None:
        if "forever" in adoc.article.text:  # type: ignore[attr-defined]
            while True:
                pass
        original(adoc)  # type: ignore[arg-type]

    monkeypatch.setitem(pipeline.STEPS, "quotes", stuck)
    out = code_task(ShardTask("s", [
        Article(id="ok", text="France and Germany signed a treaty on Monday."),
        Article(id="stuck", text="This sentence would be parsed forever, officials said.")]),
        timeout=3)
    status = {m["article_id"]: (m["status"], m["reason"] or "") for m in out.manifest}
    assert status["ok"] == ("ok", "")
    assert status["stuck"][0] == "failed" and status["stuck"][1].startswith("[E015]")
    assert "timed out" in status["stuck"][1]
