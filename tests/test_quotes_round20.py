"""Quote attribution on hand-written sentences (issue 13, round 20)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.quotes.lexicon import load_lexicon
from detente.quotes.syntax import Cue, subject_of
from tests.test_quotes import quotes_of
from tests.test_quotes import reports_of as _reports


def test_a_quantifier_the_parse_makes_an_adverb_is_the_subject(nlp: Language) -> None:
    # "most" / "half" standing for a group of people, parsed as an adverb of the verb: the
    # group holds the stance or says it ("Among older voters, most backed the governor")
    assert _reports(nlp, "Among older voters, most backed the governor.") == [
        ("backed", "the governor", "most")]
    assert _reports(nlp, "Of the older voters, most in both towns opposed the new tax.") == [
        ("opposed", "the new tax", "most")]
    # an adverb of degree is no subject
    assert _reports(nlp, "The council most likely backed the plan.") in (
        [], [("backed", "the plan", "The council")])


def test_a_quotation_paragraph_after_a_closing_credit_keeps_its_cue(nlp: Language) -> None:
    # "“A,” the mayor said." then a paragraph that is only "“B.”": the same statement goes on,
    # with the cue of its credit (one attribution, as a quote running over paragraphs is)
    _, quotes = quotes_of(
        nlp, "\u201cThe budget is balanced for the first time in a decade,\u201d the mayor said.\n\n"
        "\u201cWe did it without raising a single tax.\u201d")
    second = next(q for q in quotes if q.text.startswith("We did it"))
    assert second.cue == "said" and second.speaker is not None
    assert second.speaker.text == "the mayor"
    # the cue before the quotation is no closing credit: the next quotation keeps only the speaker
    _, quotes = quotes_of(
        nlp, "The mayor said: \u201cThe budget is balanced for the first time in a decade.\u201d\n\n"
        "\u201cWe did it without raising a single tax.\u201d")
    second = next(q for q in quotes if q.text.startswith("We did it"))
    assert second.cue is None and second.speaker is not None


def test_a_run_of_quotation_paragraphs_after_a_closing_credit_keeps_its_cue(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "\u201cThe budget is balanced for the first time in a decade,\u201d the mayor said.\n\n"
        "\u201cWe did it without raising a single tax.\u201d\n\n"
        "\u201cAnd we will do it again next year.\u201d")
    third = next(q for q in quotes if q.text.startswith("And we will"))
    assert third.cue == "said" and third.speaker is not None
    assert third.speaker.text == "the mayor"


def test_a_cue_nouns_phrase_the_parse_hangs_on_its_light_verb(nlp: Language) -> None:
    # "voiced his opinion on the ruling": the parse hangs "on the ruling" on "voiced"
    assert _reports(nlp, "The governor voiced his opinion on the new ruling.") == [
        ("opinion", "the new ruling", "The governor")]
    # not after a verb that is no light verb: what a position moves to is no content
    assert _reports(nlp, "The fund cut its position to three percent.") == []


def test_a_clause_goes_on_after_a_parenthetical_cue(nlp: Language) -> None:
    # "X, aides said, Y": the clause the cue interrupts goes on after it, past its own verb
    found = _reports(nlp, "The candidate also held two private meetings, aides said, the first "
                     "with donors and the second with local pastors.")
    assert ("said", "The candidate also held two private meetings", "aides") in found
    assert ("said", "the first with donors and the second with local pastors", "aides") in found


def test_a_credit_the_parse_coordinates_with_the_quoted_verb(nlp: Language) -> None:
    # "“We were wrong,” Diaz, 58, told reporters." parsed with "told" (and "Diaz") conjuncts of
    # the quoted "were": the credit's subject is the name after the closing mark, not "We"
    words = ["\u201c", "We", "were", "wrong", ",", "\u201d", "Diaz", ",", "58", ",", "told",
             "reporters", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 2, 2, 2, 6, 2, 6, 6, 6, 2, 10, 2],
        deps=["punct", "nsubj", "ROOT", "acomp", "punct", "punct", "conj", "punct", "appos",
              "punct", "conj", "dobj", "punct"],
        pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT",
             "VERB", "NOUN", "PUNCT"],
        tags=["``", "PRP", "VBD", "JJ", ",", "''", "NNP", ",", "CD", ",", "VBD", "NNS", "."],
        lemmas=["\u201c", "we", "be", "wrong", ",", "\u201d", "Diaz", ",", "58", ",", "tell",
                "reporter", "."],
        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"],
    )
    told = doc[10]
    subject = subject_of(Cue(told, "speech", "told", told.i, told.i), load_lexicon())
    assert subject is not None and subject.text == "Diaz"
    # a verb coordinated with one before a quotation it opens keeps the first verb's subject
    words = ["Diaz", "said", "\u201c", "no", "\u201d", "and", "left", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 1, 1, 1],
              deps=["nsubj", "ROOT", "punct", "dobj", "punct", "cc", "conj", "punct"],
              pos=["PROPN", "VERB", "PUNCT", "INTJ", "PUNCT", "CCONJ", "VERB", "PUNCT"])
    left = doc[6]
    subject = subject_of(Cue(left, "speech", "left", left.i, left.i), load_lexicon())
    assert subject is not None and subject.text == "Diaz"


def test_cues_v11_stances_and_a_forecast(nlp: Language) -> None:
    # cues.tsv v11: verbs of stance with what they are about, and a verb of forecasting
    assert _reports(nlp, "Most voters care about the price of housing.") == [
        ("care", "the price of housing", "Most voters")]
    assert _reports(nlp, "Economists foresee a slow recovery in the region.") == [
        ("foresee", "a slow recovery in the region", "Economists")]
    assert _reports(nlp, "The senator distanced herself from the governor's housing plan.") == [
        ("distanced", "the governor's housing plan", "The senator")]
    assert _reports(nlp, "Several undecided delegates are leaning towards the senator.") == [
        ("leaning", "the senator", "Several undecided delegates")]
    # the writer's own stance is none
    assert _reports(nlp, "We care about the price of housing.") == []


def test_cues_v11_speech_and_stance_with_what_they_are_about(nlp: Language) -> None:
    cases = [
        ("Many fans still root for the old coach.", ("root", "the old coach", "Many fans")),
        ("The critics gushed about the new museum.", ("gushed", "the new museum", "The critics")),
        ("The minister hinted at a change of course on taxes.",
         ("hinted", "a change of course on taxes", "The minister")),
        ("The senator alluded to a deal with the unions.",
         ("alluded", "a deal with the unions", "The senator")),
        ("Several members balked at the cost of the bridge.",
         ("balked", "the cost of the bridge", "Several members")),
        ("Farmers worry about the price of fuel.", ("worry", "the price of fuel", "Farmers")),
    ]
    for sentence, expected in cases:
        assert _reports(nlp, sentence) == [expected], sentence
    assert ("envision", "a city", "The planners") in _reports(
        nlp, "The planners envision a city without cars.")


def test_cues_v11_requests_plans_and_evidence_with_their_object(nlp: Language) -> None:
    cases = [
        ("The two senators concurred with the ruling.",
         ("concurred", "the ruling", "The two senators")),
        ("The survey illustrates the gap between young and old voters.",
         ("illustrates", "the gap between young and old voters", "The survey")),
        ("The unions pressed for a higher minimum wage.",
         ("pressed", "a higher minimum wage", "The unions")),
        ("The families pleaded for a new trial.", ("pleaded", "a new trial", "The families")),
        ("The council pondered the future of the old library.",
         ("pondered", "the future of the old library", "The council")),
        ("The governor is contemplating a run for the senate.",
         ("contemplating", "a run for the senate", "The governor")),
        ("The party is mulling a change of leadership.",
         ("mulling", "a change of leadership", "The party")),
    ]
    for sentence, expected in cases:
        assert _reports(nlp, sentence) == [expected], sentence


def test_cues_v11_asking_hoping_and_thinking_of_something(nlp: Language) -> None:
    cases = [
        ("The mayor asked for more time.", ("asked", "more time", "The mayor")),
        ("The families hope for a peaceful outcome.",
         ("hope", "a peaceful outcome", "The families")),
        ("The exiles yearn for a free election.", ("yearn", "a free election", "The exiles")),
        ("Most voters think highly of the governor.", ("think", "the governor", "Most voters")),
        ("The senator has thought about a run for governor.",
         ("thought", "a run for governor", "The senator")),
    ]
    for sentence, expected in cases:
        assert _reports(nlp, sentence) == [expected], sentence
    assert _reports(nlp, "I think about the plan every day.") == []  # the writer's
