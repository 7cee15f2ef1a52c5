"""Dependency-parse helpers: cue verbs, the content they govern, their subject, channel phrases.

Everything here is a constant-time lexicon lookup per token (no scans of a dictionary per
sentence), on spaCy tokens of one paragraph Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.quotes.lexicon import ATTITUDE_CLASSES, QuoteLexicon

# The passive subject of a reporting verb is what is reported on, never the speaker ("they are
# accused of ..."); a passive speaker is the agent ("was announced by the ministry").
_SUBJECTS = frozenset({"nsubj"})
# Clause links through which a subject-less cue takes the subject of its head
# ("Biden refused ..., saying ...", "he said ... and added ...").
_SUBJECT_CLIMB = frozenset({"conj", "xcomp", "advcl"})
_RELATIVE = frozenset({"who", "that", "which"})
_NP_RIGHT_STOP = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "prep", "parataxis"})
_DETERMINERS = frozenset({"the", "a", "an"})
_MEDIUM_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over"})
_SAY_TO = frozenset({"say", "tell", "speak", "write", "explain", "add", "confirm", "insist"})
_EDGE_SKIP = frozenset({"that", "whether", "if"})
_PREDICATIVE_PREPS = frozenset({"as", "to"})
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


def cue_of(token: Token, lex: QuoteLexicon) -> Cue | None:
    """The cue this token heads, if any: a reporting verb, or "according" of "according to"."""
    lower = token.lower_
    if lower == "according":
        for child in token.children:
            if child.lower_ == "to":
                return Cue(token, "speech", f"{token.text} {child.text}", token.i, child.i, True)
        return None
    if lower == "in" and token.dep_ == "prep" and token.i == token.sent.start:
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        cls = lex.sources.get(obj.lemma_.lower()) if obj is not None else None
        # "In a poll released Monday, 52 percent backed the plan": the poll is the source (at
        # the end of a clause, "leads in the polls" is a standing more often than a report).
        return Cue(token, cls, token.text, token.i, token.i, True) if cls else None
    if token.i > 0 and token.doc[token.i - 1].text in ("<", "</"):
        return None  # a markup tag's name (<tweet author="...">), not a word of the text
    if token.pos_ == "NOUN":
        return _noun_cue(token, lex)
    if token.pos_ != "VERB" or token.dep_ in _ATTRIBUTIVE:
        return None
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return None  # "without saying": nothing was said
    if token.dep_ == "xcomp" and token.head.pos_ == "ADJ":
        return None  # "it is worth noting that ...": the writer's aside
    if token.i >= 2 and token.doc[token.i - 2].lower_ == "so" and token.doc[token.i - 1].text == "-":
        return None  # "so-called"
    lemma = _LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
    if lemma not in lex.cues:
        return None
    # "called them crazy on Monday" is no "call on": a preposition of time is no particle
    particles = frozenset(c.lower_ for c in token.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
    ) | frozenset(m.lower_ for m in _marked_clauses(token))
    entry = lex.cue_entry(lemma, particles)
    if entry is None:
        return None
    cls, particle = entry
    if cls in ATTITUDE_CLASSES and _speculative(token):
        return None
    if cls in _OWN_CLAUSE and not _own_clause(token):
        return None
    return Cue(token, cls, token.text, token.i, token.i, particle=particle,
               objects=lex.takes_object(lemma, particle))


def _noun_cue(token: Token, lex: QuoteLexicon) -> Cue | None:
    """A cue noun with a possessor and a clause: "the mayor's view is that ...", "his claim that
    ..." (the possessor is the source; "my view" is the writer's)."""
    if token.lemma_.lower() not in lex.nouns:
        return None
    owner = noun_source(token)
    if owner is None or owner.lower_ in ("my", "our", "your"):
        return None
    cls = lex.cue_class(token.lemma_.lower()) or lex.nouns[token.lemma_.lower()]
    return Cue(token, cls, token.text, token.i, token.i, noun=True)


