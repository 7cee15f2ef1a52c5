"""Actors: resolve every mention to a canonical actor (country, sector, person with the role held
on the article's date).

Public API: ``resolve_mentions(adoc)`` (the pipeline step), ``mention_at``, ``resolve_speaker``,
``article_country``, ``generic_plural`` and ``recent_organisation`` (for the other steps), ``add_user_actors(path)`` (user
YAML files).
"""

from __future__ import annotations

from detente.actors.agency import generic_plural, place_role
from detente.actors.context import article_country
from detente.actors.coref import mention_at, recent_organisation, resolve_speaker
from detente.actors.lexicon import add_user_actors, clear_user_actors, lexicon
from detente.actors.resolve import resolve_mentions

__all__ = ["add_user_actors", "article_country", "clear_user_actors", "generic_plural", "lexicon",
           "mention_at", "place_role", "recent_organisation", "resolve_mentions", "resolve_speaker"]
