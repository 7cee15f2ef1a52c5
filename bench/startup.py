"""Start-up benchmark: wall time and peak RSS of one-sentence commands, next to bare spaCy.

    .venv/bin/python bench/startup.py [--runs 3] [--append-results]

Each command runs in a fresh process ``--runs`` times; the table shows the median wall time,
the median CPU time (user + system, less sensitive to other jobs on a shared machine) and the
peak RSS. Rows:

- bare spaCy: ``import spacy; spacy.load(model)`` (the floor);
- ``detente code`` on a one-sentence file, with the gazetteer and actor caches warm (what a
  user meets after the first run), and once cold (``DETENTE_CACHE_DIR`` pointing at an empty
  directory: the first run after installing or upgrading, which builds both caches);
- ``detente explain "..."`` with warm caches.

Target (issue 14, item 12): any command on one sentence answers in <= 3 s wall.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from results import append_section  # noqa: E402 - bench/results.py

SENTENCE = "The President of France met the Chancellor of Germany in Berlin on Monday."
TARGET_S = 3.0


def run_once(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one child process running ``argv``."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(argv: list[str], runs: int, env: dict[str, str] | None = None,
            warm_up: bool = True) -> dict[str, float]:
    """Median wall and CPU, max RSS over ``runs`` runs (after one unmeasured run if warm_up)."""
    if warm_up:
        run_once(argv, env)
    samples = [run_once(argv, env) for _ in range(runs)]
    return {"wall": statistics.median(s[0] for s in samples),
            "cpu": statistics.median(s[1] for s in samples),
            "rss": max(s[2] for s in samples)}


def commands(work: Path) -> list[tuple[str, list[str], bool]]:
    """(label, argv, cold cache) of every measured command."""
    py = sys.executable
    detente = str(Path(py).with_name("detente"))
    one = work / "one.txt"
    one.write_text(SENTENCE + "\n", encoding="utf-8")
    out = str(work / "out.jsonl")
    from detente.settings import load_settings

    model = load_settings().model
    return [
        ("bare spaCy (import + load model)", [py, "-c", f"import spacy; spacy.load({model!r})"], False),
        ("detente code, one sentence (warm cache)", [detente, "code", str(one), "--out", out], False),
        ("detente explain TEXT (warm cache)", [detente, "explain", SENTENCE], False),
        ("detente code, one sentence (cold cache: builds it)",
         [detente, "code", str(one), "--out", out], True),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--append-results", action="store_true",
                        help="append the table to bench/RESULTS.md")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="detente-startup-") as tmp:
        work = Path(tmp)
        for label, cmd, cold in commands(work):
            if cold:
                samples = []
                for i in range(args.runs):
                    env = dict(os.environ, DETENTE_CACHE_DIR=str(work / f"cold{i}"))
                    samples.append(run_once(cmd, env))
                result = {"wall": statistics.median(s[0] for s in samples),
                          "cpu": statistics.median(s[1] for s in samples),
                          "rss": max(s[2] for s in samples)}
            else:
                result = measure(cmd, args.runs)
            rows.append((label, result))
            print(f"{label:55s} wall {result['wall']:6.2f} s  cpu {result['cpu']:6.2f} s  "
                  f"peak RSS {result['rss']:6.0f} MB", flush=True)
    load = os.getloadavg()[0]
    table = ["| command | wall s (median) | CPU s (median) | peak RSS MB |", "|---|---|---|---|"]
    table += [f"| {label} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['rss']:.0f} |" for label, r in rows]
    print(f"1-minute load average: {load:.1f}")
    if args.append_results:
        append_section("Start-up (`bench/startup.py`)",
                       f".venv/bin/python bench/startup.py --runs {args.runs} --append-results",
                       f"1-minute load average at the end: {load:.1f} (2 shared cores).", table)
    worst = max(r["wall"] for label, r in rows if "warm" in label)
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
