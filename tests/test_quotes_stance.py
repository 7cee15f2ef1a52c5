"""Quotes, round 5 of issue 13: attributions without quotation marks carried by an adjective
after a copula, and reported questions, on hand-written sentences."""

from __future__ import annotations

from spacy.language import Language

from detente.quotes.lexicon import load_lexicon
from tests.test_quotes import only, quotes_of


def test_adjective_rows_in_the_lexicon() -> None:
    lex = load_lexicon()
    assert lex.adjective_entry("confident") == ("belief", "")
    assert lex.adjective_entry("critical", frozenset({"of"})) == ("belief", "of")
    assert lex.adjective_entry("critical") is None  # critical only of something
    assert lex.adjective_entry("determined") == ("plan", "")
    assert "confident" not in lex.cues  # an adjective, never a verb cue


def test_adjective_with_a_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The fishermen are confident that the ban will be lifted.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class) == ("confident", "belief")
    assert quote.text == "the ban will be lifted"
    assert quote.speaker is not None and quote.speaker.text == "The fishermen"


def test_adjective_with_its_preposition_object(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Farmers have been critical of the new water tax.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("critical", "the new water tax")
    assert quote.speaker is not None and quote.speaker.text == "Farmers"


def test_plan_adjective_takes_its_infinitive(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The governor is determined to pass the harbour budget.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("plan", "to pass the harbour budget")


def test_adjectives_that_attribute_nothing(nlp: Language) -> None:
    for text in ("It is certain that the harbour budget will pass.",  # no source
                 "I am confident that the harbour budget will pass.",  # the writer
                 "The governor is sure to win the harbour vote.",  # a forecast, not a belief
                 "The governor may be confident that the budget will pass."):  # a guess
        _, quotes = quotes_of(nlp, text)
        assert quotes == [], text


def test_reported_question_the_parse_made_a_condition(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The reporter asked the senator if he had been preparing for a defeat.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("asked", "he had been preparing for a defeat")
    # a condition on another cue stays a condition
    _, quotes = quotes_of(nlp, "The senator will speak if the vote fails.")
    assert quotes == []


def test_object_contents_keep_their_infinitive_and_against_phrase(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The senator has called for the former governor to release her tax returns.")
    assert only(quotes).text == "the former governor to release her tax returns"
    _, quotes = quotes_of(nlp, "The mayor defended the harbour plan against charges of waste.")
    assert only(quotes).text == "the harbour plan against charges of waste"


def test_as_asides_with_their_comma_or_particle(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "As the harbour authority noted, the port lost money for the third year.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("noted", "the port lost money for the third year")
    _, quotes = quotes_of(nlp, "Closing the port also carries risks, as the fishermen point out.")
    quote = only(quotes)
    assert quote.text == "Closing the port also carries risks"
    assert quote.speaker is not None and quote.speaker.text == "the fishermen"


def test_short_infinitive_of_an_addressee(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The farmers urged him to resign.")
    # with the addressee, who is to resign (round 16)
    assert (only(quotes).cue, only(quotes).text) == ("urged", "him to resign")
    # without an addressee a bare infinitive says too little
    _, quotes = quotes_of(nlp, "The council is threatening to ban cars.")
    assert all(q.text != "to ban" for q in quotes)


def test_made_it_clear(nlp: Language) -> None:
    for text in ("The minister made it clear that the harbour would stay open.",
                 "The minister made clear on Monday the harbour would stay open."):
        _, quotes = quotes_of(nlp, text)
        quote = only(quotes)
        assert (quote.cue, quote.text) == ("made", "the harbour would stay open"), text
    _, quotes = quotes_of(nlp, "The storm made the harbour clear of boats.")
    assert quotes == []


def test_what_a_poll_shows_may_be_a_figure(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "A new survey shows 52 percent of farmers support the water tax.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("evidence", "52 percent of farmers support the water tax")
    # a figure is no content of speech
    _, quotes = quotes_of(nlp, "The mayor announced 52 percent on Monday.")
    assert quotes == []


def test_pointing_out_and_reminding_about_an_object(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor pointed out the progress of the harbour works.")
    assert only(quotes).text == "the progress of the harbour works"
    _, quotes = quotes_of(nlp, "The mayor reminded voters about the water tax.")
    assert only(quotes).text == "the water tax"


def test_case_and_mention_after_a_light_verb(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor made the case that the harbour needs more money.")
    quote = only(quotes)
    assert (quote.cue, quote.text) == ("case", "the harbour needs more money")
    _, quotes = quotes_of(nlp, "The mayor made no mention of the new water tax.")
    assert (only(quotes).cue, only(quotes).text) == ("mention", "the new water tax")
    _, quotes = quotes_of(nlp, "The court heard the case against the mayor.")  # no source
    assert quotes == []


def test_coordinated_thought_with_a_subject_of_its_own(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The council approved the budget, but the union believes the vote was rigged.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("belief", "the vote was rigged")
    assert quote.speaker is not None and quote.speaker.text == "the union"
    # sharing its subject with another verb, a stance is mentioned in passing
    _, quotes = quotes_of(nlp, "The union approved the budget and believes the vote was rigged.")
    assert quotes == []
