"""Convert CountryInfo's leader lists into detente's dated roles (people_heads_countryinfo.tsv).

Usage: python scripts/convert_leaders.py ../shared/reference/actors/countryinfo_leaders.csv \
           > src/detente/data/actors/people_heads_countryinfo.tsv

CountryInfo (CC BY-SA 3.0, the source of the Phoenix dictionaries) lists each country's leaders
with dates up to about 2011-2014, but its title labels are unreliable ("Presidents" for French
prime ministers, Soviet and Russian offices mixed). So the rows of a country are split into
chains (a new chain where a row starts before the previous one ends), and each chain takes the
role that our own table (people_heads.tsv, written by hand) gives to the people it shares with
the chain: a chain holding Chirac and Sarkozy is the French head of state, one holding Raffarin
and Fillon the head of government. Chains that share nobody with our table (governors of
dependencies, offices of the Soviet Union, vice presidents) are dropped. The roles are then
clipped to the periods our table leaves uncovered (our table wins), from 1990-01-01 on, and
open-ended rows end on the date of the CountryInfo file (2014-01-30). Only facts (names, dates,
offices) are kept, in our own format.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from detente.actors.data import (  # noqa: E402
    PEOPLE_COLUMNS,
    Person,
    data_dir,
    load_builtin,
    load_vacancies,
    parse_people,
    read_tsv,
)

OUT_NAME = "people_heads_countryinfo.tsv"
EARLIER_NAME = "people_1980s.tsv"

FLOOR = dt.date(1990, 1, 1)
FILE_DATE = dt.date(2014, 1, 30)
HEADS = ("head_of_state", "head_of_government", "head_of_state_and_government")
FAMILY = {"head_of_state": {"head_of_state", "head_of_state_and_government"},
          "head_of_government": {"head_of_government", "head_of_state_and_government"},
          "head_of_state_and_government": {"head_of_state", "head_of_government",
                                           "head_of_state_and_government"}}
HEADER = """\
# Heads of state and government from 1990 on, converted by scripts/convert_leaders.py from CountryInfo
# (countryinfo_leaders.csv: CountryInfo.txt of the Computational Event Data System Project, Parus Analytics,
# CC BY-SA 3.0; distributed with the Phoenix dictionaries of Open Event Data, MIT). Facts only (names, offices,
# dates), in our format; regenerate with the script, do not edit by hand (hand-written facts go to people_heads.tsv,
# which wins: these rows only fill the periods it leaves uncovered).
# The role of each CountryInfo chain of leaders is the one people_heads.tsv gives to the people both share; rows
# that CountryInfo leaves open end on the file's date (2014-01-30). Names are CountryInfo's, in title case.
person_id\tname\taliases\tgender\tcountry\tsector\trole\ttitle\tstart\tend
"""


@dataclass(slots=True)
class Row:
    country: str
    names: list[str]
    start: dt.date
    end: dt.date | None  # None: open (still in office when the file was made)


def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_dates(text: str) -> tuple[dt.date, dt.date | None] | None:
    text = text.strip()
    m = re.fullmatch(r"(\d{8}) - (\d{8})", text)
    if m:
        s, e = parse_date(m.group(1)), parse_date(m.group(2))
        return (s, e) if s and e and s < e else None
    m = re.fullmatch(r">(\d{8})", text)
    if m:
        s = parse_date(m.group(1))
        return (s, None) if s else None
    return None  # "<date" rows have no start: unusable for dated roles


def nice(raw: str) -> str:
    words = [w for w in raw.strip("_").split("_") if w]
    return " ".join(w if w.isupper() and len(w) <= 2 and w.endswith(".") else w.title()
                    for w in words)


def names_of(cell: str) -> list[str]:
    parts = re.findall(r"\{([^}]*)\}", cell) or [cell]
    return list(dict.fromkeys(nice(p) for p in parts if p.strip("_")))


def fold(name: str) -> set[str]:
    """The name's words (ASCII, upper case) but its first: surnames and family names."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    words = [w for w in re.split(r"[^A-Z]+", text) if w]
    return {w for w in words[1:] or words if len(w) > 2}


