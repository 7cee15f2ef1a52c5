"""The records' JSON serialisation is the output contract of DESIGN.md."""

from __future__ import annotations

import json

from detente.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    EventActor,
    Location,
    Mention,
    Quote,
    TimeExpr,
    Trigger,
)

TEXT = "Xi accused the United States of creating risks."


def _event() -> Event:
    xi = Actor("Xi Jinping", "CHN", "GOV", "President", "person:xi-jinping", "person")
    usa = Actor("United States", "USA", None, None, "country:USA", "country")
    return Event(
        id="e1", sentence_index=0, sentence=TEXT,
        source=EventActor(xi, "Xi", (0, 2)), target=EventActor(usa, "the United States", (11, 28)),
        cameo="112", cameo_root="11", plover="ACCUSE", plover_mode="disapprove",
        goldstein=-2.0, quad_class=3, trigger=Trigger("accused", (3, 10)), rule="verb:accuse",
        date="2024-04-02", date_precision="day", date_source="publication",
        location=Location("Beijing", "CHN", 39.9, 116.4),
    )


def test_contract_fields_and_spans_slice_text() -> None:
    article = Article(id="a1", text=TEXT, published="2024-04-02")
    coded = CodedArticle(article, events=[_event()])
    record = json.loads(json.dumps(coded.to_dict()))
    assert set(record) == {"article", "events", "quotes", "times", "places", "mentions"}
    event = record["events"][0]
    for key in ("id", "sentence_index", "sentence", "source", "target", "reciprocal", "cameo",
                "cameo_root", "plover", "plover_mode", "goldstein", "quad_class", "date",
                "date_precision", "date_source", "modality", "location", "trigger", "quote_id",
                "confidence", "rule"):
        assert key in event, key
    for part in (event["trigger"], event["source"], event["target"]):
        start, end = part["span"]
        assert TEXT[start:end] == part["text"]
    assert event["source"]["country"] == "CHN" and event["target"]["country"] == "USA"
    assert event["location"]["name"] == "Beijing"


def test_unresolved_mention_and_other_records_serialise() -> None:
    m = Mention("he", (0, 2), 0, None, "no antecedent")
    assert m.to_dict()["name"] is None and m.to_dict()["reason"] == "no antecedent"
    q = Quote("q1", "direct", "we will not sit idly by", (5, 28), 0, None, cue="warned")
    assert q.to_dict()["speaker"] is None and q.to_dict()["cue"] == "warned"
    t = TimeExpr("Tuesday", (0, 7), 0, "2024-04-02", "day")
    assert t.to_dict()["value"] == "2024-04-02"
