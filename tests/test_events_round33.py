"""Round 33 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): firing at someone and throwing bombs at them, denunciation and defiance as nouns,
brushing off what another says, court challenges, suspending officials, rules violated, being
in touch, the agent named by "by" over a modifier, a participle hung on what was announced,
those counted "among" the doers of a relative clause, and acts denied with "no"."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize(("text", "want"), [
    # small-arms fire at someone (193), a bomb or grenade thrown at them (183)
    pytest.param("Kenyan soldiers fired at Ugandan rebels near the border.", ("KEN", "UGA", "193"),
                 id="fire-at"),
    pytest.param("Kenyan soldiers fired back at the Ugandan rebels.", ("KEN", "UGA", "193"),
                 id="fire-back-at"),
    pytest.param("Kenyan police fired shots at Ugandan smugglers.", ("KEN", "UGA", "193"),
                 id="fire-shots-at"),
    pytest.param("Ugandan rebels threw a grenade at a Kenyan army truck.", ("UGA", "KEN", "183"),
                 id="throw-grenade-at"),
    # denunciation and defiance named as nouns
    pytest.param("Kenya's denunciation of the Ugandan raid was swift.", ("KEN", "UGA", "111"),
                 id="denunciation"),
    pytest.param("The Kenyan president flew to Kampala in defiance of a Tanzanian ban.",
                 ("KEN", "TZA", "128"), id="in-defiance-of"),
    # brushing off or aside what another says rejects it
    pytest.param("Kenya brushed off Uganda's complaints about the dam.", ("KEN", "UGA", "120"),
                 id="brush-off"),
    pytest.param("Kenya brushed aside Uganda's complaints about the dam.", ("KEN", "UGA", "120"),
                 id="brush-aside"),
    # a court challenge: the agent is the one named by "by", not the court
    pytest.param("A court challenge by Kenyan farmers to the Ugandan government's dam plan began "
                 "on Monday.", ("KEN", "UGA", "115"), id="court-challenge-by-to"),
    # suspending officials is an administrative sanction on them
    pytest.param("The Kenyan government suspended 16 customs officials on Monday.",
                 ("KEN", "KEN", "172"), id="suspend-officials"),
    # violating what another imposed or patrols defies it
    pytest.param("Iraqi jets violated the US-patrolled no-fly zone.", ("IRQ", "USA", "128"),
                 id="violate-patrolled-zone"),
    pytest.param("North Korea violated the embargo imposed by Japan.", ("PRK", "JPN", "128"),
                 id="violate-embargo"),
    # being in touch is consultation
    pytest.param("Kenya's president has been in touch with Uganda's leaders about the outbreak.",
                 ("KEN", "UGA", "040"), id="in-touch-with"),
    # legal action recommended, charges filed: an accusation of a crime
    pytest.param("Kenyan investigators recommended legal action against three Ugandan officials.",
                 ("KEN", "UGA", "1121"), id="recommend-legal-action"),
    pytest.param("The Kenyan prosecution has filed additional charges against the Ugandan "
                 "suspects.", ("KEN", "UGA", "1121"), id="file-charges"),
    # a call with someone is a telephone consultation
    pytest.param("Kenya's president held a call with Uganda's leader on Monday.",
                 ("KEN", "UGA", "041"), id="call-with"),
    # praise drawn from "a host of" leaders is theirs
    pytest.param("The Kenyan president drew praise from a host of Ugandan leaders for the deal.",
                 ("UGA", "KEN", "051"), id="praise-from-a-host-of"),
    # a participle the parse hangs on what was announced speaks for the announcer
    pytest.param("The Kenyan opposition issued a decision accusing Uganda of meddling.",
                 ("KEN", "UGA", "112"), id="announced-object-participle"),
    # those hurt in a clash were one of its sides; police clashing with protesters repress them
    pytest.param("Three Kenyan soldiers were killed in clashes with Ugandan rebels.",
                 ("KEN", "UGA", "190"), id="killed-in-clashes-with"),
    pytest.param("Kenyan police clashed with Ugandan protesters.", ("KEN", "UGA", "175"),
                 id="police-clash-protesters"),
    pytest.param("Kenya's police engaged in clashes with Ugandan protesters in Nairobi.",
                 ("KEN", "UGA", "175"), id="police-clashes-with-protesters"),
    pytest.param("Kenyan protesters were seen throwing garbage bins at Ugandan police.",
                 ("KEN", "UGA", "145"),
                 id="throw-bins"),
    # vowing to hunt down or destroy someone threatens them
    pytest.param("Kenya vowed to hunt down the Ugandan rebels behind the raid.",
                 ("KEN", "UGA", "137"), id="vow-hunt-down"),
    pytest.param("Kenya vowed to wipe out the Ugandan rebels behind the raid.",
                 ("KEN", "UGA", "138"), id="vow-wipe-out"),
    # an officer of a place named by its nationality is of that country
    pytest.param("NAIROBI (AP) _ The police chief of a northern Ugandan town accused Kenyan "
                 "smugglers of arming the rebels.", ("UGA", "KEN", "112"), id="chief-of-a-town"),
    # those counted among the doers of a relative clause do it
    pytest.param("Kenya and Tanzania were among those who voted against the Ugandan proposal.",
                 ("KEN", "UGA", "120"), id="among-those-who"),
])
def test_the_sentence_codes_the_event(text: str, want: tuple[str, str, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


def test_a_named_agent_outranks_a_modifier_of_the_event_noun() -> None:
    # "the Uganda boycott by Kenyan traders": Uganda is boycotted, Kenyans boycott
    record = _code("The Uganda boycott by Kenyan traders began in March.", "2005-04-08")
    boycotts = [e for e in record["events"] if e["trigger"]["text"] == "boycott"]
    assert boycotts and all(e["source"]["country"] == "KEN" for e in boycotts), record["events"]


def test_a_participle_on_a_person_is_not_the_clause_subjects() -> None:
    # the man shoots, not the police who found him
    got = _triples(_code("Kenyan police found a man shooting at Ugandan traders.", "2005-04-08"))
    assert not any(src == "KEN" and code.startswith(("18", "19")) for src, _, code in got), got


def test_an_infinitive_on_an_ultimatum_is_not_the_issuers_act() -> None:
    # the withdrawal is demanded of Uganda; Kenya does not withdraw
    got = _triples(_code("Kenya issued an ultimatum to Uganda to withdraw its troops.",
                         "2005-04-08"))
    assert not any(src == "KEN" and code.startswith("08") for src, _, code in got), got


def test_a_law_violated_is_no_interaction() -> None:
    got = _triples(_code("The Kenyan minister violated the law, the court said.", "2005-04-08"))
    assert not any(code == "128" for _, _, code in got), got


def test_an_act_denied_with_no_is_negated() -> None:
    record = _code("Kenya has had no talks with Uganda since March.", "2005-04-08")
    talks = [e for e in record["events"] if e["cameo"] == "040"]
    assert talks and all(e["modality"] == "negated" for e in talks), record["events"]


def test_the_one_jailed_does_not_jail() -> None:
    record = _code("A Kenyan reporter jailed for six years after exposing fraud said Monday he "
                   "would appeal.", "2005-04-08")
    assert not any(e["cameo"].startswith("17") and "reporter" in (e["source"] or {}).get("text", "")
                   for e in record["events"]), record["events"]
