"""A deterministic, dependency-free sentence splitter for annotation packets.

Annotation refers to sentences by character offsets into an article's text, so the split must be
reproducible without a model. It only needs to be good enough for people to read and label:
evaluators match events to gold sentences by offsets, not by identical splits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words after which a period does not end a sentence (titles, initials, months, common short forms).
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "fig", "al", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c"]
)
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+)")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=[ \t]*[-\u2022*]\s)|\n(?=[A-Z][A-Z .,'-]+\(\w+\)\s*-)")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period ending at ``end`` closes an abbreviation or an initial."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].rstrip(".").lower().lstrip("(\"'")
    if word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return True
    return len(word) == 1 and word.isalpha()


def _next_starts_sentence(text: str, pos: int) -> bool:
    rest = text[pos:].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'\u201c(-")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` character spans of the sentences of ``text`` (whitespace trimmed)."""
    for p_start, p_end in _paragraphs(text):
        start = p_start
        for match in _END.finditer(text, p_start, p_end):
            end = match.end()
            if text[match.start()] == "." and _is_abbreviation(text, match.start() + 1):
                continue
            if not _next_starts_sentence(text, end):
                continue
            yield from _trimmed(text, start, end)
            start = end
        yield from _trimmed(text, start, p_end)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def anchor(text: str, start: int, end: int, words: int = 8) -> str:
    """The first ``words`` words of ``text[start:end]``, whitespace normalised."""
    return " ".join(text[start:end].split()[:words])
