"""The structure step: split a wire story into headline, dateline, byline, captions with photo
credits, subheads and body paragraphs. Only body paragraphs are coded.

Layout conventions handled (AFP, Reuters, Xinhua, AP):
- headline: the first line, when it is followed by a blank line and reads like a title;
- captions: a line ending in a parenthesised photo credit, "... talks (Brendan SMIALOWSKI)";
  a caption repeated verbatim is kept once; captions are never coded;
- subheads: AFP-style "- Incentives for thaw -" lines;
- datelines: "BEIJING, April 2 (AFP) -", "WASHINGTON (Reuters) -", "KUALA LUMPUR, April 1
  (Xinhua) --" at the start of the first paragraph: recorded, and excluded from the body span;
- bylines: "By Jane Doe" lines;
- boilerplate lines ("Read more", "Advertisement") are dropped.
"""

from __future__ import annotations

import re

from detente.records import Article, Span

_SUBHEAD = re.compile(r"^\s*[-\u2013\u2014]{1,2}\s+(?P<text>[^\n]{2,120}?)\s+[-\u2013\u2014]{1,2}\s*$")
# A photo credit: a parenthesised name with an all-caps surname, or an agency credit.
_CREDIT = re.compile(
    r"\s*\((?P<credit>(?:[A-Z][\w.'\-]*\s+)*[A-Z][A-Z'\-]{2,}(?:\s*/\s*[\w .'\-]+)*"
    r"|(?:AFP|Getty|Reuters|AP|Xinhua|EPA|Pool)[\w ./'\-]*(?:/[\w ./'\-]+)*)\)\s*$"
)
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z .,'\-]{1,40}?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*\((?:AFP|Reuters|AP|Xinhua|UPI|dpa|DPA|Bloomberg|ANSA|EFE|Kyodo|Yonhap|IANS|PTI)\)"
    r"\s*(?:--|-|\u2013|\u2014|:)\s*)"
)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,4}(?:\s*(?:,|and)\s+.*)?$")
_BOILERPLATE = re.compile(
    r"^\s*(?:read more|advertisement|related:?|share this( article)?|click here.*|"
    r"sign up.*newsletter.*|follow us.*|copyright .*|\(c\) .*|all rights reserved\.?)\s*$",
    re.IGNORECASE,
)


def _lines(text: str) -> list[Span]:
    """Spans of non-blank lines, stripped of surrounding whitespace."""
    spans: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        pos += len(line)
    return spans


def _is_blank_after(text: str, end: int) -> bool:
    return bool(re.match(r"[ \t\r]*\n[ \t\r]*\n", text[end:])) or not text[end:].strip()


def _looks_like_headline(line: str, title: str | None) -> bool:
    if title is not None:
        return line.strip() == title.strip()
    return len(line) <= 200 and not line.endswith((".", "\u201d", '"'))


def structure(article: Article) -> Article:
    """Fill the structural fields of ``article`` in place and return it."""
    text = article.text
    lines = _lines(text)
    body: list[Span] = []
    seen_captions: set[str] = set()
    captions: list[str] = []
    credits: list[str] = []
    subheads: list[str] = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if i == 0 and len(lines) > 1 and _is_blank_after(text, end):
            if _looks_like_headline(line, article.title):
                article.title = article.title or line
                continue
        if m := _SUBHEAD.match(line):
            subheads.append(m.group("text").strip())
            continue
        if _BOILERPLATE.match(line):
            continue
        if not body and article.byline is None and _BYLINE.match(line):
            article.byline = line
            continue
        if (m := _CREDIT.search(line)) and not line.rstrip().endswith((".)", "?)")):
            caption = line[: m.start()].strip()
            if caption not in seen_captions:
                seen_captions.add(caption)
                captions.append(caption)
            credit = m.group("credit").strip()
            if credit not in credits:
                credits.append(credit)
            continue
        if not body and (m := _DATELINE.match(line)):
            article.dateline = m.group("dateline").strip().rstrip("-\u2013\u2014:").strip()
            start += m.end()
            if start >= end:
                continue
        body.append((start, end))
    article.captions = captions
    article.photo_credits = credits
    article.subheads = subheads
    article.paragraphs = body
    return article
