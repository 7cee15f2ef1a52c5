"""The shortcuts taken for speed give what the plain way gives (hand-written sentences)."""

from __future__ import annotations

from spacy.language import Language

from detente.document import ArticleDoc
from detente.records import Article

TEXT = ("The Ruritanian foreign minister met Jane Doe in Vienna on Monday.\n\n"
        "\"We will talk again,\" she said, according to state media. Troops clashed near the border.")


def _adoc(nlp: Language, text: str = TEXT) -> ArticleDoc:
    from detente.pipeline import prepare

    article = prepare(Article(id="fast-paths", text=text, published="2024-03-10"))
    assert isinstance(article, Article)
    docs = [(s, nlp(article.text[s:e])) for s, e in article.paragraphs]
    return ArticleDoc(article, docs)


def test_sentence_text_is_the_span_text(nlp: Language) -> None:
    adoc = _adoc(nlp)
    assert len(adoc.sentences) >= 3
    for sent in adoc.sentences:
        assert sent.text == sent.span.text
        assert sent.text == adoc.article.text[sent.start_char:sent.end_char]


def test_form_matcher_with_token_texts_matches_as_without(nlp: Language) -> None:
    from detente.actors.lexicon import FormMatcher, key_of

    doc = nlp("The Foreign Minister of Ruritania met the foreign minister in Vienna.")
    keys = [key_of(["Foreign", "Minister"]), key_of(["Vienna"])]
    texts = [t.text for t in doc]
    for lower in (False, True):
        matcher = FormMatcher.over(keys, lower=lower)
        assert matcher(doc, texts) == matcher(doc)
    assert FormMatcher.over(keys, lower=True)(doc, texts) == [(1, 3), (7, 9), (10, 11)]
    assert FormMatcher.over(keys)(doc, texts) == [(1, 3), (10, 11)]


def test_normalise_cached_gives_the_same_key_each_time() -> None:
    from detente.geo.gazetteer import normalise

    assert normalise("The Hague's") == normalise("The Hague's") == "hague"
    assert normalise("Saint-Étienne") == "saint etienne"


def test_event_candidates_build_the_actor_lookup_when_not_given(nlp: Language) -> None:
    from detente.actors import resolve_mentions
    from detente.events.extract import candidates_for_sentence
    from detente.events.participants import SentenceActors

    adoc = _adoc(nlp, "France accused Germany of spying. The weather was mild in Paris.")
    resolve_mentions(adoc)

    def summary(cands: list) -> list[tuple]:
        return [(c.trigger.i, c.outcome, [s.actor.actor.country for s in c.sources],
                 [t.actor.actor.country for t in c.targets]) for c in cands]

    for sent in adoc.sentences:
        given = summary(candidates_for_sentence(adoc, sent, SentenceActors.build(adoc, sent)))
        assert summary(candidates_for_sentence(adoc, sent)) == given
    first = summary(candidates_for_sentence(adoc, adoc.sentences[0]))
    assert first[0][2] == ["FRA"] and first[0][3] == ["DEU"]


def test_quoted_tokens_are_grouped_by_segment(nlp: Language) -> None:
    from detente.quotes.model import Paragraph

    doc = nlp('"We will talk again," she said.')
    segment_of = [0 if 1 <= t.i <= 4 else -1 for t in doc]
    para = Paragraph(0, doc, [None] * len(doc), segment_of)
    assert [t.text for t in para.segment_tokens(0)] == ["We", "will", "talk", "again"]
    assert para.segment_tokens(1) == []
