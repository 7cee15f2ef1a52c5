"""Quotes framed without a reporting verb: a clause ending in a colon, a credit after a dash,
the clause around the quote, a transcript's speaker label."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from detente.document import ArticleDoc, Sentence
from detente.quotes.marks import Segment
from detente.quotes.model import (
    AFTER_WINDOW,
    BEFORE_WINDOW,
    Paragraph,
    Report,
    governing,
    open_between,
    words,
)
from detente.quotes.speaker import resolve
from detente.quotes.syntax import INANIMATE, Cue, subject_of
from detente.records import EventActor, Quote, Span

MIN_DIRECT_WORDS = 4  # shorter cue-less fragments without a verb are scare quotes or titles
_CREDIT_DASHES = frozenset("\u2015\u2014\u2013")
_LABEL = re.compile(r"([A-Z][A-Z.'\- ]{0,40}[A-Z]):\s+")
# A transcript turn without quotation marks: "TAPPER: Do you think ...", "Matthews: Well, ..."
_TURN = re.compile(r"([A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,2}):\s+(?=\S)")


def dash_report(adoc: ArticleDoc, seg: Segment, paras: list[Paragraph]) -> Report | None:
    """An epigraph-style credit after the closing mark: “...” ― Jane Doe."""
    text = adoc.article.text
    pos = seg.outer[1]
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text) or text[pos] not in _CREDIT_DASHES:
        return None
    para = paras[seg.paragraph]
    dash = para.doc.char_span(pos - para.offset, pos - para.offset + 1, alignment_mode="expand")
    if dash is None:
        return None
    names: list[Token] = []
    for tok in para.doc[dash.end : dash.end + 8]:
        if tok.pos_ == "PROPN" or (names and tok.text == "."):
            names.append(tok)
        elif tok.is_space or (not names and tok.text.isspace()):
            continue
        else:
            break
    names = [t for t in names if t.pos_ == "PROPN"]
    sent = para.sentence_of[dash.start] or (para.sentence_of[names[0].i] if names else None)
    if not names or sent is None:
        return None
    cue = Cue(dash[0], "speech", dash.text, dash.start, dash.end - 1)
    report = Report(cue, sent, [], names[-1])
    speaker, reason = resolve(adoc, sent, names[-1])
    span = (para.offset + names[0].idx, para.offset + names[-1].idx + len(names[-1].text))
    report.speaker = EventActor(speaker.actor, text[span[0] : span[1]], span)
    report.reason = f"{reason}; credited after the quote"
    report.frames = True
    return report


def clause_like(tokens: list[Token]) -> bool:
    content_words = words(tokens)
    return len(content_words) >= MIN_DIRECT_WORDS and any(
        t.pos_ in ("VERB", "AUX") for t in content_words)


def frame_report(adoc: ArticleDoc, seg: Segment, paras: list[Paragraph],
                  seg_index: dict[int, int]) -> Report | None:
    """A quote with no reporting verb takes the clause framing it in its sentence, when that
    clause has a subject ("..., as the economist put it"), rather than an earlier speaker."""
    para = paras[seg.paragraph]
    s_index = seg_index[id(seg)]
    inside = para.segment_tokens(s_index)
    if not clause_like(inside):
        return None  # a scare quote or a term is not framed by the clause around it
    first, last = inside[0], inside[-1]
    best: tuple[int, Token, Token] | None = None
    lo, hi = max(0, first.i - BEFORE_WINDOW), min(len(para.doc), last.i + AFTER_WINDOW + 1)
    for tok in para.doc[lo:hi]:
        if para.segment_of[tok.i] >= 0 or tok.pos_ != "VERB" or first.i <= tok.i <= last.i:
            continue
        after = tok.i > last.i
        if not (open_between(para, last.i + 1, tok.i) if after else open_between(para, tok.i + 1, first.i)):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and para.segment_of[c.i] < 0
                    and c.lower_ not in INANIMATE]
        if subjects:
            dist = tok.i - last.i if after else first.i - tok.i
            if best is None or dist < best[0]:
                best = (dist, tok, subjects[0])
    sent = para.sentence_of[best[1].i] if best else None
    if best is None or sent is None:
        return None
    _, verb, subject = best
    report = Report(Cue(verb, "speech", verb.text, verb.i, verb.i), sent, [], subject, frames=True)
    report.speaker, reason = resolve(adoc, sent, subject)
    report.reason = f"{reason}; clause framing the quote"
    return report


def transcript_label(adoc: ArticleDoc, seg: Segment, para: Paragraph,
                      sent: Sentence) -> tuple[Span, EventActor, str, Span] | None:
    """Transcript style: a quoted turn opening with its speaker's name in capitals and a colon
    ("PENCE: Well, ..."): the content after the label, the speaker, the reason and the colon."""
    text = adoc.article.text
    match = _LABEL.match(text, seg.start, seg.end)
    if match is None:
        return None
    label = (seg.start, seg.start + len(match.group(1)))
    tokens = para.doc.char_span(label[0] - para.offset, label[1] - para.offset,
                                alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    speaker, reason = resolve(adoc, sent, tokens[-1])
    speaker = EventActor(speaker.actor, text[label[0] : label[1]], label)
    colon = (label[1], label[1] + 1)
    return (match.end(), seg.end), speaker, f"{reason}; transcript speaker label", colon


def colon_report(adoc: ArticleDoc, seg: Segment, paras: list[Paragraph]) -> Report | None:
    """A quote introduced by a clause ending in a colon takes that clause's verb as its cue."""
    text = adoc.article.text
    pos = seg.outer[0] - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] != ":":
        return None
    for para in paras[max(0, seg.paragraph - 1) : seg.paragraph + 1]:
        local = pos - para.offset
        if not 0 <= local < len(para.text):
            continue
        colon = para.doc.char_span(local, local + 1, alignment_mode="expand")
        if colon is None:
            return None
        sent = para.sentence_of[colon.start]
        if sent is None:
            return None
        reports = [r for i, r in para.reports.items() if sent.span.start <= i < colon.start]
        if reports:
            return governing(reports[-1])
        verb = sent.span.root
        if verb.pos_ not in ("VERB", "AUX") or para.segment_of[verb.i] >= 0:
            return None
        cue = Cue(verb, "speech", verb.text, verb.i, verb.i)
        report = Report(cue, sent, [], subject_of(cue), frames=True)
        if report.subject is not None:
            report.speaker, report.reason = resolve(adoc, sent, report.subject)
            report.reason = f"{report.reason}; introduces the quote with a colon"
        return report
    return None


