"""Event extraction over the dependency parse (the ``events`` pipeline step).

For every token whose lemma has patterns in the lexicon, the most specific matching pattern
gives the CAMEO code; the source is the subject (nsubj, the ``by`` agent of a passive, the
subject shared through conj/xcomp, the antecedent of a relative clause or the noun an acl
modifies; for nominalisations the possessor, a country modifier, or the subject of the verb
that governs the noun); targets are tried in the pattern's slot order (object, dative,
prepositions, the xcomp verb's objects, the actors of the reported content).

Precision first: no event without a source participant, a matched pattern and a trigger; never
source == target; at most one event per (source, target, code root, trigger).

Compound actors: with a *symmetric* pattern (clash, meet, hold talks, sign ...) a compound
subject ("Biden and Xi clashed") gives ONE reciprocal event per unordered pair of members
(source = the first named, target = the second, ``reciprocal: true``); with any other pattern a
compound subject or object gives one event per member (never a concatenated actor code).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Token

from detente.actors.eras import actor_on
from detente.document import ArticleDoc, Sentence
from detente.events.fallbacks import (
    ASKING_ROOTS,
    CONSULT_ROOT,
    behest_targets,
    fallback_targets,
)
from detente.events.lexicon import BORROWED, LEXICON_VERSION, Pattern, by_lemma
from detente.events.matching import (
    JUDGEMENT_CLASSES,
    MEASURE_ROOTS,
    YIELD_ROOT,
    gerund_objects,
    match_pattern,
    measured_things,
    object_infinitives,
    predicate_pos,
    undergoing_verb,
)
from detente.events.modality import (
    content_of_coded_act,
    infinitive_complement,
    modality,
    stated_refusal,
)
from detente.events.noun_sources import attributive_visitor, predicate_sources
from detente.events.ontology import cameo
from detente.events.participants import (
    STORY_ORGANISATION,
    Participant,
    SentenceActors,
    actor_key,
    context_participant,
)
from detente.events.phrases import agent_nouns
from detente.events.senses import (
    DESTROY_PROPERTY,
    INTENT_ROOT,
    REJECT,
    WORDS_OF_ATTACK,
    act_lemma,
    attack_in_words,
    complement_refusal,
    complement_threat,
    danger_warning,
    joint_act,
    joint_complement,
    joint_object,
    names_its_kind,
    occasion_mention,
    own_property,
    poll_share,
    refused_code,
    sports_result,
)
from detente.events.slots import each_other, meets_the_press, slot_targets
from detente.events.sources import (
    AUTHORITY_SECTORS,
    FORCE_ROOTS,
    POSTURE_ROOTS,
    REPORTER_CONJUNCT,
    announcers_of_talks,
    anothers_act,
    comma_conjunct,
    light_verb,
    passive_sources,
    posture_forces,
    reporter_sources,
)
from detente.events.targets import (
    VISIT_CODES,
    armed_contest,
    between_companies,
    context_targets,
    held_by_authority,
    named_destination,
    political_contest,
    story_destination,
    target_note,
)
from detente.records import Actor, Event, Trigger

THREAT_ROOT = "13"
REFLEXIVE = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
# "agreed that the plan was fair" shares an opinion; only "agreed to/on/with" cooperates.
# "hoped (that) Japan would end the practice" and "suggested the posters were part of a trend"
# voice a wish or a view, not an appeal (PETRARCH-2 codes bare "hope" and "suggest" 020)
OPINION_SENSE = {"agree", "hope", "suggest"}
# The outcome of a pattern that needs a target and found none (the model may still read the
# predicate: events/layers.py).
NO_TARGET = "pattern needs a target; none resolved"

VIOLENT_ROOTS = {"14", "15", "17", "18", "19", "20"}
# Sectors of armed actors outside the state: their arrests are abductions (CAMEO 181, not 173).
NON_STATE_ARMED = frozenset({"REB", "UAF", "CRM"})
FIGHT = "190"  # use conventional military force, not specified


@dataclass(slots=True)
class Candidate:
    """A trigger considered in one sentence, and what came of it (also used by ``explain``)."""

    trigger: Token
    pattern: Pattern | None = None
    sources: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    source_path: str = ""
    target_path: str = ""
    modality: str = "asserted"
    outcome: str = ""
    target_note: str = ""  # why no (resolved) target: provenance for counting the gaps
    # Set by the model layer (events/layers.py): its vote, the rule and calibrated confidence.
    vote: Any = None
    rule: str = ""
    confidence: float | None = None

    def mutual(self) -> bool:
        """Do the sources act on each other (a symmetric pattern, "clashes between X and Y", or
        "accused each other") with two or more of them?"""
        if len(self.sources) < 2:
            return False
        return (self.pattern is not None and self.pattern.symmetric) or self.source_path == "between" \
            or each_other(self.trigger) or (self.pattern is not None and (
                joint_complement(self.trigger) or joint_object(self.trigger)))


SUPPORT_ROOT = "05"
def anothers_forces(verb: Token, sa: SentenceActors) -> bool:
    """Whether the forces ``verb`` commands are named as another country's than its subject's
    ("the junta ordered French troops to leave"; not "ordered the army to attack")."""
    def countries(dep: str, subject: bool) -> set[str]:
        return {p.actor.actor.country for c in verb.children if c.dep_ == dep
                for p in sa.resolve(c, subject=subject) if p.actor.actor.country}
    forces, commanders = countries("dobj", False), countries("nsubj", True)
    return bool(forces and commanders and not forces & commanders)


def candidates_for_sentence(adoc: ArticleDoc, sent: Sentence,
                            sa: SentenceActors | None = None,
                            released: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every lexicon trigger in ``sent`` with its pattern, participants and outcome (``sa``: the
    sentence's actor lookup, when the caller already built it; built here only when a trigger
    needs participants, which most sentences' triggers never reach; ``released``: light verbs,
    by token index, whose object nouns are coded on their own, as when the model vetoed the
    verb)."""
    out: list[Candidate] = []
    consumed: set[int] = set()
    lemmas = by_lemma()
    for tok in sent.span:
        pos = predicate_pos(tok)
        if pos is None or (pos, tok.lemma_.lower()) not in lemmas:
            continue
        cand = Candidate(tok)
        out.append(cand)
        if tok.i in consumed:
            cand.outcome = "consumed by a light-verb pattern"
            continue
        p = match_pattern(tok)
        if p is None:
            cand.outcome = "no pattern matched (constraints)"
            continue
        if p.blocked and p.obj_label == "@troops":
            sa = sa or SentenceActors.build(adoc, sent)
            if anothers_forces(tok, sa):  # "ordered French troops to leave": not its own
                p = match_pattern(tok, skip=frozenset({p.id}))
                if p is None:
                    cand.outcome = "no pattern matched (constraints)"
                    continue
        if p.blocked:
            cand.outcome = f"sense excluded by pattern {p.id} (not an event)"
            continue
        if pos == "adj" and tok.dep_ == "amod":
            # "voters, angry over X, ...": a description, not a stance the text reports
            cand.outcome = "an attributive adjective (describes, states no stance)"
            continue
        if pos == "noun" and (undergoing := undergoing_verb(tok)) is not None:
            cand.outcome = (f"undergoes {undergoing[0].text!r} ({undergoing[1].id}): "
                            "the act is the verb's")
            continue
        if pos == "noun" and p.cameo[:2] == CONSULT_ROOT and occasion_mention(tok):
            cand.outcome = "the occasion of a clause, reported before (\"during the visit\")"
            continue
        kids = list(tok.children)
        if p.cameo[:2] == SUPPORT_ROOT and poll_share(kids):
            cand.outcome = "a poll figure (\"backing from 33 percent\"): not an event"
            continue
        if p.lemma in OPINION_SENSE and p.xcomp is None and any(
                c.dep_ == "ccomp" and not infinitive_complement(c) for c in kids):
            cand.outcome = "opinion sense (\"agreed that ...\"): not an event"
            continue
        cand.pattern = p
        if p.obj is not None and pos == "verb":
            objs = [c for c in kids if c.dep_ == "dobj"]
            objs += measured_things(kids, objs)  # "sent tonnes of aid"
            own = [match_pattern(o) for o in objs]
            # a yielding verb ends the standing measure its object names ("lifted martial
            # law"): the act is the verb's, not the measure's
            ended = p.cameo[:2] == YIELD_ROOT and any(
                q is not None and q.cameo[:2] in MEASURE_ROOTS for q in own)
            if (not ended and any(q is not None and q.obj is not None for q in own)) \
                    or names_its_kind(tok, p) \
                    or (p.id.startswith(BORROWED) and light_verb(tok) and any(
                        q is not None and q.cameo[:2] != p.cameo[:2] for q in own)):
                # a support verb's borrowed pattern ("intensify" + attack = 138) gives way to
                # the act its object names ("intensified attacks" are attacks)
                cand.outcome = "deferred to the object's own, more specific pattern"
                continue
            # the object noun is the light verb's only if the verb codes an event: "announced
            # his resignation" with no target left for the announcement is the resignation; an
            # act of another kind whose agent is named is that agent's own ("rejected Israel's
            # accusations": Israel accused, the subject denies); but what an appeal or demand
            # asks for is never asserted ("demanded the president's resignation")
            light_objects = [c.i for c, q in zip(objs, own, strict=True) if not (
                q is not None and q.cameo[:2] != p.cameo[:2] and anothers_act(c)
                and p.cameo[:2] not in ASKING_ROOTS)]
            # "withdrew from the talks", "pulled out of the talks": the row names its
            # preposition's object, which is no act of its own then
            light_objects += [o.i for c in kids if c.dep_ == "prep" and c.lower_ == p.prep
                              for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in p.obj]
        else:
            light_objects = []
        judging = p.xcomp is not None and p.xcomp[1:] in JUDGEMENT_CLASSES
        if p.xcomp is not None and not judging:
            # the act inside a reported demand is not asserted; a judged act may be reported
            consumed.update(c.i for c in kids if c.dep_ in ("xcomp", "ccomp"))
            consumed.update(c.i for c in object_infinitives(kids) + gerund_objects(kids))
        if sa is None:
            sa = SentenceActors.build(adoc, sent)
        visitor = attributive_visitor(tok) if p.cameo in VISIT_CODES else None
        if visitor is not None:  # "Visiting Kenyan President X said": X visits the story's host
            cand.sources, cand.source_path = sa.resolve(visitor, subject=True), "visitor"
            cand.pattern = p = replace(p, targets=())
        else:
            cand.sources, cand.source_path = predicate_sources(tok, pos, sa, p.targets)
        root = p.cameo[:2]
        if not cand.sources and cand.source_path == "passive-without-agent":
            cand.sources, cand.source_path = passive_sources(tok, p.cameo, sa)
        elif pos == "verb" and (not cand.sources or cand.source_path.startswith("conj>")
                                and comma_conjunct(tok)) and (
                reported := reporter_sources(tok, p.cameo, sa))[0]:
            cand.sources, cand.source_path = reported
        elif pos == "noun" and root == CONSULT_ROOT and not cand.sources and (
                announced := announcers_of_talks(tok, sa))[0]:
            cand.sources, cand.source_path = announced
        elif (pos == "noun" and root in POSTURE_ROOTS
              and cand.source_path.startswith(("governing-verb", "no-subject"))):
            forces = posture_forces(tok, sa)
            if forces:
                cand.sources, cand.source_path = forces, "of-forces"
        if root not in VIOLENT_ROOTS:
            cand.sources = [s for s in cand.sources if not s.how.endswith("attacker-noun")]
        if not cand.sources:
            cand.outcome = f"no source ({cand.source_path or 'none'})"
            continue
        if judging and any(s.actor.actor.sector == "MED" for s in cand.sources):
            cand.outcome = "the press reports the judgement (a channel, not the judge)"
            continue
        keys = {actor_key(s.actor.actor) for s in cand.sources}
        if root == THREAT_ROOT and danger_warning(tok, sa, keys):
            cand.outcome = "a warning of a danger, not of the warner's own act (no threat)"
            continue
        dropped: list[tuple[Participant, str]] = []
        cand.targets = behest_targets(tok, root, sa, keys)  # "came at X's invitation"
        cand.target_path = "behest" if cand.targets else ""
        for slot in () if cand.targets else p.targets:
            got = slot_targets(tok, slot, sa, keys, adoc)
            dropped += [(t, "the source itself") for t in got
                        if actor_key(t.actor.actor) in keys and len(cand.sources) <= 1]
            got = [t for t in got if actor_key(t.actor.actor) not in keys or len(cand.sources) > 1]
            if any(t.resolved for t in got):
                got = [t for t in got if t.resolved]
            # an agent noun with no country ("a human rights group") is not a usable target, and
            # statements to the press ("told AFP") are not interactions with the press
            dropped += [(t, "no country") for t in got
                        if not (t.resolved or t.actor.actor.country or t.how == "named-entity")]
            got = [t for t in got if t.resolved or t.actor.actor.country or t.how == "named-entity"]
            if root == "01":  # an organisation the dictionary does not know, told something,
                # is most often the outlet ("he told RTE")
                press = [t for t in got if _press(t)]
                dropped += [(t, "the press") for t in press]
                got = [t for t in got if t not in press]
            if judging:  # a government judging its own state's acts is not accusing it
                own_state = [t for t in got if t.actor.actor.sector == "GOV" and any(
                    s.actor.actor.sector == "GOV" and s.actor.actor.country == t.actor.actor.country
                    for s in cand.sources)]
                dropped += [(t, "the speaker's own government") for t in own_state]
                got = [t for t in got if t not in own_state]
            if got and cand.targets and all(t.actor.actor.kind == "place" for t in got):
                continue  # a second town after a first one: the first stands
            if got:
                cand.targets, cand.target_path = got, slot
                if any(t.actor.actor.kind != "place" for t in got):
                    break
                # a town the act takes or hits is its target only if no slot after names a
                # holder ("recaptured the town of X from al-Shabaab": al-Shabaab)
        # "Biden and Xi met": the sources are each other's partners and need no target
        # "Piccard and Jones ... fighting against forgotten sufferances": an object in the
        # pattern's own slots that names no one is what they act on, not each other
        among_sources = cand.mutual() and (bool(cand.targets) or not _slot_objects(tok, p))
        if p.alone and not (among_sources or cand.targets or joint_act(tok)):
            # no partner named: the act is the source's own ("held military exercises")
            cand.pattern = p = replace(p, cameo=p.alone, symmetric=False)
            root = p.cameo[:2]
        if p.forces and cand.sources and all(_state_force(s.actor.actor) for s in cand.sources):
            cand.pattern = p = replace(p, cameo=p.forces)
            root = p.cameo[:2]
        if p.court and cand.sources and all(s.actor.actor.sector == "JUD" for s in cand.sources):
            cand.pattern = p = replace(p, cameo=p.court)
            root = p.cameo[:2]
        if not cand.targets:
            got, path = fallback_targets(tok, p.targets, root, sa, keys,
                                         among_sources=among_sources)
            if root == "01":  # "told BBC Radio Four's World at One": the programme's owner
                dropped += [(t, "the press") for t in got if _press(t)]
                got = [t for t in got if not _press(t)]
            if got:
                cand.targets, cand.target_path = got, path
        protested = root == PROTEST_ROOT and not cand.targets and not among_sources
        if protested:
            cand.targets = protested_state(sa, tok, cand.sources)
            cand.target_path = "own-state" if cand.targets else cand.target_path
        cand.target_note = target_note(sa, tok, p.targets, cand.targets, dropped)
        if protested and cand.targets:
            country = cand.targets[0].actor.actor.country
            cand.target_note = f"a protest naming no target: taken as against {country}'s own state"
        if p.cameo[:2] == CONSULT_ROOT and meets_the_press(tok):
            cand.outcome = "a meeting with the press (not an event)"
            continue
        if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in tok.children):
            cand.outcome = "reflexive object (no second actor)"
            continue
        if p.cameo == DESTROY_PROPERTY and own_property(tok):
            cand.outcome = "destroys its own property (disarming, not an attack)"
            continue
        if p.needs_target and not cand.targets and not among_sources:
            # "froze the assets of 40 Belarusian officials": whose the thing is names the target
            # (an owner the text names, never the story's country)
            owners, note = context_targets(sa, tok, p.targets, cand.sources, parties=not p.obj)
            if any(t.resolved for t in owners):
                cand.targets, cand.target_path = [t for t in owners if t.resolved], "owner"
                cand.target_note = note or cand.target_note
        if p.cameo in VISIT_CODES and _home_trip(cand):
            cand.outcome = "a trip within the traveller's own country (no visit to another actor)"
            continue
        if p.cameo in VISIT_CODES and not cand.targets and not among_sources:
            cand.targets = named_destination(sa, tok, cand.sources)
            if cand.targets:
                cand.target_path = "named-destination"
            else:
                cand.targets, note = story_destination(sa, tok, cand.sources)
                if cand.targets:
                    cand.target_note, cand.target_path = note, "story-destination"
        cand.targets = held_by_authority(cand.targets, cand.sources, p.cameo)
        if p.needs_target and not among_sources and not any(
                t.actor.actor.country for t in cand.targets):
            cand.outcome = NO_TARGET
            continue
        if not cand.targets and not among_sources and root not in POSTURE_ROOTS:
            # (a show of force names its target or has none: not the story's country)
            cand.targets, note = context_targets(sa, tok, p.targets, cand.sources,
                                                 parties=not p.obj)
            # "refused comment", "expressed concern": the pattern's own object is no target
            cand.targets = [t for t in cand.targets if not _names_own_object(p, t)]
            if cand.targets:
                cand.target_note, cand.target_path = note or cand.target_note, "context"
        if p.owned and any(t.how.startswith(("poss>", "by-owner>")) for t in cand.targets):
            # "concern over China's build-up", "over the tests conducted by Pakistan"; not "to
            # the Council", "about the fate of a journalist"
            cand.pattern = p = replace(p, cameo=p.owned)
        if p.cameo[:2] in FORCE_ROOTS and (
                words := political_contest(act_lemma(tok), cand.sources, cand.targets)
        ) is not None:
            if not words:
                cand.outcome = "a political contest (not the use of force)"
                continue
            cand.pattern = p = replace(p, cameo=words)
        elif p.cameo[:2] == "11" and armed_contest(act_lemma(tok), cand.sources, cand.targets):
            cand.pattern = p = replace(p, cameo=FIGHT)
        elif p.cameo[:2] in FORCE_ROOTS and attack_in_words(tok):
            cand.pattern = p = replace(p, cameo=WORDS_OF_ATTACK)
        if between_companies(cand.sources, cand.targets):
            cand.outcome = "between companies, no state party (business, not a political event)"
            continue
        if p.cameo[:2] == INTENT_ROOT and p.xcomp == "*" and (threat := complement_threat(tok)):
            # "is ready to attack X", "committed to fighting X": an intent to use force
            # threatens it
            cand.pattern = p = replace(p, cameo=threat)
        cand.modality = modality(tok, planned=p.planned, threat=p.cameo[:2] == THREAT_ROOT,
                                 detached=cand.source_path.startswith(REPORTER_CONJUNCT))
        if p.cameo == CONSIDER and cand.modality != "asserted":
            # "they should consider X", "the police will consider whether to ...": advice or a
            # plan to weigh an option; the weighing (CAMEO 014) has not begun
            cand.outcome = f"{cand.modality} consideration: no option weighed yet"
            continue
        if stated_refusal(tok, cand.modality) and (refused := refused_code(tok, p.cameo)):
            cand.pattern, cand.modality = replace(p, cameo=refused), "asserted"  # CAMEO 124
        elif p.cameo == REJECT and p.xcomp == "*" and (refused := complement_refusal(tok)):
            # "refused to negotiate with X", "ruled out working with X": the refusal of that act
            cand.pattern = replace(p, cameo=refused)
        cand.outcome = "event"
        if tok.i not in released:
            consumed.update(light_objects)
    return out


