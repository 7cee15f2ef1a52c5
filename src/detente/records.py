"""Typed records that flow through the pipeline, and their one JSON serialisation.

The field names are the output contract of DESIGN.md: tests, the store and the exports rely on
them. Every span is a ``(start, end)`` pair of character offsets into ``Article.text`` (the
original text), so ``article.text[start:end]`` is the quoted surface string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Article:
    """One input article, after ingestion and the structure step."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    content_hash: str | None = None
    # Where the article came from: file or URL, and line or item number (1-based).
    input: str | None = None
    line: int | None = None
    # Body paragraphs as spans into ``text`` (set by the structure step); only these are coded.
    paragraphs: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "dateline": self.dateline,
            "byline": self.byline,
            "captions": list(self.captions),
            "photo_credits": list(self.photo_credits),
            "subheads": list(self.subheads),
            "language": self.language,
            "warnings": list(self.warnings),
            "content_hash": self.content_hash,
        }


@dataclass(slots=True, frozen=True)
class Actor:
    """A canonical actor: a person (with the role held on the article's date), a country's
    sector, an organisation, or a group."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3, or IGO/NGO/MNC/UNO/NATO/EUR/...
    sector: str | None = None  # PLOVER sector code (GOV, MIL, LEG, ...)
    title: str | None = None  # office held on the article's date, for people
    id: str | None = None  # dictionary id, e.g. "person:joe-biden", "country:CHN"
    kind: str = "unknown"  # person | country | organisation | agent | group | unknown


@dataclass(slots=True)
class Mention:
    """One mention of an actor in the text, resolved or not."""

    text: str
    span: Span
    sentence_index: int
    actor: Actor | None  # None when unresolved (reason says why)
    reason: str
    # For compound mentions ("Biden and Xi", "the two leaders"): the member actors.
    members: list[Actor] = field(default_factory=list)
    # Token indices of the mention's head within its sentence's Doc (for event extraction).
    head_token: int | None = None
    # False for a place that is only a location or destination here ("in Beijing", "to
    # Washington"): the actor is kept (kind "country") so a visit can still target it.
    agentive: bool = True

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {
            "text": self.text,
            "span": list(self.span),
            "sentence_index": self.sentence_index,
            "name": a.name if a else None,
            "country": a.country if a else None,
            "sector": a.sector if a else None,
            "title": a.title if a else None,
            "actor_id": a.id if a else None,
            "kind": a.kind if a else None,
            "members": [actor_dict(m) for m in self.members],
            "agentive": self.agentive,
            "reason": self.reason,
        }


def actor_dict(actor: Actor, text: str | None = None, span: Span | None = None) -> dict[str, Any]:
    """The contract's actor object: ``{text, name, country, sector, span}`` (+ title, id)."""
    out: dict[str, Any] = {
        "text": text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "title": actor.title,
        "actor_id": actor.id,
    }
    out["span"] = list(span) if span is not None else None
    return out


@dataclass(slots=True)
class EventActor:
    """An event's source or target: the actor and the text that named it."""

    actor: Actor
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return actor_dict(self.actor, self.text, self.span)


@dataclass(slots=True)
class Trigger:
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None
    text: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "text": self.text,
            "span": list(self.span) if self.span else None,
        }


@dataclass(slots=True)
class Event:
    """One coded interaction: source did (cameo) to target, with provenance."""

    id: str
    sentence_index: int
    sentence: str
    source: EventActor
    target: EventActor | None
    cameo: str
    cameo_root: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    trigger: Trigger
    rule: str
    reciprocal: bool = False
    modality: str = "asserted"  # asserted | planned | negated | conditional | hypothetical
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year
    date_source: str | None = None  # publication | relative | absolute | occasion
    location: Location | None = None
    location_reason: str | None = None
    quote_id: str | None = None
    confidence: float = 0.5
    sentence_span: Span | None = None
    target_reason: str | None = None  # why the target is empty or unresolved (gaps are counted)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span) if self.sentence_span else None,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "reciprocal": self.reciprocal,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "location_reason": self.location_reason,
            "target_reason": self.target_reason,
            "trigger": self.trigger.to_dict(),
            "quote_id": self.quote_id,
            "confidence": self.confidence,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Quote:
    """Direct, mixed or indirect speech, with its speaker and channel."""

    id: str
    kind: str  # direct | mixed | indirect
    text: str
    span: Span
    sentence_index: int
    speaker: EventActor | None
    speaker_reason: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    channel: str | None = None
    # speech | directive | evidence | belief | plan | perception (data/quotes/cues.tsv); ":" cues
    # (transcript labels) and uncued quotes have none
    cue_class: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "span": list(self.span),
            "sentence_index": self.sentence_index,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_reason": self.speaker_reason,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "channel": self.channel,
            "cue_class": self.cue_class,
        }


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression normalised against the publication date (TIMEX3-style value)."""

    text: str
    span: Span
    sentence_index: int
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY, PAST_REF, FUTURE_REF, PRESENT_REF
    precision: str | None  # day | week | month | year | ref
    kind: str = "date"  # date | time | duration | set
    # from a photo caption (sentence_index -1): kept for search, never dates an event
    caption: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "sentence_index": self.sentence_index,
            "value": self.value,
            "precision": self.precision,
            "kind": self.kind,
            "caption": self.caption,
        }


@dataclass(slots=True)
class Place:
    """A toponym resolved with the gazetteer (or kept unresolved with a reason)."""

    text: str
    span: Span
    sentence_index: int
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None  # city | admin1 | country | territory | water | region | continent | ...
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "sentence_index": self.sentence_index,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "reason": self.reason,
        }


@dataclass(slots=True)
class CodedArticle:
    """Everything detente extracted from one article: one line of the JSONL output."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "mentions": [m.to_dict() for m in self.mentions],
        }
