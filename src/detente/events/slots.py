"""Target slots: where a predicate's target is looked for (the lexicon's ``target`` column).

Each slot name is a place in the parse: the object (``dobj``), the dative, a preposition's
object (nested prepositions and clauses under it included), the objects of an infinitive
(``xobj``), the actors of the reported content (``quote``/``that``), the subject of a modal
complement (``comp_subject``) or of an "if" clause (``condition``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from detente.document import ArticleDoc
from detente.events.lexicon import noun_classes
from detente.events.matching import (
    MODAL_COMPLEMENT,
    for_clause_subjects,
    gerund_objects,
    is_amount,
    measured_things,
    modal_complement,
)
from detente.events.modality import CLAIM_NOUNS, CONDITION_MARKS
from detente.events.participants import Participant, SentenceActors, actor_key
from detente.events.phrases import MEDIA_HEADS, makers_of, preposition
from detente.events.targets import political, stray_passive_subject

NESTED_PREPS = ("to", "against", "at", "on", "with", "of", "over", "about", "from", "in")


def each_other(tok: Token) -> bool:
    """Is the predicate's object a reciprocal pronoun ("accused each other", "blamed one another",
    "talk to each other", "traded accusations with each other")?"""
    owners = [tok, tok.head] if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else [tok]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [o for w in owners for c in w.children if c.dep_ == "prep"
             for o in c.children if o.dep_ == "pobj"]
    doc = tok.doc
    return any(
        (o.lower_ == "other" and o.i > 0 and doc[o.i - 1].lower_ == "each")
        or (o.lower_ == "one" and o.i + 1 < len(doc) and doc[o.i + 1].lower_ == "another")
        for o in objs)


def pobj_targets(prep: Token, sa: SentenceActors, depth: int = 0) -> list[Participant]:
    """The actors in the object of ``prep``, looking two nested prepositions deep."""
    for pobj in prep.children:
        if pobj.dep_ not in ("pobj", "pcomp"):
            continue
        got = sa.resolve(pobj)
        if got:
            return got
        if pobj.dep_ == "pcomp":
            for obj in pobj.children:
                if obj.dep_ == "dobj":
                    got = sa.resolve(obj)
                    if got:
                        return got
        if depth < 2:
            inners = sorted((c for c in pobj.children
                             if c.dep_ == "prep" and c.lower_ in NESTED_PREPS),
                            key=lambda c: NESTED_PREPS.index(c.lower_))
            for inner in inners:
                got = pobj_targets(inner, sa, depth + 1)
                if got:
                    return got
            for inner in pobj.children:
                if inner.dep_ in ("acl", "relcl"):
                    for obj in inner.children:
                        if obj.dep_ == "dobj":
                            got = sa.resolve(obj)
                            if got:
                                return got
    return []


def coordinated(conj: Token) -> bool:
    """Is ``conj`` joined to its head by a conjunction ("offered a plan but was turned down")?
    The parse also hangs stray clauses on the root as ``conj`` with none between them."""
    return any(c.dep_ == "cc" and conj.head.i < c.i < conj.i for c in conj.head.children)


COUNTRY_ID = "country:"  # the actor id prefix of a state itself
THING_PREPS = frozenset({"to", "for", "on", "from", "of"})
TOPIC_PREPS = frozenset({"of", "about", "on", "over", "against"})


def slot_targets(tok: Token, slot: str, sa: SentenceActors,
                 source_keys: set[tuple[Any, ...]], adoc: ArticleDoc) -> list[Participant]:
    """The actors in one of a pattern's target slots of the predicate ``tok`` (lexicon column
    ``target``: dobj, dative, a preposition, xobj, quote/that, comp_subject, condition)."""
    kids = list(tok.children)
    if slot == "dobj":
        for c in kids:
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "attr" and tok.pos_ == "VERB"):
                # "told France's Le Monde daily": speaking to the press is no interaction
                return [] if tok.lemma_ == "tell" and _media(c) else sa.resolve(c, makers=True)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a professor accused by the government"
            return sa.resolve(tok.head)
        for c in kids:
            if c.dep_ == "csubjpass":
                # "the protesters locked on to the car will be removed": the parse makes the
                # reduced relative the passive's clausal subject; its subject undergoes the act
                undergoer = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if undergoer is not None:
                    return sa.resolve(undergoer)
        stray = stray_passive_subject(tok)  # "as the minister was sacked by X"
        if stray is not None:
            return sa.resolve(stray)
        # coordinated verbs share their object: "was arrested and jailed", "arrested and jailed X"
        if tok.dep_ == "conj":
            # "offered a plan but was turned down by X": a passive's undergoer is the subject
            passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and (
                coordinated(tok))
            for c in tok.head.children:
                if tok.tag_ == "VBN" and c.dep_ == "nsubjpass" or passive and c.dep_ == "nsubj":
                    return sa.resolve(c)
        for conj in (c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"):
            if any(c.dep_ == "prep" and c.i < conj.i for c in kids):
                return []  # "bowed to X's demands and withdrew its troops": its own complement
            obj = next((g for g in conj.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return sa.resolve(obj)
        # "help Russia rebuild": the subject of a bare complement
        return _first_subject([c for c in kids if c.dep_ in ("ccomp", "xcomp") and not any(
            m.dep_ == "mark" for m in c.children)], sa)
    if slot == "stimulus":  # what a verb of feeling is felt at: "X's decision angered China"
        things = [c for c in kids if c.dep_ == "nsubj"] + [
            o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        for thing in things:
            # "remarks by the Ugandan president", "the decision of X": the thing names no one,
            # its maker does (its possessor the thing's own resolution finds)
            makers = [thing, *makers_of(thing)] + [
                o for c in thing.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS
                for o in c.children if o.dep_ == "pobj"]
            for maker in makers:
                got = sa.resolve(maker, makers=True)
                if got:
                    return got
        return []
    if slot == "dative":
        for c in kids:
            if c.dep_ in ("dative", "iobj"):
                return [] if _media(c) else sa.resolve(c)
        # "lend Ecuador crude" parsed with two objects: the first is who receives
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(objs) >= 2 and objs[0].i < objs[1].i and not _media(objs[0]):
            return sa.resolve(objs[0])
        return []
    if slot in ("quote", "that", "judged"):
        return content_targets(tok, sa, source_keys, adoc, judged=slot == "judged")
    if slot == "comp_subject":  # "said Israel should withdraw": who is asked (or judged)
        modal = [modal_complement(kids, want) for want in MODAL_COMPLEMENT]
        comps = [c for c in modal if c is not None] + [c for c in kids if c.dep_ == "ccomp"]
        return _first_subject(comps, sa, ("nsubj", "nsubjpass"))
    if slot == "condition":  # "threatened X if Y does not comply": Y is who must comply
        return _first_subject([c for c in kids if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)], sa)
    if slot == "xobj":
        gerunds = gerund_objects(kids)
        for x in kids + [g for g in gerunds if g not in kids]:
            if x.dep_ in ("xcomp", "ccomp") or x in gerunds:
                # no "in": "agreed to hold talks in Nairobi" names a venue, not a target
                for s in ("dobj", "dative", "to", "with", "on", "against", "at", "from",
                          "between", "xobj"):
                    got = slot_targets(x, s, sa, source_keys, adoc)
                    if got:
                        return got
        return []
    if slot == "for":  # "called for the president to resign": who is to act
        for subj in for_clause_subjects(tok):
            got = sa.resolve(subj)
            if got:
                return got
    owners = [tok] + [c for c in kids if c.dep_ in ("dobj", "attr")]
    # "pledged $50 million in aid for Sudan": the thing an amount measures holds the phrase
    owners += measured_things([], owners[1:])
    if tok.dep_ == "pobj":
        holder = tok.head.head
        owners.append(holder)
        # "launched a wave of air strikes on Gaza": the parse may hang the thing's preposition
        # on the verb whose object is the amount
        if holder.dep_ == "dobj" and is_amount(holder):
            owners.append(holder.head)
    elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":  # "held drills with X": the light verb's
        owners.append(tok.head)
    # "agreed to a truce with X", "called for talks with X", "pulled out of talks with X": the
    # partner hangs on the thing
    owners += [o for c in kids if c.dep_ == "prep" and c.lower_ in THING_PREPS
               for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    # "accepted offers of help from X": what is offered carries the offerer; "promote the ties
    # of cooperation with X": the kind of tie carries the partner
    owners += [o for d in owners if d.dep_ == "dobj" and (d.lemma_.lower() == "offer" or (
               slot == "with" and d.lemma_.lower() in noun_classes()["relations"]))
               for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]
    # "a tour which will take him to X": where the trip takes its maker
    owners += [c for c in kids if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CARRYING]
    if (slot == "to" and tok.dep_ == "advcl" and tok.tag_ == "VBG"
            and tok.head.lemma_.lower() in WRITING):
        # "wrote two letters to X, complaining that ...": the letter's addressee hears it
        owners += [tok.head] + [c for c in tok.head.children if c.dep_ == "dobj"]
    for owner in owners:
        for c in owner.children:
            if c.dep_ in ("prep", "dative", "prt") and preposition(c) == slot:
                got = pobj_targets(c, sa)
                if got:
                    return got
    return []


# Verbs by which a trip names its destinations ("a tour that will take him to X").
CARRYING = frozenset({"take", "bring"})
# Verbs of writing or sending to someone, whose participle clause says what was written.
WRITING = frozenset({"write", "send"})
# Prepositions besides "by" that name whose a thing felt is ("the decision of X", "remarks from
# X").
SOURCE_PREPS = frozenset({"of", "from"})


def _first_subject(clauses: list[Token], sa: SentenceActors,
                   deps: tuple[str, ...] = ("nsubj",)) -> list[Participant]:
    """The actors named by the subject of the first of ``clauses`` that has one."""
    for clause in clauses:
        subj = next((g for g in clause.children if g.dep_ in deps), None)
        if subj is not None:
            return sa.resolve(subj)
    return []


def meets_the_press(tok: Token) -> bool:
    """"met with journalists", "held talks with reporters": the press is a channel, not a
    partner in a consultation."""
    return any(_media(o) for c in tok.children if c.dep_ == "prep" and preposition(c) == "with"
               for o in c.children if o.dep_ == "pobj") or any(
        c.dep_ == "dobj" and _media(c) for c in tok.children)


def _media(tok: Token) -> bool:
    return tok.lemma_.lower() in MEDIA_HEADS or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in MEDIA_HEADS for c in tok.children)


def content_targets(tok: Token, sa: SentenceActors, source_keys: set[tuple[Any, ...]],
                     adoc: ArticleDoc, judged: bool = False) -> list[Participant]:
    """Actors named in the reported content: the ccomp of the cue, or the cue's quote; not of
    the speaker's country, unless the content ``judged`` an actor of it that is no state (a
    party or an official judges the government; "Kenya said Kenyan troops ..." is no judgement
    of another)."""
    own = {k[1] for k in source_keys if k[1]}
    # the countries none of whose actors may be the target: the speakers' own, or for a
    # judgement only those of a state speaking
    barred = {k[1] for k in source_keys if k[1] and str(k[0]).startswith(COUNTRY_ID)} \
        if judged else own
    tokens: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis"):
            tokens.extend(c.subtree)
        elif c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
            # "investigating reports that Peruvian guerrillas crossed": what the report says
            tokens.extend(t for a in c.children if a.dep_ in ("acl", "ccomp") for t in a.subtree)
    if not tokens:
        start, end = sa.sent.char_span(tok)
        # "warned of violence in X": a topic in a phrase on the cue is what was spoken of, not
        # whom the words address
        topics = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                  for t in c.subtree}
        for q in adoc.quotes:
            if q.cue_span == (start, end) and q.sentence_index == sa.sent.index:
                tokens = [t for t in sa.sent.span if q.span[0] <= sa.sent.char_span(t)[0] < q.span[1]]
                if tokens and all(t.i in topics for t in tokens):
                    tokens = []
    for t in tokens:
        m = sa.mention(t)
        if m is None or t.pos_ == "PRON":
            continue
        got = [p for p in sa.resolve(t) if p.resolved]
        got = [p for p in got if actor_key(p.actor.actor) not in source_keys
               and p.actor.actor.country not in barred
               and not (judged and p.actor.actor.country in own and not political(p.actor.actor))]
        if got:
            return got
    return []
