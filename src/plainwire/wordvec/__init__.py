"""Static word vectors: one shipped table of meaning-bearing vectors for ~35k English words.

Why: lexical overlap misses restatements in other words ("talks collapsed" / "negotiations
failed") and a linear word model cannot share weight between near-synonyms. A sentence
encoder fixes both but needs torch and a model at run time, which the default path may not
load. A *static* table — each word's vector computed once, at build time, by the MiniLM
sentence encoder reading the word on its own — keeps part of that meaning at the cost of a
dictionary lookup and a weighted mean (the idea behind model2vec-style static embeddings).

The table (``data/wordvec.npz``) is a derived artefact, made by ``tools/build_wordvec.py``
from all-MiniLM-L6-v2 (Apache-2.0): mean-centred, the dominant common direction removed
("all-but-the-top"), reduced by PCA to ``DIM`` dimensions, rows scaled to unit length and
stored as int8. The vocabulary is lower-case words: MiniLM's whole-word pieces, VADER's
lexicon and words counted in the development corpora (a word list only, no text). How it
was made and measured: docs/wordvec.md.

Loaded lazily on the first call to :func:`table` and kept in memory (about 3.5 MB);
importing this module reads nothing.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from plainwire.errors import ConfigError

logger = logging.getLogger(__name__)

RESOURCE = "wordvec.npz"
DIM = 96
QUANT = 127.0  # int8 scale: unit rows have every component in [-1, 1]

__all__ = ["DIM", "WordVectors", "cosine", "table"]


@dataclass(frozen=True, eq=False)
class WordVectors:
    """An immutable word -> unit vector table (float32 rows, ``dim`` columns)."""

    words: tuple[str, ...]
    index: Mapping[str, int]
    matrix: np.ndarray

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[1])

    def __len__(self) -> int:
        return len(self.words)

    def row(self, word: str) -> int | None:
        """Row of ``word`` (looked up as given, then lower-cased, curly apostrophe folded)."""
        i = self.index.get(word)
        if i is None:
            i = self.index.get(word.lower().replace("\u2019", "'"))
        return i

    def vector(self, word: str) -> np.ndarray | None:
        i = self.row(word)
        return None if i is None else self.matrix[i]

    def embed(self, tokens: Iterable[str], weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Unit-length weighted mean of the known tokens' vectors; zeros when none is known.

        Every occurrence counts once, times ``weights[token]`` when given (e.g. an IDF, so
        that "said" and "the" do not dominate the meaning); unknown tokens are skipped.
        """
        rows: list[int] = []
        ws: list[float] = []
        for tok in tokens:
            i = self.row(tok)
            if i is None:
                continue
            w = 1.0 if weights is None else float(weights.get(tok, 0.0))
            if w > 0.0:
                rows.append(i)
                ws.append(w)
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        v = np.asarray(ws, dtype=np.float32) @ self.matrix[rows]
        n = float(np.linalg.norm(v))
        return v / n if n > 0.0 else np.zeros(self.dim, dtype=np.float32)

    def embed_many(
        self, docs: Sequence[Iterable[str]], weights: Mapping[str, float] | None = None
    ) -> np.ndarray:
        """One :meth:`embed` row per document, as a (len(docs), dim) float32 array.

        Unweighted, all documents share one gather and one sum (this runs on every
        sentence of a story's pool).
        """
        if weights is not None:
            out = np.zeros((len(docs), self.dim), dtype=np.float32)
            for k, doc in enumerate(docs):
                out[k] = self.embed(doc, weights)
            return out
        rows: list[int] = []
        starts: list[int] = []
        nonempty: list[int] = []
        for k, doc in enumerate(docs):
            first = len(rows)
            rows.extend(r for r in map(self.row, doc) if r is not None)
            if len(rows) > first:
                starts.append(first)
                nonempty.append(k)
        out = np.zeros((len(docs), self.dim), dtype=np.float32)
        if rows:
            sums = np.add.reduceat(self.matrix[np.asarray(rows)], np.asarray(starts), axis=0)
            sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
            out[np.asarray(nonempty)] = sums
        return out


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of two :meth:`WordVectors.embed` results (0.0 when either has no known word)."""
    return float(np.dot(a, b))


def from_arrays(words: Sequence[str], quantised: np.ndarray) -> WordVectors:
    """Build a table from the stored form (int8 rows scaled by ``QUANT``); rows re-normalised."""
    if quantised.ndim != 2 or quantised.shape[0] != len(words):
        raise ConfigError(f"word-vector table: {len(words)} words but matrix of shape {quantised.shape}")
    m = quantised.astype(np.float32) / QUANT
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    m /= np.where(norms > 0, norms, 1.0)
    m.setflags(write=False)
    return WordVectors(tuple(words), {w: i for i, w in enumerate(words)}, m)


@lru_cache(maxsize=1)
def table() -> WordVectors:
    """The shipped table (read once per process, then cached in memory)."""
    raw = resources.files("plainwire.wordvec").joinpath("data", RESOURCE).read_bytes()
    with np.load(io.BytesIO(raw), allow_pickle=False) as z:
        words = [str(w) for w in z["words"]]
        t = from_arrays(words, np.asarray(z["vectors"]))
    logger.debug("loaded %d word vectors (%d dims)", len(t), t.dim)
    return t
