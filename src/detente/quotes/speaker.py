"""Speaker resolution: from the reporting subject token to an actor.

The actors step owns resolution (``detente.actors.resolve_speaker`` / ``mention_at``); these are
called when present. Otherwise the speaker is the actor mention covering the subject token, a
pronoun is tied to the nearest preceding person subject, and failing all that the subject's own
text is kept as an unresolved actor (``kind="unknown"``) so the quote still says who spoke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from detente.document import ArticleDoc, Sentence
from detente.quotes.lexicon import load_lexicon
from detente.quotes.syntax import PRONOUNS, is_person_subject, noun_phrase, phrase_text
from detente.records import Actor, EventActor, Mention

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
_LOOKBACK_SENTENCES = 3


def _actors_hook(name: str) -> Callable[..., Any] | None:
    try:
        from detente import actors
    except ImportError:  # pragma: no cover - the actors package is part of the tree
        return None
    hook = getattr(actors, name, None)
    return hook if callable(hook) else None


def _call_hook(name: str, adoc: ArticleDoc, sentence: Sentence, token: Token) -> Mention | None:
    hook = _actors_hook(name)
    if hook is None:
        return None
    try:
        found = hook(adoc, sentence, token)
    except Exception:  # noqa: BLE001 - a failing sibling step must not lose the quote
        return None
    return found if isinstance(found, Mention) else None


def _covering_mention(adoc: ArticleDoc, sentence: Sentence, token: Token) -> Mention | None:
    start, end = sentence.char_span(token)
    best: Mention | None = None
    for mention in adoc.mentions_in(sentence):
        covers = mention.span[0] <= start and end <= mention.span[1]
        if covers and (best is None or (best.actor is None and mention.actor is not None)):
            best = mention
    return best


def _mention_for(adoc: ArticleDoc, sentence: Sentence, token: Token) -> tuple[Mention | None, str]:
    for name in ("resolve_speaker", "mention_at"):
        found = _call_hook(name, adoc, sentence, token)
        if found is not None and (found.actor is not None or found.members):
            return found, f"actors.{name}: {found.reason}"
    found = _covering_mention(adoc, sentence, token)
    if found is not None:
        return found, f"mention: {found.reason}"
    return None, ""


def _antecedent(adoc: ArticleDoc, sentence: Sentence, token: Token) -> tuple[Sentence, Token] | None:
    """Nearest preceding person subject, in this sentence and then the previous few."""
    for back in range(_LOOKBACK_SENTENCES + 1):
        index = sentence.index - back
        if index < 0:
            break
        sent = adoc.sentences[index]
        candidates = [t for t in sent.span
                      if t.dep_ in ("nsubj", "nsubjpass") and (back > 0 or t.i < token.i)
                      and _is_person(adoc, sent, t)]
        if candidates:
            return sent, candidates[-1]
    return None


def _is_person(adoc: ArticleDoc, sentence: Sentence, token: Token) -> bool:
    mention, _ = _mention_for(adoc, sentence, token)
    if mention is not None and mention.actor is not None:
        return mention.actor.kind == "person"
    return is_person_subject(token, load_lexicon())


def actor_kind(adoc: ArticleDoc, sentence: Sentence, token: Token) -> str | None:
    """The kind of the actor a subject token resolves to, if it resolves."""
    mention, _ = _mention_for(adoc, sentence, token)
    return mention.actor.kind if mention is not None and mention.actor is not None else None


def resolve(adoc: ArticleDoc, sentence: Sentence, token: Token) -> tuple[EventActor, str]:
    """The speaker named by subject ``token`` of ``sentence``, and how it was resolved."""
    words = noun_phrase(token)
    span = (sentence.offset + words[0].idx, sentence.offset + words[-1].idx + len(words[-1].text))
    text = phrase_text(words)
    mention, reason = _mention_for(adoc, sentence, token)
    if mention is not None and mention.actor is not None:
        return EventActor(mention.actor, text, span), reason
    if mention is not None and mention.members:
        names = " and ".join(m.name for m in mention.members)
        return EventActor(Actor(name=names, kind="group"), text, span), reason + " (compound)"
    if token.lower_ in PRONOUNS and token.lower_ in _PERSON_PRONOUNS | {"he", "she"}:
        found = _antecedent(adoc, sentence, token)
        if found is not None:
            sent, ante = found
            mention, why = _mention_for(adoc, sent, ante)
            if mention is not None and mention.actor is not None:
                return EventActor(mention.actor, text, span), f"pronoun -> {ante.text} ({why})"
            name = phrase_text(noun_phrase(ante), drop_determiner=True)
            return (EventActor(Actor(name=name, kind="person"), text, span),
                    f"pronoun -> preceding person subject {name!r} (unresolved)")
    name = phrase_text(words, drop_determiner=True)
    kind = "person" if token.ent_type_ == "PERSON" else "unknown"
    return EventActor(Actor(name=name, kind=kind), text, span), "unresolved subject text"
