"""Normalisers for durations, sets, PAST/PRESENT/FUTURE references and seasons."""

from __future__ import annotations

import re

from detente.temporal import calendar as cal
from detente.temporal.context import (
    SET_CUE,
    Context,
    Norm,
    _amount,
    _cap,
    _duration,
    _g,
    _prev_word,
    _tense,
)
from detente.temporal.lexicon import lexicon
from detente.temporal.rules_dates import spelled_year


def r_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    unit_word, num = _g(m, "unit"), " ".join(_g(m, "num").split())
    unit = lex.units[unit_word]
    rest = ctx.text[m.end():]
    if unit.name == "quarter" and (num in ("a", "an", "three") and not m["pre"]
                                   or re.match(r"\s+of\b", rest)):
        return None  # "three quarters of the vote"; "the next three quarters" is a duration
    if unit.name in ("second", "minute") and num in ("a", "an") and not m["mod"]:
        return None
    bare = num in ("a", "an") and not m["pre"] and not m["mod"]
    if bare and SET_CUE.search(ctx.text[: m.start()]):
        return Norm(_duration(1, unit), "set")  # "$5 a year", "twice a day"
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
    if word.endswith(("term", "run")) and _NOUN_NEXT.match(ctx.text, m.end()):
        return None  # "the short term rating": a compound modifier
    return Norm(lexicon().refs[word])


_NOUN_NEXT = re.compile(
    r"\s+(?!(?:in|on|at|and|or|but|as|because|if|to|for|of|with|when|while|than|the|a|an|is|are"
    r"|was|were|will|would)\b)[a-z]"
)


def r_season(m: re.Match[str], ctx: Context) -> Norm | None:
    lex = lexicon()
    season = lex.seasons[_g(m, "season")]
    rel = _g(m, "rel") or None
    year = int(m["year"]) if m["year"] else spelled_year(m["syear"]) if m["syear"] else None
    if year is not None:
        return Norm(f"{year:04d}-{season}")
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
