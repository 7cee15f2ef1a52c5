"""Round 22 of issue 12 (sentences of our own): releasing captives, placing sanctions, stopping
aid, airlifts, protests that are a clause's time, pleas whose content is not asserted."""

from __future__ import annotations

import pytest

from tests.conftest import code_record, event_triples


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya released 30 Ugandan prisoners on Tuesday.", ("KEN", "UGA", "0841")),
    ("Ghana freed two Togolese hostages.", ("GHA", "TGO", "0841")),
])
def test_releasing_captives_is_a_release_the_model_does_not_veto(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    "Kenya released its annual budget report on Tuesday.",
    "The Kenyan band released a new album.",
])
def test_releasing_a_document_is_no_release(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2].startswith("084")], event_triples(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Canada placed an arms embargo on Venezuela.", ("CAN", "VEN", "163")),
    ("Kenya put a ban on Ugandan imports.", ("KEN", "UGA", "163")),
])
def test_placing_a_sanction_on_a_state_imposes_it(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert any(t[:2] == want[:2] and t[2][:2] in ("16", "17") for t in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("The IMF halted loans to Zambia.", ("IMF", "ZMB", "162")),
    ("Sweden froze its development aid to Zambia.", ("SWE", "ZMB", "162")),
    ("Norway withheld aid from Malawi.", ("NOR", "MWI", "162")),
])
def test_stopping_aid_reduces_it(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert any(t[1:] == want[1:] for t in got), got


def test_an_airlift_to_a_state_is_humanitarian_aid() -> None:
    got = event_triples("The UN airlifted tents to Haiti.")
    assert ("UNO", "HTI", "073") in got, got


@pytest.mark.parametrize("text", [
    "The Kenyan president stepped down after weeks of protests.",
    "The Kenyan minister resigned following months of strikes.",
])
def test_acting_after_a_spell_of_protests_is_not_protesting(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2][:2] == "14"], event_triples(text)


def test_what_a_plea_asks_for_is_not_asserted() -> None:
    got = event_triples("The Kenyan envoy pleaded with Somali militants to free the hostages.")
    assert not [t for t in got if t[2].startswith("084")], got


def test_lobbying_someone_to_act_is_an_appeal() -> None:
    got = event_triples("Kenyan diplomats lobbied Uganda to back the resolution.")
    assert ("KEN", "UGA", "020") in got, got


@pytest.mark.parametrize("text", [
    "Kenya withdrew from the talks with Uganda.",
    "The Kenyan minister pulled out of the trade talks with Uganda.",
    "Kenya walked out of the border talks with Uganda.",
])
def test_leaving_talks_halts_negotiations(text: str) -> None:
    got = event_triples(text)
    assert ("KEN", "UGA", "164") in got, got
    assert not [t for t in got if t[2][:2] in ("04", "08")], got


def test_withdrawing_from_a_place_is_still_a_retreat() -> None:
    got = event_triples("Kenyan troops pulled out of Somalia.")
    assert ("KEN", "SOM", "0874") in got, got


def test_a_court_finding_someone_guilty_is_a_verdict() -> None:
    got = event_triples("A Kenyan court found the Ugandan smuggler guilty of fraud.")
    assert ("KEN", "UGA", "116") in got, got


def test_a_court_finding_someone_not_guilty_is_no_verdict_of_guilt() -> None:
    got = event_triples("A Kenyan court found the Ugandan smuggler not guilty.")
    assert not [t for t in got if t[2] == "116"], got


@pytest.mark.parametrize("text", [
    "Kenya and Uganda resumed dialogue after a two-year pause.",
    "Kenya and Uganda resumed negotiations on Monday.",
])
def test_two_subjects_resuming_talks_hold_them_with_each_other(text: str) -> None:
    got = event_triples(text)
    assert any({t[0], t[1]} == {"KEN", "UGA"} and t[2][:2] == "04" for t in got), got


def test_sending_congratulations_is_praise() -> None:
    got = event_triples("The Kenyan president sent congratulations to the new Ugandan president.")
    assert ("KEN", "UGA", "051") in got, got


