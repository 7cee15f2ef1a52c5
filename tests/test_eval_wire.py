"""Wire-gold and sentence-set scoring on hand-built gold and predictions (scores worked by hand)."""

from __future__ import annotations

from typing import Any

from detente.evaluation.sentences import score as score_sentences
from detente.evaluation.wire import matches, score_story, summarise

SENT_A = [0, 100]
SENT_B = [100, 200]


def side(country: str | None, sector: str | None = None, name: str = "x") -> dict[str, Any]:
    return {"country": country, "sector": sector, "name": name, "span": [0, 1], "text": name}


def gold_event(sentence: list[int], plover: str, cameo: list[str], src: Any, tgt: Any,
               required: bool = True, **kw: Any) -> dict[str, Any]:
    return {"required": required, "sentence": sentence, "plover": [plover], "cameo": cameo,
            "source": src, "target": tgt, "reciprocal": kw.pop("reciprocal", False),
            "modality": kw.pop("modality", "asserted"), "date": kw.pop("date", None), **kw}


def event(at: int, plover: str, cameo: str, src: Any, tgt: Any, **kw: Any) -> dict[str, Any]:
    return {"trigger": {"span": [at, at + 3]}, "plover": plover, "cameo": cameo,
            "cameo_root": cameo[:2], "source": src, "target": tgt,
            "reciprocal": kw.pop("reciprocal", False), "modality": kw.pop("modality", "asserted"),
            "date": kw.pop("date", None), **kw}


GOLD = {
    "article": {"id": "g1"},
    "events": [
        gold_event(SENT_A, "CONSULT", ["040", "042"], side("USA", "GOV"), side("CHN", "GOV"),
                   reciprocal=True, date="2024-04-02"),
        gold_event(SENT_A, "ACCUSE", ["112"], side("CHN", "GOV"), side("USA")),
        gold_event(SENT_B, "ASSAULT", ["195"], side("ISR", "MIL"), side("LBN")),
        gold_event(SENT_B, "SUPPORT", ["051"], side("BRA"), side("VEN"), required=False),
    ],
    "must_not": [{"sentence": SENT_B, "plover": ["RETREAT"], "modality": "asserted", "why": "requested"}],
    "quotes": [{"sentence": SENT_A, "speaker": "Joe Biden", "speaker_country": "USA"}],
    "times": [{"span": [10, 17], "value": "2024-04-02"}],
    "places": [{"span": [150, 156], "country": "LBN"}],
}


def test_match_needs_sentence_type_and_countries() -> None:
    g = GOLD["events"][0]
    # Reciprocal: either direction; strict needs an exact listed code and sectors.
    e = event(5, "CONSULT", "043", side("CHN", "GOV"), side("USA", "GOV"), date="2024-04-02")
    assert matches(e, g) and not matches(e, g, strict=True)
    assert matches({**e, "cameo": "042"}, g, strict=True)
    assert not matches({**e, "trigger": {"span": [120, 123]}}, g)
    assert not matches({**e, "target": side("RUS")}, g)
    # Root match is enough loosely even when the PLOVER differs.
    assert matches({**e, "plover": None, "cameo": "036", "cameo_root": "04"}, g)


def test_story_scores_by_hand() -> None:
    coded = {
        "events": [
            event(5, "CONSULT", "042", side("CHN", "GOV"), side("USA", "GOV"), date="2024-04-01"),
            event(20, "ACCUSE", "112", side("CHN", "GOV"), None),
            event(110, "ASSAULT", "195", side("ISR", "MIL"), side("LBN")),
            event(130, "SUPPORT", "051", side("BRA"), side("VEN")),
            event(140, "RETREAT", "0872", side("UKR"), None),
            event(160, "THREATEN", "130", side("IRN"), side("ISR")),
        ],
        "quotes": [{"span": [30, 60], "speaker": {"name": "Joe Biden", "country": "USA"}}],
        "times": [{"span": [10, 17], "value": "2024-04-01"}],
        "places": [{"span": [150, 156], "country": "LBN"}],
    }
    s = score_story(GOLD, coded)["counts"]
    # Required: CONSULT found (strict too), ACCUSE not (target empty), ASSAULT found (strict).
    assert s["required"] == 3 and s["found_loose"] == 2 and s["found_strict"] == 2
    # Dated gold: 1 (CONSULT) and its date is wrong. Modality right for both found.
    assert s["dated_gold"] == 1 and s.get("date_right", 0) == 0 and s["modality_right"] == 2
    assert s["must_not_violations"] == 1
    # Unexplained: ACCUSE with no target matches loosely? gold target USA, coded None -> no;
    # the RETREAT and the THREATEN match nothing -> 3 unexplained (SUPPORT is acceptable).
    assert s["unexplained"] == 3
    # Participants over typed matches (CONSULT, ACCUSE, ASSAULT, SUPPORT): sources all right,
    # targets right 3 of 4, empty target where the gold has one 1 of 4.
    assert s["typed_matches"] == 4 and s["src_right"] == 4 and s["tgt_right"] == 3
    assert s["tgt_gold"] == 4 and s["tgt_empty"] == 1
    assert s["quotes_found"] == 1 and s["quotes_speaker_right"] == 1
    assert s["times_found"] == 1 and s.get("times_value_right", 0) == 0
    assert s["places_country_right"] == 1
    summary = summarise([score_story(GOLD, coded)])
    assert summary["found_loose"] == round(2 / 3, 3)
    assert summary["participants"]["target_empty_where_gold_has_one"] == 0.25
    assert summary["by_type"]["ACCUSE"] == {"required": 1, "found_loose": 0.0, "found_strict": 0.0}
    assert summary["unexplained_per_story"] == 3.0
    # CONSULT and ASSAULT found; the ACCUSE has its type in its sentence but no target
    assert summary["failure_classes"] == {
        "found": 2, "no event in the sentence": 0, "another class": 0, "source country": 0,
        "empty target": 1, "target country": 0}


