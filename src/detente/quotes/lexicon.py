"""The quote lexicons (cue verbs, channel terms), loaded once from ``data/quotes/*.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

from detente.errors import DetenteError, Errors

CUE_CLASSES = frozenset({"speech", "directive", "evidence", "belief"})
CHANNEL_KINDS = frozenset({"medium", "audience", "relay"})
# Classes used as cues by the pipeline; "belief" verbs report opinions, not speech.
ACTIVE_CUE_CLASSES = frozenset({"speech", "directive", "evidence"})


@dataclass(slots=True, frozen=True)
class QuoteLexicon:
    """Cue verbs by lemma (class per required particle, "" = none) and channel terms by kind."""

    cues: dict[str, dict[str, str]] = field(default_factory=dict)
    channels: dict[str, frozenset[str]] = field(default_factory=dict)
    version: str = "0"

    def cue_class(self, lemma: str, particles: frozenset[str] = frozenset()) -> str | None:
        """The class of ``lemma`` as a cue, given the particles/prepositions attached to it."""
        entry = self.cues.get(lemma.lower())
        if not entry:
            return None
        for particle, cls in entry.items():
            if particle and particle in particles:
                return cls
        return entry.get("")

    def is_channel(self, kind: str, term: str) -> bool:
        return term.lower() in self.channels.get(kind, frozenset())


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
    rows, version = _rows("cues.tsv")
    for number, cols in rows:
        if len(cols) != 3 or cols[1] not in CUE_CLASSES or not cols[0].strip():
            raise DetenteError(Errors.E102.format(path="quotes/cues.tsv", line=number,
                                                  reason="expected lemma, class, particle"))
        cues.setdefault(cols[0].strip().lower(), {})[cols[2].strip().lower()] = cols[1]
    channels: dict[str, set[str]] = {kind: set() for kind in CHANNEL_KINDS}
    crows, _ = _rows("channels.tsv")
    for number, cols in crows:
        if len(cols) != 2 or cols[0] not in CHANNEL_KINDS or not cols[1].strip():
            raise DetenteError(Errors.E102.format(path="quotes/channels.tsv", line=number,
                                                  reason="expected kind, term"))
        channels[cols[0]].add(cols[1].strip().lower())
    return QuoteLexicon(cues, {k: frozenset(v) for k, v in channels.items()}, version)
