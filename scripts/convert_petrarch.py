"""Convert PETRARCH-2's CAMEO verb dictionary (MIT) into detente's pattern format.

    python scripts/convert_petrarch.py ../shared/reference/lexicon/CAMEO.2.0.txt \
        src/detente/data/lexicon/petrarch_patterns.tsv src/detente/data/lexicon/petrarch_classes.tsv

The dictionary's facts (which verb, with which object or preposition, takes which CAMEO code) are
rewritten as detente patterns; its synonym sets become noun classes. What our format cannot say
is left out and counted: patterns constrained on the words before the verb (subjects), and
passive-only codes. The source's own examples are not copied (the column says "-").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from detente.events.lexicon import TARGET_SLOTS  # noqa: E402
from detente.events.ontology import cameo_codes  # noqa: E402

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
DEFAULT_SLOTS = "dobj,dative,to,with,against,on,at,from,for,over,xobj"
LOOSE_ROOTS = {"14", "15"}  # protests and mobilisations often have no named target
SKIP_WORDS = {"$", "+", "%", "^"}


def _word(token: str) -> str:
    return token.strip("{}()$+%^").lower().replace("_", " ").split(" ")[-1]


def _code(raw: str, codes: set[str]) -> str | None:
    active = raw.split(":")[0].strip().rstrip("!")
    if active in ("---", ""):
        return "-" if active == "---" else None
    while active and active not in codes:
        active = active[:-1]  # an unknown sub-code falls back to its parent
    return active if len(active) >= 2 else None


def _tokens(body: str) -> list[str]:
    """Split a pattern body into items: WORD, {NP}, (PREP NP), &SET."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", body)


def convert(lines: list[str]) -> tuple[list[list[str]], dict[str, set[str]], Counter[str]]:
    codes = set(cameo_codes())
    classes: dict[str, set[str]] = {}
    rows: list[list[str]] = []
    skipped: Counter[str] = Counter()
    section = ""
    current_set = ""
    verbs: list[tuple[str, str | None]] = []
    header_code: str | None = None
    seen: set[tuple[str, ...]] = set()
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "SYNONYM SETS" in raw:
            section = "sets"
            continue
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if "TRANSFORMATIONS" in raw:
            section = "done"
            continue
        if not line.strip() or section == "done":
            continue
        if section == "sets":
            if line.startswith("&"):
                current_set = line[1:].strip().rstrip("_").lower()
                classes[current_set] = set()
            elif line.startswith("+") and current_set:
                classes[current_set].add(_word(line[1:].strip().rstrip("_")))
            continue
        m = HEADER.match(line)
        if m:
            verbs, header_code = [], _code(m.group(2), codes)
            continue
        if not line.startswith("-"):
            word = line.split("{", 1)[0].split("[", 1)[0].strip()
            own = CODE.search(line.split("}", 1)[-1])
            parts = word.replace("+", "").lower().split("_")
            lemma = parts[0]
            particle = parts[1] if len(parts) > 1 else None
            if not lemma.isalpha():
                skipped["verb not a word"] += 1
                continue
            verbs.append((lemma, particle))
            code = _code(own.group(1), codes) if own else header_code
            if code and code != "-":
                _emit(rows, seen, lemma, particle, None, None, None, code)
            continue
        body, _, rest = line[1:].partition("[")
        code = _code(rest.split("]")[0], codes) if rest else None
        if code is None:
            skipped["no active code"] += 1
            continue
        pre, star, post = body.partition("*")
        if not star:
            skipped["no verb position"] += 1
            continue
        if [t for t in _tokens(pre) if t not in SKIP_WORDS]:
            skipped["constraint before the verb (subject)"] += 1
            continue
        items = [t for t in _tokens(post) if t not in SKIP_WORDS]
        obj = prep = xcomp = None
        if items and items[0].upper() == "TO" and len(items) > 1 and items[1].isalpha():
            xcomp = items[1].lower()
        elif items and items[0].startswith("("):
            inner = items[0][1:-1].split()
            prep = inner[0].lower() if inner else None
            if len(inner) > 1:
                obj = _obj(inner[-1], classes)
        elif items:
            obj = _obj(items[0], classes)
            for it in items[1:]:
                if it.startswith("("):
                    prep = it[1:-1].split()[0].lower()
                    break
        if obj == "":
            skipped["unknown synonym set"] += 1
            continue
        for lemma, particle in verbs:
            _emit(rows, seen, lemma, particle, prep, obj, xcomp, code)
    return rows, classes, skipped


def _obj(token: str, classes: dict[str, set[str]]) -> str:
    if token.startswith("&"):
        name = token[1:].rstrip("_").lower()
        return f"@p2_{name}" if name in classes else ""
    return _word(token)


def _emit(rows: list[list[str]], seen: set[tuple[str, ...]], lemma: str, particle: str | None,
          prep: str | None, obj: str | None, xcomp: str | None, code: str) -> None:
    key = (lemma, particle or "-", prep or "-", obj or "-", xcomp or "-")
    if key in seen:
        return
    seen.add(key)
    first = [prep] if prep in TARGET_SLOTS else []
    slots = ",".join(dict.fromkeys(first) | dict.fromkeys(DEFAULT_SLOTS.split(",")))
    flags = "X" if code == "-" else ("-" if code[:2] in LOOSE_ROOTS else "T")
    rows.append([f"p2_{len(rows) + 1:04d}", "V", lemma, particle or "-", prep or "-", obj or "-",
                 xcomp or "-", code, slots, flags, "-"])


def main() -> None:
    src, out_patterns, out_classes = (Path(a) for a in sys.argv[1:4])
    rows, classes, skipped = convert(src.read_text(encoding="ascii", errors="replace").splitlines())
    header = ("# Converted from PETRARCH-2's CAMEO.2.0.txt (MIT License, Copyright (c) 2014-2015 Open Event\n"
              "# Data Alliance) by scripts/convert_petrarch.py: the verb/object/preposition -> CAMEO facts in\n"
              "# detente's pattern format (see patterns.tsv). Examples are not copied ('-').\n")
    with out_patterns.open("w") as fh:
        fh.write(header)
        fh.write("id\tpos\tlemma\tprt\tprep\tobj\txcomp\tcameo\ttarget\tflags\texample\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    with out_classes.open("w") as fh:
        fh.write(header.replace("pattern format (see patterns.tsv). Examples are not copied ('-').",
                                "noun-class format (synonym sets)."))
        for name, words in sorted(classes.items()):
            words = {w for w in words if w.isalpha()}
            if words:
                fh.write(f"p2_{name}\t{','.join(sorted(words))}\n")
    print(f"{len(rows)} patterns, {len(classes)} classes; left out: {dict(skipped)}")


if __name__ == "__main__":
    main()
