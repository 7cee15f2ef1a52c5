"""Over-generation and cost check of the events step on AFP/Xinhua wire stories.

Usage: .venv/bin/python bench/events_overgen.py [N_ARTICLES] [OUT.jsonl] [SKIP_STEPS,...] [START]
       [SEED]
(START: index of the first article, default 0; SEED: sampling seed, default 7.)
Prints events per article, the share of CAMEO 010/01x statements, the top 20 codes, the time of
the pipeline with and without the events step, and writes a sample of 30 random events.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from detente.document import ArticleDoc
from detente.nlp import load_nlp
from detente.pipeline import STEPS, Skipped, prepare
from detente.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/news/afp_xinhua_te3_silver.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    sample_out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/events_sample.jsonl")
    skip = set(sys.argv[3].split(",")) - {""} if len(sys.argv) > 3 else set()
    start = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 7
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")][start:start + n]
    nlp = load_nlp()
    arts = [prepare(Article(id=r["id"], text=r["text"], published=r.get("date"),
                            title=r.get("title"))) for r in rows]
    arts_ok = [a for a in arts if not isinstance(a, Skipped)]
    t0 = time.perf_counter()
    texts = [a.text[s:e] for a in arts_ok for s, e in a.paragraphs]
    docs = iter(list(nlp.pipe(texts, batch_size=256)))
    t_parse = time.perf_counter() - t0
    adocs = [ArticleDoc(a, [(s, next(docs)) for s, _ in a.paragraphs]) for a in arts_ok]
    t_steps: Counter[str] = Counter()
    print(f"parsed {len(adocs)} articles in {t_parse:.1f}s", flush=True)
    for k, adoc in enumerate(adocs):
        if k % 20 == 0:
            print(f"  {k} articles; steps so far: {dict(t_steps)}", flush=True)
        for name, step in STEPS.items():
            if name in skip:
                continue
            t = time.perf_counter()
            try:
                step(adoc)
            except Exception as exc:  # neighbour steps under development
                adoc.article.warnings.append(f"{name}: {exc}")
            t_steps[name] += time.perf_counter() - t
    events = [(adoc.article.id, e) for adoc in adocs for e in adoc.events]
    codes = Counter(e.cameo for _, e in events)
    stmt = sum(1 for _, e in events if e.cameo_root == "01")
    print(f"articles {len(adocs)}  events {len(events)}  per article {len(events) / len(adocs):.2f}")
    print(f"share CAMEO 010: {codes['010'] / max(len(events), 1):.3f}  share root 01: "
          f"{stmt / max(len(events), 1):.3f}")
    print("modality:", Counter(e.modality for _, e in events).most_common())
    print("top 20 codes:", codes.most_common(20))
    print(f"parse {t_parse:.1f}s  steps: " + ", ".join(f"{k} {v:.2f}s" for k, v in t_steps.items()))
    print(f"events step / parse = {t_steps['events'] / t_parse:.3f}")
    random.seed(seed)
    pick = random.sample(events, min(30, len(events)))
    with sample_out.open("w", encoding="utf-8") as fh:
        for aid, e in pick:
            fh.write(json.dumps({"article": aid, "sentence": e.sentence,
                                 "source": e.source.actor.name, "sc": e.source.actor.country,
                                 "target": e.target.actor.name if e.target else None,
                                 "tc": e.target.actor.country if e.target else None,
                                 "cameo": e.cameo, "trigger": e.trigger.text, "rule": e.rule,
                                 "modality": e.modality}) + "\n")


if __name__ == "__main__":
    main()
