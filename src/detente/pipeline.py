"""The coding pipeline: structure, parse, then the extraction steps, registered in one place.

Steps are plain functions ``step(adoc: ArticleDoc) -> None`` that read what earlier steps put on
the ``ArticleDoc`` and add their own records. Their order is the order of ``STEPS``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from detente import actors, events, places, quotes, times
from detente.actors.reported import report_countries
from detente.document import ArticleDoc
from detente.errors import Errors
from detente.nlp import load_nlp
from detente.records import Article, CodedArticle
from detente.structure import structure

Step = Callable[[ArticleDoc], None]

STEPS: dict[str, Step] = {
    "actors": actors.resolve_mentions,
    "quotes": quotes.extract_quotes,
    "times": times.extract_times,
    "places": places.extract_places,
    "events": events.extract_events,
    "countries": report_countries,
}


@dataclass(slots=True)
class Skipped:
    """An article the pipeline did not code, and why."""

    article: Article
    reason: str


PipelineResult = CodedArticle | Skipped


def parser_text(paragraph: str) -> str:
    """A paragraph as the parser reads it: a line break inside it is a space. Wire copy is often
    wrapped at a fixed width (Reuters at 65 characters), and a newline token in mid-sentence
    misleads the tagger and the parser ("the\nWashington Democrat"). The length is kept, so every
    offset into the parse is an offset into the article; records take their texts from the
    article."""
    return paragraph.replace("\n", " ")


def content_hash(text: str) -> str:
    """A stable hash of an article's text (whitespace-normalised), used as id and dedup key."""
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


# Longest article coded, in characters (setting ``max_article_chars``): longer texts would
# exceed spaCy's limits and memory, and are failed with E016 instead.
MAX_ARTICLE_CHARS = 200_000


def assign_id(article: Article) -> str:
    """The article's id, given one (its content hash) when it has none."""
    if article.content_hash is None:
        article.content_hash = content_hash(article.text)
    if not article.id:
        article.id = article.content_hash[:16]
    return article.id


def prepare(article: Article, max_chars: int | None = None) -> Article | Skipped:
    """Give the article an id and hash, run the structure step, and decide whether to code it
    (texts longer than ``max_chars``, default MAX_ARTICLE_CHARS, are not: E016)."""
    assign_id(article)
    if not article.text.strip():
        return Skipped(article, Errors.E005)
    limit = MAX_ARTICLE_CHARS if max_chars is None else max_chars
    if len(article.text) > limit:
        return Skipped(article, Errors.E016.format(size=len(article.text), limit=limit))
    structure(article)
    if article.language and article.language != "en":
        return Skipped(article, Errors.E008.format(language=article.language))
    if not article.paragraphs:
        return Skipped(article, Errors.E005)
    return article


def code_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    steps: dict[str, Step] | None = None,
    max_chars: int | None = None,
) -> Iterator[PipelineResult]:
    """Code articles in batches; yields one result per input article, in input order."""
    model = nlp or load_nlp()
    active = STEPS if steps is None else steps
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, model, active, max_chars)
            batch = []
    if batch:
        yield from _code_batch(batch, model, active, max_chars)


def _code_batch(batch: list[Article], nlp: Language, steps: dict[str, Step],
                max_chars: int | None = None) -> Iterator[PipelineResult]:
    prepared = [prepare(a, max_chars) for a in batch]
    texts: list[str] = []
    for item in prepared:
        if isinstance(item, Article):
            texts.extend(parser_text(item.text[s:e]) for s, e in item.paragraphs)
    docs = iter(nlp.pipe(texts, batch_size=256))
    for item in prepared:
        if isinstance(item, Skipped):
            yield item
            continue
        paragraphs = [(start, next(docs)) for start, _ in item.paragraphs]
        adoc = ArticleDoc(item, paragraphs)
        for step in steps.values():
            step(adoc)
        _drop_duplicate_ids(adoc)
        yield adoc.result()


def _drop_duplicate_ids(adoc: ArticleDoc) -> None:
    """Keep the first record of each event or quote id, and say so in the article's warnings.

    Ids are primary keys in the store: a duplicate would fail the whole shard's transaction.
    """
    for kind in ("events", "quotes"):
        records = getattr(adoc, kind)
        seen: set[str] = set()
        unique = []
        for record in records:
            if record.id in seen:
                adoc.article.warnings.append(Errors.W001.format(kind=kind[:-1], id=record.id))
                continue
            seen.add(record.id)
            unique.append(record)
        setattr(adoc, kind, unique)


def code_article(article: Article, *, nlp: Language | None = None) -> PipelineResult:
    """Code a single article."""
    return next(code_articles([article], nlp=nlp))