PROTEST_ROOT = "14"
CONSIDER = "014"


def _press(target: Participant) -> bool:
    """Is ``target`` the press, or an organisation the dictionary does not know (most often an
    outlet)? Statements to either are no interactions with them."""
    return target.actor.actor.sector == "MED" or target.how == STORY_ORGANISATION


def protested_state(sa: SentenceActors, tok: Token, sources: list[Participant]) -> list[Participant]:
    """Whom a protest that names no target is against: the protesters' own state ("residents
    staged a protest", "delegates sat in silent protest"), when they are all of one country and
    none of its authorities (government, police, army, courts, intelligence)."""
    own = {s.actor.actor.country for s in sources if s.resolved}
    if len(own) != 1 or None in own or any(s.actor.actor.sector in AUTHORITY_SECTORS
                                             for s in sources):
        return []
    country = own.pop()
    assert country is not None
    return [context_participant(sa, country, (tok.i, tok.i + 1), "own-state")]


def _slot_objects(tok: Token, p: Pattern) -> list[Token]:
    """The nouns in ``p``'s own target slots of ``tok`` (its object, its "against X" ...); not
    an object the pattern names as part of the act ("resumed dialogue", "held talks")."""
    own_object = p.obj is not None
    out = [c for c in tok.children if c.dep_ == "dobj"] if (
        "dobj" in p.targets and not own_object) else []
    out += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in p.targets
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return out


