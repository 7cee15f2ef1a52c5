"""Surface forms of the actor dictionary, and the matchers over them.

Built once (per user-file set) and cached on disk (``detente.cache``): ``lexicon()`` indexes
every name, alias, adjective, demonym, capital and agent noun; ``matchers(lex)`` compiles them
into three token-sequence matchers (case-sensitive names, case-sensitive short person names,
lower-case agent nouns).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en import English
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from detente import cache
from detente.actors import data as data_module
from detente.actors.data import (
    Agent,
    Country,
    Dictionary,
    Organisation,
    Person,
    Role,
    load_builtin,
    load_user_file,
)

# Entry kinds for case-sensitive forms.
COUNTRY, ADJECTIVE, DEMONYM, CAPITAL, ORG, PERSON = (
    "country", "adjective", "demonym", "capital", "org", "person")
# Family name first: the short form of "Xi Jinping" is "Xi".
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
# Arabic patronymics: the given name before "bin"/"ibn" is the short form.
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})
# Honorifics: never a short name; a person written "Mr Ancram" is introduced like a titled one.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "baroness"})
# Royal and princely styles written before a name ("Crown Prince Abdullah bin Abdul Aziz",
# "Sheikh Jaber"): the name after them is the one the story shortens to ("Prince Abdullah").
ROYAL_STYLES = frozenset({"crown", "prince", "princess", "king", "queen", "sheikh", "sheik", "emir",
                          "sultan"})
_NOT_SHORT = HONORIFICS | frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "easter", "christmas", "jr.", "sr.", "jr", "sr", "junior", "júnior", "ii",
    "iii", "al", "el", "bin", "ibn", "de",
    "sheikh", "king", "queen", "prince", "van", "von", "der", "la", "le", "da", "di", "du",
})


@functools.cache
def _tokenizer() -> Tokenizer:
    return English().tokenizer


def key_of(tokens: Span | Doc | list[str]) -> str:
    """Normalised lookup key of a token sequence (token texts joined by a separator)."""
    if isinstance(tokens, list):
        return "\x1f".join(tokens)
    return "\x1f".join(t.text for t in tokens)


def form_key(form: str) -> str:
    return key_of([t.text for t in _tokenizer()(form)])


def lexicon_tokens(text: str) -> Doc:
    """``text`` split by the tokenizer the dictionary's forms were keyed with."""
    return _tokenizer()(text)


@dataclass(slots=True)
class Lexicon:
    """The dictionary plus surface-form indexes and role indexes."""

    dictionary: Dictionary
    forms: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    short: dict[str, list[Person]] = field(default_factory=dict)
    agents: dict[str, tuple[Agent, bool]] = field(default_factory=dict)  # lower key -> (agent, plural)
    holders: dict[tuple[str, str], list[tuple[Person, Role]]] = field(default_factory=dict)
    version: int = 0

    def entries(self, span: Span) -> list[tuple[str, object]]:
        return self.forms.get(key_of(span), [])

    def country(self, code: str | None) -> Country | None:
        return self.dictionary.countries.get(code) if code else None

    def holders_on(self, country: str, roles: tuple[str, ...],
                   day: dt.date | None) -> list[tuple[Person, Role]]:
        """People holding one of ``roles`` in ``country`` on ``day`` (current holders if no day)."""
        out = []
        for role in roles:
            for person, r in self.holders.get((country, role), []):
                if (day is not None and r.active(day)) or (day is None and r.end is None):
                    out.append((person, r))
        return out

    def ever_styled(self, country: str, roles: tuple[str, ...], styles: tuple[str, ...]) -> bool:
        """Whether anybody has held one of ``roles`` in ``country`` under a title with one of
        ``styles`` (the UK has had no president, Iran no king since 1979: nor any date)."""
        return bool(styles) and any(r.styled(styles) for role in roles
                                    for _p, r in self.holders.get((country, role), []))


def _add(index: dict[str, list[tuple[str, object]]], form: str, kind: str, obj: object) -> None:
    if not form:
        return
    key = form_key(form)
    entries = index.setdefault(key, [])
    if (kind, obj) not in entries:
        entries.append((kind, obj))
    if form.startswith("the "):  # sentence-initial variant
        _add(index, "The " + form[4:], kind, obj)


