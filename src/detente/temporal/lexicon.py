"""The temporal lexicon (``data/time/lexicon.yaml``) and the regular-expression fragments built
from it: month and weekday names, number words, units, seasons, holidays, references."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from detente.errors import DataError, Errors

LEXICON_FILE = "lexicon.yaml"


@dataclass(slots=True, frozen=True)
class Unit:
    """A duration unit: its TIMEX3 letter(s) and whether it is a time-of-day unit (PT...)."""

    name: str
    letter: str
    is_time: bool
    plural: str


@dataclass(slots=True, frozen=True)
class Lexicon:
    """Every word list the temporal tagger uses, keyed by lower-case surface form."""

    version: int
    months: dict[str, int]  # "sept." -> 9
    month_full: frozenset[str]
    weekdays: dict[str, int]  # "friday" -> 4 (Monday = 0)
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, Unit]  # singular and plural forms -> Unit
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    holidays_fixed: dict[str, tuple[int, int]]
    refs: dict[str, str]
    sets: dict[str, str]


def _require(data: dict[str, Any], key: str) -> Any:
    if key not in data:
        raise DataError(Errors.E102.format(path=LEXICON_FILE, line=0, reason=f"missing {key!r}"))
    return data[key]


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process from the package data."""
    text = resources.files("detente").joinpath("data", "time", LEXICON_FILE).read_text("utf-8")
    data = yaml.safe_load(text)
    months: dict[str, int] = {}
    for name, (number, abbrevs) in _require(data, "months").items():
        months[name] = number
        for abbr in abbrevs:
            months[abbr] = number
    weekdays: dict[str, int] = {}
    for name, (number, abbrevs) in _require(data, "weekdays").items():
        weekdays[name] = number
        for abbr in abbrevs:
            weekdays[abbr] = number
    units: dict[str, Unit] = {}
    for name, (letter, time_flag, plural) in _require(data, "units").items():
        unit = Unit(name, letter, time_flag == "T", plural)
        units[name] = unit
        units[plural] = unit
    return Lexicon(
        version=int(_require(data, "version")),
        months=months,
        month_full=frozenset(_require(data, "months")),
        weekdays=weekdays,
        numbers={str(k): float(v) for k, v in _require(data, "numbers").items()},
        vague_numbers=frozenset(_require(data, "vague_numbers")),
        ordinals={str(k): int(v) for k, v in _require(data, "ordinals").items()},
        units=units,
        seasons=dict(_require(data, "seasons")),
        parts_of_day=dict(_require(data, "parts_of_day")),
        holidays_fixed={k: (int(v[0]), int(v[1])) for k, v in _require(data, "holidays_fixed").items()},
        refs=dict(_require(data, "refs")),
        sets=dict(_require(data, "sets")),
    )


def alternation(words: object) -> str:
    """A regex alternation of words, longest first, with spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def parse_number(text: str) -> float | None:
    """The value of a number phrase ("two", "twenty-five", "2 1/2", "1,000", "a few" -> None)."""
    lex = lexicon()
    t = " ".join(text.lower().replace(",", "").split())
    if t in lex.numbers:
        return lex.numbers[t]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+1/2|-1/2)?", t)
    if m:
        value = float(m.group(1))
        return value + 0.5 if "1/2" in t else value
    if "-" in t:
        tens, _, ones = t.partition("-")
        if tens in _TENS and ones in _ONES:
            return lex.numbers[tens] + lex.numbers[ones]
    m = re.fullmatch(r"(\w+) hundred", t)
    if m and m.group(1) in lex.numbers:
        return lex.numbers[m.group(1)] * 100
    return None


def number_pattern() -> str:
    """Regex for a cardinal quantity: digits, fractions, number words, compound tens."""
    lex = lexicon()
    words = alternation(list(lex.numbers) + list(lex.vague_numbers))
    tens = "|".join(_TENS)
    ones = "|".join(_ONES)
    return (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?"
        rf"|(?:{tens})-(?:{ones})|(?:{ones})\s+hundred|{words})"
    )
