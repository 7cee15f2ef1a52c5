"""Repairs to the dependency parse that every step reads: constructions the small English model
misparses the same way each time, fixed once after parsing (a spaCy component, registered in
``detente.nlp``) rather than worked around in each extractor."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

# Verbs whose object a visit brings: "met visiting President X" is a meeting with X, not a
# visit by the host ("met", then "visiting X" parsed as a clause of its own).
RECEIVING_VERBS = frozenset({"meet", "receive", "greet", "welcome", "host", "tell", "brief",
                             "thank", "assure", "accompany", "entertain", "honour", "honor",
                             "inform", "urge", "ask", "invite"})
VISITING = frozenset({"visiting", "touring"})


def _visitor(tok: Token) -> Token | None:
    """The guest of a "visiting" the parse made a verb with the guest as its object, when the
    verb it hangs from receives a guest ("met visiting Kenyan President X", "talks with
    visiting ..."); not a real visit ("spent the day visiting officials")."""
    if tok.lower_ not in VISITING or tok.tag_ != "VBG":
        return None
    head = tok.head
    receiving = tok.dep_ in ("xcomp", "advcl", "ccomp") and head.lemma_.lower() in RECEIVING_VERBS
    # "Abe and visiting South Korean minister Ban agreed": a conjunct, not a clause
    coordinated = tok.dep_ == "conj" and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "and" \
        and head.pos_ in ("PROPN", "NOUN")
    # "Visiting Russian Prime Minister X gave a warning": a clause made the subject of the verb
    # that has none, with the guest as its object, opens the sentence
    leading = tok.dep_ == "csubj" and tok.i == tok.sent.start and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    if not (receiving or coordinated or leading or (tok.dep_ == "pcomp" and head.lower_ == "with")):
        return None
    guest = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if guest is None or guest.left_edge.i != tok.i + 1 or guest.pos_ not in ("PROPN", "NOUN"):
        return None
    if leading and (guest.ent_type_ in ("GPE", "LOC", "FAC") or not guest.left_edge.is_title):
        return None  # "Visiting Paris was ...", "Visiting the troops was ...": a real clause
    return guest


def repair_visiting(doc: Doc) -> Doc:
    """"met visiting Kenyan President X": the guest becomes the object (or the object of
    "with", the conjunct in "A and visiting X", or the subject in "Visiting X said ...") and
    "visiting" its modifier, as in "met the visiting president"."""
    for tok in doc:
        guest = _visitor(tok)
        if guest is None:
            continue
        head = tok.head
        if tok.dep_ == "conj":
            before = doc[tok.i - 2]  # "a meeting between Arafat and visiting X": X joins Arafat
            if before.dep_ == "pobj" and before.head.lower_ == "between":
                head = before
        guest.head = head
        guest.dep_ = {"pcomp": "pobj", "conj": "conj", "csubj": "nsubj"}.get(tok.dep_, "dobj")
        tok.head = guest
        tok.dep_ = "amod"
    return doc


def repair_out_of(doc: Doc) -> Doc:
    """"pulled out of Kherson": the parse makes "out" a preposition with "of" under it; "out"
    is the particle of a verb with no object and "of Kherson" the verb's own phrase, as in
    "withdrew from"."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ != "out" or tok.dep_ not in ("prep", "advmod", "prt") or verb.pos_ != "VERB" \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue  # "forced the workers out of X" stays the parse's
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or of.i != tok.i + 1:
            continue
        of.head = verb
        tok.dep_ = "prt"
    return doc


# Words that open a subordinate clause: "set up after a mob attacked ..." ("and" is left out:
# "showed the businessman and his companies lost ..." has the whole coordination as subject).
CLAUSE_OPENERS = frozenset({"while", "whereas", "after", "before", "when", "since", "until",
                            "because"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stranded_subject(verb: Token) -> tuple[Token, Token] | None:
    """For a finite conjunct verb with no subject of its own, the noun phrase just before it,
    after a word that opens a subordinate clause, which the parse made that word's object
    ("a task force set up after a mob attacked ...", with "mob" the object of "after"):
    (opener, noun)."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    own = {c.i for c in verb.children if c.i < verb.i}  # its auxiliaries and adverbs
    end = min(own, default=verb.i)
    for opener in reversed(verb.doc[verb.head.i + 1 : end]):
        if opener.lower_ in CLAUSE_OPENERS and opener.dep_ == "prep":
            break
    else:
        return None
    words = verb.doc[opener.i + 1 : end]
    if not len(words):
        return None
    root = words.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON") or root.left_edge.i != words.start \
            or root.right_edge.i != words.end - 1 or root.head.i >= verb.i:
        return None
    if [c.i for c in opener.children] != [root.i]:  # the phrase is all the opener governs
        return None
    return opener, root


def repair_conjunct_subject(doc: Doc) -> Doc:
    """A finite conjunct verb takes back its subject from the preposition the parse attached it
    to, and that word ("after") becomes the clause's marker."""
    for verb in doc:
        found = _stranded_subject(verb)
        if found is None:
            continue
        opener, subject = found
        subject.head = verb
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        opener.head, opener.dep_ = verb, "mark"
    return doc


def _infinitive_before(verb: Token, conj: Token) -> Token | None:
    """The last "to" infinitive in ``verb``'s chain of complements that ends before ``conj``
    ("refused to agree to renounce violence, recognise Israel": "renounce")."""
    found = None
    cur = verb
    for _ in range(4):
        nxt = next((c for c in cur.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                    and c.i < conj.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                              for a in c.children)), None)
        if nxt is None:
            break
        found = cur = nxt
    return found


