"""Quote evaluation on PolNeAR-style brat standoff (``text/*.txt`` + ``attributions/*.ann``).

Each gold attribution (``E`` line) has a content (possibly discontinuous, plus ``Content2``), a
cue and, usually, a source. The articles go through the pipeline's structure, parse, actors and
quotes steps. Spans are compared as sets of word tokens (``\\w+``), so quotation marks and
punctuation never count; exact match also ignores a leading complementiser "that" (PolNeAR
includes it in indirect content, detente does not).

- Predicted quotes sharing a cue span form one attribution (a quote interrupted by "he said", or
  an indirect report and the verbatim fragment inside it), as in the gold.
- A predicted and a gold content match at threshold ``t`` when the shared tokens are at least
  ``t`` of each of them (``|P & G| / max(|P|, |G|) >= t``), one-to-one, best overlaps first.
- Speaker accuracy: among pairs matched at 0.3 whose gold has a source, the predicted speaker
  span overlaps the gold source span. Cue accuracy: the cue spans overlap.
- Gold attributions whose content lies outside the body (the headline, which is not coded) are
  left out and counted.
- Where one text has several annotation files (inter-annotator copies), the first is used.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table

from detente.document import ArticleDoc
from detente.records import Article, CodedArticle, Quote, Span

if TYPE_CHECKING:
    from detente.pipeline import PipelineResult

_WORD = re.compile(r"\w+")
THRESHOLDS = (0.3, 0.8)


@dataclass(slots=True)
class GoldAttribution:
    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class _Unit:
    """One attribution as a token set, with its cue and source spans."""

    tokens: frozenset[int]
    cue: list[Span]
    source: list[Span]
    quoted: bool = False
    cue_class: str = "none"


def _spans(field_text: str) -> list[Span]:
    out: list[Span] = []
    for part in field_text.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def read_ann(text: str) -> list[GoldAttribution]:
    """The attributions (E lines) of a brat .ann file."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[str] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if not cols or not cols[0]:
            continue
        if cols[0].startswith("T") and len(cols) >= 2:
            label, _, rest = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(rest))
        elif cols[0].startswith("E") and len(cols) >= 2:
            events.append(cols[1])
    out: list[GoldAttribution] = []
    for event in events:
        att = GoldAttribution(content=[])
        for arg in event.split():
            role, _, ref = arg.partition(":")
            if ref not in spans:
                continue
            if role.startswith("Content"):
                att.content.extend(spans[ref][1])
            elif role == "Cue":
                att.cue.extend(spans[ref][1])
            elif role == "Source":
                att.source.extend(spans[ref][1])
        if att.content:
            out.append(att)
    return out


def gold_documents(gold_path: Path) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    """(name, text, attributions) for each text with an annotation file, in name order."""
    splits = [gold_path] if (gold_path / "text").is_dir() else sorted(
        p for p in gold_path.iterdir() if (p / "text").is_dir())
    for split in splits:
        anns: dict[str, Path] = {}
        for ann in sorted((split / "attributions").glob("*.ann")):
            stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            anns.setdefault(stem, ann)
        for txt in sorted((split / "text").glob("*.txt")):
            ann_path = anns.get(txt.stem)
            if ann_path is None:
                continue
            text = txt.read_text(encoding="utf-8")
            yield txt.stem, text, read_ann(ann_path.read_text(encoding="utf-8"))


class _Tokens:
    def __init__(self, text: str) -> None:
        self.words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in self.words]
        self.ends = [e for _, e in self.words]
        self.lower = [text[s:e].lower() for s, e in self.words]

    def of(self, spans: list[Span]) -> frozenset[int]:
        out: set[int] = set()
        for start, end in spans:
            out.update(range(bisect_left(self.ends, start + 1), bisect_right(self.starts, end - 1)))
        return frozenset(out)

    def exact_key(self, tokens: frozenset[int]) -> frozenset[int]:
        if tokens and self.lower[min(tokens)] == "that":
            return tokens - {min(tokens)}
        return tokens


