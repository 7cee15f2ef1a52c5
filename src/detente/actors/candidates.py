"""Candidate actor spans in a parsed paragraph: dictionary matches, NER entities and pronouns,
grouped into noun phrases ("US President Joe Biden" = one group of three candidates)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.actors.data import Agent, Country, Person
from detente.actors.gazetteer import big_city
from detente.actors.lexicon import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    HONORIFICS,
    ORG,
    PERSON,
    Lexicon,
    form_key,
    key_of,
    matchers,
)

PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it"})
_NER = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PLACE_KINDS = frozenset({COUNTRY, CAPITAL})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "nummod"})
# Verbs whose object "intelligence" is information handed over, not a spy service ("agreed to
# share intelligence with X").
_INFORMATION_VERBS = frozenset({"share", "exchange", "swap", "trade", "gather", "collect",
                                "provide", "supply", "give", "pass", "receive", "obtain"})


@dataclass(slots=True)
class Cand:
    """One candidate span (token offsets in its paragraph Doc)."""

    start: int
    end: int
    kind: str  # full | short | agent | ner_person | ner_org | ner_gpe | ner_norp | pronoun
    entries: list[tuple[str, object]] = field(default_factory=list)
    agent: Agent | None = None
    plural: bool = False
    inner: list[Cand] = field(default_factory=list)  # dictionary matches inside an unknown ORG

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def overlaps(self, other: Cand) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Cand) -> bool:
        return other.start <= self.start and self.end <= other.end

    def entry_kinds(self) -> set[str]:
        return {k for k, _ in self.entries}

    def names_several_countries(self) -> bool:
        """Does the span name more than one country ("Congolese", "Dominican")?"""
        return len({o.code for _, o in self.entries if isinstance(o, Country)}) > 1

    def country_named(self, code: str | None) -> Country | None:
        """The country with ISO code ``code`` among those the span names, if any."""
        return next((o for _, o in self.entries if isinstance(o, Country) and o.code == code),
                    None)


def find_candidates(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Non-overlapping candidate spans of ``doc``, in text order."""
    m = matchers(lex)
    found: list[Cand] = []
    texts = [t.text for t in doc]
    for s, e in m.full(doc, texts):
        entries = lex.forms.get(key_of(doc[s:e]), [])
        if entries:
            found.append(Cand(s, e, "full", list(entries)))
    for s, e in m.agents(doc, texts):
        span = doc[s:e]
        if span[-1].pos_ not in {"NOUN", "PROPN"}:
            continue
        hit = lex.agents.get(key_of([t.lower_ for t in span]))
        if hit and hit[0].kind == "others" and not hit[0].plurals and (
                not span[0].is_title or span[-1].dep_ in _MODIFIER_DEPS):
            # a bloc ("the West") is a proper noun of its own: "the west of the city" is a
            # direction, "West Bengal" a state
            continue
        if hit and hit[0].term == "intelligence" and _information(span[-1]):
            continue
        if hit and s > 1 and doc[s - 1].text == "-" and not doc[s - 2].whitespace_ \
                and doc[s - 2].like_num:
            continue  # "the 15-member council", "a three-man team": a size, not an actor
        if hit:
            found.append(Cand(s, e, "agent", agent=hit[0], plural=hit[1]))
    found += _abbreviated_titles(doc, lex)
    for s, e in m.short(doc, texts):
        span = doc[s:e]
        if span.root.pos_ != "PROPN" and not (span.root.pos_ == "NOUN" and span.root.is_title):
            continue
        if s > 0 and doc[s - 1].lower_ in {"the", "a", "an"} and span.root.dep_ != "compound":
            continue  # "the Duke of X" is no Mr Duke; "the Bush administration" is Bush's
        if _rank_word(doc, e):
            continue  # "Major-General X", "Major General X": a rank, not Mr Major
        if name_part(doc, s, e):
            continue  # "Douglas" of 'Douglas "Pete" Peterson': a given name, not Mr Douglas
        holders = lex.short.get(key_of(span), [])
        names = given_names(doc, s, e, lex) if holders else set()
        people = [p for p in holders if not names or same_initial(names, p, span.text)]
        if people:
            found.append(Cand(s, e, "short", [(PERSON, p) for p in people]))
    priority = {"full": 0, "agent": 1, "short": 2}
    found.sort(key=lambda c: (-(c.end - c.start), priority[c.kind], c.start))
    chosen: list[Cand] = []
    taken = bytearray(len(doc))  # tokens already in a chosen candidate: linear, not quadratic
    for c in found:
        if 1 not in taken[c.start : c.end]:
            chosen.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    chosen = _named_settlements(doc, _merge_ner(doc, chosen))
    covered = bytearray(len(doc))
    for c in chosen:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and not covered[tok.i]:
            chosen.append(Cand(tok.i, tok.i + 1, "pronoun"))
    chosen.sort(key=lambda c: c.start)
    return chosen


