"""Acceptance: the probe sentences of issue 12 (written for the issue, not taken from a corpus),
each coded as the issue's careful coder codes it, in the default tier and with the rules alone."""

from __future__ import annotations

import pytest

from tests.conftest import code_record

PROBES = [
    ("Thai troops clashed with Cambodian soldiers near the disputed temple on Friday.",
     "THA", "KHM", {"ASSAULT"}),
    ("Moscow told Kyiv to withdraw its forces from the region.", "RUS", "UKR", {"REQUEST"}),
    ("Opposition supporters hurled rocks at riot police outside the parliament in Tbilisi.",
     "GEO", "GEO", {"PROTEST", "ASSAULT"}),
    ("Japan sent 50 tonnes of emergency food aid to earthquake-hit Haiti.", "JPN", "HTI", {"AID"}),
    ("Thousands of Greek workers marched through Athens to protest against the government's "
     "austerity plan.", "GRC", "GRC", {"PROTEST"}),
    ("The European Union froze the assets of 40 Belarusian officials.", "EUR", "BLR",
     {"SANCTION", "COERCE"}),
    ("Brazil voiced support for Venezuela's bid to join Mercosur.", "BRA", "VEN", {"SUPPORT"}),
    ("Israeli warplanes bombed targets in southern Lebanon overnight.", "ISR", "LBN", {"ASSAULT"}),
]


def _asserted(text: str) -> list[tuple[str | None, str | None, str]]:
    return [((e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["plover"])
            for e in code_record(text)["events"] if e["modality"] == "asserted"]


@pytest.mark.parametrize("tier", ["default", "rules"])
@pytest.mark.parametrize(("text", "source", "target", "types"), PROBES)
def test_issue_probe_is_coded_as_a_careful_coder_codes_it(
        text: str, source: str, target: str, types: set[str], tier: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if tier == "rules":
        monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")
    got = _asserted(text)
    assert any(s == source and t == target and p in types for s, t, p in got), got


def test_the_demanded_withdrawal_is_not_an_act() -> None:
    # "told Kyiv to withdraw": the withdrawal is what is asked for, not a retreat that happened
    assert not [e for e in _asserted("Moscow told Kyiv to withdraw its forces from the region.")
                if e[2] == "RETREAT"]
