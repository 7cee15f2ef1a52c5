"""Memory of the place gazetteer in one worker: RSS before and after loading it, and peak RSS.

    .venv/bin/python bench/gazetteer_memory.py            # warm cache: what every worker pays
    DETENTE_CACHE_DIR=off .venv/bin/python bench/gazetteer_memory.py   # build in-process

Each measurement runs in a fresh process (``--child``), so imports and caches of one do not
count in the other. Figures: load (or build) time, resident set size growth, peak RSS of the
process, entries and index keys.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child() -> None:
    """Load the gazetteer and print one line of figures."""
    before = _rss_mb()
    start = time.perf_counter()
    from detente.geo.gazetteer import gazetteer

    gaz = gazetteer()
    seconds = time.perf_counter() - start
    after = _rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer: {len(gaz):,} entries, {len(gaz.tables['key_hash']):,} names; "
          f"load {seconds:.2f} s; RSS {before:.0f} -> {after:.0f} MB (+{after - before:.0f} MB); "
          f"peak RSS {peak:.0f} MB")


def main() -> None:
    subprocess.run([sys.executable, __file__, "--child"], check=True)


if __name__ == "__main__":
    child() if "--child" in sys.argv else main()