def _home_trip(cand: Candidate) -> bool:
    """"flew into Vietnam" by someone the text gives Vietnam's country: a destination that is
    only a place (a country or town, no body or person) in every traveller's own country."""
    places = [t.actor.actor for t in cand.targets]
    if not places or not cand.sources or any(
            a.kind not in ("country", "place") or a.sector for a in places):
        return False
    return {a.country for a in places} == {s.actor.actor.country for s in cand.sources}


def _state_force(actor: Actor) -> bool:
    """Is ``actor`` one of a state's authorities (a country named alone acts as its state)?"""
    return actor.sector in AUTHORITY_SECTORS or (actor.sector is None and actor.kind == "country")


def settle_content(cands: list[Candidate]) -> None:
    """Drop the events that are only the content of another coded event in the same sentence
    (a requested or merely possible act: the request is the event)."""
    coded = {c.trigger.i for c in cands if c.outcome == "event"}
    for cand in sorted(cands, key=lambda c: c.trigger.i):
        if cand.outcome == "event" and content_of_coded_act(cand.trigger, cand.modality,
                                                            coded - {cand.trigger.i}):
            cand.outcome = f"{cand.modality} content of another coded act: not an event"
            # "suggested releasing X, freeing Y": the content's conjunct is content too
            coded.discard(cand.trigger.i)


