"""Annotation tooling on hand-built inputs: sentence split, span location, worksheets, agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.annotation.agreement import cohen_kappa, compare, summarise
from detente.annotation.build import locate, parse_worksheet, split_sentence_set
from detente.annotation.schema import validate
from detente.annotation.sentences import anchor, split_sentences

TEXT = (
    "LIMA, May 3 (AP) -- Peru's foreign minister met Chile's envoy on Monday. "
    "Mr. Ruiz said the talks went well.\n\n"
    "Police detained 12 students in Lima after the rally. The U.S. embassy urged calm."
)


def _shared(tmp_path: Path, text: str = TEXT) -> Path:
    news = tmp_path / "shared" / "corpora" / "news"
    news.mkdir(parents=True)
    rec = {"id": "t-1", "date": "2001-05-03", "title": "t", "text": text}
    (news / "duc2006_2007.jsonl").write_text(json.dumps(rec) + "\n")
    return tmp_path / "shared"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_split_keeps_abbreviations_and_paragraphs() -> None:
    got = _sentences(TEXT)
    assert got == [
        "LIMA, May 3 (AP) -- Peru's foreign minister met Chile's envoy on Monday.",
        "Mr. Ruiz said the talks went well.",
        "Police detained 12 students in Lima after the rally.",
        "The U.S. embassy urged calm.",
    ]


def test_anchor_is_first_eight_words() -> None:
    assert anchor("a b  c\nd e f g h i j", 0, 19) == "a b c d e f g h"


def test_locate_handles_whitespace_case_and_occurrence() -> None:
    text = "Lima  said\nLima would talk to lima."
    assert locate(text, 0, len(text), "Lima said") == (0, 10)
    assert locate(text, 0, len(text), "Lima@2") == (11, 15)
    assert locate(text, 0, len(text), "LIMA@3") == (30, 34)
    assert locate(text, 0, len(text), "Quito") is None


def test_worksheet_builds_offsets_and_reports_errors(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    sheet = tmp_path / "wire.txt"
    sheet.write_text(
        "@story t-1\n"
        "E | S0 | req | met | foreign minister | PER | GOV | envoy | CHL | GOV | 040/042 | = | recip | asserted | 2001-04-30\n"
        "E | S2 | req | detained | Police | PER | COP | students | PER | EDU | 173 | = | - | asserted | -\n"
        "E | S3 | req | urged | embassy | USA | GOV | - | - | - | 0299 | = | - | asserted | -\n"
        "E | S3 | req | urged | embassy | ZZZ | GOV | - | - | - | 020 | = | - | asserted | -\n"
        "N | S1\n"
        "@story nope\n"
    )
    result = parse_worksheet(sheet, shared)
    story = result.stories["t-1"]
    assert len(story.events) == 2 and story.no_event == {1}
    met = story.events[0]
    assert TEXT[slice(*met["trigger"]["span"])] == "met"
    assert TEXT[slice(*met["target"]["span"])] == "envoy"
    assert met["plover"] == ["CONSULT"] and met["reciprocal"] and met["date"] == "2001-04-30"
    assert story.events[1]["plover"] == ["COERCE"] and story.events[1]["plover_mode"] == "arrest"
    assert [e.split(": ", 1)[1] for e in result.errors] == [
        "unknown CAMEO code in '0299'",
        "source country 'ZZZ' is not ISO 3166 alpha-3 or a known org code",
        "unknown story id 'nope'",
    ]
    assert all(e.startswith(f"{sheet}:") for e in result.errors)


def test_sentence_split_is_seeded_stable_and_partitions() -> None:
    ids = [f"a{i}" for i in range(2000)]
    first = split_sentence_set(ids)
    assert first == split_sentence_set(list(reversed(ids)))
    # Adding stories never moves the ones already split.
    assert {k: v for k, v in split_sentence_set([*ids, "b1", "b2"]).items() if k in first} == first
    counts = {p: list(first.values()).count(p) for p in ("train", "dev", "test")}
    assert 150 < counts["dev"] < 250 and 150 < counts["test"] < 250
    assert split_sentence_set(ids, seed=1) != first


def test_cohen_kappa_by_hand() -> None:
    # 4 items: agree on A, A, NONE; disagree once (B vs A). p_o = 3/4.
    # a: A,A,NONE,B  b: A,A,NONE,A -> p_e = (2*3 + 1*1 + 1*0)/16 = 7/16; k = (12/16-7/16)/(9/16) = 5/9
    pairs = [("A", "A"), ("A", "A"), ("NONE", "NONE"), ("B", "A")]
    assert cohen_kappa(pairs) == round(5 / 9, 3)
    assert cohen_kappa([]) is None


# One coder's worksheet for the agreement tests: a reciprocal meeting and an arrest.
FIRST_CODER = (
    "@story t-1\n"
    "E | S0 | req | met | foreign minister | PER | GOV | envoy | CHL | GOV | 040 | = | recip | asserted | -\n"
    "E | S2 | req | detained | Police | PER | COP | students | PER | EDU | 173 | = | - | asserted | -\n")


def test_agreement_counts_on_two_worksheets(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRST_CODER)
    b.write_text(
        "@story t-1\n"
        "E | S0 | req | met | envoy | CHL | GOV | foreign minister | PER | GOV | 042 | = | recip | asserted | -\n"
        "E | S2 | req | detained | Police | - | COP | students | PER | EDU | 173 | = | - | asserted | -\n"
        "E | S3 | req | urged | embassy | USA | GOV | - | - | - | 020 | = | - | asserted | -\n")
    sa, sb = parse_worksheet(a, shared), parse_worksheet(b, shared)
    c = compare(sa.stories["t-1"], sb.stories["t-1"], sentences={0, 1, 2, 3})
    s = summarise(c)
    # Matched: the reciprocal CONSULT only (the arrest differs in source country). F1 = 2*1/5.
    assert s["matched"] == 1 and s["event_f1"] == 0.4
    # Aligned: met/met and detained/detained; source same for 1 of 2 (reciprocal swap counts).
    assert s["aligned_events"] == 2 and s["source_country_agreement"] == 0.5
    assert s["target_country_agreement"] == 1.0
    # Kappa items: CONSULT|CONSULT, COERCE|COERCE, NONE|REQUEST, NONE|NONE (S1).
    assert s["plover_kappa"] == cohen_kappa([("CONSULT", "CONSULT"), ("COERCE", "COERCE"),
                                             ("NONE", "REQUEST"), ("NONE", "NONE")])


def test_fresh_agreement_counts_required_events_the_other_coded(tmp_path: Path) -> None:
    from detente.annotation.agreement import fresh_agreement

    shared = _shared(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRST_CODER)
    b.write_text(
        "@story t-1\n"
        "E | S0 | acc | met | envoy | CHL | GOV | foreign minister | PER | GOV | 042 | = | recip | asserted | -\n")
    got = fresh_agreement(parse_worksheet(a, shared).stories, parse_worksheet(b, shared).stories,
                          ["t-1"])
    # the second coder has the meeting (as acceptable) but not the arrest; the first has the
    # second's one event, which the second did not require
    assert got["required_first_found_by_other"] == 0.5
    assert got["required_second_found_by_other"] is None
    assert got["matched"] == 1 and got["stories"] == 1


def test_schema_validation_finds_bad_offsets(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    root = tmp_path / "annotations"
    (root / "wire").mkdir(parents=True)
    (root / "sentences").mkdir()
    s0 = list(split_sentences(TEXT))[0]
    met = TEXT.index("met")
    good = {"id": "E1", "required": True, "sentence": list(s0), "sentence_contains": "LIMA, May 3 (AP)",
            "trigger": {"text": "met", "span": [met, met + 3]}, "source": None, "target": None,
            "reciprocal": False, "cameo": ["040"], "plover": ["CONSULT"], "modality": "asserted"}
    bad = {**good, "id": "E2", "trigger": {"text": "met", "span": [met + 1, met + 4]},
           "cameo": ["999"], "source": {"text": "Peru", "span": [20, 24], "country": "PRX", "sector": None}}
    story = {"split": "dev", "article": {"corpus_file": "corpora/news/duc2006_2007.jsonl", "id": "t-1"},
             "events": [good, bad], "must_not": [], "quotes": [], "times": [], "places": []}
    (root / "wire" / "t-1.json").write_text(json.dumps(story))
    errors = validate(root, shared)
    assert len(errors) == 3, errors
    assert any("unknown CAMEO code '999'" in e for e in errors)
    assert any("is 'et ', not 'met'" in e for e in errors)
    assert any("unknown country 'PRX'" in e for e in errors)


@pytest.mark.parametrize("word", ["Mr.", "Gen.", "U.N."])
def test_split_does_not_break_after_titles(word: str) -> None:
    text = f"The talks with {word} Smith ended. Both sides left."
    assert len(_sentences(text)) == 2


def test_locate_prefers_whole_words() -> None:
    text = "When the minister met him, he said the talks with Kenya's Kenyan envoy were over."
    he = text.index(" he ") + 1
    assert locate(text, 0, len(text), "he") == (he, he + 2)
    # "he@3" counted as substrings: "When", "the", then the pronoun.
    assert locate(text, 0, len(text), "he@3") == (he, he + 2)
    assert locate(text, 0, len(text), "Kenya") == (text.index("Kenya"), text.index("Kenya") + 5)
    assert locate(text, 0, len(text), "Kenyan") == (text.index("Kenyan "), text.index("Kenyan ") + 6)


def test_a_fresh_draw_is_seeded_leaves_out_annotated_stories_and_ignores_file_order() -> None:
    from detente.annotation.select import Story, select_fresh

    stories = [Story("corpora/news/x.jsonl", f"s-{i:03d}", None, "", "", "") for i in range(40)]
    exclude = {f"s-{i:03d}" for i in range(0, 40, 3)}
    first = select_fresh(stories, exclude, seed=2540, n=10)
    again = select_fresh(list(reversed(stories)), exclude, seed=2540, n=10)
    other = select_fresh(stories, exclude, seed=2541, n=10)
    assert [s.id for s in first] == [s.id for s in again]
    assert len({s.id for s in first}) == 10 and not {s.id for s in first} & exclude
    assert [s.id for s in first] != [s.id for s in other]


def test_a_fresh_draw_leaves_out_an_annotated_text_under_another_id() -> None:
    from detente.annotation.select import Story, select_fresh, text_key

    # ten texts, each filed under two ids ("-A" and "-B"), as DUC clusters share documents
    stories = [Story("corpora/news/x.jsonl", f"s-{i:02d}-{v}", None, "", "", f"Story  {i}.\n")
               for i in range(10) for v in "AB"]
    annotated = {"s-00-A", "s-01-B"}
    texts = frozenset(text_key(s.text) for s in stories if s.id in annotated)
    drawn = select_fresh(stories, annotated, seed=7, n=8, exclude_texts=texts)
    keys = [text_key(s.text) for s in drawn]
    assert len(set(keys)) == 8 and not set(keys) & texts
    with pytest.raises(ValueError, match="holds 8 stories"):  # eight distinct texts are left
        select_fresh(stories, annotated, seed=7, n=9, exclude_texts=texts)
    assert len(select_fresh(stories, annotated, seed=7, n=18)) == 18  # without: duplicates drawn


def test_the_reserve_pool_draws_from_its_own_corpus_only() -> None:
    from detente.annotation.select import FRESH_RESERVE, WIRE_QUOTA, Story, wire_pool

    # a political story of wire length (five sentences, 120+ words), filed in two corpora
    body = " ".join(["The minister told parliament the government would talk with the "
                     "opposition party about the election and the president."] * 10)
    spans = [(i * 10, i * 10 + 5) for i in range(10)]
    wire_file = next(iter(WIRE_QUOTA))
    corpora = {f: [Story(f, f"{tag}-1", None, "", "", body, spans)]
               for f, tag in ((wire_file, "wire"), (FRESH_RESERVE, "reserve"))}
    corpora |= {f: [] for f in WIRE_QUOTA if f != wire_file}
    assert FRESH_RESERVE not in WIRE_QUOTA
    assert [s.id for s in wire_pool(corpora)] == ["wire-1"]
    assert [s.id for s in wire_pool(corpora, [FRESH_RESERVE])] == ["reserve-1"]


def test_the_long_pools_take_every_corpus_above_wire_length_only() -> None:
    from detente.annotation.select import (
        FRESH_RESERVE,
        LONG_WORDS,
        LONGER_WORDS,
        WIRE_QUOTA,
        Story,
        wire_pool,
    )

    sentence = ("The minister told parliament the government would talk with the opposition "
                "party about the election and the president. ")
    def story(f: str, sid: str, copies: int) -> Story:  # 20 words a copy, one sentence each
        return Story(f, sid, None, "", "", sentence * copies,
                     [(i * 20, i * 20 + 19) for i in range(copies)])
    files = [*WIRE_QUOTA, FRESH_RESERVE]
    # (ids as the BBC corpus's political section names them, which its filter asks for)
    corpora = {f: [story(f, f"bbc-politics-{i}-{size}", copies)
                   for size, copies in (("wire", 30), ("long", 45), ("huge", 60), ("vast", 80))]
               for i, f in enumerate(files)}
    assert LONG_WORDS[0] == 701
    assert [s.id for s in wire_pool(corpora, files)] == [f"bbc-politics-{i}-wire" for i in range(5)]
    assert [s.id for s in wire_pool(corpora, files, LONG_WORDS)] == [f"bbc-politics-{i}-long" for i in range(5)]
    # stories of 1,200 words belong to the longer pool only
    assert LONGER_WORDS == (1001, 1400)
    assert [s.id for s in wire_pool(corpora, files, LONGER_WORDS)] == [f"bbc-politics-{i}-huge" for i in range(5)]
