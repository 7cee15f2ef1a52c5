"""Round 32 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): informing and briefing another party, anger and other displeasure stated with an
adjective or a manner adverb, phrasal verbs of harsh criticism ("tore into", "took aim at"),
charges recommended against someone, sentences handed down, a legal action filed with a court,
the agent of a passive conjunct, buildings burned, chief justices and the pan-African body, claims
and complaints that judge, and verbs of feeling (whose source is the one who feels)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize(("text", "want"), [
    # informing another party of a matter shares information; telling it that ... is a statement
    pytest.param("The Kenyan government informed Uganda of the outbreak near the border.",
                 ("KEN", "UGA", "064"), id="inform-of"),
    pytest.param("Kenya notified Uganda of the outbreak near the border.", ("KEN", "UGA", "064"),
                 id="notify-of"),
    pytest.param("Kenya's foreign minister briefed the Ugandan ambassador on the talks.",
                 ("KEN", "UGA", "064"), id="brief-on"),
    pytest.param("Kenya informed Uganda that the border would stay open.", ("KEN", "UGA", "010"),
                 id="inform-that"),
    pytest.param("Kenya informed Uganda about the talks with Tanzania.", ("KEN", "UGA", "010"),
                 id="inform-about"),
    # displeasure stated with an adjective or a manner adverb
    pytest.param("Kenya was angry at Uganda over the border closure.", ("KEN", "UGA", "110"),
                 id="angry-at"),
    pytest.param("Kenya is unhappy with Uganda's decision to close the border.",
                 ("KEN", "UGA", "110"), id="unhappy-with"),
    pytest.param("Kenya was furious with Uganda.", ("KEN", "UGA", "110"), id="furious-with"),
    pytest.param("Kenya reacted angrily to Uganda's decision to close the border.",
                 ("KEN", "UGA", "111"), id="reacted-angrily"),
    pytest.param("Kenya responded furiously to the Ugandan president's remarks.",
                 ("KEN", "UGA", "111"), id="responded-furiously"),
    # phrasal verbs of harsh criticism
    pytest.param("The Kenyan president tore into Uganda's leaders over the vote.",
                 ("KEN", "UGA", "111"), id="tear-into"),
    pytest.param("The Kenyan president laid into Uganda's leaders over the vote.",
                 ("KEN", "UGA", "111"), id="lay-into"),
    pytest.param("The Kenyan president rounded on Uganda's leaders over the vote.",
                 ("KEN", "UGA", "111"), id="round-on"),
    pytest.param("The Kenyan president took aim at Uganda's leaders over the vote.",
                 ("KEN", "UGA", "111"), id="take-aim-at"),
    pytest.param("The Kenyan president took a swipe at Uganda's leaders over the vote.",
                 ("KEN", "UGA", "111"), id="take-swipe-at"),
    # recommending charges accuses of a crime
    pytest.param("Kenyan police recommended charges against two Ugandan officials.",
                 ("KEN", "UGA", "1121"), id="recommend-charges"),
    pytest.param("Kenyan police recommended the prosecution of two Ugandan officials.",
                 ("KEN", "UGA", "1121"), id="recommend-prosecution"),
    # a sentence handed down or imposed is a court's finding
    pytest.param("A Kenyan court handed down a ten-year sentence to Uganda's former army chief.",
                 ("KEN", "UGA", "116"), id="hand-down-sentence"),
    pytest.param("A Kenyan court imposed a ten-year sentence on Uganda's former army chief.",
                 ("KEN", "UGA", "116"), id="impose-sentence"),
    # an appeal filed with a court is brought before it
    pytest.param("Lawyers for the Kenyan opposition leader filed an appeal last week with the "
                 "Supreme Court in Kampala.", ("KEN", "UGA", "115"), id="file-with-court"),
    # the agent of a passive conjunct acts in the first conjunct too
    pytest.param("Two Ugandan soldiers were arrested and later released by Kenyan police.",
                 ("KEN", "UGA", "173"), id="conjunct-agent"),
    pytest.param("Two Ugandan soldiers were shot dead and a school was burned by Kenyan troops, "
                 "officials said.", ("KEN", "UGA", "193"), id="split-conjunct-agent"),
    # burning a building destroys property
    pytest.param("Kenyan rioters torched the Ugandan embassy in Nairobi.", ("KEN", "UGA", "1712"),
                 id="torch-building"),
    pytest.param("Kenyan rioters burned the Ugandan embassy in Nairobi.", ("KEN", "UGA", "1712"),
                 id="burn-building"),
    # a chief justice is a judge; the pan-African body is the African Union
    pytest.param("The chief justice urged Ugandan courts to show restraint.", ("KEN", "UGA", "020"),
                 id="chief-justice"),
    pytest.param("The pan-African body urged Uganda to hold talks with the rebels.",
                 ("AFR", "UGA", "020"), id="pan-african-body"),
    # a claim or complaint that judges another party criticises it
    pytest.param("Kenya claimed that Uganda's leaders were incompetent.", ("KEN", "UGA", "111"),
                 id="claim-criticism"),
    pytest.param("The Kenyan opposition complained that pressure from the authorities had made a "
                 "fair campaign impossible.", ("KEN", "KEN", "114"), id="complain-judged"),
    # a verb of feeling: the one who feels it disapproves of what it is felt at
    pytest.param("Kenya was outraged by Uganda's decision to close the border.",
                 ("KEN", "UGA", "110"), id="outraged-by"),
    pytest.param("Uganda's remarks infuriated Kenya.", ("KEN", "UGA", "110"), id="infuriated"),
    pytest.param("The remarks by the Ugandan president offended Kenya.", ("KEN", "UGA", "110"),
                 id="offended-by-maker"),
    pytest.param("Kenya, angered by Uganda's decision, recalled its ambassador.",
                 ("KEN", "UGA", "110"), id="angered-participle"),
    # a relative clause the parse hangs on the head of "relations with Tanzania which ..."
    pytest.param("Kenya has been in good relations with Tanzania which supports the Ugandan bid "
                 "for the post.", ("TZA", "UGA", "051"), id="relative-nearest-name"),
])
def test_the_sentence_codes_the_event(text: str, want: tuple[str, str, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


@pytest.mark.parametrize("text", [
    # the press informed or briefed is an audience, not a partner
    "The Kenyan minister informed reporters of the outbreak.",
    "The Kenyan minister briefed journalists on the talks with Uganda.",
    # "informed X that ..." reports what was said: no sharing of information
    "Kenya informed Uganda that it would convey its concern to the rebels.",
])
def test_no_information_is_shared(text: str) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert all(c != "064" for _, _, c in got), got


def test_a_manner_adverb_is_no_object_of_a_phone_call() -> None:
    # "called" with an adverb is not a call "by phone" whose object the adverb would be
    got = _triples(_code("Kenya repeatedly called for Uganda to reopen the border.", "2005-04-08"))
    assert all(c != "041" for _, _, c in got), got


def test_an_agent_of_another_clause_is_not_shared_without_a_coordination() -> None:
    got = _triples(_code("Two Ugandan soldiers were shot dead on Monday. A school was burned by "
                         "Kenyan troops.", "2005-04-08"))
    assert all(c != "193" for _, _, c in got), got



def test_a_relative_after_a_preposition_takes_its_own_antecedent() -> None:
    # "a manifesto on ... Kenya to which X reacted": the manifesto, not Kenya, is reacted to
    got = _triples(_code("Amnesty International released a manifesto on the human rights "
                         "situation in Kenya to which the Kenyan vice-president reacted angrily.",
                         "2005-04-08"))
    assert ("KEN", "KEN", "111") not in got, got
