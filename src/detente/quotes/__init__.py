"""Quotes: direct, mixed and indirect speech with speaker, cue and channel.

The step runs once per article, in linear time over its tokens:

1. quotation marks give the quoted segments of the body paragraphs (``marks``), runs of
   segments continuing over paragraphs are kept together;
2. every token is looked up once in the cue lexicon (``data/quotes/cues.tsv``): a reporting verb,
   or "according to", becomes a *report* with its content clause, subject and channel;
3. each quoted run is tied to the report that governs it in the parse (or, failing that, to the
   nearest cue just outside its marks) and is *direct*, or *mixed* when it is a fragment inside a
   larger reported clause; a run with no cue inherits the previous quote's speaker;
4. each report whose content is not already a direct quote is an *indirect* quote.

Channels are kept apart from speakers: a phrase on the cue ("told reporters", "in a statement",
"on X"), "according to ..." next to another cue, or an institution relaying someone else's words
("the White House said Biden pressed ..."); a relaying report is a channel, not a quote itself.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from detente.document import ArticleDoc, Sentence
from detente.quotes.lexicon import load_lexicon
from detente.quotes.marks import Segment, find_segments
from detente.quotes.speaker import actor_kind, resolve
from detente.quotes.syntax import (
    INANIMATE,
    Cue,
    channel_phrase,
    content_tokens,
    cue_of,
    is_relay,
    noun_phrase,
    phrase_text,
    subject_of,
    trim,
)
from detente.records import EventActor, Quote, Span

__all__ = ["extract_quotes", "quote_id"]

# A cue this many tokens after a closing mark (or before an opening one) still attributes it.
_AFTER_WINDOW = 8
_BEFORE_WINDOW = 12
_INHERIT_PARAGRAPHS = 2
_MIN_DIRECT_WORDS = 4  # shorter cue-less fragments without a verb are scare quotes or titles
_CREDIT_DASHES = frozenset("\u2015\u2014\u2013")
_LABEL = re.compile(r"([A-Z][A-Z.'\- ]{0,40}[A-Z]):\s+")
_SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(slots=True)
class _Report:
    cue: Cue
    sentence: Sentence
    content: list[Token]
    subject: Token | None
    speaker: EventActor | None = None
    reason: str | None = None
    channel: str | None = None
    relay: bool = False
    outer: _Report | None = None
    channel_of: _Report | None = None  # an "according to" that is another cue's channel
    inner: bool = False  # its content is headed by another report
    frames: bool = False  # a colon clause or a credit line framing a whole quote
    detached: bool = False  # a participle continuing its outer report's content, quoted apart

    @property
    def cue_span(self) -> Span:
        doc = self.cue.token.doc
        return self.sentence.char_span(doc[self.cue.first : self.cue.last + 1])


@dataclass(slots=True)
class _Paragraph:
    offset: int
    doc: Doc
    sentence_of: list[Sentence | None]
    segment_of: list[int]  # token -> index of the quoted segment holding it, or -1
    reports: dict[int, _Report] = field(default_factory=dict)


def quote_id(article_id: str, span: Span) -> str:
    """Stable quote id: a hash of the article id and the content span."""
    return hashlib.sha1(f"{article_id}:{span[0]}:{span[1]}".encode()).hexdigest()[:16]


def _paragraphs(adoc: ArticleDoc, segments: list[Segment]) -> list[_Paragraph]:
    by_doc: dict[int, list[Sentence]] = {}
    for sent in adoc.sentences:
        by_doc.setdefault(id(sent.span.doc), []).append(sent)
    out: list[_Paragraph] = []
    for p_index, (offset, doc) in enumerate(adoc.paragraphs):
        sentence_of: list[Sentence | None] = [None] * len(doc)
        for sent in by_doc.get(id(doc), []):
            for i in range(sent.span.start, sent.span.end):
                sentence_of[i] = sent
        segment_of = [-1] * len(doc)
        for s_index, seg in enumerate(segments):
            if seg.paragraph != p_index:
                continue
            for tok in doc.char_span(seg.start - offset, seg.end - offset,
                                     alignment_mode="expand") or []:
                segment_of[tok.i] = s_index
        out.append(_Paragraph(offset, doc, sentence_of, segment_of))
    return out


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


def _collect_reports(adoc: ArticleDoc, paras: list[_Paragraph]) -> list[_Report]:
    lex = load_lexicon()
    reports: list[_Report] = []
    for para in paras:
        for tok in para.doc:
            sent = para.sentence_of[tok.i]
            if sent is None or para.segment_of[tok.i] >= 0:
                continue
            cue = cue_of(tok, lex)
            if cue is None:
                continue
            report = _Report(cue, sent, content_tokens(cue), subject_of(cue, lex))
            if report.subject is not None:
                kind = actor_kind(adoc, sent, report.subject)
                report.relay = is_relay(report.subject, lex, kind)
            report.channel = channel_phrase(cue, lex)
            para.reports[tok.i] = report
            reports.append(report)
        for report in para.reports.values():
            _link(report, para)
    for report in reports:
        _detach_sibling(report)
    for report in reports:
        if report.subject is not None and report.channel_of is None:
            report.speaker, report.reason = resolve(adoc, report.sentence, report.subject)
    return reports


def _detach_sibling(report: _Report) -> None:
    """A participle or coordinated verb sharing its speaker's subject ("X said ..., arguing
    that ...") is a report of its own even when the parse hangs it inside the first content."""
    outer = report.outer
    tok = report.cue.token
    if outer is None or tok.dep_ not in ("advcl", "conj") or report.cue.according:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    left = tok.left_edge.i
    if outer.content and outer.content[0].i < left:
        outer.content = trim([t for t in outer.content if t.i < left])
        report.detached = True


