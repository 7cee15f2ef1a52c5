"""Resolve a noun phrase of the parse to event participants (actors with the text naming them).

Order: the actors step's mention on the token (``detente.actors.mention_at`` when available,
else the mention whose span covers the token); pronouns through ``resolve_speaker``; a mention
on a possessor, modifier or apposition ("Nepal's government", "Iraqi troops", "Presidents Joe
Biden and Xi Jinping"); relative pronouns through their antecedent; "the group" or "the
organization" through the organisation named last. When the dictionary knows
nothing, a named entity or an agent noun of ``data/lexicon/agent_nouns.tsv`` becomes an
*unresolved* participant (country from "in/of/from X" when given, else null); an instrument of
violence in subject position ("a car bomb killed ...") becomes an "unidentified attacker". Such
participants keep the event (coverage) but lower its confidence, and never carry a country the
text does not give.

Targets that are things rather than actors are found in ``events/targets.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from detente.actors.agency import HAZARDS, after_hazard, indefinite
from detente.actors.candidates import unpaired_cc
from detente.actors.context import story_guess
from detente.document import ArticleDoc, Sentence
from detente.events.lexicon import noun_classes
from detente.events.phrases import (
    ANCHOR_DEPS,
    BRANCHES,
    DOCUMENTS,
    EXAMPLE_KINDS,
    EXAMPLE_PREPS,
    GENERIC_ANTECEDENTS,
    OF_OBJECT_HEADS,
    PLURAL_PRONOUNS,
    RELATIVE,
    SHOT_NOUNS,
    agent_noun,
    agent_nouns,
    claimed_by,
    conj_chain,
    document_issuers,
    leader_of,
    makers_of,
    masthead,
    named_document,
    org_anaphor,
    reporting_subject,
    shared_of_object,
    stance_word,
)
from detente.records import Actor, EventActor, Mention, Place

REGION_WORDS = ("latin", "south", "central", "north")


def _regional(text: str, m: Mention) -> bool:
    """"Latin American governments": a region's adjective, not the United States."""
    if not text[m.span[0]:m.span[1]].lower().startswith("american"):
        return False
    before = text[max(0, m.span[0] - 9):m.span[0]].strip().lower()
    return before.endswith(REGION_WORDS)


@dataclass(slots=True)
class Participant:
    """One resolved participant, and how it was found (for explanations and confidence)."""

    actor: EventActor
    how: str
    resolved: bool = True  # False for the agent-noun / named-entity / attacker fallbacks


