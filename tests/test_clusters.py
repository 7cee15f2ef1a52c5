"""Cross-article clusters over hand-made coded articles."""

from __future__ import annotations

from pathlib import Path

from detente.clusters import cluster_events
from detente.store import Store
from tests.store_factories import CHN, USA, XI, Art, Ev, build, corpus, make_db


def _clusters(store: Store) -> list[tuple]:
    return store.con.execute(
        """SELECT source_country, target_country, cameo_root, num_articles, num_sources,
                  num_mentions, first_reported, first_article_id, negated
           FROM event_clusters ORDER BY cluster_id""").fetchall()


def test_same_event_in_three_articles_is_one_cluster(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.duckdb")
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            """SELECT num_articles, num_sources, num_mentions, first_reported,
                      first_article_id, date, last_date
               FROM event_clusters WHERE source_country = 'CHN' AND cameo_root = '13'"""
        ).fetchall()
        assert len(rows) == 1
        n_art, n_src, n_men, first, first_article, date, last = rows[0]
        assert (n_art, n_src, n_men) == (3, 3, 3)
        assert str(first) == "2024-04-02" and first_article in {"a1", "a3"}
        assert str(date) == "2024-04-02" and str(last) == "2024-04-03"
        ids = store.con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE id IN ('a1-e1','a2-e0','a3-e0')"
        ).fetchall()
        assert len(ids) == 1 and ids[0][0] is not None


def test_every_event_has_a_cluster_and_negated_are_apart(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.duckdb")
    with Store(db, read_only=True) as store:
        assert store.con.execute(
            "SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)
        neg = store.con.execute(
            "SELECT negated, num_mentions FROM event_clusters c JOIN events e USING (cluster_id)"
            " WHERE e.id = 'a2-e1'").fetchone()
        assert neg == (True, 1)
        total = store.con.execute("SELECT sum(num_mentions) FROM event_clusters").fetchone()
        assert total == (store.count("events"),)


def test_idempotent_and_stable_ids(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.duckdb")
    with Store(db) as store:
        before = _clusters(store)
        ids = store.con.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()
        assert cluster_events(store.con) == len(before)
        assert _clusters(store) == before
        assert store.con.execute(
            "SELECT id, cluster_id FROM events ORDER BY id").fetchall() == ids
        ids_unique = store.con.execute(
            "SELECT count(*) = count(DISTINCT cluster_id) FROM event_clusters").fetchone()
        assert ids_unique == (True,)


def test_date_window_splits_distant_reports(tmp_path: Path) -> None:
    arts = [
        Art(f"w{i}", day, "AFP", [Ev("Xi warned the United States.", (XI, "Xi"), "warned",
                                     (USA, "the United States"), "130")])
        for i, day in enumerate(["2024-04-01", "2024-04-02", "2024-04-10"])
    ]
    db = make_db(tmp_path / "w.duckdb", arts)
    with Store(db, read_only=True) as store:
        sizes = [r[0] for r in store.con.execute(
            "SELECT num_mentions FROM event_clusters ORDER BY date").fetchall()]
    assert sizes == [2, 1]


def test_shared_quote_joins_reports_beyond_the_window(tmp_path: Path) -> None:
    quote = "this is a grave mistake by Washington"
    arts = [
        Art(f"s{i}", day, src, [Ev(f"China said \"{quote}\".", (CHN, "China"), "said",
                                   (USA, "Washington"), "111", quote=quote)])
        for i, (day, src) in enumerate([("2024-04-01", "AFP"), ("2024-04-09", "AP")])
    ]
    db = make_db(tmp_path / "s.duckdb", arts)
    with Store(db, read_only=True) as store:
        assert store.con.execute(
            "SELECT num_articles, num_sources FROM event_clusters").fetchall() == [(2, 2)]


def test_rewriting_an_article_then_reclustering(tmp_path: Path) -> None:
    db = make_db(tmp_path / "r.duckdb")
    with Store(db) as store:
        n = store.count("event_clusters")
        store.write([build(corpus()[1])])  # re-ingest: rows replaced, cluster ids reset
        assert cluster_events(store.con) == n
        assert store.con.execute(
            "SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)


def test_incremental_equals_full(tmp_path: Path) -> None:
    arts = corpus()
    db = make_db(tmp_path / "i.duckdb", arts[:2])
    extra = [Art("late", "2024-04-03", "AP", [
        Ev("Xi warned the United States again.", (XI, "Xi"), "warned",
           (USA, "the United States"), "130")])]
    with Store(db) as store:
        store.write([build(a) for a in arts[2:] + extra])
        incremental = cluster_events(store.con)
        inc_rows = _clusters(store)
        inc_ids = store.con.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()
        assert cluster_events(store.con, full=True) == incremental
        assert _clusters(store) == inc_rows
        assert store.con.execute(
            "SELECT id, cluster_id FROM events ORDER BY id").fetchall() == inc_ids
    threat = [r for r in inc_rows if r[2] == "13"]
    assert threat == [("CHN", "USA", "13", 4, 4, 4, threat[0][6], threat[0][7], False)]


def test_recoded_event_leaving_a_cluster_updates_its_counts(tmp_path: Path) -> None:
    arts = corpus()
    db = make_db(tmp_path / "m.duckdb", arts)
    # a3's threat is re-coded as an accusation: the threat cluster loses one report
    recoded = Art("a3", "2024-04-02", "Xinhua", [
        Ev("Xi told the United States \"we will never accept this provocation\".", (XI, "Xi"),
           "told", (USA, "the United States"), "112")])
    with Store(db) as store:
        store.write([build(recoded)])
        cluster_events(store.con)
        inc = _clusters(store)
        threat = [r for r in inc if r[0] == "CHN" and r[2] == "13"]
        assert [r[3:6] for r in threat] == [(2, 2, 2)]
        cluster_events(store.con, full=True)
        assert _clusters(store) == inc
