"""Flatten coded records into table rows (one dict per row, keyed by column name)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.records import CodedArticle, EventActor


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_day(value: str | None) -> dt.date | None:
    """The first day of an event date of any precision (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7 and value[4] == "-":
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 8 and value[5] == "W":
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _actor(prefix: str, ea: EventActor | None) -> dict[str, Any]:
    if ea is None:
        return {f"{prefix}_{k}": None for k in
                ("text", "name", "country", "sector", "title", "actor_id", "start", "end")}
    return {
        f"{prefix}_text": ea.text,
        f"{prefix}_name": ea.actor.name,
        f"{prefix}_country": ea.actor.country,
        f"{prefix}_sector": ea.actor.sector,
        f"{prefix}_title": ea.actor.title,
        f"{prefix}_actor_id": ea.actor.id,
        f"{prefix}_start": ea.span[0],
        f"{prefix}_end": ea.span[1],
    }


def article_row(coded: CodedArticle, now: dt.datetime) -> dict[str, Any]:
    a = coded.article
    return {
        "id": a.id, "title": a.title, "published": _date(a.published), "source": a.source,
        "url": a.url, "dateline": a.dateline, "byline": a.byline, "captions": a.captions,
        "photo_credits": a.photo_credits, "subheads": a.subheads, "language": a.language,
        "warnings": a.warnings, "content_hash": a.content_hash, "input": a.input, "line": a.line,
        "text": a.text, "n_events": len(coded.events), "coded_at": now,
    }


def event_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    rows = []
    for e in coded.events:
        loc = e.location
        row: dict[str, Any] = {
            "id": e.id, "article_id": coded.article.id, "published": _date(coded.article.published),
            "sentence_index": e.sentence_index, "sentence": e.sentence,
            "sentence_start": e.sentence_span[0] if e.sentence_span else None,
            "sentence_end": e.sentence_span[1] if e.sentence_span else None,
        }
        row |= _actor("source", e.source)
        row |= _actor("target", e.target)
        row |= {
            "reciprocal": e.reciprocal, "cameo": e.cameo, "cameo_root": e.cameo_root,
            "plover": e.plover, "plover_mode": e.plover_mode, "goldstein": e.goldstein,
            "quad_class": e.quad_class, "date": e.date, "date_precision": e.date_precision,
            "date_source": e.date_source, "event_date": event_day(e.date), "modality": e.modality,
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "location_feature": loc.feature if loc else None,
            "trigger_text": e.trigger.text, "trigger_start": e.trigger.span[0],
            "trigger_end": e.trigger.span[1], "quote_id": e.quote_id,
            "confidence": e.confidence, "rule": e.rule, "cluster_id": None,
        }
        rows.append(row)
    return rows


def quote_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    rows = []
    for q in coded.quotes:
        sp = q.speaker
        rows.append({
            "id": q.id, "article_id": coded.article.id, "kind": q.kind, "text": q.text,
            "span_start": q.span[0], "span_end": q.span[1], "sentence_index": q.sentence_index,
            "speaker_text": sp.text if sp else None, "speaker_name": sp.actor.name if sp else None,
            "speaker_country": sp.actor.country if sp else None,
            "speaker_sector": sp.actor.sector if sp else None,
            "speaker_actor_id": sp.actor.id if sp else None, "cue": q.cue, "channel": q.channel,
            "cue_class": q.cue_class,
        })
    return rows


def mention_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    rows = []
    for i, m in enumerate(coded.mentions):
        a = m.actor
        rows.append({
            "article_id": coded.article.id, "idx": i, "text": m.text, "span_start": m.span[0],
            "span_end": m.span[1], "sentence_index": m.sentence_index,
            "name": a.name if a else None, "country": a.country if a else None,
            "sector": a.sector if a else None, "title": a.title if a else None,
            "actor_id": a.id if a else None, "kind": a.kind if a else None, "reason": m.reason,
        })
    return rows


def time_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    return [
        {"article_id": coded.article.id, "idx": i, "text": t.text, "span_start": t.span[0],
         "span_end": t.span[1], "sentence_index": t.sentence_index, "value": t.value,
         "precision": t.precision, "kind": t.kind, "caption": t.caption}
        for i, t in enumerate(coded.times)
    ]


def place_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    return [
        {"article_id": coded.article.id, "idx": i, "text": p.text, "span_start": p.span[0],
         "span_end": p.span[1], "sentence_index": p.sentence_index, "name": p.name,
         "country": p.country, "lat": p.lat, "lon": p.lon, "feature": p.feature,
         "reason": p.reason}
        for i, p in enumerate(coded.places)
    ]


def table_rows(coded: list[CodedArticle], now: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    """Rows per per-article store table for a batch of coded articles."""
    return {
        "articles": [article_row(c, now) for c in coded],
        "events": [r for c in coded for r in event_rows(c)],
        "quotes": [r for c in coded for r in quote_rows(c)],
        "mentions": [r for c in coded for r in mention_rows(c)],
        "times": [r for c in coded for r in time_rows(c)],
        "places": [r for c in coded for r in place_rows(c)],
    }
