"""Which sense a matched pattern takes, read from the words around its trigger: a sports result
is no attack, a share in a poll no support, "joint" and "mutual" acts, a refusal or a threat
stated through a complement, an attack in words, a state destroying its own stockpiles, a noun
that names the occasion of its clause."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from detente.events.lexicon import Pattern, noun_classes
from detente.events.matching import gerund_objects, match_pattern
from detente.events.ontology import refusal_of
from detente.events.participants import SentenceActors, actor_key
from detente.events.sources import TEMPORAL_PREPS, light_verb

# Sport reports use the language of conflict and diplomacy ("beat", "defended its title", "the
# two countries met in the play-offs"): a sentence with one unambiguous sport term, or two weaker
# ones ("tennis", "tournament", a score), codes nothing.
SPORT_STRONG = re.compile(
    r"\b(world cups?|play-?offs?|semi-?finals?|quarter-?finals?|finals|(?:top|second|third)-seeded|"
    r"seeded|goalkeeper|striker|mid-?fielders?|clocked|grand slam|wickets?|innings|world records?|"
    r"\d+ ?kg (?:category|class|division)|scored (?:\w+ ){0,3}goals?|"
    r"(?:defended|retained|won) (?:its|his|her|their) (?:\w+ )?(?:title|crown)|"
    r"\d+,?\d*m (?:final|race|freestyle|hurdles))\b", re.IGNORECASE)


SPORT_WEAK = re.compile(
    r"\b(tournaments?|championships?|olympics?|olympic games|medals?|badminton|tennis|football|"
    r"soccer|cricket|rugby|marathon|match|matches|goals?|coach|squad|champions?|players|"
    r"\d{1,2}-\d{1,2})\b",
    re.IGNORECASE)


def sports_result(text: str) -> bool:
    return bool(SPORT_STRONG.search(text)) or len(SPORT_WEAK.findall(text)) >= 2


# Words of a share of people: support "from 33 percent" is what a poll measured, not an act
SHARE_WORDS = frozenset({"percent", "%", "cent", "percentage"})


def poll_share(kids: list[Token]) -> bool:
    """Is the support's giver a share of people ("backing from 33 percent", "supported by 40 per
    cent of voters")?"""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "of", "by", "among")
               and any(g.dep_ == "pobj" and g.lemma_.lower() in SHARE_WORDS for g in c.children)
               for c in kids)


# Words that make an act the subjects' with each other ("bilateral trade", "work together").
JOINT_WORDS = frozenset({"bilateral", "mutual", "mutually", "jointly", "together"})


