"""Who acts: the source of an event predicate's clause in the dependency parse (the subject, a
passive's agent, the subject shared through conj/xcomp/advcl, the antecedent of a relative
clause), and the word lists the source rules share. Event nouns and adjectives, and the
dispatch of a predicate to its kind's rules, are in ``noun_sources.py``."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from detente.actors.lexicon import lexicon
from detente.events.lexicon import by_lemma, noun_classes
from detente.events.matching import COMMITTED, noun_phrases, places_of
from detente.events.modality import intention_noun
from detente.events.participants import (
    Participant,
    SentenceActors,
    context_participant,
    story_country,
    unique_participants,
)
from detente.events.phrases import conj_chain
from detente.records import Actor

# Support verbs whose subject is the agent of their object noun ("held talks", "launched an attack").
LIGHT_VERBS = {"hold", "have", "conduct", "launch", "make", "pay", "carry", "stage", "begin",
               "start", "resume", "open", "impose", "give", "offer", "deliver", "extend", "issue",
               "mount", "unleash", "wage", "step", "intensify", "continue", "announce", "take",
               # ending what the noun names ("wrapped up a visit", "concluded talks")
               "wrap", "wind", "conclude", "complete", "finish",
               # presiding over what the noun names ("chaired a meeting of X")
               "chair",
               # saying again, or saying formally, what the noun names ("echoed criticism of
               # X", "reiterated its demand", "lodged a protest", "levelled accusations")
               "echo", "repeat", "reiterate", "lodge", "level", "voice",
               # calling what the noun names ("called a general strike", "called a ceasefire")
               "call",
               # placing what the noun names on someone ("placed an embargo on X", "put the
               # blame on X", "slapped tariffs on X", "levied a fine")
               "place", "put", "slap", "levy",
               # ordering what the noun names ("ordered the arrest of X"), flying it ("flew 94
               # sorties against X")
               "order", "fly"}
# Particles that undo or refuse what a support verb's object names ("called off the strike",
# "held off the attack", "stepped down", "took back the offer"): the verb is no support verb then.
UNDOING_PARTICLES = frozenset({"off", "back", "down"})


def light_verb(tok: Token) -> bool:
    """Is ``tok`` a support verb whose object noun names the act (see LIGHT_VERBS)?"""
    return tok.lemma_.lower() in LIGHT_VERBS and not any(
        c.dep_ == "prt" and c.lower_ in UNDOING_PARTICLES for c in tok.children)


# Verbs that end or break off talks: only a party to them can ("ended two days of talks",
# "broke off negotiations"); "ended the strike" may be the other side's doing.
TALKS_ENDING_VERBS = frozenset({"end", "adjourn", "suspend", "break"})


def ends_talks(verb: Token, noun: Token) -> bool:
    """Does ``verb`` end or break off the talks ``noun`` names?"""
    return verb.lemma_.lower() in TALKS_ENDING_VERBS and noun.lemma_.lower() in \
        noun_classes()["talks"] and (verb.lemma_.lower() != "break" or any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


# Verbs whose "to" complement after an object says why the subject acted, not what the object
# is to do ("summoned the ambassador to protest the raid", "used tear gas to disperse them").
PURPOSE_VERBS = frozenset({"summon", "use", "employ", "utilise", "utilize"})
# Verbs that send people somewhere, whose passive subject does what they were sent to do
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "rush", "fly", "move", "bring",
                           "station", "post", "assign", "order", "mobilise", "mobilize"})
# Agent nouns of a stance: the subject of "be" is the one who holds it ("X has been a fierce
# critic of Y"). Not "supporter": a lexicon noun is a candidate for the model wherever it
# stands, and "X's supporters" are mostly the agents of other acts.
STANCE_AGENTS = frozenset({"critic"})
COPULAS = frozenset({"be", "remain", "become"})
# Verbs of making something public, whose object may carry a participle that is the subject's act.
ANNOUNCING_VERBS = frozenset({"announce", "declare", "issue", "release", "publish", "adopt",
                              "pass"})
# Prepositions that set an event noun or gerund in the circumstances of the clause: its subject
# is the noun's agent ("said after talks with X", "arrived for talks with X", "before meeting X").
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "after", "before", "following", "for", "at",
                                "since", "upon", "on", "into"})
# "fired tear gas during the protests", "arrested at the rally": acts in the time or place of a
# protest are often against it ("went on strike", "took part in protests" are in it)
TIME_OF_DISSENT_PREPS = frozenset({"during", "after", "before", "following", "since", "at"})
# Verbs whose "with" phrase is the manner of their subject's own act ("opened the debate with an
# attack on X", "responded with air strikes"): the subject does what the noun names. Not verbs of
# meeting or feeling ("met with", "was concerned with"), whose "with" is a partner or a stimulus.
MANNER_WITH_VERBS = frozenset({"open", "begin", "start", "respond", "reply", "react", "retaliate",
                               "answer", "counter"})
# "resigned following the arrest of two agents", "will halt service after each attack": an act
# done to someone (lexicon class @harm) before or after the clause is rarely its subject's
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "upon"})
# Prepositions that set an invitation or request in the circumstances of a clause ("came at the
# invitation of X", "acted upon X's request"): the clause's subject is the one asked.
BEHEST_PREPS = frozenset({"at", "on", "upon"})
BEHEST_ROOTS = frozenset({"02", "03", "10"})  # appeal, intent (invitation), demand
SPEECH_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
REPORTER_CONJUNCT = "conj>reporter>"  # source path of a speech act joined to a reported clause
# Nouns that measure an event noun: "two rounds of talks", "months of negotiations".
MEASURE_NOUNS = frozenset({"round", "series", "session", "day", "week", "month", "year", "hour",
                           "decade", "spate", "wave", "string"})
# Verbs of witnessing an act ("were seen throwing stones").
PERCEPTION_VERBS = frozenset({"see", "spot", "witness", "film", "photograph", "observe", "hear"})
# Fights whose sides a passive clause may name as the ones hurt in them.
CLASH_NOUNS = frozenset({"clash", "skirmish", "fighting", "battle", "gunfight", "firefight"})
# Verbs of joining others in an act ("joined the US in imposing sanctions").
JOINING_VERBS = frozenset({"join"})
# A gerund shares its clause's subject only after a preposition of time ("before meeting X"), of
# means or concession ("by meeting X", "despite promising"); "in attacking the party" describes
# the manner of the main act.
TEMPORAL_PREPS = frozenset({"after", "before", "following", "since", "upon", "during"})
# Verbs whose "to" + gerund is the subject's own next act: "returned to criticising X".
RESUMING_VERBS = frozenset({"return", "revert", "resort", "turn", "switch", "limit", "confine",
                            "restrict", "proceed"})
MEANS_PREPS = frozenset({"by", "despite", "while", "besides"})
# A passive without an agent, in two readings where the text still names who acts:
# force posture (CAMEO 15) is a state's act through its forces, so "troops were deployed" or
# "were placed on alert" names the forces posturing; an authority's act (CAMEO 173, 174 and
# 0841: arrests, detentions, expulsions, releases) reported by the authority itself ("police
# said three men were arrested") was done by it; a judicial act done "in" a court (charges,
# convictions, sentences) was the court's.
POSTURE_ROOTS = frozenset({"15"})
ARMED_SECTORS = frozenset({"MIL", "COP"})
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
AUTHORITY_CODES = frozenset({"173", "174", "0841"})
JUDICIAL_ROOTS = frozenset({"11", "17"})
AUTHORITY_SECTORS = frozenset({"COP", "GOV", "MIL", "JUD", "SPY"})
# Arrests and expulsions are acts only a state's authorities perform: with no agent named and no
# authority reporting them, the police of the place where they happened acted ("was arrested in
# Karachi": Pakistan's police; "was deported from Britain": Britain's).
STATE_ONLY_CODES = {"173": frozenset({"in", "at"}), "174": frozenset({"in", "at", "from"})}
# Charges are brought only by a state's authorities too (an accusation of a crime, CAMEO 1121):
# "was indicted in Kenya" was indicted by Kenya's.
CHARGING_VERBS = frozenset({"charge", "indict", "prosecute"})
CHARGE_PLACES = STATE_ONLY_CODES["173"]
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us"})
# Verbs of writing to someone: a participle after the addressee is the writer's act.
WRITING_VERBS = frozenset({"write", "send", "cable", "telegraph"})
REPORTING_VERBS = frozenset({"say", "announce", "report", "confirm", "state", "add", "tell"})


def reported_clause(prep: Token) -> Token | None:
    """The clause a phrase belongs to when the parse hangs it on a trailing attribution ("X left
    Libya, after holding talks with Y, Libyan television said"): the reporting verb comes after
    the phrase, so the phrase is part of what is reported, not of the report."""
    verb = prep.head
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < prep.i:
        return None
    if verb.dep_ in ("advcl", "parataxis", "conj") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < prep.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < prep.i), None)


def anothers_act(noun: Token) -> bool:
    """Does the event noun ``noun`` name its own agent ("Israel's accusations", "the allegations
    by Israel", "the claims made by Israel")? Then it is that actor's act, not the act of the verb
    governing it ("rejected Israel's accusations" is a denial of an accusation Israel made)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def own_subjects(verb: Token) -> tuple[list[Token], bool]:
    """The active subjects of ``verb``, its own first, and whether they are coordinated. Two come
    from a headline's comma ("Spain, China sign pact") or a capitalised "And": both subjects;
    otherwise only from a misparse ("X blocked streets before officials agreed to ...", both on
    "agreed"), where the verb's own is the one nearest before it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) < 2:
        return subjects, False
    first, second = subjects[0], subjects[1]
    last_word = max(t.i for t in first.subtree if t.dep_ not in ("cc", "punct"))
    between = verb.doc[last_word + 1 : second.left_edge.i]
    opening = next(t.i for t in verb.subtree if not t.is_punct)
    if len(subjects) == 2 and len(between) and first.left_edge.i == opening and all(
            t.text == "," or t.lower_ in ("and", "&") for t in between):  # the clause opens
        return subjects, True
    before = [c for c in subjects if c.i < verb.i]
    own = before[-1] if before else subjects[0]
    return [own] + [c for c in subjects if c is not own], False


# Adjectives of a timetable whose infinitive is their subject's act ("X was due to meet Y", "is
# set to visit Z"): its source is the copula's subject. Not adjectives of wish or readiness
# ("powers anxious to consolidate ties"), whose act is no more than wanted.
SUBJECT_ADJECTIVES = frozenset({"due", "set", "poised"})


def clause_sources(tok: Token, sa: SentenceActors, depth: int = 0
                   ) -> tuple[list[Participant], str]:
    """The actors doing what the verb ``tok`` says, and the parse path that found them."""
    if depth > 4:
        return [], ""
    kids = list(tok.children)
    subjects, coordinated = own_subjects(tok)
    if coordinated:
        return unique_participants([p for c in subjects for p in sa.resolve(c, subject=True)]), \
            "nsubj"
    for subject in subjects:  # the verb's own first; another only when it names no actor
        got = sa.resolve(subject, subject=True)
        if got or subject is subjects[-1]:
            return got, "nsubj"
    for c in kids:
        if c.dep_ == "agent":
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    return sa.resolve(pobj, subject=True), "agent"
            # "ousted by invading troops": the parser reads the participle as a gerund
            for gerund_obj in (o for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                               for o in g.children if o.dep_ == "dobj"):
                return sa.resolve(gerund_obj, subject=True), "agent"
    if tok.lemma_.lower() in COMMITTED:
        # "Kenya is committed to ...": the one committed commits itself
        bound = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if bound is not None:
            return sa.resolve(bound, subject=True), "nsubjpass"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return [], "passive-without-agent"
    head = tok.head
    if head.i == tok.i:
        return [], "no-subject"
    if tok.dep_ == "acomp" and tok.lemma_.lower() in COMMITTED | SUBJECT_ADJECTIVES:
        # "is committed to", "was due to meet X": the copula's subject
        got, path = clause_sources(head, sa, depth + 1)
        return got, "acomp>" + path
    if tok.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if head.lemma_.lower() in PURPOSE_VERBS:
            obj = None  # "summoned the envoy to protest the raid": the summoner protests
        if obj is None and head.lemma_ in ("call", "appeal", "prevail"):  # "called on X to"
            obj = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                        for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None:
            return sa.resolve(obj), "xcomp>object-control"
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None and not any(c.dep_ == "agent" for c in head.children) and (
                head.lemma_.lower() in PERCEPTION_VERBS or not (
                    raised.tag_ == "NNS" and not any(c.dep_ != "amod" for c in raised.children))):
            # "X was expected to brief Y", "is said to have met": the passive's subject does it
            # (a bare plural states a rule or a norm: "companies are allowed to donate"; not
            # when it was seen doing it: "Kenyan protesters were seen throwing stones")
            return sa.resolve(raised, subject=True), "xcomp>raised-subject"
        got, path = clause_sources(head, sa, depth + 1)
        return got, "xcomp>" + path
    if tok.tag_ == "VBN" and (
            (tok.dep_ == "advcl" and not any(c.dep_.startswith("aux") for c in kids))
            or (tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.children))):
        # "if convicted", "was arrested and jailed": the clause's subject undergoes the act
        return [], "passive-without-agent"
    absolute = next((c for c in kids if c.dep_ == "npadvmod" and c.i == tok.i - 1
                     and c.pos_ in ("NOUN", "PROPN")), None) if tok.tag_ == "VBG" else None
    if absolute is not None:
        # "a sniper targeting and killing five officers, X said": the noun the parse hangs on
        # the participle is its doer, not the clause's subject
        return sa.resolve(absolute, subject=True), "absolute-subject"
    if tok.dep_ == "advcl" and head.lemma_.lower() in SENDING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
            c.dep_ == "agent" for c in head.children):
        # "officers were sent into the crowd to disperse the marchers": those sent do it
        sent = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        got = sa.resolve(sent, subject=True) if sent is not None else []
        if got:
            return got, "advcl>sent-subject"
    if tok.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        got, path = clause_sources(head, sa, depth + 1)
        return got, f"{tok.dep_}>" + path
    if tok.dep_ == "relcl":
        return sa.antecedent(tok, subject=True, depth=depth), "relcl>antecedent"
    intent = intention_noun(tok)
    if intent is not None and intent.dep_ == "dobj" and intent.head.lemma_ == "have":
        # "Russia has no intention of negotiating", "has plans to withdraw": whose intention
        got, path = clause_sources(intent.head, sa, depth + 1)
        return got, "intention>" + path
    gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")
    if gerund and head.lower_ == "for" and head.head.pos_ == "VERB":
        # "criticised Iran for refusing to ...", "thanked Egypt for hosting ...": the object
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is None:  # "railed against Republicans for refusing ..."
            obj = next((o for c in head.head.children if c.dep_ == "prep" and c.i < head.i
                        and c.lower_ in ("against", "at", "with", "to")
                        for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None:
            return sa.resolve(obj, subject=True), "for>object"
    if gerund and head.lower_ == "to" and head.head.lemma_.lower() in RESUMING_VERBS:
        # "returned to criticising X", "resorted to firing tear gas", "limited itself to
        # calling on both sides": the gerund is what the subject goes on to do
        got, path = clause_sources(head.head, sa, depth + 1)
        return got, "to-gerund>" + path
    if gerund and head.lower_ == "in" and head.head.lemma_.lower() in JOINING_VERBS:
        # "Canada joined the US in imposing sanctions": the joiner and the joined act together
        # (in the passive too: "the US was joined by Canada in imposing sanctions")
        got, path = clause_sources(head.head, sa, depth + 1)
        joined = [p for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")
                  for p in sa.resolve(c, subject=True)]
        return unique_participants(got + joined), "joined-in>" + path
    if (gerund and (head.lower_ in TEMPORAL_PREPS or head.lower_ in MEANS_PREPS)
            and head.dep_ != "agent" and head.head.pos_ in ("VERB", "AUX")):
        # "praised the plan after meeting Tusk": the gerund shares the clause's subject, a
        # passive one too ("after meeting Tusk, he was asked ...")
        clause = reported_clause(head) or head.head
        passive_subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return sa.resolve(passive_subject, subject=True), "pcomp>passive-subject"
        got, path = clause_sources(clause, sa, depth + 1)
        return got, "pcomp>" + path
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and tok.tag_ != "VBN":
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB" and (any(
                c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in tok.children) or (
                head.head.lower_ == "to" and head.head.head.lemma_.lower() in WRITING_VERBS)):
            # "wrote to the parties urging them", "has written to X demanding an explanation":
            # the parse hangs the participle on the addressees; the writer urges
            got, path = clause_sources(head.head.head, sa, depth + 1)
            return got, "addressee-acl>" + path
        # "officials heading to X": the noun acts; "pilgrims killed in a blaze": it undergoes
        got = sa.resolve(head, subject=True)
        if (not got and tok.tag_ == "VBG" and head.dep_ == "dobj"
                and head.head.lemma_.lower() in ANNOUNCING_VERBS
                and not head.ent_type_ and head.lemma_.lower() not in noun_classes()["person"]):
            # "announced the split accusing X", "issued a decision condemning X": a participle
            # the parse hangs on what was announced, naming no actor, speaks for the announcer
            got, path = clause_sources(head.head, sa, depth + 1)
            return got, "acl>object>" + path
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
        if (not got and tok.tag_ == "VBG" and head.dep_ in ("pobj", "dobj")
                and verb.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _utterances()):
            # "opened the debate with a speech criticising X", "gave an interview attacking X":
            # the speech's participle speaks for the one who made it
            got, path = clause_sources(verb, sa, depth + 1)
            return got, "acl>utterance>" + path
        return got, "acl>head"
    return [], "no-subject"


@functools.cache
def _utterances() -> frozenset[str]:
    """Nouns of what is said or written (speeches, statements, letters)."""
    classes = noun_classes()
    return frozenset(classes["speech"] | classes["document"])


def between_sources(tok: Token, sa: SentenceActors) -> list[Participant]:
    """The actors of "between X and Y" under an event noun or gerund (each acts on the other),
    or under the verb the noun happens by ("clashes erupted between X and Y")."""
    for c in noun_phrases(tok):
        if c.dep_ == "prep" and c.lower_ == "between":
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if pobj is None:
                continue
            got = between_sides(pobj, sa)
            if len(got) == 1:
                got = unique_participants(got + [p for side in _stray_list_rest(tok, pobj)
                                                 for p in sa.resolve(side, subject=True)])
            return got
    return _hyphen_pair(tok, sa)


def between_sides(pobj: Token, sa: SentenceActors) -> list[Participant]:
    """The actors "between" names from its object ``pobj``: the parse hangs the second side
    from inside the first ("supporters of X and Y": Y, or Y's supporters, the same actor) or
    makes the second the head of the first ("President X and rebel leader Y")."""
    got = sa.resolve(pobj, subject=True)
    if len(got) == 1:
        got = unique_participants(got + [p for t in pobj.subtree if t.i != pobj.i and any(
            c.dep_ == "cc" for c in t.children) for side in conj_chain(t) or [t]
            for p in sa.resolve(side, subject=True)])
    return got


def _stray_list_rest(noun: Token, pobj: Token) -> list[Token]:
    """The rest of a list after "between" that the parse makes a second subject of the verb the
    event noun is the subject of ("talks between the government, the UN and the rebels ended":
    "the UN and the rebels" parsed as the subject of "ended")."""
    verb = noun.head
    after = pobj.right_edge.i + 1
    if noun.dep_ not in ("nsubj", "nsubjpass") or after >= len(noun.doc) or noun.doc[after].text != ",":
        return []
    rest = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i == after + 1), None)
    if rest is None or not any(c.dep_ == "cc" for c in rest.children):
        return []
    return [rest]


def _hyphen_pair(tok: Token, sa: SentenceActors) -> list[Participant]:
    """"Israeli-Palestinian talks", "US-China trade talks", "Russian-Ukrainian clashes": two
    countries joined by a hyphen before an event noun are its two sides."""
    for second in (c for c in tok.children if c.dep_ in ("amod", "compound")):
        first = next((c for c in second.children if c.dep_ in ("amod", "compound")
                      and c.i == second.i - 2 and c.doc[c.i + 1].text == "-"), None)
        if first is None:
            continue
        sides = unique_participants(sa.resolve(first, subject=True)
                                    + sa.resolve(second, subject=True))
        if len({p.actor.actor.country for p in sides} - {None}) == 2:
            return sides
    return []


def posture_forces(tok: Token, sa: SentenceActors) -> list[Participant]:
    """"the deployment of US troops": the forces a posture noun names are the ones posturing
    (their state acts), whoever the clause around the noun is about."""
    return [s for o in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj")
            for s in sa.resolve(o, subject=True)
            if s.actor.actor.sector in ARMED_SECTORS and s.actor.actor.country]


SIGNING = "057"


def _signing_party(tok: Token, sa: SentenceActors) -> tuple[list[Participant], str]:
    """Who signed an accord "signed with X" with no agent: the one whose counterpart X is ("was
    signed with her Mongolian counterpart"), else the story's country, when it is not X's."""
    partners = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"]
    named = [p for o in partners for p in sa.resolve(o) if p.actor.actor.country]
    if not named:
        return [], ""
    theirs = {p.actor.actor.country for p in named}
    for owner in (t for o in partners for t in o.subtree if t.dep_ == "poss" and t.pos_ == "PRON"):
        got = [s for s in sa.resolve(owner, subject=True)
               if s.actor.actor.country and s.actor.actor.country not in theirs]
        if got:
            return got, "passive-signed-with>counterpart-owner"
    story, _ = story_country(sa)
    if story is None or story in theirs:
        return [], ""
    return [context_participant(sa, story, (tok.i, tok.i + 1), "story-country")], \
        "passive-signed-with>story-country"


def passive_sources(tok: Token, code: str, sa: SentenceActors) -> tuple[list[Participant], str]:
    """The actor of an agentless passive verb where its reading names one (see POSTURE_ROOTS)."""
    # "were shot dead and a school was burned by militants": the agent of a passive conjunct
    # that follows is the agent of the whole coordination (which the parse may split into two
    # clauses of a reporting verb: "..., police said")
    following = [c for c in tok.conjuncts if c.i > tok.i]
    if tok.dep_ == "ccomp":
        following += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and any(
            t.dep_ == "cc" for t in tok.doc[tok.i + 1:c.i])]
    for conj in (c for c in following if c.tag_ == "VBN"):
        agents = [o for a in conj.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]
        got = [s for a in agents for s in sa.resolve(a, subject=True)]
        if got:
            return got, "conjunct-agent"
    root = code[:2]
    if root in FORCE_ROOTS:
        got = _attack_agents(tok, sa)
        if got:
            return got, "passive-in-attack"
    if root in POSTURE_ROOTS:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            got = [s for s in sa.resolve(subj, subject=True)
                   if s.actor.actor.sector in ARMED_SECTORS]
            if got:
                return got, "passive-subject(forces)"
    if root in JUDICIAL_ROOTS:
        # "was charged in a federal court": the court in which it happened acted
        for pobj in (o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "before")
                     for o in c.children if o.dep_ == "pobj"):
            got = [s for s in sa.resolve(pobj, subject=True) if s.actor.actor.sector == "JUD"]
            if got:
                return got, "passive-court"
    if (code in AUTHORITY_CODES and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in REPORTING_VERBS):
        got, path = clause_sources(tok.head, sa)
        got = [s for s in got if s.actor.actor.sector in AUTHORITY_SECTORS]
        if got:
            return got, "reporting-authority>" + path
    if code == SIGNING:
        got, path = _signing_party(tok, sa)
        if got:
            return got, path
    charging = tok.lemma_.lower() in CHARGING_VERBS
    if code in STATE_ONLY_CODES or charging:
        got = place_police(tok, STATE_ONLY_CODES.get(code, CHARGE_PLACES), sa)
        if got:
            return got, "place-police"
    return [], "passive-without-agent"


def place_police(tok: Token, preps: frozenset[str], sa: SentenceActors) -> list[Participant]:
    """The police of the country a place phrase of ``tok`` (one of ``preps``) names, as the
    unnamed agent of a state's act; unresolved, its text is the place's."""
    # "at a checkpoint in Peru": the place of the place
    for pobj in places_of([tok], preps, parts=False):
        m = sa.mention(pobj)
        place = m.actor if m is not None and not m.agentive else None
        if place is not None and place.kind in ("country", "place") and place.country:
            country = lexicon().country(place.country)
            police = Actor(f"{country.name if country else place.country} police", place.country, "COP", None,
                           f"agent:{place.country}:COP", "agent")
            return [Participant(sa._ea(police, (pobj.left_edge.i, pobj.i + 1)), "place-police",
                                resolved=False)]
    return []


def reporter_sources(tok: Token, code: str, sa: SentenceActors) -> tuple[list[Participant], str]:
    """"X said the plans were sound and called on Y to ...": the parse joins a speech act (CAMEO
    roots 01-03, 10-13) to the reported clause, whose subject speaks to no one; the reporter
    does. Empty unless ``tok`` is such a conjunct."""
    head = tok.head
    for _ in range(3):  # "said the warning showed that he did not know ..., and accused X"
        if head.dep_ == "ccomp" and head.head.lemma_.lower() not in REPORTING_VERBS:
            head = head.head
    # "X said the leader was jailed but told his relatives ...": a person the reported clause
    # is about, suffering it, speaks for himself
    patient = [p for c in head.children if c.dep_ == "nsubjpass"
               for p in sa.resolve(c, subject=True) if p.actor.actor.kind in ("person", "agent")]
    if (code[:2] in SPEECH_ROOTS and tok.dep_ == "conj" and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in REPORTING_VERBS and not patient):
        got, path = clause_sources(head.head, sa)
        if got:
            return got, REPORTER_CONJUNCT + path
    return [], ""


def announcers_of_talks(tok: Token, sa: SentenceActors) -> tuple[list[Participant], str]:
    """"X and Y announced that the talks will begin": talks no one holds in their own clause are
    held by the two or more who announce them together. Empty otherwise."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return [], ""
    got, path = clause_sources(clause.head, sa)
    if len({s.actor.actor.country for s in got if s.actor.actor.country}) < 2:
        return [], ""
    return got, "announcers>" + path


def comma_conjunct(tok: Token) -> bool:
    """Is ``tok`` a conjunct after ", and" / ", but" (a comma marks a join above the clause
    just before it: "X said Y did not know, and accused Z")?"""
    i = tok.left_edge.i - 1
    doc = tok.doc
    while i > 0 and doc[i].dep_ == "advmod":
        i -= 1
    return tok.dep_ == "conj" and i > 0 and doc[i].lower_ in ("and", "but") \
        and doc[i - 1].text == ","


def _attack_agents(verb: Token, sa: SentenceActors) -> list[Participant]:
    """"Five soldiers were killed in an attack by X", "died in an Israeli air strike": the agent
    of the violent act the passive happened in (its "by" phrase or an agentive modifier)."""
    for c in verb.children:
        if not (c.dep_ == "prep" and c.lower_ in ("in", "during")):
            continue
        for noun in (o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            patterns = by_lemma().get(("noun", noun.lemma_.lower()), ())
            if not any(p.cameo[:2] in FORCE_ROOTS for p in patterns):
                continue
            got = prep_agent(noun, "by", sa)
            if got:
                return got
            for m in noun.children:
                mention = sa.mention(m) if m.dep_ in ("amod", "compound", "poss") else None
                if mention is not None and mention.agentive:
                    return sa.resolve(m, subject=True)
    return []


def prep_agent(tok: Token, prep: str, sa: SentenceActors) -> list[Participant]:
    """The actors of the first ``prep`` phrase of a noun that names one ("by X", "from X"; a
    date or time is no agent)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                got = sa.resolve(pobj, subject=True)
                if got:
                    return got
    return []


