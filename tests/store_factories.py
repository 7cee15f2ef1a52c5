"""Hand-made CodedArticle records for analytics / clusters / exports / API tests.

No parsing: every event is built from a sentence written here, with spans computed by
``str.find``, and its CAMEO facts (root, Goldstein, quad class, PLOVER) from the ontology.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.events.ontology import cameo_codes
from detente.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    EventActor,
    Location,
    Mention,
    Quote,
    Trigger,
)
from detente.store import Store

BIDEN = Actor("Joe Biden", "USA", "GOV", "President of the United States", "person:joe-biden",
              "person")
XI = Actor("Xi Jinping", "CHN", "GOV", "President of China", "person:xi-jinping", "person")
USA = Actor("United States", "USA", "GOV", None, "country:USA", "country")
CHN = Actor("China", "CHN", "GOV", None, "country:CHN", "country")
RUS = Actor("Russia", "RUS", "GOV", None, "country:RUS", "country")
UKR = Actor("Ukraine", "UKR", "GOV", None, "country:UKR", "country")
JPN = Actor("Japan", "JPN", "GOV", None, "country:JPN", "country")

BEIJING = Location("Beijing", "CHN", 39.9, 116.4, "city")
KYIV = Location("Kyiv", "UKR", 50.45, 30.52, "city")
WASHINGTON = Location("Washington", "USA", 38.9, -77.04, "city")


@dataclass(slots=True)
class Ev:
    """One event to place in a hand-made article."""

    sentence: str
    source: tuple[Actor, str]
    trigger: str
    target: tuple[Actor, str] | None
    cameo: str
    date: str | None = None
    modality: str = "asserted"
    location: Location | None = None
    quote: str | None = None  # quote text (must occur in the sentence)
    speaker_is_source: bool = True


@dataclass(slots=True)
class Art:
    id: str
    published: str
    source: str
    events: list[Ev] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    extra_text: str = ""


def build(art: Art) -> CodedArticle:
    """A CodedArticle whose text is the events' sentences, with exact spans."""
    codes = cameo_codes()
    parts: list[str] = []
    offset = 0
    events: list[Event] = []
    quotes: list[Quote] = []
    mentions: list[Mention] = []
    if art.extra_text:
        parts.append(art.extra_text)
        offset = len(art.extra_text) + 1
    for i, ev in enumerate(art.events):
        start = offset
        parts.append(ev.sentence)
        offset += len(ev.sentence) + 1

        def span(text: str, sent: str = ev.sentence, base: int = start) -> tuple[int, int]:
            k = sent.find(text)
            assert k >= 0, (text, sent)
            return (base + k, base + k + len(text))

        src_actor, src_text = ev.source
        source = EventActor(src_actor, src_text, span(src_text))
        mentions.append(Mention(src_text, source.span, i, src_actor, "test"))
        target = None
        if ev.target is not None:
            t_actor, t_text = ev.target
            target = EventActor(t_actor, t_text, span(t_text))
            mentions.append(Mention(t_text, target.span, i, t_actor, "test"))
        code = codes[ev.cameo]
        quote_id = None
        if ev.quote:
            quote_id = f"{art.id}-q{i}"
            quotes.append(Quote(quote_id, "direct", ev.quote, span(ev.quote), i,
                                source if ev.speaker_is_source else None, cue=ev.trigger,
                                cue_span=span(ev.trigger)))
        events.append(Event(
            id=f"{art.id}-e{i}", sentence_index=i, sentence=ev.sentence, source=source,
            target=target, cameo=code.code, cameo_root=code.root, plover=code.plover,
            plover_mode=code.plover_mode, goldstein=code.goldstein, quad_class=code.quad_class,
            trigger=Trigger(ev.trigger, span(ev.trigger)), rule=f"test:{ev.cameo}",
            modality=ev.modality, date=ev.date or art.published, date_precision="day"
            if (ev.date or art.published) and len(ev.date or art.published) == 10 else "month",
            date_source="publication" if ev.date is None else "absolute",
            location=ev.location, quote_id=quote_id, confidence=0.9,
            sentence_span=(start, start + len(ev.sentence)),
        ))
    text = " ".join(parts)
    article = Article(id=art.id, text=text, title=art.title or f"Article {art.id}",
                      published=art.published, source=art.source, url=art.url, language="en",
                      paragraphs=[(0, len(text))])
    return CodedArticle(article, events=events, quotes=quotes, mentions=mentions)


def corpus() -> list[Art]:
    """A small corpus: USA-CHN cooperation and conflict in 2024-04, a wire copy reported by two
    sources, a negated event, a RUS-UKR conflict, quotes."""
    return [
        Art("a1", "2024-04-02", "AFP", [
            Ev("Biden spoke with Xi by telephone on Tuesday.", (BIDEN, "Biden"), "spoke",
               (XI, "Xi"), "041", location=WASHINGTON),
            Ev("Xi warned the United States over Taiwan.", (XI, "Xi"), "warned",
               (USA, "the United States"), "130", location=BEIJING),
            Ev("Biden accused China of unfair trade.", (BIDEN, "Biden"), "accused",
               (CHN, "China"), "112"),
        ], url="https://example.org/a1"),
        Art("a2", "2024-04-03", "Reuters", [
            Ev("Xi warned the United States, saying \"we will never accept this provocation\".",
               (XI, "Xi"), "warned", (USA, "the United States"), "130",
               quote="we will never accept this provocation", location=BEIJING),
            Ev("China did not sign the trade deal with the United States.", (CHN, "China"),
               "sign", (USA, "the United States"), "057", modality="negated"),
        ]),
        Art("a3", "2024-04-02", "Xinhua", [
            Ev("Xi told the United States \"we will never accept this provocation\".", (XI, "Xi"),
               "told", (USA, "the United States"), "130",
               quote="we will never accept this provocation"),
        ]),
        Art("a4", "2024-05-20", "AFP", [
            Ev("Russia attacked Ukraine near Kyiv.", (RUS, "Russia"), "attacked",
               (UKR, "Ukraine"), "190", location=KYIV),
            Ev("Japan praised the United States for its support.", (JPN, "Japan"), "praised",
               (USA, "the United States"), "051"),
        ]),
        Art("a5", "2024-06-10", "AFP", [
            Ev("China and the United States agreed to cooperate economically.", (CHN, "China"),
               "cooperate", (USA, "the United States"), "061"),
        ]),
    ]


def make_db(path: str | Path, arts: list[Art] | None = None, *, cluster: bool = True) -> Path:
    """Write the corpus (or ``arts``) to a DuckDB file and compute clusters."""
    from detente.clusters import cluster_events

    with Store(path) as store:
        store.write([build(a) for a in (arts if arts is not None else corpus())])
        if cluster:
            cluster_events(store.con)
    return Path(path)