def repair_infinitive_conjunct(doc: Doc) -> Doc:
    """A bare verb the parse coordinates with a finite verb ("have refused to agree to renounce
    violence, recognise Israel and accept the deals") is a conjunct of the infinitive before it:
    "recognise" has no subject or tense of its own to be a clause beside "refused"."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or tok.tag_ != "VB" or head.tag_ not in FINITE_TAGS | {"VBN"} or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        infinitive = _infinitive_before(head, tok)
        if infinitive is not None:
            tok.head = infinitive
    return doc


def _finite_ancestor(tok: Token, tag: str) -> Token | None:
    """The nearest lexical verb of tense ``tag`` above ``tok`` that precedes it."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ == "VERB" and cur.tag_ == tag and cur.i < tok.i:
            return cur
    return None


def repair_progressive_conjunct(doc: Doc) -> Doc:
    """A finite verb the parse coordinates with a progressive inside a complement ("said the
    country was making progress and urged Togo to ...": "urged" hung on "making") is a conjunct
    of the nearest verb of its own tense higher up ("said ... and urged"), whose subject it
    shares far more often than the progressive's."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in FINITE_TAGS \
                or head.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass",
                                                        "expl", "mark") for c in tok.children):
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
            continue
        verb = _finite_ancestor(head, tok.tag_)
        if verb is not None:
            tok.head = verb
    return doc


# Auxiliaries that give a verb a tense of its own: a conjunct with one is a clause, never part
# of an infinitive.
TENSE_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "shall", "should", "can",
                               "could", "may", "might", "must", "is", "are", "was", "were"})


def repair_tensed_conjunct(doc: Doc) -> Doc:
    """A verb with a tense of its own (a tense auxiliary, or a past or present form) the parse
    coordinates with an infinitive ("has had the chance to tackle the problems and has failed",
    "left for Lima to attend the summit and will visit Chile", "refused to pull out its forces and
    launched an attack") is a conjunct of the clause the infinitive hangs from: an infinitive's
    conjunct has no tense of its own."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.tag_ != "VB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            continue
        if tok.tag_ not in ("VBD", "VBZ") and not any(
                c.dep_ == "aux" and c.lower_ in TENSE_AUXILIARIES and c.i < tok.i
                for c in tok.children):
            continue
        verb = _clause_verb_above(head)
        if verb is not None:
            tok.head = verb
    return doc


def _clause_verb_above(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` with a subject of its own (the clause it is part of)."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.i < tok.i and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return cur
    return None


def repair_coordinated_name(doc: Doc) -> Doc:
    """"Putin and German Chancellor Angela Merkel discussed ...": the parse makes the first name
    a modifier of the second and the title's first word its conjunct; the two names are the
    conjuncts of one subject ("Putin" heads it, "Merkel" its conjunct)."""
    for tok in doc:
        head = tok.head
        if tok.pos_ != "PROPN" or tok.dep_ not in ("nmod", "compound") or head.i <= tok.i:
            continue
        conj = next((c for c in tok.children if c.dep_ == "conj" and tok.i < c.i < head.i), None)
        if conj is None or not any(c.dep_ == "cc" and c.i < conj.i for c in tok.children):
            continue
        name = head
        while name.dep_ in ("compound", "nmod") and name.head.i > name.i:
            name = name.head
        nxt = doc[conj.i + 1]
        # two people, the second with a title ("German Chancellor"): not a name with "and" in
        # it ("the Hong Kong and Macau Affairs Office", "North and South Korea")
        if name.head.i == name.i or nxt.i > name.i or not (
                tok.ent_type_ == name.ent_type_ == "PERSON" and conj.ent_type_ != "PERSON"):
            continue
        heads = {t.i: t.head.i for t in doc}
        heads.update({tok.i: name.head.i, name.i: tok.i, conj.i: nxt.i})
        if not _tree(heads):
            continue
        tok.head, tok.dep_ = name.head, name.dep_
        name.head, name.dep_ = tok, "conj"
        conj.head = nxt
        conj.dep_ = "amod" if conj.tag_ == "JJ" else "compound"
    return doc


def _tree(heads: dict[int, int]) -> bool:
    """Do the heads (token -> head, a root its own) form a tree: every token reaches a root?"""
    for start in heads:
        seen: set[int] = set()
        cur = start
        while heads[cur] != cur:
            if cur in seen:
                return False
            seen.add(cur)
            cur = heads[cur]
    return True


RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# Verbs that take an object and an infinitive ("asked X to allow Y")
OBJECT_INFINITIVE_VERBS = frozenset({"ask", "urge", "tell", "order", "invite", "encourage", "press",
                                     "request", "persuade", "force", "allow", "call", "warn",
                                     "advise", "instruct", "direct", "appeal"})


def repair_object_relative(doc: Doc) -> Doc:
    """"asked the committee that monitors sanctions to allow it to buy medicines": the parse
    takes the relative clause for the verb's complement clause ("that" its subject); it modifies
    the object, and the infinitive after it is the verb's own ("asked ... to allow")."""
    for clause in (t for t in doc if t.dep_ == "ccomp"):
        verb = clause.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in RELATIVE_PRONOUNS and c.tag_ in ("WDT", "WP")), None)
        if obj is None or rel is None or rel.i != obj.right_edge.i + 1:
            continue
        clause.head, clause.dep_ = obj, "relcl"
        if verb.lemma_.lower() not in OBJECT_INFINITIVE_VERBS:
            continue
        infinitive = next((c for c in clause.children if c.dep_ in ("advcl", "xcomp")
                           and c.tag_ == "VB" and c.i > clause.i and any(
                               a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if infinitive is not None:
            infinitive.head, infinitive.dep_ = verb, "xcomp"
    return doc


# Verbs that name or judge what they take as an object ("called him a liar"), whose predicate
# the parse takes for the object when there is none ("called British Prime Minister X").
NAMING_VERBS = frozenset({"call"})
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def repair_named_object(doc: Doc) -> Doc:
    """"Putin called British Prime Minister Tony Blair on Thursday": a name the parse makes the
    predicate of a naming verb that has no object is its object (a call to that person); "called
    him a liar" has an object and keeps its predicate."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "oprd" or verb.lemma_.lower() not in NAMING_VERBS \
                or tok.pos_ != "PROPN" or tok.ent_type_ not in NAMED_ENTITIES \
                or any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children):
            continue
        tok.dep_ = "dobj"
    return doc


# Verbs of setting off whose "for" names where to ("left for Beijing to attend the summit")
DEPARTING_VERBS = frozenset({"depart", "leave", "head", "set", "sail", "fly", "travel", "return"})


def repair_destination_for(doc: Doc) -> Doc:
    """"were to depart for Havana to meet with X": the parse reads "for Havana to meet" as a
    clause with Havana as its subject; the place is where the verb of setting off goes ("for" a
    preposition with Havana as its object) and the infinitive the trip's purpose."""
    for tok in doc:
        clause = tok.head
        if tok.dep_ != "mark" or tok.lower_ != "for" or clause.dep_ != "advcl" \
                or clause.head.lemma_.lower() not in DEPARTING_VERBS:
            continue
        # a name after a verb of setting off is the place ("for Mar del Plata", which the
        # tagger may not call a place)
        place = next((c for c in clause.children if c.dep_ == "nsubj"
                      and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")
                      and c.i == tok.i + 1 + sum(
                          1 for k in c.lefts)), None)
        if place is None:
            continue
        tok.head, tok.dep_ = clause.head, "prep"
        place.head, place.dep_ = tok, "pobj"
    return doc


# Verbs whose "on" names who is charged with the object ("blamed the attack on rebels")
ON_WHOM_VERBS = frozenset({"blame", "pin"})
# Verbs whose object is charged (or threatened) with what a preposition names ("charged X with
# fraud", "accused X of fraud", "threatened X with sanctions")
WITH_WHAT_VERBS = {"charge": "with", "accuse": "of", "threaten": "with"}


def repair_blamed_on(doc: Doc) -> Doc:
    """"blamed the attack on militants": the parse hangs "on militants" from the noun ("an
    attack on militants"); the last "on" phrase that ends the object names whom the verb charges
    with it, so it becomes the verb's. "charged France, Spain and the EC Commission with unfair
    practices": the phrase that ends a list of names is the verb's too (a name takes no "with").
    One the verb has already is left alone."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        prep = "on" if lemma in ON_WHOM_VERBS else WITH_WHAT_VERBS.get(lemma)
        if prep is None or any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        found = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == prep and t.i > obj.i
                 and t.right_edge.i == obj.right_edge.i
                 and (prep == "on" or t.head.pos_ == "PROPN")]
        if found:
            found[-1].head = verb
    return doc


def repair_second_object(doc: Doc) -> Doc:
    """"gave the lawyers a week to settle": a verb with a dative and no object, whose noun after
    the dative the parse takes for a measure of time, has that noun as its object."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "npadvmod" or tok.pos_ != "NOUN" or verb.pos_ != "VERB" or tok.i < verb.i:
            continue
        kids = list(verb.children)
        dative = next((c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP"), None)
        if dative is not None and dative.i < tok.i and not any(c.dep_ == "dobj" for c in kids):
            tok.dep_ = "dobj"
    return doc


def _main_verb_as_modifier(root: Token) -> Token | None:
    """The verb a sentence rooted on a noun really has: a finite-looking participle the parse
    hangs on the subject as a modifier ("An Israeli minister called Thursday for a review"),
    with no subject, auxiliary or "by" agent of its own and no comma before it (those are real
    modifiers: "a commission appointed by the Vatican", "the resolution, passed by 27 votes")."""
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in root.children:
        if c.dep_ != "acl" or c.i < root.i or c.tag_ not in ("VBD", "VBN"):
            continue
        if c.doc[c.i - 1].is_punct or any(
                k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for k in c.children):
            return None
        return c
    return None


def repair_noun_root(doc: Doc) -> Doc:
    """A sentence the parse roots on its subject noun, with the verb as that noun's modifier:
    the verb becomes the root and the noun its subject (what comes after the verb hangs on it)."""
    for sent in list(doc.sents):
        root = sent.root
        verb = _main_verb_as_modifier(root)
        if verb is None:
            continue
        later = [c for c in root.children if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        root.head = verb
        root.dep_ = "nsubj"
        for c in later:
            c.head = verb
    return doc


# Verbs that tell someone something: their "that" clause is what is told, never a clause of
# the listener ("told BBC Radio's programme that the plans were inadequate").
TELLING_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "advise",
                           "notify", "convince", "persuade", "reassure"})


def repair_told_that(doc: Doc) -> Doc:
    """"told the Today programme that the plans were inadequate": a "that" clause with a
    subject of its own, which the parse hangs on the listener as a modifier, is the telling
    verb's complement."""
    for tok in doc:
        listener = tok.head
        verb = listener.head
        if tok.dep_ not in ("acl", "relcl") or listener.dep_ not in ("dobj", "dative") \
                or verb.lemma_.lower() not in TELLING_VERBS or tok.i < listener.i:
            continue
        kids = list(tok.children)
        if any(k.dep_ == "mark" and k.lower_ == "that" and k.i < tok.i for k in kids) and any(
                k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
            tok.head, tok.dep_ = verb, "ccomp"
    return doc


# Participles that say who came with, led or backed the subject ("troops backed by tanks",
# "rebels led by a former colonel"): with a "by" phrase and a verb right after it, the parse
# sometimes makes the participle the clause's verb and leaves the real verb without a subject.
ACCOMPANYING_VERBS = frozenset({"back", "support", "accompany", "escort", "flank", "aid",
                                "assist", "reinforce", "lead", "help", "arm", "equip", "fund",
                                "finance", "sponsor", "train"})


def _verb_after_reduced_relative(part: Token) -> tuple[Token, Token] | None:
    """For "troops backed by 15 jeeps raided Nablus" parsed with "backed" as the verb of
    "troops": (the subject, the verb that really has it)."""
    if part.lemma_.lower() not in ACCOMPANYING_VERBS or part.tag_ not in ("VBD", "VBN"):
        return None
    kids = list(part.children)
    subject = next((k for k in kids if k.dep_ == "nsubj" and k.i < part.i), None)
    by = next((k for k in kids if k.dep_ in ("prep", "agent") and k.lower_ == "by"
               and k.i == part.i + 1), None)
    if subject is None or by is None or any(k.dep_ in ("aux", "auxpass") for k in kids):
        return None
    after = by.right_edge.i + 1
    if after >= len(part.doc):
        return None
    verb = part.doc[after]
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or verb.head not in (part, part.head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return subject, verb


def _verb_in_agent_phrase(part: Token) -> tuple[Token, Token] | None:
    """For "drivers angered by new fees protested outside city offices" parsed with the noun
    "drivers" as the root and "protested" as a modifier of "fees": (the subject, the verb)."""
    subject = part.head
    if part.dep_ != "acl" or subject.dep_ != "ROOT" or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    by = next((k for k in part.children if k.dep_ == "agent" and k.i == part.i + 1), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is None:
        return None
    verb = next((c for c in agent.children if c.dep_ == "acl" and c.i > agent.i), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.doc[verb.i - 1].is_punct or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return None
    # the agent phrase ends right before the verb: nothing of it follows the verb
    if max(t.i for t in agent.subtree if t.i != verb.i and not verb.is_ancestor(t)) != verb.i - 1:
        return None
    return subject, verb


def _verb_after_participle_root(part: Token) -> tuple[Token, Token] | None:
    """For "a journalist jailed for eight years said ..." parsed with the participle "jailed"
    (tagged VBN, or with a "by" agent, and no auxiliary) as the root: (the subject, the verb
    that really has it)."""
    if part.dep_ != "ROOT" or part.pos_ != "VERB":
        return None
    kids = list(part.children)
    if part.tag_ != "VBN" and not any(k.dep_ == "agent" for k in kids):
        return None
    subject = next((k for k in kids if k.dep_ == "nsubj" and k.i < part.i), None)
    if subject is None or any(k.dep_ in ("aux", "auxpass", "dobj", "cc") for k in kids):
        return None
    verb = next((k for k in kids if k.dep_ in ("conj", "dep") and k.i > part.i
                 and k.pos_ == "VERB" and k.tag_ in FINITE_TAGS), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return subject, verb


def repair_reduced_relative(doc: Doc) -> Doc:
    """The participle becomes a modifier of the subject, and the verb after its "by" phrase (or
    after the participle's own phrases: "a journalist jailed for eight years said ...") the
    clause's verb with that subject."""
    for part in doc:
        found = (_verb_after_reduced_relative(part) or _verb_in_agent_phrase(part)
                 or _verb_after_participle_root(part))
        if found is None:
            continue
        subject, verb = found
        if subject.head.i == subject.i:  # the noun was the root
            _root_instead(subject, verb)
        elif part.head.i == part.i:
            _root_instead(part, verb)
            part.head, part.dep_ = subject, "acl"
        else:
            verb.head, verb.dep_ = part.head, part.dep_
            part.head, part.dep_ = subject, "acl"
        subject.head, subject.dep_ = verb, "nsubj"
    return doc


def _root_instead(root: Token, verb: Token) -> None:
    """``verb`` becomes the root of ``root``'s sentence and takes what followed it there."""
    later = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    for c in later:
        c.head = verb


# Every repair, in the order it runs (a later one reads what an earlier one mended)
REPAIRS: tuple[Callable[[Doc], Doc], ...] = (
    repair_noun_root, repair_visiting, repair_destination_for, repair_blamed_on,
    repair_object_relative, repair_out_of, repair_conjunct_subject, repair_progressive_conjunct,
    repair_tensed_conjunct, repair_infinitive_conjunct, repair_coordinated_name,
    repair_named_object, repair_second_object, repair_told_that,
    repair_reduced_relative)


@Language.component("detente_parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """All repairs, in order."""
    for repair in REPAIRS:
        doc = repair(doc)
    return doc