def _names_own_object(p: Pattern, target: Participant) -> bool:
    """Is the target the word the pattern requires as its object ("comment", "concerns")? Not
    where that object is people the pattern acts on ("suspended 16 customs officials")."""
    if not p.obj:
        return False
    last = target.actor.text.split()[-1].lower()
    people = agent_nouns()
    if "dobj" in p.targets and (last in people or last[:-1] in people):
        return False
    return last in p.obj or last[:-1] in p.obj


def _dyads(c: Candidate) -> list[tuple[Participant, Participant | None, bool]]:
    assert c.pattern is not None
    srcs, tgts = c.sources, c.targets
    # "X and Y met with Z", "fought against Z": a partner in the pattern's own slots makes X-Z
    # and Y-Z, not X-Y (a "partner" of their own countries is still each other: "they agreed on
    # the reopening of the French embassy")
    own = {s.actor.actor.country for s in srcs}
    if c.mutual() and not (tgts and c.target_path in c.pattern.targets
                           and {t.actor.actor.country for t in tgts} - own):
        return [(a, b, True) for i, a in enumerate(srcs) for b in srcs[i + 1 :]]
    if not tgts:
        return [(s, None, False) for s in srcs]
    return [(s, t, c.pattern.symmetric) for s in srcs for t in tgts]


