"""Within-article reference: pronouns ("he", "his", "they"), plurals ("the two leaders", "both
countries"), appositions and coordinations ("Biden and Xi"), surnames the tagger misses, and the
helpers other steps use to find the mention at a token."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from detente.actors.agency import clause_verb, place_role
from detente.actors.candidates import Cand
from detente.actors.data import Country, Organisation
from detente.actors.lexicon import Lexicon, key_of, lexicon, name_words
from detente.actors.state import ArticleState, Found, name_ends_in
from detente.document import ArticleDoc, Sentence
from detente.records import Actor, Mention

_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PLURAL = frozenset({"they", "them", "their"})
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
# verbs whose subject "it" is usually expletive or a thing ("it is clear", "it takes years")
_IMPERSONAL_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "take", "matter",
                               "happen", "look", "sound", "feel", "rain", "snow", "cost", "mean",
                               "depend", "follow", "come", "go", "get", "occur", "help", "make"})
# entity types the tagger gives a bare surname it does not know ("Ekeus" as LOC): the article's
# earlier full name decides, unless the dictionary knows the word ("Jordan" the country keeps
# its candidate); demonyms ("English") stay peoples
ALIAS_MISTAGS = frozenset({"", "LOC", "FAC", "GPE", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PEOPLE_TERMS = frozenset({"leader", "president", "prime minister", "minister", "head of state",
                           "foreign minister", "premier", "chancellor", "official"})


def _sentence_distance(a: Found, sent_index: int) -> int:
    return sent_index - a.mention.sentence_index


def alias_candidates(sent: Sentence, cands: list[Cand], state: ArticleState) -> list[Cand]:
    """The candidates plus the surnames of people introduced earlier that the tagger missed
    ("Maria Wise, the group's secretary general ... Wise accused ...")."""
    def alias(t: Token) -> bool:
        return (t.pos_ == "PROPN" and t.ent_type_ in ALIAS_MISTAGS and t.text in state.aliases
                and state.aliases[t.text].kind == "person")

    # "Rolf Ekeus ... Ekeus accused": the tagger may read the bare surname as a place or an
    # organisation the dictionary does not know; the person the article named is the reading
    cands = [c for c in cands if not (c.kind in ("ner_org", "ner_gpe") and c.end - c.start == 1
                                      and not c.inner and alias(sent.span.doc[c.start]))]
    taken = {t for c in cands for t in range(c.start, c.end)}
    extra = [Cand(t.i, t.i + 1, "ner_person") for t in sent.span if t.i not in taken and alias(t)]
    # "the Overseas Development Authority (ODA) ... the ODA said": the tagger may miss the acronym
    extra += [Cand(t.i, t.i + 1, "ner_org") for t in sent.span if t.i not in taken
              and t.text in state.acronyms and t.ent_type_ in ALIAS_MISTAGS
              and t.pos_ in ("PROPN", "NOUN")]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def resolve_pronoun(sent: Sentence, doc: Doc, cand: Cand, found: list[Found]) -> Found:
    """Resolve a pronoun to the most recent compatible person (subjects first)."""
    tok = doc[cand.start]
    span = (sent.offset + tok.idx, sent.offset + tok.idx + len(tok.text))
    subject = tok.dep_ in _SUBJECT
    m = Mention(tok.text, span, sent.index, None, "", head_token=tok.i)
    f = Found(m, doc, tok.i, tok.i + 1, tok, subject)
    # ``found`` is in sentence order: walk back over the last four sentences only.
    before = []
    for x in reversed(found):
        if _sentence_distance(x, sent.index) > 4:
            break
        if x.mention.span[0] < span[0]:
            before.append(x)
    before.reverse()
    word = tok.lower_
    gender = _GENDER.get(word)
    excluded: set[str] = set()
    excluded_actors: set[int] = set()  # unknown persons bound by the clause's subject
    if not subject:
        verb = clause_verb(tok)
        # "Bush paid tribute to Ford, praising him": the participle's subject is the main clause's
        for _ in range(3):
            if any(c.dep_ in _SUBJECT for c in verb.children) or verb.dep_ not in {
                    "advcl", "xcomp", "conj"} or verb.head is verb:
                break
            verb = verb.head
        for child in verb.children:
            if child.dep_ in _SUBJECT:
                bound = [x for x in before if x.start <= child.i < x.end and x.doc is doc]
                excluded |= {x.person_id for x in bound if x.person_id}
                excluded_actors |= {id(x.mention.actor) for x in bound if x.mention.actor}
                # "They urged both of them": a group the subject took is not the object's (but
                # "they held their talks")
                if tok.dep_ != "poss":
                    excluded_actors |= {id(a) for x in bound for a in x.mention.members}
    ahead = _cataphor(tok, gender, found) if subject and gender is not None else None
    if ahead is not None:
        m.actor = ahead.mention.actor
        f.person_id, f.gender = ahead.person_id, ahead.gender or gender
        m.reason = (f"pronoun {tok.text!r} -> {m.actor.name if m.actor else ''} "
                    f"({ahead.mention.text!r}, the subject of the clause it precedes)")
        return f
    if word in _PLURAL:
        _resolve_plural_pronoun(f, tok, sent.index, before, excluded_actors)
        return f
    if word == "it":
        _resolve_neuter_pronoun(f, tok, sent.index, before)
        return f
    verb = tok.head
    if subject and verb.dep_ == "relcl":
        antecedent = verb.head
        if not any(c.dep_ in _SUBJECT and c.tag_ in {"WP", "WDT"} for c in verb.children):
            excluded |= {x.person_id for x in before
                         if x.person_id and x.doc is doc and x.start <= antecedent.i < x.end}
    # a chain's gender, once a pronoun has told it ("Wise ... he ... her" is not Wise)
    known = {id(x.mention.actor): x.gender for x in before if x.gender and x.mention.actor}
    named = any(x.mention.actor is not None and x.mention.actor.kind == "person" for x in before)
    compatible = [x for x in before if x.mention.actor is not None and (
                      x.mention.actor.kind == "person" or (not named and _one_person(x)))
                  and (gender is None or known.get(id(x.mention.actor)) in (None, gender))]
    people = [x for x in compatible if (x.person_id is None or x.person_id not in excluded)
              and id(x.mention.actor) not in excluded_actors]
    if not people and tok.dep_ == "poss":
        # a possessive may be its own clause's subject's when no one else is there to own it
        # ("Cao made the remarks in his talks with ..."); an object pronoun never is
        people = compatible
    if not people:
        m.reason = f"pronoun {tok.text!r}: no compatible antecedent"
        return f
    # a subject pronoun takes, of two subjects, the main clause's ("X voiced support for Y,
    # saying Z would ... She ...")
    best = min(people, key=lambda x: (2 * _sentence_distance(x, sent.index)
                                      + (0 if x.subject else 1),
                                      0 if subject and _main_subject(x) else 1,
                                      -x.mention.span[0]))
    m.actor = best.mention.actor
    f.person_id, f.gender = best.person_id, best.gender or gender
    m.reason = (f"pronoun {tok.text!r} -> {best.mention.actor.name if best.mention.actor else ''}"
                f" ({best.mention.text!r}, sentence {best.mention.sentence_index})")
    return f


# Conjunctions of a clause put before the main clause whose subject pronoun may point ahead
# to the main clause's subject ("Before he resigned, David Blunkett had ...").
PREPOSED_MARKS = frozenset({"before", "after", "when", "while", "as", "since", "although",
                            "though", "once", "until", "because"})


def _cataphor(tok: Token, gender: str, found: list[Found]) -> Found | None:
    """The person named as the subject of the main clause that the pronoun's preposed
    adverbial clause leads into, when of the pronoun's gender."""
    verb = tok.head
    main = verb.head
    if verb.dep_ != "advcl" or main.i <= verb.i or not any(
            c.dep_ == "mark" and c.lower_ in PREPOSED_MARKS for c in verb.children):
        return None
    subj = next((c for c in main.children if c.dep_ in _SUBJECT and c.i > verb.i), None)
    if subj is None:
        return None
    return next((x for x in found if x.doc is tok.doc and x.start <= subj.i < x.end
                 and x.mention.actor is not None and x.mention.actor.kind == "person"
                 and x.gender in (None, gender)), None)


