"""The quotes evaluator's scoring and error dump on hand-built gold and predictions."""

from __future__ import annotations

from detente.evaluation.quotes import GoldAttribution, score
from detente.records import Actor, Article, CodedArticle, EventActor, Quote, Span

TEXT = "Talks ended.\nThe minister said the port would reopen. Rain fell all day on the coast."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return start, start + len(part)


def _quote(content: str, cue: str | None, speaker: str | None) -> Quote:
    actor = EventActor(Actor(name=speaker), speaker, _span(speaker)) if speaker else None
    return Quote(id=content, kind="indirect", text=content, span=_span(content), sentence_index=0,
                 speaker=actor, cue=cue, cue_span=_span(cue) if cue else None, cue_class="speech")


def _result(quotes: list[Quote]) -> CodedArticle:
    article = Article(id="d", text=TEXT, paragraphs=[(13, len(TEXT))])
    return CodedArticle(article=article, quotes=quotes)


def test_score_and_error_dump_kinds() -> None:
    gold = [GoldAttribution([_span("the port would reopen")], [_span("said")],
                            [_span("The minister")]),
            GoldAttribution([_span("Rain fell all day")], [_span("fell")], [])]
    predicted = [_quote("the port would reopen", "said", "Rain"),  # right content, wrong speaker
                 _quote("on the coast", None, None)]  # matches nothing
    errors: list[dict] = []
    summary = score([("d", TEXT, gold)], [_result(predicted)], errors)
    assert summary["overlap_0.3"]["matched"] == 1
    assert summary["speaker_accuracy"] == 0.0
    assert sorted(e["why"] for e in errors) == ["false positive", "no cue", "speaker"]
    speaker = next(e for e in errors if e["why"] == "speaker")
    assert (speaker["source"], speaker["predicted_source"]) == ("The minister", "Rain")


def test_boundary_miss_when_a_prediction_shares_the_cue() -> None:
    gold = [GoldAttribution([_span("the port would reopen. Rain fell all day on the coast")],
                            [_span("said")], [])]
    errors: list[dict] = []
    score([("d", TEXT, gold)], [_result([_quote("reopen", "said", "The minister")])], errors)
    assert [e["why"] for e in errors if not e["why"].startswith("false")] == ["boundary"]
