"""Fallback targets: whom an act is aimed at when its target slots name no actor.

In order (``fallback_targets``): the receiver of an event noun ("received a call from X"), the
partner of the occasion ("at a meeting with X, he urged ..."), the addressee of a letter or call;
for acts of force, the place the object is in, the victims and the toll of the occasion; last,
whose the thing in the target slots is. ``behest_targets`` finds at whose invitation or request
an act is done ("came at X's invitation").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from detente.events.lexicon import by_lemma, noun_classes
from detente.events.matching import (
    PLACING_PREPS,
    QUANTITY_NOUNS,
    places_of,
    receiving,
)
from detente.events.noun_sources import harm_noun
from detente.events.participants import (
    Participant,
    SentenceActors,
)
from detente.events.phrases import agent_nouns
from detente.events.sources import (
    BEHEST_PREPS,
    BEHEST_ROOTS,
    clause_sources,
)
from detente.events.targets import self_free, slot_things

# Verbs of resisting an attack, whose subject the attack their object names is aimed at: "Iraqi
# troops repelled an Iranian offensive", "beat back a rebel assault".
RESISTING_VERBS = frozenset({"repel", "repulse", "check", "halt", "thwart", "foil", "resist",
                             "withstand", "blunt", "stem", "counter", "survive"})
RESISTING_PHRASALS = frozenset({("beat", "back"), ("fight", "off"), ("fend", "off"),
                                ("push", "back"), ("hold", "off"), ("drive", "back"),
                                ("ward", "off")})


def resisting(verb: Token, obj: Token) -> bool:
    """Is ``verb`` one of resisting the attack its object ``obj`` names ("repelled an
    offensive", "fought off the raid")?"""
    if obj.lemma_.lower() not in noun_classes()["attack"]:
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return (lemma in RESISTING_VERBS and not particles) or any(
        (lemma, p) in RESISTING_PHRASALS for p in particles)


def receiver_targets(tok: Token, sa: SentenceActors,
                     keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The target of an event noun that is the object of a verb of receiving or answering it
    ("Russia turned down a French proposal": the proposal is made to Russia)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return []
    if not (receiving(verb) or resisting(verb, tok)):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and harm_noun(c) for c in verb.children):
        return []  # "the leader's arrest sparked protests": aimed at who arrested him
    got, _path = clause_sources(verb, sa)
    return self_free(got, keys)


# "arrived at Tang's invitation", "came at the request of the UN", "acted on the demand of X":
# an invitation, request or demand that sets the circumstances of a clause is addressed to the
# one who acts in it (the clause's subject), whatever the clause's own objects are.
def behest_targets(tok: Token, root: str, sa: SentenceActors,
                   keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The target of an invitation or request the clause acts at or upon: the clause's subject
    ("Tuyaa arrived for a visit at Tang's invitation": Tang invited Tuyaa)."""
    if (root not in BEHEST_ROOTS or tok.pos_ != "NOUN" or tok.dep_ != "pobj"
            or tok.head.lower_ not in BEHEST_PREPS):
        return []
    clause = tok.head.head
    for _ in range(4):  # "arrived for an official visit at X's invitation": up to the verb
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    got, _path = clause_sources(clause, sa)
    return _named(self_free(got, keys))


# Roots of acts of force and coercion, whose target may be the place they hit ("bombed targets in
# southern Lebanon"); not sources.FORCE_ROOTS, the acts whose agent an attack noun may be
PLACED_ROOTS = frozenset({"17", "18", "19", "20"})


def place_of_thing(tok: Token, slots: tuple[str, ...], sa: SentenceActors,
                   keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The target of an act of force on a thing or on no one named: the country of the place
    the thing is in or the act happens in ("shelled positions near the border town of Kupiansk",
    "bombed targets in southern Lebanon" targets Lebanon)."""
    things = slot_things(tok, slots) or slot_things(tok, ("dobj",))
    if any(_people(t) for t in things):
        return []  # "arrested dozens of people in Cairo": the people are the target, not Cairo
    return _first_named(places_of([*things, tok], PLACING_PREPS), sa, keys)


def victim_targets(tok: Token, sa: SentenceActors,
                   keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The people an act of force hits, named by the participle that reports its toll
    ("jets bombed the outskirts overnight, killing ten civilians": the civilians)."""
    parts = [p for p in tok.children if p.dep_ == "advcl" and p.tag_ == "VBG" and any(
        q.cameo[:2] in PLACED_ROOTS for q in by_lemma().get(("verb", p.lemma_.lower()), ()))]
    return _first_named((c for p in parts for c in p.children if c.dep_ == "dobj"), sa, keys)


# Verbs that report what an act of force did to those it hit ("died in an offensive", "an air
# strike killed ten civilians"): their subject, or object, is the act's target.
SUFFERING_VERBS = frozenset({"die", "suffer", "perish", "lose"})


HARMING_VERBS = frozenset({"kill", "wound", "injure", "hurt", "destroy", "damage", "hit",
                           "claim", "leave", "flatten", "raze"})


OCCASION_PREPS_OF_FORCE = frozenset({"in", "during"})


def occasion_targets(tok: Token, sa: SentenceActors,
                     keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The target of an attack noun the parse does not give one, read off the clause that
    reports its toll: those who died or suffered in it ("civilians died in an offensive by X"),
    those it killed ("an air strike killed ten soldiers"), else the place that clause names
    ("died in a Russian offensive in eastern Ukraine": the parse hangs the place on the verb)."""
    if tok.pos_ != "NOUN":
        return []
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in OCCASION_PREPS_OF_FORCE:
        verb = verb.head
        if verb.pos_ != "VERB":
            return []
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not (lemma in SUFFERING_VERBS or (passive and lemma in HARMING_VERBS)):
            return []  # "met in Nairobi during an offensive": no toll, no target
        victims = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in HARMING_VERBS:
        victims = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return []
    return _first_named([*victims, *places_of([verb], PLACING_PREPS, skip=tok.head)], sa, keys)


def _first_named(tokens: Iterable[Token], sa: SentenceActors,
                 keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The named actors (with a country, not a source) of the first token that has any."""
    for t in tokens:
        got = _named(self_free(sa.resolve(t), keys))
        if got:
            return got
    return []


def possessor_targets(tok: Token, slots: tuple[str, ...], sa: SentenceActors,
                      keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The actor a thing in the target slots belongs to ("challenged the agency's plan")."""
    if not slots:
        return []
    return _first_named((c for thing in slot_things(tok, slots) for c in thing.children
                         if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")),
                        sa, keys)


# "In a meeting, Tanaka told Funaro ...", "gave the message to Abe in meetings": whom the
# clause addresses at a meeting is the one met.
CONSULT_ROOT = "04"


OCCASION_PREPS = frozenset({"in", "during", "at"})


ADDRESSING_VERBS = frozenset({"tell", "give", "assure", "inform", "brief", "urge", "ask",
                              "convey", "deliver", "hand", "present", "explain", "say"})


def occasion_partner_targets(tok: Token, root: str, sa: SentenceActors,
                             keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The partner of a consultation noun that is the occasion of a clause: the one the
    clause's verb of saying or handing over addresses (its object, dative or "to" phrase; "backed
    X during the talks" names no partner)."""
    if (root != CONSULT_ROOT or tok.pos_ != "NOUN" or tok.dep_ != "pobj"
            or tok.head.lower_ not in OCCASION_PREPS
            or tok.head.head.lemma_.lower() not in ADDRESSING_VERBS):
        return []
    return _first_named(_addressed(tok.head.head), sa, keys)


def _addressed(verb: Token) -> list[Token]:
    """Whom ``verb`` addresses: its object or dative, or its "to" phrase ("gave the message to
    X": a preposition the parse may call the dative, hung from the verb or from its object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    addressed = [c for c in objects if c.pos_ != "ADP"]
    addressed += [o for w in (verb, *objects) for c in (w, *w.children)
                  if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj"]
    return addressed


# Appeals and demands (CAMEO 02, 10) made in a participle of a verb of writing or calling to
# someone: "wrote to X asking for an explanation", "telephoned X urging restraint" ask X.
ASKING_ROOTS = frozenset({"02", "10"})  # appeal, demand


CONTACTING_VERBS = frozenset({"write", "send", "call", "telephone", "phone", "contact", "cable",
                              "approach", "petition", "address", "turn"})


def addressee_targets(tok: Token, root: str, sa: SentenceActors,
                      keys: set[tuple[Any, ...]]) -> list[Participant]:
    """The target of an appeal or demand in a participle of a verb of contacting someone: the
    one contacted ("Ms X has written to Mr Y asking for clarification")."""
    if (root not in ASKING_ROOTS or tok.dep_ != "advcl" or tok.tag_ != "VBG"
            or tok.head.lemma_.lower() not in CONTACTING_VERBS):
        return []
    return _first_named(_addressed(tok.head), sa, keys)


def fallback_targets(tok: Token, slots: tuple[str, ...], root: str, sa: SentenceActors,
                     keys: set[tuple[Any, ...]], *, among_sources: bool
                     ) -> tuple[list[Participant], str]:
    """The targets a pattern's slots did not name, and the path: the receiver of an event noun
    ("received a call from X"), the place an act of force hits, whose the thing in the target
    slots is ("voted against the prime minister's call"; not when the sources are each other's
    partners)."""
    got = receiver_targets(tok, sa, keys)
    if got:
        return got, "receiver"
    got = occasion_partner_targets(tok, root, sa, keys)
    if got:
        return got, "occasion-partner"
    got = addressee_targets(tok, root, sa, keys)
    if got:
        return got, "addressee"
    if root in PLACED_ROOTS:
        got = place_of_thing(tok, slots, sa, keys)
        if got:
            return got, "place-of-object"
        got = victim_targets(tok, sa, keys)
        if got:
            return got, "victims"
        got = occasion_targets(tok, sa, keys)
        if got:
            return got, "occasion-toll"
    if not among_sources:
        got = possessor_targets(tok, slots, sa, keys)
        if got:
            return got, "possessor"
    return [], ""


def _named(found: list[Participant]) -> list[Participant]:
    return [t for t in found if t.resolved and t.actor.actor.country]


def _people(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (tok.pos_ in ("PRON", "NUM") or tok.ent_type_ in ("PERSON", "NORP", "ORG")
            or lemma in QUANTITY_NOUNS or lemma in noun_classes()["persons"]
            or lemma in agent_nouns())
