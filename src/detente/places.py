"""Places: toponyms resolved with a packaged gazetteer, and the location of each event.

The step finds toponyms (``detente.geo.toponyms``), resolves each against the gazetteer in the
article's context (``detente.geo.resolve``; here the rounds in which the article's names
support each other) and appends ``Place`` records with exact original-text spans; unresolved
toponyms are kept with a reason. ``location_for`` gives an event the place named in its
governing clause, never a default.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.actors.context import story_guess
from detente.document import ArticleDoc, CharMask, Sentence
from detente.geo.gazetteer import Entry, gazetteer, normalise
from detente.geo.resolve import (
    ALTERNATIVE_WEIGHT,
    MAX_ALTERNATIVES,
    Context,
    Nearby,
    Resolution,
    qualifier_entry,
    resolve,
    unambiguous,
)
from detente.geo.source import publication_country
from detente.geo.toponyms import Toponym, find_toponyms
from detente.records import Location, Place

__all__ = ["Toponym", "dateline_entry", "extract_places", "find_toponyms", "location_for",
           "resolve_place", "resolve_toponyms"]

# Prepositions that put an event somewhere ("from" gives an origin, not the event's place).
LOCATIVE_PREPS = {"in", "at", "to", "near", "into", "inside", "outside", "across", "throughout",
                  "within", "toward", "towards", "around", "off", "onto"}
AREA_PREPS = {"on", "over"}  # only for areas: "on the Korean Peninsula", "over the Taiwan Strait"
AREA_KINDS = {"water", "region", "continent"}
# Verbs whose direct object is where the event happens.
PLACE_OBJECT_VERBS = {"visit", "tour", "enter", "reach", "revisit", "patrol", "cross", "leave"}
# A site under a country's domain reports mostly on that country: as much as one mention.
PUBLICATION_WEIGHT = 1.0
ROUNDS = 3  # resolution rounds: context alone, then twice with the other names' readings


# --------------------------------------------------------------------------- resolution


def dateline_entry(adoc: ArticleDoc) -> Entry | None:
    """The gazetteer entry of the dateline's place ("MAR DEL PLATA, Argentina" -> Mar del Plata;
    "ATHENS, Ga." -> Athens, Georgia: the part after the comma qualifies the place)."""
    return dateline_place(adoc.article.dateline) if adoc.article.dateline else None


def dateline_place(dateline: str) -> Entry | None:
    """The gazetteer entry of the place a dateline's text names (see ``dateline_entry``)."""
    parts = [p.split("(")[0].strip() for p in dateline.split(",")]
    if not parts[0]:
        return None
    qualifier = qualifier_entry(parts[1]) if len(parts) > 1 and parts[1] else None
    res = resolve(parts[0].title(), Context(), qualifier=qualifier)
    return res.entry


def _base_context(adoc: ArticleDoc, toponyms: list[Toponym]) -> Context:
    g = gazetteer()
    ctx = Context()
    published_in = publication_country(adoc.article.url, g)
    if published_in is not None:
        ctx.add_country(published_in, PUBLICATION_WEIGHT)
    dl = dateline_entry(adoc)
    if dl is not None:
        ctx.add_entry(dl, 2.0)
    spans = CharMask(len(adoc.article.text))
    for t in toponyms:
        spans.add(t.span)
    # A person whose country the actors step took from the story (the dateline, the dominant
    # country), and every later mention of them, is no evidence of its own.
    contextual = {id(m.actor) for m in adoc.mentions if story_guess(m.reason)}
    for m in adoc.mentions:
        actor = m.actor
        # People's countries only: a country read off a place name ("the Atlanta agency") is
        # the very ambiguity being resolved here.
        if actor is None or actor.kind != "person" or actor.country not in g.countries:
            continue
        if id(actor) in contextual or (actor.id is None and actor.title is None):
            continue  # an untitled unknown name's country is the actors step's story guess
        # "Paris said": the actor's country comes from the very name being resolved.
        if spans.overlaps(m.span):
            continue
        ctx.add_country(actor.country, 0.5)
    for t in toponyms:
        top = t.qualifier or unambiguous(t.text)
        if top is not None:
            ctx.add_entry(top)
    return ctx


def _key(t: Toponym) -> tuple[str, str | None, bool]:
    return (normalise(t.text), t.qualifier.key if t.qualifier else None, t.state_cue)


def resolve_toponyms(adoc: ArticleDoc, toponyms: list[Toponym]) -> dict[tuple[str, str | None, bool], Resolution]:
    """Resolve each distinct toponym once (one sense per article), in rounds: the first on the
    article's context alone, each later one adding what the other names resolved to in the
    round before (the state a city lies in, the towns near it)."""
    base = _base_context(adoc, toponyms)
    distinct: dict[tuple[str, str | None, bool], Toponym] = {}
    for t in toponyms:
        distinct.setdefault(_key(t), t)
    units = {k: _units(t.text) for k, t in distinct.items()}
    current = {k: resolve(t.text, base, qualifier=t.qualifier, state_cue=t.state_cue) for k, t in distinct.items()}
    first = current
    # The dateline's town is where a local story happens: its neighbours are the likely readings.
    dl = dateline_entry(adoc)
    dateline = [[(dl, 1.0)]] if dl is not None else []
    for _ in range(ROUNDS - 1):
        readings = {k: _readings(t.text, current[k]) for k, t in distinct.items()}
        following: dict[tuple[str, str | None, bool], Resolution] = {}
        for k, t in distinct.items():
            ctx = Context(base.countries.copy(), base.admin1.copy())
            for other, res in first.items():
                if _other_name(other[0], k[0]) and res.entry is not None:
                    ctx.add_entry(res.entry, 0.5)
            seen: set[str] = set()
            for other, unit_set in units.items():
                if _other_name(other[0], k[0]) and other[0] not in seen:
                    seen.add(other[0])
                    ctx.support.update(unit_set)
            ctx.nearby = Nearby.of([r for other, r in readings.items() if _other_name(other[0], k[0])]
                                   + dateline)
            following[k] = resolve(t.text, ctx, qualifier=t.qualifier, state_cue=t.state_cue)
        if following == current:
            break
        current = following
    return current


