"""Quote attribution on hand-written sentences: claims made in the relative clause closing
another report's content (issue 13, round 16, second pass)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_claim_in_a_closing_relative_clause_is_its_own(nlp: Language) -> None:
    # what she says the deal will do is her claim, not part of the senator's praise
    assert _reports(
        nlp, "The senator praised the deal, which the minister said would lower prices for farmers."
    ) == [("praised", "the deal", "The senator"),
          ("said", "would lower prices for farmers", "the minister")]
    # a relative clause that reports nothing about its pronoun stays the writer's background
    assert _reports(
        nlp, "The senator praised the deal, which she signed on Monday with the ministers of Chad."
    ) == [("praised", "the deal", "The senator")]


def test_cue_noun_clause_hung_on_the_light_verb(nlp: Language) -> None:
    # the parse hangs "that ..." on "making" past "for weeks": it is still the case she makes
    assert _reports(
        nlp, "The governor has been making the case for weeks that the mayor is not ready."
    ) == [("case", "the mayor is not ready", "The governor")]


def test_content_goes_on_past_a_phrase_set_off_by_dashes(nlp: Language) -> None:
    # the parse hangs the apposition and "to the valley" outside the promise: it completes it
    assert _reports(
        nlp, "The mayor is a builder, planner and fighter who has long promised to move all "
        "offices — 4,000 desks in the old plant — to the valley."
    ) == [("promised", "to move all offices — 4,000 desks in the old plant — to the valley", "who")]
    # nor is a source named after it: the content is not carried past the dashes
    assert ("promised", "to move all offices", "who") in _reports(
        nlp, "The mayor is a builder, planner and fighter who has long promised to move all "
        "offices — 4,000 desks in the old plant — according to the local paper."
    )
    # a clause of its own after the closing dash is no part of the report
    assert _reports(
        nlp, "The mayor said the plan would fail — a view shared by many — and the vote was delayed."
    ) == [("said", "the plan would fail", "The mayor")]
