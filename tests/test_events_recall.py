"""Recall (issue 12, rounds 8, 9 and 11), on sentences of our own: resisting a demand or pressure is
rejecting it (CAMEO 12, where PETRARCH-2's dictionary lists RESIST with REJECT); a consultation
with a named counterpart of another country is not vetoed by the model; a gerund after "after"
or "by" acts through the subject of a passive main clause; an amount of aid is aid; a visit that
names no destination is to the story's country; a complaint is aimed at the subject of its
content."""

from __future__ import annotations

import pytest

from tests.conftest import event_triples


@pytest.mark.parametrize(("text", "want"), [
    ("Chile resisted demands from Bolivia for access to the sea.", ("CHL", "BOL", "120")),
    ("Ghana has resisted pressure from Nigeria to reopen the border.", ("GHA", "NGA", "120")),
])
def test_resisting_a_demand_or_pressure_is_a_rejection(text: str, want: tuple[str, str, str]) -> None:
    assert want in event_triples(text)


def test_resisting_forces_is_no_rejection() -> None:
    # armed resistance is not the verbal act of rejecting a demand
    assert not [e for e in event_triples("Greek soldiers resisted Turkish troops for a week.")
                if e[2].startswith("12")]


def test_a_phone_call_to_a_named_foreign_leader_is_not_vetoed() -> None:
    # the model gives this own-lexicon consultation p(no event) >= 0.95; both parties are named
    assert ("IND", "PAK", "041") in event_triples("Modi made a phone call to Sharif on Sunday.")


def test_a_gerund_after_a_temporal_preposition_shares_a_passive_subject() -> None:
    # the understood subject of "meeting" is the passive clause's subject, not nobody
    text = "After meeting the Chinese president, the Indian prime minister was asked about the border."
    assert ("IND", "CHN", "040") in event_triples(text)


@pytest.mark.parametrize("text", [
    "Canada sent 20 tonnes of medical aid to Haiti.",
    "Canada sent a first shipment of vaccines to Haiti.",
])
def test_an_amount_of_aid_is_aid(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the object constraint looks through a measure noun to what is measured (rules only)
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")
    assert ("CAN", "HTI", "070") in event_triples(text)


def test_an_amount_of_something_else_is_not_aid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")
    assert not [c for _, _, c in event_triples("Canada sent 20 tonnes of rubbish to Haiti.")
                if c.startswith("07")]


def test_a_visit_without_a_destination_is_to_the_story_country() -> None:
    # CAMEO 042: "during the president's visit" in a story datelined Moscow is a visit to Russia
    text = ("MOSCOW, May 3 (AFP) - Five accords will be signed during the Indonesian president's "
            "visit, a Kremlin official said.")
    assert ("IDN", "RUS", "042") in event_triples(text)


def test_a_visit_at_home_takes_no_story_destination() -> None:
    # the visitor's own country is no destination: a state does not visit itself
    text = "MOSCOW, May 3 (AFP) - The Russian president's visit was postponed."
    assert not [e for e in event_triples(text) if e[2] == "042"]


def test_a_complaint_is_aimed_at_the_subject_of_its_content() -> None:
    # "complained that X ..." names whom the complaint is about, as "claimed that" and "warned
    # that" do (CAMEO 114: complain officially)
    text = "The Greek government complained that Turkey had violated its airspace."
    assert ("GRC", "TUR", "114") in event_triples(text)
