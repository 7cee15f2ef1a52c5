"""Precision of each lexicon pattern on an annotated sentence split (rules only, no model).

Usage: .venv/bin/python bench/pattern_precision.py [SPLIT.jsonl] [--min N] [--show ID,...]
       [--out CODED.json] [--coded CODED.json]
Codes the articles of the split as ``detente eval events-sentences`` does (``code_rows``) with
the event model off (``DETENTE_EVENT_MODEL=0``), and counts, for every lexicon pattern id named
in an event's rule, its matches that agree with a gold event of the sentence (same PLOVER type
or CAMEO root), its matches in a sentence with gold events of other types only ("wrong") and in
a sentence without gold events ("no gold"). Patterns with at least N matches (default 5) are
listed, worst precision first; ``--show`` prints the sentences of a pattern's disagreeing
matches (for reading on TRAIN only). ``--out`` saves the coded events, ``--coded`` reuses them.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

Json = dict[str, Any]


def pattern_id(rule: str) -> str | None:
    """The lexicon pattern id of a rule (``lex1:agree`` or ``lex1:agree+model:1`` -> ``agree``)."""
    head = rule.split("+")[0]
    return head.split(":", 1)[1] if head.startswith("lex") and ":" in head else None


def agrees(event: Json, gold: list[Json]) -> bool:
    """Does the coded event share a PLOVER type or CAMEO root with a gold event?"""
    return any(event.get("plover") == g.get("plover") or event.get("cameo_root") == g["cameo"][:2]
               for g in gold)


def tally(rows: list[Json], predicted: list[list[Json]]) -> dict[str, Counter[str]]:
    """Per pattern id: matches, agreeing matches, wrong-type matches, matches without gold."""
    out: dict[str, Counter[str]] = {}
    for row, events in zip(rows, predicted, strict=True):
        for e in events:
            pid = pattern_id(e.get("rule") or "")
            if pid is None:
                continue
            c = out.setdefault(pid, Counter())
            c["matches"] += 1
            verdict = "agree" if agrees(e, row["events"]) else "wrong" if row["events"] else "no_gold"
            c[verdict] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="annotations/sentences/train.jsonl")
    ap.add_argument("--min", type=int, default=5)
    ap.add_argument("--show", default="")
    ap.add_argument("--out")
    ap.add_argument("--coded")
    args = ap.parse_args()
    os.environ["DETENTE_EVENT_MODEL"] = "0"
    from detente.evaluation.sentences import code_rows, load_rows
    from detente.evaluation.wire import article_records, shared_root

    rows = load_rows(args.split)
    if args.coded:
        predicted = json.loads(Path(args.coded).read_text("utf-8"))
    else:
        predicted = code_rows(rows, shared_root(Path(args.split)))
    if args.out:
        Path(args.out).write_text(json.dumps(predicted), "utf-8")
    counts = tally(rows, predicted)
    print(f"{'pattern':<28} {'matches':>7} {'agree':>6} {'wrong':>6} {'no gold':>7} {'prec':>5}")
    ranked = sorted(counts.items(), key=lambda kv: (kv[1]["agree"] / kv[1]["matches"],
                                                    -kv[1]["matches"]))
    for pid, c in ranked:
        if c["matches"] >= args.min:
            print(f"{pid:<28} {c['matches']:>7} {c['agree']:>6} {c['wrong']:>6} "
                  f"{c['no_gold']:>7} {c['agree'] / c['matches']:>5.2f}")
    total = Counter[str]()
    for c in counts.values():
        total.update(c)
    print(f"{'all patterns':<28} {total['matches']:>7} {total['agree']:>6} {total['wrong']:>6} "
          f"{total['no_gold']:>7} {total['agree'] / max(total['matches'], 1):>5.2f}")
    show = set(args.show.split(",")) - {""}
    texts = {} if not show else {k: r["text"] for k, r in article_records(
        [{"article": {"corpus_file": r["corpus_file"], "id": r["article_id"]}} for r in rows],
        shared_root(Path(args.split))).items()}
    for row, events in zip(rows, predicted, strict=True):
        for e in events:
            if pattern_id(e.get("rule") or "") in show and not agrees(e, row["events"]):
                gold = ",".join(f"{g['cameo']}/{g.get('plover')}" for g in row["events"]) or "-"
                print(f"\n[{pattern_id(e['rule'])}] {e.get('cameo')} trigger "
                      f"{(e.get('trigger') or {}).get('text')!r} gold {gold} {row['id']}\n  "
                      f"{texts[row['article_id']][row['sentence'][0]:row['sentence'][1]]}")


if __name__ == "__main__":
    main()
