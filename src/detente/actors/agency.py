"""Syntax of agency: when a place name is an actor (subject, possessor, object or target of an
interaction) rather than a location ("in Kabul") or a destination ("a visit to Washington"), and
the syntactic cues of agent nouns (their place, their number, their collective head)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from detente.actors.data import Agent, Country, Organisation
from detente.actors.gazetteer import comma_qualifier, place_country
from detente.actors.lexicon import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    ORG,
    Lexicon,
    form_key,
    key_of,
    lexicon,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
PLACE_AGENTS = frozenset({"country", "nation"})
# Plural institutions that name states in general ("the developing countries", "donors"):
# never the sentence subject's or the story's own.
STATES_IN_GENERAL = frozenset({"country", "nation", "state", "government", "donor", "power"})
# Modifiers that put an agent beyond any one state ("the international community", "world
# leaders", "global investors").
BEYOND_STATES = frozenset({"international", "global", "world", "multinational"})
# Plural institutions that are most often other countries' ("embassies", "intelligence
# agencies"): no story country for them.
FOREIGN_PLURALS = frozenset({"embassy", "intelligence agency", "spy agency", "foreign ministry",
                             "foreign office", "delegation"})
# Nature and disease, never actors ("typhoon Pepeng is threatening to bring rain", "superstorm
# Sandy ravaged New Jersey"): a name after one of these words is the hazard's.
HAZARDS = frozenset({"typhoon", "storm", "superstorm", "hurricane", "cyclone", "tornado", "flood",
                     "earthquake", "quake", "tsunami", "rain", "snow", "drought", "wildfire",
                     "virus", "epidemic", "disease", "outbreak", "weather", "landslide",
                     "volcano", "heatwave"})


def after_hazard(doc: Doc, i: int) -> bool:
    """Does the word before token ``i`` name a hazard ("superstorm Sandy", "Hurricane Katrina"):
    the name is the storm's, not an actor's?"""
    return i > 0 and doc[i - 1].lower_ in HAZARDS


# Agents that stand on one side of a fight: as objects they are rarely the subject's own
# ("Israel bombed troops"); ministers, officials and parties often are ("X warned ministers"),
# and civilians too ("Russian jets killed ten civilians" in Chechnya).
SIDES = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "INS", "CRM"})
NON_STATE_SIDES = frozenset({"REB", "UAF", "INS", "CRM"})  # armed, but not the state's
# Titles that name an international organisation's head ("the NATO chief").
IGO_HEADS = frozenset({"chief", "head", "leader", "president", "chairman", "chairwoman", "chair",
                       "director-general", "director general"})
# Verbs whose object forces belong to the subject ("Sharon ordered troops into Gaza").
COMMAND = frozenset({"order", "send", "deploy", "dispatch", "withdraw", "mobilize", "mobilise",
                      "command", "pull", "station", "lead", "recall"})
COLLECTIVE = frozenset({"group", "movement", "faction", "force", "unit", "service", "cell",
                         "network", "organization", "organisation", "outfit", "militia",
                         "coalition", "alliance", "wing", "brigade", "battalion", "squad",
                         # facilities and people of an agent: "army camp", "police station"
                         "camp", "base", "headquarters", "post", "checkpoint", "convoy",
                         "position", "barracks", "station", "patrol", "vehicle", "employee",
                         "personnel", "member", "officer", "chief", "official", "spokesman",
                         "source"})


@functools.cache
def act_nouns() -> frozenset[str]:
    """The event nouns of the events lexicon ("attack", "protest", "raid"): an agent noun
    modifying one is its agent ("rebel attacks", "police raids", "opposition protests")."""
    from detente.events.lexicon import by_lemma

    return frozenset(lemma for pos, lemma in by_lemma() if pos == "noun")


@functools.cache
def owned_texts() -> frozenset[str]:
    """Plans, proposals and offers (the events lexicon's @proposal nouns): a body's name
    modifying one is whose it is ("the government plans" are the government's; a "government
    decision" one sticks to is no dealing with the government)."""
    from detente.events.lexicon import noun_classes

    return noun_classes()["proposal"]


_MOTION = frozenset({"visit", "travel", "head", "fly", "go", "come", "return", "arrive", "trip",
                     "journey", "move", "flee", "due", "leave"})
# Nouns and verbs whose "in X" names the party acted upon, not a location.
_IN_TARGET = frozenset({"intervention", "interference", "involvement", "meddling", "intervene",
                        "interfere", "meddle", "investment", "invest", "incursion"})
_LOCATIVE = frozenset({"in", "at", "from", "across", "near", "inside", "outside", "within",
                       "throughout", "around", "into", "via", "through", "beyond", "along"})
_TARGET_PREPS = frozenset({"with", "against", "on", "toward", "towards", "by", "of", "to",
                           "between", "over", "upon"})


# Bodies of water a nationality names ("the Persian Gulf", "the Indian Ocean").
_WATERS = frozenset({"gulf", "ocean", "sea", "channel", "strait", "straits", "bay"})


def water_name(adjective: Token) -> bool:
    """Whether a nationality is part of a body of water's name ("Persian" in "the Persian
    Gulf"): a place, not that nation."""
    doc = adjective.doc
    if adjective.i + 1 >= len(doc):
        return False
    noun = doc[adjective.i + 1]  # the parse may hang both from a third word ("Gulf War")
    return noun.lower_ in _WATERS and noun.text[:1].isupper()


def indefinite(tok: Token) -> bool:
    """Whether ``tok`` takes an indefinite article: "a Koran" names no town."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


def clause_verb(tok: Token) -> Token:
    """The verb heading the clause of ``tok`` (or the root, when no verb is found)."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in {"VERB", "AUX"} or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def place_role(head: Token) -> tuple[bool, str]:
    """Whether a place name acts as an actor here (subject, possessor, object, target)."""
    tok = head
    for _ in range(5):
        if tok.dep_ in {"conj", "appos"} and tok.head != tok:
            tok = tok.head
        else:
            break
    dep = tok.dep_
    if dep in SUBJECT_DEPS or dep == "ROOT":
        return True, "subject"
    if dep == "poss":
        return True, f"possessor of {tok.head.text!r}"
    if dep in {"dobj", "dative", "iobj", "obj", "oprd"}:
        return True, f"object of {tok.head.lemma_!r}"
    if dep in {"compound", "amod", "nmod", "npadvmod"} and tok.head.i > tok.i:
        return True, f"modifier of {tok.head.text!r}"
    if dep == "pobj":
        prep = tok.head.lower_
        gov = tok.head.head
        if prep in {"to", "into"} and gov.lemma_ in _MOTION:
            return False, f"destination of {gov.lemma_!r}"
        if prep == "in" and gov.lemma_ in _IN_TARGET:
            return True, f"object of {gov.lemma_!r} in"
        if prep in _LOCATIVE:
            return False, f"location ({prep!r})"
        if prep in _TARGET_PREPS:
            return True, f"object of {prep!r}"
    return False, f"place ({dep})"


# A US legislator's party and state after the name: "Sen. Jane Roe, D-Mass.," / "(R-Texas)".
_US_PARTY_STATE = re.compile(r"\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]{1,12}\s*[,)]")


def us_party_state(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` is followed by a US party-state label."""
    if end >= len(doc):
        return False
    start = doc[end - 1].idx + len(doc[end - 1].text)
    return _US_PARTY_STATE.match(doc.text, start) is not None


# Dependents of a noun that are not part of its name: "the OAU and the EU", "the Organization
# of African Unity (OAU)", "the party, which ...".
_NOT_NAME = frozenset({"conj", "cc", "appos", "punct", "relcl", "acl", "advcl", "prep"})


def _name_end(noun: Token) -> int:
    """The end of the name a noun heads: its words and an "of" phrase of capitalised words
    ("the Organization of African Unity"), not its conjuncts, appositions or clauses."""
    end = noun.i + 1
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ not in _NOT_NAME:
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            last = _name_end(pobj) if pobj is not None else c.i
            if all(t.is_title or t.is_stop for t in noun.doc[c.i : last]):
                end = max(end, last)
    return end


def of_country(head: Token, lex: Lexicon) -> str | None:
    """The country an "of" phrase right after ``head`` names ("the Carter Center of the United
    States", "the Red Cross of Kenya")."""
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            start = obj.left_edge.i + (doc[obj.left_edge.i].lower_ == "the")
            for kind, found in lex.entries(doc[start : obj.i + 1]):
                if kind == COUNTRY and isinstance(found, Country):
                    return found.code
    return None


# Common nouns of a place, which a nationality adjective locates ("a southern Chinese city"); not
# candidates.SETTLEMENT_NOUNS, whose "state" and "capital" name polities ("the Community of
# Portuguese-speaking States" is in no one country), nor events.targets.PLACE_NOUNS, the places
# an armed force acts on ("a base", "a position").
LOCALITY_NOUNS = frozenset({"city", "town", "village", "province", "region", "district",
                            "county", "port", "prefecture", "municipality"})


# The reason a phrase's country comes from a town, county or province it names ("the Ohio
# secretary of state"): an office of that place, not of the nation.
LOCAL_PLACE = "country from the local place"


def prep_country(head: Token, lex: Lexicon, depth: int = 0, kin: bool = False,
                 dateline: tuple[str, str] | None = None,
                 story: str | None = None,
                 divisions: dict[str, str] | None = None) -> tuple[str | None, str]:
    """'officials in Kabul', 'troops from Chad', 'a spokesman for the Chinese foreign
    ministry', 'the Minister of External Relations of Mongolia', 'a delegation of members of
    Japan's Komei Party': the country of the agent's place or principal (``kin``: the agent is
    someone's kin, "the family of Lebanese minister X", whose nationality it shares; ``dateline``:
    the story's, whose town is the one in its country; ``story``: its dominant country, whose
    town of that very name is the one meant)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "from", "of", "for"}:
            continue
        kinds = {COUNTRY, CAPITAL} if prep.lower_ == "in" else {COUNTRY, CAPITAL, ADJECTIVE, ORG} \
            if prep.lower_ == "for" or (kin and prep.lower_ == "of") \
            else {COUNTRY, CAPITAL, ORG}  # "ministers from the G7"
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            span = pobj.doc[pobj.left_edge.i : _name_end(pobj)]
            # "a delegation of the Japanese parliament", "officials of the Chinese embassy": a
            # body's nationality is its country ("a man of Chinese origin" names no body)
            body = prep.lower_ == "of" and key_of([pobj.lower_]) in lex.agents
            # "the police chief of a southern Chinese city", "officials in a Kenyan town": a
            # place named by its nationality is in that country
            body = body or (prep.lower_ in ("of", "in") and pobj.lemma_.lower() in LOCALITY_NOUNS)
            for start in range(span.start, span.end):
                for end in range(span.end, start, -1):
                    for kind, obj in lex.forms.get(key_of(pobj.doc[start:end]), []):
                        if kind not in kinds and not (body and kind == ADJECTIVE):
                            continue
                        if isinstance(obj, Country):
                            local = (divisions or {}).get(pobj.doc[start:end].text.lower())
                            if local is not None:  # "a court in Georgia" in an Atlanta story
                                return local, f"{LOCAL_PLACE} {span.text!r}"
                            return obj.code, f"country from {prep.text!r} {span.text!r}"
                        if isinstance(obj, Organisation):  # ("the Carter Center of the US")
                            code = (of_country(pobj, lex) if obj.kind == "ngo" else None) or obj.code
                            return code, f"country from {prep.text!r} {span.text!r}"
            if prep.lower_ == "of" and depth < 2:  # "of External Relations of Mongolia"
                found = prep_country(pobj, lex, depth + 1, divisions=divisions)
                if found[0] is not None:
                    return found
            if prep.lower_ == "of" and pobj.pos_ == "PROPN" and _titled(head, lex):
                # "the Archbishop of Canterbury", "the mayor of Lyon": the office's town
                hit = place_country(span.text, min_population=TITLE_TOWN_POPULATION)
                if hit is not None:
                    return hit[0], f"country of the town in {prep.text!r} {span.text!r}"
            if prep.lower_ == "in" and pobj.pos_ == "PROPN":
                # "police in Marseille", "officials in Basra": the town's country, before the
                # dateline's (which only says where the story was filed)
                hit = place_country(span.text, min_population=TITLE_TOWN_POPULATION,
                                    dateline=dateline, story=story,
                                    qualifier=comma_qualifier(span.doc, span.end))
                if hit is not None:
                    return hit[0], f"country of the town {prep.text!r} {span.text!r}"
    return None, ""


def possessor_country(head: Token, lex: Lexicon) -> tuple[str | None, str]:
    """'Pakistan's foreign ministry spokesperson': the country its possessor names."""
    for poss in (c for c in head.children if c.dep_ == "poss"):
        span = poss.doc[poss.left_edge.i : poss.i + 1]
        for kind, obj in lex.forms.get(key_of(span), []):
            if kind in {COUNTRY, CAPITAL} and isinstance(obj, Country):
                return obj.code, f"country from possessor {span.text!r}"
    return None, ""


def international_body(entries: Iterable[tuple[str, object]]) -> Organisation | None:
    """The first international organisation (no body of one country) among dictionary entries."""
    return next((o for k, o in entries if k == ORG and isinstance(o, Organisation)
                 and o.kind in {"igo", "ngo"}), None)


def possessor_body(head: Token, lex: Lexicon) -> Organisation | None:
    """'UNESCO's World Heritage Bureau': the international organisation its possessor names."""
    for poss in (c for c in head.children if c.dep_ == "poss"):
        body = international_body(lex.forms.get(key_of(poss.doc[poss.left_edge.i : poss.i + 1]), []))
        if body is not None:
            return body
    return None


# A title's town ("the mayor of X") is looked up among places at least this large: a smaller
# namesake is more often a family or a saint ("the Duke of X").
TITLE_TOWN_POPULATION = 20_000


def _titled(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a title or an agent noun for a person ("archbishop", "mayor")."""
    hit = lex.agents.get(key_of([head.lower_]))
    return hit is not None and hit[0].kind == "person"


def leader_country(head: Token, lex: Lexicon) -> tuple[str | None, str]:
    """'a delegation of Japan's Komei Party, led by Jane Doe', 'a Chilean commission headed by
    John Doe': the one who leads a group of one country is of that country."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in {"lead", "head"}:
        return None, ""
    group = verb.head
    for mod in (c for c in group.children if c.dep_ in {"amod", "compound", "nmod", "poss"}):
        for kind, obj in lex.forms.get(key_of(group.doc[mod.i : mod.i + 1]), []):
            if kind in {COUNTRY, ADJECTIVE, CAPITAL} and isinstance(obj, Country):
                return obj.code, f"country of the {group.text!r} it leads"
    code, _why = prep_country(group, lex)
    return (code, f"country of the {group.text!r} it leads") if code else (None, "")


def counted(head: Token, agent: Agent) -> bool:
    """'the two leaders', 'both countries', 'the leaders': a plural naming known actors."""
    if not agent.roles and agent.kind != "institution":
        return False  # "three civilians", "two soldiers": new people, not the ones named so far
    words = {c.lower_ for c in head.children if c.dep_ in {"nummod", "det", "predet", "quantmod"}}
    if words & {"two", "both", "three", "four"}:
        return True
    return bool(agent.roles) and "the" in words


def generic_plural(word: str) -> bool:
    """Whether a plural names parties in general or other than the ones at hand ("the
    developing countries", "allies", "partners"), or a capitalised word names a bloc ("the
    West"): such a word is never the story's actor."""
    hit = lexicon().agents.get(form_key(word.lower()))
    if hit is None:
        return False
    if hit[0].kind == "others" and not hit[0].plurals:
        return word[:1].isupper()
    return hit[1] and (hit[0].kind == "others" or hit[0].term in STATES_IN_GENERAL)
