"""Actors of one kind: places (countries, capitals, demonyms, cities and regions through the
gazetteer) and organisations (from the dictionary, or unknown ones the story names)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.actors.agency import (
    LOCAL_PLACE,
    indefinite,
    international_body,
    of_country,
    place_role,
    possessor_body,
    possessor_country,
    prep_country,
    water_name,
)
from detente.actors.candidates import Cand
from detente.actors.data import Country, Organisation, Person
from detente.actors.gazetteer import big_city, comma_qualifier, place_country
from detente.actors.lexicon import ADJECTIVE, CAPITAL, COUNTRY, DEMONYM, ORG, PERSON
from detente.actors.roles import pick_role
from detente.actors.state import ArticleState, Found
from detente.records import Actor


def pick_org(orgs: list[Organisation], sentence_index: int, head: Token,
              state: ArticleState) -> Organisation:
    """The organisation a shared name means here ("Labour", "Congress"): the one of the story's
    context country, or of the country the article has named most so far, else the first."""
    if len(orgs) > 1:
        for code in (state.story.country_for(sentence_index, head)[0], state.context_country()):
            hit = next((o for o in orgs if o.code == code), None)
            if hit is not None:
                return hit
    return orgs[0]


# Names many states give a legislature ("Congress", "the Senate"): the dictionary's body of that
# name is meant unless the story is about another country that has not named the body's own.
SHARED_INSTITUTION_NAMES = frozenset({"congress", "senate", "house of representatives"})


def shared_name_home(org: Organisation, surface: str, sentence_index: int, head: Token,
                     state: ArticleState) -> str | None:
    """The country whose own "Congress" or "Senate" the text means: the story's context country,
    when the article names that country most so far and has not named the dictionary body's
    ("Chavez's assembly moved to dissolve Congress" in a Caracas story is Venezuela's)."""
    name = surface.lower().removeprefix("the ").strip()
    if org.kind != "institution" or name not in SHARED_INSTITUTION_NAMES:
        return None
    here = state.story.country_for(sentence_index, head)[0]
    if here is None or here == org.code or state.context_country() != here \
            or state.countries.get(org.code):
        return None
    return here




def org_actor(f: Found, org: Organisation, country: str | None, state: ArticleState,
         surface: str) -> None:
    c = state.lex.country(country)
    if org.kind == "institution" and c is not None and c.code != org.code:
        # "Brazil's Congress", "the Pakistani Foreign Office": the modifier's country
        f.mention.actor = Actor(f"{c.name} {surface}", c.code, org.sector, None,
                                f"agent:{c.code}:{org.sector}", "agent")
        f.mention.reason = f"institution {surface!r} ({org.sector}) of {c.code} (modifier)"
        return
    international = org.kind in {"igo", "ngo"}
    kind = "group" if org.kind in {"armed_group", "party"} else "organisation"
    prefix = "org" if international else "group"
    home = of_country(f.head, state.lex) if org.kind == "ngo" else None
    if home is not None:
        # "the Carter Center of the United States", "the Red Cross of Kenya": the country the
        # text gives the body
        f.mention.actor = Actor(org.name, home, org.sector, None, f"{prefix}:{org.id}", kind)
        f.mention.reason = f"dictionary: {org.name} ({org.code} {org.sector}), of {home} (text)"
        return
    f.mention.actor = Actor(org.name, org.code, org.sector, None, f"{prefix}:{org.id}", kind)
    f.mention.reason = f"dictionary: {org.name} ({org.code} {org.sector})"


def place_actor(f: Found, main: Cand, head: Token, country: str | None,
                home: Country | None = None) -> None:
    """A country, capital, nationality or people (``home``: the country a people's phrase
    names as where they live, "Kosovo Albanians")."""
    entries = main.entries
    kinds = main.entry_kinds()
    # "Congolese troops ... in North Kivu": a shared adjective names the context's country
    c = main.country_named(country) or next(o for _, o in entries if isinstance(o, Country))
    if home is not None and DEMONYM in kinds:
        c = home  # "Kosovo Albanians", "Kosovo Serbs": Kosovo's people
    agentive, why = place_role(head)
    modifier = head.dep_ in {"compound", "amod", "nmod", "npadvmod"}
    sector: str | None
    if CAPITAL in kinds:
        kind_word, sector = "capital", "GOV"
        if modifier:  # "the Beijing summit": where, not who
            agentive, why = False, f"place modifier of {head.head.text!r}"
    elif COUNTRY in kinds and not (modifier and ADJECTIVE in kinds):
        kind_word, sector = "country", "GOV" if f.subject else None
    elif DEMONYM in kinds and not modifier:
        kind_word, sector = "demonym", None
    else:
        kind_word, sector = "adjective", None
        agentive, why = True, f"modifier of {head.head.text!r}" if modifier else "adjective"
        if water_name(head):
            agentive, why = False, f"part of the place name {head.text} {head.nbor().text}"
    f.mention.actor = Actor(c.name, c.code, sector, None, f"country:{c.code}", "country")
    f.mention.agentive = agentive
    role = "as actor" if agentive else "not an actor"
    f.mention.reason = f"{kind_word} {f.mention.text!r} -> {c.code}" + (
        f" {sector}" if sector else "") + f"; {why} ({role})"


def _abbreviation(name: str) -> bool:
    """Is ``name`` written like a postal code or an acronym ("NC", "PA", "ANC")?"""
    return name.isalpha() and name.isupper() and len(name) <= 3


def subnational_actor(f: Found, name: str, head: Token,
                      dateline: tuple[str, str] | None = None, story: str | None = None) -> None:
    """A city or region: its country (from the gazetteer; ``dateline``: the story's, whose
    place is the one in its country; ``story``: its dominant country, whose place of that very
    name is the one meant) when it acts as an agent."""
    agentive, why = place_role(head)
    if head.dep_ in {"compound", "amod", "nmod", "npadvmod"}:  # "the California summit"
        agentive, why = False, f"place modifier of {head.head.text!r}"
    f.mention.agentive = agentive
    if indefinite(head):
        f.mention.reason = f"'a {name}': a place name takes no indefinite article"
        return  # "the burning of a Koran" names no town
    if _abbreviation(name) and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        # "the NC", "the PA": a state's postal code takes no article; a body's acronym does
        f.mention.reason = f"'the {name}': an acronym with an article names a body, not a place"
        return
    hit = place_country(name, dateline=dateline, story=story,
                        qualifier=comma_qualifier(f.doc, f.end))
    if hit is None:
        f.mention.reason = f"place not in the actor dictionary or gazetteer; {why}"
        return
    code, geonameid = hit
    f.mention.actor = Actor(name, code, None, None, f"place:{geonameid}", "place")
    role = "as actor" if agentive else "not an actor"
    f.mention.reason = f"place {name!r} in {code} (gazetteer); {why} ({role})"


# Prefixes that turn a nationality into something beyond or against it ("Inter-American",
# "Pan-African", "anti-Israeli"): the word names no country of the body.
BEYOND_NATION = frozenset({"inter", "pan", "trans", "anti", "intra", "non", "multi"})


def hyphen_prefix(doc: Doc, start: int) -> str:
    """The lower-cased word hyphened onto the word at ``start`` ("pro" in "pro-Kremlin",
    "inter" in "Inter-American"), or ""."""
    return doc[start - 2].lower_ if start >= 2 and doc[start - 1].text == "-" else ""


def unknown_org_actor(f: Found, main: Cand, doc: Doc, country: str | None, cwhy: str,
                 state: ArticleState) -> None:
    name = doc[main.start : main.end].text
    sector = None
    named: list[Country] = []
    for c in main.inner:
        if c.agent is not None:
            sector = c.agent.sector
        if hyphen_prefix(doc, c.start) in BEYOND_NATION:
            continue  # "the Inter-American Development Bank" is no American body
        # "the Tehran Revolutionary Court", "the Moscow City Court": a capital in a body's name
        # is where it sits
        named += [obj for kind, obj in c.entries
                  if isinstance(obj, Country) and kind in {COUNTRY, ADJECTIVE, CAPITAL}]
    # "the People's Democratic Party": a longer name for a party is a party
    sector = next((o.sector for c in main.inner for k, o in c.entries if k == ORG
                   and isinstance(o, Organisation) and o.kind == "party"), sector)
    if named:  # "the China-Japan Friendship Association": a body names its own country first
        country, cwhy = named[0].code, f"country from {named[0].name!r}"
    elif body := international_body(e for c in main.inner for e in c.entries):
        # "the UNESCO World Heritage Committee": a body of the organisation its name names
        country, cwhy, sector = body.code, f"part of {body.name!r}", sector or body.sector
    if country is None and sector is None and not f.subject:
        f.mention.reason = f"organisation {name!r} not in the actor dictionary"
        return
    if country is None:  # "the Overseas Development Authority (ODA) of Britain"
        found, why = prep_country(f.head, state.lex, divisions=state.story.divisions)
        if found is not None and not why.startswith("country from 'for'"):
            country, cwhy = found, why
    if country is None:  # "Pakistan's foreign ministry spokesperson"
        country, cwhy = possessor_country(f.head, state.lex)
    if country is None and (body := possessor_body(f.head, state.lex)) is not None:
        # "UNESCO's World Heritage Bureau": a body of an international organisation is of it
        country, cwhy, sector = body.code, f"part of possessor {body.name!r}", sector or body.sector
    if country is None:  # "Cosla says ...": an organisation the story names acts in its country
        country, cwhy = state.story.country_for(f.mention.sentence_index, f.head, places=False)
        f.contextual = country is not None
    f.mention.actor = Actor(name, country, sector, None, None, "organisation")
    f.mention.reason = f"unknown organisation; {cwhy or 'no country'}; sector {sector}"
    if country is not None and not f.contextual:  # the text's evidence holds for later mentions
        state.aliases.setdefault(name, f.mention.actor)


# Prefixes that make a name a stance ("pro-Kremlin", "anti-China"), not an actor or a country.
STANCE_PREFIXES = frozenset({"pro", "anti"})


def partisan(doc: Doc, c: Cand) -> bool:
    """'pro-Kremlin separatists', 'anti-American protesters': the modifier is not their country."""
    return hyphen_prefix(doc, c.start) in STANCE_PREFIXES


def foreign_party(before: Cand, c: Cand) -> bool:
    """Is ``c`` a party's name that the nationality just before it ("Australian Democrats",
    "Canadian Liberals") gives to another country's party of the same name?"""
    if before.end != c.start:
        return False
    parties = {o.code for k, o in c.entries if k == ORG and isinstance(o, Organisation)
               and o.kind == "party"}
    nations = {o.code for k, o in before.entries if k in {COUNTRY, ADJECTIVE}
               and isinstance(o, Country)}
    return bool(parties and nations and not parties & nations)


# Capitalised office words after a party's name make the name a portfolio ("Labour Minister").
PORTFOLIO_HEADS = frozenset({"Minister", "Ministry", "Secretary", "Department"})


def portfolio(c: Cand, doc: Doc) -> bool:
    """Is ``c`` a party's name that the office word after it makes a portfolio ("Labour
    Minister X", "Labor Secretary X": no party's)?"""
    orgs = [o for k, o in c.entries if k == ORG and isinstance(o, Organisation)]
    return bool(orgs) and all(o.kind == "party" for o in orgs) and c.end < len(doc) and \
        doc[c.end].text in PORTFOLIO_HEADS


def modifier_country(mods: list[Cand], doc: Doc, state: ArticleState,
                     where: tuple[int, Token] | None = None) -> tuple[str | None, str]:
    """The country a phrase's modifiers name (a place, a nationality, an organisation, a person
    in office), the last first, and why (``where``: the phrase's sentence index and head, whose
    context decides between the countries a shared adjective names)."""
    for n, c in reversed(list(enumerate(mods))):
        if n and foreign_party(mods[n - 1], c):
            continue  # "Australian Democrats": the nationality's party, not the US one
        text = doc[c.start : c.end].text
        spelled = state.acronyms.get(text) if c.kind == "full" else None
        if spelled is not None and spelled.country is not None:  # "BNP leader X", BNP spelled out
            return spelled.country, f"country from {spelled.name!r} (the story's {text})"
        earlier = (state.aliases.get(text) or state.acronyms.get(text)) if c.kind in {
            "ner_org", "short"} and not c.entries else None
        if earlier is not None and earlier.country is not None:  # "MEC spokesperson X"
            return earlier.country, f"country from {earlier.name!r} (named earlier)"
        if c.names_several_countries() and where is not None:
            named = c.country_named(state.story.country_for(*where)[0])
            if named is not None:
                return named.code, f"country from {named.name!r} modifier (the context's)"
        if c.kind == "ner_gpe":  # "Louisiana Gov. Jane Doe", "Kharkiv police": the place's
            hit = place_country(doc[c.start : c.end].text, dateline=state.story.dateline,
                                story=state.story.dominant())
            if hit is not None:
                local = not hit[1].startswith("country:") and not any(
                    k == CAPITAL for k, _ in c.entries)
                why = LOCAL_PLACE if local else "country from the place"
                return hit[0], f"{why} {doc[c.start : c.end].text!r}"
        # "Algerian Energy Minister X": the tagger's organisation "Algerian Energy" keeps the
        # nationality it swallowed (its inner matches) for the title it modifies
        inner = [(k, o) for i in c.inner for k, o in i.entries if k in {COUNTRY, ADJECTIVE}]
        orgs = [o for k, o in c.entries if k == ORG and isinstance(o, Organisation)]
        if portfolio(c, doc):
            continue
        if len(orgs) > 1 and where is not None:
            # "Labor Party leader X": a name several countries' parties share is the context's
            org = pick_org(orgs, *where, state)
            return org.code, f"country from {org.name!r}"
        division = state.story.divisions.get(text.lower()) if c.kind == "full" else None
        if division is not None:  # "Georgia Gov. X" in an Atlanta story
            return division, f"{LOCAL_PLACE} {text!r}"
        for kind, obj in c.entries or inner:
            if kind in {COUNTRY, ADJECTIVE, CAPITAL, DEMONYM} and isinstance(obj, Country):
                return obj.code, f"country from {obj.name!r} modifier"
            if kind == ORG and isinstance(obj, Organisation):
                place = place_country(text, dateline=state.story.dateline) \
                    if text in obj.aliases and c.kind == "full" and big_city(text) else None
                if place is not None:
                    # "Brussels police": the city, not the European Union it stands for
                    return place[0], f"country from the place {text!r}"
                return obj.code, f"country from {obj.name!r}"
            if kind == PERSON and isinstance(obj, Person):
                role, _ = pick_role(obj, state.day)
                if role is not None:
                    return role.country, f"country from {obj.name!r}"
    return None, ""
