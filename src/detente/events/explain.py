"""Explanations: per sentence, every trigger with its parse path, the pattern that fired (or why
none did), the model's vote, the source and target paths, modality, rule and outcome."""

from __future__ import annotations

from detente.document import ArticleDoc
from detente.events.extract import Candidate, candidates_for_sentence, settle_content
from detente.events.participants import SentenceActors
from detente.records import Article


def _parse_path(cand: Candidate) -> str:
    tok = cand.trigger
    steps = [f"{tok.text}/{tok.pos_}/{tok.dep_}"]
    cur = tok
    while cur.head.i != cur.i and len(steps) < 5:
        cur = cur.head
        steps.append(f"{cur.text}/{cur.dep_}")
    kids = ", ".join(f"{c.dep_}:{c.text}" for c in tok.children if c.dep_ != "punct")
    return " <- ".join(steps) + (f"  [{kids}]" if kids else "")


def explain_article(adoc: ArticleDoc) -> list[dict[str, object]]:
    """One entry per sentence with triggers: the sentence and its candidates, explained."""
    from detente.events.layers import apply_model
    from detente.events.model import active_model

    model = active_model()
    out: list[dict[str, object]] = []
    for sent in adoc.sentences:
        rows = []
        sa = SentenceActors.build(adoc, sent)
        cands = candidates_for_sentence(adoc, sent, sa)
        if model is not None:
            cands = apply_model(model, adoc, sent, cands, sa)
        settle_content(cands)
        for cand in cands:
            p = cand.pattern
            rows.append({
                "trigger": cand.trigger.text,
                "trigger_span": list(sent.char_span(cand.trigger)),
                "parse_path": _parse_path(cand),
                "pattern": f"{p.id} ({p.lemma} prt={p.particle} prep={p.prep} obj={p.obj_label} "
                           f"xcomp={p.xcomp} -> {p.cameo})" if p else None,
                "source": [f"{s.actor.text} = {s.actor.actor.name} [{s.actor.actor.country}] "
                           f"via {s.how}" for s in cand.sources],
                "source_path": cand.source_path,
                "target": [f"{t.actor.text} = {t.actor.actor.name} [{t.actor.actor.country}] "
                           f"via {t.how}" for t in cand.targets],
                "target_slot": cand.target_path,
                "modality": cand.modality,
                "model": cand.vote.describe() if cand.vote is not None else None,
                "rule": cand.rule or (f"lexicon pattern {p.id}" if p else None),
                "outcome": cand.outcome,
            })
        if rows:
            out.append({"sentence_index": sent.index, "sentence": sent.text,
                        "span": [sent.start_char, sent.end_char], "candidates": rows})
    return out


def explain_text(text: str, date: str | None = None) -> list[dict[str, object]]:
    """Run the pipeline on ``text`` up to the events step and explain every sentence."""
    return explain_record(Article(id="explain", text=text, published=date))


def explain_record(article: Article) -> list[dict[str, object]]:
    """Run the pipeline on ``article`` (with its title and dateline, which decide the story's
    country) up to the events step and explain every sentence."""
    from detente.nlp import load_nlp
    from detente.pipeline import STEPS, Skipped, prepare

    prepared = prepare(article)
    if isinstance(prepared, Skipped):
        return []
    nlp = load_nlp()
    adoc = ArticleDoc(prepared, [(s, nlp(prepared.text[s:e])) for s, e in prepared.paragraphs])
    for name, step in STEPS.items():
        if name == "events":
            break
        try:
            step(adoc)
        except Exception as exc:  # explain what we can even if a neighbour step fails
            prepared.warnings.append(f"step {name} failed: {exc}")
    return explain_article(adoc)
