"""The quote lexicons (data/quotes/*.tsv) load, are well-formed and cover the core cues."""

from __future__ import annotations

from importlib import resources

from detente.quotes.lexicon import ACTIVE_CUE_CLASSES, CHANNEL_KINDS, CUE_CLASSES, load_lexicon


def test_cue_lexicon_loads_with_version() -> None:
    lex = load_lexicon()
    assert lex.version != "0"
    for lemma in ("say", "tell", "warn", "add", "insist", "press", "urge", "announce"):
        assert lex.cue_class(lemma) in ACTIVE_CUE_CLASSES, lemma
    assert lex.cue_class("believe") == "belief"  # opinions are not speech cues
    assert lex.cue_class("call", frozenset({"for"})) == "directive"
    assert lex.cue_class("point") is None and lex.cue_class("point", frozenset({"out"})) == "speech"


def test_cue_rows_are_unique_and_valid() -> None:
    text = resources.files("detente").joinpath("data/quotes/cues.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line and not line.startswith("#")][1:]
    keys = [(r[0], r[2]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r[1] in CUE_CLASSES and r[0] == r[0].lower().strip() for r in rows)


def test_channel_terms() -> None:
    lex = load_lexicon()
    assert set(lex.channels) == set(CHANNEL_KINDS)
    assert lex.is_channel("medium", "statement") and lex.is_channel("medium", "x")
    assert lex.is_channel("audience", "reporter")
    assert lex.is_channel("relay", "white house") and lex.is_channel("relay", "state media")