def joint_complement(tok: Token) -> bool:
    """Is what ``tok`` commits to or agrees on a joint act ("X and Y pledged to deepen
    cooperation", "agreed to resume talks": its infinitive, or that infinitive's object, matches a
    symmetric pattern, or that object is "their" own), with no partner of its own ("... to
    cooperate with Z")?"""
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False  # "encouraged it to cooperate": the object's act, not the subjects'
    comps = [c for c in tok.children if c.dep_ == "xcomp"
             and not any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)]
    objs = [o for c in comps for o in c.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    if any(g.dep_ == "poss" and g.lower_ == "their" for o in objs for g in o.children):
        return True  # "agreed to reopen their embassies": what they share, done together
    if any(o.lemma_.lower() in noun_classes()["relations"] for o in objs):
        return True  # "agreed to expand defence ties": the ties between them
    if any(c.lemma_.lower() in RECIPROCAL_VERBS for c in comps):
        return True  # "agreed to share nuclear research": each with the other
    if comps and tok.lemma_.lower() in CONSENSUS_VERBS:
        return True  # "X and Y agreed to set up a commission": with each other
    if any(t.lower_ in JOINT_WORDS for c in comps for t in c.subtree):
        return True  # "agreed to explore ways of increasing bilateral trade": between them
    return any((p := match_pattern(c)) is not None and p.symmetric for c in comps + objs)


def joint_object(tok: Token) -> bool:
    """Is the verb's direct object talks or ties with no partner of their own ("X and Y resumed
    dialogue", "X and Y upgraded their ties"): the subjects hold them with each other?"""
    if tok.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if not light_verb(tok) and tok.lemma_.lower() not in JOINT_OBJECT_VERBS:
        return False  # "hosted negotiations", "attended talks": not held with each other
    joint = noun_classes()["talks"] | noun_classes()["relations"]
    return any(o.dep_ == "dobj" and o.lemma_.lower() in joint
               and not any(g.dep_ == "prep" and g.lower_ in ("with", "between") for g in o.children)
               for o in tok.children)


# CAMEO 1712 (destroy property): a state or force destroying its own stockpiles or weapons
# ("destroyed its landmines", "their own arsenal") disarms; "their" alone is often another's
# ("troops demolished their homes").
DESTROY_PROPERTY = "1712"


# prepositions that make a definite event noun the time of a clause ("During the visit, X met Y")
TIME_PREPS = TEMPORAL_PREPS | {"at", "throughout"}


def occasion_mention(tok: Token) -> bool:
    """"During the visit, X met Y": a consultation named again by "the" alone, as the time of
    another clause, is one the story has reported already, not a new one (its own visitor,
    host or partner would be named: "during his visit", "after the talks with X")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in TIME_PREPS or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ in ("det", "amod", "nummod", "compound", "punct") and c.ent_type_ == ""
        and c.pos_ != "PROPN" for c in kids)


def own_property(tok: Token) -> bool:
    """Is the object of ``tok`` the subject's own ("its stockpile", "their own weapons")?"""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [o for c in objs for p in c.children  # "three million of its landmines"
             if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # "its" is a plural subject's only by mistake ("rebels destroyed its bridges": a state's)
    plural = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in tok.children)
    return any(c.lower_ == "own" or (c.lower_ == "its" and c.dep_ == "poss" and not plural)
               for o in objs for c in o.children)


def refused_code(tok: Token, code: str) -> str | None:
    """The rejection a stated refusal of ``code`` makes: the refusal of the act itself (yield,
    consult, cooperate), or for a refused intention ("not willing to negotiate") the refusal of
    the intended act, else a rejection (120)."""
    if code[:2] != INTENT_ROOT:
        return refusal_of(code)
    return complement_refusal(tok) or REJECT


def complement_refusal(tok: Token) -> str | None:
    """The refusal code of the act in ``tok``'s complement ("to negotiate", "working with"), if
    the lexicon codes that act and CAMEO has a refusal for it."""
    return next((r for q in intended_patterns(tok) if (r := refusal_of(q.cameo))), None)


def intended_patterns(tok: Token) -> list[Pattern]:
    """The lexicon patterns of the acts in ``tok``'s complement: its infinitive, or a gerund
    that stands for one ("ruled out working with X", "committed to strengthening ties")."""
    kids = list(tok.children)
    found = [match_pattern(c) for c in kids if c.dep_ == "xcomp"]
    found += [match_pattern(c) for c in gerund_objects(kids)]
    return [q for q in found if q is not None]


# The threat an intent to use force makes (CAMEO 138); acts of repression and protest are left
# to the intent ("agreed to postpone a protest" yields).
THREAT_OF = {"18": "138", "19": "138", "20": "138"}


def complement_threat(tok: Token) -> str | None:
    """The threat code of the act of force in ``tok``'s complement ("to attack", "fighting"), if
    the lexicon codes one there."""
    return next((THREAT_OF[q.cameo[:2]] for q in intended_patterns(tok) if q.cameo[:2] in THREAT_OF),
                None)


JOINT = frozenset({"joint", "bilateral", "trilateral", "multilateral", "combined"})


def joint_act(tok: Token) -> bool:
    """Does the predicate say it is shared ("joint exercises"), partner named or not?"""
    return any(c.dep_ == "amod" and c.lemma_.lower() in JOINT for c in tok.children)


def names_its_kind(tok: Token, p: Pattern) -> bool:
    """Does the noun a pattern's preposition requires have a pattern of its own, of the same root
    and more specific ("went on hunger strike": the hunger strike, not a strike)?"""
    if p.prep is None:
        return False
    return any((q := match_pattern(o)) is not None and q.obj is not None
               and q.cameo[:2] == p.cameo[:2]
               for c in tok.children if c.dep_ == "prep" and c.lower_ == p.prep
               for o in c.children if o.dep_ == "pobj")