def noun_source(noun: Token) -> Token | None:
    """The source of a cue noun: its possessor ("the mayor's view"), else the object of a
    "by"/"from" after it ("a demand by the union", "criticism from the opposition")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# Forms the lemmatiser gets wrong ("hoping" -> "hop").
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}
_SPECULATIVE_AUX = frozenset({"may", "might", "could", "must"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Thoughts and plans are attributions only as the finite verb of a clause of their own.
_OWN_CLAUSE = frozenset({"belief", "plan"})


def _own_clause(token: Token) -> bool:
    """Whether a verb is finite (tensed, or with an auxiliary) and heads its own clause: a
    participle or gerund ("voters backing the plan") or a verb coordinated with another
    ("said ... and wants ...") describes a stance in passing more often than it reports one."""
    finite = token.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" for c in token.children)
    return finite and token.dep_ != "conj"


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


def _subtree_range(token: Token) -> list[Token]:
    doc = token.doc
    return list(doc[token.left_edge.i : token.right_edge.i + 1])


def _barrier(cue: Token, clause: Token) -> bool:
    """A semicolon or colon between a cue and a clause separates them ("X; he says Y")."""
    doc = cue.doc
    lo, hi = (clause.right_edge.i + 1, cue.i) if clause.i < cue.i else (cue.i + 1, clause.left_edge.i)
    return any(doc[k].text in (";", ":") for k in range(lo, hi))


def content_tokens(cue: Cue) -> list[Token]:
    """The reported content of a cue: its clausal complement, trimmed; [] when it has none."""
    tok = cue.token
    if cue.according:
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head  # "according to" hung on a noun: its clause's verb
        if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
            return []
        left, right = tok.left_edge.i, tok.right_edge.i
        tokens = [t for t in _subtree_range(head) if not left <= t.i <= right]
        before = trim([t for t in tokens if t.i < left])
        after = trim([t for t in tokens if t.i > right])
        doc = tok.doc
        if (before and after and left > 0 and right + 1 < len(doc)
                and doc[left - 1].text == "," and doc[right + 1].text == ","):
            # A parenthetical inside its clause ("The talks, according to X, will resume"):
            # the clause on both sides, with a gap where the phrase sits.
            return before + after
        # Otherwise only the contiguous stretch on the clause's side of the phrase.
        return before if len(before) >= len(after) else after
    if cue.noun:
        return _noun_content(tok)
    found = _verb_content(cue)
    if found and cue.cls in ATTITUDE_CLASSES and found[0].lower_ in _WH:
        return []  # "knows what happened", "will see how it goes": no proposition attributed
    return found


_ANSWERS = frozenset({"yes", "no", "so"})
_WH = frozenset({"what", "how", "who", "whom", "why", "when", "where", "which", "whether", "if"})


def _verb_content(cue: Cue) -> list[Token]:
    """A cue verb's content: clause, infinitive, named object, parenthetical head clause."""
    tok = cue.token
    clause = [c for c in tok.children if c.dep_ == "ccomp" and not _barrier(tok, c)]
    if len(clause) > 1:
        clause = [c for c in clause if c.i > tok.i] or clause
    if not clause:
        # An infinitive: "pressed Xi to ensure ...", "vowed to fight ...", "told them to go".
        clause = [c for c in tok.children if c.dep_ == "xcomp"
                  and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                  and c.right_edge.i - c.left_edge.i >= 2]  # not a bare "to ban"
    if clause:
        tokens = _subtree_range(clause[0])
        if tokens and tokens[0].i <= tok.i <= tokens[-1].i:
            # A relative clause wraps the cue ("the app that Congress is threatening to ban"):
            # only the words after the cue are reported.
            tokens = [t for t in tokens if t.i > tok.i]
            if len([t for t in tokens if not t.is_punct]) < 3:
                return []  # "the app that Congress is threatening to ban": no content of its own
        return trim(tokens)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    predicates = [c for c in tok.children if c.dep_ == "oprd"
                  or (c.dep_ == "prep" and c.lower_ in _PREDICATIVE_PREPS and c.i > tok.i)]
    if objects and predicates:
        # Naming and describing: "called the plan a disaster", "described her as a champion",
        # "likened them to a snake": the object and what it is called.
        lo = objects[0].left_edge.i
        hi = max(p.right_edge.i for p in predicates)
        if lo > tok.i:
            return trim(list(tok.doc[lo : hi + 1]))
    if cue.objects:
        found = _object_content(cue)
        if found:
            return found
    answer = next((c for c in tok.rights if c.i == tok.i + 1 and c.lower_ in _ANSWERS
                   and c.dep_ in ("intj", "advmod", "dobj") and not any(True for _ in c.children)
                   and (c.i + 1 == len(c.doc) or c.doc[c.i + 1].pos_ != "ADP")), None)
    if answer is not None:
        return [answer]  # "75 percent said yes", "half said so"
    if tok.head.i != tok.i and (tok.dep_ == "parataxis" or _as_aside(tok)):
        # "The talks, he said, were useful": the head clause around the cue's own phrase (the
        # result may have a gap where the cue phrase sits).
        left, right = tok.left_edge.i, tok.right_edge.i
        before = trim([t for t in _subtree_range(tok.head) if t.i < left])
        # Words after the cue belong to the content only when its clause goes on past the cue.
        after = (trim([t for t in _subtree_range(tok.head) if t.i > right])
                 if tok.head.i > tok.i else [])
        return before + after
    return []