def _then(p: Participant, day: dt.date | None) -> Participant:
    """``p`` as the state it belonged to on the story's day ("Moscow" in 1987: the Soviet Union)."""
    actor = actor_on(p.actor.actor, day)
    return p if actor is p.actor.actor else replace(p, actor=replace(p.actor, actor=actor))


def _same(a: Participant, b: Participant | None) -> bool:
    if b is None:
        return False
    x, y = a.actor.actor, b.actor.actor
    return actor_key(x) == actor_key(y) or (
        x.kind == "country" and y.kind == "country" and x.country == y.country
    )


def extract_events(adoc: ArticleDoc) -> None:
    """The pipeline step: code events in every body sentence and append them to ``adoc.events``."""
    from detente.events.layers import apply_model
    from detente.events.model import active_model

    model = active_model()
    day = adoc.published
    seen: set[tuple[Any, ...]] = set()
    for sent in adoc.sentences:
        if sports_result(sent.text):
            continue
        if model is None:  # rules only: the actor lookup is built if a trigger needs it
            cands = candidates_for_sentence(adoc, sent)
        else:
            sa = SentenceActors.build(adoc, sent)
            cands = apply_model(model, adoc, sent, candidates_for_sentence(adoc, sent, sa), sa)
        settle_content(cands)
        for cand in cands:
            if cand.outcome != "event":
                continue
            for src, tgt, recip in _dyads(cand):
                src, tgt = _then(src, day), _then(tgt, day) if tgt is not None else None
                if _same(src, tgt):
                    continue
                event = _build(adoc, sent, cand, src, tgt, recip)
                key = (actor_key(src.actor.actor), actor_key(tgt.actor.actor) if tgt else None,
                       event.cameo_root, event.trigger.span)
                if key in seen:
                    continue
                seen.add(key)
                adoc.events.append(event)


