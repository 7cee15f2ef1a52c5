"""Round 20 of issue 12 (sentences of our own): the toll an attack noun's clause reports, the
rest of a list after "between" that the parse hangs elsewhere."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    # those who died in it, and the place the parse hangs on the verb
    ("Dozens of civilians died in a Russian offensive in eastern Ukraine last week.",
     ("RUS", "UKR", "190")),
    ("Sudanese troops suffered heavy losses in an offensive by Chadian forces.",
     ("TCD", "SDN", "190")),
    # the place of those it killed
    ("A NATO air strike killed 12 civilians in a village in Helmand province.",
     ("NATO", "AFG", "195")),
])
def test_an_attack_noun_targets_those_its_clause_says_it_hit(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    # a clause that reports no toll names neither victims nor the place hit
    "A Russian offensive worried Kenyan diplomats in Nairobi.",
    "Kenyan diplomats in Nairobi were surprised by a Russian offensive.",
])
def test_an_attack_noun_in_a_clause_of_no_toll_takes_no_target_from_it(text: str) -> None:
    assert not [t for t in event_triples(text) if t[2] == "190"], event_triples(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Talks between the Nepalese government, the United Nations and the Maoists ended on "
     "Thursday.", ("NPL", "UNO", "040")),
    ("A meeting between Sudan, Chad and Libya was held in Tripoli.", ("TCD", "LBY", "040")),
])
def test_every_side_after_between_takes_part(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


@pytest.mark.parametrize("text", [
    "A strike by Kenyan teachers closed the schools.",
    "Kenyan doctors were on strike for a second week.",  # the copula the tagger calls AUX
    "Kenyan doctors remained on strike on Monday.",
])
def test_workers_on_strike_strike(text: str) -> None:
    # against the strikers' own state since round 28: the strike names no target
    assert ("KEN", "KEN", "143") in event_triples(text), event_triples(text)


def test_a_strike_by_jets_is_no_labour_strike() -> None:
    assert not [t for t in event_triples("A strike by Israeli jets hit the building.")
                if t[2] == "143"]


def test_a_state_providing_another_with_goods_is_aid_the_model_may_not_veto() -> None:
    got = event_triples("Germany will provide Ukraine with air defence systems.")
    assert ("DEU", "UKR", "070") in got, got


@pytest.mark.parametrize("text", [
    # the parse hangs the asked-for act on the request as a clause of purpose
    "Kenya appealed to Uganda to reopen the border.",
    "Kenya called on Uganda to reopen the border.",
])
def test_an_act_asked_of_someone_is_not_the_askers_act(text: str) -> None:
    got = event_triples(text)
    assert [t for t in got if t[:2] == ("KEN", "UGA") and t[2].startswith("02")], got
    assert not [t for t in got if t[2] == "081" and t[0] == "KEN"], got


@pytest.mark.parametrize(("text", "want"), [
    ("Sudan's army and the RSF clashed in Khartoum.", ("SDN", "SDN", "190")),
    ("Turkish troops shelled villages in the north of Syria.", ("TUR", "SYR", "194")),
])
def test_armed_sides_clash_and_a_part_of_a_place_is_the_place(
        text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_politicians_clashing_is_still_words() -> None:
    got = event_triples("The Kenyan president and the opposition leader clashed over the budget.")
    assert not [t for t in got if t[2].startswith("19")], got


def test_an_institution_attacked_in_a_named_place_is_that_places() -> None:
    got = event_triples("Al-Shabaab militants attacked a police station in northern Kenya.")
    assert ("SOM", "KEN", "190") in got, got


def test_a_police_station_is_not_a_verb_of_command() -> None:
    # "station" is also the verb of stationing troops: the noun's police are not the subject's
    got = event_triples("Somali militants attacked a police station in Nairobi.")
    assert ("SOM", "KEN", "190") in got, got


def test_the_act_a_bid_is_for_has_not_happened() -> None:
    from detente import code_text

    coded = code_text("Uganda vetoed Kenya's bid to host the summit.", date="2024-03-10", id="t")
    host = [e for e in coded["events"] if e["trigger"]["text"] == "host"]
    assert all(e["modality"] != "asserted" for e in host), host


def test_denying_a_request_rejects_it_and_naming_someone_asks_nothing() -> None:
    got = event_triples("Uganda denied Kenya's request for the extradition of the suspects.")
    assert ("UGA", "KEN", "120") in got, got
    # "called X a liar ... to protest": naming someone asks nothing, the protest stands
    got = event_triples("Kenya called Uganda's president a liar at a rally to protest the ban.")
    assert ("KEN", None, "140") in got, got


def test_the_international_community_is_no_countrys() -> None:
    got = event_triples("Kenya urged the international community to support Somalia.")
    assert not [t for t in got if t[0] == "KEN" and t[1] == "KEN"], got


def test_a_bare_title_in_apposition_names_the_persons_side() -> None:
    # "X, spokesman for Y," (no article, wire style) is X's title, as "X, a spokesman for Y," is
    got = event_triples("Peter Okello, spokesman for the Ugandan army, accused Kenya of arming the rebels.")
    assert ("UGA", "KEN", "112") in got, got


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya sought Uganda's help in tracing the suspects.", ("KEN", "UGA", "023")),
    ("Kenya sought Uganda's support for its bid.", ("KEN", "UGA", "020")),
])
def test_whose_help_is_sought_is_asked(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text), event_triples(text)


def test_a_commitment_to_a_joint_act_is_made_to_each_other() -> None:
    got = event_triples("Kenya and Ethiopia pledged to deepen cooperation in trade.")
    assert ("KEN", "ETH", "030") in got, got
    # building a railway is no act of one on the other: no pair is made up (agreeing to it is:
    # see test_events_round27)
    got = event_triples("Kenya and Uganda pledged to build a railway.")
    assert ("KEN", "UGA", "030") not in got, got
    # nor when the joint act is asked of another, or has a partner of its own
    got = event_triples("Kenya and Uganda encouraged Somalia to cooperate with the UN.")
    assert not [t for t in got if {t[0], t[1]} == {"KEN", "UGA"}], got


@pytest.mark.parametrize("text", [
    "There are 40,000 Kenyan citizens in Uganda.",
    "In Kampala there are many Kenyan traders.",
])
def test_the_model_adds_no_event_on_the_verb_be(text: str) -> None:
    # "be" is a lexicon verb now ("were on strike"); the model never adds an event on it
    assert not event_triples(text), event_triples(text)


def test_a_date_after_call_is_not_call_on() -> None:
    # "called a general strike on May 3 ... to demand X": a purpose, not what "call on" asks for
    got = event_triples("Kenya's opposition party has called a general strike on May 3 in Nairobi "
                        "to demand the president's ouster.")
    assert [t for t in got if t[2] == "1041"], got
