"""Quotes: direct, mixed and indirect speech with speaker, cue and channel."""

from __future__ import annotations

from detente.document import ArticleDoc


def extract_quotes(adoc: ArticleDoc) -> None:
    """Find quotes in the article's body and append them to ``adoc.quotes``."""
    return None