def read_rows(path: str) -> dict[str, list[Row]]:
    by_country: dict[str, list[Row]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["source"] != "Leaders" or not re.fullmatch(r"[A-Z]{3}", r["country"]):
                continue
            dates = parse_dates(r["dates"])
            names = names_of(r["name"])
            if dates is None or not names:
                continue
            by_country[r["country"]].append(Row(r["country"], names, dates[0], dates[1]))
    return by_country


def chains(rows: list[Row]) -> list[list[Row]]:
    out: list[list[Row]] = []
    for row in rows:
        last = out[-1][-1] if out else None
        if last is None or row.start < last.start or (
                last.end is None or row.start < last.end - dt.timedelta(days=7)):
            out.append([row])
        else:
            out[-1].append(row)
    return out


def anchor(row: Row, ours: list[tuple[Person, str, dt.date, dt.date]]) -> tuple[Person, str] | None:
    """Our person (and role) sharing a name word and most of the period with ``row``."""
    end = row.end or FILE_DATE
    words = set().union(*(fold(n) for n in row.names))
    best = None
    for person, role, s, e in ours:
        overlap = (min(end, e) - max(row.start, s)).days
        if overlap <= 0 or not words & set().union(*(fold(n) for n in (person.name, *person.aliases))):
            continue
        if overlap * 2 >= min((end - row.start).days, (e - s).days) and (
                best is None or overlap > best[0]):
            best = (overlap, person, role)
    return (best[1], best[2]) if best else None


def minus(span: tuple[dt.date, dt.date], covered: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    pieces = [span]
    for cs, ce in covered:
        nxt = []
        for s, e in pieces:
            if ce <= s or cs >= e:
                nxt.append((s, e))
                continue
            if s < cs:
                nxt.append((s, cs))
            if ce < e:
                nxt.append((ce, e))
        pieces = nxt
    return [(s, e) for s, e in pieces if (e - s).days >= 1]


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def convert(path: str) -> list[list[str]]:
    d = load_builtin()
    hand: dict[str, Person] = {}  # our hand-written tables only, not this script's last output
    for table in sorted(data_dir().glob("people_*.tsv")):
        # the 1980s table ends where CountryInfo's rows begin (1990): its older titles would
        # re-anchor CountryInfo's chains ("Chairman of the Revolutionary Council" for Kabul's
        # presidents), so it takes no part
        if table.name not in (OUT_NAME, EARLIER_NAME):
            parse_people(read_tsv(table, columns=PEOPLE_COLUMNS), d.codes(), hand)
    vacant: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for v in load_vacancies():
        vacant[v.country].append((v.office, v.start, v.end or dt.date.max))
    ours: dict[str, list[tuple[Person, str, dt.date, dt.date]]] = defaultdict(list)
    titles: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for p in hand.values():
        for r in p.roles:
            if r.role in HEADS or r.role == "vice_head_of_state":
                ours[r.country].append((p, r.role, r.start or dt.date.min, r.end or dt.date.max))
                titles[(r.country, r.role)][r.title] += 1
    ids = set(hand)
    emitted: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    out: list[list[str]] = []
    for country, rows in sorted(read_rows(path).items()):
        if country not in d.countries:
            continue
        for chain in chains(rows):
            found = [(row, anchor(row, ours[country])) for row in chain]
            roles = Counter(a[1] for _, a in found if a is not None)
            if not roles:
                continue
            role = roles.most_common(1)[0][0]
            if role not in HEADS:
                continue
            title = titles[(country, role)].most_common(1)[0][0]
            offices = {"head_of_state": {"hos"}, "head_of_government": {"hog"}}.get(role, {"hos", "hog"})
            for row, hit in found:
                span = (max(row.start, FLOOR), row.end or FILE_DATE)
                if span[0] >= span[1]:
                    continue
                # ours, documented vacancies and what this run already emitted: never two heads
                covered = sorted([(s, e) for _, r, s, e in ours[country] if r in FAMILY[role]]
                                 + [(s, e) for o, s, e in vacant[country] if o in offices]
                                 + [x for f in FAMILY[role] for x in emitted[(country, f)]])
                for s, e in minus(span, covered):
                    emitted[(country, role)].append((s, e))
                    if hit is not None:
                        person_id, name, aliases = hit[0].id, hit[0].name, ""
                    else:
                        name, aliases = row.names[0], "|".join(row.names[1:])
                        person_id = slug(name)
                        if person_id in ids and not any(
                                r.country == country for r in hand[person_id].roles) and \
                                fold(hand[person_id].name) != fold(name):
                            person_id = f"{person_id}-{country.lower()}"
                    out.append([person_id, name, aliases, "", country, "GOV", role, title,
                                s.isoformat(), e.isoformat()])
    return out


def main() -> None:
    rows = convert(sys.argv[1])
    sys.stdout.write(HEADER)
    for r in rows:
        sys.stdout.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
