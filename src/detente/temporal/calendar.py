"""Calendar arithmetic for anchoring expressions to the publication date, and TIMEX3 value
formatting. Tense is one of ``"past"``, ``"future"`` or ``None`` (unknown)."""

from __future__ import annotations

import datetime as dt
import re

Tense = str | None


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value: ISO year and week ("2024-W15")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_day(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_date(anchor: dt.date, weekday: int, tense: Tense, relation: str | None = None) -> dt.date:
    """The date of a weekday named relative to ``anchor``.

    Past: the most recent such day on or before the anchor (same day allowed); future: the next
    one on or after it; "last"/"next" exclude the anchor's own day; unknown: past (news reports
    mostly what happened)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if relation == "last":
        return shift_day(anchor, -(back or 7))
    if relation in ("next", "coming"):
        return shift_day(anchor, ahead or 7)
    if relation == "this":
        return shift_day(anchor, ahead if tense == "future" else -back if tense == "past" else ahead)
    if tense == "future":
        return shift_day(anchor, ahead)
    return shift_day(anchor, -back)


def month_year(anchor: dt.date, month: int, tense: Tense, relation: str | None = None) -> int:
    """The year of a month named without one: by tense (unless the tense's side is ten months
    or more away and the other side two or less), else the nearest such month."""
    here = anchor.year * 12 + anchor.month - 1
    before = anchor.year if month <= anchor.month else anchor.year - 1
    after = anchor.year if month >= anchor.month else anchor.year + 1
    if relation == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if relation == "this":
        return anchor.year
    back = here - (before * 12 + month - 1)
    ahead = (after * 12 + month - 1) - here
    # As for "May 20": the tense's side unless that is most of a year away and the other is
    # next door ("said it expects results in November", written in late October).
    if tense == "past" and not (back >= 10 and ahead <= 2):
        return before
    if tense == "future" and not (ahead >= 10 and back <= 2):
        return after
    return before if back <= ahead else after


def month_day_year(anchor: dt.date, month: int, day: int, tense: Tense) -> int:
    """The year of "May 20": the tense's side of the anchor unless that is most of a year away
    and the other side is close, else the nearest."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = safe_date(year, month, day) or safe_date(year, month, 28)
        if date:
            candidates.append(date)
    prev = max((d for d in candidates if d <= anchor), default=None)
    nxt = min((d for d in candidates if d >= anchor), default=None)
    if prev is None or nxt is None:
        return (prev or nxt or anchor).year
    back, ahead = (anchor - prev).days, (nxt - anchor).days
    if tense == "past" and not (back > 300 and ahead < 90):
        return prev.year
    if tense == "future" and not (ahead > 300 and back < 90):
        return nxt.year
    # Unknown tense: news mostly reports the past, so the last half-year or so wins.
    return prev.year if back <= max(ahead, 200) else nxt.year


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_value(anchor: dt.date, quarter: int, tense: Tense, relation: str | None = None) -> str:
    """The year of a quarter named without one: in a past clause the latest one up to the
    current quarter, in a future clause the first one from the last completed quarter on
    (results are reported after the quarter ends), else the nearest (ties: the past one)."""
    here = anchor.year * 4 + quarter_of(anchor) - 1
    if relation == "last":
        index = here - 1
    elif relation in ("next", "coming"):
        index = here + 1
    elif relation in ("this", "current"):
        index = here
    else:
        options = [(y * 4 + quarter - 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        if tense == "past":
            index = max(i for i in options if i <= here)
        elif tense == "future":
            index = min(i for i in options if i >= here - 1)
        else:
            index = min(options, key=lambda i: (abs(i - here), i > here))
    return f"{index // 4}-Q{index % 4 + 1}"


SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_of(day: dt.date) -> tuple[int, str]:
    """(year, season) of a date; winter Y runs from December Y to February Y+1."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    return day.year, SEASON_ORDER[(day.month - 3) // 3]


def season_value(anchor: dt.date, season: str, tense: Tense, relation: str | None = None) -> str:
    """The year of a season named without one, like :func:`month_year`."""
    year, current = season_of(anchor)
    here = year * 4 + SEASON_ORDER.index(current)
    base = [y * 4 + SEASON_ORDER.index(season) for y in (year - 1, year, year + 1)]
    if relation == "last":
        index = max(i for i in base if i < here)
    elif relation in ("next", "coming"):
        index = min(i for i in base if i > here)
    elif relation == "this":
        index = base[1]
    elif tense == "past":
        index = max(i for i in base if i <= here)
    elif tense == "future":
        index = min(i for i in base if i >= here)
    else:
        index = min(base, key=lambda i: (abs(i - here), i > here))
    return f"{index // 4}-{SEASON_ORDER[index % 4]}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based) given weekday of a month (Thanksgiving: 4th Thursday of November)."""
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def shift_value(anchor: dt.date, amount: int, letter: str) -> tuple[str, str] | None:
    """The date ``amount`` units from the anchor, at the unit's precision (value, precision)."""
    if letter == "D":
        return shift_day(anchor, amount).isoformat(), "day"
    if letter == "W":
        return iso_week(shift_day(anchor, 7 * amount)), "week"
    if letter == "M":
        y, m = add_months(anchor.year, anchor.month, amount)
        return f"{y:04d}-{m:02d}", "month"
    if letter == "Y":
        return f"{anchor.year + amount:04d}", "year"
    if letter == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + amount
        return f"{index // 4}-Q{index % 4 + 1}", "quarter"
    if letter == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}", "decade"
    if letter == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}", "century"
    return None


_PRECISIONS = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X?$"), "decade"),
    (re.compile(r"^\d{2}(XX)?$"), "century"),
    (re.compile(r"_REF$"), "ref"),
]


_ON_CALENDAR = re.compile(
    r"^(\d{4})(-(\d{2}(-\d{2}(T.*)?)?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$|^\d{3}X?$|^\d{2}(XX)?$")


def on_calendar(value: str | None) -> bool:
    """False for a calendar value off the four-digit calendar (``-009``, ``1-W02``, ``0-Q4``,
    ``10000-01``, year 0000); durations, references and sets (``P3D``, ``PRESENT_REF``,
    ``XXXX-WXX-1``) are not calendar values and pass."""
    if not value or not (value[0].isdigit() or value[0] == "-"):
        return True
    m = _ON_CALENDAR.match(value)
    return m is not None and (m.group(1) is None or int(m.group(1)) > 0)


def precision_of(value: str) -> str | None:
    """The precision of a TIMEX3 date value (day, week, month, quarter, year, ref, ...)."""
    for pattern, name in _PRECISIONS:
        if pattern.search(value):
            return name
    return None
