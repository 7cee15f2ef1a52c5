"""The reported content of a cue: its clause, infinitive or object, a parenthetical's head
clause, the clause before a sentence-final attribution (on spaCy tokens of one paragraph Doc)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.quotes.boundaries import (
    DASHES,
    closing_apposition,
    contrast_report,
    dated,
    holds_cue_verb,
    nominal_conjunct,
    split_object,
    verb_hung_prep,
    whose,
    with_coordinate,
)
from detente.quotes.lexicon import ATTITUDE_CLASSES
from detente.quotes.syntax import (
    INANIMATE,
    RELATIVE,
    Cue,
    addressee_particle,
    light_object,
    marked_clauses,
    noun_clause,
    trim,
)

_PREDICATIVE_PREPS = frozenset({"as", "to"})


def subtree_range(token: Token) -> list[Token]:
    """The tokens from a token's left edge to its right edge."""
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
        if head.i == tok.i:
            # "That's according to the census": the parse makes "according" the verb of the
            # clause; what it reports is its subject, what was just said
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return trim(subtree_range(subject))
            return _after_opening_source(tok)
        if head.pos_ not in ("VERB", "AUX") and head.lower_ not in _IS:
            return []
        left, right = tok.left_edge.i, tok.right_edge.i
        opening = _after_opening_phrase(tok)
        if opening:
            return opening
        tokens = [t for t in subtree_range(head) if not left <= t.i <= right]
        before = trim([t for t in tokens if t.i < left])
        after = trim([t for t in tokens if t.i > right])
        doc = tok.doc
        if (before and after and left > 0 and right + 1 < len(doc)
                and doc[left - 1].text == "," and doc[right + 1].text == ","):
            # A parenthetical inside its clause ("The talks, according to X, will resume"):
            # the clause on both sides, with a gap where the phrase sits.
            return before + after
        pronoun = [t for t in before if t.i != head.i]
        if [t.lower_ for t in pronoun] in (["that"], ["this"]) and head.lemma_ in ("be", *_IS):
            return pronoun  # "That's according to X": what was just said, whatever follows X
        # Otherwise only the contiguous stretch on the clause's side of the phrase.
        return before if len(before) >= len(after) else after
    if cue.noun:
        return _noun_content(tok)
    found = _verb_content(cue)
    if found and cue.cls in ATTITUDE_CLASSES and found[0].lower_ in _WH:
        return []  # "knows what happened", "will see how it goes": no proposition attributed
    return _past_dashes(found)


def _after_opening_phrase(tok: Token) -> list[Token]:
    """A sentence opened by "According to X," (or "In a poll by X,"): the phrase scopes over the
    whole sentence after it, every clause the parse may hang elsewhere ("According to the
    records, A was paid $5; B was paid $7; and C was paid $9")."""
    sent = tok.sent
    if tok.left_edge.i != sent.start:
        return []
    right = tok.right_edge.i
    if right + 1 >= sent.end or tok.doc[right + 1].text != ",":
        return []
    return _rest_of_sentence(tok.doc[right + 1])


def _after_opening_source(tok: Token) -> list[Token]:
    """An opening "According to X, ..." that the parse made the root of its sentence, the clause
    hung inside the source phrase: what follows the comma closing the phrase."""
    sent = tok.sent
    if tok.i != sent.start:
        return []
    comma = next((t for t in sent if t.i > tok.i + 2 and t.text == ","), None)
    return _rest_of_sentence(comma) if comma is not None else []


def _rest_of_sentence(comma: Token) -> list[Token]:
    """The words of the sentence after ``comma`` closing an opening source phrase, if they are a
    clause's worth (three words or more)."""
    rest = trim(list(comma.doc[comma.i + 1 : comma.sent.end]))
    return rest if len([t for t in rest if not t.is_punct]) >= 3 else []


_IS = frozenset({"'s", "\u2019s"})  # "That is according to ...", the verb tagged an adverb


