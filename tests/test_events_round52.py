"""Events, round 52: declining someone's proposal or request rejects it, declining to hear or
consider it too; blocking someone's deal or nominee rejects it; a conviction or sentence given,
upheld or won finds guilty; talks with a partner that a speaker reports are the speaker's;
support won or received from someone is theirs (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _got(text: str) -> list[tuple[str | None, str | None, str]]:
    return _triples(_code(text, "2016-08-03"))


@pytest.mark.parametrize("text", [
    pytest.param("Kenya declined Uganda's offer of a ceasefire.", id="offer"),
    pytest.param("Kenya declined Uganda's request for the return of the refugees.", id="request"),
    pytest.param("Kenya declined Uganda's motion at the regional assembly.", id="motion"),
    pytest.param("Kenya's court declined to hear Uganda's appeal.", id="hear"),
    pytest.param("Kenya declined to consider Uganda's plan for the border.", id="consider"),
])
def test_declining_what_someone_proposes_rejects_it(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "120") in got, got


@pytest.mark.parametrize("text", [
    pytest.param("Kenya blocked Uganda's gas deal with Tanzania.", id="deal"),
    pytest.param("Kenyan senators blocked the Ugandan president's appointment of a new envoy.",
                 id="appointment"),
])
def test_blocking_someones_deal_or_nominee_rejects_it(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "120") in got, got


def test_a_decline_in_numbers_is_no_event() -> None:
    got = _got("Kenya's exports to Uganda declined sharply in the last quarter.")
    assert not any(c.startswith("12") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    pytest.param("A Kenyan judge gave Uganda's former police chief a five-year sentence.",
                 id="give-sentence"),
    pytest.param("Kenya's appeals court upheld the conviction of Uganda's former police chief.",
                 id="uphold-conviction"),
    pytest.param("Kenya's appeals court upheld the prison sentence against Uganda's former police "
                 "chief.", id="uphold-sentence"),
    pytest.param("Kenya's appeals court affirmed the conviction of Uganda's former police chief.",
                 id="affirm-conviction"),
    pytest.param("Kenyan prosecutors won a conviction against Uganda's former police chief.",
                 id="win-conviction"),
])
def test_a_conviction_or_sentence_given_or_upheld_finds_guilty(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "116") in got, got


def test_a_sentence_given_is_no_aid() -> None:
    got = _got("A Kenyan judge gave Uganda's former police chief a five-year sentence.")
    assert not any(c.startswith("07") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Kenyan officials said little progress had been made in talks with Uganda.",
                 id="in-talks"),
    pytest.param("Kenyan officials said talks with Uganda broke down on Friday.", id="talks-broke"),
])
def test_talks_with_a_partner_reported_by_a_speaker_are_the_speakers(text: str) -> None:
    got = _got(text)
    assert ("KEN", "UGA", "040") in got or ("KEN", "UGA", "046") in got, got


def test_talks_of_a_named_subject_stay_the_subjects() -> None:
    got = _got("Kenyan officials said Uganda had been too rigid in talks with Tanzania.")
    assert not any(s == "KEN" and c.startswith("04") for s, _, c in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Kenya won Uganda's support for its bid.", id="won-poss"),
    pytest.param("Kenya received support from Uganda for its bid.", id="received-from"),
])
def test_support_won_from_someone_is_their_support(text: str) -> None:
    got = _got(text)
    assert ("UGA", "KEN", "051") in got, got


def test_support_lost_is_no_support() -> None:
    got = _got("Kenya lost Uganda's support for its bid.")
    assert not any(c.startswith("05") for _, _, c in got), got
