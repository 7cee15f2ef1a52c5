"""The quote lexicons (cue verbs, channel terms), loaded once from ``data/quotes/*.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

from detente.errors import DetenteError, Errors

CUE_CLASSES = frozenset({"speech", "directive", "evidence", "belief", "plan", "perception"})
CHANNEL_KINDS = frozenset({"medium", "audience", "relay"})
# Cues of thought rather than speech: a quote only when attributed to a third-party source.
ATTITUDE_CLASSES = frozenset({"belief", "plan", "perception"})


@dataclass(slots=True, frozen=True)
class QuoteLexicon:
    """Cue verbs by lemma (class per required particle, "" = none), the (lemma, particle) pairs
    whose object is reported content, and channel terms by kind."""

    cues: dict[str, dict[str, str]] = field(default_factory=dict)
    channels: dict[str, frozenset[str]] = field(default_factory=dict)
    version: str = "0"
    objects: frozenset[tuple[str, str]] = frozenset()
    nouns: dict[str, str] = field(default_factory=dict)  # cue nouns ("view") -> class
    sources: dict[str, str] = field(default_factory=dict)  # "in a poll": source nouns -> class
    # cue adjectives after a copula, by form: preposition ("" = a clause) -> class
    adjectives: dict[str, dict[str, str]] = field(default_factory=dict)
    # cue nouns only as the object of a light verb ("made the allegation that ...") -> class
    light_nouns: dict[str, str] = field(default_factory=dict)

    def cue_entry(self, lemma: str, particles: frozenset[str] = frozenset()
                  ) -> tuple[str, str] | None:
        """``(class, particle)`` of ``lemma`` as a cue, given the particles/prepositions attached
        to it; a row with a particle wins over the bare verb."""
        return _pick(self.cues.get(lemma.lower()), particles)

    def adjective_entry(self, form: str, preps: frozenset[str] = frozenset()
                        ) -> tuple[str, str] | None:
        """``(class, preposition)`` of an adjective cue ("critical" with "of"), as ``cue_entry``."""
        return _pick(self.adjectives.get(form.lower()), preps)

    def cue_class(self, lemma: str, particles: frozenset[str] = frozenset()) -> str | None:
        """The class of ``lemma`` as a cue, given the particles/prepositions attached to it."""
        found = self.cue_entry(lemma, particles)
        return found[0] if found else None

    def takes_object(self, lemma: str, particle: str = "") -> bool:
        """Whether the cue's direct object (or its particle's object) is reported content."""
        return (lemma.lower(), particle) in self.objects

    def is_channel(self, kind: str, term: str) -> bool:
        return term.lower() in self.channels.get(kind, frozenset())


def _pick(entry: dict[str, str] | None, particles: frozenset[str]) -> tuple[str, str] | None:
    if not entry:
        return None
    for particle, cls in entry.items():
        if particle and particle in particles:
            return cls, particle
    return (entry[""], "") if "" in entry else None


def _rows(name: str) -> tuple[list[tuple[int, list[str]]], str]:
    path = f"data/quotes/{name}"
    text = resources.files("detente").joinpath(path).read_text(encoding="utf-8")
    version = "0"
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            if line.lower().startswith("# version:"):
                version = line.split(":", 1)[1].strip()
            continue
        if not line.strip():
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append((number, line.split("\t")))
    return rows, version


@functools.cache
def load_lexicon() -> QuoteLexicon:
    """Load and validate the cue and channel data files (cached per process)."""
    cues: dict[str, dict[str, str]] = {}
    objects: set[tuple[str, str]] = set()
    nouns: dict[str, str] = {}
    sources: dict[str, str] = {}
    adjectives: dict[str, dict[str, str]] = {}
    light_nouns: dict[str, str] = {}
    rows, version = _rows("cues.tsv")
    for number, cols in rows:
        if (len(cols) != 4 or cols[1] not in CUE_CLASSES or not cols[0].strip()
                or cols[3].strip() not in ("", "np")):
            raise DetenteError(Errors.E102.format(path="quotes/cues.tsv", line=number,
                                                  reason="expected lemma, class, particle, object"))
        lemma, particle = cols[0].strip().lower(), cols[2].strip().lower()
        if particle == "(noun)":
            nouns[lemma] = cols[1]
            continue
        if particle == "(light)":
            light_nouns[lemma] = cols[1]
            continue
        if particle == "(in)":
            sources[lemma] = cols[1]
            continue
        if particle.startswith("(adj)"):
            prep = particle.removeprefix("(adj)").strip()
            if bool(prep) != (cols[3].strip() == "np"):  # a preposition's object is the content
                raise DetenteError(Errors.E102.format(path="quotes/cues.tsv", line=number,
                                                      reason="an (adj) row takes np only with a preposition"))
            adjectives.setdefault(lemma, {})[prep] = cols[1]
            continue
        cues.setdefault(lemma, {})[particle] = cols[1]
        if cols[3].strip() == "np":
            objects.add((lemma, particle))
    channels: dict[str, set[str]] = {kind: set() for kind in CHANNEL_KINDS}
    crows, _ = _rows("channels.tsv")
    for number, cols in crows:
        if len(cols) != 2 or cols[0] not in CHANNEL_KINDS or not cols[1].strip():
            raise DetenteError(Errors.E102.format(path="quotes/channels.tsv", line=number,
                                                  reason="expected kind, term"))
        channels[cols[0]].add(cols[1].strip().lower())
    return QuoteLexicon(cues, {k: frozenset(v) for k, v in channels.items()}, version,
                        frozenset(objects), nouns, sources, adjectives, light_nouns)