def _past_dashes(tokens: list[Token]) -> list[Token]:
    """A content broken off at a phrase set off by dashes goes on after the closing dash when
    what follows completes it ("pledged to ban all imports \u2014 a third of the trade \u2014 from
    entering the state"): the parse hangs the phrase and the rest on a word outside the content."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    k = tokens[-1].i + 1
    if k >= len(doc) or doc[k].text not in DASHES:
        return tokens
    end = doc[k].sent.end
    close = next((j for j in range(k + 1, end) if doc[j].text in DASHES), None)
    if close is None or close + 1 >= end or any(
            doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":") for j in range(k + 1, close)):
        return tokens  # no closing dash, or a clause of its own between the dashes
    if not (doc[close + 1].pos_ == "ADP" or doc[close + 1].tag_ == "VBG"):
        return tokens  # what follows is no argument of the content ("\u2014 and the vote ...")
    stop = next((j for j in range(close + 1, end) if doc[j].text in (",", ";", ":", *DASHES)), end)
    if any(t.lower_ == "according" for t in doc[close + 1 : stop]) or holds_cue_verb(
            doc[close + 1 : stop]):
        return tokens  # a report of its own follows ("\u2014 according to the paper")
    return trim(list(doc[tokens[0].i : stop]))


_ASIDE_DEPS = frozenset({"relcl"})


def cut_trailing_aside(tokens: list[Token]) -> list[Token]:
    """Drop a non-restrictive relative clause closing a content ("denied the report, which ran
    on Monday"): the writer's background on what is reported; and a closing clause of contrast
    that holds a report of its own ("said most prefer an outsider, while a third want ...")."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    lo = tokens[0].i
    for tok in tokens:
        if (tok.dep_ in _ASIDE_DEPS and tok.right_edge.i >= last and tok.left_edge.i - 1 > lo
                and tok.doc[tok.left_edge.i - 1].text == ","):
            return trim([t for t in tokens if t.i < tok.left_edge.i - 1])
        if contrast_report(tok, lo, last):
            kept = trim([t for t in tokens if t.i < tok.left_edge.i])
            while kept and kept[-1].dep_ == "cc":
                kept = trim(kept[:-1])
            return kept
    return tokens


def background_report(cue: Token, content: list[Token]) -> bool:
    """Whether a cue lies in the closing relative clause cut off another report's content and
    reports what its relative pronoun is ("praised the deal, which she said would lower
    prices"): a claim of its own about the thing named, not part of the outer report."""
    kept = cut_trailing_aside(content)
    if not kept or len(kept) == len(content) or cue.i <= kept[-1].i:
        return False
    lo, last = content[0].i, content[-1].i
    if any(contrast_report(t, lo, last) for t in (cue, *cue.ancestors) if lo <= t.i <= last):
        return True  # a report of its own in a closing clause of contrast
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE and c.i < cue.i
               for clause in cue.children if clause.dep_ == "ccomp" for c in clause.children)


_ANSWERS = frozenset({"yes", "no", "so"})
_QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "question"})
_WH = frozenset({"what", "how", "who", "whom", "why", "when", "where", "which", "whether", "if"})


