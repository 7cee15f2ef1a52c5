"""Every lexicon pattern codes its own example sentence (written for detente) with its code."""

from __future__ import annotations

import functools

import pytest

from detente.events.lexicon import noun_classes, patterns
from detente.events.ontology import cameo_codes

PATTERNS = patterns()


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples test the lexicon itself: the learned layer (which may re-code or veto a
    match) is off, as in the ``--fast`` tier."""
    monkeypatch.setenv("DETENTE_EVENT_MODEL", "0")


@functools.cache
def _coded(sentence: str) -> tuple[tuple[str, str], ...]:
    from detente import code_text

    record = code_text(sentence, date="2024-01-15", id="lexicon-test")
    return tuple((e["rule"], e["cameo"]) for e in record["events"])


def test_lexicon_covers_all_roots() -> None:
    roots = {p.cameo[:2] for p in PATTERNS if not p.blocked}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert all(p.cameo in cameo_codes() for p in PATTERNS if not p.blocked)
    assert "sanction" in noun_classes()


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_pattern_example(pattern) -> None:  # type: ignore[no-untyped-def]
    assert pattern.example.strip(), "every pattern needs an example sentence"
    coded = _coded(pattern.example)
    if pattern.blocked:  # a sense that is no event: nothing from this lemma's patterns
        same = {f"lex1:{p.id}" for p in PATTERNS if p.lemma == pattern.lemma}
        assert not [rule for rule, _ in coded if rule in same], coded
        return
    assert (f"lex1:{pattern.id}", pattern.cameo) in coded, coded
