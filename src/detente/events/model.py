"""The learned event layer: a calibrated linear classifier over parse features of each candidate
predicate (a verb, or a noun the model knows as an event noun, in a sentence with an actor).

For each candidate it gives a probability for "no event" and for each CAMEO root. Its features
are what the parse and the earlier steps already computed (lemmas, dependency relations, the
sectors of the actors in the subject and object slots, the lexicon's own vote, and the parser's
own contextual token vectors, ``doc.tensor``), so it adds no parsing cost. The weights ship in the package (``data/models/events.npz`` with its metadata in
``events.json``: version, training data, seed, scores); ``scripts/train_events.py`` trains them.
"""

from __future__ import annotations

import functools
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from detente.events.participants import SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.document import Sentence
    from detente.events.extract import Candidate

NONE = "NONE"
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
LABELS = (NONE, *ROOTS)
# Lemmas that are never events themselves (auxiliaries and copulas parse as VERB at times).
NOT_PREDICATES = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might",
                            "shall", "should", "must", "get", "seem", "become"})
_SLOT_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "poss", "pobj")
_CHILD_DEPS = ("dobj", "nsubj", "nsubjpass", "dative", "attr", "xcomp", "ccomp", "prt", "agent",
               "neg", "aux", "advmod", "acomp", "compound", "amod", "poss")
WINDOW = 5
DENSE_WIDTH = 96  # en_core_web_sm's tok2vec width


def feature_index(feature: str, size: int) -> int:
    """The weight row of a feature string (a stable hash: CRC-32, not Python's salted hash)."""
    return zlib.crc32(feature.encode("utf-8")) % size


def is_candidate(tok: Token, nouns: frozenset[str]) -> bool:
    """Is ``tok`` a predicate the model decides on?"""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma not in NOT_PREDICATES and tok.is_alpha
    return tok.pos_ == "NOUN" and lemma in nouns


def _actor_tag(sa: SentenceActors, tok: Token) -> str:
    m = sa.mention(tok)
    if m is None:
        return "none" if tok.pos_ != "PRON" else "pron"
    actor = m.actor or (m.members[0] if m.members else None)
    if actor is None:
        return "none"
    return f"{actor.sector or 'x'}/{'c' if actor.country else 'n'}"


def features(tok: Token, sa: SentenceActors, lexicon: Candidate | None) -> list[str]:
    """The feature strings of one candidate predicate."""
    lemma = tok.lemma_.lower()
    out = ["bias", f"l={lemma}", f"lp={lemma}|{tok.pos_}", f"d={tok.dep_}", f"pos={tok.pos_}",
           f"tag={tok.tag_}", f"h={tok.head.lemma_.lower()}|{tok.dep_}"]
    for c in tok.children:
        dep, cl = c.dep_, c.lemma_.lower()
        if dep in _CHILD_DEPS:
            out += [f"c={dep}:{cl}", f"lc={lemma}|{dep}:{cl}"]
        if dep in _SLOT_DEPS:
            tag = _actor_tag(sa, c)
            out += [f"a={dep}:{tag}", f"la={lemma}|{dep}:{tag}"]
        if dep == "prep":
            prep = c.lower_
            out += [f"prep={prep}", f"lprep={lemma}|{prep}"]
            for o in c.children:
                if o.dep_ == "pobj":
                    tag = _actor_tag(sa, o)
                    out += [f"pobj={prep}:{o.lemma_.lower()}", f"lpobj={lemma}|{prep}:{o.lemma_.lower()}",
                            f"pa={prep}:{tag}", f"lpa={lemma}|{prep}:{tag}"]
    if tok.dep_ in ("dobj", "pobj", "attr") and tok.head.pos_ in ("VERB", "ADP"):
        gov = tok.head if tok.head.pos_ == "VERB" else tok.head.head
        out.append(f"gov={gov.lemma_.lower()}|{lemma}")
    sent = sa.sent.span
    lo, hi = max(sent.start, tok.i - WINDOW), min(sent.end, tok.i + WINDOW + 1)
    for t in tok.doc[lo:hi]:
        if t.i != tok.i and t.is_alpha and not t.is_stop:
            out.append(f"w={t.lemma_.lower()}")
    for ent in {t.ent_type_ for t in sent if t.ent_type_}:
        out.append(f"ent={ent}")
    if lexicon is not None and lexicon.pattern is not None:
        root = lexicon.pattern.cameo[:2]
        out += [f"lex={root}", f"lexl={lemma}|{root}", f"lexo={lexicon.outcome[:12]}"]
    elif lexicon is not None:
        out.append(f"lexo={lexicon.outcome[:12]}")
    else:
        out.append("lex=none")
    return out


