"""Worksheets -> stand-off annotation files (docs/ANNOTATION.md, sections 11-12).

A worksheet names sentences by their number in the story's deterministic split and spans by their
text; this module finds the offsets, checks every code and country, and writes the stand-off JSON
that the evaluators read. Anything it cannot place is an error with the worksheet's file and line.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.annotation.sentences import anchor, split_sentences
from detente.annotation.vocab import (
    MODALITIES,
    Vocabulary,
    load_vocabulary,
)

CORPUS_FILES = (
    "corpora/news/afp_xinhua_te3_silver.jsonl",
    "corpora/news/duc2006_2007.jsonl",
    "corpora/news/bbc2005.jsonl",
    "corpora/news/polnear_train_dev.jsonl",
    "corpora/news/reuters21578.jsonl",
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_FIELDS = {"E": 15, "X": 4, "Q": 9, "T": 4, "P": 5, "N": 2}
SENTENCE_SPLIT_SEED = 41203
RECONCILED = "R"  # worksheet folder of the reconciled double annotations


@dataclass(slots=True)
class Article:
    """The text of one corpus article and its sentence spans."""

    corpus_file: str
    id: str
    published: str | None
    text: str
    sentences: list[tuple[int, int]]


@dataclass(slots=True)
class StoryLabels:
    """Everything a worksheet says about one story."""

    article: Article
    events: list[dict[str, Any]] = field(default_factory=list)
    must_not: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    no_event: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Worksheet:
    """A parsed worksheet: labels per story, and the errors found (``file:line: reason``)."""

    path: Path
    stories: dict[str, StoryLabels] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        c: Counter[str] = Counter()
        for s in self.stories.values():
            c["stories"] += 1
            c["events"] += len(s.events)
            c["must_not"] += len(s.must_not)
            c["quotes"] += len(s.quotes)
            c["times"] += len(s.times)
            c["places"] += len(s.places)
            c["no-event sentences"] += len(s.no_event)
        return ", ".join(f"{v} {k}" for k, v in c.items()) + f", {len(self.errors)} errors"


def load_articles(shared: Path, ids: set[str]) -> dict[str, Article]:
    """The corpus articles with the given ids, with their sentence split."""
    found: dict[str, Article] = {}
    for corpus_file in CORPUS_FILES:
        path = shared / corpus_file
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                head = line[:300]
                m = re.search(r'"id": "([^"]+)"', head)
                if m is None or m.group(1) not in ids:
                    continue
                rec = json.loads(line)
                text = rec.get("text") or ""
                found[rec["id"]] = Article(corpus_file, rec["id"], rec.get("date"), text,
                                           list(split_sentences(text)))
    return found


def locate(text: str, start: int, end: int, wanted: str) -> tuple[int, int] | None:
    """Offsets of ``wanted`` (optionally ``text@n`` for the n-th occurrence) inside
    ``text[start:end]``, matching with whitespace collapsed and, failing that, ignoring case."""
    occurrence = 1
    m = re.fullmatch(r"(.*?)@(\d+)", wanted)
    if m:
        wanted, occurrence = m.group(1), int(m.group(2))
    wanted = " ".join(wanted.split())
    if not wanted:
        return None
    norm: list[str] = []
    raw_at: list[int] = []
    prev_space = False
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        norm.append(ch)
        raw_at.append(i)
    hay = "".join(norm)

    def whole(at: int, n: int) -> bool:
        before = hay[at - 1] if at > 0 else " "
        after = hay[at + n] if at + n < len(hay) else " "
        return not (wanted[0].isalnum() and before.isalnum()) and not (
            wanted[-1].isalnum() and after.isalnum())

    for candidate, needle in ((hay, wanted), (hay.lower(), wanted.lower())):
        hits = [i for i in range(len(candidate)) if candidate.startswith(needle, i)]
        if not hits:
            continue
        words = [i for i in hits if whole(i, len(needle))]
        # "he@3" may count substrings (the third "he", past "the" and "when") or whole words: a
        # whole-word hit at the n-th substring wins, else the n-th whole word.
        if occurrence <= len(hits) and whole(hits[occurrence - 1], len(needle)):
            pos = hits[occurrence - 1]
        elif occurrence <= len(words):
            pos = words[occurrence - 1]
        else:
            continue
        return raw_at[pos], raw_at[pos + len(needle) - 1] + 1
    return None


def _fields(line: str) -> list[str]:
    return [f.strip() for f in line.split("|")]


def parse_worksheet(path: Path, shared: Path, vocab: Vocabulary | None = None) -> Worksheet:
    """Parse and check one worksheet against the corpus texts and the vocabularies."""
    vocab = vocab or load_vocabulary()
    sheet = Worksheet(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    ids = {ln.split(None, 1)[1].strip() for ln in lines if ln.startswith("@story ") and len(ln.split()) > 1}
    articles = load_articles(shared, ids)
    current: StoryLabels | None = None
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        where = f"{path}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@story"):
            sid = line.split(None, 1)[1].strip() if len(line.split()) > 1 else ""
            art = articles.get(sid)
            if art is None:
                sheet.errors.append(f"{where}: unknown story id {sid!r}")
                current = None
                continue
            current = sheet.stories.setdefault(sid, StoryLabels(art))
            continue
        if current is None:
            sheet.errors.append(f"{where}: label before any valid @story line")
            continue
        f = _fields(line)
        kind = f[0]
        if kind not in _FIELDS:
            sheet.errors.append(f"{where}: unknown record kind {kind!r} (E, X, Q, T, P or N)")
            continue
        if len(f) != _FIELDS[kind]:
            sheet.errors.append(f"{where}: {kind} needs {_FIELDS[kind]} fields, got {len(f)}")
            continue
        m = re.fullmatch(r"S(\d+)", f[1])
        if m is None or int(m.group(1)) >= len(current.article.sentences):
            sheet.errors.append(f"{where}: bad sentence number {f[1]!r}")
            continue
        idx = int(m.group(1))
        try:
            _parse_record(kind, f, idx, current, vocab)
        except ValueError as exc:
            sheet.errors.append(f"{where}: {exc}")
    return sheet


def _span(art: Article, idx: int, text: str, what: str) -> dict[str, Any] | None:
    if text in ("", "-"):
        return None
    a, b = art.sentences[idx]
    found = locate(art.text, a, b, text)
    if found is None:
        raise ValueError(f"{what} {text!r} not found in sentence S{idx}")
    if len(art.text[found[0]:found[1]].split()) > 8:
        raise ValueError(f"{what} {text!r} is longer than eight words: mark its head phrase")
    return {"text": art.text[found[0]:found[1]], "span": list(found)}


def _actor(art: Article, idx: int, text: str, country: str, sector: str, what: str,
           vocab: Vocabulary) -> dict[str, Any] | None:
    span = _span(art, idx, text, what)
    country = "" if country == "-" else country
    sector = "" if sector == "-" else sector
    if span is None:
        if country or sector:
            raise ValueError(f"{what} has a country or sector but no text")
        return None
    if country and country not in vocab.countries:
        raise ValueError(f"{what} country {country!r} is not ISO 3166 alpha-3 or a known org code")
    if sector and sector not in vocab.sectors:
        raise ValueError(f"{what} sector {sector!r} is not a known sector code")
    span["country"] = country or None
    span["sector"] = sector or None
    return span


def _sentence_ref(art: Article, idx: int) -> dict[str, Any]:
    a, b = art.sentences[idx]
    return {"index": idx, "sentence": [a, b], "sentence_contains": anchor(art.text, a, b)}


def _parse_record(kind: str, f: list[str], idx: int, story: StoryLabels, vocab: Vocabulary) -> None:
    art = story.article
    if kind == "N":
        story.no_event.add(idx)
        return
    if kind == "E":
        (_, _, req, trig, st, sc, ss, tt, tc, ts, cameo, plover, recip, modality, date) = f
        if req not in ("req", "acc"):
            raise ValueError(f"required flag must be req or acc, got {req!r}")
        codes = [c.strip() for c in cameo.split("/") if c.strip()]
        if not codes or any(c not in vocab.cameo for c in codes):
            raise ValueError(f"unknown CAMEO code in {cameo!r}")
        if plover.strip() in ("=", "-", ""):
            types = [t for t in [vocab.cameo[codes[0]][0]] if t]
        else:
            types = [t.strip() for t in plover.split("/")]
        if any(t not in vocab.plover for t in types):
            raise ValueError(f"unknown PLOVER type in {plover!r}")
        if modality not in MODALITIES:
            raise ValueError(f"modality {modality!r} not one of {sorted(MODALITIES)}")
        if date not in ("-", "") and not _DATE.match(date):
            raise ValueError(f"date {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
        if recip not in ("recip", "-", ""):
            raise ValueError(f"reciprocal field must be recip or -, got {recip!r}")
        trigger = _span(art, idx, trig, "trigger")
        if trigger is None:
            raise ValueError("an event needs a trigger")
        source = _actor(art, idx, st, sc, ss, "source", vocab)
        target = _actor(art, idx, tt, tc, ts, "target", vocab)
        story.events.append({
            **_sentence_ref(art, idx), "required": req == "req", "trigger": trigger,
            "source": source, "target": target, "reciprocal": recip == "recip",
            "cameo": codes, "plover": types, "plover_mode": vocab.cameo[codes[0]][1] or None,
            "modality": modality, "date": None if date in ("-", "") else date})
    elif kind == "X":
        what, why = f[2], f[3]
        item: dict[str, Any] = {**_sentence_ref(art, idx), "why": why}
        if what.startswith("actor:"):
            item["actor_name"] = what.split(":", 1)[1].strip()
        else:
            parts = what.split()
            if not parts or any(p not in vocab.plover for p in parts[:1]):
                raise ValueError(f"must_not needs 'PLOVERTYPE [modality]' or 'actor:NAME', got {what!r}")
            item["plover"] = [parts[0]]
            item["modality"] = parts[1] if len(parts) > 1 else "asserted"
        story.must_not.append(item)
    elif kind == "Q":
        (_, _, qkind, starts, speaker, cty, sec, cue, channel) = f
        if qkind not in ("direct", "mixed", "indirect"):
            raise ValueError(f"quote kind must be direct, mixed or indirect, got {qkind!r}")
        if len(starts.split()) > 8:
            raise ValueError("text_starts is limited to eight words")
        if cty not in ("-", "") and cty not in vocab.countries:
            raise ValueError(f"speaker country {cty!r} unknown")
        story.quotes.append({
            **_sentence_ref(art, idx), "kind": qkind, "text_starts": starts, "speaker": speaker,
            "speaker_country": None if cty in ("-", "") else cty,
            "speaker_sector": None if sec in ("-", "") else sec,
            "cue": None if cue in ("-", "") else cue, "channel": None if channel in ("-", "") else channel})
    elif kind == "T":
        span = _span(art, idx, f[2], "time")
        story.times.append({**_sentence_ref(art, idx), **(span or {}), "value": f[3]})
    elif kind == "P":
        span = _span(art, idx, f[2], "place")
        cty = f[3]
        if cty not in ("-", "") and cty not in vocab.countries:
            raise ValueError(f"place country {cty!r} unknown")
        story.places.append({**_sentence_ref(art, idx), **(span or {}),
                             "country": None if cty in ("-", "") else cty, "kind": f[4]})


def wire_file(story: StoryLabels, meta: dict[str, Any], annotator: str) -> dict[str, Any]:
    """The stand-off wire-gold record of one story."""
    art = story.article
    events = sorted(story.events, key=lambda e: (e["index"], e["trigger"]["span"][0]))
    for n, e in enumerate(events, 1):
        e["id"] = f"E{n}"
    quotes = sorted(story.quotes, key=lambda q: q["index"])
    for n, q in enumerate(quotes, 1):
        q["id"] = f"Q{n}"
    return {
        "about": "Stand-off wire gold: offsets into the text field of the article in "
                 "../shared/<corpus_file>; coded by docs/ANNOTATION.md.",
        "guidelines": "docs/ANNOTATION.md", "annotator": annotator, "split": meta["split"],
        "article": {"corpus_file": art.corpus_file, "id": art.id, "published": art.published,
                    "sentences": len(art.sentences), "selection": meta["reason"]},
        "events": events, "must_not": story.must_not, "quotes": quotes,
        "times": sorted(story.times, key=lambda t: t.get("span", [0])[0]),
        "places": sorted(story.places, key=lambda p: p.get("span", [0])[0]),
    }


def sentence_rows(sheet: Worksheet, selection: dict[tuple[str, int], dict[str, Any]],
                  annotator: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Sentence-set rows for every selected sentence the worksheet labels, and the problems
    (a labelled sentence that was not selected, a selected one left without a label)."""
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    for sid, story in sheet.stories.items():
        by_idx: dict[int, list[dict[str, Any]]] = {}
        for e in story.events:
            by_idx.setdefault(e["index"], []).append(e)
        labelled = set(by_idx) | story.no_event
        for idx in sorted(labelled):
            sel = selection.get((sid, idx))
            if sel is None:
                problems.append(f"{sheet.path}: {sid} S{idx} labelled but not in the selection")
                continue
            events = [{
                "trigger": e["trigger"], "source": e["source"], "target": e["target"],
                "reciprocal": e["reciprocal"], "cameo": e["cameo"][0],
                "alternatives": e["cameo"][1:], "plover": e["plover"][0] if e["plover"] else None,
                "plover_mode": e["plover_mode"], "modality": e["modality"]}
                for e in sorted(by_idx.get(idx, []), key=lambda e: e["trigger"]["span"][0])]
            rows.append({"id": sel["id"], "corpus_file": sel["corpus_file"], "article_id": sid,
                         "published": sel["published"], "sentence": sel["sentence"],
                         "anchor": sel["anchor"], "sample": sel["sample"], "annotator": annotator,
                         "events": events})
    return rows, problems


