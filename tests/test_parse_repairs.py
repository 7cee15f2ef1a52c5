"""The parse repairs (``detente.parse_repairs``), on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import event_triples


@pytest.mark.parametrize("text", [
    "Chinese President Xi Jinping met visiting Kenyan President William Ruto on Monday.",
    "Chinese President Xi Jinping received visiting Kenyan President William Ruto on Monday.",
    "Chinese President Xi Jinping met with visiting Kenyan President William Ruto on Monday.",
])
def test_a_visiting_guest_is_the_object_of_the_host(nlp: Language, text: str) -> None:
    doc = nlp(text)
    visiting = next(t for t in doc if t.lower_ == "visiting")
    guest = next(t for t in doc if t.text == "Ruto")
    assert visiting.dep_ == "amod" and visiting.head == guest
    assert guest.dep_ in ("dobj", "pobj") and guest.head.lower_ in ("met", "received", "with")


def test_a_real_visit_keeps_its_object(nlp: Language) -> None:
    doc = nlp("The Kenyan minister spent Monday visiting Ugandan officials in Kampala.")
    visiting = next(t for t in doc if t.lower_ == "visiting")
    assert visiting.pos_ == "VERB" and any(c.dep_ == "dobj" for c in visiting.children)


@pytest.mark.parametrize(("text", "want"), [
    ("Chinese President Xi Jinping met visiting Kenyan President William Ruto on Monday.",
     ("CHN", "KEN", "040")),
    ("Egyptian President Abdel Fattah al-Sisi welcomed visiting Kenyan President William Ruto.",
     ("EGY", "KEN", "051")),
])
def test_the_host_acts_on_the_visiting_guest(text: str, want: tuple[str, str, str]) -> None:
    got = event_triples(text)
    assert want in got, got
    assert ("CHN", "KEN", "042") not in got  # the host does not visit the guest
