"""Quotation marks: find the quoted segments of the body paragraphs, character by character.

Curly marks (and typewriter ``...'') are directional; a straight double quote opens when no quote is open and closes
otherwise. Single quotes are never used as delimiters (they are apostrophes far more often, and
inside a double-quoted passage they mark a nested quote, which stays part of the content).
Wire convention (AFP, AP): a quote running over several paragraphs opens each paragraph with a
mark and closes only in its last one; an unclosed segment ends at its paragraph's end and the
next paragraph's segment is marked as its continuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.records import Span

_OPEN = frozenset("\u201c\u201e\u00ab\u201f")
_CLOSE = frozenset("\u201d\u00bb")
_STRAIGHT = '"'
# Markup left in the text (an embedded post: <tweet author="..." datetime="...">): the marks
# around attribute values delimit no quotation.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


@dataclass(slots=True)
class Segment:
    """One quoted stretch inside one paragraph; offsets are into the original text."""

    start: int  # first content character (after the opening mark)
    end: int  # end of content (the closing mark's offset, or the paragraph's end)
    paragraph: int
    opened: bool  # an opening mark precedes the content (False: continues without one)
    closed: bool  # a closing mark ends it (False: runs to the paragraph's end)
    continues: bool = False  # continues an unclosed segment of the previous paragraph

    @property
    def outer(self) -> Span:
        """The span including the quotation marks."""
        return (self.start - 1 if self.opened else self.start, self.end + 1 if self.closed else self.end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _first_mark_closes(text: str, start: int, end: int) -> bool:
    for pos in range(start, end):
        if text[pos] in _CLOSE or text[pos] == _STRAIGHT:
            return True
        if text[pos] in _OPEN:
            return False
    return False


def _misturned(text: str, pos: int, p_start: int, p_end: int) -> bool:
    """A right double mark typed where a quotation opens: at the start of the paragraph or after
    a space, right before a word (” Mr. Trump embodies ...”): an opening mark, not a
    closing one, which follows the quoted words."""
    return (text[pos] == "\u201d" and (pos == p_start or text[pos - 1].isspace())
            and pos + 1 < p_end and text[pos + 1].isalnum())


def find_segments(text: str, paragraphs: list[Span]) -> list[Segment]:
    """Quoted segments of the given paragraphs of ``text``, in text order."""
    if "''" in text or "``" in text or '""' in text:
        # Typewriter doubled marks (``...'' and ''...''), and a doubled straight mark typed by
        # mistake, as single marks; same length so offsets are unchanged.
        text = text.replace("``", " \u201c").replace("''", ' "').replace('""', ' "')
    if "<" in text:
        text = _TAG.sub(lambda m: " " * len(m.group()), text)  # same length: offsets unchanged
    segments: list[Segment] = []
    carry = False  # the previous paragraph ended inside an open quote
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        opened_here = False
        first = True
        if carry:
            # The continuation either re-opens with a mark (wire style) or just goes on.
            lead = p_start
            while lead < p_end and text[lead].isspace():
                lead += 1
            if lead < p_end and (text[lead] in _OPEN or text[lead] == _STRAIGHT
                                 or _misturned(text, lead, p_start, p_end)):
                open_at = None
            elif _first_mark_closes(text, lead, p_end):
                open_at = p_start - 1  # content starts at the paragraph start
            else:
                carry = False  # a stray mark, not a quote running on
        for pos in range(p_start, p_end):
            ch = text[pos]
            if ch in _OPEN or (ch == _STRAIGHT or _misturned(text, pos, p_start, p_end)) and open_at is None:
                if open_at is None:
                    open_at, opened_here = pos, True
                continue
            if (ch in _CLOSE or ch == _STRAIGHT) and open_at is not None:
                start, end = _trimmed(text, open_at + 1, pos)
                if end > start:
                    segments.append(Segment(start, end, p_index, opened_here, True,
                                            continues=carry and first))
                first = False
                open_at, opened_here = None, False
        if open_at is not None:
            start, end = _trimmed(text, open_at + 1, p_end)
            if end > start:
                segments.append(Segment(start, end, p_index, opened_here, False,
                                        continues=carry and first))
            carry = True
        else:
            carry = False
    return segments
