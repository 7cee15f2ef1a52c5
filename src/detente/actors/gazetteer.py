"""Country of a sub-national place name, from the gazetteer the ``places`` step uses
(``detente.geo``): used only when a place not in the actor dictionary acts as a participant."""

from __future__ import annotations

_KINDS = frozenset({"city", "admin1", "admin2", "country", "territory"})


def place_country(name: str, min_population: int = 0) -> tuple[str, str] | None:
    """(ISO alpha-3, place id) of the likeliest place called ``name``, if any.

    ``min_population`` keeps only cities at least that large (states and countries always
    count): a name tagged as a person is read as a place only when the place is well known.
    """
    from detente.geo.gazetteer import gazetteer

    g = gazetteer()
    found = [e for e in g.candidates(name) if e.kind in _KINDS and e.country
             and (e.kind != "city" or e.population >= min_population)]
    if not found:
        return None
    best = max(found, key=g.prior)
    assert best.country is not None
    return best.country, f"{best.kind}:{best.country}:{best.name}"
