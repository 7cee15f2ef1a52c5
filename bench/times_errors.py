"""The times step's errors on a TimeML gold set, grouped by pattern (issue 13, item 2).

Usage:
    .venv/bin/python bench/times_errors.py [GOLD] [--cache PATH] [--top N] [--examples K]
                                           [--kind value|missed|spurious] [--json OUT]

GOLD defaults to ../shared/dev/time/TBAQ-cleaned. The paragraphs are parsed once and kept in a
spaCy DocBin at ``--cache`` (default /tmp/detente_times_parsed.spacy, keyed by the gold path):
later runs only re-run the times step (seconds, not minutes), so a rule change can be checked
on the whole set. Delete the cache after a change to the spaCy model or to the paragraph split.

Prints the TempEval-3 figures (as ``detente eval times``), then the value errors grouped by
(gold type, gold value shape, our value shape) with digits masked ("9999-W99" vs
"9999-99-99"), largest group first, each with a few examples (gold text, our text, both
values, DCT); then the missed and spurious expressions grouped by lower-cased text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from detente.evaluation.times import (
    GoldDoc,
    gold_files,
    mistakes,
    paragraphs,
    read_tml,
    render,
    score,
    shape,
    system_times,
)
from detente.nlp import load_nlp
from detente.pipeline import parser_text

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "dev" / "time" / "TBAQ-cleaned"


def parsed_docs(docs: list[GoldDoc], cache: Path) -> list[list[Any]]:
    """Each document's paragraphs as spaCy Docs, from the cache when it matches ``docs``."""
    nlp = load_nlp()
    spans = [paragraphs(d.text) for d in docs]
    texts = [parser_text(d.text[s:e]) for d, sp in zip(docs, spans, strict=True) for s, e in sp]
    meta = cache.with_suffix(".json")
    # (a cache parsed from texts with their line breaks is parsed again)
    key = {"parser_text": True, "lengths": [len(t) for t in texts]}
    if cache.exists() and meta.exists() and json.loads(meta.read_text()) == key:
        flat = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        flat = list(nlp.pipe(texts, batch_size=64))
        DocBin(store_user_data=False, docs=flat).to_disk(cache)
        meta.write_text(json.dumps(key))
    out, at = [], 0
    for sp in spans:
        out.append(flat[at : at + len(sp)])
        at += len(sp)
    return out


def _groups(errors: list[dict[str, Any]], key: Any) -> list[tuple[Any, list[dict[str, Any]]]]:
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for e in errors:
        groups[key(e)].append(e)
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def main(argv: list[str] | None = None) -> int:
    """Score the gold set and print its errors by group."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--cache", default="/tmp/detente_times_parsed.spacy")
    ap.add_argument("--top", type=int, default=25, help="groups shown per kind")
    ap.add_argument("--examples", type=int, default=4, help="examples shown per group")
    ap.add_argument("--kind", choices=["value", "missed", "spurious"], action="append")
    ap.add_argument("--json", dest="json_out", help="also write every error as JSON Lines")
    args = ap.parse_args(argv)

    docs = [read_tml(f) for f in gold_files(args.gold)]
    cache = Path(args.cache)
    if args.gold != str(DEFAULT_GOLD):
        key = hashlib.sha1(str(Path(args.gold).resolve()).encode()).hexdigest()[:10]
        cache = cache.with_name(f"{cache.stem}_{key}{cache.suffix}")
    parsed = parsed_docs(docs, cache)
    started = time.perf_counter()
    pairs = [(d, system_times(d, None, p)) for d, p in zip(docs, parsed, strict=True)]
    seconds = time.perf_counter() - started
    summary = score(pairs)
    from rich.console import Console

    Console(width=120).print(render(summary))
    print(f"times step: {seconds:.1f} s for {len(docs)} documents (parse cached)")
    errors = mistakes(pairs)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e) + "\n")
    kinds = args.kind or ["value", "missed", "spurious"]
    keys = {
        "value": lambda e: (e["gold_type"], shape(e["gold_value"]), shape(e["value"])),
        "missed": lambda e: (e["gold_type"], e["gold_text"].lower()),
        "spurious": lambda e: (e["type"], e["text"].lower()),
    }
    for kind in kinds:
        selected = [e for e in errors if e["kind"] == kind]
        print(f"\n=== {kind}: {len(selected)} ===")
        for key, group in _groups(selected, keys[kind])[: args.top]:
            print(f"\n[{len(group)}] {' | '.join(key)}")
            for e in group[: args.examples]:
                ours = f" ours {e.get('text')!r}={e.get('value')}" if kind == "value" else ""
                gold = (f"gold {e['gold_text']!r}={e['gold_value']}" if kind != "spurious"
                        else f"ours {e['text']!r}={e['value']}")
                print(f"   {gold}{ours}  dct {e['dct']} ({e['doc']})")
                print(f"      {e['context']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