def test_failure_classes_by_hand() -> None:
    g = GOLD["events"][2]  # ASSAULT ISR -> LBN in sentence B
    from detente.evaluation.wire import failure_class

    def cls(*events: dict[str, Any]) -> str:
        return failure_class(g, list(events), found=False)

    assert cls() == "no event in the sentence"
    assert cls(event(5, "ASSAULT", "195", side("ISR"), side("LBN"))) == "no event in the sentence"
    assert cls(event(110, "PROTEST", "140", side("ISR"), side("LBN"))) == "another class"
    assert cls(event(110, "ASSAULT", "190", side("SYR"), side("LBN"))) == "source country"
    assert cls(event(110, "ASSAULT", "190", side("ISR"), None)) == "empty target"
    assert cls(event(110, "ASSAULT", "190", side("ISR"), side("SYR"))) == "target country"


def _row(sentence: list[int], events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"sentence": sentence, "events": events}


def _gold_sentence_event(plover: str, cameo: str, src: Any, tgt: Any) -> dict[str, Any]:
    return {"plover": plover, "cameo": cameo, "source": src, "target": tgt, "reciprocal": False}


def test_sentence_scores_by_hand() -> None:
    src = {"span": [0, 5], "country": "JPN"}
    tgt = {"span": [20, 25], "country": "HTI"}
    rows = [
        _row([0, 50], [_gold_sentence_event("AID", "073", src, tgt)]),
        _row([50, 100], [_gold_sentence_event("PROTEST", "141", {"span": [50, 55], "country": "GRC"}, None)]),
        _row([100, 150], []),
        _row([150, 200], []),
    ]
    predicted = [
        [event(10, "AID", "071", {"span": [0, 5], "country": "JPN"}, {"span": [21, 24], "country": "HTI"})],
        [event(60, "ASSAULT", "180", {"span": [50, 55], "country": "GRC"}, None)],
        [event(110, "CONSULT", "040", {"span": [100, 104], "country": "FRA"}, None)],
        [],
    ]
    s = score_sentences(rows, predicted)
    # AID: tp 1 -> F1 1; PROTEST: fn 1 -> F1 0; macro over gold types (AID, PROTEST) = 0.5.
    assert s["plover_macro_f1"] == 0.5
    assert s["per_plover"]["ASSAULT"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    # Root accuracy on sentences with events: 07 right, 14 wrong -> 0.5.
    assert s["cameo_root_accuracy"] == 0.5
    assert s["negatives_coded"] == 0.5 and s["coverage"] == 1.0
    assert s["source_span"] == 1.0 and s["target_span"] == 1.0 and s["target_country"] == 1.0


def test_listed_event_in_a_must_not_sentence_is_no_violation() -> None:
    # the sentence forbids an asserted RETREAT, but lists one act of that type ("forces withdrew")
    gold = {**GOLD, "events": [*GOLD["events"],
                               gold_event(SENT_B, "RETREAT", ["0874"], side("ISR"), side("PSE"))]}
    listed = event(140, "RETREAT", "0874", side("ISR"), side("PSE"))
    other = event(150, "RETREAT", "0872", side("UKR"), None)
    assert score_story(gold, {"events": [listed]})["counts"]["must_not_violations"] == 0
    assert score_story(gold, {"events": [listed, other]})["counts"]["must_not_violations"] == 1
