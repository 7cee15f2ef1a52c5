"""Annotated stories that are one article under two ids.

The news corpora file some articles twice (a DUC document in two topic clusters, a BBC story
listed under two numbers). Drawn as two stories, one copy may sit in a split that is read for
error analysis and the other in a split that is only scored (dev and test, ``fresh`` and
``fresh_heldout``); what was learned reading the first then shows on the second. These helpers
find such pairs and score an evaluation on the stories whose text no other split holds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from detente.annotation.select import text_key

Json = dict[str, Any]


def shared_texts(splits: dict[str, str], texts: dict[str, str]) -> list[list[str]]:
    """Groups of annotated story ids (``splits``: id -> split) whose texts (``texts``: id ->
    text) are the same, each group sorted, groups in order of their first id."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for story in sorted(splits):
        if story in texts:
            by_text[text_key(texts[story])].append(story)
    return sorted((ids for ids in by_text.values() if len(ids) > 1), key=lambda ids: ids[0])


def split_pairs(groups: list[list[str]], splits: dict[str, str]) -> Counter[str]:
    """How many groups join each pair of splits ("dev/test", "fresh/fresh_heldout", ...)."""
    return Counter("/".join(sorted({splits[s] for s in ids})) for ids in groups)


def shared_with_another_split(groups: list[list[str]], splits: dict[str, str]) -> set[str]:
    """The ids whose text a story of another split holds."""
    return {s for ids in groups for s in ids if any(splits[o] != splits[s] for o in ids)}


def found_on(summary: Json, leave_out: set[str]) -> Json:
    """Required events found (loose) over the ``per_story`` rows of a wire evaluation, without
    the stories in ``leave_out``."""
    rows = [r for r in summary.get("per_story", []) if r["id"] not in leave_out]
    required = sum(r.get("required", 0) for r in rows)
    found = sum(r.get("found_loose", 0) for r in rows)
    return {"stories": len(rows), "required": required, "found": found,
            "found_loose": round(found / required, 3) if required else None}
