"""Toponym detection: where an article names places.

spaCy GPE/LOC/FAC entities (trimmed, split on commas), curated names spaCy missed (countries,
states, water bodies, regions, the actor dictionary's place names), places spaCy labelled
otherwise (a country tagged ORG, "Laurel County Sheriff's Office", a town after "near"), and
every other occurrence of a name found as a place (one sense per article). Qualifiers ("Paris,
Texas") and cues ("Washington state") are attached for the resolver.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.document import ArticleDoc, CharMask, Sentence
from detente.geo.gazetteer import Entry, gazetteer, normalise
from detente.geo.resolve import qualifier_entry, unambiguous
from detente.records import Span

log = logging.getLogger(__name__)

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
_MAX_CURATED_TOKENS = 4
WELL_KNOWN_CITY = 50_000  # population above which a city name inside an ORG counts as a place
NORP_CITY = 100_000  # a NORP entity that is exactly the own name of a city this big is the city
# Words after a place name that make an organisation local ("Edmonton Police Service").
CIVIC_WORDS = {"police", "county", "city", "council", "department", "board", "school", "schools",
               "sheriff", "fire", "hospital", "university", "college", "public", "municipal",
               "township", "chamber", "court", "library", "airport", "zoo", "museum", "community",
               "high", "district", "transit", "port", "state", "regional", "metropolitan", "mayor",
               "government", "assembly", "legislature", "parliament", "province", "provincial"}
_CURATED_KINDS = {"country", "territory", "admin1", "water", "region", "continent"}


@dataclass(slots=True)
class Toponym:
    """A toponym occurrence before resolution."""

    text: str
    span: Span
    sentence_index: int
    source: str  # ner:GPE | curated | actors
    qualifier: Entry | None = None
    state_cue: bool = False


def _trim(span: SpacySpan) -> SpacySpan | None:
    """Drop a leading article and a trailing possessive or punctuation from an entity."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a"}:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _split_on_commas(span: SpacySpan) -> list[SpacySpan]:
    parts: list[SpacySpan] = []
    start = span.start
    for tok in span:
        if tok.text == ",":
            if tok.i > start:
                parts.append(span.doc[start : tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


@lru_cache(maxsize=1)
def _extra_names() -> frozenset[str]:
    """Place names exposed by the actor dictionary, when the actors module offers them (read
    once per process: the dictionary does not change)."""
    try:
        from detente import actors

        fn = getattr(actors, "place_names", None)
        names = fn() if callable(fn) else None
        if isinstance(names, Iterable) and not isinstance(names, str | bytes):
            return frozenset(normalise(str(n)) for n in names if str(n).strip())
        # Otherwise the country entries of the actor dictionary: names, aliases, capitals.
        lex = getattr(actors, "lexicon", None)
        countries = lex().dictionary.countries.values() if callable(lex) else ()
        out: set[str] = set()
        for c in countries:
            for n in (getattr(c, "name", None), *getattr(c, "aliases", ()), *getattr(c, "capitals", ())):
                if isinstance(n, str) and len(n) > 2:
                    out.add(normalise(n))
        return frozenset(out)
    except Exception as err:  # the actors module is optional here: never let it break places
        log.debug("actor place names unavailable: %s", err)
    return frozenset()


def _curated(key: str, extra: frozenset[str]) -> bool:
    if key in extra:
        return True
    return any(e.kind in _CURATED_KINDS and not e.approximate for e in gazetteer().candidates(key))


def _sentence_spans(adoc: ArticleDoc, sent: Sentence, extra: frozenset[str]) -> list[tuple[SpacySpan, str]]:
    spans: list[tuple[SpacySpan, str]] = []
    taken: set[int] = set()
    for ent in adoc.ents_in(sent):
        taken.update(range(ent.start, ent.end))
        if ent.label_ not in TOPONYM_LABELS:
            named = _place_in_other_entity(ent)
            if named is not None:
                spans.append((named, f"ner:{ent.label_}-as-place"))
            elif _locative_town(ent):
                spans.append((ent, f"ner:{ent.label_}-in-locative-slot"))
            else:
                spans += [(part, f"ner:{ent.label_}-coordinated-towns") for part in _coordinated_towns(ent)]
                tail = _place_after_in(ent)
                if tail is not None:
                    spans.append((tail, f"ner:{ent.label_}-ends-in-place"))
            continue
        trimmed = _trim(_abbreviation_completed(ent))
        if trimmed is None or not any(t.text[:1].isupper() for t in trimmed):
            continue
        taken.update(range(trimmed.start, trimmed.end))
        for part in _split_on_commas(trimmed):
            if len(part) > 1 and not gazetteer().candidates(part.text):
                head = _leading_place(part)
                if head is not None:
                    spans.append((head, f"ner:{ent.label_}-prefix"))
                    continue
            spans.append((part, f"ner:{ent.label_}"))
    # Capitalised names spaCy did not tag as any entity: keep only curated, unambiguous kinds.
    doc = sent.span.doc
    i = sent.span.start
    while i < sent.span.end:
        if i in taken or not doc[i].text[:1].isupper() or doc[i].is_sent_start and doc[i].pos_ != "PROPN":
            i += 1
            continue
        found = None
        for n in range(min(_MAX_CURATED_TOKENS, sent.span.end - i), 0, -1):
            if any(j in taken for j in range(i, i + n)):
                continue
            cand = doc[i : i + n]
            if not cand[-1].text[:1].isupper() and cand[-1].text not in {"."}:
                continue
            key = normalise(cand.text)
            if key and _curated(key, extra):
                found = cand
                break
        if found is not None:
            spans.append((found, "curated" if normalise(found.text) not in extra else "actors"))
            i = found.end
        else:
            i += 1
    return spans


_NAME_ABBREVIATIONS = {"st.", "ste.", "mt.", "ft.", "pt."}


def _abbreviation_completed(ent: SpacySpan) -> SpacySpan:
    """An entity cut after an abbreviated name word ("Fort St." before "John", which the model
    read as a person) with the next capitalised word, when the whole is a gazetteer name."""
    doc = ent.doc
    if ent[-1].lower_ not in _NAME_ABBREVIATIONS or ent.end >= len(doc) or not doc[ent.end].text[:1].isupper():
        return ent
    longer = doc[ent.start : ent.end + 1]
    return longer if gazetteer().candidates(longer.text) else ent


# Words before a name that make it a place: "in Ocilla", "near Tifton", "outside Moultrie".
_LOCATIVE_BEFORE = {"in", "near", "outside", "from", "to", "at", "between", "around", "toward",
                    "towards", "into", "through", "downtown", "suburban"}


def _locative_town(ent: SpacySpan) -> bool:
    """A PERSON/ORG entity of one or two words that is the own name of a town or county and
    sits in a place slot: after a locative preposition ("in Ocilla") or before a comma and a
    state ("Fitzgerald, Ga.")."""
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) > 2 or not all(t.text[:1].isupper() for t in ent):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after_state = (ent.end + 1 < len(doc) and doc[ent.end].text == ","
                   and normalise(doc[ent.end + 1].text) in gazetteer().state_abbrev)
    if before not in _LOCATIVE_BEFORE and not after_state:
        return False
    return _own_town_name(ent.text)


def _place_after_in(ent: SpacySpan) -> SpacySpan | None:
    """The place an ORG entity ends with after "in" ("the Children's Hospital of Manitoba in
    Winnipeg"): a town's own name or a curated one."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    for n in (2, 1):
        tail = ent[len(ent) - n :]
        if ent[len(ent) - n - 1].lower_ != "in" or not all(t.text[:1].isupper() for t in tail):
            continue
        if _well_known(tail.text, cities=False) or _own_town_name(tail.text, frozenset({"city"})):
            return tail
    return None


def _coordinated_towns(ent: SpacySpan) -> list[SpacySpan]:
    """The towns of a PERSON/ORG entity that joins town names with "and" / "or" in a locative
    slot ("south to Ingham or Townsville"): every part must be a town's own name."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.start == 0 or doc[ent.start - 1].lower_ not in _LOCATIVE_BEFORE:
        return []
    parts: list[SpacySpan] = []
    start = ent.start
    for tok in [*ent, None]:
        if tok is None or tok.lower_ in {"and", "or"}:
            end = tok.i if tok is not None else ent.end
            if end <= start:
                return []
            parts.append(doc[start:end])
            start = end + 1
    if len(parts) < 2:
        return []
    for part in parts:
        if len(part) > 2 or not all(t.text[:1].isupper() for t in part) or not _own_town_name(part.text):
            return []
    return parts


def _well_known(text: str, cities: bool = True) -> bool:
    """A name that is a country, territory, state/province, county, continent, water body or
    region, or (with ``cities``) a city big enough to be the usual reading of the name."""
    key = normalise(text)
    for e in gazetteer().candidates(text):
        if e.kind in _CURATED_KINDS and not e.approximate:
            return True
        if e.kind == "admin2" and key.endswith((" county", " parish")):
            return True
        if cities and e.kind == "city" and e.population >= WELL_KNOWN_CITY and normalise(e.name) == key:
            return True
    return False


_TOWN_KINDS = frozenset({"city", "admin2"})


def _own_town_name(text: str, kinds: frozenset[str] = _TOWN_KINDS, population: int = 0) -> bool:
    """Is ``text`` the own name (not an alternate) of a feature of ``kinds`` (towns and counties
    by default) with at least ``population`` people?"""
    key = normalise(text)
    return any(e.kind in kinds and e.population >= population and normalise(e.name) == key
               for e in gazetteer().candidates(text))


def _place_in_other_entity(ent: SpacySpan) -> SpacySpan | None:
    """A place spaCy labelled otherwise: an ORG/NORP/PERSON entity that is exactly a country,
    state, county or region name ("Canada" tagged ORG), or an ORG that starts with one, or with a
    big city's name followed by a civic word ("Edmonton Police Service", "Kentucky State Police")."""
    if ent.label_ not in {"ORG", "NORP", "PERSON"}:
        return None
    trimmed = _trim(ent)
    if trimmed is None:
        return None
    if ent.label_ == "NORP" and normalise(trimmed.text) in gazetteer().demonyms:
        return None
    # A surname or a company can bear a city's name ("Paterson", "Toyota"): curated kinds only.
    if _well_known(trimmed.text, cities=False):
        return trimmed
    if ent.label_ == "NORP" and not trimmed.text.isupper() and _own_town_name(trimmed.text, frozenset({"city"}), NORP_CITY):
        return trimmed  # "Don't forget Aleppo!": the small model reads some cities as groups
    if ent.label_ != "ORG":
        return None
    return _leading_place(trimmed)


def _leading_place(span: SpacySpan) -> SpacySpan | None:
    """The place name an organisation or facility name starts with ("Laurel County" in "Laurel
    County Sheriff's Office"); a city's name only before a civic word."""
    for n in range(min(3, len(span) - 1), 0, -1):
        head = span[:n]
        if not all(t.text[:1].isupper() for t in head):
            continue
        civic = any(t.lower_ in CIVIC_WORDS for t in span[n:])
        if _well_known(head.text, cities=civic):
            return head
    return None


# State offices after a name ("New York Gov. Andrew Cuomo", "Florida Senator Marco Rubio").
_STATE_OFFICES = {"gov", "governor", "sen", "senator", "legislature", "lawmakers", "lt"}


_SAINT_WORDS = {"st.", "st", "saint"}
_CHURCH_WORDS = {"church", "cathedral", "chapel", "basilica", "parish", "monastery", "abbey"}


def _dedication(span: SpacySpan) -> bool:
    """A saint a church is named after, not a town: "the church of St. Peter and St. Paul",
    "the Saint Peter and Saint Paul Coptic Orthodox Church"."""
    doc = span.doc
    if span[0].lower_ not in _SAINT_WORDS:
        return False
    paired = (span.end + 1 < len(doc) and doc[span.end].lower_ == "and"
              and doc[span.end + 1].lower_ in _SAINT_WORDS)
    of_church = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _CHURCH_WORDS
    return paired or of_church


def _state_cue(span: SpacySpan) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "state" and not after.text.istitle():
        return True
    if after is not None and after.lower_.rstrip(".") in _STATE_OFFICES:
        return True
    if span.text.lower().endswith(" state"):
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "state"


def find_toponyms(adoc: ArticleDoc) -> list[Toponym]:
    """Every toponym occurrence in the body, with qualifiers and cues attached."""
    extra = _extra_names()
    people = _person_name_parts(adoc)
    found: list[Toponym] = []
    for sent in adoc.sentences:
        spans = sorted(_sentence_spans(adoc, sent, extra), key=lambda p: p[0].start)
        qualifying: set[int] = set()  # spans that qualify the one before as its state
        for k, (span, source) in enumerate(spans):
            text = span.text
            if len(span) == 1 and span[0].lower_ in people:
                continue  # "Georgia" after "Georgia Stevens": the person, not the place
            if _dedication(span):
                continue
            if text.lower().endswith(" state") and _state_cue(span):
                span = span.doc[span.start : span.end - 1]
                text = span.text
            topo = Toponym(text, sent.char_span(span), sent.index, source,
                           state_cue=_state_cue(span) or k in qualifying)
            # "Paris, Texas" / "Birmingham, Ala.": the next toponym after a comma qualifies this one.
            if k + 1 < len(spans):
                nxt = spans[k + 1][0]
                between = span.doc[span.end : nxt.start]
                if len(between) == 1 and between[0].text == ",":
                    topo.qualifier = _list_aware(text, qualifier_entry(nxt.text))
                    if topo.qualifier is not None and topo.qualifier.kind == "admin1":
                        qualifying.add(k + 1)  # "Bronx, New York": the state, not the city
            if topo.qualifier is None and span.end + 1 < len(span.doc) and span.doc[span.end].text == ",":
                # a state abbreviation spaCy did not tag ("Athens, Ga.")
                topo.qualifier = _abbrev_qualifier(span.doc[span.end + 1])
            found.append(topo)
    found += _dateline_in_body(adoc, found)
    found += _dotted_compounds(adoc, found)
    found += _towns_tagged_as_people(adoc, found, people)
    found += _propagate(adoc, found)
    found.sort(key=lambda t: t.span)
    return found


DATELINE_SENTENCES = 3  # a dateline opens one of the first sentences (after a headline)


def _dateline_in_body(adoc: ArticleDoc, found: list[Toponym]) -> list[Toponym]:
    """The place of a dateline that opens one of the first coded sentences ("TORRINGTON — Mayor
    Ryan Bingham ...", "EDMONTON, Ky. (WBKO) --"), which the model rarely tags in capitals; or
    the places of the dateline the structure step took off the first paragraph ("BANGKOK,
    Thailand (AP) _", "OTTAWA, Jan 13 (Xinhua) --")."""
    from detente.structure import DATELINE_CHARS, dateline_match

    stripped = _stripped_dateline(adoc, found)
    if stripped:
        return stripped
    for sent in adoc.sentences[:DATELINE_SENTENCES]:
        lead = len(sent.text) - len(sent.text.lstrip())
        start = sent.start_char + lead
        # The article's text, not the sentence's: the model may end a sentence at the dash.
        dateline = dateline_match(adoc.article.text[start : start + DATELINE_CHARS])
        if dateline is None:
            continue
        name = re.split(r"[,(]", dateline, maxsplit=1)[0].strip()
        span = (start, start + len(name))
        if not name or any(t.span[0] < span[1] and span[0] < t.span[1] for t in found):
            return []
        if not any(e.kind in {"city", "admin2"} or e.kind in _CURATED_KINDS for e in gazetteer().candidates(name)):
            return []
        rest = dateline[len(name):].lstrip(", ")
        qualifier = qualifier_entry(rest.split("(")[0].strip()) if rest[:1].isalpha() else None
        return [Toponym(name, span, sent.index, "dateline", qualifier=qualifier)]
    return []


def _stripped_dateline(adoc: ArticleDoc, found: list[Toponym]) -> list[Toponym]:
    """The places named in a dateline that opens the text before the first sentence: its town
    and the country or state after it, each where the text writes it."""
    dateline = adoc.article.dateline
    text = adoc.article.text
    first = adoc.sentences[0].start_char if adoc.sentences else len(text)
    at = text.find(dateline, 0, first) if dateline else -1
    if not dateline or at < 0:
        return []
    out: list[Toponym] = []
    offset = at
    for part in dateline.split("(")[0].split(","):
        start = text.find(part.strip(), offset) if part.strip() else -1
        offset += len(part) + 1
        name = part.strip()
        if start < 0 or not name or any(t.span[0] < start + len(name) and start < t.span[1]
                                         for t in found):
            continue
        if any(e.kind in {"city", "admin2"} or e.kind in _CURATED_KINDS
               for e in gazetteer().candidates(name)):
            out.append(Toponym(name, (start, start + len(name)), 0, "dateline"))
    if len(out) == 2:  # "BANGKOK, Thailand": the second place says which town the first is
        out[0].qualifier = qualifier_entry(out[1].text)
    return out


# "U.S.-led", "U.K.-based": the tokenizer keeps a dotted abbreviation and its compound as one token.
_DOTTED_COMPOUND_RE = re.compile(r"^((?:[A-Z]\.){2,})-[a-z]+$")


def _dotted_compounds(adoc: ArticleDoc, found: list[Toponym]) -> list[Toponym]:
    """The country or state a dotted abbreviation names at the head of a hyphenated compound
    token ("the U.S.-led campaign"), when no toponym covers the token yet."""
    taken = CharMask(len(adoc.article.text))
    for t in found:
        taken.add(t.span)
    out: list[Toponym] = []
    for sent in adoc.sentences:
        for tok in sent.span:
            m = _DOTTED_COMPOUND_RE.match(tok.text)
            if m is None:
                continue
            name = m.group(1)
            start = sent.offset + tok.idx
            span = (start, start + len(name))
            if taken.overlaps(span) or not any(e.kind in _CURATED_KINDS and not e.approximate
                                               for e in gazetteer().candidates(name)):
                continue
            out.append(Toponym(name, span, sent.index, "dotted compound"))
    return out


def _towns_tagged_as_people(adoc: ArticleDoc, found: list[Toponym], people: set[str]) -> list[Toponym]:
    """A one-word PERSON entity that is the name of a town in a state or province the article
    names ("Gainesville" in a story that says "Georgia"), unless it is part of a person's name."""
    units: set[tuple[str, str]] = set()
    for t in found:
        top = t.qualifier or unambiguous(t.text)
        if top is not None and top.kind == "admin1" and top.country and top.admin1:
            units.add((top.country, top.admin1))
    if not units:
        return []
    out: list[Toponym] = []
    for sent in adoc.sentences:
        for ent in adoc.ents_in(sent):
            if ent.label_ != "PERSON" or len(ent) != 1 or ent[0].lower_ in people:
                continue
            towns = [e for e in gazetteer().candidates(ent.text)
                     if e.kind == "city" and (e.country, e.admin1) in units and normalise(e.name) == normalise(ent.text)]
            if towns:
                out.append(Toponym(ent.text, sent.char_span(ent), sent.index, "ner:PERSON-as-town"))
    return out


def _propagate(adoc: ArticleDoc, found: list[Toponym]) -> list[Toponym]:
    """One sense per article: a name found as a toponym is a toponym wherever else it is written
    (spaCy may tag it PERSON or ORG there, or miss it in a capitalised dateline), except inside
    a person's full name."""
    g = gazetteer()
    names = {t.text for t in found if len(t.text) >= 3 and g.candidates(t.text)}
    names |= {n.title() for n in names if n.isupper() and len(n) > 4}  # "BANTAM" -> "Bantam"
    if not names:
        return []
    blocked = CharMask(len(adoc.article.text))
    for t in found:
        blocked.add(t.span)
    for sent in adoc.sentences:
        for ent in adoc.ents_in(sent):
            if ent.label_ == "PERSON" and len(ent) >= 2 and not _spaced_dash(ent):
                blocked.add(sent.char_span(ent))
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    caps = re.compile(r"\b(" + "|".join(re.escape(n.upper()) for n in sorted(names, key=len, reverse=True)) + r")\b")
    out: list[Toponym] = []
    for sent in adoc.sentences:
        for regex in (pattern, caps):
            for m in regex.finditer(sent.text):
                span = (sent.start_char + m.start(), sent.start_char + m.end())
                if blocked.overlaps(span):
                    continue
                blocked.add(span)
                out.append(Toponym(m.group(0), span, sent.index, "same name as a toponym elsewhere"))
    return out


def _person_name_parts(adoc: ArticleDoc) -> set[str]:
    """Lower-cased tokens of the article's multi-word PERSON names."""
    parts: set[str] = set()
    for sent in adoc.sentences:
        for ent in adoc.ents_in(sent):
            if ent.label_ == "PERSON" and len(ent) >= 2 and not _spaced_dash(ent):
                parts.update(t.lower_ for t in ent if t.text[:1].isupper())
    return parts


def _spaced_dash(ent: SpacySpan) -> bool:
    """A dash standing between words ("Mr Trump - Wisconsin and Pennsylvania"): the entity runs
    across a break between two names, so it is no one's full name."""
    return any(t.is_punct and t.text in {"-", "\u2013", "\u2014"} and t.i > ent.start
               and ent.doc[t.i - 1].whitespace_ for t in ent)


def _list_aware(name: str, qualifier: Entry | None) -> Entry | None:
    """No qualifier when a country follows a country: "Russia, the United States and China" is
    a list, not a Russia in the United States."""
    if qualifier is None or qualifier.kind not in {"country", "territory"}:
        return qualifier
    if any(e.kind in {"country", "territory"} for e in gazetteer().candidates(name)):
        return None
    return qualifier


def _abbrev_qualifier(tok: Token) -> Entry | None:
    g = gazetteer()
    code = g.state_abbrev.get(normalise(tok.text))
    if code is None or not tok.text[:1].isupper():
        return None
    return g.us_states[code]
