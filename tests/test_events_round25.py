"""Round 25 of issue 12 (sentences of our own, written after comparing the coder with fresh stories
that helpers coded blind from docs/ANNOTATION.md): names the tagger cuts short, handing over words
rather than goods, appeals with an object, consultations named again as an occasion, those sent to
act, calls by phone the parse reads as naming, sentences the parse roots on their subject."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_record, event_triples


def _events(text: str, trigger: str) -> list[dict[str, Any]]:
    return [e for e in code_record(text)["events"] if e["trigger"]["text"] == trigger]


def test_a_hyphenated_last_name_stays_with_the_titled_person() -> None:
    # the tagger stops at "Ahmed"; the country of "Egyptian Prime Minister" must still reach
    # the person the parse makes the subject
    got = event_triples("Egyptian Prime Minister Kamal Ahmed El-Ganzoury arrived in Singapore on "
                        "Tuesday for a three-day official visit.")
    assert ("EGY", "SGP", "042") in got, got


@pytest.mark.parametrize(("text", "trigger"), [
    ("The commission will give the Russian president a proposal on Wednesday.", "give"),
    ("The Kenyan president will deliver the outlines of his budget to parliament.", "deliver"),
    ("The judge ordered the Kenyan minister to provide records of the payments.", "provide"),
])
def test_handing_over_words_or_documents_is_no_aid(text: str, trigger: str) -> None:
    got = _events(text, trigger)
    assert not [e for e in got if e["cameo"].startswith("07")], got


def test_an_appeal_to_an_object_is_an_appeal() -> None:
    got = event_triples("Kenya appealed the donor countries of the European Union for help.")
    assert ("KEN", "EUR", "020") in got, got


def test_appealing_a_verdict_is_no_appeal_to_an_actor() -> None:
    assert not event_triples("The Kenyan general appealed the verdict of the court in Nairobi.")


def test_a_consultation_named_again_as_an_occasion_is_not_a_new_one() -> None:
    from detente import code_text

    text = ("ULAN BATOR, July 10 (Xinhua) -- Canadian Prime Minister Jean Chretien paid a five-day "
            "visit to Mongolia this week. During the visit, Chretien met the Mongolian prime "
            "minister.")
    got = [(e["cameo"], e["sentence_index"]) for e in code_text(text, date="1999-07-10",
                                                                 id="test")["events"]]
    assert ("040", 1) in got and got.count(("042", 1)) == 0 and ("042", 0) in got, got


def test_a_consultation_with_its_own_participants_stays() -> None:
    got = event_triples("During his visit to China, the Russian president met Xi Jinping.")
    assert ("RUS", "CHN", "042") in got, got


@pytest.mark.parametrize("text", [
    "Kenyan riot police were sent into the crowd to disperse the marchers.",
    "Kenyan riot police were deployed in Nairobi to break up the protest.",
])
def test_those_sent_to_act_do_the_act(text: str) -> None:
    got = event_triples(text)
    assert any(t[0] == "KEN" and t[2] == "175" for t in got), got


def test_a_call_to_a_named_person_is_a_telephone_call() -> None:
    got = event_triples("Russian President Vladimir Putin called British Prime Minister Tony Blair "
                        "on Thursday.")
    assert ("RUS", "GBR", "041") in got, got


def test_calling_someone_names_is_no_telephone_call() -> None:
    got = event_triples("The Russian president called the British prime minister a liar.")
    assert not [t for t in got if t[2] == "041"], got


@pytest.mark.parametrize(("text", "want"), [
    ("An Israeli minister called Thursday for a review of the closures.", ("ISR", "020")),
    ("Iran's main opposition group called Monday for a boycott of the elections.",
     ("IRN", "020")),
])
def test_a_verb_the_parse_hangs_on_its_subject_is_the_main_verb(text: str,
                                                                want: tuple[str, str]) -> None:
    got = event_triples(text)
    assert any((t[0], t[2]) == want for t in got), got


def test_a_participle_that_modifies_its_noun_stays_a_modifier() -> None:
    got = event_triples("A Kenyan commission appointed by the president in 1998 accused the "
                        "Ugandan police of torture.")
    assert ("KEN", "UGA", "112") in got, got


def test_a_place_to_depart_for_is_no_subject() -> None:
    got = event_triples("On Friday ten US lawmakers were to depart for Havana to meet with top "
                        "Cuban officials.")
    assert ("USA", "CUB", "040") in got, got
    assert not [t for t in got if t[0] == "CUB"], got


def test_meeting_a_share_of_ones_promises_is_no_meeting() -> None:
    got = event_triples("The British prime minister said Labour has met all of its promises.")
    assert not [t for t in got if t[2].startswith("04")], got


def test_the_prosecution_is_an_actor_of_the_judiciary() -> None:
    got = code_record("The Dutch prosecution alleges that the Moroccan suspect planned attacks.")
    sources = [(e["source"] or {}) for e in got["events"] if e["trigger"]["text"] == "alleges"]
    assert sources and sources[0].get("country") == "NLD" and sources[0].get("sector") == "JUD", got


@pytest.mark.parametrize(("text", "want"), [
    ("The Mongolian president said his country admires China for its growth.",
     ("MNG", "CHN", "051")),
    ("The Mongolian president expressed his gratitude to Japan for its loans.",
     ("MNG", "JPN", "051")),
    ("The Ohio governor threw his support behind the Texas governor Rick Perry.",
     ("USA", "USA", "051")),
    ("Mongolia will further develop its relations with Japan.", ("MNG", "JPN", "050")),
])
def test_praise_thanks_and_closer_ties(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert want in got, got


def test_what_one_is_unable_to_do_is_no_act() -> None:
    got = event_triples("The Kenyan army has been unable to defeat the Somali militants.")
    assert not [t for t in got if t[2].startswith("19")], got


def test_he_takes_up_an_office_holder_named_by_title_alone() -> None:
    got = event_triples("The Chilean foreign minister paid a three-day visit to Peru. During the "
                        "visit, he met Peruvian President Dina Boluarte.")
    assert ("CHL", "PER", "040") in got, got


def test_he_prefers_a_named_person_to_an_office_holder() -> None:
    got = code_record("The Chilean foreign minister met Peruvian President Dina Boluarte in Lima. "
                      "Boluarte's spokesman said he had also met Bolivian officials.")
    # the named person stays the antecedent when the story names one
    assert not [e for e in got["events"] if e["trigger"]["text"] == "met"
                and e["sentence_index"] == 1 and (e["source"] or {}).get("country") == "CHL"], got


def test_a_president_named_by_surname_is_no_town_of_that_name() -> None:
    # "Bush" is also a town in Egypt: a person the dictionary knows says nothing of where the
    # story is, so the adviser takes no Egyptian nationality from it
    got = code_record("John Smith, an adviser on trade to President Bush, criticised the "
                      "European Union on Monday.")
    assert not [m for m in got["mentions"] if m.get("country") == "EGY"], got["mentions"]


@pytest.mark.parametrize("text", [
    "The judge gave the lawyers for the Kenyan government a week.",
    "The Kenyan judge gave the Ugandan lawyers two days.",
])
def test_giving_someone_time_is_no_aid(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2].startswith("07")], event_triples(text)


def test_giving_a_deadline_is_an_ultimatum() -> None:
    got = event_triples("The British prime minister gave the Russian president a midnight "
                        "deadline.")
    assert ("GBR", "RUS", "139") in got, got


def test_exchanging_views_is_consultation() -> None:
    got = event_triples("The Chinese and Mongolian presidents exchanged views on the situation "
                        "in Korea.")
    assert any(t[2] == "040" and {t[0], t[1]} == {"CHN", "MNG"} for t in got), got


def test_its_is_the_state_named_before_it_not_the_person() -> None:
    text = ("The Mongolian prime minister held talks with the Japanese prime minister in Tokyo. "
            "He also thanked Japan for its promise to increase loans to Mongolia.")
    got = [e for e in code_record(text)["events"] if e["trigger"]["text"] == "promise"]
    assert got and all((e["source"] or {}).get("country") == "JPN" for e in got), got


@pytest.mark.parametrize("text", [
    "Uganda must release the Kenyan prisoners.",
    "The Ugandan army ought to release the Kenyan prisoners.",
    "Uganda needs to release the Kenyan prisoners.",
])
def test_what_must_be_done_is_not_asserted(text: str) -> None:
    got = _events(text, "release")
    assert got and not [e for e in got if e["modality"] == "asserted"], got


@pytest.mark.parametrize(("text", "source"), [
    ("European Parliament members criticized the Turkish government on Friday.", "EUR"),
    ("Members of the European Parliament criticized the Turkish government.", "EUR"),
    ("The Turkish press accused the Turkish authorities of damaging the country's image.", "TUR"),
])
def test_members_of_a_body_and_the_press_act(text: str, source: str) -> None:
    got = event_triples(text)
    assert any(t[0] == source and t[2].startswith("11") for t in got), got


def test_the_press_as_an_audience_names_no_actor() -> None:
    got = code_record("The Kenyan minister told a press conference in Nairobi that talks would "
                      "resume.")
    assert not [m for m in got["mentions"] if m["text"] == "press" and m.get("sector")], got[
        "mentions"]


def test_hitting_back_at_someone_is_criticism() -> None:
    got = event_triples("The Kenyan minister hit back at the Ugandan president's claims.")
    assert ("KEN", "UGA", "111") in got, got


@pytest.mark.parametrize(("text", "sector"), [
    ("Kenyan opposition members criticized the government in Nairobi.", "OPP"),
    ("Members of Hamas attacked Israeli troops near Gaza.", "REB"),
])
def test_members_take_their_bodys_sector(text: str, sector: str) -> None:
    got = code_record(text)
    members = [m for m in got["mentions"] if m["text"].lower().endswith("members")]
    assert members and members[0].get("sector") == sector, got["mentions"]


def test_a_body_sized_by_its_members_is_the_body() -> None:
    got = code_record("The UN Security Council met on Friday. The 15-member council also "
                      "condemned the coup in Niger.")
    assert not [m for m in got["mentions"] if "member" in m["text"]], got["mentions"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan mayor said an assembly would give Kenyan voters more of a say over transport.",
     "give"),
    ("The Kenyan media gave the Ugandan candidate hours of airtime.", "gave"),
    ("Finland drafted a proposal providing for the opening of the Turkish port.", "providing"),
])
def test_giving_a_say_airtime_or_stipulating_is_no_aid(text: str, trigger: str) -> None:
    got = _events(text, trigger)
    assert not [e for e in got if e["cameo"].startswith("07")], got


def test_receiving_a_body_for_burial_is_no_visit() -> None:
    got = event_triples("\"We receive the body of our brother for burial,\" the Kenyan bishop said "
                        "in Nairobi.")
    assert not [t for t in got if t[2].startswith("04")], got


@pytest.mark.parametrize(("text", "want"), [
    ("Russian cruise missiles struck at targets in Ukraine on Monday.", ("RUS", "UKR", "190")),
    ("Kenya heaped praise on the Ethiopian mediators.", ("KEN", "ETH", "051")),
    ("Belarus dispatched a senior energy envoy to Moscow on Friday.", ("BLR", "RUS", "042")),
    ("Gazprom executives met with Ukrainian officials in Moscow.", ("RUS", "UKR", "040")),
])
def test_strikes_praise_envoys_and_executives(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert want in got, got


def test_an_endorsement_received_is_the_givers() -> None:
    got = event_triples("The Kenyan vice president received the endorsement of the Kenyan "
                        "president on Tuesday.")
    assert any(t[2] == "051" for t in got), got
    assert not [t for t in got if t[2].startswith("04")], got  # no visit received


def test_a_request_received_is_no_visit() -> None:
    got = event_triples("The Danish government has received a request from NATO.")
    assert not [t for t in got if t[2].startswith("04")], got
