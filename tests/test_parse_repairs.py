"""The parse repairs (``detente.parse_repairs``), on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.parse_repairs import (
    repair_conjunct_subject,
    repair_infinitive_conjunct,
    repair_tensed_conjunct,
)
from tests.conftest import event_triples


@pytest.mark.parametrize("text", [
    "Chinese President Xi Jinping met visiting Kenyan President William Ruto on Monday.",
    "Chinese President Xi Jinping received visiting Kenyan President William Ruto on Monday.",
    "Chinese President Xi Jinping met with visiting Kenyan President William Ruto on Monday.",
])
def test_a_visiting_guest_is_the_object_of_the_host(nlp: Language, text: str) -> None:
    doc = nlp(text)
    visiting = next(t for t in doc if t.lower_ == "visiting")
    guest = next(t for t in doc if t.text == "Ruto")
    assert visiting.dep_ == "amod" and visiting.head == guest
    assert guest.dep_ in ("dobj", "pobj") and guest.head.lower_ in ("met", "received", "with")


def test_a_real_visit_keeps_its_object(nlp: Language) -> None:
    doc = nlp("The Kenyan minister spent Monday visiting Ugandan officials in Kampala.")
    visiting = next(t for t in doc if t.lower_ == "visiting")
    assert visiting.pos_ == "VERB" and any(c.dep_ == "dobj" for c in visiting.children)


@pytest.mark.parametrize(("text", "want"), [
    ("Chinese President Xi Jinping met visiting Kenyan President William Ruto on Monday.",
     ("CHN", "KEN", "040")),
    ("Egyptian President Abdel Fattah al-Sisi welcomed visiting Kenyan President William Ruto.",
     ("EGY", "KEN", "051")),
])
def test_the_host_acts_on_the_visiting_guest(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert want in got, got
    assert ("CHN", "KEN", "042") not in got  # the host does not visit the guest


def test_out_of_after_a_verb_with_no_object_is_the_verbs_phrase(nlp: Language) -> None:
    doc = nlp("Ugandan troops pulled out of Juba on Friday.")
    out = next(t for t in doc if t.lower_ == "out")
    of = next(t for t in doc if t.lower_ == "of")
    assert out.dep_ == "prt" and of.head == out.head


def test_out_of_after_an_object_stays(nlp: Language) -> None:
    text = "The army forced the aid workers out of the province."
    with nlp.select_pipes(disable=["detente_parse_repairs"]):
        raw = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == raw


def test_a_withdrawal_out_of_a_place_targets_its_country() -> None:
    got = event_triples("Ugandan troops pulled out of the South Sudanese city of Juba.")
    assert ("UGA", "SSD", "0874") in got, got


def test_a_subject_the_parse_made_the_object_of_after_is_the_clauses(nlp: Language) -> None:
    # "The arrests were made by a task force set up after a mob attacked people", with "mob"
    # parsed as the object of "after" and "attacked" as a conjunct of "made"
    words = ["arrests", "were", "made", "by", "a", "force", "set", "up", "after", "a", "mob",
             "attacked", "people"]
    heads = [2, 2, 2, 2, 5, 3, 5, 6, 6, 10, 8, 2, 11]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "acl", "prt", "prep", "det",
            "pobj", "conj", "dobj"]
    tags = ["NNS", "VBD", "VBN", "IN", "DT", "NN", "VBN", "RP", "IN", "DT", "NN", "VBD", "NNS"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN", "VERB",
           "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    repair_conjunct_subject(doc)
    assert (doc[10].dep_, doc[10].head.text) == ("nsubj", "attacked")
    assert (doc[8].dep_, doc[8].head.text) == ("mark", "attacked")


def test_a_conjunct_with_its_own_subject_is_left_alone(nlp: Language) -> None:
    doc = nlp("Russia condemned the attack after talks and Ukraine rejected the claim.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair_conjunct_subject(doc)] == before


def test_a_bare_verb_coordinated_with_a_finite_one_joins_the_infinitive(nlp: Language) -> None:
    # "The rebels have refused to agree to disarm, free hostages", with "free" parsed as a
    # conjunct of "refused" (as the small model parses some such lists)
    words = ["rebels", "have", "refused", "to", "agree", "to", "disarm", ",", "free", "hostages"]
    heads = [2, 2, 2, 4, 2, 6, 4, 2, 2, 8]
    deps = ["nsubj", "aux", "ROOT", "aux", "xcomp", "aux", "xcomp", "punct", "conj", "dobj"]
    tags = ["NNS", "VBP", "VBN", "TO", "VB", "TO", "VB", ",", "VB", "NNS"]
    pos = ["NOUN", "AUX", "VERB", "PART", "VERB", "PART", "VERB", "PUNCT", "VERB", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    repair_infinitive_conjunct(doc)
    assert (doc[8].dep_, doc[8].head.text) == ("conj", "disarm")


@pytest.mark.parametrize(("verb", "tag", "head"), [
    ("launched", "VBD", "refused"),  # a tense of its own: a conjunct of the clause
    ("launch", "VB", "pull"),  # a bare verb stays with the infinitive
])
def test_a_tensed_conjunct_of_an_infinitive_joins_the_clause(
        nlp: Language, verb: str, tag: str, head: str) -> None:
    # "Kenya refused to pull out its troops and launched an attack", with "launched" parsed
    # as a conjunct of the infinitive "pull" (so the refusal seemed to negate the attack)
    words = ["Kenya", "refused", "to", "pull", "out", "its", "troops", "and", verb, "an", "attack"]
    heads = [1, 1, 3, 1, 3, 6, 3, 3, 3, 10, 8]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "prt", "poss", "dobj", "cc", "conj", "det", "dobj"]
    tags = ["NNP", "VBD", "TO", "VB", "RP", "PRP$", "NNS", "CC", tag, "DT", "NN"]
    pos = ["PROPN", "VERB", "PART", "VERB", "ADP", "PRON", "NOUN", "CCONJ", "VERB", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    repair_tensed_conjunct(doc)
    assert (doc[8].dep_, doc[8].head.text) == ("conj", head)


def test_a_finite_conjunct_with_its_own_tense_is_left_alone(nlp: Language) -> None:
    doc = nlp("Kenya refused to negotiate and Uganda will free the hostages.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair_infinitive_conjunct(doc)] == before


def test_a_verb_hung_on_its_subject_noun_becomes_the_root(nlp: Language) -> None:
    doc = nlp("An Israeli minister called Thursday for a review of the closures.")
    called = next(t for t in doc if t.lower_ == "called")
    minister = next(t for t in doc if t.lower_ == "minister")
    assert called.dep_ == "ROOT" and minister.head == called and minister.dep_ == "nsubj"


def test_a_participle_with_its_own_agent_stays_a_modifier(nlp: Language) -> None:
    doc = nlp("A commission appointed by the Vatican in 1988 dated the cloth.")
    appointed = next(t for t in doc if t.lower_ == "appointed")
    assert appointed.dep_ != "ROOT"


def test_a_name_after_call_with_no_object_is_the_object(nlp: Language) -> None:
    doc = nlp("Russian President Vladimir Putin called British Prime Minister Tony Blair Thursday.")
    blair = next(t for t in doc if t.text == "Blair")
    assert blair.dep_ == "dobj" and blair.head.lower_ == "called"


def test_a_place_departed_for_is_the_object_of_for(nlp: Language) -> None:
    doc = nlp("On Friday ten US lawmakers were to depart for Havana to meet with Cuban officials.")
    havana = next(t for t in doc if t.text == "Havana")
    assert havana.dep_ == "pobj" and havana.head.lower_ == "for"


@pytest.mark.parametrize("text", [
    "A Kenyan reporter jailed for six years after exposing fraud said Monday he would appeal.",
    "A Ugandan trader detained for a week by Kenyan police said he was beaten.",
])
def test_a_participle_the_parse_made_the_root_modifies_the_subject_of_the_verb_after(
        nlp: Language, text: str) -> None:
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    part = next(t for t in doc if t.lower_ in ("jailed", "detained"))
    assert said.dep_ == "ROOT" and part.dep_ == "acl" and part.head.dep_ == "nsubj"
    assert part.head.head == said


def test_a_participle_root_with_its_own_auxiliary_is_left_alone(nlp: Language) -> None:
    doc = nlp("A Kenyan reporter was jailed for six years and said he would appeal.")
    jailed = next(t for t in doc if t.lower_ == "jailed")
    assert jailed.dep_ == "ROOT"
