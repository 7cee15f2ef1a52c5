"""Whole-story evaluation against the stand-off wire gold (``annotations/wire/*.json``).

Scores detente the way the seed golden tests do, story by story (docs/ANNOTATION.md):

- **required events found**, loose: a coded event whose trigger lies in the gold sentence, whose
  PLOVER type is listed or whose CAMEO root is a listed code's root, and whose source and target
  countries are the gold ones (either direction when either side says reciprocal); strict: plus
  the sectors and an exact listed CAMEO code;
- of the found ones, **date** and **modality** right;
- **must_not** violations (by events that match no listed gold event); **unexplained extras** (coded events that match no gold event,
  required or acceptable) per story;
- **participants**: for coded events that match a gold event on sentence and type, how often the
  source and target countries are right and how often the target is empty where the gold has one;
- **failure classes** of the required events: found, no coded event in the sentence, another
  class, source country wrong, empty target, target country wrong;
- quotes, times and places found (by span overlap) with speaker, value and country accuracy.

Command: ``detente eval wire annotations/wire --split dev [--json] [--misses FILE]``.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.table import Table

Json = dict[str, Any]


def shared_root(gold_dir: Path) -> Path:
    """The ``shared`` folder holding the corpora: ``$DETENTE_SHARED``, else a ``shared`` folder
    beside one of the gold directory's parents."""
    env = os.environ.get("DETENTE_SHARED")
    if env:
        return Path(env)
    for parent in gold_dir.resolve().parents:
        candidate = parent / "shared"
        if (candidate / "corpora").is_dir():
            return candidate
    raise FileNotFoundError(f"no shared/corpora folder found above {gold_dir}; set DETENTE_SHARED")


def load_gold(gold_dir: Path | str, split: str | None = None) -> list[Json]:
    """The wire-gold stories in ``gold_dir`` (all, or those of one split), sorted by id."""
    stories = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        if path.name.isupper() or path.stem.isupper():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if "events" not in data:
            continue
        if split is None or data.get("split") == split:
            stories.append(data)
    return stories


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _in(span: list[int] | None, sentence: list[int]) -> bool:
    return span is not None and sentence[0] <= span[0] < sentence[1]


def _side(got: Json | None, want: Json | None, strict: bool) -> bool:
    if want is None:
        # The gold act has no target: anything is accepted loosely, only none strictly.
        return not strict or got is None
    if not want.get("country"):
        return True  # a participant the gold leaves unresolved ("allies") accepts any reading
    if got is None or got.get("country") != want["country"]:
        return False
    return not strict or not want.get("sector") or got.get("sector") == want["sector"]


def _type_ok(event: Json, gold: Json, strict: bool) -> bool:
    codes = _as_list(gold["cameo"])
    if strict:
        return event.get("cameo") in codes
    roots = {c[:2] for c in codes}
    return event.get("plover") in _as_list(gold.get("plover")) or event.get("cameo_root") in roots


def _pairs(event: Json, gold: Json) -> list[tuple[Json | None, Json | None]]:
    pairs = [(event.get("source"), event.get("target"))]
    if event.get("reciprocal") or gold.get("reciprocal"):
        pairs.append((event.get("target"), event.get("source")))
    return pairs


def matches(event: Json, gold: Json, strict: bool = False) -> bool:
    """Does a coded event (output-contract dict) match a gold event?"""
    if not _in((event.get("trigger") or {}).get("span"), gold["sentence"]):
        return False
    if not _type_ok(event, gold, strict):
        return False
    return any(_side(s, gold.get("source"), strict) and _side(t, gold.get("target"), strict)
               for s, t in _pairs(event, gold))


def _violates(event: Json, rule: Json) -> bool:
    if "actor_name" in rule:
        names = {(event.get("source") or {}).get("name"), (event.get("target") or {}).get("name")}
        return rule["actor_name"] in names
    if not _in((event.get("trigger") or {}).get("span"), rule["sentence"]):
        return False
    if "plover" not in rule:
        return True
    return (event.get("plover") in _as_list(rule["plover"])
            and event.get("modality", "asserted") == rule.get("modality", "asserted"))


