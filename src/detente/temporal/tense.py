"""Tense of the clause that governs a temporal expression, from the spaCy parse.

News conventions: "will/'ll/shall", modals, "going to", "due to", "is to", "plans to" mark the
future; a present-tense predicate with a time ("the deadline is Friday", "Biden meets Xi
Wednesday") points forward too, except reporting verbs ("says Friday" reports the past)."""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset(["will", "'ll", "shall", "wo", "would", "'d", "may", "might", "could",
                        "should", "must", "ca"])
PERFECT_AUX = frozenset(["has", "have", "had", "'s", "'ve", "'d", "having"])
PAST_AUX = frozenset(["was", "were", "did", "had", "been"])
PRESENT_AUX = frozenset(["is", "are", "am", "'s", "'re", "'m", "does", "do"])
FUTURE_HEADS = frozenset([
    "plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare", "be", "go",
    "agree", "want", "promise", "vow", "pledge", "threaten", "seek", "decide", "likely", "poise",
    "slate", "propose", "offer", "wish", "try", "need", "ready", "about",
])
REPORTING = frozenset([
    "say", "tell", "report", "announce", "add", "note", "claim", "state", "confirm", "deny",
    "write", "explain", "argue", "insist", "warn", "accuse", "declare", "disclose", "reveal",
    "acknowledge", "admit", "quote", "cite",
])
SCHEDULING = frozenset(["plan", "schedule", "slate", "expect"])
STATIVE = frozenset(["be", "have", "remain", "seem", "follow", "include", "mean", "represent",
                     "stand", "total", "compare", "reflect", "exceed", "equal", "cost", "own"])
FUTURE_WORDS = frozenset(["due", "scheduled", "slated", "set", "expected", "poised", "upcoming"])


def governor(span: Span) -> Token | None:
    """The predicate a temporal expression attaches to: its nearest verbal ancestor outside the
    expression (or an adjective like "due"), or None for a verbless fragment."""
    inside = {t.i for t in span}
    tok = span.root
    for _ in range(40):
        if tok.i not in inside and (
            tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.lower_ in FUTURE_WORDS
        ):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def past_perfect(verb: Token) -> bool:
    """Whether the verb is in the past perfect ("had been scheduled", "had been due"): what
    was planned then is before publication."""
    tok = verb.head if verb.dep_ == "acomp" else verb
    return any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in tok.children)


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """'past', 'future', 'present' or None for a verbal token."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if past_perfect(verb):
        return "past"
    if "could" in words and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # "could not be reached Tuesday": a failed attempt, not a plan  # past perfect: "had been due to expire Friday" was before publication
    if verb.lower_ in FUTURE_WORDS and verb.tag_ not in ("VBD",):
        return "future"
    if words & FUTURE_AUX or any(c.lower_ == "going" for c in aux):
        return "future"
    if verb.dep_ == "xcomp" and depth < 3:
        head = verb.head
        if past_perfect(head):
            return "past"
        if head.lemma_ in FUTURE_HEADS or head.lower_ in FUTURE_WORDS or head.lower_ == "going":
            return "future"
        return verb_tense(head, depth + 1)
    if "to" in words and verb.head.i != verb.i and depth < 3:
        return verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBN" and words & PERFECT_AUX - {"'s"}:
        return "past"
    if words & PAST_AUX or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or words & PRESENT_AUX:
        return "present"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "relcl", "conj") and depth < 3:
        return verb_tense(verb.head, depth + 1)
    return None


def attached(span: Span, verb: Token) -> bool:
    """Whether the expression modifies the verb directly ("leave Wednesday", "on Wednesday"),
    rather than a noun phrase under it ("follows Tuesday's declaration")."""
    head = span.root.head
    if head.i == verb.i:
        return True
    return head.dep_ == "prep" and head.head.i == verb.i


def clause_tense(span: Span) -> str | None:
    """The tense used to anchor a temporal expression: 'past', 'future', 'present' (a present
    predicate, or a future one when the expression sits inside a noun phrase: its reading
    depends on the expression's kind), or None (unknown). A present predicate the expression
    modifies directly reads as future ("meets Xi Wednesday"), except reporting verbs (past)."""
    verb = governor(span)
    if verb is None:
        return None
    if verb.lemma_ in SCHEDULING and not past_perfect(verb):
        return "future"
    tense = verb_tense(verb)
    if tense == "present":
        if verb.lemma_ in REPORTING:
            return "past"
        if verb.lemma_ in STATIVE:
            return None
        return "future" if attached(span, verb) else "present"
    if tense == "future" and not attached(span, verb):
        return "present"
    return tense
