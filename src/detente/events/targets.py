"""Targets that are things: what an act's target slots name when no actor is there.

A target slot that names a thing or counted people ("criticised the measures", "killed eleven
people") takes the actor the thing's own phrase names, else the country of the place it is based
in ("an Oslo-based professor"), else the story's country (dateline, else dominant) as an
unresolved participant whose ``target_reason`` says so (``context_targets``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from detente.actors.agency import HAZARDS
from detente.events.lexicon import noun_classes
from detente.events.matching import (
    for_clause_subjects,
    object_relative,
)
from detente.events.participants import (
    Participant,
    SentenceActors,
    _actors_fn,
    _how,
    actor_key,
    context_participant,
    iso3,
    story_country,
)
from detente.events.phrases import agent_nouns, preposition
from detente.events.sources import (
    AUTHORITY_SECTORS,
    between_sides,
)
from detente.records import Actor

# Prepositions after a thing in a target slot that name whose it is or whom it concerns
# ("the endorsement of X", "sanctions against X", "restrictions on exports to X").
# No "in": "agreed to hold talks in Ethiopia" names a venue, not whom the talks concern.
OWNER_PREPS = frozenset({"of", "from", "by", "against", "on", "for", "to", "with", "toward",
                         "towards", "over"})
TOPIC_PREPS = ("on", "about", "over")
CONTEXT_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Participles after a hyphen that name whose a thing is ("the Saudi-led coalition", "the
# US-backed offensive", "a state-run paper", "the US-patrolled zones", "UN-imposed sanctions")
OWNING_PARTICIPLES = frozenset({"led", "backed", "sponsored", "run", "controlled", "owned",
                                "patrolled", "imposed", "enforced", "administered"})
# A complement's slots searched for the thing ("agreed to work with X"; no "in": a venue).
COMPLEMENT_SLOTS = ("dobj", "dative", "to", "with", "on", "against", "at", "from", "between")


# Gatherings and trips besides the lexicon's talks: where they are is their venue.
GATHERINGS = frozenset({"conference", "visit", "trip", "tour", "congress", "forum"})


def _first_owner(sa: SentenceActors, preps: list[Token], keys: set[tuple[Any, ...]]
                 ) -> tuple[list[Participant], str]:
    """The resolved actors the first of ``preps`` to name any names (not the sources), and its
    preposition."""
    for prep in preps:
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            got = [p for p in self_free(sa.resolve(pobj), keys) if p.resolved]
            if got:
                return got, prep.lower_
    return [], ""


def _place_country(sa: SentenceActors, pobj: Token, countries_only: bool = False) -> str | None:
    """The ISO3 country of the place ``pobj`` names (only a country itself with
    ``countries_only``), if the places step found one there."""
    pl = sa.place_at(pobj)  # (a place it returns has a country)
    if pl is None or countries_only and pl.feature != "country":
        return None
    return iso3(pl.country or "")


def _country_named_in(sa: SentenceActors, thing: Token, preps: list[Token]) -> Participant | None:
    """The country a thing is "in" ("condemned the coup in Niger", "the violence in Kenya"):
    whose it is, rather than the story's. A country only, and not a meeting's: "the talks in
    Ethiopia" are held there."""
    if thing.lemma_.lower() in noun_classes()["talks"] | GATHERINGS:
        return None
    for pobj in (g for c in preps if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
        country = _place_country(sa, pobj, countries_only=True)
        if country is not None:
            return context_participant(sa, country, (thing.left_edge.i, pobj.i + 1), "in-country")
    return None


def _clause_place(sa: SentenceActors, trigger: Token, thing: Token) -> Participant | None:
    """The country of a town or country the clause sets its act in ("In Tokyo, he is due to meet
    private bankers": Japan's bankers), for people the phrase gives no country of their own."""
    verb = trigger
    for _ in range(3):
        for pobj in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"):
            country = _place_country(sa, pobj)
            if country is not None:
                return context_participant(sa, country, (thing.left_edge.i, thing.i + 1),
                                           "clause-place")
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def slot_things(trigger: Token, slots: tuple[str, ...] | list[str],
                depth: int = 0) -> list[Token]:
    """The words in the pattern's target slots (the object, the object of a slot preposition,
    the same slots of a complement: "willing to work with X"), whatever they name."""
    out: list[Token] = []
    kids = list(trigger.children)
    for slot in slots:
        if slot == "dobj":
            out += [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
            stray = stray_passive_subject(trigger) or stray_participle_subject(trigger)
            out += [stray] if stray is not None else []
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "an election backed by X"
                out.append(trigger.head)
        elif slot == "dative":
            out += [c for c in kids if c.dep_ in ("dative", "iobj")]
        elif slot == "xobj" and depth == 0:
            out += [t for c in kids if c.dep_ in ("xcomp", "ccomp")
                    for t in slot_things(c, COMPLEMENT_SLOTS, depth + 1)]
        elif slot == "comp_subject":  # "said the bill was badly drawn up": the thing judged
            out += [g for c in kids if c.dep_ == "ccomp" for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass")]
        elif slot not in ("quote", "that", "judged", "xobj"):
            owners = [trigger] + [c for c in kids if c.dep_ in ("dobj", "attr")]
            if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
                owners.append(trigger.head)  # "opened an inquiry into X": the parse hangs
                # the noun's phrase from its verb
            out += [g for o in owners for c in o.children
                    if c.dep_ in ("prep", "dative") and preposition(c) == slot
                    for g in c.children if g.dep_ == "pobj"]
    if not out and depth == 0 and {"dobj", "xobj"} & set(slots) and object_relative(trigger):
        out.append(trigger.head)  # "an election the military refused to honor"
    return [t for t in out if t.ent_type_ not in ("DATE", "TIME")]


# Words that open a clause and that the parser takes for a preposition of the clause's subject
# ("as an amendment was rejected": "amendment" parsed as the object of "as").
SUBORDINATORS = frozenset({"as", "after", "before", "while", "because", "since", "until", "once",
                           "when", "though", "although", "if"})


def stray_passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb that the parse hung from the word opening its clause."""
    kids = list(verb.children)
    aux = [c.i for c in kids if c.dep_ == "auxpass"]
    if not aux or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or min(aux) == 0:
        return None
    prev = verb.doc[min(aux) - 1]
    if (prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "pobj"
            and prev.head.lower_ in SUBORDINATORS and prev.head.i < prev.i):
        return prev
    return None


def stray_participle_subject(verb: Token) -> Token | None:
    """The object of a verb that the parse made the subject of an -ing clause right after it
    ("dismissed the figures insisting that ..."): a participle with no auxiliary has no subject
    of its own there."""
    if any(c.dep_ in ("dobj", "nsubjpass", "obj") for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                   and c.tag_ == "VBG" and c.i > verb.i):
        if any(g.dep_ in ("aux", "auxpass", "mark") for g in clause.children):
            continue
        for subj in (g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i):
            if subj.left_edge.i == verb.i + 1 and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    return None


def context_targets(sa: SentenceActors, trigger: Token, slots: tuple[str, ...] | list[str],
                    sources: list[Participant], parties: bool = True
                    ) -> tuple[list[Participant], str]:
    """A target for an act on a thing or on people the dictionary cannot name ("criticised the
    measures", "jailed thousands of others"): an actor the thing's own phrase names ("the
    endorsement of X"), else the story's country (dateline, else dominant), which is whose
    measures, people and places a reader takes them to be. Never the country of a source that
    is itself a country ("Venezuela signed an agreement" is not with Venezuela). Returns the
    targets and the reason ("" and [] when none). ``parties``: the sides "between" names in the
    thing's phrase are the targets ("welcomed the agreement between X and Y"); not for a verb
    that makes the thing ("forged an agreement between X and Y" names no one it is made with)."""
    # the slots' words, else the object ("negotiated the return of the detainees": the partner
    # slot is empty, what is negotiated is the object); a pattern without a target takes none
    if not slots:
        return [], ""
    keys = {actor_key(p.actor.actor) for p in sources}
    if trigger.pos_ == "NOUN":  # "Graham's endorsement of Cruz", "Ankara's refusal to meet EU
        # obligations": a noun's of-object and its complement's slots name whom it concerns
        extra = slot_things(trigger, ("of",)) + [t for c in trigger.children if c.dep_ == "acl"
                                                 for t in slot_things(c, COMPLEMENT_SLOTS)]
        extra += _content_subjects(trigger)
        for t in extra:
            got = [p for p in self_free(sa.resolve(t), keys) if p.resolved]
            if got:
                return [_how(p, "noun-object>") for p in got], ""
    asked_about = for_clause_subjects(trigger) if "for" in slots else []
    for subj in asked_about:  # "called for the embargo to be lifted": the one named before
        earlier = earlier_owner(sa, subj, keys)
        if earlier:
            return [_how(p, "earlier-owner>") for p in earlier], ""
    # else what the act is about ("began talks on measures to reform the agency")
    things = [t for t in slot_things(trigger, slots) or slot_things(trigger, ("dobj",))
              or slot_things(trigger, TOPIC_PREPS)
              or asked_about
              if t.pos_ in CONTEXT_POS or (t.pos_ == "PRON" and t.lower_ in ("them", "they"))]
    generic = _actors_fn("generic_plural")
    if not things or generic is None or generic(things[0].text):
        return [], ""  # "called on allies", "the developing countries": nobody's in particular
    lemma = things[0].lemma_.lower()
    thing = things[0]
    # "criticised the statement by X": the parse may hang the object's "by" on the active verb
    by_verb = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by"
               and c.i > thing.i] if thing.dep_ == "dobj" and thing.head.i == trigger.i else []
    owners = [p for c in thing.children if c.dep_ == "amod" and c.lower_ in OWNING_PARTICIPLES
              and c.i > 0 and c.doc[c.i - 1].text == "-"
              for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
              for p in self_free(sa.resolve(g), keys) if p.resolved]
    if owners:  # "supports the US-led war on Iraq": the war's leader, not its victim
        return [_how(p, "led-by>") for p in owners], ""
    if (agent_nouns().get(lemma) or (None, ""))[1] == "attacker":
        # "condemned the bombings": aimed at the attackers, unknown unless the phrase names them
        # ("the attack by Ugandan rebels"; "the attack on X" names whom it hit)
        got, _ = _first_owner(sa, [c for c in [*thing.children, *by_verb] if c.dep_ == "agent"
                                   or (c.dep_ == "prep" and c.lower_ == "by")], keys)
        return [_how(p, "by-owner>") for p in got], ""
    if thing.i == trigger.head.i:  # an antecedent ("Mobutu, who the rebels called on")
        got = [p for p in self_free(sa.resolve(thing), keys) if p.resolved]
        if got:
            return [_how(p, "antecedent>") for p in got], ""
    preps = [c for c in thing.children if c.dep_ == "prep"]
    preps += [g for c in thing.children if c.dep_ == "acl" for g in c.children  # "imposed on X"
              if g.dep_ in ("prep", "agent")]
    preps += by_verb
    if thing.dep_ == "dobj" and thing.head.i == trigger.i:
        # "condemned the detention of its citizens by Ugandan authorities": the act the verb
        # takes as its object is its agent's, who comes first
        preps.sort(key=lambda c: c.lower_ != "by")
    # "welcomed the agreement reached between X and Y": the thing's parties
    sides = [p for c in preps if parties and c.lower_ == "between" for o in c.children
             if o.dep_ == "pobj" for p in self_free(between_sides(o, sa), keys) if p.resolved]
    if sides:
        return [_how(p, "between>") for p in sides], ""
    got, word = _first_owner(sa, [c for c in preps if c.lower_ in OWNER_PREPS], keys)
    if got:
        return [_how(p, f"{word}-owner>") for p in got], ""
    placed = _country_named_in(sa, thing, preps)
    if placed is not None:
        return [placed], f"target {placed.actor.text!r}: the country the thing is in"
    for base in (g for c in thing.children if c.dep_ == "amod" and c.lower_ == "based"
                 for g in c.children if g.dep_ in ("npadvmod", "compound")):
        based = [c for p in self_free(sa.resolve(base), keys) for c in [p.actor.actor.country] if c]
        if based:  # "an Oslo-based professor": where it is based, not the story's country
            country = based[0]
            span = (thing.left_edge.i, thing.i + 1)
            note = f"target {sa._text(span)!r} names no actor: taken as {country}, where it is based"
            return [context_participant(sa, country, span, "based-in")], note
    earlier = earlier_owner(sa, thing, keys)
    if earlier:
        return [_how(p, "earlier-owner>") for p in earlier], ""
    if thing.lemma_.lower() in HAZARDS:
        return [], ""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in BEYOND_THE_STORY for c in thing.children):
        return [], ""  # "invited international observers", "courted foreign investors"
    people = thing.tag_ == "NNS" or lemma in agent_nouns()
    local = _clause_place(sa, trigger, thing) if people else None
    if local is not None:
        return [local], (f"target {local.actor.text!r} names no actor: taken as the country "
                         f"{local.actor.actor.country} where the clause sets the act")
    story, why = story_country(sa)
    if story is None or any(p.actor.actor.kind == "country" and p.actor.actor.country == story
                            for p in sources):
        return [], ""
    if lemma in PLACE_NOUNS and "dateline" not in why and any(
            p.actor.actor.country == story and p.actor.actor.sector in ARMED_SECTORS
            for p in sources) and not any(
            m.actor is not None and m.actor.country == story and not m.agentive
            for m in sa.adoc.mentions):
        # "Russian troops pulled out of the town": the story is Russian only because its
        # troops are named (no Russian place is); the town they attack or leave is not
        # theirs for that ("a base in Borno state" is the story's)
        return [], ""
    country = story
    span = (thing.left_edge.i, thing.i + 1) if thing.pos_ != "PRON" else (thing.i, thing.i + 1)
    note = f"target {sa._text(span)!r} names no actor: taken as {country}, {why}"
    return [context_participant(sa, country, span, "context-country")], note


OWNER_DEPS = frozenset({"poss", "compound", "amod"})
# Modifiers that put an unnamed target outside the story's country.
BEYOND_THE_STORY = frozenset({"international", "global", "world", "multinational", "foreign"})
# Unnamed places an armed force acts on, and the sectors of such forces (police act at home).
PLACE_NOUNS = frozenset({"town", "village", "city", "hamlet", "area", "region", "district",
                         "province", "territory", "base", "position", "outpost", "settlement"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF"})


def earlier_owner(sa: SentenceActors, thing: Token, keys: set[tuple[Any, ...]]
                  ) -> list[Participant]:
    """Whose a definite thing is that names no owner ("called for the embargo to be lifted"):
    the owner it was last named with earlier in the story ("the EU embargo on arms sales")."""
    if thing.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in thing.children):
        return []
    if any(c.dep_ in OWNER_DEPS for c in thing.children):
        return []
    lemma = thing.lemma_.lower()
    for prev in sa.earlier_sentences():
        psa: SentenceActors | None = None
        for tok in reversed(list(prev.span)):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
                continue
            psa = psa or SentenceActors.build(sa.adoc, prev)
            for owner in (c for c in tok.children if c.dep_ in OWNER_DEPS):
                got = [p for p in self_free(psa.resolve(owner), keys) if p.resolved]
                if got:
                    return got
    return []


def _content_subjects(noun: Token) -> list[Token]:
    """The subjects of a noun's content clause ("criticism that the minister misled MPs",
    "the accusation that his plan failed"): whom the criticism or accusation is about."""
    return [s for c in noun.children if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def self_free(found: list[Participant], keys: set[tuple[Any, ...]]) -> list[Participant]:
    """Participants that are not one of the sources."""
    return [p for p in found if actor_key(p.actor.actor) not in keys]


def target_note(sa: SentenceActors, trigger: Token, slots: tuple[str, ...] | list[str],
                targets: list[Participant], dropped: list[tuple[Participant, str]]) -> str:
    """Why an event has no resolved target, for its provenance (empty when it has one)."""
    if targets and all(t.resolved for t in targets):
        return ""
    if targets:
        t = targets[0]
        return f"target {t.actor.text!r} unresolved ({t.how}): not in the actor dictionary"
    if dropped:
        t, why = dropped[0]
        reason = _mention_reason(sa, t.actor.span)
        return f"target {t.actor.text!r} dropped: {why}" + (f" ({reason})" if reason else "")
    if not slots:
        return "the pattern takes no target"
    for tok in _slot_tokens(trigger):
        reason = _mention_reason(sa, sa.sent.char_span(tok))
        return f"target slot {tok.text!r} names no actor" + (f": {reason}" if reason else "")
    return f"no participant in the pattern's target slots ({', '.join(slots)})"


def _slot_tokens(trigger: Token) -> list[Token]:
    out = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "iobj")]
    out += [o for c in trigger.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return [t for t in out if t.ent_type_ not in ("DATE", "TIME")]


def _mention_reason(sa: SentenceActors, span: tuple[int, int]) -> str:
    hits = [m for m in sa.adoc.mentions_in(sa.sent) if m.span[0] <= span[0] < m.span[1]
            or span[0] <= m.span[0] < span[1]]
    return min(hits, key=lambda m: m.span[1] - m.span[0]).reason if hits else ""


# CAMEO 042 (make a visit): a visit whose destination the sentence does not name ("during the
# president's visit", "his three-day visit") is, in news, a visit to where the story is told.
VISIT_CODES = frozenset({"042"})


def named_destination(sa: SentenceActors, trigger: Token, sources: list[Participant]
                      ) -> list[Participant]:
    """A place named before a visit noun ("his Washington visit", "the planned Moscow trip") is
    where the visit goes, when it is not the visitor's own country."""
    if trigger.pos_ != "NOUN":
        return []
    own = {p.actor.actor.country for p in sources}
    got = [p for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN"
           and c.i < trigger.i for p in sa.resolve(c)]
    return [p for p in got if p.actor.actor.country and p.actor.actor.country not in own
            and p.actor.actor.kind in ("country", "place")]


def story_destination(sa: SentenceActors, trigger: Token, sources: list[Participant]
                      ) -> tuple[list[Participant], str]:
    """The story's country (dateline, else dominant) as the destination of a visit that names
    none; never the visitor's own country (a visit at home is no visit to another actor)."""
    country, why = story_country(sa)
    if country is None or any(p.actor.actor.country == country for p in sources):
        return [], ""
    note = f"the visit names no destination: taken as {country}, {why}"
    return [context_participant(sa, country, (trigger.i, trigger.i + 1), "story-destination")], \
        note


# Arrests, detentions (CAMEO 173) and violent repression (175) by an authority happen where it
# rules; whom it expels or deports (174) is foreign.
CUSTODY_CODES = ("173", "175")


def held_by_authority(targets: list[Participant], sources: list[Participant], code: str
                      ) -> list[Participant]:
    """"Police are holding two suspects": people an authority arrests or holds, with no
    nationality stated, are of the authority's country (one country among the sources);
    ``targets`` unchanged otherwise."""
    countries = {s.actor.actor.country for s in sources
                 if s.actor.actor.sector in AUTHORITY_SECTORS}
    if not code.startswith(CUSTODY_CODES) or len(countries) != 1 or None in countries:
        return targets
    country = countries.pop()
    return [t if t.actor.actor.country or t.actor.actor.kind not in ("agent", "unknown") else
            Participant(replace(t.actor, actor=replace(t.actor.actor, country=country)),
                        "authority-country>" + t.how, t.resolved) for t in targets]


# Civilian political actors: an "attack" or a "clash" between them is one of words, and a "fight"
# or "battle" between them a contest (an election, a vote), not the use of force (CAMEO 19).
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI"})
ARMED_CONTEST_LEMMAS = {"attack": "111", "hit": "111", "clash": "111", "shoot": "111",
                        "fight": "", "battle": "",
                        # "Trump beat 16 GOP candidates": an election won, no event
                        "beat": "", "defeat": "", "best": "", "crush": "", "trounce": "",
                        "clobber": "", "thrash": "",
                        # "Trump's assault on Bush": words
                        "assault": "111"}
# Sectors that take force, or have it taken against them as such: not whom a politician's
# "attack" is words against.
FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "INS", "COP", "CRM", "SPY"})


def political(a: Actor) -> bool:
    """A person or party of a political sector, or a politician the dictionary knows out of
    office ("Donald Trump" before 2017)."""
    return a.kind not in ("country", "place") and (
        a.sector in POLITICAL_SECTORS or (a.kind == "person" and a.id is not None and not a.sector))


def political_contest(lemma: str, sources: list[Participant], targets: list[Participant]
                      ) -> str | None:
    """For a violent predicate between people or parties of political sectors on both sides
    ("the senator attacked the president"; no country, no armed sector), or a politician's
    attack on a person or body that bears no arms ("attacked a federal judge", "hit him for
    skipping the debate"): the code of words (111), or "" for a contest that is no event; None
    when the predicate keeps its sense."""
    code = ARMED_CONTEST_LEMMAS.get(lemma)
    if code is None or not sources or not targets:
        return None
    if not all(political(p.actor.actor) for p in sources):
        return None
    others = [p.actor.actor for p in targets]
    unarmed = all(a.kind not in ("country", "place") and a.sector not in FORCE_SECTORS
                  for a in others)
    return code if all(political(a) for a in others) or (code and unarmed) else None


def between_companies(sources: list[Participant], targets: list[Participant]) -> bool:
    """Are both sides companies or their people, with no state party ("Boeing turned down the
    Microsoft proposal")? A deal or dispute between firms is business, not a political event
    (docs/ANNOTATION.md section 1)."""
    return bool(sources) and bool(targets) and all(
        p.actor.actor.sector == "BUS" for p in (*sources, *targets))


# Sectors that fight: a "clash" between them all is a fight (190), not words.
COMBAT_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "INS"})
WORD_CLASH_LEMMAS = frozenset({"clash"})


def armed_contest(lemma: str, sources: list[Participant], targets: list[Participant]
                  ) -> bool:
    """Is a clash coded as words ("the two leaders clashed") one between armed sides on every
    side ("Sudan's army and the RSF clashed in Khartoum"), or one of the police or an army with
    people no politician is among ("police clashed with residents"), a fight?"""
    actors = [p.actor.actor for p in sources + targets]
    if lemma not in WORD_CLASH_LEMMAS or len(actors) < 2:
        return False
    if all(a.sector in COMBAT_SECTORS for a in actors):
        return True
    return any(a.sector in COMBAT_SECTORS | {"COP"} for a in actors) and not any(
        political(a) or a.kind in ("country", "place") for a in actors)
