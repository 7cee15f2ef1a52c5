"""Round 31 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): commitments and plans stated with "committed to" and "looks forward to", an intent
to use force (a threat), a pronoun in a clause put before the subject it points ahead to, rights
and advocacy groups, a two-surname name shortened to its first surname, an appeal made in a
participle of writing or calling to someone, an object pronoun that is not the group its
clause's subject took, bodies designated as terrorist organisations, local governments, shadow
ministers and the government they judge, a tensed verb the parse coordinates with an infinitive,
a trip "for" a place the tagger does not call one, general words of political criticism, and a
name coordinated with a titled name ("Putin and German Chancellor Angela Merkel")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.parse_repairs import repair_coordinated_name, repair_tensed_conjunct
from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize(("text", "want"), [
    # a commitment or a plan to act with another is an intent to cooperate
    pytest.param("Kenya is committed to strengthening ties with Uganda.", ("KEN", "UGA", "030"),
                 id="committed-to"),
    pytest.param("Kenya looks forward to working with Uganda's new president.",
                 ("KEN", "UGA", "030"), id="look-forward"),
    pytest.param("Kenya is dedicated to improving relations with Uganda.", ("KEN", "UGA", "030"),
                 id="dedicated-to"),
    # an intent to use force threatens it
    pytest.param("Kenya is ready to attack the Ugandan rebels.", ("KEN", "UGA", "138"),
                 id="ready-to-attack"),
    pytest.param("Kenya pledged to attack Uganda.", ("KEN", "UGA", "138"), id="pledge-to-attack"),
    # an appeal in a participle of writing or calling asks the one written to or called
    pytest.param("Kenya's foreign minister wrote to Uganda's president asking for an "
                 "explanation.", ("KEN", "UGA", "020"), id="wrote-to-asking"),
    pytest.param("The Kenyan president telephoned the Ugandan president, urging restraint.",
                 ("KEN", "UGA", "020"), id="telephoned-urging"),
    # rights and advocacy groups are bodies, of the story's country
    pytest.param("Human rights groups accused the Kenyan police of torture.",
                 ("KEN", "KEN", "112"), id="rights-groups"),
    pytest.param("Housing advocates applauded the Kenyan government's plan.",
                 ("KEN", "KEN", "051"), id="advocates"),
    # naming a body a terrorist organisation accuses it
    pytest.param("The US designated the Kenyan rebels as a foreign terrorist organization.",
                 ("USA", "KEN", "112"), id="designate-terrorist"),
    pytest.param("Uganda described the Kenyan group as a criminal gang.", ("UGA", "KEN", "112"),
                 id="describe-criminal-gang"),
    # a country's own local governments are of the story's country
    pytest.param("The Kenyan president ordered local governments to raise salaries.",
                 ("KEN", "KEN", "100"), id="local-governments"),
])
def test_the_sentence_codes_the_event(text: str, want: tuple[str, str, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


def test_looking_to_the_future_is_no_commitment() -> None:
    got = _triples(_code("Kenya looked to the future with Uganda.", "2005-04-08"))
    assert all(c[:2] != "03" for _, _, c in got), got


def test_an_intent_to_talk_stays_an_intent_to_cooperate() -> None:
    got = _triples(_code("Kenya is willing to hold talks with Uganda.", "2005-04-08"))
    assert ("KEN", "UGA", "030") in got, got


def test_agreeing_to_postpone_a_protest_is_no_threat() -> None:
    got = _triples(_code("Kenyan opposition leaders agreed to postpone a protest planned for "
                         "Friday.", "2005-04-08"))
    assert all(c[:2] != "13" for _, _, c in got), got


def test_a_pronoun_in_a_clause_before_the_subject_points_ahead_to_it() -> None:
    record = _code("Before he resigned on Friday, Kenyan minister John Kamau had criticised "
                   "Uganda.", "2005-04-08")
    he = next(m for m in record["mentions"] if m["text"] == "he")
    assert he["name"] == "John Kamau", he
    assert ("KEN", None, "0831") in _triples(record), record["events"]


def test_a_pronoun_in_a_clause_after_the_subject_looks_back() -> None:
    record = _code("Ugandan President Yoweri Museveni arrived on Monday. Kenyan minister John "
                   "Kamau criticised Uganda before he left.", "2005-04-08")
    he = next(m for m in record["mentions"] if m["text"] == "he")
    assert he["name"] in ("John Kamau", "Yoweri Museveni"), he
    assert "the subject of the clause it precedes" not in he["reason"], he


def test_a_two_surname_name_is_shortened_to_its_first_surname() -> None:
    record = _code("Mexico named Francisco Javier Ramirez Acuna as interior minister. Rights "
                   "groups have accused Ramirez of abuses.", "2006-11-30", dateline="MEXICO CITY")
    ramirez = next(m for m in record["mentions"] if m["text"] == "Ramirez")
    assert ramirez["name"] == "Francisco Javier Ramirez Acuna", ramirez
    assert ("MEX", "MEX", "112") in _triples(record), record["events"]


def test_international_rights_groups_have_no_country() -> None:
    record = _code("International rights groups condemned Kenya.", "2005-04-08",
                   dateline="NAIROBI")
    groups = next(m for m in record["mentions"] if m["text"].endswith("rights groups"))
    assert groups["country"] is None and groups["sector"] == "NGO", groups


def test_an_object_pronoun_is_not_the_group_its_subject_took() -> None:
    record = _code("Britain and Japan imposed sanctions on India and Pakistan. They also urged "
                   "both of them to sign the treaty.", "1998-07-10")
    appeals = {(s, t) for s, t, c in _triples(record) if c == "020"}
    assert {("GBR", "IND"), ("GBR", "PAK"), ("JPN", "IND"), ("JPN", "PAK")} <= appeals, appeals
    assert not {("GBR", "JPN"), ("JPN", "GBR")} & appeals, appeals


def test_a_possessive_may_still_be_its_subject_groups() -> None:
    record = _code("Kenya and Uganda were summoned to Geneva for their first round of talks.",
                   "2005-04-08")
    their = next(m for m in record["mentions"] if m["text"] == "their")
    assert their["members"], their


def test_a_humanitarian_organisation_is_no_culprit() -> None:
    got = _triples(_code("Kenya described the Ugandan group as a humanitarian organization.",
                         "2005-04-08"))
    assert all(c[:2] != "11" for _, _, c in got), got


def test_governments_around_the_world_have_no_country() -> None:
    record = _code("Governments around the world condemned Kenya.", "2005-04-08",
                   dateline="NAIROBI")
    governments = next(m for m in record["mentions"] if m["text"] == "Governments")
    assert governments["country"] is None, governments


def test_a_shadow_secretary_speaks_for_the_opposition() -> None:
    record = _code("Conservative shadow culture secretary John Whittingdale criticised Kenya.",
                   "2005-04-08", dateline="LONDON")
    person = next(m for m in record["mentions"] if "Whittingdale" in m["text"])
    assert (person["country"], person["sector"]) == ("GBR", "OPP"), person


def test_an_opposition_judgement_of_its_own_government_targets_it() -> None:
    record = _code("Shadow culture secretary John Whittingdale said the way the British "
                   "government had handled the bill was a \"shambles\".", "2005-04-08")
    assert ("GBR", "GBR", "111") in _triples(record), record["events"]


def test_criminals_a_spokesman_speaks_of_are_not_judged_by_the_lexicon() -> None:
    from detente.events.explain import explain_record
    from detente.records import Article

    article = Article(id="t", text="Low prices have encouraged drug traffickers in Kenya to take "
                      "the risk, Kenyan police spokesman John Kamau said.", title=None,
                      published="2005-04-08", dateline="NAIROBI", source=None)
    rows = [c for s in explain_record(article) for c in s["candidates"]
            if (c["pattern"] or "").startswith("say_criticism")]
    assert rows and all(not c["target"] for c in rows), rows


@pytest.mark.parametrize(("text", "verb", "head"), [
    ("Tony Blair has had the chance to tackle the problems and has failed, Michael Howard said.",
     "failed", "had"),
    ("Kenya wants to attack Uganda and will send troops.", "send", "wants"),
])
def test_a_tensed_conjunct_of_an_infinitive_joins_the_clause_above(
        nlp: Language, text: str, verb: str, head: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.dep_ == "conj" and tok.head.text == head, [(t.text, t.dep_, t.head.text)
                                                          for t in doc]


def test_a_bare_conjunct_of_an_infinitive_stays_with_it(nlp: Language) -> None:
    doc = nlp("Kenya wants to attack Uganda and seize the border town.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair_tensed_conjunct(doc)] == before


def test_a_judgement_of_failure_in_a_fronted_clause_is_a_criticism() -> None:
    got = _triples(_code("Tony Blair has had the chance to tackle the problems facing Britain "
                         "and has failed, Michael Howard has said.", "2005-03-01"))
    assert ("GBR", "GBR", "111") in got, got


def test_a_trip_for_a_place_to_attend_a_summit_and_a_later_visit() -> None:
    record = _code("Bush departed Washington early Thursday for Mar del Plata to attend the "
                   "summit and will visit Brazil and Panama subsequently.", "2005-11-03")
    got = _triples(record)
    assert ("USA", "BRA", "042") in got and ("USA", "PAN", "042") in got, got


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader said the Kenyan government's plans were unrealistic.",
    "The Kenyan opposition leader said the Kenyan government's budget was wasteful.",
])
def test_general_words_of_criticism(text: str) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert ("KEN", "KEN", "111") in got, got


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Putin and German Chancellor Angela Merkel discussed Ukraine.", "Putin", "Merkel"),
    ("Donald Trump and House Speaker Paul Ryan pledged to work together.", "Trump", "Ryan"),
])
def test_a_name_and_a_titled_name_are_conjuncts(nlp: Language, text: str, first: str,
                                                second: str) -> None:
    doc = nlp(text)
    a = next(t for t in doc if t.text == first)
    b = next(t for t in doc if t.text == second)
    assert a.dep_ == "nsubj" and b.dep_ == "conj" and b.head == a, [
        (t.text, t.dep_, t.head.text) for t in doc]


def test_a_name_coordinated_the_parse_got_right_is_left_alone(nlp: Language) -> None:
    doc = nlp("Kenyatta and Ugandan President Yoweri Museveni signed the deal.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair_coordinated_name(doc)] == before


def test_both_coordinated_leaders_act() -> None:
    got = _triples(_code("Putin and German Chancellor Angela Merkel discussed Ukraine.",
                         "2014-05-12"))
    assert ("RUS", "DEU", "040") in got or ("DEU", "RUS", "040") in got, got


def test_in_the_shadow_of_a_leader_is_no_shadow_title() -> None:
    record = _code("In the shadow of the Kenyan president, minister John Kamau criticised "
                   "Uganda.", "2005-04-08", dateline="NAIROBI")
    kamau = next(m for m in record["mentions"] if "Kamau" in m["text"])
    president = next(m for m in record["mentions"] if m["text"].endswith("president"))
    assert (kamau["sector"], president["sector"]) == ("GOV", "GOV"), (kamau, president)
