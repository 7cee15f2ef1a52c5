"""The Ray engine runs the same steps as the local engine and its Parquet shards, imported by
the store, give the same database. Skipped when the optional ``ray`` extra is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.runner import ingest
from tests.engine_support import snapshot, write_corpus

ray = pytest.importorskip("ray", reason="the optional ray extra is not installed")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_ray_engine_equals_local(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    local, remote = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    s_local = ingest([str(corpus)], local, workers=1, shard_size=3)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        parquet = tmp_path / "shards"
        s_ray = ingest([str(corpus)], remote, engine="ray", workers=2, shard_size=3,
                       parquet_dir=str(parquet))
    finally:
        ray.shutdown()
    assert s_ray.to_dict() == s_local.to_dict()
    assert s_local.coded == 7
    assert snapshot(remote) == snapshot(local)
    assert any(parquet.glob("*/events.parquet"))  # the shards stay queryable as Parquet
