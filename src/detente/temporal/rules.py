"""The registry of normalisers: one per pattern of :mod:`detente.temporal.patterns`, each
turning a match into a TIMEX3 value (or rejecting it) given the anchor date, the clause's tense
and the referents (see :mod:`detente.temporal.context`)."""

from __future__ import annotations

from detente.temporal.context import Context, Norm, Referents, Rule
from detente.temporal.rules_dates import (
    _month_day,
    r_century,
    r_day_and,
    r_decade,
    r_iso,
    r_month,
    r_month_year,
    r_quarter,
    r_slash,
    r_spelled_decade,
    r_spelled_year,
    r_year,
    r_year_ago_adj,
    r_year_end,
)
from detente.temporal.rules_durations import (
    r_duration,
    r_hyphen_duration,
    r_long,
    r_plural_unit,
    r_recent,
    r_ref,
    r_season,
    r_set,
    r_set_word,
)
from detente.temporal.rules_relative import (
    r_ago,
    r_anaphoric,
    r_clock,
    r_clock24,
    r_deictic,
    r_holiday,
    r_noon,
    r_part_of_day,
    r_period_of,
    r_relative,
    r_that_same,
    r_the_year,
    r_weekday,
    r_weekend,
)

# Order = priority among matches of equal length.
RULES: dict[str, Rule] = {
    "iso": r_iso, "slash": r_slash, "mdy": _month_day, "dmy": _month_day, "day_and": r_day_and,
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


__all__ = ["RULES", "Context", "Norm", "Referents", "Rule"]
