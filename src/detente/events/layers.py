"""Rules and model together: the lexicon is the precise, explainable layer; the model adds the
events the lexicon misses, chooses between senses, and vetoes lexicon matches it is confident are
not events. Every decision is kept on the candidate, so ``detente explain`` shows both votes.

- lexicon event, model says "no event" with p >= ``veto``: dropped (outcome says so), unless it
  is one of our own consultations (CAMEO 04) between resolved actors of two countries, or one of
  our own patterns whose required object names the act and the model does not veto the object
  ("went on strike": the verb says little), or a row whose required object fixes the sense
  (flag ``sure``: "released 30 prisoners");
- lexicon event, model prefers another root with p >= ``switch``: the model's code is used and
  the rule names both layers;
- lexicon event otherwise: kept, rule ``lex..+model:V``, confidence = the model's probability of
  the lexicon's root;
- no lexicon event (or a pattern that needs a target found none, and the model's own slots
  find one), the model's probability that the predicate is an event >= ``add``: a model
  event with its most probable root, participants found by the same dependency logic as the
  lexicon's (rule ``model:V``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.document import ArticleDoc, Sentence
from detente.events.extract import (
    NO_TARGET,
    THREAT_ROOT,
    VIOLENT_ROOTS,
    Candidate,
    candidates_for_sentence,
)
from detente.events.fallbacks import CONSULT_ROOT, behest_targets, fallback_targets
from detente.events.lexicon import BORROWED, LEXICON_VERSION, Pattern
from detente.events.matching import predicate_pos
from detente.events.modality import modality, stated_refusal
from detente.events.model import EventModel, Vote, is_candidate, vote
from detente.events.noun_sources import predicate_sources
from detente.events.participants import SentenceActors, actor_key
from detente.events.slots import slot_targets
from detente.events.sources import POSTURE_ROOTS, light_verb
from detente.events.targets import context_targets, target_note

TARGET_SLOTS = ("dobj", "dative", "with", "against", "to", "on", "at", "from", "over", "for",
                "into", "xobj", "that")
# Violent and coercive acts also take their target from where they happen ("shelled positions
# in the north of Lebanon"); a meeting "in Paris" does not target France.
VIOLENT_SLOTS = (*TARGET_SLOTS[:4], "in", "near", *TARGET_SLOTS[4:])
SYMMETRIC_CODES = frozenset({"040", "046", "190", "193", "194"})


def apply_model(model: EventModel, adoc: ArticleDoc, sent: Sentence,
                cands: list[Candidate], sa: SentenceActors | None = None) -> list[Candidate]:
    """Vote on every candidate predicate of ``sent``; returns the lexicon's candidates (some
    vetoed or re-coded) plus the model's own events."""
    sa = sa or SentenceActors.build(adoc, sent)
    if not sa.by_token:  # no actor in the sentence: nothing for the model to add
        return cands
    by_token = {c.trigger.i: c for c in cands}
    out = list(cands)
    tag = f"model:{model.version}"
    th = model.thresholds
    vetoed: set[int] = set()
    again: dict[int, Candidate] | None = None
    for tok in sent.span:
        lex = by_token.get(tok.i)
        if lex is None and not is_candidate(tok, model.nouns):
            continue
        v = vote(model, tok, sa, lex)
        freed = lex is not None and lex.outcome.startswith("consumed") and bool(
            {t.i for t in _governors(tok)} & vetoed)
        if freed:
            # an object noun a vetoed light verb had consumed is coded on its own ("carried out
            # attacks" when the model says the verb is no event: the attacks still are one)
            if again is None:
                again = {c.trigger.i: c for c in candidates_for_sentence(
                    adoc, sent, sa, released=frozenset(vetoed))}
            own = again.get(tok.i)
            if lex is not None and own is not None and not own.outcome.startswith("consumed"):
                out[out.index(lex)] = lex = own
        if lex is not None:
            lex.vote = v
            if lex.outcome == "event" and lex.pattern is not None:
                _judge_lexicon_event(model, lex, v, tag, sa)
                if lex.outcome.startswith("vetoed"):
                    vetoed.add(tok.i)
            if lex.outcome == "event" or not (
                    freed or lex.outcome == "no pattern matched (constraints)"
                    or _wanted_a_target(lex)):
                continue
        if 1 - v.none < th["add"] or v.probability < th.get("add_root", 0.0) \
                or tok.pos_ == "AUX" or tok.lemma_ == "be":
            continue  # a copula the lexicon reads ("were on strike") is never the model's own
        new = _model_candidate(model, tok, v, sa, adoc, tag)
        if new is not None and lex is not None and _wanted_a_target(lex) and not (
                any(t.actor.actor.country for t in new.targets) or new.mutual()):
            new = None  # the pattern's refusal stands when the model finds no partner either
        if new is not None:
            out.append(new)
    return [c for c in out if not (c.rule == tag and _merged_into_noun(c, by_token))]


