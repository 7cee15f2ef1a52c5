"""Normalisers: one per pattern of :mod:`detente.temporal.patterns`, each turning a match into a
TIMEX3 value (or rejecting it) given the anchor date, the clause's tense and the referents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from detente.temporal import calendar as cal
from detente.temporal.lexicon import Unit, lexicon, parse_number

Tense = str | None


@dataclass(slots=True)
class Referents:
    """What earlier expressions of the document pointed at (for "that day", "a year earlier")."""

    day: dt.date | None = None
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
    return (m.group(name) or "").lower()


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


# --- explicit dates -------------------------------------------------------------------------


def r_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    date = cal.safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    if date is None:
        return None
    if m["h"]:
        return Norm(f"{date.isoformat()}T{m['h']}:{m['mi']}", "time")
    return Norm(date.isoformat())


def r_slash(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    month, day = (b, a) if a > 12 else (a, b)
    if year < 100:
        century = ctx.anchor.year // 100 * 100
        year = century + year if century + year <= ctx.anchor.year + 10 else century - 100 + year
    return _with_year(cal.safe_date(year, month, day))


def _month_number(m: re.Match[str]) -> int | None:
    word = m["mon"]
    if not _cap(word):
        return None
    return lexicon().months.get(word.lower())


def _month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_number(m)
    day = int(m["day"])
    if month is None or not 1 <= day <= 31:
        return None
    if re.match(r"\s*(?:%|percent|per\s+cent|-|\.\d)", ctx.text[m.end():], re.IGNORECASE):
        return None
    if m["year"]:
        return _with_year(cal.safe_date(int(m["year"]), month, day))
    rel = _g(m, "rel").replace("past", "last")
    tense = {"last": "past", "next": "future"}.get(rel) or _tense(m, ctx, None)
    year = cal.month_day_year(ctx.anchor, month, day, tense)
    date = cal.safe_date(year, month, day)
    if date and rel == "last" and date >= ctx.anchor:
        date = cal.safe_date(year - 1, month, day)
    if date and rel == "next" and date <= ctx.anchor:
        date = cal.safe_date(year + 1, month, day)
    return _with_year(date)


def r_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_number(m)
    if not month:
        return None
    year = int(m["year"]) if m["year"] else ctx.anchor.year + _REL_SHIFT[_g(m, "rel")]
    return Norm(f"{year:04d}-{month:02d}")


def r_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_number(m)
    if month is None:
        return None
    word = m["mon"].lower()
    has_context = bool(m["rel"] or m["mod"] or m["poss"])
    if word in AMBIGUOUS_MONTHS and not has_context:
        if _prev_word(ctx, m.start()) not in TEMPORAL_PREPS:
            return None
    if "." not in word and word not in lexicon().month_full:
        return None
    rel = _g(m, "rel").replace("past", "last") or None
    year = cal.month_year(ctx.anchor, month, _tense(m, ctx), rel)
    return Norm(f"{year:04d}-{month:02d}")


def r_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = int(m["year"])
    if not m["pre"] and not m["poss"]:
        entity = ctx.entity(m.start("year"), m.end("year"))
        prev = _prev_word(ctx, m.start())
        before = ctx.text[: m.start()].rstrip()
        if before.endswith(("$", "#", "No.", "no.")):
            return None
        if prev not in TEMPORAL_PREPS and entity is not True and not (entity is None and prev == ""):
            return None
        if prev not in TEMPORAL_PREPS and re.match(r"\s+[a-z]+s\b", ctx.text[m.end():]):
            return None  # "2000 soldiers": a count
        if entity is False and prev not in TEMPORAL_PREPS:
            return None
        if year > ctx.anchor.year + 30:
            return None
    return Norm(f"{year:04d}")


def r_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"] == "'":
        if not m["d2"]:
            return None
        century = ctx.anchor.year // 100
        decade = int(m["d2"]) // 10
        if century * 100 + decade * 10 > ctx.anchor.year:
            century -= 1
        return Norm(f"{century * 10 + decade:03d}")
    if m["d2"]:
        return None
    return Norm(m["dec"][:3])


def r_century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = lexicon().ordinals.get(_g(m, "ord"))
    return Norm(f"{n - 1:02d}") if n and n > 1 else None


# --- quarters, halves -----------------------------------------------------------------------

_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "final": 4}
_Q_LATEST = {"latest", "recent", "most recent", "just-ended", "just-completed"}
_Q_YEAR_AGO = {"year-ago", "year-earlier", "comparable", "year-before"}


def r_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    unit, det = _g(m, "unit"), _g(m, "det")
    ordinal = " ".join(_g(m, "ord").split())
    anchor = ctx.anchor
    year_text = _g(m, "yr") or _g(m, "year2")
    year: int | None = None
    if year_text:
        digits = re.search(r"\d{4}", year_text)
        shift = {"this": 0, "last": -1, "next": 1, "the": 0}.get(year_text.split()[0], 0)
        year = int(digits.group()) if digits else anchor.year + shift
    here = anchor.year * 4 + cal.quarter_of(anchor) - 1
    ref = _quarter_index(ctx.refs.quarter) if ctx.refs.quarter else None
    if unit == "half":
        if ordinal in ("first", "1st"):
            half = 1
        elif ordinal in ("second", "2nd", "last", "final"):
            half = 2
        else:
            return None
        if year is None:
            year = anchor.year if (half == 1 or anchor.month > 6) else anchor.year - 1
            if _tense(m, ctx) == "future" and half == 2:
                year = anchor.year
        return Norm(f"{year:04d}-H{half}")
    if unit == "period" and ordinal not in _Q_LATEST | _Q_YEAR_AGO | {"same"}:
        return None
    if ordinal in _Q_ORD:
        q = _Q_ORD[ordinal]
        if year is not None:
            return Norm(f"{year:04d}-Q{q}")
        return Norm(cal.quarter_value(anchor, q, _tense(m, ctx, None)))
    if ordinal in _Q_YEAR_AGO:
        base = ref if ref is not None else here - 1
        return Norm(_quarter_str(base - 4))
    if ordinal in ("last", "previous", "prior"):
        return Norm(_quarter_str(here - 1))
    if ordinal == "current":
        return Norm(_quarter_str(here))
    if det == "this":
        # In a results story, "this quarter" is the quarter being reported.
        return Norm(_quarter_str(ref if ref is not None else here))
    if year is not None and unit == "quarter" and ordinal in ("", "same"):
        number = (ref if ref is not None else here - 1) % 4 + 1
        return Norm(f"{year:04d}-Q{number}")
    if ordinal in _Q_LATEST:
        return Norm(_quarter_str(here - 1))
    if ordinal == "same" or det in ("the", "that"):
        if ordinal == "" and unit != "quarter":
            return None
        return Norm(_quarter_str(ref if ref is not None else here - 1))
    if det == "last":
        return Norm(_quarter_str(here - 1))
    if det == "next":
        return Norm(_quarter_str(here + 1))
    return None


# --- deictic and relative -------------------------------------------------------------------

_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1,
              "coming": 1, "following": 1, "same": 0}
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}


def r_relative(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, unit = _g(m, "rel"), _g(m, "unit")
    lex = lexicon()
    if m["the"] and rel in ("same", "current", "this"):
        return None
    if rel in ("past", "last") and unit in ("decade", "century") and (m["the"] or rel == "past"):
        return Norm(_duration(1, lex.units[unit]), "duration")
    anchor = ctx.anchor
    if m["the"] and rel in ("following", "previous", "same") and unit == "year" and ctx.refs.year:
        return Norm(f"{ctx.refs.year + _REL_SHIFT[rel]:04d}")
    shift = _REL_SHIFT[rel]
    if unit == "weekend":
        saturday = cal.shift_day(anchor, 5 - anchor.weekday() + 7 * shift)
        if rel in ("last", "past", "previous") and anchor.weekday() >= 5:
            saturday = cal.shift_day(anchor, -((anchor.weekday() - 5) % 7) - 7)
        return Norm(f"{cal.iso_week(saturday)}-WE")
    result = cal.shift_value(anchor, shift, _UNIT_LETTER[unit])
    return Norm(result[0]) if result else None


def r_weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    anchor = ctx.anchor
    tense = _tense(m, ctx)
    if tense == "future":
        saturday = cal.shift_day(anchor, (5 - anchor.weekday()) % 7)
    else:
        saturday = cal.shift_day(anchor, -((anchor.weekday() - 5) % 7))
    return Norm(f"{cal.iso_week(saturday)}-WE")


def r_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["wd"]
    if not _cap(word):
        return None
    weekday = lexicon().weekdays[word.lower()]
    rel = _g(m, "rel").replace("past", "last") or None
    date = cal.weekday_date(ctx.anchor, weekday, _tense(m, ctx, None), rel)
    # "Monday night" dates the day (news usage; the part of day rarely matters for events).
    return Norm(date.isoformat())


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2}


def r_deictic(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(_g(m, "w").split())
    date = cal.shift_day(ctx.anchor, _DEICTIC[word])
    pod = lexicon().parts_of_day.get(_g(m, "pod"))
    if pod:
        return Norm(f"{date.isoformat()}T{pod}", "time")
    return Norm(date.isoformat())


def r_part_of_day(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, pod = " ".join(_g(m, "rel").split()), lexicon().parts_of_day[_g(m, "pod")]
    date = ctx.anchor
    if rel.endswith("last"):
        date = cal.shift_day(date, -1)
    return Norm(f"{date.isoformat()}T{pod}", "time")


def r_anaphoric(m: re.Match[str], ctx: Context) -> Norm | None:
    w, unit = " ".join(_g(m, "w").split()), _g(m, "unit")
    shift = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
             "the preceding": -1, "the prior": -1}[w]
    day = ctx.refs.day or ctx.anchor
    pod = lexicon().parts_of_day.get(unit)
    if pod:
        return Norm(f"{cal.shift_day(day, shift).isoformat()}T{pod}", "time")
    if unit == "day":
        return Norm(cal.shift_day(day, shift).isoformat())
    if unit == "year":
        year = ctx.refs.year or (ctx.refs.day.year if ctx.refs.day else None)
        if year is None:
            return None if shift == 0 else Norm(f"{ctx.anchor.year + shift:04d}")
        return Norm(f"{year + shift:04d}")
    if shift == 0 and ctx.refs.day is None:
        return None
    result = cal.shift_value(day, shift, _UNIT_LETTER[unit])
    return Norm(result[0]) if result else None


def r_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    unit = lex.units[_g(m, "unit")]
    direction = " ".join(_g(m, "dir").split())
    rest = ctx.text[m.end():]
    if direction in ("before", "after") and not re.match(r"\s*(?:[,.;:)]|$|and\b)", rest):
        return None
    amount = _amount(m["num"])
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if amount is None:
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF")
    n = sign * max(1, round(amount))
    anaphoric = direction in ("earlier", "later", "before", "after")
    if unit.letter == "Y" and n == -1 and _quarter_context(ctx):
        base = _quarter_index(ctx.refs.quarter) if ctx.refs.quarter else None
        if base is None:
            here = ctx.anchor.year * 4 + cal.quarter_of(ctx.anchor) - 1
            base = here - 1
        return Norm(_quarter_str(base - 4))
    anchor = (ctx.refs.day or ctx.anchor) if anaphoric else ctx.anchor
    if unit.is_time:
        return Norm(anchor.isoformat())
    letter = unit.letter
    if letter in ("DE", "CE"):
        n, letter = n * (10 if letter == "DE" else 100), "Y"
    if letter == "W2":
        n, letter = n * 2, "W"
    result = cal.shift_value(anchor, n, letter)
    return Norm(result[0]) if result else None


# --- durations and sets ---------------------------------------------------------------------


def r_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    unit_word, num = _g(m, "unit"), " ".join(_g(m, "num").split())
    unit = lex.units[unit_word]
    rest = ctx.text[m.end():]
    if unit.name == "quarter" and (num in ("a", "an", "three") or re.match(r"\s+of\b", rest)):
        return None
    if unit.name in ("second", "minute") and num in ("a", "an") and not m["mod"]:
        return None
    if num in ("a", "an") and not m["pre"] and not m["mod"]:
        if SET_CUE.search(ctx.text[: m.start()]):
            return Norm(_duration(1, unit), "set")
    if num == "some" and not m["pre"]:
        return None
    return Norm(_duration(_amount(num), unit), "duration")


def r_hyphen_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = lexicon().units[_g(m, "unit")]
    if unit.name == "quarter":
        return None
    num = _g(m, "num")
    amount = 0.5 if num == "half" else _amount(num)
    if num in ("a", "an"):
        return None
    return Norm(_duration(amount, unit), "duration")


def r_long(m: re.Match[str], ctx: Context) -> Norm | None:
    word = _g(m, "unit")
    unit = lexicon().units[word]
    amount = None if word == unit.plural else 1
    return Norm(_duration(amount, unit), "duration")


_DURATION_PREPS = frozenset(["for", "in", "within", "over", "after", "than", "take", "took", "takes", "taking", "last", "lasted", "lasting", "spent", "spend"])


def r_plural_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if _prev_word(ctx, m.start()) not in _DURATION_PREPS:
        return None
    if re.match(r"\s+(?:of|ago|old)\b", ctx.text[m.end():]) and not m["the"]:
        return None
    return Norm(_duration(None, lexicon().units[_g(m, "unit")]), "duration")


def r_recent(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("PAST_REF" if _g(m, "w") == "recent" else "FUTURE_REF")


def r_set(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    q, unit_word = _g(m, "q"), _g(m, "unit")
    if q == "a" and not SET_CUE.search(ctx.text[: m.start()]):
        return None
    num = _g(m, "num")
    amount: float | None = 2 if num == "other" else (_amount(num) if num else 1)
    if unit_word in lex.weekdays:
        return Norm(f"XXXX-WXX-{lex.weekdays[unit_word] + 1}", "set")
    if unit_word in lex.parts_of_day:
        return Norm("P1D", "set")
    if unit_word in lex.months:
        return Norm(f"XXXX-{lex.months[unit_word]:02d}", "set")
    return Norm(_duration(amount, lex.units[unit_word]), "set")


def r_set_word(m: re.Match[str], ctx: Context) -> Norm | None:
    if _cap(m["w"]) and m.start() > 0:
        return None
    return Norm(lexicon().sets[_g(m, "w")], "set")


def r_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(_g(m, "w").split())
    if word in ("current", "recent", "future") and _cap(m["w"]) and m.start() > 0:
        return None
    return Norm(lexicon().refs[word])


def r_season(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    season = lex.seasons[_g(m, "season")]
    rel = _g(m, "rel") or None
    if m["year"]:
        return Norm(f"{int(m['year']):04d}-{season}")
    if rel in (None, "the"):
        prev = _prev_word(ctx, m.start())
        if prev not in ("in", "during", "by", "until", "since", "through", "over", "this", "of", "into",
                        "last", "next", "the", "late", "early"):
            return None
        rel = None
    if rel in ("early", "late", "mid"):
        rel = None
    rel = {"past": "last", "coming": "next"}.get(rel or "", rel)
    return Norm(cal.season_value(ctx.anchor, season, _tense(m, ctx), rel))


def _holiday_date(name: str, year: int) -> dt.date | None:
    lex = lexicon()
    if name in lex.holidays_fixed:
        month, day = lex.holidays_fixed[name]
        return cal.safe_date(year, month, day)
    if name.startswith("thanksgiving"):
        return cal.nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return cal.nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return cal.nth_weekday(year, 6, 0, 1) - dt.timedelta(days=7)
    if name == "election day":
        return cal.nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if name.startswith("easter"):
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * l_) // 433
        month = (h + l_ - 7 * m + 90) // 25
        return dt.date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)
    return None


def r_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["h"]):
        return None
    name = " ".join(_g(m, "h").split())
    if m["year"]:
        return _with_year(_holiday_date(name, int(m["year"])))
    anchor, rel = ctx.anchor, _g(m, "rel")
    dates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (d := _holiday_date(name, y)) is not None]
    prev = max((d for d in dates if d < anchor or (d == anchor and rel != "last")), default=None)
    nxt = min((d for d in dates if d > anchor or (d == anchor and rel != "next")), default=None)
    tense = _tense(m, ctx)
    if rel == "last" or (tense == "past" and rel != "next"):
        return _with_year(prev)
    if rel == "next" or tense == "future":
        return _with_year(nxt)
    if prev and nxt:
        return _with_year(prev if (anchor - prev) <= (nxt - anchor) else nxt)
    return _with_year(prev or nxt)


def _clock_day(m: re.Match[str], ctx: Context) -> dt.date:
    day = _g(m, "day")
    lex = lexicon()
    if day in lex.weekdays:
        return cal.weekday_date(ctx.anchor, lex.weekdays[day], _tense(m, ctx, None))
    return cal.shift_day(ctx.anchor, _DEICTIC.get(day, 0))


def r_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    ampm = _g(m, "ampm").replace(".", "").replace(" ", "")
    if ampm == "pm" and hour != 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if ampm == "am" and not m["ampm"].endswith(".") and m["ampm"].islower() and not m["mi"]:
        # "I am" / "5 am" ambiguity: lowercase "am" without minutes needs a digit right before.
        if not re.search(r"\d\s*$", ctx.text[: m.start("ampm")]):
            return None
    return Norm(f"{_clock_day(m, ctx).isoformat()}T{hour:02d}:{minute:02d}", "time")


def r_noon(m: re.Match[str], ctx: Context) -> Norm | None:
    time = "12:00" if _g(m, "w") in ("noon", "midday") else "24:00"
    return Norm(f"{_clock_day(m, ctx).isoformat()}T{time}", "time")


def r_clock24(m: re.Match[str], ctx: Context) -> Norm | None:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 24:
        return None
    return Norm(f"{ctx.anchor.isoformat()}T{hour:02d}:{minute:02d}", "time")


def r_year_ago_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    w, noun = _g(m, "w"), _g(m, "noun")
    # Without its noun ("the year-earlier profit"), the expression is the adjective alone.
    start = None if noun else m.start("w")
    here = ctx.anchor.year * 4 + cal.quarter_of(ctx.anchor) - 1
    if w == "quarter" or noun in ("quarter", "period") or (w == "year" and _quarter_context(ctx)):
        base = _quarter_index(ctx.refs.quarter) if ctx.refs.quarter else here - 1
        shift = 1 if w == "quarter" else 4
        return Norm(_quarter_str(base - shift), start=start)
    if w == "month":
        y, mo = cal.add_months(ctx.anchor.year, ctx.anchor.month, -1)
        return Norm(f"{y:04d}-{mo:02d}", start=start)
    return Norm(f"{ctx.anchor.year - 1:04d}", start=start)


def r_year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    w = " ".join(_g(m, "w").split())
    if "century" in w:
        return Norm(f"{(ctx.anchor.year + 50) // 100:02d}")
    year = ctx.anchor.year
    if _prev_word(ctx, m.start()) == "since" or (ctx.anchor.month <= 3 and _tense(m, ctx) == "past"):
        year -= 1
    return Norm(f"{year:04d}" if w.startswith(("the end", "year's", "year’s")) else f"{year:04d}-12-31")


_TENS_VALUE = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90}


def r_spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["c"]:
        return Norm("2000")
    century = 1900 if _g(m, "c") == "nineteen" else 1800
    y = _g(m, "y")
    if y == "hundred":
        return Norm(f"{century}")
    if y.startswith("oh-"):
        value = parse_number(y[3:])
    else:
        tens, _, ones = y.partition("-")
        value = _TENS_VALUE[tens] + (parse_number(ones) or 0) if tens in _TENS_VALUE else parse_number(y)
    return Norm(f"{century + int(value or 0)}")


def r_spelled_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    decade = _TENS_VALUE[_g(m, "w")[:-3] + "y"] // 10
    century = ctx.anchor.year // 100
    if century * 100 + decade * 10 > ctx.anchor.year:
        century -= 1
    return Norm(f"{century * 10 + decade:03d}")


def r_period_of(m: re.Match[str], ctx: Context) -> Norm | None:
    result = cal.shift_value(ctx.anchor, 0, _UNIT_LETTER[_g(m, "unit")])
    return Norm(result[0]) if result else None


def r_the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    rest = ctx.text[m.end():]
    if re.match(r"\s+(?:ended|ending|to)\b", rest):
        return Norm("P1Y", "duration")
    prev = _prev_word(ctx, m.start())
    if prev not in ("for", "through", "of", "during", "in") and not m["adj"]:
        return None
    if re.match(r"\s+(?:ago|earlier|before)\b", rest):
        return None
    return Norm(f"{ctx.refs.year or ctx.anchor.year:04d}" if m["adj"] != "current"
                else f"{ctx.anchor.year:04d}")


def r_that_same(m: re.Match[str], ctx: Context) -> Norm | None:
    day = ctx.refs.day
    unit = _g(m, "unit")
    if unit == "year" and ctx.refs.year:
        return Norm(f"{ctx.refs.year:04d}")
    if day is None:
        return None
    result = cal.shift_value(day, 0, _UNIT_LETTER.get(unit, "D"))
    return Norm(result[0]) if result else None


# Order = priority among matches of equal length.
RULES: dict[str, Rule] = {
    "iso": r_iso, "slash": r_slash, "mdy": _month_day, "dmy": _month_day,
    "month_year": r_month_year, "clock": r_clock, "noon": r_noon, "clock24": r_clock24,
    "holiday": r_holiday, "quarter": r_quarter, "year_ago_adj": r_year_ago_adj, "ago": r_ago,
    "recent": r_recent, "relative": r_relative, "anaphoric": r_anaphoric, "weekend": r_weekend,
    "weekday": r_weekday, "deictic": r_deictic, "part_of_day": r_part_of_day,
    "month": r_month, "decade": r_decade, "century": r_century, "year_end": r_year_end,
    "season": r_season, "set": r_set, "duration": r_duration, "hyphen_duration": r_hyphen_duration,
    "long": r_long, "year": r_year, "set_word": r_set_word, "ref": r_ref,
    "plural_unit": r_plural_unit, "spelled_year": r_spelled_year,
    "spelled_decade": r_spelled_decade, "period_of": r_period_of, "the_year": r_the_year,
    "that_same": r_that_same,
}
