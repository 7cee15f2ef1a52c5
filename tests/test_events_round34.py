"""Round 34 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): an occupation ended, support pledged, someone barred or blocked from acting, an
injunction sought, a plan judged flawed or one-sided, and a general shutdown."""

from __future__ import annotations

import pytest

from tests.test_events_round26 import _code, _triples


@pytest.mark.parametrize(("text", "want"), [
    # ending one's occupation of a place is a military retreat from it (0874)
    pytest.param("Uganda ended its occupation of western Kenya in March.", ("UGA", "KEN", "0874"),
                 id="end-occupation"),
    # support pledged for someone (051), not a bare promise (030)
    pytest.param("The Kenyan president pledged support for Uganda's bid.", ("KEN", "UGA", "051"),
                 id="pledge-support-for"),
    # barring, blocking or stopping someone from acting restricts them (172)
    pytest.param("Kenyan police blocked the Ugandan opposition leader from holding a rally.",
                 ("KEN", "UGA", "172"), id="block-from"),
    pytest.param("Kenya barred the Ugandan opposition leader from entering the country.",
                 ("KEN", "UGA", "172"), id="bar-from"),
    pytest.param("Kenyan police stopped Ugandan traders from crossing the border.",
                 ("KEN", "UGA", "172"), id="stop-from"),
    # an injunction sought against someone is a legal step against them (115)
    pytest.param("Ugandan farmers will seek an injunction against the Kenyan government.",
                 ("UGA", "KEN", "115"), id="seek-injunction"),
    # a plan or report judged flawed, biased or one-sided is criticised (111)
    pytest.param("Kenya said the Ugandan plan was fundamentally flawed.", ("KEN", "UGA", "111"),
                 id="said-flawed"),
    pytest.param("Kenya described the Ugandan report as superficial and unbalanced.",
                 ("KEN", "UGA", "111"), id="described-as-superficial"),
    # a general or nationwide shutdown called is a strike (143)
    pytest.param("The Kenyan opposition called a general shutdown in Nairobi against the "
                 "government.", ("KEN", "KEN", "143"), id="general-shutdown"),
])
def test_the_sentence_codes_the_event(text: str, want: tuple[str, str, str]) -> None:
    got = _triples(_code(text, "2005-04-08", dateline="NAIROBI"))
    assert want in got, got


def test_the_ended_occupation_is_not_coded_as_an_occupation() -> None:
    got = _triples(_code("Uganda ended its occupation of western Kenya in March.", "2005-04-08"))
    assert not any(code == "192" for _, _, code in got), got



def test_what_is_stopped_from_spreading_is_no_one_restricted() -> None:
    got = _triples(_code("Kenya took steps to stop the disease from spreading to Uganda.",
                         "2005-04-08"))
    assert not any(code.startswith("17") for _, _, code in got), got


def test_a_government_shutdown_is_no_strike() -> None:
    got = _triples(_code("The Kenyan government shutdown ended on Friday.", "2005-04-08"))
    assert not any(code.startswith("14") for _, _, code in got), got
