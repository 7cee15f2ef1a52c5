"""Lexicon rules that stand without the model's veto (issue 12, round 12), on sentences of our
own, rules only (the ``--fast`` reading): PETRARCH-2's verb-alone defaults are left out where a
verb alone does not say a cooperative or statement sense; audiences are no addressees."""

from __future__ import annotations

import pytest

from detente.events.lexicon import VERB_ALONE_LEFT_OUT, by_lemma
from tests.conftest import event_triples


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon's own reading: the learned layer is off."""
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")


def _borrowed_verb_alone(lemma: str) -> list[str]:
    return [p.cameo for p in by_lemma().get(("verb", lemma), ())
            if p.id.startswith("p2_") and p.specificity == 0]


def test_cooperative_verb_alone_defaults_are_left_out() -> None:
    for lemma in ("lead", "want", "announce", "expand"):
        assert not _borrowed_verb_alone(lemma), lemma
    # a hostile verb says its sense alone and keeps its default
    assert [c for c in _borrowed_verb_alone("repulse") if c[:2] not in VERB_ALONE_LEFT_OUT]


def test_a_verb_alone_codes_no_cooperation() -> None:
    for text in ("Kenya leads Uganda in coffee exports.",
                 "Kenya wants a bigger share of Uganda's oil revenue.",
                 "Kenya expanded its embassy in Uganda last year."):
        got = event_triples(text)
        assert not [e for e in got if e[2][:2] in ("03", "06")], (text, got)
    # a constrained borrowed row still codes: PETRARCH-2's objects decide the sense
    assert ("SRB", "HRV", "160") in event_triples("Serbia quit the talks with Croatia.")


def test_an_assurance_is_a_commitment() -> None:
    assert ("EGY", "JOR", "030") in event_triples(
        "Egypt assured Jordan that the crossing would stay open.")


def test_an_audience_is_no_addressee() -> None:
    for text in ("Kenya's president told Ugandan supporters that the border would reopen.",
                 "Kenya's president told a Ugandan newspaper that the border would reopen."):
        got = event_triples(text)
        assert not [e for e in got if e[2] == "010"], (text, got)
    assert ("FRA", "DEU", "010") in event_triples(
        "France told Germany that the border would stay open.")
