"""Throughput benchmark: bare spaCy vs the full pipeline (1 and 2 workers, Ray on 2 CPUs).

    python bench/throughput.py                       # AFP/Xinhua silver corpus, 300 articles
    python bench/throughput.py --limit 0             # the whole corpus
    python bench/throughput.py --all --limit 2000    # all ../shared/corpora/news/*.jsonl
    python bench/throughput.py --profile             # cProfile of the 1-worker pipeline

Reports articles/s and words/s for: bare ``nlp.pipe`` on the same body paragraphs (the same
model package with the same components, without detente's own: its verb-lemma fixes and parse
repairs count as pipeline cost), the full pipeline (structure, dedup, parse, every step, DuckDB
write) with 1 and 2 workers, the rules-only ``--fast`` tier with 1 worker, and the Ray engine on 2
CPUs when ray is installed; the ratios (default and fast tier against bare spaCy, in shards of
``detente run``'s default size; 2 workers against 1 in shards of 16, so that both have work);
peak RSS per worker; and the projected time for 1M articles. Appends a dated row to bench/RESULTS.md.
Worker start-up (spawning, loading the model) and the first run's one-time loading (a two-article
run) happen before the clock starts.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import itertools
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from spacy.language import Language  # noqa: E402

from detente.engine.local import LocalEngine  # noqa: E402
from detente.engine.work import init_worker  # noqa: E402
from detente.ingest import read_inputs  # noqa: E402
from detente.nlp import load_bare_nlp, load_nlp  # noqa: E402
from detente.pipeline import prepare  # noqa: E402
from detente.records import Article  # noqa: E402
from detente.runner import SHARD_SIZE, ingest_items  # noqa: E402
from detente.store import Store  # noqa: E402

SHARED = REPO.parent / "shared" / "corpora" / "news"
DEFAULT = SHARED / "afp_xinhua_te3_silver.jsonl"
RESULTS = REPO / "bench" / "RESULTS.md"
# Shards for the scaling runs (1 and 2 workers, Ray): small enough that 300 stories keep two
# workers busy; the tiers' ratios to bare spaCy are taken at ``detente run``'s own shard size.
SCALING_SHARD = 16
HEADER = ("| date | commit | corpus | articles | words | spaCy art/s | spaCy words/s | "
          "1w art/s | 1w words/s | 2w art/s | 2w words/s | ray(2) art/s | 1w/spaCy | 2w/1w | "
          "peak RSS/worker MB | 1M articles (h) |")


def load_articles(paths: list[Path], limit: int, offset: int = 0) -> list[Article]:
    """Articles read the normal way (limit 0 = all), after skipping ``offset``."""
    items = (it for it in read_inputs([str(p) for p in paths]) if isinstance(it, Article))
    return list(itertools.islice(items, offset, offset + limit if limit else None))


def fresh(articles: list[Article]) -> list[Article]:
    """Unstructured copies (each run starts from the reader's output)."""
    return [Article(id=a.id, text=a.text, title=a.title, published=a.published,
                    source=a.source, url=a.url, dateline=a.dateline,
                    content_hash=a.content_hash, input=a.input, line=a.line) for a in articles]


def body_paragraphs(articles: list[Article]) -> list[str]:
    texts: list[str] = []
    for a in fresh(articles):
        p = prepare(a)
        if isinstance(p, Article):
            texts.extend(p.text[s:e] for s, e in p.paragraphs)
    return texts


def bare_spacy(texts: list[str], nlp: Language) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - start


def pipeline_run(articles: list[Article], engine: Any, shard_size: int = SHARD_SIZE
                 ) -> tuple[float, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        summary = ingest_items(fresh(articles), store, engine=engine, shard_size=shard_size)
        return time.perf_counter() - start, summary.to_dict()


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, text=True,
                              capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def append_row(row: str, path: Path = RESULTS) -> None:
    """Add a row at the end of the throughput table (created, with its header, if absent)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if HEADER not in text:
        sep = "|" + "---|" * (HEADER.count("|") - 1)
        text = (text.rstrip("\n") + "\n\n## Throughput (bench/throughput.py)\n\n"
                + HEADER + "\n" + sep + "\n")
    lines = text.splitlines()
    i = lines.index(HEADER) + 1
    while i < len(lines) and lines[i].startswith("|"):
        i += 1
    lines.insert(i, row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--all", action="store_true", help="all ../shared/corpora/news/*.jsonl")
    ap.add_argument("--limit", type=int, default=300, help="articles (0 = all)")
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--no-workers", action="store_true", help="skip the 2-worker run")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of 1 worker")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)

    paths = sorted(SHARED.glob("*.jsonl")) if args.all else [args.corpus]
    articles = load_articles(paths, args.limit, args.offset)
    n = len(articles)
    texts = body_paragraphs(articles)
    words = sum(len(t.split()) for t in texts)
    print(f"{n} articles, {len(texts)} body paragraphs, {words} words", flush=True)

    res: dict[str, Any] = {"articles": n, "words": words}
    load_nlp()
    t = bare_spacy(texts, load_bare_nlp())
    res["spacy"] = (n / t, words / t)
    print(f"bare spaCy: {n / t:.2f} art/s, {words / t:.0f} words/s", flush=True)

    one = LocalEngine(workers=1)
    init_worker()  # load the steps' data (gazetteer, dictionaries) before the clock starts
    # ... and what the first ingest run loads (the dedup index imports datasketch and scipy,
    # ~1.8 s): paid once per process, it would otherwise count against whichever tier ran first
    pipeline_run(articles[:2], one)
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
    t, summary = pipeline_run(articles, one)
    if args.profile:
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
        print(buf.getvalue())
    res["w1"] = (n / t, words / t)
    res["summary"] = summary
    rss = list(one.worker_stats().values())
    print(f"pipeline 1 worker, shards of {SHARD_SIZE}: {n / t:.2f} art/s, {words / t:.0f} words/s "
          f"(coded {summary['coded']}, events {summary['events']})", flush=True)

    # The rules-only tier (--fast): same engine, the learned event layer off.
    os.environ["DETENTE_EVENT_MODEL"] = "0"
    try:
        t, fast_summary = pipeline_run(articles, LocalEngine(workers=1))
    finally:
        os.environ.pop("DETENTE_EVENT_MODEL", None)
    res["fast"] = (n / t, words / t)
    print(f"pipeline 1 worker, --fast tier, shards of {SHARD_SIZE}: {n / t:.2f} art/s, "
          f"{words / t:.0f} words/s "
          f"(events {fast_summary['events']})", flush=True)

    if not args.no_workers:
        t, _ = pipeline_run(articles, one, SCALING_SHARD)
        res["w1_scaling"] = (n / t, words / t)
        print(f"pipeline 1 worker, shards of {SCALING_SHARD}: {n / t:.2f} art/s, "
              f"{words / t:.0f} words/s", flush=True)
        two = LocalEngine(workers=2)
        try:
            two.worker_stats()  # start the workers and load their models before timing
            t, _ = pipeline_run(articles, two, SCALING_SHARD)
            res["w2"] = (n / t, words / t)
            rss = list(two.worker_stats().values())
            print(f"pipeline 2 workers: {n / t:.2f} art/s, {words / t:.0f} words/s", flush=True)
        finally:
            two.close()
    res["rss_mb"] = max(rss) / 2**20

    if not args.no_ray:
        try:
            from detente.engine.ray_engine import RayEngine

            ray_engine = RayEngine(workers=2)
        except (ImportError, RuntimeError) as err:
            print(f"ray: skipped ({err})")
        else:
            try:
                ray_engine.worker_stats()
                t, _ = pipeline_run(articles, ray_engine, SCALING_SHARD)
                res["ray"] = (n / t, words / t)
                print(f"ray engine, 2 CPUs: {n / t:.2f} art/s, {words / t:.0f} words/s",
                      flush=True)
            finally:
                ray_engine.close()

    best = max(v[0] for k, v in res.items() if k in ("w1", "w2", "ray"))
    res["hours_1m"] = 1e6 / best / 3600
    ratio1 = res["w1"][1] / res["spacy"][1]
    ratio2 = res["w2"][0] / res["w1_scaling"][0] if "w2" in res else None
    print(f"1 worker / bare spaCy (words/s): {ratio1:.2f}  (default tier, target >= 0.6)")
    print(f"1 worker --fast / bare spaCy (words/s): {res['fast'][1] / res['spacy'][1]:.2f}  "
          f"(target >= 0.8)")
    if ratio2 is not None:
        print(f"2 workers / 1 worker, shards of {SCALING_SHARD}: {ratio2:.2f}  (target >= 1.7)")
    print(f"peak RSS per worker: {res['rss_mb']:.0f} MB  (target < 1024)")
    print(f"projected time for 1M articles at {best:.2f} art/s: {res['hours_1m']:.1f} h "
          f"(GDELT volume needs > 1.2 art/s)")

    if not args.no_record:
        corpus = "all news" if args.all else args.corpus.stem
        if args.offset:
            corpus += f" (from #{args.offset})"
        def fmt(key: str, i: int) -> str:
            return f"{res[key][i]:.2f}" if i == 0 and key in res else (
                f"{res[key][i]:.0f}" if key in res else "-")
        row = (f"| {dt.date.today().isoformat()} | {commit()} | {corpus} | {n} | {words} | "
               f"{fmt('spacy', 0)} | {fmt('spacy', 1)} | {fmt('w1', 0)} | {fmt('w1', 1)} | "
               f"{fmt('w2', 0)} | {fmt('w2', 1)} | {fmt('ray', 0)} | {ratio1:.2f} | "
               f"{ratio2 if ratio2 is None else round(ratio2, 2)} | {res['rss_mb']:.0f} | "
               f"{res['hours_1m']:.1f} |")
        append_row(row)
        print(f"appended to {RESULTS}")
    return res


if __name__ == "__main__":
    main()
