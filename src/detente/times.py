"""Times: temporal expressions normalised against the publication date."""

from __future__ import annotations

from detente.document import ArticleDoc


def extract_times(adoc: ArticleDoc) -> None:
    """Find temporal expressions and append them to ``adoc.times``."""
    return None
