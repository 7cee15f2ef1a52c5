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

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from detente.records import Article, Span

if TYPE_CHECKING:
    from detente.document import ArticleDoc

_SUBHEAD = re.compile(r"^\s*[-\u2013\u2014]{1,2}\s+(?P<text>[^\n]{2,120}?)\s+[-\u2013\u2014]{1,2}\s*$")
# A photo credit: a parenthesised name with an all-caps surname, or an agency credit.
_CREDIT = re.compile(
    r"\s*\((?P<credit>(?:[A-Z][\w.'\-]*\s+)*[A-Z][A-Z'\-]{2,}(?:\s*/\s*[\w .'\-]+)*"
    r"|(?:AFP|Getty|Reuters|AP|Xinhua|EPA|Pool)[\w ./'\-]*(?:/[\w ./'\-]+)*)\)\s*$"
)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
# An all-caps place ("KUALA LUMPUR", "PINE RIDGE, S.D.", "UNITED NATIONS"), an optional date,
# an optional parenthesised agency or date, then a dash or colon (or the underscore older AP and
# NYT wires write for a dash: "BEIJING (AP) _"). Without the parentheses the separator must be a
# long dash ("WASHINGTON --", "GAZA CITY —", "WASHINGTON _") or follow a date.
_PLACE = r"[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3}(?:,[ ][A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][a-z.]+)?)?"
_PAREN = rf"\((?:[A-Za-z][A-Za-z&\-]{{1,14}}(?:[ ][A-Z][a-z]+)?|{_DATE})\)"
_DATELINE = re.compile(
    rf"^(?P<dateline>(?:{_PLACE})(?:,\s*{_DATE})?\s*{_PAREN}\s*(?:--|-|\u2013|\u2014|:|_)\s*"
    rf"|(?:{_PLACE}),\s*{_DATE}\s*(?:--|-|\u2013|\u2014|_)\s+"
    rf"|(?:{_PLACE})\s*(?:--|\u2013|\u2014|_)\s+)"
)
_BYLINE = re.compile(
    r"^\s*(?:[Bb][Yy]|BY)\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,4}"
    r"(?:\s*(?:,|and|\||/|-)\s+.{0,80})?$"
)
_BOILERPLATE = re.compile(
    r"^\s*(?:read more:?.{0,120}|advertisement|story continues below( advertisement)?|"
    r"related:?|related (?:articles|stories|coverage|content):?|share this( article| story)?|"
    r"click here.*|sign up.*newsletter.*|subscribe (?:now|to|for) .{0,80}|follow us.*|"
    r"copyright .*|\(c\) .*|\u00a9.*|all rights reserved\.?|image (?:copyright|caption) .*|"
    r"\((?:reporting|writing|additional reporting|editing) by [^)]*\)|"
    r"(?:continue|keep) reading.{0,40}|skip (?:to|advertisement).{0,40})\s*$",
    re.IGNORECASE,
)


# An item's dateline in a digest of several stories: an all-caps place and a plain dash opening a
# line of the body ("BEIRUT - Syria intervened ..."), one per item of a news-highlights story.
_ITEM_DATELINE = re.compile(rf"^(?P<dateline>(?:{_PLACE})\s+-\s+)")


def dateline_match(line: str) -> str | None:
    """The dateline that opens ``line`` ("TORRINGTON", "EDMONTON, Ky. (WBKO)"), if any."""
    m = _DATELINE.match(line)
    return _dateline_text(m) if m else None


def item_dateline_match(line: str) -> str | None:
    """The dateline that opens ``line`` of a digest's body: a wire dateline, or an all-caps place
    and a plain dash ("BEIRUT - "), which only a digest of several items writes line after line."""
    m = _DATELINE.match(line) or _ITEM_DATELINE.match(line)
    return _dateline_text(m) if m else None


@dataclass(frozen=True, slots=True)
class ItemDateline:
    """The dateline of one item of a digest of several stories ("BEIRUT - Syria intervened")."""

    sentence_index: int  # the item's first sentence
    start: int  # where the dateline's text begins in the article
    text: str  # without its dash ("BEIRUT", "NEW DELHI")


# The rule an AP digest writes between its items ("... the docks. ___ GUATEMALA CITY (AP) _").
_ITEM_RULE = re.compile(r"_{3,}\s+$")
DIGEST_ITEMS = 2  # item datelines a story needs to be a digest of several stories
DATELINE_CHARS = 120  # a dateline opens the first characters of its line


