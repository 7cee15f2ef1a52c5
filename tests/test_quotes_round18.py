"""Quote attribution on hand-written sentences (issue 13, round 18)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_object_content_takes_the_rest_of_a_split_object(nlp: Language) -> None:
    # the parse makes "record" a second object of "spoke": the list is one object
    assert _reports(
        nlp, "The governors spoke warmly of the mayor's courage, her record on housing and the "
        "calm she brought to the city."
    ) == [("spoke", "the mayor's courage, her record on housing and the calm she brought to the "
           "city", "The governors")]


def test_object_content_takes_whose_it_is(nlp: Language) -> None:
    # "by Tom Okafor" hung on the verb still says whose memoir it is
    assert _reports(
        nlp, "The senator kept referring to a memoir by Tom Okafor."
    ) == [("referring", "a memoir by Tom Okafor", "The senator")]
    # a date is no part of it
    assert _reports(
        nlp, "The senator criticized the report from Monday."
    ) == [("criticized", "the report", "The senator")]


def test_object_content_takes_its_examples(nlp: Language) -> None:
    # "like ..." after the object lists what the object is, past its comma
    assert _reports(
        nlp, "Most economists favor public works, like repairing bridges and building new rail "
        "lines."
    ) == [("favor", "public works, like repairing bridges and building new rail lines",
           "Most economists")]
    # another phrase after the comma is no part of it
    assert _reports(
        nlp, "Most economists favor public works, as they did in 2009."
    ) == [("favor", "public works", "Most economists")]


def test_clause_content_goes_on_past_its_closing_conjunction(nlp: Language) -> None:
    # the parse hangs the second clause on "claimed" and leaves "and" in the first
    assert _reports(
        nlp, "Ms. Okafor claimed in an interview that she is not backing any candidate, and in "
        "addition to the dinner she had with the senator last year, she also flew the governor "
        "to the coast."
    ) == [("claimed", "she is not backing any candidate, and in addition to the dinner she had "
           "with the senator last year, she also flew the governor to the coast", "Ms. Okafor")]
    # a coordinated report of its own stays apart
    assert _reports(
        nlp, "The mayor said the budget was balanced, and she noted that taxes would not rise."
    ) == [("said", "the budget was balanced", "The mayor"),
          ("noted", "taxes would not rise", "she")]


def test_a_belief_holds_so(nlp: Language) -> None:
    # "think so" holds the proposition just stated, as "said so" does
    assert _reports(nlp, "Most diplomats think so.") == [("think", "so", "Most diplomats")]
    # not the writer's, nor a guess
    assert _reports(nlp, "I think so.") == []
    assert _reports(nlp, "Most diplomats may think so.") == []


def test_a_closing_contrast_with_a_report_of_its_own(nlp: Language) -> None:
    # "while the governor argued ...": the governor's report, not part of the senator's
    assert _reports(
        nlp, "The senator said the tax would hurt farmers, while the governor argued that it "
        "would help them."
    ) == [("said", "the tax would hurt farmers", "The senator"),
          ("argued", "it would help them", "the governor")]
    # a contrast without a report stays in the content
    assert _reports(
        nlp, "The senator said the tax would hurt farmers, while prices kept rising across the "
        "state."
    ) == [("said", "the tax would hurt farmers, while prices kept rising across the state",
           "The senator")]


def test_a_thought_or_plan_as_a_participle_closing_its_clause(nlp: Language) -> None:
    # "..., hoping to ...": the subject of the clause hopes
    assert _reports(
        nlp, "The senator kept to her message, hoping to avoid any mistake before the vote."
    ) == [("hoping", "to avoid any mistake before the vote", "The senator")]
    # not one on a noun, nor one without a clause or infinitive of its own
    assert _reports(nlp, "Voters hoping to avoid a recount lined up early.") == []
    assert _reports(nlp, "The senator toured the valley, hoping for rain.") == []


def test_clause_content_takes_a_second_that_clause(nlp: Language) -> None:
    # "..., but that ...": a second complement of the same cue, hung on the cue by the parse
    assert _reports(
        nlp, "The report warned that rents would rise sharply next year, but that new building "
        "would slow the increase."
    ) == [("warned", "rents would rise sharply next year, but that new building would slow the "
           "increase", "The report")]
    # a coordinated clause without "that" is the writer's
    assert _reports(
        nlp, "The mayor said that the budget was tight, and the council agreed with her."
    ) == [("said", "the budget was tight", "The mayor")]


def test_a_bare_noun_of_manner_is_not_whose_the_object_is(nlp: Language) -> None:
    assert _reports(
        nlp, "The senator criticized a report by the budget office on Friday."
    )[0][:2] == ("criticized", "a report by the budget office")
    assert _reports(
        nlp, "The union criticized two large employers by name."
    )[0][:2] == ("criticized", "two large employers")
