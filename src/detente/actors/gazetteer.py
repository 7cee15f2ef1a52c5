"""Country of a sub-national place name, from the gazetteer the ``places`` step uses
(``detente.geo``): used only when a place not in the actor dictionary acts as a participant."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

_KINDS = frozenset({"city", "admin1", "admin2", "country", "territory"})
# Areas that span countries ("the Sahel"): a name they likeliest denote names no one country.
_AREAS = frozenset({"region", "continent"})


# With a city this large (or a country or province) of the very name asked for, places only
# once known by that name are left out.
OWN_NAME_CITY = 100_000


def place_country(name: str, min_population: int = 0,
                  dateline: tuple[str, str] | None = None,
                  story: str | None = None,
                  qualifier: str | None = None) -> tuple[str, str] | None:
    """(ISO alpha-3, place id) of the likeliest place called ``name``, if any.

    ``min_population`` keeps only cities at least that large (states and countries always
    count): a name tagged as a person is read as a place only when the place is well known.
    ``dateline``: the story's dateline (country, place name); the place it names is the one in
    that country ("BIRMINGHAM, Ala." ... "a Birmingham clinic" is not England's).
    ``story``: the story's dominant country (else the dateline's); a place of that very name
    there is the one meant ("Reinosa" in a story about Spain is not Mexico's Reynosa, once called
    so), and a province or state of that name there comes before a town abroad.
    ``qualifier``: the country of a state or province named after a comma ("Portsmouth, N.H.",
    ``comma_qualifier``); a place there of that name is the one meant, before any other cue.
    """
    from detente.geo.gazetteer import gazetteer, normalise

    g = gazetteer()
    every = g.candidates(name)
    areas = [e for e in every if e.kind in _AREAS and e.country is None]
    found = [e for e in every if e.kind in _KINDS and e.country
             and (e.kind != "city" or e.population >= min_population)]
    if not found:
        return None
    qualified = [e for e in found if e.country == qualifier]
    if story is None and dateline is not None:
        story = dateline[0]  # a story naming no country is set where its dateline is
    if qualified:
        found = qualified
    elif dateline is not None and name.lower() == dateline[1].lower():
        found = [e for e in found if e.country == dateline[0]] or found
    elif story is not None:
        key = normalise(name)  # "Parana" is "Paraná"
        home = [e for e in every if e.kind in _KINDS and e.country == story
                and normalise(e.name) == key]
        # however small, a town of the story's country bearing the very name is the one
        # meant, unless a large place elsewhere bears it too ("London" in a Canadian story);
        # a province or state of the story's country is meant before any town elsewhere
        # ("Parana" in a Brazilian story is the state, not Argentina's city)
        if any(e.kind == "admin1" for e in home) or not any(
                e.country != story and e.name.casefold() == name.casefold()
                and (e.kind != "city" or e.population >= OWN_NAME_CITY) for e in found):
            found = home or found
    # a large place of that very name before one it was once called ("Philadelphia" is not
    # Amman, whose ancient name it was)
    own = [e for e in found if e.name.casefold() == name.casefold()]
    if any(e.kind != "city" or e.population >= OWN_NAME_CITY for e in own):
        found = own
    best = max(found, key=g.prior)
    if areas and max(map(g.prior, areas)) > g.prior(best):
        return None  # "the Sahel" spans countries: not its namesake province in Burkina Faso
    assert best.country is not None
    return best.country, f"{best.kind}:{best.country}:{best.name}"


def comma_qualifier(doc: Doc, end: int) -> str | None:
    """The country of the state or province a place name ending at token ``end`` is qualified by
    after a comma ("Portsmouth, N.H.", "Athens, Georgia", "Birmingham, Ala."), if any."""
    from detente.geo.resolve import qualifier_entry

    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
        return None
    words = [doc[end + 1].text]
    if end + 2 < len(doc) and doc[end + 2].text[:1].isupper():
        words.append(doc[end + 2].text)  # "New Hampshire"
    for n in range(len(words), 0, -1):
        entry = qualifier_entry(" ".join(words[:n]))
        if entry is not None and entry.kind == "admin1":
            return entry.country
    return None


# A city this large that the tagger calls a place is that place, though it is someone's surname.
BIG_CITY = 1_000_000


def big_city(name: str) -> bool:
    """Whether ``name`` is a city of at least ``BIG_CITY`` people ("Lagos")."""
    from detente.geo.gazetteer import gazetteer

    return any(e.kind == "city" and e.population >= BIG_CITY for e in gazetteer().candidates(name))


@functools.cache
def namesake_divisions(name: str) -> tuple[tuple[str, str], ...]:
    """(country, admin1 code) of the provinces or states elsewhere that bear the very name of a
    country ("georgia": the US state), for a lower-cased country name."""
    from detente.geo.gazetteer import gazetteer

    every = gazetteer().candidates(name)
    countries = {e.country for e in every if e.kind == "country"}
    return tuple((e.country, e.admin1) for e in every if e.kind == "admin1" and e.country
                 and e.admin1 and e.country not in countries and e.name.lower() == name)


# bounded: the names asked are any run of proper nouns in the stories that need it
@functools.lru_cache(maxsize=4096)
def biggest_namesake(name: str) -> tuple[str, str] | None:
    """(country, admin1 code) of the most populous town or county called ``name``, if any."""
    from detente.geo.gazetteer import gazetteer

    local = [e for e in gazetteer().candidates(name) if e.kind in ("city", "admin2")
             and e.name.casefold() == name.casefold() and e.country and e.admin1]
    top = max(local, key=lambda e: e.population, default=None)
    return (top.country, top.admin1) if top is not None and top.country and top.admin1 else None
