"""The story's context country, for actors whose phrase names none.

Generic agents ("police", "troops", "civilians", "officials") and titled people outside the
dictionary ("Senator Jane Doe") take, in this order: the country of the dateline ("MAR DEL
PLATA, Argentina"), the country of a place named in the same sentence ("... killed in
Kharkiv"), or the story's dominant country (the one its places, names and adjectives name
most). The reason says which. Toponyms are looked up in the gazetteer that ``places`` uses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.actors.agency import SUBJECT_DEPS, clause_verb, place_role, water_name
from detente.actors.candidates import Cand
from detente.actors.data import Country, Organisation, Person
from detente.actors.gazetteer import (
    biggest_namesake,
    comma_qualifier,
    namesake_divisions,
    place_country,
)
from detente.actors.lexicon import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    PERSON,
    Lexicon,
    form_key,
    key_of,
    lexicon,
    lexicon_tokens,
)
from detente.document import ArticleDoc

# Governors of a toponym in a participant slot: violent and coercive acts, visits, arrivals.
_PLACE_VERBS = frozenset({
    "shell", "bomb", "strike", "attack", "hit", "target", "raid", "storm", "capture", "seize",
    "besiege", "invade", "occupy", "blockade", "liberate", "recapture", "encircle", "surround",
    "pound", "bombard", "rocket", "shoot", "fire", "evacuate", "visit", "tour", "reach", "enter",
    "leave", "flee", "defend", "control", "take", "retake", "overrun", "assault", "threaten",
})
_PLACE_PREPS = frozenset({"in", "into", "to", "toward", "towards", "near", "at", "outside",
                          "inside", "from", "on", "around", "across", "over"})
_PLACE_KINDS = frozenset({COUNTRY, CAPITAL})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})


@dataclass(slots=True)
class StoryContext:
    """Where the story is: dateline country, places per sentence, dominant country."""

    dateline: tuple[str, str] | None = None  # (code, place name)
    # places named as locations, by sentence: (token, country, name)
    sentence_places: dict[int, list[tuple[Token, str, str]]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    # nationalities written out in a sentence ("met Taiwanese President Lee"): the other party's
    marked: dict[int, set[str]] = field(default_factory=dict)
    # country names that name a province or state the story is set in ("georgia" -> USA in an
    # Atlanta story), by their lower-cased text
    divisions: dict[str, str] = field(default_factory=dict)
    # a digest's items, each under a dateline of its own: (first sentence index, dateline)
    items: list[tuple[int, tuple[str, str]]] = field(default_factory=list)

    def dateline_at(self, sentence_index: int) -> tuple[str, str] | None:
        """The dateline the sentence is under: its item's, in a digest of several stories ("BEIRUT
        - Syria intervened ..."), else the story's."""
        here = self.dateline
        for first, dateline in self.items:
            if first > sentence_index:
                break
            here = dateline
        return here

    def dominant(self) -> str | None:
        """The country the story names most, if it leads clearly (half again the runner-up)."""
        ranked = self.counts.most_common(2)
        if not ranked or (len(ranked) == 2 and 2 * ranked[0][1] < 3 * ranked[1][1]):
            return None
        return ranked[0][0]

    def country_for(self, sentence_index: int, head: Token,
                    places: bool = True) -> tuple[str | None, str]:
        """The context country for the mention headed by ``head``, and the reason (``places``:
        whether a place named in the same clause counts; not for people named without a title,
        who are as often visitors there)."""
        dateline = self.dateline_at(sentence_index)
        if dateline is not None:
            code, name = dateline
            return code, f"country from the dateline ({name})"
        if places:
            found, why = self.clause_place(sentence_index, head)
            if found is not None:
                return found, why
        top = self.dominant()
        if top is not None and top in self.marked.get(sentence_index, set()):
            return None, ""  # "Senator X met Taiwanese President Y": X is not Taiwanese
        if top is not None:
            return top, f"country from the story's dominant country ({top})"
        return None, ""

    def clause_place(self, sentence_index: int, head: Token) -> tuple[str | None, str]:
        """The country of a place named in the clause of the mention headed by ``head`` (places
        in other clauses are elsewhere), and the reason."""
        clause = _setting_clause(head)
        for tok, code, name in self.sentence_places.get(sentence_index, []):
            if tok.doc is head.doc and clause.left_edge.i <= tok.i <= clause.right_edge.i:
                return code, f"country from a place in the sentence ({name})"
        return None, ""


