"""Date, location and quote links of an event, from the neighbouring steps when they exist.

The times, places and quotes steps are called defensively (``getattr``): before they land, an
event gets the publication date (``date_source: publication``) and no location.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Token

from detente.actors.agency import clause_verb
from detente.actors.coref import mention_at
from detente.document import ArticleDoc, Sentence
from detente.events.participants import actor_key
from detente.events.sources import REPORTING_VERBS
from detente.records import Event, Location

_PRECISION = {10: "day", 7: "month", 4: "year"}


def _fn(module: str, name: str) -> Any:
    try:
        mod = __import__(f"detente.{module}", fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


def event_context(adoc: ArticleDoc, sent: Sentence, trigger: Token, event: Event) -> None:
    """Set ``date``/``date_precision``/``date_source``, ``location`` and ``quote_id``."""
    event.date, event.date_precision, event.date_source = adoc.article.published, "day", "publication"
    if not adoc.article.published:
        event.date_precision = event.date_source = None
    governing_time = _fn("times", "governing_time")
    if governing_time is not None:
        te = None
        for tok in date_anchors(trigger):
            try:
                te = governing_time(adoc, sent, tok)
            except Exception:  # a neighbour step's bug must not stop event coding
                te = None
            if te is not None:
                break
        value = getattr(te, "value", None)
        if te is not None and isinstance(value, str) and re.match(r"^\d{4}", value):
            event.date = value
            event.date_precision = getattr(te, "precision", None) or _PRECISION.get(len(value))
            text = getattr(te, "text", "") or ""
            event.date_source = getattr(te, "source", None) or (
                "absolute" if re.search(r"\d{4}|\b\d{1,2}\b", text) else "relative"
            )
    if event.date_source == "publication" and _spoken(trigger):
        occasion = _speaker_occasion(adoc, event)
        if occasion is not None:
            event.date, event.date_precision = occasion
            event.date_source = "occasion"
    if event.date_source == "publication" and event.date and _present_perfect(trigger):
        # "has urged", "have met twice": news' present perfect names a recent, unstated day
        event.date, event.date_precision = event.date[:7], "month"
    location_for = _fn("places", "location_for")
    if location_for is not None:
        try:
            loc, reason = location_for(adoc, sent, trigger)
        except Exception:
            loc, reason = None, "places step failed"
        if isinstance(loc, Location):
            event.location = loc
        event.location_reason = reason if isinstance(reason, str) else None
    quote = adoc.quote_of_trigger(event.trigger.span, sent)
    if quote is not None:
        event.quote_id = quote.id


# Verbs that report: what they report took place by the day of the report, which dates it
# better than the publication ("told a news conference Friday that X had accepted ...").
DATING_REPORT_VERBS = REPORTING_VERBS | {"disclose", "reveal", "declare"}


def date_anchors(trigger: Token) -> list[Token]:
    """The words whose time expression dates the event of ``trigger``, nearest first: the
    trigger; the predicate it is conjoined with or the complement of ("will leave Wednesday and
    visit Beijing"); the participle of the occasion it happened at ("in a statement issued on
    Wednesday"); the verb a nominal or adjectival trigger depends on ("made a phone call on
    Saturday", "was critical on Sunday"); the clause a bare participle adjoins ("withdrew on
    March 30, accusing X"); the verb that reports it ("said on Thursday that police hold X")."""
    # "accused X in a statement issued on Wednesday": the occasion's participle is dated
    anchors = [trigger] + [a for c in trigger.children if c.dep_ == "prep"
                           for o in c.children if o.dep_ == "pobj"
                           for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    cur = trigger
    for _ in range(4):
        if cur.dep_ in ("conj", "xcomp") or (
                cur.dep_ == "advcl" and cur.tag_ in ("VBG", "VBN")
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in cur.children)):
            cur = cur.head
        elif cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = clause_verb(cur.head)
        elif cur.dep_ == "ccomp" and cur.head.lemma_.lower() in DATING_REPORT_VERBS:
            cur = cur.head
        else:
            break
        anchors.append(cur)
    return anchors


# Speakers whose undated statements take the one day the story dates them speaking on
OCCASION_SPEAKERS = frozenset({"person", "organisation", "agent"})


@functools.cache
def _speech_lemmas() -> frozenset[str]:
    """The verbs of saying and urging (the quotes step's speech and directive cues)."""
    cues = _fn("quotes.lexicon", "load_lexicon")
    if cues is None:
        return frozenset()
    return frozenset(lemma for lemma, entry in cues().cues.items()
                     if any(cls in ("speech", "directive") for cls in entry.values()))


def _spoken(trigger: Token) -> bool:
    """Whether ``trigger`` is a verb of saying or urging."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _speech_lemmas()


def speaker_occasions(adoc: ArticleDoc) -> dict[tuple[Any, ...], set[tuple[str, str]]]:
    """The days each speaker of the story is dated speaking on: a verb of saying with a time
    expression of its own ("He was speaking on Wednesday", "said on Monday"), by the actor its
    subject names. Computed once per article."""
    if "event_occasions" in adoc.memo:
        found: dict[tuple[Any, ...], set[tuple[str, str]]] = adoc.memo["event_occasions"]
        return found
    governing_time = _fn("times", "governing_time")
    found = {}
    for sent in adoc.sentences if governing_time is not None else []:
        for tok in sent.span:
            if not _spoken(tok):
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            te = governing_time(adoc, sent, tok)
            value = getattr(te, "value", None)
            if te is None or getattr(te, "precision", None) != "day" or not isinstance(value, str):
                continue
            mention = mention_at(adoc, sent, subject)
            if mention is not None and mention.actor is not None \
                    and mention.actor.kind in OCCASION_SPEAKERS:
                found.setdefault(actor_key(mention.actor), set()).add((value, "day"))
    adoc.memo["event_occasions"] = found
    return found


def _speaker_occasion(adoc: ArticleDoc, event: Event) -> tuple[str, str] | None:
    """The one day the story dates the event's speaker speaking on, if there is exactly one:
    an undated "He urged ..." belongs to the occasion "He was speaking on Wednesday" names."""
    if event.source.actor.kind not in OCCASION_SPEAKERS:
        return None
    days = speaker_occasions(adoc).get(actor_key(event.source.actor), set())
    return next(iter(days)) if len(days) == 1 else None


def _present_perfect(trigger: Token) -> bool:
    """Whether the predicate (a verb, or the verb a nominal trigger depends on) is in the
    present perfect ("has met", "have given their backing")."""
    verb = clause_verb(trigger)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "has met X and signed Y"
        verb = verb.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)
