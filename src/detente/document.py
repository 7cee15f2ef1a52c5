"""The per-article working state shared by the extraction steps.

An article's body paragraphs are parsed as separate spaCy Docs; each keeps the character offset
of its paragraph in ``Article.text`` so every span the steps report slices the original text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
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
    # ``Span.text`` joins the tokens on every call and the steps ask for it thousands of times
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.span.text
        return self._text

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
    # records indexed by a key (sentence, cue span), per kind; rebuilt when the list changes
    _indexes: dict[str, tuple[int, int, dict[Any, list[tuple[int, Any]]]]] = field(
        default_factory=dict, repr=False)
    _ents: dict[int, list[SpacySpan]] | None = field(default=None, repr=False)
    # per-article results a step derives once and reads for many records (by the step's key)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.sentences:
            index = 0
            for offset, doc in self.paragraphs:
                for sent in doc.sents:
                    text = sent.text
                    if not text.strip():
                        continue
                    self.sentences.append(Sentence(index, sent, offset, text))
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

    def _index(self, kind: str, records: list[Any], key: Callable[[Any], Any]
               ) -> dict[Any, list[tuple[int, Any]]]:
        """``records`` grouped by ``key`` with their positions, rebuilt only when the list
        changes: lookups per quote or event stay linear in the article's length."""
        stamp = (id(records), len(records))
        cached = self._indexes.get(kind)
        if cached is None or cached[:2] != stamp:
            index: dict[Any, list[tuple[int, Any]]] = {}
            for n, r in enumerate(records):
                index.setdefault(key(r), []).append((n, r))
            cached = (*stamp, index)
            self._indexes[kind] = cached
        return cached[2]

    def _in_sentence(self, kind: str, records: list[Any], sentence: Sentence) -> list[Any]:
        index = self._index(kind, records, lambda r: r.sentence_index)
        return [r for _, r in index.get(sentence.index, [])]

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The mentions of one sentence, in ``mentions`` order."""
        return self._in_sentence("mentions", self.mentions, sentence)

    def places_in(self, sentence: Sentence) -> list[Place]:
        """The places of one sentence, in ``places`` order."""
        return self._in_sentence("places", self.places, sentence)

    def times_in(self, sentence: Sentence) -> list[TimeExpr]:
        """The time expressions of one sentence, in ``times`` order."""
        return self._in_sentence("times", self.times, sentence)

    def quote_of_trigger(self, trigger: Span, sentence: Sentence) -> Quote | None:
        """The first quote (in ``quotes`` order) whose cue is ``trigger`` or, in the trigger's
        sentence, whose text holds it."""
        cues = self._index("cues", self.quotes,
                           lambda q: None if q.cue_span is None else tuple(q.cue_span)
                           ).get(tuple(trigger), [])
        best = cues[0] if cues else None
        for n, q in self._index("quotes", self.quotes, lambda q: q.sentence_index).get(
                sentence.index, []):
            if q.span[0] <= trigger[0] < q.span[1]:
                if best is None or n < best[0]:
                    best = (n, q)
                break
        return best[1] if best else None

    def result(self) -> CodedArticle:
        return CodedArticle(
            article=self.article,
            events=self.events,
            quotes=self.quotes,
            times=self.times,
            places=self.places,
            mentions=self.mentions,
        )
