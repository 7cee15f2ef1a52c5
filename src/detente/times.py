"""Times: temporal expressions normalised against the publication date.

The work is done by :mod:`detente.temporal` (regex rules over each sentence, tense from the
spaCy parse); this module is the pipeline step and the interface the events step uses."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.document import ArticleDoc, Sentence
from detente.records import TimeExpr
from detente.temporal.lexicon import lexicon
from detente.temporal.rules import Referents
from detente.temporal.tagger import Tagged, tag, update_referents
from detente.temporal.tense import clause_tense, governor

_OTHER_ENTITIES = frozenset(["CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT",
                             "LAW", "WORK_OF_ART", "ORG", "FAC"])
_CONTRACT_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")


def _span_of(sentence: Sentence, start: int, end: int) -> SpacySpan | None:
    """The spaCy span of sentence-relative character offsets."""
    base = sentence.span.start_char
    return sentence.span.doc.char_span(base + start, base + end, alignment_mode="expand")


def tag_sentence(sentence: Sentence, anchor: dt.date | None, refs: Referents | None = None
                 ) -> list[Tagged]:
    """Temporal expressions of one parsed sentence (offsets relative to the sentence text)."""

    def tense(start: int, end: int) -> str | None:
        span = _span_of(sentence, start, end)
        return clause_tense(span) if span is not None and len(span) else None

    def entity(start: int, end: int) -> bool | None:
        span = _span_of(sentence, start, end)
        if span is None:
            return None
        labels = {t.ent_type_ for t in span if t.ent_type_}
        if "DATE" in labels or "TIME" in labels:
            return True
        return False if labels & _OTHER_ENTITIES else None

    return tag(sentence.text, anchor, tense=tense, entity=entity, refs=refs)


def extract_times(adoc: ArticleDoc) -> None:
    """Find temporal expressions in the body sentences and append them to ``adoc.times``."""
    anchor = adoc.published
    refs = Referents()
    for sentence in adoc.sentences:
        tagged = tag_sentence(sentence, anchor, refs)
        update_referents(refs, tagged, sentence.index)
        base = sentence.start_char
        for t in tagged:
            adoc.times.append(TimeExpr(text=t.text, span=(base + t.start, base + t.end),
                                       sentence_index=sentence.index, value=t.value,
                                       precision=t.precision, kind=t.kind))


def normalise(text: str, published: dt.date | str | None, tense: str | None = None
              ) -> list[TimeExpr]:
    """Temporal expressions of a plain string (a caption, a headline) without a parse: spans
    are offsets into ``text``; ``tense`` ('past'/'future') applies to every expression."""
    anchor = dt.date.fromisoformat(published[:10]) if isinstance(published, str) else published
    tagged = tag(text, anchor, tense=lambda s, e: tense)
    return [TimeExpr(t.text, (t.start, t.end), 0, t.value, t.precision, t.kind) for t in tagged]


def is_datable(te: TimeExpr) -> bool:
    """Whether an expression can date an event: a calendar value, not a duration, set or ref."""
    return te.kind in ("date", "time") and te.value is not None and not te.value.endswith("_REF")


def governing_time(adoc: ArticleDoc, sentence: Sentence, token: Token) -> TimeExpr | None:
    """The temporal expression governing predicate ``token``: one attached to it in the parse
    (its nearest verbal ancestor is ``token``), else a datable expression of a verbless sentence.
    Durations, sets and PAST/PRESENT/FUTURE_REF never date an event.

    The result is a copy whose ``value``/``precision`` are an event date of the output contract
    (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY with day/week/month/year; "Monday night" -> the day,
    a quarter -> its year); the TIMEX3 value stays on the record in ``adoc.times``."""
    candidates = [t for t in adoc.times_in(sentence) if is_datable(t)]
    orphans: list[TimeExpr] = []
    for te in candidates:
        span = _span_of(sentence, te.span[0] - sentence.start_char, te.span[1] - sentence.start_char)
        if span is None or not len(span) or _contract_date(te) is None:
            continue
        gov = governor(span)
        if gov is not None and gov.i == token.i:
            return _for_event(te)
        if gov is None:
            orphans.append(te)
    return _for_event(orphans[0]) if orphans else None


def _contract_date(te: TimeExpr) -> tuple[str, str] | None:
    """A datable expression's value cut to a contract date, with its precision."""
    if te.value is None or not is_datable(te):
        return None
    value = re.sub(r"-WE$", "", te.value.split("T")[0])
    precision = te.precision if te.precision in ("day", "week", "month", "year") else None
    if re.fullmatch(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)", value):
        value, precision = value[:4], "year"
    if not _CONTRACT_DATE.match(value):
        return None
    if precision is None:
        precision = {10: "day", 8: "week", 7: "month", 4: "year"}.get(len(value))
    return (value, precision) if precision else None


def _for_event(te: TimeExpr) -> TimeExpr:
    value, precision = _contract_date(te) or (None, None)
    return TimeExpr(te.text, te.span, te.sentence_index, value, precision, te.kind)


def event_date(te: TimeExpr | None, published: dt.date | None) -> tuple[str | None, str | None, str]:
    """An event's ``(date, date_precision, date_source)`` from its governing expression: the
    value cut to a contract date (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY), "absolute" when the text
    names the calendar date, "relative" when it is anchored on publication; else publication."""
    converted = _contract_date(te) if te is not None else None
    if te is not None and converted is not None:
        return converted[0], converted[1], date_source(te)
    if published is None:
        return None, None, "publication"
    return published.isoformat(), "day", "publication"


def date_source(te: TimeExpr) -> str:
    """'absolute' when the expression names its calendar date (a year, or a month name),
    'relative' when its value comes from the publication date (Tuesday, next week, yesterday)."""
    words = set(re.findall(r"[a-z]+\.?", te.text.lower()))
    if re.search(r"\d{4}", te.text) or words & set(lexicon().months):
        return "absolute"
    return "relative"


__all__ = ["date_source", "event_date", "extract_times", "governing_time", "is_datable",
           "normalise", "tag_sentence"]