def _governors(noun: Token) -> list[Token]:
    """The words above ``noun`` up to its verb ("a new round of talks": round, completed), the
    light verb that may have consumed it among them."""
    out, head = [], noun
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        out.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    return out


def _wanted_a_target(lex: Candidate) -> bool:
    """Did ``lex`` match a pattern that needs a target and find none? The model may still read
    the predicate, with a partner its own slots find ("withdrew its backing to the alliance")."""
    return lex.outcome == NO_TARGET


def _merged_into_noun(verb: Candidate, by_token: dict[int, Candidate]) -> bool:
    """Is the model's event ``verb`` a support verb whose object the lexicon codes as an event
    ("levelled accusations against X", "voiced condemnation of Y")? One act is coded once: the
    noun says what it is, and takes the verb's targets when it found none of its own."""
    tok = verb.trigger
    if not light_verb(tok):
        return False
    for c in tok.children:
        noun = by_token.get(c.i) if c.dep_ == "dobj" else None
        if noun is None or noun.outcome != "event" or noun.pattern is None:
            continue
        if verb.pattern is not None and verb.pattern.cameo[:2] == noun.pattern.cameo[:2] and (
                verb.targets and not noun.targets):
            noun.targets, noun.target_path = verb.targets, "support-verb>" + verb.target_path
            noun.target_note = verb.target_note
        return True
    return False


JOINT_ADVERBS = frozenset({"jointly"})  # the lexicon's joint-act rows require it
REJECT_ROOT = "12"


def _judge_lexicon_event(model: EventModel, lex: Candidate, v: Vote, tag: str,
                         sa: SentenceActors) -> None:
    p = lex.pattern
    assert p is not None
    th = model.thresholds
    root = p.cameo[:2]
    base = f"lex{LEXICON_VERSION}:{p.id}+{tag}"
    # PETRARCH-2's borrowed patterns are broad (a verb, any object): the model must back them
    veto = th.get("veto_borrowed", th["veto"]) if p.id.startswith(BORROWED) else th["veto"]
    if (v.none >= veto and not p.sure and not _phrasal(p) and not _named_partners(lex)
            and not _object_says_it(model, lex, sa, veto) and not _stated_refusal(lex)
            and not _support_won(lex)):
        lex.outcome = f"vetoed by the model ({v.describe()})"
        return
    if v.label != root and v.probability >= th["switch"]:
        code = model.code_for(v.label, lex.trigger.lemma_.lower())
        lex.pattern = replace(p, cameo=code)
        lex.rule, lex.confidence = f"{base}:sense-{v.label}", v.probability
        return
    lex.rule, lex.confidence = base, max(v.of(root), 1 - v.none)


def _phrasal(p: Pattern) -> bool:
    """Is ``p`` one of our own phrasal-prepositional patterns ("hit back at", "crack down on"),
    whose particle and preposition fix the sense the model's vote on the verb alone cannot?"""
    return bool(p.particle and p.prep) and not p.id.startswith(BORROWED)


def _object_says_it(model: EventModel, lex: Candidate, sa: SentenceActors, veto: float) -> bool:
    """Does the pattern's required object name the act ("went on strike", "conducted joint
    manoeuvres"), so that the model's vote on the support verb says little? The object's own
    vote decides then."""
    p = lex.pattern
    if p is None or not p.obj or p.pos != "verb" or p.id.startswith(BORROWED):
        return False
    tok = lex.trigger
    nouns = [c for c in tok.children if c.dep_ == "dobj"] + [
        o for c in tok.children if c.dep_ == "prep" and c.lower_ == p.prep
        for o in c.children if o.dep_ == "pobj"]
    return any(vote(model, n, sa, None).none < veto for n in nouns)


# Our own patterns of meeting (04) and of giving aid (07, "will provide Ukraine with air
# defences"): with two countries named, the parse shows the act.
PARTNERED_ROOTS = frozenset({CONSULT_ROOT, "07"})


def _stated_refusal(lex: Candidate) -> bool:
    """Is ``lex`` a refusal stated as a negated intention ("will not support X": a rejection,
    CAMEO 12)? The model reads the negated verb as no act and would veto the refusal it states."""
    p = lex.pattern
    return p is not None and p.cameo[:2] == REJECT_ROOT and stated_refusal(lex.trigger, "negated")


# Verbs whose subject comes to have what their object noun names: "won Uganda's support",
# "received backing from Uganda" (not "rejected", "sought" or "lost" it).
WINNING_VERBS = frozenset({"receive", "get", "win", "earn", "garner"})
SUPPORT_ROOT = "05"


