"""The DuckDB store: transactional batches, idempotent per article id, ingest log."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.records import Actor, Article, CodedArticle, Event, EventActor, Trigger
from detente.store import Store


def _coded(article_id: str, n_events: int) -> CodedArticle:
    text = "China accused Japan."
    article = Article(id=article_id, text=text, published="2024-01-05")
    chn = EventActor(Actor("China", "CHN", "GOV", kind="country"), "China", (0, 5))
    jpn = EventActor(Actor("Japan", "JPN", None, kind="country"), "Japan", (14, 19))
    events = [
        Event(id=f"{article_id}-{i}", sentence_index=0, sentence=text, source=chn, target=jpn,
              cameo="112", cameo_root="11", plover="ACCUSE", plover_mode=None, goldstein=-2.0,
              quad_class=3, trigger=Trigger("accused", (6, 13)), rule="test", date="2024-01-05")
        for i in range(n_events)
    ]
    return CodedArticle(article, events=events)


def test_write_is_idempotent_per_article(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        store.write([_coded("a", 2), _coded("b", 1)])
        store.write([_coded("a", 2)])  # re-coding the same article replaces its rows
        assert store.count("articles") == 2
        assert store.count("events") == 3
        store.write([_coded("a", 1)])
        assert store.count("events") == 2


def test_failed_batch_rolls_back(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        store.write([_coded("a", 1)])
        bad = _coded("b", 1)
        bad.events.append(bad.events[0])  # duplicate primary key inside one batch
        with pytest.raises(Exception):  # noqa: B017  (duckdb raises a constraint error)
            store.write([bad])
        assert store.article_ids() == {"a"}
        assert store.count("events") == 1


def test_read_only_store_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.write([_coded("a", 1)], [{"input": "f.jsonl", "line": 1, "article_id": "a",
                                         "status": "ok", "reason": None}])
    with Store(path, read_only=True) as ro:
        assert ro.has_article("a")
        assert ro.count("ingest_log") == 1
        with pytest.raises(Exception):  # noqa: B017
            ro.con.execute("DELETE FROM articles")