def _setting_clause(head: Token) -> Token:
    """The clause whose places are the setting of ``head``: its own, or, for a participle clause
    without a subject of its own, the clause it hangs on ("shelled Kharkiv, killing three
    civilians": the civilians are in Kharkiv)."""
    clause = clause_verb(head)
    for _ in range(3):
        if clause.dep_ == "advcl" and clause.tag_ in {"VBG", "VBN"} and clause.head != clause \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            clause = clause_verb(clause.head)
        else:
            break
    return clause


def story_guess(reason: str) -> bool:
    """Whether a mention's ``reason`` says its country is the story's guess (the dateline's or
    the dominant country, from ``StoryContext.country_for``) rather than evidence of its own."""
    return "country from the" in reason


def article_country(adoc: ArticleDoc, sentence_index: int | None = None) -> tuple[str | None, str]:
    """The country an article is about, once its mentions are resolved: the dateline's, else
    the one its mentions name clearly most (half again the runner-up); with the reason. In a
    digest of several stories, the sentence's item is the article (``sentence_index``)."""
    lex = lexicon()
    if sentence_index is not None:
        item = StoryContext(items=item_countries(adoc, lex)).dateline_at(sentence_index)
        if item is not None:
            return item[0], f"the dateline's country ({item[1]})"
    dateline = _dateline(adoc, lex)
    counts: Counter[str] = Counter(m.actor.country for m in adoc.mentions if m.actor is not None
                                   and m.actor.country in lex.dictionary.countries)
    ctx = StoryContext(dateline, counts=counts)
    if dateline is not None and not desk_dateline(ctx):
        return dateline[0], f"the dateline's country ({dateline[1]})"
    top = ctx.dominant()
    return (top, f"the story's dominant country ({top})") if top else (None, "")


def toponym_slot(head: Token) -> bool:
    """Whether a name sits where a place is expected ("shelled X", "in X", "visited X")."""
    tok = head
    while tok.dep_ in {"conj", "appos", "compound"} and tok.head != tok:
        tok = tok.head
    if tok.dep_ in {"dobj", "nsubjpass", "obj"}:
        return tok.head.lemma_.lower() in _PLACE_VERBS
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _PLACE_PREPS
    return False


def looks_like_place(name: str, head: Token) -> tuple[str, str] | None:
    """(country, place id) when a name the tagger took for a person is a known place in a
    place slot; ``None`` otherwise."""
    if not toponym_slot(head):
        return None
    return place_country(name, min_population=100_000)


