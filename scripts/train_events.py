"""Train the event model shipped in the package (src/detente/data/models/events.{npz,json}).

    python scripts/train_events.py [--annotations annotations/sentences] [--shared ../shared] [--seed 13]

Trains on annotations/sentences/train.jsonl, calibrates on dev.jsonl (test.jsonl is never read
here); reproducible from the seed. See src/detente/events/training.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from detente.events.training import train

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--annotations", type=Path, default=REPO / "annotations" / "sentences")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "detente" / "data" / "models")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    meta = train(args.annotations, args.shared, args.out, seed=args.seed)
    print(json.dumps({k: meta[k] for k in ("temperature", "thresholds", "dev_candidate_scores")},
                     indent=1))


if __name__ == "__main__":
    main()