def _abbreviated_titles(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Abbreviated titles right before a capitalised name ("Gen Musharraf", "Lt. Col. Doe",
    "Sen. Roe"): the tagger takes the word for part of the name, which then names no one."""
    out = []
    for tok in doc[:-1]:
        term = lex.dictionary.abbreviations.get(tok.lower_.rstrip("."))
        after = doc[tok.i + 1]
        if term is None or not tok.text[0].isupper() or not (
                after.text[0].isupper() and after.pos_ == "PROPN"):
            continue
        hit = lex.agents.get(form_key(term))
        if hit is not None:
            out.append(Cand(tok.i, tok.i + 1, "agent", agent=hit[0], plural=False))
    return out


# Words after which a preceding "Major" is a rank ("Major General", "Major-Gen.").
_RANK_TAILS = frozenset({"general", "generals", "gen", "gen."})


def given_names(doc: Doc, start: int, end: int, lex: Lexicon) -> set[str]:
    """The names written just before the surname ``doc[start:end]`` in one person's name
    ("Douglas" and "Pete" of 'Douglas "Pete" Peterson'), lower-cased; no titles, honorifics or
    dictionary names ("President", "Mr", "Kenya")."""
    return {t.lower_ for t in _given_name_tokens(doc, start, lex)}


def _given_name_tokens(doc: Doc, start: int, lex: Lexicon) -> list[Token]:
    out: list[Token] = []
    i = start - 1
    # not past an honorific ("Wednesday Mr Straw": Mr Straw) or a hyphen ("the Obama-Xi talks")
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].is_quote) and doc[i].text != "-" \
            and doc[i].lower_.rstrip(".") not in HONORIFICS:
        t = doc[i]
        if t.is_alpha and t.is_title and len(t) > 1 and form_key(t.text) not in lex.forms \
                and not _in_title(doc, t.i, lex):
            out.append(t)
        i -= 1
    return out


def _in_title(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Is token ``i`` a title's abbreviation ("Gen") or part of a title of up to three words
    ("Vice President", "Prime Minister")?"""
    if doc[i].lower_.rstrip(".") in lex.dictionary.abbreviations:  # "Gen Musharraf"
        return True
    return any(key_of([t.lower_ for t in doc[s : s + n]]) in lex.agents
               for n in (1, 2, 3) for s in range(max(0, i - n + 1), i + 1) if s + n <= len(doc))


def name_part(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the front of a longer name, a modifier of the name after it
    ("Douglas" and "Pete" of 'Douglas "Pete" Peterson')?"""
    last = doc[end - 1]
    head = last.head
    return last.dep_ in ("compound", "flat", "nmod") and head.pos_ == "PROPN" and head.i >= end \
        and all(t.is_quote or t.pos_ == "PROPN" for t in doc[end:head.i])


def same_initial(given: set[str], person: Person, surname: str) -> bool:
    """Does one of the ``given`` names start as one of ``person``'s other names does? Initials,
    not spellings: "Moamer Kadhafi" is "Muammar Gaddafi", "Osorin" is "Osoryn"; "Lionel Blair"
    is not Tony Blair, nor 'Douglas "Pete" Peterson' Thage G. Peterson."""
    words = {w.lower() for name in (person.name, *person.aliases)
             for w in name.replace(",", " ").replace("-", " ").split()} - {surname.lower()}
    return any(g[:1] == w[:1] for g in given for w in words)


def _rank_word(doc: Doc, end: int) -> bool:
    """Whether the word ending before token ``end`` starts a two-word rank ("Major-General")."""
    if end < len(doc) and doc[end].text == "-":
        end += 1
    return end < len(doc) and doc[end].lower_ in _RANK_TAILS


def _information(tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb of handing over or gathering information."""
    while tok.dep_ == "conj":  # "share intelligence and equipment"
        tok = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _INFORMATION_VERBS


# Nouns whose "of" phrase names a place ("the city of X", "the province of X").
SETTLEMENT_NOUNS = frozenset({
    "city", "town", "village", "hamlet", "port", "province", "region", "district", "county",
    "municipality", "prefecture", "governorate", "oblast", "island", "islands", "capital",
    "suburb", "outskirts", "state"})


def _named_settlements(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the places the phrase itself names: the proper noun object of "of" after
    a noun of settlement ("the city of Kharkiv", which the tagger may miss; "the town of Goma",
    which is no surname there)."""
    out = list(cands)
    for tok in doc:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ != "of" \
                or tok.head.head.lemma_.lower() not in SETTLEMENT_NOUNS:
            continue
        start = tok.i
        while start > tok.head.i + 1 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = Cand(start, tok.i + 1, "ner_gpe")
        there = [c for c in out if c.overlaps(place)]
        if any(c.kind not in {"short", "ner_person"} for c in there):
            continue  # a country, a capital or a tagged place says it already
        out = [c for c in out if c not in there] + [place]
    return sorted(out, key=lambda c: c.start)


class _Index:
    """Candidates in list order with a token -> candidates index, so that finding those a
    span overlaps costs the span's length, not the number of candidates."""

    def __init__(self, cands: list[Cand]) -> None:
        self.order: dict[int, int] = {}
        self.cover: dict[int, list[Cand]] = {}
        self.items: list[Cand] = []
        for c in cands:
            self.append(c)

    def append(self, c: Cand) -> None:
        self.order[id(c)] = len(self.items)
        self.items.append(c)
        for t in range(c.start, c.end):
            self.cover.setdefault(t, []).append(c)

    def remove(self, c: Cand) -> None:
        del self.order[id(c)]
        for t in range(c.start, c.end):
            self.cover[t] = [x for x in self.cover[t] if x is not c]

    def __contains__(self, c: object) -> bool:
        return id(c) in self.order

    def overlapping(self, e: Cand) -> list[Cand]:
        hits = {id(c): c for t in range(e.start, e.end) for c in self.cover.get(t, ())}
        return sorted(hits.values(), key=lambda c: self.order[id(c)])

    def alive(self) -> list[Cand]:
        return [c for c in self.items if id(c) in self.order]


def _merge_ner(doc: Doc, cands: list[Cand]) -> list[Cand]:
    out = _Index(cands)
    for ent in doc.ents:
        if ent.label_ not in _NER:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        start = _after_dateline(doc, start, ent.end)
        end = _hyphenated_tail(doc, ent.end) if ent.label_ == "PERSON" else ent.end
        while end - start > 1 and doc[end - 1].lower_ in {"'s", "’s", "'", "’"}:
            end -= 1
        e = Cand(start, end, "ner")
        near = out.overlapping(e)
        inside = [c for c in near if c.within(e)]
        crossing = [c for c in near if not c.within(e)]
        if ent.label_ == "GPE":
            for c in inside:
                if c.kind == "short" and c.start == e.start and c.end == e.end \
                        and big_city(ent.text):
                    out.remove(c)  # "the market in Lagos": the city, not Ricardo Lagos
            inside = [c for c in inside if c in out]
        if crossing or any(c.start == e.start and c.end == e.end for c in inside):
            continue
        label = ent.label_
        if label == "PERSON":
            names = [c for c in inside if c.kind == "full" and PERSON in c.entry_kinds()]
            if names:
                continue
            # An unknown person whose name contains a known surname ("Hunter Biden"): drop it.
            for c in inside:
                if c.kind == "short" or (c.kind == "full" and c.entry_kinds() & _PLACE_KINDS):
                    out.remove(c)
            prefix = [c for c in inside if c.kind in {"agent", "full"} and c in out]
            if prefix:  # "President Joe Doe" as one entity: titles stay separate candidates
                e.start = max(c.end for c in prefix)
                if e.start >= e.end:
                    continue
            e.kind = "ner_person"
        elif label in {"GPE", "LOC", "FAC"}:
            for c in inside:
                if c.kind in {"full", "short"} and not (c.entry_kinds() & {ADJECTIVE, DEMONYM}) \
                        or c.kind == "agent" and all(t.pos_ == "PROPN" for t in doc[c.start : c.end]):
                    out.remove(c)  # "the West Bank" is a place, not a bank
            if label != "GPE" or any(c in out for c in inside):
                continue
            e.kind = "ner_gpe"
        elif label == "ORG":
            if any(c.kind == "full" and c.entry_kinds() & {ORG, PERSON} for c in inside) \
                    and not _longer_name(doc, e, inside):
                continue  # "European Commission's" tagged as one entity: the dictionary wins
            if inside:
                for c in inside:
                    out.remove(c)
                e.inner = inside
            e.kind = "ner_org"
        else:
            if inside:
                continue
            e.kind = "ner_norp"
        out.append(e)
    return out.alive()


_DASHES = frozenset({"-", "--", "_", "\u2013", "\u2014"})
_DATELINE_WORDS = 4  # words of an all-caps place ("NEW DELHI", "RIO DE JANEIRO")


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where the name begins in an entity the model joined to the dateline opening the sentence
    ("BEIRUT - Syria", "NEW DELHI - Hindus"): after the spaced dash that follows an all-caps
    place, as a digest's items begin ("BEIRUT - Syria intervened ...")."""
    if not doc[start].is_sent_start:
        return start
    for k in range(start + 1, min(end - 1, start + _DATELINE_WORDS + 1)):
        if doc[k].text in _DASHES and doc[k - 1].whitespace_ and doc[k].whitespace_:
            return k + 1 if all(t.is_upper and t.is_alpha for t in doc[start:k]) else start
    return start


def _hyphenated_tail(doc: Doc, end: int) -> int:
    """The end of a person's name that the tagger stops short of a hyphenated last part
    ("Kamal Ahmed El-Ganzoury" tagged as "Kamal Ahmed"): capitalised words joined by hyphens
    without spaces, which the parse hangs on the name's own head."""
    while end + 2 < len(doc) and doc[end].ent_iob_ == "O" and doc[end + 1].text == "-" \
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and all(t.text[:1].isupper() and t.is_alpha for t in (doc[end], doc[end + 2])) \
            and doc[end - 1].head.i == doc[end + 2].i:
        end += 3
    return end


def _longer_name(doc: Doc, e: Cand, inside: list[Cand]) -> bool:
    """Whether the tagger's organisation is a longer name that merely ends in a dictionary
    body's ("the People's Democratic Party" is not the Democratic Party): a capitalised word
    before it that no other candidate explains belongs to the name."""
    orgs = [c for c in inside if c.kind == "full" and ORG in c.entry_kinds()]
    first = min((c.start for c in orgs), default=e.start)
    if first <= e.start or max(c.end for c in orgs) != e.end or any(
            c.start < first and c.kind != "agent" for c in inside):
        return False
    lead = [t for t in doc[e.start : first] if t.text not in {"'s", "’s", "'", "’", "-"}]
    return bool(lead) and all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"}
                              for t in lead)


def np_head(tok: Token, in_cand: dict[int, int], cands: list[Cand]) -> Token:
    """Climb from a modifier to the head of its noun phrase (through "'s" only to agent nouns)."""
    seen = 0
    while seen < 20:
        seen += 1
        head = tok.head
        if head == tok or head.i < tok.i:
            return tok
        dep = tok.dep_
        if dep in _MODIFIER_DEPS and tok.pos_ == "PROPN" and unpaired_cc(tok, in_cand):
            return tok  # "President Jane Doe and rebel leader John Roe" parsed as one phrase
        if dep in _MODIFIER_DEPS or (dep == "npadvmod" and head.dep_ == "amod"):
            tok = head
            continue
        if dep == "poss" and head.i in in_cand:
            c = cands[in_cand[head.i]]
            if c.kind in {"agent", "full", "short", "ner_person"} and (
                    c.kind != "full" or c.entry_kinds() & {PERSON, ORG}):
                tok = head
                continue
        if dep == "punct" or dep == "case":
            return tok
        return tok
    return tok


def unpaired_cc(tok: Token, in_cand: dict[int, int] | None = None) -> bool:
    """A name followed by "and" whose second conjunct the parse made its head, or which the parse
    hangs from a name after the "and" ("Prime Minister Shinzo Abe and President Park Geun Hye",
    where "Abe" has a conjunct of its own and modifies "Hye"). An "and" inside one dictionary
    name ("Trinidad and Tobago", ``in_cand``: token -> candidate) joins nothing."""
    ccs = [c for c in tok.children if c.dep_ == "cc" and c.i > tok.i]
    if not ccs or in_cand is not None and in_cand.get(ccs[0].i, -1) == in_cand.get(tok.i):
        return False
    if not any(c.dep_ == "conj" for c in tok.children):
        return True
    return tok.head.i > ccs[0].i and tok.head.pos_ == "PROPN"


def group_candidates(doc: Doc, cands: list[Cand]) -> list[list[Cand]]:
    """Union candidates that form one noun phrase; each group is in text order."""
    parent = list(range(len(cands)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    in_cand = {t: i for i, c in enumerate(cands) for t in range(c.start, c.end)}
    for i, c in enumerate(cands):
        if c.kind == "pronoun":
            continue
        root = c.span(doc).root
        head = np_head(root, in_cand, cands)
        j = in_cand.get(head.i)
        if j is not None and j != i and cands[j].kind != "pronoun":
            union(i, j)
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        # "British diplomat Sir Peter Doe", "party chairman Dr Jane Roe": an honorific between
        # a title and the name the tagger left out of the name still joins them
        titled = a.end == b.start or (a.end + 1 == b.start and a.kind == "agent"
                                      and doc[a.end].lower_.rstrip(".") in HONORIFICS)
        if titled and b.kind in {"full", "short", "ner_person"} and (
                (a.kind == "agent" and a.agent is not None and a.agent.kind == "person")
                or (a.kind == "full" and a.entry_kinds() & {ADJECTIVE})):
            union(i, i + 1)
        elif a.end == b.start and a.kind == "full" and COUNTRY in a.entry_kinds() and (
                b.kind == "agent" and b.agent is not None and b.agent.kind == "person"):
            # "South Korea President Park": a country right before a title is its qualifier,
            # whatever the parse hung it from
            union(i, i + 1)
        elif a.end == b.start and a.kind == "full" and a.entry_kinds() & {ADJECTIVE} and (
                b.kind == "agent" and doc[b.start].is_lower):
            # "accused Angolan troops of ...": a nationality right before an agent noun is its
            # modifier, whatever the parse made of it (a dative there)
            union(i, i + 1)
    groups: dict[int, list[Cand]] = {}
    for i, c in enumerate(cands):
        groups.setdefault(find(i), []).append(c)
    return sorted(groups.values(), key=lambda g: g[0].start)