def _support_won(lex: Candidate) -> bool:
    """Is ``lex`` one of our own patterns of support (CAMEO 05) on a noun that a verb of winning
    takes as its object, with the giver and the one who won it resolved and different? The
    model reads the winning verb, whose subject acts on no one, and would veto the support the
    giver gives."""
    p, tok = lex.pattern, lex.trigger
    if (p is None or p.id.startswith(BORROWED) or p.cameo[:2] != SUPPORT_ROOT
            or tok.pos_ != "NOUN" or tok.dep_ != "dobj"
            or tok.head.lemma_.lower() not in WINNING_VERBS
            or any(c.dep_ in ("neg", "prt") for c in tok.head.children)):
        return False
    src = {actor_key(s.actor.actor) for s in lex.sources if s.resolved}
    tgt = {actor_key(t.actor.actor) for t in lex.targets if t.resolved}
    return bool(src) and bool(tgt) and not src & tgt


def _named_partners(lex: Candidate) -> bool:
    """Is ``lex`` one of our own consultation patterns (CAMEO 04: meet, visit, phone, host ...)
    or joint acts ("jointly built", the adverb required) whose slots hold resolved actors of two
    different countries? Such a match is not vetoed: the parse already shows both parties
    acting together, and the model, which saw few meetings with a named foreign counterpart,
    vetoes them ("made a phone call to X")."""
    p = lex.pattern
    if p is None or p.id.startswith(BORROWED) or (
            p.cameo[:2] not in PARTNERED_ROOTS and p.particle not in JOINT_ADVERBS):
        return False
    src = {s.actor.actor.country for s in lex.sources if s.resolved and s.actor.actor.country}
    tgt = {t.actor.actor.country for t in lex.targets if t.resolved and t.actor.actor.country}
    if p.particle in JOINT_ADVERBS:  # "X and Y jointly built": the partners may both be sources
        return len(src | tgt) >= 2
    return bool(src) and bool(tgt) and not src & tgt


# Verbs that name or judge what their object predicate says ("called X Y"), and the code of a
# judgement passed on someone in news (CAMEO 111: criticise or denounce).
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
JUDGEMENT = "111"


def _model_candidate(model: EventModel, tok: Token, v: Vote, sa: SentenceActors,
                     adoc: ArticleDoc, tag: str) -> Candidate | None:
    lemma = tok.lemma_.lower()
    code = model.code_for(v.label, lemma)
    if lemma in NAMING_VERBS and any(c.dep_ == "oprd" for c in tok.children):
        code = JUDGEMENT  # "called the plan hypocritical", "called X a liar": no appeal
    pos = predicate_pos(tok) or "verb"
    slots = VIOLENT_SLOTS if v.label in VIOLENT_ROOTS else TARGET_SLOTS
    pattern = Pattern(id=tag, pos=pos, lemma=lemma, particle=None, prep=None, obj=None,
                      obj_label=None, xcomp=None, cameo=code, targets=slots,
                      symmetric=code in SYMMETRIC_CODES, needs_target=False, planned=False,
                      example="")
    cand = Candidate(tok, pattern=pattern, vote=v, rule=tag, confidence=v.probability)
    cand.sources, cand.source_path = predicate_sources(tok, pos, sa, slots)
    # Precision first: a model event needs a source that resolves to an actor.
    cand.sources = [s for s in cand.sources if s.resolved]
    if not cand.sources:
        return None
    keys = {actor_key(s.actor.actor) for s in cand.sources}
    cand.targets = behest_targets(tok, code[:2], sa, keys)  # "came at X's invitation"
    cand.target_path = "behest" if cand.targets else ""
    for slot in () if cand.targets else slots:
        got = [t for t in slot_targets(tok, slot, sa, keys, adoc)
               if t.resolved and (actor_key(t.actor.actor) not in keys or len(cand.sources) > 1)]
        if got:
            cand.targets, cand.target_path = got, slot
            break
    among_sources = cand.mutual()
    if not cand.targets:  # the lexicon's fallbacks, in its order
        cand.targets, cand.target_path = fallback_targets(tok, slots, code[:2], sa, keys,
                                                          among_sources=among_sources)
    cand.target_note = target_note(sa, tok, slots, cand.targets, [])
    if not cand.targets and not among_sources and code[:2] not in POSTURE_ROOTS:
        cand.targets, note = context_targets(sa, tok, slots, cand.sources)
        cand.target_note = note or cand.target_note
        cand.target_path = "context" if cand.targets else ""
    cand.modality = modality(tok, planned=False, threat=code[:2] == THREAT_ROOT)
    cand.outcome = "event"
    return cand
