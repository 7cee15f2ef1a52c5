"""Round 23 of issue 12 (sentences of our own, written after reading stories no gold set holds):
a trailing attribution is not the doer of what it reports, "it" is not a person who speaks, a
verb's own subject of two the parse gives it, support verbs with a borrowed pattern, acting by
means of something, and "A and visiting B"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.events.sources import own_subjects
from tests.conftest import code_record, event_triples


def test_a_trailing_attribution_does_not_do_what_the_clause_before_it_says() -> None:
    text = ("Kenyan President William Ruto left Addis Ababa on Sunday, after holding talks with "
            "Ethiopian Prime Minister Abiy Ahmed, Ethiopian state television said.")
    consultations = [t for t in event_triples(text) if t[2] == "040"]
    assert consultations == [("KEN", "ETH", "040")], consultations


def test_it_in_the_words_of_a_person_is_not_that_person() -> None:
    got = code_record('"It will destroy the peace process," Palestinian negotiator Saeb Erekat said.')
    assert not [e for e in got["events"] if (e["source"] or {}).get("text", "").endswith("Erekat")], \
        got["events"]


def test_it_in_the_words_of_an_institution_is_the_institution() -> None:
    got = event_triples('"It will expel the Dutch ambassador," the Iranian foreign ministry said.')
    assert any(t[:2] == ("IRN", "NLD") and t[2].startswith("16") for t in got), got


def test_of_two_subjects_a_misparse_gives_a_verb_its_own_is_the_nearer(nlp: Language) -> None:
    # "The strikers blocked roads before officials agreed to pay them", parsed with both nouns
    # as subjects of "agreed" (as the small model parses some such sentences)
    words = ["The", "strikers", "blocked", "roads", "before", "officials", "agreed", "to", "pay",
             "them"]
    heads = [1, 6, 1, 2, 6, 6, 6, 8, 6, 8]
    deps = ["det", "nsubj", "acl", "dobj", "mark", "nsubj", "ROOT", "aux", "xcomp", "dobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    subjects, coordinated = own_subjects(doc[6])
    assert [t.text for t in subjects] == ["officials", "strikers"] and not coordinated
    one = Doc(nlp.vocab, words=["Officials", "agreed"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert own_subjects(one[1]) == ([one[0]], False)


def test_two_subjects_a_headline_comma_joins_are_both_subjects(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Ghana", ",", "Togo", "sign", "pact"], heads=[3, 3, 3, 3, 3],
              deps=["nsubj", "punct", "nsubj", "ROOT", "dobj"])
    subjects, coordinated = own_subjects(doc[3])
    assert [t.text for t in subjects] == ["Ghana", "Togo"] and coordinated


@pytest.mark.parametrize("text", [
    "Rebels in Mali have intensified attacks on Malian troops.",
    "Rebels in Mali intensified their attacks on Malian troops.",
])
def test_intensified_attacks_are_attacks(text: str) -> None:
    got = event_triples(text)
    assert any(t[2] == "190" for t in got) and not any(t[2].startswith("13") for t in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("The Nigerian army used helicopters to attack Boko Haram camps.", "The Nigerian army"),
    ("Kenyan police used tear gas to disperse the protesters in Nairobi.", "Kenyan police"),
])
def test_what_is_used_to_act_does_not_act(text: str, want: str) -> None:
    record = code_record(text)
    assert record["events"], text
    assert {e["source"]["text"] for e in record["events"]} == {want}, record["events"]


def test_a_visiting_guest_joined_by_and_is_a_subject() -> None:
    text = ("Kenyan President William Ruto and visiting Ugandan President Yoweri Museveni agreed "
            "to reopen the border.")
    agreements = [t for t in event_triples(text) if t[2].startswith("03")]
    # both are subjects, so they agree with each other (one reciprocal event)
    assert {c for t in agreements for c in t[:2]} == {"KEN", "UGA"}, agreements


def test_an_adjective_on_a_report_does_not_issue_it() -> None:
    got = code_record("An official report last year condemned the Kenyan police for racism.")
    assert not [e for e in got["events"] if e["source"]["text"] == "official"], got["events"]


@pytest.mark.parametrize("text", [
    "Senator Jane Roe of Ohio attacked a federal judge on Tuesday.",
    "Kenyan opposition leader Raila Odinga attacked the electoral commission on Tuesday.",
])
def test_a_politicians_attack_on_someone_who_bears_no_arms_is_words(text: str) -> None:
    got = event_triples(text)
    assert any(t[2] == "111" for t in got) and not any(t[2].startswith("19") for t in got), got


@pytest.mark.parametrize("text", [
    "Rebels attacked a police station in northern Mali.",
    "Russian troops attacked Ukrainian positions near Bakhmut.",
])
def test_an_attack_by_or_on_armed_men_stays_force(text: str) -> None:
    assert any(t[2] == "190" for t in event_triples(text)), event_triples(text)


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to explore ways of increasing bilateral trade.",
    "Ghana and Togo agreed to work together against cattle rustling.",
])
def test_agreeing_on_an_act_done_together_is_with_each_other(text: str) -> None:
    got = event_triples(text)
    assert any(t[2].startswith("03") and {t[0], t[1]} == {"GHA", "TGO"} for t in got), got


@pytest.mark.parametrize("text", [
    "Union leaders in Lyon said drivers would halt service after each attack on a French bus.",
    "A senior Israeli intelligence official resigned following the arrest of two agents in Cyprus.",
])
def test_an_act_done_to_someone_before_or_after_the_clause_is_not_its_subjects(text: str) -> None:
    got = event_triples(text)
    assert not [t for t in got if t[2][:2] in ("17", "18", "19")], got


def test_a_participle_after_whom_someone_wrote_to_is_the_writers_act() -> None:
    got = code_record("Kenyan opposition leader Raila Odinga has written to the Ugandan "
                      "president demanding the release of Kenyan fishermen.")
    demands = [e for e in got["events"] if e["cameo"].startswith("10")]
    assert demands and all(e["source"]["country"] == "KEN" for e in demands), demands


@pytest.mark.parametrize("text", [
    "Kenyan police clashed with residents of Nairobi's largest slum on Sunday.",
    "Police clashed with protesters outside the parliament in Tbilisi.",
])
def test_the_police_clashing_with_people_is_a_fight(text: str) -> None:
    # force used on people (190), or on protesters violent repression (175, round 33): no words
    assert any(t[2] in ("190", "175") for t in event_triples(text)), event_triples(text)


def test_lawmakers_clashing_with_the_speaker_stays_words() -> None:
    got = event_triples("Opposition lawmakers clashed with the speaker in the Kenyan parliament.")
    assert any(t[2] == "111" for t in got) and not any(t[2] == "190" for t in got), got