def _demonym_plurals(country: Country) -> list[str]:
    out = list(country.demonyms)
    for adj in country.adjectives:
        if adj.endswith(("an", "i")) and " " not in adj and adj.upper() != adj:
            out.append(adj + "s")
    return out


def build_lexicon(d: Dictionary, version: int = 0) -> Lexicon:
    lex = Lexicon(d, version=version)
    forms: dict[str, list[tuple[str, object]]] = {}
    for c in d.countries.values():
        for f in (c.name, *c.aliases):
            _add(forms, f, COUNTRY, c)
        for f in c.adjectives:
            _add(forms, f, ADJECTIVE, c)
        for f in _demonym_plurals(c):
            _add(forms, f, DEMONYM, c)
        for f in c.capitals:
            _add(forms, f, CAPITAL, c)
    for o in d.organisations.values():
        for f in (o.name, *o.aliases):
            _add(forms, f, ORG, o)
            if len(f) >= 4 and f.isalpha() and f.isupper():  # "Nato", "Farc", "Ecowas"
                _add(forms, f.title(), ORG, o)
    short: dict[str, list[Person]] = defaultdict(list)
    for p in d.people.values():
        for f in (p.name, *p.aliases):
            _add(forms, f, PERSON, p)
        for s in short_forms(p):
            if p not in short[s]:
                short[s].append(p)
        for r in p.roles:
            lex.holders.setdefault((r.country, r.role), []).append((p, r))
    lex.forms = forms
    lex.short = {form_key(s): ps for s, ps in short.items() if form_key(s) not in forms}
    for a in d.agents.values():
        lex.agents[form_key(a.term)] = (a, False)
        for pl in a.plurals:
            lex.agents.setdefault(form_key(pl), (a, True))
    return lex


def short_forms(p: Person) -> set[str]:
    """Surname-like short forms of a person's names ("Biden", "Xi", "Lai")."""
    out: set[str] = set()
    family_first = any(r.country in FAMILY_FIRST for r in p.roles)
    for name in (p.name, *p.aliases):
        raw = name.replace(",", " ").split()
        if len(raw) > 2 and raw[1].lower() in _PATRONYMIC:  # "Hussein bin Talal": "Hussein"
            out.add(raw[0])
        words = [w for w in raw if w.lower() not in _NOT_SHORT]
        if len(words) < 2:
            continue
        # "Paek Nam-sun", "Xi Jinping": the family name comes first; the given name ("Sun",
        # "Jinping") stands for no one
        out.add(words[0] if family_first else words[-1])
    return {s for s in out
            if s.lower() not in STOP_WORDS and s.lower() not in _NOT_SHORT and s[:1].isupper()
            and len(s) > 1}


# An Arabic surname with its article ("al-Bashir"), written "Al-Bashir" at a sentence's start or
# after a title, and "Bashir" alone.
_ARTICLE_SURNAME = re.compile(r"(?i:(al|el|ad|ar|as|ash|at|az|an))-([A-Z][a-z]{2,})")


def name_words(name: str) -> list[str]:
    """The words of a name as written in an article that may stand for the person later in it
    ("Iajuddin Ahmed" -> "Iajuddin", "Ahmed"; "Omar al-Bashir" -> "Omar", "al-Bashir",
    "Al-Bashir", "Bashir"): no honorifics, particles or short words."""
    out: list[str] = []
    for w in name.replace(",", " ").split():
        surname = _ARTICLE_SURNAME.fullmatch(w)
        if surname is not None:
            article, rest = surname.groups()
            out += [f"{article.lower()}-{rest}", f"{article.capitalize()}-{rest}", rest]
        elif w.lower() not in _NOT_SHORT and w.lower() not in STOP_WORDS and w[:1].isupper() \
                and len(w) > 2 and w.isalpha():
            out.append(w)
    return out


_USER_FILES: list[str] = []


ACTORS_ENV = "DETENTE_ACTORS"


