"""Which lexicon pattern a predicate matches: its lemma, particle, governed preposition, object
head or noun class, and complement (an infinitive, a modal or judging reported clause)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from detente.events.lexicon import Pattern, by_lemma, noun_classes
from detente.events.phrases import RELATIVE, agent_noun, preposition

POS_OF = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
QUANTITY_NOUNS = frozenset({"number", "dozen", "dozens", "hundred", "hundreds", "thousand",
                            "thousands", "score", "scores", "group", "couple", "handful", "batch",
                            "total", "majority", "some", "all", "most", "many", "million",
                            "billion", "trillion"})

# Verbs an event noun happens by, whose phrases are the noun's ("clashes broke out between X
# and Y", "talks resumed between X and Y").
OCCURRENCE_VERBS = frozenset({"erupt", "break", "occur", "flare", "resume", "continue", "escalate",
                              "intensify", "rage", "happen", "open", "begin", "start", "end",
                              "conclude", "proceed", "stall", "collapse"})
# Passive verbs an event is held by ("talks were held in Geneva between X and Y")
HOLDING_VERBS = frozenset({"hold", "conduct", "stage"})


# Verbs whose subject is the one the act their object names is addressed to: "Arafat received a
# call from Albright", "rejected the EU's demand", "turned down a French proposal", "drew
# criticism from Berlin".
RECEIVING_VERBS = frozenset({"receive", "get", "accept", "welcome", "face", "reject", "ignore",
                             "heed", "spurn", "rebuff", "dismiss", "deny", "decline", "draw",
                             "attract", "earn", "win", "garner",
                             # one who provokes a reaction is what it is aimed at: "Denmark
                             # sparked criticism from China", "provoked protests from Seoul"
                             "spark", "provoke", "trigger", "prompt", "incur", "invite"})


def receiving(verb: Token) -> bool:
    """Is ``verb`` one of receiving or answering what its object noun names ("drew criticism",
    "turned down a proposal"; not "drew up a plan")?"""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "turn":
        return "down" in particles
    return lemma in RECEIVING_VERBS and not particles


def noun_phrases(noun: Token) -> list[Token]:
    """The dependents of an event noun, with the phrases after it that the parse hangs on the
    verb it happens by."""
    kids = list(noun.children)
    verb = noun.head
    lemma = verb.lemma_.lower()
    if (noun.dep_ == "nsubj" and (lemma in OCCURRENCE_VERBS or lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))) or (
            noun.dep_ == "nsubjpass" and lemma in HOLDING_VERBS):
        # "talks took place / were held / opened in Juba between X and Y"
        kids += [c for c in verb.children if c.i > noun.i and c.dep_ == "prep"]
    # "the meeting, held on Tuesday between X and Y": the participle the event is held by
    kids += [c for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
             and a.lemma_.lower() in HOLDING_VERBS for c in a.children if c.dep_ == "prep"]
    if noun.dep_ == "dobj" and receiving(verb):
        # "received support from X", "drew criticism from Y": who gave it
        kids += [c for c in verb.children if c.i > noun.i and c.dep_ == "prep"
                 and c.lower_ == "from"]
    return kids


def for_clause_subjects(verb: Token) -> list[Token]:
    """The subjects of a "for X to do" clause after ``verb`` ("called for the embargo to be
    lifted", "pressed for talks to resume"): what the preposition "for" asks about."""
    # the parse may hang "for" on the verb as a bare preposition, not on the clause as its mark
    bare_for = {c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                and not list(c.children)}
    return [s for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
            and (any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 or c.left_edge.i - 1 in bare_for)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


# Verbs of pleading whose "for X to do" clause is the "for" phrase of their appeal (CAMEO 02).
# Not "call": what it calls for decides between an appeal and a demand, which the model weighs
# better than one pattern; only a row that names the act called for reads it ("called for the
# president to resign": call_for_resign, xcomp "resign").
PLEADING_VERBS = frozenset({"plead", "appeal", "beg", "petition", "lobby", "ask"})
# Complement constraints that name no act
OPEN_COMPLEMENTS = frozenset({None, "", "*", "none", "bare"})


# Nouns for people sent out together, whose modifier names their purpose ("a medical team").
CREW_NOUNS = frozenset({"team", "group", "worker", "crew", "convoy", "mission", "unit", "staff",
                        "expert", "specialist"})


def predicate_pos(tok: Token) -> str | None:
    """The lexicon part of speech ``tok`` is matched as: a copula the tagger calls AUX is the
    clause's verb ("were on strike"), an auxiliary is not."""
    if tok.pos_ == "AUX":
        return None if tok.dep_ in ("aux", "auxpass") else "verb"
    return POS_OF.get(tok.pos_)


def match_pattern(tok: Token, skip: frozenset[str] = frozenset()) -> Pattern | None:
    """The most specific lexicon pattern matching the predicate ``tok``, if any (``skip``:
    pattern ids left out)."""
    pos = predicate_pos(tok)
    if pos is None or public_gathering(tok):
        return None
    cands = by_lemma().get((pos, _predicate_lemma(tok)))
    if not cands:
        return None
    # "called on Tuesday ...": a preposition heading a date or time is not the pattern's one
    kids = [c for c in (noun_phrases(tok) if pos == "noun" else tok.children)
            if not (c.dep_ == "prep" and temporal_prep(c))]
    labels = [(c.dep_, preposition(c)) for c in kids]
    # only a lemma with a "for" row reads a "for X to do" clause (the parse walk is not free)
    asks_for = pos == "verb" and any("for" in (p.prep, p.particle) for p in cands) \
        and bool(for_clause_subjects(tok))
    if asks_for and tok.lemma_.lower() in PLEADING_VERBS:
        labels.append(("prep", "for"))  # "pleaded for the government to act": a "for" phrase
    prts = {low for dep, low in labels if dep == "prt"}
    # "reacted angrily to X": a manner adverb names a verb's sense as an object would
    manners = {c.lower_ for c in kids if c.dep_ == "advmod" and c.lower_.endswith("ly")} \
        if pos == "verb" else set()
    # a lemma has many patterns and their object heads depend only on the preposition
    heads_of: dict[str | None, list[tuple[str, str, str]]] = {}
    for p in cands:
        if p.id in skip:
            continue
        if prts - {p.particle, p.prep}:
            continue  # "back down" is not "back"
        if p.particle and not any(dep in ("prt", "prep", "advmod") and low == p.particle
                                  for dep, low in labels):
            continue
        if p.prep and not any(dep in ("prep", "prt", "dative", "agent") and low == p.prep
                              for dep, low in labels) and not (
                p.prep == "for" and asks_for and p.xcomp not in OPEN_COMPLEMENTS):
            continue  # a "for X to do" clause is the "for" of a row that names the act
        if p.obj_label == "none" and any(dep == "dobj" for dep, _ in labels):
            continue
        if p.obj is not None:
            heads = heads_of.get(p.prep)
            if heads is None:
                heads = heads_of[p.prep] = _object_heads(tok, pos, kids, p.prep)
            # PETRARCH-2's objects are word forms ("rocks"), ours lemmas: either matches
            if not any(lemma in p.obj or form in p.obj or not p.obj or (
                p.obj_label == "@territory" and ent in ("GPE", "LOC", "FAC")
            ) or (p.obj_label == "@officeholder" and ent == "PERSON")
                for lemma, form, ent in heads) and not p.obj & manners:
                continue
        if p.xcomp and not _xcomp_ok(kids, p.xcomp, tok.lemma_.lower()):
            continue
        return p
    return None


def _predicate_lemma(tok: Token) -> str:
    """The lemma whose patterns ``tok`` takes: "test-fired" and "test-launched" (split at the
    hyphen by the tokenizer) are tests of a weapon, not its use."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "test":
        return "test"
    lemma = tok.lemma_.lower()
    if lemma in PLURAL_SENSE and tok.tag_ == "NN":
        return lemma + "#singular"  # "his talk on trade": a speech, not negotiations
    return lemma


# Nouns whose event sense is plural only: "talks" are negotiations, "a talk" is a speech.
PLURAL_SENSE = frozenset({"talk"})


# Nouns for a body of people, whose modifier says what it is ("a terrorist organisation").
BODY_NOUNS = frozenset({"organization", "organisation", "group", "network", "movement", "entity",
                        "outfit", "gang", "cell", "ring"})


def _object_heads(tok: Token, pos: str, kids: list[Token], prep: str | None
                  ) -> list[tuple[str, str, str]]:
    """(lower-case lemma, lower-case form, entity type) of the words a pattern's object
    constraint looks at."""
    if pos == "verb":
        # "pleaded guilty": an adjective complement says the verb's sense like an object
        # "called X reckless": an object predicate says the verb's sense too
        heads = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "attr", "acomp", "oprd")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a statement released by X"
            heads.append(tok.head)
        if object_relative(tok):  # "the speech he gave": the noun is the verb's object
            heads.append(tok.head)
        if prep:  # "described X as reckless": the parse hangs a bare adjective on "as"
            heads += [o for c in kids if preposition(c) == prep for o in c.children
                      if o.dep_ == "pobj" or (prep == "as" and o.dep_ in ("amod", "acomp"))]
        heads += [g for h in heads for g in h.conjuncts]
        # "designated X as a terrorist organisation": what kind of body says the verb's sense
        heads += [m for h in heads if h.lemma_.lower() in BODY_NOUNS for m in h.children
                  if m.dep_ in ("compound", "amod")]
        # "holding a number of prisoners", "expelled dozens of diplomats", "sent tonnes of aid",
        # "pledged $50 million in aid", "froze hundreds of millions of dollars in aid"
        heads += measured_things(kids, heads)
        # "sent rescue teams", "dispatched aid workers": what a crew is for says what is sent
        heads += [m for h in heads if h.lemma_.lower() in CREW_NOUNS for m in h.children
                  if m.dep_ in ("compound", "amod")]
        # "accepted an offer of aid", "rejected offers of talks": what is offered is the object
        heads += [o for h in heads if h.lemma_.lower() == "offer" for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    else:
        heads = [c for c in kids if c.dep_ in ("compound", "amod", "nmod")]
        if prep:  # "clashes between soldiers and rebels": the preposition's objects
            objs = [o for c in kids if preposition(c) == prep for o in c.children
                    if o.dep_ == "pobj"]
            heads += objs + [g for o in objs for g in o.conjuncts]
    return [v for h in heads if not public_gathering(h) for v in _head_forms(h)]


# "a public meeting", "a mass meeting": a gathering of the public (a rally), not talks between
# parties
GATHERING_MODIFIERS = frozenset({"public", "mass"})


def public_gathering(tok: Token) -> bool:
    """Is ``tok`` a meeting of the public ("held a public meeting in Lubumbashi")?"""
    return tok.lemma_.lower() == "meeting" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in GATHERING_MODIFIERS for c in tok.children)


def _head_forms(h: Token) -> list[tuple[str, str, str]]:
    """(lemma, form, entity type) of an object head, and of the word the tokenizer split at a
    hyphen ("cease-fire" is also "ceasefire" and "cease-fire")."""
    out = [(h.lemma_.lower(), h.lower_, h.ent_type_)]
    doc = h.doc
    if h.i >= 2 and doc[h.i - 1].text == "-" and doc[h.i - 2].is_alpha \
            and doc[h.i - 1].idx == doc[h.i - 2].idx + len(doc[h.i - 2]):
        first = doc[h.i - 2].lower_
        out += [(first + h.lemma_.lower(), first + h.lower_, h.ent_type_),
                (f"{first}-{h.lemma_.lower()}", f"{first}-{h.lower_}", h.ent_type_)]
    return out


@functools.cache
def _amounts() -> frozenset[str]:
    return QUANTITY_NOUNS | frozenset(noun_classes()["measure"])


def is_amount(tok: Token) -> bool:
    """Is ``tok`` an amount or container whose "of" object is the thing itself ("tonnes of aid",
    "a wave of air strikes")?"""
    return tok.lemma_.lower() in _amounts()


def measured_things(verb_kids: list[Token], nouns: list[Token]) -> list[Token]:
    """The things that amounts and containers among a verb's objects ``nouns`` measure ("tonnes
    of aid", "$50 million in aid"), through nested amounts ("hundreds of millions of dollars in
    aid"); ``verb_kids``: the verb's dependents, where the parse hangs "in aid"."""
    out: list[Token] = []
    frontier = nouns
    for _ in range(4):
        frontier = [o for h in frontier if is_amount(h)
                    for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                    for o in c.children if o.dep_ == "pobj"]
        out += frontier
    if any(is_amount(h) for h in (*nouns, *out)):
        out += [o for c in verb_kids if c.dep_ == "prep" and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj"]
    return out


def object_relative(clause: Token) -> bool:
    """A relative clause whose antecedent is its object: it has a subject of its own and no
    object ("the deal the government rejected", unlike "the man who gave aid")."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in clause.children) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in clause.children)


def temporal_prep(prep: Token) -> bool:
    """Does the preposition head a date or time ("on Tuesday", "in March")?"""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


# Prepositions placing a thing or an act ("bombed targets in southern Lebanon")
PLACING_PREPS = frozenset({"in", "inside", "near", "across", "along", "outside"})
# Nouns naming a part of a place, whose "of" phrase is the place ("in the north of Syria", "in
# the outskirts of Gaza City").
PART_OF_PLACE = frozenset({"area", "outskirts", "part", "suburb", "district", "neighbourhood",
                           "neighborhood", "centre", "center", "heart", "edge", "street", "coast",
                           "north", "south", "east", "west", "city", "town", "village", "region",
                           "province", "capital", "port", "border", "territory"})


def places_of(owners: list[Token], preps: frozenset[str], skip: Token | None = None,
              parts: bool = True) -> list[Token]:
    """The places the ``preps`` phrases of ``owners`` name (not the phrase ``skip``), then the
    places those are in: "in a village in Helmand province", and with ``parts`` "in the north
    of Syria"."""
    places = [g for owner in owners for prep in owner.children
              if prep.dep_ == "prep" and prep.lower_ in preps and prep is not skip
              for g in prep.children if g.dep_ == "pobj"]
    return places + [o for g in places for c in g.children if c.dep_ == "prep" and (
        c.lower_ == "in" or (parts and c.lower_ == "of" and g.lemma_.lower() in PART_OF_PLACE))
        for o in c.children if o.dep_ == "pobj"]


# Modal classes of a reported complement: "said Israel should withdraw" is an appeal,
# "said Israel must withdraw" a demand (xcomp column "@should" / "@must").
MODAL_COMPLEMENT = {"@should": frozenset({"should", "ought"}), "@must": frozenset({"must"})}
# Lexicon classes of judging words: "said the government was making a mistake" (xcomp "@criticism").
OPINION_VERBS = frozenset({"think", "believe", "feel", "suppose", "reckon"})
JUDGEMENT_CLASSES = frozenset({"criticism", "praise"})
# Lexicon classes of complement verbs, not of words in a reported clause: "declined to sign"
# (xcomp "@consent_verb"), "refused to elaborate", "refused to be named".
COMPLEMENT_VERB_CLASSES = frozenset({"remark_verb", "anonymity", "consent_verb", "consult_verb"})
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "what", "which"})


def modal_complement(kids: list[Token], want: str) -> Token | None:
    """The clausal complement whose auxiliary is of the modal class ``want``."""
    modals = MODAL_COMPLEMENT[want]
    comps = [c for c in kids if c.dep_ == "ccomp"]
    # "said: I think they should drop the plan": the speaker's own opinion verb is transparent
    comps += [g for c in comps if c.lemma_ in OPINION_VERBS and any(
        s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children)
              for g in c.children if g.dep_ == "ccomp"]
    # "should be home by Christmas": a whereabouts expected, not an act asked for (unlike "must
    # be ready to mediate", "should be the arbiter"; a passive is headed by its participle)
    return next((c for c in comps if not _whereabouts(c) and any(
        a.dep_ == "aux" and a.lower_ in modals for a in c.children) and not reproach(c)), None)


def _whereabouts(clause: Token) -> bool:
    """Is ``clause`` a copula with no predicate noun or adjective ("should be home")?"""
    return clause.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp", "oprd")
                                             for c in clause.children)


