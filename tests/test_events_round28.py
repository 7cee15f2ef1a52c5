"""Round 28 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): judging words matched by their form as well as their lemma, a "that" clause the parse
hangs on the listener, and abbreviated titles before a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.parse_repairs import repair_told_that
from tests.conftest import event_triples
from tests.test_events_round26 import _code, _triples


def test_a_judging_word_the_lemmatiser_changes_still_judges() -> None:
    # "shambles" is lemmatised to "shamble", which is no judgement
    got = event_triples("The Kenyan opposition leader said the Ugandan government was a "
                        "shambles.")
    assert ("KEN", "UGA", "111") in got, got


def _told_programme_that(nlp: Language) -> Doc:
    # "Doe told the radio programme that the plans were inadequate", with the clause parsed
    # as a modifier of "programme" (as the small model parses some such sentences)
    words = ["Doe", "told", "the", "radio", "programme", "that", "the", "plans", "were",
             "inadequate"]
    heads = [1, 1, 4, 4, 1, 8, 7, 8, 4, 8]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "mark", "det", "nsubj", "acl", "acomp"]
    tags = ["NNP", "VBD", "DT", "NN", "NN", "IN", "DT", "NNS", "VBD", "JJ"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ"]
    lemmas = ["Doe", "tell", "the", "radio", "programme", "that", "the", "plan", "be",
              "inadequate"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_that_clause_hung_on_the_listener_is_what_is_told(nlp: Language) -> None:
    doc = repair_told_that(_told_programme_that(nlp))
    assert (doc[8].dep_, doc[8].head.text) == ("ccomp", "told")


def test_a_clause_of_a_noun_after_a_verb_of_saying_nothing_stays(nlp: Language) -> None:
    doc = _told_programme_that(nlp)
    doc[1].lemma_ = "air"  # "aired the radio programme that ...": no telling verb
    assert (repair_told_that(doc)[8].dep_, doc[8].head.text) == ("acl", "programme")


def _first_mention(text: str, date: str = "2006-11-30", dateline: str | None = None
                   ) -> dict[str, object]:
    return _code(text, date, dateline=dateline)["mentions"][0]


def test_an_abbreviated_rank_before_a_name_is_a_title() -> None:
    first = _first_mention("Gen Musharraf met the Kenyan president in Nairobi.", "2005-06-01")
    assert (first["country"], first["name"]) == ("PAK", "Pervez Musharraf"), first


def test_an_abbreviated_title_gives_an_unknown_person_its_sector() -> None:
    first = _first_mention("Cllr Jane Roe criticised the Kenyan government.", "2005-06-01",
                           dateline="NAIROBI")
    assert (first["country"], first["sector"]) == ("KEN", "GOV"), first


def test_an_abbreviation_that_is_a_word_is_no_title() -> None:
    record = _code("The gov website and a sales rep Jane Roe were cited by Kenya.", "2005-06-01",
                   dateline="NAIROBI")
    assert not any(m.get("title") in ("gov", "rep") for m in record["mentions"]), record


def test_an_attack_condemned_targets_its_named_attackers() -> None:
    got = event_triples("Kenya condemned the attack by Ugandan rebels.")
    assert ("KEN", "UGA", "111") in got, got


def test_an_attack_condemned_without_attackers_has_no_target() -> None:
    got = event_triples("Kenya condemned the attack on a market in Nairobi.")
    assert [t for _, t, c in got if c == "111"] == [None], got


def test_the_by_phrase_the_parse_hangs_on_the_verb_names_the_objects_maker() -> None:
    got = event_triples("Kenya criticised the statement by Uganda.")
    assert ("KEN", "UGA", "111") in got, got


def test_a_thing_in_a_country_is_that_countrys() -> None:
    got = _triples(_code("The African Union met on Monday. It condemned the coup in Uganda.",
                         "2024-03-10", dateline="NAIROBI"))
    assert ("AFR", "UGA", "111") in got, got


def test_a_meeting_in_a_city_does_not_target_its_country() -> None:
    got = _triples(_code("Kenya criticised the talks in Geneva.", "2024-03-10",
                         dateline="NAIROBI"))
    assert not any(t == "CHE" for _, t, _ in got), got


def test_the_organization_of_african_unity_is_an_african_body() -> None:
    got = event_triples("The Organization of African Unity condemned Nigeria.")
    assert ("AFR", "NGA", "111") in got, got


def test_observers_from_a_body_with_its_acronym_are_the_bodys() -> None:
    first = _first_mention("Observers from the Organization of American States (OAS) and the "
                           "European Union (EU) praised the vote in Peru.", dateline="LIMA")
    assert (first["country"], first["sector"]) == ("OAS", "IGO"), first


def test_a_presidency_is_its_countrys_government() -> None:
    got = _triples(_code("The Kenyan presidency accused Ugandan troops of shelling a village.",
                         "2006-11-30"))
    assert ("KEN", "UGA", "112") in got, got


def test_the_eu_presidency_is_the_member_state_holding_it_that_day() -> None:
    got = _triples(_code("The EU presidency criticised Iran.", "2006-11-30"))
    assert ("FIN", "IRN", "111") in got, got
    got = _triples(_code("The EU presidency criticised Iran.", "2008-09-30"))
    assert ("FRA", "IRN", "111") in got, got


def test_a_nationality_beside_a_possessing_body_says_whose() -> None:
    got = _triples(_code("The EU's Dutch presidency criticised Iran.", "2004-09-30"))
    assert [(s, t) for s, t, _ in got] == [("NLD", "IRN")], got


def test_a_nationality_the_parse_misreads_still_qualifies_the_agent() -> None:
    # the parse makes "Angolan" the dative of "accused" here
    got = _triples(_code("The Kenyan presidency accused Angolan troops of attacking its "
                         "province.", "2006-11-30"))
    assert ("KEN", "AGO", "112") in got, got


def test_a_decision_taken_is_asserted() -> None:
    record = _code("Kenya and Uganda decided to upgrade their relations to ambassadorial "
                   "level.", "2006-11-30")
    assert [e["modality"] for e in record["events"]] == ["asserted"], record["events"]


def test_a_given_name_of_a_family_first_name_stands_for_no_one() -> None:
    from detente.actors.data import Person, Role
    from detente.actors.lexicon import short_forms

    role = Role("PRK", "GOV", "foreign_minister", "Foreign Minister", None, None)
    person = Person("doe-nam-sun", "Doe Nam-sun", ("Doe Nam Sun",), "m", [role])
    assert short_forms(person) == {"Doe"}


def test_removing_someone_from_a_post_is_an_administrative_sanction() -> None:
    got = event_triples("The Kenyan president removed the Ugandan envoy from his post.")
    assert ("KEN", "UGA", "172") in got, got


def test_removing_people_from_a_place_is_no_dismissal() -> None:
    got = event_triples("Kenyan police removed Ugandan protesters from the square.")
    assert not any(c == "172" for _, _, c in got), got


def test_a_city_that_stands_for_a_body_is_the_city_as_a_modifier() -> None:
    record = _code("Brussels police arrested two Moroccan men. Brussels warned Rome.",
                   "2016-05-01")
    countries = [(m["text"], m["country"]) for m in record["mentions"]]
    assert ("Brussels police", "BEL") in countries and ("Brussels", "EUR") in countries, countries


def test_a_protest_naming_no_target_is_against_the_protesters_own_state() -> None:
    record = _code("Hundreds of Kenyan students protested in Nairobi on Monday.", "2004-05-01")
    got = _triples(record)
    assert ("KEN", "KEN", "140") in got, got
    assert "own state" in (record["events"][0].get("target_reason") or ""), record["events"][0]


def test_a_protest_against_someone_keeps_its_target() -> None:
    got = event_triples("Kenyan students protested against Uganda.")
    assert ("KEN", "UGA", "140") in got, got
