"""Event extraction (first slice: a handful of verbs, subject -> object)."""

from __future__ import annotations

import hashlib

from detente.document import ArticleDoc
from detente.records import Event, EventActor, Mention, Trigger

_VERBS = {"accuse": ("112", "11", "ACCUSE", -2.0, 3), "clash": ("111", "11", "ACCUSE", -2.0, 3)}


def extract_events(adoc: ArticleDoc) -> None:
    for sent in adoc.sentences:
        by_head = {m.head_token: m for m in adoc.mentions_in(sent) if m.actor}
        for tok in sent.span:
            if tok.pos_ != "VERB" or tok.lemma_ not in _VERBS:
                continue
            subj = next((by_head.get(c.i) for c in tok.children if c.dep_ == "nsubj"), None)
            obj = next((by_head.get(c.i) for c in tok.children if c.dep_ == "dobj"), None)
            if subj is None or subj.actor is None:
                continue
            cameo, root, plover, gold, quad = _VERBS[tok.lemma_]
            trig = sent.char_span(tok)
            eid = hashlib.sha1(f"{adoc.article.id}|{trig}|{cameo}".encode()).hexdigest()[:16]
            adoc.events.append(
                Event(
                    id=eid, sentence_index=sent.index, sentence=sent.text,
                    source=_ea(subj), target=_ea(obj) if obj else None,
                    cameo=cameo, cameo_root=root, plover=plover, plover_mode=None,
                    goldstein=gold, quad_class=quad, trigger=Trigger(tok.text, trig),
                    rule=f"verb:{tok.lemma_}", date=adoc.article.published,
                    date_source="publication", sentence_span=(sent.start_char, sent.end_char),
                )
            )


def _ea(m: Mention) -> EventActor:
    assert m.actor is not None
    return EventActor(m.actor, m.text, m.span)