def build_all(worksheets: Path, shared: Path, out: Path) -> dict[str, Any]:
    """Build annotations/wire/*.json and annotations/sentences/{train,dev,test}.jsonl from the
    primary worksheets (``<annotator>/wire.txt`` and ``<annotator>/sentences.txt``)."""
    vocab = load_vocabulary()
    selection = json.loads((out / "wire" / "SELECTION.json").read_text())
    wire_meta = {r["id"]: r for r in selection["stories"]}
    sent_sel = {}
    for line in (out / "sentences" / "SELECTION.jsonl").read_text().splitlines():
        r = json.loads(line)
        sent_sel[(r["article_id"], r["index"])] = r
    report: dict[str, Any] = {"errors": [], "wire_files": 0, "sentences": 0, "reconciled": 0}
    # The reconciled double annotations (folder R) replace the owner's event labels for the items
    # they cover; the owner's quotes, times and places stay.
    reconciled_wire: dict[str, StoryLabels] = {}
    reconciled_rows: dict[str, dict[str, Any]] = {}
    rdir = worksheets / RECONCILED
    if (rdir / "wire.txt").exists():
        sheet = parse_worksheet(rdir / "wire.txt", shared, vocab)
        report["errors"] += sheet.errors
        reconciled_wire = sheet.stories
    if (rdir / "sentences.txt").exists():
        sheet = parse_worksheet(rdir / "sentences.txt", shared, vocab)
        report["errors"] += sheet.errors
        rows, problems = sentence_rows(sheet, sent_sel, "reconciled")
        report["errors"] += problems
        reconciled_rows = {r["id"]: r for r in rows}
    selected = {r["id"]: r for r in sent_sel.values()}
    all_rows: list[dict[str, Any]] = []
    fresh = out / "wire_fresh" / "SELECTION.json"  # the fresh sets build on their own
    fresh_meta = json.loads(fresh.read_text()) if fresh.exists() else {}
    fresh_sets = set(fresh_meta.get("sets", {})) | set(fresh_meta.get("double", {}))
    for adir in sorted(p for p in worksheets.iterdir()
                       if p.is_dir() and p.name != RECONCILED and p.name not in fresh_sets):
        who = adir.name
        wire = adir / "wire.txt"
        if wire.exists():
            sheet = parse_worksheet(wire, shared, vocab)
            report["errors"] += sheet.errors
            for sid, story in sheet.stories.items():
                meta = wire_meta.get(sid)
                if meta is None or meta["annotator"] != who:
                    report["errors"].append(f"{wire}: {sid} is not in {who}'s wire selection")
                    continue
                annotator = who
                if sid in reconciled_wire:
                    story.events = reconciled_wire[sid].events
                    story.must_not = reconciled_wire[sid].must_not
                    annotator = f"{who}+{meta['second_annotator']}, reconciled"
                    report["reconciled"] += 1
                path = out / "wire" / f"{sid}.json"
                path.write_text(json.dumps(wire_file(story, meta, annotator), indent=1) + "\n")
                report["wire_files"] += 1
        sents = adir / "sentences.txt"
        if sents.exists():
            sheet = parse_worksheet(sents, shared, vocab)
            report["errors"] += sheet.errors
            rows, problems = sentence_rows(sheet, sent_sel, who)
            report["errors"] += problems
            for r in rows:
                if r["id"] in reconciled_rows:
                    r = {**reconciled_rows[r["id"]],
                         "annotator": f"{who}+{selected[r['id']]['second_annotator']}, reconciled"}
                    report["reconciled"] += 1
                all_rows.append(r)
    # Split over every selected story (not only those labelled so far), so it is fixed once.
    split = split_sentence_set(sorted({a for a, _ in sent_sel}))
    parts: dict[str, list[dict[str, Any]]] = {"train": [], "dev": [], "test": []}
    for r in sorted(all_rows, key=lambda r: r["id"]):
        parts[split[r["article_id"]]].append(r)
    for name, rows in parts.items():
        with (out / "sentences" / f"{name}.jsonl").open("w") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
        report[f"sentences_{name}"] = len(rows)
    report["sentences"] = len(all_rows)
    return report


def split_sentence_set(article_ids: list[str], seed: int = SENTENCE_SPLIT_SEED) -> dict[str, str]:
    """Train 80% / dev 10% / test 10% of the sentence set, by story, from ``seed``.

    Each story's part depends only on its id and the seed (a hash), so stories added to the
    selection later never move the ones already split."""
    out = {}
    for a in article_ids:
        bucket = int(hashlib.sha1(f"{seed}:{a}".encode()).hexdigest(), 16) % 10
        out[a] = "dev" if bucket == 0 else "test" if bucket == 1 else "train"
    return out