def transcript_turn(adoc: ArticleDoc, para: Paragraph, persons: Callable[[], frozenset[str]]
                    ) -> tuple[Span, EventActor, str, Span, Sentence] | None:
    """A paragraph of a transcript without quotation marks ("TAPPER: Do you think ...?"): the
    text after the label, when the label names a person of the story (``persons()``: the
    lower-cased words of its PERSON entities), so that "UPDATE:" or "WASHINGTON:" is no speaker."""
    match = _TURN.match(para.text)
    if match is None or any(s >= 0 for s in para.segment_of):
        return None
    name = match.group(1)
    if name.split()[-1].lower() not in persons():
        return None
    end = len(para.text.rstrip())
    tokens = para.doc.char_span(0, len(name), alignment_mode="expand")
    sent = para.sentence_of[0]
    if (tokens is None or not len(tokens) or sent is None
            or not clause_like([t for t in para.doc if t.idx >= match.end()])):
        return None  # "Clinton: 1,769" is a tally, not a turn
    speaker, reason = resolve(adoc, sent, tokens[-1])
    label = (para.offset, para.offset + len(name))
    speaker = EventActor(speaker.actor, name, label)
    span = (para.offset + match.end(), para.offset + end)
    return span, speaker, f"{reason}; transcript speaker label", (label[1], label[1] + 1), sent


def block_quote(para: Paragraph, following: Paragraph) -> tuple[Span, Report] | None:
    """A block quote: a paragraph that is one clause of speech ending in a colon ("The governor
    added:"), its cue with a speaker and no content of its own, introduces the next paragraph set
    off without quotation marks (not a transcript's labelled turn, nor an embedded item in markup,
    "<tweet ...>"): the content and its report."""
    tokens = [t for t in para.doc if not t.is_space]
    if len(tokens) < 3 or tokens[-1].text != ":" or any(s >= 0 for s in following.segment_of):
        return None
    sent = para.sentence_of[tokens[-1].i]
    if sent is None or sent.span.start != tokens[0].i:
        return None  # the colon closes a sentence of its own, not a paragraph of several
    reports = [r for r in para.reports.values() if r.sentence is sent]
    if len(reports) != 1:
        return None
    report = reports[0]
    if (report.cue.cls != "speech" or report.content or report.speaker is None
            or report.subject is None or report.channel_of is not None
            or _TURN.match(following.text) or following.text.lstrip().startswith("<")
            or not clause_like(list(following.doc))):
        return None
    end = len(following.text.rstrip())
    return (following.offset, following.offset + end), report


_CONTINUES = "continues the previous quote"


def carries_cue(text: str, previous: tuple[Quote, int], seg: Segment, paras: list[Paragraph]) -> bool:
    """Whether an uncued quotation goes on with the previous quote's cue: in the same paragraph
    ("A," he said. "B."), or as a paragraph of its own after a quote whose credit closes the
    paragraph before ("“...,” the mayor said." / "“...”"): the same statement. Not when the
    cue came before that quote, another quotation follows the credit, or words follow it."""
    prior, index = previous
    if index == seg.paragraph:
        return True
    if index != seg.paragraph - 1 or prior.cue_span is None:
        return False
    before, para = paras[index], paras[seg.paragraph]
    close = before.offset + len(before.text)
    carried = prior.cue_span[1] <= before.offset and prior.speaker_reason == _CONTINUES
    if not (carried or prior.span[1] <= prior.cue_span[0] < close) or any(
            c in text[max(prior.cue_span[1], prior.span[1] + 1) : close] for c in "\"\u201c\u201d"):
        return False
    return (seg.opened and not text[para.offset : seg.start - 1].strip()
            and not text[seg.end : para.offset + len(para.text)].strip(" \n\"\u201d.,"))