def _noun_content(tok: Token) -> list[Token]:
    """The clause of a cue noun: its own "that" clause, the complement of the copula it is the
    subject of ("X's view is that ..."), else its prepositional object ("X's support for Y")."""
    clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
               and any(m.dep_ == "mark" and m.lower_ == "that"  # "his claim that ..."
                       or m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]  # "plan to"
    if not clauses and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clauses = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i
                   and (c.dep_ == "ccomp" or any(m.dep_ == "mark" for m in c.children))]
    if clauses:
        return trim(_subtree_range(clauses[0]))
    # "her support for the bill", "his criticism of the ruling": the object of the noun
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    return trim(_subtree_range(obj)) if obj is not None else []


_NOUN_PREPS = frozenset({"of", "for", "about", "on", "against", "over", "to"})
_NOT_CONTENT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_VAGUE = frozenset({"something", "anything", "nothing", "everything", "thing", "things"})
_OBJECT_PREPS = frozenset({"of", "for", "over", "as", "on", "about"})
# What a poll or record shows goes on after its object: "shows X ahead", "showed X losing".
_EVIDENCE_RIGHTS = frozenset({"prep", "advmod", "oprd", "xcomp", "acomp", "ccomp", "npadvmod"})


_ASIDE_PARTS = frozenset({"mark", "nsubj", "aux", "advmod", "punct", "npadvmod", "prep"})