def item_datelines(adoc: ArticleDoc) -> list[ItemDateline]:
    """The items of a digest of several stories ("REUTER WORLD NEWS HIGHLIGHTS"): the sentences
    that open a line of the body, or follow a rule of underscores, with a dateline of their own,
    each with its dateline. Empty
    unless at least ``DIGEST_ITEMS`` do: a single story's own dateline left in its first line is
    the story's dateline."""
    key = "structure.item_datelines"
    if key not in adoc.memo:
        text = adoc.article.text
        items: list[ItemDateline] = []
        for sent in adoc.sentences:
            start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
            if start > 0 and text[start - 1] != "\n" and not _ITEM_RULE.search(
                    text[max(0, start - 12) : start]):
                continue
            dateline = item_dateline_match(text[start : start + DATELINE_CHARS])
            if dateline:
                items.append(ItemDateline(sent.index, start, dateline))
        adoc.memo[key] = items if len(items) >= DIGEST_ITEMS else []
    return adoc.memo[key]  # type: ignore[no-any-return]


def _dateline_text(m: re.Match[str]) -> str:
    """A matched dateline without its separator."""
    return m.group("dateline").strip().rstrip("-\u2013\u2014:_").strip()


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


def _looks_like_headline(line: str, title: str | None, following: str = "") -> bool:
    """Whether the first line is the headline: any short line a dateline follows (a dateline
    opens the body, so what stands above it is the headline: "X issues apology to Y." then
    "CITY, July 25 (UPI) -- ..."); else the article's title, or, with no title given, a short
    line without a sentence's closing stop."""
    if len(line) <= 200 and _DATELINE.match(following) is not None:
        return True
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
        if (i == 0 and len(lines) > 1 and _is_blank_after(text, end)
                and _looks_like_headline(line, article.title, text[lines[1][0]:lines[1][1]])):
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
            article.dateline = article.dateline or _dateline_text(m)
            start += m.end()
            if start >= end:
                continue
        if body and _continues(text, body[-1], start):
            body[-1] = (body[-1][0], end)
            continue
        body.append((start, end))
    article.captions = captions
    article.photo_credits = credits
    article.subheads = subheads
    article.paragraphs = body
    if body:
        sample = " ".join([article.title or "", *(text[s:e] for s, e in body[:12])])[:3000]
        article.language = detect_language(sample, declared=article.language)
    return article


def _continues(text: str, previous: Span, start: int) -> bool:
    """A hard-wrapped line (no blank line before it, the previous line ends mid-sentence)
    continues the previous paragraph."""
    gap = text[previous[1] : start]
    if gap.count("\n") != 1:
        return False
    return text[previous[1] - 1] not in ".!?\"'\u201d\u2019:;)"


# Common English function words: their share separates English from other Latin-script
# languages even when the statistical classifier is unsure on a short text.
_EN_WORDS = frozenset({
    "the", "of", "and", "to", "is", "that", "for", "on", "with", "he", "it", "as", "at", "by",
    "said", "has", "have", "from", "be", "are", "his", "its", "were", "had", "not", "but",
    "this", "which", "would", "their", "they", "who", "been", "says", "after", "over",
})
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 language of ``text`` (py3langid, shipped model). English wins unless another
    language is clearly detected; a text too short to classify keeps the declared language."""
    cased = _WORD.findall(text)
    if not cased:
        return declared
    words = [w.lower() for w in cased]
    # names do not count against English: the share is of the words not capitalised mid-text
    # ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi")
    plain = [w.lower() for i, w in enumerate(cased) if i == 0 or not w[:1].isupper()] or words
    en_share = sum(w in _EN_WORDS for w in plain) / len(plain)
    if len(words) >= 6 and en_share >= 0.2:
        return "en"
    if declared == "en" and en_share >= 0.05:
        return "en"  # a headline-style English text that the source declares English
    lang, prob = _langid().classify(text)
    if lang == "en":
        return "en"
    if len(words) < 12:
        return declared or ("en" if en_share > 0 or prob < 0.99 else str(lang))
    if prob >= 0.5 and en_share < 0.12:
        return str(lang)
    return declared or "en"


@functools.cache
def _langid() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