def _one_person(x: Found) -> bool:
    """A person a "he" or "she" can take up: one named, or one office-holder named by title
    alone ("The Chilean foreign minister paid a visit to Peru. ... he met ...")."""
    actor = x.mention.actor
    return actor is not None and (actor.kind == "person" or (
        actor.kind == "agent" and x.agent is not None and x.agent.kind == "person"
        and not x.plural and bool(actor.country)))


def _resolve_neuter_pronoun(f: Found, tok: Token, sent_index: int, before: list[Found]) -> None:
    """'it' as the subject of an act: the state or organisation named as a subject in the sentence
    before ("Iran rejected the plan. It accused Britain ...", "the committee said ... It also
    called on ..."). Within one sentence the events step
    reads "Iran said it would ..." through the reporting subject; an expletive or weather "it"
    ("it is unclear whether", "it seems", "it was reported that") names no one."""
    m = f.mention
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or (
            verb.lemma_.lower() in _IMPERSONAL_VERBS):
        m.reason = f"pronoun {tok.text!r}: not the subject of an act"
        return
    bodies = [x for x in before if x.mention.actor is not None and x.subject
              and x.mention.agentive and _body(x)
              and _sentence_distance(x, sent_index) == 1 and not _plural_head(x.head)]
    if not bodies:
        m.reason = f"pronoun {tok.text!r}: no state or organisation as a subject just before"
        return
    if any(x.subject and x.mention.actor is not None and _sentence_distance(x, sent_index) == 0
           for x in before):
        m.reason = f"pronoun {tok.text!r}: a subject of its own sentence comes first"
        return
    # "The audit office said the EU had no rules. It also ...": the main clause's subject, not
    # one of what it reported
    best = max(bodies, key=lambda x: (_main_subject(x), x.mention.span[0]))
    m.actor = actor = best.mention.actor
    assert actor is not None  # bodies have actors
    m.reason = (f"pronoun {tok.text!r} -> {actor.name} ({best.mention.text!r}, sentence "
                f"{best.mention.sentence_index})")


