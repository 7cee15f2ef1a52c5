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
import itertools
import re

from spacy.tokens import Doc, Token

from detente.actors.agency import SUBJECT_DEPS as _SUBJECT
from detente.actors.agency import (
    after_hazard,
    leader_country,
    prep_country,
    us_party_state,
)
from detente.actors.agent_nouns import (
    POSSESSIVES,
    resolve_agent,
    shadow_title,
)
from detente.actors.candidates import (
    Cand,
    find_candidates,
    given_names,
    group_candidates,
    name_part,
    same_initial,
)
from detente.actors.context import OTHER_PARTY, looks_like_place, story_context, story_guess
from detente.actors.coref import (
    alias_candidates,
    appositions,
    coordinated_modifiers,
    coordinations,
    resolve_plural,
    resolve_pronoun,
    titled_by_body,
)
from detente.actors.data import Country, Organisation, Person
from detente.actors.eras import alias_ended
from detente.actors.kinds import (
    foreign_party,
    modifier_country,
    org_actor,
    partisan,
    pick_org,
    place_actor,
    portfolio,
    shared_name_home,
    subnational_actor,
    unknown_org_actor,
)
from detente.actors.lexicon import (
    COUNTRY,
    HONORIFICS,
    ORG,
    PERSON,
    ROYAL_STYLES,
    form_key,
    lexicon,
    name_words,
)
from detente.actors.roles import (
    choose_person,
    faded,
    imminent,
    person_actor,
    pick_role,
)
from detente.actors.state import (
    ArticleState,
    Found,
    org_sector,
    title_of,
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
            # "EC" in 2006 is no longer the European Community (alias_eras.tsv): a name the
            # dictionary does not know
            found = [Cand(c.start, c.end, "ner_org") if c.kind == "full" and alias_ended(
                doc[c.start : c.end].text, adoc.published) else c for c in found]
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
            f.agent is not None and f.agent.kind == "person"):  # people: pronoun_owner_country
        return
    poss = next((c for c in f.head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
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
        subnational_actor(f, doc[main.start : main.end].text, head, state.story.dateline,
                          state.story.dominant())
    elif main.kind == "ner_person":
        _unknown_person(f, main, doc, country, cwhy, title_mod, state,
                        _group_sector(mods, doc, state))
    elif main.kind == "agent":
        resolve_agent(f, main, mods, doc, country, cwhy, state)
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
        org = pick_org(orgs, sent.index, head, state)
        surface = doc[main.start : main.end].text
        story_home = None if country else shared_name_home(org, surface, sent.index, head, state)
        org_actor(f, org, country or story_home, state, surface)
        if story_home is not None:
            f.mention.reason = (f"institution {surface!r} ({org.sector}) of {story_home}, the "
                                "story's country (a name many states' bodies share)")
    elif main.kind == "full" and (
            local := state.story.divisions.get(doc[main.start : main.end].text.lower())):
        # "a court in Georgia" in an Atlanta story: the US state, not the country
        text = doc[main.start : main.end].text
        subnational_actor(f, text, head, (local, text), local)
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
        subnational_actor(f, doc[main.start : main.end].text, head, state.story.dateline,
                          state.story.dominant())
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
    # the title the story introduced them with ("Crown Prince Salman ... the prince")
    f.title_term = title_mod.agent.term if title_mod is not None and title_mod.agent else None
    state.persons[person.id] = person
    if main.kind == "full":  # "Iajuddin Ahmed ... Iajuddin said": the article's own short forms
        for word in name_words(f.doc[main.start : main.end].text):
            state.aliases.setdefault(word, actor)


_INITIAL = re.compile(r"[A-Z]\.?")




def _group_sector(mods: list[Cand], doc: Doc, state: ArticleState) -> str | None:
    """The sector of a party, armed group, company or other non-state body a title is of ("BNP
    leader", "Hezbollah spokesman"), the story's spelled-out acronym first."""
    for c in mods:
        spelled = state.acronyms.get(doc[c.start : c.end].text)
        if spelled is not None and spelled.sector is not None:
            return spelled.sector
        org = next((o for k, o in c.entries if k == ORG and isinstance(o, Organisation)), None)
        if org is not None and org.kind != "institution" and not portfolio(c, doc):
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
    # "Prince Abdullah" after "Crown Prince Abdullah bin Abdul Aziz": a style adds no name either,
    # when the person named before was introduced with one
    unstyled = list(itertools.dropwhile(lambda w: w.lower() in ROYAL_STYLES, named))
    styled_before = known is not None and known.name.split()[0].lower() in ROYAL_STYLES
    if known is not None and (len(named) == 1 or (len(unstyled) == 1 and styled_before)):
        f.mention.actor = known
        f.mention.reason = f"alias: {name!r} -> {known.name} (named earlier)"
        f.title_term = title_of(state, known)
        return
    people = [p for k, p in state.lex.forms.get(form_key(name), []) if k == PERSON]
    short = [] if people or name_part(doc, main.start, main.end) else \
        state.lex.short.get(form_key(name), [])
    if short:  # "Lionel Blair" is not Tony Blair
        given = given_names(doc, main.start, main.end, state.lex)
        people = [p for p in short if not given or same_initial(given, p, surname)]
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
        country, cwhy = prep_country(f.head, state.lex,  # "President Jane Doe of Malawi"
                                     divisions=state.story.divisions)
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
        elif sector == "MIL" and story_guess(cwhy) and (
                described := _described_earlier(state, sector)):
            # a rank is held in one army; officials of two sides meet in any diplomatic story
            country, cwhy = described[0], f"country of the earlier {described[1]!r}"
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
        if len(unstyled) > 1 and unstyled[0] != named[0] and unstyled[0][:1].isupper():
            state.aliases.setdefault(unstyled[0], actor)
        # "Francisco Javier Ramirez Acuna ... Ramirez": a two-surname name is shortened to
        # its first surname, not to a dictionary namesake the story never mentioned
        if len(named) > 3 and named[-2][:1].isupper():
            state.aliases.setdefault(named[-2], actor)


def _described_earlier(state: ArticleState, sector: str) -> tuple[str, str] | None:
    """"the Israeli soldier ... Corporal Gilad Shalit": a stranger with a military rank whom
    only the story's dateline or dominant country would place takes the country of the
    definite, singular description of the rank's sector named before him (when all such
    descriptions name one country)."""
    seen = [(a.country, f.mention.text) for f in state.found
            if (a := f.mention.actor) is not None and a.kind == "agent" and a.sector == sector
            and a.country and not story_guess(f.mention.reason) and f.head.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in f.head.children)]
    return seen[0] if seen and len({c for c, _ in seen}) == 1 else None
