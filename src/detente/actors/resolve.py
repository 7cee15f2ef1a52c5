"""Mention resolution (first slice: countries by name and adjective via pycountry)."""

from __future__ import annotations

import functools

import pycountry

from detente.document import ArticleDoc
from detente.records import Actor, Mention

_ALIASES = {
    "us": "USA", "u.s.": "USA", "united states": "USA", "america": "USA", "american": "USA",
    "chinese": "CHN", "china": "CHN", "russian": "RUS", "russia": "RUS", "japanese": "JPN",
    "philippine": "PHL", "filipino": "PHL", "taiwan": "TWN", "taiwanese": "TWN",
}


@functools.cache
def _country(name: str) -> str | None:
    key = name.lower().removeprefix("the ")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return str(pycountry.countries.lookup(key).alpha_3)
    except LookupError:
        return None


def resolve_mentions(adoc: ArticleDoc) -> None:
    for sent in adoc.sentences:
        for ent in sent.span.ents:
            if ent.label_ not in {"GPE", "NORP"}:
                continue
            code = _country(ent.text)
            actor = Actor(name=ent.text, country=code, kind="country") if code else None
            adoc.mentions.append(
                Mention(ent.text, sent.char_span(ent), sent.index, actor,
                        "country name" if code else "unknown name", head_token=ent.root.i)
            )
