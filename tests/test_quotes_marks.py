"""Properties of quotation-mark segmentation on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.quotes.marks import find_segments

ALPHABET = st.sampled_from(list("ab .,\u201c\u201d\"'`\u2019\n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(ALPHABET, min_size=1, max_size=40), min_size=1, max_size=5))
def test_segments_stay_inside_their_paragraphs(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    paragraphs, pos = [], 0
    for part in parts:
        paragraphs.append((pos, pos + len(part)))
        pos += len(part) + 2
    segments = find_segments(text, paragraphs)
    last_end = -1
    for seg in segments:
        p_start, p_end = paragraphs[seg.paragraph]
        assert p_start <= seg.start < seg.end <= p_end
        assert seg.start >= last_end  # in order, never overlapping
        assert text[seg.start : seg.end].strip() == text[seg.start : seg.end]
        last_end = seg.end
