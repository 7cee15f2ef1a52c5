"""The verb-pattern lexicon (``data/lexicon/patterns.tsv``) and its noun classes.

A pattern maps a predicate (a verb, nominalisation or adjective lemma, optionally with a
particle, a governed preposition, an object head or noun class, and an xcomp verb) to a CAMEO
code and says where the target is found. The most specific matching pattern wins.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, fields
from importlib import resources

from detente.errors import DataError, Errors
from detente.events.ontology import cameo_codes

LEXICON_VERSION = "1"
BORROWED = "p2_"  # ids of the patterns converted from PETRARCH-2 (scripts/convert_petrarch.py)
POS = {"V": "verb", "N": "noun", "A": "adj"}
TARGET_SLOTS = frozenset({
    "dobj", "dative", "quote", "judged", "xobj", "to", "with", "against", "on", "of", "at", "from",
    "for", "over", "about", "into", "in", "between", "near", "along", "that", "comp_subject",
    "behind", "condition", "toward", "towards", "by", "stimulus",
})
# X = a sense that is not an event ("released a statement"): its code column is "-", and as the
# most specific match it keeps the lemma's generic pattern from firing.
# sure = the required object fixes the sense ("released 30 prisoners", not "released a report"):
# the model's vote on the verb alone, which mostly saw the other senses, does not veto it.
FLAGS = frozenset({"sym", "T", "plan", "X", "add", "sure"})
# alone=CODE: the code when no partner is named (no target in the pattern's own slots and no
# second source): a state's own "military exercises" are a show of force (150), not the joint
# exercises of military cooperation (062) that the pattern codes with a partner.
ALONE = "alone="
# owned=CODE: the code when the target owns what the slot names ("concern about China's build-up",
# "over the tests conducted by Pakistan": disapproval of China, of Pakistan), not for a situation
# or a victim ("concern about the fate of a journalist" stays a pessimistic comment).
OWNED = "owned="
# forces=CODE: the code when every source is a state's force or government ("troops occupied the
# airport" seize it, 192; students who occupy a ministry protest, 144).
FORCES = "forces="
# court=CODE: the code when every source is a court or judge ("the court ordered the government
# to pay compensation" finds it liable, 116; a state that orders another to leave demands, 100).
COURT = "court="
# PETRARCH-2's verb-alone defaults ("lead" 060, "want" 030, "announce" 010: no object,
# preposition or complement) left out for the cooperative and statement roots, whose sense a
# verb alone does not say (on the sentence TRAIN split 4% of their matches agree with a gold
# event); a hostile verb ("shell", "accuse") says its sense alone and keeps its default.
VERB_ALONE_LEFT_OUT = frozenset({"01", "03", "04", "05", "06"})


@dataclass(slots=True, frozen=True)
class Pattern:
    """One lexicon entry."""

    id: str
    pos: str  # verb | noun | adj
    lemma: str
    particle: str | None
    prep: str | None
    obj: frozenset[str] | None  # allowed object (or modifier) lemmas
    obj_label: str | None  # as written: lemma or @class
    xcomp: str | None  # lemma, lemma+particle, "*", "none", "bare", @should/@must or @class
    cameo: str
    targets: tuple[str, ...]
    symmetric: bool
    needs_target: bool
    planned: bool
    example: str
    blocked: bool = False  # flag X: this sense codes no event
    additive: bool = False  # flag add: keeps PETRARCH-2's patterns for the lemma in force
    alone: str | None = None  # flag alone=CODE: the code when no partner is named
    owned: str | None = None  # flag owned=CODE: the code when the target owns the slot's thing
    sure: bool = False  # flag sure: the required object fixes the sense; the model cannot veto
    forces: str | None = None  # flag forces=CODE: the code when the sources are state forces
    court: str | None = None  # flag court=CODE: the code when the sources are courts or judges

    @property
    def specificity(self) -> int:
        # "bare" only rules complements out: a pattern naming its object's kind comes first
        xcomp = None if self.xcomp == "bare" else self.xcomp
        return sum(x is not None for x in (self.particle, self.prep, self.obj, xcomp)) + (
            xcomp not in (None, "*")
        )


def _read(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("detente").joinpath(f"data/lexicon/{name}").read_text("utf-8")
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]


@functools.cache
def noun_classes() -> dict[str, frozenset[str]]:
    """Noun classes (``@sanction`` ...) used as object constraints: ours, and the synonym sets
    converted from PETRARCH-2 (``@p2_...``)."""
    out: dict[str, frozenset[str]] = {}
    for name in ("noun_classes.tsv", "petrarch_classes.tsv"):
        for n, cols in _read(name):
            if len(cols) != 2:
                raise DataError(Errors.E102.format(path=name, line=n, reason="2 columns"))
            out[cols[0]] = frozenset(w.strip() for w in cols[1].split(",") if w.strip())
    return out


def _opt(value: str) -> str | None:
    return None if value in ("-", "") else value


@functools.cache
def patterns() -> tuple[Pattern, ...]:
    """detente's own patterns (``patterns.tsv``), validated."""
    return _patterns("patterns.tsv")


