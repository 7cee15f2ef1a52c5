"""Validation of the people-with-dated-roles data files, parsed directly with the csv module.

These tests do not use the actor loader: they pin the file format (header, columns, codes,
dates) and the facts (no two heads of state of one country on one day; hand-written
spot checks of who held office on a given date).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parent.parent / "src" / "detente" / "data" / "actors"
SUPPLEMENT = "people_ministers_g20.tsv"
EARLIER = "people_1980s.tsv"
FILES = ("people_heads.tsv", "people_ministers.tsv", SUPPLEMENT, "people_ministers_more.tsv",
         EARLIER)
HEADER = ["person_id", "name", "aliases", "gender", "country", "sector", "role", "title",
          "start", "end"]
ORG_CODES = {"UNO", "NATO", "EUR", "IMF", "WBK", "WTO", "IAEA", "WHO", "ICC", "AFR", "ASN",
             "OPC", "XKX"}
# states that no longer exist (countries.tsv kind "historic"): the 1980s table's
HISTORIC_CODES = {"SUN", "DDR", "YUG", "CSK", "YMD"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "MED", "BUS", "CVL", "REB", "OPP", "PTY", "IGO",
           "NGO", "MNC", "PRM", "SPY", "UAF", "UNK", "AGR", "CRM", "EDU", "ELI", "JRN", "LAB",
           "REF", "PRE", "REL", "SOC"}
ROLES = {"head_of_state", "head_of_government", "head_of_state_and_government",
         "vice_head_of_state", "president_elect", "foreign_minister", "defence_minister",
         "finance_minister", "interior_minister", "central_bank_governor", "igo_head",
         "armed_group_leader", "opposition_leader", "official"}
HEAD_OF_STATE = {"head_of_state", "head_of_state_and_government"}
HEAD_OF_GOVERNMENT = {"head_of_government", "head_of_state_and_government"}
FAR_FUTURE = dt.date(9999, 12, 31)


def _read(name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, fields) of every data row of one file."""
    path = DATA / name
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for fields in reader:
            lineno = reader.line_num
            if not fields or fields[0].startswith("#"):
                continue
            if not header:
                header = fields
                continue
            rows.append((lineno, fields))
    return header, rows


def _records() -> list[dict[str, str]]:
    """Every data row of both files as a dict (with the file and line in `where`)."""
    out: list[dict[str, str]] = []
    for name in FILES:
        _, rows = _read(name)
        for lineno, fields in rows:
            record = dict(zip(HEADER, fields, strict=False))
            record["where"] = f"{name}:{lineno}"
            out.append(record)
    return out


RECORDS = _records()


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _interval(record: dict[str, str]) -> tuple[dt.date, dt.date]:
    """Half-open [start, end): a role ending on day D and its successor starting on D do
    not overlap."""
    end = _date(record["end"]) if record["end"] else FAR_FUTURE
    return _date(record["start"]), end


@pytest.mark.parametrize("name", FILES)
def test_header_and_columns(name: str) -> None:
    header, rows = _read(name)
    assert header == HEADER
    assert rows, f"{name} has no data rows"
    bad = [lineno for lineno, fields in rows if len(fields) != len(HEADER)]
    assert not bad, f"{name}: rows without {len(HEADER)} columns at lines {bad[:10]}"


