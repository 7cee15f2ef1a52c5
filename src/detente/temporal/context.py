"""What the normalisers share: the context they see (anchor date, tense, referents), their
result, and helpers for TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from detente.temporal.lexicon import Unit, lexicon, parse_number

Tense = str | None


@dataclass(slots=True)
class Referents:
    """What earlier expressions of the document pointed at (for "that day", "a year earlier")."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None  # (year, month) of the last day or month named
    year: int | None = None
    quarter: str | None = None
    quarter_sentence: int = -99
    sentence: int = 0


@dataclass(slots=True)
class Context:
    """What a normaliser may look at besides its match."""

    anchor: dt.date
    text: str
    tense: Callable[[int, int], Tense] = lambda s, e: None
    # True: a DATE entity; False: another entity (CARDINAL, MONEY...); None: unknown.
    entity: Callable[[int, int], bool | None] = lambda s, e: None
    refs: Referents = field(default_factory=Referents)


@dataclass(slots=True)
class Norm:
    value: str | None
    kind: str = "date"  # date | time | duration | set
    start: int | None = None  # span overrides (trimmed words), relative to the sentence
    end: int | None = None


Rule = Callable[[re.Match[str], Context], Norm | None]
TEMPORAL_PREPS = frozenset(
    ["in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before", "after", "for", "between", "and", "or", "early", "late", "mid", "around", "about", "on", "at", "throughout", "than", "as", "fiscal", "year", "the", "spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start"]
)
AMBIGUOUS_MONTHS = frozenset(["may", "march", "august", "jan", "mar", "jun", "sep", "oct", "dec"])
SET_CUE = re.compile(
    r"(?:\d|%|percent|cents?|dollars?|times|twice|once|thrice|trillion|billion|million|thousand"
    r"|hundred|tons?|barrels?|miles?|hours|days)[\s.]*$",
    re.IGNORECASE,
)


def _tense(m: re.Match[str], ctx: Context, present: Tense = "future") -> Tense:
    """The clause's tense for this expression; how a 'present' reads depends on the kind of
    expression (months and seasons: future; weekdays and month-days: unknown)."""
    tense = ctx.tense(m.start(), m.end())
    return present if tense == "present" else tense


def _g(m: re.Match[str], name: str) -> str:
    """A named group's text, lower-cased ("" when absent or not in this pattern)."""
    try:
        return (m.group(name) or "").lower()
    except IndexError:
        return ""


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _prev_word(ctx: Context, start: int) -> str:
    words = ctx.text[:start].split()
    return words[-1].lower().strip(",;:()\"'") if words else ""


def _quarter_index(value: str) -> int:
    year, q = value.split("-Q")
    return int(year) * 4 + int(q) - 1


def _quarter_str(index: int) -> str:
    return f"{index // 4}-Q{index % 4 + 1}"


def _quarter_context(ctx: Context) -> bool:
    """Earnings-report reading: "a year earlier" = the same quarter a year before, when the
    sentence or one of the two before it names a quarter."""
    return "quarter" in ctx.text.lower() or ctx.refs.sentence - ctx.refs.quarter_sentence <= 2


def _duration(amount: float | None, unit: Unit) -> str:
    """TIMEX3 duration value: P3Y, PT2H, PXD; fractions go down a unit (P2Y6M, PT5H30M)."""
    letter, is_time = unit.letter, unit.is_time
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
    elif letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
    elif letter == "W2":
        letter, amount = "W", None if amount is None else amount * 2
    elif letter == "Q":
        letter, amount = "M", None if amount is None else amount * 3
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    frac = amount - whole
    if not frac:
        return f"{prefix}{whole}{letter}"
    smaller = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False),
               "D": (24, "H", True), "H": (60, "M", True), "M_T": (60, "S", True)}
    key = "M_T" if (letter == "M" and is_time) else letter
    if key not in smaller:
        return f"{prefix}{whole}{letter}"
    factor, sub, sub_time = smaller[key]
    rest = f"{round(frac * factor)}{sub}"
    if sub_time and not is_time:
        return f"P{whole}{letter}T{rest}" if whole else f"PT{rest}"
    return f"{prefix}{whole}{letter}{rest}" if whole else f"{prefix}{rest}"


def _amount(text: str) -> float | None:
    t = " ".join(text.lower().split())
    if t in lexicon().vague_numbers:
        return None
    return parse_number(t)


def _with_year(value_date: dt.date | None) -> Norm | None:
    return Norm(value_date.isoformat()) if value_date else None


_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1,
              "coming": 1, "following": 1, "same": 0}
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2}