def _link(report: _Report, para: _Paragraph) -> None:
    """Tie a report to the report whose content holds it (nested reports, channels)."""
    tok = report.cue.token
    for anc in tok.ancestors:
        outer = para.reports.get(anc.i)
        if outer is None or outer.cue.according:
            continue
        content = outer.content
        if content and content[0].i <= tok.i <= content[-1].i:
            report.outer = outer
            head = content_head(outer)
            if head is not None and head.i == tok.i:
                outer.inner = True
            break
    if report.cue.according:
        head_report = para.reports.get(tok.head.i)
        target = head_report if head_report is not None and not head_report.cue.according else None
        report.channel_of = target or report.outer


def content_head(report: _Report) -> Token | None:
    """The syntactic head of a report's content (the token whose head lies outside it)."""
    if not report.content:
        return None
    lo, hi = report.content[0].i, report.content[-1].i
    for tok in report.content:
        if not lo <= tok.head.i <= hi or tok.head.i == tok.i:
            return tok
    return None


def _channel(report: _Report, reports: list[_Report]) -> str | None:
    if report.channel:
        return report.channel
    for other in reports:
        if other.channel_of is report and other.subject is not None:
            return phrase_text(noun_phrase(other.subject), drop_determiner=True)
    outer = report.outer
    if outer is not None and outer.subject is not None and (outer.relay or not report.detached):
        return phrase_text(noun_phrase(outer.subject), drop_determiner=True)
    return None


def _governing(report: _Report) -> _Report:
    """A nested report that cannot speak for itself ("she says it underscores that ...", a
    finding inside a statement) gives way to the report around it."""
    while report.outer is not None and (
        report.subject is None or report.subject.lower_ in INANIMATE or report.cue.cls == "evidence"
    ):
        report = report.outer
    return report


def _open_between(para: _Paragraph, start: int, end: int) -> bool:
    """No sentence ends between tokens ``start`` and ``end`` outside quotation marks."""
    return not any(para.doc[k].text in _SENTENCE_END and para.segment_of[k] < 0
                   for k in range(start, end))


