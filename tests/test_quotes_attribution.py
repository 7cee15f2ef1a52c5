"""Quote attribution on hand-written sentences: speakers of participles and inverted credits,
cue text, cue nouns after "with", verbs tagged as nouns (issue 13, round 15)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.quotes.lexicon import load_lexicon
from detente.quotes.syntax import Cue, cue_of, subject_of
from tests.test_quotes import quotes_of


def test_participle_hung_inside_a_content_speaks_for_the_outer_speaker(nlp: Language) -> None:
    # the parse hangs "claiming" on the quoted verb: the speaker is still Mr. Dalton, and the
    # quoted words are what he insisted
    _, quotes = quotes_of(
        nlp,
        "Mr. Dalton insisted that he had “won the argument,” claiming that his rivals were finished.",
    )
    by_cue = {q.cue: q for q in quotes}
    assert set(by_cue) == {"insisted", "claiming"}
    assert by_cue["insisted"].text == "won the argument"
    assert by_cue["claiming"].text == "his rivals were finished"
    for quote in quotes:
        assert quote.speaker is not None and quote.speaker.text == "Mr. Dalton"
    _, quotes = quotes_of(
        nlp, "The mayor said that the police acted properly, insisting that no rules were broken."
    )
    by_cue = {q.cue: q for q in quotes}
    speaker = by_cue["insisting"].speaker
    assert speaker is not None and speaker.text == "The mayor"


def test_verbs_of_boasting_and_criticising(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor bragged that the budget was balanced for the first time.")
    quote = quotes[0]
    assert (len(quotes), quote.cue, quote.text) == (
        1,
        "bragged",
        "the budget was balanced for the first time",
    )
    _, quotes = quotes_of(nlp, "The senator lambasted the new water tax on Tuesday.")
    assert [(q.cue, q.text) for q in quotes] == [("lambasted", "the new water tax")]
    _, quotes = quotes_of(nlp, "The union called out two large employers by name.")
    assert [(q.cue, q.text) for q in quotes] == [("called", "two large employers")]


def test_report_inside_a_sourceless_report_is_a_quote_of_its_own(nlp: Language) -> None:
    # the agentless passive "was clarified" is no quote, so it does not swallow the report in
    # its content
    _, quotes = quotes_of(
        nlp,
        "The story was clarified to reflect that Okafor is calling for an "
        "inquiry into the port contract.",
    )
    assert [(q.cue, q.text) for q in quotes] == [("calling", "an inquiry into the port contract")]


def test_inverted_credit_the_parse_left_without_a_subject(nlp: Language) -> None:
    # the parse makes the name the subject of "joking": it is still who said it
    _, quotes = quotes_of(
        nlp, "''I'm better with my hands than with my head,'' said Tom Okafor, half joking."
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["I'm better with my hands than with my head"]
    assert direct[0].speaker is not None and direct[0].speaker.text == "Tom Okafor"


def test_subject_nearest_the_verb_when_the_parse_gives_two(nlp: Language) -> None:
    # a parse that makes the name ending the quote a second subject of "said" (as the model does
    # on some sentences): the subject next to the verb is the speaker
    words = ["“", "I", "admire", "Sen.", "Ruiz", ",", "”", "Okafor", "said", "."]
    heads = [8, 2, 8, 4, 8, 4, 4, 8, 8, 8]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "compound",
        "nsubj",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        lemmas=[w.lower() for w in words[:8]] + ["say", "."],
    )
    said = doc[8]
    subject = subject_of(Cue(said, "speech", "said", said.i, said.i), load_lexicon())
    assert subject is not None and subject.text == "Okafor"


def test_evidence_verb_sharing_an_acts_subject_is_no_report(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The senator took the stage and showed flashes of anger at the crowd."
    )
    assert quotes == []
    # after another finding it is still the record's report
    _, quotes = quotes_of(
        nlp,
        "The audit found waste in the port budget and showed the mayor's office ignored warnings.",
    )
    assert [(q.cue, q.text) for q in quotes] == [("showed", "the mayor's office ignored warnings")]


def test_verb_the_tagger_took_for_a_noun(nlp: Language) -> None:
    # "plans" tagged as a plural noun, but the root of its sentence with a subject: a plan cue
    words = ["The", "senator", "plans", "to", "run", "again", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "NOUN", "NOUN", "PART", "VERB", "ADV", "PUNCT"],
        tags=["DT", "NN", "NNS", "TO", "VB", "RB", "."],
        heads=[1, 2, 2, 4, 2, 4, 2],
        deps=["det", "nsubj", "ROOT", "aux", "xcomp", "advmod", "punct"],
        lemmas=["the", "senator", "plan", "to", "run", "again", "."],
    )
    cue = cue_of(doc[2], load_lexicon())
    assert cue is not None and cue.cls == "plan"
    # a noun that is no root stays a cue noun, which needs a source ("the plans to run")
    assert cue_of(doc[1], load_lexicon()) is None


def test_cue_noun_after_with_takes_the_subject_of_its_verb(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The mayor ended the meeting with a warning that the port would close in May."
    )
    assert [(q.cue, q.text) for q in quotes] == [("warning", "the port would close in May")]
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.text == "The mayor"


def test_express_reports_its_object_but_leaves_a_cue_noun_its_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor expressed deep frustration with the council on Monday.")
    assert [(q.cue, q.text) for q in quotes] == [("expressed", "deep frustration")]
    _, quotes = quotes_of(nlp, "The mayor expressed concern that the port would close.")
    assert [(q.cue, q.text) for q in quotes] == [("concern", "the port would close")]


def test_participle_on_a_quoted_noun_is_no_credit_of_the_quote(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp,
        "Residents said the council ignored the “real fear” expressed about the flooding last spring.",
    )
    assert {(q.kind, q.cue) for q in quotes} == {("indirect", "said"), ("mixed", "said")}


def test_cue_text_starts_at_a_verb_taking_it_as_its_infinitive(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The senator declined to say whether she would run again.")
    assert [(q.cue, q.text) for q in quotes] == [("declined to say", "she would run again")]


def test_express_with_a_cue_noun_without_a_clause_reports_the_object(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor expressed her support for the port workers.")
    assert [(q.cue, q.text) for q in quotes] == [("expressed", "her support for the port workers")]
