"""Quote attribution on hand-written sentences (issue 13, round 17)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_an_institution_does_not_relay_a_thought(nlp: Language) -> None:
    # what the president believes is the ministry's claim: a thought has no wording to relay
    assert _reports(
        nlp, "The Foreign Ministry said the president believes the treaty will hold."
    ) == [("said", "the president believes the treaty will hold", "The Foreign Ministry")]
    # a speech act it passes on is still the speaker's quote, the ministry its channel
    assert _reports(
        nlp, "The Foreign Ministry said the president warned that the treaty would not hold."
    ) == [("warned", "the treaty would not hold", "the president")]


def test_object_content_keeps_what_it_predicates_of_the_object(nlp: Language) -> None:
    # the parse hangs "as ..." and the gerund on the verb: they still say what the object is
    assert _reports(
        nlp, "The senator pointed to the new bridge as an example of wasteful spending."
    ) == [("pointed", "the new bridge as an example of wasteful spending", "The senator")]
    assert _reports(
        nlp, "Ms. Okafor talked about her brother losing his job at the mill."
    ) == [("talked", "her brother losing his job at the mill", "Ms. Okafor")]
    # a phrase set off by a comma is no part of it
    assert _reports(
        nlp, "The senator pointed to the new bridge, as he did in May."
    )[0][:2] == ("pointed", "the new bridge")


def test_object_content_keeps_an_in_phrase_of_stance_or_gerund(nlp: Language) -> None:
    # "in" + gerund, "in support of": what the object is about, though hung on the verb
    assert _reports(
        nlp, "The singer expressed her stance in support of the nurses who have walked out "
        "across the state."
    ) == [("expressed", "her stance in support of the nurses who have walked out across the state",
           "The singer")]
    assert _reports(
        nlp, "The senator criticized the minister's record in handling the floods."
    ) == [("criticized", "the minister's record in handling the floods", "The senator")]
    # a place or a medium is no part of it
    assert _reports(
        nlp, "The senator criticized the minister's record in an interview with the radio."
    )[0][:2] == ("criticized", "the minister's record")


def test_report_in_the_infinitive_of_a_predicative_adjective(nlp: Language) -> None:
    # "was quick to point out": the union pointed it out
    assert _reports(
        nlp, "The union was quick to point out that wages had not risen in a decade."
    ) == [("point", "wages had not risen in a decade", "The union")]
    # a comparison between groups is what a poll found they said
    assert _reports(
        nlp, "Rural voters were more likely to say that the economy was getting worse."
    ) == [("say", "the economy was getting worse", "Rural voters")]
    # a forecast or a guess reports nothing
    assert _reports(nlp, "The mayor is likely to say that the budget is fine.") == []
    assert _reports(nlp, "The mayor would be quick to say that the budget is fine.") == []


def test_that_is_according_to(nlp: Language) -> None:
    # "That's according to X" attributes what was just said (PolNeAR marks the "that")
    assert _reports(
        nlp, "The mayor raised two million dollars in March. That's according to reports filed "
        "by her campaign on Friday."
    ) == [("according to", "That", "reports")]
    # with a typographic apostrophe the tagger makes "’s" an adverb; a relative clause after the
    # source is no part of the content
    assert _reports(
        nlp, "Turnout fell by a third. That’s according to figures from the election board that "
        "were released on Monday."
    ) == [("according to", "That", "figures")]


def test_a_told_story_or_written_piece_with_its_subject(nlp: Language) -> None:
    # a genre of speech with what it is about is what was told or written
    assert _reports(
        nlp, "The senator told the story of a farmer who lost his land to the new dam."
    ) == [("told", "the story of a farmer who lost his land to the new dam", "The senator")]
    assert _reports(
        nlp, "The mayor wrote a piece on the housing crisis for the local paper."
    ) == [("wrote", "a piece on the housing crisis for the local paper", "The mayor")]
    # a story with nothing said of what it is about reports nothing
    assert _reports(nlp, "The senator told a story at the dinner.") == []


def test_said_so_with_a_date(nlp: Language) -> None:
    # a one-word answer followed by when it was given
    assert ("said", "so", "45 percent") in _reports(
        nlp, "Six in 10 voters call him honest, after 45 percent said so in March."
    )
