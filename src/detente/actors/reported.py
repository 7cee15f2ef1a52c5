"""The countries a story's record reports (docs/ANNOTATION.md section 3, the output contract):
a present-day country as the state of the story's day (``eras``), and an international body by
the code the guidelines list for it (UNO, EUR, NATO, AFR, ASN, OAS, IMF, WBK, WTO, IAEA, OPC, ICC)
or else as ``IGO`` (``UNO`` for a UN agency, ``NGO`` for a non-governmental body).

Inside the pipeline every body keeps a code of its own (``G7``, ``PCL``), so that two bodies are
never taken for one side and "G7 ministers" stay the G7's; the record's ``actor_id`` and name
still say which body it is. The ``countries`` step runs last."""

from __future__ import annotations

import dataclasses

from detente.actors.eras import actor_on, country_on
from detente.actors.lexicon import Lexicon, lexicon
from detente.document import ArticleDoc
from detente.records import Actor

# The international codes section 3 of the guidelines lists, reported as they are.
LISTED_CODES = frozenset({"UNO", "EUR", "NATO", "AFR", "ASN", "OAS", "IMF", "WBK", "WTO", "IAEA",
                          "OPC", "ICC", "NGO", "IGO"})


_REPORTED: dict[int, tuple[Lexicon, dict[str, str]]] = {}


def reported_codes() -> dict[str, str]:
    """The code each international body's own code is reported as, where the two differ
    (derived once per lexicon, as its matchers are)."""
    lex = lexicon()
    cached = _REPORTED.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    out: dict[str, str] = {}
    for o in lex.dictionary.organisations.values():
        if o.kind in ("igo", "ngo") and o.code not in LISTED_CODES:
            out[o.code] = "NGO" if o.kind == "ngo" else \
                "UNO" if (o.cameo or "").startswith("IGOUNO") else "IGO"
    if len(_REPORTED) > 8:
        _REPORTED.clear()
    _REPORTED[id(lex)] = (lex, out)
    return out


def report_countries(adoc: ArticleDoc) -> None:
    """Pipeline step: the countries of a story's mentions, quote speakers, places and events as
    the contract reports them (see the module's docstring)."""
    day, codes = adoc.published, reported_codes()

    def reported(actor: Actor) -> Actor:
        then = actor_on(actor, day)
        code = codes.get(then.country or "")
        return dataclasses.replace(then, country=code) if code else then

    for m in adoc.mentions:
        if m.actor is not None and (now := reported(m.actor)) is not m.actor:
            m.reason += f"; reported as {now.country}"
            m.actor = now
        m.members = [reported(a) for a in m.members]
    for q in adoc.quotes:
        if q.speaker is not None:
            q.speaker.actor = reported(q.speaker.actor)
    for p in adoc.places:
        p.country = country_on(p.country, day)
    for e in adoc.events:
        e.source.actor = reported(e.source.actor)
        if e.target is not None:
            e.target.actor = reported(e.target.actor)
        if e.location is not None:
            e.location.country = country_on(e.location.country, day)
