"""Dependency-parse helpers: cue verbs, the content they govern, their subject, channel phrases.

Everything here is a constant-time lexicon lookup per token (no scans of a dictionary per
sentence), on spaCy tokens of one paragraph Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.quotes.constructions import (
    closes_quote,
    quantifier_subject,
    reported_by_adjective,
    trailing_participle,
)
from detente.quotes.lexicon import ATTITUDE_CLASSES, QuoteLexicon

# The passive subject of a reporting verb is what is reported on, never the speaker ("they are
# accused of ..."); a passive speaker is the agent ("was announced by the ministry").
_SUBJECTS = frozenset({"nsubj"})
# Clause links through which a subject-less cue takes the subject of its head
# ("Biden refused ..., saying ...", "he said ... and added ...").
_SUBJECT_CLIMB = frozenset({"conj", "xcomp", "advcl", "acomp"})  # acomp: "X was quick to say"
RELATIVE = frozenset({"who", "that", "which"})
_NP_RIGHT_STOP = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "prep", "parataxis"})
_DETERMINERS = frozenset({"the", "a", "an"})
_MEDIUM_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over"})
_SAY_TO = frozenset({"say", "tell", "speak", "write", "explain", "add", "confirm", "insist"})
_EDGE_SKIP = frozenset({"that", "whether", "if"})
_ATTRIBUTIVE = frozenset({"amod", "compound", "nmod", "acomp", "prep"})
_NP_CUTS = frozenset({"\u2014", "\u2013", "--", ":", ")", ";"})
INANIMATE = frozenset({"it", "this", "that", "which"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


@dataclass(slots=True)
class Cue:
    """A reporting expression: the verb (or "according" of "according to") and its parts."""

    token: Token
    cls: str
    text: str  # "said", "according to"
    first: int  # token range of the cue text (inclusive)
    last: int
    according: bool = False  # a phrase naming its source: "according to X", "in a poll"
    particle: str = ""  # the particle/preposition of the lexicon row ("call for")
    objects: bool = False  # its direct object (or the particle's object) is reported content
    noun: bool = False  # a cue noun with a possessor ("the mayor's view")
    adjective: bool = False  # an adjective after a copula ("the union is critical of ...")


def cue_of(token: Token, lex: QuoteLexicon) -> Cue | None:
    """The cue this token heads, if any: a reporting verb, or "according" of "according to"."""
    lower = token.lower_
    if lower == "according":
        for child in token.children:
            if child.lower_ == "to":
                return Cue(token, "speech", f"{token.text} {child.text}", token.i, child.i, True)
        return None
    if lower == "in" and token.dep_ == "prep" and token.is_sent_start:
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        cls = lex.sources.get(obj.lemma_.lower()) if obj is not None else None
        # "In a poll released Monday, 52 percent backed the plan": the poll is the source (at
        # the end of a clause, "leads in the polls" is a standing more often than a report).
        return Cue(token, cls, token.text, token.i, token.i, True) if cls else None
    verb = token.pos_ == "VERB" or _verb_tagged_noun(token)
    if token.pos_ == "NOUN" and not verb:
        return _noun_cue(token, lex)
    if token.dep_ == "acomp":
        return _adjective_cue(token, lex)
    if not verb or token.dep_ in _ATTRIBUTIVE:
        return None
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return None  # "without saying": nothing was said
    if token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and not reported_by_adjective(token):
        return None  # "it is worth noting that ...": the writer's aside
    if token.i >= 2 and token.doc[token.i - 2].lower_ == "so" and token.doc[token.i - 1].text == "-":
        return None  # "so-called"
    lemma = _LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
    if lemma not in lex.cues or _markup(token):
        return None
    # "called them crazy on Monday" is no "call on": a preposition of time is no particle
    particles = frozenset(c.lower_ for c in token.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        or c.pos_ == "ADJ" and c.dep_ in _PREDICATES  # "made (it) clear that ..."
    ) | frozenset(m.lower_ for m in marked_clauses(token))
    addressed = addressee_particle(token) if lemma in _ADDRESSING else None
    if addressed is not None:  # its object is whom it addresses ("reminded voters of ...")
        particles |= {addressed.lower_}
    # a particle proper wins over a preposition ("called out X for Y" is "call out", not "call
    # for")
    proper = lex.cue_entry(lemma, frozenset(c.lower_ for c in token.children if c.dep_ == "prt"))
    entry = proper if proper is not None and proper[1] else lex.cue_entry(lemma, particles)
    if entry is None:
        return None
    if lemma in LIGHT_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.nouns
                                     and noun_clause(c) is not None for c in token.children):
        return None  # "expressed concern that ...": the cue noun reports its own clause
    cls, particle = entry
    if cls in ATTITUDE_CLASSES and _speculative(token):
        return None
    if cls in _OWN_CLAUSE and not _own_clause(token):
        return None
    if cls == "evidence" and _borrowed_action(token, lex):
        return None
    first = _governing_verb(token, lex)
    return Cue(token, cls, token.doc[first : token.i + 1].text, first, token.i, particle=particle,
               objects=lex.takes_object(lemma, particle))


_ADDRESSEE_PARTICLES = frozenset({"of", "about"})
# Verbs of informing and advising, whose direct object is the person addressed ("warned
# residents of the flood"); a verb of speaking's object is what is spoken ("speak English").
_ADDRESSING = frozenset({"ask", "remind", "warn", "lecture", "caution", "alert", "notify", "inform",
                         "advise", "question", "press"})


def addressee_particle(verb: Token) -> Token | None:
    """The "of" or "about" phrase the parse hangs on the verb's object, its addressee, rather
    than on the verb ("reminded voters of the years ...", "is reminding the campaign about ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    return next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PARTICLES
                 and c.i > obj.i), None)


