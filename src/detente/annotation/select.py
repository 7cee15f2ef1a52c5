"""Choosing what to annotate: wire stories (whole) and training sentences (windows and boosted).

Selection is random from a recorded seed, over simple keyword filters that say whether a story is
about politics and which event types it is likely to hold. Keywords only choose what people read;
every label is decided by reading (docs/ANNOTATION.md, section 9).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.annotation.sentences import split_sentences

# Which corpora the wire gold draws from, and how many stories from each.
WIRE_QUOTA: dict[str, int] = {
    "corpora/news/afp_xinhua_te3_silver.jsonl": 22,
    "corpora/news/duc2006_2007.jsonl": 22,
    "corpora/news/bbc2005.jsonl": 20,
    "corpora/news/polnear_train_dev.jsonl": 22,
}
# Where blind sets are drawn once the wire corpora have no fresh story left (after F64): Reuters
# wire stories of 1987, political ones of a wire story's length as for the wire corpora.
FRESH_RESERVE = "corpora/news/reuters21578.jsonl"
# A wire story's length in words (least, most)
WIRE_WORDS = (120, 700)
# Where blind sets are drawn once the reserve is spent too (after F105): the political stories of
# all five corpora (wire and reserve) that are longer than a wire story, up to 1,000 words.
LONG_WORDS = (WIRE_WORDS[1] + 1, 1000)
# Where blind sets are drawn once the long pool is spent too (after F132): the political stories of
# all five corpora of 1,001 to 1,400 words, drawn seven to a set so a set stays about as long.
LONGER_WORDS = (LONG_WORDS[1] + 1, 1400)
# Share of the natural sentence sample drawn from each corpus (all sections, sport and business too).
SENTENCE_MIX: dict[str, float] = {
    "corpora/news/afp_xinhua_te3_silver.jsonl": 0.25,
    "corpora/news/duc2006_2007.jsonl": 0.25,
    "corpora/news/bbc2005.jsonl": 0.20,
    "corpora/news/polnear_train_dev.jsonl": 0.15,
    "corpora/news/reuters21578.jsonl": 0.15,
}

POLITICAL = re.compile(
    r"\b(government|minister|president|prime minister|troops|army|military|police|rebels?|"
    r"parliament|talks|sanctions?|protest\w*|embassy|ambassador|officials?|opposition|election|"
    r"ceasefire|treaty|accused|condemned|diplomat\w*|summit|united nations|u\.n\.|nato|"
    r"european union|party|court|arrested|attack\w*)\b",
    re.I,
)

# Words that often (not always) express an event of a PLOVER type; used to boost rare types.
PLOVER_HINTS: dict[str, str] = {
    "AID": r"\baid\b|humanitarian|donat\w+|relief|asylum|peacekeep\w+",
    "RETREAT": r"withdr[ae]w\w*|\breleased?\b|resign\w*|pull(?:ed|ing)? out|disarm\w*",
    "SANCTION": r"sanction\w*|embargo\w*|expel\w*|sever\w* ties|suspend\w* (?:aid|talks|ties)|recall\w*",
    "MOBILIZE": r"deploy\w*|build-?up|exercises?|drills?|on alert|mobili[sz]\w*|reinforce\w*",
    "COERCE": r"arrest\w*|detain\w*|curfew|state of emergency|martial law|deport\w*|raid\w*|seiz\w*|crackdown|ban(?:ned)?",
    "PROTEST": r"protest\w*|demonstrat\w*|rall(?:y|ies|ied)|strike|march\w*|riot\w*|boycott\w*",
    "CONCEDE": r"concession\w*|eas\w+ restrictions|lift\w* (?:the )?(?:ban|curfew|sanctions)|truce|amnesty",
    "COOPERATE": r"cooperat\w+|extradit\w+|joint|share\w* intelligence",
    "THREATEN": r"threat\w*|warn\w*|ultimatum",
    "REJECT": r"reject\w*|refus\w*|veto\w*|turned down",
    "ASSAULT": r"kill\w*|bomb\w*|shell\w*|air ?strikes?|clash\w*|fight\w*|gunmen|massacre",
}

# Words that often express an event of each CAMEO root; used for the boosted sentence sample.
ROOT_HINTS: dict[str, str] = {
    "01": r"\bcomment\w*|\bstatement\b|optimis\w+|pessimis\w+|declined to comment",
    "02": r"appeal\w*|urg\w+|called on|calls on",
    "03": r"pledg\w+|promis\w+|offer\w*|agreed to|vow\w*",
    "04": r"\btalks\b|\bmet\b|meeting|visit\w*|negotiat\w+",
    "05": r"prais\w+|welcom\w+|support\w*|recogni[sz]\w+|sign\w*|apologi[sz]\w+",
    "06": r"cooperat\w+|extradit\w+|joint|trade (?:deal|pact|agreement)",
    "07": PLOVER_HINTS["AID"],
    "08": r"releas\w+|withdr[ae]w\w*|resign\w*|ceasefire|lift\w*|eas\w+|amnesty|allow\w*",
    "09": r"investigat\w+|probe\w*|inquiry|inspect\w+",
    "10": r"demand\w*|insist\w*|called for|calls for",
    "11": r"accus\w+|critici[sz]\w+|condemn\w*|denounc\w+|blam\w+",
    "12": PLOVER_HINTS["REJECT"],
    "13": PLOVER_HINTS["THREATEN"],
    "14": PLOVER_HINTS["PROTEST"],
    "15": PLOVER_HINTS["MOBILIZE"],
    "16": PLOVER_HINTS["SANCTION"],
    "17": PLOVER_HINTS["COERCE"],
    "18": r"bomb\w*|kill\w*|abduct\w*|kidnap\w*|assassinat\w+|attack\w*|hostage",
    "19": r"clash\w*|fought|shell\w*|air ?strikes?|artillery|fighting|offensive|invade\w*|invasion",
    "20": r"massacre\w*|genocide|ethnic cleansing|mass killing|chemical weapons|atrocit\w+|mass graves?",
}

# Wider hints for the rarest root, used by a later supplement round (the first selection keeps
# ROOT_HINTS as recorded).
WIDE_ROOT_HINTS: dict[str, str] = {
    "20": ROOT_HINTS["20"] + r"|slaughter\w*|weapons of mass destruction|biological weapons|"
          r"nuclear (?:weapons?|attack)|anthrax|sarin|nerve gas|human shields?|"
          r"kill\w* (?:hundreds|thousands)|(?:hundreds|thousands) (?:of \w+ )?(?:were )?killed|"
          r"expel\w* (?:hundreds|thousands)|mass expulsions?|war crimes?|crimes against humanity",
}

# Narrower hints for the third wire supplement: phrases that usually report the act itself.
STRICT_PLOVER_HINTS: dict[str, str] = {
    "CONCEDE": r"lift\w* (?:the |its |a )?(?:ban|embargo|sanctions|curfew|state of emergency|blockade)|"
               r"eas\w+ (?:the )?restrictions|grant\w* (?:an )?amnesty|pardon\w*|"
               r"agreed to (?:release|withdraw|hold|allow|free|lift)|declared? a (?:unilateral )?ceasefire|"
               r"bowed to (?:pressure|demands)|gave in to",
    "COOPERATE": r"extradit\w+|joint (?:military )?(?:exercises?|drills?|patrols?|operations?)|"
                 r"shar\w+ intelligence|handed over (?:\w+ ){0,3}(?:suspects?|to)|"
                 r"economic (?:and technical )?cooperation (?:agreement|project)s?|"
                 r"co-?operat\w+ (?:in|on) (?:the )?(?:investigation|fight against)",
}


@dataclass(slots=True)
class Story:
    """One article of a corpus file with its deterministic sentence split."""

    corpus_file: str
    id: str
    date: str | None
    title: str
    dateline: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


def load_stories(shared: Path, corpus_file: str) -> Iterator[Story]:
    """Read one corpus file under ``shared`` and yield its stories with sentence spans."""
    with (shared / corpus_file).open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            text = rec.get("text") or ""
            yield Story(
                corpus_file=corpus_file,
                id=rec["id"],
                date=rec.get("date"),
                title=rec.get("title") or "",
                dateline=rec.get("dateline") or "",
                text=text,
                sentences=list(split_sentences(text)),
            )


def political_score(story: Story) -> int:
    """How many political keywords a story holds (a cheap topic filter)."""
    return len(POLITICAL.findall(story.text))


def _wire_candidates(stories: list[Story], corpus_file: str,
                     words: tuple[int, int] = WIRE_WORDS) -> list[Story]:
    pool = []
    for s in stories:
        if "bbc2005" in corpus_file and not s.id.startswith("bbc-politics"):
            continue
        if not words[0] <= s.words <= words[1] or len(s.sentences) < 5:
            continue
        if political_score(s) >= 5:
            pool.append(s)
    return pool


def select_wire(
    corpora: dict[str, list[Story]], seed: int, boosted_share: float = 0.4
) -> list[tuple[Story, str]]:
    """Pick the wire-gold stories: per corpus, a random sample stratified by year plus a share
    chosen for rare PLOVER types (round-robin over the types). Returns (story, reason) pairs."""
    rng = random.Random(seed)
    chosen: list[tuple[Story, str]] = []
    rare = ["AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "PROTEST", "CONCEDE",
            "COOPERATE", "THREATEN", "REJECT", "ASSAULT"]
    turn = 0
    for corpus_file, quota in WIRE_QUOTA.items():
        pool = _wire_candidates(corpora[corpus_file], corpus_file)
        rng.shuffle(pool)
        taken: set[str] = set()
        n_boost = round(quota * boosted_share)
        for _ in range(n_boost):
            kind = rare[turn % len(rare)]
            turn += 1
            hint = re.compile(PLOVER_HINTS[kind], re.I)
            pick = next((s for s in pool if s.id not in taken and len(hint.findall(s.text)) >= 2), None)
            if pick is not None:
                taken.add(pick.id)
                chosen.append((pick, f"boosted:{kind}"))
        by_year: dict[str, list[Story]] = {}
        for s in pool:
            if s.id not in taken:
                by_year.setdefault((s.date or "none")[:4], []).append(s)
        years = sorted(by_year)
        while len(taken) < quota and any(by_year.values()):
            for year in years:
                if by_year[year] and len(taken) < quota:
                    s = by_year[year].pop()
                    taken.add(s.id)
                    chosen.append((s, "random"))
    return chosen


def wire_pool(corpora: dict[str, list[Story]], files: Iterable[str] = WIRE_QUOTA,
              words: tuple[int, int] = WIRE_WORDS) -> list[Story]:
    """Every story a wire sample may draw: the political stories of the wire corpora (or of
    ``files``) whose length in words is within ``words`` (a wire story's, unless told), in corpus
    order."""
    return [s for f in files for s in _wire_candidates(corpora[f], f, words)]


def text_key(text: str) -> str:
    """A story's text with its whitespace normalised: the same article filed under two ids (a
    DUC document in two clusters, a BBC story listed twice) has one key."""
    return " ".join(text.split())


def select_fresh(candidates: list[Story], exclude: set[str], seed: int, n: int,
                 exclude_texts: frozenset[str] = frozenset()) -> list[Story]:
    """A blind set: ``n`` stories drawn at random from ``seed`` among the candidates
    (``wire_pool``) that no earlier annotation holds; the pool is ordered by id first, so
    the draw does not depend on the order of the corpus files. With ``exclude_texts`` (the
    ``text_key`` of every annotated story), a story whose text is one of them is left out too,
    and of stories sharing a text only the first by id can be drawn."""
    pool = sorted((s for s in candidates if s.id not in exclude), key=lambda s: s.id)
    if exclude_texts:
        seen = set(exclude_texts)
        distinct = []
        for story in pool:
            key = text_key(story.text)
            if key not in seen:
                seen.add(key)
                distinct.append(story)
        pool = distinct
    if n > len(pool):
        raise ValueError(f"the pool holds {len(pool)} stories no annotation has; {n} were asked "
                         f"for")
    return random.Random(seed).sample(pool, n)


def select_supplement(
    corpora: dict[str, list[Story]], exclude: set[str], kinds: list[str], per_kind: int, seed: int,
    hints: dict[str, str] | None = None, minimum: int = 2,
) -> list[tuple[Story, str]]:
    """More wire stories for PLOVER types the first sample left short of required events:
    ``per_kind`` random political stories per type with at least two of its hint words."""
    rng = random.Random(seed)
    pool = [s for s in wire_pool(corpora) if s.id not in exclude]
    rng.shuffle(pool)
    chosen: list[tuple[Story, str]] = []
    taken: set[str] = set()
    for kind in kinds:
        hint = re.compile((hints or PLOVER_HINTS)[kind], re.I)
        picks = [s for s in pool if s.id not in taken and len(hint.findall(s.text)) >= minimum]
        picks = picks[:per_kind]
        for s in picks:
            taken.add(s.id)
            chosen.append((s, f"supplement:{kind}"))
    return chosen


def select_boosted(
    everything: list[tuple[Story, int]], seen: set[tuple[str, int]], roots: list[str],
    per_root: int, rng: random.Random, tag: str, hints: dict[str, str] | None = None,
) -> list[SentencePick]:
    """``per_root`` political sentences per CAMEO root holding one of its hint words, not yet
    ``seen`` (which this updates), each shown with the sentence before it as context."""
    picks: list[SentencePick] = []
    for root in roots:
        hint = re.compile((hints or ROOT_HINTS)[root], re.I)
        hits: list[tuple[Story, int]] = [
            (s, i) for s, i in everything
            if (s.id, i) not in seen and hint.search(s.text[s.sentences[i][0]:s.sentences[i][1]])
            and POLITICAL.search(s.text[s.sentences[i][0]:s.sentences[i][1]])
        ]
        rng.shuffle(hits)
        for st, ix in hits[:per_root]:
            seen.add((st.id, ix))
            picks.append(SentencePick(st, ix, f"{tag}:{root}", [ix - 1] if ix > 0 else []))
    return picks


def split_dev_test(ids: list[str], seed: int) -> dict[str, str]:
    """Assign each id to ``dev`` or ``test`` (half each), once, at random from ``seed``."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    half = (len(order) + 1) // 2
    return {i: ("dev" if n < half else "test") for n, i in enumerate(order)}


