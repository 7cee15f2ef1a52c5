"""Time-aware role selection: which office a person held on the article's date, and who held an
office ("the Chinese president") on that date."""

from __future__ import annotations

import datetime as dt

from detente.actors.data import Person, Role
from detente.actors.lexicon import Lexicon
from detente.records import Actor

ROLE_RANK = {
    "head_of_state_and_government": 0, "head_of_state": 1, "head_of_government": 2,
    "president_elect": 3, "vice_head_of_state": 4, "foreign_minister": 5, "defence_minister": 6,
    "finance_minister": 7, "interior_minister": 7, "central_bank_governor": 8, "igo_head": 9, "armed_group_leader": 10,
    "opposition_leader": 11, "official": 12,
}
LEADER_ROLES = {
    "hos": ("head_of_state_and_government", "head_of_state"),
    "hog": ("head_of_state_and_government", "head_of_government"),
}


# Words that put a title's holder in the past: "the former Kenyan president", "the ex-premier",
# "the late king" name no one who holds the office today.
PAST_HOLDER = frozenset({"former", "ex", "late", "erstwhile"})
# Words that make a title a lower office of its own: "the deputy prime minister", "an Assistant
# Secretary of State", "the Under-Secretary" hold an office below the one named, not it.
SUBORDINATE_RANK = frozenset({"deputy", "vice", "assistant", "under", "junior", "associate"})


def _rank(role: Role, hints: tuple[str, ...], country: str | None) -> tuple[int, int, int]:
    return (0 if role.role in hints else 1, 0 if country in (None, role.country) else 1,
            ROLE_RANK.get(role.role, 99))


def pick_role(person: Person, day: dt.date | None, hints: tuple[str, ...] = (),
              country: str | None = None) -> tuple[Role | None, str]:
    """The person's role on ``day`` and its status: active, former, future or current (no day).

    ``hints`` are roles named in the text ("Vice President Biden"); ``country`` a country
    named next to the person. Both only break ties among roles held that day.
    """
    if not person.roles:
        return None, "none"
    if day is None:
        current = [r for r in person.roles if r.end is None]
        if current:
            return min(current, key=lambda r: _rank(r, hints, country)), "current"
        latest = max(person.roles, key=lambda r: (r.end or dt.date.max, -ROLE_RANK.get(r.role, 99)))
        return latest, "former"
    active = [r for r in person.roles if r.active(day)]
    if active:
        return min(active, key=lambda r: _rank(r, hints, country)), "active"
    past = [r for r in person.roles if r.end is not None and r.end <= day]
    if past:
        return max(past, key=lambda r: (r.end or dt.date.min, -ROLE_RANK.get(r.role, 99))), "former"
    return min(person.roles, key=lambda r: r.start or dt.date.max), "future"


# Past this many years out of office, a minister's bare surname in the news is far more often
# somebody else's ("Gray", "Ray", "Keys"); heads of state and government stay known for good.
FADED_AFTER_YEARS = 10
LEADERS = frozenset(LEADER_ROLES["hos"] + LEADER_ROLES["hog"])


def faded(person: Person, role: Role | None, status: str, day: dt.date | None) -> bool:
    """Whether a former holder's bare surname on ``day`` no longer points to them: left office
    more than ``FADED_AFTER_YEARS`` before and never led a state or government."""
    if status != "former" or role is None or role.end is None or day is None:
        return False
    if any(r.role in LEADERS for r in person.roles):
        return False
    return (day - role.end).days > FADED_AFTER_YEARS * 365.25


IMMINENT_DAYS = 2 * 365


def imminent(role: Role | None, status: str, day: dt.date | None) -> bool:
    """Whether a person with no role yet on ``day`` takes their first office within
    ``IMMINENT_DAYS``: a candidate on the verge of office ("Trump" in 2016) is in the news as
    themselves, where a name a decade from office may be anybody's."""
    if status != "future" or role is None or role.start is None or day is None:
        return False
    return 0 <= (role.start - day).days <= IMMINENT_DAYS


def person_actor(person: Person, day: dt.date | None, hints: tuple[str, ...] = (),
                 country: str | None = None) -> tuple[Actor, str]:
    """The Actor for a known person on ``day``, and a reason fragment."""
    role, status = pick_role(person, day, hints, country)
    pid = f"person:{person.id}"
    if role is None:
        return Actor(person.name, None, None, None, pid, "person"), "no roles"
    if status in {"active", "current"}:
        return (Actor(person.name, role.country, role.sector, role.title, pid, "person"),
                f"{role.title} ({role.role}) on {day or 'current'}")
    if status == "former":
        return (Actor(person.name, role.country, "ELI", f"former {role.title}", pid, "person"),
                f"former {role.title} (ended {role.end}), no role on {day}")
    return (Actor(person.name, role.country, None, None, pid, "person"),
            f"no role yet on {day} (first: {role.title} from {role.start})")


def choose_person(candidates: list[Person], day: dt.date | None, hints: tuple[str, ...],
                  country: str | None, mentioned: set[str],
                  styles: tuple[str, ...] = ()) -> Person | None:
    """Among people sharing a name, the one the text most likely means on ``day`` (``hints``
    and ``styles``: the roles and official titles a title next to the name names)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]

    def score(p: Person) -> tuple[int, int, int, int, int]:
        role, status = pick_role(p, day, hints, country)
        # last, and only when nothing else tells them apart (an undated story): the one who
        # held the highest office, whom news names most
        highest = min((ROLE_RANK.get(r.role, 99) for r in p.roles), default=99) if day is None \
            else 0
        return (0 if p.id in mentioned else 1,
                0 if status in {"active", "current"} else 1,
                0 if role is not None and role.role in hints and role.styled(styles) else 1,
                0 if role is not None and country in (None, role.country) else 1,
                highest)

    return min(candidates, key=score)


def title_holder(lex: Lexicon, country: str, roles: tuple[str, ...],
                 day: dt.date | None, styles: tuple[str, ...] = ()) -> tuple[Person, Role] | None:
    """Who held one of ``roles`` ("leader" = the country's leader) in ``country`` on ``day``,
    under an official title with one of ``styles``."""
    if "leader" in roles:
        c = lex.country(country)
        roles = LEADER_ROLES[c.leader if c else "hos"]
    found = [(p, r) for p, r in lex.holders_on(country, roles, day) if r.styled(styles)]
    if not found:
        return None
    return min(found, key=lambda pr: (roles.index(pr[1].role) if pr[1].role in roles else 99,
                                      ROLE_RANK.get(pr[1].role, 99)))


HEAD_ROLES = ("head_of_state", "head_of_state_and_government")


def role_gaps(people: list[Person] | tuple[Person, ...], country: str, roles: tuple[str, ...],
              start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Periods in [start, end) when nobody in ``people`` held one of ``roles`` in ``country``."""
    spans = sorted((r.start or dt.date.min, r.end or dt.date.max) for p in people
                   for r in p.roles if r.country == country and r.role in roles)
    gaps: list[tuple[dt.date, dt.date]] = []
    cursor = start
    for s, e in spans:
        if e <= cursor:
            continue
        if s > cursor:
            gaps.append((cursor, min(s, end)))
        cursor = max(cursor, e)
        if cursor >= end:
            break
    if cursor < end:
        gaps.append((cursor, end))
    return [(s, e) for s, e in gaps if s < e]