def _governing_verb(token: Token, lex: QuoteLexicon) -> int:
    """Where the cue's text starts: at a verb that is no cue itself and takes the cue as its
    infinitive ("declined to say", "went on to argue", "continued to insist"), else at the cue."""
    head = token.head
    if (token.dep_ == "xcomp" and head.pos_ == "VERB" and head.i < token.i
            and head.lemma_.lower() not in lex.cues
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return head.i
    return token.i


def _verb_tagged_noun(token: Token) -> bool:
    """A main verb the tagger took for a noun ("Many fear the plan will fail", "The senator
    plans to run"): the root of its sentence, with a subject of its own or the clause it closes
    ("..., the former doctor maintains")."""
    return (token.pos_ == "NOUN" and token.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" or c.dep_ == "ccomp" and c.i < token.i for c in token.children))


def _noun_cue(token: Token, lex: QuoteLexicon) -> Cue | None:
    """A cue noun with a source and a clause: "the mayor's view is that ...", "his claim that
    ...", "a demand by the union that ..." (the possessor or the by/from phrase is the source;
    "my view" is the writer's)."""
    lemma = token.lemma_.lower()
    cls = lex.nouns.get(lemma) or (lex.light_nouns.get(lemma) if light_object(token) else None)
    if cls is None or _markup(token):
        return None
    owner = noun_source(token)
    if owner is None or owner.lower_ in ("my", "our", "your"):
        return None
    return Cue(token, lex.cue_class(lemma) or cls, token.text, token.i, token.i, noun=True)


def light_object(noun: Token) -> bool:
    """Whether a noun is the object of a light verb ("made the allegation that ...", "issued a
    statement about ..."): a speech act its subject performs."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS


_COPULAS = frozenset({"be", "remain", "become", "grow"})
_EXPLETIVE = frozenset({"it", "there", "this"})


def _adjective_cue(token: Token, lex: QuoteLexicon) -> Cue | None:
    """An adjective of stance after a copula: "the union is confident that ...", "voters were
    critical of the plan", "the mayor is determined to ..." (the copula's subject is the source;
    "it is certain that ..." has none). Finite and asserted, as thoughts are."""
    copula = token.head
    if copula.lemma_.lower() not in _COPULAS or copula.i == token.i or _markup(token):
        return None
    preps = frozenset(c.lower_ for c in token.children if c.dep_ == "prep")
    entry = lex.adjective_entry(token.lower_, preps)
    if entry is None or _speculative(copula) or not _own_clause(copula):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in _EXPLETIVE for c in copula.children):
        return None
    cls, prep = entry
    return Cue(token, cls, token.text, token.i, token.i, particle=prep, objects=bool(prep),
               adjective=True)


def noun_clause(noun: Token) -> Token | None:
    """The clause of a cue noun after it: "his claim that ...", "the mayor's plan to ..."."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that"
                         or m.dep_ == "aux" and m.lower_ == "to" for m in c.children)), None)


def _markup(token: Token) -> bool:
    """Whether a token is a markup tag's name (<tweet author="...">), not a word of the text."""
    return token.i > 0 and token.doc[token.i - 1].text in ("<", "</")


