"""Quotes, round 4 of issue 13: conventions for attributions without quotation marks, on
hand-written sentences (evidence objects, passives with a source, stances, markup)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import only, quotes_of


def test_evidence_reports_its_object_and_what_follows_it(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "A new survey shows the mayor ten points ahead of her rival.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("shows", "evidence")
    assert quote.text == "the mayor ten points ahead of her rival"
    assert quote.speaker is not None and quote.speaker.text == "A new survey"


def test_passive_object_cue_with_its_source_reports_the_subject(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The harbour plan was rejected by the city council on Monday.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("rejected", "The harbour plan")
    assert quote.speaker is not None and quote.speaker.text == "the city council"
    _, quotes = quotes_of(nlp, "The governor was criticized by farmers for the new water tax.")
    assert sorted(q.text for q in quotes) == ["The governor", "for the new water tax"]
    assert {q.cue for q in quotes} == {"criticized"}
    # without a source the passive subject is only what was acted on
    _, quotes = quotes_of(nlp, "The harbour plan was rejected on Monday.")
    assert quotes == []


def test_hope_is_a_cue_in_every_form(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The union was hoping the strike would end before the holidays.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("hoping", "belief")
    assert quote.text == "the strike would end before the holidays"
    _, quotes = quotes_of(nlp, "The union hopes the strike will end before the holidays.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("hopes", "belief")


def test_stance_on_a_named_candidate(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The teachers' union endorsed Okafor on Tuesday.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("belief", "Okafor")
    # a one-word common noun is no stance worth reporting
    _, quotes = quotes_of(nlp, "The teachers' union endorsed change on Tuesday.")
    assert quotes == []


def test_markup_tag_name_is_no_cue(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, '<tweet author="cityhall">Roads reopen at noon.</tweet>')
    assert quotes == []


def test_a_poll_opening_its_sentence_is_the_source(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "In a survey released on Monday, the mayor led her rival by ten points.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("In", "evidence")
    assert quote.text == "the mayor led her rival by ten points"
    assert quote.speaker is not None and quote.speaker.text == "a survey"
    # at the end of its clause the phrase places a standing, it reports nothing
    _, quotes = quotes_of(nlp, "The mayor has trailed her rival in the polls since May.")
    assert quotes == []


def test_call_for_a_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor is calling for the state to fund the new bridge.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("calling", "directive")
    assert quote.text == "the state to fund the new bridge"


def test_as_the_source_reported_is_a_parenthetical(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "As the agency reported, the port reopened after the storm.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("reported", "the port reopened after the storm")
    assert quote.speaker is not None and quote.speaker.text == "the agency"
    # "as though" compares, it reports nothing
    _, quotes = quotes_of(nlp, "The council acted as though it wanted to lose.")
    assert quotes == []


def test_one_of_a_group_is_a_source_not_the_generic_one(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "One of the organisers said the march would go ahead.")
    quote = only(quotes)
    assert quote.text == "the march would go ahead"
    assert quote.speaker is not None and quote.speaker.text == "One"
    _, quotes = quotes_of(nlp, "One hears that the march would go ahead.")
    assert quotes == []


def test_a_date_opening_the_sentence_is_no_speaker(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Saturday at the Colorado Democratic party's convention Sen. Ana "
                               "Ruiz (D-CO) said presumptive nominee Tom Okafor was a failure.")
    quote = only(quotes)
    assert quote.text == "presumptive nominee Tom Okafor was a failure"
    assert quote.speaker is not None and quote.speaker.text != "Saturday"
    assert "Ruiz" in quote.speaker.text


def test_cue_noun_with_a_by_or_from_source(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The vote followed a demand by the union that the plant stay open.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("demand", "the plant stay open")
    assert quote.speaker is not None and quote.speaker.text == "the union"
    # without a source the noun names a demand, it attributes none
    _, quotes = quotes_of(nlp, "The vote followed a demand that the plant stay open.")
    assert quotes == []


def test_cue_noun_with_an_infinitive(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Fishermen protested against the mayor's plan to close the harbour.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class, quote.text) == ("plan", "plan", "to close the harbour")
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_a_one_word_answer_is_reported(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Asked whether the mayor is honest, 75 percent of voters said yes.")
    quote = only([q for q in quotes if q.cue == "said"])
    assert quote.text == "yes"
    assert quote.speaker is not None and "percent" in quote.speaker.text
    # "said no to the plan" rejects a plan: no answer is reported
    _, quotes = quotes_of(nlp, "The council said no to the harbour plan.")
    assert all(q.text != "no" for q in quotes)


def test_according_to_on_a_thought_without_content_is_the_report(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The city is considering a plan to close the harbour, according to "
                               "two council members.")
    quote = only(quotes)
    assert quote.cue == "according to"
    assert quote.text.startswith("The city is considering a plan")
    assert quote.speaker is not None and quote.speaker.text == "two council members"


def test_a_view_of_something_as_something(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Most farmers view the new water tax as a burden.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("view", "belief")
    assert quote.text == "the new water tax as a burden"


def test_a_report_without_a_source_is_no_quote(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The council was told that the bridge would close in May.")
    assert quotes == []
    _, quotes = quotes_of(nlp, "Critics were quick to respond, calling the plan a disaster.")
    assert all(q.speaker is not None for q in quotes)
    # a finite verb keeps its report even when the parse misses the subject
    _, quotes = quotes_of(nlp, "The mayor said the bridge would close in May.")
    assert only(quotes).text == "the bridge would close in May"


def test_that_clause_hung_on_the_medium(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The union said in a letter that the strike would go ahead.")
    quote = only(quotes)
    assert quote.text == "the strike would go ahead"
    assert quote.speaker is not None and quote.speaker.text == "The union"


def test_a_relay_keeps_its_report_when_the_inner_one_has_no_source(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The Daily Courier also reported that the names of donors weren't "
                               "disclosed.")
    quote = only(quotes)
    assert quote.text == "the names of donors weren't disclosed"
    assert quote.speaker is not None and quote.speaker.text == "The Daily Courier"


def test_cue_noun_after_a_light_verb_takes_its_subject(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The minister expressed concern that the talks could collapse.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("concern", "belief")
    assert quote.text == "the talks could collapse"
    assert quote.speaker is not None and quote.speaker.text == "The minister"
    # an ordinary verb's object is no cue noun of its subject
    _, quotes = quotes_of(nlp, "The minister read the concern that the talks could collapse.")
    assert all(q.cue != "concern" for q in quotes)


def test_apology_and_reminder_are_reports(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The senator apologized for his remarks about the flood victims.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("apologized", "his remarks about the flood victims")
    _, quotes = quotes_of(nlp, "The mayor reminded voters that the bridge had been closed for years.")
    assert only(quotes).text == "the bridge had been closed for years"


def test_transcript_turn_without_quotation_marks(nlp: Language) -> None:
    body = ("Anchor Jane Okafor spoke with Senator Tom Ruiz on Sunday.\n\n"
            "OKAFOR: Do you think the harbour plan will pass this year?\n\n"
            "RUIZ: I think the council will approve it before the summer.")
    _, quotes = quotes_of(nlp, body)
    turns = [q for q in quotes if q.cue == ":"]
    assert [q.text for q in turns] == ["Do you think the harbour plan will pass this year?",
                                       "I think the council will approve it before the summer."]
    assert [q.speaker.text for q in turns if q.speaker] == ["OKAFOR", "RUIZ"]
    assert {q.kind for q in turns} == {"direct"}
    # a label that names no person of the story, or a tally, is no turn
    _, quotes = quotes_of(nlp, "UPDATE: The council will vote on the harbour plan next week.\n\n"
                               "Ruiz: 1,769")
    assert all(q.cue != ":" for q in quotes)
