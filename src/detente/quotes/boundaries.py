"""Where a content ends when the parse hangs part of it elsewhere, or hangs a report of its own
inside it (round 18): the rest of a split object, whose the object is, a coordinated clause
after a closing conjunction, a closing clause of contrast with a report of its own.

Each check looks at the cue verb's children or one clause (constant time per cue).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.quotes.lexicon import load_lexicon
from detente.quotes.syntax import RELATIVE, light_object, trim

DASHES = frozenset({"\u2014", "\u2015", "--"})
_CONTRAST = frozenset({"while", "whereas", "though", "although"})


def dated(prep: Token) -> bool:
    """Whether a phrase is a date or time ("on Monday"), not part of what is reported."""
    return prep.ent_type_ in ("DATE", "TIME") or any(
        o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def holds_cue_verb(tokens: Iterable[Token]) -> bool:
    """Whether a stretch of tokens holds a verb of the cue lexicon (a report of its own)."""
    cues = load_lexicon().cues
    return any(t.pos_ == "VERB" and t.lemma_.lower() in cues for t in tokens)


def split_object(verb: Token, hi: int) -> int:
    """Where an object content ending at ``hi`` ends when the parse splits the object phrase and
    makes its rest a second direct object of the verb ("spoke of his courage, his record and
    ...": "record" hung on "spoke"); a colon, semicolon or dash still parts them."""
    for child in verb.rights:
        if child.dep_ == "dobj" and child.left_edge.i > hi and not any(
                t.text in (";", ":", *DASHES) for t in verb.doc[hi + 1 : child.left_edge.i]):
            hi = child.right_edge.i
    return hi


def nominal_conjunct(verb: Token, hi: int) -> int:
    """Where an object content ending at ``hi`` ends when the parse hangs a coordinated noun
    phrase or gerund on the verb or a clause above it ("mentioned refinancing loans and forcing
    universities to ...", "by emphasizing fairness, and a need to raise wages"): no verb phrase
    of its own (a finite verb, a subject, a report) but the rest of what is named."""
    doc = verb.doc
    k = hi + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "or"):
        return hi
    heads = {verb.i, *(a.i for a in verb.ancestors)}
    conj = doc[k + 1]
    while conj.dep_ != "conj" and conj.head.i != conj.i and conj.head.i > k:
        conj = conj.head  # the conjunct's head word, past its modifiers
    if (conj.dep_ != "conj" or conj.head.i not in heads or conj.left_edge.i != k + 1
            or not (conj.pos_ in ("NOUN", "PROPN") or conj.tag_ == "VBG")
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children)
            or holds_cue_verb(conj.subtree)):
        return hi
    return conj.right_edge.i


def whose(verb: Token, hi: int) -> int:
    """Where an object content ending at ``hi`` ends when the parse hangs whose the object is on
    the verb, right after it: "discussed a letter from the governor", "referred to a memoir by
    Tom Okafor" (not a date, "the report from Monday", nor a bare singular noun of manner, "by
    name", "from memory")."""
    for child in verb.rights:
        if (child.left_edge.i == hi + 1 and child.dep_ == "prep" and child.lower_ in ("from", "by")
                and not dated(child) and any(
                    o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.pos_ == "NOUN" and (
                        o.tag_ != "NN" or any(True for _ in o.children))) for o in child.children)):
            hi = child.right_edge.i
    return hi


def with_coordinate(verb: Token, tokens: list[Token]) -> list[Token]:
    """A clause content closing on its own conjunction ("claimed that she backs no one, and
    ... she also flew the governor ...") goes on over the clause with a subject of its own that
    the parse coordinated with the cue instead, and so does one whose coordinated clause opens
    with a second "that" ("warned that rents would rise, but that building would ..."), unless
    that clause holds a report of its own ("..., and she noted that ...")."""
    kept = trim(tokens)
    if not kept or kept[0].i <= verb.i:
        return tokens
    doc = verb.doc
    if kept[-1].dep_ == "cc":
        after = next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i == kept[-1].i + 1), None)
    else:  # "predicted that wages would fall, but that payments would ...": a second "that"
        after = next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i > kept[-1].i + 1
                      and doc[c.left_edge.i].lower_ == "that" and doc[c.left_edge.i].dep_ == "mark"
                      and doc[c.left_edge.i - 1].dep_ == "cc"
                      and all(t.is_punct for t in doc[kept[-1].i + 1 : c.left_edge.i - 1])), None)
    if after is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
        return tokens
    if holds_cue_verb(after.subtree):
        return tokens
    return list(verb.doc[kept[0].i : after.right_edge.i + 1])


def contrast_report(clause: Token, lo: int, last: int) -> bool:
    """Whether ``clause`` closes a content (tokens ``lo`` to ``last``) as a contrast with a
    subject and a report of its own ("said the tax would hurt farmers, while the governor argued
    that ...", "while a third of them said ..."): the report is the other source's, not part of
    the first content."""
    if clause.dep_ != "advcl" or clause.right_edge.i < last or clause.left_edge.i <= lo + 2:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    cues = load_lexicon().cues
    return any(t.pos_ == "VERB" and t.lemma_.lower() in cues and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in t.children) for t in clause.subtree)


def closing_apposition(obj: Token, tokens: list[Token]) -> list[Token]:
    """An object content closing on an apposition of its head set off by a comma ("railed
    against the pact, a deal signed last year"): the writer's gloss on what is named, not part
    of what the source said of it."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    for child in obj.rights:
        if (child.dep_ == "appos" and child.right_edge.i >= last and child.left_edge.i - 1 > obj.i
                and obj.doc[child.left_edge.i - 1].text == ","):
            return trim([t for t in tokens if t.i < child.left_edge.i - 1])
    return tokens


def verb_hung_prep(noun: Token, preps: frozenset[str]) -> Token | None:
    """The phrase of a cue noun that the parse hangs on the verb it is the object of, right after
    the noun, a light verb's ("voiced his opinion on the ruling", "offered her support for the
    plan": "on" and "for" hung on the verb), when the noun has none of its own."""
    if not light_object(noun):
        return None
    return next((c for c in noun.head.rights if c.dep_ == "prep" and c.lower_ in preps
                 and c.i == noun.right_edge.i + 1), None)
