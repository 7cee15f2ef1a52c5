"""Code a fixed set of stories and write, or compare against, their JSON records.

    python bench/same_output.py --out before.jsonl [--limit 150] [--fast]
    python bench/same_output.py --out after.jsonl --compare before.jsonl [--fast]

For performance work: outputs must not change. ``--fast`` codes with the rules-only tier
(``DETENTE_EVENT_MODEL=0``). Records are compared whole; the exit code is 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT = REPO.parent / "shared" / "corpora" / "news" / "afp_xinhua_te3_silver.jsonl"


def code(corpus: Path, limit: int) -> list[dict[str, Any]]:
    """The output-contract records of the first ``limit`` stories of ``corpus``."""
    from detente.pipeline import Skipped, code_articles
    from detente.records import Article

    with corpus.open(encoding="utf-8") as handle:
        recs = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date"), title=r.get("title"),
                        dateline=r.get("dateline") or None) for r in recs]
    out: list[dict[str, Any]] = []
    for result in code_articles(articles):
        if isinstance(result, Skipped):
            out.append({"skipped": result.article.id, "reason": result.reason})
        else:
            out.append(result.to_dict())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--fast", action="store_true", help="rules-only tier")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path, help="earlier output to compare with")
    args = ap.parse_args()
    if args.fast:
        os.environ["DETENTE_EVENT_MODEL"] = "0"
    records = code(args.corpus, args.limit)
    lines = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare is None:
        print(f"{len(lines)} records written to {args.out}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    diff = [i for i, (a, b) in enumerate(zip(before, lines, strict=False)) if a != b]
    if len(before) != len(lines):
        print(f"record count differs: {len(before)} before, {len(lines)} now")
    print(f"{len(lines)} records, {len(diff)} differ" + (f": lines {diff[:20]}" if diff else ""))
    return 1 if diff or len(before) != len(lines) else 0


if __name__ == "__main__":
    raise SystemExit(main())
