"""The throughput benchmark runs end to end on a few articles and records rows in its table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import REPO, shared_path


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_throughput",
                                                  REPO / "bench" / "throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_throughput"] = module
    spec.loader.exec_module(module)
    return module


def test_append_row_keeps_table_together(tmp_path: Path) -> None:
    bench = _bench()
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmarks\n\n## Other\n\n| a |\n|---|\n| 1 |\n")
    bench.append_row("| row1 |", results)
    results.write_text(results.read_text() + "\n## Later section\n\n| b |\n")
    bench.append_row("| row2 |", results)
    lines = results.read_text().splitlines()
    header = lines.index(bench.HEADER)
    assert lines[header + 2 : header + 4] == ["| row1 |", "| row2 |"]
    assert lines[-1] == "| b |"


def test_benchmark_small_run() -> None:
    corpus = shared_path("corpora", "news", "afp_xinhua_te3_silver.jsonl")
    res = _bench().main(["--corpus", str(corpus), "--limit", "4", "--no-ray", "--no-workers",
                         "--no-record"])
    assert res["articles"] == 4 and res["words"] > 0
    assert res["spacy"][0] > 0 and res["w1"][0] > 0
    assert res["summary"]["coded"] == 4
    assert 0 < res["rss_mb"] < 4096
