"""Words and parse-tree tests the participant rules share, with no actor in them: prepositions
in the lexicon's form, documents and the verbs that issue them, partitive heads ("dozens of"),
agent nouns, conjunct chains, mastheads, who made or leads a thing."""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Span, Token

from detente.actors.candidates import SETTLEMENT_NOUNS
from detente.actors.kinds import STANCE_PREFIXES, hyphen_prefix
from detente.events.lexicon import noun_classes

RELATIVE = {"who", "whom", "which", "that", "whose"}


# Prepositions the lexicon writes in one form only ("called upon X" is "called on X").
PREPOSITION_FORMS = {"upon": "on", "amongst": "among"}


# Prepositions that list a plural noun's members ("countries, including X and Y").
EXAMPLE_PREPS = frozenset({"including", "like"})


EXAMPLE_KINDS = frozenset({"country", "organisation", "person"})


def preposition(tok: Token) -> str:
    """The lexicon's form of the preposition (or particle) ``tok``."""
    return PREPOSITION_FORMS.get(tok.lower_, tok.lower_)


PLURAL_PRONOUNS = frozenset({"they", "we", "their", "our"})


# Documents that speak for whoever issued them ("a statement issued by the ministry said"; a
# resolution or motion for the body that passed it).
DOCUMENTS = frozenset({"statement", "communique", "communiqué", "report", "letter", "declaration",
                       "announcement", "release", "rejoinder", "memo", "memorandum", "note",
                       "text", "circular", "document", "editorial", "commentary", "article",
                       "resolution", "motion",
                       # texts a legislature or government passes ("passed a bill imposing ...")
                       "bill", "law", "legislation", "decree", "ordinance", "directive"})


# Verbs of saying whose "in a statement" phrase names the document their subject issued.
SAYING_VERBS = frozenset({"say", "state", "announce", "declare", "add", "write", "tell", "warn",
                          "urge", "accuse", "charge", "demand", "insist", "stress", "note"})


# Verbs whose subject issues the document that is their object ("X released a statement").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "present", "submit",
                           "adopt", "circulate", "post", "make", "sign", "put", "file", "unveil",
                           "pass", "approve"})


# Verbs that name who wrote or backed a text, not who issued it ("a resolution sponsored by X"
# is adopted, if at all, by the body that votes on it).
SPONSORING_VERBS = frozenset({"sponsor", "co-sponsor", "cosponsor", "draft", "propose", "table",
                              "introduce", "back", "support", "write"})


# Heads of partitive phrases whose actor is the "of" object ("dozens of demonstrators", "the
# military wing of Hamas", "a host of EU leaders").
QUANTITY = {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "ten", "tens", "number", "group", "couple", "handful",
            "some", "many", "several", "most", "all", "few", "more", "none", "one", "two",
            "three", "four", "five", "members", "member", "team", "delegation", "contingent",
            "wing", "wings", "arm", "branch", "host", "slew", "raft", "array"}


# Parts of an organisation that a nationality places in one country ("the Iraqi branch of X").
BRANCHES = frozenset({"wing", "arm", "branch"})


# Heads whose actor or place is their "of" object: quantities, and settlements ("the city of X").
OF_OBJECT_HEADS = frozenset(QUANTITY) | SETTLEMENT_NOUNS


ANCHOR_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}


# Nouns of shooting that name the shooter only through a modifier ("Pakistani fire", "army
# fire"): not attacker nouns, since a bare "fire" is as often a blaze ("a fire destroyed ...")
SHOT_NOUNS = frozenset({"fire"})


# Nouns that, with "the", refer back to the organisation named last ("the group said").
ORG_ANAPHORS = frozenset({"group", "organization", "organisation", "movement"})