@pytest.mark.parametrize("name", FILES)
def test_header_comment_states_provenance(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "general knowledge" in comments
    assert "incomplete" in comments.lower()


def test_person_ids_are_slugs_and_consistent() -> None:
    by_id: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    by_name: dict[str, set[str]] = defaultdict(set)
    genders: dict[str, set[str]] = defaultdict(set)
    for record in RECORDS:
        pid = record["person_id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid), record["where"]
        genders[pid].add(record["gender"])
        # the supplement's and the 1980s table's rows add roles (and aliases) to people of the
        # other files; the loader takes a differing name there as an alias, so only the two base
        # files must agree row for row
        if record["where"].startswith((SUPPLEMENT, EARLIER)):
            continue
        by_id[pid].add((record["name"], record["aliases"], record["gender"]))
        by_name[record["name"]].add(pid)
    assert not {pid for pid, g in genders.items() if len(g) > 1}
    inconsistent = {pid: variants for pid, variants in by_id.items() if len(variants) > 1}
    assert not inconsistent, f"one id, several name/aliases/gender: {inconsistent}"
    shared = {name: ids for name, ids in by_name.items() if len(ids) > 1}
    assert not shared, f"one name, several ids: {shared}"


def test_names_genders_and_aliases() -> None:
    for record in RECORDS:
        where, name = record["where"], record["name"]
        assert name.strip() == name and name, where
        assert record["gender"] in {"m", "f", ""}, where
        aliases = [a for a in record["aliases"].split("|")] if record["aliases"] else []
        assert all(a.strip() == a and a for a in aliases), f"{where}: empty/padded alias"
        assert len(set(aliases)) == len(aliases), f"{where}: duplicate alias"
        assert name not in aliases, f"{where}: alias repeats the name"
        surname = name.split()[-1]
        if len(name.split()) > 1:
            assert surname not in aliases, f"{where}: bare surname {surname!r} as alias"


def test_no_name_or_alias_shared_by_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for record in RECORDS:
        for text in [record["name"], *filter(None, record["aliases"].split("|"))]:
            owners[text.casefold()].add(record["person_id"])
    shared = {text: ids for text, ids in owners.items() if len(ids) > 1}
    assert not shared, f"ambiguous names/aliases: {shared}"


def test_codes_are_valid() -> None:
    for record in RECORDS:
        where, country = record["where"], record["country"]
        assert country in ORG_CODES | HISTORIC_CODES or pycountry.countries.get(alpha_3=country), (
            f"{where}: unknown country code {country}")
        assert record["sector"] in SECTORS, f"{where}: sector {record['sector']}"
        assert record["role"] in ROLES, f"{where}: role {record['role']}"
        assert record["title"].strip(), f"{where}: empty title"


def test_dates_parse_and_are_ordered() -> None:
    for record in RECORDS:
        where = record["where"]
        start = _date(record["start"])
        assert dt.date(1920, 1, 1) <= start <= dt.date(2027, 1, 1), where
        if record["end"]:
            assert _date(record["end"]) > start, f"{where}: end not after start"


def test_no_duplicate_rows() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for record in RECORDS:
        key = tuple(record[c] for c in ("person_id", "country", "role", "title", "start"))
        assert key not in seen, f"{record['where']} duplicates {seen[key]}"
        seen[key] = record["where"]


@pytest.mark.parametrize("group", [HEAD_OF_STATE, HEAD_OF_GOVERNMENT],
                         ids=["head_of_state", "head_of_government"])
def test_no_two_heads_of_one_country_on_one_day(group: set[str]) -> None:
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    for record in RECORDS:
        if record["role"] in group:
            by_country[record["country"]].append(record)
    overlaps = []
    for country, records in by_country.items():
        records.sort(key=lambda r: _interval(r)[0])
        for before, after in zip(records, records[1:], strict=False):
            if _interval(after)[0] < _interval(before)[1]:
                overlaps.append(f"{country}: {before['name']} ({before['where']}) / "
                                f"{after['name']} ({after['where']})")
    assert not overlaps, "\n".join(overlaps)


SINGLE_HOLDER = {"vice_head_of_state", "foreign_minister", "defence_minister", "finance_minister",
                 "interior_minister", "central_bank_governor"}


def test_no_two_holders_of_one_ministry_on_one_day() -> None:
    by_office: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for record in RECORDS:
        if record["role"] in SINGLE_HOLDER:
            by_office[(record["country"], record["role"])].append(record)
    overlaps = []
    for office, records in by_office.items():
        records.sort(key=lambda r: _interval(r)[0])
        for before, after in zip(records, records[1:], strict=False):
            if _interval(after)[0] < _interval(before)[1]:
                overlaps.append(f"{office}: {before['name']} / {after['name']}")
    assert not overlaps, "\n".join(overlaps)


def _holders(country: str, day: str, roles: set[str]) -> set[str]:
    when = _date(day)
    return {r["name"] for r in RECORDS
            if r["country"] == country and r["role"] in roles
            and _interval(r)[0] <= when < _interval(r)[1]}


# (country, date, roles, expected name): hand-written from general knowledge.
HS, HG = "hs", "hg"
SPOT = [
    ("USA", "2012-06-01", HS, "Barack Obama"),
    ("USA", "2005-06-01", HS, "George W. Bush"),
    ("USA", "2019-06-01", HS, "Donald Trump"),
    ("USA", "2024-04-02", HS, "Joe Biden"),
    ("USA", "2025-06-01", HS, "Donald Trump"),
    ("CHN", "2010-06-01", HS, "Hu Jintao"),
    ("CHN", "2020-06-01", HS, "Xi Jinping"),
    ("CHN", "2001-06-01", HS, "Jiang Zemin"),
    ("CHN", "2015-06-01", HG, "Li Keqiang"),
    ("TWN", "2024-06-01", HS, "Lai Ching-te"),
    ("TWN", "2010-06-01", HS, "Ma Ying-jeou"),
    ("DEU", "2010-06-01", HG, "Angela Merkel"),
    ("DEU", "2023-06-01", HG, "Olaf Scholz"),
    ("FRA", "2009-06-01", HS, "Nicolas Sarkozy"),
    ("FRA", "2020-06-01", HS, "Emmanuel Macron"),
    ("GBR", "2005-06-01", HG, "Tony Blair"),
    ("GBR", "2017-06-01", HG, "Theresa May"),
    ("GBR", "2023-06-01", HS, "Charles III"),
    ("RUS", "2010-06-01", HS, "Dmitry Medvedev"),
    ("RUS", "2010-06-01", HG, "Vladimir Putin"),
    ("RUS", "2005-06-01", HS, "Vladimir Putin"),
    ("UKR", "2023-06-01", HS, "Volodymyr Zelensky"),
    ("JPN", "2024-04-02", HG, "Fumio Kishida"),
    ("JPN", "2015-06-01", HG, "Shinzo Abe"),
    ("IND", "2010-06-01", HG, "Manmohan Singh"),
    ("IND", "2020-06-01", HG, "Narendra Modi"),
    ("BRA", "2005-06-01", HS, "Luiz Inácio Lula da Silva"),
    ("BRA", "2020-06-01", HS, "Jair Bolsonaro"),
    ("ARG", "2024-06-01", HS, "Javier Milei"),
    ("MEX", "2021-06-01", HS, "Andrés Manuel López Obrador"),
    ("CAN", "2018-06-01", HG, "Justin Trudeau"),
    ("AUS", "2010-06-01", HG, "Kevin Rudd"),
    ("ZAF", "2015-06-01", HS, "Jacob Zuma"),
    ("NGA", "2016-06-01", HS, "Muhammadu Buhari"),
    ("KEN", "2010-06-01", HS, "Mwai Kibaki"),
    ("EGY", "2016-06-01", HS, "Abdel Fattah el-Sisi"),
    ("ETH", "2020-06-01", HG, "Abiy Ahmed"),
    ("SAU", "2010-06-01", HS, "Abdullah bin Abdulaziz Al Saud"),
    ("IRN", "2015-06-01", HS, "Ali Khamenei"),
    ("ISR", "2008-06-01", HG, "Ehud Olmert"),
    ("TUR", "2016-06-01", HS, "Recep Tayyip Erdoğan"),
    ("IDN", "2016-06-01", HS, "Joko Widodo"),
    ("PHL", "2024-04-02", HS, "Ferdinand Marcos Jr."),
    ("KOR", "2018-06-01", HS, "Moon Jae-in"),
    ("PRK", "2015-06-01", HS, "Kim Jong Un"),
    ("ITA", "2012-06-01", HG, "Mario Monti"),
    ("ESP", "2008-06-01", HG, "José Luis Rodríguez Zapatero"),
    ("POL", "2012-06-01", HG, "Donald Tusk"),
    ("VEN", "2010-06-01", HS, "Hugo Chávez"),
    ("CHL", "2007-06-01", HS, "Michelle Bachelet"),
    ("COL", "2005-06-01", HS, "Álvaro Uribe"),
    ("AFG", "2010-06-01", HS, "Hamid Karzai"),
    ("PAK", "2005-06-01", HS, "Pervez Musharraf"),
    ("VNM", "2020-06-01", HG, "Nguyễn Xuân Phúc"),
    ("NZL", "2020-06-01", HG, "Jacinda Ardern"),
    ("VAT", "2010-06-01", HS, "Benedict XVI"),
    ("VAT", "2020-06-01", HS, "Francis"),
    ("PSE", "2010-06-01", HS, "Mahmoud Abbas"),
    ("IRN", "2026-06-01", HS, "Mojtaba Khamenei"),
    ("VEN", "2026-06-01", HS, "Delcy Rodríguez"),
    ("CHL", "2026-06-01", HS, "José Antonio Kast"),
    ("MYS", "2020-06-01", HG, "Muhyiddin Yassin"),
    ("THA", "2012-06-01", HG, "Yingluck Shinawatra"),
    ("IRQ", "2010-06-01", HG, "Nouri al-Maliki"),
    ("GHA", "2010-06-01", HS, "John Atta Mills"),
    ("SEN", "2015-06-01", HS, "Macky Sall"),
    ("SWE", "2010-06-01", HG, "Fredrik Reinfeldt"),
    ("CHE", "2020-06-01", HS, "Simonetta Sommaruga"),
    ("FJI", "2010-06-01", HG, "Frank Bainimarama"),
]


@pytest.mark.parametrize(("country", "day", "which", "expected"), SPOT,
                         ids=[f"{c}-{d}-{w}" for c, d, w, _ in SPOT])
def test_spot_checks(country: str, day: str, which: str, expected: str) -> None:
    roles = HEAD_OF_STATE if which == HS else HEAD_OF_GOVERNMENT
    assert _holders(country, day, roles) == {expected}


def test_spot_checks_dated_roles() -> None:
    def roles_of(name: str, day: str) -> set[tuple[str, str, str]]:
        when = _date(day)
        return {(r["country"], r["role"], r["title"]) for r in RECORDS
                if r["name"] == name and _interval(r)[0] <= when < _interval(r)[1]}

    assert ("TWN", "president_elect", "President-elect") in roles_of("Lai Ching-te", "2024-04-02")
    assert ("TWN", "head_of_state", "President") in roles_of("Lai Ching-te", "2024-06-01")
    assert ("USA", "vice_head_of_state", "Vice President") in roles_of("Joe Biden", "2012-06-01")
    assert ("USA", "finance_minister", "Treasury Secretary") in roles_of("Janet Yellen",
                                                                        "2024-04-02")
    assert ("USA", "central_bank_governor", "Chair of the Federal Reserve") in roles_of(
        "Janet Yellen", "2016-06-01")
    assert ("USA", "foreign_minister", "Secretary of State") in roles_of("Antony Blinken",
                                                                        "2024-04-02")
    assert ("CHN", "foreign_minister", "Foreign Minister") in roles_of("Wang Yi", "2024-04-02")
    assert not roles_of("Wang Yi", "2023-03-01") & {("CHN", "foreign_minister",
                                                     "Foreign Minister")}
    assert ("CHN", "vice_head_of_state", "Vice President") in roles_of("Xi Jinping",
                                                                      "2010-06-01")
    assert roles_of("Jake Sullivan", "2024-04-02")
    assert roles_of("John Kirby", "2024-04-02")
    assert ("UNO", "igo_head", "Secretary-General") in roles_of("António Guterres", "2024-04-02")
    assert ("NATO", "igo_head", "Secretary General") in roles_of("Jens Stoltenberg",
                                                                "2020-06-01")


def test_every_un_member_has_a_head_listed() -> None:
    """Coverage guard: at least 180 UN members (plus TWN, PSE, XKX, VAT) have a head of
    state or government on 2024-01-01."""
    covered = {r["country"] for r in RECORDS
               if r["role"] in HEAD_OF_STATE | HEAD_OF_GOVERNMENT
               and _interval(r)[0] <= dt.date(2024, 1, 1) < _interval(r)[1]}
    assert {"TWN", "PSE", "XKX", "VAT"} <= covered
    assert len(covered) >= 180
