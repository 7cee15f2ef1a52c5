"""Senses kept apart for precision (issue 12, round 9), on sentences of our own: aid (CAMEO 07)
is material help, so the noun a verb gives or provides decides the sense, also when a relative
clause hides it ("the speech X gave"); facing opposition is no meeting."""

from __future__ import annotations

from tests.conftest import event_triples


def test_the_noun_of_an_object_relative_clause_is_the_verbs_object() -> None:
    got = event_triples("Critics recalled the long speech the Kenyan president gave to Ugandan lawmakers.")
    assert not [e for e in got if e[2].startswith("07")], got
    # the relative pronoun is the subject here: the object stays the verb's own
    got = event_triples("The Kenyan minister who gave aid to Uganda resigned on Monday.")
    assert [e for e in got if e[2] == "070" and e[0] == "KEN"], got


def test_giving_or_providing_information_is_no_aid() -> None:
    for text in ("Kenya provided details of the budget to Uganda on Monday.",
                 "Kenya has supplied many reasons to doubt the Ugandan figures.",
                 "Kenya gave Uganda an explanation of the border closure."):
        assert not [e for e in event_triples(text) if e[2].startswith("07")], text
    assert [e for e in event_triples("Kenya supplied food to Uganda after the floods.")
            if e[:3] == ("KEN", "UGA", "070")]


def test_facing_opposition_is_no_meeting() -> None:
    # "X faces Y" is a situation X is in (opposition, criticism, pressure), not a consultation
    got = event_triples("The Kenyan government is facing opposition from Ugandan lawmakers.")
    assert not [e for e in got if e[2].startswith("04")], got
