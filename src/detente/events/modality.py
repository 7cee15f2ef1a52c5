"""Modality of an event predicate: asserted, planned, negated, conditional, hypothetical,
reported.

Markers are read on the trigger and on the predicates it shares its clause with (the heads of
its conj/xcomp chain: "will leave Wednesday and visit" makes "visit" planned). Precedence when
several apply: negated > conditional > hypothetical > planned > reported > asserted. Planned
visits stay CAMEO 042 (CONSULT, visit) with modality ``planned``; they are never re-coded as 036.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.lexicon import noun_classes
from detente.events.matching import temporal_prep
from detente.events.phrases import document_report

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "can", "must", "ought"}
PLAN_VERBS = {"plan", "intend", "expect", "schedule", "set", "due", "prepare", "aim", "hope",
              "want", "seek", "propose", "consider", "mull"}
CONDITION_MARKS = {"if", "unless", "provided", "providing"}
REPORT_VERBS = {"say", "report", "claim", "tell", "add", "state", "announce", "allege", "believe",
                "accord", "quote", "insist", "note"}
REQUEST_VERBS = {"want", "wish", "ask", "urge", "call", "appeal", "press", "demand", "request",
                 "encourage", "invite", "persuade", "beg", "implore", "push", "pressure",
                 "suggest", "recommend", "advise", "propose", "plead", "exhort", "lobby",
                 "beseech", "entreat",
                 # directives: "telling him to leave and visit the state"
                 "tell", "instruct"}
# Verbs whose "that" clause in the subjunctive is the act they ask for
DEMAND_VERBS = REQUEST_VERBS | {"insist", "order", "require", "stipulate", "command", "decree"}
# "once/when Arafat cracks down": a present-tense time clause states a condition, not a fact
TIME_CONDITION_MARKS = {"once", "when", "until", "till"}
# Nouns whose "of/for" object has not happened: "hopes of talks", "calls for a ceasefire"
IRREALIS_NOUNS = {"hope", "prospect", "possibility", "chance", "call", "demand", "bid", "idea",
                  "proposal", "offer", "threat", "request", "appeal", "likelihood", "risk"}
PLAN_NOUNS = {"plan", "schedule", "preparation", "arrangement"}
# Nouns of an act not done: "the refusal to extradite him" (its infinitive is negated)
REFUSAL_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})
# Orders besides the lexicon's demands, whose "to" infinitive says what is asked for.
ORDER_NOUNS = frozenset({"order", "instruction", "directive", "ultimatum", "command"})
# An act someone agreed or pledged to do, or was ordered to do by its own command ("ordered the
# army to attack": the lexicon codes no demand there), is planned; one they were allowed, tried or
# threatened to do, or a complement of a negated verb ("will not allow X to destroy"), is not
# asserted. A decision is news as an act taken ("decided to upgrade relations", "decided to call
# off the talks"): asserted, as the coders of the wire gold read it.
COMMIT_VERBS = {"agree", "pledge", "promise", "vow", "undertake", "resolve", "commit", "order",
                "command"}
# (verbs and adjectives alike: "is ready to", "ought to", "need to")
OPEN_VERBS = {"allow", "permit", "let", "enable", "try", "attempt", "threaten", "dare", "ready",
              "willing", "able", "prepared", "authorize", "empower", "eager", "keen", "happy",
              "likely", "poised", "ought", "need"}
# Verbs of refusal or failure and adjectives of inability ("has been unable to capture X")
NEGATING_VERBS = {"refuse", "fail", "decline", "avoid", "deny", "reject", "stop", "cease", "halt",
                  "suspend", "quit", "unable", "unwilling", "incapable", "powerless"}
ORDER = ("negated", "conditional", "hypothetical", "planned", "asserted")


def _clause_chain(tok: Token) -> list[Token]:
    chain = [tok]
    cur = tok
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i and len(chain) < 5:
        cur = cur.head
        chain.append(cur)
    return chain


def _own_chain(tok: Token) -> list[Token]:
    chain = [tok]
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i and len(chain) < 5:
        cur = cur.head
        chain.append(cur)
    return chain


def _inside_request(trigger: Token) -> bool:
    """A non-finite verb with no subject of its own inside a requested act ("suggested releasing
    prisoners who were sick, freeing jailed members ...": the parse may hang the second act
    anywhere under the first)."""
    if trigger.tag_ not in ("VBG", "VB") or any(c.dep_ in ("nsubj", "nsubjpass")
                                                 for c in trigger.children):
        return False
    cur = trigger
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "ccomp") and cur.head.lemma_ in REQUEST_VERBS and cur is not trigger:
            return True
        cur = cur.head
    return False


def _subjunctive_content(comp: Token, gov: Token) -> bool:
    """A demanded act in a "that" clause: "demanded that Iran free the sailors", "insisted that
    Israel withdraw", "ordered that they be released". The base form (or a present form under a
    past-tense demand, where an act that happened would be past) marks what is asked for."""
    if comp.dep_ != "ccomp" or comp.head.i != gov.i or gov.lemma_ not in DEMAND_VERBS:
        return False
    if any(c.dep_ == "aux" for c in comp.children):  # "demanded that X would ...": not this
        return False
    if comp.tag_ == "VB" or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in comp.children):
        return True
    return comp.tag_ == "VBP" and gov.tag_ in ("VBD", "VBN")


# Verbs of wishing whose "to see X do" is what the subject wishes for, not what X did
WISH_VERBS = frozenset({"want", "wish", "love", "like", "hope", "prefer"})


def _wished_to_see(comp: Token, gov: Token) -> bool:
    """An act wished for: "would love to see Kenya endorse the plan", "wants to see Russia
    withdraw" (the bare verb under "see", itself the infinitive of a verb of wishing; the tagger
    may call it a present verb, "VBP", which a subject of "see" cannot take)."""
    return (comp.dep_ == "ccomp" and comp.tag_ in ("VB", "VBP") and comp.head.i == gov.i
            and gov.lemma_ == "see" and gov.dep_ == "xcomp" and gov.head.lemma_ in WISH_VERBS)


# Reporting verbs after which a past-tense report turns "will" into "would" ("confirmed she
# would vote against", "said the U.S. would impose tariffs": the speaker said "will").
BACKSHIFT_VERBS = REPORT_VERBS | {"confirm", "announce", "declare", "promise", "pledge", "vow",
                                  "warn", "threaten", "indicate", "signal", "reply"}


def _backshifted(clause: Token) -> bool:
    """Is the "would" of ``clause`` the backshifted "will" of a past-tense report (a complement
    of a reporting verb in the past, with no condition of its own)?"""
    top = clause
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    report = document_report(top) or top.head
    return ((top.dep_ == "ccomp" or report is not top.head) and report.lemma_ in BACKSHIFT_VERBS
            and report.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                                  for g in c.children) for c in clause.children))


def to_infinitive(tok: Token) -> bool:
    """Does ``tok`` carry the infinitive marker "to" ("to withdraw")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def infinitive_complement(tok: Token) -> bool:
    """Is ``tok`` a "to" infinitive complementing its head ("urged X to withdraw": an xcomp, or a
    clause the parse reads as one)?"""
    return tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and to_infinitive(tok))