def _verb_content(cue: Cue) -> list[Token]:
    """A cue verb's content: clause, infinitive, named object, parenthetical head clause."""
    tok = cue.token
    predicate = next((c for c in tok.children if c.lower_ == cue.particle and c.pos_ == "ADJ"), None)
    if predicate is not None:
        return _predicate_clause(tok, predicate)
    clause = [c for c in tok.children if c.dep_ == "ccomp" and not _barrier(tok, c)]
    if not clause and tok.lemma_.lower() in _QUESTION_VERBS:
        # "asked the senator if he would run": the parse makes the question a condition
        clause = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == c.left_edge.i
            for m in c.children)]
    if not clause and cue.adjective:  # "is confident the plan works", hung on the copula
        clause = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i
                  and not _barrier(tok, c)]
    if len(clause) > 1:
        clause = [c for c in clause if c.i > tok.i] or clause
    if not clause and (not cue.adjective or cue.cls == "plan"):
        # ("is sure to win" is the writer's forecast: only a plan's infinitive is reported)
        # An infinitive: "pressed Xi to ensure ...", "vowed to fight ...", "told them to go".
        # A bare "to ban" says too little, unless it is what an addressee was told or urged
        # to do ("urged him to resign").
        addressee = any(c.dep_ == "dobj" and c.i < tok.i + 3 for c in tok.children)
        clause = [c for c in tok.children if c.dep_ == "xcomp"
                  and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                  and (c.right_edge.i - c.left_edge.i >= 2 or addressee and c.i > tok.i)]
        if clause:
            return _with_object(tok, trim(subtree_range(clause[0])))
    if clause:
        tokens = subtree_range(clause[0])
        tokens = _with_next_clauses(tok, clause, tokens)
        tokens = with_coordinate(tok, tokens)
        if tokens and tokens[0].i <= tok.i <= tokens[-1].i:
            # A relative clause wraps the cue ("the app that Congress is threatening to ban"):
            # only the words after the cue are reported.
            tokens = [t for t in tokens if t.i > tok.i]
            if len([t for t in tokens if not t.is_punct]) < 3:
                return []  # "the app that Congress is threatening to ban": no content of its own
        return trim(tokens)
    told = [] if cue.objects else _clause_on_addressee(tok)
    if told:
        return told
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # (the object comes before what it is called: in "pointed to X ..., a key factor", "to" is
    # the particle and the later object the rest of X's phrase)
    predicates = [c for c in tok.children if c.dep_ == "oprd"
                  or (c.dep_ == "prep" and c.lower_ in _PREDICATIVE_PREPS and c.i > tok.i
                      and not (objects and objects[0].i > c.i))]
    if objects and not predicates:  # "see the plan as a mistake" with "as" on the object
        predicates = [c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "as"]
    if objects and not predicates:
        # "see the plan as most unfair": the parse makes "as" an adverb of the predicate,
        # hung on the verb right after the object (not a clause of time, "as she hurries")
        predicates = [c for c in tok.rights if c.dep_ == "advcl"
                      and c.left_edge.i == objects[0].right_edge.i + 1
                      and c.doc[c.left_edge.i].lower_ == "as" and c.tag_ in ("JJ", "VBN")
                      and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]
    if not objects or not predicates:
        named = _named_in_quotes(tok, objects, predicates)
        if named:
            return named
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
    genre = _told_genre(tok)
    if genre:
        return genre
    if cue.adjective:
        return []
    answer = next((c for c in tok.rights if c.i == tok.i + 1 and c.lower_ in _ANSWERS
                   and c.dep_ in ("intj", "advmod", "dobj") and not any(True for _ in c.children)
                   and (c.i + 1 == len(c.doc) or c.doc[c.i + 1].pos_ != "ADP"
                        or c.lower_ == "so" and dated(c.doc[c.i + 1]))), None)
    if answer is not None:
        return [answer]  # "75 percent said yes", "half said so"
    same = _said_the_same(tok) if cue.cls in ("speech", "belief") else []
    if same:
        return same
    if tok.head.i != tok.i and (tok.dep_ == "parataxis" or _as_aside(tok)):
        # "The talks, he said, were useful": the head clause around the cue's own phrase (the
        # result may have a gap where the cue phrase sits).
        left, right = tok.left_edge.i, tok.right_edge.i
        before = trim([t for t in subtree_range(tok.head) if t.i < left])
        # and the words of its clause after the cue phrase ("held two meetings, aides said, the
        # first with donors ...")
        after = trim([t for t in subtree_range(tok.head) if t.i > right])
        return before + after
    inverted = _parenthetical_root(tok)
    if inverted:
        return inverted
    return _clause_on_medium(tok)


