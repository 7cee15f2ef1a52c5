"""Annotated corpus: select stories and sentences, write packets, build stand-off files, agreement.

    python scripts/annotation.py select  --shared ../shared --packets /tmp/annot   (once; seeds fixed)
    python scripts/annotation.py check   WORKSHEET... --shared ../shared           (annotators)
    python scripts/annotation.py build   --worksheets DIR --shared ../shared       (stand-off files)
    python scripts/annotation.py agree   --worksheets DIR --shared ../shared       (double annotation)
    python scripts/annotation.py sample-fresh --set F39 --seed 2540 --packets /tmp/fg (a blind set)
    python scripts/annotation.py build-fresh --shared ../shared                   (annotations/wire_fresh)
    python scripts/annotation.py agree-fresh --shared ../shared                   (its double share)
    python scripts/annotation.py counts                                            (corpus figures)

Packets and worksheets hold article text and are kept outside the repository; only the stand-off
files under annotations/ are committed. See docs/ANNOTATION.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from detente.annotation.select import (  # noqa: E402
    FRESH_RESERVE,
    LONG_WORDS,
    LONGER_WORDS,
    SENTENCE_MIX,
    STRICT_PLOVER_HINTS,
    WIDE_ROOT_HINTS,
    WIRE_QUOTA,
    SentencePick,
    Story,
    load_stories,
    select_boosted,
    select_fresh,
    select_sentences,
    select_supplement,
    select_wire,
    split_dev_test,
    text_key,
    wire_pool,
)
from detente.annotation.sentences import anchor  # noqa: E402

WIRE_SEED = 20261203
SPLIT_SEED = 1203
SENTENCE_SEED = 31203
ANNOTATORS = ["A1", "A2", "A3", "A4"]
WIRE_DIR = REPO / "annotations" / "wire"
SENT_DIR = REPO / "annotations" / "sentences"
FRESH_DIR = REPO / "annotations" / "wire_fresh"


def _corpora(shared: Path) -> dict[str, list[Story]]:
    files = sorted(set(WIRE_QUOTA) | set(SENTENCE_MIX))
    return {f: list(load_stories(shared, f)) for f in files}


def _story_header(s: Story) -> str:
    return (f"@story {s.id}\n# corpus={s.corpus_file} published={s.date} dateline={s.dateline!r}\n"
            f"# title: {s.title}\n")


def _write_story(out: list[str], s: Story) -> None:
    out.append(_story_header(s))
    for n, (a, b) in enumerate(s.sentences):
        out.append(f"S{n} {' '.join(s.text[a:b].split())}\n")
    out.append("\n")


def _write_picks(out: list[str], picks: list[SentencePick]) -> None:
    by_story: dict[str, list[SentencePick]] = defaultdict(list)
    for p in picks:
        by_story[p.story.id].append(p)
    for group in by_story.values():
        s = group[0].story
        out.append(_story_header(s))
        wanted = {p.index for p in group}
        show = sorted(wanted | {c for p in group for c in p.context})
        for n in show:
            a, b = s.sentences[n]
            mark = "S" if n in wanted else "c"
            out.append(f"{mark}{n} {' '.join(s.text[a:b].split())}\n")
        out.append("\n")


def cmd_select(args: argparse.Namespace) -> None:
    shared = Path(args.shared)
    corpora = _corpora(shared)
    wire = select_wire(corpora, WIRE_SEED)
    split = split_dev_test([s.id for s, _ in wire], SPLIT_SEED)
    rng = random.Random(WIRE_SEED)
    order = list(range(len(wire)))
    rng.shuffle(order)
    wire_rows = []
    batches: dict[str, list[Story]] = defaultdict(list)
    doubles: dict[str, list[Story]] = defaultdict(list)
    for k, n in enumerate(order):
        story, reason = wire[n]
        who = ANNOTATORS[k % len(ANNOTATORS)]
        second = ANNOTATORS[(k + 1) % len(ANNOTATORS)] if k < 2 * len(ANNOTATORS) else None
        batches[who].append(story)
        if second:
            doubles[second].append(story)
        wire_rows.append({"corpus_file": story.corpus_file, "id": story.id, "published": story.date,
                          "reason": reason, "split": split[story.id], "annotator": who,
                          "second_annotator": second})
    exclude = {s.id for s, _ in wire} | {"afp-2024-04-02-biden-xi-call"}
    picks = select_sentences(corpora, exclude, SENTENCE_SEED, natural=args.natural,
                             window=5, per_root=args.per_root)
    stories = sorted({p.story.id for p in picks})
    rng2 = random.Random(SENTENCE_SEED)
    rng2.shuffle(stories)
    owner = {sid: ANNOTATORS[n % len(ANNOTATORS)] for n, sid in enumerate(stories)}
    # About 10% of sentences, whole story groups, annotated again by the next annotator.
    second_of: dict[str, str] = {}
    per_story: dict[str, int] = defaultdict(int)
    for p in picks:
        per_story[p.story.id] += 1
    budget = round(0.1 * len(picks))
    for sid in stories:
        if budget <= 0:
            break
        second_of[sid] = ANNOTATORS[(ANNOTATORS.index(owner[sid]) + 1) % len(ANNOTATORS)]
        budget -= per_story[sid]
    sent_rows = []
    sent_batches: dict[str, list[SentencePick]] = defaultdict(list)
    sent_doubles: dict[str, list[SentencePick]] = defaultdict(list)
    for n, p in enumerate(picks):
        a, b = p.story.sentences[p.index]
        who = owner[p.story.id]
        sent_batches[who].append(p)
        if p.story.id in second_of:
            sent_doubles[second_of[p.story.id]].append(p)
        sent_rows.append({"id": f"s-{n:05d}", "corpus_file": p.story.corpus_file,
                          "article_id": p.story.id, "published": p.story.date,
                          "index": p.index, "sentence": [a, b],
                          "anchor": anchor(p.story.text, a, b), "sample": p.sample,
                          "annotator": who, "second_annotator": second_of.get(p.story.id)})
    WIRE_DIR.mkdir(parents=True, exist_ok=True)
    SENT_DIR.mkdir(parents=True, exist_ok=True)
    (WIRE_DIR / "SELECTION.json").write_text(json.dumps({
        "about": "Wire-gold stories: chosen by scripts/annotation.py select (random per corpus, "
                 "stratified by year, plus a boosted share for rare PLOVER types), then split "
                 "once at random into dev and test.",
        "selection_seed": WIRE_SEED, "split_seed": SPLIT_SEED, "stories": wire_rows}, indent=1) + "\n")
    with (SENT_DIR / "SELECTION.jsonl").open("w") as fh:
        for row in sent_rows:
            fh.write(json.dumps(row) + "\n")
    packets = Path(args.packets)
    for who in ANNOTATORS:
        d = packets / who
        d.mkdir(parents=True, exist_ok=True)
        for name, content in (("wire", batches[who]), ("wire_double", doubles[who])):
            out: list[str] = []
            for s in content:
                _write_story(out, s)
            (d / f"{name}.txt").write_text("".join(out))
        for name, plist in (("sentences", sent_batches[who]), ("sentences_double", sent_doubles[who])):
            out = []
            _write_picks(out, plist)
            (d / f"{name}.txt").write_text("".join(out))
        print(who, "wire", len(batches[who]), "double", len(doubles[who]),
              "sentences", len(sent_batches[who]), "double", len(sent_doubles[who]))
    print("wire stories", len(wire_rows), "sentences", len(sent_rows))


SUPPLEMENT_SEED = 51203


def cmd_supplement(args: argparse.Namespace) -> None:
    """Add stories for the PLOVER types short of required events to the wire selection."""
    shared = Path(args.shared)
    corpora = _corpora(shared)
    sel_path = WIRE_DIR / "SELECTION.json"
    selection = json.loads(sel_path.read_text())
    exclude = {r["id"] for r in selection["stories"]} | {"afp-2024-04-02-biden-xi-call"}
    exclude |= {json.loads(x)["article_id"] for x in (SENT_DIR / "SELECTION.jsonl").read_text().splitlines()}
    extra = select_supplement(corpora, exclude, args.kinds, args.per_kind, args.seed,
                              STRICT_PLOVER_HINTS if args.strict else None, 1 if args.strict else 2)
    split = split_dev_test([s.id for s, _ in extra], args.seed)
    out: list[str] = []
    for story, reason in extra:
        selection["stories"].append({"corpus_file": story.corpus_file, "id": story.id,
                                     "published": story.date, "reason": reason,
                                     "split": split[story.id], "annotator": args.annotator,
                                     "second_annotator": None})
        _write_story(out, story)
    rounds = selection.setdefault("supplements", [])
    if "supplement" in selection:  # the first round, recorded before rounds were a list
        rounds.insert(0, selection.pop("supplement"))
    rounds.append({"seed": args.seed, "kinds": args.kinds, "per_kind": args.per_kind,
                   "annotator": args.annotator,
                   "strict_hints": args.strict,
                   "why": "PLOVER types with fewer than 8 required events so far"})
    sel_path.write_text(json.dumps(selection, indent=1) + "\n")
    packet = Path(args.packets) / args.annotator
    packet.mkdir(parents=True, exist_ok=True)
    (packet / "wire.txt").write_text("".join(out))
    print(f"{len(extra)} stories for {args.annotator}: " + ", ".join(r for _, r in extra))


def cmd_supplement_picks(args: argparse.Namespace) -> None:
    """Add hand-picked stories (a TSV of ``KIND<TAB>story id``: stories whose lead reports an act
    of a short PLOVER type) to the wire selection, shared out among ``annotators`` with
    ``double`` of them annotated a second time, blind, by another annotator."""
    shared = Path(args.shared)
    corpora = _corpora(shared)
    by_id = {s.id: s for stories in corpora.values() for s in stories}
    sel_path = WIRE_DIR / "SELECTION.json"
    selection = json.loads(sel_path.read_text())
    taken = {r["id"] for r in selection["stories"]}
    picks = [line.split("\t")[:2] for line in Path(args.picks).read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    picks = [(kind, sid) for kind, sid in picks if sid not in taken]
    rng = random.Random(args.seed)
    order = [sid for _, sid in picks]
    rng.shuffle(order)
    owner = {sid: args.annotators[i % len(args.annotators)] for i, sid in enumerate(order)}
    doubled = {sid: args.annotators[(args.annotators.index(owner[sid]) + 1) % len(args.annotators)]
               for sid in order[: args.double]}
    split = split_dev_test(order, args.seed)
    packets: dict[str, list[str]] = defaultdict(list)
    doubles: dict[str, list[str]] = defaultdict(list)
    for kind, sid in picks:
        story = by_id[sid]
        selection["stories"].append({"corpus_file": story.corpus_file, "id": sid,
                                     "published": story.date, "reason": f"handpicked:{kind}",
                                     "split": split[sid], "annotator": owner[sid],
                                     "second_annotator": doubled.get(sid)})
        _write_story(packets[owner[sid]], story)
        if sid in doubled:
            _write_story(doubles[doubled[sid]], story)
    selection.setdefault("supplements", []).append({
        "seed": args.seed, "picks": Path(args.picks).name, "annotators": args.annotators,
        "double": args.double,
        "why": "CONCEDE and COOPERATE still short after three hint-word rounds: stories whose "
               "title or lead reports such an act, picked by reading titles and leads"})
    sel_path.write_text(json.dumps(selection, indent=1) + "\n")
    for who in args.annotators:
        packet = Path(args.packets) / who
        packet.mkdir(parents=True, exist_ok=True)
        (packet / "wire.txt").write_text("".join(packets[who]))
        if doubles[who]:
            (packet / "wire_double.txt").write_text("".join(doubles[who]))
    print(f"{len(picks)} stories; doubled: " + ", ".join(f"{s} ({w})" for s, w in doubled.items()))


def cmd_supplement_sentences(args: argparse.Namespace) -> None:
    """Add boosted sentences for CAMEO roots short of 60 examples to the sentence selection."""
    shared = Path(args.shared)
    corpora = _corpora(shared)
    rows = [json.loads(x) for x in (SENT_DIR / "SELECTION.jsonl").read_text().splitlines()]
    wire = json.loads((WIRE_DIR / "SELECTION.json").read_text())["stories"]
    exclude = {r["id"] for r in wire} | {"afp-2024-04-02-biden-xi-call"}
    seen = {(r["article_id"], r["index"]) for r in rows}
    everything = [(st, i) for stories in corpora.values() for st in stories if st.id not in exclude
                  for i in range(len(st.sentences))]
    picks = select_boosted(everything, seen, args.roots, args.per_root, random.Random(args.seed),
                           f"boosted{args.round}", WIDE_ROOT_HINTS if args.wide else None)
    with (SENT_DIR / "SELECTION.jsonl").open("a") as fh:
        for n, p in enumerate(picks, len(rows)):
            a, b = p.story.sentences[p.index]
            fh.write(json.dumps({"id": f"s-{n:05d}", "corpus_file": p.story.corpus_file,
                                 "article_id": p.story.id, "published": p.story.date,
                                 "index": p.index, "sentence": [a, b],
                                 "anchor": anchor(p.story.text, a, b), "sample": p.sample,
                                 "annotator": args.annotator, "second_annotator": None}) + "\n")
    out: list[str] = []
    _write_picks(out, picks)
    packet = Path(args.packets) / args.annotator
    packet.mkdir(parents=True, exist_ok=True)
    with (packet / "sentences.txt").open("a") as fh:
        fh.write("".join(out))
    print(f"{len(picks)} sentences for {args.annotator}")


def cmd_check(args: argparse.Namespace) -> None:
    from detente.annotation import build as standoff

    shared = Path(args.shared)
    bad = 0
    for path in args.worksheets:
        result = standoff.parse_worksheet(Path(path), shared)
        for err in result.errors:
            print(err)
        bad += len(result.errors)
        print(f"{path}: {result.summary()}")
    sys.exit(1 if bad else 0)


def cmd_build(args: argparse.Namespace) -> None:
    from detente.annotation import build as standoff

    shared = Path(args.shared)
    report = standoff.build_all(Path(args.worksheets), shared, REPO / "annotations")
    print(json.dumps(report, indent=1))


def cmd_agree(args: argparse.Namespace) -> None:
    from detente.annotation.agreement import agreement_report

    report = agreement_report(Path(args.worksheets), Path(args.shared))
    print(json.dumps(report, indent=1))


def annotated_ids() -> set[str]:
    """Every story an annotation already holds: the wire gold, the sentence set's articles and
    the fresh sets of annotations/wire_fresh/SELECTION.json."""
    ids = {p.stem for p in WIRE_DIR.glob("*.json")}
    for path in SENT_DIR.glob("*.jsonl"):
        ids |= {json.loads(line).get("article_id", "") for line in path.open(encoding="utf-8")}
    selection = json.loads((FRESH_DIR / "SELECTION.json").read_text())
    return ids | {r["id"] for r in selection["stories"]}


def cmd_sample_fresh(args: argparse.Namespace) -> None:
    """Draw one blind set and write its packet (numbered sentences, outside the repository); the
    set and its stories go into SELECTION.json by hand once the worksheet is done, so the next
    draw leaves them out (docs/ANNOTATION.md, section 16)."""
    shared = Path(args.shared)
    corpora = {f: list(load_stories(shared, f)) for f in [*WIRE_QUOTA, FRESH_RESERVE]}
    if args.long or args.longer:
        candidates = wire_pool(corpora, [*WIRE_QUOTA, FRESH_RESERVE],
                               LONGER_WORDS if args.longer else LONG_WORDS)
    else:
        candidates = wire_pool(corpora, [FRESH_RESERVE] if args.reserve else WIRE_QUOTA)
    exclude = annotated_ids() | {line.strip() for path in args.exclude
                                 for line in Path(path).read_text().splitlines()}
    # the same article under another id is no fresh story (sets up to F58 were drawn without
    # this; --keep-duplicates draws them again exactly)
    texts = frozenset() if args.keep_duplicates else frozenset(
        text_key(s.text) for stories in corpora.values() for s in stories if s.id in exclude)
    try:
        picks = select_fresh(candidates, exclude, args.seed, args.n, exclude_texts=texts)
    except ValueError as err:  # the pool is spent: say so, with no traceback
        sys.exit(f"sample-fresh {args.set}: {err} (docs/ANNOTATION.md, section 16)")
    out: list[str] = []
    for story in picks:
        _write_story(out, story)
    packet = Path(args.packets) / args.set
    packet.mkdir(parents=True, exist_ok=True)
    (packet / "wire.txt").write_text("".join(out))
    print(json.dumps({"set": args.set, "seed": args.seed, "pool": len(candidates),
                      "stories": [s.id for s in picks]}, indent=1))


def cmd_same_text(args: argparse.Namespace) -> None:
    """Annotated stories that are one article under two ids, by pair of splits; with --eval (a
    `detente eval wire --json` output), that evaluation's found share without the stories whose
    text another split holds."""
    from detente.annotation import overlap

    splits: dict[str, str] = {}
    files: dict[str, str] = {}
    for folder in (WIRE_DIR, FRESH_DIR):
        for path in folder.glob("*.json"):
            if path.name == "SELECTION.json":
                continue
            rec = json.loads(path.read_text())
            splits[rec["article"]["id"]] = rec["split"]
            files[rec["article"]["id"]] = rec["article"]["corpus_file"]
    texts = {s.id: s.text for f in sorted(set(files.values()))
             for s in load_stories(Path(args.shared), f) if s.id in splits}
    groups = overlap.shared_texts(splits, texts)
    shared = overlap.shared_with_another_split(groups, splits)
    report: dict[str, object] = {
        "annotated": len(splits), "shared_texts": len(groups),
        "by_splits": dict(overlap.split_pairs(groups, splits)),
        "shared_with_another_split": dict(Counter(splits[s] for s in shared)),
        "groups": [[f"{s} ({splits[s]})" for s in ids] for ids in groups]}
    if args.eval:
        summary = json.loads(Path(args.eval).read_text())
        report["eval"] = {"all": overlap.found_on(summary, set()),
                          "distinct": overlap.found_on(summary, shared)}
    print(json.dumps(report, indent=1))


def cmd_build_fresh(args: argparse.Namespace) -> None:
    """annotations/wire_fresh/*.json from the worksheets of the fresh sets (SELECTION.json)."""
    from detente.annotation import build as standoff

    out = FRESH_DIR
    selection = json.loads((out / "SELECTION.json").read_text())
    meta = {r["id"]: r for r in selection["stories"]}
    errors, written = [], 0
    for name in sorted(selection["sets"]):
        sheet = standoff.parse_worksheet(REPO / "annotations" / "worksheets" / name / "wire.txt",
                                         Path(args.shared))
        errors += sheet.errors
        for sid, story in sheet.stories.items():
            if meta.get(sid, {}).get("set") != name:
                errors.append(f"{name}: {sid} is not in its selection")
                continue
            record = standoff.wire_file(story, {"split": meta[sid]["split"],
                                                "reason": f"random (set {name})"}, name)
            (out / f"{sid}.json").write_text(json.dumps(record, indent=1) + "\n")
            written += 1
    print(json.dumps({"wire_files": written, "errors": errors}, indent=1))
    sys.exit(1 if errors else 0)


def cmd_agree_fresh(args: argparse.Namespace) -> None:
    """Agreement between a fresh set and its blind second annotation (SELECTION.json "double")."""
    from detente.annotation import build as standoff
    from detente.annotation.agreement import fresh_agreement

    selection = json.loads((FRESH_DIR / "SELECTION.json").read_text())
    sheets = REPO / "annotations" / "worksheets"
    report = {}
    for name, meta in selection.get("double", {}).items():
        first = standoff.parse_worksheet(sheets / meta["of"] / "wire.txt", Path(args.shared))
        second = standoff.parse_worksheet(sheets / name / "wire.txt", Path(args.shared))
        report[f"{meta['of']} / {name}"] = fresh_agreement(first.stories, second.stories,
                                                           meta["stories"])
    print(json.dumps(report, indent=1))


def cmd_counts(args: argparse.Namespace) -> None:
    from detente.annotation.schema import corpus_counts

    print(json.dumps(corpus_counts(REPO / "annotations"), indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    # options every packet-writing command takes
    packets = argparse.ArgumentParser(add_help=False)
    packets.add_argument("--shared", default=str(REPO.parent / "shared"))
    packets.add_argument("--packets", required=True)
    p = sub.add_parser("select", parents=[packets])
    p.add_argument("--natural", type=int, default=2600)
    p.add_argument("--per-root", type=int, default=75)
    p.set_defaults(func=cmd_select)
    p = sub.add_parser("supplement", parents=[packets])
    p.add_argument("--annotator", required=True)
    p.add_argument("--kinds", nargs="+", required=True)
    p.add_argument("--per-kind", type=int, default=4)
    p.add_argument("--seed", type=int, default=SUPPLEMENT_SEED)
    p.add_argument("--strict", action="store_true",
                   help="narrower hint phrases (STRICT_PLOVER_HINTS), one hit enough")
    p.set_defaults(func=cmd_supplement)
    p = sub.add_parser("supplement-picks", parents=[packets])
    p.add_argument("--picks", required=True, help="TSV: KIND<TAB>story id")
    p.add_argument("--annotators", nargs="+", required=True)
    p.add_argument("--double", type=int, default=2)
    p.add_argument("--seed", type=int, default=91203)
    p.set_defaults(func=cmd_supplement_picks)
    p = sub.add_parser("supplement-sentences", parents=[packets])
    p.add_argument("--annotator", required=True)
    p.add_argument("--roots", nargs="+", required=True)
    p.add_argument("--per-root", type=int, default=100)
    p.add_argument("--round", type=int, default=2)
    p.add_argument("--seed", type=int, default=71203)
    p.add_argument("--wide", action="store_true", help="use the wider hint words (WIDE_ROOT_HINTS)")
    p.set_defaults(func=cmd_supplement_sentences)
    p = sub.add_parser("check")
    p.add_argument("worksheets", nargs="+")
    p.add_argument("--shared", default=str(REPO.parent / "shared"))
    p.set_defaults(func=cmd_check)
    for name, func in (("build", cmd_build), ("agree", cmd_agree)):
        p = sub.add_parser(name)
        p.add_argument("--worksheets", required=True)
        p.add_argument("--shared", default=str(REPO.parent / "shared"))
        p.set_defaults(func=func)
    p = sub.add_parser("sample-fresh", parents=[packets])
    p.add_argument("--set", required=True, help="the set's name (F39, ...)")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--n", type=int, default=18)
    # "extend": a repeated --exclude adds its files (with nargs alone, the last one won)
    p.add_argument("--exclude", nargs="*", action="extend", default=[],
                   help="files of story ids to leave out too (sets drawn but not yet recorded)")
    p.add_argument("--reserve", action="store_true",
                   help="draw from the reserve corpus (Reuters 1987 wire stories) instead of the "
                        "wire corpora, whose fresh stories ran out with F64")
    p.add_argument("--long", action="store_true",
                   help="draw from the long pool (stories of 701-1,000 words of all five corpora), "
                        "declared when the reserve ran out with F105")
    p.add_argument("--longer", action="store_true",
                   help="draw from the longer pool (stories of 1,001-1,400 words of all five "
                        "corpora), declared when the long pool ran out with F132")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="draw as sets up to F58 were: a story whose text an annotated story has "
                        "under another id may be drawn")
    p.set_defaults(func=cmd_sample_fresh)
    p = sub.add_parser("same-text")
    p.add_argument("--shared", default=str(REPO.parent / "shared"))
    p.add_argument("--eval", help="a `detente eval wire --json` output to score without them")
    p.set_defaults(func=cmd_same_text)
    p = sub.add_parser("build-fresh")
    p.add_argument("--shared", default=str(REPO.parent / "shared"))
    p.set_defaults(func=cmd_build_fresh)
    p = sub.add_parser("agree-fresh")
    p.add_argument("--shared", default=str(REPO.parent / "shared"))
    p.set_defaults(func=cmd_agree_fresh)
    p = sub.add_parser("counts")
    p.set_defaults(func=cmd_counts)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
