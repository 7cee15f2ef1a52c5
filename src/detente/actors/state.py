"""What actor resolution keeps while it reads an article: the mentions found so far (with their
tokens, person and title), the countries named, the in-article aliases and the story context;
and the look-ups over it (who was introduced with a title, the sentence subject's country, the
holder of a role named earlier)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from detente.actors.agency import clause_verb
from detente.actors.context import StoryContext
from detente.actors.data import Agent, Person
from detente.actors.lexicon import Lexicon, form_key
from detente.actors.roles import LEADERS, pick_role
from detente.records import Actor, Mention


@dataclass(slots=True)
class Found:
    """A mention with what later resolution needs (its tokens, role and person)."""

    mention: Mention
    doc: Doc
    start: int
    end: int
    head: Token
    subject: bool
    person_id: str | None = None
    gender: str | None = None
    plural: bool = False
    agent: Agent | None = None
    title_term: str | None = None  # the title an unknown person was introduced with
    contextual: bool = False  # its country came from the story's context, not its phrase


@dataclass(slots=True)
class ArticleState:
    lex: Lexicon
    day: dt.date | None
    found: list[Found] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, Actor] = field(default_factory=dict)  # surname -> unknown person actor
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "AI" after "Amnesty International (AI)"
    persons: dict[str, Person] = field(default_factory=dict)
    story: StoryContext = field(default_factory=StoryContext)

    def context_country(self) -> str | None:
        """The country the article is mostly about so far."""
        ranked = self.countries.most_common(1)
        return ranked[0][0] if ranked else None

    def note(self, f: Found) -> None:
        self.found.append(f)
        a = f.mention.actor
        if a is not None and a.country and a.country in self.lex.dictionary.countries:
            self.countries[a.country] += 1


def title_of(state: ArticleState, actor: Actor) -> str | None:
    return next((x.title_term for x in reversed(state.found)
                 if x.mention.actor is actor and x.title_term), None)


def titled_earlier(state: ArticleState, agent: Agent) -> Found | None:
    """The person outside the dictionary most recently introduced with this title, unless a
    dictionary person holding it was named since. A title of no office ("the prince", "the
    minister") is also the last person, in the dictionary or not, introduced with a longer title
    it ends ("Crown Prince Salman", "Foreign Minister Mwangi"), unless that title is a
    leader's: "the minister" is not the prime minister."""
    wanted = set(agent.roles)
    for f in reversed(state.found):
        a = f.mention.actor
        if a is None or a.kind != "person":
            continue
        if not wanted and f.title_term and f.title_term.endswith(" " + agent.term):
            longer = state.lex.agents.get(form_key(f.title_term))
            if longer is None or not LEADERS.intersection(longer[0].roles):
                return f
        if f.person_id is not None:
            person = state.persons.get(f.person_id)
            role = pick_role(person, state.day, agent.roles)[0] if person else None
            if role is not None and role.role in wanted:
                return None
            continue
        if f.title_term == agent.term:
            return f
    return None


def _agent_named_earlier(state: ArticleState, f: Found, sentences: int,
                         fits: Callable[[Found], bool]) -> Found | None:
    """The latest agent-noun mention in the last ``sentences`` sentences that ``fits`` and has a
    country of its own phrase (not the story's)."""
    for other in reversed(state.found):
        if f.mention.sentence_index - other.mention.sentence_index > sentences:
            break
        a = other.mention.actor
        if (other is not f and other.agent is not None and not other.contextual
                and a is not None and a.kind == "agent" and a.country and fits(other)):
            return other
    return None


def agent_earlier(state: ArticleState, f: Found, agent: Agent) -> Found | None:
    """'The ambassador' after 'the British ambassador': the same title with a country, named in
    the last five sentences (its country from the phrase, not from the story)."""
    return _agent_named_earlier(state, f, 5, lambda other: other.agent is not None
                                and other.agent.term == agent.term and not other.plural)


def forces_earlier(state: ArticleState, f: Found, sectors: frozenset[str]) -> Found | None:
    """'The soldiers' after 'Israeli troops entered Nablus', 'the fighters' after 'Chechen
    gunmen': the armed or police force of those sectors named with a country in the last three
    sentences (its country from the phrase)."""
    return _agent_named_earlier(state, f, 3, lambda other: other.agent is not None
                                and other.agent.sector in sectors)


# Nouns of bodies that "the <noun>" names again after their full name; not an embassy or a
# ministry, whose country the context's own rules give.
BODY_NOUNS = frozenset({"council", "assembly", "commission", "committee", "parliament", "court",
                        "tribunal", "panel", "board", "union", "alliance", "coalition", "agency",
                        "fund", "bank", "organisation", "organization", "community"})


_NAME_PREPS = frozenset({"of", "for", "on"})


def name_ends_in(name: str, noun: str) -> bool:
    """Does the name's last word say what the body is ("the UN Security Council": council)? Or,
    for a name with a complement, the word before it ("the European Bank for Reconstruction
    and Development": bank; "the Council of Europe": council)?"""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _NAME_PREPS), len(words))
    return words[cut - 1 : cut] == [noun.lower()] or words[-1:] == [noun.lower()]


