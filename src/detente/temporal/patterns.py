"""Regular expressions for temporal expressions, built once from the lexicon.

Each pattern is named; :mod:`detente.temporal.rules` pairs every name with its normaliser. The
patterns over-generate on purpose (a normaliser may reject a match, e.g. "may" the modal verb)."""

from __future__ import annotations

import functools
import re

from detente.temporal.lexicon import alternation, lexicon, number_pattern

FLAGS = re.IGNORECASE
YEAR = r"(?:1[5-9]|20)\d\d"
EDGE_MODS = (
    r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of"
    r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+last\s+half\s+of"
)
APPROX = (
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|nearly|almost|about|around"
    r"|some|over|under|up\s+to|roughly|approximately|only|just|barely|well\s+over|close\s+to"
)
TZ = r"(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|IST)"


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Every named pattern, compiled (case-insensitive; normalisers check case where needed)."""
    lex = lexicon()
    month_full = alternation(lex.month_full)
    month_dot = alternation(m for m in lex.months if m.endswith("."))
    month_bare_abbr = alternation(m for m in lex.months if "." not in m and m not in lex.month_full)
    month_name = rf"(?:{month_full}|{month_dot})"
    month_any = rf"(?:{month_full}|{month_dot}|{month_bare_abbr})"
    weekday = alternation(w for w in lex.weekdays if len(w) > 5)
    num = number_pattern()
    unit_sing = alternation(u.name for u in lex.units.values())
    units = alternation(lex.units)
    pods = alternation(lex.parts_of_day)
    seasons = alternation(lex.seasons)
    holidays = alternation(
        list(lex.holidays_fixed)
        + ["thanksgiving day", "thanksgiving", "election day", "labor day", "memorial day",
           "easter sunday", "easter"]
    )
    ordinals = alternation(lex.ordinals)
    wd = rf"(?:(?P<wd>{weekday}),?\s+)?"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    b = r"(?<![\w-])"
    # A year in words, as broadcast transcripts write it ("nineteen ninety-four").
    spelled = (rf"(?:nineteen|eighteen)\s+(?:(?:{tens})(?:[-\s](?:{ones}))?|ten|eleven|twelve|thirteen"
               rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh-(?:{ones})|hundred)(?![\w-])")
    # The day a clock time falls on: "5 p.m. Friday", "noon on Nov. 9", "5 p.m. EST, Nov. 6";
    # or a weekday after a parenthesis ("10:35 a.m. (0735 GMT) Friday"), outside the span.
    clock_day = (
        rf"(?:,?\s+(?:on\s+)?(?:(?P<day>{weekday}|today|yesterday|tomorrow)"
        rf"|(?P<mon>{month_name})\s+(?P<mday>[0-3]?\d)(?![\d:]))"
        rf"|(?=\s+\([^()]{{1,24}}\),?\s+(?:on\s+)?(?P<pday>{weekday})(?!\w)))?"
    )
    e = r"(?![\w])"
    raw = {
        "iso": rf"(?<![\d-])(?P<year>{YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
        rf"(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d])",
        "slash": r"(?<![\d/])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])",
        "mdy": rf"{b}(?:(?P<rel>last|this|next|past)\s+)?{wd}(?P<mon>{month_any})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)"
        rf"(?:,?\s+(?P<year>{YEAR})(?!\d))?{e}",
        "day_and": rf"{b}(?P<mon>{month_any})\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and|or)\s+"
        rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?\s+(?P<year>{YEAR})(?!\d))?{e}",
        "dmy": rf"{b}{wd}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon>{month_name})(?:,?\s+(?P<year>{YEAR})(?!\d))?{e}",
        "month_year": rf"{b}(?:(?P<mod>{EDGE_MODS})[\s-]+)?(?P<mon>{month_name})(?:\s+of)?,?\s+"
        rf"(?:(?P<year>{YEAR})|(?P<syear>{spelled})|(?P<rel>last|this|next)\s+year){e}",
        "month": rf"{b}(?:(?P<mod>{EDGE_MODS})[\s-]+)?(?:(?P<rel>last|next|this|coming|past)\s+)?"
        rf"(?P<mon>{month_name})(?P<poss>['’]s)?{e}",
        "year": rf"{b}(?:(?P<pre>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year"
        rf"|{EDGE_MODS}|post|pre)[\s-]+)?(?P<year>{YEAR})(?!\d|%|-\d|/\d|,\d|\.\d)(?P<poss>['’]s)?{e}",
        "decade": rf"{b}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
        rf"(?P<dec>(?:1[5-9]|20)\d0|')(?P<d2>\d0)?'?s{e}",
        "century": rf"{b}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>{ordinals})[\s-]+"
        rf"century{e}",
        "quarter": rf"{b}(?:(?P<det>the|this|last|next|its|their|that|each)\s+)?"
        rf"(?:(?P<yr>{YEAR}|(?:this|last|next)\s+year's|the\s+year's)\s+)?"
        rf"(?:(?:fiscal|calendar)\s+)?(?:(?P<ago>year-ago|year-earlier)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last"
        rf"|latest|current|previous|same|prior|year-ago|year-earlier|recent|just-ended"
        rf"|just-completed|most\s+recent|comparable|year-before)?[\s-]*(?:fiscal\s+)?"
        rf"(?P<unit>quarter|half|period){e}(?!-)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year2>{YEAR}|(?:this|last|next)\s+year){e})?",
        "relative": rf"{b}(?:(?P<mod>earlier|later|{EDGE_MODS}|the\s+rest\s+of|the\s+remainder\s+of)"
        rf"[\s-]+)?(?P<the>the\s+)?(?P<rel>last|this|next|coming|past|previous|current|following"
        rf"|same)\s+(?P<unit>week|month|year|weekend|decade|century){e}",
        "weekend": rf"{b}(?:(?P<mod>early|late)\s+)?the\s+weekend{e}",
        "weekday": rf"{b}(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|next|this|coming|past)\s+)?"
        rf"(?P<wd>{weekday})(?P<pl>s)?(?P<poss>['’]s)?(?:\s+(?P<pod>{pods})(?P<pl2>s)?)?{e}",
        "deictic": rf"{b}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>yesterday|today|tomorrow"
        rf"|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?P<poss>['’]s)?"
        rf"(?:\s+(?P<pod>{pods}))?{e}",
        "part_of_day": rf"{b}(?:(?P<rel>this|last|early\s+this|late\s+last|late\s+this)\s+(?P<pod>{pods})"
        rf"|mid[-\s]?(?P<mid>morning|afternoon|evening)(?:\s+(?P<w>yesterday|today|tomorrow))?){e}",
        "ago": rf"{b}(?:(?P<mod>{APPROX})\s+)?(?P<num>{num})\s+(?P<unit>{units})\s+"
        rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back){e}",
        "duration": rf"{b}(?:(?P<mod>{APPROX})\s+)?(?:(?P<pre>the\s+(?:past|last|next|first|previous"
        rf"|coming|following|final|entire|whole|full|latest|same|other|remaining)|the|past|last|next"
        rf"|first|another|an\s+additional|an\s+extra)\s+)?(?P<num>{num})"
        rf"(?:\s+(?P<more>more|additional|full|straight|consecutive|long|further|extra))?\s+"
        rf"(?P<unit>{units}){e}(?!-|\s+old)",
        "hyphen_duration": rf"{b}(?P<num>\d+(?:\.\d+)?|{num}|half)-(?P<unit>{unit_sing})"
        rf"(?:-long)?{e}(?!-)",
        "long": rf"{b}(?P<unit>{units})-long{e}",
        "spelled_year": rf"{b}(?:the\s+year\s+)?(?P<w>{spelled})|{b}the\s+year\s+two\s+thousand{e}",
        "spelled_decade": rf"{b}the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties"
        rf"|fifties|sixties|seventies|eighties|nineties){e}",
        "period_of": rf"{b}(?:(?P<mod>earlier|later|early|late)\s+in\s+|(?P<edge>the\s+(?:end|beginning"
        rf"|middle|start|rest|remainder)\s+of\s+))the\s+(?P<unit>week|month|year){e}",
        "the_year": rf"{b}the\s+(?:(?P<adj>full|fiscal|entire|whole|calendar|current)\s+)?year{e}",
        "plural_unit": rf"{b}(?:(?P<the>the)\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades"
        rf"|centuries){e}",
        "recent": rf"{b}(?:(?P<the>the)\s+)?(?P<w>recent|coming|upcoming)\s+(?P<unit>days|weeks|months"
        rf"|quarters|years|decades){e}",
        "set": rf"{b}(?P<q>every|each|per|a)\s+(?:(?P<num>other|{num})\s+)?"
        rf"(?P<unit>{unit_sing}|{weekday}|{pods}|{month_full}){e}",
        "set_word": rf"{b}(?P<w>{alternation(lex.sets)}){e}",
        "ref": rf"{b}(?P<w>{alternation(lex.refs)}){e}",
        "season": rf"{b}(?:(?P<rel>this|last|next|coming|past|early|late|mid|the)[\s-]+)?"
        rf"(?P<season>{seasons})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{spelled})))?{e}",
        "holiday": rf"{b}(?:(?P<rel>last|next|this)\s+)?(?P<h>{holidays})(?:\s+(?P<year>{YEAR}))?{e}",
        "clock": rf"{b}(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm)"
        rf"(?!\w)(?:\s+(?P<tz>{TZ}))?{clock_day}",
        "noon": rf"{b}(?P<w>noon|midnight|midday)(?:\s+(?P<tz>{TZ}))?{clock_day}{e}",
        "clock24": rf"(?<![\d:])(?P<h>[0-2]\d)[:.]?(?P<mi>[0-5]\d)\s+(?:hours\s+)?(?P<tz>{TZ}){e}"
        rf"(?:,?\s+(?:on\s+)?(?P<day>{weekday}|today|yesterday|tomorrow){e})?",
        "anaphoric": rf"{b}(?:(?P<mod>earlier|later|early|late)\s+)?(?P<w>that|the\s+same|the\s+following"
        rf"|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|week|month|year"
        rf"|morning|afternoon|evening|night){e}",
        "that_same": rf"{b}that\s+same\s+(?P<unit>day|week|month|year){e}",
        "year_ago_adj": rf"{b}(?:(?P<the>the)\s+)?(?P<w>year|month|quarter)-(?:ago|earlier|before)"
        rf"(?:\s+(?P<noun>quarter|period|month|year))?{e}",
        "year_end": rf"{b}(?P<w>year-end|year\s+end|year['’]s\s+end|the\s+end\s+of\s+the\s+year"
        rf"|the\s+turn\s+of\s+the\s+century){e}",
    }
    return {name: re.compile(rx, FLAGS) for name, rx in raw.items()}


# Which cheap key-word test a sentence must pass before a pattern is run on it (speed: the
# full patterns are costly to scan, and most sentences hold none of their key words).
GATE_OF = {
    "iso": "digit", "slash": "digit", "clock": "digit", "clock24": "digit", "year": "digit",
    "mdy": "month", "day_and": "month", "dmy": "month", "month_year": "month", "month": "month",
    "decade": "decade", "century": "century", "quarter": "quarter", "weekday": "weekday",
    "weekend": "weekend", "deictic": "deictic", "part_of_day": "pod", "noon": "noon",
    "season": "season", "holiday": "holiday", "set_word": "set_word", "ref": "ref",
    "spelled_year": "spelled", "spelled_decade": "spelled", "set": "set",
    "anaphoric": "anaphoric",
}
_WORDS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_DECADE = re.compile(r"\d0['’]?s\b|\bthe\s+['’]\d0s")
_STOP = frozenset(["the", "a", "an", "at", "as", "in", "of", "right", "these", "day", "s"])


def _words(phrases: object) -> frozenset[str]:
    return frozenset(w for p in phrases for w in _WORDS.findall(str(p).lower()))  # type: ignore[attr-defined]


@functools.cache
def _gate_words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    units = _words(lex.units) | {"centuries", "weekend", "weekends"}
    return {
        "month": _words(lex.months),
        "century": frozenset(["century", "centuries"]),
        "quarter": frozenset(["quarter", "quarters", "half", "period"]),
        "weekday": _words(w + s for w in lex.weekdays if len(w) > 5 for s in ("", "s")),
        "weekend": frozenset(["weekend"]),
        "deictic": frozenset(["yesterday", "today", "tomorrow", "tonight"]),
        "pod": _words(lex.parts_of_day),
        "noon": frozenset(["noon", "midnight", "midday"]),
        "season": _words(lex.seasons),
        "holiday": _words(lex.holidays_fixed) - _STOP | {"thanksgiving", "election", "labor",
                                                         "memorial", "easter"},
        "set_word": _words(lex.sets),
        "ref": _words(lex.refs) - _STOP,
        "spelled": frozenset(["nineteen", "eighteen", "thousand", "twenties", "thirties",
                              "forties", "fifties", "sixties", "seventies", "eighties",
                              "nineties"]),
        "unit": units,
        "set_cue": frozenset(["every", "each", "per", "a", "an"]),
        "anaphoric_cue": frozenset(["that", "same", "following", "next", "previous",
                                    "preceding", "prior"]),
        "any_unit": units | _words(lex.weekdays) | _words(lex.months) | _words(lex.parts_of_day),
    }


def open_gates(text: str) -> set[str]:
    """The names of the key-word tests ``text`` passes (one word scan per sentence)."""
    words = set(_WORDS.findall(text.lower()))
    table = _gate_words()
    opened = {name for name, vocab in table.items() if not words.isdisjoint(vocab)}
    if _DIGIT.search(text):
        opened.add("digit")
        if _DECADE.search(text):
            opened.add("decade")
    if "set_cue" in opened and "any_unit" in opened:
        opened.add("set")
    if "anaphoric_cue" in opened and "any_unit" in opened:
        opened.add("anaphoric")
    return opened