@functools.cache
def agent_nouns() -> dict[str, tuple[str | None, str]]:
    """Agent-noun lemma -> (sector, kind)."""
    text = resources.files("detente").joinpath("data/lexicon/agent_nouns.tsv").read_text("utf-8")
    out: dict[str, tuple[str | None, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, sector, kind = line.split("\t")
        out[lemma] = (None if sector == "-" else sector, kind)
    return out


def agent_noun(lemma: str) -> bool:
    """Is ``lemma`` (or its singular) an agent noun of the lexicon ("officials", "counterpart")?"""
    return lemma in agent_nouns() or lemma.rstrip("s") in agent_nouns()


def claimed_by(tok: Token) -> Token | None:
    """Who claimed the attack ``tok`` names ("the bombing, claimed by X"): the agent of a
    participle of "claim" on it."""
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "claim":
            for a in c.children:
                if a.dep_ == "agent":
                    return next((o for o in a.children if o.dep_ == "pobj"), None)
    return None


def shared_of_object(head: Token) -> Token | None:
    """The "of"/"from" object of the last of ``head``'s coordinated agent nouns, when ``head``
    has none of its own."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children):
        return None
    conjuncts = conj_chain(head)
    if not conjuncts or not agent_noun(conjuncts[-1].lemma_.lower()) or any(
            c.dep_ in ("det", "poss") for c in conjuncts[-1].children):
        return None  # "junta officials and the representative of the Red Cross": two parties
    return next((o for c in conjuncts[-1].children if c.dep_ == "prep"
                 and c.lower_ in ("of", "from") for o in c.children if o.dep_ == "pobj"), None)


def org_anaphor(tok: Token) -> bool:
    """Is ``tok`` "the group", "the organization": the organisation the story named before?"""
    return tok.lemma_.lower() in ORG_ANAPHORS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


LEAD_VERBS = frozenset({"lead", "head"})


def leader_of(group: Token) -> Token | None:
    """The "by" agent of a group noun's "led by" / "headed by" participle, if any."""
    if group.pos_ not in ("NOUN", "PROPN") or not (
            agent_noun(group.lemma_.lower()) or group.tag_ in ("NNS", "NNPS")):
        return None
    return next((o for c in group.children if c.dep_ == "acl" and c.lemma_ in LEAD_VERBS
                 and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
                 for o in a.children if o.dep_ == "pobj"), None)


def conj_chain(tok: Token) -> list[Token]:
    """The conjuncts coordinated with ``tok``, however the parse nests them; not a negated one
    ("by judges and not politicians": the politicians do not act)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "conj" and not any(g.dep_ == "neg" for g in c.children):
            out += [c, *conj_chain(c)]
    return out


def document_report(clause: Token) -> Token | None:
    """The verb reporting ``clause`` through a document ("said in a statement that it would
    ...", which the parse reads as a clause of the noun "statement"), if it is one."""
    document = clause.head
    if (clause.dep_ in ("acl", "relcl") and document.lemma_.lower() in DOCUMENTS
            and document.dep_ == "pobj" and document.head.dep_ == "prep"
            and document.head.head.pos_ == "VERB"):
        return document.head.head
    return None


def reporting_subject(pron: Token) -> Token | None:
    """'X said it will refuse', 'X said in a statement that it will refuse': the subject of the
    verb reporting the pronoun's clause."""
    clause = pron.head
    for _ in range(4):
        if clause.dep_ == "ccomp":
            return next((c for c in clause.head.children
                         if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        report = document_report(clause)
        if report is not None:
            return next((c for c in report.children
                         if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


# Pronouns a relative clause makes generic ("those who oppose", "anyone who attacks").
GENERIC_ANTECEDENTS = frozenset({"those", "anyone", "anybody", "whoever", "everyone",
                                 "everybody", "someone", "somebody"})


def makers_of(thing: Token) -> list[Token]:
    """The "by" agents of a thing: "proposals by X", "a plan drawn up by X"."""
    out = [o for c in thing.children if c.dep_ == "prep" and c.lower_ == "by"
           for o in c.children if o.dep_ == "pobj"]
    out += [o for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return out


def stance_word(tok: Token) -> bool:
    """Is ``tok`` the name in "anti-China", "pro-Kremlin": a stance, not an actor?"""
    return hyphen_prefix(tok.doc, tok.i) in STANCE_PREFIXES


def document_issuers(doc_noun: Token, modifiers: bool = True) -> list[Token]:
    """Who issued a document: "the ministry's statement", "a statement from / by the ministry",
    "a statement issued / released by the ministry", "the ministry issued a statement ..."."""
    out: list[Token] = []
    for c in doc_noun.children:
        if c.dep_ == "poss":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() not in SPONSORING_VERBS:
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                    out += [g for g in a.children if g.dep_ == "pobj"]
        elif modifiers and c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ", "NOUN") \
                and not (c.pos_ == "ADJ" and c.is_lower):  # "an official report": no issuer
            out.append(c)  # "a UN report", "the ministry statement", "the Chinese text"
    head = doc_noun.head
    if not out and doc_noun.dep_ in ("dobj", "nsubjpass") and (
            head.lemma_.lower() in ISSUING_VERBS):
        out = [c for c in head.children if c.dep_ == "nsubj"]
    if not out and doc_noun.dep_ == "pobj" and head.lower_ == "in" and (
            head.head.lemma_.lower() in SAYING_VERBS):
        out = [c for c in head.head.children if c.dep_ == "nsubj"]  # "X said in a statement"
    return out


# Names of documents and programmes the tagger takes for organisations ("the Comprehensive Test
# Ban Treaty", "the Transatlantic Trade and Investment Partnership"): no one's agent.
DOCUMENT_HEADS = frozenset({"partnership", "convention", "charter", "act", "initiative"})


# Head nouns of the press ("told reporters", "Libyan television said").
MEDIA_HEADS = frozenset({"daily", "newspaper", "paper", "radio", "television", "tv", "agency",
                         "magazine", "weekly", "channel", "station", "website", "broadcaster",
                         "reporter", "journalist", "correspondent", "press", "media", "news",
                         "newsweekly", "tabloid", "journal"})


# Words of newspapers' and broadcasters' names besides those ("the Sunday Times", "The Huffington
# Post", "RTE television"): an outlet the dictionary does not know is the press, a channel.
MASTHEAD_WORDS = MEDIA_HEADS | {"times", "post", "herald", "tribune", "gazette", "telegraph",
                                "guardian", "observer", "mirror", "express", "chronicle", "globe",
                                "mail"}


def masthead(ent: Span) -> bool:
    """Is the named organisation an outlet by the words of its name?"""
    return any(t.lower_ in MASTHEAD_WORDS for t in ent) or any(
        c.lower_ in MASTHEAD_WORDS for c in ent.root.children if c.dep_ in ("appos", "compound"))


def named_document(ent: Span) -> bool:
    """Is the named "organisation" a treaty, programme or policy by the head of its name?"""
    head = ent.root.lemma_.lower()
    classes = noun_classes()
    return head in DOCUMENT_HEADS or head in classes["agreement"] or head in classes["policy_text"]