def _main_subject(x: Found) -> bool:
    """Is ``x`` the subject of its sentence's main verb (not of a clause it reports)?"""
    return x.subject and x.head.head.dep_ == "ROOT"


def _body(x: Found) -> bool:
    """A state or organisation, by name ("Iran", "Amnesty") or by an institution's common noun
    ("the committee", "the ministry"): what a subject "it" can stand for, unlike a person."""
    actor = x.mention.actor
    if actor is None:
        return False
    return actor.kind in {"country", "organisation"} or (
        actor.kind == "agent" and x.agent is not None and x.agent.kind == "institution")


def _resolve_plural_pronoun(f: Found, tok: Token, sent_index: int, before: list[Found],
                            excluded_actors: set[int]) -> None:
    """'they', 'them', 'their': the most recent coordination ("Biden and Xi ... they"), else a
    plural actor of the last two sentences ("the British people ... threatening them"), never
    the subject of the pronoun's own clause ("the rebels attacked them")."""
    m = f.mention
    nearer = _nearer_plural_noun(tok, before)

    def names_nearer(x: Found) -> bool:
        return nearer is None or (x.doc is tok.doc and x.start <= nearer.i < x.end)

    # ("positions in Iraq and Syria ... They criticized": places, not the ones who act)
    groups = [x for x in before if x.mention.members and x.mention.actor is None
              and names_nearer(x)
              and not all(id(a) in excluded_actors for a in x.mention.members)
              and not (all(a.kind in {"country", "place"} for a in x.mention.members)
                       and not place_role(x.head)[0])]
    if groups:
        best = min(groups, key=lambda x: (_sentence_distance(x, sent_index),
                                          0 if x.subject else 1, -x.mention.span[0]))
        m.members = list(best.mention.members)
        m.reason = f"pronoun {tok.text!r} -> {best.mention.text!r}"
        f.plural = True
        return

    def covers(i: int, doc: Doc, but: Found) -> bool:
        return any(y is not but and y.doc is doc and y.start <= i < y.end for y in before)

    # "the six policemen they seized": an object relative's subject is not its antecedent
    antecedent = tok.head.head if tok.dep_ in _SUBJECT and tok.head.dep_ == "relcl" else None
    plurals = [x for x in before if x.mention.actor is not None and x.mention.agentive
               and _plural_head(x.head) and _sentence_distance(x, sent_index) <= 1
               and id(x.mention.actor) not in excluded_actors
               and not (antecedent is not None and x.doc is tok.doc
                        and x.start <= antecedent.i < x.end)
               # "Kenyan opposition members": the members, not the adjective
               and not (x.head.dep_ == "amod" and covers(x.head.head.i, x.doc, x))
               # "Iraqi elections": a nationality on things is no plural of people
               and not _nationality_of_things(x)]
    # "the refugees ... and the agency gives them food": the nearer plural, actor or not
    plurals = [x for x in plurals if names_nearer(x)]
    if not plurals:
        m.reason = f"pronoun {tok.text!r}: no plural antecedent" + (
            f" (nearer: {nearer.text!r}, no actor)" if nearer is not None else "")
        return
    best = min(plurals, key=lambda x: (_sentence_distance(x, sent_index),
                                       0 if x.subject else 1, -x.mention.span[0]))
    m.actor = best.mention.actor
    m.reason = (f"pronoun {tok.text!r} -> {best.mention.text!r} (plural, sentence "
                f"{best.mention.sentence_index})")