def _overlaps(a: list[int] | None, b: list[int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _speaker_ok(pred: Json, gold: Json) -> bool:
    speaker = pred.get("speaker") or {}
    surname = (gold.get("speaker") or "").split()[-1:] or [""]
    names = f"{speaker.get('name') or ''} {speaker.get('text') or ''}"
    if surname[0] and surname[0].lower() in names.lower():
        return True
    return bool(gold.get("speaker_country")) and speaker.get("country") == gold["speaker_country"]


def score_story(gold: Json, coded: Json) -> Json:
    """Score one coded article (output-contract record) against one gold story."""
    events = coded.get("events", [])
    required = [g for g in gold["events"] if g.get("required")]
    s: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for g in required:
        loose = [e for e in events if matches(e, g)]
        strict = [e for e in loose if matches(e, g, strict=True)]
        kind = _as_list(g.get("plover"))[0] if _as_list(g.get("plover")) else "none"
        s["required"] += 1
        by_type[kind]["required"] += 1
        if loose:
            s["found_loose"] += 1
            by_type[kind]["found_loose"] += 1
            if g.get("date"):
                s["dated_gold"] += 1
                s["date_right"] += any(e.get("date") == g["date"] for e in loose)
            s["modality_right"] += any(e.get("modality", "asserted") == g.get("modality", "asserted")
                                       for e in loose)
        if strict:
            s["found_strict"] += 1
            by_type[kind]["found_strict"] += 1
        s["failure:" + failure_class(g, events, found=bool(loose))] += 1
    explained = [any(matches(e, g) for g in gold["events"]) for e in events]
    # a rule forbids what the gold does not list: an event matching a listed gold event in the
    # same sentence ("forces withdrew" next to a forbidden "were supposed to stop") is no violation
    s["must_not_violations"] = sum(1 for e, ok in zip(events, explained, strict=True) if not ok
                                   for r in gold.get("must_not", []) if _violates(e, r))
    s["coded"] = len(events)
    s["unexplained"] = explained.count(False)
    _participants(events, gold["events"], s)
    _side_records(gold, coded, s)
    return {"id": gold["article"]["id"], "counts": dict(s), "by_type": {k: dict(v) for k, v in by_type.items()}}


FAILURE_CLASSES = ("found", "no event in the sentence", "another class", "source country",
                   "empty target", "target country")


def failure_class(gold: Json, events: list[Json], *, found: bool) -> str:
    """Why a required gold event was or was not found: the first of ``FAILURE_CLASSES`` that
    applies to the coded events in its sentence."""
    if found:
        return "found"
    here = [e for e in events if _in((e.get("trigger") or {}).get("span"), gold["sentence"])]
    typed = [e for e in here if _type_ok(e, gold, False)]
    if not here:
        return "no event in the sentence"
    if not typed:
        return "another class"
    gs, gt = (gold.get("source") or {}).get("country"), (gold.get("target") or {}).get("country")
    e = typed[0]
    ps = (e.get("source") or {}).get("country")
    if ps != gs and not (gold.get("reciprocal") and ps == gt):
        return "source country"
    return "empty target" if e.get("target") is None else "target country"


def _participants(events: list[Json], golds: list[Json], s: Counter[str]) -> None:
    for e in events:
        candidates = [g for g in golds
                      if _in((e.get("trigger") or {}).get("span"), g["sentence"]) and _type_ok(e, g, False)]
        if not candidates:
            continue
        s["typed_matches"] += 1
        best_src = best_tgt = False
        empty_target = False
        for g in candidates:
            for src, tgt in _pairs(e, g):
                gs, gt = g.get("source") or {}, g.get("target") or {}
                src_ok = bool(gs.get("country")) and (src or {}).get("country") == gs.get("country")
                tgt_ok = bool(gt.get("country")) and (tgt or {}).get("country") == gt.get("country")
                if src_ok + tgt_ok > best_src + best_tgt:
                    best_src, best_tgt = src_ok, tgt_ok
            if (g.get("target") or {}).get("country") and not e.get("target"):
                empty_target = True
        has_gold_src = any((g.get("source") or {}).get("country") for g in candidates)
        has_gold_tgt = any((g.get("target") or {}).get("country") for g in candidates)
        s["src_gold"] += has_gold_src
        s["src_right"] += best_src and has_gold_src
        s["tgt_gold"] += has_gold_tgt
        s["tgt_right"] += best_tgt and has_gold_tgt
        s["tgt_empty"] += empty_target and has_gold_tgt


def _side_records(gold: Json, coded: Json, s: Counter[str]) -> None:
    for q in gold.get("quotes", []):
        s["quotes"] += 1
        found = [p for p in coded.get("quotes", []) if _overlaps(p.get("span"), q["sentence"])]
        if found:
            s["quotes_found"] += 1
            s["quotes_speaker_right"] += any(_speaker_ok(p, q) for p in found)
    for t in gold.get("times", []):
        s["times"] += 1
        found = [p for p in coded.get("times", []) if _overlaps(p.get("span"), t.get("span"))]
        if found:
            s["times_found"] += 1
            ok = {t["value"], *_as_list(t.get("acceptable"))}
            s["times_value_right"] += any(p.get("value") in ok for p in found)
    for pl in gold.get("places", []):
        s["places"] += 1
        found = [p for p in coded.get("places", []) if _overlaps(p.get("span"), pl.get("span"))]
        if found:
            s["places_found"] += 1
            s["places_country_right"] += any(p.get("country") == pl.get("country") for p in found)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def summarise(stories: list[Json]) -> Json:
    """Totals and rates over scored stories (the JSON that ``--json`` prints)."""
    total: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for st in stories:
        total.update(st["counts"])
        for k, v in st["by_type"].items():
            by_type[k].update(v)
    t = total
    return {
        "stories": len(stories),
        "required": t["required"],
        "found_loose": _ratio(t["found_loose"], t["required"]),
        "found_strict": _ratio(t["found_strict"], t["required"]),
        "date_accuracy": _ratio(t["date_right"], t["dated_gold"]),
        "modality_accuracy": _ratio(t["modality_right"], t["found_loose"]),
        "must_not_violations": t["must_not_violations"],
        "coded_events": t["coded"],
        "unexplained_per_story": _ratio(t["unexplained"], len(stories)),
        "participants": {
            "typed_matches": t["typed_matches"],
            "source_country_right": _ratio(t["src_right"], t["src_gold"]),
            "target_country_right": _ratio(t["tgt_right"], t["tgt_gold"]),
            "target_empty_where_gold_has_one": _ratio(t["tgt_empty"], t["tgt_gold"]),
        },
        "quotes": {"gold": t["quotes"], "found": _ratio(t["quotes_found"], t["quotes"]),
                   "speaker_accuracy": _ratio(t["quotes_speaker_right"], t["quotes_found"])},
        "times": {"gold": t["times"], "found": _ratio(t["times_found"], t["times"]),
                  "value_accuracy": _ratio(t["times_value_right"], t["times_found"])},
        "places": {"gold": t["places"], "found": _ratio(t["places_found"], t["places"]),
                   "country_accuracy": _ratio(t["places_country_right"], t["places_found"])},
        "failure_classes": {k: t["failure:" + k] for k in FAILURE_CLASSES},
        "by_type": {k: {"required": v["required"],
                        "found_loose": _ratio(v["found_loose"], v["required"]),
                        "found_strict": _ratio(v["found_strict"], v["required"])}
                    for k, v in sorted(by_type.items())},
        "per_story": [{"id": st["id"], **st["counts"]} for st in stories],
    }


def article_records(stories: Iterable[Json], shared: Path) -> dict[str, Json]:
    """The corpus records (``id, text, date, title, dateline``) of the gold stories."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for g in stories:
        wanted[g["article"]["corpus_file"]].add(g["article"]["id"])
    found: dict[str, Json] = {}
    for corpus_file, ids in wanted.items():
        with (shared / corpus_file).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    found[rec["id"]] = rec
    return found


def code_records(records: list[Json], fast: bool = False) -> list[Json]:
    """Code corpus records with the full pipeline; output-contract dicts in input order."""
    from detente.pipeline import code_articles
    from detente.records import CodedArticle

    articles = [_article(r) for r in records]
    out = []
    for result in code_articles(articles):
        out.append(result.to_dict() if isinstance(result, CodedArticle)
                   else {"events": [], "quotes": [], "times": [], "places": []})
    return out


def evaluate(gold_path: Path | str, limit: int | None = None, split: str | None = None,
             misses: Path | str | None = None, **_: Any) -> Json:
    """Code every gold story of the split and score it (see the module docstring); with
    ``misses``, also write one JSON line per missed required event, with the coder's own
    explanation of the predicate at its trigger (``detente.evaluation.wire_misses``)."""
    gold_dir = Path(gold_path)
    stories = load_gold(gold_dir, split)[:limit]
    records = article_records(stories, shared_root(gold_dir))
    coded = code_records([records[g["article"]["id"]] for g in stories])
    summary = summarise([score_story(g, c) for g, c in zip(stories, coded, strict=True)])
    summary["split"] = split or "all"
    if misses is not None:
        rows = _miss_rows(stories, records, coded)
        Path(misses).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        from detente.evaluation.wire_misses import outcome_counts

        summary["miss_outcomes"] = outcome_counts(rows)
    return summary


def _miss_rows(stories: list[Json], records: dict[str, Json], coded: list[Json]) -> list[Json]:
    from detente.evaluation.wire_misses import missed_required, story_misses
    from detente.events.explain import explain_record

    rows: list[Json] = []
    for gold, result in zip(stories, coded, strict=True):
        record = records[gold["article"]["id"]]
        if missed_required(gold, result.get("events", [])):  # explain only stories with misses
            rows += story_misses(gold, record, result, explain_record(_article(record)))
    return rows


def _article(r: Json) -> Any:
    from detente.records import Article

    return Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("date"),
                   dateline=r.get("dateline") or None, source=r.get("source"))


def render(summary: Json) -> Table:
    """The headline, per-PLOVER-type and per-story tables as one Rich table."""
    table = Table(title=f"wire gold ({summary['split']}): {summary['stories']} stories, "
                        f"{summary['required']} required events")
    table.add_column("measure")
    table.add_column("value", justify="right")
    p = summary["participants"]
    rows = [
        ("required found (loose)", summary["found_loose"]),
        ("required found (strict)", summary["found_strict"]),
        ("date accuracy (found)", summary["date_accuracy"]),
        ("modality accuracy (found)", summary["modality_accuracy"]),
        ("must_not violations", summary["must_not_violations"]),
        ("unexplained extras per story", summary["unexplained_per_story"]),
        ("source country right (typed matches)", p["source_country_right"]),
        ("target country right (typed matches)", p["target_country_right"]),
        ("empty target where gold has one", p["target_empty_where_gold_has_one"]),
        ("quotes found / speaker right", f"{summary['quotes']['found']} / {summary['quotes']['speaker_accuracy']}"),
        ("times found / value right", f"{summary['times']['found']} / {summary['times']['value_accuracy']}"),
        ("places found / country right", f"{summary['places']['found']} / {summary['places']['country_accuracy']}"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    table.add_row("required events by failure class",
                  " / ".join(f"{k} {n}" for k, n in summary["failure_classes"].items()))
    if summary.get("miss_outcomes"):
        table.add_row("misses by the coder's explanation",
                      " / ".join(f"{k} {n}" for k, n in summary["miss_outcomes"].items()))
    for kind, v in summary["by_type"].items():
        table.add_row(f"  {kind} ({v['required']})", f"{v['found_loose']} / {v['found_strict']}")
    for st in summary["per_story"]:
        table.add_row(f"  story {st['id']}",
                      f"{st.get('found_loose', 0)}/{st.get('required', 0)} found, "
                      f"{st.get('unexplained', 0)} extra, {st.get('must_not_violations', 0)} must_not")
    return table
