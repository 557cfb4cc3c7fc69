"""A live story's state inside the online clusterer, and the small helpers its modules share.

``Story`` is mutable and private to the clusterer (plainwire.cluster.online and its parts:
``across``, ``lower_bars``, ``repair``, ``stream``); ``StoryInfo`` and ``MergeCandidate`` are the
read-only views the pipeline gets.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from operator import itemgetter, mul

import numpy as np

from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.neardup import MinHasher
from plainwire.cluster.text import Token, word_hashes
from plainwire.models import Article

Signature = np.ndarray  # MinHash signature of a text


@dataclass(slots=True)
class Story:
    """Mutable state of one live story inside the clusterer.

    The centroid is kept compact (parallel term-id / float32 arrays, at most
    ``story_terms`` entries): it is the sum of the story's unit-length TF-IDF article
    vectors, weighted with the IDF in force when each article arrived. Terms are the
    clusterer's ``TermTable`` ids: scoring reads them from this one buffer instead of
    dereferencing a term string per entry.
    """

    num: int
    id: str
    terms: array = field(default_factory=lambda: array("i"))
    weights: array = field(default_factory=lambda: array("f"))
    norm: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    texts: int = 0  # distinct texts (syndicated copies count once)
    sources: set[str] = field(default_factory=set)
    first: datetime | None = None
    last: datetime | None = None
    #: Sum of the story's unit article embeddings (float32; 384 values = 1.5 KB per story
    #: with dense scoring, 96 with static vectors alone); its direction is the running mean.
    dense: np.ndarray | None = None
    #: Language of the story's first text (``None``: unknown). Texts in another language
    #: join only by the cross-language rule (plainwire.cluster.xlang) and leave the
    #: centroid in this one.
    lang: str | None = None
    #: Texts in other languages joined by the cross-language rule, per language: the sum of
    #: their unit vectors (at most ``story_terms`` terms), so that a later text in that
    #: language can join them by the same-language score (``None`` until there is one).
    foreign: dict[str, dict[int, float]] | None = None
    #: Copy signatures of the story's first texts (``ClusterConfig.rewrite_texts``), as the
    #: copy index keeps them (bytes of uint32; shared with it): a text joining the story that
    #: is a rewrite of one of them counts as a copy.
    sigs: tuple[bytes, ...] = ()

    def keep_sig(self, sig: bytes, cap: int) -> None:
        if len(self.sigs) < cap:
            self.sigs += (sig,)

    def rewrites(self, sig: np.ndarray, threshold: float) -> bool:
        """Whether ``sig``'s text is a rewrite of one of the kept texts (estimated Jaccard
        of their 3-shingles at least ``threshold``)."""
        need = threshold * len(sig)
        return any(np.count_nonzero(np.frombuffer(s, dtype=sig.dtype) == sig) >= need for s in self.sigs)

    def add_foreign(self, lang: str, vec: dict[int, float], norm: float, cap: int) -> None:
        if norm <= 0.0:
            return
        if self.foreign is None:
            self.foreign = {}
        acc = self.foreign.setdefault(lang, {})
        for t, v in vec.items():
            acc[t] = acc.get(t, 0.0) + v / norm
        if len(acc) > cap:
            self.foreign[lang] = dict(_top(acc, cap))

    def foreign_cos(self, lang: str, vec: dict[int, float], norm: float) -> float:
        """Cosine of a text in ``lang`` with the story's texts in that language (0 if none)."""
        acc = self.foreign.get(lang) if self.foreign else None
        if not acc or norm <= 0.0:
            return 0.0
        n = math.sqrt(sum(v * v for v in acc.values()))
        return sum(w * vec.get(t, 0.0) for t, w in acc.items()) / (n * norm)

    def add_dense(self, emb: np.ndarray) -> None:
        if self.dense is None:
            self.dense = emb.astype(np.float32, copy=True)
        else:
            self.dense += emb

    def dense_cos(self, emb: np.ndarray) -> float:
        if self.dense is None:
            return 0.0
        n = float(np.linalg.norm(self.dense))
        return float(self.dense @ emb) / n if n > 0 else 0.0

    def vec(self) -> dict[int, float]:
        return dict(zip(self.terms, self.weights, strict=True))

    def set_vec(self, vec: dict[int, float], cap: int) -> None:
        # Heaviest terms first (stable sort: ties keep insertion order, so runs repeat).
        items = sorted(vec.items(), key=itemgetter(1), reverse=True)[:cap]
        self.terms = array("i", (t for t, _ in items))
        self.weights = array("f", (w for _, w in items))
        self.norm = math.sqrt(sum(map(mul, self.weights, self.weights)))

    def dot(self, vec: dict[int, float]) -> float:
        # map() keeps the loop in C: this is the innermost step of scoring.
        return sum(map(mul, self.weights, map(vec.get, self.terms, repeat(0.0))))

    def touch(self, when: datetime | None) -> None:
        if when is None:
            return
        if self.first is None or when < self.first:
            self.first = when
        if self.last is None or when > self.last:
            self.last = when


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """Read-only view of a live story."""

    id: str
    article_ids: tuple[str, ...]
    texts: int  # distinct texts: syndicated copies count once
    sources: frozenset[str]
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    """Two live stories that look like one event; ``keep`` survives, ``absorb`` redirects."""

    keep: str
    absorb: str
    score: float


Tokens = tuple[list[Token], list[Token]]
Prepared = tuple[Tokens, "Signature | None", "str | None"]


def fingerprint(
    article: Article, tokens: Tokens, config: ClusterConfig, hasher: MinHasher
) -> tuple[Signature | None, str | None]:
    """MinHash signature and content-hash key of a text long enough to call copies by."""
    hs = word_hashes(tokens)  # one per word (stopwords included), carried by the tokens
    if len(hs) < config.near_dup_min_words:
        return None, None
    return hasher.signature_of_hashes(hs), article.content_hash[:20]


def _when(article: Article) -> datetime | None:
    """Publication time as aware UTC (a naive time is taken as UTC, never compared naive)."""
    when = article.published
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when


def _top(vec: dict[int, float], k: int) -> list[tuple[int, float]]:
    return sorted(vec.items(), key=itemgetter(1), reverse=True)[:k]
