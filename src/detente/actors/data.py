"""The actor dictionary: data files under ``detente/data/actors/``, validated at load time.

Files (TSV, ``#`` comments, a header line, ``|``-separated lists):

- ``countries.tsv``: countries and territories with names, adjectives, demonyms, capitals.
- ``organisations.tsv``: international organisations (code used as the actor's country).
- ``groups.tsv``: named organisations of one country (institutions, armed groups, media, firms).
- ``agents.tsv``: agent nouns and titles with their sector (and the dated roles titles name).
- ``people_*.tsv``: people with dated roles; rows are merged by ``person_id``.

User files (``add_user_actors``) are YAML with the same fields (see README "Custom actors").
A bad entry raises ``DataError`` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from detente.errors import DataError, Errors

SECTORS = frozenset({
    "GOV", "MIL", "LEG", "JUD", "COP", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "HLH", "REF", "OPP", "PRE", "REL", "SOC",
    "IGO", "NGO", "MNC",
})
ROLES = frozenset({
    "head_of_state", "head_of_government", "head_of_state_and_government", "vice_head_of_state",
    "president_elect", "foreign_minister", "defence_minister", "finance_minister", "interior_minister",
    "central_bank_governor", "igo_head", "armed_group_leader", "opposition_leader", "official",
})
# Codes for international and transnational actors that are not ISO countries.
EXTRA_CODES = frozenset({"IGO", "NGO", "MNC", "IMG", "XKX"})
PEOPLE_COLUMNS = ("person_id", "name", "aliases", "gender", "country", "sector", "role", "title",
                  "start", "end")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,3}$")


@dataclass(slots=True, frozen=True)
class Role:
    """An office held from ``start`` (inclusive) to ``end`` (exclusive; None = incumbent)."""

    country: str
    sector: str
    role: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    gender: str | None  # "m" | "f" | None
    roles: list[Role] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Country:
    code: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    leader: str  # hos | hog


@dataclass(slots=True, frozen=True)
class Organisation:
    """An international organisation (``code``) or a named group of one country."""

    id: str
    code: str  # the actor's "country": UNO, NATO, EUR, ... or an ISO code for groups
    sector: str
    kind: str  # igo | ngo | institution | seat | armed_group | party | media | company
    name: str
    aliases: tuple[str, ...]
    cameo: str | None = None


@dataclass(slots=True, frozen=True)
class Agent:
    term: str
    sector: str
    kind: str  # person | group | institution | others ("allies": never the subject's country)
    roles: tuple[str, ...]
    plurals: tuple[str, ...]


@dataclass(slots=True)
class Dictionary:
    """All actor entries, indexed by id."""

    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)  # key "org:x"/"group:x"
    agents: dict[str, Agent] = field(default_factory=dict)  # key: term
    people: dict[str, Person] = field(default_factory=dict)

    def codes(self) -> set[str]:
        """Every code an actor's country may take."""
        return set(self.countries) | {o.code for o in self.organisations.values()} | EXTRA_CODES


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _date(value: str, where: tuple[str, int]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _error(where, f"bad date {value!r} (expected YYYY-MM-DD)") from None


def _error(where: tuple[str, int], reason: str) -> DataError:
    return DataError(Errors.E102.format(path=where[0], line=where[1], reason=reason))


def read_tsv(path: Path | str, text: str | None = None,
             columns: tuple[str, ...] | None = None) -> Iterator[tuple[tuple[str, int], dict[str, str]]]:
    """Rows of a TSV data file as ``((path, line), {column: value})``; checks the column count."""
    name = str(path)
    content = text if text is not None else Path(path).read_text(encoding="utf-8")
    header: list[str] | None = None
    for lineno, raw in enumerate(content.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.rstrip("\n\r").split("\t")
        if header is None:
            header = cells
            if columns is not None and tuple(header) != columns:
                raise _error((name, lineno), f"header must be {'|'.join(columns)}")
            continue
        if len(cells) != len(header):
            raise _error((name, lineno), f"expected {len(header)} tab-separated columns, got {len(cells)}")
        yield (name, lineno), dict(zip(header, (c.strip() for c in cells), strict=True))


def _valid_country_code(code: str) -> bool:
    if code in EXTRA_CODES:
        return True
    if pycountry.countries.get(alpha_3=code) is not None:
        return True
    return pycountry.historic_countries.get(alpha_3=code) is not None


def parse_countries(rows: Iterator[tuple[tuple[str, int], dict[str, str]]]) -> list[Country]:
    out = []
    for where, r in rows:
        if not _valid_country_code(r["code"]):
            raise _error(where, f"unknown country code {r['code']!r} (not in pycountry)")
        if r["kind"] not in {"country", "territory", "historic"}:
            raise _error(where, f"bad kind {r['kind']!r}")
        if r["leader"] not in {"hos", "hog"}:
            raise _error(where, f"leader must be hos or hog, not {r['leader']!r}")
        if not r["name"]:
            raise _error(where, "empty name")
        out.append(Country(r["code"], r["kind"], r["name"], _split(r["aliases"]),
                           _split(r["adjectives"]), _split(r["demonyms"]), _split(r["capitals"]),
                           r["leader"]))
    return out


def _check_org(where: tuple[str, int], r: dict[str, str]) -> None:
    if not _ID.match(r["id"]):
        raise _error(where, f"bad id {r['id']!r} (lower-case letters, digits, _ . -)")
    if r["sector"] not in SECTORS:
        raise _error(where, f"unknown sector {r['sector']!r}")
    if not r["name"]:
        raise _error(where, "empty name")


def parse_organisations(rows: Iterator[tuple[tuple[str, int], dict[str, str]]]) -> list[Organisation]:
    out = []
    for where, r in rows:
        _check_org(where, r)
        if not _CODE.match(r["code"]):
            raise _error(where, f"bad international code {r['code']!r}")
        out.append(Organisation(r["id"], r["code"], r["sector"], r["sector"].lower(), r["name"],
                                _split(r["aliases"]), r["cameo"] or None))
    return out


def parse_groups(rows: Iterator[tuple[tuple[str, int], dict[str, str]]],
                 codes: set[str]) -> list[Organisation]:
    kinds = {"institution", "seat", "armed_group", "party", "media", "company"}
    out = []
    for where, r in rows:
        _check_org(where, r)
        if r["country"] not in codes:
            raise _error(where, f"unknown country code {r['country']!r}")
        if r["kind"] not in kinds:
            raise _error(where, f"bad kind {r['kind']!r} (one of {sorted(kinds)})")
        out.append(Organisation(r["id"], r["country"], r["sector"], r["kind"], r["name"],
                                _split(r["aliases"])))
    return out


def parse_agents(rows: Iterator[tuple[tuple[str, int], dict[str, str]]]) -> list[Agent]:
    out = []
    for where, r in rows:
        term = r["term"]
        if not term or term != term.lower():
            raise _error(where, f"term must be lower-case: {term!r}")
        if r["sector"] not in SECTORS:
            raise _error(where, f"unknown sector {r['sector']!r}")
        if r["kind"] not in {"person", "group", "institution", "others"}:
            raise _error(where, f"bad kind {r['kind']!r}")
        roles = _split(r["roles"])
        for role in roles:
            if role not in ROLES and role != "leader":
                raise _error(where, f"unknown role {role!r}")
        plural = r["plural"]
        plurals = () if plural == "-" else (_split(plural) or (pluralise(term),))
        out.append(Agent(term, r["sector"], r["kind"], roles, plurals))
    return out


def pluralise(term: str) -> str:
    """The regular English plural of a (possibly multi-word) noun."""
    if term.endswith("man"):
        return term[:-3] + "men"
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return term[:-1] + "ies"
    if term.endswith(("s", "sh", "ch", "x")):
        return term + "es"
    return term + "s"


def parse_people(rows: Iterator[tuple[tuple[str, int], dict[str, str]]], codes: set[str],
                 people: dict[str, Person]) -> None:
    """Merge people rows into ``people`` (by person_id; identical roles are deduplicated)."""
    for where, r in rows:
        pid = r["person_id"]
        if not _ID.match(pid):
            raise _error(where, f"bad person_id {pid!r}")
        if not r["name"]:
            raise _error(where, "empty name")
        if r["country"] not in codes:
            raise _error(where, f"unknown country code {r['country']!r}")
        if r["sector"] not in SECTORS:
            raise _error(where, f"unknown sector {r['sector']!r}")
        if r["role"] not in ROLES:
            raise _error(where, f"unknown role {r['role']!r}")
        if r["gender"] not in {"", "m", "f", "x"}:
            raise _error(where, f"gender must be m, f, x or empty, not {r['gender']!r}")
        start, end = _date(r["start"], where), _date(r["end"], where)
        if start and end and end < start:
            raise _error(where, f"role ends ({end}) before it starts ({start})")
        role = Role(r["country"], r["sector"], r["role"], r["title"] or r["role"], start, end)
        person = people.get(pid)
        if person is None:
            person = people[pid] = Person(pid, r["name"], (), r["gender"] or None)
        aliases = [a for a in _split(r["aliases"]) if a != person.name]
        if r["name"] != person.name:
            aliases.append(r["name"])
        person.aliases = tuple(dict.fromkeys((*person.aliases, *aliases)))
        if person.gender is None and r["gender"]:
            person.gender = r["gender"]
        if role not in person.roles:
            person.roles.append(role)


def data_dir() -> Path:
    return Path(str(resources.files("detente").joinpath("data/actors")))


def load_builtin() -> Dictionary:
    """Load and validate the packaged dictionary (all ``people_*.tsv`` files included)."""
    base = data_dir()
    d = Dictionary()
    for c in parse_countries(read_tsv(base / "countries.tsv")):
        if c.code in d.countries:
            raise _duplicate(base / "countries.tsv", "code", c.code)
        d.countries[c.code] = c
    for o in parse_organisations(read_tsv(base / "organisations.tsv")):
        _add_unique(d, f"org:{o.id}", o, base / "organisations.tsv")
    codes = d.codes()
    for o in parse_groups(read_tsv(base / "groups.tsv"), codes):
        _add_unique(d, f"group:{o.id}", o, base / "groups.tsv")
    for a in parse_agents(read_tsv(base / "agents.tsv")):
        if a.term in d.agents:
            raise _duplicate(base / "agents.tsv", "term", a.term)
        d.agents[a.term] = a
    for path in sorted(base.glob("people_*.tsv")):
        parse_people(read_tsv(path, columns=PEOPLE_COLUMNS), codes, d.people)
    return d


def _add_unique(d: Dictionary, key: str, org: Organisation, path: Path | str) -> None:
    if key in d.organisations:
        raise _duplicate(path, "id", org.id)
    d.organisations[key] = org


def _duplicate(path: Path | str, column: str, value: str) -> DataError:
    """The error for the second row of ``path`` whose ``column`` is ``value``."""
    lines = [where[1] for where, row in read_tsv(path) if row.get(column) == value]
    line = lines[1] if len(lines) > 1 else "?"
    return DataError(Errors.E102.format(path=path, line=line,
                                        reason=f"duplicate {column} {value!r}"))


# --- user files (YAML) ------------------------------------------------------------------------

def load_user_file(path: Path | str, d: Dictionary) -> None:
    """Add the entries of a user YAML file to ``d`` (validated like the packaged files).

    Top-level keys: ``people`` (id, name, aliases, gender, roles: [{country, sector, role, title,
    start, end}]), ``organisations`` (id, code, sector, name, aliases) and ``groups`` (id,
    country, sector, kind, name, aliases). Errors name the file and the entry's line.
    """
    import yaml

    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except (OSError, yaml.YAMLError) as err:
        raise DataError(Errors.E102.format(path=name, line="?", reason=err)) from err
    if node is None:
        return
    if not isinstance(node, yaml.MappingNode):
        raise _error((name, node.start_mark.line + 1), "top level must be a mapping")
    constructor = yaml.SafeLoader("")
    for key_node, value_node in node.value:
        section = key_node.value
        if section not in {"people", "organisations", "groups"}:
            raise _error((name, key_node.start_mark.line + 1),
                         f"unknown section {section!r} (people, organisations, groups)")
        if not isinstance(value_node, yaml.SequenceNode):
            raise _error((name, value_node.start_mark.line + 1), f"{section} must be a list")
        for item in value_node.value:
            where = (name, item.start_mark.line + 1)
            entry = constructor.construct_document(item)
            if not isinstance(entry, dict):
                raise _error(where, "each entry must be a mapping")
            _add_user_entry(section, entry, where, d)


def _str(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value)


def _add_user_entry(section: str, entry: dict[str, Any], where: tuple[str, int],
                    d: Dictionary) -> None:
    def rows(row: dict[str, str]) -> Iterator[tuple[tuple[str, int], dict[str, str]]]:
        yield where, row

    if section == "organisations":
        row = {k: _str(entry, k) for k in ("id", "code", "sector", "cameo", "name", "aliases")}
        for o in parse_organisations(rows(row)):
            d.organisations[f"org:{o.id}"] = o
        return
    if section == "groups":
        row = {k: _str(entry, k) for k in ("id", "country", "sector", "kind", "name", "aliases")}
        row["kind"] = row["kind"] or "institution"
        for o in parse_groups(rows(row), d.codes()):
            d.organisations[f"group:{o.id}"] = o
        return
    roles = entry.get("roles") or []
    if not isinstance(roles, list) or not roles:
        raise _error(where, "a person needs a non-empty 'roles' list")
    for role in roles:
        if not isinstance(role, dict):
            raise _error(where, "each role must be a mapping")
        row = {k: _str(entry, k) for k in ("name", "aliases", "gender")}
        row["person_id"] = _str(entry, "id")
        row.update({k: _str(role, k) for k in ("country", "sector", "role", "title", "start", "end")})
        parse_people(rows(row), d.codes(), d.people)


def load_un_members() -> dict[str, dt.date]:
    """UN member states (``un_members.tsv``) and the first date their roles are checked from."""
    path = data_dir() / "un_members.tsv"
    out: dict[str, dt.date] = {}
    for where, r in read_tsv(path, columns=("code", "since")):
        if pycountry.countries.get(alpha_3=r["code"]) is None:
            raise _error(where, f"unknown country code {r['code']!r}")
        if r["code"] in out:
            raise _error(where, f"duplicate code {r['code']!r}")
        out[r["code"]] = _date(r["since"], where) or dt.date(1990, 1, 1)
    return out


@dataclass(slots=True, frozen=True)
class Vacancy:
    """A period when a country had no single head of state (``hos``), head of government
    (``hog``) or holder of a role (``foreign_minister``, ...)."""

    country: str
    office: str
    start: dt.date
    end: dt.date | None
    note: str


def load_vacancies() -> list[Vacancy]:
    """Documented vacancies and collective offices (``role_vacancies.tsv``)."""
    path = data_dir() / "role_vacancies.tsv"
    out = []
    for where, r in read_tsv(path, columns=("country", "office", "start", "end", "note")):
        if not _valid_country_code(r["country"]):
            raise _error(where, f"unknown country code {r['country']!r}")
        if r["office"] not in {"hos", "hog"} | ROLES:
            raise _error(where, f"office must be hos, hog or a role, not {r['office']!r}")
        start = _date(r["start"], where)
        if start is None or not r["note"]:
            raise _error(where, "a vacancy needs a start date and a note")
        out.append(Vacancy(r["country"], r["office"], start, _date(r["end"], where), r["note"]))
    return out
