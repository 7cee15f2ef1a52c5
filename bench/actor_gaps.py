"""Participant gaps on AFP/Xinhua wire stories: how often an event's source or target has no
country, how often the target is empty, and why (the events' ``target_reason``).

Usage: .venv/bin/python bench/actor_gaps.py [N_ARTICLES] [START]
Codes N articles (default 150) of the AFP/Xinhua corpus in ../shared and prints the shares and
the most frequent reasons (their first words, so that classes can be counted).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import detente

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/news/afp_xinhua_te3_silver.jsonl"


def reason_class(reason: str) -> str:
    """'target slot 'X' names no actor: ...' -> "target slot names no actor" (the class)."""
    head = reason.split(":")[0]
    return " ".join(w for w in head.split() if not w.startswith(("'", '"')))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    start = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")][start:start + n]
    events = 0
    no_source_country = no_target = no_target_country = 0
    reasons: Counter[str] = Counter()
    for r in rows:
        record = detente.code_text(r["text"], date=r.get("date"))
        for e in record["events"]:
            events += 1
            no_source_country += not e["source"]["country"]
            if e["target"] is None:
                no_target += 1
            elif not e["target"]["country"]:
                no_target_country += 1
            if e.get("target_reason"):
                reasons[reason_class(e["target_reason"])] += 1

    def share(k: int) -> float:
        return round(k / events, 3) if events else 0.0

    print(json.dumps({"articles": len(rows), "events": events,
                      "source_without_country": share(no_source_country),
                      "target_empty": share(no_target),
                      "target_without_country": share(no_target_country),
                      "target_reasons": reasons.most_common(12)}, indent=2))


if __name__ == "__main__":
    main()