@dataclass(slots=True)
class SentencePick:
    """A sentence chosen for the training set, with the context shown to the annotator."""

    story: Story
    index: int
    sample: str
    context: list[int] = field(default_factory=list)


def select_sentences(
    corpora: dict[str, list[Story]],
    exclude: set[str],
    seed: int,
    natural: int,
    window: int,
    per_root: int,
) -> list[SentencePick]:
    """Natural windows of ``window`` consecutive sentences in the corpus mix, then ``per_root``
    boosted sentences for each CAMEO root (from stories not in ``exclude``)."""
    rng = random.Random(seed)
    picks: list[SentencePick] = []
    seen: set[tuple[str, int]] = set()
    for corpus_file, share in SENTENCE_MIX.items():
        pool = [s for s in corpora[corpus_file] if s.id not in exclude and len(s.sentences) >= 2]
        want = round(natural * share)
        got = 0
        while got < want and pool:
            story = rng.choice(pool)
            start = rng.randrange(0, max(1, len(story.sentences) - window + 1))
            for idx in range(start, min(start + window, len(story.sentences))):
                if (story.id, idx) in seen or got >= want:
                    continue
                seen.add((story.id, idx))
                ctx = [idx - 1] if idx == start and idx > 0 else []
                picks.append(SentencePick(story, idx, "natural", ctx))
                got += 1
    everything = [
        (s, i) for stories in corpora.values() for s in stories if s.id not in exclude
        for i in range(len(s.sentences))
    ]
    picks += select_boosted(everything, seen, list(ROOT_HINTS), per_root, rng, "boosted")
    return picks