def add_user_actors(path: str | Path) -> None:
    """Add the actors of a user YAML file (validated now; raises ``DataError`` on a bad entry).

    Later resolution in this process uses them (matchers are rebuilt on next use); worker
    processes started afterwards inherit them through ``$DETENTE_ACTORS``.
    """
    resolved = str(Path(path).resolve())
    if resolved in _user_files():
        return
    d = load_builtin()
    for f in (*_user_files(), resolved):
        load_user_file(f, d)  # validate before registering
    _USER_FILES.append(resolved)
    os.environ[ACTORS_ENV] = os.pathsep.join(_user_files())


def _user_files() -> tuple[str, ...]:
    env = [p for p in os.environ.get(ACTORS_ENV, "").split(os.pathsep) if p]
    return tuple(dict.fromkeys([*env, *_USER_FILES]))


def clear_user_actors() -> None:
    """Forget user actor files (for tests)."""
    _USER_FILES.clear()
    os.environ.pop(ACTORS_ENV, None)


def _build_for(files: tuple[str, ...]) -> Lexicon:
    d = load_builtin()
    for f in files:
        load_user_file(f, d)
    return build_lexicon(d)


@functools.lru_cache(maxsize=4)
def _lexicon_for(files: tuple[str, ...]) -> Lexicon:
    """The lexicon for a set of user files: from the versioned cache file (``detente.cache``),
    built and cached on first use."""
    try:
        key = cache.fingerprint(
            files=[*cache.data_files("actors"), Path(__file__), Path(data_module.__file__),
                   *map(Path, files)],
            distributions=("spacy", "pycountry"), extra=files)
    except OSError:  # an unreadable user file: building reports it with its error code
        lex = _build_for(files)
    else:
        lex = cache.load_or_build("actors", key, lambda: _build_for(files))
    lex.version = hash(files)
    return lex


def lexicon() -> Lexicon:
    """The lexicon of the packaged dictionary plus the registered user files (cached)."""
    return _lexicon_for(_user_files())


@dataclass(slots=True, frozen=True)
class FormMatcher:
    """Every span of a Doc whose token texts (lower-cased when ``lower``) join to a known key:
    what a spaCy PhraseMatcher over the same forms finds, without its build cost (a Doc per
    form) in every process."""

    keys: frozenset[str]
    longest: dict[str, int]  # first token -> length of the longest key starting with it
    lower: bool = False

    @classmethod
    def over(cls, keys: Iterable[str], lower: bool = False) -> FormMatcher:
        """A matcher over lookup keys (``key_of`` form: token texts joined by a separator)."""
        known = frozenset(k.lower() if lower else k for k in keys)
        longest: dict[str, int] = {}
        for k in known:
            words = k.split("\x1f")
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        return cls(known, longest, lower)

    def __call__(self, doc: Doc, texts: list[str] | None = None) -> list[tuple[int, int]]:
        """(start, end) token offsets of every match, in text order (nested ones included).
        ``texts``, the doc's token texts if the caller has them, saves walking the doc again."""
        if texts is None:
            texts = [t.text for t in doc]
        # spaCy's LOWER is ``str.lower`` of the text: no need to create the tokens again
        words = [w.lower() for w in texts] if self.lower else texts
        found = []
        for start, word in enumerate(words):
            longest = self.longest.get(word)
            if longest is None:
                continue
            for end in range(start + 1, min(start + longest, len(words)) + 1):
                if key_of(words[start:end]) in self.keys:
                    found.append((start, end))
        return found


@dataclass(slots=True, frozen=True)
class Matchers:
    full: FormMatcher  # names, case-sensitive
    short: FormMatcher  # short person names, case-sensitive
    agents: FormMatcher  # agent nouns, lower case


_MATCHERS: dict[int, tuple[Lexicon, Matchers]] = {}


def matchers(lex: Lexicon) -> Matchers:
    """The matchers over ``lex``'s forms, compiled once per lexicon."""
    cached = _MATCHERS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    built = Matchers(FormMatcher.over(lex.forms), FormMatcher.over(lex.short),
                     FormMatcher.over(lex.agents, lower=True))
    if len(_MATCHERS) > 8:
        _MATCHERS.clear()
    _MATCHERS[id(lex)] = (lex, built)
    return built


__all__ = ["Lexicon", "Organisation", "add_user_actors", "build_lexicon", "lexicon", "matchers"]
