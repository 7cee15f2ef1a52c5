"""Places evaluator: toponym detection and geocoding against LGL / TR-News style XML.

Gold files hold ``<article>`` elements with ``<text>`` and ``<toponyms>``; each ``<toponym>`` has
character offsets (``start``/``end``), the ``phrase`` and, when geocoded, a ``<gaztag>`` with
``lat``/``lon``. Each gold text is coded as one article (spaCy, the actors step for context when
it runs, then the places step). Scores:

- detection P/R/F1: a predicted toponym matches a gold one when their spans overlap (one-to-one);
- accuracy@161km: among matched toponyms whose gold has coordinates, the share predicted within
  161 km (100 miles); unresolved predictions count as misses; mean/median error in km.

Both gold sets also annotate adjectival toponyms ("Turkish", "American"); the pipeline's places
do not include demonyms, so two variants are reported: ``toponyms`` (what ``adoc.places`` holds)
and ``with_demonyms`` (plus NORP entities that name a country, resolved to its centroid).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.document import ArticleDoc
from detente.geo.gazetteer import gazetteer, normalise
from detente.records import Article, Place

ACCURACY_KM = 161.0


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    name: str | None


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]
    url: str | None = None


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _repair(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Gold offsets occasionally drift: re-anchor on the nearest occurrence of the phrase."""
    if text[start:end] == phrase or not phrase:
        return start, end
    best: int | None = None
    pos = text.find(phrase, max(0, start - 200))
    while pos != -1 and pos <= start + 200:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def load_gold(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """Read an LGL / TR-News XML file."""
    root = ET.parse(path).getroot()
    out: list[GoldArticle] = []
    for i, art in enumerate(root.iter("article")):
        if limit is not None and len(out) >= limit:
            break
        text_node = art.find("text")
        text = text_node.text if text_node is not None and text_node.text else ""
        topos: list[GoldToponym] = []
        for tp in art.iter("toponym"):
            try:
                start = int((tp.findtext("start") or "").strip())
                end = int((tp.findtext("end") or "").strip())
            except ValueError:
                continue
            phrase = tp.findtext("phrase") or ""
            start, end = _repair(text, start, end, phrase.strip())
            gaz = tp.find("gaztag")
            lat = _float(gaz.find("lat")) if gaz is not None else None
            lon = _float(gaz.find("lon")) if gaz is not None else None
            name = gaz.findtext("name") if gaz is not None else None
            topos.append(GoldToponym(start, end, phrase, lat, lon, name))
        url = (art.findtext("url") or "").strip() or None
        out.append(GoldArticle(art.get("docid") or str(i), text, topos, url))
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _demonym_places(adoc: ArticleDoc) -> list[Place]:
    g = gazetteer()
    out: list[Place] = []
    for sent in adoc.sentences:
        for ent in sent.span.ents:
            if ent.label_ != "NORP":
                continue
            key = normalise(ent.text)
            iso3 = g.demonyms.get(key) or (g.demonyms.get(key[:-1]) if key.endswith("s") else None)
            if iso3 is None:
                continue
            c = g.countries[iso3]
            out.append(Place(ent.text, sent.char_span(ent), sent.index, c.name, iso3, c.lat, c.lon,
                             "country", reason="demonym"))
    return out


def code_gold(articles: list[GoldArticle]) -> list[ArticleDoc]:
    """Parse and run the places step (after actors, for context) on each gold text."""
    from detente import places
    from detente.nlp import load_nlp
    from detente.pipeline import parser_text

    nlp = load_nlp()
    spans = [_paragraphs(a.text) for a in articles]
    texts = [parser_text(a.text[s:e]) for a, sp in zip(articles, spans, strict=True) for s, e in sp]
    docs = iter(nlp.pipe(texts, batch_size=64))
    out: list[ArticleDoc] = []
    for art, sp in zip(articles, spans, strict=True):
        adoc = ArticleDoc(Article(id=art.id, text=art.text, url=art.url), [(s, next(docs)) for s, _ in sp])
        try:  # context only: an actors step in the middle of being rewritten must not stop us
            from detente.actors import resolve_mentions

            resolve_mentions(adoc)
        except Exception:
            adoc.mentions.clear()
        places.extract_places(adoc)
        out.append(adoc)
    return out


def _score(gold: list[GoldArticle], preds: list[list[Place]]) -> dict[str, Any]:
    tp = fp = fn = 0
    errors: list[float] = []
    unresolved = 0
    confusions: Counter[str] = Counter()
    for art, pred in zip(gold, preds, strict=True):
        used: set[int] = set()
        for g in art.toponyms:
            match = None
            for k, p in enumerate(pred):
                if k not in used and p.span[0] < g.end and g.start < p.span[1]:
                    match = k
                    break
            if match is None:
                fn += 1
                continue
            used.add(match)
            tp += 1
            if g.lat is None or g.lon is None:
                continue
            p = pred[match]
            if p.lat is None or p.lon is None:
                unresolved += 1
                errors.append(math.inf)
                confusions[f"{g.phrase} -> unresolved"] += 1
                continue
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)
            errors.append(km)
            if km > ACCURACY_KM:
                confusions[f"{g.phrase} -> {p.name} ({p.country}, {p.feature}) not {g.name}"] += 1
        fp += len(pred) - len(used)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    finite = [e for e in errors if math.isfinite(e)]
    within = sum(1 for e in errors if e <= ACCURACY_KM)
    return {
        "tp": tp, "fp": fp, "fn": fn,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "geocoded": len(errors),
        "unresolved": unresolved,
        "accuracy_161km": round(within / len(errors), 4) if errors else 0.0,
        "mean_error_km": round(statistics.fmean(finite), 1) if finite else None,
        "median_error_km": round(statistics.median(finite), 1) if finite else None,
        "top_errors": [f"{n}x {c}" for c, n in confusions.most_common(15)],
    }


def evaluate(gold_path: Path | str, limit: int | None = None) -> dict[str, Any]:
    """Score toponym detection and geocoding on a gold XML file (first ``limit`` articles)."""
    path = Path(gold_path)
    gold = load_gold(path, limit)
    adocs = code_gold(gold)
    plain = [list(a.places) for a in adocs]
    with_dem = [list(a.places) + _demonym_places(a) for a in adocs]
    return {
        "gold": str(path),
        "articles": len(gold),
        "gold_toponyms": sum(len(a.toponyms) for a in gold),
        "toponyms": _score(gold, plain),
        "with_demonyms": _score(gold, with_dem),
    }


def render(summary: dict[str, Any]) -> Table:
    """The summary as a rich table."""
    table = Table(title=f"Places: {summary['gold']} ({summary['articles']} articles, "
                        f"{summary['gold_toponyms']} gold toponyms)")
    table.add_column("metric")
    table.add_column("toponyms", justify="right")
    table.add_column("with demonyms", justify="right")
    for key in ("precision", "recall", "f1", "accuracy_161km", "mean_error_km", "median_error_km",
                "tp", "fp", "fn", "geocoded", "unresolved"):
        table.add_row(key, str(summary["toponyms"][key]), str(summary["with_demonyms"][key]))
    return table
