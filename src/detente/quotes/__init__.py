"""Quotes: direct, mixed and indirect speech with speaker, cue and channel.

The step runs once per article, in linear time over its tokens:

1. quotation marks give the quoted segments of the body paragraphs (``marks``), runs of
   segments continuing over paragraphs are kept together;
2. every token is looked up once in the cue lexicon (``data/quotes/cues.tsv``): a reporting verb,
   or "according to", becomes a *report* with its content clause, subject and channel;
3. each quoted run is tied to the report that governs it in the parse, failing that to the
   nearest cue just outside its marks, a clause introducing it with a colon, a credit after a
   dash, the clause framing it or a transcript label (``framing``); it is *direct*, or *mixed*
   when it is a fragment inside a larger reported clause; a clause-like quote with no cue
   inherits the previous quote's speaker (and its cue, within one paragraph); scare quotes and
   titles (short, verbless, uncued) are not quotes;
4. each report with a source whose content is not already a direct quote is an *indirect*
   quote.

Channels are kept apart from speakers: a phrase on the cue ("told reporters", "in a statement",
"on X"), "according to ..." next to another cue, or an institution relaying someone else's words
("the White House said Biden pressed ..."); a relaying report is a channel, not a quote itself.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable

from spacy.tokens import Token

from detente.document import ArticleDoc, Sentence
from detente.quotes.constructions import in_note
from detente.quotes.content import (
    background_report,
    content_tokens,
    cut_trailing_aside,
    trailing_content,
)
from detente.quotes.framing import (
    block_quote,
    carries_cue,
    clause_like,
    colon_report,
    dash_report,
    frame_report,
    transcript_label,
    transcript_turn,
)
from detente.quotes.lexicon import ATTITUDE_CLASSES, load_lexicon
from detente.quotes.marks import Segment, find_segments
from detente.quotes.model import (
    AFTER_WINDOW,
    BEFORE_WINDOW,
    Paragraph,
    Report,
    governing,
    open_between,
    words,
)
from detente.quotes.speaker import actor_kind, resolve
from detente.quotes.syntax import (
    channel_phrase,
    cue_of,
    is_relay,
    is_writer,
    noun_phrase,
    phrase_text,
    relative_pronoun,
    subject_of,
    trim,
)
from detente.records import EventActor, Quote, Span

__all__ = ["extract_quotes", "quote_id"]

_INHERIT_PARAGRAPHS = 2
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_WORDS = re.compile(r"\w+")


def quote_id(article_id: str, span: Span) -> str:
    """Stable quote id: a hash of the article id and the content span."""
    return hashlib.sha1(f"{article_id}:{span[0]}:{span[1]}".encode()).hexdigest()[:16]


def _paragraphs(adoc: ArticleDoc, segments: list[Segment], texts: list[str]) -> list[Paragraph]:
    by_doc: dict[int, list[Sentence]] = {}
    for sent in adoc.sentences:
        by_doc.setdefault(id(sent.span.doc), []).append(sent)
    out: list[Paragraph] = []
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
        out.append(Paragraph(offset, doc, sentence_of, segment_of, text=texts[p_index]))
    return out


def _collect_reports(adoc: ArticleDoc, paras: list[Paragraph]) -> list[Report]:
    lex = load_lexicon()
    reports: list[Report] = []
    for para in paras:
        for tok in para.doc:
            sent = para.sentence_of[tok.i]
            if sent is None or para.segment_of[tok.i] >= 0:
                continue
            cue = cue_of(tok, lex)
            if cue is None or in_note(tok):
                continue
            report = Report(cue, sent, content_tokens(cue), subject_of(cue, lex))
            if is_writer(report.subject) and (cue.cls in ATTITUDE_CLASSES
                                              or report.subject is not None):
                continue  # the writer's (or nobody's) words or thought, not an attribution
            if not report.content:
                report.content = trailing_content(cue, report.subject)
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
            pronoun = relative_pronoun(report.cue, report.subject)
            if pronoun is not None:
                # The actor is the antecedent; the mention is the pronoun, as for "he said".
                report.speaker = EventActor(report.speaker.actor, pronoun.text,
                                            report.sentence.char_span(pronoun))
                report.reason = f"relative pronoun -> {report.reason}"
    return reports


def _detach_sibling(report: Report) -> None:
    """A participle or coordinated verb sharing its speaker's subject ("X said ..., arguing
    that ...") is a report of its own even when the parse hangs it inside the first content."""
    outer = report.outer
    tok = report.cue.token
    if outer is None or tok.dep_ not in ("advcl", "conj") or report.cue.according or report.cue.noun:
        return  # (a cue noun coordinated inside the content is part of it: "... and his comment was")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return  # an infinitive of purpose or sequel inside the content ("... only to laud it")
    left = tok.left_edge.i
    if outer.content and outer.content[0].i < left:
        outer.content = trim([t for t in outer.content if t.i < left])
        report.detached = True
        if outer.subject is not None and outer.cue.token.i < tok.i:
            # after its outer cue, its subject is the outer speaker's, not the one of the clause
            # the parse hung it on ("X insisted that he won, claiming ...": X, not "he"; in "Y
            # raised it, calling it ..., X said" Y still calls it)
            report.subject, report.relay = outer.subject, outer.relay


