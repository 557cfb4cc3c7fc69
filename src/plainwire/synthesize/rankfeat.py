"""Extra per-sentence features for the learned stopping rule (``stop.py``).

``select.features`` gives the linear score's features; the stopping rule reads those plus the
ones here, which describe a sentence *relative to its story* (its support against the best in
the pool, its distance to the story's centroid in word-vector space, its place in its article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from plainwire.synthesize.sentences import Sentence

EXTRA_FEATURES = (
    "first",  # the first sentence of its article
    "support_max",  # best similarity to another article's sentence or title
    "support_n",  # share of the other articles with a sentence or title of similarity >= 0.3
    "support_rel",  # support minus the pool's best support
    "keep_rel",  # mean keep-rate minus the pool's best
    "centroid",  # word-vector cosine to the mean of all pool sentences
    "words",  # word count / 30
    "art_loaded",  # mean loadedness of its article's pool sentences
    "headline_sim",  # similarity to the title the headline is likely taken from
    "headline_art",  # from the article of that title
    "quote_any",  # a quotation mark anywhere
    "numbers",  # count of numbers (capped at 3) / 3
)

_QUOTE = re.compile(r"[\"“”]")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def extra_features(
    pool: Sequence[Sentence],
    base: np.ndarray,
    base_names: Sequence[str],
    sim: np.ndarray,
    title_sim: np.ndarray,
    article_of: Sequence[int],
    n_articles: int,
    vectors: np.ndarray | None,
    headline_title: int | None,
) -> np.ndarray:
    """One row of ``EXTRA_FEATURES`` per pool sentence.

    ``base``: the ``select.features`` rows (columns named by ``base_names``); ``sim`` pool x pool
    and ``title_sim`` pool x titles similarities; ``vectors``: unit word-vector means of the
    sentences (then the titles), or ``None``; ``headline_title``: the index of the title the
    headline will most likely be (``headline.best_title_index``).
    """
    n = len(pool)
    x = np.zeros((n, len(EXTRA_FEATURES)))
    if n == 0:
        return x
    arts = np.asarray(article_of, dtype=int)
    col = {name: k for k, name in enumerate(base_names)}
    other_max = np.zeros(n)
    other_n = np.zeros(n)
    for a in range(n_articles):
        cols = np.flatnonzero(arts == a)
        best = title_sim[:, a].copy()
        if cols.size:
            best = np.maximum(best, sim[:, cols].max(axis=1))
        best[arts == a] = 0.0
        other_max = np.maximum(other_max, best)
        other_n += best >= 0.3
    support = base[:, col["support"]]
    keep = base[:, col["keep"]]
    loaded = base[:, col["loaded"]]
    art_loaded = np.zeros(n_articles)
    for a in range(n_articles):
        m = arts == a
        if m.any():
            art_loaded[a] = float(loaded[m].mean())
    if vectors is not None and len(vectors) >= n:
        sv = vectors[:n]
        c = sv.sum(axis=0)
        norm = float(np.linalg.norm(c))
        centroid = sv @ (c / norm) if norm > 0 else np.zeros(n)
    else:
        centroid = np.zeros(n)
    x[:, 0] = [1.0 if s.index == 0 else 0.0 for s in pool]
    x[:, 1] = other_max
    x[:, 2] = other_n / max(1, n_articles - 1)
    x[:, 3] = support - support.max()
    x[:, 4] = keep - keep.max()
    x[:, 5] = centroid
    x[:, 6] = [len(s.text.split()) / 30 for s in pool]
    x[:, 7] = art_loaded[arts]
    if headline_title is not None:
        x[:, 8] = title_sim[:, headline_title]
        x[:, 9] = (arts == headline_title).astype(float)
    x[:, 10] = [1.0 if _QUOTE.search(s.text) else 0.0 for s in pool]
    x[:, 11] = [min(len(_NUM.findall(s.text)), 3) / 3 for s in pool]
    return x
