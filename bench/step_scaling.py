"""How each extraction step's time grows with the length of one paragraph (issue 14, item 5).

Usage: .venv/bin/python bench/step_scaling.py [REPEATS ...]   (default: 50 100 200 400)
Builds one paragraph of our own by repeating two sentences REPEATS times (~220 characters
each), parses it once, then times every step of ``detente.pipeline.STEPS`` on it (best of two
runs). A linear step's time doubles when the paragraph doubles; a quadratic one quadruples.
The first size also pays for loading the dictionaries and the gazetteer: a warm-up runs first.
Run it on a quiet machine.
"""

from __future__ import annotations

import sys
import time

from detente.document import ArticleDoc
from detente.guard import warm_up
from detente.nlp import load_nlp
from detente.pipeline import STEPS, prepare
from detente.records import Article

UNIT = ('The Kenyan minister met officials in Nairobi on Monday, and he said "we will keep '
        'talking to Uganda" according to state radio. Envoys in Lusaka accused Malawi of '
        "stalling the talks near Lilongwe last week. ")


def step_times(repeats: int) -> tuple[int, float, dict[str, float]]:
    """Characters, parse seconds and per-step seconds for one paragraph of ``repeats`` units."""
    nlp = load_nlp()
    text = UNIT * repeats
    article = prepare(Article(id="scaling", text=text, published="2024-04-02"), len(text) + 1)
    assert isinstance(article, Article)
    started = time.perf_counter()
    docs = [(s, nlp(text[s:e])) for s, e in article.paragraphs]
    parse = time.perf_counter() - started
    best: dict[str, float] = {}
    for _ in range(2):
        adoc = ArticleDoc(article, docs)
        for name, step in STEPS.items():
            started = time.perf_counter()
            step(adoc)
            spent = time.perf_counter() - started
            best[name] = min(spent, best.get(name, spent))
    return len(text), parse, best


def main() -> None:
    sizes = [int(x) for x in sys.argv[1:]] or [50, 100, 200, 400]
    warm_up()
    print("| repeats | characters | parse s | " + " | ".join(f"{n} s" for n in STEPS) + " |")
    print("|---" * (3 + len(STEPS)) + "|")
    for repeats in sizes:
        chars, parse, times = step_times(repeats)
        cells = " | ".join(f"{times[n]:.2f}" for n in STEPS)
        print(f"| {repeats} | {chars:,} | {parse:.2f} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