def purpose_infinitive(tok: Token) -> bool:
    """Is ``tok`` a "to" infinitive the parse hangs on its head as a clause of purpose ("appealed
    to X to reopen the border": after a request, what is asked for)? Not after "call" without
    "on" ("called him a clown ... to protest the deal" names, it does not ask)."""
    head = tok.head
    if head.lemma_ == "call" and not any(  # "called on X", not "called a strike on May 3"
            c.lower_ in ("on", "upon") and not temporal_prep(c) for c in head.children):
        return False
    return tok.dep_ == "advcl" and to_infinitive(tok) and not any(
        c.dep_ == "mark" for c in tok.children)


def _under_negating_verb(comp: Token) -> bool:
    """Is the infinitive ``comp`` (a conjunct's first verb) within a chain of complements that
    a verb of refusal or failure governs ("refused to agree to renounce violence, recognise
    Israel")? The conjuncts of a refused act are refused with it."""
    cur = comp
    for _ in range(4):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        if cur.head.lemma_ in NEGATING_VERBS:
            return True
        cur = cur.head
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
    return False


def _purpose_of(tok: Token) -> Token | None:
    """The verb whose purpose the "to" infinitive ``tok`` is ("will visit X to meet Y"), if any."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or tok.tag_ != "VB":
        return None
    if tok.dep_ != "advcl" or not to_infinitive(tok):
        return None
    return head


def modality(trigger: Token, *, planned: bool = False, threat: bool = False,
             detached: bool = False) -> str:
    """The modality of the predicate ``trigger`` (a verb, or the noun/adjective of a pattern).
    ``threat``: the predicate codes a threat (CAMEO 13), whose "if" clause is the threat's own
    condition: the threat was made (asserted); only the threatened act is conditional.
    ``detached``: the parse joins the predicate to a clause it is not part of (the reporter's
    own act joined to what is reported, ``sources.REPORTER_CONJUNCT``): that clause's mood is
    not its own."""
    found: set[str] = {"planned"} if planned else set()
    chain = _own_chain(trigger) if detached else _clause_chain(trigger)
    first = {trigger.i}  # the predicate itself, or the verb a nominal trigger depends on
    if trigger.pos_ in ("NOUN", "ADJ") and trigger.head.i != trigger.i:
        # a nominal trigger takes the modality of the verb it depends on ("will pay a visit")
        head = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if head.pos_ in ("VERB", "AUX"):
            chain.extend(_clause_chain(head))
            first.add(head.i)
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "for"):
            owner = trigger.head.head.lemma_.lower()
            if owner in IRREALIS_NOUNS:
                found.add("hypothetical")
            elif owner in PLAN_NOUNS:
                found.add("planned")
    # negation is not shared by conjoined predicates ("would not take part but urged ...")
    own = {t.i for t in _own_chain(trigger)}
    if trigger.dep_ in ("acomp", "attr") and trigger.head.lemma_ == "be":
        own.add(trigger.head.i)  # "has not been critical of X": the copula's negation is its own
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        found.add("negated")  # "has had no contact with X", "there were no talks"
    for i, tok in enumerate(chain):
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg":
                if tok.i in own:
                    found.add("negated")
            elif child.dep_ == "mark" and low == "for" and tok.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
                found.add("hypothetical")  # "called for the president to resign": asked for
            elif child.dep_ == "aux":
                if low in FUTURE_AUX or (low == "would" and _backshifted(tok)):
                    found.add("planned")
                elif low in HYPOTHETICAL_AUX:
                    found.add("hypothetical")
                elif low == "to" and tok.head.lemma_ == "be" and tok.dep_ == "xcomp":
                    found.add("planned")  # "is to visit"
                elif low == "to" and tok.dep_ == "ROOT" and any(
                        c.dep_ == "nsubj" for c in tok.children):
                    found.add("planned")  # a headline's "Germany to send tanks": will send
            elif child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children
            ) and not (threat and tok.i in first):
                found.add("conditional")
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children) and (
            tok.dep_ == "advcl"
        ):
            found.add("conditional")
        if tok.dep_ == "advcl" and tok.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CONDITION_MARKS
                for c in tok.children):
            found.add("conditional")
        if tok.dep_ == "xcomp" and tok.head.lemma_ in PLAN_VERBS and (i == 0 or tok.i in first):
            found.add("planned")
        # "denied that he planned to make an appeal": a denied act is not asserted
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ in ("deny", "refute", "dismiss"):
            found.add("negated")
        # "X's refusal to extradite him", "its failure to pay": the act did not happen
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in REFUSAL_NOUNS and to_infinitive(tok):
            found.add("negated")
        # "Uganda's demand to release the prisoners", "Nixon's order to dismiss Cox": asked for
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in ORDER_NOUNS | noun_classes()[
                "demands"] and to_infinitive(tok):
            found.add("hypothetical")
        if tok.head.lemma_ == "going" and tok.dep_ == "xcomp":
            found.add("planned")
    # "wants the government to free ...", "appealed to the Council to lift ...": an act someone
    # else asks for has not happened
    comp = trigger  # "agreed to open the border and provide aid": the conjunct shares the xcomp
    while comp.dep_ == "conj" and comp.head.i != comp.i and comp.head.pos_ in ("VERB", "AUX"):
        comp = comp.head
    gov0 = comp.head
    # "suggested releasing prisoners, freeing ...": a gerund object of a request is requested
    if gov0.lemma_ in REQUEST_VERBS and (infinitive_complement(comp) or purpose_infinitive(comp) or (
            comp.dep_ in ("dobj", "ccomp", "xcomp") and comp.tag_ == "VBG")):
        found.add("hypothetical")
    if _inside_request(trigger):
        found.add("hypothetical")
    # "urged X to resume talks with Y": the object noun of a requested act is requested too;
    # "agreed to hold talks with Y": of a promised act, planned
    verb = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and infinitive_complement(verb):
        if verb.head.lemma_ in REQUEST_VERBS:
            found.add("hypothetical")
        elif verb.head.lemma_ in COMMIT_VERBS:
            found.add("planned")
        elif verb.head.lemma_ in OPEN_VERBS:
            found.add("hypothetical")  # "tried to revive talks with Y": attempted, not held
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and verb.dep_ == "acl" and (
            verb.head.lemma_.lower() in IRREALIS_NOUNS) and to_infinitive(verb):
        # "a bid to revive talks between X and Y": what a bid, hope or offer is for has not
        # happened
        found.add("hypothetical")
    if trigger.pos_ == "NOUN" and _asked_for(trigger):
        found.add("hypothetical")  # "demanded an investigation by the UN": asked for
    if _subjunctive_content(comp, gov0) or _wished_to_see(comp, gov0):
        found.add("hypothetical")
    if gov0.i != comp.i and infinitive_complement(comp):
        if gov0.lemma_ in COMMIT_VERBS:
            found.add("planned")
        if gov0.lemma_ in OPEN_VERBS or any(c.dep_ == "neg" for c in gov0.children):
            found.add("hypothetical")
    # "ruled out sending troops", "refused to meet", "failed to agree": the act did not happen
    gov = trigger.head if trigger.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") else None
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.dep_ == "xcomp"
            and trigger.head.head.lemma_ in NEGATING_VERBS):
        found.add("negated")  # "failed to arrange a meeting", "refused to sign the accord"
    intent = intention_noun(trigger)
    if intent is not None:  # "has plans to withdraw", "no intention of"
        found.add("negated" if _denied(intent) else "planned")
    elif _proposed(trigger):  # "filed a bill to expel the ambassador": proposed, not done
        found.add("hypothetical")
    if gov is not None and gov.i != trigger.i and _negated_intention(gov) and not any(
            c.dep_ == "poss" for c in trigger.children):
        # "no desire to offer concessions": the concessions too; not "the opposition's demands"
        found.add("negated")
    if _under_negating_verb(comp):  # "refused to negotiate, attack X or release Y"
        found.add("negated")
    if gov is not None and gov.i != trigger.i and (
        gov.lemma_ in NEGATING_VERBS
        or (gov.lemma_ == "rule" and any(c.lower_ == "out" for c in gov.children))
    ):
        found.add("negated")
    # a denied claim that something happened ("denied reports that troops shelled the town"):
    # not what it denies might happen ("rejected any suggestion that he should resign")
    if not found & {"conditional", "hypothetical", "planned"} and _inside_denied_claim(trigger):
        found.add("negated")
    if _nobody_done_to(trigger):  # "will release no prisoners": a refusal
        found.add("negated")
    # "will visit Washington to meet Clinton": what a planned trip is for is planned too (not a
    # merely possible trip's: "allowing fighters to go into Iraq to fight" is what the allowing
    # is about, and annotators code the fight)
    if not found and (trip := _purpose_of(trigger)) is not None and (
            modality(trip, detached=detached) == "planned"):
        found.add("planned")
    top = chain[-1]
    # "officials said Japan met Korea" stays asserted: the output contract's moods say whether
    # the act happened; who reports it is the quote's (``quote_id``), as the annotators code it
    if top.head.lemma_ in ("believe", "think", "fear", "suspect") and top.dep_ == "ccomp":
        found.add("hypothetical")
    for m in ORDER:
        if m in found:
            return m
    return "asserted"


# A requested or merely possible act under another coded act ("called on Washington to
# extradite him", "rejected any suggestion that he should resign") is that act's content: the
# request or rejection is the event (docs/ANNOTATION.md section 5). Negated content stays: the
# sentence annotators code a denied accusation or a refused request as a negated event of its
# own. A conjunct ("attacked the town and could strike again") is an act of its own, and so is a
# reported "would" ("said the U.S. would impose tariffs": the backshifted future of "will").
def content_of_coded_act(trigger: Token, mood: str, coded: set[int]) -> bool:
    """Is ``trigger``, of modality ``mood``, the requested or merely possible content of another
    coded trigger (token indices in ``coded``), or the complement of a request verb?"""
    if mood != "hypothetical":
        return False
    cur = trigger
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.head.i in coded:
            return cur.dep_ != "conj" and cur.head.lemma_ not in REPORT_VERBS
        # "wants X to free Y": what a request verb asks for is its content, coded or not
        if cur.dep_ in ("xcomp", "ccomp") and cur.head.lemma_ in REQUEST_VERBS:
            return True
        cur = cur.head
    return False


# Adjectives of readiness: "is not willing to negotiate" states a refusal, as "will not" does.
READINESS = frozenset({"willing", "ready", "prepared"})


# Verbs of deciding: "decided not to accept the offer" refuses it, as "will not accept" does.
DECISION_VERBS = frozenset({"decide", "choose", "opt", "vote", "resolve"})


def stated_refusal(trigger: Token, mood: str) -> bool:
    """Is the negated predicate ``trigger`` a refusal stated as a negated intention ("will not
    lift the embargo", "said it would not release them", "is not willing to negotiate") or a
    decision ("decided not to accept the offer")? A past "did not release" only says that the
    act did not happen."""
    kids = list(trigger.children)
    if _negated_intention(trigger):
        return True
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in DECISION_VERBS:
        return any(c.dep_ == "neg" for c in kids)
    if trigger.lemma_.lower() in READINESS and trigger.pos_ == "ADJ":
        # the negation may sit on the copula ("is not willing"), which the mood does not see
        return any(c.dep_ == "neg" for c in (*kids, *trigger.head.children))
    # "will not release them", or "will release no prisoners": the denial may sit on the object
    denied = any(c.dep_ == "neg" or (c.dep_ == "dobj" and _denied(c)) for c in kids)
    return mood == "negated" and denied and any(
        c.dep_ == "aux" and c.lower_ in (*FUTURE_AUX, "would") for c in kids)


INTENT_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish", "interest", "appetite",
                          "willingness", "inclination", "bid", "attempt", "effort", "offer",
                          "proposal", "push"})


def intention_noun(tok: Token) -> Token | None:
    """The noun of intention whose act ``tok`` is ("intention of negotiating", "plans to
    withdraw"), if any."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        noun = tok.head.head
    elif tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN":
        noun = tok.head
    else:
        return None
    return noun if noun.lemma_.lower() in INTENT_NOUNS else None


def _asked_for(noun: Token) -> bool:
    """Is the event noun ``noun`` what a demand or appeal asks for ("demanded an inquiry",
    "called for talks", "appealed for a ceasefire")?"""
    head = noun.head
    if noun.lemma_.lower() in noun_classes()["demands"]:
        return False  # "pressed their demands": pressing a demand (lexicon class) is demanding
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in DEMAND_VERBS - {"order", "command"}
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in REQUEST_VERBS
    return False


# What a legislator or petitioner lays before others to decide: its act is only proposed.
PROPOSAL_NOUNS = frozenset({"bill", "motion", "draft", "amendment", "petition"})


def _proposed(tok: Token) -> bool:
    """Is ``tok`` the act of a bill, motion or petition ("a motion to impeach the president")?"""
    return (tok.dep_ in ("acl", "relcl", "xcomp", "advcl") and to_infinitive(tok) and (
        tok.head.lemma_.lower() in PROPOSAL_NOUNS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in tok.head.children)))


def _negated_intention(trigger: Token) -> bool:
    """Is ``trigger`` the act of a denied intention ("has no intention of meeting the demands",
    "no desire to offer concessions", "no plans to withdraw")? Saying so refuses it."""
    noun = intention_noun(trigger)
    return noun is not None and _denied(noun)


def _denied(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# A claim's content clause, when the claim is denied, did not happen as far as the sentence
# says: "denied reports that its troops shelled the village", "dismissed allegations that
# police tortured detainees", "reiterated its denials that the ship was sunk by a missile".
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "charge", "suggestion",
                         "rumour", "rumor", "speculation", "assertion", "contention"})
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})
DENIAL_NOUNS = frozenset({"denial", "rejection", "refutation"})


def _inside_denied_claim(trigger: Token) -> bool:
    """Is ``trigger`` inside the content clause of a denied claim (or of a denial)?"""
    cur = trigger
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
            lemma = head.lemma_.lower()
            if lemma in DENIAL_NOUNS:
                return True
            if lemma in CLAIM_NOUNS and head.dep_ in ("dobj", "nsubjpass") and (
                    head.head.lemma_.lower() in DENYING_VERBS):
                return True
        if cur.dep_ == "ccomp" and head.lemma_.lower() in DENYING_VERBS:
            return True
        cur = head
    return False


# Objects that name no one: "will release no prisoners", "arrested nobody".
NOBODY = frozenset({"nobody", "none", "nothing", "no-one"})


def _nobody_done_to(trigger: Token) -> bool:
    """Is the direct object of the verb ``trigger`` no one ("released no prisoners")?"""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if obj.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no"
                                       for c in obj.children):
            return True
    return False