def reproach(clause: Token) -> bool:
    """Does ``clause`` say what someone should have done ("should have acted sooner")? Too late
    to be asked for, it judges the failure to do it: a criticism, not an appeal. Not when it
    reports words of its own ("should have told X that ..."): what they say is the point."""
    aux = [a.lower_ for a in clause.children if a.dep_ == "aux"]
    return clause.tag_ == "VBN" and "have" in aux and bool(
        MODAL_COMPLEMENT["@should"] & set(aux)) and not any(
        c.dep_ == "ccomp" for c in clause.children)


def _evaluative_complement(kids: list[Token], want: str) -> Token | None:
    """The clausal complement that judges: "said the government was making a mistake" (a word
    of the lexicon class ``want``, e.g. ``@criticism``, not negated)."""
    words = noun_classes()[want[1:]]
    # "said the rival was not serious": a merit denied is a criticism
    denied = noun_classes()["merit"] | noun_classes()["praise"] if want == "@criticism" else set()
    for c in kids:
        # "said it was wrong to ...", "said this was a cowardly attack": a thing is judged
        if c.dep_ != "ccomp" or any(g.dep_ in ("nsubj", "expl") and g.lower_ in THING_PRONOUNS
                                    for g in c.children):
            continue
        if want == "@criticism" and reproach(c):
            return c
        for t in _predicate_words(c):
            negated = any(n.dep_ == "neg" for n in (*t.children, *t.head.children))
            # the form as well as the lemma: "a shambles" is lemmatised to "shamble"
            forms = {t.lemma_.lower(), t.lower_}
            if (forms & words and not negated) or (forms & denied and negated):
                return c
    return None