def _run_cue(run: list[Segment], paras: list[_Paragraph], seg_index: dict[int, int]) -> _Report | None:
    """The report attributing a run of quoted segments: the reporting verb governing it in the
    parse, else the nearest cue just outside its marks, else the clause introducing it with a
    colon ("Caddell continued:")."""
    for seg in (run[-1], run[0]):
        para = paras[seg.paragraph]
        s_index = seg_index[id(seg)]
        inside = [t for t in para.doc if para.segment_of[t.i] == s_index]
        for tok in inside:
            for child in tok.children:
                if para.segment_of[child.i] < 0 and child.i in para.reports:
                    return _governing(para.reports[child.i])
        for tok in inside:
            for anc in tok.ancestors:
                if para.segment_of[anc.i] < 0 and anc.i in para.reports:
                    return _governing(para.reports[anc.i])
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        best: tuple[int, _Report] | None = None
        for i, report in para.reports.items():
            if 0 < i - last.i <= _AFTER_WINDOW and _open_between(para, last.i + 1, i):
                dist = i - last.i
            elif 0 < first.i - i <= _BEFORE_WINDOW and _open_between(para, i + 1, first.i):
                dist = first.i - i
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, report)
        if best is not None:
            return _governing(best[1])
    return None


def _dash_report(adoc: ArticleDoc, seg: Segment, paras: list[_Paragraph]) -> _Report | None:
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
    report = _Report(cue, sent, [], names[-1])
    speaker, reason = resolve(adoc, sent, names[-1])
    span = (para.offset + names[0].idx, para.offset + names[-1].idx + len(names[-1].text))
    report.speaker = EventActor(speaker.actor, text[span[0] : span[1]], span)
    report.reason = f"{reason}; credited after the quote"
    report.frames = True
    return report


def _clause_like(tokens: list[Token]) -> bool:
    words = _words(tokens)
    return len(words) >= _MIN_DIRECT_WORDS and any(t.pos_ in ("VERB", "AUX") for t in words)


def _frame_report(adoc: ArticleDoc, seg: Segment, paras: list[_Paragraph],
                  seg_index: dict[int, int]) -> _Report | None:
    """A quote with no reporting verb takes the clause framing it in its sentence, when that
    clause has a subject ("..., as the economist put it"), rather than an earlier speaker."""
    para = paras[seg.paragraph]
    s_index = seg_index[id(seg)]
    inside = [t for t in para.doc if para.segment_of[t.i] == s_index]
    if not _clause_like(inside):
        return None  # a scare quote or a term is not framed by the clause around it
    first, last = inside[0], inside[-1]
    best: tuple[int, Token, Token] | None = None
    lo, hi = max(0, first.i - _BEFORE_WINDOW), min(len(para.doc), last.i + _AFTER_WINDOW + 1)
    for tok in para.doc[lo:hi]:
        if para.segment_of[tok.i] >= 0 or tok.pos_ != "VERB" or first.i <= tok.i <= last.i:
            continue
        after = tok.i > last.i
        if not (_open_between(para, last.i + 1, tok.i) if after else _open_between(para, tok.i + 1, first.i)):
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
    report = _Report(Cue(verb, "speech", verb.text, verb.i, verb.i), sent, [], subject, frames=True)
    report.speaker, reason = resolve(adoc, sent, subject)
    report.reason = f"{reason}; clause framing the quote"
    return report


