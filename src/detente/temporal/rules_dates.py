"""Normalisers for calendar expressions: explicit dates, months, years, decades, centuries,
quarters and halves, spelled-out years, year-ago adjectives."""

from __future__ import annotations

import re

from detente.temporal import calendar as cal
from detente.temporal.context import (
    _REL_SHIFT,
    AMBIGUOUS_MONTHS,
    TEMPORAL_PREPS,
    Context,
    Norm,
    _cap,
    _g,
    _prev_word,
    _quarter_context,
    _quarter_index,
    _quarter_str,
    _tense,
    _with_year,
)
from detente.temporal.lexicon import lexicon, parse_number


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


def r_day_and(m: re.Match[str], ctx: Context) -> Norm | None:
    """The second day of "April 24 and 25": its own expression, in the first one's month."""
    norm = _month_day(m, ctx)
    return None if norm is None else Norm(norm.value, start=m.start("day"))


def r_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_number(m)
    if not month:
        return None
    if m["syear"]:
        year = spelled_year(m["syear"])
        if year is None:
            return None
    else:
        year = int(m["year"]) if m["year"] else ctx.anchor.year + _REL_SHIFT[_g(m, "rel")]
    return Norm(f"{year:04d}-{month:02d}")


def r_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month_number(m)
    if month is None:
        return None
    word = m["mon"].lower()
    has_context = bool(m["rel"] or m["mod"] or m["poss"])
    ambiguous = word in AMBIGUOUS_MONTHS and not has_context
    if ambiguous and _prev_word(ctx, m.start()) not in TEMPORAL_PREPS:
        return None  # "may" the modal, "march" the verb
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
    ordinal = " ".join(_g(m, "ord").split()) or _g(m, "ago")
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
    if unit == "period" and ordinal not in _Q_LATEST | _Q_YEAR_AGO | {"same"} and not (
            year is not None and ordinal == "" and ref is not None):
        return None  # "the 1988 period" is a quarter only in a story about one
    if ordinal in _Q_ORD:
        q = _Q_ORD[ordinal]
        if year is not None:
            return Norm(f"{year:04d}-Q{q}")
        if _g(m, "ago"):
            return Norm(f"{anchor.year - 1:04d}-Q{q}")
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
    if year is not None and unit in ("quarter", "period") and ordinal in ("", "same"):
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


def spelled_year(text: str) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-four" -> 1994), or None."""
    century_word, _, rest = " ".join(text.lower().split()).partition(" ")
    century = {"nineteen": 1900, "eighteen": 1800}.get(century_word)
    if century is None:
        return None
    rest = rest.replace(" ", "-")
    if rest == "hundred":
        return century
    if rest.startswith("oh-"):
        value = parse_number(rest[3:])
    else:
        tens, _, ones = rest.partition("-")
        value = (_TENS_VALUE[tens] + (parse_number(ones) or 0) if tens in _TENS_VALUE
                 else parse_number(rest))
    return None if value is None else century + int(value)


def r_spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = spelled_year(m["w"]) if m["w"] else 2000
    return None if year is None else Norm(f"{year}")


def r_spelled_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    decade = _TENS_VALUE[_g(m, "w")[:-3] + "y"] // 10
    century = ctx.anchor.year // 100
    if century * 100 + decade * 10 > ctx.anchor.year:
        century -= 1
    return Norm(f"{century * 10 + decade:03d}")