def _parenthetical_root(verb: Token) -> list[Token]:
    """"These employees, Stumpf explained, were well paid" parsed with the cue as the root: the
    noun before its comma left without a verb, the predicate after its comma a subjectless
    conjunct of the cue; both are the clause the cue phrase interrupts."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or subject is None:
        return []
    noun = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "dep", "nsubj") and c.i < subject.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and doc[c.right_edge.i + 1].text == ","), None)
    predicate = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                      and doc[c.left_edge.i - 1].text == ","
                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
    if noun is None or predicate is None or noun.left_edge.i != verb.sent.start:
        return []
    return trim(subtree_range(noun)) + trim(list(doc[predicate.left_edge.i : verb.sent.end]))


def _said_the_same(verb: Token) -> list[Token]:
    """What was said when the words are another's already stated: "said as much", "said the
    same (thing)", with whom it is said of ("three in four said the same of the governor")."""
    doc = verb.doc
    following = [t.lower_ for t in doc[verb.i + 1 : verb.i + 5]]
    if following[:2] == ["as", "much"] and following[2:3] != ["as"]:
        n = 2
    elif following[:3] == ["the", "same", "thing"]:
        n = 3
    elif following[:2] == ["the", "same"] and (len(following) < 3 or doc[verb.i + 3].pos_ not in (
            "NOUN", "PROPN", "ADJ", "NUM")):
        n = 2
    else:
        return []
    end = verb.i + n
    if end + 1 < len(doc) and doc[end + 1].lower_ in ("of", "about", "for") and doc[end + 1].head.i in range(
            verb.i, end + 1):
        end = doc[end + 1].right_edge.i
    return trim(list(doc[verb.i + 1 : end + 1]))


_CLAUSE_BREAKS = frozenset({";", ":", "\u2014", "--"})


def _with_next_clauses(verb: Token, clauses: list[Token], tokens: list[Token]) -> list[Token]:
    """A report's content with the further clauses the parse hangs on its verb ("told them she
    was tired, there were too few ..."), unless a colon, semicolon or dash parts them or the
    further clause holds a report of its own ("Republicans said ... and Democrats accused ...")."""
    if not tokens or tokens[0].i <= verb.i:
        return tokens
    after = [c for c in clauses[1:] if c.i > verb.i and c.left_edge.i > tokens[-1].i
             and not holds_cue_verb(c.subtree)]
    if not after or any(t.text in _CLAUSE_BREAKS for t in verb.doc[tokens[-1].i : after[-1].left_edge.i]):
        return tokens
    return list(verb.doc[tokens[0].i : after[-1].right_edge.i + 1])


def _with_object(verb: Token, infinitive: list[Token]) -> list[Token]:
    """An infinitive content with the verb's object before it: whom a directive addresses
    ("urged the council to act": the council is to act), or what the infinitive completes
    ("announced steps to curb prices")."""
    if not infinitive or infinitive[0].i <= verb.i:
        return infinitive
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < infinitive[0].i
                and c.right_edge.i + 1 == infinitive[0].i), None)
    if obj is None:  # "called on the council to act"
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     and c.right_edge.i + 1 == infinitive[0].i), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.ent_type_ in _DATES or obj.lower_ in _VAGUE:
        return infinitive
    return trim(list(verb.doc[obj.left_edge.i : infinitive[-1].i + 1]))


def _predicate_clause(verb: Token, predicate: Token) -> list[Token]:
    """The clause a verb-and-adjective cue reports ("made it clear that ...", "made clear they
    would stay"), wherever the parse hung it after the adjective."""
    for tok in verb.doc[predicate.i + 1 : verb.right_edge.i + 1]:
        if tok.dep_ in ("ccomp", "advcl", "acl") and (tok.head.i in (verb.i, predicate.i) or any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.left_edge.i
                for m in tok.children)):
            return trim(subtree_range(tok))
    return []


_OPENING_MARKS = frozenset({'"', "\u201c", "``", "''"})