def _link(report: Report, para: Paragraph) -> None:
    """Tie a report to the report whose content holds it (nested reports, channels)."""
    tok = report.cue.token
    for anc in tok.ancestors:
        outer = para.reports.get(anc.i)
        if outer is None or outer.cue.according:
            continue
        content = outer.content
        if content and content[0].i <= tok.i <= content[-1].i and not background_report(tok, content):
            report.outer = outer
            head = content_head(outer)
            # (only a report with a source and content of its own is relayed: "X reported
            # that names weren't disclosed" is X's report)
            if (head is not None and head.i == tok.i and report.subject is not None and report.content
                    and report.cue.cls not in ATTITUDE_CLASSES):
                outer.inner = True
            break
    if report.cue.according:
        head_report = para.reports.get(tok.head.i)
        # a channel only of a report that has content of its own ("X is considering a plan,
        # according to Y" reports Y's account, not X's thought)
        target = (head_report if head_report is not None and not head_report.cue.according
                  and head_report.content else None)
        report.channel_of = target or report.outer


def content_head(report: Report) -> Token | None:
    """The syntactic head of a report's content (the token whose head lies outside it)."""
    if not report.content:
        return None
    lo, hi = report.content[0].i, report.content[-1].i
    for tok in report.content:
        if not lo <= tok.head.i <= hi or tok.head.i == tok.i:
            return tok
    return None


def _channel(report: Report, reports: list[Report]) -> str | None:
    if report.channel:
        return report.channel
    for other in reports:
        if other.channel_of is report and other.subject is not None:
            return phrase_text(noun_phrase(other.subject), drop_determiner=True)
    outer = report.outer
    if outer is not None and outer.subject is not None and (outer.relay or not report.detached):
        return phrase_text(noun_phrase(outer.subject), drop_determiner=True)
    return None


def _speaks(report: Report | None) -> bool:
    """Whether a report can attribute words in quotation marks: thoughts, plans and perceptions
    ("believes", "wants") report no wording."""
    return report is not None and report.cue.cls not in ATTITUDE_CLASSES


