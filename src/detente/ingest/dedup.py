"""Article dedup: exact (hash of the whitespace-normalised text) and near-duplicate (MinHash
LSH over word shingles), so a syndicated story ingested from several sources is coded once and
every copy is recorded in ``article_sources``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from detente.records import Article

if TYPE_CHECKING:  # datasketch pulls in scipy (~0.5 s): imported when dedup first runs
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.8
SCHEME = "affine32"
# Below this many words a text is too short for MinHash to be reliable: exact matching only.
MIN_WORDS = 30

_WORD = re.compile(r"\w+")


def text_hash(text: str) -> str:
    """The exact-duplicate key: SHA-1 of the whitespace-normalised text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def body_text(article: Article) -> str:
    """The text compared for near duplicates: the body paragraphs when structured."""
    if article.paragraphs:
        return "\n".join(article.text[s:e] for s, e in article.paragraphs)
    return article.text


def minhash(text: str) -> MinHash | None:
    """MinHash of the text's word ``SHINGLE``-grams (None for short texts)."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8")
                for i in range(len(words) - SHINGLE + 1)}
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch(list(shingles))
    return mh


@dataclass(slots=True)
class Match:
    """An article found to duplicate an already-accepted one."""

    other: str
    kind: str  # exact | near
    similarity: float


@dataclass(slots=True)
class Fingerprint:
    article_id: str
    text_hash: str
    minhash: MinHash | None

    def row(self) -> dict[str, Any]:
        values = self.minhash.hashvalues.tolist() if self.minhash is not None else None
        return {"article_id": self.article_id, "text_hash": self.text_hash, "minhash": values}


class Deduplicator:
    """Remembers accepted articles; ``check`` tells whether a new one duplicates one of them."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.hashes: dict[str, str] = {}
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.ids: set[str] = set()

    def load(self, con: Any) -> None:
        """Load fingerprints of articles already in the database (a DuckDB connection)."""
        import numpy as np
        from datasketch import MinHash

        rows = con.execute("SELECT article_id, text_hash, minhash FROM article_fingerprints "
                           "ORDER BY article_id").fetchall()
        for article_id, digest, values in rows:
            mh = None
            if values is not None:
                mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME,
                             hashvalues=np.array(values, dtype=np.uint64))
            self.add(Fingerprint(article_id, digest, mh))

    def fingerprint(self, article: Article) -> Fingerprint:
        body = body_text(article)
        return Fingerprint(article.id, text_hash(body), minhash(body))

    def check(self, fp: Fingerprint) -> Match | None:
        """The accepted article this one duplicates, if any (exact first, then nearest).
        Texts under MIN_WORDS words (single sentences, headlines) are only matched by id: two
        items with different ids and the same short sentence are both coded."""
        if fp.article_id in self.ids:
            return Match(fp.article_id, "exact", 1.0)  # the same id again (e.g. an edited copy)
        if fp.minhash is None:
            return None
        if (other := self.hashes.get(fp.text_hash)) is not None:
            return Match(other, "exact", 1.0)
        best: Match | None = None
        for other in sorted(self.lsh.query(fp.minhash)):
            sim = float(fp.minhash.jaccard(self.signatures[other]))
            if sim >= self.threshold and (best is None or sim > best.similarity):
                best = Match(other, "near", round(sim, 4))
        return best

    def add(self, fp: Fingerprint) -> None:
        self.ids.add(fp.article_id)
        self.hashes.setdefault(fp.text_hash, fp.article_id)
        if fp.minhash is not None and fp.article_id not in self.signatures:
            self.signatures[fp.article_id] = fp.minhash
            self.lsh.insert(fp.article_id, fp.minhash)


def source_row(canonical: str, article: Article, match: str, similarity: float) -> dict[str, Any]:
    """An ``article_sources`` row: ``article`` is a copy of the coded article ``canonical``."""
    import datetime as dt

    published = None
    if article.published:
        try:
            published = dt.date.fromisoformat(article.published[:10])
        except ValueError:
            published = None
    return {"article_id": canonical, "copy_id": article.id, "source": article.source,
            "url": article.url, "title": article.title, "published": published,
            "input": article.input, "line": article.line, "match": match,
            "similarity": similarity}
