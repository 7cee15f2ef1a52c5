"""Events, round 43: "the Commission" of a story about the European Community, "Pope John Paul"
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


def _mentions(text: str, name: str, dateline: str | None = None) -> list[dict]:
    record = _code(text, "1987-04-08", dateline=dateline)
    return [m for m in record["mentions"] if m["text"] == name]


def test_the_commission_of_a_story_about_the_community_is_the_european_commission() -> None:
    got = _triples(_code("EC farm ministers met in Brussels on Monday. The Commission rejected "
                         "a Danish plan to cut milk quotas.", "1987-04-08", dateline="BONN"))
    assert ("EUR", "DNK", "120") in got or any(
        src == "EUR" and code == "120" for src, _, code in got), got


@pytest.mark.parametrize(("text", "name", "country"), [
    pytest.param("Kenya set up a commission on land. The Commission rejected the plan.",
                 "The Commission", "KEN", id="a-national-commission"),
    pytest.param("The EC criticised Japan. The Commission of Inquiry rejected the plan.",
                 "The Commission of Inquiry", None, id="another-commission-by-name"),
])
def test_other_commissions_stay_their_own(text: str, name: str, country: str | None) -> None:
    found = _mentions(text, name, dateline="NAIROBI" if country == "KEN" else None)
    assert found and all(m["country"] != "EUR" for m in found), found


def test_pope_john_paul_is_the_holy_see_wherever_the_story_is_filed() -> None:
    found = _mentions("Lebanese militias clashed in Beirut on Monday. Pope John Paul, starting a "
                      "tour of Argentina, told politicians to defend human rights.",
                      "Pope John Paul", dateline="BEIRUT")
    assert found and found[0]["country"] == "VAT", found