def story_context(adoc: ArticleDoc, cands: dict[int, list[Cand]], lex: Lexicon) -> StoryContext:
    """Context of ``adoc`` from its dateline and its candidate spans (``cands`` by doc id)."""
    ctx = StoryContext()
    ctx.dateline = _dateline(adoc, lex)
    ctx.items = item_countries(adoc, lex)
    ctx.divisions = story_divisions(adoc, cands, ctx.dateline)
    for sent in adoc.sentences:
        doc = sent.span.doc
        own = [c for c in cands.get(id(doc), []) if sent.span.start <= c.start < sent.span.end]
        for tok, code, name in _places(sent.span, own, lex, ctx.dateline):
            code = ctx.divisions.get(name.lower(), code)  # "in Georgia" in an Atlanta story
            # places say where the story is more than adjectives do
            ctx.sentence_places.setdefault(sent.index, []).append((tok, code, name))
            ctx.counts[code] += 2
        for c in own:
            if c.names_several_countries():
                continue  # "Congolese" names no one country; the story's places will
            for kind, obj in c.entries:
                if isinstance(obj, Country) and kind in {ADJECTIVE, DEMONYM}:
                    if water_name(doc[c.start : c.end].root):
                        break  # "the Persian Gulf" is no Persian in the story
                    ctx.counts[obj.code] += 1
                    if _of_a_person(doc[c.start : c.end].root, lex):
                        ctx.marked.setdefault(sent.index, set()).add(obj.code)
                    break
                if isinstance(obj, Country) and kind == COUNTRY and c.kind == "full" and \
                        place_role(doc[c.start : c.end].root)[0]:
                    local = ctx.divisions.get(doc[c.start : c.end].text.lower())
                    ctx.counts[local or obj.code] += 1  # "Israel bombed ...": an actor, named
                    break
            else:
                national = _national(c, lex)
                if national is not None:  # "the Commons", "Tony Blair": a country's own
                    ctx.counts[national] += 1
    if ctx.dateline is not None and not ctx.counts[ctx.dateline[0]]:
        for code in title_countries(adoc.article.title, lex) - {ctx.dateline[0]}:
            ctx.counts[code] += 2  # "By-elections ruled out in Malawi" over a LUSAKA dateline
    if desk_dateline(ctx):
        ctx.dateline = None
    _places_in_the_story_country(ctx)
    return ctx


def story_divisions(adoc: ArticleDoc, cands: dict[int, list[Cand]],
                    dateline: tuple[str, str] | None) -> dict[str, str]:
    """Country names the story uses for a province or state of another country: "Georgia" when
    the dateline's city, or a town or county the story names, lies in the US state of Georgia
    ("ATLANTA", "the Fulton County Superior Court in Georgia"). By lower-cased name, the
    division's country."""
    divisions = {n: d for n in _country_names(adoc, cands) for d in namesake_divisions(n)}
    if not divisions:
        return {}
    places = [dateline[1]] if dateline else []
    for sent in adoc.sentences:
        toks = sent.span
        places += [toks[i:j].text for i in range(len(toks))
                   for j in range(i + 1, min(i + 4, len(toks)) + 1)
                   if all(t.pos_ == "PROPN" for t in toks[i:j])
                   and toks[i:j].text.lower() not in divisions]
    tops = {top for name in set(places) if (top := biggest_namesake(name)) is not None}
    return {n: country for n, (country, admin1) in divisions.items() if (country, admin1) in tops}


def _country_names(adoc: ArticleDoc, cands: dict[int, list[Cand]]) -> set[str]:
    """The lower-cased texts of the candidate spans that name a country by its name."""
    return {doc[c.start : c.end].text.lower() for _, doc in adoc.paragraphs
            for c in cands.get(id(doc), [])
            if c.kind == "full" and any(k == COUNTRY for k, _ in c.entries)}


def _places_in_the_story_country(ctx: StoryContext) -> None:
    """A place read in another country whose very name a place of the story's dominant country
    bears is that one ("Reinosa" in a story about Spain, not Mexico's Reynosa)."""
    top = ctx.dominant()
    if top is None:
        return
    for places in ctx.sentence_places.values():
        for n, (tok, code, name) in enumerate(places):
            if code != top and (hit := place_country(name, 0, ctx.dateline, story=top)) \
                    and hit[0] == top:
                places[n] = (tok, top, name)


def title_countries(title: str | None, lex: Lexicon) -> set[str]:
    """The countries a headline names, by name, capital or nationality."""
    words = [t.text for t in lexicon_tokens(title)] if title else []
    found: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            for kind, obj in lex.forms.get(key_of(words[i : i + n]), []):
                if kind in _PLACE_KINDS | {ADJECTIVE} and isinstance(obj, Country) \
                        and obj.code in lex.dictionary.countries:
                    found.add(obj.code)
    return found


# How much the story must name another country (a place counts 2, a nationality or a national
# body 1) before a dateline it never names is taken for the wire's desk.
DESK_EVIDENCE = 3
# How far another country must lead the dateline's, named in passing ("exile communities in
# Bangkok" in a BANGKOK story about Myanmar), for the dateline to be the desk's all the same.
DESK_LEAD = 4


