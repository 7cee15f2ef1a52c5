"""Round 24 of issue 12 (sentences of our own, written after reading stories no gold set holds):
what a denied claim says happened, acts done to no one, a speech that is "a talk", reactions
provoked by their target, and "anti-X" stances."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_record, event_triples


def _events(text: str, trigger: str) -> list[dict[str, Any]]:
    return [e for e in code_record(text)["events"] if e["trigger"]["text"] == trigger]


def _assert_mood(text: str, trigger: str, mood: str) -> None:
    """``trigger`` in ``text`` codes at least one event, each of modality ``mood``."""
    got = _events(text, trigger)
    assert got and all(e["modality"] == mood for e in got), got


@pytest.mark.parametrize(("text", "trigger"), [
    # what a denied claim says happened
    ("The Nigerian army denied reports that its soldiers had shelled the village.", "shelled"),
    ("The Kenyan government dismissed allegations that police tortured detainees.", "tortured"),
    ("Russia reiterated its denials that the ship was sunk by a missile fired by a Russian "
     "submarine.", "fired"),
    # an act done to no one ("will release no prisoners" states a refusal: round 38)
    ("The Peruvian president released no prisoners on Monday.", "released"),
    ("Kenyan police arrested nobody after the riot.", "arrested"),
    # the conjuncts of a refused act
    ("The rebels refused to negotiate, attack Kenyan troops or release the hostages.", "release"),
    ("The ruling Islamists have refused to agree to renounce violence, recognise Israel and "
     "accept past peace deals.", "recognise"),
])
def test_acts_the_sentence_says_did_not_happen_are_negated(text: str, trigger: str) -> None:
    _assert_mood(text, trigger, "negated")


def test_what_a_rejected_suggestion_says_should_happen_is_not_coded_as_negated() -> None:
    # a suggestion that something should happen is the rejection's content, not a denied fact
    got = _events("The minister rejected any suggestion that the king should release the "
                  "prisoners.", "release")
    assert not [e for e in got if e["modality"] == "negated"], got


def test_a_claim_that_is_only_reported_stays_asserted() -> None:
    _assert_mood("The Nigerian army confirmed reports that its soldiers had shelled the village.",
                 "shelled", "asserted")


@pytest.mark.parametrize("text", [
    "The senator's talk on trade policy drew applause in Ohio.",
    "The Indian president gave a talk on the economy at Harvard.",
])
def test_a_talk_is_a_speech_not_negotiations(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2].startswith("04")], event_triples(text)


def test_talks_are_negotiations() -> None:
    got = event_triples("Talks between Egypt and Sudan resumed in Cairo.")
    assert any(t[2] == "040" and {t[0], t[1]} == {"EGY", "SDN"} for t in got), got


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Denmark sparked sharp criticism from China after it sponsored the motion.",
     "CHN", "DNK", "11"),
    ("Japan's visit to the shrine provoked protests from South Korea.", "KOR", "JPN", "14"),
    ("Israel's decision prompted condemnation from the Arab League.", "IGO", "ISR", "11"),
])
def test_a_reaction_someone_provokes_is_aimed_at_them(text: str, source: str, target: str,
                                                       root: str) -> None:
    got = event_triples(text)
    assert (source, target) in [t[:2] for t in got if t[2].startswith(root)], got
    assert not [t for t in got if t[0] == target], got  # the provoker does not protest


def test_a_reaction_to_an_act_done_to_someone_is_not_aimed_at_them() -> None:
    got = code_record("The opposition leader's arrest sparked protests from his supporters in "
                      "Kampala.")["events"]
    assert got and not [e for e in got if (e["target"] or {}).get("text") == "The opposition "
                        "leader"], got


@pytest.mark.parametrize(("text", "stance"), [
    ("Several countries supported an anti-China resolution at the UN in Geneva.", "CHN"),
    ("Germany condemned the anti-Japanese riots in Beijing.", "JPN"),
    ("The rebels attacked a pro-Russian village in eastern Ukraine.", "RUS"),
])
def test_an_anti_or_pro_stance_names_no_target(text: str, stance: str) -> None:
    got = event_triples(text)
    assert got and not [t for t in got if t[1] == stance], got


@pytest.mark.parametrize("text", [
    "Senators in Brazil filed a bill to expel the Venezuelan ambassador.",
    "Parliament in Lima passed a bill to expel the Venezuelan ambassador.",
])
def test_the_act_of_a_bill_is_proposed_not_done(text: str) -> None:
    got = _events(text, "expel")
    assert not [e for e in got if e["modality"] == "asserted"], got


@pytest.mark.parametrize("text", [
    "South Africa destroyed more than three million of its landmines last year.",
    "Syria destroyed its chemical weapons stockpile under UN supervision.",
    "The Libyan army destroyed its own arsenal before the rebels arrived.",
])
def test_destroying_ones_own_stockpile_is_no_attack(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2] == "1712"], event_triples(text)


@pytest.mark.parametrize("text", [
    "Militants from Syria destroyed Iraq's pipeline.",
    "Sudanese rebels destroyed its bridges.",  # a plural's "its" is another's
])
def test_destroying_anothers_property_stays_an_attack(text: str) -> None:
    assert [t for t in event_triples(text) if t[2] == "1712"], event_triples(text)


def test_a_participle_the_parse_gives_its_own_noun_is_that_nouns_act() -> None:
    # "a sniper killing ...": the sniper kills, not the governor who comments on it
    got = code_record("While commenting on the shootings and a sniper targeting and killing five "
                      "police officers, Governor Ann Fallin said the country was divided.")
    assert not [e for e in got["events"] if e["cameo"].startswith(("18", "19"))
                and "Fallin" in ((e["source"] or {}).get("text") or "")], got["events"]


def test_a_whereabouts_expected_is_no_demand() -> None:
    got = event_triples("The UNHCR said that by the end of this year, 52,000 of the Angolan "
                        "refugees should be home.")
    assert not [t for t in got if t[2].startswith("02")], got


@pytest.mark.parametrize("text", [
    "Kenya said Uganda should withdraw its troops.",
    "The Estonian minister said the European Union must be ready to mediate in Ukraine.",
])
def test_a_demand_in_a_modal_clause_stays_a_demand(text: str) -> None:
    got = event_triples(text)
    assert [t for t in got if t[2][:2] in ("02", "10")], got


def test_it_after_a_report_is_the_reporter_not_what_it_reported() -> None:
    got = event_triples("The National Audit Office in London said the EU still had no common "
                        "definition of fraud. It also urged the British government to push for "
                        "reform.")
    assert ("GBR", "GBR", "020") in got and not [t for t in got if t[0] == "EUR"], got


def test_them_after_a_nearer_plural_is_that_plural() -> None:
    # "them" is the rebels named just before, not the countries of the sentence before
    got = event_triples("Kenya and Uganda signed a pact on Monday. Rebels attacked the border "
                        "and the UN condemned them.")
    assert not [t for t in got if t[0] == "UNO" and t[1] in ("KEN", "UGA")], got


def test_a_subject_pronoun_takes_the_main_clauses_subject() -> None:
    # both women are subjects in the first sentence; "She" continues the main clause's
    got = code_record("Ghana's foreign minister Ann Mensah praised Kenya on Monday, saying "
                      "Kenyan president Mary Otieno would visit Accra. She also thanked Uganda.")
    thanks = [e for e in got["events"] if e["trigger"]["text"] == "thanked"]
    assert thanks and all((e["source"] or {}).get("country") == "GHA" for e in thanks), thanks


def test_protesting_ones_innocence_is_no_protest() -> None:
    assert not [t for t in event_triples("The Kenyan minister has repeatedly protested his "
                                         "innocence.") if t[2].startswith("14")]


def test_those_who_act_are_no_one_named() -> None:
    got = event_triples("He said that those who oppose the Palestinian move can drink from the "
                        "sea.")
    assert not [t for t in got if t[0] == "PSE"], got


@pytest.mark.parametrize(("text", "trigger"), [
    ("The opposition in Kenya demanded an investigation by the UN.", "investigation"),
    ("Opposition parties in Kenya called for an investigation by the UN.", "investigation"),
])
def test_an_act_demanded_is_not_asserted(text: str, trigger: str) -> None:
    assert not [e for e in _events(text, trigger) if e["modality"] == "asserted"]


def test_a_broadcast_programme_one_speaks_on_is_no_addressee() -> None:
    got = code_record("Tony Blair told the BBC's Today programme that Iran must comply.")["events"]
    assert not [e for e in got if (e["target"] or {}).get("text", "").startswith("the BBC")], got


def test_sorrow_expressed_is_condolence_not_accusation() -> None:
    got = event_triples("Pakistani leaders expressed their sorrow over the loss of lives in "
                        "Saudi Arabia.")
    assert got and all(t[2].startswith("01") for t in got), got


@pytest.mark.parametrize(("text", "target"), [
    ("Kenyan farmers pleaded for the government of Uganda to lower its tariffs.", "UGA"),
    ("The Kenyan committee recommended that Uganda lift its ban.", "UGA"),
])
def test_pleading_and_recommending_are_appeals(text: str, target: str) -> None:
    got = event_triples(text)
    assert [t for t in got if t[1] == target and t[2].startswith("02")], got


@pytest.mark.parametrize(("text", "target", "root"), [
    ("The Kenyan president paid tribute to Ugandan troops.", "UGA", "05"),
    ("The Kenyan president paid homage to Uganda's founding leader.", "UGA", "05"),
    ("The Kenyan president huddled with Ugandan officials on Monday.", "UGA", "04"),
    ("Germany sent rescue teams to Turkey.", "TUR", "07"),
    ("Japan dispatched a medical team to Haiti.", "HTI", "07"),
    ("Japan sent aid workers to Haiti.", "HTI", "07"),
])
def test_common_phrasings_of_praise_meetings_and_aid(text: str, target: str, root: str) -> None:
    got = event_triples(text)
    assert [t for t in got if t[1] == target and t[2].startswith(root)], got


def test_pressing_ones_demands_is_demanding() -> None:
    _assert_mood("Students in Managua pressed their demands for higher funding.", "demands",
                 "asserted")


@pytest.mark.parametrize(("text", "root"), [
    ("After the governor criticized her husband, the Kenyan senator shot back that the claims "
     "were false.", "19"),
    ("Bill Clinton submitted cookie recipes for the magazine's poll.", "08"),
    ("The Iraqi government submitted a report to the UN.", "08"),
])
def test_retorts_and_submitted_papers_are_no_force_or_yielding(text: str, root: str) -> None:
    assert not [t for t in event_triples(text) if t[2].startswith(root)], event_triples(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan troops shot back at the Somali gunmen.", "193"),
    ("Kenya's rebels have submitted to Uganda's demands.", "080"),
])
def test_shooting_back_at_and_submitting_to_stay_events(text: str, code: str) -> None:
    assert [t for t in event_triples(text) if t[2] == code], event_triples(text)


@pytest.mark.parametrize(("text", "target"), [
    ("The Commission chief slammed new EU budget proposals by the British presidency.", "GBR"),
    ("The Kenyan minister slammed the EU trade plan drawn up by Britain.", "GBR"),
])
def test_a_things_maker_is_its_owner_before_a_modifier(text: str, target: str) -> None:
    got = event_triples(text)
    assert [t for t in got if t[1] == target] and not [t for t in got if t[1] == "EUR"], got


def test_an_indefinite_plural_names_no_earlier_actors() -> None:
    got = event_triples("Belgium and Turkey signed a deal. A Turkish airline, suspended by four "
                        "European countries, redirected its flights to Belgium.")
    assert not [t for t in got if t[2].startswith("16") and t[0] in ("BEL", "TUR")], got


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a pact. The two countries also agreed to reopen the border.",
    "Kenya and Uganda signed a pact. Both countries also agreed to reopen the border.",
])
def test_a_definite_plural_names_the_pair_before(text: str) -> None:
    got = code_record(text)["events"]
    later = [e for e in got if e["trigger"]["text"] != "signed"]
    # both are the subjects (agreeing with each other: source and target)
    assert {(e[side] or {}).get("country") for e in later for side in ("source", "target")} == {
        "KEN", "UGA"}, got


def test_what_a_planned_trip_is_for_is_planned() -> None:
    _assert_mood("Chinese Foreign Minister Qian Qichen will visit the United States next week "
                 "to meet with President Bill Clinton.", "meet", "planned")


def test_what_a_trip_that_happened_was_for_stays_asserted() -> None:
    _assert_mood("The Kenyan president travelled to Kampala to meet Museveni.", "meet", "asserted")


def test_the_traveller_of_a_visit_is_its_source() -> None:
    got = code_record("During the visit of the Pope to Kenya, the president spoke.")["events"]
    visits = [e for e in got if e["trigger"]["text"] == "visit"]
    assert visits and all((e["source"] or {}).get("country") == "VAT" for e in visits), visits


@pytest.mark.parametrize("text", [
    "The Kenyan student is occupying much of his time trying to spread the word.",
    "The Kenyan minister has occupied the post since 2019.",
    "The balloonists from Kenya began their journey, lifting away from the village.",
])
def test_occupying_a_post_and_lifting_off_are_no_events(text: str) -> None:
    assert not event_triples(text), event_triples(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Israeli troops occupied the town of Jenin.", "192"),
    ("The Security Council will lift the sanctions on Iraq.", "085"),
    ("Kenya lifted the curfew in Nairobi.", "081"),
])
def test_occupying_a_town_and_lifting_sanctions_stay_events(text: str, code: str) -> None:
    assert [t for t in event_triples(text) if t[2] == code], event_triples(text)


def test_coordinated_subjects_with_a_named_partner_act_on_the_partner() -> None:
    got = code_record("Kenya and Uganda fought against Somali militants.")["events"]
    pairs = {((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in got}
    assert ("KEN", "UGA") not in pairs and ("UGA", "KEN") not in pairs, pairs


def test_coordinated_subjects_on_their_own_thing_act_on_each_other() -> None:
    got = event_triples("Mongolia and France agreed on the reopening of the French embassy.")
    assert [t for t in got if {t[0], t[1]} == {"MNG", "FRA"}], got


@pytest.mark.parametrize(("text", "code"), [
    ("Iran's President Mahmoud Ahmadinejad launched a fresh attack against Israel on Wednesday, "
     "dismissing the Holocaust as a myth.", "111"),
    ("Somali militants launched an attack on Kenyan troops, killing five.", "190"),
])
def test_an_attack_made_in_words_is_words(text: str, code: str) -> None:
    got = _events(text, "launched")
    assert got and all(e["cameo"] == code for e in got), got


def test_winning_an_election_is_no_assault() -> None:
    got = code_record("In the 2016 election, Donald Trump beat a large field of 16 GOP candidates "
                      "to clinch the nomination.")["events"]
    assert not [e for e in got if e["cameo"].startswith("18")], got


def test_hoping_to_act_is_no_appeal() -> None:
    got = event_triples("The Kenyan prime minister hoped to enact the bill in April.")
    assert not [t for t in got if t[2].startswith("02")], got


def test_what_someone_is_told_to_do_is_not_done() -> None:
    got = _events("The editorial told the Kenyan president to leave his office and visit "
                  "Uganda.", "visit")
    assert not [e for e in got if e["modality"] == "asserted"], got