def _build(adoc: ArticleDoc, sent: Sentence, cand: Candidate, src: Participant,
           tgt: Participant | None, recip: bool) -> Event:
    from detente.events.context import event_context

    p = cand.pattern
    assert p is not None
    code = p.cameo
    if code == "173" and src.actor.actor.sector in NON_STATE_ARMED:
        code = "181"  # CAMEO: rebels or gunmen "detaining" people abduct them (173 is by authorities)
    info = cameo(code)
    trig = sent.char_span(cand.trigger)
    conf = 0.9
    if not src.resolved:
        conf -= 0.3
    if tgt is None:
        conf -= 0.1
    elif not tgt.resolved:
        conf -= 0.2
    if cand.source_path not in ("nsubj", "poss", "agent"):
        conf -= 0.05
    if cand.confidence is not None:  # the model's calibrated probability, scaled the same way
        conf = cand.confidence * conf / 0.9
    # The participants' spans keep ids unique when two same-named actors share a trigger
    # ("will meet Chairman X and Chairman Y").
    key = "|".join([adoc.article.id, str(sent.index), f"{trig[0]}-{trig[1]}",
                    str(src.actor.actor.id or src.actor.actor.name),
                    f"{src.actor.span[0]}-{src.actor.span[1]}",
                    str(tgt.actor.actor.id or tgt.actor.actor.name) if tgt else "-",
                    f"{tgt.actor.span[0]}-{tgt.actor.span[1]}" if tgt else "-", code])
    event = Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        sentence_index=sent.index,
        sentence=adoc.article.text[sent.start_char:sent.end_char],  # with its line breaks
        source=src.actor, target=tgt.actor if tgt else None,
        cameo=code, cameo_root=info.root, plover=info.plover, plover_mode=info.plover_mode,
        goldstein=info.goldstein, quad_class=info.quad_class,
        trigger=Trigger(cand.trigger.text, trig), rule=cand.rule or f"lex{LEXICON_VERSION}:{p.id}",
        reciprocal=recip, modality=cand.modality, confidence=round(min(max(conf, 0.05), 0.99), 2),
        sentence_span=(sent.start_char, sent.end_char),
        target_reason=None if tgt is not None and tgt.resolved else cand.target_note or None,
    )
    event_context(adoc, sent, cand.trigger, event)
    return event
