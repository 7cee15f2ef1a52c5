"""Events, round 44: a prince named again by his style or title, companies that say nothing of
where a story is, negotiations and discussions with a partner, and talks only attempted
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _countries(text: str, name: str, dateline: str | None) -> list[str | None]:
    record = _code(text, "1987-10-20", dateline=dateline)
    # the tagger may leave the style out of the name ("Prince [Hamid]")
    return [m["country"] for m in record["mentions"]
            if m["text"] == name or name.endswith(" " + m["text"])]


def test_a_prince_named_again_by_style_and_given_name_is_the_one_introduced() -> None:
    got = _countries("Jordan's Crown Prince Hamid bin Talal arrived in Paris on Monday for talks "
                     "on trade. Prince Hamid told reporters the visit would be short.",
                     "Prince Hamid", dateline="PARIS")
    assert got == ["JOR"], got


def test_a_company_named_often_does_not_move_the_story_from_its_dateline() -> None:
    text = ("The Japanese government said faulty repairs caused the crash. Boeing made the "
            "repairs in 1978. Boeing said it would study the report. Boeing engineers will meet "
            "next week, and Boeing shares fell. The investigators asked the ministry to check "
            "all repairs.")
    assert _countries(text, "The investigators", dateline="TOKYO") == ["JPN"]


def test_the_crown_prince_named_again_by_title_is_the_one_introduced() -> None:
    got = _countries("Jordan's Crown Prince Hamid bin Talal arrived in Paris on Monday. The Crown "
                     "Prince met the French president for an hour.", "The Crown Prince",
                     dateline="PARIS")
    assert got == ["JOR"], got


def test_the_prince_of_a_country_is_of_that_country() -> None:
    assert _countries("The Prince of Wales praised the Canadian army on Monday.", "The Prince",
                      dateline="OTTAWA") == ["GBR"]


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("After two days of negotiations with Bolivia, Chile signed the gas deal.", "046",
                 id="negotiations-with"),
    pytest.param("Egypt's minister returned from discussions with Sudan on the dam.", "040",
                 id="discussions-with"),
])
def test_negotiations_and_discussions_with_a_partner_are_events(text: str, code: str) -> None:
    got = _triples(_code(text, "1987-10-20"))
    assert any(c == code and tgt in ("BOL", "SDN") for _, tgt, c in got), got


def test_negotiations_with_no_partner_named_are_not_coded() -> None:
    got = _triples(_code("The negotiations have dragged on for months.", "1987-10-20"))
    assert got == [], got


@pytest.mark.parametrize("text", [
    pytest.param("The envoy tried to revive talks between Israel and Syria.", id="tried-to"),
    pytest.param("The envoy flew to Damascus in a bid to revive talks between Israel and Syria.",
                 id="a-bid-to"),
])
def test_talks_only_attempted_are_not_asserted(text: str) -> None:
    record = _code(text, "1997-04-23")
    held = [e for e in record["events"] if e["trigger"]["text"] == "talks"]
    assert all(e["modality"] != "asserted" for e in held), held


def test_talks_revived_are_asserted() -> None:
    record = _code("The envoy revived talks between Israel and Syria.", "1997-04-23")
    assert [e["modality"] for e in record["events"] if e["trigger"]["text"] == "talks"] == [
        "asserted"]