# Participles of speech that say an "attack" was made in words: "launched a fresh attack on
# Israel, dismissing the Holocaust as a myth", "attacked the plan, calling it reckless".
SPEECH_PARTICIPLES = frozenset({"say", "call", "dismiss", "describe", "brand", "label",
                                "accuse", "charge", "claim", "insist", "warn", "denounce"})


WORDS_OF_ATTACK = "111"


def attack_in_words(tok: Token) -> bool:
    """Is the attack ``tok`` codes ("attacked", "launched an attack") followed by a participle
    of speech that says what it was ("..., saying ..."), or an attack "on" a policy, record or
    remark ("an attack on the government's record")?"""
    if act_lemma(tok) != "attack":
        return False
    verb = tok.head if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" else tok
    noun = tok if tok.pos_ == "NOUN" else next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "attack"), None)
    texts = noun_classes()["policy_text"]
    on_text = noun is not None and any(
        o.lemma_.lower() in texts for w in (noun, noun.head) for c in w.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children
        if o.dep_ == "pobj")
    return on_text or any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                          and c.i > tok.i and c.lemma_.lower() in SPEECH_PARTICIPLES
                          for c in verb.children)
# Verbs whose act, with no partner named, is done by several subjects with each other
RECIPROCAL_VERBS = frozenset({"share", "exchange", "swap"})


# Verbs that take two parties by their sense: several subjects who "agree to" an act with no
# partner named agree with each other, whatever the act
CONSENSUS_VERBS = frozenset({"agree"})


# Verbs besides the support verbs whose subjects, with talks or ties as object and no partner
# named, hold them with each other ("resumed dialogue", "upgraded their ties")
JOINT_OBJECT_VERBS = frozenset({"upgrade", "restore", "expand", "deepen", "strengthen",
                                "normalise", "normalize", "establish", "improve", "end", "set"})


def act_lemma(tok: Token) -> str:
    """The word naming the act: the predicate's, or its object's after a support verb
    ("launched a fierce attack")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if light_verb(tok) and obj is not None:
        return obj.lemma_.lower()
    return tok.lemma_.lower()
INTENT_ROOT = "03"


REJECT = "120"


# Verbs of warning; what a warner "warns of" that is its own act is the noun class
# "threatened_act" ("warned of retaliation", "warned of tough measures")
WARNING_VERBS = frozenset({"warn", "caution"})
FIRST_PERSON = frozenset({"i", "we"})


def danger_warning(tok: Token, sa: SentenceActors, keys: set[tuple[Any, ...]]) -> bool:
    """A warning to no one in particular of a danger the warner does not cause, which the coders
    read as no threat: "warned of rising obesity", "warned there was a real risk", "warned that
    a further fall of the dollar could hurt the economy". A warning stays a threat when it is
    addressed to someone ("warned Uganda that ..."), tells someone to act ("warned X to
    withdraw"), names the warner's own act ("warned of retaliation", "warned that it would
    respond", "warned that we will act", "warning that further measures are possible"), sets a
    condition ("... if Damascus does not comply"), or names no content at all. ``keys``: the
    warner's actor keys."""
    threatened = noun_classes()["threatened_act"]
    if tok.lemma_.lower() not in WARNING_VERBS or any(
            c.dep_ in ("xcomp", "dobj", "dative") for c in tok.children):
        return False
    content = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if content is not None:
        subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                       None)
        if subject is None or subject.lower_ in FIRST_PERSON or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                          for m in c.children) for c in content.children):
            return False
        if subject.dep_ == "expl":  # "warned there was a risk"
            return True
        if subject.lemma_.lower() in threatened:
            return False
        return not any(actor_key(p.actor.actor) in keys for p in sa.resolve(subject, subject=True))
    things = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
              for o in c.children if o.dep_ == "pobj"]
    return bool(things) and not any(o.lemma_.lower() in threatened for o in things)