def _transcript_label(adoc: ArticleDoc, seg: Segment, para: _Paragraph,
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


def _colon_report(adoc: ArticleDoc, seg: Segment, paras: list[_Paragraph]) -> _Report | None:
    """A quote introduced by a clause ending in a colon takes that clause's verb as its cue."""
    text = adoc.article.text
    pos = seg.outer[0] - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] != ":":
        return None
    for para in paras[max(0, seg.paragraph - 1) : seg.paragraph + 1]:
        local = pos - para.offset
        if not 0 <= local < len(para.doc.text):
            continue
        colon = para.doc.char_span(local, local + 1, alignment_mode="expand")
        if colon is None:
            return None
        sent = para.sentence_of[colon.start]
        if sent is None:
            return None
        reports = [r for i, r in para.reports.items() if sent.span.start <= i < colon.start]
        if reports:
            return _governing(reports[-1])
        verb = sent.span.root
        if verb.pos_ not in ("VERB", "AUX") or para.segment_of[verb.i] >= 0:
            return None
        cue = Cue(verb, "speech", verb.text, verb.i, verb.i)
        report = _Report(cue, sent, [], subject_of(cue), frames=True)
        if report.subject is not None:
            report.speaker, report.reason = resolve(adoc, sent, report.subject)
            report.reason = f"{report.reason}; introduces the quote with a colon"
        return report
    return None


def _runs(segments: list[Segment]) -> list[list[Segment]]:
    runs: list[list[Segment]] = []
    for seg in segments:
        if seg.continues and runs and runs[-1][-1].paragraph == seg.paragraph - 1:
            runs[-1].append(seg)
        else:
            runs.append([seg])
    return runs


def _segment_span(adoc: ArticleDoc, seg: Segment) -> Span:
    start, end = seg.start, seg.end
    text = adoc.article.text
    while end > start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return start, end


def _is_mixed(report: _Report, para: _Paragraph, s_index: int) -> bool:
    """A quoted fragment embedded in a reported clause (attached to a word other than the cue,
    and a small part of the cue's content) is mixed; a quote the cue governs directly is direct."""
    inside = [t for t in para.doc if para.segment_of[t.i] == s_index]
    if report.frames or report.cue.token.doc is not para.doc:
        return False
    external = {t.head.i for t in inside if t.head.i != t.i and para.segment_of[t.head.i] != s_index}
    if not external or external <= {report.cue.token.i}:
        return False
    content = _words(report.content)
    quoted = _words(inside)
    return not content or len(quoted) < 0.8 * len(content)


def _make(adoc: ArticleDoc, kind: str, span: Span, sentence: int, speaker: EventActor | None,
          reason: str | None, report: _Report | None, channel: str | None) -> Quote:
    return Quote(
        id=quote_id(adoc.article.id, span), kind=kind, text=adoc.article.text[span[0] : span[1]],
        span=span, sentence_index=sentence, speaker=speaker, speaker_reason=reason,
        cue=report.cue.text if report else None, cue_span=report.cue_span if report else None,
        channel=channel,
    )


def _chunks(tokens: list[Token]) -> list[list[Token]]:
    """Contiguous stretches of a token list (content interrupted by "he said")."""
    chunks: list[list[Token]] = []
    for tok in tokens:
        if chunks and tok.i == chunks[-1][-1].i + 1:
            chunks[-1].append(tok)
        else:
            chunks.append([tok])
    return [trim(c) for c in chunks if trim(c)]


def _nested(report: _Report) -> bool:
    """Whether a report sits inside the content of another report that is itself a quote (its
    words are part of that quote), rather than inside a relaying institution's report."""
    if report.detached:
        return False
    outer = report.outer
    while outer is not None:
        if not (outer.relay and outer.inner):
            return True
        outer = outer.outer
    return False


