"""The model layer on hand-built models: adds, vetoes and re-codes events, and explains itself."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from detente import code_text
from detente.events import model as model_module
from detente.events.model import LABELS, EventModel, feature_index

SIZE = 2**12


def hand_model(weights: dict[str, dict[str, float]], none_bias: float = 2.0) -> EventModel:
    """A model whose only knowledge is ``weights``: feature -> {label: weight}."""
    w = np.zeros((SIZE, len(LABELS)), dtype=np.float32)
    for feat, per_label in weights.items():
        for label, value in per_label.items():
            w[feature_index(feat, SIZE), LABELS.index(label)] += value
    b = np.zeros(len(LABELS), dtype=np.float32)
    b[0] = none_bias
    return EventModel(version="test", weights=w, bias=b, temperature=1.0,
                      nouns=frozenset({"airlift"}), codes={"07|truck": "073", "07": "070"},
                      thresholds={"add": 0.5, "veto": 0.9, "switch": 0.85}, meta={})


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch) -> Any:
    def install(m: EventModel | None) -> None:
        monkeypatch.setattr(model_module, "active_model", lambda: m)

    return install


def _events(text: str) -> list[dict[str, Any]]:
    return code_text(text, date="2010-01-20")["events"]


def test_model_adds_an_event_the_lexicon_misses(use_model: Any) -> None:
    text = "Japan trucked tents and blankets to Haiti on Tuesday."
    use_model(None)
    assert not [e for e in _events(text) if e["cameo_root"] == "07"]
    use_model(hand_model({"l=truck": {"07": 6.0}}))
    got = [e for e in _events(text) if e["rule"] == "model:test"]
    assert len(got) == 1
    e = got[0]
    assert e["cameo"] == "073" and e["plover"] == "AID"
    assert e["source"]["country"] == "JPN" and e["target"]["country"] == "HTI"
    assert 0.5 < e["confidence"] < 1.0


def test_model_adds_no_event_when_no_root_is_sure(use_model: Any) -> None:
    # "truck" is an event for sure but split between two roots (about 0.5 each): added at an
    # add_root floor of 0.4, not at 0.6
    text = "Japan trucked tents and blankets to Haiti on Tuesday."
    unsure = hand_model({"l=truck": {"07": 6.0, "04": 6.0}})
    use_model(replace(unsure, thresholds={**unsure.thresholds, "add_root": 0.4}))
    assert [e for e in _events(text) if e["rule"] == "model:test"]
    use_model(replace(unsure, thresholds={**unsure.thresholds, "add_root": 0.6}))
    assert not [e for e in _events(text) if e["rule"] == "model:test"]


def test_the_shipped_model_adds_only_with_a_root_it_is_fairly_sure_of() -> None:
    from detente.events.model import load_model

    shipped = load_model()
    assert shipped is not None and shipped.thresholds["add_root"] >= 0.3


def test_model_vetoes_a_lexicon_event(use_model: Any) -> None:
    text = "France accused Germany of breaking the treaty."
    use_model(None)
    lex = [e for e in _events(text) if e["cameo_root"] == "11"]
    assert lex and lex[0]["rule"].startswith("lex")
    use_model(hand_model({}, none_bias=9.0))
    assert not [e for e in _events(text) if e["cameo_root"] == "11"]


def test_model_keeps_and_scores_a_lexicon_event(use_model: Any) -> None:
    text = "France accused Germany of breaking the treaty."
    use_model(hand_model({"l=accuse": {"11": 8.0}}))
    e = next(e for e in _events(text) if e["cameo_root"] == "11")
    assert e["rule"].endswith("+model:test") and e["rule"].startswith("lex")
    assert e["confidence"] > 0.8


def test_model_switches_sense(use_model: Any) -> None:
    text = "Thai troops clashed with Cambodian soldiers near the border on Friday."
    use_model(hand_model({"l=clash": {"19": 12.0}, "a=nsubj:MIL/c": {"19": 2.0}}))
    got = [e for e in _events(text) if e["cameo_root"] == "19"]
    assert got, _events(text)
    assert {got[0]["source"]["country"], got[0]["target"]["country"]} == {"THA", "KHM"}
    assert "model:test" in got[0]["rule"]


def test_fast_tier_turns_the_model_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")
    assert model_module.active_model() is None
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "1")
    assert model_module.model_enabled()


def test_fast_option_and_setting_select_the_tier(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from typer.testing import CliRunner

    from detente.cli import app
    from detente.settings import load_settings

    assert load_settings().event_model is True
    cfg = tmp_path / "d.toml"
    cfg.write_text("event_model = false\n")
    assert load_settings(cfg).event_model is False
    monkeypatch.setattr(model_module, "load_model", lambda: hand_model({"l=accuse": {"11": 8.0}}))
    text = "France accused Germany of breaking the treaty."

    def votes(*options: str) -> list[Any]:
        monkeypatch.setenv("DETENTE_EVENT_MODEL", "1")
        result = CliRunner().invoke(app, [*options, "explain", text, "--json"])
        assert result.exit_code == 0, result.output
        return [c["model"] for s in json.loads(result.stdout) for c in s["candidates"]]

    assert any(v and v.startswith("root 11") for v in votes())
    assert votes("--fast") and not any(votes("--fast"))
    assert not any(votes("--config", str(cfg)))


def test_dense_part_reads_the_parsers_vectors_and_moves_the_decision() -> None:
    from detente.events.model import DENSE_WIDTH, dense_features
    from detente.events.participants import SentenceActors
    from detente.pipeline import STEPS, code_articles
    from detente.records import Article

    seen: list[np.ndarray] = []

    def grab(adoc: Any) -> None:
        sent = adoc.sentences[0]
        tok = next(t for t in sent.span if t.lemma_ == "airlift")
        seen.append(dense_features(tok, SentenceActors.build(adoc, sent)))

    text = "Canada will airlift tents to Haiti on Monday."
    list(code_articles([Article(id="d", text=text, published="2010-01-20")],
                       steps={"actors": STEPS["actors"], "grab": grab}))
    (vec,) = seen
    assert vec.shape == (2 * DENSE_WIDTH,) and np.abs(vec).sum() > 0  # the tok2vec output
    base = hand_model({})
    width = 2 * DENSE_WIDTH
    toward_aid = np.zeros((width, len(LABELS)), dtype=np.float32)
    toward_aid[:, LABELS.index("07")] = np.sign(vec)  # a weight that agrees with this vector
    dense = EventModel(version="test", weights=base.weights, bias=base.bias, temperature=1.0,
                       nouns=base.nouns, codes=base.codes, thresholds=base.thresholds, meta={},
                       dense_weights=toward_aid, dense_mean=np.zeros(width, dtype=np.float32),
                       dense_scale=np.ones(width, dtype=np.float32))
    aid = LABELS.index("07")
    assert dense.probabilities(["bias"], vec)[aid] > base.probabilities(["bias"], vec)[aid]
    assert dense.probabilities(["bias"])[aid] == pytest.approx(base.probabilities(["bias"])[aid])


def test_fit_learns_the_dense_part() -> None:
    from detente.events.training import Example, _probs, fit

    rng = np.random.default_rng(0)
    examples = []
    for i in range(200):
        label = "07" if i % 2 else "NONE"
        vec = rng.normal(size=8).astype(np.float32) + (2.0 if label == "07" else -2.0)
        examples.append(Example(["bias"], label, "x", "VERB", None, vec))
    model = fit(examples, seed=1, epochs=3, rate=0.1, dense=True, dense_rate=0.05)
    assert model.dense_w is not None
    p = _probs(model, examples, 1.0)
    right = [p[i, LABELS.index(e.label)] > 0.5 for i, e in enumerate(examples)]
    assert sum(right) / len(right) > 0.9  # only the dense part separates the two labels


def test_borrowed_patterns_need_the_models_backing(use_model: Any) -> None:
    # "contradict" is covered only by a pattern converted from PETRARCH-2 (id p2_...); with no
    # weights, p(no event) = e^3.5 / (e^3.5 + 20) = 0.62: under the own-pattern veto (0.9), over
    # the borrowed one (0.5)
    m = hand_model({}, none_bias=3.5)
    lenient = EventModel(version=m.version, weights=m.weights, bias=m.bias, temperature=1.0,
                         nouns=m.nouns, codes=m.codes, meta={},
                         thresholds={"add": 0.5, "veto": 0.9, "switch": 0.85})
    use_model(lenient)
    kept = _events("France contradicted Germany in the dispute.")
    assert [e["cameo"] for e in kept] == ["110"] and ":p2_" in kept[0]["rule"]
    use_model(EventModel(version=m.version, weights=m.weights, bias=m.bias, temperature=1.0,
                         nouns=m.nouns, codes=m.codes, meta={},
                         thresholds={"add": 0.5, "veto": 0.9, "switch": 0.85,
                                     "veto_borrowed": 0.5}))
    assert _events("France contradicted Germany in the dispute.") == []



def test_object_of_a_vetoed_light_verb_is_coded_by_its_own_pattern(use_model: Any) -> None:
    # the model knows nothing of "visit": the noun's own lexicon pattern codes it
    text = "Japan's foreign minister ended his visit to China on Friday."
    use_model(hand_model({"l=end": {"NONE": 9.0}}))
    got = [(e["source"]["country"], (e["target"] or {}).get("country"), e["cameo_root"], e["rule"])
           for e in _events(text)]
    assert ("JPN", "CHN", "04", "lex1:visit_n+model:test") in got
    assert not [e for e in got if e[2] == "16"]  # the vetoed "ended" (reduce relations) is gone



def test_model_metadata_says_how_and_beside_which_rules_it_was_trained() -> None:
    # a model file is told apart from the script's output on another tree by its fit settings
    # (L2 included) and the hashes of the rule files whose vote its features read
    from detente.events.model import load_model
    from detente.events.training import FIT, rule_files

    model = load_model()
    assert model is not None
    assert "l2" in model.meta["fit"] and "l2" in FIT
    rules = model.meta["data"]["rules"]
    assert set(rules) >= {"lexicon/patterns.tsv", "lexicon/petrarch_patterns.tsv"}
    now = rule_files()
    assert "lexicon/patterns.tsv" in now and all(len(h) == 12 for h in now.values())
    if rules != {k: v for k, v in now.items() if k in rules}:
        assert model.meta.get("trained_at_commit"), "a model trained on other rules names its commit"


def test_a_support_verb_adds_no_event_beside_the_noun_it_governs(use_model: Any) -> None:
    # a model that takes "level" for force posture would code "levelled" as a second act
    text = "India levelled fresh accusations against Pakistan on Monday."
    use_model(hand_model({"l=level": {"15": 9.0}, "l=accusation": {"11": 9.0}}))
    got = [(e["cameo_root"], e["trigger"]["text"]) for e in _events(text)]
    assert got == [("11", "accusations")]


def test_the_noun_takes_its_support_verbs_targets_when_it_has_none(use_model: Any) -> None:
    # the model and the noun agree on the class; the one act keeps the target the verb found
    text = "Kenyan troops held an exercise near the Ugandan border."
    use_model(hand_model({"l=hold": {"15": 9.0}, "l=exercise": {"15": 9.0}}))
    got = [(e["trigger"]["text"], (e["target"] or {}).get("country")) for e in _events(text)]
    assert got == [("exercise", "UGA")]
