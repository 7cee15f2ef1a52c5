"""Seconds spent in each pipeline step (and in parsing) over the same stories, in one process.

    python bench/step_times.py [--limit 150] [--corpus ../shared/corpora/news/afp_xinhua_te3_silver.jsonl]

Less sensitive to machine noise than throughput ratios taken in separate runs: compare two
checkouts by running this script with each one's ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from detente.pipeline import STEPS, code_articles
from detente.records import Article

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--corpus", type=Path,
                        default=REPO.parent / "shared/corpora/news/afp_xinhua_te3_silver.jsonl")
    parser.add_argument("--limit", type=int, default=150)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as handle:
        recs = [json.loads(line) for _, line in zip(range(args.limit), handle, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date"), title=r.get("title"),
                        dateline=r.get("dateline") or None) for r in recs]
    spent: dict[str, float] = {}

    def timed(name: str, step: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(adoc: Any) -> Any:
            start = time.perf_counter()
            out = step(adoc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
            return out
        return run

    steps = {name: timed(name, step) for name, step in STEPS.items()}
    list(code_articles(articles[:10], steps=steps))  # warm-up: model, caches
    spent.clear()
    start = time.perf_counter()
    list(code_articles(articles, steps=steps))
    total = time.perf_counter() - start
    print(f"{len(articles)} articles: total {total:.2f} s")
    for name, seconds in spent.items():
        print(f"  {name:8s} {seconds:6.2f} s")
    print(f"  parse    {total - sum(spent.values()):6.2f} s (spaCy and the rest)")


if __name__ == "__main__":
    main()
