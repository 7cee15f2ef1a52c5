"""Seconds spent in each pipeline step (and in parsing) over the same stories, in one process.

    python bench/step_times.py [--limit 150] [--corpus ../shared/corpora/news/afp_xinhua_te3_silver.jsonl]
                               [--cpu] [--repeat 3]

Less sensitive to machine noise than throughput ratios taken in separate runs: compare two
checkouts by running this script with each one's ``src`` first on ``PYTHONPATH``. On a shared
machine, ``--cpu`` (process CPU time instead of wall time) and ``--repeat N`` (the fastest of N
passes, per step) take most of the other jobs' noise out.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from detente.nlp import load_bare_nlp
from detente.pipeline import STEPS, code_articles, prepare
from detente.records import Article

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--corpus", type=Path,
                        default=REPO.parent / "shared/corpora/news/afp_xinhua_te3_silver.jsonl")
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--cpu", action="store_true", help="process CPU time, not wall time")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the fastest is kept")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    with args.corpus.open(encoding="utf-8") as handle:
        recs = [json.loads(line) for _, line in zip(range(args.limit), handle, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date"), title=r.get("title"),
                        dateline=r.get("dateline") or None) for r in recs]
    spent: dict[str, float] = {}

    def timed(name: str, step: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(adoc: Any) -> Any:
            start = clock()
            out = step(adoc)
            spent[name] = spent.get(name, 0.0) + clock() - start
            return out
        return run

    steps = {name: timed(name, step) for name, step in STEPS.items()}
    list(code_articles(articles[:10], steps=steps))  # warm-up: model, caches
    best: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        spent.clear()
        fresh = [Article(id=a.id, text=a.text, published=a.published, title=a.title,
                         dateline=a.dateline) for a in articles]
        start = clock()
        list(code_articles(fresh, steps=steps))
        spent["total"] = clock() - start
        spent["parse"] = spent["total"] - sum(v for k, v in spent.items() if k != "total")
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    # bare spaCy on the same body paragraphs, same model package, same process
    texts: list[str] = []
    for a in articles:
        p = prepare(Article(id=a.id, text=a.text, published=a.published, title=a.title,
                            dateline=a.dateline))
        if isinstance(p, Article):
            texts.extend(p.text[s:e] for s, e in p.paragraphs)
    nlp = load_bare_nlp()
    for _ in range(max(1, args.repeat)):
        start = clock()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        seconds = clock() - start
        best["bare"] = min(best.get("bare", seconds), seconds)
    kind = "CPU" if args.cpu else "wall"
    print(f"{len(articles)} articles: total {best['total']:.2f} s {kind}"
          + (f" (fastest of {args.repeat} passes, per step)" if args.repeat > 1 else ""))
    for name in STEPS:
        print(f"  {name:8s} {best.get(name, 0.0):6.2f} s")
    print(f"  parse    {best['parse']:6.2f} s (spaCy and the rest)")
    print(f"bare spaCy nlp.pipe on the same {len(texts)} paragraphs: {best['bare']:.2f} s; "
          f"pipeline / bare {best['total'] / best['bare']:.2f}x, steps "
          f"{sum(best.get(n, 0.0) for n in STEPS) / best['bare']:.1%} of bare, parse and the "
          f"rest {best['parse'] / best['bare']:.1%}")


if __name__ == "__main__":
    main()
