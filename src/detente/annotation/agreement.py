"""Inter-annotator agreement on the double-annotated share (docs/ANNOTATION.md).

For each item annotated twice (``<second>/wire_double.txt`` against the owner's ``wire.txt``,
``<second>/sentences_double.txt`` against the owner's ``sentences.txt``):

- **event F1**: events as (sentence, PLOVER type, source country, target country) keys, the two
  countries unordered for reciprocal events; F1 = 2 * matched / (events of A + events of B);
- **PLOVER-type Cohen's kappa** over aligned decisions: each trigger either annotator marked (two
  triggers align when their spans overlap in the same sentence) gets each annotator's type or
  ``NONE``; each double-annotated sentence where neither marked an event adds a NONE/NONE item;
- **source/target country agreement** over aligned events;
- for the fresh wire sets (``fresh_agreement``): the share of each annotator's required events
  that the other coded at all (the same key), the ceiling a coder scored on them can reach.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from detente.annotation.build import StoryLabels, parse_worksheet
from detente.annotation.vocab import load_vocabulary

Json = dict[str, Any]


def event_key(e: Json) -> tuple[Any, ...]:
    """The identity of an event for agreement: sentence, type, and the two countries."""
    src = (e.get("source") or {}).get("country")
    tgt = (e.get("target") or {}).get("country")
    kind = e["plover"][0] if e.get("plover") else "root:" + e["cameo"][0][:2]
    pair: tuple[Any, ...] = tuple(sorted((src or "", tgt or ""))) if e.get("reciprocal") else (src, tgt)
    return (e["index"], kind, pair)


def _kind(e: Json) -> str:
    return e["plover"][0] if e.get("plover") else "root:" + e["cameo"][0][:2]


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two label sequences given as (a, b) pairs."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if expected == 1 else round((observed - expected) / (1 - expected), 3)


def compare(a: StoryLabels, b: StoryLabels, sentences: set[int] | None = None) -> Counter[str]:
    """Agreement counts for one story labelled by two annotators (optionally only some
    sentences, for the sentence set)."""
    def keep(e: Json) -> bool:
        return sentences is None or e["index"] in sentences

    ea = [e for e in a.events if keep(e)]
    eb = [e for e in b.events if keep(e)]
    c: Counter[str] = Counter()
    ka, kb = Counter(event_key(e) for e in ea), Counter(event_key(e) for e in eb)
    c["events_a"], c["events_b"] = len(ea), len(eb)
    c["matched"] = sum((ka & kb).values())
    used: set[int] = set()
    for x in ea:
        partner = None
        for j, y in enumerate(eb):
            if j in used or y["index"] != x["index"]:
                continue
            sa, sb = x["trigger"]["span"], y["trigger"]["span"]
            if sa[0] < sb[1] and sb[0] < sa[1]:
                partner = j
                break
        if partner is None:
            c[f"kappa:{_kind(x)}|NONE"] += 1
            continue
        used.add(partner)
        y = eb[partner]
        c[f"kappa:{_kind(x)}|{_kind(y)}"] += 1
        c["aligned"] += 1
        for side in ("source", "target"):
            ga, gb = (x.get(side) or {}).get("country"), (y.get(side) or {}).get("country")
            if x.get("reciprocal") or y.get("reciprocal"):
                other = "target" if side == "source" else "source"
                gb_alt = (y.get(other) or {}).get("country")
                c[f"{side}_same"] += ga in (gb, gb_alt)
            else:
                c[f"{side}_same"] += ga == gb
    for j, y in enumerate(eb):
        if j not in used:
            c[f"kappa:NONE|{_kind(y)}"] += 1
    idx = sentences if sentences is not None else set(range(len(a.article.sentences)))
    with_events = {e["index"] for e in ea} | {e["index"] for e in eb}
    c["kappa:NONE|NONE"] += len(idx - with_events) if sentences is not None else 0
    return c


def _pairs_from(c: Counter[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for k, v in c.items():
        if k.startswith("kappa:"):
            a, b = k[6:].split("|")
            out += [(a, b)] * v
    return out


def summarise(c: Counter[str]) -> Json:
    """Agreement figures from summed counts."""
    total = c["events_a"] + c["events_b"]
    return {
        "events_a": c["events_a"], "events_b": c["events_b"], "matched": c["matched"],
        "event_f1": round(2 * c["matched"] / total, 3) if total else None,
        "plover_kappa": cohen_kappa(_pairs_from(c)),
        "aligned_events": c["aligned"],
        "source_country_agreement": round(c["source_same"] / c["aligned"], 3) if c["aligned"] else None,
        "target_country_agreement": round(c["target_same"] / c["aligned"], 3) if c["aligned"] else None,
    }


def agreement_report(worksheets: Path, shared: Path) -> Json:
    """Agreement on the wire stories and on the sentence set, from the worksheet folders."""
    vocab = load_vocabulary()
    annot = Path(__file__).resolve().parents[3] / "annotations"
    wire_owner = {r["id"]: r["annotator"] for r in
                  json.loads((annot / "wire" / "SELECTION.json").read_text())["stories"]}
    # Double-annotated sentences by (story, owner): a story's sentences may belong to several
    # annotators (later supplement rounds sample other sentences of the same story).
    double_idx: dict[tuple[str, str], set[int]] = {}
    for line in (annot / "sentences" / "SELECTION.jsonl").read_text().splitlines():
        r = json.loads(line)
        if r.get("second_annotator"):
            double_idx.setdefault((r["article_id"], r["annotator"]), set()).add(r["index"])
    sent_owner = {a: owner for a, owner in double_idx}
    sheets: dict[tuple[str, str], Any] = {}

    def sheet(who: str, name: str) -> Any:
        if (who, name) not in sheets:
            path = worksheets / who / f"{name}.txt"
            sheets[(who, name)] = parse_worksheet(path, shared, vocab) if path.exists() else None
        return sheets[(who, name)]

    report: Json = {}
    for kind, owner, double_name, main_name in (("wire", wire_owner, "wire_double", "wire"),
                                                ("sentences", sent_owner, "sentences_double", "sentences")):
        total: Counter[str] = Counter()
        items = 0
        for adir in sorted(p for p in worksheets.iterdir() if p.is_dir()):
            second = sheet(adir.name, double_name)
            if second is None:
                continue
            for sid, labels in second.stories.items():
                first = sheet(owner.get(sid, ""), main_name) if sid in owner else None
                if first is None or sid not in first.stories:
                    continue
                only = double_idx.get((sid, owner[sid])) if kind == "sentences" else None
                total += compare(first.stories[sid], labels, only)
                items += len(only) if only is not None else 1
        report[kind] = {"items": items, **summarise(total)}
    return report


def fresh_agreement(first: dict[str, StoryLabels], second: dict[str, StoryLabels],
                    stories: list[str]) -> Json:
    """Agreement on ``stories`` coded by two annotators (annotations/wire_fresh's double share):
    ``summarise``'s figures and, each way, the share of one's required events the other coded."""
    counts: Counter[str] = Counter()
    for sid in stories:
        a, b = first[sid], second[sid]
        counts += compare(a, b)
        for tag, x, y in (("first", a, b), ("second", b, a)):
            keys = {event_key(e) for e in y.events}
            required = [e for e in x.events if e["required"]]
            counts[f"required_{tag}"] += len(required)
            counts[f"required_{tag}_in_other"] += sum(event_key(e) in keys for e in required)
    figures = summarise(counts)
    for tag in ("first", "second"):
        n = counts[f"required_{tag}"]
        figures[f"required_{tag}_found_by_other"] = round(
            counts[f"required_{tag}_in_other"] / n, 3) if n else None
    return {"stories": len(stories), **figures}
