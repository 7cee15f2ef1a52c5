"""Find and normalise temporal expressions in one sentence: every pattern proposes matches, each
normaliser accepts or rejects its own, and the longest non-overlapping accepted matches win."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from detente.temporal.calendar import on_calendar, precision_of
from detente.temporal.patterns import GATE_OF, open_gates, patterns
from detente.temporal.rules import RULES, Context, Referents

Tense = str | None
# Anchors used to tell anchored values from absolute ones when the publication date is unknown.
_ANAPHORIC_Q = re.compile(r"ago|earlier|before|comparable|previous|prior|last|latest|same|recent",
                          re.IGNORECASE)
# "that year" has no value without a referent, so a first pass may not find it at all.
_ANAPHOR = re.compile(r"\bthat\s+(?:same\s+)?(?:day|week|month|year)\b", re.IGNORECASE)
_PROBE_ANCHORS = (dt.date(2001, 3, 14), dt.date(2013, 9, 27))


# Leading words that modify or determine an expression without being part of it (TimeML).
_TRIM = {
    name: re.compile(rx, re.IGNORECASE)
    for name, rx in {
        "quarter": r"(?:its|their|his|her|that)\s+|the\s+(?=\w+-quarter)",
        "duration": r"over\s+(?=the\s)|(?:about|just|only|barely)\s+",
        "plural_unit": r"the\s+",
    }.items()
}
# Rules whose value may depend on what an earlier expression pointed at.
_REFERRING = frozenset(["anaphoric", "that_same", "year_ago_adj", "the_year", "ago", "quarter",
                        "relative"])
_COMMON_WORD_RULES = frozenset(["relative", "deictic", "duration", "noon", "ref", "set_word",
                                "plural_unit", "recent", "part_of_day"])


def _in_title(text: str, start: int, surface: str) -> bool:
    """Whether common time words are part of a capitalised name ("ABC's This Week", "VOA
    Today", "High Noon"): all capitalised, after a capitalised word or as a multi-word title."""
    words = [w for w in re.findall(r"[A-Za-z]+", surface) if len(w) > 1 or w == "A"]
    if not words or not all(w[0].isupper() for w in words) or start == 0:
        return False
    head = text[:start].rstrip(" \"'`“‘(")
    if not head or head.endswith((".", ":", "!", "?", ";", "--")):
        return False  # sentence-initial capital
    prev = head.split()[-1]
    return len(words) > 1 or prev[:1].isupper()


@dataclass(slots=True)
class Tagged:
    """A temporal expression in a string: offsets into that string, and its normalisation."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str
    precision: str | None
    rule: str


def _precision(value: str | None, kind: str) -> str | None:
    if value is None:
        return None
    if kind == "duration":
        return "duration"
    if kind == "set":
        return "set"
    precision = precision_of(value)
    if precision == "time" or (precision is None and "T" in value):
        return "day" if not value[11:13].isdigit() else "time"
    return precision


def _candidates(ctx: Context) -> list[Tagged]:
    found: list[Tagged] = []
    opened = open_gates(ctx.text)
    if not opened:
        return found
    for name, pattern in patterns().items():
        if GATE_OF.get(name, "unit") not in opened:
            continue
        rule = RULES[name]
        for m in pattern.finditer(ctx.text):
            if m.end() == m.start():
                continue
            try:
                norm = rule(m, ctx)
            except (OverflowError, ValueError):
                # Arithmetic off the calendar ("50,000 weeks ago", "year 12000"): not a date.
                continue
            if norm is None or not on_calendar(norm.value):
                continue
            start = m.start() if norm.start is None else norm.start
            end = m.end() if norm.end is None else norm.end
            trim = _TRIM.get(name)
            if trim is not None and norm.start is None:
                cut = trim.match(ctx.text, start, end)
                if cut:
                    start = cut.end()
            surface = ctx.text[start:end]
            if name in _COMMON_WORD_RULES and _in_title(ctx.text, start, surface):
                continue  # "ABC's This Week", "High Noon", "VOA Today": titles, not times
            for suffix in ("'s", "’s"):
                if surface.endswith(suffix):
                    end -= len(suffix)
            surface = ctx.text[start:end].rstrip(" ,")
            end = start + len(surface)
            found.append(Tagged(start, end, surface, norm.value, norm.kind,
                                _precision(norm.value, norm.kind), name))
    return found


def _select(found: list[Tagged]) -> list[Tagged]:
    order = {name: i for i, name in enumerate(RULES)}
    found.sort(key=lambda t: (-(t.end - t.start), order[t.rule], t.start))
    chosen: list[Tagged] = []
    for cand in found:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda t: t.start)
    return chosen


def tag(
    text: str,
    anchor: dt.date | None,
    *,
    tense: Callable[[int, int], Tense] | None = None,
    entity: Callable[[int, int], bool | None] | None = None,
    refs: Referents | None = None,
) -> list[Tagged]:
    """Temporal expressions of ``text`` normalised against ``anchor`` (the publication date).

    ``tense(start, end)`` gives the tense governing a span ('past', 'future' or None),
    ``entity(start, end)`` whether the span is a DATE entity; both default to unknown. Without an
    anchor, only values that do not depend on it are kept (others get value None)."""
    refs = refs or Referents()
    kwargs = {k: v for k, v in (("tense", tense), ("entity", entity)) if v is not None}
    if anchor is not None:
        found = _select(_candidates(Context(anchor, text, refs=refs, **kwargs)))  # type: ignore[arg-type]
        sources = [t for t in found if t.rule not in _REFERRING]
        referring = len(sources) < len(found) or _ANAPHOR.search(text) is not None
        if referring and any(t.kind == "date" and t.value for t in sources):
            # "On May 22, 1995, ... and the following year": refer within the sentence too.
            local = copy.copy(refs)
            update_referents(local, sources, refs.sentence - 1)
            found = _select(_candidates(Context(anchor, text, refs=local, **kwargs)))  # type: ignore[arg-type]
        return found
    probes = [_select(_candidates(Context(a, text, refs=refs, **kwargs)))  # type: ignore[arg-type]
              for a in _PROBE_ANCHORS]
    second = {(t.start, t.end): t.value for t in probes[1]}
    out = probes[0]
    for t in out:
        if second.get((t.start, t.end)) != t.value:
            t.value, t.precision = None, None
    return out


def update_referents(refs: Referents, tagged: list[Tagged], sentence_index: int) -> None:
    """Remember what this sentence's expressions pointed at, for the next sentences."""
    refs.sentence = sentence_index + 1
    for t in tagged:
        if t.value is None or t.kind != "date":
            continue
        if t.precision == "day":
            refs.day = dt.date.fromisoformat(t.value[:10])
            refs.month = (refs.day.year, refs.day.month)
            refs.year = refs.day.year
        elif t.precision == "quarter" and t.rule == "quarter" and not _ANAPHORIC_Q.search(t.text):
            # The story's reported period is the first quarter it names (the lead's); later
            # ones ("through the third quarter of 1990") are forecasts or history.
            if refs.quarter is None:
                refs.quarter = t.value
            refs.quarter_sentence = sentence_index
        elif t.precision in ("year", "month") and t.value[:4].isdigit():
            refs.year = int(t.value[:4])
            if t.precision == "month":
                refs.month = (refs.year, int(t.value[5:7]))
