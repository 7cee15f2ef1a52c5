"""The actors step: every actor mention of the article resolved to a canonical actor.

For each body sentence: candidate spans (dictionary, NER, pronouns) grouped into noun phrases;
each group becomes one Mention whose actor comes from its parts (a person's role on the article
date, a title's holder, an agent noun's sector with the country of its modifier or the context,
a country or organisation); then coordinations ("Biden and Xi"), plurals ("the two leaders") and
pronouns are resolved against the article so far.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc, Token

from detente.actors.agency import (
    BEYOND_STATES,
    COLLECTIVE,
    COMMAND,
    FOREIGN_PLURALS,
    IGO_HEADS,
    NON_STATE_SIDES,
    PLACE_AGENTS,
    SIDES,
    STATES_IN_GENERAL,
    act_nouns,
    after_hazard,
    counted,
    leader_country,
    owned_texts,
    place_role,
    prep_country,
    us_party_state,
)
from detente.actors.agency import SUBJECT_DEPS as _SUBJECT
from detente.actors.candidates import Cand, find_candidates, group_candidates
from detente.actors.context import OTHER_PARTY, looks_like_place, story_context
from detente.actors.coref import (
    alias_candidates,
    appositions,
    coordinated_modifiers,
    coordinations,
    resolve_plural,
    resolve_pronoun,
    titled_by_body,
)
from detente.actors.data import Agent, Country, Organisation, Person
from detente.actors.kinds import (
    LOCAL_PLACE,
    foreign_party,
    hyphen_prefix,
    modifier_country,
    org_actor,
    partisan,
    pick_org,
    place_actor,
    subnational_actor,
    unknown_org_actor,
)
from detente.actors.lexicon import (
    ADJECTIVE,
    COUNTRY,
    DEMONYM,
    HONORIFICS,
    ORG,
    PERSON,
    Lexicon,
    form_key,
    key_of,
    lexicon,
    name_words,
)
from detente.actors.roles import (
    PAST_HOLDER,
    SUBORDINATE_RANK,
    choose_person,
    faded,
    imminent,
    person_actor,
    pick_role,
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
    title_of,
    titled_earlier,
)
from detente.document import ArticleDoc, Sentence
from detente.records import Actor, Mention


def resolve_mentions(adoc: ArticleDoc) -> None:
    """Pipeline step: append every actor mention of the body to ``adoc.mentions``."""
    lex = lexicon()
    state = ArticleState(lex, adoc.published)
    by_doc: dict[int, tuple[list[Cand], list[int]]] = {}
    for sent in adoc.sentences:
        doc = sent.span.doc
        if id(doc) not in by_doc:
            found = find_candidates(doc, lex)  # sorted by start
            by_doc[id(doc)] = (found, [c.start for c in found])
    state.story = story_context(adoc, {k: v[0] for k, v in by_doc.items()}, lex)
    for sent in adoc.sentences:
        found, starts = by_doc[id(sent.span.doc)]
        cands = found[bisect.bisect_left(starts, sent.span.start):
                      bisect.bisect_left(starts, sent.span.end)]
        _resolve_sentence(adoc, sent, cands, state)
    adoc.mentions.extend(sorted((f.mention for f in state.found),
                                key=lambda m: (m.span[0], -m.span[1])))


def _resolve_sentence(adoc: ArticleDoc, sent: Sentence, cands: list[Cand],
                      state: ArticleState) -> None:
    doc = sent.span.doc
    groups = group_candidates(doc, alias_candidates(sent, cands, state))
    new: list[Found] = []
    pronouns: list[Cand] = []
    for group in groups:
        if group[-1].kind == "pronoun":
            pronouns.extend(group)
            continue
        f = _resolve_group(adoc, sent, group, state)
        if f is not None:
            new.append(f)
            state.note(f)
            _acronym_alias(doc, f, state)
    appositions(new, state.aliases)
    titled_by_body(new, state.aliases)
    for f in coordinations(sent, new):
        state.note(f)
    for f in new:
        if f.plural and f.mention.actor is None and not f.mention.members:
            resolve_plural(f, state.found)
    for p in pronouns:
        f = resolve_pronoun(sent, doc, p, state.found)
        state.note(f)
    for f in new:
        _possessive_pronoun_state(f, state)


def _possessive_pronoun_state(f: Found, state: ArticleState) -> None:
    """"He said his country supported China": a body or group whose country came from the
    story's context alone takes, once the sentence's pronouns are resolved, the state of the one
    its possessive pronoun names."""
    old = f.mention.actor
    if not f.contextual or old is None or old.kind != "agent" or not old.country or (
            f.agent is not None and f.agent.kind == "person"):  # people: _pronoun_owner_country
        return
    poss = next((c for c in f.head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    if poss is None:
        return
    owner = next((x for x in reversed(state.found) if x.doc is f.doc and x.start == poss.i), None)
    actor = owner.mention.actor if owner is not None else None
    if actor is None or not actor.country or actor.country == old.country:
        return
    now, was = state.lex.country(actor.country), state.lex.country(old.country)
    if now is None or was is None or not old.name.startswith(was.name + " "):
        return  # a state's own noun only ("its troops" of the UN stay as they are)
    f.mention.actor = dataclasses.replace(
        old, name=f"{now.name} {old.name[len(was.name) + 1:]}", country=actor.country,
        id=f"agent:{actor.country}:{old.sector}")
    f.contextual = False
    f.mention.reason += f"; then the country of its possessor {poss.text!r} ({actor.name})"


def _acronym_alias(doc: Doc, f: Found, state: ArticleState) -> None:
    """'Amnesty International (AI)': the acronym in brackets names the same actor later on."""
    actor, end = f.mention.actor, f.end
    if actor is None or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return
    acronym = doc[end + 1].text
    if 2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper():
        state.acronyms.setdefault(acronym, actor)


def _span_of(sent: Sentence, doc: Doc, start: int, end: int) -> tuple[int, int]:
    return (sent.offset + doc[start].idx, sent.offset + doc[end - 1].idx + len(doc[end - 1].text))


def _extend_left(doc: Doc, start: int, head: Token, agent: bool) -> int:
    """Take in the determiner ("the White House") and, for agent nouns, numbers and "both"."""
    while start > 0:
        t = doc[start - 1]
        if not (start <= t.head.i <= head.i):
            break
        if t.dep_ == "det" and t.lower_ in {"the", "a", "an"} or agent and t.dep_ in {
                "det", "predet", "nummod"}:
            start -= 1
        else:
            break
    return start


# Possessive pronouns that name an officeholder's principal ("his defence minister").
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _resolve_group(adoc: ArticleDoc, sent: Sentence, group: list[Cand],
                   state: ArticleState) -> Found | None:
    doc = sent.span.doc
    main = group[-1]
    mods = group[:-1]
    if main.kind in {"ner_org", "ner_gpe"} and any(
            0 <= i < main.end - 1 and doc[i].lower_.rstrip(".") in HONORIFICS
            for i in (main.start - 1, main.start)):
        # "Ms Blears", "Mr Okafor", "Mr Hockney" (the tagger's place starting after the title):
        # a person, whatever the tagger said
        main = dataclasses.replace(main, kind="ner_person")
    head = main.span(doc).root
    start = _extend_left(doc, group[0].start, head, main.kind == "agent")
    end = max(c.end for c in group)
    span = _span_of(sent, doc, start, end)
    text = adoc.article.text[span[0] : span[1]]
    subject = head.dep_ in _SUBJECT or (head.dep_ == "poss" and head.head.dep_ in _SUBJECT) or (
        head.dep_ == "pobj" and head.head.dep_ == "agent")  # "captured by the rebels"
    f = Found(Mention(text, span, sent.index, None, "", head_token=head.i), doc, start, end, head,
              subject)
    country, cwhy = modifier_country([c for c in mods if not partisan(doc, c)], doc, state,
                                     (sent.index, head))
    if country is None and main.kind in {"ner_person", "ner_org"}:
        country, cwhy = leader_country(head, state.lex)  # "a delegation of X's party, led by Y"
    hints = tuple(r for c in mods if c.agent for r in c.agent.roles)
    title_mod = next((c for c in mods if c.agent is not None and c.agent.kind == "person"), None)
    kinds = main.entry_kinds()
    alias = state.aliases.get(doc[main.start : main.end].text) or state.acronyms.get(
        doc[main.start : main.end].text)
    # "the British National Party (BNP) ... the BNP": the story's own spelling-out of an
    # acronym outranks the dictionary's body of that acronym (Bangladesh's BNP)
    spelled = state.acronyms.get(doc[main.start : main.end].text) if main.kind == "full" \
        and ORG in kinds else None
    if spelled is not None and spelled.country is None:
        spelled = None
    if main.kind != "agent" and not mods and (
            after_hazard(doc, main.start)
            or (main.end - main.start > 1 and after_hazard(doc, main.start + 1))):
        # "superstorm Sandy ravaged New Jersey", "Hurricane Katrina": weather, not an actor
        # ("Snow said": a name of one word is the person's)
        f.mention.reason = f"{f.mention.text!r}: the name of a storm, not an actor"
        f.mention.agentive = False
    elif (main.kind in {"ner_person", "ner_org", "ner_norp", "ner_gpe", "short"}
          and alias is not None or spelled is not None) and not mods:
        alias = alias or spelled
        assert alias is not None
        f.mention.actor = alias
        f.mention.reason = f"alias: {f.mention.text!r} -> {alias.name} (named earlier)"
        f.title_term = title_of(state, alias)
    elif main.kind in {"full", "short"} and PERSON in kinds:
        _person(f, main, country, hints, state, title_mod)
        if f.mention.actor is None and main.kind == "short" and title_mod is not None:
            _unknown_person(f, main, doc, country, cwhy, title_mod, state,  # "Senator Smith"
                            _group_sector(mods, doc, state))
    elif main.kind in {"ner_person", "ner_org"} and not mods and alias is None \
            and main.end - main.start <= 3 \
            and looks_like_place(doc[main.start : main.end].text, head) is not None:
        # "shelled Kharkiv": a place
        subnational_actor(f, doc[main.start : main.end].text, head, state.story.dateline)
    elif main.kind == "ner_person":
        _unknown_person(f, main, doc, country, cwhy, title_mod, state,
                        _group_sector(mods, doc, state))
    elif main.kind == "agent":
        _agent(f, main, mods, doc, country, cwhy, state)
        members = coordinated_modifiers(f, mods, state.lex)
        if members:  # "the Chinese and Kazakh governments": both, not the last one named
            f.mention.actor, f.mention.members, f.plural = None, members, True
            f.mention.reason = "compound: " + " + ".join(a.name for a in members)
    elif main.kind == "full" and not mods and partisan(doc, main) and not kinds & {PERSON, ORG}:
        # "an anti-China resolution", "the anti-Japanese riots": a stance, not China's or Japan's
        f.mention.reason = f"{f.mention.text!r} after 'pro-'/'anti-': a stance, not an actor"
    elif main.kind == "full" and ORG in kinds and mods and foreign_party(mods[-1], main):
        # "the Australian Democrats": the party of that name in the country the text names
        text = doc[main.start : main.end].text
        f.mention.actor = Actor(f"{text} ({country})", country, "PTY", None, None, "organisation")
        f.mention.reason = f"party {text!r} of the {cwhy} (not the dictionary's party of that name)"
    elif main.kind == "full" and ORG in kinds:
        orgs = [o for k, o in main.entries if k == ORG and isinstance(o, Organisation)]
        org_actor(f, pick_org(orgs, sent.index, head, state), country, state,
             doc[main.start : main.end].text)
    elif main.kind == "full":
        if country is None and main.names_several_countries():
            # "the Congolese ... near Brazzaville": a shared adjective takes the context's
            country, _ = state.story.country_for(sent.index, head)
        # a country's name before a people ("Kosovo Albanians") says where they live ("Lebanon's
        # Palestinians" are still Palestinians)
        home = next((o for c in mods for k, o in c.entries if k == COUNTRY
                     and isinstance(o, Country) and c.kind == "full"
                     and c.span(doc).root.dep_ in {"compound", "nmod"}), None)
        place_actor(f, main, head, country, home)
    elif main.kind == "ner_org":
        unknown_org_actor(f, main, doc, country, cwhy, state)
    elif main.kind == "ner_gpe":
        subnational_actor(f, doc[main.start : main.end].text, head, state.story.dateline)
    else:
        f.mention.reason = f"{doc[main.start:main.end].text!r}: group not in the actor dictionary"
    return f


def _person(f: Found, main: Cand, country: str | None, hints: tuple[str, ...],
            state: ArticleState, title_mod: Cand | None) -> None:
    people = [p for k, p in main.entries if k == PERSON and isinstance(p, Person)]
    doc = f.head.doc
    if main.kind == "short" and main.start > 0 and doc[main.start - 1].lower_ == "the":
        # "The Sun", "the Times": a bare surname takes no article
        f.mention.reason = f"'the {doc[main.start:main.end].text}': a surname takes no article"
        return
    if main.kind == "short" and state.day is None and country is None and len(people) > 1:
        # an undated story cannot tell the holders of one surname apart by their dates: the
        # story's own country does ("Mr Brown" in a British story)
        home = state.story.dominant()
        people = [p for p in people if any(r.country == home for r in p.roles)] or people
    styles = title_mod.agent.styles if title_mod is not None and title_mod.agent else ()
    person = choose_person(people, state.day, hints, country, set(state.persons), styles)
    if person is None:
        return
    actor, why = person_actor(person, state.day, hints, country)
    role, status = pick_role(person, state.day, hints, country)
    # a former office holder's name is still theirs ("Yeltsin" in 2005); a name
    # whose holder is yet to take office may be anybody's
    # a title confirms a bare surname only when it names an office the person held ("President
    # Yeltsin" in 2005); "Senator Smith" is nobody's faded opposition leader
    confirmed = title_mod is not None and any(r.role in hints for r in person.roles)
    if main.kind == "short" and person.id not in state.persons and not confirmed \
            and state.day is not None:
        if status not in {"active", "current", "former"} and not (
                len(people) == 1 and imminent(role, status, state.day)):
            f.mention.reason = (f"short name {f.mention.text!r} matches {person.name}, who holds "
                                f"no role on {state.day}: left unresolved")
            return
        if faded(person, role, status, state.day):
            f.mention.reason = (f"short name {f.mention.text!r} matches {person.name}, out of "
                                f"office since {role.end if role else '?'}: left unresolved")
            return
    if status not in {"active", "current"} and title_mod is not None and title_mod.agent \
            and country is not None and (role is None or role.country != country):
        # "UN envoy Martti Ahtisaari" in 2005: the office the story gives him now, not the
        # Finnish presidency he left
        sector = title_mod.agent.sector
        if sector == "GOV" and country not in state.lex.dictionary.countries:
            sector = org_sector(state, country)
        actor = Actor(person.name, country, sector, title_mod.agent.term, f"person:{person.id}",
                      "person")
        why = f"{title_mod.agent.term} of {country} (the story's title; the dictionary's {why})"
    kind = "short name" if main.kind == "short" else "dictionary"
    f.mention.actor = actor
    f.mention.reason = f"{kind}: {person.name}; {why}"
    f.person_id, f.gender = person.id, person.gender
    state.persons[person.id] = person
    if main.kind == "full":  # "Iajuddin Ahmed ... Iajuddin said": the article's own short forms
        for word in name_words(f.doc[main.start : main.end].text):
            state.aliases.setdefault(word, actor)


_INITIAL = re.compile(r"[A-Z]\.?")


# Bodies a story introduces once with their country and then calls "the <noun>"; they are
# often away from home, so the dateline's or the sentence's country is the hosts'.
_VISITING_BODIES = frozenset({"delegation"})


def _group_sector(mods: list[Cand], doc: Doc, state: ArticleState) -> str | None:
    """The sector of a party, armed group, company or other non-state body a title is of ("BNP
    leader", "Hezbollah spokesman"), the story's spelled-out acronym first."""
    for c in mods:
        spelled = state.acronyms.get(doc[c.start : c.end].text)
        if spelled is not None and spelled.sector is not None:
            return spelled.sector
        org = next((o for k, o in c.entries if k == ORG and isinstance(o, Organisation)), None)
        if org is not None and org.kind != "institution":
            return org.sector
    return None


def _unknown_person(f: Found, main: Cand, doc: Doc, country: str | None, cwhy: str,
                    title_mod: Cand | None, state: ArticleState,
                    group_sector: str | None = None) -> None:
    name = doc[main.start : main.end].text
    words = name.split()
    surname = words[-1] if words else name
    known = state.aliases.get(name) or state.aliases.get(surname)
    # "Mr Blair" after "Tony Blair": an honorific adds no name of its own
    named = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
    if known is not None and len(named) == 1:
        f.mention.actor = known
        f.mention.reason = f"alias: {name!r} -> {known.name} (named earlier)"
        f.title_term = title_of(state, known)
        return
    people = [p for k, p in state.lex.forms.get(form_key(name), []) if k == PERSON] or \
        state.lex.short.get(form_key(name), [])
    bare = " ".join(w for w in words if not _INITIAL.fullmatch(w))
    if not people and bare != name:  # "John F. Kerry" is the dictionary's "John Kerry"
        people = [p for k, p in state.lex.forms.get(form_key(bare), []) if k == PERSON]
    if people:  # the tagger's person span is a dictionary name ("King Hussein")
        hints = title_mod.agent.roles if title_mod and title_mod.agent else ()
        as_short = Cand(main.start, main.end, "short", [(PERSON, p) for p in people])
        _person(f, as_short, country, hints, state, title_mod)
        if f.mention.actor is not None:
            return
        f.mention.reason = ""
    sector = title_mod.agent.sector if title_mod and title_mod.agent else None
    if title_mod is not None and shadow_title(doc, title_mod.start):
        sector = "OPP"  # "shadow culture secretary John Whittingdale" speaks for the opposition
    if sector == "GOV" and group_sector is not None:
        sector = group_sector  # "the Hamas leader X" leads the group, holds no state office
    title = doc[title_mod.start : title_mod.end].text if title_mod else None
    other_party = title_mod is not None and title_mod.agent is not None \
        and title_mod.agent.term in OTHER_PARTY
    if country is None and not other_party:
        country, cwhy = prep_country(f.head, state.lex)  # "President Jane Doe of Malawi"
    if country is None and us_party_state(doc, main.end):  # "Sen. Jane Roe, D-Mass., said"
        country, cwhy = "USA", "country from a US party-state label"
    if country is None and not other_party:
        # titled or not ("Senator Jane Doe", "Mr Doe", "Jane Doe"), a person the story names
        # without a nationality is of the story's country, as a reader of the story takes it
        # ("his counterpart X" is the other party: never the story's country)
        country, cwhy = state.story.country_for(f.mention.sentence_index, f.head,
                                                places=title_mod is not None)
        f.contextual = country is not None
        implied = title_mod.agent.country if title_mod and title_mod.agent else None
        if implied and (country is None or "dominant" in cwhy):
            country, cwhy = implied, f"country the title {title!r} implies"
    actor = Actor(name, country, sector, title, None, "person")
    f.mention.actor = actor
    f.title_term = title_mod.agent.term if title_mod and title_mod.agent else None
    bits = [b for b in (f"title {title!r}" if title else "", cwhy) if b]
    f.mention.reason = "unknown person" + (": " + "; ".join(bits) if bits else " (no title or country)")
    if len(words) > 1 or title_mod is not None:  # "Senator Smith ... Smith said"
        state.aliases[surname] = actor
        state.aliases[name] = actor
        # "Mobutu Sese Seko" -> "Mobutu"; "Liu Yunshan ... Liu" (a surname written first) is
        # the person the story named, not a dictionary namesake it never mentioned
        if len(named) > 1 and named[0][:1].isupper():
            state.aliases.setdefault(named[0], actor)
        # "Francisco Javier Ramirez Acuna ... Ramirez": a two-surname name is shortened to
        # its first surname, not to a dictionary namesake the story never mentioned
        if len(named) > 3 and named[-2][:1].isupper():
            state.aliases.setdefault(named[-2], actor)


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


def _pronoun_owner_country(state: ArticleState, f: Found) -> str | None:
    """"Kenya's president sacked his defence minister": the officeholder a possessive pronoun
    owns is of the clause subject's country, when no actor of another country is named between
    the subject and the pronoun ("Ghana's president met the Togolese leader and his minister":
    "his" may be the leader's)."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in f.head.children):
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


def _agent(f: Found, main: Cand, mods: list[Cand], doc: Doc, country: str | None, cwhy: str,
           state: ArticleState) -> None:
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
    if country is None:
        country, cwhy = prep_country(head, state.lex, kin=agent.term in KIN_TERMS,
                                     dateline=state.story.dateline)
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
        country = _pronoun_owner_country(state, f)
        cwhy = "country of the clause's subject (the possessor)" if country else cwhy
    if country is None and not main.plural and agent.term in _VISITING_BODIES and not mods \
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
        owned = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in head.children)
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