def _other_name(other: str, name: str) -> bool:
    """Whether ``other`` (a normalised name) is another name than ``name``, not the same one
    or one containing it ("Hanover Town Hall" lends "Hanover" no support)."""
    return other != name and f" {name} " not in f" {other} " and f" {other} " not in f" {name} "


def _readings(name: str, chosen: Resolution) -> list[tuple[Entry, float]]:
    """A name's readings weighted for the proximity of others: its first-round choice fully,
    the other local readings less (none for a name with very many, or read as a country or
    state)."""
    if chosen.entry is None:
        return []
    out = [(chosen.entry, 1.0)]
    cands = gazetteer().candidates(name)
    # "California" read as the state lends no support to the town of California, Pa.
    if chosen.entry.kind in {"city", "admin2"} and len(cands) <= MAX_ALTERNATIVES:
        out += [(e, ALTERNATIVE_WEIGHT) for e in cands if e is not chosen.entry]
    return out


def _units(name: str) -> set[tuple[str, str]]:
    """The first-level units (country, admin1) where a name could lie (small places only: a
    country or state name says little about which town is meant; nor does a name borne by
    towns all over)."""
    out: set[tuple[str, str]] = set()
    cands = gazetteer().candidates(name)
    if len(cands) > MAX_ALTERNATIVES:
        return out
    for e in cands:
        if e.kind in {"city", "admin2"} and e.country and e.admin1:
            out.add((e.country, e.admin1))
    return out


def place_of(t: Toponym, res: Resolution) -> Place:
    e = res.entry
    if e is None:
        return Place(t.text, t.span, t.sentence_index, None, None, None, None, None, reason=res.reason)
    return Place(t.text, t.span, t.sentence_index, e.name, e.country, e.lat, e.lon, e.kind,
                 reason=f"{t.source}; {res.reason}")


def extract_places(adoc: ArticleDoc) -> None:
    """Find toponyms and append them to ``adoc.places`` (resolved, or with a reason)."""
    toponyms = find_toponyms(adoc)
    if not toponyms:
        return
    resolutions = resolve_toponyms(adoc, toponyms)
    for t in toponyms:
        adoc.places.append(place_of(t, resolutions[_key(t)]))


def resolve_place(name: str, context_names: Iterable[str] = (), qualifier: str | None = None) -> Place:
    """Resolve one place name outside an article (e.g. a caption's), optionally with other
    names as context and a qualifier ('Texas' for 'Paris')."""
    ctx = Context()
    for other in context_names:
        top = unambiguous(other) or resolve(other, Context()).entry
        if top is not None:
            ctx.add_entry(top)
    q = qualifier_entry(qualifier) if qualifier else None
    t = Toponym(name, (0, len(name)), -1, "direct", qualifier=q)
    return place_of(t, resolve(name, ctx, qualifier=q))


# --------------------------------------------------------------------------- event locations


def _place_head(sentence: Sentence, place: Place) -> Token | None:
    toks = [t for t in sentence.span if place.span[0] <= sentence.offset + t.idx < place.span[1]]
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else toks[-1]


def _governed(predicate: Token) -> dict[int, str]:
    """Tokens whose prepositional phrases belong to the predicate's clause, with a label."""
    out = {predicate.i: "predicate"}
    for child in predicate.children:
        if child.dep_ in {"dobj", "attr", "oprd", "xcomp", "acomp", "npadvmod", "advcl"} and child.pos_ in {"NOUN", "VERB", "PROPN", "ADJ"}:
            if child.dep_ == "advcl" and child.pos_ != "VERB":
                continue
            out[child.i] = f"'{child.text}' ({child.dep_} of predicate)"
    return out


def location_for(adoc: ArticleDoc, sentence: Sentence, token: Token) -> tuple[Location | None, str]:
    """The location of the event whose predicate is ``token``: a resolved place attached to the
    predicate's clause by a locative preposition or as the object of a visit-type verb."""
    places = [p for p in adoc.places_in(sentence) if p.lat is not None]
    if not places:
        return None, "no place in the governing clause"
    governed = _governed(token)
    best: tuple[int, Place, str] | None = None
    for place in places:
        head = _place_head(sentence, place)
        if head is None:
            continue
        node = head
        # "in the Chinese capital Beijing", "in Guangzhou, southern China": climb to the phrase head.
        while node.dep_ in {"appos", "compound", "conj", "nmod"} and node.head.i != node.i:
            node = node.head
        reason = None
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            word = prep.lower_
            ok = word in LOCATIVE_PREPS or (word in AREA_PREPS and place.feature in AREA_KINDS)
            if ok and prep.head.i in governed:
                where = governed[prep.head.i]
                reason = (f"pobj of '{word}' attached to predicate" if where == "predicate"
                          else f"pobj of '{word}' attached to {where}")
        elif node.dep_ in {"dobj", "npadvmod"} and node.head.i in governed:
            verb = node.head
            if verb.lemma_.lower() in PLACE_OBJECT_VERBS:
                reason = f"object of '{verb.lemma_}'"
        if reason is None:
            continue
        distance = abs(head.i - token.i)
        if best is None or distance < best[0]:
            best = (distance, place, reason)
    if best is None:
        return None, "no place in the governing clause"
    _, place, reason = best
    return Location(place.name or place.text, place.country, place.lat, place.lon, place.feature,
                    place.text, place.span), reason
