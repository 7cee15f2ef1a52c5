"""Agent nouns in the actors step: the sector an agent noun ("the ministry", "Kenyan troops",
"the rebels") names and the country its modifiers, its possessor, the body it is of or the
story give it; for the resolution of each mention (``detente.actors.resolve``)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from detente.actors.agency import (
    BEYOND_STATES,
    COLLECTIVE,
    COMMAND,
    FOREIGN_PLURALS,
    IGO_HEADS,
    LOCAL_PLACE,
    NON_STATE_SIDES,
    PLACE_AGENTS,
    SIDES,
    STATES_IN_GENERAL,
    act_nouns,
    counted,
    owned_texts,
    place_role,
    prep_country,
)
from detente.actors.agency import SUBJECT_DEPS as _SUBJECT
from detente.actors.candidates import Cand
from detente.actors.context import OTHER_PARTY
from detente.actors.data import Agent, Country, Organisation
from detente.actors.kinds import (
    hyphen_prefix,
    org_actor,
    pick_org,
)
from detente.actors.lexicon import (
    ADJECTIVE,
    COUNTRY,
    DEMONYM,
    ORG,
    Lexicon,
    key_of,
)
from detente.actors.roles import (
    PAST_HOLDER,
    SUBORDINATE_RANK,
    person_actor,
    title_holder,
)
from detente.actors.state import (
    ArticleState,
    Found,
    agent_earlier,
    forces_earlier,
    in_article_holder,
    org_sector,
    organisation_earlier,
    recent_subject_country,
    sentence_country,
    sentence_subject,
    titled_earlier,
)
from detente.records import Actor

# Possessive pronouns that name an officeholder's principal ("his defence minister").
POSSESSIVES = frozenset({"his", "her", "its", "their"})


# Bodies a story introduces once with their country and then calls "the <noun>"; they are
# often away from home, so the dateline's or the sentence's country is the hosts'.
VISITING_BODIES = frozenset({"delegation"})


def shadow_title(doc: Doc, start: int) -> bool:
    """Is the title starting at ``start`` a shadow one ("the shadow foreign secretary", "shadow
    culture secretary X"): "shadow" just before it, or before the words of its office? ("in the
    shadow of the president" is no title.)"""
    for t in reversed(doc[max(0, start - 3) : start]):
        if t.lower_ == "shadow":
            return True
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


COMBATANT_SECTORS = frozenset({"REB", "UAF"})
# A state's armed and police forces, and armed groups: "the soldiers", "the policemen", "the
# rebels" are the force or group named last.
FORCES = frozenset({"MIL", "COP"}) | COMBATANT_SECTORS
# Modifiers of a plural "governments" that make them a country's own tiers, not states in general.
SUBNATIONAL = frozenset({"local", "provincial", "regional", "municipal", "county", "city",
                         "state"})
# Agent nouns for belonging to a body, whose sector the body gives ("opposition members", "a
# KGB officer", "observers from the OAU").
MEMBER_TERMS = frozenset({"member", "officer", "observer", "monitor"})
# The European Union's codes: whose rotating presidency "the EU presidency" is.
EU_CODES = frozenset({"EUR"})
# Agent nouns for someone's kin, who share that person's nationality.
KIN_TERMS = frozenset({"family"})


def _agent_of_act(word: Token) -> bool:
    """"rebel attacks", "police raids": an agent noun modifying an event noun is its agent
    ("six-party talks", "two-nation summit" count the parties, they name none)."""
    return (word.head.lemma_.lower() in act_nouns()
            and (word.i == 0 or word.doc[word.i - 1].text != "-")
            and not any(c.dep_ in ("nummod", "amod", "npadvmod") for c in word.children))


def _office_country(state: ArticleState, agent: Agent, country: str | None) -> str | None:
    """``country`` when it has had the office a styled title names (or the title has no style);
    else the country the title implies ("the Pope": the Vatican), or ``None`` ("the president"
    in a British story)."""
    if country is not None and (not agent.styles or state.lex.ever_styled(
            country, agent.roles, agent.styles)):
        return country
    return agent.country


def _compound_place_country(state: ArticleState, f: Found, start: int) -> tuple[str | None, str]:
    """"a raid on the Jenin refugee camp": a place named before the phrase, as a compound of one
    of its words, is where the phrase's people or facilities are (not the story's dominant country)."""
    for other in reversed(state.found):
        if other.mention.sentence_index != f.mention.sentence_index:
            break
        a = other.mention.actor
        if (other.doc is f.doc and other.head.dep_ == "compound"
                and start <= other.head.head.i < f.end and other.end <= start
                and a is not None and a.kind in ("place", "country") and not other.contextual
                and a.country in state.lex.dictionary.countries):
            return a.country, f"country of the place {other.mention.text!r} the phrase names"
    return None, ""


def _attackers_countries(head: Token, lex: Lexicon) -> set[str]:
    """Countries named in the "by" phrase of a passive verb whose patient is ``head``
    ("villagers wounded by Israeli gunfire", "troops were ambushed by Somali militants")."""
    verbs = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if head.dep_ == "nsubjpass":
        verbs.append(head.head)
    out: set[str] = set()
    for verb in verbs:
        for by in (c for c in verb.children if c.dep_ == "agent"):
            words = [t.text for t in by.subtree][1:]
            for i in range(len(words)):
                for j in range(i + 1, min(i + 3, len(words)) + 1):
                    out.update(o.code for k, o in lex.forms.get(key_of(words[i:j]), [])
                               if k in (COUNTRY, ADJECTIVE, DEMONYM) and isinstance(o, Country))
    return out


def pronoun_owner_country(state: ArticleState, f: Found) -> str | None:
    """"Kenya's president sacked his defence minister": the officeholder a possessive pronoun
    owns is of the clause subject's country, when no actor of another country is named between
    the subject and the pronoun ("Ghana's president met the Togolese leader and his minister":
    "his" may be the leader's)."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in f.head.children):
        return None
    subject = sentence_subject(state, f, same_clause=True)
    if subject is None:
        return None
    for other in reversed(state.found):
        a = other.mention.actor
        if other.mention.sentence_index != f.mention.sentence_index or a is subject:
            break
        if other.mention.agentive and a is not None and a.country \
                and a.country != subject.country:
            return None
    return subject.country


def _named_by_appos(noun: Token, sentence_index: int, state: ArticleState) -> Organisation | None:
    """The dictionary body whose name follows ``noun`` in close apposition ("the militant group
    Hamas", "the Basque separatist group ETA"): the noun describes that body. The parser's
    attachment of the name varies, so the name is the one right after the noun."""
    doc = noun.doc
    for end in range(min(len(doc), noun.i + 7), noun.i + 1, -1):
        span = doc[noun.i + 1 : end]
        if span[0].pos_ != "PROPN" or (span.root.dep_ in {"nsubj", "nsubjpass"}
                                       and span.root.head.dep_ == "relcl"):
            continue  # "the group Hamas leads": a relative clause's subject
        orgs = [o for k, o in state.lex.forms.get(key_of(span), [])
                if k == ORG and isinstance(o, Organisation)]
        if orgs:
            return pick_org(orgs, sentence_index, noun, state)
    return None


def _of_group(f: Found, state: ArticleState) -> Organisation | None:
    """The party, armed group, company or international body an officeholder is "of" ("the
    leader of Hamas", "a spokesman of the Labour Party"): the one of the story's context
    country when several share the name."""
    for prep in f.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            span = pobj.doc[pobj.left_edge.i : pobj.i + 1]
            for start in range(span.start, span.end):
                orgs = [o for k, o in state.lex.forms.get(key_of(pobj.doc[start : span.end]), [])
                        if k == ORG and isinstance(o, Organisation)]
                if orgs:
                    org = pick_org(orgs, f.mention.sentence_index, f.head, state)
                    return None if org.kind == "institution" else org
            named = _named_by_appos(pobj, f.mention.sentence_index, state)
            if named is not None:  # "the chief of the militant group ETA"
                return None if named.kind == "institution" else named
    return None


# The European Commission's row in organisations.tsv: the capitalised "Commission" of a story
# about the European Community or Union.
EUROPEAN_COMMISSION = "org:ec"


def _the_commission(f: Found, mods: list[Cand], state: ArticleState) -> Organisation | None:
    """The European Commission, when ``f`` is a bare "the Commission" in a story that has named
    the European Community or Union ("the Commission of Inquiry" is another body)."""
    head = f.head
    if mods or head.text != "Commission" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("prep", "appos", "compound") for c in head.children):
        return None
    commission = state.lex.dictionary.organisations.get(EUROPEAN_COMMISSION)
    if commission is None or not any(x.mention.actor is not None
                                     and x.mention.actor.country == commission.code
                                     for x in state.found):
        return None
    return commission


def resolve_agent(f: Found, main: Cand, mods: list[Cand], doc: Doc, country: str | None,
                  cwhy: str, state: ArticleState) -> None:
    """Give the mention ``f`` of an agent noun (``main``, with its modifiers ``mods``) its actor:
    the sector the noun names, the country ``country`` (found from the phrase, ``cwhy`` says how)
    or else its possessor's, the body it is of, the force or body named before it, or the story's."""
    agent = main.agent
    assert agent is not None
    f.agent, f.plural = agent, main.plural
    term = doc[main.start : main.end].text
    head = f.head
    if head.dep_ == "compound" and head.head.lemma_ in COLLECTIVE and head.head.i >= main.end:
        f.end = head.head.i + 1  # "rebel group", "police services": the group is the actor
        last = doc[f.end - 1]
        f.mention.span = (f.mention.span[0],
                          f.mention.span[0] + last.idx + len(last.text) - doc[f.start].idx)
        f.mention.text = doc[f.start : f.end].text
    elif (head.dep_ == "compound" and not mods and head.head.i >= main.end
          and not _agent_of_act(head) and not (
              agent.kind == "institution" and head.head.lemma_.lower() in owned_texts())):
        # ("the government plans" are the government's, "a police station" is no actor)
        f.mention.reason = f"{term!r} modifies {head.head.text!r}: not an actor"
        f.mention.agentive = False
        return
    described = _named_by_appos(head, f.mention.sentence_index, state) \
        if agent.kind != "person" and not main.plural else None
    if described is not None:
        org_actor(f, described, described.code, state, described.name)
        f.plural = False
        f.mention.reason = (f"{term!r} named {described.name!r} in apposition "
                            f"({described.code} {described.sector})")
        return
    if (not main.plural and agent.plurals and not mods and head.is_lower
            and head.dep_ not in ("compound", "appos") and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"}
                        for c in head.children)):
        f.mention.reason = f"bare {term!r}: not a reference to an actor"
        f.mention.agentive = False
        return
    armed = next((o for c in mods for k, o in c.entries if k == ORG
                  and isinstance(o, Organisation) and o.kind == "armed_group"), None)
    if armed is not None and agent.sector in COMBATANT_SECTORS:
        # "five Hamas fighters", "al-Shabaab militants": the group's own members are the group
        f.plural = False
        org_actor(f, armed, armed.code, state, armed.name)
        f.mention.reason = f"{term!r} of {armed.name}: the group ({armed.code} {armed.sector})"
        return
    if agent.term in OTHER_PARTY and country is None:
        f.mention.reason = f"{term!r} with no nationality: the other party, unresolved"
        return
    if agent.kind == "others":
        f.plural = False
        f.mention.reason = (f"{term!r} names parties other than the ones at hand: not resolved "
                            "to the subject's or the story's country")
        return
    if main.plural and country is None and counted(head, agent):
        f.mention.reason = f"plural {term!r}: members from the article"
        return
    f.plural = False
    if agent.term == "presidency" and country in EU_CODES:
        # "the EU presidency": the member state holding it then, if the date says which
        member = state.lex.dictionary.eu_presidency(state.day)
        country, cwhy = member, f"the EU presidency on {state.day}" if member else ""
    if agent.term in PLACE_AGENTS:
        agentive, why = place_role(f.head)
        if not agentive:
            f.mention.agentive = False
            f.mention.reason = f"{term!r}: {why}, not an actor"
            return
    # "the leader of Hamas" leads the group, like "the Hamas leader", and holds no office
    of_group = _of_group(f, state) if agent.kind == "person" and not mods else None
    if country is None and of_group is not None:
        country, cwhy = of_group.code, f"country from 'of' {of_group.name!r}"
    commission = _the_commission(f, mods, state)
    if commission is not None:
        org_actor(f, commission, None, state, head.text)
        f.mention.reason = ("'the Commission' in a story about the European Community: "
                            + f.mention.reason)
        return
    if country is None:
        country, cwhy = prep_country(head, state.lex, kin=agent.term in KIN_TERMS,
                                     dateline=state.story.dateline, story=state.story.dominant(),
                                     divisions=state.story.divisions)
    if country is None:
        country, cwhy = _compound_place_country(state, f, main.start)
    named = organisation_earlier(state, f, agent.term) if country is None and not mods and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) else None
    if named is not None:  # "the UN Security Council ... the council"
        f.mention.actor = named.mention.actor
        f.mention.reason = (f"{term!r} -> {named.mention.text!r} (the organisation of that name, "
                            f"sentence {named.mention.sentence_index})")
        return
    if country is None and main.plural and agent.kind != "institution" and agent.sector in FORCES \
            and not mods and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        kin = COMBATANT_SECTORS if agent.sector in COMBATANT_SECTORS else frozenset({agent.sector})
        force = forces_earlier(state, f, kin)
        if force is not None and force.mention.actor is not None:
            # "Israeli troops entered Nablus ... the soldiers arrested X"
            country = force.mention.actor.country
            cwhy = (f"country of {force.mention.text!r} (the force named last, sentence "
                    f"{force.mention.sentence_index})")
    if country is None and agent.kind == "person" and not main.plural:
        # one officeholder: "their fighters" in "X said Y's forces attacked their fighters" are
        # X's, not the clause subject's
        country = pronoun_owner_country(state, f)
        cwhy = "country of the clause's subject (the possessor)" if country else cwhy
    if country is None and not main.plural and agent.term in VISITING_BODIES and not mods \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        same = agent_earlier(state, f, agent)
        if same is not None:  # "a delegation of the Chinese party ... the delegation"
            f.mention.actor = same.mention.actor
            f.mention.reason = (f"{term!r} -> {same.mention.text!r} (named earlier, sentence "
                                f"{same.mention.sentence_index})")
            return
    if country is None and not main.plural and agent.kind == "person" and not mods:
        # ("their minister" is the possessor's, not the minister the story introduced)
        owned = any(c.dep_ == "poss" for c in head.children)
        earlier = None if owned else titled_earlier(state, agent)
        if earlier is not None:  # "the president", "the envoy": who was introduced with it
            f.mention.actor, f.title_term = earlier.mention.actor, earlier.title_term
            f.mention.reason = (f"title {term!r} -> {earlier.mention.text!r} (introduced with that "
                                f"title, sentence {earlier.mention.sentence_index})")
            return
        same = agent_earlier(state, f, agent) if any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) else None
        if same is not None:  # "the British ambassador ... the ambassador"
            f.mention.actor = same.mention.actor
            f.mention.reason = (f"title {term!r} -> {same.mention.text!r} (named earlier, "
                                f"sentence {same.mention.sentence_index})")
            return
    roles = agent.roles
    # "the Tory spokesman", "an Amnesty official", "the Hamas leader": the organisation's person
    org = next((o for c in mods for k, o in c.entries
                if k == ORG and isinstance(o, Organisation) and o.kind != "institution"), of_group)
    if org is not None:
        roles = ()  # a party's or group's leader holds no office of the state
    # "the shadow foreign secretary": the opposition's spokesman for the office, not its holder
    shadow = agent.kind == "person" and shadow_title(doc, main.start)
    # "the former Kenyan president", "the ex-president", "the late king": not today's holder
    past = hyphen_prefix(doc, main.start) in PAST_HOLDER or any(
        c.lower_ in PAST_HOLDER for c in head.children if c.dep_ in ("amod", "compound"))
    # "the Ohio secretary of state", "the Bavarian interior minister": a state's or province's
    # office, not the nation's
    local = cwhy.startswith(LOCAL_PLACE)
    # "the deputy prime minister", "an Assistant Secretary of State": a lower office
    hyphened = hyphen_prefix(doc, main.start)
    rank = hyphened or (doc[main.start - 1].lower_ if main.start > 0 else "")
    lower = rank in SUBORDINATE_RANK
    if lower:
        term = f"{rank}-{term}" if hyphened else f"{rank} {term}"
    if shadow or past or local or lower:
        roles = ()
    if country is not None and country not in state.lex.dictionary.countries \
            and agent.kind == "person" and agent.sector == "GOV" and agent.term in IGO_HEADS:
        roles = roles or ("igo_head",)  # "the NATO chief", "the UN head"; not "the UN envoy"
    if roles and not main.plural and not any(c.kind == "agent" for c in mods) and not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in state.lex.agents and c.i < main.start
            for c in head.children):
        # ("the rebel leader", "the opposition leader" hold no office of the state; the words of
        # the title itself, "Secretary" in "Secretary-General", are no such modifier)
        agent = dataclasses.replace(agent, roles=roles)
        where: str | None = country or _office_country(state, agent, state.context_country())
        if country is None and where == agent.country and where is not None:
            cwhy = f"country the title {agent.term!r} implies"  # the Pope's, from Gaza too
        # no country in the phrase: the holder named most recently, whatever the country
        holder = in_article_holder(state, country, agent.roles, agent.styles)
        if holder is not None:
            actor, why = person_actor(holder, state.day, agent.roles, country)
            f.mention.actor, f.person_id, f.gender = actor, holder.id, holder.gender
            f.mention.reason = f"title {term!r} -> {holder.name} (named earlier); {why}"
            return
        found = title_holder(state.lex, where, agent.roles, state.day, agent.styles) \
            if where else None
        if found is not None:
            person, _ = found
            actor, why = person_actor(person, state.day, agent.roles, where)
            f.mention.actor, f.person_id, f.gender = actor, person.id, person.gender
            state.persons[person.id] = person
            src = cwhy or "country from context"
            f.mention.reason = f"title {term!r} + {where} on {state.day} -> {person.name}; {src}"
            return
    own_forces = agent.sector in {"MIL", "COP"} and (  # not "a police station": a noun
        head.dep_ in _SUBJECT or (head.head.pos_ == "VERB" and head.head.lemma_ in COMMAND))
    # ("local governments", "provincial governments" are the story country's own)
    in_general = main.plural and agent.term in STATES_IN_GENERAL and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in SUBNATIONAL for c in head.children)
    # "the international community", "international observers", "world leaders": no country's
    beyond = country is None and any(c.dep_ in ("amod", "compound") and c.lower_ in BEYOND_STATES
                                     for c in head.children)
    if beyond:
        cwhy = "no country (an international body)"
    elif country is None and (agent.kind == "institution" and not in_general or own_forces):
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in head.children)
        if not owned and not own_forces and head.dep_ not in _SUBJECT and agent.kind == "institution":
            # "attacked a police station in northern Kenya": the place, not the attacker's
            country, cwhy = state.story.clause_place(f.mention.sentence_index, f.head)
        if country is None:
            country = sentence_country(state, f, nearest=owned)
            cwhy = "country from the " + ("nearest subject (the possessive)" if owned else "sentence's subject")
        if country is None and agent.kind == "institution" and not main.plural:
            # the story's place (dateline, a place in the clause, the dominant country) before
            # the country named most so far
            country, cwhy = state.story.country_for(f.mention.sentence_index, f.head)
            f.contextual = country is not None
            if country is None:
                country, cwhy = state.context_country(), "country from context"
    if country is None and not beyond and agent.term.startswith("spokes") and head.dep_ in _SUBJECT:
        country = recent_subject_country(state, f)
        cwhy = "country of the most recent subject (a spokesman speaks for it)"
    if country is None and not beyond and agent.term not in {*PLACE_AGENTS, "side"} and not (
            main.plural and (in_general or agent.term in FOREIGN_PLURALS)):
        # ("other countries", "governments around the world" are not the story's)
        country, cwhy = state.story.country_for(f.mention.sentence_index, f.head)
        f.contextual = country is not None
        if agent.country and (country is None or "dominant" in cwhy):
            country, cwhy = agent.country, f"country the title {agent.term!r} implies"
        if country is not None and _office_country(state, agent, country) != country:
            # "the president" in a British story is some other country's; the pope the Vatican
            country, cwhy = agent.country, f"country the title {agent.term!r} implies"
        subject = sentence_subject(state, f, same_clause=True) \
            if country is not None and not f.subject and agent.sector in SIDES else None
        # "Israel bombed troops": the target's forces are not the subject's; but the forces
        # that rebels or gunmen attack are their own country's ("cartel gunmen killed police")
        if subject is not None and country == subject.country \
                and subject.sector not in NON_STATE_SIDES:
            country = None
    if f.contextual and country is not None and country in _attackers_countries(head, state.lex):
        # "villagers wounded by Israeli gunfire": the story's country the shooter made dominant
        # is not the victims'
        country, f.contextual = None, False
    if country is None:
        cwhy = ""
    c = state.lex.country(country)
    sector = "OPP" if shadow else agent.sector
    if org is not None and agent.kind == "person" and sector == "GOV":
        sector = org.sector
    elif agent.term in MEMBER_TERMS:
        # "opposition members", "members of Hamas", "a KGB officer": the body's sector, not a
        # member's own (an institution too)
        body_org = org or next((o for c in mods for k, o in c.entries
                                if k == ORG and isinstance(o, Organisation)), None)
        body = body_org.sector if body_org is not None else next(
            (state.lex.agents[c.lower_][0].sector for c in head.children
             if c.dep_ in ("amod", "compound") and c.lower_ in state.lex.agents), None)
        sector = body or sector
    elif c is None and country is not None and sector == "GOV":
        sector = org_sector(state, country)
    label = f"{c.name if c else country} {term}" if country else term
    f.mention.actor = Actor(label, country, sector, term if agent.kind == "person" else None,
                            f"agent:{country or '-'}:{sector}", "agent")
    f.mention.reason = f"agent noun {agent.term!r} -> {sector}" + (
        f" (a person of {org.name})" if org is not None and sector != agent.sector else "") + (
        f"; {cwhy}" if cwhy else "; no country")
