"""The quote lexicons (data/quotes/*.tsv) load, are well-formed and cover the core cues."""

from __future__ import annotations

from importlib import resources

from detente.quotes.lexicon import ATTITUDE_CLASSES, CHANNEL_KINDS, CUE_CLASSES, load_lexicon


def test_cue_lexicon_loads_with_version() -> None:
    lex = load_lexicon()
    assert lex.version != "0"
    for lemma in ("say", "tell", "warn", "add", "insist", "press", "urge", "announce"):
        assert lex.cue_class(lemma) in CUE_CLASSES - ATTITUDE_CLASSES, lemma
    assert lex.cue_class("believe") == "belief" and lex.cue_class("want") == "plan"
    assert lex.cue_class("learn") == "perception"
    assert lex.cue_class("call", frozenset({"for"})) == "directive"
    assert lex.cue_entry("talk", frozenset({"about", "with"})) == ("speech", "about")
    assert lex.cue_class("talk") is None  # talking is speech only about something
    assert lex.cue_class("point") is None and lex.cue_class("point", frozenset({"out"})) == "speech"


def test_cue_rows_are_unique_and_valid() -> None:
    text = resources.files("detente").joinpath("data/quotes/cues.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line and not line.startswith("#")][1:]
    keys = [(r[0], r[2]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(len(r) == 4 and r[1] in CUE_CLASSES and r[0] == r[0].lower().strip() for r in rows)
    assert {r[3] for r in rows} == {"", "np"}
    assert {r[1] for r in rows} == CUE_CLASSES  # every class has cues


def test_object_cues_and_cue_nouns() -> None:
    lex = load_lexicon()
    assert lex.takes_object("deny") and lex.takes_object("support")
    assert not lex.takes_object("believe")  # a thought's content is a clause
    assert not lex.takes_object("tell") and not lex.takes_object("urge")  # objects are addressees
    assert lex.takes_object("call", "for") and not lex.takes_object("call")
    assert lex.nouns["view"] == "belief" and lex.nouns["claim"] == "speech"
    assert "claim" not in lex.cues or lex.cue_class("claim") == "speech"
    assert lex.takes_object("show")  # "a poll shows X ahead"


def test_source_nouns_after_in() -> None:
    lex = load_lexicon()
    assert lex.sources["poll"] == "evidence" and lex.sources["survey"] == "evidence"
    assert "poll" not in lex.nouns and "poll" not in lex.cues  # only as "in a poll"
    assert "statement" not in lex.sources  # "in a statement" is a channel of a cue


def test_channel_terms() -> None:
    lex = load_lexicon()
    assert set(lex.channels) == set(CHANNEL_KINDS)
    assert lex.is_channel("medium", "statement") and lex.is_channel("medium", "x")
    assert lex.is_channel("audience", "reporter")
    assert lex.is_channel("relay", "white house") and lex.is_channel("relay", "state media")


def test_verbs_of_complaining_boasting_and_criticising() -> None:
    # cues.tsv v7: general verbs of speaking (complaint, boast, musing: a clause) and of
    # criticising or setting out (an object)
    lex = load_lexicon()
    for lemma in ("confess", "grumble", "brag", "muse", "opine", "scoff", "plead", "surmise"):
        assert lex.cue_class(lemma) == "speech" and not lex.takes_object(lemma), lemma
    for lemma in ("lambast", "berate", "rebuke", "excoriate", "downplay", "outline", "recount"):
        assert lex.cue_class(lemma) == "speech" and lex.takes_object(lemma), lemma
    assert lex.cue_entry("call", frozenset({"out"})) == ("speech", "out")
    assert lex.takes_object("call", "out") and lex.takes_object("vouch", "for")
    assert lex.takes_object("express")  # "expressed frustration"; a cue noun object reports itself
