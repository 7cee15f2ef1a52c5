"""Quote attribution on hand-written sentences (issue 13, round 22)."""

from __future__ import annotations

from spacy.language import Language

from detente.quotes.lexicon import load_lexicon
from tests.test_quotes import reports_of as _reports


def test_cues_v13_utter_open_up_about_identify_as() -> None:
    lex = load_lexicon()
    assert lex.cue_entry("identify", frozenset({"as"})) == ("speech", "as")
    assert lex.cue_class("identify") is None  # identifying birds by their songs reports nothing
    assert lex.cue_entry("utter") == ("speech", "") and lex.takes_object("utter")
    assert lex.cue_entry("open", frozenset({"up", "about"})) == ("speech", "about")
    assert lex.takes_object("open", "about")
    assert lex.cue_class("open") is None  # opening a door or a store says nothing


def test_what_a_source_utters_is_what_it_says(nlp: Language) -> None:
    assert _reports(nlp, "The witness uttered the name of the driver.") == [
        ("uttered", "the name of the driver", "The witness")]


def test_opening_up_about_something_is_speaking_about_it(nlp: Language) -> None:
    assert _reports(nlp, "The governor opened up about the budget crisis in an interview.") == [
        ("opened", "the budget crisis", "The governor")]
    # "about" as a figure of distance, or a plain opening, is no report
    assert _reports(nlp, "The museum opened up about a mile from the station.") == []
    assert _reports(nlp, "The store opened about an hour late.") == []
    # the writer's own account is none: "we" is no source
    assert _reports(nlp, "We opened up about our doubts.") == []


def test_what_a_source_identifies_something_as(nlp: Language) -> None:
    # naming what something is, like "described X as Y" or "painted X as Y"
    assert _reports(nlp, "The senator identified the leak as a breach of trust.") == [
        ("identified", "the leak as a breach of trust", "The senator")]
    assert _reports(nlp, "The app can identify birds by their songs.") == []
    assert _reports(nlp, "We identified the flaw as a design error.") == []

