"""A leader or official named by what they lead takes its sector, not the government's
("union leaders" are labour, "rebel leaders" rebels; sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Kenyan union leaders said the strike would go on.", "union leaders", "LAB"),
    ("Kenya's rebel leaders rejected the offer.", "rebel leaders", "REB"),
    ("Kenyan student leaders rejected the offer.", "student leaders", "EDU"),
    ("Kenyan church leaders rejected the offer.", "church leaders", "REL"),
])
def test_a_leader_named_by_what_they_lead_takes_its_sector(text: str, phrase: str,
                                                            sector: str) -> None:
    mentions = [m for m in _code(text, "2016-08-03")["mentions"] if phrase in m["text"]]
    assert mentions and all(m["sector"] == sector and m["country"] == "KEN" for m in mentions), \
        mentions


def test_a_leader_alone_is_still_the_governments() -> None:
    mentions = [m for m in _code("Kenyan leaders rejected the offer.", "2016-08-03")["mentions"]
                if "leaders" in m["text"]]
    assert mentions and all(m["sector"] == "GOV" for m in mentions), mentions
