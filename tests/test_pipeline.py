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


def test_a_paragraph_wrapped_at_a_fixed_width_is_parsed_as_one_line() -> None:
    from detente.pipeline import parser_text

    assert parser_text("Kenya accused\nUganda of raids.") == "Kenya accused Uganda of raids."
    assert len(parser_text("a\nb\nc")) == len("a\nb\nc")


def test_records_of_a_wrapped_story_keep_its_line_breaks() -> None:
    text = ("Kenyan Foreign Minister John Kamau accused the\nUgandan government of shelling "
            "border posts\nnear Busia on Monday.")
    wrapped = next(iter(code_articles([Article(id="w", text=text, published="2005-03-01")])))
    flat = next(iter(code_articles([Article(id="f", text=text.replace("\n", " "),
                                            published="2005-03-01")])))
    assert isinstance(wrapped, CodedArticle) and isinstance(flat, CodedArticle)
    # the same events between the same spans ("the\nUgandan government" with its article)
    got = [(e.cameo, e.source.span, e.target.span if e.target else None) for e in wrapped.events]
    assert got == [(e.cameo, e.source.span, e.target.span if e.target else None)
                   for e in flat.events] and got, got
    for e in wrapped.events:
        assert e.sentence == text[e.sentence_span[0]:e.sentence_span[1]]
        assert e.source.text == text[e.source.span[0]:e.source.span[1]]
