"""Recording benchmark figures in ``bench/RESULTS.md``: one dated section per run."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "RESULTS.md"


def commit() -> str:
    """The short hash of the checked-out commit ("unknown" outside git)."""
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              text=True, capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def append_section(title: str, command: str, note: str, table: list[str],
                   path: Path = RESULTS) -> None:
    """Append ``## title, date, commit`` with the command that measured it, a note and a table."""
    text = (f"\n## {title}, {dt.date.today()}, commit {commit()}\n\n`{command}`; {note}\n\n"
            + "\n".join(table) + "\n")
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(old.rstrip("\n") + "\n" + text, encoding="utf-8")
