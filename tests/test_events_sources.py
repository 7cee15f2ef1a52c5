"""Who acts (``events/sources.py``) in constructions without a plain subject, on sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    # force posture: the deployed or alerted forces are the state's own
    ("Indian troops were placed on high alert along the frontier.", ("IND", "152")),
    ("Thai soldiers were deployed to the border on Monday.", ("THA", "154")),
])
def test_forces_in_an_agentless_posture_passive_are_the_source(
        text: str, want: tuple[str, str]) -> None:
    assert want in [(e[0], e[2]) for e in event_triples(text)]


def test_a_posture_passive_needs_forces_as_subject() -> None:
    # the passive subject is no force: nothing says who acted
    assert not [e for e in event_triples("Kenyan diplomats were placed on alert on Monday.")
                if e[2].startswith("15")]


def test_an_authority_reporting_an_arrest_made_it() -> None:
    assert ("KEN", "UGA", "173") in event_triples("Kenyan police said two Ugandan men were arrested.")


def test_a_non_authority_reporting_an_arrest_did_not_make_it() -> None:
    assert not [e for e in event_triples("Rebels in Sudan said two Ugandan soldiers were detained.")
                if e[2] == "173"]


def test_an_arrest_reported_by_a_story_verb_of_no_saying_has_no_source() -> None:
    assert not [e for e in event_triples("Kenyan police feared two Ugandan men were arrested.")
                if e[2] == "173"]


def test_fighting_between_two_forces_is_their_fight() -> None:
    got = event_triples("Fighting between Sudan's army and Chad's army killed dozens.")
    assert any(e[2] == "190" and {e[0], e[1]} <= {"SDN", "TCD"} and e[0] for e in got)


@pytest.mark.parametrize("text", [
    "Clashes between Thailand's soldiers and Cambodia's soldiers continued.",
    "Armed clashes between Thailand and Cambodia continued.",
    "Thai troops engaged in clashes with Cambodia's troops.",
])
def test_armed_clashes_are_fighting(text: str) -> None:
    assert any(e[2] == "190" and {e[0], e[1]} == {"THA", "KHM"} for e in event_triples(text))


def test_clashes_between_politicians_are_not_fighting() -> None:
    assert not [e for e in event_triples("Clashes between Brazil's president and Peru's president "
                                   "continued.") if e[2].startswith("19")]


def test_agent_read_as_a_gerund_phrase() -> None:
    # "by invading troops": the parser reads the participle as a gerund; its object is the agent
    got = event_triples("Panama's government was overthrown by invading American troops in 1989.")
    assert any(e[0] == "USA" and e[1] == "PAN" for e in got)
    assert not [e for e in got if e[0] == e[1]]


def test_a_crowd_protests() -> None:
    got = event_triples("A crowd marched through Athens to protest against the government.")
    assert ("GRC", "GRC", "140") in got


def test_a_counted_party_modifying_talks_names_no_agent() -> None:
    assert event_triples("Six-party talks on North Korea's nuclear programme resumed on Monday.") == []


def test_a_judicial_passive_in_a_court_is_the_courts_act() -> None:
    got = event_triples("Two Sudanese men were convicted in a French court on Monday.")
    assert ("FRA", "SDN") in [(e[0], e[1]) for e in got if e[2].startswith("11")]


def test_a_judicial_passive_in_a_city_has_no_source() -> None:
    assert event_triples("A Kenyan man was charged in Nairobi on Monday.") == []


def test_an_authority_announcing_a_release_is_who_releases() -> None:
    # an agentless release reported by a government: the reporting authority frees them
    got = event_triples("The Kenyan government said the Ugandan prisoners will be released.")
    assert ("KEN", "UGA", "0841") in got
    # a release a newspaper reports names no one who frees them
    assert not [e for e in event_triples(
        "A Kenyan newspaper said the Ugandan prisoners will be released.") if e[2] == "0841"]


def test_an_agent_noun_modifying_an_event_noun_is_its_agent() -> None:
    from detente import code_text

    rec = code_text("NAIROBI, Kenya (AP) - Police raids on the Ugandan embassy continued.",
                    date="2024-03-10")
    got = [(e["source"]["country"], e["source"]["sector"], (e["target"] or {}).get("country"))
           for e in rec["events"] if e["trigger"]["text"] == "raids"]
    assert got == [("KEN", "COP", "UGA")]


def test_an_agent_noun_modifying_a_place_noun_stays_no_actor() -> None:
    from detente import code_text

    rec = code_text("NAIROBI, Kenya (AP) - Three Ugandans were attacked near a police station.",
                    date="2024-03-10")
    assert not [m for m in rec["mentions"] if m["text"].lower() == "police" and m.get("country")]


@pytest.mark.parametrize("text", [
    "Kenya's foreign ministry released a statement condemning Uganda's decision.",
    "The Kenyan government put out a report accusing Uganda's army of abuses.",
])
def test_the_issuer_of_a_document_acts_in_its_words(text: str) -> None:
    assert any(e[0] == "KEN" and e[1] == "UGA" and e[2].startswith("11") for e in event_triples(text))


def test_the_forces_a_deployment_names_are_its_source() -> None:
    got = event_triples("Bulgaria hopes to reach a deal with the United States on the deployment of "
                  "US troops at its bases.")
    assert [e[0] for e in got if e[2] == "154"] == ["USA"]
    assert ("RUS", "SYR", "154") in event_triples("Russia's deployment of troops to Syria worried Turkey.")


def test_an_authority_reporting_a_coercion_other_than_arrest_did_not_do_it() -> None:
    got = event_triples("Kenya's interior ministry said the rebels had been forced to disband.")
    assert not [e for e in got if e[2].startswith("17") and e[0] == "KEN"]


def test_it_opening_a_sentence_acts_for_the_state_named_just_before() -> None:
    events = event_triples("Iran rejected the European proposal on Monday. It accused Britain of "
                     "meddling in its affairs.")
    assert ("IRN", "GBR", "112") in events or ("IRN", "GBR", "111") in events, events


@pytest.mark.parametrize(("text", "want"), [
    ("The Kenyan parliamentary committee reviewed the trade figures on Monday. It called on "
     "Uganda to reopen the border.", ("KEN", "UGA", "02")),
    ("The Kenyan foreign ministry summoned the envoy on Monday. It accused Uganda of arming the "
     "rebels.", ("KEN", "UGA", "11")),
])
def test_it_opening_a_sentence_acts_for_the_institution_named_just_before(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in [(e[0], e[1], e[2][:2]) for e in event_triples(text)]


def test_it_never_stands_for_a_person() -> None:
    events = event_triples("The Kenyan foreign minister summoned the envoy on Monday. It accused Uganda "
                     "of arming the rebels.")
    assert not [e for e in events if e[1] == "UGA"], events


@pytest.mark.parametrize(("text", "want"), [
    # the document's author named in its phrase
    ("A UN report urged Israel to halt the building of settlements.", ("UNO", "ISR")),
    ("The Chinese text calls on Tokyo to apologise.", ("CHN", "JPN")),
    # "X said in a statement ...": the next sentence's "the statement" is X's
    ("The Chinese Foreign Ministry said in a statement on Monday that talks would resume. The "
     "statement accused Japan of distorting history.", ("CHN", "JPN")),
])
def test_a_document_acts_for_its_author(text: str, want: tuple[str, str]) -> None:
    assert want in [(e[0], e[1]) for e in event_triples(text)]


def test_an_earlier_document_named_by_its_author_is_not_a_later_documents_issuer() -> None:
    events = event_triples("Kenya rejected the Amnesty report on Monday. The rejoinder accused Amnesty "
                     "International of supporting the opposition.")
    assert not [e for e in events if e[0] == "NGO" and e[1] == "KEN"], events


def test_resigning_from_a_body_targets_it() -> None:
    events = event_triples("Peru's foreign minister resigned from the government of Ollanta Humala on "
                     "Monday.")
    assert ("PER", "PER", "0831") in events, events
    assert ("PER", None, "0831") in event_triples("Peru's foreign minister resigned on Monday."), events


@pytest.mark.parametrize(("text", "want"), [
    # a resolution or motion speaks for the body that passed it, like a statement for its issuer
    ("The European Parliament passed a resolution calling on Turkey to recognise Cyprus.",
     ("EUR", "TUR", "020")),
    ("The Kenyan parliament approved a motion condemning Uganda.", ("KEN", "UGA", "111")),
])
def test_a_resolution_speaks_for_the_body_that_passed_it(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text)


def test_the_sponsors_of_a_resolution_are_not_its_issuers() -> None:
    # drafting or sponsoring a text is not adopting it: the sponsors make no demand of their own
    text = ("The resolution, drafted by Britain and France, demands that Syria withdraw its "
            "troops from Lebanon.")
    assert not [e for e in event_triples(text) if e[0] in ("GBR", "FRA")]


def test_people_are_a_group_of_civilians() -> None:
    # "people" names civilians: a crowd acts, and people an authority holds are its country's
    assert ("KEN", "UGA", "140") in event_triples(
        "Thousands of people in Nairobi protested against the Ugandan embassy.")
    assert ("TZA", "TZA", "173") in event_triples(
        "Police in Tanzania are holding two people for questioning.")


@pytest.mark.parametrize(("text", "want"), [
    # saying again, or formally, what an event noun names: the speaker is its source
    ("The Chilean president echoed criticism of Peru over the fishing dispute.", ("CHL", "PER", "111")),
    ("Ghana reiterated its criticism of Togo on Monday.", ("GHA", "TGO", "111")),
    ("India levelled fresh accusations against Pakistan on Monday.", ("IND", "PAK", "112")),
])
def test_a_verb_of_saying_again_makes_its_speaker_the_nouns_source(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in [(e[0], e[1], e[2][:3]) for e in event_triples(text)]


def test_the_subject_of_be_holds_the_stance_of_a_critic() -> None:
    assert ("ESP", "MAR", "111") in event_triples(
        "The Spanish foreign minister has long been a vocal critic of Morocco's government.")


def test_an_adjective_the_parse_takes_for_a_passive_has_its_subject_as_source() -> None:
    assert ("GHA", "TGO", "110") in event_triples(
        "Ghana was displeased with Togo's decision to close the border.")