def _nearer_plural_noun(tok: Token, before: list[Found]) -> Token | None:
    """The last plural mention ("the refugees", "rebels") before the object pronoun ``tok``
    ("them") in its own sentence that is a subject or an object of a verb, other than the subject
    of the pronoun's own clause: its nearest antecedent, whether or not it names a known actor."""
    if tok.lower_ != "them":  # a subject "they" or "their" goes back to an earlier subject
        return None
    own = {c.i for c in tok.head.children if c.dep_ in _SUBJECT}
    heads = {x.head.i for x in before if x.doc is tok.doc}
    sent = tok.sent
    for t in reversed(sent[: tok.i - sent.start]):
        if t.i in heads and t.tag_ in {"NNS", "NNPS"} and t.dep_ in {
                "nsubj", "nsubjpass", "dobj"} and t.i not in own:
            return t
    return None


def _nationality_of_things(x: Found) -> bool:
    """Whether ``x`` is a country's adjective on a plural noun that names no people ("Iraqi
    parliamentary elections", "Russian gas supplies")."""
    a = x.mention.actor
    if a is None or a.kind != "country" or x.head.dep_ not in {"amod", "compound"}:
        return False
    noun = x.head
    for _ in range(3):
        if noun.dep_ not in {"amod", "compound"} or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun.pos_ == "NOUN" and lexicon().agents.get(key_of([noun.lemma_.lower()])) is None


def _plural_head(head: Token) -> bool:
    """A plural noun phrase: "the rebels", "opposition members", or a nationality of one ("the
    British people")."""
    for _ in range(3):
        if head.dep_ not in {"amod", "compound"} or head.head.i == head.i:
            break
        head = head.head
    return head.tag_ in {"NNS", "NNPS"}


