"""Normalisers for expressions anchored on the publication date or an earlier expression:
relative units, weekdays, yesterday/today/tomorrow, "N days ago", "that day", holidays, clock
times."""

from __future__ import annotations

import datetime as dt
import re

from detente.temporal import calendar as cal
from detente.temporal.context import (
    _DEICTIC,
    _REL_SHIFT,
    _UNIT_LETTER,
    Context,
    Norm,
    _amount,
    _cap,
    _duration,
    _g,
    _prev_word,
    _quarter_context,
    _quarter_index,
    _quarter_str,
    _tense,
    _with_year,
)
from detente.temporal.lexicon import lexicon


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
    if m["the"] and rel in ("following", "previous") and unit == "month" and ctx.refs.month:
        y, mo = cal.add_months(*ctx.refs.month, _REL_SHIFT[rel])  # "In March ... The following month"
        return Norm(f"{y:04d}-{mo:02d}")
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
    pod = lexicon().parts_of_day.get(_g(m, "pod"))
    if (m["pl"] or m["pl2"]) and rel is None:
        # "on Tuesdays", "Tuesday nights": every such day (TIMEX3 SET XXXX-WXX-2, ...TNI)
        return Norm(f"XXXX-WXX-{weekday + 1}" + (f"T{pod}" if pod else ""), "set")
    tense = "future" if _FUTURE_CUE.search(ctx.text[: m.start()]) else _tense(m, ctx, None)
    date = cal.weekday_date(ctx.anchor, weekday, tense, rel)
    # "Monday night": that day's part (TIMEX3 TMO, TAF, TEV, TNI) in the value; the type stays
    # DATE as annotated news mostly has it, and event dates cut the value back to the day.
    if pod:
        return Norm(f"{date.isoformat()}T{pod}")
    return Norm(date.isoformat())


# "as early as Tuesday", "until Friday": a deadline or earliest date, ahead of publication.
_FUTURE_CUE = re.compile(
    r"\b(?:as\s+(?:early|soon|late)\s+as|until|till|no\s+later\s+than|starting|beginning)\s+$",
    re.IGNORECASE,
)


def r_deictic(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(_g(m, "w").split())
    date = cal.shift_day(ctx.anchor, _DEICTIC[word])
    pod = lexicon().parts_of_day.get(_g(m, "pod"))
    if pod:
        return Norm(f"{date.isoformat()}T{pod}", "time")
    return Norm(date.isoformat())


def r_part_of_day(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = " ".join(_g(m, "rel").split())
    pod = lexicon().parts_of_day[_g(m, "pod") or _g(m, "mid")]
    date = cal.shift_day(ctx.anchor, _DEICTIC.get(_g(m, "w"), 0))  # "mid-afternoon yesterday"
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
    if unit == "month" and ctx.refs.month is not None:
        y, mo = cal.add_months(*ctx.refs.month, shift)
        return Norm(f"{y:04d}-{mo:02d}")
    if shift == 0 and ctx.refs.day is None:
        return None
    result = cal.shift_value(day, shift, _UNIT_LETTER[unit])
    return Norm(result[0]) if result else None


_SHORT = frozenset(["second", "minute", "hour", "day", "night", "week", "fortnight"])


def r_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    unit = lex.units[_g(m, "unit")]
    direction = " ".join(_g(m, "dir").split())
    rest = ctx.text[m.end():]
    if direction in ("before", "after") and not re.match(r"\s*(?:[,.;:)]|$|and\b)", rest):
        return None
    amount = _amount(m["num"])
    if direction in ("later", "after", "before") or (direction == "earlier" and unit.name in _SHORT):
        # TimeML: "three days later", "a day earlier", "two weeks after the vote": the amount is
        # a DURATION and "later" its signal, outside the span; "a year earlier" stays a date.
        return Norm(_duration(amount, unit), "duration", end=m.start("dir"))
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
    day = _g(m, "day") or _g(m, "pday")
    lex = lexicon()
    month = lex.months.get(_g(m, "mon"))
    if month is not None:
        mday = int(m["mday"])
        year = cal.month_day_year(ctx.anchor, month, mday, _tense(m, ctx, None))
        return cal.safe_date(year, month, mday) or ctx.anchor
    if day in lex.weekdays:
        tense = "future" if _FUTURE_CUE.search(ctx.text[: m.start()]) else _tense(m, ctx, None)
        return cal.weekday_date(ctx.anchor, lex.weekdays[day], tense)
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
    # "I am" / "5 am": a bare lowercase "am" without minutes needs a digit right before it.
    bare_am = ampm == "am" and not m["ampm"].endswith(".") and m["ampm"].islower() and not m["mi"]
    if bare_am and not re.search(r"\d\s*$", ctx.text[: m.start("ampm")]):
        return None
    return Norm(f"{_clock_day(m, ctx).isoformat()}T{hour:02d}:{minute:02d}", "time")


def r_noon(m: re.Match[str], ctx: Context) -> Norm | None:
    if _prev_word(ctx, m.start()) == "high":
        return None  # "high noon": a showdown
    time = "12:00" if _g(m, "w") in ("noon", "midday") else "24:00"
    return Norm(f"{_clock_day(m, ctx).isoformat()}T{time}", "time")


def r_clock24(m: re.Match[str], ctx: Context) -> Norm | None:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 24:
        return None
    return Norm(f"{_clock_day(m, ctx).isoformat()}T{hour:02d}:{minute:02d}", "time")


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
    # "For the year, volume was flat": the current year, unless its own sentence named one
    # before ("In 1995 ... for the year"); a year of an earlier sentence is often a forecast.
    named = ctx.refs.year if re.search(r"\d{4}", ctx.text[: m.start()]) else None
    return Norm(f"{named or ctx.anchor.year:04d}" if m["adj"] != "current"
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
