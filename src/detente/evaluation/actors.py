"""Actor-span recall on sentences with gold source/target actor spans.

Input: JSONL with ``text``, ``source_spans`` and ``target_spans`` (lists of surface strings, e.g.
the ConfliBERT CAMEO dev file). Each sentence is coded with the actors step only (no date); a
gold span counts as recalled when a resolved mention (an actor with a country or sector, or a
compound with members; a place only when it acts as an agent) shares at least one word token
with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.records import Article, Mention

_WORD = re.compile(r"\w+")


def _words(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the word tokens inside ``text[start:end]``."""
    return {start + m.start() for m in _WORD.finditer(text[start:end])}


def _gold_spans(text: str, spans: list[str]) -> Iterator[tuple[int, int]]:
    for s in spans:
        if not s:
            continue
        i = text.find(s)
        if i >= 0:
            yield i, i + len(s)


def resolved(m: Mention) -> bool:
    """A mention that names an actor we can code: an agent with a country or sector, or
    compound members (places used only as locations do not count)."""
    if m.members:
        return True
    return m.agentive and m.actor is not None and bool(m.actor.country or m.actor.sector)


def evaluate(gold_path: Path | str, limit: int | None = None) -> dict[str, Any]:
    """Recall of gold actor spans by resolved mentions (word-token overlap)."""
    from detente.actors import resolve_mentions
    from detente.pipeline import Skipped, code_articles

    records = []
    with Path(gold_path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    articles = [Article(id=str(r.get("id", i)), text=r["text"]) for i, r in enumerate(records)]
    results = code_articles(articles, steps={"actors": resolve_mentions})
    totals = {"source": [0, 0], "target": [0, 0]}
    any_mention = [0, 0]
    misses: list[str] = []
    for record, result in zip(records, results, strict=True):
        text = record["text"]
        mentions = [] if isinstance(result, Skipped) else result.mentions
        covered = set().union(*(_words(text, *m.span) for m in mentions if resolved(m)))
        seen = set().union(*(_words(text, *m.span) for m in mentions))
        for side in ("source", "target"):
            for start, end in _gold_spans(text, record.get(f"{side}_spans") or []):
                gold = _words(text, start, end)
                if not gold:
                    continue
                hit = bool(gold & covered)
                totals[side][0] += hit
                totals[side][1] += 1
                any_mention[0] += bool(gold & seen)
                any_mention[1] += 1
                if not hit and len(misses) < 25:
                    misses.append(text[start:end])
    found = totals["source"][0] + totals["target"][0]
    total = totals["source"][1] + totals["target"][1]
    return {
        "sentences": len(records),
        "gold_spans": total,
        "recall": round(found / total, 4) if total else 0.0,
        "source_recall": round(totals["source"][0] / totals["source"][1], 4)
        if totals["source"][1] else 0.0,
        "target_recall": round(totals["target"][0] / totals["target"][1], 4)
        if totals["target"][1] else 0.0,
        "any_mention_recall": round(any_mention[0] / any_mention[1], 4) if any_mention[1] else 0.0,
        "missed_examples": misses,
    }


def render(summary: dict[str, Any]) -> Table:
    table = Table(title="Actor-span recall (resolved mentions, word overlap)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in ("sentences", "gold_spans", "recall", "source_recall", "target_recall",
                "any_mention_recall"):
        table.add_row(key, str(summary[key]))
    return table