def resolve_plural(f: Found, found: list[Found]) -> None:
    """'the two leaders', 'both countries': members from the most recent matching compound, or
    the last two distinct actors of the right kind."""
    agent = f.agent
    term = agent.term if agent else ""
    want_people = term in _PEOPLE_TERMS or (agent is not None and agent.kind == "person")
    # never the subject of its own clause ("X, Y and Z urged the two countries")
    before = [x for x in found if x.mention.span[0] < f.mention.span[0] and x is not f
              and not _in_own_subject(x, f)]
    count = next((_COUNTS[t.lower_] for t in f.doc[f.start : f.end] if t.lower_ in _COUNTS), 0)
    if not _definite(f):
        # "suspended by four European countries": new ones, not those named before
        f.mention.reason = f"plural {f.mention.text!r}: indefinite, names no earlier actors"
        return
    for x in reversed(before):
        members = x.mention.members
        if len(members) >= 2 and all((a.kind == "person") == want_people for a in members) \
                and count in (0, len(members)):  # "the two leaders" are not three
            f.mention.members = list(members)
            f.mention.reason = f"plural {f.mention.text!r} -> {x.mention.text!r}"
            return
    picked: list[Actor] = []
    seen: set[str] = set()
    for x in reversed(before):
        a = x.mention.actor
        if a is None or not x.mention.agentive:
            continue
        key = a.id or a.name if want_people else a.country or ""
        ok = a.kind == "person" if want_people else bool(a.country) and a.kind in {"country", "agent"}
        if ok and key and key not in seen:
            seen.add(key)
            if not want_people and agent is not None:
                a = Actor(a.name, a.country, agent.sector if agent.kind != "institution" or
                          term not in {"country", "nation", "side"} else None,
                          None, f"country:{a.country}", "country")
            picked.append(a)
        if len(picked) == 2:
            break
    if len(picked) == 2 and count in (0, 2):
        f.mention.members = list(reversed(picked))
        f.mention.reason = (f"plural {f.mention.text!r} -> last two: "
                            + " + ".join(a.name for a in f.mention.members))
    else:
        f.mention.reason = f"plural {f.mention.text!r}: no antecedents"


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_DEFINITE = frozenset({"the", "these", "those", "both", "their", "its", "our", "all"})


def _definite(f: Found) -> bool:
    """Does the plural ``f`` refer back ("the two countries", "both sides", "their
    leaders"), not introduce new ones ("four European countries", "two soldiers")?"""
    return any(t.lower_ in _DEFINITE for t in f.doc[max(f.start - 1, 0) : f.end]
               if t.i < f.head.i) or any(c.dep_ in ("det", "predet", "poss") and
                                         c.lower_ in _DEFINITE for c in f.head.children)


