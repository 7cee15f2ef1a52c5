"""Article dedup: exact copies and near-duplicate syndicated copies are coded once, and every
copy's source is recorded in article_sources; re-ingesting is a no-op."""

from __future__ import annotations

import json
from pathlib import Path

from detente.ingest.dedup import Deduplicator, minhash, text_hash
from detente.records import Article
from detente.runner import ingest
from detente.store import Store

STORY = (
    "The foreign ministers of the two neighbouring countries met in the capital on Monday and "
    "agreed to reopen their border crossings, which have been closed for most of the past year "
    "because of a dispute over fishing rights. Officials from both governments said a joint "
    "commission would meet next month to settle the remaining questions, and that trade "
    "delegations would follow. The opposition criticised the agreement as too hasty."
)
# The same story as a second agency ran it: a different lead-in and ending.
SYNDICATED = (
    "The foreign ministers of the two neighbouring countries met in the capital on Monday and "
    "agreed to reopen their border crossings, which have been closed for most of the past year "
    "because of a dispute over fishing rights. Officials from both governments said a joint "
    "commission would meet next month to settle the remaining questions, and that trade "
    "delegations would follow. The opposition criticised the agreement as far too hasty."
)
OTHER = (
    "Heavy rain flooded large parts of the coastal province over the weekend, forcing "
    "thousands of residents to leave their homes, the regional governor said on Sunday. "
    "Rescue teams used boats to reach villages cut off by the water, and the army sent "
    "helicopters with food and medicine. Forecasters expect more rain later this week."
)


def test_minhash_similarity_orders_copies() -> None:
    a, b, c = minhash(STORY), minhash(SYNDICATED), minhash(OTHER)
    assert a is not None and b is not None and c is not None
    assert a.jaccard(b) > 0.8 > a.jaccard(c)
    assert minhash("Too short to compare.") is None
    assert text_hash("a  b\nc") == text_hash("a b c")


def test_deduplicator_exact_and_near() -> None:
    d = Deduplicator()
    first = d.fingerprint(Article(id="afp-1", text=STORY))
    assert d.check(first) is None
    d.add(first)
    exact = d.check(d.fingerprint(Article(id="copy", text=STORY.replace(" ", "  "))))
    assert exact is not None and exact.kind == "exact" and exact.other == "afp-1"
    near = d.check(d.fingerprint(Article(id="reuters-1", text=SYNDICATED)))
    assert near is not None and near.kind == "near" and near.other == "afp-1"
    assert d.check(d.fingerprint(Article(id="x", text=OTHER))) is None


def test_ingest_codes_syndicated_story_once(tmp_path: Path) -> None:
    rows = [
        {"id": "afp-1", "text": STORY, "source": "AFP", "date": "2024-04-01"},
        {"id": "reuters-1", "text": SYNDICATED, "source": "Reuters", "date": "2024-04-01"},
        {"id": "xinhua-1", "text": STORY, "source": "Xinhua", "date": "2024-04-01"},
        {"id": "flood-1", "text": OTHER, "source": "AFP", "date": "2024-04-01"},
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    db = tmp_path / "d.duckdb"
    summary = ingest([str(src)], db)
    assert summary.coded == 2 and summary.duplicates == 2
    with Store(db, read_only=True) as st:
        ids = sorted(r[0] for r in st.con.execute("SELECT id FROM articles").fetchall())
        assert ids == ["afp-1", "flood-1"]
        sources = st.con.execute(
            "SELECT copy_id, source, match FROM article_sources WHERE article_id = 'afp-1' "
            "ORDER BY copy_id").fetchall()
        assert sources == [("afp-1", "AFP", "self"), ("reuters-1", "Reuters", "near"),
                           ("xinhua-1", "Xinhua", "exact")]
        reasons = [r[0] for r in st.con.execute(
            "SELECT reason FROM ingest_log WHERE status = 'skipped' ORDER BY line").fetchall()]
        assert reasons[0].startswith("[E014]") and reasons[1].startswith("[E009]")
    # A second source file with the same story later, and the same file again: no new articles.
    more = tmp_path / "later.jsonl"
    more.write_text(json.dumps({"id": "ap-1", "text": SYNDICATED, "source": "AP"}) + "\n")
    again = ingest([str(src), str(more)], db)
    assert again.coded == 0 and again.shards_resumed == 1 and again.duplicates == 1
    with Store(db, read_only=True) as st:
        assert st.count("articles") == 2
        assert st.count("articles") == 2
        assert st.con.execute("SELECT count(*) FROM article_sources").fetchall() == [(5,)]
