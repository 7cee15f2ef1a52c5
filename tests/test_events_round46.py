"""Events, round 46: a title of no office names the person introduced with a longer one, acts
ordered or flown, vetoed proposals, vowed revenge, clashes between units, acts wished for,
campaign rallies (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _events(text: str, date: str = "1988-10-20") -> list[dict]:
    return _code(text, date)["events"]


def _mentions(text: str, date: str = "1988-10-20") -> dict[str, str | None]:
    return {m["text"]: m["country"] for m in _code(text, date)["mentions"]}


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("Kenyan Foreign Minister Ali Mwangi arrived in Kampala on Sunday. "
                 "The minister met Ugandan President Yoweri Museveni.", "KEN",
                 id="minister-after-foreign-minister"),
    pytest.param("Saudi Crown Prince Abdullah arrived in Washington on Sunday. "
                 "The prince met Vice President George Bush on Monday.", "SAU",
                 id="prince-after-crown-prince-in-the-dictionary"),
])
def test_a_title_of_no_office_names_who_was_introduced_with_a_longer_one(
        text: str, country: str) -> None:
    subject = "The minister" if "minister met" in text else "The prince"
    assert _mentions(text)[subject] == country


def test_the_minister_is_not_the_prime_minister() -> None:
    got = _mentions("Israeli Prime Minister Yitzhak Shamir arrived in Cairo on Sunday. "
                    "The minister met Egyptian President Hosni Mubarak.")
    assert got["The minister"] != "ISR", got


@pytest.mark.parametrize(("text", "triple"), [
    pytest.param("The Kenyan president ordered the arrest of two Ugandan journalists.",
                 ("KEN", "UGA", "173"), id="ordered-the-arrest"),
    pytest.param("Syrian warplanes flew 40 sorties against Turkish positions.",
                 ("SYR", "TUR", "195"), id="flew-sorties"),
])
def test_the_subject_of_order_or_fly_does_what_the_object_noun_names(
        text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(_code(text, "1995-12-10"))


@pytest.mark.parametrize(("text", "triple"), [
    pytest.param("Ghana blocked Togo's proposal at the meeting.", ("GHA", "TGO", "129"),
                 id="blocked-a-proposal"),
    pytest.param("Syria promised retaliation against Israel.", ("SYR", "ISR", "138"),
                 id="promised-retaliation"),
    pytest.param("Iran pledged revenge against Iraq.", ("IRN", "IRQ", "138"),
                 id="pledged-revenge"),
])
def test_vetoes_and_vowed_revenge(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(_code(text, "1995-12-10"))


def test_a_clash_between_naval_units_is_fighting() -> None:
    got = _triples(_code("There was a clash between Iraqi naval units and Iranian gunboats.",
                         "1987-05-01"))
    assert any(t[2] == "190" and {t[0], t[1]} == {"IRQ", "IRN"} for t in got), got


def test_an_act_wished_for_is_not_asserted() -> None:
    got = [(e["trigger"]["text"], e["modality"]) for e in _events(
        "I would love to see Kenya endorse the plan, the Ugandan president said.")]
    assert ("endorse", "asserted") not in got, got


def test_an_act_seen_is_asserted() -> None:
    got = [(e["trigger"]["text"], e["modality"]) for e in _events(
        "We saw Russia withdraw its troops, the German minister said.")]
    assert ("withdraw", "asserted") in got, got


def test_a_campaign_rally_is_no_protest() -> None:
    assert [e["cameo"] for e in _events("Kenya's ruling party held a campaign rally in Nairobi.")
            if e["cameo"].startswith("14")] == []
    assert ("KEN", "KEN", "141") in _triples(_code(
        "Kenyan students held a rally against the government.", "1995-12-10"))