def dense_features(tok: Token, sa: SentenceActors) -> np.ndarray:
    """The parser's contextual vectors (spaCy's ``tok2vec`` output, already computed for the
    tagger and parser): the candidate's own, and the mean over its sentence. Zeros when the
    pipeline keeps no tensor."""
    tensor = tok.doc.tensor
    if tensor is None or getattr(tensor, "size", 0) == 0:
        return np.zeros(2 * DENSE_WIDTH, dtype=np.float32)
    if sa.mean_vector is None:
        span = sa.sent.span
        sa.mean_vector = np.asarray(tensor[span.start : span.end], dtype=np.float32).mean(axis=0)
    return np.concatenate([np.asarray(tensor[tok.i], dtype=np.float32), sa.mean_vector])


@dataclass(slots=True, frozen=True)
class EventModel:
    """Weights, label set and the code choice tables of a trained model."""

    version: str
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)
    temperature: float
    nouns: frozenset[str]
    codes: dict[str, str]  # "root|lemma" -> CAMEO code, and "root" -> the root's usual code
    thresholds: dict[str, float]  # add, add_root, veto, switch, veto_borrowed
    meta: dict[str, Any]
    # weights of the standardised dense features (None in a sparse-only model)
    dense_weights: np.ndarray | None = None  # (n_dense, n_labels)
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None

    @property
    def size(self) -> int:
        return int(self.weights.shape[0])

    def probabilities(self, feats: Iterable[str], dense: np.ndarray | None = None) -> np.ndarray:
        """Calibrated label probabilities (order: ``LABELS``)."""
        idx = [feature_index(f, self.size) for f in feats]
        logits = self.weights[idx].astype(np.float32).sum(axis=0) + self.bias
        if self.dense_weights is not None and dense is not None:
            assert self.dense_mean is not None and self.dense_scale is not None
            logits = logits + ((dense - self.dense_mean) / self.dense_scale) @ self.dense_weights
        logits = logits / self.temperature
        logits -= logits.max()
        p = np.exp(logits)
        return np.asarray(p / p.sum())

    def code_for(self, root: str, lemma: str) -> str:
        """The CAMEO code the model gives a predicate it classifies under ``root``."""
        return self.codes.get(f"{root}|{lemma}") or self.codes.get(root) or f"{root}0"


def model_path() -> Any:
    return resources.files("detente").joinpath("data/models")


@functools.cache
def load_model() -> EventModel | None:
    """The packaged model, or None when the package ships none."""
    base = model_path()
    meta_file, weights_file = base.joinpath("events.json"), base.joinpath("events.npz")
    if not meta_file.is_file() or not weights_file.is_file():
        return None
    meta = json.loads(meta_file.read_text("utf-8"))
    with weights_file.open("rb") as fh:
        arrays = np.load(fh)
        weights, bias = arrays["weights"], arrays["bias"].astype(np.float32)
        dense = {k: arrays[k].astype(np.float32) for k in ("dense_weights", "dense_mean",
                                                          "dense_scale") if k in arrays.files}
    return EventModel(version=meta["version"], weights=weights, bias=bias,
                      temperature=float(meta["temperature"]), nouns=frozenset(meta["nouns"]),
                      codes=dict(meta["codes"]), thresholds=dict(meta["thresholds"]), meta=meta,
                      **dense)


def model_enabled() -> bool:
    """Whether the event model runs: off in the fast tier (``--fast`` or ``event_model = false``,
    both of which set ``DETENTE_EVENT_MODEL=0`` for the process and its workers)."""
    return os.environ.get("DETENTE_EVENT_MODEL", "1") not in ("0", "false", "no")


def active_model() -> EventModel | None:
    """The model to use for this process, or None (fast tier, or no model shipped)."""
    return load_model() if model_enabled() else None


@dataclass(slots=True)
class Vote:
    """The model's decision on one candidate predicate."""

    label: str  # the most probable CAMEO root
    probability: float
    none: float  # probability of no event
    probabilities: np.ndarray  # every label's, in LABELS order

    def of(self, root: str) -> float:
        """The probability the model gives ``root``."""
        return float(self.probabilities[LABELS.index(root)])

    def describe(self) -> str:
        return f"root {self.label} p={self.probability:.2f}, no event p={self.none:.2f}"


def vote(model: EventModel, tok: Token, sa: SentenceActors, lexicon: Candidate | None) -> Vote:
    """The model's decision on ``tok``."""
    dense = dense_features(tok, sa) if model.dense_weights is not None else None
    p = model.probabilities(features(tok, sa, lexicon), dense)
    best = int(p[1:].argmax()) + 1
    return Vote(LABELS[best], float(p[best]), float(p[0]), p)


def sentence_candidates(sent: Sentence, nouns: frozenset[str]) -> list[Token]:
    """The tokens of ``sent`` the model decides on."""
    return [t for t in sent.span if is_candidate(t, nouns)]
