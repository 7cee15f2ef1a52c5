"""Times evaluator: TempEval-3 style scores on TimeML files (TIMEX3 tags, DCT).

Each ``.tml`` file's TEXT element becomes an article published on its document creation time;
the pipeline's times step runs on it (structure step bypassed: blank-line paragraphs), and the
system expressions are matched to the gold TIMEX3 tags (the DCT itself excluded):

- strict match: identical character span; relaxed match: overlapping spans (one-to-one);
- value / type accuracy over relaxed matches, and value / type F1 (TempEval-3: accuracy x F1).
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.document import ArticleDoc
from detente.records import Article
from detente.times import extract_times

KIND_TO_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    dct: str
    timexes: list[GoldTimex] = field(default_factory=list)


def read_tml(path: Path) -> GoldDoc:
    """The TEXT content of a TimeML file (tags removed, entities unescaped), its gold TIMEX3
    spans in that text, and the document creation time."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(_ATTR.findall(dct_match.group(0))).get("value", "") if dct_match else ""
    body_match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_match.group(1) if body_match else ""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, attr = open_timex.pop()
            if attr.get("functionInDocument") == "CREATION_TIME":
                continue
            timexes.append(GoldTimex(start, length, "", attr.get("value", ""),
                                     attr.get("type", "")))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start : t.end]
        stripped = t.text.strip()
        if stripped != t.text:
            t.start += len(t.text) - len(t.text.lstrip())
            t.end = t.start + len(stripped)
            t.text = stripped
    return GoldDoc(path.stem, text, dct[:10], timexes)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated, non-empty paragraph spans."""
    spans = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S):
        spans.append((m.start(), m.end()))
    return spans


def system_times(doc: GoldDoc, nlp: Any, parsed: list[Any] | None = None
                 ) -> list[tuple[int, int, str | None, str]]:
    """Run the times step on a gold document's text: (start, end, value, TIMEX3 type).
    ``parsed``: the paragraphs' spaCy Docs when already parsed (else ``nlp`` parses them)."""
    from detente.pipeline import parser_text

    article = Article(id=doc.name, text=doc.text, published=doc.dct or None)
    article.paragraphs = paragraphs(doc.text)
    if parsed is None:
        parsed = list(nlp.pipe(parser_text(doc.text[s:e]) for s, e in article.paragraphs))
    adoc = ArticleDoc(article, [(s, d) for (s, _), d in zip(article.paragraphs, parsed, strict=True)])
    extract_times(adoc)
    return [(t.span[0], t.span[1], t.value, KIND_TO_TYPE.get(t.kind, "DATE")) for t in adoc.times]


def canonical(value: str | None) -> str | None:
    """A TIMEX3 value in one notation for values that mean the same: unpadded ISO weeks
    ("2000-W7" = "2000-W07"), trailing unspecified fields ("1968-XX" = "1968") and whole hours
    ("T17" = "T17:00")."""
    if value is None:
        return None
    value = re.sub(r"-W0*(\d)", r"-W\1", value)
    value = re.sub(r"(?:-XX)+$", "", value)
    return re.sub(r"(T\d\d):00$", r"\1", value)


def match_spans(gold: GoldDoc, system: list[tuple[int, int, str | None, str]]) -> list[int | None]:
    """For each gold expression, the index of the first unused system one overlapping it
    (relaxed one-to-one matching), or None."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold.timexes:
        match = next((i for i, s in enumerate(system)
                      if i not in used and s[0] < g.end and g.start < s[1]), None)
        if match is not None:
            used.add(match)
        out.append(match)
    return out


def shape(value: str | None) -> str:
    """A value's notation with its digits masked ("1998-W12" -> "9999-W99"): errors group by it."""
    return "None" if value is None else re.sub(r"\d", "9", value)