def noun_source(noun: Token) -> Token | None:
    """The source of a cue noun: its possessor ("the mayor's view"), else the object of a
    "by"/"from" after it ("a demand by the union", "criticism from the opposition"), else the
    subject of a light verb it is the object of, or of the verb it comes "with"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _clause_subject(noun) if owner.lower_ in _POSSESSIVE_PRONOUNS else owner
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = noun.head
    if light_object(noun):
        # "Trump made the argument that ...", "she expressed concern that ...": the verb's subject,
        # or the one of the verb it completes ("has promised a veto and attempted to make the
        # case that ...")
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                return subject
            verb = verb.head
        return None
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB":
        # "the mayor responded with a warning that ...": whoever acted with it
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _clause_subject(noun: Token) -> Token:
    """The subject of the clause a cue noun with a possessive pronoun sits in, named as its
    source ("Trump stood by his claim that ...": Trump), else the pronoun itself."""
    head = noun
    while head.dep_ in ("dobj", "pobj", "prep") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            break
    return next(c for c in noun.children if c.dep_ == "poss")


# "throw" as in "threw her support behind the mayor"
LIGHT_VERBS = frozenset({"make", "express", "voice", "offer", "raise", "issue", "repeat",
                          "reiterate", "renew", "lodge", "throw"})


def marked_clauses(verb: Token) -> list[Token]:
    """The marks of clauses after a verb that open with a preposition ("called for the city to
    act": the parse makes "for" the mark of "act", not a particle of "called")."""
    return [m for c in verb.rights if c.dep_ in ("advcl", "ccomp")
            for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i and m.lower_ == "for"]


_PREDICATES = frozenset({"oprd", "ccomp", "acomp"})
# Forms the lemmatiser gets wrong ("hoping", "hopes" -> "hop"; "extolled" -> "extoll").
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope",
                "extolled": "extol", "extolling": "extol"}
_SPECULATIVE_AUX = frozenset({"may", "might", "could", "must"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Thoughts and plans are attributions only as the finite verb of a clause of their own.
_OWN_CLAUSE = frozenset({"belief", "plan"})


def _borrowed_action(token: Token, lex: QuoteLexicon) -> bool:
    """An evidence verb coordinated with an act and sharing its subject ("the senator took the
    stage and showed flashes of anger") tells what someone did; a record or poll that shows
    something has a subject of its own or follows another finding ("found X and showed Y")."""
    return (token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children)
            and lex.cue_class(token.head.lemma_.lower()) != "evidence")


def _passive_with_agent(token: Token) -> bool:
    """A tensed passive naming its source ("the bill is backed by the union"): the stance is the
    agent's; an agentless one ("is expected to win") names nobody and is no attribution."""
    children = list(token.children)
    return any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "agent" for c in children)


def _own_clause(token: Token) -> bool:
    """Whether a verb is finite (tensed, or with an auxiliary) and heads its own clause: a
    participle or gerund ("voters backing the plan") or a verb coordinated with another
    ("said ... and wants ...") describes a stance in passing more often than it reports one;
    a participle set off after its clause with a clause or infinitive of its own is the
    subject's ("the senator toured the valley, hoping to avoid ...")."""
    finite = (token.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" for c in token.children)
              or _passive_with_agent(token)
              or _verb_tagged_noun(token)
              or trailing_participle(token))
    # a coordinated clause with a subject of its own is a clause of its own ("..., but the
    # union wants more")
    return finite and (token.dep_ != "conj" or any(c.dep_ == "nsubj" for c in token.children))


def _speculative(token: Token) -> bool:
    """A thought the writer ascribes by guess ("Xi may believe ...") or asks about ("does he
    want ...?"), or one in a subordinate condition ("if they support it"), is no attribution."""
    if any(c.dep_ == "aux" and c.lower_ in _SPECULATIVE_AUX for c in token.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token.children):
        return True
    return token.dep_ in ("amod", "acl") and token.tag_ == "VBN"  # "a widely believed claim"


def is_writer(subject: Token | None) -> bool:
    """Whether a reporting subject is the writer (or the reader) rather than a source."""
    if subject is not None and subject.lower_ == "one" and any(True for _ in subject.children):
        return False  # "One of the authors", "one in four voters": a source, not generic "one"
    return subject is None or subject.lower_ in ("i", "we", "you", "one")


