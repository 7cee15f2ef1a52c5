"""Quote attribution on hand-written sentences: content boundaries (closing relative clauses,
addressees of infinitives, further clauses), passive stances with an agent, verbs of speaking
with a topic, sources of cue nouns with a possessive pronoun (issue 13, round 16)."""

from __future__ import annotations

from spacy.language import Language

from detente.quotes.lexicon import load_lexicon
from tests.test_quotes import quotes_of
from tests.test_quotes import reports_of as _reports


def test_closing_relative_clause_is_not_the_content(nlp: Language) -> None:
    # the writer's background on what was denied is no part of the denial
    assert _reports(
        nlp, "The minister denied the report, which ran in a weekly paper on Monday."
    ) == [("denied", "the report", "The minister")]


def test_infinitive_content_takes_the_addressee(nlp: Language) -> None:
    # whom a directive addresses is the subject of what is to be done
    assert _reports(nlp, "The council urged the governor to veto the bill.") == [
        ("urged", "the governor to veto the bill", "The council")
    ]
    assert _reports(nlp, "The senator called on the ministry to publish the audit.") == [
        ("called", "the ministry to publish the audit", "The senator")
    ]


def test_content_runs_over_a_further_clause_on_the_cue(nlp: Language) -> None:
    # the parse hangs the second clause on "told": it is still what she told them
    assert _reports(
        nlp, "Ms. Okafor told reporters that she was tired, there were too few volunteers left."
    ) == [("told", "she was tired, there were too few volunteers left", "Ms. Okafor")]


def test_passive_stance_with_its_agent(nlp: Language) -> None:
    assert _reports(nlp, "The new tax plan is backed by the farmers' union.") == [
        ("backed", "The new tax plan", "the farmers' union")
    ]
    # without an agent nobody is named: no attribution
    assert _reports(nlp, "The new tax plan is expected to pass easily.") == []


def test_verbs_of_speaking_with_a_topic(nlp: Language) -> None:
    assert _reports(nlp, "The governor bragged about the new stadium.") == [
        ("bragged", "the new stadium", "The governor")
    ]
    assert _reports(nlp, "The mayor shrugged off the criticism of her budget.") == [
        ("shrugged", "the criticism of her budget", "The mayor")
    ]
    lex = load_lexicon()
    for lemma, particle in (("boast", "of"), ("joke", "about"), ("warn", "of"),
                            ("caution", "against"), ("insist", "on"), ("opine", "on"),
                            ("lash", "at"), ("touch", "on"), ("lay", "out")):
        assert lex.cue_entry(lemma, frozenset({particle})) == ("speech", particle), lemma
        assert lex.takes_object(lemma, particle), lemma
    assert lex.cue_entry("side", frozenset({"with"})) == ("belief", "with")
    assert lex.takes_object("deem") and lex.takes_object("retweet")


def test_cue_noun_with_possessive_pronoun_has_the_clause_subject_as_source(nlp: Language) -> None:
    # PolNeAR and the reader name the senator, not "his"
    assert _reports(nlp, "The senator repeated his claim that the vote was rigged.") == [
        ("claim", "the vote was rigged", "The senator")
    ]


def test_reported_clause_around_a_long_quoted_fragment(nlp: Language) -> None:
    # most words are quoted, but the clause is the speaker's report: it is reported whole, the
    # quoted words inside it as a mixed quote
    _, quotes = quotes_of(
        nlp,
        "But Cox says the union won’t allow “hard-working nurses to become scapegoats for the "
        "city’s failed budget.”",
    )
    kinds = {q.kind: q for q in quotes}
    assert set(kinds) == {"indirect", "mixed"}
    assert kinds["indirect"].text.startswith("the union won’t allow “hard-working nurses")
    assert kinds["mixed"].text.startswith("hard-working nurses")
    assert kinds["indirect"].cue_span == kinds["mixed"].cue_span


def test_reported_clause_opening_with_words_of_its_own(nlp: Language) -> None:
    # "the mayor will" is the speaker's report, not the writer's: the clause is reported whole
    _, quotes = quotes_of(nlp, "Okafor says the mayor will “leave office with a record deficit and no friends.”")
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["the mayor will “leave office with a record deficit and no friends"]
    assert indirect[0].speaker is not None and indirect[0].speaker.text == "Okafor"
    assert any(q.kind != "indirect" and q.text.startswith("leave office") for q in quotes)


def test_more_verbs_of_speaking_from_the_english_verb_classes(nlp: Language) -> None:
    # manner of speaking and advising take a clause; praising, rebutting and disowning an object
    assert _reports(nlp, "The senator bemoaned the closure of the rural hospital.") == [
        ("bemoaned", "the closure of the rural hospital", "The senator")
    ]
    lex = load_lexicon()
    for lemma in ("mumble", "bellow", "grouse", "interject", "swear", "notify"):
        assert lex.cue_class(lemma) == "speech" and not lex.takes_object(lemma), lemma
    for lemma in ("admonish", "exhort", "command"):
        assert lex.cue_class(lemma) == "directive", lemma
    for lemma in ("bemoan", "deplore", "laud", "commend", "refute", "rebut", "disavow", "repudiate"):
        assert lex.cue_class(lemma) == "speech" and lex.takes_object(lemma), lemma
    assert lex.cue_class("reckon") == "belief"
    # verbs of judgement (disparaging) with an object
    for lemma in ("belittle", "disparage", "deride", "lampoon", "scorn", "taunt", "fault"):
        assert lex.cue_class(lemma) == "speech" and lex.takes_object(lemma), lemma
    assert lex.cue_class("hold") is None  # "hold X accountable": an act more often than a ruling


def test_infinitive_inside_a_content_is_no_report_of_its_own(nlp: Language) -> None:
    # "only to praise it" goes on with what the council did, as she tells it
    assert _reports(
        nlp, "Ms. Okafor said the council had rejected her plan in March, only to praise it a month later."
    ) == [("said", "the council had rejected her plan in March, only to praise it a month later", "Ms. Okafor")]
