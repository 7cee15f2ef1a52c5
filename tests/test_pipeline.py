"""The pipeline driver: steps run in order over an ArticleDoc; ids stay unique per article."""

from __future__ import annotations

from spacy.language import Language

from detente.document import ArticleDoc
from detente.pipeline import STEPS, Skipped, code_articles
from detente.records import Actor, Article, CodedArticle, Event, EventActor, Trigger

TEXT = "Headline here\n\nChina met Japan in Tokyo on Monday.\n\nJapan welcomed the talks."


def _twice(adoc: ArticleDoc) -> None:
    sent = adoc.sentences[0]
    chn = EventActor(Actor("China", "CHN", kind="country"), "China", sent.char_span(sent.span[0]))
    for _ in range(2):
        adoc.events.append(Event(
            id="same-id", sentence_index=0, sentence=sent.text, source=chn, target=None,
            cameo="040", cameo_root="04", plover="CONSULT", plover_mode=None, goldstein=1.0,
            quad_class=1, trigger=Trigger("met", sent.char_span(sent.span[1])), rule="test"))


def test_steps_are_registered_in_order() -> None:
    assert list(STEPS) == ["actors", "quotes", "times", "places", "events", "countries"]


def test_duplicate_ids_are_dropped_with_a_warning(nlp: Language) -> None:
    article = Article(id="a", text=TEXT, published="2024-01-08")
    (result,) = code_articles([article], nlp=nlp, steps={"twice": _twice})
    assert isinstance(result, CodedArticle)
    assert [e.id for e in result.events] == ["same-id"]
    assert any("W001" in w for w in result.article.warnings)
    assert result.article.title == "Headline here"
    assert [TEXT[s:e] for s, e in result.article.paragraphs] == [
        "China met Japan in Tokyo on Monday.", "Japan welcomed the talks."]


def test_empty_and_whitespace_articles_are_skipped(nlp: Language) -> None:
    results = list(code_articles([Article(id="e", text="  \n "), Article(id="f", text="")],
                                 nlp=nlp, steps={}))
    assert all(isinstance(r, Skipped) and "E005" in r.reason for r in results)
