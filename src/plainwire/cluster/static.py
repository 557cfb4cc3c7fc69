"""Static word-vector signal: an article's meaning as a mean of shipped word vectors.

``plainwire.wordvec`` holds one 96-d vector per lower-case English word (made once from
MiniLM, no model at run time). An article's static vector is the unit IDF-weighted mean
of its title words (counted twice: titles name the event) and its lead's words. Unlike
TF-IDF it lets "talks collapsed" meet "negotiations failed". Used when
``ClusterConfig.batch_static_weight`` (whole-set pass) or ``static_weight``
(online pass) > 0 (docs/clustering.md, "Static word vectors").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.text import Token

#: Title words count this many times (titles name the event).
TITLE_WEIGHT = 2.0
#: Body words read (~1,500 characters: the lead).
BODY_WORDS = 250


def static_weight(cfg: ClusterConfig, *, batch: bool) -> float:
    """The static term's weight in the batch pass or in the online pass.

    In the batch pass it stands in for the dense encoder: with ``dense_weight`` > 0 it is
    off (measured: no gain on top of MiniLM, docs/clustering.md).
    """
    if batch:
        return 0.0 if cfg.dense_weight > 0 else cfg.batch_static_weight
    return cfg.static_weight


def emb_weight(cfg: ClusterConfig, *, batch: bool) -> float:
    """Weight of the embedding part of a score: ``(1 - w) sparse + w embedding``."""
    return cfg.dense_weight + static_weight(cfg, batch=batch)


def embed(tokens: tuple[list[Token], list[Token]], idf: Callable[[str], float]) -> np.ndarray:
    """Unit static vector (float32) of an article's tokens; zeros if no word is known.

    Stopwords (tokens without a term key) weigh nothing; the others weigh the IDF of
    their term, so frequent words do not dominate the meaning.
    """
    from plainwire import wordvec

    title, body = tokens
    weight: dict[str, float] = {}
    for toks, mult in ((title, TITLE_WEIGHT), (body[:BODY_WORDS], 1.0)):
        for key, lower, _flags, _h in toks:
            if key:
                weight[lower] = weight.get(lower, 0.0) + mult * idf(key)
    # each distinct word once, with its summed weight (unknown words are skipped there)
    return wordvec.table().embed(weight, weight)


def mix(
    static: np.ndarray | None, dense: np.ndarray | None, cfg: ClusterConfig, *, batch: bool
) -> np.ndarray | None:
    """One row (or rows) whose dot products mix the two cosines by their weights.

    ``emb_weight * (e_a . e_b) = static_weight * static_cos + dense_weight * dense_cos``
    for unit inputs: each part is scaled by the square root of its share.
    """
    total = emb_weight(cfg, batch=batch)
    parts = [
        np.sqrt(w / total) * m
        for m, w in ((static, static_weight(cfg, batch=batch)), (dense, cfg.dense_weight))
        if m is not None and w > 0
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else np.hstack(parts)