@functools.cache
def petrarch_patterns() -> tuple[Pattern, ...]:
    """The patterns converted from PETRARCH-2's verb dictionary (``petrarch_patterns.tsv``,
    written by ``scripts/convert_petrarch.py``), validated the same way. Parsing 41k rows costs
    most of a second, so the parsed tuple is kept in the on-disk cache (``detente.cache``)."""
    from detente import cache

    files = [f for f in cache.data_files("lexicon") if f.name.startswith("petrarch_")]
    files += [f for f in cache.data_files("ontology") if f.name == "cameo.tsv"]
    # the record's fields are part of the key: a cached tuple of older Patterns must not load
    key = cache.fingerprint(files=files, extra=["petrarch_patterns/1",
                                                ",".join(f.name for f in fields(Pattern))])
    return cache.load_or_build("petrarch", key, lambda: _patterns("petrarch_patterns.tsv"))


def _patterns(name: str) -> tuple[Pattern, ...]:
    """All patterns of one file, validated (unknown codes, slots or classes fail loudly)."""
    rows = _read(name)
    out: list[Pattern] = []
    seen: set[str] = set()
    classes = noun_classes()
    codes = cameo_codes()
    for n, cols in rows[1:]:
        def bad(reason: str, n: int = n) -> DataError:
            return DataError(Errors.E102.format(path=name, line=n, reason=reason))

        if len(cols) != 11:
            raise bad(f"expected 11 columns, got {len(cols)}")
        pid, pos, lemma, prt, prep, obj, xcomp, code, targets, flags, example = cols
        if pid in seen:
            raise bad(f"duplicate id {pid}")
        seen.add(pid)
        if pos not in POS:
            raise bad(f"unknown pos {pos}")
        flag_set = {f for f in flags.split(",") if f and f != "-"}
        if code not in codes and not (code == "-" and "X" in flag_set):
            raise bad(f"unknown CAMEO code {code}")
        slots = tuple(t for t in targets.split(",") if t and t != "-")
        if not set(slots) <= TARGET_SLOTS:
            raise bad(f"unknown target slot in {targets}")
        coded: dict[str, str | None] = {}  # alone=CODE, owned=CODE, forces=CODE, court=CODE
        for prefix in (ALONE, OWNED, FORCES, COURT):
            given = [f for f in flag_set if f.startswith(prefix)]
            flag_set -= set(given)
            coded[prefix] = given[0][len(prefix):] if given else None
            if given and (coded[prefix] not in codes or not slots):
                raise bad(f"{prefix} needs a known CAMEO code and a partner slot: {flags}")
        if not flag_set <= FLAGS:
            raise bad(f"unknown flag in {flags}")
        if xcomp.startswith("@") and xcomp not in ("@should", "@must") and xcomp[1:] not in classes:
            raise bad(f"unknown complement class {xcomp}")
        objs: frozenset[str] | None = None
        if _opt(obj) and obj != "none":  # "none": no direct object ("warned against X")
            if obj == "*":
                objs = frozenset()  # any object, but one is required
            elif obj.startswith("@"):
                if obj[1:] not in classes:
                    raise bad(f"unknown noun class {obj}")
                objs = classes[obj[1:]]
            else:
                objs = frozenset({obj})
        out.append(Pattern(pid, POS[pos], lemma, _opt(prt), _opt(prep), objs, _opt(obj),
                           _opt(xcomp), code, slots, "sym" in flag_set, "T" in flag_set,
                           "plan" in flag_set, example, "X" in flag_set, "add" in flag_set,
                           coded[ALONE], coded[OWNED], "sure" in flag_set, coded[FORCES],
                           coded[COURT]))
    return tuple(out)


@functools.cache
def by_lemma() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Patterns indexed by (pos, lemma), most specific first. Our own patterns decide a lemma
    they cover; PETRARCH-2's fill in the lemmas we have none for, or only additive ones (flag
    ``add``: a construction of ours next to PETRARCH-2's object patterns for the same verb),
    without their verb-alone defaults."""
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for p in patterns():
        index[(p.pos, p.lemma)].append(p)
    own = {key for key, ps in index.items() if not all(p.additive for p in ps)}
    for p in petrarch_patterns():
        if p.specificity == 0 and p.cameo[:2] in VERB_ALONE_LEFT_OUT:
            continue
        if (p.pos, p.lemma) not in own:
            index[(p.pos, p.lemma)].append(p)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}
