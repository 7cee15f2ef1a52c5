"""Sentence-level event evaluation on the annotated sentence set (``annotations/sentences/*.jsonl``).

Each gold row is a sentence (stand-off: article id and character offsets) with all of its events
or none. Articles are coded whole (so pronouns and context resolve as in real use) and the coded
events whose trigger lies in the sentence are compared with the gold ones:

- per PLOVER type and per CAMEO root: precision, recall and F1 over (sentence, label) pairs;
  macro-F1 over PLOVER types; CAMEO root accuracy on sentences with events (a coded root equals
  a gold root);
- sentences without gold events that get a coded event (false-alarm rate);
- for events of the right type: source/target span overlap and country agreement.

Command: ``detente eval events-sentences annotations/sentences/dev.jsonl [--json]``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.evaluation.wire import article_records, code_records, shared_root

Json = dict[str, Any]


def load_rows(path: Path | str, limit: int | None = None) -> list[Json]:
    """Gold sentence rows from one JSONL file (or every ``*.jsonl`` of a directory but SELECTION)."""
    p = Path(path)
    files = [p] if p.is_file() else sorted(f for f in p.glob("*.jsonl") if f.stem != "SELECTION")
    rows: list[Json] = []
    for f in files:
        rows += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit]


def _in(span: list[int] | None, sentence: list[int]) -> bool:
    return span is not None and sentence[0] <= span[0] < sentence[1]


def _overlap(a: Json | None, b: Json | None) -> bool:
    if not a or not b or not a.get("span") or not b.get("span"):
        return False
    return bool(a["span"][0] < b["span"][1] and b["span"][0] < a["span"][1])


def _prf(tp: int, fp: int, fn: int) -> Json:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def score(rows: list[Json], predicted: list[list[Json]]) -> Json:
    """Score predicted events (output-contract dicts, one list per gold row) against the rows."""
    counts: dict[str, dict[str, Counter[str]]] = {"plover": defaultdict(Counter),
                                                  "root": defaultdict(Counter)}
    s: Counter[str] = Counter()
    for row, events in zip(rows, predicted, strict=True):
        gold = row["events"]
        for axis, key in (("plover", "plover"), ("root", "cameo")):
            gl: set[str] = {str(e[key])[:2] if axis == "root" else str(e[key])
                           for e in gold if e.get(key)}
            pl: set[str] = {str(e.get("cameo_root") if axis == "root" else e.get(key))
                           for e in events if e.get("cameo_root" if axis == "root" else key)}
            for label in gl | pl:
                c = counts[axis][label]
                c["tp" if label in gl and label in pl else "fp" if label in pl else "fn"] += 1
        if not gold:
            s["negatives"] += 1
            s["negatives_coded"] += bool(events)
            continue
        s["positives"] += 1
        gold_roots = {e["cameo"][:2] for e in gold}
        s["root_right"] += bool(gold_roots & {e.get("cameo_root") for e in events})
        s["positives_coded"] += bool(events)
        for g in gold:
            same = [e for e in events if e.get("plover") == g.get("plover")
                    or (e.get("cameo_root") == g["cameo"][:2])]
            if not same:
                continue
            s["typed"] += 1
            pairs = [(e.get("source"), e.get("target")) for e in same]
            if g.get("reciprocal"):
                pairs += [(t, src) for src, t in pairs]
            s["src_span"] += any(_overlap(src, g.get("source")) for src, _ in pairs)
            s["tgt_gold"] += bool(g.get("target"))
            s["tgt_span"] += bool(g.get("target")) and any(_overlap(t, g.get("target")) for _, t in pairs)
            s["src_country"] += any((src or {}).get("country") == (g.get("source") or {}).get("country")
                                    for src, _ in pairs)
            s["tgt_country"] += bool(g.get("target")) and any(
                (t or {}).get("country") == g["target"].get("country") for _, t in pairs)
    per_type = {k: _prf(v["tp"], v["fp"], v["fn"]) for k, v in sorted(counts["plover"].items())}
    per_root = {k: _prf(v["tp"], v["fp"], v["fn"]) for k, v in sorted(counts["root"].items())}
    gold_types = [k for k, v in per_type.items() if v["support"]]
    macro = sum(per_type[k]["f1"] for k in gold_types) / len(gold_types) if gold_types else 0.0

    def ratio(a: str, b: str) -> float | None:
        return round(s[a] / s[b], 3) if s[b] else None

    return {
        "sentences": len(rows), "with_events": s["positives"], "without_events": s["negatives"],
        "plover_macro_f1": round(macro, 3),
        "cameo_root_accuracy": ratio("root_right", "positives"),
        "coverage": ratio("positives_coded", "positives"),
        "negatives_coded": ratio("negatives_coded", "negatives"),
        "source_span": ratio("src_span", "typed"), "target_span": ratio("tgt_span", "tgt_gold"),
        "source_country": ratio("src_country", "typed"),
        "target_country": ratio("tgt_country", "tgt_gold"),
        "per_plover": per_type, "per_root": per_root,
    }


def code_rows(rows: list[Json], shared: Path) -> list[list[Json]]:
    """Code the articles of the gold rows whole; for each row, the coded events (output-contract
    dicts) whose trigger lies in its sentence."""
    stories = [{"article": {"corpus_file": r["corpus_file"], "id": r["article_id"]}} for r in rows]
    records = article_records(stories, shared)
    ids = sorted({r["article_id"] for r in rows})
    coded = dict(zip(ids, code_records([records[i] for i in ids]), strict=True))
    return [[e for e in coded[r["article_id"]]["events"]
             if _in((e.get("trigger") or {}).get("span"), r["sentence"])] for r in rows]


def evaluate(gold_path: Path | str, limit: int | None = None, **_: Any) -> Json:
    """Code the articles of the gold sentences and score the events of each sentence."""
    rows = load_rows(gold_path, limit)
    return score(rows, code_rows(rows, shared_root(Path(gold_path))))


def render(summary: Json) -> Table:
    """Headline figures, then P/R/F1 per PLOVER type and per CAMEO root."""
    table = Table(title=f"sentence set: {summary['sentences']} sentences "
                        f"({summary['with_events']} with events)")
    for col in ("label", "precision", "recall", "f1", "support"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for name in ("plover_macro_f1", "cameo_root_accuracy", "coverage", "negatives_coded",
                 "source_span", "target_span", "source_country", "target_country"):
        table.add_row(name, "", "", str(summary[name]), "")
    for axis in ("per_plover", "per_root"):
        for label, v in summary[axis].items():
            table.add_row(f"{axis[4:]} {label}", str(v["precision"]), str(v["recall"]),
                          str(v["f1"]), str(v["support"]))
    return table