def test_two_subjects_agreeing_to_expand_ties_agree_with_each_other() -> None:
    got = event_triples("Kenya and Uganda agreed to expand defence ties.")
    assert any({t[0], t[1]} == {"KEN", "UGA"} and t[2] == "030" for t in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya launched drones at Somalia's militant camps.", ("KEN", "SOM", "195")),
    ("Uganda fired drones at Kenya's border posts.", ("UGA", "KEN", "195")),
])
def test_drones_launched_at_a_state_are_an_aerial_attack(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya will send more tanks to Somalia.", ("KEN", "SOM", "072")),
    ("Kenya delivered howitzers to Somalia.", ("KEN", "SOM", "072")),
    ("Uganda shipped rockets to Somalia's army.", ("UGA", "SOM", "072")),
])
def test_sending_weapons_to_a_state_is_military_aid(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_sending_food_to_a_state_is_aid() -> None:
    got = event_triples("Kenya sent food to Somalia.")
    assert ("KEN", "SOM", "070") in got, got


def test_a_headline_infinitive_is_a_plan() -> None:
    got = code_record("Kenya to send more troops to Somalia")["events"]
    assert got and all(e["modality"] == "planned" for e in got), got


def test_taking_people_hostage_is_an_abduction() -> None:
    got = event_triples("Somali gunmen took two Kenyan engineers hostage.")
    assert ("SOM", "KEN", "181") in got, got


def test_an_attack_claimed_by_a_group_is_the_group_s() -> None:
    got = event_triples("The bombing, claimed by the Pakistani Taliban, killed 30 policemen "
                        "in Peshawar.")
    assert any(t[0] == "PAK" and t[2][:2] == "18" for t in got), got


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed to share intelligence.",
    "Kenya and Uganda exchanged lists of prisoners.",
])
def test_sharing_or_exchanging_without_a_partner_is_done_with_each_other(text: str) -> None:
    got = event_triples(text)
    assert any({t[0], t[1]} == {"KEN", "UGA"} for t in got), got


@pytest.mark.parametrize("text", [
    "Kenya's president sacked his finance minister.",
    "The Kenyan president fired the army chief after the coup attempt.",
])
def test_sacking_an_officeholder_is_an_administrative_sanction(text: str) -> None:
    got = event_triples(text)
    assert any(t[0] == "KEN" and t[2] == "172" for t in got), got


def test_impeaching_a_president_is_an_administrative_sanction() -> None:
    got = event_triples("Peru's Congress impeached President Pedro Castillo.")
    assert ("PER", "PER", "172") in got, got


def test_a_show_of_force_takes_no_target_from_the_dateline() -> None:
    from detente.pipeline import code_articles
    from detente.records import Article

    article = Article(id="t", text="Kenya detonated five underground nuclear devices on Thursday.",
                      published="2024-03-01", dateline="KAMPALA")
    got = next(iter(code_articles([article]))).to_dict()["events"]
    assert not [e for e in got if (e.get("target") or {}).get("country") == "UGA"], got


def test_the_refused_act_is_negated() -> None:
    got = code_record("Kenya's refusal to extradite the Ugandan suspect angered Uganda.")["events"]
    assert all(e["modality"] == "negated" for e in got if e["cameo"][:2] == "06"), got


def test_the_by_agent_of_an_expulsion_of_someone_expels() -> None:
    got = event_triples("The expulsion of the Ugandan ambassador by Kenya deepened the crisis.")
    assert ("KEN", "UGA", "174") in got, got


def test_condemning_an_act_by_someone_condemns_its_agent() -> None:
    got = event_triples("Kenya condemned the detention of its citizens by Ugandan authorities.")
    assert ("KEN", "UGA", "111") in got, got


def test_a_verb_with_its_own_complement_does_not_share_its_conjunct_s_object() -> None:
    got = event_triples("Kenya bowed to Ugandan demands and withdrew its troops.")
    assert not [t for t in got if t[2][:2] == "08" and t[0] == t[1] == "KEN"], got
    got = event_triples("Kenyan police arrested and deported two Ugandan journalists.")
    assert ("KEN", "UGA", "174") in got and ("KEN", "UGA", "173") in got, got


def test_hosts_of_talks_do_not_hold_them_with_each_other() -> None:
    got = event_triples("Kenya, Uganda and Tanzania, which hosted negotiations on the treaty, "
                        "welcomed the vote.")
    assert not [t for t in got if t[2] == "044" and t[1] in ("KEN", "UGA", "TZA")], got


def test_the_by_agent_comes_first_only_for_the_verb_s_own_object() -> None:
    # what is talked about is no object of the talk: its agent is not preferred as the target
    got = event_triples("The Kenyan minister spoke to reporters, while talking about a recent "
                        "visit to Washington by the Ugandan president.")
    assert not [t for t in got if t[:2] == ("KEN", "UGA")], got
