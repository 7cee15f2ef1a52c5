"""Events, round 38: calling for someone to resign or step down; asking for someone to act; a
stated refusal to support, or to release anyone, rejects; a person due to act is its source; a
surname written with another given name is not the dictionary's holder of that surname
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_actors_round22 import find
from tests.test_actors_round24 import dated_mentions
from tests.test_events_round26 import _code, _triples


def _record(text: str) -> dict:
    return _code(text, "2005-04-08", dateline="NAIROBI")


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_record(text))


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Kenya's opposition leader called for the Ugandan president to resign.",
                 ("KEN", "UGA", "0241"), id="call-for-resign"),
    pytest.param("Kenya's opposition called on Friday for the Ugandan president to step down.",
                 ("KEN", "UGA", "0241"), id="call-for-step-down"),
    pytest.param("Kenya's government asked for Ugandan troops to stay in the border region.",
                 ("KEN", "UGA", "020"), id="ask-for-act"),
    pytest.param("Kenya's president said Kenya will not support Uganda's bid for the seat.",
                 ("KEN", "UGA", "120"), id="will-not-support"),
    pytest.param("Kenya's foreign minister was due to meet the Ugandan president on Monday.",
                 ("KEN", "UGA", "040"), id="due-to-meet"),
    pytest.param("Kenya's president shot back at the Ugandan opposition leader on Monday.",
                 ("KEN", "UGA", "111"), id="politician-shoots-back-in-words"),
    pytest.param("Kenyan troops shot back at Ugandan rebels on Monday.", ("KEN", "UGA", "193"),
                 id="troops-shoot-back"),
    pytest.param("Kenya's police are investigating reports that Ugandan rebels crossed the border.",
                 ("KEN", "UGA", "090"), id="investigate-reports-that"),
    pytest.param("Kenya's motion received support from Uganda and Tanzania.", ("UGA", "KEN", "051"),
                 id="received-support-from"),
    pytest.param("Kenya's plan received backing from Uganda.", ("UGA", "KEN", "051"),
                 id="received-backing-from"),
    pytest.param("The Kenyan foreign minister is in Uganda to discuss trade.", ("KEN", "UGA", "042"),
                 id="is-in-to-discuss"),
])
def test_round_38_events(text: str, want: tuple[str, str | None, str]) -> None:
    assert want in _events(text)


def test_a_resignation_called_for_is_not_asserted() -> None:
    record = _record("Kenya's opposition leader called for the Ugandan president to resign.")
    assert not [e for e in record["events"]
                if e["cameo"].startswith("083") and e["modality"] == "asserted"], record["events"]


def test_releasing_no_one_is_a_refusal_to_release() -> None:
    record = _record("Ugandan rebels said they will release no Kenyan hostages.")
    got = [(e["cameo"], e["modality"]) for e in record["events"]]
    assert ("1243", "asserted") in got and not [g for g in got if g[0] == "0841"], got


def test_a_past_failure_to_support_stays_negated() -> None:
    record = _record("Kenya did not support Uganda's bid for the seat.")
    assert not [e for e in record["events"] if e["cameo"] == "120"], record["events"]


def test_a_call_for_someone_to_act_is_not_read_by_the_plain_appeal_row() -> None:
    # what "call for X to do Y" asks decides appeal or demand; only rows naming the act read it
    record = _record("Kenya's opposition called for Ugandan troops to leave the border region.")
    assert not [e for e in record["events"] if e["rule"].startswith("lex1:call_for+")], \
        record["events"]


@pytest.mark.parametrize("text", [
    pytest.param("Dancer Lionel Blair opened a theatre in Nairobi on Monday.", id="other-given-name"),
    pytest.param('Former congressman Douglas "Pete" Blair opened a theatre in Nairobi on Monday.',
                 id="nickname-in-quotes"),
])
def test_a_surname_with_another_given_name_is_someone_else(text: str) -> None:
    got = dated_mentions(text, "LONDON")
    assert not [m for m in got if m.actor is not None and m.actor.name == "Tony Blair"], \
        [(m.text, m.reason) for m in got]


def test_a_surname_alone_is_still_the_dictionarys_holder() -> None:
    got = find(dated_mentions("Blair opened a theatre in Nairobi on Monday.", "LONDON"), "Blair")
    assert got.actor is not None and got.actor.name == "Tony Blair", got.reason


@pytest.mark.parametrize("text", [
    "Kenya's president was due to hold a public meeting in Mombasa on Saturday.",
    "The Kenyan opposition held a mass meeting in Nairobi.",
])
def test_a_public_meeting_is_no_talks(text: str) -> None:
    assert not [e for e in _events(text) if e[2].startswith("04")]


def test_a_refusal_stated_as_a_negated_intention_is_not_vetoed() -> None:
    # the model reads the negated verb as no act; the refusal it states is one
    got = _events("Kenya's foreign minister explained why he will not be supporting the Ugandan "
                  "candidate.")
    assert ("KEN", "UGA", "120") in got, got


def test_a_spelling_of_a_body_with_a_hyphen_is_the_body() -> None:
    got = dated_mentions("The Inter-governmental Authority on Development met in Nairobi.",
                         "NAIROBI")
    assert find(got, "The Inter-governmental Authority on Development").actor.name == "IGAD"


def test_being_somewhere_for_no_talks_is_no_visit() -> None:
    got = _events("The Kenyan foreign minister is in Uganda to see the game.")
    assert not [e for e in got if e[2] == "042"], got
