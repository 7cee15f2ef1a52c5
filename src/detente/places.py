"""Places: toponyms resolved with a packaged gazetteer."""

from __future__ import annotations

from detente.document import ArticleDoc


def extract_places(adoc: ArticleDoc) -> None:
    """Find toponyms and append them to ``adoc.places``."""
    return None
