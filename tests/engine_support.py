"""Shared helpers for the engine tests: a small hand-written corpus and a database snapshot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from detente.store import Store

ARTICLES = [
    "WASHINGTON (Reuters) - The United States imposed new sanctions on Iran on Monday, the "
    "Treasury said.\n\nIranian officials condemned the decision and said Tehran would respond.",
    "BEIJING, April 2 (AFP) - China accused Japan of provoking tensions in the East China Sea.\n\n"
    "The foreign ministry said Beijing had lodged a protest with Tokyo.",
    "KUALA LUMPUR, April 1 (Xinhua) -- Malaysia and Indonesia signed a trade agreement on "
    "Tuesday.\n\nThe two prime ministers praised the deal at a joint news conference.",
    "Russian troops shelled villages near the border, Ukrainian officials said on Sunday.\n\n"
    "The Kremlin denied the reports and accused Kyiv of spreading propaganda.",
    "The European Union offered humanitarian aid to Sudan after weeks of fighting.\n\n"
    "Brussels said it would send 50 million euros to help refugees.",
    "Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in "
    "Jerusalem on Wednesday.\n\nBlinken urged Israel to allow more aid into Gaza.",
    "North Korea fired a ballistic missile into the sea, South Korea's military said.\n\n"
    "Seoul and Washington condemned the launch.",
    "El Gobierno de España anunció el lunes nuevas medidas para la vivienda, según fuentes "
    "oficiales consultadas por este periódico.",
]


def write_corpus(path: Path, copies: int = 1) -> Path:
    lines = []
    for c in range(copies):
        for i, text in enumerate(ARTICLES):
            # Distinct copies (a different closing line) so dedup does not collapse them.
            body = text if c == 0 else f"{text}\n\nUpdate {c}: the item was filed again."
            lines.append(json.dumps({"id": f"a{c}-{i}", "text": body, "date": "2024-04-02"}))
    lines.append("{broken line")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, Any]:
    """Table contents without timestamps, sorted, for equality checks between engines."""
    out: dict[str, Any] = {}
    with Store(db, read_only=True) as st:
        for table, drop in (("articles", {"coded_at"}), ("events", set()), ("quotes", set()),
                            ("mentions", set()), ("times", set()), ("places", set()),
                            ("article_sources", set()), ("shards", {"completed_at"}),
                            ("ingest_log", {"at"})):
            cols = [r[0] for r in st.con.execute(f"DESCRIBE {table}").fetchall()
                    if r[0] not in drop]
            sel = ", ".join(f'"{c}"' for c in cols)
            rows = st.con.execute(f"SELECT {sel} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out
