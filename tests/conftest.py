"""Shared fixtures: the spaCy model (loaded once), and ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO.parent / "shared").resolve()
SEED_TXT = SHARED / "seed" / "afp_2024-04-02_biden_xi_call.txt"
SEED_JSONL = SHARED / "seed" / "afp_2024-04-02_biden_xi_call.jsonl"
SEED_GOLD = SHARED / "seed" / "afp_2024-04-02_biden_xi_call.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is absent ({path} not found): shared-data tests skipped")
    return path


def code_record(text: str) -> dict[str, Any]:
    """The record ``code_text`` gives for ``text`` as an article dated 2024-03-10."""
    from detente import code_text

    return dict(code_text(text, date="2024-03-10", id="test-article"))


def explained_candidates(text: str, trigger: str) -> list[dict[str, Any]]:
    """``detente explain``'s candidates for the predicate ``trigger`` in ``text``."""
    from detente.events.explain import explain_text

    return [c for s in explain_text(text, date="2024-03-10") for c in s["candidates"]  # type: ignore[attr-defined]
            if c["trigger"] == trigger]


def event_dyads(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source country, target country, CAMEO code, modality) of each event coded in ``text``."""
    return [((e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["cameo"],
             e["modality"]) for e in code_record(text)["events"]]


def event_codes(text: str) -> list[str]:
    """The CAMEO code of each event coded in ``text`` (dated 2024-03-10)."""
    return [d[2] for d in event_dyads(text)]


def event_triples(text: str) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of each event coded in ``text`` (dated
    2024-03-10)."""
    return [d[:3] for d in event_dyads(text)]


@pytest.fixture(scope="session")
def nlp() -> Language:
    from detente.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_coded() -> dict:
    """The seed article coded once per test session (the output-contract record)."""
    import json

    from detente import code_text

    record = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl").read_text())
    return code_text(record["text"], date=record["date"], id=record["id"],
                     title=record.get("title"), source=record.get("source"))


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    return json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.gold.json").read_text())