def _run_cue(run: list[Segment], paras: list[Paragraph], seg_index: dict[int, int]) -> Report | None:
    """The report attributing a run of quoted segments: the reporting verb governing it in the
    parse, else the nearest cue just outside its marks, else the clause introducing it with a
    colon ("Caddell continued:")."""
    for seg in (run[-1], run[0]):
        para = paras[seg.paragraph]
        s_index = seg_index[id(seg)]
        inside = para.segment_tokens(s_index)
        for tok in inside:
            for child in tok.children:
                report = para.reports.get(child.i)
                # (a participle on a quoted noun, its subject inside the marks, is no credit of
                # the quote: "the 'real fear' expressed about ...")
                if para.segment_of[child.i] < 0 and report is not None and _speaks(report) and not (
                        report.subject is not None and para.segment_of[report.subject.i] == s_index):
                    if report.detached and report.outer is not None and _speaks(report.outer):
                        # a participle the parse hung on the quoted words ("X insisted he had
                        # 'won', claiming ..."): the quote is the outer report's
                        report = report.outer
                    return governing(report)
        for tok in inside:
            for anc in tok.ancestors:
                if para.segment_of[anc.i] < 0 and _speaks(para.reports.get(anc.i)):
                    return governing(para.reports[anc.i])
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        best: tuple[int, Report] | None = None
        # Only cues within the windows around the marks count: look those positions up (in
        # token order, the order reports were collected in) instead of scanning all reports.
        for i in range(first.i - BEFORE_WINDOW, last.i + AFTER_WINDOW + 1):
            report = para.reports.get(i)
            if report is None or not _speaks(report):
                continue
            if 0 < i - last.i <= AFTER_WINDOW and open_between(para, last.i + 1, i):
                dist = i - last.i
            elif 0 < first.i - i <= BEFORE_WINDOW and open_between(para, i + 1, first.i):
                dist = first.i - i
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, report)
        if best is not None:
            return governing(best[1])
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


def _is_mixed(report: Report, para: Paragraph, s_index: int) -> bool:
    """A quoted fragment embedded in a reported clause (attached to a word other than the cue,
    and a small part of the cue's content) is mixed; a quote the cue governs directly is direct."""
    inside = para.segment_tokens(s_index)
    if report.frames or report.cue.token.doc is not para.doc:
        return False
    external = {t.head.i for t in inside if t.head.i != t.i and para.segment_of[t.head.i] != s_index}
    if not external or external <= {report.cue.token.i}:
        return False
    content = words(report.content)
    quoted = words(inside)
    return not content or len(quoted) < 0.8 * len(content)


