"""Tokens, light stemming and sparse similarity for sentence selection."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

# Words that open a sentence by pointing back to an earlier one ("He said ...", "This is ...");
# one list for the selection feature, the Highlights test and the stand-alone check (each adds
# its own few: first person, object forms).
ANAPHORA = "He|She|They|It|This|That|These|Those|His|Her|Their|Its"
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {
        "said",
        "says",
        "say",
        "told",
        "according",
        "mr",
        "ms",
        "mrs",
        "s",
    }


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match "deal/deals", "vote/voted/voting"."""
    w = word
    if len(w) <= 3:
        return w
    for suf, rep in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ied", "y"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text.replace("U.S.", "US"))]


def content_words(text: str) -> list[str]:
    """Lower-case words of ``text`` without stop words (numbers kept)."""
    sw = stopwords()
    return [w for w in words(text) if w not in sw and (len(w) > 1 or w.isdigit())]


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


def similarity_matrix(docs: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine similarity of idf-weighted binary bags of stems (dense, len(docs) x len(docs))."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, d in enumerate(docs):
        for t in dict.fromkeys(d):  # insertion order: results do not depend on the hash seed
            j = vocab.setdefault(t, len(vocab))
            rows.append(i)
            cols.append(j)
    n = len(docs)
    if not vocab or n == 0:
        return np.zeros((n, n))
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocab)))
    df = np.asarray((x > 0).sum(axis=0)).ravel()
    idf = np.log((n + 1) / (df + 0.5))
    x = x.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = sparse.diags(1.0 / norms) @ x
    return (x @ x.T).toarray()
