"""Property tests for the times rules: anchoring invariants over arbitrary publication dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.temporal import calendar as cal
from detente.times import normalise

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December"]


@given(dates, st.integers(0, 6))
def test_past_weekday_is_within_the_last_week(published: dt.date, weekday: int) -> None:
    day = cal.weekday_date(published, weekday, "past")
    assert day <= published and (published - day).days < 7 and day.weekday() == weekday


@given(dates, st.integers(0, 6))
def test_future_weekday_is_within_the_next_week(published: dt.date, weekday: int) -> None:
    day = cal.weekday_date(published, weekday, "future")
    assert day >= published and (day - published).days < 7 and day.weekday() == weekday


@settings(max_examples=60)
@given(dates, st.sampled_from(WEEKDAYS))
def test_weekday_in_past_clause_never_after_publication(published: dt.date, name: str) -> None:
    (found,) = normalise(f"on {name}", published, tense="past")
    assert dt.date.fromisoformat(found.value) <= published


@settings(max_examples=60)
@given(dates, st.sampled_from(MONTHS), st.sampled_from(["past", "future", None]))
def test_bare_month_is_within_a_year(published: dt.date, name: str, tense: str | None) -> None:
    (found,) = normalise(f"in {name}", published, tense=tense)
    year, month = map(int, found.value.split("-"))
    distance = (year * 12 + month) - (published.year * 12 + published.month)
    assert -12 < distance < 12
    # The tense's side, unless it is ten months or more away and the other side two or less.
    if tense == "past":
        assert distance <= 0 or distance <= 2 and distance + 12 >= 10
    if tense == "future":
        assert distance >= 0 or distance >= -2 and 12 + distance >= 10


@settings(max_examples=60)
@given(dates, st.integers(1, 12), st.integers(1, 28), st.sampled_from(["past", "future", None]))
def test_month_day_is_within_a_year(published: dt.date, month: int, day: int,
                                    tense: str | None) -> None:
    year = cal.month_day_year(published, month, day, tense)
    assert abs((dt.date(year, month, day) - published).days) <= 366


@given(dates, st.integers(-30, 30))
def test_shifted_week_is_an_iso_week(published: dt.date, weeks: int) -> None:
    value, precision = cal.shift_value(published, weeks, "W")  # type: ignore[misc]
    assert precision == "week"
    assert value == cal.iso_week(published + dt.timedelta(weeks=weeks))