def desk_dateline(ctx: StoryContext) -> bool:
    """Whether the dateline is only where the story was filed: its country is never named in the
    text while another country clearly and often leads ("PARIS" over a story about Iraq's
    elections). The story's own places then say where its unnamed police and officials are."""
    if ctx.dateline is None:
        return False
    top = ctx.dominant()
    return top is not None and top != ctx.dateline[0] and ctx.counts[top] >= DESK_EVIDENCE and (
        ctx.counts[top] >= DESK_LEAD * ctx.counts[ctx.dateline[0]])


def _national(c: Cand, lex: Lexicon) -> str | None:
    """The one country a dictionary name belongs to: a party, institution or group of one
    country, or a person whose offices are all of one country; ``None`` when a shared name
    ("Labour", "Congress") or a person's offices leave it open."""
    if c.kind != "full":
        return None
    # a company is named for what it does, wherever the story is ("Boeing" in a TOKYO story on
    # a Japanese crash inquiry): its home country is no evidence of the story's
    if any(isinstance(o, Organisation) and o.kind == "company" for _, o in c.entries):
        return None
    codes = {o.code for _, o in c.entries if isinstance(o, Organisation)} | {
        r.country for _, p in c.entries if isinstance(p, Person) for r in p.roles}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code if code in lex.dictionary.countries else None


# Nouns for the other party of a pair ("his Iranian counterpart"): the nationality is not the
# subject's, however much the story names it.
OTHER_PARTY = frozenset({"counterpart"})


# Entity types of proper nouns that are no person.
_NOT_PEOPLE = frozenset({"ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LOC", "GPE", "LAW"})


def _of_a_person(adjective: Token, lex: Lexicon) -> bool:
    """Whether a nationality is written out for a person ("Taiwanese President Lee", "the
    Kenyan envoy"), not for a people or a thing ("the British people", "British troops")."""
    head = adjective.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "Taiwanese President Lee"
        head = head.head
    hit = lex.agents.get(key_of([head.lower_]))
    # ("An American Tragedy", "the Persian Gulf": a name of a thing or a place, not a person)
    named = head.pos_ == "PROPN" and head.ent_type_ not in _NOT_PEOPLE and not water_name(adjective)
    return named or head.lemma_.lower() in OTHER_PARTY or (
        hit is not None and hit[0].kind == "person" and hit[0].sector != "CVL")


def _places(sent: Span, cands: list[Cand], lex: Lexicon,
            dateline: tuple[str, str] | None = None) -> list[tuple[Token, str, str]]:
    """(token, country, name) of each place the sentence names as a location: not an actor
    ("Israel bombed"), not a destination ("a visit to Taiwan"); the dateline's place is the one
    in its country."""
    doc = sent.doc
    out: list[tuple[Token, str, str]] = []
    full = [c for c in cands if c.kind == "full"]
    for c in full:
        head = doc[c.start : c.end].root
        if place_role(head)[0] or head.dep_ in SUBJECT_DEPS or head.dep_ in {
                "poss", "amod", "compound", "nmod"} or place_role(head)[1].startswith("destination") \
                or _remit(head, lex):
            continue  # countries and capitals count as places only where they are locations
        for kind, obj in c.entries:
            if kind in _PLACE_KINDS and isinstance(obj, Country) and obj.code in lex.dictionary.countries:
                out.append((head, obj.code, doc[c.start : c.end].text))
                break
    for ent in sent.ents:
        if ent.label_ not in _PLACE_LABELS or any(c.start < ent.end and ent.start < c.end
                                                  for c in full):
            continue
        if place_role(ent.root)[1].startswith("destination") or ent.root.dep_ in {
                "compound", "amod", "nmod", "poss"} or _remit(ent.root, lex):
            continue  # "fled to Uganda", "the Benghazi committee": not where the story is
        if ent.label_ == "PERSON":
            if any(c.start < ent.end and ent.start < c.end and PERSON in c.entry_kinds()
                   for c in cands):
                continue  # "President Bush": a person the dictionary knows, not a town Bush
            hit = looks_like_place(ent.text, ent.root) if len(ent) <= 3 else None
        else:
            hit = place_country(ent.text, 0 if ent.label_ == "GPE" else 100_000, dateline,
                                qualifier=comma_qualifier(doc, ent.end))
        if hit is not None:
            out.append((ent.root, hit[0], ent.text))
    for c in cands:  # "the city of Kharkiv": a place the tagger missed
        if c.kind == "ner_gpe" and not any(e.start <= c.start < e.end for e in sent.ents):
            hit = place_country(doc[c.start : c.end].text, 0, dateline,
                                qualifier=comma_qualifier(doc, c.end))
            if hit is not None:
                out.append((doc[c.end - 1], hit[0], doc[c.start : c.end].text))
    return sorted(out, key=lambda x: x[0].i)


