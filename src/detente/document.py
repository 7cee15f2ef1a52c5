"""The per-article working state shared by the extraction steps.

An article's body paragraphs are parsed as separate spaCy Docs; each keeps the character offset
of its paragraph in ``Article.text`` so every span the steps report slices the original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from detente.records import Article, CodedArticle, Event, Mention, Place, Quote, Span, TimeExpr


@dataclass(slots=True)
class Sentence:
    """One body sentence: its global index in the article, its spaCy span and its doc's offset."""

    index: int
    span: SpacySpan
    offset: int

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start_char(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end_char(self) -> int:
        return self.offset + self.span.end_char

    def char_span(self, obj: Token | SpacySpan) -> Span:
        """Character span of a token or spaCy span of this sentence, in the original text."""
        if isinstance(obj, Token):
            return (self.offset + obj.idx, self.offset + obj.idx + len(obj.text))
        return (self.offset + obj.start_char, self.offset + obj.end_char)


@dataclass(slots=True)
class ArticleDoc:
    """An article with its parsed body and the records the steps have produced so far."""

    article: Article
    paragraphs: list[tuple[int, Doc]]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentences:
            index = 0
            for offset, doc in self.paragraphs:
                for sent in doc.sents:
                    if not sent.text.strip():
                        continue
                    self.sentences.append(Sentence(index, sent, offset))
                    index += 1

    @property
    def published(self) -> dt.date | None:
        """The publication date, if the article has a valid one."""
        if not self.article.published:
            return None
        try:
            return dt.date.fromisoformat(self.article.published[:10])
        except ValueError:
            return None

    def text_of(self, span: Span) -> str:
        return self.article.text[span[0] : span[1]]

    def sentence_of_doc(self, doc: Doc, token_i: int) -> Sentence | None:
        """The Sentence holding token ``token_i`` of ``doc``."""
        for sent in self.sentences:
            if sent.span.doc is doc and sent.span.start <= token_i < sent.span.end:
                return sent
        return None

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        return [m for m in self.mentions if m.sentence_index == sentence.index]

    def result(self) -> CodedArticle:
        return CodedArticle(
            article=self.article,
            events=self.events,
            quotes=self.quotes,
            times=self.times,
            places=self.places,
            mentions=self.mentions,
        )
