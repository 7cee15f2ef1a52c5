"""The step's working records: a report (a cue with its content, subject, speaker and channel)
and a parsed paragraph with its token-to-sentence and token-to-quoted-segment maps."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from detente.document import Sentence
from detente.quotes.syntax import INANIMATE, Cue
from detente.records import EventActor, Span

# A cue this many tokens after a closing mark (or before an opening one) still attributes it.
AFTER_WINDOW = 8
BEFORE_WINDOW = 12
SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(slots=True)
class Report:
    """A reporting expression found in the parse, with what it reports and who reports it."""

    cue: Cue
    sentence: Sentence
    content: list[Token]
    subject: Token | None
    speaker: EventActor | None = None
    reason: str | None = None
    channel: str | None = None
    relay: bool = False
    outer: Report | None = None
    channel_of: Report | None = None  # an "according to" that is another cue's channel
    inner: bool = False  # its content is headed by another report
    frames: bool = False  # a colon clause or a credit line framing a whole quote
    detached: bool = False  # a participle continuing its outer report's content, quoted apart

    @property
    def cue_span(self) -> Span:
        doc = self.cue.token.doc
        return self.sentence.char_span(doc[self.cue.first : self.cue.last + 1])


@dataclass(slots=True)
class Paragraph:
    """A body paragraph's Doc with per-token sentence and quoted-segment lookups."""

    offset: int
    doc: Doc
    sentence_of: list[Sentence | None]
    segment_of: list[int]  # token -> index of the quoted segment holding it, or -1
    reports: dict[int, Report] = field(default_factory=dict)
    by_segment: dict[int, list[Token]] = field(default_factory=dict)
    text: str = ""  # the Doc's text, built once (``Doc.text`` joins every token on each call)

    def __post_init__(self) -> None:
        # by index: most tokens are outside quotes and need no Token object
        for i, s_index in enumerate(self.segment_of):
            if s_index >= 0:
                self.by_segment.setdefault(s_index, []).append(self.doc[i])
        if not self.text:
            self.text = self.doc.text

    def segment_tokens(self, s_index: int) -> list[Token]:
        """The tokens of quoted segment ``s_index``, in order (an index: scanning the
        paragraph per segment would make long paragraphs quadratic)."""
        return self.by_segment.get(s_index, [])


def words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


def governing(report: Report) -> Report:
    """A nested report that cannot speak for itself ("she says it underscores that ...", a
    finding inside a statement) gives way to the report around it."""
    while report.outer is not None and (
        report.subject is None or report.subject.lower_ in INANIMATE or report.cue.cls == "evidence"
    ):
        report = report.outer
    return report


def open_between(para: Paragraph, start: int, end: int) -> bool:
    """No sentence ends between tokens ``start`` and ``end`` outside quotation marks."""
    return not any(para.doc[k].text in SENTENCE_END and para.segment_of[k] < 0
                   for k in range(start, end))