# Prepositions after a body or an office that name its remit ("the committee on X", "the UN
# envoy for X", "the commission into X"): what it deals with, not where the story is.
_REMIT_PREPS = frozenset({"on", "about", "for", "into"})


def _remit(head: Token, lex: Lexicon) -> bool:
    """Whether a place names the remit of a body or office ("the select committee on X")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _REMIT_PREPS:
        return False
    body = prep.head
    return body.pos_ in {"NOUN", "PROPN"} and body.i < prep.i and (
        lex.agents.get(form_key(body.lemma_.lower())) is not None)


def _dateline(adoc: ArticleDoc, lex: Lexicon) -> tuple[str, str] | None:
    """The story dateline's country and place (see ``dateline_country``)."""
    return dateline_country(adoc.article.dateline, lex) if adoc.article.dateline else None


def dateline_country(dateline: str, lex: Lexicon) -> tuple[str, str] | None:
    """A dateline's country: a country part ("..., Argentina") or its place's country."""
    named = _country_part(dateline, lex)
    if named is not None:
        return named
    from detente.places import dateline_place

    entry = dateline_place(dateline)
    if entry is not None and entry.country:
        return entry.country, entry.name
    return None


def _country_part(dateline: str, lex: Lexicon) -> tuple[str, str] | None:
    """The country a part of a dateline names as a country or a capital ("..., Argentina",
    "BEIRUT"), with that part."""
    parts = [p.split("(")[0].strip() for p in dateline.split(",")]
    for part in parts[1:] + parts[:1]:
        if not part or any(ch.isdigit() for ch in part):
            continue
        for form in (part, part.title()):
            for kind, obj in lex.forms.get(form_key(form), []):
                if kind in _PLACE_KINDS and isinstance(obj, Country):
                    return obj.code, part
    return None


# A digest item's dateline names a country, a capital or a city at least this large: a slug of a
# news budget ("GOP-FORBES (Undated) _") has the shape of a dateline and names no place.
ITEM_CITY = 50_000


def _item_country(dateline: str, lex: Lexicon) -> tuple[str, str] | None:
    """The country and place of a digest item's dateline (see ``ITEM_CITY``)."""
    named = _country_part(dateline, lex)
    if named is not None:
        return named
    name = re.split(r"[,(]", dateline, maxsplit=1)[0].strip().title()
    hit = place_country(name, min_population=ITEM_CITY)
    return (hit[0], name) if hit is not None else None


def item_countries(adoc: ArticleDoc, lex: Lexicon) -> list[tuple[int, tuple[str, str]]]:
    """The country and place of each dateline of a digest's items (``structure.item_datelines``),
    by the item's first sentence."""
    from detente.structure import item_datelines

    key = "actors.item_countries"
    if key not in adoc.memo:
        adoc.memo[key] = [(item.sentence_index, where) for item in item_datelines(adoc)
                          if (where := _item_country(item.text, lex)) is not None]
    return adoc.memo[key]  # type: ignore[no-any-return]