@dataclass(slots=True)
class SentenceActors:
    """Mention lookup for one sentence."""

    adoc: ArticleDoc
    sent: Sentence
    by_token: dict[int, Mention] = field(default_factory=dict)
    mean_vector: Any = None  # the sentence's mean parser vector, set by the event model once

    @classmethod
    def build(cls, adoc: ArticleDoc, sent: Sentence) -> SentenceActors:
        out = cls(adoc, sent)
        mentions = adoc.mentions_in(sent)
        for tok in sent.span:
            start, end = sent.char_span(tok)
            best: Mention | None = None
            for m in mentions:
                if not (m.span[0] <= start and end <= m.span[1] and (m.actor or m.members)):
                    continue
                if best is None or m.head_token == tok.i or (
                    best.head_token != tok.i and m.span[1] - m.span[0] < best.span[1] - best.span[0]
                ):
                    best = m
            if best is not None and not _regional(adoc.article.text, best):
                out.by_token[tok.i] = best
        return out

    def mention(self, tok: Token) -> Mention | None:
        m = self.by_token.get(tok.i)
        if m is not None:
            return m
        fn = _actors_fn("mention_at")
        if fn is not None:
            try:
                found = fn(self.adoc, self.sent, tok)
            except Exception:  # a neighbour step's bug must not stop event coding
                return None
            if isinstance(found, Mention) and (found.actor or found.members) and not _regional(
                self.adoc.article.text, found
            ):
                return found
        return None

    def pronoun(self, tok: Token) -> Mention | None:
        fn = _actors_fn("resolve_speaker")
        if fn is None:
            return None
        try:
            found = fn(self.adoc, self.sent, tok)
        except Exception:
            return None
        return found if isinstance(found, Mention) and (found.actor or found.members) else None

    def _from_mention(self, m: Mention, how: str) -> list[Participant]:
        if len(m.members) >= 2:
            return [Participant(EventActor(a, m.text, m.span), how + ":member") for a in m.members]
        assert m.actor is not None
        return [Participant(EventActor(m.actor, m.text, m.span), how)]

    def resolve(self, tok: Token, *, subject: bool = False, depth: int = 0,
                makers: bool = False) -> list[Participant]:
        """Participants named by the noun phrase headed by ``tok`` (with its conjuncts);
        ``makers``: a thing's "by" agent names it before its modifiers do (for a verb's direct
        object: "slammed EU proposals by Britain"; not where the thing may be the object of
        that very act: "the war launched by X" is, to the launch, the war)."""
        if stance_word(tok):
            return []
        found = self._of_conjuncts(tok, self._resolve_one(tok, subject=subject, depth=depth,
                                                          makers=makers))
        conjuncts = conj_chain(tok)  # "X, Y and Z": Z hangs from Y in the parse
        listed = [c for c in tok.children if c.dep_ == "appos"
                  and any(g.dep_ == "conj" for g in c.children)]
        # "Presidents Joe Biden and Xi Jinping"; "The United States, NATO and the United
        # Nations": the parse may take a list's second name for the first one's apposition
        conjuncts += listed + [g for c in listed for g in c.children if g.dep_ == "conj"]
        # "the IMF and World Bank": the parse makes the first name a modifier of the second
        conjuncts += [c for c in tok.children if c.i < tok.i and c.pos_ == "PROPN"
                      and c.dep_ in ("nmod", "compound") and unpaired_cc(c)]
        shared = next((m for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                       for m in [self.mention(c)] if m is not None and m.actor is not None
                       and m.actor.country), None)
        for conj in conjuncts:
            if conj.pos_ in ("PROPN", "NOUN", "PRON") and depth < 4:
                got = self._resolve_one(conj, subject=subject, depth=depth + 1)
                found.extend(_share_modifier(p, shared) for p in got)
        return unique_participants(found)

    def _of_conjuncts(self, tok: Token, found: list[Participant]) -> list[Participant]:
        """'the foreign ministers of France and Germany', 'ministers from the G7 countries and
        Mexico': an agent of coordinated countries is one participant per country (the actors
        step gives it the first one's)."""
        if len(found) != 1 or found[0].actor.actor.kind != "agent":
            return found
        pobj: Token | None = tok
        for _ in range(2):  # "the heads of parliament of X and Y"
            pobj = next((o for c in pobj.children if c.dep_ == "prep"
                         and c.lower_ in ("of", "from")
                         for o in c.children if o.dep_ == "pobj"), None) if pobj else None
            if pobj is not None and pobj.conjuncts:
                break
        if pobj is None:
            return found
        countries = [m.actor for c in (pobj, *pobj.conjuncts) for m in [self.mention(c)]
                     if m is not None and m.actor is not None
                     and m.actor.kind in ("country", "organisation") and m.actor.country]
        p, a = found[0], found[0].actor.actor
        if countries and len(countries) == len(pobj.conjuncts) and countries[0].country != a.country:
            # "the G7 countries and Mexico": the first conjunct names no actor of its own but
            # gave the agent its country
            countries.insert(0, Actor(a.name, a.country, kind="agent"))
        if len(countries) < 2 or countries[0].country != a.country:
            return found
        first = countries[0].name
        return [Participant(EventActor(Actor(
            c.name + a.name[len(first):] if a.name.startswith(first) else a.name, c.country,
            a.sector, a.title, f"agent:{c.country}:{a.sector}", "agent"), p.actor.text,
            p.actor.span), p.how + ":of-conjunct", p.resolved) for c in countries]

    def _national_branch(self, head: Token, found: list[Participant]) -> list[Participant]:
        """"the Iraqi branch of Al-Qaeda": a branch, wing or arm a nationality modifies is the
        organisation's in that country."""
        if head.lemma_.lower() not in BRANCHES or len(found) != 1:
            return found
        org = found[0].actor.actor
        for mod in (c for c in head.children if c.dep_ in ("amod", "compound")):
            m = self.mention(mod)
            home = m.actor if m is not None else None
            if home is None or not home.country or home.sector or home.country == org.country:
                continue
            actor = Actor(f"{org.name} ({home.country})", home.country, org.sector, org.title,
                          f"{org.id}:{home.country}" if org.id else None, org.kind)
            return [Participant(self._ea(actor, (head.left_edge.i, head.right_edge.i + 1)),
                                found[0].how + ":national-branch", found[0].resolved)]
        return found

    def _examples(self, tok: Token, m: Mention | None, depth: int) -> list[Participant]:
        """'four countries, including the United States and China', 'states such as Chad':
        a plural common noun no name places (``m``: its mention), whose members are listed, is
        those members, one participant each (when every example names a state, an organisation
        or a person; "12 people, including the head of Amnesty" keeps the people)."""
        if tok.tag_ != "NNS" or depth >= 3 or (m is not None and m.actor is not None
                                                and m.actor.country) or any(
                c.dep_ == "poss" for c in tok.children):  # "the EU's biggest economies"
            return []
        for prep in tok.children:
            such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
            if prep.dep_ != "prep" or not (prep.lower_ in EXAMPLE_PREPS or such):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ == "PRON":
                return []  # "appeals from X and Y, including that of Z": the noun, not Z
            named = [self._resolve_one(c, subject=False, depth=depth + 1)
                     for c in (pobj, *conj_chain(pobj))]
            if all(named) and all(p.resolved and p.actor.actor.kind in EXAMPLE_KINDS
                                  for got in named for p in got):
                return [_how(p, "example>") for got in named for p in got]
        return []

    def _led_by(self, group: Token, depth: int) -> list[Participant]:
        """'a delegation led by Foreign Minister Wang Yi': a group no name places is its
        leader's side."""
        leader = leader_of(group) if depth < 3 else None
        if leader is None or org_anaphor(group):
            return []  # "the group, led by X": the organisation named before
        return [_how(p, "led-by>") for p in self.resolve(leader, depth=depth + 1) if p.resolved]

    def _shared_of(self, head: Token, depth: int) -> list[Participant]:
        """'finance ministers and central bank governors of the G7': the last conjunct's "of"
        phrase names them all."""
        pobj = shared_of_object(head) if depth < 3 and agent_noun(head.lemma_.lower()) else None
        if pobj is None:
            return []
        return [_how(p, "shared-of>") for p in self.resolve(pobj, depth=depth + 1) if p.resolved]

    def _resolve_one(self, tok: Token, *, subject: bool, depth: int,
                     makers: bool = False) -> list[Participant]:
        m = self.mention(tok)
        if examples := self._examples(tok, m, depth):
            return examples
        # a group whose country no word of its own gives (none, or only the story's guess)
        placeless = m is None or m.actor is None or (m.actor.kind == "agent" and (
            not m.actor.country or story_guess(m.reason)))
        guess = m.actor.country if m is not None and m.actor is not None else None
        if placeless and (led := self._led_by(tok, depth)) and led[0].actor.actor.country != guess:
            return led[:1]  # one group, however many lead it
        if m is not None and placeless and (shared := self._shared_of(tok, depth)):
            return shared
        if m is not None:
            found = self._from_mention(m, "mention")
            return self._reporter_words(tok, found, depth) if tok.pos_ == "PRON" else found
        low = tok.lower_
        if low in RELATIVE and depth < 3:
            clause = tok.head
            for _ in range(3):
                if clause.dep_ == "relcl" or clause.head.i == clause.i:
                    break
                clause = clause.head
            if clause.dep_ == "relcl":
                return [_how(p, "relative>")
                        for p in self.antecedent(clause, subject=subject, depth=depth)]
        if tok.pos_ == "PRON":
            pm = self.pronoun(tok)
            if pm is not None:
                return self._reporter_words(tok, self._from_mention(pm, "pronoun"), depth)
            speaker = reporting_subject(tok) if depth < 2 else None
            if speaker is not None and low in ("it", "he", "she", "they", "we"):
                said = self.resolve(speaker, subject=True, depth=depth + 1)
                if low == "it":  # "it will destroy the peace process," said X: not X, a person
                    said = [p for p in said if p.actor.actor.kind != "person"]
                return [_how(p, "pronoun>reporter:") for p in said]
            if low == "it" and subject and depth < 2:  # the pronoun names the issuer here
                return [Participant(self._ea(p.actor.actor, (tok.i, tok.i + 1)),
                                    "pronoun>document:" + p.how) for p in self._earlier_document()]
            return []
        if tok.lemma_.lower() in OF_OBJECT_HEADS and depth < 3:
            for named in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                # "one of the suspects, Ahmed Ali,": the one is the person named
                got = self.resolve(named, subject=subject, depth=depth + 1)
                if got:
                    return [_how(p, "appos>") for p in got]
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            got = self.resolve(pobj, subject=subject, depth=depth + 1)
                            if got:
                                return self._national_branch(tok, [_how(p, "of>") for p in got])
        if tok.lemma_.lower() in DOCUMENTS and depth < 3:  # "a statement issued by the ministry"
            issuers = document_issuers(tok)
            for issuer in issuers:
                got = self.resolve(issuer, subject=subject, depth=depth + 1)
                if got:
                    return [_how(p, "issuer>") for p in got]
            if not issuers and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                   for c in tok.children):
                # the document's own words in this sentence name the issuer found earlier
                span = (tok.left_edge.i, tok.i + 1)
                return [Participant(self._ea(p.actor.actor, span), "earlier-issuer>" + p.how)
                        for p in self._earlier_issuer(tok.lemma_.lower())]
        for child in tok.children:
            if child.dep_ == "appos" and depth < 3:
                got = self.resolve(child, subject=subject, depth=depth + 1)
                if got:
                    return [_how(p, "appos>") for p in got]
        # "Iraqi troops", "Nepal's government": a modifier names the actor only when the head is
        # an agent noun in subject position (a "UN compound" is not the UN), any noun otherwise
        shot = tok.lemma_.lower() in SHOT_NOUNS
        is_agent = agent_noun(tok.lemma_.lower()) or shot
        anchors = [c for c in tok.children if c.dep_ in ANCHOR_DEPS
                   and (is_agent or not subject or c.dep_ == "poss")]
        if shot:  # "the Lagos fire" is a blaze there, not the city's shooting
            anchors = [c for c in anchors if (m := self.mention(c)) is not None and m.agentive]
        if tok.lemma_.lower() in noun_classes()["p2_currency"]:
            anchors = []  # "U.S. dollars", "Hong Kong dollars": a currency, not its issuer
        if makers and not is_agent and anchors and depth < 3:
            # "EU budget proposals by the British presidency", "the EU plan drawn up by
            # Britain": whose a thing is, its maker says before a modifier does
            for maker in makers_of(tok):
                got = [p for p in self.resolve(maker, depth=depth + 1) if p.resolved]
                if got:
                    return [_how(p, "by-owner>") for p in got]
        for child in anchors:
            cm = self.mention(child)
            if cm is not None:
                return self._from_mention(cm, f"{child.dep_}>mention")
        if shared := self._shared_of(tok, depth):
            return shared
        return self._fallback(tok, subject=subject)

    def _reporter_words(self, pron: Token, found: list[Participant],
                        depth: int) -> list[Participant]:
        """'The rebels said they will release ...': the reporting subject's words when they name
        the same actors as the plural pronoun (they name them more fully)."""
        if depth >= 2 or pron.lower_ not in PLURAL_PRONOUNS:
            return found
        speaker = reporting_subject(pron)
        said = self.resolve(speaker, subject=True, depth=depth + 1) if speaker is not None else []
        if said and {actor_key(p.actor.actor) for p in said} == {
                actor_key(p.actor.actor) for p in found}:
            return [_how(p, "pronoun>reporter:") for p in said]
        # "workers said ... until their demands are met": the antecedent in the sentence
        start = self.sent.char_span(pron)[0]
        actors = {id(p.actor.actor) for p in found}
        ante = [m for m in self.adoc.mentions_in(self.sent) if m.span[1] <= start
                and m.actor is not None and id(m.actor) in actors and len(actors) == 1
                and m.text.lower() not in PLURAL_PRONOUNS]
        return self._from_mention(ante[-1], "pronoun>antecedent") if ante else found

    def antecedent(self, relcl_verb: Token, *, subject: bool, depth: int) -> list[Participant]:
        """The noun a relative clause modifies (with "X, the ... app that ..." apposition)."""
        ante = relcl_verb.head
        if ante.dep_ == "pobj" and ante.head.lower_ == "among" and depth < 3:
            # "X and Y were among those who voted against it", "X was among the states that
            # signed": the subject counted among them does it
            counted = next((c for c in ante.head.head.children if c.dep_ == "nsubj"), None)
            got = self.resolve(counted, subject=subject, depth=depth + 1) if counted is not None else []
            if got and all(p.resolved for p in got):
                return [_how(p, "among>") for p in got]
        if ante.lower_ in GENERIC_ANTECEDENTS:
            return []  # "those who oppose the plan": whoever does, no one named
        got = self.resolve(ante, subject=subject, depth=depth + 1)
        if got and all(p.resolved for p in got):
            return got
        left = ante.left_edge.i
        doc = ante.doc
        # "relations with Australia which supports X": the parse hangs the clause on the head of
        # the phrase; a name right before the relative word, inside that phrase, is meant
        rel = relcl_verb.left_edge
        near = rel.i - 1 - (doc[rel.i - 1].text == ",")
        if not got and depth < 3 and rel.lower_ in RELATIVE and left <= near < ante.right_edge.i \
                and near != ante.i and doc[near].pos_ == "PROPN":
            nearest = self.resolve(doc[near], subject=subject, depth=depth + 1)
            if nearest and all(p.resolved for p in nearest):
                return [_how(p, "nearest-name>") for p in nearest]
        if left - 2 >= self.sent.span.start and doc[left - 1].text == ",":
            prev = doc[left - 2]
            prior = self.resolve(prev, subject=subject, depth=depth + 1) if depth < 3 else []
            if prior:
                return [_how(p, "comma-appos>") for p in prior]
        return got

    def _fallback(self, tok: Token, *, subject: bool) -> list[Participant]:
        lemma = tok.lemma_.lower()
        if lemma in HAZARDS or any(c.dep_ in ("compound", "amod", "appos") and
                                   c.lemma_.lower() in HAZARDS for c in tok.children) or (
                tok.pos_ == "PROPN" and after_hazard(tok.doc, tok.i)):
            return []  # "typhoon Pepeng is threatening to bring rain": nature is no actor
        if org_anaphor(tok):
            found = self._recent_organisation(tok)  # "the group", "the organization"
            if found is not None:
                return self._from_mention(found, "anaphor>mention")
        nouns = agent_nouns()
        info = nouns.get(lemma) or (nouns.get(lemma[:-1]) if lemma.endswith("s") else None)
        span = (tok.left_edge.i, tok.i + 1)
        if info is not None:
            sector, kind = info
            if kind == "attacker":
                if not subject:
                    return []
                claimer = claimed_by(tok)
                got = self.resolve(claimer, subject=True) if claimer is not None else []
                if any(p.resolved for p in got):  # "the attack, claimed by X, killed ...": X's
                    return [_how(p, "claimed-by>") for p in got if p.resolved]
                actor = Actor(name="unidentified attacker", kind="unknown")
                return [Participant(self._ea(actor, span), "attacker-noun", resolved=False)]
            country = self._country_from_preps(tok)
            actor = Actor(name=self._text(span), country=country, sector=sector, kind="agent")
            return [Participant(self._ea(actor, span), "agent-noun", resolved=country is not None)]
        generic = _actors_fn("generic_plural")
        if generic is not None and generic(tok.text):
            return []  # "the West": others, not a place the gazetteer has of that name
        place = self._place(tok)
        if place is not None:
            return [place]
        if tok.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") and tok.pos_ == "PROPN":
            ent = next((e for e in self.adoc.ents_in(self.sent) if e.start <= tok.i < e.end), None)
            if ent is not None and ent.label_ == "ORG" and not named_document(ent) and (
                    country := story_country(self)[0]):
                # an organisation the dictionary does not know is taken for one of the story's
                # country, as an unknown person is ("the FCD signed the accord" in Luanda)
                sector = "MED" if masthead(ent) else None  # "told RTE television"
                actor = Actor(name=ent.text, country=country, sector=sector, kind="agent")
                return [Participant(self._ea(actor, (ent.start, ent.end)),
                                    STORY_ORGANISATION, resolved=True)]
            if ent is not None:
                actor = Actor(name=ent.text, kind="unresolved")
                return [Participant(self._ea(actor, (ent.start, ent.end)), "named-entity",
                                    resolved=False)]
        return []

    def earlier_sentences(self, limit: int | None = None) -> list[Sentence]:
        """The story's sentences before this one, nearest first (at most ``limit``)."""
        pos = next((k for k, s in enumerate(self.adoc.sentences) if s.index == self.sent.index), 0)
        start = 0 if limit is None else max(0, pos - limit)
        return self.adoc.sentences[start:pos][::-1]

    def _earlier_issuer(self, lemma: str) -> list[Participant]:
        """"The statement said ..." with no issuer in its phrase: whoever issued the last
        document of the three sentences before ("X issued a statement on Monday."); a document
        only named with its author ("the Amnesty report") must be the same kind of document."""
        for prev in self.earlier_sentences(3):
            sa: SentenceActors | None = None
            for doc_tok in reversed(list(prev.span)):
                if doc_tok.lemma_.lower() not in DOCUMENTS or doc_tok.pos_ != "NOUN":
                    continue
                issuers = document_issuers(doc_tok, modifiers=doc_tok.lemma_.lower() == lemma)
                sa = sa or SentenceActors.build(self.adoc, prev)
                for issuer in issuers:
                    got = [p for p in sa.resolve(issuer, subject=True, depth=3) if p.resolved]
                    if got:
                        return got
        return []

    def _earlier_document(self) -> list[Participant]:
        """"The resolution asked X to ... It called on Y to ...": a subject "it" whose sentence
        before had a document for subject speaks for that document's issuer."""
        prev = next(iter(self.earlier_sentences(1)), None)
        if prev is None:
            return []
        subject = next((c for c in prev.span.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in DOCUMENTS or subject.pos_ != "NOUN":
            return []
        sa = SentenceActors.build(self.adoc, prev)
        return [p for p in sa.resolve(subject, subject=True, depth=2) if p.resolved]

    def _recent_organisation(self, tok: Token) -> Mention | None:
        fn = _actors_fn("recent_organisation")
        try:
            found = fn(self.adoc, self.sent, tok) if fn is not None else None
        except Exception:  # a neighbour step's bug must not stop event coding
            return None
        return found if isinstance(found, Mention) and found.actor is not None else None

    def _place(self, tok: Token) -> Participant | None:
        """A toponym the places step resolved to a country ("visit Guangzhou" -> CHN)."""
        if indefinite(tok):
            return None  # "the burning of a Koran": a place name takes no indefinite article
        pl = self.place_at(tok)
        country = iso3(pl.country) if pl is not None and pl.country else None
        if pl is None or country is None:
            return None
        actor = Actor(name=pl.name or pl.text, country=country, kind="place")
        return Participant(EventActor(actor, pl.text, pl.span), "place")

    def place_at(self, tok: Token) -> Place | None:
        """The toponym the places step resolved to a country over ``tok``, if any."""
        start, end = self.sent.char_span(tok)
        return next((pl for pl in self.adoc.places
                     if pl.span[0] <= start and end <= pl.span[1] and pl.country), None)

    def _country_from_preps(self, tok: Token) -> str | None:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        pm = self.mention(pobj)
                        if pm is not None and pm.actor is not None and pm.actor.country:
                            return pm.actor.country
        return None

    def _text(self, span: tuple[int, int]) -> str:
        return self.sent.span.doc[span[0] : span[1]].text

    def _ea(self, actor: Actor, span: tuple[int, int]) -> EventActor:
        sp = self.sent.span.doc[span[0] : span[1]]
        return EventActor(actor, sp.text, self.sent.char_span(sp))


def _share_modifier(p: Participant, shared: Mention | None) -> Participant:
    """'Russian jets and artillery': a bare conjunct with no country takes the nationality
    that modifies the first one."""
    a = p.actor.actor
    if shared is None or shared.actor is None or a.country or a.kind not in ("agent", "unknown"):
        return p
    actor = Actor(name=f"{shared.actor.name} {p.actor.text}", country=shared.actor.country,
                  sector=a.sector, kind="agent")
    return Participant(EventActor(actor, p.actor.text, p.actor.span), "conj-modifier>" + p.how)


def _how(p: Participant, prefix: str) -> Participant:
    return Participant(p.actor, prefix + p.how, p.resolved)


def actor_key(a: Actor) -> tuple[Any, ...]:
    return (a.id or a.name, a.country)


def unique_participants(items: list[Participant]) -> list[Participant]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Participant] = []
    for p in items:
        key = actor_key(p.actor.actor)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def iso3(code: str) -> str | None:
    if len(code) == 3:
        return code
    try:
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
    except (ImportError, KeyError, LookupError):
        return None
    return str(found.alpha_3) if found is not None else None


def _actors_fn(name: str) -> Any:
    try:
        import detente.actors as actors_mod
    except ImportError:
        return None
    return getattr(actors_mod, name, None)


# How an organisation the dictionary does not know is found: taken for one of the story's country.
STORY_ORGANISATION = "named-entity>story-country"
def story_country(sa: SentenceActors) -> tuple[str | None, str]:
    """The story's country (dateline, else dominant) and why, from the actors step."""
    fn = _actors_fn("article_country")
    if fn is None:
        return None, ""
    try:
        country, why = fn(sa.adoc, sa.sent.index)
    except Exception:  # a neighbour step's bug must not stop event coding
        return None, ""
    return country, why


def context_participant(sa: SentenceActors, country: str, span: tuple[int, int],
                        how: str) -> Participant:
    """An unresolved participant standing for ``country`` itself (the story's, or where a thing
    is based) over the tokens ``span``: what the sentence names no actor for."""
    actor = Actor(name=country, country=country, kind="context")
    return Participant(sa._ea(actor, span), how, resolved=False)