def organisation_earlier(state: ArticleState, f: Found, term: str) -> Found | None:
    """'The council' after 'the UN Security Council': a body whose name ends in the noun, named
    in the last five sentences."""
    if term not in BODY_NOUNS:
        return None
    for other in reversed(state.found):
        if f.mention.sentence_index - other.mention.sentence_index > 5:
            break
        a = other.mention.actor
        # ("the EBRD ... the bank": the acronym's full name says what the body is)
        if a is not None and a.kind == "organisation" and (
                name_ends_in(other.mention.text, term) or name_ends_in(a.name, term)):
            return other
    return None


def org_sector(state: ArticleState, code: str) -> str:
    for org in state.lex.dictionary.organisations.values():
        if org.code == code:
            return org.sector
    return "GOV"


def recent_subject_country(state: ArticleState, f: Found) -> str | None:
    for other in reversed(state.found):
        a = other.mention.actor
        if f.mention.sentence_index - other.mention.sentence_index > 2:
            break
        if other.subject and a is not None and a.country in state.lex.dictionary.countries:
            return a.country
    return None


def sentence_country(state: ArticleState, f: Found, same_clause: bool = False,
                     nearest: bool = False) -> str | None:
    """The country of ``sentence_subject``."""
    subject = sentence_subject(state, f, same_clause, nearest)
    return subject.country if subject is not None else None


def sentence_subject(state: ArticleState, f: Found, same_clause: bool = False,
                     nearest: bool = False) -> Actor | None:
    """The first subject with a country already resolved in this sentence (``found`` is in
    sentence order: only its tail is this sentence's), or with ``same_clause`` in the clause of
    ``f`` and not a copula ("the paper reported that X was among the suspects": not the
    suspects' actor). A passive subject is the party acted upon ("Palestinians were arrested by the
    army"), never the forces' own country. With ``nearest``, the subject named last before ``f``
    ("Iran attacked, while Baghdad said its forces ...": whose "its" is)."""
    subject = None
    clause = clause_verb(f.head) if same_clause else None
    if clause is not None and clause.lemma_ == "be":
        return None  # "X was among the suspects": one of them, not acting on them
    for other in reversed(state.found):
        index = other.mention.sentence_index
        if index < f.mention.sentence_index:
            break
        a = other.mention.actor
        if (index == f.mention.sentence_index and other.subject and not other.contextual
                and other.head.dep_ != "nsubjpass"
                and (clause is None or other.head.doc is f.head.doc
                     and clause_verb(other.head).i == clause.i)
                and a is not None and a.country in state.lex.dictionary.countries):
            subject = a
            if nearest:
                break
    return subject


def in_article_holder(state: ArticleState, country: str | None, roles: tuple[str, ...],
                      styles: tuple[str, ...] = ()) -> Person | None:
    wanted = set(roles)
    if "leader" in wanted:
        wanted |= {"head_of_state", "head_of_government", "head_of_state_and_government"}
    for f in reversed(state.found):
        if f.person_id is None:
            continue
        person = state.persons.get(f.person_id)
        if person is None:
            continue
        role, status = pick_role(person, state.day, tuple(wanted), country)
        # an undated story is of the time its people held their offices: the former prime
        # minister it names is "the prime minister" it means
        if role is not None and (status in {"active", "current"} or state.day is None) \
                and country in (None, role.country) and role.role in wanted \
                and role.styled(styles):
            return person
    return None
