"""Quote attribution on hand-written sentences (issue 13, round 21)."""

from __future__ import annotations

from spacy.language import Language

from detente.quotes.lexicon import load_lexicon
from tests.test_quotes import reports_of as _reports


def test_cues_v12_nouns_of_speech_acts_after_a_light_verb() -> None:
    lex = load_lexicon()
    assert lex.light_nouns["allegation"] == "speech"
    assert lex.light_nouns["statement"] == "speech"
    # only after a light verb: not cue nouns with a possessor ("his statement")
    assert "statement" not in lex.nouns and "allegation" not in lex.nouns


def test_a_speech_act_noun_a_light_verb_takes(nlp: Language) -> None:
    # "made the allegation that ...", "made several statements about ...": the light verb's
    # subject performs the act, the noun's clause or what it is about is the content
    assert _reports(nlp, "The senator made the allegation that the contract was rigged.") == [
        ("allegation", "the contract was rigged", "The senator")]
    assert _reports(nlp, "The coach made several statements about the new stadium.") == [
        ("statements", "the new stadium", "The coach")]
    # the noun alone is no cue: a statement can be anyone's
    assert _reports(nlp, "The statement about the new stadium surprised the fans.") == []


def test_cues_v12_verbs_of_persuading_professing_and_witnessing(nlp: Language) -> None:
    lex = load_lexicon()
    assert lex.cue_class("persuade") == "speech" and lex.cue_class("witness") == "perception"
    assert not lex.takes_object("convince") and not lex.takes_object("witness")
    # what a source brings someone to believe is its claim
    assert _reports(nlp, "The lawyer convinced the jury that the witness had lied.") == [
        ("convinced", "the witness had lied", "The lawyer")]
    assert _reports(nlp, "The engineer professed that the bridge was safe.") == [
        ("professed", "the bridge was safe", "The engineer")]
    # only with a clause: whom a source persuades to act, or what it witnesses, is no content
    assert _reports(nlp, "The guards witnessed the crash on the highway.") == []


def test_cues_v12_striving_and_forgetting(nlp: Language) -> None:
    assert _reports(nlp, "The charity strives to house every family in the county.") == [
        ("strives", "to house every family in the county", "The charity")]
    assert _reports(nlp, "The minister forgot that the ports were closed on Sunday.") == [
        ("forgot", "the ports were closed on Sunday", "The minister")]
    # a plan of the writer's is none: "we" is no source
    assert _reports(nlp, "We strive to answer every letter within a week.") == []


def test_cues_v12_reproach_espouse_plot(nlp: Language) -> None:
    assert _reports(nlp, "The senator has long espoused lower taxes for small firms.") == [
        ("espoused", "lower taxes for small firms", "The senator")]
    assert _reports(nlp, "The bishop reproached the mayor for the closures.") == [
        ("reproached", "the mayor for the closures", "The bishop")]
    assert _reports(nlp, "Rebel commanders plotted to seize the airport.") == [
        ("plotted", "to seize the airport", "Rebel commanders")]
    # a plot of land is no plan
    assert _reports(nlp, "The family sold the plot to a developer.") == []


def test_cues_v12_adjectives_of_stance_with_what_they_are_about(nlp: Language) -> None:
    assert _reports(nlp, "The governor was dismissive of the audit report.") == [
        ("dismissive", "the audit report", "The governor")]
    assert _reports(nlp, "Several senators have been vocal about the pipeline.") == [
        ("vocal", "the pipeline", "Several senators")]
    # "open to" and "resistant to" are left out: a park is open to the public
    assert _reports(nlp, "The park is open to the public on weekends.") == []


def test_cues_v12_nouns_of_answering_testifying_and_admiring(nlp: Language) -> None:
    lex = load_lexicon()
    assert lex.nouns["response"] == "speech" and lex.nouns["passion"] == "belief"
    assert _reports(nlp, "The auditor's testimony that the books were forged ended the trial.") == [
        ("testimony", "the books were forged", "The auditor")]
    assert _reports(nlp, "Her passion for rural schools is well known.") == [
        ("passion", "rural schools", "Her")]
    # without a source the noun reports nothing
    assert _reports(nlp, "The testimony lasted three hours.") == []


def test_cues_v12_booing_and_cherishing(nlp: Language) -> None:
    # a passive with its agent: the booing crowd's stance on whom it boos
    assert _reports(nlp, "The minister was booed by striking dockers.") == [
        ("booed", "The minister", "striking dockers")]
    assert _reports(nlp, "Islanders cherish their old fishing rights.") == [
        ("cherish", "their old fishing rights", "Islanders")]
    # "guarantee" is no cue: inside an urged content it took the report over (round 21)
    assert load_lexicon().cue_class("guarantee") is None


def test_questions_raised_and_support_thrown_behind(nlp: Language) -> None:
    # "raised questions about X": the light verb's subject asks about X
    assert _reports(nlp, "The auditor raised questions about the pension fund.") == [
        ("questions", "the pension fund", "The auditor")]
    # "threw its support behind X": "throw" takes a cue noun as a light verb does
    assert _reports(nlp, "The union threw its support behind the mayor on Friday.") == [
        ("support", "the mayor", "The union")]
    assert _reports(nlp, "The pitcher threw the ball behind the runner.") == []


def test_cues_v12_evaluations_and_thoughts_after_a_light_verb(nlp: Language) -> None:
    assert _reports(nlp, "The coach offered his evaluation of the new players.") == [
        ("evaluation", "the new players", "The coach")]
    assert _reports(nlp, "The senator offered her thoughts on the merger.") == [
        ("thoughts", "the merger", "The senator")]
    # published is no light verb: the review is the magazine's work, not a report
    assert _reports(nlp, "The magazine published a review of the film.") == []


def test_cues_v12_casting_something_as_what_it_is_said_to_be(nlp: Language) -> None:
    assert _reports(nlp, "The governor painted the strike as a plot by outsiders.") == [
        ("painted", "the strike as a plot by outsiders", "The governor")]
    assert _reports(nlp, "The candidate has positioned himself as a friend of farmers.") == [
        ("positioned", "himself as a friend of farmers", "The candidate")]
    # only with "as": painting a fence is no report
    assert _reports(nlp, "The children painted the fence on Sunday.") == []
