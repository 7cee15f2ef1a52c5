"""Validation of the stand-off annotation files, and the corpus counts reported in EVALUATION.md.

Every file must parse; every sentence offset must land on its anchor and every span on its text
in the ``../shared`` article; every CAMEO code, PLOVER type, country and sector must be in the
vocabularies (``detente.annotation.vocab``); no string may carry article text beyond an anchor.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detente.annotation.vocab import MODALITIES, load_vocabulary

Json = dict[str, Any]
MAX_ANCHOR_WORDS = 8


# Wire-gold folders and the splits their stories may carry (wire_fresh: docs/ANNOTATION.md 16)
WIRE_FOLDERS = {"wire": ("dev", "test"), "wire_fresh": ("fresh", "fresh_heldout")}


def wire_files(root: Path, folder: str = "wire") -> list[Path]:
    """The story files of ``root/<folder>`` (SELECTION.json excluded)."""
    return sorted(p for p in (root / folder).glob("*.json") if p.name != "SELECTION.json")


def sentence_rows(root: Path) -> Iterator[tuple[Path, int, Json]]:
    """(file, line number, row) for every row of the sentence set (SELECTION excluded)."""
    for path in sorted((root / "sentences").glob("*.jsonl")):
        if path.stem == "SELECTION":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield path, n, json.loads(line)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _check_span(text: str, item: Json | None, where: str, errors: list[str]) -> None:
    if not item:
        return
    a, b = item["span"]
    if not 0 <= a < b <= len(text):
        errors.append(f"{where}: span {a}-{b} outside the text")
    elif _norm(text[a:b]) != _norm(item["text"]):
        errors.append(f"{where}: span {a}-{b} is {text[a:b]!r}, not {item['text']!r}")
    if len(item["text"].split()) > MAX_ANCHOR_WORDS:
        errors.append(f"{where}: span text longer than {MAX_ANCHOR_WORDS} words")


def _check_sentence(text: str, span: list[int], anchor: str, where: str, errors: list[str]) -> None:
    a, b = span
    if not 0 <= a < b <= len(text):
        errors.append(f"{where}: sentence {a}-{b} outside the text")
    elif not _norm(text[a:b]).startswith(_norm(anchor)):
        errors.append(f"{where}: sentence {a}-{b} does not start with its anchor {anchor!r}")
    if len(anchor.split()) > MAX_ANCHOR_WORDS:
        errors.append(f"{where}: anchor longer than {MAX_ANCHOR_WORDS} words")


def _check_actor(side: Json | None, where: str, errors: list[str]) -> None:
    vocab = load_vocabulary()
    if not side:
        return
    if side.get("country") and side["country"] not in vocab.countries:
        errors.append(f"{where}: unknown country {side['country']!r}")
    if side.get("sector") and side["sector"] not in vocab.sectors:
        errors.append(f"{where}: unknown sector {side['sector']!r}")


def _check_event(text: str, e: Json, codes: list[str], types: list[str], where: str,
                 errors: list[str]) -> None:
    vocab = load_vocabulary()
    for c in codes:
        if c not in vocab.cameo:
            errors.append(f"{where}: unknown CAMEO code {c!r}")
    for t in types:
        if t not in vocab.plover:
            errors.append(f"{where}: unknown PLOVER type {t!r}")
    if e.get("modality", "asserted") not in MODALITIES:
        errors.append(f"{where}: unknown modality {e.get('modality')!r}")
    _check_span(text, e["trigger"], f"{where} trigger", errors)
    for side in ("source", "target"):
        _check_span(text, e.get(side), f"{where} {side}", errors)
        _check_actor(e.get(side), f"{where} {side}", errors)


def load_texts(shared: Path, refs: set[tuple[str, str]]) -> dict[str, str]:
    """Article texts by id for the (corpus_file, id) pairs given."""
    from detente.evaluation.wire import article_records

    stories = [{"article": {"corpus_file": f, "id": a}} for f, a in refs]
    return {aid: rec.get("text") or "" for aid, rec in article_records(stories, shared).items()}


def validate(root: Path, shared: Path) -> list[str]:
    """Every problem found in the annotation files under ``root`` (empty when all is well)."""
    errors: list[str] = []
    stories: list[tuple[Path, Json]] = []
    splits: dict[Path, tuple[str, ...]] = {}
    for folder, allowed in WIRE_FOLDERS.items():
        for path in wire_files(root, folder):
            splits[path] = allowed
            try:
                stories.append((path, json.loads(path.read_text(encoding="utf-8"))))
            except json.JSONDecodeError as exc:
                errors.append(f"{path}: not JSON ({exc})")
    rows = list(sentence_rows(root))
    refs = {(d["article"]["corpus_file"], d["article"]["id"]) for _, d in stories}
    refs |= {(r["corpus_file"], r["article_id"]) for _, _, r in rows}
    texts = load_texts(shared, refs)
    for path, d in stories:
        text = texts.get(d["article"]["id"])
        if text is None:
            errors.append(f"{path}: article {d['article']['id']} not in {d['article']['corpus_file']}")
            continue
        if d.get("split") not in splits[path]:
            errors.append(f"{path}: split must be one of {', '.join(splits[path])}")
        for e in d["events"]:
            where = f"{path} {e['id']}"
            _check_sentence(text, e["sentence"], e["sentence_contains"], where, errors)
            _check_event(text, e, e["cameo"], e["plover"], where, errors)
        for group in ("must_not", "quotes", "times", "places"):
            for item in d.get(group, []):
                _check_sentence(text, item["sentence"], item["sentence_contains"],
                                f"{path} {group}", errors)
        for group in ("times", "places"):
            for item in d.get(group, []):
                if "span" in item:
                    _check_span(text, item, f"{path} {group}", errors)
    for path, n, r in rows:
        where = f"{path}:{n}"
        text = texts.get(r["article_id"])
        if text is None:
            errors.append(f"{where}: article {r['article_id']} not found")
            continue
        _check_sentence(text, r["sentence"], r["anchor"], where, errors)
        for e in r["events"]:
            if not r["sentence"][0] <= e["trigger"]["span"][0] < r["sentence"][1]:
                errors.append(f"{where}: trigger outside its sentence")
            types = [e["plover"]] if e.get("plover") else []
            _check_event(text, e, [e["cameo"], *e.get("alternatives", [])], types, where, errors)
    return errors


def corpus_counts(root: Path) -> Json:
    """Counts that the corpus issue asks for: stories, events, types and roots covered."""
    stories = [json.loads(p.read_text(encoding="utf-8")) for p in wire_files(root)]
    req_types: Counter[str] = Counter()
    events = required = 0
    for d in stories:
        for e in d["events"]:
            events += 1
            if e["required"]:
                required += 1
                req_types.update(e["plover"][:1])
    corpora = Counter(d["article"]["corpus_file"].rsplit("/", 1)[-1] for d in stories)
    splits = Counter(d["split"] for d in stories)
    rows = [r for _, _, r in sentence_rows(root)]
    roots: Counter[str] = Counter()
    types: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    for path, _, r in sentence_rows(root):
        parts[path.stem] += 1
        for e in r["events"]:
            roots[e["cameo"][:2]] += 1
            if e.get("plover"):
                types[e["plover"]] += 1
    return {
        "wire": {"stories": len(stories), "by_corpus": dict(corpora), "by_split": dict(splits),
                 "events": events, "required_events": required,
                 "required_by_plover": dict(sorted(req_types.items())),
                 "quotes": sum(len(d.get("quotes", [])) for d in stories),
                 "times": sum(len(d.get("times", [])) for d in stories),
                 "places": sum(len(d.get("places", [])) for d in stories)},
        "sentences": {"sentences": len(rows), "by_part": dict(parts),
                      "with_events": sum(bool(r["events"]) for r in rows),
                      "without_events": sum(not r["events"] for r in rows),
                      "events": sum(len(r["events"]) for r in rows),
                      "events_by_root": dict(sorted(roots.items())),
                      "events_by_plover": dict(sorted(types.items()))},
    }