def _as_aside(verb: Token) -> bool:
    """A bare "as X reported" clause, set off by a comma, is a parenthetical on the clause it
    hangs on ("As the agency reported, talks resumed"; not "as though they want to lose")."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ != "advcl" or marks != ["as"]:
        return False
    if any(c.dep_ not in _ASIDE_PARTS or c.dep_ == "prep" and not _dated(c) and c.lower_ != "in"
           for c in verb.children):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    return (right + 1 < len(doc) and doc[right + 1].text == ",") or (
        left > 0 and doc[left - 1].text == ",")


def _marked_clauses(verb: Token) -> list[Token]:
    """The marks of clauses after a verb that open with a preposition ("called for the city to
    act": the parse makes "for" the mark of "act", not a particle of "called")."""
    return [m for c in verb.rights if c.dep_ in ("advcl", "ccomp")
            for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i and m.lower_ == "for"]


def _dated(prep: Token) -> bool:
    """Whether a phrase is a date or time ("on Monday"), not part of what is reported."""
    return prep.ent_type_ in ("DATE", "TIME") or any(
        o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _object_content(cue: Cue) -> list[Token]:
    """An object that is what the cue reports: "denied the allegations", "accused X of Y",
    "talked about immigration" (the particle's object); [] when there is none."""
    tok = cue.token
    if cue.particle:
        prep = next((c for c in tok.children if c.lower_ == cue.particle and c.i > tok.i), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
        mark = next((m for m in _marked_clauses(tok) if m.lower_ == cue.particle), None)
        if obj is None and mark is not None:  # "called for the city to act": the clause
            return trim([t for t in _subtree_range(mark.head) if t.i != mark.i])
        if obj is None or obj.ent_type_ in _NOT_CONTENT:
            return []
        return trim(_subtree_range(obj))
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:  # "support banning ...", "denied having met ..."
        obj = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if obj is None and any(c.dep_ == "agent" for c in tok.children):
        # A passive with its source: "the plan was rejected by the council" reports the plan.
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in _RELATIVE:
            # with what it was reported for: "X was criticized by Y for Z"
            extra = [t for c in tok.rights if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                     and not _dated(c) for t in _subtree_range(c)]
            return trim(_subtree_range(subj)) + extra
    if obj is None or obj.lower_ in INANIMATE and obj.right_edge.i == obj.i:
        return []
    if obj.ent_type_ in _NOT_CONTENT or obj.like_num or obj.like_url or obj.lower_ in _VAGUE:
        return []  # "reported this cycle", "tweeted @handle", figures, "said something"
    hi = obj.right_edge.i
    for child in tok.rights:  # "accused X of lying", "criticized X for its stance"
        if child.i > hi and not _dated(child) and (
                child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS
                or cue.cls == "evidence" and child.dep_ in _EVIDENCE_RIGHTS):
            if any(t.text in (",", ";") for t in tok.doc[hi + 1 : child.i]):
                break
            hi = child.right_edge.i
    return trim(list(tok.doc[obj.left_edge.i : hi + 1]))


def trailing_content(cue: Cue, subject: Token | None) -> list[Token]:
    """The clause before a sentence-final attribution the parse did not link: "Bush lent his
    campaign money, fundraising documents show." """
    tok = cue.token
    if subject is None or cue.according or cue.noun:
        return []
    sent = tok.sent
    if any(not (t.is_punct or t.is_space) for t in tok.doc[tok.i + 1 : sent.end]):
        return []
    if subject.head.i != tok.i:
        return []
    lo = min([subject.left_edge.i, *(c.left_edge.i for c in tok.lefts)])
    if lo - 1 <= sent.start or tok.doc[lo - 1].text != ",":
        return []
    return trim(list(tok.doc[sent.start : lo - 1]))


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
        return None
    if cue.noun:
        return noun_source(tok)
    current = tok
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
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ in _SUBJECT_CLIMB and current.head.i != current.i:
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
    return _misparsed_subject(tok) if tok.tag_ in _FINITE_TAGS and tok.dep_ == "ROOT" else None


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a finite reporting verb the parse left without one: a quantity hung on
    it ("About 4 in 10 say ..."), or the name between a closing quotation mark and the verb
    ("'...,' Texas delegate Bill Eastland, wearing a hat, said"), or a name just before the
    verb ("Saturday at the convention Sen. Ana Ruiz (D) said ...": not the date)."""
    for child in reversed(list(verb.lefts)):
        if (child.dep_ in ("nummod", "npadvmod") and child.pos_ in ("NOUN", "PROPN", "NUM")
                and child.ent_type_ not in ("DATE", "TIME")):
            return child
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
    return None


def relative_pronoun(cue: Cue, subject: Token) -> Token | None:
    """The relative pronoun that is the cue's subject in a relative clause on ``subject``
    ("Sanders, who says ..."): the source as the clause names it, like a personal pronoun."""
    for tok in (cue.token, *cue.token.ancestors):
        if tok.dep_ == "relcl" and tok.head.i == subject.i:
            return next((c for c in tok.children
                         if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)
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