def _context(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` within its paragraph, the expression in [[ ]]."""
    para = text.rfind("\n\n", 0, start)
    left = max(0 if para < 0 else para + 2, start - 150)
    right = text.find("\n\n", end)
    right = min(right if right >= 0 else len(text), end + 100)
    return " ".join(f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}".split())


def mistakes(pairs: list[tuple[GoldDoc, list[tuple[int, int, str | None, str]]]]
             ) -> list[dict[str, Any]]:
    """Every error of :func:`score`'s matching, one record each: ``kind`` is "value" (a relaxed
    match with another value), "missed" (a gold expression no system one overlaps) or
    "spurious"; with the document, texts, values, gold type and the sentence around it."""
    out: list[dict[str, Any]] = []
    for gold, system in pairs:

        def record(kind: str, start: int, end: int, gold: GoldDoc = gold, **fields: Any) -> None:
            out.append({"kind": kind, "doc": gold.name, "dct": gold.dct,
                        "context": _context(gold.text, start, end), **fields})

        matches = match_spans(gold, system)
        for g, match in zip(gold.timexes, matches, strict=True):
            if match is None:
                record("missed", g.start, g.end, gold_text=g.text, gold_value=g.value,
                       gold_type=g.type)
                continue
            s = system[match]
            if s[2] != g.value:
                record("value", g.start, g.end, gold_text=g.text, text=gold.text[s[0]:s[1]],
                       gold_value=g.value, value=s[2], gold_type=g.type, type=s[3])
        used = set(matches)
        for i, s in enumerate(system):
            if i not in used:
                record("spurious", s[0], s[1], text=gold.text[s[0]:s[1]], value=s[2], type=s[3])
    return out


def _prf(tp: float, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: list[tuple[GoldDoc, list[tuple[int, int, str | None, str]]]]) -> dict[str, Any]:
    """TempEval-3 style figures over (gold document, system expressions) pairs."""
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = canonical_ok = 0
    errors: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    for gold, system in pairs:
        n_gold += len(gold.timexes)
        n_sys += len(system)
        matches = match_spans(gold, system)
        for g, match in zip(gold.timexes, matches, strict=True):
            kind = by_type.setdefault(g.type, Counter())
            kind["gold"] += 1
            if match is None:
                errors["missed"] += 1
                continue
            s = system[match]
            relaxed += 1
            strict += (s[0], s[1]) == (g.start, g.end)
            value_ok += s[2] == g.value
            canonical_ok += canonical(s[2]) == canonical(g.value)
            type_ok += s[3] == g.type
            kind["matched"] += 1
            kind["value_ok"] += s[2] == g.value
            if s[2] != g.value:
                errors["wrong value"] += 1
        errors["spurious"] += len(system) - sum(m is not None for m in matches)
    sp, sr, sf = _prf(strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, n_gold)
    vp, vr, vf = _prf(value_ok, n_sys, n_gold)
    tp_, tr, tf = _prf(type_ok, n_sys, n_gold)
    cp, cr, cf = _prf(canonical_ok, n_sys, n_gold)
    return {
        "documents": len(pairs), "gold": n_gold, "system": n_sys,
        "strict": {"precision": sp, "recall": sr, "f1": sf},
        "relaxed": {"precision": rp, "recall": rr, "f1": rf},
        "value": {"accuracy": value_ok / relaxed if relaxed else 0.0, "precision": vp,
                  "recall": vr, "f1": vf},
        # the same, comparing values in one notation (see ``canonical``); "value" is the strict
        # string comparison of TempEval-3
        "value_canonical": {"accuracy": canonical_ok / relaxed if relaxed else 0.0,
                            "precision": cp, "recall": cr, "f1": cf},
        "type": {"accuracy": type_ok / relaxed if relaxed else 0.0, "precision": tp_,
                 "recall": tr, "f1": tf},
        "errors": dict(errors),
        # per gold TIMEX3 type: value accuracy over its relaxed matches, and matches / gold
        "per_type": {name: {"gold": c["gold"], "matched": c["matched"],
                            "value_accuracy": c["value_ok"] / c["matched"] if c["matched"] else 0.0,
                            "recall": c["matched"] / c["gold"] if c["gold"] else 0.0}
                     for name, c in sorted(by_type.items())},
    }


def gold_files(gold_path: Path | str) -> list[Path]:
    path = Path(gold_path)
    return sorted(path.rglob("*.tml")) if path.is_dir() else [path]


def evaluate(gold_path: Path | str, limit: int | None = None) -> dict[str, Any]:
    """Score the times step on a directory (or file) of TimeML documents."""
    from detente.nlp import load_nlp

    nlp = load_nlp()
    files = gold_files(gold_path)[:limit] if limit else gold_files(gold_path)
    started = time.perf_counter()
    pairs = []
    for f in files:
        doc = read_tml(f)
        pairs.append((doc, system_times(doc, nlp)))
    summary = score(pairs)
    summary["gold_path"] = str(gold_path)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def render(summary: dict[str, Any]) -> Table:
    """The summary as a table: P/R/F1 per criterion and attribute accuracies."""
    table = Table(title=f"Times (TempEval-3 style): {summary['documents']} documents, "
                        f"{summary['gold']} gold, {summary['system']} system")
    for col in ("measure", "precision", "recall", "F1", "accuracy"):
        table.add_column(col)
    for key in ("strict", "relaxed", "value", "value_canonical", "type"):
        row = summary[key]
        acc = f"{row['accuracy']:.3f}" if "accuracy" in row else ""
        table.add_row(key, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}", acc)
    for name, row in summary.get("per_type", {}).items():
        table.add_row(f"value, {name} (n={row['matched']}/{row['gold']})", "",
                      f"{row['recall']:.3f}", "", f"{row['value_accuracy']:.3f}")
    return table