def trim(tokens: list[Token]) -> list[Token]:
    """Drop edge punctuation and a leading complementiser ("that", "whether")."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space
                       or (tokens[lo].dep_ == "mark" and tokens[lo].lower_ in _EDGE_SKIP)):
        lo += 1
    while hi > lo and (tokens[hi - 1].is_punct or tokens[hi - 1].is_space):
        hi -= 1
    return tokens[lo:hi]



def subject_of(cue: Cue, lex: QuoteLexicon | None = None) -> Token | None:
    """The reporting subject: nsubj (or the agent of a passive), climbing through participial and
    coordinated clauses that share their head's subject; the object of "according to"."""
    tok = cue.token
    if cue.according:
        if tok.lower_ == "in":
            return next((c for c in tok.children if c.dep_ == "pobj"), None)
        for child in tok.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
                for verb in child.children:
                    # a noun the tagger took for a verb ("according to show insiders")
                    if verb.dep_ == "pcomp":
                        return next((c for c in verb.children if c.dep_ == "dobj"), None)
        return None
    if cue.noun:
        return noun_source(tok)
    current = tok.head if cue.adjective else tok  # the copula's subject
    for _ in range(4):
        if current.lemma_.lower() == "quote":
            # "X was quoted (by the agency) as saying ...", "the agency quoted X as saying ...":
            # X speaks, the agency is the channel.
            return next((c for c in current.children if c.dep_ in ("nsubjpass", "dobj")), None)
        for child in current.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        # the subject nearest the verb: a parse may give a second one inside the quote before
        # it ("'... I hold in high esteem Sen. Ruiz,' Okafor said")
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            child = min(subjects, key=lambda c: abs(c.i - current.i))
            if child.lower_ in RELATIVE and current.dep_ == "relcl":
                return current.head
            return child
        if current.i == tok.i and (group := quantifier_subject(tok)) is not None:
            return group  # "most backed the plan", "half said so": the parse made it an adverb
        if current.dep_ in _SUBJECT_CLIMB and current.head.i != current.i:
            credit = (_misparsed_subject(tok) if current.i == tok.i and tok.dep_ == "conj"
                      and closes_quote(tok.head, tok) else None)
            if credit is not None:  # "“...,” Diaz, 58, told reporters": not the subject in the quote
                return credit
            current = current.head
            continue
        if (current.dep_ == "pcomp" and current.head.dep_ == "prep"
                and current.head.head.pos_ in ("VERB", "AUX")):
            current = current.head.head  # "responded by saying ...", "after saying ..."
            continue
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = current.head
            if lex is not None and lex.is_channel("medium", noun.lemma_.lower()):
                # "issued a statement saying ...": whoever issued the statement
                if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
                    current = noun.head
                    continue
                return None
            return noun  # "protesters chanting ...", "a letter warning ..."
        break
    return (_misparsed_subject(tok) if (tok.tag_ in _FINITE_TAGS or _verb_tagged_noun(tok))
            and tok.dep_ == "ROOT" else None)


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a finite reporting verb the parse left without one: a quantity hung on
    it ("About 4 in 10 say ..."), or the name between a closing quotation mark and the verb
    ("'...,' Texas delegate Bill Eastland, wearing a hat, said"), or a name just before the
    verb ("Saturday at the convention Sen. Ana Ruiz (D) said ...": not the date), or the name
    of an inverted credit right after it ("'...,' said Tom Okafor, half joking")."""
    for child in reversed(list(verb.lefts)):
        if (child.dep_ in ("nummod", "npadvmod") and child.pos_ in ("NOUN", "PROPN", "NUM")
                and child.ent_type_ not in ("DATE", "TIME")):
            return child
        if child.dep_ == "compound" and child.i == verb.i - 1 and child.pos_ in ("NOUN", "PROPN"):
            return child  # "..., the candidate's former doctor maintains": a noun made a compound
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ")":  # a party label after the name: "Ana Ruiz (D-MA)"
        while k > verb.sent.start and doc[k].text != "(":
            k -= 1
        k -= 1
    if k >= verb.sent.start and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN":
        return doc[k]
    named: Token | None = None
    for k in range(verb.i - 1, verb.sent.start - 1, -1):
        tok = doc[k]
        if tok.text in _QUOTE_MARKS:
            return named
        if named is None and tok.pos_ == "PROPN" and tok.ent_type_ in _NAMED_ENTS:
            named = tok
    k = verb.i + 1
    if verb.i > verb.sent.start and doc[verb.i - 1].is_punct and k < verb.sent.end and (
            doc[k].pos_ == "PROPN"):
        # an inverted credit after a quote ("'...,' said Tom Okafor, half joking"): the name
        while k + 1 < verb.sent.end and doc[k + 1].pos_ == "PROPN":
            k += 1
        return doc[k]
    return None


def relative_pronoun(cue: Cue, subject: Token) -> Token | None:
    """The relative pronoun that is the cue's subject in a relative clause on ``subject``
    ("Sanders, who says ..."): the source as the clause names it, like a personal pronoun."""
    for tok in (cue.token, *cue.token.ancestors):
        if tok.dep_ == "relcl" and tok.head.i == subject.i:
            return next((c for c in tok.children
                         if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)
    return None


def noun_phrase(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its left modifiers, and right ones up to a clause or comma."""
    start = head.left_edge.i
    end = head.i
    for child in head.rights:
        close_appos = child.dep_ == "appos" and not head.doc[child.left_edge.i - 1].is_punct
        if child.dep_ in _NP_RIGHT_STOP and not close_appos:  # "the economist Ana Ruiz"
            break
        end = max(end, child.right_edge.i)
    tokens = list(head.doc[start : end + 1])
    # A dateline or label glued to the phrase ("FLINT, Mich. (UPI) -- Bill Clinton") ends at a
    # dash, colon or closing parenthesis before the head.
    for k in range(head.i - start - 1, -1, -1):
        if tokens[k].text in _NP_CUTS:
            tokens = tokens[k + 1 :]
            break
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]  # also the possessive "'s" of "the mayor's view"
    return tokens or [head]


