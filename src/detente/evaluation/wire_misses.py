"""Why required wire-gold events were missed: one row per miss, with the coded events in its
sentence and the coder's own explanation of the predicate at the gold trigger.

The explanation is the outcome ``detente explain`` gives the candidate whose trigger lies in the
gold trigger's span ("no pattern matched (constraints)", "no source (nsubj)", "pattern needs a
target; none resolved", "vetoed by the model ..."), or "no candidate at the trigger" when the
coder saw no predicate there. Sorting misses by that outcome says whether a round should work on
the lexicon, the sources, the targets or the model (docs/EVALUATION.md, round 26).

Command: ``detente eval wire annotations/wire --split dev --misses misses.jsonl``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from detente.evaluation.wire import _in, _overlaps, failure_class, matches

Json = dict[str, Any]

NO_CANDIDATE = "no candidate at the trigger"


def _side(side: Json | None) -> str | None:
    return (side or {}).get("country")


def _brief(event: Json) -> Json:
    return {"cameo": event.get("cameo"), "plover": event.get("plover"),
            "source": _side(event.get("source")), "target": _side(event.get("target")),
            "trigger": (event.get("trigger") or {}).get("text"), "rule": event.get("rule")}


def trigger_explanation(explained: list[Json], gold: Json) -> list[Json]:
    """The explained candidates whose trigger lies inside the gold trigger's span (in the gold
    event's sentence), as the coder described them."""
    span = (gold.get("trigger") or {}).get("span")
    if not span:
        return []
    out = []
    for sentence in explained:
        if not _overlaps(sentence.get("span"), gold["sentence"]):
            continue
        for cand in sentence["candidates"]:
            if _overlaps(cand.get("trigger_span"), span):
                out.append({k: cand.get(k) for k in ("trigger", "outcome", "pattern", "model",
                                                     "source", "target")})
    return out


def missed_required(gold: Json, events: list[Json]) -> list[Json]:
    """The required events of one gold story that no coded event matches."""
    return [g for g in gold["events"]
            if g.get("required") and not any(matches(e, g) for e in events)]


def story_misses(gold: Json, record: Json, coded: Json,
                 explained: list[Json] | None = None) -> list[Json]:
    """Rows for the required events of one gold story that no coded event matches, with the
    story's ``detente explain`` output (``explained``) at their triggers."""
    events = coded.get("events", [])
    text = record.get("text", "")
    rows = []
    for g in missed_required(gold, events):
        start, end = g["sentence"]
        here = [e for e in events if _in((e.get("trigger") or {}).get("span"), g["sentence"])]
        at_trigger = trigger_explanation(explained or [], g)
        rows.append({
            "story": gold["article"]["id"], "event": g.get("id"),
            "failure": failure_class(g, events, found=False),
            "outcome": str(at_trigger[0]["outcome"]) if at_trigger else NO_CANDIDATE,
            "gold": {"cameo": g.get("cameo"), "plover": g.get("plover"),
                     "source": _side(g.get("source")), "target": _side(g.get("target")),
                     "trigger": (g.get("trigger") or {}).get("text")},
            "sentence": " ".join(text[start:end].split()),
            "coded_in_sentence": [_brief(e) for e in here],
            "at_trigger": at_trigger,
        })
    return rows


def outcome_counts(rows: list[Json]) -> dict[str, int]:
    """How many misses each explanation outcome accounts for (the text before any detail)."""
    counts: Counter[str] = Counter(r["outcome"].split(" (")[0].split(":")[0] for r in rows)
    return dict(counts.most_common())
