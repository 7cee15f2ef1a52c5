"""Events, round 47: acts between companies, elections won and words called force, a wish the
tagger misreads (sentences of our own)."""

from __future__ import annotations

from tests.test_events_round26 import _code, _triples


def _events(text: str, date: str = "2016-03-16") -> list[dict]:
    return _code(text, date)["events"]


def test_a_refusal_between_two_companies_is_business() -> None:
    assert _events("Boeing turned down the Microsoft proposal.") == []


def test_a_government_refusing_a_company_is_an_event() -> None:
    got = _triples(_code("The Kenyan government turned down the Microsoft proposal.", "2016-03-16"))
    assert ("KEN", "USA", "120") in got, got


def test_a_senator_besting_another_in_a_primary_is_no_use_of_force() -> None:
    codes = [e["cameo"] for e in _events("Senator Ted Cruz bested Senator Marco Rubio in Ohio.")]
    assert not any(c.startswith(("18", "19", "20")) for c in codes), codes


def test_a_politicians_assault_on_another_is_words() -> None:
    codes = [e["cameo"] for e in _events(
        "Republican Senator John McCain's assault on Senator Ted Cruz went on.")]
    assert codes == ["111"], codes


def test_an_act_wished_for_is_not_asserted_when_tagged_as_present() -> None:
    got = [(e["trigger"]["text"], e["modality"]) for e in _events(
        "“I would love to see Mr. Museveni endorse, go all in, and I think he will,” the Kenyan "
        "minister said.")]
    assert got and ("endorse", "asserted") not in got, got