def _in_own_subject(x: Found, f: Found) -> bool:
    """Is ``x`` within the subject of the clause that ``f`` is in?"""
    if x.head.doc is not f.head.doc or x.mention.sentence_index != f.mention.sentence_index:
        return False
    verb = clause_verb(f.head)
    return any(x.head.i in {t.i for t in c.subtree} and f.head.i not in {t.i for t in c.subtree}
               for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def mention_at(adoc: ArticleDoc, sentence: Sentence, token: Token) -> Mention | None:
    """The mention whose text includes ``token``.

    A token that heads a compound ("Biden" in "Biden and Xi clashed") gets the compound; any
    other token the smallest mention that contains it.
    """
    start, end = sentence.char_span(token)
    hits = [m for m in adoc.mentions_in(sentence) if m.span[0] <= start and end <= m.span[1]]
    if not hits:
        return None
    for m in hits:
        if m.members and m.head_token == token.i:
            return m
    return min(hits, key=lambda m: (m.span[1] - m.span[0], 1 if m.members else 0))


def resolve_speaker(adoc: ArticleDoc, sentence: Sentence, token: Token) -> Mention | None:
    """The best mention for a subject token (incl. pronouns and "a spokesman").

    The mention at the token; else a mention inside the token's noun phrase ("a spokesman for
    the ministry" -> the ministry's mention when the spokesman itself has none).
    """
    hit = mention_at(adoc, sentence, token)
    if hit is not None and (hit.actor is not None or hit.members):
        return hit
    for child in token.subtree:
        if child == token:
            continue
        inner = mention_at(adoc, sentence, child)
        if inner is not None and (inner.actor is not None or inner.members):
            return inner
    return hit


# Bodies that a person named in apposition heads or speaks for ("the Kenyan delegation,
# Jane Doe"): the person is of the body's country.
_PERSONAL_BODIES = frozenset({"delegation"})


# Words heading a partitive apposition ("X, one of Y's aides"): the aides say who X is
_PARTITIVES = frozenset({"one", "among"})


def _apposition_anchor(head: Token) -> Token | None:
    """The apposition that ``head`` is or stands in: itself ("X, Y's aide"), or the partitive
    whose of-object it is ("X, one of Y's aides")."""
    if head.dep_ == "appos":
        return head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "appos" \
            and head.head.head.lower_ in _PARTITIVES:
        return head.head.head
    return None


def appositions(new: list[Found], aliases: dict[str, Actor]) -> None:
    """'Xi, China's leader' / 'Joe Doe, the Malawian president': share what one side knows
    (over a country the story's context gave); a name the tagger did not take for a person
    ("Corinne Lepage, France's minister of environment") becomes one, and its words
    ``aliases`` for later in the article."""
    by_head = {f.head.i: f for f in new}
    for f in new:
        anchor = _apposition_anchor(f.head)
        if anchor is None:
            continue
        other = by_head.get(anchor.head.i)
        if other is not None and other.agent is None and anchor.head.dep_ == "pobj":
            # "the candidate of France's Socialist Party, Jane Doe,": the parse hangs the name
            # on the last noun of the phrase; the title the phrase is headed by names her
            holder = by_head.get(anchor.head.head.head.i)
            if holder is not None and holder.agent is not None and holder.agent.kind == "person":
                other = holder
        if other is None:
            continue
        a, b = other.mention.actor, f.mention.actor
        if b is not None and b.kind == "person" and b.id is None and f.contextual and \
                a is not None and a.kind == "agent" and a.country and other.agent is not None \
                and (other.agent.kind == "person" or other.agent.term in _PERSONAL_BODIES):
            # "Annan's special envoy, Craig Doe"; "the head of the DPRK delegation Song Il-Ho"
            title = other.agent.term if other.agent.kind == "person" else None
            actor = Actor(b.name, a.country, a.sector, title, None, "person")
            for key in [k for k, v in aliases.items() if v is b]:
                aliases[key] = actor
            f.mention.actor, f.contextual, f.title_term = actor, False, title
            f.mention.reason = f"unknown person: country/sector from apposition {other.mention.text!r}"
        elif a is not None and a.kind == "person" and a.id and b is not None and (
                b.kind == "agent" or (b.kind == "person" and b.id != a.id)):
            if a.sector == "ELI" and b.kind == "agent" and b.country and b.country != a.country \
                    and f.agent is not None and f.agent.kind == "person" and not f.contextual:
                # "Martti Ahtisaari, the UN envoy" in 2005: the office the story gives him now,
                # not the presidency he left
                actor = Actor(a.name, b.country, b.sector, f.agent.term, a.id, "person")
                for key in [k for k, v in aliases.items() if v is a]:
                    aliases[key] = actor
                other.mention.actor = actor
                other.mention.reason += f"; now {f.mention.text!r} (apposition)"
                a = actor
            f.mention.actor, f.person_id, f.gender = a, other.person_id, other.gender
            f.mention.reason = f"apposition of {other.mention.text!r}"
        elif (a is None) != (b is None):  # "Corinne Lepage, France's minister", "Mobutu's
            # aide, Honore Ngbanda Nzambo": a name the tagger did not take for a person
            name, titled = (other, f) if a is None else (f, other)
            known = titled.mention.actor
            if known is None or not known.country or titled.agent is None or \
                    titled.agent.kind != "person" or not name.mention.text[:1].isupper():
                continue
            actor = Actor(name.mention.text, known.country, known.sector, titled.agent.term, None,
                          "person")
            name.mention.actor, titled.mention.actor = actor, actor
            name.title_term = titled.agent.term
            name.mention.reason = f"unknown person: country/sector from apposition {titled.mention.text!r}"
            titled.mention.reason = f"apposition of {name.mention.text!r}"
            for word in name_words(name.mention.text):
                aliases.setdefault(word, actor)
        elif a is not None and a.kind == "agent" and a.country is None and b is not None \
                and b.kind == "agent" and b.country:
            # "the Stolt company, a Norwegian firm": the apposition says whose the body is
            sector = a.sector or b.sector
            label = b.name if b.sector == sector else f"{b.country} {a.name}"
            actor = Actor(label, b.country, sector, a.title, f"agent:{b.country}:{sector}", "agent")
            other.mention.actor = actor
            other.mention.reason += f"; country from apposition {f.mention.text!r}"
            f.mention.reason = f"apposition of {other.mention.text!r}"
        elif a is not None and a.id is None and b is not None and (
                a.country is None or (other.contextual and b.country)):
            title = b.title if b.kind == "person" else (f.agent.term if f.agent else None)
            person = f.agent is not None and f.agent.kind == "person"  # whatever the tagger said
            actor = Actor(a.name, b.country, a.sector or b.sector, a.title or title, None,
                          "person" if person else a.kind)
            other.mention.actor, other.contextual = actor, False
            other.mention.reason += f"; country/sector from apposition {f.mention.text!r}"
            for key in [k for k, v in aliases.items() if v is a]:  # later short forms too
                aliases[key] = actor
            for word in name_words(a.name) if person else []:
                aliases.setdefault(word, actor)
            f.mention.actor, f.person_id = actor, None
            f.mention.reason = f"apposition of {other.mention.text!r}"


# Titles of those who head a body, which the actor dictionary does not take for agents alone
# ("the director said" names no one's office): in apposition to a name, with the body they are
# "of" or that modifies them ("Hans Blix, Director of the IAEA", "the head of the World Bank,
# Jim Roe", "Jane Roe, the World Bank director"), they make the person the body's.
BODY_HEAD_TITLES = frozenset({"director", "head", "chief", "chairman", "chairwoman",
                              "chairperson", "coordinator"})


def _body_of_title(title: Token, by_head: dict[int, Found]) -> Found | None:
    """The mention of the body a title is "of" or that modifies it."""
    for c in title.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((by_head[o.i] for o in c.children if o.dep_ == "pobj" and o.i in by_head),
                        None)
        if c.dep_ in ("compound", "poss", "nmod") and c.i in by_head:
            return by_head[c.i]
    return None


def titled_by_body(new: list[Found], aliases: dict[str, Actor]) -> None:
    """An unknown person whose country came from the story's context (or nowhere), in
    apposition with a title of headship over a named body, is the body's."""
    by_head = {f.head.i: f for f in new}
    for f in new:
        b = f.mention.actor
        if b is None or b.kind != "person" or b.id is not None or (b.country and not f.contextual):
            continue
        titles = [c for c in f.head.children if c.dep_ == "appos"]
        if f.head.dep_ == "appos":
            up = f.head.head  # "the head of the World Bank, Jim Roe": hung on the body's name
            titles.append(up.head.head if up.dep_ == "pobj" and up.head.lower_ == "of" else up)
        for title in (t for t in titles if t.lemma_.lower() in BODY_HEAD_TITLES):
            body = _body_of_title(title, by_head)
            if body is None or body.contextual:
                continue  # ("the head of the county government": whose, the context guessed)
            a = body.mention.actor
            if a is None or a.kind == "person" or not a.country:
                continue
            term = title.lemma_.lower()
            actor = Actor(b.name, a.country, a.sector, term, None, "person")
            for key in [k for k, v in aliases.items() if v is b]:
                aliases[key] = actor
            f.mention.actor, f.contextual, f.title_term = actor, False, term
            f.mention.reason = (f"unknown person: country/sector from title {title.text!r} of "
                                f"{body.mention.text!r}")
            break


def _second_title(title: Found, named: Found) -> bool:
    """'Vice-Premier and Foreign Minister Qian Qichen': a bare title (no name of its own) joined
    to a titled person is that person's other office, not another person."""
    words = title.doc[title.start : title.end]
    return (title.agent is not None and title.agent.kind == "person"
            and all(t.is_title for t in words if t.is_alpha)  # "the president and X": two
            and not any(t.ent_type_ == "PERSON" or t.dep_ == "det" for t in words)
            and named.mention.actor is not None and named.mention.actor.kind == "person"
            and named.start < named.head.i  # a title before the name
            and named.doc[title.end].lower_ == "and" and named.start == title.end + 1)


def coordinations(sent: Sentence, new: list[Found]) -> list[Found]:
    """One compound Mention per coordination of actors ("Biden and Xi")."""
    by_head = {f.head.i: f for f in new}
    chains: dict[int, list[Found]] = {}
    for f in new:
        if f.head.dep_ != "conj":
            continue
        first = f.head.head
        while first.dep_ == "conj" and first.head.i in by_head and first.head != first:
            first = first.head
        if first.i in by_head:
            chains.setdefault(first.i, [by_head[first.i]]).append(f)
    out = []
    for head_i, members in chains.items():
        for title, named in itertools.pairwise(members):
            if _second_title(title, named):
                person, office = named.mention.actor, title.mention.actor
                if person is not None and office is not None and not person.country:
                    # "Vietnamese Deputy Prime Minister and Foreign Minister X": the nationality
                    # on the first title is the person's
                    person = Actor(person.name, office.country, person.sector or office.sector,
                                   person.title, person.id, person.kind)
                    named.mention.actor = person
                title.mention.actor, title.person_id = person, named.person_id
                title.mention.reason = f"a second title of {named.mention.text!r}"
        actors = list({id(m.mention.actor): m.mention.actor for m in members
                       if m.mention.actor is not None}.values())
        if len(actors) < 2:
            continue
        lead, last = members[0], members[-1]
        span = (lead.mention.span[0], last.mention.span[1])
        text = sent.span.doc[lead.start : last.end].text
        m = Mention(text, span, sent.index, None,
                    "compound: " + " + ".join(a.name for a in actors), list(actors),
                    head_token=head_i)
        out.append(Found(m, lead.doc, lead.start, last.end, lead.head, lead.subject,
                         plural=True))
    return out


# Participles after a hyphen whose first part names a backer, not a member ("US-backed").
BACKERS = frozenset({"backed", "supported", "funded", "sponsored", "financed", "armed", "trained",
                     "allied"})


def coordinated_modifiers(f: Found, mods: list[Cand], lex: Lexicon) -> list[Actor]:
    """'the Chinese and Kazakh governments', 'Russian and NATO officials': one actor per
    coordinated nationality or organisation modifier of an agent noun (empty unless two or
    more), each with the agent's sector."""
    actor = f.mention.actor
    if actor is None or actor.kind != "agent":
        return []
    codes: list[tuple[str, str]] = []
    # "the EU's Dutch presidency", "NATO's German troops": the possessor is the body, the
    # nationality says whose
    roots = [f.doc[c.start : c.end].root for c in mods]
    if len(mods) >= 2 and any(r.dep_ != "poss" for r in roots):
        mods = [c for c, r in zip(mods, roots, strict=True) if r.dep_ != "poss"]
    for c in mods:
        first = _owner(c.entries)
        if first is None:
            continue
        root = f.doc[c.start : c.end].root
        if root.head.lower_ in BACKERS:  # "the US-backed Somali government" is Somalia's
            continue
        codes.append(first)
        for conj in (t for t in root.children if t.dep_ == "conj"):
            other = _owner(lex.forms.get(key_of(f.doc[conj.i : conj.i + 1]), []))
            if other is not None:
                codes.append(other)
    codes = list(dict.fromkeys(codes))
    if len(codes) < 2:
        return []
    term = f.doc[f.head.i].text
    return [Actor(f"{name} {term}", code, actor.sector, actor.title, f"agent:{code}:{actor.sector}",
                  "agent") for code, name in codes]


def _owner(entries: list[tuple[str, object]]) -> tuple[str, str] | None:
    """(code, name) of the first country or organisation among dictionary entries."""
    for _, obj in entries:
        if isinstance(obj, Country | Organisation):
            return obj.code, obj.name
    return None


_ORG_KINDS = frozenset({"organisation", "group"})


def recent_organisation(adoc: ArticleDoc, sentence: Sentence, token: Token,
                        window: int = 6) -> Mention | None:
    """'the group', 'the organization': the organisation or group named most recently before
    ``token`` (in its sentence or the ``window`` sentences before); one whose name ends in the
    noun first ("the Iraq Study Group, headed by a Republican ... The group")."""
    start = sentence.char_span(token)[0]
    best: Mention | None = None
    named: Mention | None = None
    for m in adoc.mentions:
        if m.span[0] >= start or sentence.index - m.sentence_index > window:
            continue
        if m.actor is not None and m.actor.kind in _ORG_KINDS and m.agentive:
            if best is None or m.span[0] > best.span[0]:
                best = m
            if name_ends_in(m.text, token.text) and (named is None or m.span[0] > named.span[0]):
                named = m
    return named or best
