"""The per-article working state shared by the extraction steps.

An article's body paragraphs are parsed as separate spaCy Docs; each keeps the character offset
of its paragraph in ``Article.text`` so every span the steps report slices the original text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

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


class CharMask:
    """Which characters of a text some span covers: overlap tests cost the span's length,
    not the number of spans (many toponyms in a long paragraph stay linear)."""

    __slots__ = ("mask",)

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size)

    def add(self, span: Span) -> None:
        self.mask[span[0] : span[1]] = b"\x01" * max(0, span[1] - span[0])

    def overlaps(self, span: Span) -> bool:
        return 1 in self.mask[span[0] : span[1]]


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
    # records by sentence index, per kind, rebuilt when the list changes (see _in_sentence)
    _by_sentence: dict[str, tuple[int, int, dict[int, list[Any]]]] = field(
        default_factory=dict, repr=False)
    _ents: dict[int, list[SpacySpan]] | None = field(default=None, repr=False)

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

    def ents_in(self, sentence: Sentence) -> list[SpacySpan]:
        """The named entities inside one sentence (what ``sentence.span.ents`` gives, but
        indexed once per article: ``Span.ents`` scans the whole paragraph on every call)."""
        if self._ents is None:
            self._ents = {}
            by_doc: dict[int, list[Sentence]] = {}
            for sent in self.sentences:
                by_doc.setdefault(id(sent.span.doc), []).append(sent)
            for _, doc in self.paragraphs:
                sents = by_doc.get(id(doc), [])
                starts = [s.span.start for s in sents]
                for ent in doc.ents:
                    k = bisect.bisect_right(starts, ent.start) - 1
                    if k >= 0 and ent.end <= sents[k].span.end:
                        self._ents.setdefault(sents[k].index, []).append(ent)
        return self._ents.get(sentence.index, [])

    def _in_sentence(self, kind: str, records: list[Any], sentence: Sentence) -> list[Any]:
        """Records of one sentence, in list order, from an index rebuilt only when the list
        changes: looking them up per quote or event stays linear in the article's length."""
        key = (id(records), len(records))
        cached = self._by_sentence.get(kind)
        if cached is None or cached[:2] != key:
            index: dict[int, list[Any]] = {}
            for r in records:
                index.setdefault(r.sentence_index, []).append(r)
            cached = (*key, index)
            self._by_sentence[kind] = cached
        return list(cached[2].get(sentence.index, []))

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The mentions of one sentence, in ``mentions`` order."""
        return self._in_sentence("mentions", self.mentions, sentence)

    def places_in(self, sentence: Sentence) -> list[Place]:
        """The places of one sentence, in ``places`` order."""
        return self._in_sentence("places", self.places, sentence)

    def result(self) -> CodedArticle:
        return CodedArticle(
            article=self.article,
            events=self.events,
            quotes=self.quotes,
            times=self.times,
            places=self.places,
            mentions=self.mentions,
        )