def phrase_text(tokens: list[Token], drop_determiner: bool = False) -> str:
    """The surface text of a contiguous token list (optionally without a leading article)."""
    if drop_determiner and len(tokens) > 1 and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _phrase_key(tokens: list[Token]) -> str:
    return phrase_text(tokens, drop_determiner=True).lower()


def is_relay(head: Token, lex: QuoteLexicon, actor_kind: str | None = None) -> bool:
    """Whether a reporting subject is an institution or outlet (a channel), not a person.

    ``actor_kind`` is the kind of the actor the subject resolved to, when known.
    """
    if actor_kind == "person" or head.ent_type_ == "PERSON" or head.lower_ in PRONOUNS:
        return False
    if actor_kind in ("organisation", "country"):
        return True
    words = noun_phrase(head)
    key = _phrase_key(words)
    if lex.is_channel("relay", key) or lex.is_channel("relay", head.lemma_.lower()):
        return True
    if head.pos_ != "PROPN":
        return False
    if head.ent_type_ in ("GPE", "NORP"):
        return True  # a capital or country speaking for its government ("Beijing said")
    # An organisation name: "the White House", "the Foreign Ministry" (a lone surname mis-tagged
    # as ORG has neither a determiner nor a second word).
    return head.ent_type_ == "ORG" and (words[0].lower_ in _DETERMINERS or len(words) > 1)


def is_person_subject(head: Token, lex: QuoteLexicon) -> bool:
    """Whether a subject token plausibly names a person (used when no actor is resolved)."""
    if head.ent_type_ == "PERSON":
        return True
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE"):
        return False
    return not is_relay(head, lex)


def channel_phrase(cue: Cue, lex: QuoteLexicon) -> str | None:
    """A channel expressed on the cue itself: "told reporters", "in a statement", "on X"."""
    tok = cue.token
    if cue.according:
        return None
    if tok.lemma_.lower() in _SAY_TO:
        for child in tok.children:
            obj: Token | None = None
            if child.dep_ in ("dobj", "dative") and tok.lemma_.lower() == "tell":
                obj = child
            elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (lex.is_channel("audience", obj.lemma_.lower())
                                    or lex.is_channel("audience", obj.lower_)):
                words = noun_phrase(obj)
                lead = f"{tok.text} {child.text}" if child.dep_ == "prep" else tok.text
                return f"{lead} {phrase_text(words)}"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() == "quote":
        quoting = tok.head.head
        agent = next((c for c in quoting.children if c.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if obj is None and any(c.dep_ == "dobj" for c in quoting.children):
            obj = next((c for c in quoting.children if c.dep_ == "nsubj"), None)
        if obj is not None:
            return phrase_text(noun_phrase(obj), drop_determiner=True)
    if tok.dep_ == "acl" and lex.is_channel("medium", tok.head.lemma_.lower()):
        return phrase_text(noun_phrase(tok.head))  # "a statement saying ..."
    holders = [tok]
    if tok.dep_ in ("ccomp", "conj", "parataxis") and tok.head.i != tok.i:
        holders.append(tok.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in _MEDIUM_PREPS:
                continue
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            key = _phrase_key(noun_phrase(obj))
            if (lex.is_channel("medium", obj.lemma_.lower()) or lex.is_channel("medium", obj.lower_)
                    or lex.is_channel("medium", key)):
                return phrase_text(list(obj.doc[child.i : obj.right_edge.i + 1]))
    return None
