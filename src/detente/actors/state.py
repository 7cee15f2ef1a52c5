"""What actor resolution keeps while it reads an article: the mentions found so far (with their
tokens, person and title), the countries named, the in-article aliases and the story context."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from detente.actors.context import StoryContext
from detente.actors.data import Agent, Person
from detente.actors.lexicon import Lexicon
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