def _run_quotes(adoc: ArticleDoc, run: list[Segment], report: _Report | None,
                paras: list[_Paragraph], seg_index: dict[int, int], reports: list[_Report],
                previous: tuple[Quote, int] | None) -> list[tuple[Quote, int]]:
    out: list[tuple[Quote, int]] = []
    for n, seg in enumerate(run):
        para = paras[seg.paragraph]
        s_index = seg_index[id(seg)]
        tokens = [t for t in para.doc if para.segment_of[t.i] == s_index]
        sent = next((para.sentence_of[t.i] for t in tokens if para.sentence_of[t.i]), None)
        if sent is None:
            continue
        span = _segment_span(adoc, seg)
        label = _transcript_label(adoc, seg, para, sent)
        if label is not None:
            span = (label[0][0], span[1])
            quote = Quote(id=quote_id(adoc.article.id, span), kind="direct",
                          text=adoc.text_of(span), span=span, sentence_index=sent.index,
                          speaker=label[1], speaker_reason=label[2], cue=":", cue_span=label[3])
        elif report is not None:
            kind = "mixed" if _is_mixed(report, para, s_index) else "direct"
            speaker, reason = report.speaker, report.reason
            if speaker is None and previous is not None and seg.paragraph - previous[1] <= 1:
                speaker, reason = previous[0].speaker, "no subject; inherited from previous quote"
            reason = reason if n == 0 else f"{reason}; quote continues across paragraphs"
            quote = _make(adoc, kind, span, sent.index, speaker, reason, report,
                          _channel(report, reports))
        else:
            if not _clause_like(tokens):
                continue  # a scare quote, title or term: no attribution to make
            if previous is not None and seg.paragraph - previous[1] <= _INHERIT_PARAGRAPHS:
                prior, same = previous[0], previous[1] == seg.paragraph
                # In the same paragraph the quote goes on after its cue ("A," he said. "B.").
                quote = Quote(id=quote_id(adoc.article.id, span), kind="direct",
                              text=adoc.text_of(span), span=span, sentence_index=sent.index,
                              speaker=prior.speaker, channel=prior.channel,
                              speaker_reason="continues the previous quote" if same
                              else "inherited from previous quote",
                              cue=prior.cue if same else None,
                              cue_span=prior.cue_span if same else None)
            else:
                quote = _make(adoc, "direct", span, sent.index, None,
                              "no cue or preceding quote", None, None)
        out.append((quote, seg.paragraph))
        previous = out[-1]
    return out


def extract_quotes(adoc: ArticleDoc) -> None:
    """Find quotes in the article's body and append them to ``adoc.quotes``."""
    spans = [(offset, offset + len(doc.text)) for offset, doc in adoc.paragraphs]
    segments = find_segments(adoc.article.text, spans)
    paras = _paragraphs(adoc, segments)
    reports = _collect_reports(adoc, paras)
    seg_index = {id(seg): i for i, seg in enumerate(segments)}
    found: dict[Span, Quote] = {}
    previous: tuple[Quote, int] | None = None  # last quote from marks, and its paragraph
    for run in _runs(segments):
        report = (_run_cue(run, paras, seg_index) or _colon_report(adoc, run[0], paras)
                  or _dash_report(adoc, run[-1], paras)
                  or _frame_report(adoc, run[-1], paras, seg_index)
                  or _frame_report(adoc, run[0], paras, seg_index))
        if report is not None and report.channel_of is not None:
            report = report.channel_of
        for quote, paragraph in _run_quotes(adoc, run, report, paras, seg_index, reports, previous):
            found.setdefault(quote.span, quote)
            previous = (quote, paragraph)
    by_doc = {id(p.doc): p for p in paras}
    for report in reports:
        if report.channel_of is not None or (report.relay and report.inner) or _nested(report):
            continue
        content = report.content
        words = _words(content)
        tok = report.cue.token
        if len(words) < 2 or (report.subject is None and tok.dep_ == "ROOT" and tok.tag_ == "VB"):
            continue  # no content, or an imperative ("Now tell us ...")
        para = by_doc[id(report.cue.token.doc)]
        if sum(1 for t in words if para.segment_of[t.i] >= 0) >= 0.6 * len(words):
            continue  # the content is a direct quote, already attributed
        channel = _channel(report, reports)
        for chunk in _chunks(content):
            span = report.sentence.char_span(para.doc[chunk[0].i : chunk[-1].i + 1])
            sentence = para.sentence_of[chunk[0].i] or report.sentence
            found.setdefault(span, _make(adoc, "indirect", span, sentence.index, report.speaker,
                                         report.reason, report, channel))
    adoc.quotes.extend(sorted(found.values(), key=lambda q: (q.span[0], q.span[1])))
