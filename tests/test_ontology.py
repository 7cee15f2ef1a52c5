"""The packaged CAMEO/PLOVER ontology, validated against ../shared/ontology."""

from __future__ import annotations

import csv

from detente.events.ontology import cameo, cameo_codes, plover_types, refusal_of
from tests.conftest import shared_path


def test_all_roots_and_types_present() -> None:
    codes = cameo_codes()
    roots = {c.root for c in codes.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(plover_types()) == 16
    for c in codes.values():
        assert c.code.startswith(c.root)
        assert c.plover is None or c.plover in plover_types()
        assert -10.0 <= c.goldstein <= 10.0
        assert c.quad_class in (1, 2, 3, 4) and c.penta_class in (0, 1, 2, 3, 4)


def test_known_facts() -> None:
    assert cameo("042").plover == "CONSULT" and cameo("042").plover_mode == "visit"
    assert cameo("112").plover == "ACCUSE" and cameo("112").quad_class == 3
    assert cameo("190").penta_class == 4
    assert cameo("020").plover == "REQUEST" and cameo("020").plover_source == "detente"
    assert cameo("010").plover is None


def test_matches_shared_cameo_csv() -> None:
    path = shared_path("ontology", "cameo.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    codes = cameo_codes()
    assert {r["cameo_code"] for r in rows} == set(codes)
    for r in rows:
        c = codes[r["cameo_code"]]
        assert c.root == r["root_code"]
        assert c.name == r["name"].strip()
        if r["goldstein_gdelt"]:
            assert c.goldstein == float(r["goldstein_gdelt"]) and c.goldstein_source == "gdelt"
        else:
            assert c.goldstein_source != "gdelt"
        assert c.quad_class == int(r["quad_class_gdelt"])
        assert c.penta_class == int(r["penta_class_phoenix"])
        if r["plover_event"]:
            assert c.plover == r["plover_event"]
            assert (c.plover_mode or "") == r["plover_mode"].strip()


def test_matches_shared_plover_types() -> None:
    path = shared_path("ontology", "plover_event_types.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert tuple(r["event"] for r in rows) == plover_types()


def test_every_yield_consult_and_cooperation_code_has_a_refusal() -> None:
    # refusals.tsv: a refusal to yield, consult, support or cooperate is a REJECT (root 12) code
    for code in cameo_codes():
        refused = refusal_of(code)
        if code[:2] in ("04", "05", "06", "08"):
            assert refused is not None and cameo(refused).root == "12", code
            assert cameo(refused).plover == "REJECT", code
        else:
            assert refused is None, code
    assert refusal_of("085") == "1244"  # refuse to ease economic sanctions
    assert refusal_of("0841") == "1243"  # refuse to release persons or property
    assert refusal_of("0874") == "1246"  # refuse to de-escalate military engagement
    assert refusal_of("046") == "125"  # refuse to negotiate
    assert refusal_of("061") == "121"  # refuse economic cooperation
    assert refusal_of("051") == "120"  # "will not support X" rejects (round 38)