def _named_in_quotes(verb: Token, objects: list[Token], predicates: list[Token]) -> list[Token]:
    """What a naming verb calls its object when the parse runs the two together around the
    quoted name: "called protesters \u201cthugs\u201d" (the object hung on the name) or "called the
    mayor and the governor \u201ccrazy\u201d" (the name hung on the object): both, as in "called the
    plan a disaster"."""
    if verb.lemma_.lower() not in _NAMING:
        return []
    doc = verb.doc
    if not objects and predicates and predicates[0].dep_ == "oprd":
        head = predicates[0]
    elif objects and not predicates:
        head = objects[0]
    else:
        return []
    lo, hi = head.left_edge.i, head.right_edge.i
    if lo <= verb.i:
        return []
    if objects and any(c.dep_ == "appos" and c.left_edge.i > head.i
                       and doc[c.left_edge.i - 1].text != "," for c in head.rights):
        return trim(list(doc[lo : hi + 1]))  # "called her son her hero": no comma, a name
    marks = [k for k in range(lo + 1, hi + 1) if doc[k].text in _OPENING_MARKS]
    # a name in marks after some words of the object ("protesters \u201cthugs\u201d"), reaching
    # the end of the phrase
    if not marks or not any(doc[k].pos_ in ("NOUN", "PROPN") for k in range(lo, marks[0])):
        return []
    # (on an object, the name must hang on the object's phrase, not be a clause of its own)
    if objects and not any(t.dep_ in ("amod", "appos", "compound") and t.i > marks[0]
                           and t.head.i < marks[0] for t in doc[marks[0] : hi + 1]):
        return []
    return trim(list(doc[lo : hi + 1]))


_NAMING = frozenset({"call", "label", "brand", "dub", "term"})


def _clause_on_addressee(tok: Token) -> list[Token]:
    """The "that" clause the parse hung on the addressee as a relative clause ("told a meeting of
    leaders that few people understood ..."): a clause with its own subject whose "that" the parse
    itself makes a complementizer (in a true relative clause it is the subject or object)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    for clause in obj.rights if obj is not None else ():
        if clause.dep_ in ("relcl", "acl") and _opens_with_that(clause, ("mark", "dep")) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE for c in clause.children):
            return trim(subtree_range(clause)[1:])
    return []


def _opens_with_that(clause: Token, deps: tuple[str, ...]) -> bool:
    """Does ``clause`` open with a complementizer "that" (attached as one of ``deps``)?"""
    return any(m.dep_ in deps and m.lower_ == "that" and m.i == clause.left_edge.i
               for m in clause.children)


def _clause_on_medium(tok: Token) -> list[Token]:
    """The "that" clause the parse hung on the cue's medium rather than on the cue ("says in a
    statement that the race is over")."""
    for prep in tok.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        for clause in obj.rights if obj is not None else ():
            if clause.dep_ in ("acl", "relcl", "ccomp") and _opens_with_that(clause, ("mark",)):
                return trim(subtree_range(clause))
    return []


def _noun_content(tok: Token) -> list[Token]:
    """The clause of a cue noun: its own "that" clause, the complement of the copula it is the
    subject of ("X's view is that ..."), else its prepositional object ("X's support for Y")."""
    own = noun_clause(tok)
    clauses = [own] if own is not None else []
    if not clauses and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clauses = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i
                   and (c.dep_ == "ccomp" or any(m.dep_ == "mark" for m in c.children))]
    if not clauses and light_object(tok):
        # "has been making the case for weeks that ...": the parse hangs the noun's clause on
        # the light verb, past a phrase of time or audience
        clauses = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if clauses:
        return trim(subtree_range(clauses[0]))
    # "her support for the bill", "his criticism of the ruling": the object of the noun
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS),
                None) or verb_hung_prep(tok, _NOUN_PREPS)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    return trim(subtree_range(obj)) if obj is not None else []


