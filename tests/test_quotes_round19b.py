"""Quote attribution on hand-written sentences (issue 13, round 19, second pass)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_an_object_content_closing_on_an_apposition(nlp: Language) -> None:
    # the apposition set off by a comma is the writer's gloss on what the source named
    assert _reports(
        nlp, "The mayor denounced the tax, a measure that the council passed in March."
    ) == [("denounced", "the tax", "The mayor")]
    assert _reports(
        nlp, "The council dismissed the report, a document of forty pages written by the "
        "opposition."
    ) == [("dismissed", "the report", "The council")]


def test_a_quoted_name_the_parse_runs_into_its_object(nlp: Language) -> None:
    # "call X 'Y'": the parse hangs the object on the quoted name (or the name on the object);
    # what is reported is both, as in "called the plan a disaster"
    assert ("called", "anti-tax protesters \u201cfreeloaders\u201d and \u201cthugs", "He") in _reports(
        nlp, "He called anti-tax protesters \u201cfreeloaders\u201d and \u201cthugs\u201d without proof.")
    assert ("called", "both the mayor and the governor \u201ccrazy", "The senator") in _reports(
        nlp, "The senator called both the mayor and the governor \u201ccrazy.\u201d")
    # unchanged without quotation marks
    assert _reports(nlp, "The mayor called the protesters thugs.") == [
        ("called", "the protesters thugs", "The mayor")]


def test_an_infinitive_the_parse_hangs_on_the_verb_after_its_object(nlp: Language) -> None:
    # "defended her call to raise ...": the infinitive completes the object, not the verb
    assert _reports(
        nlp, "The senator defended her call to raise the minimum wage to fifteen dollars an hour."
    ) == [("defended", "her call to raise the minimum wage to fifteen dollars an hour",
           "The senator")]


def test_what_an_object_is_seen_as_when_as_is_parsed_an_adverb(nlp: Language) -> None:
    # "see X as most unfair": the parse hangs "as most unfair" on the verb, "as" an adverb
    assert _reports(nlp, "Most residents see the new bridge as most useful.") == [
        ("see", "the new bridge as most useful", "Most residents")]
    # a clause of time is no predicate of the object
    assert _reports(
        nlp, "She was shouting profanities as she hurried closer to the scene."
    ) in ([], [("shouting", "profanities", "She")])


def test_a_name_the_parse_makes_an_apposition(nlp: Language) -> None:
    # "called his old coach his role model": with no comma, the second noun is what he is called
    assert _reports(nlp, "The senator called his old coach his role model.") == [
        ("called", "his old coach his role model", "The senator")]


def test_a_quoted_name_in_double_apostrophes(nlp: Language) -> None:
    # some archives type quotation marks as two apostrophes on both sides
    assert ("called", "the farmers ''freeloaders'' and ''thugs", "Mr. Okafor") in _reports(
        nlp, "Mr. Okafor called the farmers ''freeloaders'' and ''thugs'' without proof.")
    assert ("called", "the bank's new chairman, Peter Lund, ''utterly reckless", "Ms. Ruiz") in (
        _reports(nlp, "On Monday Ms. Ruiz called the bank's new chairman, Peter Lund, ''utterly "
                 "reckless'' and left."))


def test_a_sum_with_what_it_is_for(nlp: Language) -> None:
    # a sum is what is proposed or asked for when the phrase says what it is for
    assert _reports(
        nlp, "Earlier this week, the governor proposed nearly $2 billion in funds to help towns "
        "repair their bridges."
    ) == [("proposed", "nearly $2 billion in funds to help towns repair their bridges",
           "the governor")]