def _make(adoc: ArticleDoc, kind: str, span: Span, sentence: int, speaker: EventActor | None,
          reason: str | None, report: Report | None, channel: str | None) -> Quote:
    return Quote(
        id=quote_id(adoc.article.id, span), kind=kind, text=adoc.article.text[span[0] : span[1]],
        span=span, sentence_index=sentence, speaker=speaker, speaker_reason=reason,
        cue=report.cue.text if report else None, cue_span=report.cue_span if report else None,
        channel=channel, cue_class=report.cue.cls if report else None,
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


def _nested(report: Report) -> bool:
    """Whether a report sits inside the content of another report that is itself a quote (its
    words are part of that quote), rather than inside a relaying institution's report."""
    if report.detached:
        return False
    outer = report.outer
    while outer is not None:
        # an outer report that is no quote itself ("it was clarified that X is calling for
        # ...") leaves its inner reports theirs
        if not (outer.relay and outer.inner) and not _sourceless(outer):
            return True
        outer = outer.outer
    return False


def _sourceless(report: Report) -> bool:
    """A report whose source the parse does not give: an imperative ("Now tell us ..."), a
    participle or a passive without its agent (a report without a speaker is seldom an
    attribution: 0.61 precision on PolNeAR train), not a finite verb missing its subject."""
    return report.subject is None and report.cue.token.tag_ not in _FINITE


def _run_quotes(adoc: ArticleDoc, run: list[Segment], report: Report | None,
                paras: list[Paragraph], seg_index: dict[int, int], reports: list[Report],
                previous: tuple[Quote, int] | None) -> list[tuple[Quote, int]]:
    out: list[tuple[Quote, int]] = []
    for n, seg in enumerate(run):
        para = paras[seg.paragraph]
        s_index = seg_index[id(seg)]
        tokens = para.segment_tokens(s_index)
        sent = next((para.sentence_of[t.i] for t in tokens if para.sentence_of[t.i]), None)
        if sent is None:
            continue
        span = _segment_span(adoc, seg)
        label = transcript_label(adoc, seg, para, sent)
        if label is not None:
            span = (label[0][0], span[1])
            quote = Quote(id=quote_id(adoc.article.id, span), kind="direct",
                          text=adoc.text_of(span), span=span, sentence_index=sent.index,
                          speaker=label[1], speaker_reason=label[2], cue=":", cue_span=label[3],
                          cue_class="speech")
        elif report is not None:
            kind = "mixed" if _is_mixed(report, para, s_index) else "direct"
            speaker, reason = report.speaker, report.reason
            if speaker is None and previous is not None and seg.paragraph - previous[1] <= 1:
                speaker, reason = previous[0].speaker, "no subject; inherited from previous quote"
            reason = reason if n == 0 else f"{reason}; quote continues across paragraphs"
            quote = _make(adoc, kind, span, sent.index, speaker, reason, report,
                          _channel(report, reports))
        else:
            if not clause_like(tokens):
                continue  # a scare quote, title or term: no attribution to make
            if previous is not None and seg.paragraph - previous[1] <= _INHERIT_PARAGRAPHS:
                prior, same = previous[0], carries_cue(adoc.article.text, previous, seg, paras)
                # In the same paragraph the quote goes on after its cue ("A," he said. "B.").
                quote = Quote(id=quote_id(adoc.article.id, span), kind="direct",
                              text=adoc.text_of(span), span=span, sentence_index=sent.index,
                              speaker=prior.speaker, channel=prior.channel,
                              speaker_reason="continues the previous quote" if same
                              else "inherited from previous quote",
                              cue=prior.cue if same else None,
                              cue_span=prior.cue_span if same else None,
                              cue_class=prior.cue_class if same else None)
            else:
                quote = _make(adoc, "direct", span, sent.index, None,
                              "no cue or preceding quote", None, None)
        out.append((quote, seg.paragraph))
        previous = out[-1]
    return out


def _quoted_content(report: Report, content_words: list[Token], para: Paragraph) -> bool:
    """Whether a report's content is a quote already attributed: mostly quoted, headed inside the
    marks and opening in them. A clause headed outside the marks ("says the union won't allow
    'nurses to become ...'") or opening with words of its own ("says Cruz will 'leave here with
    momentum'") is reported whole, its quoted words a mixed quote inside it."""
    quoted = sum(1 for t in content_words if para.segment_of[t.i] >= 0)
    if quoted < 0.6 * len(content_words):
        return False
    head = content_head(report)
    if head is not None and para.segment_of[head.i] < 0:
        return False
    return len(content_words) - quoted < 2 or para.segment_of[content_words[0].i] >= 0


def _has_content(report: Report, content_words: list[Token]) -> bool:
    """Two words at least; what a speech cue names may be one name or noun ("talked about
    immigration", "criticized Obamacare"), a stance one name ("the union endorsed Okafor": a
    common noun, "backs change", says too little); a one-word answer ("said yes") is one."""
    if len(content_words) >= 2:
        return True
    if report.cue.according and [t.lower_ for t in content_words] in (["that"], ["this"]):
        return True  # "That's according to the census": what was just said is the census's
    if [t.lower_ for t in content_words] in (["yes"], ["no"], ["so"]):
        # "75 percent said yes"; "most voters think so" holds the proposition just stated
        return report.subject is not None and (report.cue.cls == "speech" or report.cue.cls == "belief"
                                               and content_words[0].lower_ == "so")
    return (bool(content_words) and report.cue.objects and report.subject is not None
            and (report.cue.cls == "speech" and content_words[0].pos_ in ("NOUN", "PROPN")
                 or report.cue.cls == "belief" and content_words[0].pos_ == "PROPN"))


def extract_quotes(adoc: ArticleDoc) -> None:
    """Find quotes in the article's body and append them to ``adoc.quotes``."""
    texts = [doc.text for _, doc in adoc.paragraphs]
    spans = [(offset, offset + len(text)) for (offset, _), text in zip(adoc.paragraphs, texts, strict=True)]
    segments = find_segments(adoc.article.text, spans)
    paras = _paragraphs(adoc, segments, texts)
    reports = _collect_reports(adoc, paras)
    seg_index = {id(seg): i for i, seg in enumerate(segments)}
    found: dict[Span, Quote] = {}
    previous: tuple[Quote, int] | None = None  # last quote from marks, and its paragraph
    for run in _runs(segments):
        report = (_run_cue(run, paras, seg_index) or colon_report(adoc, run[0], paras)
                  or dash_report(adoc, run[-1], paras)
                  or frame_report(adoc, run[-1], paras, seg_index)
                  or frame_report(adoc, run[0], paras, seg_index))
        if report is not None and report.channel_of is not None:
            report = report.channel_of
        for quote, paragraph in _run_quotes(adoc, run, report, paras, seg_index, reports, previous):
            found.setdefault(quote.span, quote)
            previous = (quote, paragraph)
    persons = functools.cache(lambda: frozenset(
        t.lower_ for _, doc in adoc.paragraphs for t in doc if t.ent_type_ == "PERSON"))
    for para in paras:
        turn = transcript_turn(adoc, para, persons)
        if turn is not None:
            span, speaker, reason, colon, sent = turn
            found.setdefault(span, Quote(
                id=quote_id(adoc.article.id, span), kind="direct", text=adoc.text_of(span),
                span=span, sentence_index=sent.index, speaker=speaker, speaker_reason=reason,
                cue=":", cue_span=colon, cue_class="speech"))
    for para, following in zip(paras, paras[1:], strict=False):
        block = block_quote(para, following)
        if block is not None:
            span, report = block
            sentence = following.sentence_of[0] or report.sentence
            found.setdefault(span, _make(adoc, "direct", span, sentence.index, report.speaker,
                                         f"{report.reason}; block quote after a colon", report,
                                         _channel(report, reports)))
    by_doc = {id(p.doc): p for p in paras}
    for report in reports:
        if report.channel_of is not None or (report.relay and report.inner) or _nested(report):
            continue
        content = cut_trailing_aside(report.content)
        content_words = words(content)
        if not _has_content(report, content_words) or _sourceless(report):
            continue
        para = by_doc[id(report.cue.token.doc)]
        if _quoted_content(report, content_words, para):
            continue  # the content is a direct quote, already attributed
        channel = _channel(report, reports)
        for chunk in _chunks(content):
            span = report.sentence.char_span(para.doc[chunk[0].i : chunk[-1].i + 1])
            sentence = para.sentence_of[chunk[0].i] or report.sentence
            found.setdefault(span, _make(adoc, "indirect", span, sentence.index, report.speaker,
                                         report.reason, report, channel))
    adoc.quotes.extend(sorted(_attributions(found.values()), key=lambda q: (q.span[0], q.span[1])))


_MIN_FRAGMENT_WORDS = 3


def _attributions(quotes: Iterable[Quote]) -> list[Quote]:
    """Drop a cue's quotes when all they report is a term of one or two words in quotation marks
    (called it “regenerative medicine”): the writer marks the words, no statement is attributed."""
    by_cue: dict[Span | None, list[Quote]] = {}
    for quote in quotes:
        by_cue.setdefault(quote.cue_span, []).append(quote)
    out: list[Quote] = []
    for cue, group in by_cue.items():
        kinds = {q.kind for q in group}
        n = sum(len(_WORDS.findall(q.text)) for q in group)
        if cue is not None and kinds == {"mixed"} and n < _MIN_FRAGMENT_WORDS:
            continue
        out.extend(group)
    return out