def _overlaps(a: list[Span], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _predicted_units(quotes: list[Quote], toks: _Tokens) -> list[_Unit]:
    grouped: dict[Any, list[Quote]] = {}
    for quote in quotes:
        key = tuple(quote.cue_span) if quote.cue_span else ("span", quote.span)
        grouped.setdefault(key, []).append(quote)
    units: list[_Unit] = []
    for group in grouped.values():
        tokens = frozenset().union(*(toks.of([q.span]) for q in group))
        if not tokens:
            continue
        cue = [group[0].cue_span] if group[0].cue_span else []
        source = [q.speaker.span for q in group if q.speaker is not None][:1]
        units.append(_Unit(tokens, cue, source, cue_class=group[0].cue_class or "none"))
    return units


def _match(pred: list[_Unit], gold: list[_Unit], threshold: float) -> list[tuple[int, int]]:
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = len(p.tokens & g.tokens)
            if shared:
                ratio = shared / max(len(p.tokens), len(g.tokens))
                if ratio >= threshold:
                    pairs.append((ratio, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in sorted(pairs, key=lambda x: -x[0]):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float | int]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "matched": matched}


def _safe(step: Callable[[ArticleDoc], None]) -> Callable[[ArticleDoc], None]:
    def run(adoc: ArticleDoc) -> None:
        try:
            step(adoc)
        except Exception:  # noqa: BLE001 - a sibling step in progress must not stop the score
            adoc.mentions.clear()

    return run


def evaluate(gold_path: Path | str, limit: int | None = None,
             misses: Path | str | None = None) -> dict[str, Any]:
    """Score the quotes step on a PolNeAR split (or a folder of splits); with ``misses``, also
    write the error dump there (JSON lines, see ``score``)."""
    from detente.pipeline import STEPS, code_articles
    from detente.quotes import extract_quotes

    started = time.perf_counter()
    docs = list(gold_documents(Path(gold_path)))
    if limit is not None:
        docs = docs[:limit]
    # PolNeAR texts open with the article's title line: pass it as the title so the structure
    # step treats it as the headline (not coded), whatever its final punctuation.
    articles = [Article(id=name, text=text, title=text.split("\n", 1)[0].strip() or None)
                for name, text, _ in docs]
    steps = {"actors": _safe(STEPS["actors"]), "quotes": extract_quotes}
    errors: list[dict[str, Any]] | None = [] if misses is not None else None
    summary = {"gold_path": str(gold_path),
               **score(docs, code_articles(articles, steps=steps), errors)}
    if misses is not None and errors is not None:
        Path(misses).write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def _miss(name: str, text: str, unit: _Unit, why: str, **extra: Any) -> dict[str, Any]:
    toks = sorted(unit.tokens)
    cue = " ".join(text[s:e] for s, e in unit.cue)
    return {"doc": name, "why": why, "quoted": unit.quoted, "cue": cue.lower(),
            "cue_class": unit.cue_class, "cue_span": unit.cue[0] if unit.cue else None,
            "content_start": toks[0] if toks else -1,
            "source": " ".join(text[s:e] for s, e in unit.source), **extra}


def _errors(name: str, text: str, toks: _Tokens, pred: list[_Unit], gold: list[_Unit],
            pairs: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """One record per error at 0.3: a gold attribution missed (``no cue`` when no prediction
    shares its cue, else ``boundary``), a matched pair whose speaker is wrong (``speaker``), a
    prediction matching no gold (``false positive``)."""
    def words(unit: _Unit) -> str:
        return " ".join(toks.lower[k] for k in sorted(unit.tokens))

    out: list[dict[str, Any]] = []
    found = {j for _, j in pairs}
    hit = {i for i, _ in pairs}
    for j, g in enumerate(gold):
        if j in found:
            continue
        near = [p for p in pred if _overlaps(p.cue, g.cue) or p.tokens & g.tokens]
        out.append(_miss(name, text, g, "boundary" if near else "no cue", content=words(g),
                         predicted=[words(p) for p in near][:2]))
    for i, j in pairs:
        if gold[j].source and not _overlaps(pred[i].source, gold[j].source):
            out.append(_miss(name, text, gold[j], "speaker", content=words(gold[j]),
                             predicted_source=" ".join(text[s:e] for s, e in pred[i].source)))
    for i, p in enumerate(pred):
        if i not in hit:
            out.append(_miss(name, text, p, "false positive", content=words(p)))
    return out


def score(docs: list[tuple[str, str, list[GoldAttribution]]], results: Iterable[PipelineResult],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score pipeline results against the gold of ``docs`` (same order); append the error dump's
    records (``_errors``) to ``errors`` when it is given."""
    counts = {"gold": 0, "predicted": 0, "excluded_headline": 0, "exact": 0,
              "speaker_n": 0, "speaker_ok": 0, "cue_n": 0, "cue_ok": 0,
              "gold_quoted": 0, "gold_quoted_found": 0, "gold_unquoted": 0, "gold_unquoted_found": 0}
    matched = dict.fromkeys(THRESHOLDS, 0)
    kinds: dict[str, int] = {}
    classes: dict[str, int] = {}
    class_units: dict[str, list[int]] = {}  # cue class -> [predicted units, matched at 0.3]
    for (name, text, gold_atts), result in zip(docs, results, strict=True):
        toks = _Tokens(text)
        body = result.article.paragraphs if isinstance(result, CodedArticle) else []
        body_tokens = toks.of(list(body))
        gold: list[_Unit] = []
        for att in gold_atts:
            tokens = toks.of(att.content)
            if not tokens:
                continue
            if not tokens & body_tokens:
                counts["excluded_headline"] += 1
                continue
            quoted = any(c in text[s:e] for s, e in att.content for c in "\"\u201c\u201d")
            gold.append(_Unit(tokens, att.cue, att.source, quoted))
        quotes = result.quotes if isinstance(result, CodedArticle) else []
        for quote in quotes:
            kinds[quote.kind] = kinds.get(quote.kind, 0) + 1
            cls = quote.cue_class or "none"
            classes[cls] = classes.get(cls, 0) + 1
        pred = _predicted_units(quotes, toks)
        counts["gold"] += len(gold)
        counts["predicted"] += len(pred)
        for threshold in THRESHOLDS:
            pairs = _match(pred, gold, threshold)
            matched[threshold] += len(pairs)
            if threshold != THRESHOLDS[0]:
                continue
            if errors is not None:
                errors.extend(_errors(name, text, toks, pred, gold, pairs))
            found = {j for _, j in pairs}
            hit = {i for i, _ in pairs}
            for i, unit in enumerate(pred):
                row = class_units.setdefault(unit.cue_class, [0, 0])
                row[0] += 1
                row[1] += i in hit
            for j, g in enumerate(gold):
                key = "gold_quoted" if g.quoted else "gold_unquoted"
                counts[key] += 1
                counts[key + "_found"] += j in found
            for i, j in pairs:
                if gold[j].source:
                    counts["speaker_n"] += 1
                    counts["speaker_ok"] += _overlaps(pred[i].source, gold[j].source)
                if gold[j].cue:
                    counts["cue_n"] += 1
                    counts["cue_ok"] += _overlaps(pred[i].cue, gold[j].cue)
        gold_exact = {toks.exact_key(g.tokens) for g in gold}
        counts["exact"] += len({toks.exact_key(p.tokens) for p in pred} & gold_exact)
    summary: dict[str, Any] = {
        "documents": len(docs),
        "gold": counts["gold"],
        "predicted": counts["predicted"],
        "gold_excluded_headline": counts["excluded_headline"],
        "predicted_kinds": kinds,
        "predicted_cue_classes": classes,
        "precision_by_cue_class_0.3": {k: round(m / n, 3) for k, (n, m) in sorted(class_units.items()) if n},
    }
    for threshold in THRESHOLDS:
        summary[f"overlap_{threshold}"] = _prf(matched[threshold], counts["predicted"], counts["gold"])
    summary["exact"] = _prf(counts["exact"], counts["predicted"], counts["gold"])
    summary["speaker_accuracy"] = round(counts["speaker_ok"] / counts["speaker_n"], 4) if counts["speaker_n"] else 0.0
    summary["speaker_n"] = counts["speaker_n"]
    summary["cue_accuracy"] = round(counts["cue_ok"] / counts["cue_n"], 4) if counts["cue_n"] else 0.0
    summary["cue_n"] = counts["cue_n"]
    for key in ("gold_quoted", "gold_unquoted"):
        n = counts[key]
        summary[f"recall_{key.removeprefix('gold_')}_0.3"] = round(counts[key + "_found"] / n, 4) if n else 0.0
    return summary


def render(summary: dict[str, Any]) -> Table:
    """A rich table of the summary's headline figures."""
    table = Table(title=f"Quotes: {summary['gold_path']} ({summary['documents']} documents, "
                        f"{summary['gold']} gold, {summary['predicted']} predicted)")
    table.add_column("measure")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("F1", justify="right")
    for key, label in (("overlap_0.3", "content, overlap >= 0.3"),
                       ("overlap_0.8", "content, overlap >= 0.8"), ("exact", "content, exact")):
        row = summary[key]
        table.add_row(label, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}")
    table.add_row(f"speaker accuracy (n={summary['speaker_n']})", "", "", f"{summary['speaker_accuracy']:.3f}")
    table.add_row(f"cue accuracy (n={summary['cue_n']})", "", "", f"{summary['cue_accuracy']:.3f}")
    table.add_row("recall, quoted gold (0.3)", "", f"{summary['recall_quoted_0.3']:.3f}", "")
    table.add_row("recall, unquoted gold (0.3)", "", f"{summary['recall_unquoted_0.3']:.3f}", "")
    return table
