"""Constructions around a cue that the dependency parse does not make a report on its own.

Each check looks at the cue token and a few of its neighbours (constant time per cue).
"""

from __future__ import annotations

from spacy.tokens import Token

# An adjective whose infinitive tells what its subject did: "was quick to point out that ...",
# "is right to note that ...", "was the first to say ...". Not those of a wish or a forecast
# ("is eager to say", "is likely to say", "is reluctant to call": nothing said yet).
_ENTAILING = frozenset({"quick", "right", "correct", "wrong", "careful", "first", "last", "slow"})
# A comparison of how often a group does it ("voters were more likely to say ..."): a finding
# of a poll about what they did say, unlike a bare "likely" of the writer's forecast.
_COMPARED = frozenset({"likely", "apt", "inclined"})
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear"})
_MODALS = frozenset({"may", "might", "could", "would", "should", "must", "will", "can"})


def reported_by_adjective(token: Token) -> bool:
    """Whether an infinitive on a predicative adjective is a report of the copula's subject:
    "the union was quick to point out that ...", "voters were more likely to say that ..."; the
    copula asserted (no modal, no expletive or writer subject), the infinitive active."""
    adjective = token.head
    if token.dep_ != "xcomp" or adjective.dep_ != "acomp" or adjective.head.i == adjective.i:
        return False
    copula = adjective.head
    if copula.lemma_.lower() not in _COPULAS or any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in copula.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or any(
            c.dep_ == "auxpass" for c in token.children):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there", "this", "i", "we", "you", "one"):
        return False
    word = adjective.lower_
    return word in _ENTAILING or word in _COMPARED and any(
        c.lower_ in ("more", "less") for c in adjective.children)


def trailing_participle(token: Token) -> bool:
    """A participle after a comma closing its head's clause, with a clause or infinitive of its
    own: "..., hoping to avoid any mistake", "..., believing he would win"."""
    return (token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i
            and token.doc[token.i - 1].text == ","
            and any(c.dep_ in ("xcomp", "ccomp") for c in token.children))


# The labels of a note the publication adds to a story ("Editor's note:", "Author's note:",
# "Note:"): its comment to the reader on the story or its subject, set apart from the reporting.
_NOTE_LABEL_WORDS = 4


def in_note(token: Token) -> bool:
    """Whether a token lies in a sentence opened by a note label ("Editor's note: ..."): what the
    note says of someone is the publication's own comment, not an attribution of the story."""
    sent = token.sent
    for tok in sent[: _NOTE_LABEL_WORDS + 1]:
        if tok.text == ":":
            return tok.i > sent.start and tok.nbor(-1).lower_ in ("note", "notes") and all(
                t.is_alpha or t.tag_ == "POS" or t.text in ("'", "’") for t in sent[: tok.i - sent.start])
    return False


# Quantifiers that stand alone for a group of people ("most backed the plan", "half said so");
# the parse may make them an adverb of the verb rather than its subject.
_GROUP_QUANTIFIERS = frozenset({"most", "half", "many", "some", "few", "all", "both"})


def quantifier_subject(verb: Token) -> Token | None:
    """A quantifier before a verb without a subject that the parse made the verb's adverb ("Among
    older voters, most backed the governor"), or the adverb of a phrase before it ("most in both
    states supported X"): the group it stands for is the subject. Not one modifying another
    word ("most likely backed")."""
    for child in verb.lefts:
        if child.dep_ == "advmod" and child.lower_ in _GROUP_QUANTIFIERS:
            return child
        if child.dep_ == "prep" and child.lower_ == "in":
            word = next((c for c in child.lefts if c.dep_ == "advmod"), None)
            if word is not None and word.lower_ in _GROUP_QUANTIFIERS:
                return word
    return None


_CLOSING_MARKS = frozenset({"\u201d", '"', "''"})
_OPENING_MARKS = frozenset({"\u201c", '"', "``"})


def closes_quote(head: Token, verb: Token) -> bool:
    """Whether the head the parse coordinates a verb with lies inside a quotation the verb follows
    ("“We were wrong,” Diaz, 58, told reporters": "told" a conjunct of "were"): the verb is the
    quote's credit, and the subject of the quoted clause is not its own."""
    doc = verb.doc
    if head.i >= verb.i or not any(t.text in _CLOSING_MARKS for t in doc[head.i + 1 : verb.i]):
        return False
    before = [t.text for t in doc[verb.sent.start : head.i] if t.text in _CLOSING_MARKS | _OPENING_MARKS]
    # the last mark before the head opens a quotation: a curly or `` one, or an odd straight one
    return (bool(before) and before[-1] in _OPENING_MARKS and before[-1] != '"') or before.count('"') % 2 == 1