_NOUN_PREPS = frozenset({"of", "for", "about", "on", "against", "over", "to", "behind"})
_NOT_CONTENT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_DATES = frozenset({"DATE", "TIME"})
_VAGUE = frozenset({"something", "anything", "nothing", "everything", "thing", "things"})
_EXAMPLE_PREPS = frozenset({"like", "including"})
_OBJECT_PREPS = frozenset({"of", "for", "over", "as", "on", "about", "against"})
# What a poll or record shows goes on after its object: "shows X ahead", "showed X losing".
_EVIDENCE_RIGHTS = frozenset({"prep", "advmod", "oprd", "xcomp", "acomp", "ccomp", "npadvmod"})


_ASIDE_PARTS = frozenset({"mark", "nsubj", "aux", "advmod", "punct", "npadvmod", "prep", "prt"})


def _as_aside(verb: Token) -> bool:
    """A bare "as X reported" clause, set off by a comma, is a parenthetical on the clause it
    hangs on ("As the agency reported, talks resumed"; not "as though they want to lose")."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ != "advcl" or marks != ["as"]:
        return False
    if any(c.dep_ not in _ASIDE_PARTS or c.dep_ == "prep" and not dated(c) and c.lower_ != "in"
           for c in verb.children):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if doc[right].text == ",":  # the parse may hang the closing comma on the aside itself
        right -= 1
    return (right + 1 < len(doc) and doc[right + 1].text == ",") or (
        left > 0 and doc[left - 1].text == ",")


def _object_content(cue: Cue) -> list[Token]:
    """An object that is what the cue reports: "denied the allegations", "accused X of Y",
    "talked about immigration" (the particle's object); [] when there is none."""
    tok = cue.token
    # a particle proper is no preposition: "pointed out the flaw" reports the verb's object
    if cue.particle and not any(c.dep_ == "prt" and c.lower_ == cue.particle for c in tok.children):
        prep = next((c for c in tok.children if c.lower_ == cue.particle and c.i > tok.i), None)
        if prep is None:  # "reminded voters of ...": hung on the addressee
            prep = addressee_particle(tok)
            prep = prep if prep is not None and prep.lower_ == cue.particle else None
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
        mark = next((m for m in marked_clauses(tok) if m.lower_ == cue.particle), None)
        if obj is None and mark is not None:  # "called for the city to act": the clause
            return trim([t for t in subtree_range(mark.head) if t.i != mark.i])
        if obj is None or obj.ent_type_ in _NOT_CONTENT and not _sum_for(obj):
            return []
        hi = obj.right_edge.i
        # "called for the governor to resign": the parse hangs the infinitive on the verb
        hi = _adjacent_infinitive(tok, hi)
        hi = split_object(tok, whose(tok, _predicated(tok, hi)))
        hi = hi if obj.pos_ == "PRON" else nominal_conjunct(tok, hi)
        return closing_apposition(obj, trim(list(tok.doc[obj.left_edge.i : hi + 1])))
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:  # "support banning ...", "denied having met ..."
        obj = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if obj is None and any(c.dep_ == "agent" for c in tok.children):
        # A passive with its source: "the plan was rejected by the council" reports the plan.
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in RELATIVE:
            # with what it was reported for: "X was criticized by Y for Z"
            extra = [t for c in tok.rights if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                     and not dated(c) for t in subtree_range(c)]
            return trim(subtree_range(subj)) + extra
    if obj is None or obj.lower_ in INANIMATE and obj.right_edge.i == obj.i:
        return []
    figure = (obj.ent_type_ in _NOT_CONTENT - _DATES or obj.like_num) and not _sum_for(obj)
    if (figure and cue.cls != "evidence" or obj.ent_type_ in _DATES or obj.like_url
            or obj.lower_ in _VAGUE):
        # "reported this cycle", "tweeted @handle", figures ("raised $5 million": what a poll
        # shows may be one, "shows 52 percent backing ..."), "said something"
        return []
    hi = obj.right_edge.i
    for child in tok.rights:  # "accused X of lying", "criticized X for its stance"
        if child.i > hi and not dated(child) and (
                child.dep_ == "prep" and (child.lower_ in _OBJECT_PREPS or _stance_in(child))
                or cue.cls == "evidence" and child.dep_ in _EVIDENCE_RIGHTS):
            if any(t.text in (",", ";") for t in tok.doc[hi + 1 : child.i]):
                break
            hi = child.right_edge.i
        elif child.i > hi and child.dep_ == "prep" and child.lower_ in _EXAMPLE_PREPS and all(
                t.text == "," for t in tok.doc[hi + 1 : child.i]):
            hi = child.right_edge.i  # "favors projects, like building roads": examples of it
    hi = _adjacent_infinitive(tok, hi)
    hi = split_object(tok, whose(tok, hi))
    hi = hi if obj.pos_ == "PRON" else nominal_conjunct(tok, hi)  # ("vilified her and ...")
    return closing_apposition(obj, trim(list(tok.doc[obj.left_edge.i : hi + 1])))


# What one tells, writes or asks as a whole piece: "told the story of how ...", "wrote an op-ed
# urging ...", "asked a question about ..." (the genre noun with what it is about).
_GENRES = {"tell": frozenset({"story", "tale", "anecdote"}),
           "write": frozenset({"op-ed", "piece", "column", "essay"}),
           "ask": frozenset({"question"}), "pose": frozenset({"question"})}


def _sum_for(obj: Token) -> bool:
    """A sum with what it is for ("proposed $1 billion in funds to ...", "calls for $1 trillion
    in new spending"): what is proposed or asked for, not a bare figure."""
    return obj.ent_type_ == "MONEY" and any(
        c.dep_ in ("prep", "acl", "relcl") and c.i > obj.i for c in obj.children)


def _adjacent_infinitive(verb: Token, hi: int) -> int:
    """Where an object content ending at ``hi`` ends when the parse hangs the infinitive right
    after it on the verb: "called for the governor to resign", "defended his call to raise the
    wage", "criticized him for not doing more to help ..."."""
    for clause in verb.rights:
        if clause.left_edge.i == hi + 1 and clause.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            hi = clause.right_edge.i
    return hi


def _told_genre(verb: Token) -> list[Token]:
    """The object of a verb of telling, writing or asking when it names a genre of speech with
    what it is about ("told the story of an old supporter", "wrote a piece on pay"); [] else."""
    genres = _GENRES.get(verb.lemma_.lower())
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if genres is None or obj is None or obj.lemma_.lower() not in genres:
        return []
    if not any(c.i > obj.i and (c.dep_ in ("acl", "relcl") or c.dep_ == "prep"
                                and c.lower_ in ("of", "on", "about")) for c in obj.children):
        return []
    return trim(subtree_range(obj))


def _predicated(verb: Token, hi: int) -> int:
    """Where an object content ends when the parse hangs what it predicates of the object on the
    verb, right after it: "pointed to X as an example of Y", "bragged about her father teaching
    her to shoot" (a gerund or an "as" phrase, with no comma between)."""
    for child in verb.rights:
        if child.left_edge.i != hi + 1:
            continue
        if (child.dep_ == "prep" and (child.lower_ == "as" and not dated(child) or _stance_in(child))
                or child.tag_ == "VBG" and child.dep_ in ("advcl", "xcomp", "acl", "dep")):
            hi = child.right_edge.i
    return hi


_STANCE_NOUNS = frozenset({"support", "favor", "favour", "defense", "defence"})


def _stance_in(prep: Token) -> bool:
    """An "in" phrase that says what the object is about, not where or when: a gerund ("his
    judgment in backing the war") or a stance ("her stance in support of X", "in favor of")."""
    if prep.lower_ != "in":
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and (obj.tag_ == "VBG" or obj.lemma_.lower() in _STANCE_NOUNS
                                and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))


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
