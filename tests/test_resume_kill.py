"""Runs survive kill -9: a subprocess ingest is killed mid-way, re-run, and the database ends
with exactly the rows of an uninterrupted run (no duplicates, nothing lost)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from detente.store import Store
from tests.conftest import REPO, shared_path

N_ARTICLES = 200
SHARD = 8

SCRIPT = textwrap.dedent("""
    import sys
    from detente.runner import ingest
    def progress(n):
        print("committed", n, flush=True)
    summary = ingest([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), shard_size={shard},
                     progress=progress)
    print("done", summary.to_dict(), flush=True)
""").format(shard=SHARD)


def _corpus(tmp_path: Path) -> Path:
    """A few hundred real articles, cut to their first two paragraphs to keep the test fast,
    with some exact duplicates (dedup must resume too)."""
    src = shared_path("corpora", "news", "afp_xinhua_te3_silver.jsonl")
    out = tmp_path / "articles.jsonl"
    lines = []
    with src.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= N_ARTICLES:
                break
            record = json.loads(line)
            record["text"] = "\n\n".join(record["text"].split("\n\n")[:2])
            lines.append(json.dumps(record))
    lines[50:50] = lines[10:14]  # duplicates, in a later shard
    lines.insert(120, "{not json")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _snapshot(db: Path) -> dict[str, object]:
    with Store(db, read_only=True) as st:
        q = st.con.execute
        return {
            "articles": sorted(r[0] for r in q("SELECT id FROM articles").fetchall()),
            "events": sorted(r[0] for r in q("SELECT id FROM events").fetchall()),
            "counts": {t: q(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                       for t in ("articles", "events", "quotes", "mentions", "times", "places",
                                 "ingest_log", "article_sources", "article_fingerprints",
                                 "shards")},
            "log": sorted(q("SELECT input, line, article_id, status, reason FROM ingest_log")
                          .fetchall(), key=repr),
            "shards": sorted(r[0] for r in q("SELECT shard_id FROM shards").fetchall()),
        }


def _snapshot_code(tmp_path: Path) -> Path:
    """A copy of the package, so every run in this test uses the same code even while the
    working tree changes under it."""
    dest = tmp_path / "code"
    shutil.copytree(REPO / "src" / "detente", dest / "detente",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def _run(corpus: Path, db: Path, workers: int, code: Path) -> subprocess.Popen[str]:
    # A step stuck on one article is abandoned after 30 s (E015) in both runs alike.
    env = {**os.environ, "PYTHONPATH": str(code), "DETENTE_ARTICLE_TIMEOUT": "30"}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(corpus), str(db), str(workers)],
                            stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)


@pytest.mark.slow
def test_kill_9_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    code = _snapshot_code(tmp_path)
    reference = tmp_path / "reference.duckdb"
    ref = _run(corpus, reference, 1, code)
    out, _ = ref.communicate(timeout=900)
    assert ref.returncode == 0, out

    resumed = tmp_path / "resumed.duckdb"
    proc = _run(corpus, resumed, 2, code)
    assert proc.stdout is not None
    committed = 0
    total_shards = (N_ARTICLES + 5) // SHARD
    for line in proc.stdout:
        if line.startswith("committed"):
            committed += 1
            if committed >= total_shards // 3:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    partial = _snapshot(resumed)
    assert 0 < len(partial["shards"]) < total_shards  # type: ignore[arg-type]

    again = _run(corpus, resumed, 2, code)
    out, _ = again.communicate(timeout=900)
    assert again.returncode == 0, out
    assert "'shards_resumed': 0" not in out

    want, got = _snapshot(reference), _snapshot(resumed)
    assert got["counts"] == want["counts"]
    assert got["articles"] == want["articles"]
    assert got["events"] == want["events"]
    assert got["log"] == want["log"]
    assert got["shards"] == want["shards"]

    # Re-ingesting a finished run is a no-op.
    noop = _run(corpus, resumed, 1, code)
    out, _ = noop.communicate(timeout=600)
    assert "'read': 0" in out
    assert _snapshot(resumed)["counts"] == want["counts"]
