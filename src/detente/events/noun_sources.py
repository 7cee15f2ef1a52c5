"""Who acts in a noun or adjective predicate: the possessor, an agentive modifier, a "by" or
"from" agent, the subject of the clause the noun is set in ("held talks", "came at the
invitation of X"); and the dispatch of every predicate to its kind's rules (``sources.py`` has
the clause's: subjects, passives, relatives, conjuncts)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.lexicon import by_lemma, noun_classes
from detente.events.matching import is_amount, receiving
from detente.events.participants import Participant, SentenceActors
from detente.events.phrases import claimed_by
from detente.events.sources import (
    BEHEST_PREPS,
    BEHEST_ROOTS,
    CIRCUMSTANCE_PREPS,
    CLASH_NOUNS,
    COPULAS,
    MANNER_WITH_VERBS,
    MEANS_PREPS,
    MEASURE_NOUNS,
    REPORTING_VERBS,
    SEQUENCE_PREPS,
    STANCE_AGENTS,
    TEMPORAL_PREPS,
    TIME_OF_DISSENT_PREPS,
    between_sources,
    clause_sources,
    ends_talks,
    light_verb,
    prep_agent,
)


def dissent_noun(tok: Token) -> bool:
    """Is ``tok`` a protest, strike, riot or the like (lexicon classes @dissent, @disorder)?"""
    lemma = tok.lemma_.lower()
    return lemma in noun_classes()["dissent"] or lemma in noun_classes()["disorder"]


def harm_noun(tok: Token) -> bool:
    """Is ``tok`` an act done to someone: an attack, arrest, killing (lexicon class @harm)?"""
    return tok.lemma_.lower() in noun_classes()["harm"]


# Nouns of travel, whose "of" phrase names the traveller ("the visit of the Pope").
TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "stay", "stopover"})


def _nearest_body(tok: Token, sa: SentenceActors) -> list[Participant]:
    """The state or body named last before ``tok`` in its sentence (no person)."""
    for prev in reversed(list(tok.sent[: tok.i - tok.sent.start])):
        if prev.dep_ in ("compound", "amod", "poss") or prev.pos_ not in ("PROPN", "NOUN"):
            continue
        got = [p for p in sa.resolve(prev, subject=True) if p.actor.actor.kind != "person"
               and p.actor.actor.country]
        if got:
            return got
    return []


def _noun_sources(tok: Token, sa: SentenceActors) -> tuple[list[Participant], str]:
    got = between_sources(tok, sa)
    if got:
        return got, "between"
    if tok.dep_ == "dobj" and receiving(tok.head) and not any(c.dep_ == "poss" for c in tok.children):
        # "Gore received the endorsement of his boss's wife": the "of" phrase gave it
        giver = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" for p in sa.resolve(o, subject=True)
                 if p.actor.actor.country]
        if giver:
            return giver, "received-of"
    claimer = claimed_by(tok)  # "the bombing, claimed by X": X's
    got = sa.resolve(claimer, subject=True) if claimer is not None else []
    if got:
        return got, "claimed-by"
    for c in tok.children:
        if c.dep_ == "poss":
            clause = _clause_verb(tok)
            if c.pos_ == "PRON" and clause is not None:
                # "the minister announced his resignation", "made the remark during his
                # meeting with X": a possessive pronoun in its own clause is the subject's
                got, path = clause_sources(clause, sa)
                if c.lower_ == "its" and got and all(p.actor.actor.kind == "person" for p in got):
                    # "He thanked Japan for its promise": "its" is no person's but the nearest
                    # state or body named before it
                    got, path = _nearest_body(tok, sa), "nearest-body"
                if got:
                    return got, "poss-pronoun>" + path
            own = sa.resolve(c, subject=True)
            if not own and c.lower_ == "its":
                # "Iran said its rejection of the plan was final", "there would be no change in
                # its rejection": the pronoun's clause names no one; the nearest body does
                own = _nearest_body(tok, sa)
                return own, "poss-pronoun>nearest-body"
            return own, "poss"
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ == "led":
            # "the US-led invasion", "a NATO-led offensive": whoever leads it acts
            got = [p for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                   for p in sa.resolve(g, subject=True)]
            if got:
                return got, "led-by"
    # "a visit to Tokyo by Macron", "an attack by rebels"; "the expulsion of the envoy by X":
    # the parse may hang "by X" on the "of" object. Named, the agent outranks a modifier, which
    # may be the theme or the venue ("the Iraq invasion by US forces", "a High Court challenge
    # by residents")
    got = prep_agent(tok, "by", sa) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
         for o in c.children if o.dep_ == "pobj" for g in [prep_agent(o, "by", sa)] if g), [])
    if got:
        return got, "by-agent"
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            if c.i > 0 and c.doc[c.i - 1].lower_ == "ethnic":
                continue  # "the ethnic Albanian uprising" (in Macedonia) is not Albania's
            if c.lemma_.lower() == "court" and tok.lemma_.lower() in noun_classes()["legal_action"]:
                continue  # "a court challenge", "a High Court case": the court hears it
            m = sa.mention(c)
            # "the Abuja peace talks": the actors step marks a venue as not agentive
            if m is not None and m.agentive:
                return sa.resolve(c, subject=True), c.dep_
            if m is None and c.lemma_.lower() in noun_classes()["aerial"]:
                # "an Iranian missile strike": the parse hangs the attacker on the weapon
                got = [p for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i
                       and (gm := sa.mention(g)) is not None and gm.agentive
                       for p in sa.resolve(g, subject=True)]
                if got:
                    return got, "weapon>" + c.dep_
    head = tok.head
    if tok.dep_ in ("dobj", "attr") and light_verb(head) or (
            tok.dep_ == "attr" and head.lemma_ in COPULAS and tok.lemma_.lower() in STANCE_AGENTS
    ) or (tok.dep_ == "dobj" and ends_talks(head, tok)):
        got, path = clause_sources(head, sa)
        return got, "governing-verb>" + path
    if (tok.dep_ == "pobj" and head.lower_ == "for" and head.head.dep_ == "dobj"
            and head.head.lemma_.lower() in ("responsibility", "credit")):
        # "X claimed responsibility for the attack": the claimer is the attack's agent
        got, path = clause_sources(head.head.head, sa)
        return got, "claimed>" + path
    if (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and (head.head.lemma_.lower() in MEASURE_NOUNS or is_amount(head.head))):
        # "held two rounds of talks with X", "after months of negotiations", "made dozens of
        # arrests": the measure's agent; "resigned after weeks of protests": not the subject's
        measure = head.head
        if (dissent_noun(tok) and measure.dep_ == "pobj"
                and measure.head.lower_ in TIME_OF_DISSENT_PREPS):
            return [], "no-subject"
        if measure.dep_ == "dobj" and ends_talks(measure.head, tok):  # "ended six hours of talks"
            got, path = clause_sources(measure.head, sa)
            return got, "measure>governing-verb>" + path
        got, path = _noun_sources(measure, sa)
        return got, "measure>" + path
    if tok.dep_ == "pobj" and head.lower_ in BEHEST_PREPS and behest_noun(tok):
        # "came at the invitation of X", "at the request of the UN": X invites, not the guest
        got = prep_agent(tok, "of", sa)
        if got:
            return got, "behest-of"
    if tok.lemma_.lower() in TRAVEL_NOUNS:
        # "on the visit of the U.S. envoy, the minister said": the one "of" whom it is travels
        got = prep_agent(tok, "of", sa)
        if got:
            return got, "traveller-of"
    manner = (head.lower_ == "with" and head.head.lemma_.lower() in MANNER_WITH_VERBS
              and not any(c.dep_ == "nsubjpass" for c in head.head.children))
    if (tok.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX")
            and (head.lower_ in CIRCUMSTANCE_PREPS or manner)
            and not (head.lower_ in TIME_OF_DISSENT_PREPS and dissent_noun(tok))
            and not (head.lower_ in SEQUENCE_PREPS and harm_noun(tok))):
        # "spoke after talks with X", "arrived for talks with X": the clause's subject took part
        # ("fired tear gas during the protests": not in dissent, which is often against it)
        got, path = clause_sources(head.head, sa)
        if manner and not any(p.resolved for p in got):
            return partner_clause_sources(tok, sa)  # "the crisis began with the arrest of X"
        hurt = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        if not got and hurt is not None and tok.lemma_.lower() in CLASH_NOUNS:
            # "officers were injured in clashes with protesters": those hurt were one side
            return sa.resolve(hurt, subject=True), "clash>passive-subject"
        if not got:  # "said no progress was made in talks with Y": the speaker's talks
            partnered = partner_clause_sources(tok, sa)
            if partnered[0]:
                return partnered
        return got, "governing-verb>" + path
    if tok.dep_ == "nsubj" and head.lemma_ in ("begin", "resume", "continue", "start", "end"):
        return [], "no-subject"
    return partner_clause_sources(tok, sa)


def partner_clause_sources(tok: Token, sa: SentenceActors) -> tuple[list[Participant], str]:
    """"X has been too rigid in talks with Y", "X named it the main obstacle in the talks with
    Y": talks with a named partner are held by the subject of the clause they sit in (reached
    through the prepositions, nouns and adjectives above them), never by the partner."""
    partners = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"]
    if not partners or tok.lemma_.lower() not in noun_classes()["talks"]:
        return [], "no-subject"
    head = tok.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return [], "no-subject"
    got, path = clause_sources(head, sa)
    partner_ids = {p.actor.actor.id for o in partners for p in sa.resolve(o)} - {None}
    got = [p for p in got if p.actor.actor.id not in partner_ids]
    if not got and head.dep_ == "ccomp" and _named_speaker(head.head):
        # "X said no progress had been made in talks with Y", "X said talks with Y broke
        # down": a clause that names no one else reports the speaker's own talks
        got, path = clause_sources(head.head, sa)
        got = [p for p in got if p.actor.actor.id not in partner_ids]
        path = "speaker>" + path
    return (got, "partner-clause>" + path) if got else ([], "no-subject")


def _named_speaker(verb: Token) -> bool:
    """Is ``verb`` a verb of reporting whose subject is named, not a pronoun ("it said" may stand
    for an observer the clause does not name)?"""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in REPORTING_VERBS and speaker is not None and speaker.pos_ != "PRON"


def behest_noun(tok: Token) -> bool:
    """Is ``tok`` an invitation, request or demand (a noun the lexicon codes as an appeal, an
    intent or a demand; not "a meeting of X")?"""
    return any(p.cameo[:2] in BEHEST_ROOTS for p in by_lemma().get(("noun", tok.lemma_.lower()), ()))


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose object, or whose prepositional phrase, the noun is."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _adj_sources(tok: Token, sa: SentenceActors) -> tuple[list[Participant], str]:
    for c in tok.children:
        # "X was displeased with Y": the parse may take the adjective for a passive participle
        if c.dep_ in ("nsubj", "nsubjpass"):
            return sa.resolve(c, subject=True), c.dep_
    if tok.dep_ == "amod":
        return sa.resolve(tok.head, subject=True), "amod>head"
    if tok.dep_ == "acomp":
        return clause_sources(tok.head, sa)
    return [], "no-subject"


def predicate_sources(tok: Token, pos: str, sa: SentenceActors,
                      targets: tuple[str, ...] = ()) -> tuple[list[Participant], str]:
    """The source participants of a verb, noun or adjective predicate, and the path taken
    (``targets``: the pattern's target slots; a noun's "from X" is its source unless "from"
    is one of them: "a call from X", "pressure from X", but "the withdrawal from X")."""
    if pos == "verb" and "stimulus" in targets:
        # a verb of feeling ("the decision angered China", "China was angered by X"): the one
        # who feels it is the source
        felt = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if felt is None and tok.dep_ == "acl" and tok.tag_ == "VBN":  # "China, angered by X"
            felt = tok.head
        # (feelers of no known country, "will disappoint some members", state no one's stance)
        got = [] if felt is None else [p for p in sa.resolve(felt, subject=True)
                                       if p.actor.actor.country]
        return got, "experiencer" if got else "no-experiencer"
    if pos == "verb":
        got, path = clause_sources(tok, sa)
        if not got and tok.tag_ == "VBG":  # "fighting between the army and the rebels"
            between = between_sources(tok, sa)
            if between:
                return between, "between"
        return got, path
    if pos == "noun":
        got, path = _noun_sources(tok, sa)
        if not got and "from" not in targets:
            found = prep_agent(tok, "from", sa)
            if not found and tok.dep_ == "dobj" and receiving(tok.head):
                # "drew criticism from Berlin": the parse may hang "from" on the verb
                found = prep_agent(tok.head, "from", sa)
            if found:
                return found, "from-agent"
        return got, path
    return _adj_sources(tok, sa)


# Prepositions before a gerund of means or time ("after visiting Washington", "by visiting the
# plant"): there "visiting X" is a visit to X, not a visitor X.
GERUND_PREPS = TEMPORAL_PREPS | MEANS_PREPS | {"of", "for", "without", "in", "on", "when"}


def attributive_visitor(trigger: Token) -> Token | None:
    """The visitor a participle "visiting" describes ("the visiting British detectives",
    "Visiting Kenyan President X said", "support from visiting Prime Minister X"), whom the
    parse often takes for the object of a gerund; ``None`` for a gerund visit ("after visiting
    Washington")."""
    if trigger.lower_ != "visiting" or trigger.tag_ != "VBG":
        return None
    if trigger.dep_ == "amod":
        return trigger.head
    if trigger.dep_ not in ("csubj", "pcomp", "xcomp", "dobj", "nsubj", "pobj") or (
            trigger.dep_ == "pcomp" and trigger.head.lower_ in GERUND_PREPS):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None and trigger.dep_ == "csubj":  # or the subject its phrase opens
        obj = next((c for c in trigger.head.children
                    if c.dep_ == "nsubj" and c.left_edge.i == trigger.i + 1), None)
    after = trigger.nbor() if trigger.i + 1 < len(trigger.doc) else None
    # the visitor's phrase opens right after the participle, with a title or a nationality
    if obj is None or after is None or not after.text[:1].isupper() or obj.ent_type_ in ("GPE", "LOC", "FAC") \
            or any(c.dep_ == "nsubj" for c in trigger.children):
        return None
    return obj