# The words of a clause that say who does what: its verb, subject, objects, predicates and their
# modifiers, and the prepositional phrases of those nouns ("guilty of aggression", "the threat
# from X's provocations"); not the circumstances or side remarks of the clause ("learned from the
# failure of X", "the determination to tackle corruption", "forces that are complicit").
PREDICATE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "acomp", "oprd",
                            "advmod", "amod", "compound", "poss", "xcomp", "conj", "neg", "aux",
                            "auxpass"})
PREDICATIVE = frozenset({"attr", "acomp", "oprd", "dobj", "nsubj", "nsubjpass"})


def _predicate_words(clause: Token) -> list[Token]:
    """The words of ``clause`` that predicate something of its subject (see PREDICATE_DEPS)."""
    out, todo = [], [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in PREDICATE_DEPS:
                todo.append(c)
            elif c.dep_ == "prep" and t.dep_ in PREDICATIVE:
                todo += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _complement(kids: list[Token], want: str) -> Token | None:
    """The reported complement a modal (``@should``) or evaluative (``@criticism``) pattern
    requires."""
    if want in MODAL_COMPLEMENT:
        return modal_complement(kids, want)
    return _evaluative_complement(kids, want)


# A commissive verb's act may come as a future clause ("promised that a team would fly",
# "threatened that it will retaliate"); a directive's clause ("told X that ...") is a statement.
COMMISSIVE = frozenset({"promise", "pledge", "vow", "threaten", "guarantee", "swear"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# Verbs whose complement may be a bare infinitive, which the parse reads as a clause ("helped
# Haiti rebuild its ports"): a base-form clause without auxiliaries is their complement.
BARE_INFINITIVE = frozenset({"help"})
# Verbs whose "that" clause in the bare (subjunctive) form says what is to be done: "insisted
# that Uganda pay compensation" is a demand, "insisted that Uganda pays" a claim.
MANDATIVE = frozenset({"insist", "recommend"})


def subjunctive(verb: Token) -> bool:
    """Is ``verb`` in the bare form its subject does not agree with ("that Uganda pay", "that
    the border remain closed"), with no auxiliary?"""
    if any(a.dep_ == "aux" for a in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subj is not None
                                 and subj.tag_ in ("NN", "NNP"))


def object_infinitives(kids: list[Token]) -> list[Token]:
    """Infinitives after a verb's object that the parse reads as clauses of purpose ("warned the
    newspapers to show restraint"): the object's complement, as an xcomp would be."""
    objs = [k.i for k in kids if k.dep_ == "dobj"]
    return [c for c in kids if objs and c.dep_ == "advcl" and c.i > min(objs)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def gerund_objects(kids: list[Token]) -> list[Token]:
    """Gerunds right after a verb (or its particle) that the parse reads as adverbial clauses
    ("ruled out working with X", "avoided meeting Y"): the verb's complement, as an xcomp would
    be. A gerund after a comma or with its own subject or marker ("left, saying ...", "while
    visiting ...") stays an adjunct."""
    if not kids:
        return []
    verb = kids[0].head
    prts = [k.i for k in kids if k.dep_ == "prt" and k.i > verb.i]
    next_i = max([verb.i, *prts]) + 1
    return [c for c in kids if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == next_i
            and not any(a.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for a in c.children)
            ] + _to_gerunds(verb, kids)


# Verbs whose passive participle states a commitment of its subject ("is committed to", "is
# dedicated to"): the subject is the one committed, by itself.
COMMITTED = frozenset({"commit", "dedicate", "devote"})
# Verbs whose complement is a gerund after "to": "is committed to strengthening ties", "looks
# forward to meeting X" (only with "forward": "looked to the future" is no complement); the
# tagger calls "devoted" an adjective.
TO_GERUND = COMMITTED | {"devoted", "look"}


def _to_gerunds(verb: Token, kids: list[Token]) -> list[Token]:
    lemma = verb.lemma_.lower()
    if lemma not in TO_GERUND or lemma == "look" and not any(c.lower_ == "forward" for c in kids):
        return []
    return [g for c in kids if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


NAMING_NOUNS = frozenset({"name", "nickname", "term", "title", "label", "epithet"})
NAMING_PREPS = frozenset({"on", "upon", "for", "as"})  # asking, or naming
CALLEES = frozenset({"counterpart", "host", "guest", "ally", "neighbour", "neighbor"})
# what a call is made to do, by the caller ("called X to discuss ..."), unlike what the one
# called is told to do ("called X to resign")
CALL_PURPOSES = frozenset({"discuss", "talk", "express", "convey", "congratulate", "thank",
                           "offer", "brief", "inform", "assure", "reassure", "reiterate",
                           "review", "exchange", "wish", "extend", "share", "update"})


def _callee(tok: Token) -> bool:
    """Can ``tok`` be called on the phone: a name, a person's pronoun, an agent noun ("his
    counterpart", "the minister")? Not "the devices" (that the parse leaves without a
    predicate)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or tok.lower_ in ("him", "her", "them") or lemma in CALLEES or (
        agent_noun(lemma))


def _names_judges_or_asks(c: Token, calling: bool) -> bool:
    """Does ``c``, a dependent of the predicate, make it a naming, a judgement, a request or a
    statement rather than a bare act (see the "bare" complement constraint; ``calling``: the
    predicate is "call", whose complements may only say what the call was for and whose "on"
    and "for" phrases ask)?"""
    purposes = CALL_PURPOSES if calling else frozenset()
    if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp"):
        return c.lemma_.lower() not in purposes
    if c.dep_ == "dobj":
        return any(t.is_quote for t in c.subtree) or not _callee(c)
    return c.dep_ == "prep" and (calling and c.lower_ in NAMING_PREPS or any(
        o.lemma_.lower() in NAMING_NOUNS for o in c.children))


def _xcomp_ok(kids: list[Token], want: str, lemma: str) -> bool:
    if want.startswith("@") and want[1:] not in COMPLEMENT_VERB_CLASSES:
        return _complement(kids, want) is not None
    # a "to" infinitive, not a clause with a "to" phrase ("said X would be returned to Y")
    xs = [c for c in kids if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and (a.lower_ == "to" or lemma in COMMISSIVE and a.lower_ in FUTURE_AUX)
        for a in c.children)) or (lemma in BARE_INFINITIVE and c.dep_ == "ccomp" and c.tag_ == "VB"
                                  and not any(a.dep_ in ("aux", "mark") for a in c.children))
        or (lemma in MANDATIVE and c.dep_ == "ccomp" and subjunctive(c))
        # "called for X to resign"; "is in Uganda to discuss trade" (the purpose of being there)
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and (lemma == "be" or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)))]
    xs += object_infinitives(kids) + gerund_objects(kids)
    if want == "*":
        return bool(xs)
    if want == "bare":
        # "called his counterpart on Monday" is a phone call, and "called X to discuss Y" says
        # what it was for; "called X a liar", "called X 'free riders'", "called the move
        # reckless", "called X as ...", "called X to resign", "called on X" and "called X by
        # another name" judge, name or ask; "informed X that ..." is a statement, "informed X
        # of Y" is not
        calling = lemma == "call"
        return all(calling and x.lemma_.lower() in CALL_PURPOSES for x in xs) and not any(
            _names_judges_or_asks(c, calling) for c in kids)
    if want == "none":
        # "called on the king" is a visit, "called on the king to resign" an appeal and "a house
        # they call their embassy on the property of X" neither: no complement, no object
        return not xs and not any(
            c.dep_ in ("dobj", "oprd", "ccomp") or (
                c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
            for c in kids)
    # "warned X to withdraw or face sanctions": a conjoined complement is a complement too
    xs += [c for x in xs for c in x.conjuncts]
    if want.startswith("@"):  # a class of complement verbs ("declined to sign"); the
        # verbs of anonymity only in the passive ("refused to be named", not "to name them")
        return any(x.lemma_.lower() in noun_classes()[want[1:]] and (
            want != "@anonymity" or any(c.dep_ == "auxpass" for c in x.children)) for x in xs)
    verb, _, prt = want.partition("+")
    return any(x.lemma_.lower() == verb and (not prt or any(c.lower_ == prt for c in x.children))
               for x in xs)


YIELD_ROOT = "08"
# Standing measures (sanctions and embargoes, bans and curfews, blockades and sieges), which
# last until someone ends them; not what was said ("their demands were met": someone demanded).
MEASURE_ROOTS = frozenset({"16", "17", "19"})


def undergoing_verb(noun: Token) -> tuple[Token, Pattern] | None:
    """The passive verb whose own pattern reads the event noun ``noun`` as its object and
    yields it (CAMEO 08: lifts, eases, ends): "the sanctions were lifted", "the embargo is
    likely to be lifted" report the end of a standing sanction, not a new one; the act is the
    verb's. Not a verb of another kind ("the accusations were rejected" still reports that
    someone accused), nor a noun that is no standing measure ("their demands were met")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb: Token | None = noun.head
    for _ in range(3):  # "is likely to be lifted", "is expected to be eased": the raised subject
        if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
            break
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), None)
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    lemma = noun.lemma_.lower()
    own = by_lemma().get(("noun", lemma), ())
    p = next((q for q in by_lemma().get(("verb", verb.lemma_.lower()), ())
              if q.obj and lemma in q.obj and not q.blocked), None)
    if p is None or not own or p.cameo[:2] != YIELD_ROOT or own[0].cameo[:2] not in MEASURE_ROOTS:
        return None
    return verb, p
