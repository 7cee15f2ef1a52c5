"""Event coding evaluation on sentence-level penta-class gold (ConfliBERT CAMEO sentences).

For each labelled sentence (penta class 0..4): is >= 1 event coded (coverage), does one of the
coded events have the gold penta class (the penta class of its CAMEO code, from the packaged
ontology), and do the events' source/target spans overlap the gold actor spans.
Command: ``detente eval events ../shared/dev/events/conflibert_cameo_train.jsonl [--limit N]``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.events.ontology import PENTA_NAMES, cameo


def _spans(text: str, strings: list[str] | None) -> list[tuple[int, int]]:
    out = []
    for s in strings or []:
        i = text.find(s)
        if i >= 0:
            out.append((i, i + len(s)))
    return out


def _overlap(a: list[int] | None, spans: list[tuple[int, int]]) -> bool:
    return a is not None and any(a[0] < e and s < a[1] for s, e in spans)


def evaluate(gold_path: str | Path, limit: int | None = None, **_: Any) -> dict[str, Any]:
    """Code every labelled sentence and summarise class agreement, coverage and span overlap."""
    from detente.pipeline import STEPS, code_articles
    from detente.records import Article, CodedArticle

    rows = []
    with Path(gold_path).open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("penta_class") is not None:
                rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    articles = [Article(id=r["id"], text=r["text"], published="2020-01-01") for r in rows]
    # The date and place steps do not change codes; they are left out so that a bug in a
    # neighbouring step cannot break (or slow) the event evaluation.
    steps: dict[str, Any] = {n: STEPS[n] for n in ("actors", "quotes", "events") if n in STEPS}
    per: dict[int, Counter[str]] = {c: Counter() for c in range(5)}
    total: Counter[str] = Counter()
    confusion: Counter[tuple[int, int]] = Counter()
    for row, result in zip(rows, code_articles(articles, steps=steps), strict=True):
        gold = int(row["penta_class"])
        events = result.events if isinstance(result, CodedArticle) else []
        classes = [cameo(e.cameo).penta_class for e in events]
        c = per[gold]
        for counter in (c, total):
            counter["n"] += 1
        if not events:
            continue
        match = gold in classes
        for counter in (c, total):
            counter["coded"] += 1
            counter["match" if match else "wrong"] += 1
        if not match:
            confusion[(gold, Counter(classes).most_common(1)[0][0])] += 1
        src_gold = _spans(row["text"], row.get("source_spans"))
        tgt_gold = _spans(row["text"], row.get("target_spans"))
        good = [e for e in events if cameo(e.cameo).penta_class == gold] or events
        if src_gold:
            for counter in (c, total):
                counter["src_n"] += 1
                counter["src_hit"] += any(_overlap(list(e.source.span), src_gold) for e in good)
        if tgt_gold:
            for counter in (c, total):
                counter["tgt_n"] += 1
                counter["tgt_hit"] += any(
                    e.target is not None and _overlap(list(e.target.span), tgt_gold) for e in good
                )

    def figures(c: Counter[str]) -> dict[str, Any]:
        n, coded = c["n"], c["coded"]
        return {
            "sentences": n,
            "coverage": round(coded / n, 3) if n else 0.0,
            "agreement_on_coded": round(c["match"] / coded, 3) if coded else 0.0,
            "match_share": round(c["match"] / n, 3) if n else 0.0,
            "wrong_share": round(c["wrong"] / n, 3) if n else 0.0,
            "no_event_share": round((n - coded) / n, 3) if n else 0.0,
            "source_overlap": round(c["src_hit"] / c["src_n"], 3) if c["src_n"] else None,
            "target_overlap": round(c["tgt_hit"] / c["tgt_n"], 3) if c["tgt_n"] else None,
        }

    return {
        "gold": str(gold_path),
        "overall": figures(total),
        "per_class": {PENTA_NAMES[k]: figures(v) for k, v in per.items()},
        "confusions": [
            {"gold": PENTA_NAMES[g], "coded": PENTA_NAMES[p], "n": n}
            for (g, p), n in confusion.most_common(10)
        ],
    }


def render(summary: dict[str, Any]) -> Table:
    """A Rich table of the summary (overall row, then one row per penta class)."""
    table = Table(title=f"Events vs {summary['gold']}")
    cols = ["sentences", "coverage", "agreement_on_coded", "wrong_share", "no_event_share",
            "source_overlap", "target_overlap"]
    table.add_column("class")
    for col in cols:
        table.add_column(col, justify="right")
    rows = [("overall", summary["overall"]), *summary["per_class"].items()]
    for name, fig in rows:
        table.add_row(name, *[str(fig[c]) for c in cols])
    return table
