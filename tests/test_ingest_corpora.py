"""Every ../shared/corpora format ingests: news JSONL samples, the goose3 HTML pages (main text
against their expected extraction, floor pinned), and every real feed (malformed ones give E012,
non-English ones are skipped with E008)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import ReadOptions, read_bytes, read_inputs
from detente.pipeline import Skipped, prepare
from detente.records import Article
from tests.conftest import shared_path

NEWS = ["afp_xinhua_te3_silver.jsonl", "bbc2005.jsonl", "duc2006_2007.jsonl",
        "polnear_train_dev.jsonl", "reuters21578.jsonl"]


@pytest.mark.parametrize("name", NEWS)
def test_news_jsonl_sample(name: str) -> None:
    path = shared_path("corpora", "news", name)
    with path.open("rb") as fh:
        head = b"".join(fh.readline() for _ in range(60))
    got = list(read_bytes(str(path), head, ReadOptions()))
    assert len(got) == 60 and all(isinstance(a, Article) for a in got)
    prepared = [prepare(a) for a in got if isinstance(a, Article)]
    coded = [p for p in prepared if isinstance(p, Article)]
    assert len(coded) >= 55  # a few Reuters tables of figures are skipped, with a reason
    assert all(p.language == "en" and p.paragraphs for p in coded)
    assert len({a.id for a in got if isinstance(a, Article)}) == 60


def _norm(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_goose3_html_main_text() -> None:
    root = shared_path("corpora", "html", "goose3_tests")
    prefix_ok = recall_ok = total = 0
    for expected_file in sorted(root.glob("*/*.json")):
        expected = json.loads(expected_file.read_text()).get("expected", {})
        cleaned = expected.get("cleaned_text")
        page = expected_file.with_suffix(".html")
        if not cleaned or not page.exists():
            continue
        total += 1
        got = list(read_inputs([str(page)]))
        text = got[0].text if got and isinstance(got[0], Article) else ""
        words, want = _norm(text), _norm(cleaned)
        prefix_ok += " ".join(want)[:200] in " ".join(words)
        overlap = sum((Counter(want) & Counter(words)).values())
        recall_ok += overlap / max(1, len(want)) >= 0.8
    assert total >= 50
    # Measured: 48/58 (0.83) by expected prefix, 54/58 (0.93) by word recall >= 0.8.
    assert prefix_ok / total >= 0.78
    assert recall_ok / total >= 0.88


def _feed_outcomes(path: Path) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    for item in read_inputs([str(path)]):
        if isinstance(item, InputError):
            outcomes["error " + item.message[:6]] += 1
            continue
        result = prepare(item)
        outcomes[result.reason[:6] if isinstance(result, Skipped) else "ok"] += 1
    return outcomes


def test_english_feeds() -> None:
    root = shared_path("corpora", "feeds", "real_news_feeds")
    feeds = sorted(root.glob("*.xml"))
    assert len(feeds) >= 10
    for feed in feeds:
        outcomes = _feed_outcomes(feed)
        assert not any(k.startswith("error") for k in outcomes), (feed.name, outcomes)
        assert outcomes["ok"] >= 0.9 * sum(outcomes.values()), (feed.name, outcomes)


def test_malformed_feeds_give_logged_errors() -> None:
    feeds = sorted(shared_path("corpora", "feeds", "real_news_feeds", "malformed").glob("*.xml"))
    assert feeds
    for feed in feeds:
        assert _feed_outcomes(feed)["error [E012]"] == 1, feed.name


def test_non_english_feeds_are_skipped() -> None:
    feeds = sorted(shared_path("corpora", "feeds", "real_news_feeds", "non_english").glob("*.xml"))
    assert feeds
    for feed in feeds:
        outcomes = _feed_outcomes(feed)
        assert outcomes["[E008]"] == sum(outcomes.values()), (feed.name, outcomes)
